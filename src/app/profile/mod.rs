//! The skills profile page: the learner's F1 per label over their checked attempts, in a
//! chart and in plain words; reset (asked twice) and export as CSV for a portfolio.

pub mod view;

pub use crate::app::command::ProfileCommand;

use crate::app::command::Command;
use crate::app::dialogs::Purpose;
use crate::app::done::Done;
use crate::app::failure::not_written;
use crate::app::shared::Shared;
use crate::store::{self, progress};
use std::path::PathBuf;

/// The page's state.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ProfilePage {
    /// "Reset" was pressed once.
    pub confirm_reset: bool,
    /// The skill tag the chart shows; `None` shows the three labels.
    pub chart: Option<String>,
}

impl ProfilePage {
    /// Carry out a command.
    pub fn handle(&mut self, cmd: ProfileCommand, sh: &mut Shared) {
        match cmd {
            ProfileCommand::Export => sh.ask(Purpose::SaveProfile("newsmark-profile.csv".into())),
            ProfileCommand::KeepIt => self.confirm_reset = false,
            ProfileCommand::Chart(tag) => self.chart = tag,
            ProfileCommand::Reset if !self.confirm_reset => self.confirm_reset = true,
            ProfileCommand::Reset => {
                self.confirm_reset = false;
                sh.reset_progress();
            }
        }
    }

    /// Write the CSV where the learner chose.
    pub fn export(&self, path: PathBuf, sh: &mut Shared) {
        let csv = progress::profile_csv(&sh.progress, &sh.lesson_skills());
        sh.jobs.write(move || {
            let written = csv
                .map_err(|p| store::FileError::new(&path, p))
                .and_then(|csv| store::write_atomic(&path, csv.as_bytes()));
            let shown = path.display().to_string();
            match written {
                Ok(()) => Command::Done(Done::Notice(crate::t!("profile-exported", path = shown))),
                Err(e) => Command::Failed(not_written("The profile was not exported")(e)),
            }
        });
    }
}
