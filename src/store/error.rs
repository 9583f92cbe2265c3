//! What can be wrong with a file, in people's words: [`Problem`] (the content, or why it
//! could not be read or written) and [`FileError`] (a problem with its path), described once,
//! where shown, by [`describe`].

use super::import;
use crate::model::annotation::{FORMAT_VERSION, SpanError};
use crate::model::lesson::LessonError;
use std::fmt;
use std::path::{Path, PathBuf};

/// What is wrong with a file's content, or why it could not be read or written.
///
/// Its words ([`fmt::Display`]) are in the reader's language.
#[derive(Debug)]
pub enum Problem {
    /// The operating system refused (the reason is the source).
    Io {
        /// What was being done, in English, e.g. "cannot read". The actions newsmark uses
        /// are shown in the reader's language (the list is in this module's
        /// `action_words`); any other is shown as it is.
        action: &'static str,
        /// What the operating system said.
        source: std::io::Error,
    },
    /// Nothing at that path.
    NotFound,
    /// A folder where a file was expected.
    IsAFolder,
    /// A folder walk came back to a folder it is already inside.
    LinkLoop {
        /// The folder the link leads back to.
        ancestor: PathBuf,
    },
    /// Over the size limit.
    TooLarge {
        /// Its size.
        size: u64,
        /// The limit.
        limit: u64,
    },
    /// Not UTF-8.
    NotUtf8 {
        /// 1-based line.
        line: usize,
        /// 1-based column.
        column: usize,
    },
    /// A lesson's content (told in the lesson error's own words).
    Lesson(LessonError),
    /// Malformed JSON or a field of the wrong type.
    Json {
        /// 1-based line.
        line: usize,
        /// 1-based column.
        column: usize,
        /// What the parser said.
        message: String,
    },
    /// Written by a newer newsmark.
    NewerVersion {
        /// The file's version.
        found: u64,
    },
    /// Not a lesson file name.
    NotALesson,
    /// More of something than newsmark takes.
    TooMany {
        /// What there is too much of, in English ("spans", "answer files"; the ones shown
        /// in the reader's language are listed in this module's `too_many_words`).
        what: &'static str,
        /// How many.
        count: usize,
        /// The limit.
        limit: usize,
        /// What to do, in English.
        advice: &'static str,
    },
    /// Its spans cannot be placed on the lesson.
    Spans(SpanError),
    /// The value could not be turned into JSON.
    Encode(serde_json::Error),
    /// A gradebook could not be written as CSV.
    Csv(csv::Error),
    /// An article that cannot be made into a lesson.
    Import(import::ImportError),
    /// A malformed suggestion rule list (told in the rule error's own words).
    Rule(crate::model::suggest::RuleError),
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let text = match self {
            Problem::Io { action, .. } => action_words(action),
            Problem::NotFound => crate::t!("store-not-found"),
            Problem::IsAFolder => crate::t!("store-is-a-folder"),
            Problem::LinkLoop { ancestor } => {
                let folder = ancestor.display().to_string();
                crate::t!("store-link-loop", folder = folder)
            }
            Problem::TooLarge { size, limit } => {
                let (size, limit) = (size.to_string(), limit.to_string());
                crate::t!("store-too-large", size = size, limit = limit)
            }
            Problem::NotUtf8 { line, column } => {
                let (line, column) = (line.to_string(), column.to_string());
                crate::t!("store-not-utf8", line = line, column = column)
            }
            Problem::Lesson(e) => return fmt::Display::fmt(e, f),
            Problem::Json {
                line,
                column,
                message,
            } => {
                let (line, column) = (line.to_string(), column.to_string());
                crate::t!(
                    "store-json",
                    line = line,
                    column = column,
                    message = message
                )
            }
            Problem::NewerVersion { found } => {
                let (found, reads) = (found.to_string(), FORMAT_VERSION.to_string());
                crate::t!("store-newer-version", found = found, reads = reads)
            }
            Problem::NotALesson => crate::t!("store-not-a-lesson"),
            Problem::TooMany {
                what,
                count,
                limit,
                advice,
            } => too_many_words(what, *count, *limit, advice),
            Problem::Spans(_) => crate::t!("store-spans-unusable"),
            Problem::Encode(_) => crate::t!("store-not-json"),
            Problem::Csv(_) => crate::t!("store-not-csv"),
            Problem::Import(_) => crate::t!("store-not-made-into-lesson"),
            Problem::Rule(e) => return fmt::Display::fmt(e, f),
        };
        f.write_str(&text)
    }
}

impl std::error::Error for Problem {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Problem::Io { source, .. } => Some(source),
            // A lesson's or a rule list's error stands in for the problem: its cause is next.
            Problem::Lesson(e) => std::error::Error::source(e),
            Problem::Rule(e) => std::error::Error::source(e),
            Problem::Spans(e) => Some(e),
            Problem::Encode(e) => Some(e),
            Problem::Csv(e) => Some(e),
            Problem::Import(e) => Some(e),
            Problem::NotFound
            | Problem::IsAFolder
            | Problem::LinkLoop { .. }
            | Problem::TooLarge { .. }
            | Problem::NotUtf8 { .. }
            | Problem::Json { .. }
            | Problem::NewerVersion { .. }
            | Problem::NotALesson
            | Problem::TooMany { .. } => None,
        }
    }
}

impl From<LessonError> for Problem {
    fn from(e: LessonError) -> Problem {
        Problem::Lesson(e)
    }
}

impl From<crate::model::suggest::RuleError> for Problem {
    fn from(e: crate::model::suggest::RuleError) -> Problem {
        Problem::Rule(e)
    }
}

/// What was being done when the operating system refused ([`Problem::Io`]'s `action`), in
/// the reader's language; an action not listed here is shown as it is.
fn action_words(action: &str) -> String {
    match action {
        "cannot read" => crate::t!("store-cannot-read"),
        "cannot list" => crate::t!("store-cannot-list"),
        "cannot write" => crate::t!("store-cannot-write"),
        "cannot remove" => crate::t!("store-cannot-remove"),
        "cannot replace" => crate::t!("store-cannot-replace"),
        "cannot create the folder" => crate::t!("store-cannot-create-folder"),
        "cannot create a temporary file beside" => crate::t!("store-cannot-create-temporary"),
        "cannot sync the folder of" => crate::t!("store-cannot-sync-folder"),
        "cannot remove the stale temporary file" => crate::t!("store-cannot-remove-stale"),
        "cannot finish the CSV" => crate::t!("store-cannot-finish-csv"),
        other => other.to_string(),
    }
}

/// [`Problem::TooMany`] in the reader's language. The counts are shown as they are, without
/// grouping ("100000").
fn too_many_words(what: &str, count: usize, limit: usize, advice: &str) -> String {
    let (n, most) = (count.to_string(), limit.to_string());
    match (what, advice) {
        ("spans", "split the article into smaller lessons") => {
            crate::t!("store-too-many-spans", count = n, limit = most)
        }
        ("answer files", "split the class into folders") => {
            crate::t!("store-too-many-answer-files", count = n, limit = most)
        }
        _ => crate::t!(
            "store-too-many",
            count = n,
            what = what,
            limit = most,
            advice = advice
        ),
    }
}

impl Problem {
    /// An operating-system error while doing `action`; "not found" becomes [`Problem::NotFound`].
    pub fn io(action: &'static str, source: std::io::Error) -> Problem {
        if source.kind() == std::io::ErrorKind::NotFound {
            Problem::NotFound
        } else {
            Problem::Io { action, source }
        }
    }
}

/// A problem with a named file.
#[derive(Debug)]
pub struct FileError {
    /// The file.
    pub path: PathBuf,
    /// What is wrong.
    pub problem: Problem,
}

impl fmt::Display for FileError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (path, problem) = (self.path.display().to_string(), self.problem.to_string());
        f.write_str(&crate::t!(
            "store-file-problem",
            path = path,
            problem = problem
        ))
    }
}

impl std::error::Error for FileError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        // The problem's own words are already in the message; its cause comes next.
        self.problem.source()
    }
}

impl FileError {
    /// Attach a path to a problem.
    pub fn new(path: &Path, problem: impl Into<Problem>) -> FileError {
        FileError {
            path: path.to_path_buf(),
            problem: problem.into(),
        }
    }

    /// True when the file is not a lesson.
    pub fn problem_is_not_a_lesson(&self) -> bool {
        matches!(self.problem, Problem::NotALesson)
    }

    /// An operating-system error on `path` while doing `action`.
    pub fn io(path: &Path, action: &'static str, source: std::io::Error) -> FileError {
        FileError::new(path, Problem::io(action, source))
    }
}

/// An error with all its causes, for people: `a: b: c`. Errors are described once, here,
/// where they are shown.
pub fn describe(e: &(dyn std::error::Error + 'static)) -> String {
    let mut s = e.to_string();
    let mut cause = e.source();
    while let Some(c) = cause {
        let t = match c.downcast_ref::<std::io::Error>() {
            Some(io) => plain_io(io),
            None => c.to_string(),
        };
        if !s.ends_with(&t) {
            s.push_str(": ");
            s.push_str(&t);
        }
        cause = c.source();
    }
    s
}

/// An operating-system error in plain words, without its "(os error 2)".
pub fn plain_io(e: &std::io::Error) -> String {
    use std::io::ErrorKind as K;
    match e.kind() {
        K::NotFound => crate::t!("store-io-not-found"),
        K::PermissionDenied => crate::t!("store-io-permission-denied"),
        K::NotADirectory => crate::t!("store-io-not-a-folder"),
        K::IsADirectory => crate::t!("store-io-is-a-folder"),
        K::AlreadyExists => crate::t!("store-io-already-exists"),
        K::StorageFull => crate::t!("store-io-disk-full"),
        K::ReadOnlyFilesystem => crate::t!("store-io-read-only"),
        K::TimedOut => crate::t!("store-io-timed-out"),
        _ => {
            let t = e.to_string();
            match t.find(" (os error") {
                Some(i) => t[..i].to_string(),
                None => t,
            }
        }
    }
}
