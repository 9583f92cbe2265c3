//! How suggestions compare with an answer key: the figures `newsmark suggest --evaluate`
//! prints, and the floors in `tests/suggest.rs` guard.

use super::Suggestion;
use crate::model::scoring::KeySpan;

/// How suggestions compare with a key, per label: suggestions that overlap a key item of
/// their label, all suggestions, key items overlapped by a suggestion of their label, all
/// key items.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Agreement {
    /// Suggestions that hit a key item of their label.
    pub hits: usize,
    /// Suggestions.
    pub suggested: usize,
    /// Key items found by a suggestion of their label.
    pub found: usize,
    /// Key items.
    pub items: usize,
    /// Hits cut exactly on a key item's words (same start and end).
    pub exact: usize,
}

impl Agreement {
    /// Add another count.
    pub fn add(&mut self, o: &Agreement) {
        self.hits += o.hits;
        self.suggested += o.suggested;
        self.found += o.found;
        self.items += o.items;
        self.exact += o.exact;
    }

    /// Share of suggestions that hit, if any were made.
    pub fn precision(&self) -> Option<f64> {
        (self.suggested > 0).then(|| self.hits as f64 / self.suggested as f64)
    }

    /// Share of hits cut exactly on a key item's words, if any hit.
    pub fn exact_cuts(&self) -> Option<f64> {
        (self.hits > 0).then(|| self.exact as f64 / self.hits as f64)
    }

    /// Share of key items found, if there are any.
    pub fn recall(&self) -> Option<f64> {
        (self.items > 0).then(|| self.found as f64 / self.items as f64)
    }
}

/// Compare suggestions with key items, per label (in [`crate::model::label::Label::ALL`]
/// order). A suggestion
/// hits when it overlaps any key item of its label, and is cut exactly when it has the
/// start and end of one; recall counts the required items only
/// (an optional item is debatable, so missing it is no fault).
pub fn agreement(suggestions: &[Suggestion], key: &[KeySpan]) -> [Agreement; 3] {
    let mut out = [Agreement::default(); 3];
    for s in suggestions {
        let a = &mut out[s.label.index()];
        a.suggested += 1;
        let same = key.iter().filter(|k| k.span.label == s.label);
        a.hits += usize::from(same.clone().any(|k| k.span.overlaps(&s.span())));
        a.exact += usize::from(
            same.clone()
                .any(|k| (k.span.start, k.span.end) == (s.start, s.end)),
        );
    }
    for k in key.iter().filter(|k| !k.optional) {
        let a = &mut out[k.span.label.index()];
        a.items += 1;
        a.found += usize::from(
            suggestions
                .iter()
                .any(|s| s.label == k.span.label && k.span.overlaps(&s.span())),
        );
    }
    out
}
