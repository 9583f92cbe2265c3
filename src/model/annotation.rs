//! Answer keys and answers: the spans people make, as stored in files.
//!
//! Both record the SHA-256 of the canonical text they were made on, and each span keeps its
//! quote and a little context so it can be re-found if the lesson is edited
//! (see [`crate::model::anchor`]). Field order here is the order written to JSON.

use crate::model::anchor::{Placement, Selector, anchor};
use crate::model::label::Label;
use crate::model::scoring::KeySpan;
use crate::model::span::Span;
use crate::model::text::TextIndex;
use serde::{Deserialize, Serialize};

/// The file format version this program writes and the newest it reads.
pub const FORMAT_VERSION: u32 = 1;

fn default_version() -> u32 {
    FORMAT_VERSION
}

fn is_false(b: &bool) -> bool {
    !*b
}

/// One item of an answer key.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct KeyItem {
    /// First char.
    pub start: usize,
    /// End char (exclusive).
    pub end: usize,
    /// The label.
    pub label: Label,
    /// The text it covers, for checking and re-anchoring.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quote: Option<String>,
    /// Up to 32 chars before it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub prefix: Option<String>,
    /// Up to 32 chars after it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub suffix: Option<String>,
    /// Debatable: earns credit when found, costs nothing when not.
    #[serde(default, skip_serializing_if = "is_false")]
    pub optional: bool,
    /// Why this is the label, for the student.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rationale: Option<String>,
}

/// One highlight in an answer.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AnswerSpan {
    /// First char.
    pub start: usize,
    /// End char (exclusive).
    pub end: usize,
    /// The label.
    pub label: Label,
    /// The text it covers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quote: Option<String>,
    /// Up to 32 chars before it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub prefix: Option<String>,
    /// Up to 32 chars after it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub suffix: Option<String>,
    /// The student's own note.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// An instructor's answer key.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Key {
    /// Format version.
    #[serde(default = "default_version")]
    pub version: u32,
    /// File name of the lesson it belongs to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lesson: Option<String>,
    /// SHA-256 of the canonical text it was written on.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text_sha256: Option<String>,
    /// The items, in the instructor's order.
    #[serde(alias = "spans")]
    pub items: Vec<KeyItem>,
}

/// A student's answer to one lesson.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Answer {
    /// Format version.
    #[serde(default = "default_version")]
    pub version: u32,
    /// File name of the lesson.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lesson: Option<String>,
    /// The student's name as typed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub student: Option<String>,
    /// The student's id for the gradebook (school or LMS id).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub student_id: Option<String>,
    /// SHA-256 of the canonical text it was made on.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text_sha256: Option<String>,
    /// The program that wrote it, e.g. `newsmark 0.1.0`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub program: Option<String>,
    /// When it was handed in (RFC 3339, UTC).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub saved_at: Option<String>,
    /// The highlights.
    #[serde(alias = "items")]
    pub spans: Vec<AnswerSpan>,
}

/// Common access to stored spans for validation and anchoring.
pub trait StoredSpan {
    /// The labelled range as stored.
    fn span(&self) -> Span;
    /// The anchoring facts.
    fn selector(&self) -> Selector<'_>;
    /// Move it (after re-anchoring), refreshing quote and context.
    fn place(&mut self, text: &TextIndex, start: usize, end: usize);
}

macro_rules! stored_span {
    ($t:ty) => {
        impl StoredSpan for $t {
            fn span(&self) -> Span {
                Span::new(self.start, self.end, self.label)
            }
            fn selector(&self) -> Selector<'_> {
                Selector {
                    start: self.start,
                    end: self.end,
                    quote: self.quote.as_deref(),
                    prefix: self.prefix.as_deref(),
                    suffix: self.suffix.as_deref(),
                }
            }
            fn place(&mut self, text: &TextIndex, start: usize, end: usize) {
                self.start = start;
                self.end = end;
                self.quote = text.slice(start, end).map(str::to_string);
                self.prefix = Some(text.prefix(start).to_string());
                self.suffix = Some(text.suffix(end).to_string());
            }
        }
    };
}
stored_span!(KeyItem);
stored_span!(AnswerSpan);

impl KeyItem {
    /// A new item with quote and context taken from the text.
    pub fn new(text: &TextIndex, span: Span, rationale: Option<String>) -> KeyItem {
        let mut k = KeyItem {
            start: span.start,
            end: span.end,
            label: span.label,
            quote: None,
            prefix: None,
            suffix: None,
            optional: false,
            rationale,
        };
        k.place(text, span.start, span.end);
        k
    }
}

impl AnswerSpan {
    /// A new highlight with quote and context taken from the text.
    pub fn new(text: &TextIndex, span: Span) -> AnswerSpan {
        let mut s = AnswerSpan {
            start: span.start,
            end: span.end,
            label: span.label,
            quote: None,
            prefix: None,
            suffix: None,
            note: None,
        };
        s.place(text, span.start, span.end);
        s
    }
}

mod error;
pub use error::SpanError;

/// Where each stored span ended up.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Resolved {
    /// Per stored span, in file order: its range in the current text, or `None` if orphaned.
    pub ranges: Vec<Option<(usize, usize)>>,
    /// Per stored span: what anchoring did.
    pub placements: Vec<Placement>,
    /// False when the file's fingerprint differs from the text's.
    pub same_text: bool,
}

impl Resolved {
    /// Indices of orphaned spans.
    pub fn orphaned(&self) -> Vec<usize> {
        self.placements
            .iter()
            .enumerate()
            .filter(|(_, p)| **p == Placement::Orphaned)
            .map(|(i, _)| i)
            .collect()
    }

    /// Indices of the spans that were placed (not orphaned), in file order: the key items
    /// behind a score's `items`.
    pub fn placed(&self) -> Vec<usize> {
        self.ranges
            .iter()
            .enumerate()
            .filter(|(_, r)| r.is_some())
            .map(|(i, _)| i)
            .collect()
    }

    /// Indices of moved spans.
    pub fn moved(&self) -> Vec<usize> {
        self.placements
            .iter()
            .enumerate()
            .filter(|(_, p)| matches!(p, Placement::Moved { .. }))
            .map(|(i, _)| i)
            .collect()
    }
}

/// Validate stored spans against a text and re-anchor those whose quote no longer matches.
pub fn resolve<T: StoredSpan>(
    text: &TextIndex,
    spans: &[T],
    text_sha256: Option<&str>,
) -> Result<Resolved, SpanError> {
    let same_text = text_sha256.is_none_or(|h| h.eq_ignore_ascii_case(text.sha256()));
    let len = text.char_len();
    let mut out = Resolved {
        ranges: Vec::with_capacity(spans.len()),
        placements: Vec::with_capacity(spans.len()),
        same_text,
    };
    for (index, s) in spans.iter().enumerate() {
        let sel = s.selector();
        if sel.start >= sel.end {
            return Err(SpanError::Reversed {
                index,
                start: sel.start,
                end: sel.end,
            });
        }
        if sel.quote.is_none() {
            if !same_text {
                return Err(SpanError::DifferentText);
            }
            if sel.end > len {
                return Err(SpanError::OutOfRange {
                    index,
                    start: sel.start,
                    end: sel.end,
                    len,
                });
            }
        }
        let (range, placement) = anchor(text, &sel);
        out.ranges.push(range);
        out.placements.push(placement);
    }
    Ok(out)
}

impl Key {
    /// A new, empty key for a text.
    pub fn new(text: &TextIndex, lesson: Option<String>) -> Key {
        Key {
            version: FORMAT_VERSION,
            lesson,
            text_sha256: Some(text.sha256().to_string()),
            items: Vec::new(),
        }
    }

    /// The items that were placed, as scoring input (orphans left out).
    pub fn key_spans(&self, resolved: &Resolved) -> Vec<KeySpan> {
        self.items
            .iter()
            .zip(&resolved.ranges)
            .enumerate()
            .filter_map(|(key_index, (it, r))| {
                r.map(|(start, end)| KeySpan {
                    span: Span::new(start, end, it.label),
                    optional: it.optional,
                    key_index,
                })
            })
            .collect()
    }
}

impl Answer {
    /// A new, empty answer for a text.
    pub fn new(text: &TextIndex, lesson: Option<String>) -> Answer {
        Answer {
            version: FORMAT_VERSION,
            lesson,
            text_sha256: Some(text.sha256().to_string()),
            ..Answer::default()
        }
    }

    /// The placed spans, as scoring input (orphans left out).
    pub fn placed_spans(&self, resolved: &Resolved) -> Vec<Span> {
        self.spans
            .iter()
            .zip(&resolved.ranges)
            .filter_map(|(s, r)| r.map(|(a, b)| Span::new(a, b, s.label)))
            .collect()
    }
}

/// Stored spans placed on the current text: the ones found (moved ones refreshed with
/// their new quote and context) and how many moved or could not be found.
#[derive(Clone, Debug, PartialEq)]
pub struct Placed<T> {
    /// The spans that were found, in file order.
    pub spans: Vec<T>,
    /// How many of them were found at a new place.
    pub moved: usize,
    /// The spans that could not be found (never shown or scored at a guessed place).
    pub orphaned: Vec<T>,
}

impl<T> Placed<T> {
    /// A sentence for people when the text changed under the spans.
    pub fn note(&self) -> Option<String> {
        match (self.orphaned.len(), self.moved) {
            (0, 0) => None,
            (0, m) => Some(format!(
                "The lesson text has changed; {m} highlight(s) were found again at their new place."
            )),
            (o, _) => Some(format!(
                "The lesson text has changed; {o} highlight(s) could not be found in it and are not shown."
            )),
        }
    }
}

/// Place stored spans on a text, re-anchoring any whose quote no longer matches.
pub fn place<T: StoredSpan + Clone>(
    text: &TextIndex,
    spans: &[T],
    text_sha256: Option<&str>,
) -> Result<Placed<T>, SpanError> {
    let r = resolve(text, spans, text_sha256)?;
    let mut out = Placed {
        spans: Vec::with_capacity(spans.len()),
        moved: r.moved().len(),
        orphaned: Vec::new(),
    };
    for (sp, range) in spans.iter().zip(&r.ranges) {
        let mut sp = sp.clone();
        match *range {
            Some((a, b)) => {
                sp.place(text, a, b);
                out.spans.push(sp);
            }
            None => out.orphaned.push(sp),
        }
    }
    Ok(out)
}

/// An answer scored against a key: the numbers and where its spans were placed.
#[derive(Clone, Debug, PartialEq)]
pub struct Graded {
    /// The numbers.
    pub score: crate::model::scoring::Score,
    /// Where the answer's spans were placed.
    pub resolved: Resolved,
    /// The placed spans (orphans left out).
    pub spans: Vec<Span>,
}

/// Validate and place an answer's spans on the text, then score them against the key.
pub fn grade(text: &TextIndex, key: &[KeySpan], answer: &Answer) -> Result<Graded, SpanError> {
    let resolved = resolve(text, &answer.spans, answer.text_sha256.as_deref())?;
    let spans = answer.placed_spans(&resolved);
    let score = crate::model::scoring::score(text, key, &spans);
    Ok(Graded {
        score,
        resolved,
        spans,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_field_order_is_stable() {
        let t = TextIndex::new("Officials said it worked.");
        let mut k = Key::new(&t, Some("x.md".into()));
        k.items.push(KeyItem::new(
            &t,
            Span::new(0, 14, Label::Attribution),
            Some("Named source.".into()),
        ));
        let j = serde_json::to_string(&k).unwrap_or_default();
        let order = [
            "\"version\"",
            "\"lesson\"",
            "\"text_sha256\"",
            "\"items\"",
            "\"start\"",
            "\"end\"",
            "\"label\"",
            "\"quote\"",
            "\"prefix\"",
            "\"suffix\"",
            "\"rationale\"",
        ];
        let pos: Vec<_> = order
            .iter()
            .map(|f| j.find(f).unwrap_or(usize::MAX))
            .collect();
        assert!(pos.windows(2).all(|w| w[0] < w[1]), "{j}");
    }

    #[test]
    fn minimal_forms_parse() {
        let k: Key = serde_json::from_str(r#"{"items":[{"start":0,"end":3,"label":"opinion"}]}"#)
            .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(k.version, 1);
        let a: Answer =
            serde_json::from_str(r#"{"spans":[{"start":0,"end":3,"label":"unsupported"}]}"#)
                .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(a.spans.len(), 1);
    }

    #[test]
    fn resolve_reports_bad_spans_and_moves() {
        let t = TextIndex::new("Yesterday officials said so.");
        let bad = vec![AnswerSpan {
            start: 5,
            end: 2,
            label: Label::Opinion,
            quote: None,
            prefix: None,
            suffix: None,
            note: None,
        }];
        assert!(matches!(
            resolve(&t, &bad, None),
            Err(SpanError::Reversed { index: 0, .. })
        ));
        let far = vec![AnswerSpan {
            start: 5,
            end: 200,
            ..bad[0].clone()
        }];
        assert!(matches!(
            resolve(&t, &far, None),
            Err(SpanError::OutOfRange { .. })
        ));
        assert_eq!(
            resolve(
                &t,
                &[AnswerSpan {
                    start: 0,
                    end: 3,
                    ..bad[0].clone()
                }],
                Some("00")
            ),
            Err(SpanError::DifferentText)
        );
        let quoted = vec![AnswerSpan {
            start: 0,
            end: 14,
            quote: Some("officials said".into()),
            ..bad[0].clone()
        }];
        let r = resolve(&t, &quoted, Some("00")).unwrap_or_default();
        assert_eq!(r.ranges, vec![Some((10, 24))]);
        assert!(!r.same_text);
        assert_eq!(r.moved(), vec![0]);
    }

    #[test]
    fn span_errors_count_from_one() {
        let t = TextIndex::new("abc");
        let far = AnswerSpan {
            start: 1,
            end: 99,
            label: Label::Opinion,
            quote: None,
            prefix: None,
            suffix: None,
            note: None,
        };
        let e = resolve(&t, &[far.clone(), far], None).unwrap_err();
        assert!(e.to_string().starts_with("span 1 "), "{e}");
        let rev = AnswerSpan {
            start: 2,
            end: 1,
            label: Label::Opinion,
            quote: None,
            prefix: None,
            suffix: None,
            note: None,
        };
        let ok = AnswerSpan {
            start: 0,
            end: 1,
            ..rev.clone()
        };
        let e = resolve(&t, &[ok, rev], None).unwrap_err();
        assert!(e.to_string().starts_with("span 2 "), "{e}");
    }

    #[test]
    fn place_refreshes_moved_spans_and_keeps_orphans_apart() {
        let t = TextIndex::new("Yesterday officials said so.");
        let spans = vec![
            AnswerSpan::new(
                &TextIndex::new("officials said so."),
                Span::new(0, 14, Label::Attribution),
            ),
            AnswerSpan {
                start: 0,
                end: 5,
                label: Label::Opinion,
                quote: Some("zzzzzzzz".into()),
                prefix: None,
                suffix: None,
                note: Some("mine".into()),
            },
        ];
        let p = place(&t, &spans, Some("00")).unwrap();
        assert_eq!(p.moved, 1);
        assert_eq!((p.spans[0].start, p.spans[0].end), (10, 24));
        assert_eq!(p.spans[0].prefix.as_deref(), Some("Yesterday "));
        assert_eq!(p.orphaned.len(), 1);
        assert_eq!(p.orphaned[0].note.as_deref(), Some("mine"));
        assert!(
            p.note()
                .is_some_and(|n| n.contains("1 highlight(s) could not be found"))
        );
    }
}
