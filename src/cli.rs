//! The headless command line: `text`, `check`, `score`, `report`.
//!
//! Exit codes: 0 success, 1 when `check` finds problems, 2 on bad input. A batch reports a
//! bad file (which file, what is wrong) and goes on with the rest.

use crate::grading::{self, GradedFile, PlacedKey};
use crate::model::check::{
    LabelledPhrase, Severity, check_key, check_lesson, inconsistent_phrases,
};
use crate::model::class::{CONFUSION_AXES, GradebookFormat};
use crate::model::label::Label;
use crate::model::lesson::Lesson;
use crate::model::scoring::{ItemResult, Prf, Score, SpanResult};
use crate::store::{self, FileError};
use clap::{Parser, Subcommand, ValueEnum};
use serde::Serialize;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// newsmark: highlight attribution, opinion and unsupported assertions in news articles.
#[derive(Parser, Debug)]
#[command(name = "newsmark", version, about, long_about = None)]
pub struct Cli {
    /// Open the window, render a few frames and exit (for CI smoke tests).
    #[arg(long, hide = true)]
    pub smoke_test: bool,
    /// What to do; without a subcommand the desktop app opens.
    #[command(subcommand)]
    pub command: Option<Command>,
}

/// The subcommands.
#[derive(Subcommand, Debug)]
pub enum Command {
    /// Open the desktop app on a lesson or answer file.
    Open {
        /// A lesson (.md, .txt) or an answer (.json).
        file: PathBuf,
    },
    /// Print a lesson's canonical text, the string all offsets point into.
    Text {
        /// The lesson file.
        lesson: PathBuf,
    },
    /// Validate lessons and keys (folders are searched).
    Check {
        /// Lesson files, key files or folders.
        #[arg(required = true)]
        paths: Vec<PathBuf>,
    },
    /// Score answers against a key.
    Score {
        /// The lesson.
        #[arg(long)]
        lesson: PathBuf,
        /// The answer key.
        #[arg(long)]
        key: PathBuf,
        /// Answer files.
        #[arg(required = true)]
        answers: Vec<PathBuf>,
        /// Print JSON (one object, or an array for several answers).
        #[arg(long)]
        json: bool,
    },
    /// Class results for a folder of answers.
    Report {
        /// The lesson.
        #[arg(long)]
        lesson: PathBuf,
        /// The answer key.
        #[arg(long)]
        key: PathBuf,
        /// Folder of answer files.
        dir: PathBuf,
        /// Write a gradebook CSV here.
        #[arg(long)]
        csv: Option<PathBuf>,
        /// Gradebook layout.
        #[arg(long, value_enum, default_value_t = Format::Generic)]
        format: Format,
    },
}

/// Gradebook layouts on the command line.
#[derive(Clone, Copy, Debug, ValueEnum)]
pub enum Format {
    /// name, id, score, per-label F1, comment.
    Generic,
    /// Canvas gradebook import.
    Canvas,
    /// Moodle grade import.
    Moodle,
}

impl From<Format> for GradebookFormat {
    fn from(f: Format) -> Self {
        match f {
            Format::Generic => GradebookFormat::Generic,
            Format::Canvas => GradebookFormat::Canvas,
            Format::Moodle => GradebookFormat::Moodle,
        }
    }
}

/// Exit code for success.
pub const OK: u8 = 0;
/// Exit code when a check finds problems.
pub const PROBLEMS: u8 = 1;
/// Exit code for bad input.
pub const BAD_INPUT: u8 = 2;

/// Run a headless subcommand. `Open` is handled by the caller.
pub fn run(cmd: Command, out: &mut dyn Write, err: &mut dyn Write) -> ExitCode {
    let code = match cmd {
        Command::Open { .. } => {
            let _ = writeln!(
                err,
                "newsmark: this build has no desktop app (built without the gui feature)"
            );
            BAD_INPUT
        }
        Command::Text { lesson } => text(&lesson, out, err),
        Command::Check { paths } => check(&paths, out, err),
        Command::Score {
            lesson,
            key,
            answers,
            json,
        } => score(&lesson, &key, &answers, json, out, err),
        Command::Report {
            lesson,
            key,
            dir,
            csv,
            format,
        } => report(&lesson, &key, &dir, csv.as_deref(), format.into(), out, err),
    };
    ExitCode::from(code)
}

fn text(path: &Path, out: &mut dyn Write, err: &mut dyn Write) -> u8 {
    match store::read_lesson(path) {
        Ok(l) => {
            let _ = out.write_all(l.text.as_str().as_bytes());
            OK
        }
        Err(e) => {
            let _ = writeln!(err, "error: {e}");
            BAD_INPUT
        }
    }
}

fn check(paths: &[PathBuf], out: &mut dyn Write, err: &mut dyn Write) -> u8 {
    let files = store::collect_files(paths, &|p: &Path| {
        store::lesson_format(p).is_some() || store::is_key_file(p)
    });
    let mut code = OK;
    let mut problems = 0usize;
    let mut checked = 0usize;
    let mut phrases: Vec<LabelledPhrase> = Vec::new();
    for f in files {
        let path = match f {
            Ok(p) => p,
            Err(e) => {
                let _ = writeln!(err, "error: {e}");
                code = BAD_INPUT;
                continue;
            }
        };
        checked += 1;
        if store::is_key_file(&path) {
            let Some(lesson_path) = store::lesson_path_for_key(&path) else {
                let _ = writeln!(
                    out,
                    "{}: warning: no lesson beside this key (expected NAME.md or NAME.txt)",
                    path.display()
                );
                problems += 1;
                continue;
            };
            let lesson = match store::read_lesson(&lesson_path) {
                Ok(l) => l,
                Err(_) => continue, // reported when the lesson itself is checked
            };
            let key = match store::read_key(&path) {
                Ok(k) => k,
                Err(e) => {
                    let _ = writeln!(err, "error: {e}");
                    code = BAD_INPUT;
                    continue;
                }
            };
            let (findings, resolved) = check_key(&lesson, &key);
            for f in &findings {
                let sev = if f.severity == Severity::Error {
                    "error"
                } else {
                    "warning"
                };
                let _ = writeln!(out, "{}: {sev}: {}", path.display(), f.message);
            }
            problems += findings.len();
            if let Some(r) = resolved {
                let name = path.display().to_string();
                for (it, range) in key.items.iter().zip(&r.ranges) {
                    if let Some((a, b)) = *range {
                        phrases.push(LabelledPhrase {
                            key: name.clone(),
                            quote: lesson.text.slice_clamped(a, b).to_string(),
                            label: it.label,
                        });
                    }
                }
            }
        } else {
            match store::read_lesson(&path) {
                Ok(lesson) => {
                    for f in check_lesson(&lesson) {
                        let _ = writeln!(out, "{}: warning: {}", path.display(), f.message);
                        problems += 1;
                    }
                }
                Err(e) => {
                    let _ = writeln!(err, "error: {e}");
                    code = BAD_INPUT;
                }
            }
        }
    }
    for (phrase, keys) in inconsistent_phrases(&phrases) {
        let desc: Vec<String> = keys
            .iter()
            .map(|(k, ls)| {
                format!(
                    "{} in {k}",
                    ls.iter().map(|l| l.title()).collect::<Vec<_>>().join(" + ")
                )
            })
            .collect();
        let _ = writeln!(
            out,
            "warning: the phrase {phrase:?} is labelled differently across keys: {}",
            desc.join("; ")
        );
        problems += 1;
    }
    let _ = writeln!(out, "checked {checked} file(s): {problems} problem(s)");
    if code == OK && problems > 0 {
        PROBLEMS
    } else {
        code
    }
}

fn load(lesson: &Path, key: &Path, err: &mut dyn Write) -> Option<(Lesson, PlacedKey)> {
    let l = match store::read_lesson(lesson) {
        Ok(l) => l,
        Err(e) => {
            let _ = writeln!(err, "error: {e}");
            return None;
        }
    };
    match PlacedKey::read(&l, key) {
        Ok(k) => {
            let orphans = k.resolved.orphaned();
            if !orphans.is_empty() {
                let _ = writeln!(
                    err,
                    "warning: {}: {} key item(s) cannot be found in the lesson text and are left out; run `newsmark check`",
                    key.display(),
                    orphans.len()
                );
            }
            Some((l, k))
        }
        Err(e) => {
            let _ = writeln!(err, "error: {e}");
            None
        }
    }
}

/// The JSON contract of `scoring.md` for one answer.
#[derive(Serialize)]
struct ScoreJson<'a> {
    file: String,
    student: String,
    micro: &'a Prf,
    per_label: PerLabelJson<Prf>,
    passage_f1: f64,
    kappa: KappaJson,
    indiscriminate: bool,
    score: u32,
    items: Vec<ItemJson<'a>>,
    answer_spans: &'a [SpanResult],
    orphaned: Vec<usize>,
}

#[derive(Serialize)]
struct PerLabelJson<T> {
    attribution: Option<T>,
    opinion: Option<T>,
    unsupported: Option<T>,
}

impl<T: Copy> PerLabelJson<T> {
    fn new(v: &[Option<T>; 3]) -> Self {
        PerLabelJson {
            attribution: v[0],
            opinion: v[1],
            unsupported: v[2],
        }
    }
}

#[derive(Serialize)]
struct KappaJson {
    mean: Option<f64>,
    per_label: PerLabelJson<f64>,
}

#[derive(Serialize)]
struct ItemJson<'a> {
    #[serde(flatten)]
    item: &'a ItemResult,
    #[serde(skip_serializing_if = "Option::is_none")]
    quote: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    rationale: Option<&'a str>,
}

fn score_json<'a>(g: &'a GradedFile, key: &'a PlacedKey, lesson: &'a Lesson) -> ScoreJson<'a> {
    let s: &Score = &g.graded.score;
    // Items are the placed key items in key order; map them back to the key's rationales.
    let placed = key.resolved.placed();
    ScoreJson {
        file: g.path.display().to_string(),
        student: g.student(),
        micro: &s.micro,
        per_label: PerLabelJson::new(&s.per_label),
        passage_f1: s.passage_f1,
        kappa: KappaJson {
            mean: s.kappa.mean,
            per_label: PerLabelJson::new(&s.kappa.per_label),
        },
        indiscriminate: s.indiscriminate,
        score: s.display(),
        items: s
            .items
            .iter()
            .zip(&placed)
            .map(|(it, &ki)| ItemJson {
                item: it,
                quote: lesson.text.slice(it.start, it.end),
                rationale: key.key.items.get(ki).and_then(|k| k.rationale.as_deref()),
            })
            .collect(),
        answer_spans: &s.answer_spans,
        orphaned: g.graded.resolved.orphaned(),
    }
}

fn fmt_prf(p: &Option<Prf>) -> String {
    match p {
        Some(p) => format!("P {:.3}  R {:.3}  F1 {:.3}", p.precision, p.recall, p.f1),
        None => "nothing to find".into(),
    }
}

fn print_score(g: &GradedFile, out: &mut dyn Write) {
    let s = &g.graded.score;
    let _ = writeln!(
        out,
        "{} ({}): score {}/100",
        g.path.display(),
        g.student(),
        s.display()
    );
    let _ = writeln!(
        out,
        "  {:<24}{}",
        "all labels (micro)",
        fmt_prf(&Some(s.micro))
    );
    for l in Label::ALL {
        let _ = writeln!(
            out,
            "  {:<24}{}",
            l.title(),
            fmt_prf(&s.per_label[l.index()])
        );
    }
    let _ = writeln!(out, "  {:<24}{:.3}", "passage F1", s.passage_f1);
    let kap: Vec<String> = Label::ALL
        .iter()
        .filter_map(|l| s.kappa.per_label[l.index()].map(|k| format!("{} {k:.2}", l.key())))
        .collect();
    let _ = writeln!(
        out,
        "  {:<24}{} ({})",
        "kappa (mean)",
        s.kappa
            .mean
            .map_or("undefined".to_string(), |m| format!("{m:.3}")),
        kap.join(", ")
    );
    let c = s.status_counts();
    let _ = writeln!(
        out,
        "  key items: {} found, {} partly found, {} wrong label, {} missed",
        c[0], c[1], c[2], c[3]
    );
    if s.indiscriminate {
        let _ = writeln!(
            out,
            "  warning: you highlighted about as much as chance would: this answer is indiscriminate"
        );
    }
    let orphans = g.graded.resolved.orphaned();
    if !orphans.is_empty() {
        let _ = writeln!(
            out,
            "  warning: {} highlight(s) could not be found in the current text and were left out",
            orphans.len()
        );
    }
    let moved = g.graded.resolved.moved();
    if !moved.is_empty() {
        let _ = writeln!(
            out,
            "  note: {} highlight(s) were re-found after the lesson text changed",
            moved.len()
        );
    }
}

fn score(
    lesson: &Path,
    key: &Path,
    answers: &[PathBuf],
    json: bool,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> u8 {
    let Some((lesson, key)) = load(lesson, key, err) else {
        return BAD_INPUT;
    };
    let mut code = OK;
    let mut objects = Vec::new();
    for r in grading::grade_files(&lesson, &key.spans, answers) {
        match r {
            Ok(g) => {
                if json {
                    objects.push(g);
                } else {
                    print_score(&g, out);
                }
            }
            Err(e) => {
                let _ = writeln!(err, "error: {e}");
                code = BAD_INPUT;
            }
        }
    }
    if json {
        let values: Vec<ScoreJson<'_>> = objects
            .iter()
            .map(|g| score_json(g, &key, &lesson))
            .collect();
        let text = if answers.len() == 1 {
            values.first().map(store::to_json).unwrap_or_default()
        } else {
            store::to_json(&values)
        };
        let _ = out.write_all(text.as_bytes());
    }
    code
}

fn report(
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
    let class = grading::grade_folder(&lesson, &key, dir);
    let mut code = OK;
    for e in &class.errors {
        let _ = writeln!(err, "error: {e}");
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
                let _ = writeln!(err, "error: {e}");
                code = BAD_INPUT;
            }
        }
    }
    code
}

fn truncate(s: &str, n: usize) -> String {
    let s = s.replace('\n', " ");
    if s.chars().count() > n {
        s.chars()
            .take(n.saturating_sub(1))
            .chain(std::iter::once('…'))
            .collect()
    } else {
        s
    }
}

/// Errors that stop a command before it starts are reported like this.
pub fn report_error(err: &mut dyn Write, e: &FileError) {
    let _ = writeln!(err, "error: {e}");
}
