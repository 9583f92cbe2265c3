//! Saving what must survive a crash: the answer (autosave) and the settings.

use super::*;
use crate::app::failure::not_written;
use crate::app::shared::settings_path;
use std::time::{Duration, Instant};

impl AppState {
    /// Autosave if the answer changed at least [`AUTOSAVE_AFTER`] ago. Returns how long
    /// until the next save is due, if one is pending.
    pub fn tick(&mut self, now: Instant) -> Option<Duration> {
        self.save_settings();
        let fade = self.shared.messages.fade(now);
        let autosave = match &self.page {
            Page::Lesson(p) => p.dirty_since.map(|d| d + AUTOSAVE_AFTER),
            _ => None,
        };
        let autosave = match autosave {
            Some(due) if now >= due => {
                self.autosave_now();
                None
            }
            Some(due) => Some(due - now),
            None => None,
        };
        match (autosave, fade) {
            (Some(a), Some(f)) => Some(a.min(f)),
            (a, f) => a.or(f),
        }
    }

    /// Write the settings to the data folder if they changed.
    pub fn save_settings(&mut self) {
        let sh = &mut self.shared;
        if !sh.settings_dirty {
            return;
        }
        sh.settings_dirty = false;
        let Some(dir) = sh.data_dir.clone() else {
            return;
        };
        let settings = sh.settings.clone();
        sh.jobs.write(move || {
            match store::write_json_for(&settings_path(&dir), &settings, store::Audience::Private) {
                Ok(()) => Command::Done(Done::Notice(String::new())),
                Err(e) => Command::Failed(not_written(crate::t!("shell-settings-not-saved"))(e)),
            }
        });
    }

    /// Save the open answer to the data folder now, if it changed.
    pub fn autosave_now(&mut self) {
        if let Page::Lesson(p) = &mut self.page {
            p.autosave(&mut self.shared);
        }
    }
}
