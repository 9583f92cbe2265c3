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

/// Why an answer file is not counted as it is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ProblemKind {
    /// It could not be read or scored (or the folder walk failed there).
    Unreadable,
    /// It is an answer to another lesson.
    OtherLesson,
    /// The same student handed in a later answer, which counts instead.
    Superseded,
    /// It is counted, but some highlights could not be found in the lesson text.
    Unplaced,
}

/// An answer file that is not counted, or counted with a warning.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
pub struct ClassProblem {
    /// The file.
    pub file: String,
    /// What kind of problem.
    pub kind: ProblemKind,
    /// What is wrong, for people.
    pub message: String,
}

/// A class: its figures, and every file that is not counted as it is.
#[derive(Debug, Default)]
pub struct Class {
    /// Figures over the counted answers.
    pub report: ClassReport,
    /// The counted answers, one per student, in report order (by student name).
    pub answers: Vec<GradedFile>,
    /// Files not counted, or counted with a warning, sorted by file.
    pub problems: Vec<ClassProblem>,
}

impl GradedFile {
    /// Made on another version of the lesson text.
    pub fn reanchored(&self) -> bool {
        !self.graded.resolved.same_text
    }

    /// Who handed it in: the student id, else the name, else the file (nameless answers
    /// are never taken for one another).
    fn identity(&self) -> String {
        match (&self.answer.student_id, &self.answer.student) {
            (Some(id), _) if !id.trim().is_empty() => format!("id:{}", id.trim().to_lowercase()),
            (_, Some(n)) if !n.trim().is_empty() => {
                format!(
                    "name:{}",
                    n.split_whitespace()
                        .collect::<Vec<_>>()
                        .join(" ")
                        .to_lowercase()
                )
            }
            _ => format!("file:{}", self.path.display()),
        }
    }

    /// When it was handed in, for ordering; files without a time come first.
    fn saved(&self) -> Option<std::time::SystemTime> {
        self.answer
            .saved_at
            .as_deref()
            .and_then(|t| humantime::parse_rfc3339_weak(t).ok())
    }
}

/// True when an answer names another lesson and was not made on this lesson's text.
fn for_other_lesson(lesson_name: &str, lesson: &Lesson, a: &crate::model::Answer) -> bool {
    let same_text = a
        .text_sha256
        .as_deref()
        .is_some_and(|h| h.eq_ignore_ascii_case(lesson.text.sha256()));
    a.lesson
        .as_deref()
        .is_some_and(|n| !n.is_empty() && n != lesson_name)
        && !same_text
}

/// Grade a folder of answers to the lesson `lesson_name` into class figures. Answers to
/// other lessons, earlier answers of a student who handed in again (the latest `saved_at`
/// counts), unreadable files and answers with highlights that could not be placed are
/// listed as problems; none is dropped silently or counted twice.
pub fn grade_folder(lesson_name: &str, lesson: &Lesson, key: &PlacedKey, dir: &Path) -> Class {
    let mut problems = Vec::new();
    let unreadable = |e: FileError| ClassProblem {
        file: e.path.display().to_string(),
        kind: ProblemKind::Unreadable,
        message: store::describe(&e),
    };
    let mut paths = Vec::new();
    for r in answer_files(dir) {
        match r {
            Ok(p) => paths.push(p),
            Err(e) => problems.push(unreadable(e)),
        }
    }
    if paths.len() > store::MAX_CLASS_FILES {
        // Refused as a whole: grading only some of them would drop students silently.
        problems.push(unreadable(FileError::new(
            dir,
            Problem::TooMany {
                what: "answer files",
                count: paths.len(),
                limit: store::MAX_CLASS_FILES,
                advice: "split the class into folders",
            },
        )));
        paths.clear();
    }
    let mut graded = Vec::new();
    for r in grade_files(lesson, &key.spans, &paths) {
        match r {
            Ok(g) if for_other_lesson(lesson_name, lesson, &g.answer) => {
                problems.push(ClassProblem {
                    file: g.path.display().to_string(),
                    kind: ProblemKind::OtherLesson,
                    message: format!(
                        "an answer to the lesson {:?}, not {lesson_name:?}; it is not counted",
                        g.answer.lesson.as_deref().unwrap_or("")
                    ),
                })
            }
            Ok(g) => graded.push(g),
            Err(e) => problems.push(unreadable(e)),
        }
    }
    // One answer per student: the latest handed in.
    graded.sort_by(|a, b| {
        a.identity()
            .cmp(&b.identity())
            .then(a.saved().cmp(&b.saved()))
            .then(a.path.cmp(&b.path))
    });
    let mut answers: Vec<GradedFile> = Vec::new();
    for g in graded {
        match answers.last_mut() {
            Some(last) if last.identity() == g.identity() => {
                let old = std::mem::replace(last, g);
                problems.push(ClassProblem {
                    file: old.path.display().to_string(),
                    kind: ProblemKind::Superseded,
                    message: format!(
                        "{} handed in again ({}); the later answer counts",
                        old.student(),
                        last.path.display()
                    ),
                });
            }
            _ => answers.push(g),
        }
    }
    problems.extend(unplaced_problems(&answers));
    problems.sort_by(|a, b| a.file.cmp(&b.file).then(a.message.cmp(&b.message)));
    let mut class = class_from(lesson, key, answers);
    class.problems = problems;
    class
}

/// Answers with highlights that could not be placed on the lesson: each listed, never
/// dropped silently.
pub fn unplaced_problems(answers: &[GradedFile]) -> Vec<ClassProblem> {
    answers
        .iter()
        .filter_map(|g| {
            let n = g.graded.resolved.orphaned().len();
            (n > 0).then(|| ClassProblem {
                file: g.path.display().to_string(),
                kind: ProblemKind::Unplaced,
                message: format!(
                    "{n} highlight(s) of {} could not be found in the lesson text and are left out of the score",
                    g.student()
                ),
            })
        })
        .collect()
}

/// Class figures from graded answers (one per student).
pub fn class_from(lesson: &Lesson, key: &PlacedKey, mut answers: Vec<GradedFile>) -> Class {
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
                    reanchored: g.reanchored(),
                },
                g.graded.spans.clone(),
            )
        })
        .collect();
    let report = class_report(&lesson.text, &key.spans, students);
    Class {
        report,
        answers,
        problems: Vec::new(),
    }
}
