//! The skills profile page: the learner's F1 per label over their checked attempts, in a
//! chart and in plain words; reset (asked twice) and export as CSV for a portfolio.

pub mod view;

use crate::app::dialogs::Purpose;
use crate::app::state::{Command, Done, Shared};
use crate::store::{self, progress};
use std::path::PathBuf;

/// What the learner can do on the profile page.
#[derive(Clone, Debug, PartialEq, Eq)]
#[must_use]
pub enum ProfileCommand {
    /// Ask for the file to export to.
    Export,
    /// Reset the profile: the first press asks, the second does it.
    Reset,
    /// Keep the profile after all.
    KeepIt,
    /// Chart one skill tag's F1 over time, or (`None`) the three labels'.
    Chart(Option<String>),
}

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
            match written {
                Ok(()) => Command::Done(Done::Notice(format!(
                    "Exported your profile to {}",
                    path.display()
                ))),
                Err(e) => Command::Failed(format!(
                    "The profile was not exported: {}",
                    store::describe(&e)
                )),
            }
        });
    }
}
