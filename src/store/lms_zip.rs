//! Reading an LMS download as it comes: a Canvas "Download Submissions" zip, a Moodle
//! "Download all submissions" zip, a zip of a plain folder, or a folder (one of those
//! unpacked, or answers copied in by hand).
//!
//! A zip is untrusted input. Nothing in it is written to disk and no entry name is ever used
//! as a path: names are text, parsed for the LMS's identity. Before anything is unpacked
//! the number of entries (at most [`MAX_ZIP_ENTRIES`], checked in the zip's end record
//! before the directory is even read), each answer entry's declared size (at most an
//! answer file's limit, [`MAX_JSON_BYTES`]) and their total (at most
//! [`MAX_ZIP_TOTAL_BYTES`]) are checked; then each entry is read through a limit one byte
//! past its allowance, so an entry that unpacks to more than its header says is caught
//! too. Only answer files (`.json`) are unpacked at all: other files are listed as problems
//! by name, whatever their size.

use crate::model::annotation::Answer;
use crate::model::lms::{self, LmsIdentity};
use crate::store::{self, FileError, MAX_CLASS_FILES, MAX_JSON_BYTES, Problem};
use serde::Serialize;
use std::io::{Read, Seek, SeekFrom};
use std::path::{Path, PathBuf};

/// A zip with more entries than this is refused as a whole.
pub const MAX_ZIP_ENTRIES: usize = 10_000;
/// A zip whose answer files unpack to more than this, together, is refused as a whole.
pub const MAX_ZIP_TOTAL_BYTES: u64 = 256 * 1024 * 1024;

/// The limits a zip is read within.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ZipLimits {
    /// Entries in the zip, of any kind.
    pub max_entries: usize,
    /// Unpacked bytes of one answer file.
    pub max_entry_bytes: u64,
    /// Unpacked bytes of all answer files together.
    pub max_total_bytes: u64,
}

impl Default for ZipLimits {
    fn default() -> Self {
        ZipLimits {
            max_entries: MAX_ZIP_ENTRIES,
            max_entry_bytes: MAX_JSON_BYTES,
            max_total_bytes: MAX_ZIP_TOTAL_BYTES,
        }
    }
}

/// One answer read from the download.
#[derive(Clone, Debug)]
pub struct Submission {
    /// The entry's name in the zip, or the file's path inside the folder (`/` between
    /// folders). Text only, never a path.
    pub entry: String,
    /// For people and for the class results: `<zip>/<entry>`, or the file's path.
    pub file: String,
    /// The file itself, for a folder; `None` inside a zip.
    pub path: Option<PathBuf>,
    /// Who the LMS says handed it in.
    pub identity: LmsIdentity,
    /// The answer.
    pub answer: Answer,
}

/// Why an entry of the download is not read as an answer.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum EntryProblemKind {
    /// Not an answer file (a `.docx`, a `.pdf`, …): listed, never unpacked.
    NotAnAnswer,
    /// An answer key.
    AnswerKey,
    /// An absolute name, a name with `..`, or a link: not read.
    UnsafeName,
    /// Over the size limit, declared or actual: not read.
    TooLarge,
    /// Protected by a password.
    Encrypted,
    /// Cannot be unpacked or is not a readable answer.
    Unreadable,
    /// Several entries with one name: the zip keeps only one of them.
    DuplicateName,
}

impl EntryProblemKind {
    /// A file that is simply not an answer (not an error of the download).
    pub fn is_other_file(self) -> bool {
        matches!(
            self,
            EntryProblemKind::NotAnAnswer | EntryProblemKind::AnswerKey
        )
    }
}

/// An entry that is not read as an answer, and why.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct EntryProblem {
    /// `<zip>/<entry>`, or the file's path.
    pub file: String,
    /// What kind of problem.
    pub kind: EntryProblemKind,
    /// What is wrong, for people.
    pub message: String,
    /// Who the LMS says handed it in (to tell a student who handed in only a `.docx`).
    #[serde(skip)]
    pub identity: LmsIdentity,
}

/// A download read: the answers, and every entry that is not one.
#[derive(Clone, Debug, Default)]
pub struct Submissions {
    /// The zip or folder.
    pub source: PathBuf,
    /// Read from a zip.
    pub from_zip: bool,
    /// The answers, in the zip's (or the folder's) order.
    pub entries: Vec<Submission>,
    /// Entries not read as answers.
    pub problems: Vec<EntryProblem>,
}

/// Why a download cannot be read at all.
#[derive(Debug, thiserror::Error)]
pub enum SubmissionsError {
    /// The file or folder cannot be read.
    #[error(transparent)]
    File(#[from] FileError),
    /// Not a zip.
    #[error(
        "{}: not a zip newsmark can read ({reason}); give the .zip the LMS made, or the folder it unpacks to", .path.display()
    )]
    NotAZip {
        /// The file.
        path: PathBuf,
        /// What the zip reader said.
        reason: String,
    },
    /// Too many entries.
    #[error(
        "{}: the zip has {count} entries, more than the limit of {limit}; it is not read (download the submissions in smaller groups)", .path.display()
    )]
    TooManyEntries {
        /// The file.
        path: PathBuf,
        /// How many it has (or says it has).
        count: u64,
        /// The limit.
        limit: usize,
    },
    /// The answers together are too large.
    #[error(
        "{}: the answer files in the zip unpack to more than {limit} bytes together (the limit is passed at {entry:?}); it is not read: a class's answers are far smaller, so the zip is damaged or made to fill memory (a \"zip bomb\")", .path.display()
    )]
    TotalTooLarge {
        /// The file.
        path: PathBuf,
        /// The entry at which the total passed the limit.
        entry: String,
        /// The limit.
        limit: u64,
    },
}

/// An entry's name for people: control characters (a newline in a hostile name) shown as
/// `�`.
fn printable(name: &str) -> String {
    name.chars()
        .map(|c| if c.is_control() { '\u{fffd}' } else { c })
        .collect()
}

fn entry_label(zip: &Path, name: &str) -> String {
    format!("{}/{}", zip.display(), printable(name))
}

fn not_an_answer(name: &str) -> String {
    match lms::extension(name) {
        Some(ext) => format!(
            "not an answer file (a .{ext} file); newsmark reads the .json answer files students hand in, so it is not counted"
        ),
        None => "not an answer file; newsmark reads the .json answer files students hand in, so it is not counted".into(),
    }
}

const KEY_MESSAGE: &str = "an answer key, not an answer; it is not counted";

/// Read a download: a folder ([`read_folder`]) or a zip ([`read_zip_file`], default limits).
pub fn read_submissions(path: &Path) -> Result<Submissions, SubmissionsError> {
    let meta = std::fs::metadata(path).map_err(|e| FileError::io(path, "cannot read", e))?;
    if meta.is_dir() {
        read_folder(path)
    } else {
        read_zip_file(path, &ZipLimits::default())
    }
}

/// Read a zip file within `limits`.
pub fn read_zip_file(path: &Path, limits: &ZipLimits) -> Result<Submissions, SubmissionsError> {
    let file = std::fs::File::open(path).map_err(|e| FileError::io(path, "cannot read", e))?;
    read_zip(std::io::BufReader::new(file), path, limits)
}

/// The number of entries the zip's end record declares (the zip64 one when the classic
/// record says 0xFFFF), read from the end of the file before the directory is parsed.
/// `None` when there is no end record to read (the zip reader then says what is wrong).
fn declared_entry_count<R: Read + Seek>(r: &mut R) -> std::io::Result<Option<u64>> {
    const EOCD: &[u8] = b"PK\x05\x06";
    const LOCATOR: &[u8] = b"PK\x06\x07";
    const EOCD64: &[u8] = b"PK\x06\x06";
    let len = r.seek(SeekFrom::End(0))?;
    let tail_len = len.min(22 + 65_535);
    r.seek(SeekFrom::Start(len - tail_len))?;
    let mut tail = vec![0u8; usize::try_from(tail_len).unwrap_or(0)];
    r.read_exact(&mut tail)?;
    let Some(at) = (0..tail.len().saturating_sub(21))
        .rev()
        .find(|&i| tail.get(i..i + 4) == Some(EOCD))
    else {
        return Ok(None);
    };
    let u16_at = |b: &[u8], i: usize| {
        b.get(i..i + 2)
            .and_then(|s| <[u8; 2]>::try_from(s).ok())
            .map(u16::from_le_bytes)
    };
    let u64_at = |b: &[u8], i: usize| {
        b.get(i..i + 8)
            .and_then(|s| <[u8; 8]>::try_from(s).ok())
            .map(u64::from_le_bytes)
    };
    let Some(count) = u16_at(&tail, at + 10) else {
        return Ok(None);
    };
    if count != 0xFFFF {
        return Ok(Some(count.into()));
    }
    let Some(loc) = at.checked_sub(20) else {
        return Ok(None);
    };
    if tail.get(loc..loc + 4) != Some(LOCATOR) {
        return Ok(None);
    }
    let Some(offset) = u64_at(&tail, loc + 8).filter(|o| o.saturating_add(56) <= len) else {
        return Ok(None);
    };
    r.seek(SeekFrom::Start(offset))?;
    let mut rec = [0u8; 56];
    r.read_exact(&mut rec)?;
    if rec.get(..4) != Some(EOCD64) {
        return Ok(None);
    }
    Ok(u64_at(&rec, 32))
}

/// Read a zip from `reader` (`path` names it in messages) within `limits`. Answer files
/// come back parsed; every other entry is listed as a problem. Directories and the files
/// operating systems add (`__MACOSX/`, `.DS_Store`) are skipped.
pub fn read_zip<R: Read + Seek>(
    mut reader: R,
    path: &Path,
    limits: &ZipLimits,
) -> Result<Submissions, SubmissionsError> {
    let too_many = |count: u64| SubmissionsError::TooManyEntries {
        path: path.to_path_buf(),
        count,
        limit: limits.max_entries,
    };
    if let Ok(Some(n)) = declared_entry_count(&mut reader)
        && n > limits.max_entries as u64
    {
        return Err(too_many(n));
    }
    reader
        .seek(SeekFrom::Start(0))
        .map_err(|e| FileError::io(path, "cannot read", e))?;
    let mut zip = zip::ZipArchive::new(reader).map_err(|e| SubmissionsError::NotAZip {
        path: path.to_path_buf(),
        reason: e.to_string(),
    })?;
    if zip.len() > limits.max_entries {
        return Err(too_many(zip.len() as u64));
    }
    let mut subs = Submissions {
        source: path.to_path_buf(),
        from_zip: true,
        ..Submissions::default()
    };
    if zip.has_duplicate_names() {
        subs.problems.push(EntryProblem {
            file: path.display().to_string(),
            kind: EntryProblemKind::DuplicateName,
            message: "the zip has entries with the same name as another; only one of each is read"
                .into(),
            identity: LmsIdentity::None,
        });
    }
    let mut problem = |name: &str, kind: EntryProblemKind, message: String, identity| {
        subs.problems.push(EntryProblem {
            file: entry_label(path, name),
            kind,
            message,
            identity,
        });
    };
    // First: names and declared sizes only; nothing is unpacked.
    let mut to_read: Vec<(usize, String, LmsIdentity, u64)> = Vec::new();
    let mut total: u64 = 0;
    for i in 0..zip.len() {
        let entry = match zip.by_index_data(i) {
            Ok(e) => e,
            Err(e) => {
                let name = format!("entry {}", i + 1);
                problem(
                    &name,
                    EntryProblemKind::Unreadable,
                    format!("cannot be read: {e}"),
                    LmsIdentity::None,
                );
                continue;
            }
        };
        let name = match entry.name() {
            Ok(n) => n.into_owned(),
            Err(_) => String::from_utf8_lossy(entry.name_raw()).into_owned(),
        };
        if entry.is_dir() || lms::is_system_junk(&name) {
            continue;
        }
        if let Some(why) = lms::unsafe_entry_name(&name) {
            let msg = format!(
                "{why}; an LMS never makes such a name, so the entry is not read (and nothing from the zip is written to disk)"
            );
            problem(&name, EntryProblemKind::UnsafeName, msg, LmsIdentity::None);
            continue;
        }
        let identity = lms::identify(&name);
        if entry.is_symlink() {
            let msg = "a link, not a file; it is not read".to_string();
            problem(&name, EntryProblemKind::UnsafeName, msg, identity);
            continue;
        }
        if lms::is_key_name(&name) {
            problem(
                &name,
                EntryProblemKind::AnswerKey,
                KEY_MESSAGE.into(),
                identity,
            );
            continue;
        }
        if !lms::is_answer_name(&name) {
            problem(
                &name,
                EntryProblemKind::NotAnAnswer,
                not_an_answer(&name),
                identity,
            );
            continue;
        }
        if entry.encrypted() {
            let msg = "protected by a password; it is not read".to_string();
            problem(&name, EntryProblemKind::Encrypted, msg, identity);
            continue;
        }
        let size = entry.size();
        if size > limits.max_entry_bytes {
            let msg = format!(
                "unpacks to {size} bytes, more than the limit of {} bytes for an answer file; it is not unpacked (the zip is damaged or made to fill memory, a \"zip bomb\")",
                limits.max_entry_bytes
            );
            problem(&name, EntryProblemKind::TooLarge, msg, identity);
            continue;
        }
        total = total.saturating_add(size);
        if total > limits.max_total_bytes {
            return Err(SubmissionsError::TotalTooLarge {
                path: path.to_path_buf(),
                entry: printable(&name),
                limit: limits.max_total_bytes,
            });
        }
        to_read.push((i, name, identity, size));
    }
    // Then: each answer unpacked, at most one byte past its allowance.
    let mut read_total: u64 = 0;
    let mut read = Vec::with_capacity(to_read.len());
    for (i, name, identity, declared) in to_read {
        let bytes = match read_entry(&mut zip, i, limits.max_entry_bytes, declared) {
            Ok(b) => b,
            Err((kind, msg)) => {
                problem(&name, kind, msg, identity);
                continue;
            }
        };
        read_total = read_total.saturating_add(bytes.len() as u64);
        if read_total > limits.max_total_bytes {
            return Err(SubmissionsError::TotalTooLarge {
                path: path.to_path_buf(),
                entry: printable(&name),
                limit: limits.max_total_bytes,
            });
        }
        match store::parse_answer(&bytes) {
            Ok(answer) => read.push(Submission {
                file: entry_label(path, &name),
                entry: name,
                path: None,
                identity,
                answer,
            }),
            Err(p) => problem(
                &name,
                EntryProblemKind::Unreadable,
                store::describe(&p),
                identity,
            ),
        }
    }
    subs.entries = read;
    Ok(subs)
}

/// Unpack entry `i`, refusing more than `limit` bytes whatever its header declared.
fn read_entry<R: Read + Seek>(
    zip: &mut zip::ZipArchive<R>,
    i: usize,
    limit: u64,
    declared: u64,
) -> Result<Vec<u8>, (EntryProblemKind, String)> {
    fn unreadable(e: &dyn std::fmt::Display) -> (EntryProblemKind, String) {
        (
            EntryProblemKind::Unreadable,
            format!("cannot be unpacked: {e}"),
        )
    }
    let file = zip.by_index(i).map_err(|e| unreadable(&e))?;
    let mut buf = Vec::with_capacity(usize::try_from(declared.min(limit)).unwrap_or(0));
    let too_large = || {
        (
            EntryProblemKind::TooLarge,
            format!(
                "unpacks to more than it declares ({declared} bytes); it is not read (the zip is damaged or made to fill memory, a \"zip bomb\")"
            ),
        )
    };
    match file.take(limit.saturating_add(1)).read_to_end(&mut buf) {
        Ok(_) => {}
        Err(e) if e.to_string().contains("larger than its declared") => return Err(too_large()),
        Err(e) => return Err(unreadable(&e)),
    }
    if buf.len() as u64 > limit || buf.len() as u64 > declared {
        return Err(too_large());
    }
    Ok(buf)
}

/// A path inside `dir` as entry text: its parts joined by `/`.
fn relative_name(dir: &Path, path: &Path) -> String {
    let rel = path.strip_prefix(dir).unwrap_or(path);
    rel.components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect::<Vec<_>>()
        .join("/")
}

/// Read a folder of hand-ins (hidden files skipped). Every `.json` that is not a key is an
/// answer; other files are listed as problems when their name carries an LMS identity (a
/// student's `.docx` in an unpacked download), and otherwise left alone, as the class
/// folder holds the teacher's own files too. More than [`MAX_CLASS_FILES`] answers are
/// refused as a whole.
pub fn read_folder(dir: &Path) -> Result<Submissions, SubmissionsError> {
    let mut subs = Submissions {
        source: dir.to_path_buf(),
        from_zip: false,
        ..Submissions::default()
    };
    let mut answers = Vec::new();
    for r in store::collect_files(&[dir.to_path_buf()], &|_: &Path| true) {
        let p = match r {
            Ok(p) => p,
            Err(e) => {
                subs.problems.push(EntryProblem {
                    file: e.path.display().to_string(),
                    kind: EntryProblemKind::Unreadable,
                    message: store::describe(&e.problem),
                    identity: LmsIdentity::None,
                });
                continue;
            }
        };
        let name = relative_name(dir, &p);
        if lms::is_system_junk(&name) || lms::is_key_name(&name) {
            continue;
        }
        let identity = lms::identify(&name);
        if !lms::is_answer_name(&name) {
            if identity != LmsIdentity::None {
                subs.problems.push(EntryProblem {
                    file: p.display().to_string(),
                    kind: EntryProblemKind::NotAnAnswer,
                    message: not_an_answer(&name),
                    identity,
                });
            }
            continue;
        }
        answers.push((p, name, identity));
    }
    if answers.len() > MAX_CLASS_FILES {
        return Err(FileError::new(
            dir,
            Problem::TooMany {
                what: "answer files",
                count: answers.len(),
                limit: MAX_CLASS_FILES,
                advice: "split the class into folders",
            },
        )
        .into());
    }
    for (p, name, identity) in answers {
        match store::read_answer(&p) {
            Ok(answer) => subs.entries.push(Submission {
                entry: name,
                file: p.display().to_string(),
                path: Some(p),
                identity,
                answer,
            }),
            Err(e) => subs.problems.push(EntryProblem {
                file: p.display().to_string(),
                kind: EntryProblemKind::Unreadable,
                message: store::describe(&e.problem),
                identity,
            }),
        }
    }
    Ok(subs)
}

#[cfg(test)]
mod tests;
