//! The scoring contract of `design/scoring.md`, exactly.
//!
//! Partial-overlap precision/recall/F1 per label and pooled (micro), passage F1, per-label
//! Cohen's kappa on non-whitespace characters with the indiscriminate flag, and the status
//! of every key item and every (normalised) answer span.
//!
//! Optional key items (debatable ones an instructor marked) are handled by one documented
//! pre-step, [`effective_key`]: an optional item counts when the answer touches it with its
//! label and is dropped from the key otherwise, so it can earn credit but never costs any.
//! The contract then applies unchanged to the effective key.

use crate::model::label::Label;
use crate::model::span::{Range, Span, intersection_len, merge_ranges, normalise, overlap};
use crate::model::text::TextIndex;
use serde::Serialize;

/// Precision, recall and F1 with the raw sums they come from.
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize)]
pub struct Prf {
    /// Precision.
    pub precision: f64,
    /// Recall.
    pub recall: f64,
    /// F1.
    pub f1: f64,
    /// Precision numerator (sum of per-span overlap shares).
    #[serde(skip)]
    pub p_num: f64,
    /// Precision denominator (answer spans).
    #[serde(skip)]
    pub p_den: usize,
    /// Recall numerator.
    #[serde(skip)]
    pub r_num: f64,
    /// Recall denominator (key spans).
    #[serde(skip)]
    pub r_den: usize,
}

impl Prf {
    fn from_sums(p_num: f64, p_den: usize, r_num: f64, r_den: usize) -> Prf {
        let precision = if p_den == 0 {
            0.0
        } else {
            p_num / p_den as f64
        };
        let recall = if r_den == 0 {
            0.0
        } else {
            r_num / r_den as f64
        };
        let f1 = if precision + recall > 0.0 {
            2.0 * precision * recall / (precision + recall)
        } else if p_den == 0 && r_den == 0 {
            1.0
        } else {
            0.0
        };
        Prf {
            precision,
            recall,
            f1,
            p_num,
            p_den,
            r_num,
            r_den,
        }
    }
}

/// How well a key item was found.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ItemStatus {
    /// At least half of it highlighted with its label.
    Found,
    /// Some of it, less than half.
    PartlyFound,
    /// None with its label, but highlighted with another.
    WrongLabel,
    /// Not highlighted at all.
    Missed,
}

impl ItemStatus {
    /// All statuses, best first.
    pub const ALL: [ItemStatus; 4] = [
        ItemStatus::Found,
        ItemStatus::PartlyFound,
        ItemStatus::WrongLabel,
        ItemStatus::Missed,
    ];

    /// Words for people, in the interface's language.
    pub fn title(self) -> String {
        match self {
            ItemStatus::Found => crate::t!("class-model-item-found"),
            ItemStatus::PartlyFound => crate::t!("class-model-item-partly-found"),
            ItemStatus::WrongLabel => crate::t!("class-model-item-wrong-label"),
            ItemStatus::Missed => crate::t!("class-model-item-missed"),
        }
    }

    /// Index in [`ItemStatus::ALL`].
    pub fn index(self) -> usize {
        self as usize
    }
}

/// How an answer span relates to the key.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum SpanStatus {
    /// Overlaps a key span with the same label.
    MatchesKey,
    /// Overlaps key spans of other labels only.
    WrongLabel,
    /// Overlaps no key span.
    NotInKey,
}

impl SpanStatus {
    /// Words for people, in the interface's language.
    pub fn title(self) -> String {
        match self {
            SpanStatus::MatchesKey => crate::t!("class-model-highlight-matches-key"),
            SpanStatus::WrongLabel => crate::t!("class-model-highlight-wrong-label"),
            SpanStatus::NotInKey => crate::t!("class-model-highlight-not-in-key"),
        }
    }
}

/// Feedback on one key item, in key order.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ItemResult {
    /// First char.
    pub start: usize,
    /// End char.
    pub end: usize,
    /// The item's label.
    pub label: Label,
    /// Share of the item highlighted with its label.
    pub coverage: f64,
    /// The verdict.
    pub status: ItemStatus,
    /// True for an optional item (it never lowers the score).
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub optional: bool,
    /// Position of the item in the key file's list (0-based), for its rationale.
    #[serde(skip)]
    pub key_index: usize,
}

/// Feedback on one normalised answer span.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct SpanResult {
    /// First char.
    pub start: usize,
    /// End char.
    pub end: usize,
    /// The span's label.
    pub label: Label,
    /// The verdict.
    pub status: SpanStatus,
}

/// A label the answer gave to a key item's words instead of the item's own.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct GivenLabel {
    /// The label the student chose for (some of) the item's words.
    pub label: Label,
    /// Every highlight of that label over the item is itself right here: it overlaps a key
    /// item of its own label that overlaps this item too. The key gives these words two
    /// labels and the student found the other one (a loaded reporting verb such as
    /// "claimed" is attribution and opinion).
    pub also_right: bool,
}

/// Per-label values, `None` where the label is absent or the value undefined.
pub type PerLabel<T> = [Option<T>; 3];

/// Chance-corrected agreement.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Kappa {
    /// Mean of the defined per-label kappas over labels present on either side.
    pub mean: Option<f64>,
    /// Per label; `None` when undefined.
    pub per_label: PerLabel<f64>,
}

/// Everything `scoring.md` defines for one answer.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Score {
    /// Pooled over labels: the headline.
    pub micro: Prf,
    /// Per label; `None` for an absent label.
    pub per_label: PerLabel<Prf>,
    /// F1 with labels ignored.
    pub passage_f1: f64,
    /// Kappa diagnostics.
    pub kappa: Kappa,
    /// The answer has spans and agrees with the key no better than chance.
    pub indiscriminate: bool,
    /// Key items in key order.
    pub items: Vec<ItemResult>,
    /// Normalised answer spans sorted by (start, end, label).
    pub answer_spans: Vec<SpanResult>,
}

impl Score {
    /// The score shown to a student: 100 × micro F1, rounded.
    pub fn display(&self) -> u32 {
        (self.micro.f1 * 100.0).round().clamp(0.0, 100.0) as u32
    }

    /// How many items have each status (found, partly, wrong label, missed), optional
    /// items that were not found left out.
    pub fn status_counts(&self) -> [usize; 4] {
        let mut c = [0; 4];
        for it in &self.items {
            if it.optional && it.status != ItemStatus::Found {
                continue;
            }
            c[it.status.index()] += 1;
        }
        c
    }

    /// How many of the answer's (normalised) highlights overlap no key item at all: the
    /// highlights the key does not have.
    pub fn not_in_key(&self) -> usize {
        self.answer_spans
            .iter()
            .filter(|a| a.status == SpanStatus::NotInKey)
            .count()
    }

    /// The labels other than its own that the answer gave to the words of a key item, in
    /// label order. Empty unless some highlight of another label overlaps the item (as
    /// for every item with status [`ItemStatus::WrongLabel`]).
    pub fn labels_given(&self, item: &ItemResult) -> Vec<GivenLabel> {
        let mut out = Vec::new();
        for label in Label::ALL {
            if label == item.label {
                continue;
            }
            let mut any = false;
            let mut all_right = true;
            for a in self
                .answer_spans
                .iter()
                .filter(|a| a.label == label && overlap(a.start, a.end, item.start, item.end) > 0)
            {
                any = true;
                // A key item of the highlight's label that shares chars with both.
                all_right &= self.items.iter().any(|k| {
                    k.label == label
                        && overlap(k.start, k.end, item.start, item.end) > 0
                        && overlap(k.start, k.end, a.start, a.end) > 0
                });
            }
            if any {
                out.push(GivenLabel {
                    label,
                    also_right: all_right,
                });
            }
        }
        out
    }
}

/// A key item for scoring: its span, whether it is optional, and which item of the key
/// file it is (items that could not be placed are left out, so positions can differ).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct KeySpan {
    /// The item.
    pub span: Span,
    /// Debatable: counts only when found.
    pub optional: bool,
    /// Position of the item in the key file's list (0-based).
    pub key_index: usize,
}

impl KeySpan {
    /// Required key items numbered in the order given.
    pub fn numbered(spans: impl IntoIterator<Item = Span>) -> Vec<KeySpan> {
        spans
            .into_iter()
            .enumerate()
            .map(|(key_index, span)| KeySpan {
                span,
                optional: false,
                key_index,
            })
            .collect()
    }
}

/// The key that numbers are computed on: required items, plus optional items the answer
/// overlaps with the same label.
pub fn effective_key(key: &[KeySpan], answer: &[Span]) -> Vec<Span> {
    key.iter()
        .filter(|k| {
            !k.optional
                || answer
                    .iter()
                    .any(|a| a.label == k.span.label && a.overlaps(&k.span))
        })
        .map(|k| k.span)
        .collect()
}

fn ranges_of(spans: &[Span], label: Option<Label>) -> Vec<Range> {
    merge_ranges(
        spans
            .iter()
            .filter(|s| label.is_none_or(|l| s.label == l))
            .map(|s| (s.start, s.end))
            .collect(),
    )
}

/// Sums of the partial-overlap formula on two normalised, sorted, disjoint range lists.
fn overlap_sums(s: &[Range], t: &[Range]) -> (f64, f64) {
    let shares = |x: &[Range], y: &[Range]| -> f64 {
        let mut total = 0.0;
        let mut base = 0;
        for &(a, b) in x {
            while y.get(base).is_some_and(|r| r.1 <= a) {
                base += 1;
            }
            let mut shared = 0;
            let mut j = base;
            while let Some(&(c, d)) = y.get(j) {
                if c >= b {
                    break;
                }
                shared += overlap(a, b, c, d);
                j += 1;
            }
            total += shared as f64 / (b - a) as f64;
        }
        total
    };
    (shares(s, t), shares(t, s))
}

fn intersect(a: &[Range], b: &[Range]) -> Vec<Range> {
    let (mut i, mut j, mut out) = (0, 0, Vec::new());
    while let (Some(x), Some(y)) = (a.get(i), b.get(j)) {
        let lo = x.0.max(y.0);
        let hi = x.1.min(y.1);
        if lo < hi {
            out.push((lo, hi));
        }
        if x.1 <= y.1 {
            i += 1;
        } else {
            j += 1;
        }
    }
    out
}

fn nonws(text: &TextIndex, ranges: &[Range]) -> i128 {
    ranges
        .iter()
        .map(|&(a, b)| text.nonws_in(a, b) as i128)
        .sum()
}

/// Cohen's kappa from the 2×2 counts, exactly as `scoring.md` writes it.
fn kappa(text: &TextIndex, key: &[Range], ans: &[Range]) -> Option<f64> {
    let n = text.nonws_total() as i128;
    let both = nonws(text, &intersect(key, ans));
    let b = nonws(text, key) - both;
    let c = nonws(text, ans) - both;
    let a = both;
    let d = n - a - b - c;
    let den = (a + b) * (b + d) + (a + c) * (c + d);
    (den != 0).then(|| (2 * (a * d - b * c)) as f64 / den as f64)
}

/// Score an answer against a key on a text.
pub fn score(text: &TextIndex, key: &[KeySpan], answer: &[Span]) -> Score {
    let eff = effective_key(key, answer);
    let mut per_label: PerLabel<Prf> = [None; 3];
    let mut kappas: PerLabel<f64> = [None; 3];
    let (mut pn, mut pd, mut rn, mut rd) = (0.0, 0, 0.0, 0);
    let mut kappa_sum = 0.0;
    let mut kappa_count = 0;
    let mut answer_by_label: [Vec<Range>; 3] = Default::default();
    for label in Label::ALL {
        let s = ranges_of(answer, Some(label));
        let t = ranges_of(&eff, Some(label));
        let k = kappa(text, &t, &s);
        kappas[label.index()] = k;
        if !s.is_empty() || !t.is_empty() {
            let (p, r) = overlap_sums(&s, &t);
            per_label[label.index()] = Some(Prf::from_sums(p, s.len(), r, t.len()));
            pn += p;
            pd += s.len();
            rn += r;
            rd += t.len();
            if let Some(k) = k {
                kappa_sum += k;
                kappa_count += 1;
            }
        }
        answer_by_label[label.index()] = s;
    }
    let micro = Prf::from_sums(pn, pd, rn, rd);
    let (ps, pt) = (ranges_of(answer, None), ranges_of(&eff, None));
    let (pp, pr) = overlap_sums(&ps, &pt);
    let passage_f1 = Prf::from_sums(pp, ps.len(), pr, pt.len()).f1;
    let mean = (kappa_count > 0).then(|| kappa_sum / kappa_count as f64);
    let indiscriminate = !answer.is_empty() && mean.is_some_and(|m| m <= 0.0 || m.abs() < 1e-12);

    let items = key
        .iter()
        .map(|k| {
            let t = k.span;
            let covered = intersection_len(&[(t.start, t.end)], &answer_by_label[t.label.index()]);
            let len = t.len().max(1);
            let status = if 2 * covered >= len && covered > 0 {
                ItemStatus::Found
            } else if covered > 0 {
                ItemStatus::PartlyFound
            } else if answer.iter().any(|a| a.label != t.label && a.overlaps(&t)) {
                ItemStatus::WrongLabel
            } else {
                ItemStatus::Missed
            };
            ItemResult {
                start: t.start,
                end: t.end,
                label: t.label,
                coverage: covered as f64 / len as f64,
                status,
                optional: k.optional,
                key_index: k.key_index,
            }
        })
        .collect();

    let answer_spans = normalise(answer)
        .into_iter()
        .map(|s| {
            let mut same = false;
            let mut other = false;
            for k in key {
                if k.span.overlaps(&s) {
                    if k.span.label == s.label {
                        same = true;
                    } else {
                        other = true;
                    }
                }
            }
            let status = if same {
                SpanStatus::MatchesKey
            } else if other {
                SpanStatus::WrongLabel
            } else {
                SpanStatus::NotInKey
            };
            SpanResult {
                start: s.start,
                end: s.end,
                label: s.label,
                status,
            }
        })
        .collect();

    Score {
        micro,
        per_label,
        passage_f1,
        kappa: Kappa {
            mean,
            per_label: kappas,
        },
        indiscriminate,
        items,
        answer_spans,
    }
}

#[cfg(test)]
mod tests;
