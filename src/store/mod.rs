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

use crate::model::annotation::{Answer, FORMAT_VERSION, Key};
use crate::model::lesson::{Lesson, LessonFormat, line_col};
use serde::de::DeserializeOwned;
use std::path::{Path, PathBuf};

mod error;
pub use error::{FileError, Problem, describe, plain_io};

/// Lessons larger than this are refused (a 50,000-word article is about 300 KB).
pub const MAX_LESSON_BYTES: u64 = 4 * 1024 * 1024;
/// Keys and answers larger than this are refused.
pub const MAX_JSON_BYTES: u64 = 16 * 1024 * 1024;
/// Keys and answers with more spans than this are refused (a 50,000-word article with a
/// highlight on every other word has 25,000).
pub const MAX_SPANS: usize = 100_000;
/// A class folder with more answer files than this is refused (split the class).
pub const MAX_CLASS_FILES: usize = 20_000;

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
