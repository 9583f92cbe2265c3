//! Answer files graded one by one or a folder at a time, and class figures from them.

use crate::model::annotation::{Answer, Graded, grade};
use crate::model::class::{ClassReport, StudentResult, class_report};
use crate::model::lesson::Lesson;
use crate::model::scoring::KeySpan;
use crate::model::span::Span;
use crate::service::PlacedKey;
use crate::store::{self, FileError, Problem};
use std::path::{Path, PathBuf};

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
    let graded =
        grade(&lesson.text, key, &answer).map_err(|e| FileError::new(path, Problem::Spans(e)))?;
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

/// Grade every answer in `paths` on as many threads as the machine has cores (at most
/// eight), keeping file order.
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
            // Grading does not panic on any input (fuzzed and property-tested); if a thread
            // did, its panic is carried on rather than turned into a made-up file error.
            .flat_map(|h| h.join().unwrap_or_else(|p| std::panic::resume_unwind(p)))
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
