//! `newsmark report`: class results for a folder of answers, and a gradebook CSV.

use super::{BAD_INPUT, OK, error, load, truncate};
use crate::model::class::{CONFUSION_AXES, GradebookFormat};
use crate::model::label::Label;
use crate::model::scoring::Prf;
use crate::service::{self, ProblemKind};
use crate::store;
use serde::Serialize;
use std::io::Write;
use std::path::Path;

#[allow(clippy::too_many_arguments)]
pub(super) fn run(
    lesson_path: &Path,
    key_path: &Path,
    dir: &Path,
    csv: Option<&Path>,
    format: GradebookFormat,
    json: bool,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> u8 {
    let Some((lesson, key)) = load(lesson_path, key_path, err) else {
        return BAD_INPUT;
    };
    if !dir.is_dir() {
        let _ = writeln!(
            err,
            "error: {}: not a folder of answer files",
            dir.display()
        );
        return BAD_INPUT;
    }
    let lesson_name = lesson_path
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or("lesson");
    let class = service::grade_folder(lesson_name, &lesson, &key, dir);
    let mut code = OK;
    for p in &class.problems {
        let _ = writeln!(err, "problem: {}: {}", p.file, p.message);
        if p.kind == ProblemKind::Unreadable {
            code = BAD_INPUT;
        }
    }
    if json {
        let j = report_json(&lesson, &class);
        match store::to_json(&j) {
            Ok(t) => {
                let _ = out.write_all(t.as_bytes());
            }
            Err(p) => {
                error(err, &store::FileError::new(dir, p));
                return BAD_INPUT;
            }
        }
    } else {
        print_text(&lesson, &class, out);
    }
    write_gradebook(
        csv,
        &class,
        format,
        &lesson.meta.title,
        out,
        err,
        code,
        !json,
    )
}

/// The plain-text class report: students, key items hardest first, confusion, histogram.
fn print_text(lesson: &crate::model::Lesson, class: &service::Class, out: &mut dyn Write) {
    let r = &class.report;
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

/// Writes the gradebook CSV if one was asked for; `say` tells where it went on `out`.
#[allow(clippy::too_many_arguments)]
fn write_gradebook(
    csv: Option<&Path>,
    class: &service::Class,
    format: GradebookFormat,
    title: &str,
    out: &mut dyn Write,
    err: &mut dyn Write,
    mut code: u8,
    say: bool,
) -> u8 {
    if let Some(csv) = csv {
        match store::export::write_gradebook(csv, &class.report, format, title) {
            Ok(()) => {
                if say {
                    let _ = writeln!(out, "\nwrote gradebook {}", csv.display());
                }
            }
            Err(e) => {
                error(err, &e);
                code = BAD_INPUT;
            }
        }
    }
    code
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

fn report_json<'a>(lesson: &'a crate::model::Lesson, class: &'a service::Class) -> ReportJson<'a> {
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
    }
}
