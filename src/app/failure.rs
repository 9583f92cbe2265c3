//! What went wrong in the app, typed: each failure is described once, here, where it is
//! shown (the message area), and carries the file error with its causes.

use crate::model::Label;
use crate::store::{self, FileError};
use std::path::PathBuf;

/// Something the app could not do.
#[derive(Debug)]
pub enum Failure {
    /// A file for someone (pack, gradebook, export, profile) or the learner's own
    /// (settings, progress, saved work) could not be written or removed.
    Write {
        /// What it was, as the message starts ("The gradebook was not written"), in the
        /// reader's language.
        what: String,
        /// Why.
        error: FileError,
    },
    /// A file could not be read.
    Read(FileError),
    /// A lesson has no key beside it, so answers cannot be scored.
    NoKey {
        /// The lesson's file name.
        lesson: String,
    },
    /// The key beside a lesson cannot be used.
    KeyUnusable(FileError),
    /// A released key belongs to no lesson in the library.
    KeyWithoutLesson {
        /// The key file.
        key: PathBuf,
        /// The lesson it is for.
        wanted: String,
    },
    /// No keyed lesson has paragraphs to practise this label on.
    NoParagraphs(Label),
    /// Background work failed inside newsmark (a bug): why, as it said.
    Worker(String),
    /// A worker thread could not be started.
    NoThread(std::io::Error),
    /// Hand-ins (a folder or an LMS's zip) or a roster could not be read: why, in words.
    Download(String),
}

impl std::fmt::Display for Failure {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let text = match self {
            Failure::Write { what, error } => {
                let reason = store::describe(error);
                crate::t!("shell-failure-write", what = what, reason = reason)
            }
            Failure::Read(e) => store::describe(e),
            Failure::NoKey { lesson } => crate::t!("shell-failure-no-key", lesson = lesson),
            Failure::KeyUnusable(e) => {
                crate::t!("shell-failure-key-unusable", reason = store::describe(e))
            }
            Failure::KeyWithoutLesson { key, wanted } => {
                let key = key.display().to_string();
                crate::t!("shell-failure-key-no-lesson", key = key, lesson = wanted)
            }
            Failure::NoParagraphs(label) => {
                crate::t!("shell-failure-no-paragraphs", label = label.title())
            }
            Failure::Worker(why) => crate::t!("shell-failure-worker", why = why),
            Failure::NoThread(e) => {
                crate::t!("shell-failure-no-thread", reason = e.to_string())
            }
            Failure::Download(why) => crate::t!("lms-failure-download", reason = why),
        };
        f.write_str(&text)
    }
}

impl std::error::Error for Failure {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Failure::Write { error, .. } | Failure::Read(error) | Failure::KeyUnusable(error) => {
                Some(error)
            }
            Failure::NoThread(e) => Some(e),
            Failure::NoKey { .. }
            | Failure::KeyWithoutLesson { .. }
            | Failure::NoParagraphs(_)
            | Failure::Download(_)
            | Failure::Worker(_) => None,
        }
    }
}

impl From<FileError> for Failure {
    fn from(e: FileError) -> Self {
        Failure::Read(e)
    }
}

/// A write that failed, described as `what` ("The gradebook was not written"), which is
/// given in the reader's language (`crate::t!`).
pub fn not_written(what: impl Into<String>) -> impl FnOnce(FileError) -> Failure {
    let what = what.into();
    move |error| Failure::Write { what, error }
}
