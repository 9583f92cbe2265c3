//! `newsmark report`: class results for a folder of answers, and a gradebook CSV.

use super::{BAD_INPUT, OK, error, load, truncate};
use crate::model::class::{CONFUSION_AXES, GradebookFormat};
use crate::model::label::Label;
use crate::model::lms::LmsIdentity;
use crate::model::lms::gradebook::RosterGradebookOptions;
use crate::model::lms::matching::Remembered;
use crate::model::scoring::Prf;
use crate::service::lms::LmsClass;
use crate::service::{self, ProblemKind};
use crate::store;
use serde::Serialize;
use std::io::Write;
use std::path::Path;

/// What `report` was asked for.
pub(super) struct Request<'a> {
    pub lesson: &'a Path,
    pub key: &'a Path,
    /// A folder, a zip, or an LMS download (zipped or not).
    pub submissions: &'a Path,
    pub csv: Option<&'a Path>,
    pub format: GradebookFormat,
    pub json: bool,
    pub roster: Option<&'a Path>,
    pub assignment: Option<&'a str>,
    pub missing_zero: bool,
    pub points: f64,
}

pub(super) fn run(req: &Request<'_>, out: &mut dyn Write, err: &mut dyn Write) -> u8 {
    let Some((lesson, key)) = load(req.lesson, req.key, err) else {
        return BAD_INPUT;
    };
    if !(req.points.is_finite() && req.points > 0.0) {
        let _ = writeln!(err, "error: --points must be a number above 0");
        return BAD_INPUT;
    }
    let roster = match req.roster.map(store::roster::read_roster) {
        Some(Ok(r)) => Some(r),
        Some(Err(e)) => {
            error(err, &e);
            return BAD_INPUT;
        }
        None => None,
    };
    let subs = match store::lms_zip::read_submissions(req.submissions) {
        Ok(s) => s,
        Err(e) => {
            error(err, &e);
            return BAD_INPUT;
        }
    };
    let remembered_at = store::roster::remembered_path(req.submissions);
    let remembered = store::roster::read_remembered(&remembered_at).unwrap_or_else(|e| {
        let _ = writeln!(
            err,
            "warning: {} (the matches chosen before are not used)",
            store::describe(&e)
        );
        Remembered::new()
    });
    let lesson_name = req
        .lesson
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or("lesson");
    let lms = service::lms::grade_submissions(
        lesson_name,
        &lesson,
        &key,
        subs,
        roster.as_ref(),
        &remembered,
    );
    let class = &lms.class;
    let mut code = OK;
    for p in &class.problems {
        let _ = writeln!(err, "problem: {}: {}", p.file, p.message);
        if p.kind == ProblemKind::Unreadable {
            code = BAD_INPUT;
        }
    }
    // Files in the download that are not answers: listed, not errors.
    for p in &lms.other_files {
        let _ = writeln!(err, "problem: {}: {}", p.file, p.message);
    }
    for m in &lms.mismatches {
        let _ = writeln!(err, "note: {}: {}", m.file, m.message);
    }
    if req.json {
        let j = report_json(&lesson, &lms);
        match store::to_json(&j) {
            Ok(t) => {
                let _ = out.write_all(t.as_bytes());
            }
            Err(p) => {
                error(err, &store::FileError::new(req.submissions, p));
                return BAD_INPUT;
            }
        }
    } else {
        print_text(&lesson, &lms, out);
    }
    let Some(csv) = req.csv else { return code };
    let written = match (&roster, req.roster) {
        (Some(r), Some(roster_path)) => store::roster::write_roster_gradebook(
            csv,
            roster_path,
            r,
            &lms.grades,
            &RosterGradebookOptions {
                assignment: req.assignment,
                lesson_title: &lesson.meta.title,
                missing_counts_as_zero: req.missing_zero,
                points: req.points,
            },
        )
        .map_err(|e| store::describe(&e)),
        _ => store::roster::write_scaled_gradebook(
            csv,
            &class.report,
            req.format,
            &lesson.meta.title,
            req.points,
        )
        .map_err(|e| store::describe(&e)),
    };
    match written {
        Ok(()) => {
            if !req.json {
                let _ = writeln!(out, "\nwrote gradebook {}", csv.display());
            }
        }
        Err(e) => {
            let _ = writeln!(err, "error: {e}");
            code = BAD_INPUT;
        }
    }
    code
}

/// The plain-text class report: students, key items hardest first, confusion, histogram.
fn print_text(lesson: &crate::model::Lesson, lms: &LmsClass, out: &mut dyn Write) {
    let r = &lms.class.report;
    let _ = writeln!(
        out,
        "Class results: {} ({} answer(s))",
        lesson.meta.title,
        r.students.len()
    );
    if let (Some(mean), Some(median)) = (r.mean_score(), r.median_score()) {
        let _ = writeln!(out, "mean score {mean:.1}, median {median:.1}");
    }
    let _ = writeln!(
        out,
        "\n{:<28}{:>6}{:>8}{:>8}{:>8}{:>9}  flags",
        "student", "score", "attr", "opin", "unsup", "passage"
    );
    for s in &r.students {
        let f = |l: Label| {
            s.score.per_label[l.index()].map_or("-".to_string(), |p| format!("{:.0}", p.f1 * 100.0))
        };
        let mut flags = Vec::new();
        if s.score.indiscriminate {
            flags.push("indiscriminate".to_string());
        }
        if s.orphaned > 0 {
            flags.push(format!("{} orphaned", s.orphaned));
        }
        if s.reanchored {
            flags.push("re-anchored".to_string());
        }
        if lms.hand_in(&s.file).is_some_and(|h| h.late) {
            flags.push("late".to_string());
        }
        let _ = writeln!(
            out,
            "{:<28}{:>6}{:>8}{:>8}{:>8}{:>9.0}  {}",
            truncate(&s.name, 27),
            s.score.display(),
            f(Label::Attribution),
            f(Label::Opinion),
            f(Label::Unsupported),
            s.score.passage_f1 * 100.0,
            flags.join(", ")
        );
    }
    let _ = writeln!(
        out,
        "\nKey items, hardest first (share of students: found / partly / wrong label / missed)"
    );
    for it in &r.items {
        let q = lesson.text.slice_clamped(it.span.start, it.span.end);
        let _ = writeln!(
            out,
            "  {:>3}. {:<12} {:>4.0}% {:>4.0}% {:>4.0}% {:>4.0}%  {:?}{}",
            it.index + 1,
            it.span.label.key(),
            it.shares[0] * 100.0,
            it.shares[1] * 100.0,
            it.shares[2] * 100.0,
            it.shares[3] * 100.0,
            truncate(q, 50),
            if it.optional { " (optional)" } else { "" }
        );
    }
    let _ = writeln!(
        out,
        "\nConfusion (characters; rows: key, columns: students)"
    );
    let _ = write!(out, "  {:<12}", "");
    for c in CONFUSION_AXES {
        let _ = write!(out, "{c:>13}");
    }
    let _ = writeln!(out);
    for (i, row) in r.confusion.iter().enumerate() {
        let _ = write!(out, "  {:<12}", CONFUSION_AXES[i]);
        for v in row {
            let _ = write!(out, "{v:>13}");
        }
        let _ = writeln!(out);
    }
    if !lms.missing.is_empty() {
        let _ = writeln!(out, "\nHanded nothing in ({})", lms.missing.len());
        for m in &lms.missing {
            match &m.note {
                Some(n) => {
                    let _ = writeln!(out, "  {} ({}): {n}", m.name, m.id);
                }
                None => {
                    let _ = writeln!(out, "  {} ({})", m.name, m.id);
                }
            }
        }
    }
    if !lms.unmatched.is_empty() {
        let _ = writeln!(out, "\nHand-ins that match no one on the roster");
        for u in &lms.unmatched {
            let who = u.student.as_deref().unwrap_or("(no name)");
            let lms_id = u.lms.as_deref().unwrap_or("no LMS identity");
            let _ = writeln!(out, "  {}: {who}, {lms_id}", u.file);
        }
    }
    let _ = writeln!(out, "\nScore histogram");
    for (i, n) in r.histogram.iter().enumerate() {
        let hi = if i == 9 { 100 } else { i * 10 + 9 };
        let _ = writeln!(
            out,
            "  {:>3}-{:<3} {:>4} {}",
            i * 10,
            hi,
            n,
            "#".repeat((*n).min(60))
        );
    }
}

/// The JSON of `report --json`: students, items, confusion, histogram, problems.
#[derive(Serialize)]
struct ReportJson<'a> {
    lesson: &'a str,
    students: Vec<StudentJson<'a>>,
    mean_score: Option<f64>,
    median_score: Option<f64>,
    items: Vec<ItemJson<'a>>,
    confusion: ConfusionJson<'a>,
    histogram: &'a [usize; 10],
    problems: &'a [service::ClassProblem],
    /// Files in the download that are not answers.
    other_files: &'a [store::lms_zip::EntryProblem],
    /// Roster rows without a hand-in (empty without a roster).
    missing: &'a [service::lms::MissingStudent],
    /// Hand-ins that match no roster row, with their LMS identity.
    unmatched: &'a [service::lms::UnmatchedHandIn],
    /// Names typed that differ from the LMS's.
    mismatches: &'a [service::lms::Mismatch],
}

#[derive(Serialize)]
struct StudentJson<'a> {
    file: &'a str,
    student: &'a str,
    student_id: Option<&'a str>,
    score: u32,
    micro: &'a Prf,
    per_label: PerLabel,
    passage_f1: f64,
    kappa_mean: Option<f64>,
    reanchored: bool,
    /// Handed in after the LMS's due date.
    late: bool,
    /// Who the LMS says handed it in ("Canvas user 4411").
    lms: Option<String>,
    indiscriminate: bool,
    orphaned: usize,
    found: usize,
    partly_found: usize,
    wrong_label: usize,
    missed: usize,
}

#[derive(Serialize)]
struct PerLabel {
    attribution: Option<Prf>,
    opinion: Option<Prf>,
    unsupported: Option<Prf>,
}

#[derive(Serialize)]
struct ItemJson<'a> {
    index: usize,
    start: usize,
    end: usize,
    label: Label,
    quote: &'a str,
    optional: bool,
    found: f64,
    partly_found: f64,
    wrong_label: f64,
    missed: f64,
    most_given_instead: Option<Label>,
}

#[derive(Serialize)]
struct ConfusionJson<'a> {
    axes: [&'a str; 4],
    /// Rows: the key's label (or none); columns: the students'.
    chars: &'a [[u64; 4]; 4],
}

fn report_json<'a>(lesson: &'a crate::model::Lesson, lms: &'a LmsClass) -> ReportJson<'a> {
    let class = &lms.class;
    let r = &class.report;
    ReportJson {
        lesson: &lesson.meta.title,
        students: r
            .students
            .iter()
            .map(|s| {
                let c = s.score.status_counts();
                StudentJson {
                    file: &s.file,
                    student: &s.name,
                    student_id: s.id.as_deref(),
                    score: s.score.display(),
                    micro: &s.score.micro,
                    per_label: PerLabel {
                        attribution: s.score.per_label[0],
                        opinion: s.score.per_label[1],
                        unsupported: s.score.per_label[2],
                    },
                    passage_f1: s.score.passage_f1,
                    kappa_mean: s.score.kappa.mean,
                    reanchored: s.reanchored,
                    late: lms.hand_in(&s.file).is_some_and(|h| h.late),
                    lms: lms
                        .hand_in(&s.file)
                        .filter(|h| h.identity != LmsIdentity::None)
                        .and_then(|h| h.identity.describe()),
                    indiscriminate: s.score.indiscriminate,
                    orphaned: s.orphaned,
                    found: c[0],
                    partly_found: c[1],
                    wrong_label: c[2],
                    missed: c[3],
                }
            })
            .collect(),
        mean_score: r.mean_score(),
        median_score: r.median_score(),
        items: r
            .items
            .iter()
            .map(|it| ItemJson {
                index: it.index,
                start: it.span.start,
                end: it.span.end,
                label: it.span.label,
                quote: lesson.text.slice_clamped(it.span.start, it.span.end),
                optional: it.optional,
                found: it.shares[0],
                partly_found: it.shares[1],
                wrong_label: it.shares[2],
                missed: it.shares[3],
                most_given_instead: it.most_given_instead(),
            })
            .collect(),
        confusion: ConfusionJson {
            axes: CONFUSION_AXES,
            chars: &r.confusion,
        },
        histogram: &r.histogram,
        problems: &class.problems,
        other_files: &lms.other_files,
        missing: &lms.missing,
        unmatched: &lms.unmatched,
        mismatches: &lms.mismatches,
    }
}
