//! Two keys of one lesson compared (two teachers of a course, or a teacher and a blind
//! reader), and merged one disagreement at a time: what annotation tools call curation.
//!
//! The figures are the scoring engine's own ([`crate::model::scoring::score`] with one key
//! as the key and the other as the answer, every item required): per-label Cohen's kappa,
//! which is symmetric, and micro F1, which is too. A disagreement is a place where the two
//! keys differ: an item only one has, the same words with other labels, or the same label
//! on differently cut words.

use crate::model::label::Label;
use crate::model::scoring::{ItemStatus, Kappa, KeySpan, PerLabel, SpanStatus, score};
use crate::model::span::{Span, normalise};
use crate::model::text::TextIndex;
use serde::Serialize;

/// How two keys differ at one place.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum DisagreementKind {
    /// Only the first key (mine) has an item here.
    OnlyMine,
    /// Only the second key (theirs) has an item here.
    OnlyTheirs,
    /// Both mark these words, with different labels.
    LabelDiffers,
    /// Both mark these words with the same label, cut differently.
    Boundary,
}

/// One place where the keys differ.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Disagreement {
    /// What differs.
    pub kind: DisagreementKind,
    /// The first key's item here, if it has one.
    pub mine: Option<Span>,
    /// The second key's items that overlap it (or the one it has alone).
    pub theirs: Vec<Span>,
}

impl Disagreement {
    /// First char of the place (over both keys' spans).
    pub fn start(&self) -> usize {
        self.mine
            .iter()
            .chain(&self.theirs)
            .map(|s| s.start)
            .min()
            .unwrap_or(0)
    }

    /// End char of the place.
    pub fn end(&self) -> usize {
        self.mine
            .iter()
            .chain(&self.theirs)
            .map(|s| s.end)
            .max()
            .unwrap_or(0)
    }
}

/// How far two keys agree, and where they do not.
#[derive(Clone, Debug, PartialEq)]
pub struct KeyAgreement {
    /// Per-label and mean kappa over characters.
    pub kappa: Kappa,
    /// Micro F1 (one key as the other's answer; symmetric).
    pub f1: f64,
    /// F1 per label, `None` where neither key has the label.
    pub per_label_f1: PerLabel<f64>,
    /// Where they differ, in text order.
    pub disagreements: Vec<Disagreement>,
}

/// Compare two keys of the text `text`.
pub fn agree(text: &TextIndex, mine: &[Span], theirs: &[Span]) -> KeyAgreement {
    let mine = normalise(mine);
    let theirs = normalise(theirs);
    let sc = score(text, &KeySpan::numbered(mine.iter().copied()), &theirs);
    let overlapping = |s: &Span, same_label: Option<bool>| -> Vec<Span> {
        theirs
            .iter()
            .filter(|t| t.overlaps(s))
            .filter(|t| same_label.is_none_or(|same| (t.label == s.label) == same))
            .copied()
            .collect()
    };
    let mut out: Vec<Disagreement> = Vec::new();
    for it in &sc.items {
        let s = Span::new(it.start, it.end, it.label);
        let d = match it.status {
            ItemStatus::Found => continue,
            ItemStatus::PartlyFound => Disagreement {
                kind: DisagreementKind::Boundary,
                mine: Some(s),
                theirs: overlapping(&s, Some(true)),
            },
            ItemStatus::WrongLabel => Disagreement {
                kind: DisagreementKind::LabelDiffers,
                mine: Some(s),
                theirs: overlapping(&s, Some(false)),
            },
            ItemStatus::Missed => {
                let other = overlapping(&s, Some(false));
                Disagreement {
                    kind: if other.is_empty() {
                        DisagreementKind::OnlyMine
                    } else {
                        DisagreementKind::LabelDiffers
                    },
                    mine: Some(s),
                    theirs: other,
                }
            }
        };
        out.push(d);
    }
    for a in &sc.answer_spans {
        let t = Span::new(a.start, a.end, a.label);
        let told = out.iter().any(|d| d.theirs.contains(&t));
        match a.status {
            SpanStatus::NotInKey => out.push(Disagreement {
                kind: DisagreementKind::OnlyTheirs,
                mine: None,
                theirs: vec![t],
            }),
            SpanStatus::WrongLabel if !told => out.push(Disagreement {
                kind: DisagreementKind::LabelDiffers,
                mine: mine
                    .iter()
                    .find(|m| m.overlaps(&t) && m.label != t.label)
                    .copied(),
                theirs: vec![t],
            }),
            _ => {}
        }
    }
    out.sort_by_key(|d| (d.start(), d.end()));
    KeyAgreement {
        kappa: sc.kappa,
        f1: sc.micro.f1,
        per_label_f1: sc.per_label.map(|p| p.map(|p| p.f1)),
        disagreements: out,
    }
}

/// What to do at one disagreement while merging into the first key.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Choice {
    /// Keep the first key as it is here.
    KeepMine,
    /// Take the second key's items here instead of mine.
    TakeTheirs,
    /// Keep mine and add theirs.
    KeepBoth,
    /// Drop every item here from the merged key.
    Drop,
}

/// The first key after choosing `choice` at `d`.
pub fn resolve(mine: &[Span], d: &Disagreement, choice: Choice) -> Vec<Span> {
    let mut out: Vec<Span> = mine.to_vec();
    let remove_mine = |out: &mut Vec<Span>| {
        if let Some(m) = d.mine {
            out.retain(|s| *s != m);
        }
    };
    match choice {
        Choice::KeepMine => {}
        Choice::TakeTheirs => {
            remove_mine(&mut out);
            out.extend(d.theirs.iter().copied());
        }
        Choice::KeepBoth => out.extend(d.theirs.iter().copied()),
        Choice::Drop => remove_mine(&mut out),
    }
    let mut out = normalise(&out);
    out.sort_by_key(|s| (s.start, s.end, s.label.index()));
    out
}

/// The labels of a disagreement's two sides, for people: ("Opinion", "Attribution").
pub fn sides(d: &Disagreement) -> (Option<Label>, Vec<Label>) {
    (
        d.mine.map(|m| m.label),
        d.theirs.iter().map(|t| t.label).collect(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = "The minister said the reform was a triumph; critics say it failed badly.";

    fn sp(start: usize, end: usize, label: Label) -> Span {
        Span::new(start, end, label)
    }

    #[test]
    fn identical_keys_agree_fully() {
        let t = TextIndex::new(TEXT);
        let k = vec![sp(0, 17, Label::Attribution), sp(35, 42, Label::Opinion)];
        let a = agree(&t, &k, &k);
        assert!((a.f1 - 1.0).abs() < 1e-12);
        assert!((a.kappa.mean.unwrap_or(0.0) - 1.0).abs() < 1e-9);
        assert!(a.disagreements.is_empty());
    }

    #[test]
    fn every_kind_of_disagreement_is_found_and_kappa_is_symmetric() {
        let t = TextIndex::new(TEXT);
        let mine = vec![
            sp(0, 17, Label::Attribution),  // same in both
            sp(35, 42, Label::Opinion),     // theirs: attribution
            sp(44, 55, Label::Unsupported), // theirs: none
            sp(56, 72, Label::Opinion),     // theirs: cut shorter
        ];
        let theirs = vec![
            sp(0, 17, Label::Attribution),
            sp(35, 42, Label::Attribution),
            sp(66, 72, Label::Opinion),
            sp(22, 28, Label::Opinion), // only theirs
        ];
        let a = agree(&t, &mine, &theirs);
        let kinds: Vec<DisagreementKind> = a.disagreements.iter().map(|d| d.kind).collect();
        assert_eq!(
            kinds,
            [
                DisagreementKind::OnlyTheirs,
                DisagreementKind::LabelDiffers,
                DisagreementKind::OnlyMine,
                DisagreementKind::Boundary,
            ]
        );
        let b = agree(&t, &theirs, &mine);
        for l in 0..3 {
            match (a.kappa.per_label[l], b.kappa.per_label[l]) {
                (Some(x), Some(y)) => assert!((x - y).abs() < 1e-9, "label {l}: {x} {y}"),
                (x, y) => assert_eq!(x, y),
            }
        }
        assert!((a.f1 - b.f1).abs() < 1e-9);
    }

    #[test]
    fn resolving_every_disagreement_by_taking_theirs_gives_their_key() {
        let t = TextIndex::new(TEXT);
        let mut mine = vec![
            sp(0, 17, Label::Attribution),
            sp(35, 42, Label::Opinion),
            sp(44, 55, Label::Unsupported),
        ];
        let theirs = vec![
            sp(0, 17, Label::Attribution),
            sp(35, 42, Label::Attribution),
            sp(22, 28, Label::Opinion),
        ];
        for _ in 0..10 {
            let a = agree(&t, &mine, &theirs);
            let Some(d) = a.disagreements.first() else {
                break;
            };
            mine = resolve(&mine, d, Choice::TakeTheirs);
        }
        let a = agree(&t, &mine, &theirs);
        assert!(a.disagreements.is_empty());
        assert!((a.f1 - 1.0).abs() < 1e-12);
    }

    #[test]
    fn keep_both_and_drop() {
        let mine = vec![sp(35, 42, Label::Opinion)];
        let d = Disagreement {
            kind: DisagreementKind::LabelDiffers,
            mine: Some(mine[0]),
            theirs: vec![sp(35, 42, Label::Attribution)],
        };
        assert_eq!(resolve(&mine, &d, Choice::KeepBoth).len(), 2);
        assert!(resolve(&mine, &d, Choice::Drop).is_empty());
        assert_eq!(resolve(&mine, &d, Choice::KeepMine), mine);
        assert_eq!(
            resolve(&mine, &d, Choice::TakeTheirs),
            [sp(35, 42, Label::Attribution)]
        );
    }
}
