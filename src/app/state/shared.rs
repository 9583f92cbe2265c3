//! What every page shares: settings, the catalogue, progress, messages, background jobs and
//! file dialogs.

use super::*;
use crate::model::profile;
use std::collections::BTreeMap;

/// What every page shares.
pub struct Shared {
    /// Remembered settings.
    pub settings: Settings,
    /// Lessons to choose from.
    pub catalogue: Vec<CatalogueEntry>,
    /// Attempts and best scores.
    pub progress: progress::Progress,
    /// False when the progress file could not be read (it is then never overwritten).
    pub(super) progress_writable: bool,
    /// The user's data folder; `None` disables autosave and progress.
    pub data_dir: Option<PathBuf>,
    /// Notices and errors.
    pub messages: Messages,
    /// File dialogs.
    pub(super) dialogs: Arc<dyn Dialogs>,
    /// Background work.
    pub jobs: Jobs,
    /// Help window open.
    pub help_open: bool,
    /// Settings changed and not yet written to the data folder.
    pub(super) settings_dirty: bool,
    /// System fonts the view is to add to egui (for scripts the bundled fonts lack).
    pub fonts_to_add: Vec<crate::app::fonts::FoundFont>,
    /// newsmark's own file picker, open when the system dialog could not be shown.
    pub picker: Option<Picker>,
    pub(super) next_ticket: u64,
    /// Which page instance is on screen: it changes with every page change (see
    /// [`switch`](super::switch)), and dialog answers go only to the instance that asked.
    pub page_serial: u64,
}

impl Shared {
    /// Teacher mode: the instructor tools are shown.
    pub fn teacher(&self) -> bool {
        self.settings.role == Some(Role::Teacher)
    }

    /// Best score and number of attempts for a lesson id.
    pub fn progress_of(&self, id: &str) -> (Option<f64>, usize) {
        self.progress
            .lessons
            .get(id)
            .map_or((None, 0), |p| (p.best(), p.attempts.len()))
    }

    /// Write the progress file on the writer thread (never when it could not be read at
    /// start); `done` is said when it is written.
    pub fn save_progress(&mut self, done: Option<&'static str>, failed: &'static str) {
        if !self.progress_writable {
            return;
        }
        let Some(dir) = self.data_dir.clone() else {
            return;
        };
        let progress = self.progress.clone();
        self.jobs
            .write(move || match progress::save_progress(&dir, &progress) {
                Ok(()) => Command::Done(Done::Notice(done.unwrap_or_default().to_string())),
                Err(e) => Command::Failed(format!("{failed}: {}", store::describe(&e))),
            });
    }

    /// Record a checked attempt and save progress.
    pub fn record_attempt(&mut self, lesson_id: &str, score: &crate::model::Score) {
        self.progress
            .lessons
            .entry(lesson_id.to_string())
            .or_default()
            .attempts
            .push(progress::Attempt {
                score: score.micro.f1 * 100.0,
                at: now_secs(),
                per_label: Some(score.per_label.map(|p| p.map(|p| p.f1))),
                mix_ups: Some(crate::model::profile::mix_ups(score)),
            });
        self.save_progress(None, "Could not save your progress");
    }

    /// Forget every attempt (the learner asked twice) and save that.
    pub fn reset_progress(&mut self) {
        self.progress = progress::Progress::default();
        if !self.progress_writable {
            self.messages
                .error("Your progress file could not be read at start, so it is left as it is.");
            return;
        }
        self.save_progress(
            Some("Your skills profile was reset."),
            "Your progress could not be reset",
        );
    }

    /// Every checked attempt with per-label figures, in time order, for the profile.
    pub fn profile_attempts(&self) -> Vec<profile::AttemptFigures> {
        let mut attempts: Vec<profile::AttemptFigures> = self
            .progress
            .lessons
            .iter()
            .flat_map(|(id, p)| {
                p.attempts.iter().filter_map(move |a| {
                    a.per_label.map(|per_label| profile::AttemptFigures {
                        lesson: id.clone(),
                        at: a.at,
                        f1: a.score / 100.0,
                        per_label,
                        mix_ups: a.mix_ups.unwrap_or_default(),
                    })
                })
            })
            .collect();
        attempts.sort_by(|a, b| a.at.cmp(&b.at).then_with(|| a.lesson.cmp(&b.lesson)));
        attempts
    }

    /// Each catalogued lesson's skill tags, by lesson id.
    pub fn lesson_skills(&self) -> BTreeMap<String, Vec<String>> {
        self.catalogue
            .iter()
            .filter_map(|e| Some((e.id.clone(), e.meta.as_ref()?.skills.clone())))
            .collect()
    }

    /// The learner's standing per label, from every checked attempt.
    pub fn standing(&self) -> [profile::Standing; 3] {
        profile::standing(&self.profile_attempts())
    }

    /// The lesson to do next (catalogue id) and why.
    pub fn recommendation(&self) -> Option<(String, String)> {
        self.library_profile().1
    }

    /// What the library shows of the profile, from one pass over the attempts: the standing
    /// in words and the lesson to do next (catalogue id) with the reason.
    pub fn library_profile(&self) -> (Option<String>, Option<(String, String)>) {
        let attempts = self.profile_attempts();
        let standing = profile::standing(&attempts);
        let words = profile::in_words(&standing, &profile::mix_ups_total(&attempts));
        let lessons: Vec<profile::Candidate> = self
            .catalogue
            .iter()
            .filter(|e| e.error.is_none() && e.has_key)
            .map(|e| profile::Candidate {
                id: e.id.clone(),
                level: e.meta.as_ref().and_then(|m| m.level),
                skills: e
                    .meta
                    .as_ref()
                    .map(|m| m.skills.clone())
                    .unwrap_or_default(),
                best: self
                    .progress_of(&e.id)
                    .0
                    .map(|b| b.round().clamp(0.0, 100.0) as u32),
            })
            .collect();
        let next = profile::recommend(
            &lessons,
            &standing,
            &profile::skill_standing(&attempts, &self.lesson_skills()),
        );
        (words, next)
    }

    /// Show a file dialog on a worker thread for the page on screen; the answer comes back
    /// as a command and is applied to this page only.
    pub fn ask(&mut self, purpose: Purpose) {
        let dialogs = Arc::clone(&self.dialogs);
        let asker = self.page_serial;
        self.jobs.spawn(move || {
            let result = dialogs.ask(&purpose);
            Command::Done(Done::FileChosen {
                asker,
                purpose,
                result,
            })
        });
    }

    /// A new request number.
    pub fn ticket(&mut self) -> u64 {
        self.next_ticket += 1;
        self.next_ticket
    }
}
