//! `newsmark score`: score answers against a key, for people or as the JSON contract of
//! `design/scoring.md`.

use super::{BAD_INPUT, OK, error, load};
use crate::model::label::Label;
use crate::model::lesson::Lesson;
use crate::model::scoring::{ItemResult, Prf, Score, SpanResult};
use crate::service::{self, GradedFile, PlacedKey};
use crate::store;
use serde::Serialize;
use std::io::Write;
use std::path::{Path, PathBuf};

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
            .map(|it| ItemJson {
                item: it,
                quote: lesson.text.slice(it.start, it.end),
                rationale: key.item(it.key_index).and_then(|k| k.rationale.as_deref()),
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

pub(super) fn run(
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
    for r in service::grade_files(&lesson, &key.spans, answers) {
        match r {
            Ok(g) => {
                if json {
                    objects.push(g);
                } else {
                    print_score(&g, out);
                }
            }
            Err(e) => {
                error(err, &e);
                code = BAD_INPUT;
            }
        }
    }
    if json {
        let values: Vec<ScoreJson<'_>> = objects
            .iter()
            .map(|g| score_json(g, &key, &lesson))
            .collect();
        let text = match values.as_slice() {
            [one] if answers.len() == 1 => store::to_json(one),
            _ if answers.len() == 1 => Ok(String::new()),
            _ => store::to_json(&values),
        };
        match text {
            Ok(t) => {
                let _ = out.write_all(t.as_bytes());
            }
            Err(e) => {
                error(err, &e);
                code = BAD_INPUT;
            }
        }
    }
    code
}
