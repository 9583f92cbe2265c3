//! File dialogs, behind a trait so tests never open one. They are shown from a worker
//! thread (see [`crate::app::jobs`]), so the window keeps drawing while one is open.

#[cfg(any(test, feature = "test-support"))]
use std::collections::VecDeque;
use std::path::{Path, PathBuf};
#[cfg(any(test, feature = "test-support"))]
use std::sync::Mutex;

/// What a file dialog is for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Purpose {
    /// Open a lesson or an answer.
    OpenFile,
    /// Save an answer; the suggested file name.
    SaveAnswer(String),
    /// Load an answer into the open lesson.
    OpenAnswer,
    /// An article (web page, text, Markdown) to make a lesson from.
    ImportArticle,
    /// Where to save a lesson; the suggested file name.
    SaveLesson(String),
    /// A folder of answers for class results.
    OpenFolder,
    /// An LMS's download of all submissions (a zip) for class results.
    OpenSubmissionsZip,
    /// The class list exported from the LMS (CSV) for class results.
    OpenRoster,
    /// Where to write the gradebook in the roster's own layout; the suggested file name.
    SaveRosterGradebook(String),
    /// Another key of the lesson in the workshop, to compare with.
    OpenCompareKey,
    /// Where to export a key or an answer (.json, .ann or .jsonld); the suggested name.
    Export(crate::store::convert::Kind, String),
    /// Where to export the skills profile (CSV); the suggested file name.
    SaveProfile(String),
    /// Where to write a student pack; the suggested file name.
    SavePack(String),
    /// Where to write a gradebook; its format and the suggested file name.
    SaveGradebook(crate::model::class::GradebookFormat, String),
}

impl Purpose {
    /// What the dialog is for, in words that fit "the file dialog for …", in the reader's
    /// language.
    pub fn what(&self) -> String {
        match self {
            Purpose::OpenFile => crate::t!("picker-purpose-open-file"),
            Purpose::SaveAnswer(_) => crate::t!("picker-purpose-save-answer"),
            Purpose::OpenAnswer => crate::t!("picker-purpose-open-answer"),
            Purpose::ImportArticle => crate::t!("picker-purpose-import-article"),
            Purpose::SaveLesson(_) => crate::t!("picker-purpose-save-lesson"),
            Purpose::OpenFolder => crate::t!("picker-purpose-open-folder"),
            Purpose::OpenSubmissionsZip => crate::t!("lms-purpose-open-zip"),
            Purpose::OpenRoster => crate::t!("lms-purpose-open-roster"),
            Purpose::SaveRosterGradebook(_) => crate::t!("lms-purpose-save-gradebook"),
            Purpose::OpenCompareKey => crate::t!("workshop-compare-purpose"),
            Purpose::Export(..) => crate::t!("picker-purpose-export"),
            Purpose::SaveProfile(_) => crate::t!("picker-purpose-save-profile"),
            Purpose::SavePack(_) => crate::t!("picker-purpose-save-pack"),
            Purpose::SaveGradebook(..) => crate::t!("picker-purpose-save-gradebook"),
        }
    }

    /// Under which name the folder last used for this kind of dialog is remembered (see
    /// `Settings::folders`): each kind starts where the same kind was last answered.
    pub fn folder_key(&self) -> &'static str {
        match self {
            Purpose::OpenFile => "open",
            Purpose::SaveAnswer(_) => "hand-in",
            Purpose::OpenAnswer => "load-answer",
            Purpose::ImportArticle => "article",
            Purpose::SaveLesson(_) => "lesson",
            Purpose::OpenFolder | Purpose::OpenSubmissionsZip => "class",
            Purpose::OpenRoster => "roster",
            Purpose::SaveRosterGradebook(_) => "gradebook",
            Purpose::OpenCompareKey => "compare-key",
            Purpose::Export(..) => "export",
            Purpose::SaveProfile(_) => "profile",
            Purpose::SavePack(_) => "pack",
            Purpose::SaveGradebook(..) => "gradebook",
        }
    }
}

/// File dialogs. `Ok(None)` means the user cancelled; `Err` that no dialog could be shown.
pub trait Dialogs: Send + Sync {
    /// Ask for a file, starting in the folder `start` when given (the folder last used for
    /// this kind of dialog).
    fn ask(&self, purpose: &Purpose, start: Option<&Path>) -> Result<Option<PathBuf>, String>;
}

/// Dialogs through rfd (the desktop portal, or zenity as a fallback).
pub struct RfdDialogs;

/// A person cannot cancel a dialog this fast: an answer sooner means none was shown.
const TOO_FAST: std::time::Duration = std::time::Duration::from_millis(150);

impl Dialogs for RfdDialogs {
    fn ask(&self, purpose: &Purpose, start: Option<&Path>) -> Result<Option<PathBuf>, String> {
        let started = std::time::Instant::now();
        let chosen = rfd_ask(purpose, start);
        if chosen.is_none() && started.elapsed() < TOO_FAST {
            // rfd returns `None` both for "cancelled" and for "no dialog service" (no
            // desktop portal and no zenity); only the second is this quick.
            return Err(crate::t!("picker-no-system-dialog"));
        }
        Ok(chosen)
    }
}

fn rfd_ask(purpose: &Purpose, start: Option<&Path>) -> Option<PathBuf> {
    let mut d = rfd::FileDialog::new();
    if let Some(dir) = start {
        d = d.set_directory(dir);
    }
    {
        match purpose {
            Purpose::OpenFile => d
                .set_title(crate::t!("picker-dialog-open-file"))
                .add_filter(
                    crate::t!("picker-filter-open-file"),
                    &["md", "markdown", "txt", "json", "newsmark-pack"],
                )
                .pick_file(),
            Purpose::SaveAnswer(name) => d
                .set_title(crate::t!("picker-dialog-save-answer"))
                .set_file_name(name)
                .add_filter(crate::t!("picker-filter-answer"), &["json"])
                .save_file(),
            Purpose::OpenAnswer => d
                .set_title(crate::t!("picker-dialog-open-answer"))
                .add_filter(crate::t!("picker-filter-answer"), &["json"])
                .pick_file(),
            Purpose::ImportArticle => d
                .set_title(crate::t!("picker-dialog-import-article"))
                .add_filter(
                    crate::t!("picker-filter-article"),
                    &["html", "htm", "md", "markdown", "txt"],
                )
                .pick_file(),
            Purpose::SaveLesson(name) => d
                .set_title(crate::t!("picker-dialog-save-lesson"))
                .set_file_name(name)
                .add_filter(crate::t!("picker-filter-lesson"), &["md"])
                .save_file(),
            Purpose::OpenFolder => d
                .set_title(crate::t!("picker-dialog-open-folder"))
                .pick_folder(),
            Purpose::OpenSubmissionsZip => d
                .set_title(crate::t!("lms-dialog-open-zip"))
                .add_filter(crate::t!("lms-filter-zip"), &["zip"])
                .pick_file(),
            Purpose::OpenCompareKey => d
                .set_title(crate::t!("workshop-compare-dialog"))
                .add_filter(crate::t!("picker-filter-answer"), &["json"])
                .pick_file(),
            Purpose::OpenRoster => d
                .set_title(crate::t!("lms-dialog-open-roster"))
                .add_filter("CSV", &["csv"])
                .pick_file(),
            Purpose::SaveRosterGradebook(name) => d
                .set_title(crate::t!("lms-dialog-save-gradebook"))
                .set_file_name(name)
                .add_filter("CSV", &["csv"])
                .save_file(),
            Purpose::Export(_, name) => d
                .set_title(crate::t!("picker-dialog-export"))
                .set_file_name(name)
                .add_filter(
                    crate::t!("picker-filter-export"),
                    &["jsonld", "ann", "json"],
                )
                .save_file(),
            Purpose::SaveProfile(name) => d
                .set_title(crate::t!("picker-dialog-save-profile"))
                .set_file_name(name)
                // A file format's name.
                .add_filter("CSV", &["csv"])
                .save_file(),
            Purpose::SavePack(name) => d
                .set_title(crate::t!("picker-dialog-save-pack"))
                .set_file_name(name)
                .add_filter(crate::t!("picker-filter-pack"), &["newsmark-pack"])
                .save_file(),
            Purpose::SaveGradebook(_, name) => d
                .set_title(crate::t!("picker-dialog-save-gradebook"))
                .set_file_name(name)
                .add_filter("CSV", &["csv"])
                .save_file(),
        }
    }
}

/// Dialogs that never open (the smoke test).
pub struct NoDialogs;

impl Dialogs for NoDialogs {
    fn ask(&self, _: &Purpose, _: Option<&Path>) -> Result<Option<PathBuf>, String> {
        Ok(None)
    }
}

/// Dialogs for tests: each question takes the next prepared answer and is recorded.
#[cfg(any(test, feature = "test-support"))]
#[derive(Default)]
pub struct FakeDialogs {
    answers: Mutex<VecDeque<Option<PathBuf>>>,
    asked: Mutex<Vec<Purpose>>,
    asked_in: Mutex<Vec<Option<PathBuf>>>,
}

#[cfg(any(test, feature = "test-support"))]
impl FakeDialogs {
    /// No answers prepared yet.
    pub fn new() -> FakeDialogs {
        FakeDialogs::default()
    }

    /// The next dialog returns this path (`None`: the user cancels).
    pub fn then(self, answer: Option<PathBuf>) -> FakeDialogs {
        if let Ok(mut a) = self.answers.lock() {
            a.push_back(answer);
        }
        self
    }

    /// What was asked so far.
    pub fn asked(&self) -> Vec<Purpose> {
        self.asked.lock().map(|a| a.clone()).unwrap_or_default()
    }

    /// The folder each question so far started in (`None`: none was given).
    pub fn asked_in(&self) -> Vec<Option<PathBuf>> {
        self.asked_in.lock().map(|a| a.clone()).unwrap_or_default()
    }
}

#[cfg(any(test, feature = "test-support"))]
impl Dialogs for FakeDialogs {
    fn ask(&self, purpose: &Purpose, start: Option<&Path>) -> Result<Option<PathBuf>, String> {
        if let Ok(mut a) = self.asked.lock() {
            a.push(purpose.clone());
        }
        if let Ok(mut a) = self.asked_in.lock() {
            a.push(start.map(Path::to_path_buf));
        }
        match self.answers.lock().ok().and_then(|mut a| a.pop_front()) {
            Some(answer) => Ok(answer),
            None => Err("no dialog answer was prepared for this test".into()),
        }
    }
}
