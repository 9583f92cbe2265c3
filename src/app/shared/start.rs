//! Starting: the settings and progress read from the data folder, and the first
//! background work (the folder's lessons, stale temporary files, the teacher's word lists,
//! the learner's lessons in progress).

use super::{Shared, load_settings};
use crate::app::command::Command;
use crate::app::dialogs::Dialogs;
use crate::app::done::Done;
use crate::app::jobs::Jobs;
use crate::app::messages::Messages;
use crate::app::settings::Settings;
use crate::service;
use crate::store::{self, progress};
use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::Arc;

impl Shared {
    /// What the pages share at start: the bundled lessons now, the data folder's
    /// `lessons/` as soon as a worker has listed them. Settings saved in the data folder
    /// win over `settings` (they are written on every change, so they survive a crash).
    pub fn start(
        settings: Settings,
        data_dir: Option<PathBuf>,
        dialogs: Arc<dyn Dialogs>,
    ) -> Shared {
        let mut messages = Messages::default();
        // What is said from here on is in the person's language.
        crate::i18n::set_language(settings.language());
        let settings = match data_dir.as_deref().map(load_settings) {
            Some(Ok(Some(saved))) => saved,
            Some(Err(e)) => {
                let reason = store::describe(&e);
                messages.error(crate::t!("shell-settings-unreadable", reason = reason));
                settings
            }
            Some(Ok(None)) | None => settings,
        };
        let settings = settings.normalised();
        crate::i18n::set_language(settings.language());
        let (progress, progress_writable) = match data_dir.as_deref().map(progress::load_progress) {
            Some(Ok(p)) => (p, true),
            Some(Err(e)) => {
                let reason = store::describe(&e);
                messages.error(crate::t!("shell-progress-unreadable", reason = reason));
                (progress::Progress::default(), false)
            }
            None => (progress::Progress::default(), false),
        };
        let mut shared = Shared {
            settings,
            catalogue: service::bundled_catalogue(),
            progress,
            progress_writable,
            data_dir,
            messages,
            dialogs,
            jobs: Jobs::default(),
            help_open: false,
            library_filter: Default::default(),
            settings_dirty: false,
            fonts_to_add: Vec::new(),
            picker: None,
            next_ticket: 0,
            page_serial: 0,
            in_progress: BTreeMap::new(),
            key_items: BTreeMap::new(),
            recommended: None,
            catalogue_rev: 0,
            said: (0, String::new()),
            profile_cache: std::cell::RefCell::new(None),
        };
        // Lessons with work in progress and key figures for the recommendation.
        shared.scan_learner();
        // Temporary files a killed run left behind, removed before anything is written
        // (on the writer thread, so no write of this run is in progress).
        if let Some(dir) = shared.data_dir.clone() {
            shared.jobs.write(move || {
                let (_, failed) = store::remove_stale_temporaries(&dir);
                Command::Done(Done::Problems(failed))
            });
        }
        if let Some(dir) = shared.data_dir.as_ref().map(|d| d.join("lessons"))
            && dir.is_dir()
        {
            shared.jobs.spawn(move || {
                let (entries, errors) = service::folder_catalogue(&dir);
                Command::Done(Done::Catalogue(entries, errors))
            });
        }
        // The teacher's own suggestion word lists are checked at start, so a malformed
        // list is reported before anyone relies on it.
        if let Some(rules_dir) = shared.data_dir.as_ref().map(|d| d.join("rules"))
            && rules_dir.is_dir()
        {
            shared.jobs.spawn(move || {
                let errors = crate::store::rules::LANGUAGES
                    .iter()
                    .flat_map(|l| crate::store::rules::load_rules(l, Some(&rules_dir)).1)
                    .collect();
                Command::Done(Done::Problems(errors))
            });
        }
        shared
    }
}
