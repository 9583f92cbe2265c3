//! `newsmark agree`: two keys of one lesson compared.

use super::{BAD_INPUT, OK, error, load, placed_key, truncate};
use crate::model::agree::{DisagreementKind, agree};
use crate::model::label::Label;
use crate::model::span::Span;
use crate::store;
use serde::Serialize;
use std::io::Write;
use std::path::Path;

pub(super) fn run(
    lesson_path: &Path,
    a_path: &Path,
    b_path: &Path,
    json: bool,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> u8 {
    let Some((lesson, a_key)) = load(lesson_path, a_path, err) else {
        return BAD_INPUT;
    };
    let Some(b_key) = placed_key(&lesson, b_path, err) else {
        return BAD_INPUT;
    };
    let keys: Vec<Vec<Span>> = [a_key, b_key]
        .iter()
        .map(|k| k.spans.iter().map(|k| k.span).collect())
        .collect();
    let a = agree(&lesson.text, &keys[0], &keys[1]);
    let quote = |s: &Span| lesson.text.slice_clamped(s.start, s.end).to_string();
    if json {
        let j = AgreeJson {
            lesson: &lesson.meta.title,
            kappa_mean: a.kappa.mean,
            kappa: PerLabel::of(a.kappa.per_label),
            f1: a.f1,
            f1_per_label: PerLabel::of(a.per_label_f1),
            disagreements: a
                .disagreements
                .iter()
                .map(|d| DisagreementJson {
                    kind: d.kind,
                    start: d.start(),
                    end: d.end(),
                    a: d.mine.map(|m| SideJson {
                        start: m.start,
                        end: m.end,
                        label: m.label,
                        quote: quote(&m),
                    }),
                    b: d.theirs
                        .iter()
                        .map(|t| SideJson {
                            start: t.start,
                            end: t.end,
                            label: t.label,
                            quote: quote(t),
                        })
                        .collect(),
                })
                .collect(),
        };
        return match store::to_json(&j) {
            Ok(t) => {
                let _ = out.write_all(t.as_bytes());
                OK
            }
            Err(p) => {
                error(err, &store::FileError::new(lesson_path, p));
                BAD_INPUT
            }
        };
    }
    let f = |v: Option<f64>| v.map_or("-".to_string(), |v| format!("{v:.2}"));
    let _ = writeln!(out, "Agreement: {}", lesson.meta.title);
    let _ = writeln!(out, "  A: {}\n  B: {}", a_path.display(), b_path.display());
    let _ = writeln!(
        out,
        "kappa {} (attribution {}, opinion {}, unsupported {}), F1 {:.2}",
        f(a.kappa.mean),
        f(a.kappa.per_label[0]),
        f(a.kappa.per_label[1]),
        f(a.kappa.per_label[2]),
        a.f1
    );
    let _ = writeln!(out, "\n{} disagreement(s)", a.disagreements.len());
    for d in &a.disagreements {
        let side = |s: Option<&Span>| {
            s.map_or("-".to_string(), |s| {
                format!("{} {:?}", s.label.key(), truncate(&quote(s), 60))
            })
        };
        let what = match d.kind {
            DisagreementKind::OnlyMine => "only A",
            DisagreementKind::OnlyTheirs => "only B",
            DisagreementKind::LabelDiffers => "label differs",
            DisagreementKind::Boundary => "cut differently",
        };
        let theirs: Vec<String> = d.theirs.iter().map(|t| side(Some(t))).collect();
        let _ = writeln!(
            out,
            "  {:>5}..{:<5} {:<15} A: {}  B: {}",
            d.start(),
            d.end(),
            what,
            side(d.mine.as_ref()),
            if theirs.is_empty() {
                "-".to_string()
            } else {
                theirs.join("; ")
            }
        );
    }
    OK
}

#[derive(Serialize)]
struct AgreeJson<'a> {
    lesson: &'a str,
    kappa_mean: Option<f64>,
    kappa: PerLabel,
    f1: f64,
    f1_per_label: PerLabel,
    disagreements: Vec<DisagreementJson>,
}

#[derive(Serialize)]
struct PerLabel {
    attribution: Option<f64>,
    opinion: Option<f64>,
    unsupported: Option<f64>,
}

impl PerLabel {
    fn of(v: [Option<f64>; 3]) -> PerLabel {
        PerLabel {
            attribution: v[Label::Attribution.index()],
            opinion: v[Label::Opinion.index()],
            unsupported: v[Label::Unsupported.index()],
        }
    }
}

#[derive(Serialize)]
struct DisagreementJson {
    kind: DisagreementKind,
    start: usize,
    end: usize,
    /// The first key's item here.
    a: Option<SideJson>,
    /// The second key's items here.
    b: Vec<SideJson>,
}

#[derive(Serialize)]
struct SideJson {
    start: usize,
    end: usize,
    label: Label,
    quote: String,
}
