//! What newsmark's own file picker finds in folders, read on worker threads: a folder's
//! entries, and what is at a name chosen to save as (free, a folder, or a file to ask
//! about before replacing it). Below the picker and the results of background work.

use crate::app::dialogs::Purpose;
use crate::model::annotation::Answer;
use std::path::{Path, PathBuf};

/// One entry of the folder shown.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entry {
    /// File or folder name.
    pub name: String,
    /// A folder.
    pub dir: bool,
}

/// What a worker found at a name chosen to save as.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Verdict {
    /// Nothing is there (or a hand-in that goes to a free name beside it): save.
    Free,
    /// A folder is there: say so.
    Folder(String),
    /// A file that would be replaced: ask first.
    Ask(Confirm),
}

/// "Replace NAME?": asked when the name chosen to save as is taken.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Confirm {
    /// The file that would be replaced.
    pub path: PathBuf,
    /// Its name.
    pub name: String,
    /// What it holds, e.g. "It holds Ana Ruiz's answer to 001_peace-talks.md, handed in
    /// 2026-12-05T10:42:00Z."
    pub holds: String,
}

impl Confirm {
    /// The question.
    pub fn question(&self) -> String {
        crate::t!("picker-replace-question", name = self.name.as_str())
    }
}

pub fn extensions(p: &Purpose) -> &'static [&'static str] {
    match p {
        Purpose::OpenFile => &["md", "markdown", "txt", "json", "newsmark-pack"],
        Purpose::SaveAnswer(_) | Purpose::OpenAnswer => &["json"],
        Purpose::ImportArticle => &["html", "htm", "md", "markdown", "txt"],
        Purpose::SaveLesson(_) => &["md"],
        // Answer files are shown so the teacher sees the right folder; folders are chosen.
        Purpose::OpenFolder => &["json"],
        Purpose::SaveGradebook(..) | Purpose::SaveRosterGradebook(_) | Purpose::OpenRoster => {
            &["csv"]
        }
        Purpose::OpenSubmissionsZip => &["zip"],
        Purpose::OpenCompareKey => &["json"],
        Purpose::SavePack(_) => &["newsmark-pack"],
        Purpose::Export(..) => &["jsonld", "ann", "json"],
        Purpose::SaveProfile(_) => &["csv"],
    }
}

/// A folder's entries for the picker: its folders, then its files with a fitting
/// extension, sorted by name; hidden ones left out.
pub fn list(dir: &Path, exts: &[&str]) -> Result<Vec<Entry>, String> {
    let rd = std::fs::read_dir(dir).map_err(|e| {
        let reason = crate::store::describe(&crate::store::FileError::io(dir, "cannot list", e));
        let folder = dir.display().to_string();
        crate::t!("picker-folder-not-listed", folder = folder, reason = reason)
    })?;
    let mut entries: Vec<Entry> = rd
        .filter_map(Result::ok)
        .filter_map(|e| {
            let name = e.file_name().to_str()?.to_string();
            let dir = e.path().is_dir();
            let fits = dir
                || exts
                    .iter()
                    .any(|x| name.to_ascii_lowercase().ends_with(&format!(".{x}")));
            (!name.starts_with('.') && fits).then_some(Entry { name, dir })
        })
        .collect();
    entries.sort_by(|a, b| {
        b.dir
            .cmp(&a.dir)
            .then(a.name.to_lowercase().cmp(&b.name.to_lowercase()))
    });
    Ok(entries)
}

/// Whether saving to `path` may go ahead. A free name may; a folder may not; a taken name
/// asks "Replace NAME?" first, except for a hand-in over another student's file, another
/// lesson's or one that is not an answer: that file is never replaced, the hand-in goes to
/// a free name beside it (decided where it is written, `store::names::hand_in_target`), so
/// there is nothing to ask.
pub fn verdict(path: &Path, saving: Option<&Answer>, dir: &Path) -> Verdict {
    let Ok(meta) = std::fs::metadata(path) else {
        return Verdict::Free;
    };
    let name = path.file_name().map_or_else(
        || path.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    );
    if meta.is_dir() {
        let folder = dir.display().to_string();
        let why = crate::t!("picker-name-is-folder", name = name, folder = folder);
        return Verdict::Folder(why);
    }
    let json = name.to_ascii_lowercase().ends_with(".json");
    let existing = if json && !crate::store::is_key_file(path) {
        crate::store::read_answer(path).ok()
    } else {
        None
    };
    if let Some(new) = saving {
        let same = existing
            .as_ref()
            .is_some_and(|old| crate::store::names::may_replace(old, new));
        if !same {
            return Verdict::Free;
        }
    }
    Verdict::Ask(Confirm {
        path: path.to_path_buf(),
        holds: holds(existing.as_ref(), &meta),
        name,
    })
}

/// What a taken file holds, for "Replace NAME?": the student, lesson and time of an answer;
/// the size and time of anything else.
fn holds(answer: Option<&Answer>, meta: &std::fs::Metadata) -> String {
    if let Some(a) = answer.filter(|a| a.student.is_some() || a.saved_at.is_some()) {
        let who = a.student.as_deref().map_or_else(
            || crate::t!("picker-holds-unnamed-answer"),
            |s| crate::t!("picker-holds-named-answer", student = s.trim()),
        );
        // The lesson's file name and when it was handed in, each if the answer says.
        return match (a.lesson.as_deref(), a.saved_at.as_deref()) {
            (None, None) => crate::t!("picker-holds", who = who),
            (Some(l), None) => crate::t!("picker-holds-lesson", who = who, lesson = l),
            (None, Some(t)) => crate::t!("picker-holds-time", who = who, time = t),
            (Some(l), Some(t)) => {
                crate::t!("picker-holds-lesson-time", who = who, lesson = l, time = t)
            }
        };
    }
    let bytes = meta.len();
    let size = if bytes < 1024 {
        crate::t!("picker-size-bytes", count = bytes)
    } else if bytes < 1024 * 1024 {
        let kb = crate::i18n::decimal(bytes as f64 / 1024.0, 1);
        crate::t!("picker-size-kilobytes", size = kb)
    } else {
        let mb = crate::i18n::decimal(bytes as f64 / (1024.0 * 1024.0), 1);
        crate::t!("picker-size-megabytes", size = mb)
    };
    match meta.modified().ok() {
        Some(t) => {
            let time = humantime::format_rfc3339_seconds(t).to_string();
            crate::t!("picker-holds-file-changed", size = size, time = time)
        }
        None => crate::t!("picker-holds-file", size = size),
    }
}
