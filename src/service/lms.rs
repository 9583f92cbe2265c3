//! Class results from an LMS download (a zip or a folder, read by
//! [`crate::store::lms_zip`]), with or without a roster: the same figures as
//! [`crate::service::grade_folder`], the LMS's identity standing for the name typed, late
//! hand-ins flagged, and with a roster who handed nothing in, which hand-ins match no row,
//! and the grades to write in the roster's layout.

use crate::model::annotation::{Answer, Graded, grade};
use crate::model::class::{StudentResult, comment};
use crate::model::lesson::Lesson;
use crate::model::lms::LmsIdentity;
use crate::model::lms::gradebook::RosterGrade;
use crate::model::lms::matching::{
    self, Duplicate, HandIn, MatchedBy, NameMismatch, Remembered, match_roster,
};
use crate::model::lms::roster::Roster;
use crate::model::scoring::KeySpan;
use crate::service::PlacedKey;
use crate::service::grade::{Class, ClassProblem, GradedFile, ProblemKind, class_from};
use crate::store::lms_zip::{EntryProblem, Submission, Submissions};
use crate::store::{self, Problem};
use serde::Serialize;
use std::collections::HashMap;
use std::path::PathBuf;

/// A counted hand-in, as the LMS delivered it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct HandInInfo {
    /// As in the class results (`StudentResult::file`).
    pub file: String,
    /// The entry's name in the zip, or the path inside the folder.
    pub entry: String,
    /// Who the LMS says handed it in.
    pub identity: LmsIdentity,
    /// The name the student typed.
    pub typed_name: Option<String>,
    /// Handed in late (Canvas's `_LATE_`, or Moodle's worksheet status).
    pub late: bool,
    /// How it was matched to its roster row, with a roster.
    pub matched_by: Option<MatchedBy>,
}

/// A roster row without a hand-in.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct MissingStudent {
    /// As in the roster.
    pub name: String,
    /// The row's id.
    pub id: String,
    /// Its line in the roster.
    pub line: u64,
    /// What the LMS has from the student that is not counted (a `.docx`, a broken file).
    pub note: Option<String>,
}

/// A counted hand-in that matches no roster row: the teacher picks the row (remembered
/// under `key`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct UnmatchedHandIn {
    /// As in the class results.
    pub file: String,
    /// The key to remember the teacher's choice under.
    pub key: String,
    /// The name typed.
    pub student: Option<String>,
    /// The id typed.
    pub student_id: Option<String>,
    /// Who the LMS says it is (`Canvas user 5000`).
    pub lms: Option<String>,
}

/// A typed name that is not the one the LMS or roster has.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Mismatch {
    /// As in the class results.
    pub file: String,
    /// What was typed.
    pub typed: String,
    /// What the LMS or roster has.
    pub official: String,
    /// `handed in as 'Chloe R', Canvas says Chloe Ruiz`.
    pub message: String,
}

/// Class results from an LMS download.
#[derive(Debug, Default)]
pub struct LmsClass {
    /// Figures and problems, as for a folder. Names and ids are the roster's (or the
    /// LMS's); unreadable and oversized entries are `Unreadable` problems here.
    pub class: Class,
    /// Files in the download that are not answers (`.docx`, keys): listed, not errors.
    pub other_files: Vec<EntryProblem>,
    /// The counted hand-ins, sorted by file.
    pub hand_ins: Vec<HandInInfo>,
    /// Names typed that are not the LMS's or roster's.
    pub mismatches: Vec<Mismatch>,
    /// With a roster: rows without a hand-in, in roster order.
    pub missing: Vec<MissingStudent>,
    /// With a roster: counted hand-ins that match no row.
    pub unmatched: Vec<UnmatchedHandIn>,
    /// With a roster: the grade of every row with a hand-in, for the gradebook.
    pub grades: Vec<RosterGrade>,
}

impl LmsClass {
    /// The counted hand-in behind a student of the report (by `StudentResult::file`).
    pub fn hand_in(&self, file: &str) -> Option<&HandInInfo> {
        self.hand_ins
            .binary_search_by(|h| h.file.as_str().cmp(file))
            .ok()
            .and_then(|i| self.hand_ins.get(i))
    }
}

fn for_other_lesson(lesson_name: &str, lesson: &Lesson, a: &Answer) -> bool {
    let same_text = a
        .text_sha256
        .as_deref()
        .is_some_and(|h| h.eq_ignore_ascii_case(lesson.text.sha256()));
    a.lesson
        .as_deref()
        .is_some_and(|n| !n.is_empty() && n != lesson_name)
        && !same_text
}

/// Grade every submission on up to eight threads, keeping order.
fn grade_all(
    lesson: &Lesson,
    key: &[KeySpan],
    entries: Vec<Submission>,
) -> Vec<(
    Submission,
    Result<Graded, crate::model::annotation::SpanError>,
)> {
    let threads = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .clamp(1, 8);
    let chunk = entries.len().div_ceil(threads).max(1);
    let results: Vec<_> = std::thread::scope(|s| {
        let handles: Vec<_> = entries
            .chunks(chunk)
            .map(|part| {
                s.spawn(move || {
                    part.iter()
                        .map(|e| grade(&lesson.text, key, &e.answer))
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        handles
            .into_iter()
            .flat_map(|h| h.join().unwrap_or_else(|p| std::panic::resume_unwind(p)))
            .collect()
    });
    entries.into_iter().zip(results).collect()
}

fn superseded(problems: &mut Vec<ClassProblem>, hand_ins: &[HandIn], d: &Duplicate, name: &str) {
    let Some(counted) = hand_ins.get(d.counted) else {
        return;
    };
    for h in d.superseded.iter().filter_map(|&i| hand_ins.get(i)) {
        problems.push(ClassProblem {
            file: h.file.clone(),
            kind: ProblemKind::Superseded,
            message: format!(
                "{name} handed in again ({}); the later answer counts",
                counted.file
            ),
        });
    }
}

fn mismatch(hand_ins: &[HandIn], m: &NameMismatch) -> Mismatch {
    Mismatch {
        file: hand_ins
            .get(m.hand_in)
            .map_or_else(String::new, |h| h.file.clone()),
        typed: m.typed.clone(),
        official: m.official.clone(),
        message: m.message(),
    }
}

/// Grade a download read by [`crate::store::lms_zip::read_submissions`] against the lesson
/// `lesson_name`, with a roster or without. One answer counts per student (the latest);
/// earlier ones, answers to other lessons, unreadable entries and answers with highlights
/// that could not be placed are problems, as for a folder.
pub fn grade_submissions(
    lesson_name: &str,
    lesson: &Lesson,
    key: &PlacedKey,
    subs: Submissions,
    roster: Option<&Roster>,
    remembered: &Remembered,
) -> LmsClass {
    let mut out = LmsClass::default();
    let mut problems = Vec::new();
    // What each LMS identity handed in that does not count, for the missing list.
    let mut not_counted: Vec<(LmsIdentity, String)> = Vec::new();
    for p in subs.problems {
        not_counted.push((p.identity.clone(), format!("{} ({})", p.file, p.message)));
        if p.kind.is_other_file() {
            out.other_files.push(p);
        } else {
            problems.push(ClassProblem {
                file: p.file,
                kind: ProblemKind::Unreadable,
                message: p.message,
            });
        }
    }
    let mut files: Vec<Option<GradedFile>> = Vec::new();
    let mut hand_ins: Vec<HandIn> = Vec::new();
    let mut entries: Vec<String> = Vec::new();
    // A hand-in read but not counted: a problem, and a line in its student's missing entry.
    let mut refuse = |s: Submission, kind: ProblemKind, message: String| {
        not_counted.push((s.identity, format!("{} ({message})", s.file)));
        problems.push(ClassProblem {
            file: s.file,
            kind,
            message,
        });
    };
    let mut readable = Vec::new();
    for (s, r) in grade_all(lesson, &key.spans, subs.entries) {
        match r {
            Err(e) => refuse(
                s,
                ProblemKind::Unreadable,
                store::describe(&Problem::Spans(e)),
            ),
            Ok(_) if for_other_lesson(lesson_name, lesson, &s.answer) => {
                let message = format!(
                    "an answer to the lesson {:?}, not {lesson_name:?}; it is not counted",
                    s.answer.lesson.as_deref().unwrap_or("")
                );
                refuse(s, ProblemKind::OtherLesson, message);
            }
            Ok(g) => readable.push((s, g)),
        }
    }
    for (s, graded) in readable {
        hand_ins.push(HandIn {
            file: s.file.clone(),
            identity: s.identity,
            student: s.answer.student.clone(),
            student_id: s.answer.student_id.clone(),
            saved_at: s.answer.saved_at.clone(),
        });
        entries.push(s.entry);
        files.push(Some(GradedFile {
            path: s.path.unwrap_or_else(|| PathBuf::from(&s.file)),
            answer: s.answer,
            graded,
        }));
    }

    // (hand-in, roster row, how matched)
    let mut counted: Vec<(usize, Option<usize>, Option<MatchedBy>)> = Vec::new();
    match roster {
        Some(r) => {
            let m = match_roster(r, &hand_ins, remembered);
            for d in &m.duplicates {
                let name = d
                    .student
                    .and_then(|i| r.students.get(i))
                    .map_or("the student", |s| s.name.as_str());
                superseded(&mut problems, &hand_ins, d, name);
            }
            counted.extend(
                m.matched
                    .iter()
                    .map(|x| (x.hand_in, Some(x.student), Some(x.by))),
            );
            let (rest, dups) = matching::latest_per_key(&hand_ins, &m.unmatched);
            for d in &dups {
                let name = hand_ins
                    .get(d.counted)
                    .and_then(HandIn::typed_name)
                    .unwrap_or("the student");
                superseded(&mut problems, &hand_ins, d, name);
            }
            out.mismatches = m
                .mismatches
                .iter()
                .map(|x| mismatch(&hand_ins, x))
                .collect();
            out.unmatched = rest
                .iter()
                .filter_map(|&i| hand_ins.get(i))
                .map(|h| UnmatchedHandIn {
                    file: h.file.clone(),
                    key: h.key(),
                    student: h.typed_name().map(str::to_string),
                    student_id: h.typed_id().map(str::to_string),
                    lms: h.identity.describe(),
                })
                .collect();
            counted.extend(rest.iter().map(|&i| (i, None, None)));
            out.missing = m
                .missing
                .iter()
                .filter_map(|&i| r.students.get(i))
                .map(|s| MissingStudent {
                    name: s.name.clone(),
                    id: s.id.clone(),
                    line: s.line,
                    note: s.lms_id.and_then(|id| {
                        not_counted
                            .iter()
                            .find(|(who, _)| lms_number(who, r) == Some(id))
                            .map(|(_, what)| format!("handed in {what}"))
                    }),
                })
                .collect();
        }
        None => {
            let all: Vec<usize> = (0..hand_ins.len()).collect();
            let (c, dups) = matching::latest_per_key(&hand_ins, &all);
            for d in &dups {
                let name = hand_ins
                    .get(d.counted)
                    .and_then(|h| matching::lms_name(h, d.counted).map(|(n, _)| n))
                    .or_else(|| {
                        hand_ins
                            .get(d.counted)
                            .and_then(HandIn::typed_name)
                            .map(str::to_string)
                    })
                    .unwrap_or_else(|| "the student".into());
                superseded(&mut problems, &hand_ins, d, &name);
            }
            counted.extend(c.into_iter().map(|i| (i, None, None)));
        }
    }

    let mut chosen = Vec::with_capacity(counted.len());
    for &(i, row, by) in &counted {
        let (Some(h), Some(slot)) = (hand_ins.get(i), files.get_mut(i)) else {
            continue;
        };
        let Some(mut g) = slot.take() else { continue };
        let student = row.and_then(|r| roster.and_then(|ro| ro.students.get(r)));
        match student {
            Some(s) => {
                g.answer.student = Some(s.name.clone());
                g.answer.student_id = (!s.id.is_empty()).then(|| s.id.clone());
            }
            None => {
                if let Some((name, m)) = matching::lms_name(h, i) {
                    g.answer.student = Some(name);
                    if let Some(m) = m {
                        out.mismatches.push(mismatch(&hand_ins, &m));
                    }
                }
            }
        }
        out.hand_ins.push(HandInInfo {
            file: h.file.clone(),
            entry: entries.get(i).cloned().unwrap_or_default(),
            identity: h.identity.clone(),
            typed_name: h.typed_name().map(str::to_string),
            late: h.identity.late() || student.is_some_and(|s| s.late()),
            matched_by: by,
        });
        chosen.push(g);
    }
    out.hand_ins.sort_by(|a, b| a.file.cmp(&b.file));
    out.mismatches.sort_by(|a, b| a.file.cmp(&b.file));

    problems.extend(crate::service::grade::unplaced_problems(&chosen));
    problems.sort_by(|a, b| a.file.cmp(&b.file).then(a.message.cmp(&b.message)));
    let mut class = class_from(lesson, key, chosen);
    class.problems = problems;

    let results: HashMap<&str, &StudentResult> = class
        .report
        .students
        .iter()
        .map(|s| (s.file.as_str(), s))
        .collect();
    out.grades = counted
        .iter()
        .filter_map(|&(i, row, _)| {
            let st = results.get(hand_ins.get(i)?.file.as_str())?;
            Some(RosterGrade {
                student: row?,
                fraction: st.score.micro.f1,
                comment: comment(st),
            })
        })
        .collect();
    out.grades.sort_by_key(|g| g.student);
    out.class = class;
    out
}

/// The LMS number of `who` when it is the kind of id `roster` has.
fn lms_number(who: &LmsIdentity, roster: &Roster) -> Option<u64> {
    use crate::model::lms::roster::RosterKind;
    match (who, roster.kind) {
        (LmsIdentity::Canvas { user_id, .. }, RosterKind::Canvas) => Some(*user_id),
        (LmsIdentity::Moodle { participant_id, .. }, RosterKind::Moodle) => Some(*participant_id),
        _ => None,
    }
}
