//! Results of background work, each carrying who asked for it (a page instance or a
//! ticket), so a page that is gone never receives another page's result. Below the pages:
//! only data the loaders and the service produce, never a page.

use crate::app::dialogs::Purpose;
use crate::app::failure::Failure;
use crate::app::load::lesson::{LoadedLesson, PlacedAnswer};
use crate::app::load::workshop::Workshop;
use crate::model::Lesson;
use crate::model::annotation::Answer;
use crate::service::{CatalogueEntry, PlacedKey};
use crate::store::{self, FileError};
use std::collections::BTreeMap;
use std::path::PathBuf;

/// What a worker found at start about the learner's lessons (see
/// `Shared::scan_learner`).
#[derive(Debug, Default)]
pub struct LearnerScan {
    /// Autosaves with work saved after the lesson's last check: file key → when saved.
    pub in_progress: BTreeMap<String, u64>,
    /// Answer-key items per label of each keyed lesson, by lesson id.
    pub key_items: BTreeMap<String, [usize; 3]>,
}

/// A folder of answers graded against a lesson: what the class results page shows.
pub struct GradedClass {
    /// The lesson's file name.
    pub name: String,
    /// The lesson.
    pub lesson: Lesson,
    /// Its key, placed.
    pub key: PlacedKey,
    /// The class figures, with what the LMS and the roster tell.
    pub lms: crate::service::lms::LmsClass,
    /// The folder of answers, or the LMS's zip.
    pub dir: PathBuf,
}

/// A roster read for class results: its file and its rows.
#[derive(Clone, Debug)]
pub struct ChosenRoster {
    /// The file.
    pub path: PathBuf,
    /// What it holds.
    pub roster: crate::model::lms::roster::Roster,
}

/// Results of background work.
pub enum Done {
    /// The data folder's lessons were listed.
    Catalogue(Vec<CatalogueEntry>, Vec<FileError>),
    /// A file dialog was answered (`Ok(None)`: cancelled; `Err`: could not be shown).
    FileChosen {
        /// The page instance that asked ([`Shared::page_serial`] when it asked); the
        /// answer is applied to that page only.
        asker: u64,
        /// What the dialog was for.
        purpose: Purpose,
        /// The answer.
        result: Result<Option<PathBuf>, String>,
    },
    /// A lesson was read (with its key, autosave and any answer to load).
    Opened {
        /// Which request this answers.
        ticket: u64,
        /// The lesson, or why it cannot be opened.
        result: Box<Result<LoadedLesson, FileError>>,
    },
    /// An answer file opened from the library was read; its lesson is opened next.
    AnswerToOpen(PathBuf, Box<Result<Answer, FileError>>),
    /// A folder was listed for newsmark's own picker (opened by `asker`).
    PickerListed {
        /// The page instance the picker is for.
        asker: u64,
        /// The folder.
        dir: PathBuf,
        /// Its entries, or why it cannot be listed.
        result: Result<Vec<crate::app::folders::Entry>, String>,
    },
    /// A path typed into the picker's *Folder* field is a file, not a folder: the picker
    /// opens it (or, when saving, takes its folder and name).
    PickerFile {
        /// The page instance the picker is for.
        asker: u64,
        /// The file.
        path: PathBuf,
    },
    /// The name chosen in the picker to save as was looked at.
    PickerChecked {
        /// The page instance the picker is for.
        asker: u64,
        /// The file chosen.
        path: PathBuf,
        /// Whether it may be saved, or what to say or ask.
        verdict: crate::app::folders::Verdict,
    },
    /// A result for the lesson page instance `instance`.
    Lesson {
        /// The page that asked.
        instance: u64,
        /// What came back.
        done: LessonDone,
    },
    /// A result for the workshop instance `instance`.
    Authoring {
        /// The page that asked.
        instance: u64,
        /// What came back.
        done: AuthoringDone,
    },
    /// The class results page's hand-ins graded again (a roster chosen, a hand-in matched
    /// to a roster row).
    ClassRegraded {
        /// The page that asked.
        instance: u64,
        /// The hand-ins graded with the roster, and the roster (its file and rows).
        result: Box<Result<(crate::service::lms::LmsClass, Option<ChosenRoster>), Failure>>,
    },
    /// Background work that went well and has something to say.
    Notice(String),
    /// Files that were found faulty in the background (shown as errors).
    Problems(Vec<FileError>),
    /// A class pack was added to the library: its heading and lessons, or why not.
    PackAdded(Box<Result<(String, Vec<CatalogueEntry>), FileError>>),
    /// A key the teacher released was put beside its lesson: the lesson's new entry.
    KeyReleased(Box<Result<CatalogueEntry, Failure>>),
    /// The start-up scan of the learner's lessons: autosaved work in progress and each
    /// keyed lesson's answer-key items per label.
    Learner(Box<LearnerScan>),
    /// Paragraphs for focus practice were gathered.
    FocusReady {
        /// Which request this answers.
        ticket: u64,
        /// The label practised.
        label: crate::model::Label,
        /// The paragraphs.
        exercises: Vec<crate::model::focus::Exercise>,
    },
    /// A folder of answers was graded.
    ClassGraded {
        /// Which request this answers.
        ticket: u64,
        /// The page, or why it cannot be shown.
        result: Box<Result<GradedClass, Failure>>,
    },
    /// A lesson or article was read for the workshop.
    Workshop {
        /// Which request this answers.
        ticket: u64,
        /// What the workshop starts from, or why it cannot.
        result: Box<Result<Workshop, FileError>>,
    },
}

/// Results for a lesson page.
pub enum LessonDone {
    /// An answer file was read for the lesson.
    AnswerRead {
        /// The file.
        path: PathBuf,
        /// Its spans placed on the lesson, or why not.
        result: Box<Result<PlacedAnswer, FileError>>,
    },
    /// A hand-in was written (where), or why not.
    AnswerSaved {
        /// The name it was handed in under.
        student: String,
        /// The lesson's file name.
        lesson: String,
        /// Where it was written, or why not.
        result: Result<PathBuf, FileError>,
        /// Set when the name chosen held someone else's file, which was left alone: the
        /// answer went to a free name beside it (`result`).
        renamed: Option<store::names::Renamed>,
    },
    /// The autosave was written, or why not.
    Autosaved(Result<(), FileError>),
}

/// Results for the workshop.
pub enum AuthoringDone {
    /// The lesson and key were written, or why not.
    LessonSaved {
        /// Where the lesson went.
        path: PathBuf,
        /// The workshop's edit count when it asked: it is clean if nothing changed since.
        revision: u64,
        /// What to say, or why it failed.
        result: Result<String, String>,
    },
    /// The key checker's phrases from the other keys were read.
    OtherKeysRead(Vec<crate::model::check::LabelledPhrase>),
    /// The assistant's word lists were read (and the lists that could not be used).
    Rules(Vec<crate::model::suggest::Rule>, Vec<FileError>),
}
