//! Files: reading lessons, keys and answers with clear errors, atomic writes, exports.
//!
//! Every error names the file and says what is wrong and where; callers report it once
//! and go on with the next file.

pub mod convert;
pub mod export;
pub mod files;
pub mod import;
pub mod lms_zip;
pub mod names;
pub mod pack;
pub mod progress;
pub mod roster;
pub mod rules;

pub use files::{
    Audience, TEMP_PREFIX, collect_files, remove_stale_temporaries, write_atomic, write_atomic_for,
    write_json, write_json_for, write_private,
};

use crate::model::annotation::{Answer, FORMAT_VERSION, Key, SpanError};
use crate::model::lesson::{Lesson, LessonError, LessonFormat, line_col};
use serde::de::DeserializeOwned;
use std::fmt;
use std::path::{Path, PathBuf};

/// Lessons larger than this are refused (a 50,000-word article is about 300 KB).
pub const MAX_LESSON_BYTES: u64 = 4 * 1024 * 1024;
/// Keys and answers larger than this are refused.
pub const MAX_JSON_BYTES: u64 = 16 * 1024 * 1024;
/// Keys and answers with more spans than this are refused (a 50,000-word article with a
/// highlight on every other word has 25,000).
pub const MAX_SPANS: usize = 100_000;
/// A class folder with more answer files than this is refused (split the class).
pub const MAX_CLASS_FILES: usize = 20_000;

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

pub(crate) fn read_limited(path: &Path, limit: u64) -> Result<Vec<u8>, FileError> {
    let meta = std::fs::metadata(path).map_err(|e| FileError::io(path, "cannot read", e))?;
    if meta.is_dir() {
        return Err(FileError::new(path, Problem::IsAFolder));
    }
    if meta.len() > limit {
        return Err(FileError::new(
            path,
            Problem::TooLarge {
                size: meta.len(),
                limit,
            },
        ));
    }
    std::fs::read(path).map_err(|e| FileError::io(path, "cannot read", e))
}

/// Bytes to text, with the position of the first invalid byte.
pub fn utf8(bytes: &[u8]) -> Result<&str, Problem> {
    std::str::from_utf8(bytes).map_err(|e| {
        let valid = e.valid_up_to();
        let good = std::str::from_utf8(bytes.get(..valid).unwrap_or(&[])).unwrap_or("");
        let (line, column) = line_col(good, good.len());
        Problem::NotUtf8 { line, column }
    })
}

/// The lesson format for a file name, if it is one.
pub fn lesson_format(path: &Path) -> Option<LessonFormat> {
    let name = path.file_name()?.to_str()?.to_ascii_lowercase();
    if name.ends_with(".md") || name.ends_with(".markdown") {
        Some(LessonFormat::Markdown)
    } else if name.ends_with(".txt") {
        Some(LessonFormat::Plain)
    } else {
        None
    }
}

/// A readable title from a file stem: `003_city-budget` → `City budget`.
pub fn title_from_stem(path: &Path) -> String {
    let stem = path
        .file_stem()
        .and_then(|s| s.to_str())
        .unwrap_or("Untitled");
    let words: Vec<&str> = stem
        .split(['_', '-', ' '])
        .filter(|w| !w.is_empty() && !w.chars().all(|c| c.is_ascii_digit()))
        .collect();
    let joined = if words.is_empty() {
        stem.to_string()
    } else {
        words.join(" ")
    };
    let mut c = joined.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => "Untitled".into(),
    }
}

/// Parse lesson bytes (from a file or compiled into the binary).
pub fn parse_lesson(
    bytes: &[u8],
    format: LessonFormat,
    fallback_title: &str,
) -> Result<Lesson, Problem> {
    if bytes.len() as u64 > MAX_LESSON_BYTES {
        return Err(Problem::TooLarge {
            size: bytes.len() as u64,
            limit: MAX_LESSON_BYTES,
        });
    }
    let text = utf8(bytes)?;
    Ok(Lesson::parse(text, format, fallback_title)?)
}

/// Read a lesson file.
pub fn read_lesson(path: &Path) -> Result<Lesson, FileError> {
    let format = lesson_format(path).ok_or_else(|| FileError::new(path, Problem::NotALesson))?;
    let bytes = read_limited(path, MAX_LESSON_BYTES)?;
    parse_lesson(&bytes, format, &title_from_stem(path)).map_err(|p| FileError::new(path, p))
}

#[derive(serde::Deserialize)]
struct VersionOnly {
    version: Option<serde_json::Value>,
}

pub(crate) fn parse_versioned<T: DeserializeOwned>(
    bytes: &[u8],
    version: impl Fn(&T) -> u32,
) -> Result<T, Problem> {
    let text = utf8(bytes)?;
    // Check the version first so a newer file is reported as such, not as a parse error.
    if let Ok(v) = serde_json::from_str::<VersionOnly>(text)
        && let Some(found) = v.version.as_ref().and_then(serde_json::Value::as_u64)
        && found > u64::from(FORMAT_VERSION)
    {
        return Err(Problem::NewerVersion { found });
    }
    let value: T = serde_json::from_str(text).map_err(|e| Problem::Json {
        line: e.line(),
        column: e.column(),
        message: json_message(&e),
    })?;
    let found = version(&value);
    if found > FORMAT_VERSION {
        return Err(Problem::NewerVersion {
            found: found.into(),
        });
    }
    Ok(value)
}

fn json_message(e: &serde_json::Error) -> String {
    let msg = e.to_string();
    // serde_json appends " at line L column C"; the position is reported separately.
    let msg = match msg.rfind(" at line ") {
        Some(i) => msg.get(..i).unwrap_or(&msg).to_string(),
        None => msg,
    };
    match msg.strip_prefix("unknown variant ") {
        Some(rest) if msg.contains("`attribution`") => {
            let bad = rest.split(',').next().unwrap_or(rest);
            crate::t!("store-unknown-label", label = bad)
        }
        _ => msg,
    }
}

fn span_limit(count: usize) -> Result<(), Problem> {
    if count > MAX_SPANS {
        return Err(Problem::TooMany {
            what: "spans",
            count,
            limit: MAX_SPANS,
            advice: "split the article into smaller lessons",
        });
    }
    Ok(())
}

/// Parse an answer key.
pub fn parse_key(bytes: &[u8]) -> Result<Key, Problem> {
    let k: Key = parse_versioned(bytes, |k: &Key| k.version)?;
    span_limit(k.items.len())?;
    Ok(k)
}

/// Parse an answer.
pub fn parse_answer(bytes: &[u8]) -> Result<Answer, Problem> {
    let a: Answer = parse_versioned(bytes, |a: &Answer| a.version)?;
    span_limit(a.spans.len())?;
    Ok(a)
}

/// Read an answer key file.
pub fn read_key(path: &Path) -> Result<Key, FileError> {
    let bytes = read_limited(path, MAX_JSON_BYTES)?;
    parse_key(&bytes).map_err(|p| FileError::new(path, p))
}

/// Read an answer file.
pub fn read_answer(path: &Path) -> Result<Answer, FileError> {
    let bytes = read_limited(path, MAX_JSON_BYTES)?;
    parse_answer(&bytes).map_err(|p| FileError::new(path, p))
}

/// `NAME.md` → `NAME.key.json` beside it.
pub fn key_path_for(lesson: &Path) -> PathBuf {
    let stem = lesson
        .file_stem()
        .and_then(|s| s.to_str())
        .unwrap_or("lesson");
    lesson.with_file_name(format!("{stem}.key.json"))
}

/// True for `*.key.json`.
pub fn is_key_file(path: &Path) -> bool {
    path.file_name()
        .and_then(|n| n.to_str())
        .is_some_and(|n| n.to_ascii_lowercase().ends_with(".key.json"))
}

/// The lesson beside a key: `NAME.key.json` → `NAME.md`, `NAME.markdown` or `NAME.txt`.
pub fn lesson_path_for_key(key: &Path) -> Option<PathBuf> {
    let name = key.file_name()?.to_str()?;
    let stem = name.get(..name.len().checked_sub(".key.json".len())?)?;
    ["md", "markdown", "txt"]
        .iter()
        .map(|ext| key.with_file_name(format!("{stem}.{ext}")))
        .find(|p| p.is_file())
}

/// Pretty JSON with a trailing newline, fields in declaration order.
pub fn to_json<T: serde::Serialize>(value: &T) -> Result<String, Problem> {
    let mut s = serde_json::to_string_pretty(value).map_err(Problem::Encode)?;
    s.push('\n');
    Ok(s)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn operating_system_errors_are_told_in_plain_words() {
        let e = FileError::io(
            Path::new("/a/b.json"),
            "cannot read",
            std::io::Error::from_raw_os_error(20),
        );
        let said = describe(&e);
        assert!(!said.contains("os error"), "{said}");
        assert!(said.contains("/a/b.json"), "{said}");
        let other = std::io::Error::other("odd failure");
        assert_eq!(plain_io(&other), "odd failure");
    }

    #[test]
    fn reports_invalid_utf8_position() {
        assert!(matches!(
            utf8(b"ab\ncd\xff"),
            Err(Problem::NotUtf8 { line: 2, column: 3 })
        ));
    }

    #[test]
    fn json_errors_have_positions_and_versions_are_checked() {
        match parse_key(b"{\n \"items\": [\n {\"start\": 0, \"end\": 2, \"label\": \"fact\"}]}") {
            Err(Problem::Json {
                line: 3, message, ..
            }) => assert!(message.contains("unknown label `fact`"), "{message}"),
            other => panic!("{other:?}"),
        }
        assert!(matches!(
            parse_answer(b"{\"version\": 7, \"whatever\": []}"),
            Err(Problem::NewerVersion { found: 7 })
        ));
        assert!(matches!(
            parse_answer(b"{\"spans\": 3}"),
            Err(Problem::Json { .. })
        ));
    }

    #[test]
    fn too_many_spans_are_refused_with_the_limit() {
        let mut s = String::from("{\"spans\": [");
        for i in 0..=MAX_SPANS {
            if i > 0 {
                s.push(',');
            }
            s.push_str("{\"start\": 0, \"end\": 1, \"label\": \"opinion\"}");
        }
        s.push_str("]}");
        let e = parse_answer(s.as_bytes()).unwrap_err();
        assert!(
            e.to_string().contains("more than the limit of 100000"),
            "{e}"
        );
    }

    #[test]
    fn names() {
        assert_eq!(
            title_from_stem(Path::new("lessons/003_city-budget.md")),
            "City budget"
        );
        assert_eq!(
            key_path_for(Path::new("l/a.md")),
            PathBuf::from("l/a.key.json")
        );
        assert!(is_key_file(Path::new("x/A.KEY.json")));
    }
}
