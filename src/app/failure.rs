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
        /// What it was, as the message starts ("The gradebook was not written").
        what: &'static str,
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
}

impl std::fmt::Display for Failure {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Failure::Write { what, error } => write!(f, "{what}: {}", store::describe(error)),
            Failure::Read(e) => write!(f, "{}", store::describe(e)),
            Failure::NoKey { lesson } => write!(
                f,
                "{lesson} has no answer key beside it, so answers cannot be scored."
            ),
            Failure::KeyUnusable(e) => {
                write!(f, "The answer key cannot be used: {}", store::describe(e))
            }
            Failure::KeyWithoutLesson { key, wanted } => write!(
                f,
                "{}: no lesson in your library matches this key (it is for {wanted}); open the lesson or its pack first",
                key.display()
            ),
            Failure::NoParagraphs(label) => write!(
                f,
                "No keyed lesson has paragraphs for {} practice.",
                label.title()
            ),
            Failure::Worker(why) => write!(
                f,
                "Background work failed inside newsmark ({why}). Nothing was changed by it; your work is still here, so try again."
            ),
            Failure::NoThread(e) => write!(f, "newsmark could not start a worker thread: {e}"),
        }
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
            | Failure::Worker(_) => None,
        }
    }
}

impl From<FileError> for Failure {
    fn from(e: FileError) -> Self {
        Failure::Read(e)
    }
}

/// A write that failed, described as `what` ("The gradebook was not written").
pub fn not_written(what: &'static str) -> impl FnOnce(FileError) -> Failure {
    move |error| Failure::Write { what, error }
}
