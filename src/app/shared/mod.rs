//! What every page shares: settings, the catalogue, progress, messages, background jobs,
//! file dialogs and newsmark's own picker. Below the pages: it knows no page.

mod catalogue;
mod setters;
mod start;

pub use crate::app::done::LearnerScan;
pub use crate::app::messages::{Message, MessageId, Messages, NOTICE_FOR};
pub use crate::app::settings::{
    AUTOSAVE_AFTER, Role, Settings, TEXT_SIZE, ZOOMS, load_settings, settings_path,
};

use crate::app::command::Command;
use crate::app::dialogs::{Dialogs, Purpose};
use crate::app::done::Done;
use crate::app::failure::Failure;
use crate::app::jobs::Jobs;
use crate::app::picker::Picker;
use crate::model::profile;
use crate::service::{CatalogueEntry, LessonSource};
use crate::store::{self, progress};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

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
    /// What the library shows (search and filters), kept while the app runs.
    pub library_filter: crate::service::filter::LibraryFilter,
    /// Settings changed and not yet written to the data folder.
    pub settings_dirty: bool,
    /// System fonts the view is to add to egui (for scripts the bundled fonts lack).
    pub fonts_to_add: Vec<crate::app::fonts::FoundFont>,
    /// newsmark's own file picker, open when the system dialog could not be shown.
    pub picker: Option<Picker>,
    pub(super) next_ticket: u64,
    /// Which page instance is on screen: it changes with every page change (see
    /// [`switch`](super::switch)), and dialog answers go only to the instance that asked.
    pub page_serial: u64,
    /// Lessons with autosaved work the learner has not checked since ("In progress"), by
    /// autosave file key ([`progress::file_key`] of the lesson id), each with when the work
    /// was saved (seconds since the Unix epoch). Read from the data folder at start
    /// ([`Shared::scan_learner`]) and kept up to date as lessons are left.
    pub in_progress: BTreeMap<String, u64>,
    /// Each keyed lesson's answer-key items per label ([`crate::model::Label::ALL`] order),
    /// by lesson id, read at start: the recommendation says how many a lesson has.
    pub key_items: BTreeMap<String, [usize; 3]>,
    /// The lesson the library recommended when progress last changed: it stays recommended
    /// until the learner checks it or another lesson is clearly better.
    pub recommended: Option<String>,
    /// Counts changes to the catalogue (the library's figures are worked out again).
    pub(super) catalogue_rev: u64,
    /// What was last said to a screen reader (a polite live region): a serial that grows
    /// with every announcement, and the words.
    pub said: (u64, String),
    /// The library's figures with what they were worked out from: computed when the
    /// attempts, the catalogue or the mode change, not on every frame.
    pub(super) profile_cache: std::cell::RefCell<Option<(ProfileStamp, LibraryProfile)>>,
}

/// The standing in words, and the lesson to do next (catalogue id) with the reason.
pub type LibraryProfile = (Option<String>, Option<(String, String)>);

/// What the library's figures depend on.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) struct ProfileStamp {
    attempts: usize,
    catalogue_rev: u64,
    shared_computer: bool,
    recommended: Option<String>,
    key_items: usize,
}

/// An autosave written this soon after a check still holds the checked answer: autosave
/// waits [`AUTOSAVE_AFTER`] after the last change, and a check can come just before it.
const CHECK_SLACK_SECS: u64 = 3;

/// The autosaves in the data folder with highlights saved after their lesson's last check,
/// by file key, with when they were saved.
fn unchecked_autosaves(dir: &Path, record: &progress::Progress) -> BTreeMap<String, u64> {
    let last_checked: BTreeMap<String, u64> = record
        .lessons
        .iter()
        .filter_map(|(id, l)| {
            Some((
                progress::file_key(id),
                l.attempts.iter().map(|a| a.at).max()?,
            ))
        })
        .collect();
    let mut out = BTreeMap::new();
    let Ok(entries) = std::fs::read_dir(dir.join("autosave")) else {
        return out;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        let Some(key) = path
            .file_name()
            .and_then(|n| n.to_str())
            .and_then(|n| n.strip_suffix(".json"))
        else {
            continue;
        };
        let Some(saved) = entry
            .metadata()
            .ok()
            .and_then(|m| m.modified().ok())
            .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
            .map(|d| d.as_secs())
        else {
            continue;
        };
        if last_checked
            .get(key)
            .is_some_and(|at| saved <= at.saturating_add(CHECK_SLACK_SECS))
        {
            continue;
        }
        if store::read_answer(&path).is_ok_and(|a| !a.spans.is_empty()) {
            out.insert(key.to_string(), saved);
        }
    }
    out
}

/// Answer-key items per label of each lesson, by id; lessons whose key cannot be read are
/// left out.
fn count_key_items(keyed: &[(String, LessonSource)]) -> BTreeMap<String, [usize; 3]> {
    keyed
        .iter()
        .filter_map(|(id, source)| {
            let key = match source {
                LessonSource::Bundled(f) => {
                    store::parse_key(crate::bundled::key_for(f.name)?.bytes).ok()?
                }
                LessonSource::File(p) => store::read_key(&store::key_path_for(p)).ok()?,
            };
            let mut n = [0usize; 3];
            for item in &key.items {
                if let Some(c) = n.get_mut(item.label.index()) {
                    *c += 1;
                }
            }
            Some((id.clone(), n))
        })
        .collect()
}

impl Shared {
    /// Teacher mode: the instructor tools are shown.
    pub fn teacher(&self) -> bool {
        self.settings.role == Some(Role::Teacher)
    }

    /// A computer students share: nobody's scores, progress or unfinished work is shown.
    pub fn shared_computer(&self) -> bool {
        self.settings.role == Some(Role::Shared)
    }

    /// Best score and number of attempts for a lesson id (none on a shared computer).
    pub fn progress_of(&self, id: &str) -> (Option<f64>, usize) {
        if self.shared_computer() {
            return (None, 0);
        }
        self.progress
            .lessons
            .get(id)
            .map_or((None, 0), |p| (p.best(), p.attempts.len()))
    }

    /// Write the progress file on the writer thread (never when it could not be read at
    /// start); `done` is said when it is written. Both are in the reader's language.
    pub fn save_progress(&mut self, done: Option<String>, failed: String) {
        if !self.progress_writable {
            return;
        }
        let Some(dir) = self.data_dir.clone() else {
            return;
        };
        let progress = self.progress.clone();
        self.jobs
            .write(move || match progress::save_progress(&dir, &progress) {
                Ok(()) => Command::Done(Done::Notice(done.unwrap_or_default())),
                Err(error) => Command::Failed(Failure::Write {
                    what: failed,
                    error,
                }),
            });
    }

    /// Record a checked attempt and save progress.
    pub fn record_attempt(&mut self, lesson_id: &str, score: &crate::model::Score) {
        if self.shared_computer() {
            return;
        }
        // The lesson recommended until now stays, unless this attempt changes that.
        self.pin_recommendation();
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
        self.save_progress(None, crate::t!("shell-progress-not-saved"));
    }

    /// Forget every attempt (the learner asked twice) and save that.
    pub fn reset_progress(&mut self) {
        self.progress = progress::Progress::default();
        self.recommended = None;
        if !self.progress_writable {
            self.messages
                .error(crate::t!("shell-progress-unreadable-not-reset"));
            return;
        }
        self.save_progress(
            Some(crate::t!("shell-progress-reset")),
            crate::t!("shell-progress-not-reset"),
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

    /// The lesson to do next (catalogue id) and why.
    pub fn recommendation(&self) -> Option<(String, String)> {
        self.library_profile().1
    }

    /// What the library shows of the profile: worked out again only when what it depends
    /// on changed (see [`Shared::work_out_library_profile`]).
    pub fn library_profile(&self) -> LibraryProfile {
        let stamp = ProfileStamp {
            attempts: self
                .progress
                .lessons
                .values()
                .map(|p| p.attempts.len())
                .sum(),
            catalogue_rev: self.catalogue_rev,
            shared_computer: self.shared_computer(),
            recommended: self.recommended.clone(),
            key_items: self.key_items.len(),
        };
        if let Ok(cache) = self.profile_cache.try_borrow()
            && let Some((s, figures)) = cache.as_ref()
            && *s == stamp
        {
            return figures.clone();
        }
        let figures = self.work_out_library_profile();
        if let Ok(mut cache) = self.profile_cache.try_borrow_mut() {
            *cache = Some((stamp, figures.clone()));
        }
        figures
    }

    /// The library's figures from one pass over the attempts: the standing in words and
    /// the lesson to do next (catalogue id) with the reason.
    pub fn work_out_library_profile(&self) -> LibraryProfile {
        if self.shared_computer() {
            return (None, None);
        }
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
        let next = profile::recommend_with(
            &lessons,
            &standing,
            &profile::skill_standing(&attempts, &self.lesson_skills()),
            profile::Context {
                previous: self.recommended.as_deref(),
                items: Some(&self.key_items),
            },
        );
        (words, next)
    }

    /// Remember the lesson recommended now: it stays recommended until the learner checks
    /// it or another lesson is clearly better.
    pub fn pin_recommendation(&mut self) {
        self.recommended = self.library_profile().1.map(|(id, _)| id);
    }

    /// Read on a worker which lessons have autosaved work not checked since, and how many
    /// answer-key items of each label every keyed lesson has; the answer comes back as
    /// [`Done::Learner`].
    pub(super) fn scan_learner(&mut self) {
        let dir = self.data_dir.clone();
        let record = self.progress.clone();
        let keyed: Vec<(String, LessonSource)> = self
            .catalogue
            .iter()
            .filter(|e| e.has_key && e.error.is_none())
            .map(|e| (e.id.clone(), e.source.clone()))
            .collect();
        self.jobs.spawn(move || {
            Command::Done(Done::Learner(Box::new(LearnerScan {
                in_progress: dir
                    .as_deref()
                    .map(|d| unchecked_autosaves(d, &record))
                    .unwrap_or_default(),
                key_items: count_key_items(&keyed),
            })))
        });
    }

    /// The start-up scan arrived; what this run already knows wins.
    pub(super) fn learner_scanned(&mut self, scan: LearnerScan) {
        for (key, at) in scan.in_progress {
            self.in_progress.entry(key).or_insert(at);
        }
        for (id, n) in scan.key_items {
            self.key_items.entry(id).or_insert(n);
        }
    }

    /// A lesson page is being left: its work is in progress while it has highlights that
    /// are not checked (`unchecked_work`), and no longer once checked or emptied.
    pub(super) fn left_lesson(&mut self, lesson_id: &str, unchecked_work: bool) {
        if self.data_dir.is_none() {
            return;
        }
        let key = progress::file_key(lesson_id);
        if unchecked_work {
            self.in_progress.insert(key, now_secs());
        } else {
            self.in_progress.remove(&key);
        }
    }

    /// The lesson has autosaved work the learner has not checked yet.
    pub fn in_progress(&self, id: &str) -> bool {
        !self.shared_computer()
            && !self.in_progress.is_empty()
            && self.in_progress.contains_key(&progress::file_key(id))
    }

    /// The library's lessons with autosaved, unchecked work, the latest worked on first.
    pub fn lessons_in_progress(&self) -> Vec<&CatalogueEntry> {
        if self.in_progress.is_empty() || self.shared_computer() {
            return Vec::new();
        }
        let mut list: Vec<(u64, &CatalogueEntry)> = self
            .catalogue
            .iter()
            .filter(|e| e.error.is_none())
            .filter_map(|e| Some((*self.in_progress.get(&progress::file_key(&e.id))?, e)))
            .collect();
        // Latest first; the library's order among equals.
        list.sort_by_key(|(at, _)| std::cmp::Reverse(*at));
        list.into_iter().map(|(_, e)| e).collect()
    }

    /// Show a file dialog on a worker thread for the page on screen; the answer comes back
    /// as a command and is applied to this page only. It starts in the folder this kind of
    /// dialog last used, when that is still a folder.
    pub fn ask(&mut self, purpose: Purpose) {
        let dialogs = Arc::clone(&self.dialogs);
        let asker = self.page_serial;
        let start = self.settings.folders.get(purpose.folder_key()).cloned();
        self.jobs.spawn(move || {
            // Checked here, off the UI thread (the folder may be on a hung network drive).
            let start = start.filter(|d| d.is_dir());
            let result = dialogs.ask(&purpose, start.as_deref());
            Command::Done(Done::FileChosen {
                asker,
                purpose,
                result,
            })
        });
    }

    /// The next dialog of this kind starts where this one was answered.
    pub fn remember_folder(&mut self, purpose: &Purpose, path: &Path) {
        let folder = if *purpose == Purpose::OpenFolder {
            Some(path.to_path_buf())
        } else {
            path.parent()
                .filter(|d| !d.as_os_str().is_empty())
                .map(Path::to_path_buf)
        };
        if let Some(folder) = folder
            && self.settings.folders.get(purpose.folder_key()) != Some(&folder)
        {
            self.settings
                .folders
                .insert(purpose.folder_key().to_string(), folder);
            self.settings_dirty = true;
        }
    }

    /// Say what happened to a screen reader (a polite live region reads it out).
    pub fn say(&mut self, words: impl Into<String>) {
        self.said = (self.said.0 + 1, words.into());
    }

    /// A new request number.
    pub fn ticket(&mut self) -> u64 {
        self.next_ticket += 1;
        self.next_ticket
    }
}

/// Seconds since the Unix epoch.
pub fn now_secs() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs())
}
