//! Rosters and what goes with them on disk: reading a roster CSV, the matches a teacher made
//! between hand-ins and roster rows (remembered in the class folder), and writing the
//! gradebook in the roster's layout.

use crate::model::lms::gradebook::{RosterGrade, RosterGradebookOptions, roster_gradebook};
use crate::model::lms::matching::Remembered;
use crate::model::lms::roster::{Roster, RosterError};
use crate::store::{self, FileError, MAX_JSON_BYTES, Problem, write_atomic};
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};

/// Rosters larger than this are refused (a 1,000-student gradebook export is well under
/// 1 MB).
pub const MAX_ROSTER_BYTES: u64 = MAX_JSON_BYTES;

/// The file, in the class folder, that remembers which roster row a hand-in belongs to.
/// Hidden, so a folder of hand-ins never takes it for an answer.
pub const REMEMBERED_FILE: &str = ".roster-matches.newsmark.json";

/// A roster that cannot be read or used, or a gradebook that cannot be written.
#[derive(Debug, thiserror::Error)]
pub enum RosterFileError {
    /// The file cannot be read or written.
    #[error(transparent)]
    File(#[from] FileError),
    /// The file is read but is not a roster newsmark can use.
    #[error("{}: {error}", .path.display())]
    Roster {
        /// The roster file.
        path: PathBuf,
        /// What is wrong (with the line).
        error: RosterError,
    },
}

/// Read a roster CSV (Canvas gradebook export, Moodle grading worksheet, or `name,id`).
pub fn read_roster(path: &Path) -> Result<Roster, RosterFileError> {
    let bytes = store::read_limited(path, MAX_ROSTER_BYTES)?;
    // Spreadsheets on Windows may save in the legacy code page; say so rather than guess.
    let text = store::utf8(&bytes).map_err(|p| FileError::new(path, p))?;
    Roster::parse(text).map_err(|error| RosterFileError::Roster {
        path: path.to_path_buf(),
        error,
    })
}

/// Where the remembered matches of a download live: inside the folder for a folder, beside
/// the zip for a zip (the class folder either way).
pub fn remembered_path(source: &Path) -> PathBuf {
    if source.is_dir() {
        source.join(REMEMBERED_FILE)
    } else {
        match source.parent() {
            Some(p) if !p.as_os_str().is_empty() => p.join(REMEMBERED_FILE),
            _ => PathBuf::from(REMEMBERED_FILE),
        }
    }
}

#[derive(Serialize, Deserialize, Default)]
struct RememberedFile {
    #[serde(default = "one")]
    version: u32,
    /// Hand-in key → roster row id.
    #[serde(default)]
    matches: Remembered,
}

fn one() -> u32 {
    1
}

/// The remembered matches at `path`; none when the file does not exist.
pub fn read_remembered(path: &Path) -> Result<Remembered, FileError> {
    let bytes = match store::read_limited(path, MAX_JSON_BYTES) {
        Ok(b) => b,
        Err(e) if matches!(e.problem, Problem::NotFound) => return Ok(Remembered::new()),
        Err(e) => return Err(e),
    };
    let f: RememberedFile = store::parse_versioned(&bytes, |f: &RememberedFile| f.version)
        .map_err(|p| FileError::new(path, p))?;
    Ok(f.matches)
}

/// Remember that the hand-in with `key` ([`crate::model::lms::matching::HandIn::key`])
/// belongs to the roster row with `row_id`; `None` forgets it. Written atomically.
pub fn remember(path: &Path, key: &str, row_id: Option<&str>) -> Result<Remembered, FileError> {
    let mut matches = read_remembered(path)?;
    match row_id {
        Some(id) => {
            matches.insert(key.to_string(), id.to_string());
        }
        None => {
            matches.remove(key);
        }
    }
    let file = RememberedFile {
        version: 1,
        matches,
    };
    let text = store::to_json(&file).map_err(|p| FileError::new(path, p))?;
    write_atomic(path, text.as_bytes())?;
    Ok(file.matches)
}

/// CSV text of a header and rows (rows may differ in length).
pub fn csv_text(header: &[String], rows: &[Vec<String>]) -> Result<String, Problem> {
    let mut w = csv::WriterBuilder::new()
        .flexible(true)
        .from_writer(Vec::new());
    w.write_record(header).map_err(Problem::Csv)?;
    for r in rows {
        w.write_record(r).map_err(Problem::Csv)?;
    }
    let bytes = w.into_inner().map_err(|e| Problem::Io {
        action: "cannot finish the CSV",
        source: e.into_error(),
    })?;
    Ok(String::from_utf8_lossy(&bytes).into_owned())
}

/// The gradebook in the roster's layout, as CSV text.
pub fn roster_gradebook_csv(
    roster: &Roster,
    grades: &[RosterGrade],
    opts: &RosterGradebookOptions<'_>,
) -> Result<Result<String, Problem>, RosterError> {
    let (header, rows) = roster_gradebook(roster, grades, opts)?;
    Ok(csv_text(&header, &rows))
}

/// Write the gradebook in the layout of the roster read from `roster_path`, atomically, to
/// `path`.
pub fn write_roster_gradebook(
    path: &Path,
    roster_path: &Path,
    roster: &Roster,
    grades: &[RosterGrade],
    opts: &RosterGradebookOptions<'_>,
) -> Result<(), RosterFileError> {
    let text = roster_gradebook_csv(roster, grades, opts)
        .map_err(|error| RosterFileError::Roster {
            path: roster_path.to_path_buf(),
            error,
        })?
        .map_err(|p| FileError::new(path, p))?;
    write_atomic(path, text.as_bytes())?;
    Ok(())
}

/// Write the usual gradebook ([`crate::model::class::gradebook`]) with the score on a scale
/// of `points` (100 writes exactly what [`crate::store::export::write_gradebook`] writes).
pub fn write_scaled_gradebook(
    path: &Path,
    report: &crate::model::class::ClassReport,
    format: crate::model::class::GradebookFormat,
    assignment: &str,
    points: f64,
) -> Result<(), FileError> {
    let (header, rows) =
        crate::model::lms::gradebook::scaled_gradebook(report, format, assignment, points);
    let text = csv_text(&header, &rows).map_err(|p| FileError::new(path, p))?;
    write_atomic(path, text.as_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn roster_errors_name_the_file_and_line() {
        let dir = tempfile::tempdir().expect("tempdir");
        let p = dir.path().join("roster.csv");
        std::fs::write(&p, "Identifier,Full name,Grade\nParticipant x,Ana,\n").expect("write");
        let e = read_roster(&p).unwrap_err();
        let msg = store::describe(&e);
        assert!(
            msg.starts_with(&format!("{}: line 2: the Identifier", p.display())),
            "{msg}"
        );
        std::fs::write(&p, b"name,id\n\xff,1\n").expect("write");
        assert!(matches!(read_roster(&p), Err(RosterFileError::File(_))));
        let missing = dir.path().join("none.csv");
        assert!(matches!(
            read_roster(&missing),
            Err(RosterFileError::File(_))
        ));
    }

    #[test]
    fn matches_are_remembered_beside_a_zip_and_inside_a_folder() {
        let dir = tempfile::tempdir().expect("tempdir");
        assert_eq!(
            remembered_path(dir.path()),
            dir.path().join(REMEMBERED_FILE)
        );
        let zip = dir.path().join("subs.zip");
        let p = remembered_path(&zip);
        assert_eq!(p, dir.path().join(REMEMBERED_FILE));
        assert!(read_remembered(&p).expect("none yet").is_empty());
        remember(&p, "canvas:5000", Some("4413")).expect("write");
        remember(&p, "name:chloe r", Some("4412")).expect("write");
        let m = remember(&p, "name:chloe r", None).expect("forget");
        assert_eq!(m.len(), 1);
        let back = read_remembered(&p).expect("read");
        assert_eq!(back.get("canvas:5000").map(String::as_str), Some("4413"));
        // Hidden: a folder of answers never reads it as one.
        assert!(REMEMBERED_FILE.starts_with('.'));
    }

    #[test]
    fn gradebook_is_written_in_the_roster_layout() {
        let dir = tempfile::tempdir().expect("tempdir");
        let rp = dir.path().join("roster.csv");
        let text = "name,id\nAna,s-1\nBo,s-2\n";
        std::fs::write(&rp, text).expect("write");
        let roster = read_roster(&rp).expect("roster");
        let out = dir.path().join("grades.csv");
        let grades = [RosterGrade {
            student: 1,
            fraction: 0.5,
            comment: "=1+1".into(),
        }];
        write_roster_gradebook(
            &out,
            &rp,
            &roster,
            &grades,
            &RosterGradebookOptions::default(),
        )
        .expect("written");
        let written = std::fs::read_to_string(&out).expect("read");
        assert_eq!(
            written,
            "name,id,score,comment\nAna,s-1,,\nBo,s-2,50,'=1+1\n"
        );
    }
}
