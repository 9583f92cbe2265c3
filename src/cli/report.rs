//! `newsmark report`: class results for a folder of answers, and a gradebook CSV.

use super::{BAD_INPUT, OK, error, load, truncate};
use crate::model::class::{CONFUSION_AXES, GradebookFormat};
use crate::model::label::Label;
use crate::service;
use crate::store;
use std::io::Write;
use std::path::Path;

pub(super) fn run(
    lesson_path: &Path,
    key_path: &Path,
    dir: &Path,
    csv: Option<&Path>,
    format: GradebookFormat,
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
    let class = service::grade_folder(&lesson, &key, dir);
    let mut code = OK;
    for e in &class.errors {
        error(err, e);
        code = BAD_INPUT;
    }
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
    if let Some(csv) = csv {
        match store::export::write_gradebook(csv, r, format, &lesson.meta.title) {
            Ok(()) => {
                let _ = writeln!(out, "\nwrote gradebook {}", csv.display());
            }
            Err(e) => {
                error(err, &e);
                code = BAD_INPUT;
            }
        }
    }
    code
}
