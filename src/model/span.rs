//! Labelled character ranges and the interval arithmetic scoring needs.
//!
//! All offsets are `char` offsets into a lesson's canonical text, `[start, end)`.

use crate::model::label::Label;
use serde::{Deserialize, Serialize};

/// A labelled half-open range of chars.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Span {
    /// First char, inclusive.
    pub start: usize,
    /// Last char, exclusive.
    pub end: usize,
    /// What the span is.
    pub label: Label,
}

impl Span {
    /// A new span; callers validate `start < end` against the text they point into.
    pub fn new(start: usize, end: usize, label: Label) -> Self {
        Span { start, end, label }
    }

    /// Number of chars covered.
    pub fn len(&self) -> usize {
        self.end.saturating_sub(self.start)
    }

    /// True for an empty range.
    pub fn is_empty(&self) -> bool {
        self.end <= self.start
    }

    /// Chars shared with `other`, whatever the labels.
    pub fn overlap(&self, other: &Span) -> usize {
        overlap(self.start, self.end, other.start, other.end)
    }

    /// True when the span and `other` share at least one char.
    pub fn overlaps(&self, other: &Span) -> bool {
        self.overlap(other) > 0
    }
}

/// Chars shared by `[a0, a1)` and `[b0, b1)`.
pub fn overlap(a0: usize, a1: usize, b0: usize, b1: usize) -> usize {
    a1.min(b1).saturating_sub(a0.max(b0))
}

/// A half-open char range without a label.
pub type Range = (usize, usize);

/// Merge ranges that share at least one char; touching ranges stay apart.
/// Empty ranges are dropped. The result is sorted and disjoint.
pub fn merge_ranges(mut ranges: Vec<Range>) -> Vec<Range> {
    ranges.retain(|r| r.0 < r.1);
    ranges.sort_unstable();
    let mut out: Vec<Range> = Vec::with_capacity(ranges.len());
    for r in ranges {
        match out.last_mut() {
            Some(last) if r.0 < last.1 => last.1 = last.1.max(r.1),
            _ => out.push(r),
        }
    }
    out
}

/// Normalise spans per `scoring.md`: per label, spans sharing a char are merged.
/// Returns the spans sorted by (start, end, label).
pub fn normalise(spans: &[Span]) -> Vec<Span> {
    let mut out = Vec::with_capacity(spans.len());
    for label in Label::ALL {
        let ranges = spans
            .iter()
            .filter(|s| s.label == label)
            .map(|s| (s.start, s.end))
            .collect();
        out.extend(
            merge_ranges(ranges)
                .into_iter()
                .map(|(a, b)| Span::new(a, b, label)),
        );
    }
    out.sort_unstable();
    out
}

/// Total chars shared between two sorted, disjoint range lists.
pub fn intersection_len(a: &[Range], b: &[Range]) -> usize {
    let (mut i, mut j, mut total) = (0, 0, 0);
    while let (Some(x), Some(y)) = (a.get(i), b.get(j)) {
        total += overlap(x.0, x.1, y.0, y.1);
        if x.1 <= y.1 {
            i += 1;
        } else {
            j += 1;
        }
    }
    total
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn merges_overlaps_not_touching() {
        assert_eq!(
            merge_ranges(vec![(10, 20), (0, 5), (5, 8), (15, 30), (3, 4)]),
            vec![(0, 5), (5, 8), (10, 30)]
        );
    }

    #[test]
    fn normalise_keeps_labels_apart() {
        let s = [
            Span::new(0, 10, Label::Opinion),
            Span::new(5, 15, Label::Opinion),
            Span::new(2, 4, Label::Attribution),
        ];
        assert_eq!(
            normalise(&s),
            vec![
                Span::new(0, 15, Label::Opinion),
                Span::new(2, 4, Label::Attribution)
            ]
        );
    }

    #[test]
    fn intersection_of_lists() {
        assert_eq!(intersection_len(&[(0, 10), (20, 30)], &[(5, 25)]), 10);
        assert_eq!(intersection_len(&[], &[(5, 25)]), 0);
    }
}
