//! A lesson with its key, and answer files graded one by one or a folder at a time.
//!
//! The one place the CLI and the GUI share for turning files into scores and class figures.

use crate::model::annotation::{Answer, Graded, Key, Resolved, grade, resolve};
use crate::model::class::{ClassReport, StudentResult, class_report};
use crate::model::lesson::Lesson;
use crate::model::scoring::KeySpan;
use crate::model::span::Span;
use crate::store::{self, FileError, Problem};
use std::path::{Path, PathBuf};

/// A key placed on its lesson.
#[derive(Clone, Debug)]
pub struct PlacedKey {
    /// The key as read.
    pub key: Key,
    /// Where its items are.
    pub resolved: Resolved,
    /// Scoring input (orphans left out).
    pub spans: Vec<KeySpan>,
}

impl PlacedKey {
    /// Place a key on a lesson.
    pub fn new(lesson: &Lesson, key: Key) -> Result<PlacedKey, Problem> {
        let resolved = resolve(&lesson.text, &key.items, key.text_sha256.as_deref())
            .map_err(|e| Problem::Io(format!("the key cannot be used: {e}")))?;
        let spans = key.key_spans(&resolved);
        Ok(PlacedKey {
            key,
            resolved,
            spans,
        })
    }

    /// Read and place a key file.
    pub fn read(lesson: &Lesson, path: &Path) -> Result<PlacedKey, FileError> {
        let key = store::read_key(path)?;
        PlacedKey::new(lesson, key).map_err(|p| FileError::new(path, p))
    }
}

/// One graded answer file.
#[derive(Clone, Debug)]
pub struct GradedFile {
    /// Where it came from.
    pub path: PathBuf,
    /// The answer as read.
    pub answer: Answer,
    /// Its score and placement.
    pub graded: Graded,
}

impl GradedFile {
    /// The student's name, or the file name when the answer has none.
    pub fn student(&self) -> String {
        self.answer
            .student
            .clone()
            .filter(|s| !s.trim().is_empty())
            .unwrap_or_else(|| {
                self.path
                    .file_stem()
                    .and_then(|s| s.to_str())
                    .unwrap_or("?")
                    .to_string()
            })
    }
}

/// Read and grade one answer file.
pub fn grade_file(lesson: &Lesson, key: &[KeySpan], path: &Path) -> Result<GradedFile, FileError> {
    let answer = store::read_answer(path)?;
    let graded = grade(&lesson.text, key, &answer).map_err(|e| {
        FileError::new(
            path,
            Problem::Io(format!("the answer cannot be scored: {e}")),
        )
    })?;
    Ok(GradedFile {
        path: path.to_path_buf(),
        answer,
        graded,
    })
}

/// Answer files in a folder: every `.json` that is not a key, recursively, sorted.
pub fn answer_files(dir: &Path) -> Vec<Result<PathBuf, FileError>> {
    store::collect_files(&[dir.to_path_buf()], &|p: &Path| {
        p.extension()
            .is_some_and(|e| e.eq_ignore_ascii_case("json"))
            && !store::is_key_file(p)
    })
}

/// Grade every answer in `paths` on two threads, keeping file order.
pub fn grade_files(
    lesson: &Lesson,
    key: &[KeySpan],
    paths: &[PathBuf],
) -> Vec<Result<GradedFile, FileError>> {
    let threads = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .clamp(1, 8);
    let chunk = paths.len().div_ceil(threads).max(1);
    std::thread::scope(|s| {
        let handles: Vec<_> = paths
            .chunks(chunk)
            .map(|part| {
                s.spawn(move || {
                    part.iter()
                        .map(|p| grade_file(lesson, key, p))
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        handles
            .into_iter()
            .flat_map(|h| match h.join() {
                Ok(v) => v,
                Err(_) => vec![Err(FileError::new(
                    Path::new("?"),
                    Problem::Io("grading thread failed".into()),
                ))],
            })
            .collect()
    })
}

/// A class: its figures, and the files that could not be used.
#[derive(Debug, Default)]
pub struct Class {
    /// Figures over the usable answers.
    pub report: ClassReport,
    /// The graded answers, in report order (by student name).
    pub answers: Vec<GradedFile>,
    /// Files that could not be read or scored.
    pub errors: Vec<FileError>,
}

/// Grade a folder of answers into class figures.
pub fn grade_folder(lesson: &Lesson, key: &PlacedKey, dir: &Path) -> Class {
    let mut errors = Vec::new();
    let mut paths = Vec::new();
    for r in answer_files(dir) {
        match r {
            Ok(p) => paths.push(p),
            Err(e) => errors.push(e),
        }
    }
    let mut answers = Vec::new();
    for r in grade_files(lesson, &key.spans, &paths) {
        match r {
            Ok(g) => answers.push(g),
            Err(e) => errors.push(e),
        }
    }
    class_from(lesson, key, answers, errors)
}

/// Class figures from graded answers.
pub fn class_from(
    lesson: &Lesson,
    key: &PlacedKey,
    mut answers: Vec<GradedFile>,
    errors: Vec<FileError>,
) -> Class {
    answers.sort_by(|a, b| {
        a.student()
            .to_lowercase()
            .cmp(&b.student().to_lowercase())
            .then(a.path.cmp(&b.path))
    });
    let students: Vec<(StudentResult, Vec<Span>)> = answers
        .iter()
        .map(|g| {
            (
                StudentResult {
                    name: g.student(),
                    id: g.answer.student_id.clone(),
                    file: g.path.display().to_string(),
                    score: g.graded.score.clone(),
                    orphaned: g.graded.resolved.orphaned().len(),
                },
                g.graded.spans.clone(),
            )
        })
        .collect();
    let report = class_report(&lesson.text, &key.spans, students);
    Class {
        report,
        answers,
        errors,
    }
}
