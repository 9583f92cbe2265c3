//! Building the marks an article view draws, one way for every page: highlights (filled),
//! key items and suggestions (outlined), the class heat map. The widget's layout cache is
//! keyed by a hash of the marks themselves ([`marks_key`]), so views need not keep a revision.

use super::{Mark, MarkStyle};
use crate::app::editing::SpanId;
use crate::model::annotation::StoredSpan;
use crate::model::scoring::KeySpan;
use crate::model::{Label, Span};
use std::hash::{Hash, Hasher};

/// Collects the marks of one article view, in drawing order.
#[derive(Clone, Debug, Default)]
pub struct MarksBuilder {
    marks: Vec<Mark>,
}

impl MarksBuilder {
    /// No marks yet.
    pub fn new() -> Self {
        MarksBuilder::default()
    }

    /// A span editor's highlights (its `items()`), filled; the one with id `selected` is
    /// drawn emphasised.
    pub fn highlights<T: StoredSpan>(
        mut self,
        items: &[(SpanId, T)],
        selected: Option<SpanId>,
    ) -> Self {
        self.marks.extend(items.iter().map(|(id, t)| {
            let s = t.span();
            mark(s, MarkStyle::Fill, selected == Some(*id))
        }));
        self
    }

    /// Highlights that cannot be selected (a student's answer seen by the instructor), filled.
    pub fn spans(mut self, spans: &[Span]) -> Self {
        self.marks
            .extend(spans.iter().map(|&s| mark(s, MarkStyle::Fill, false)));
        self
    }

    /// A placed key's items, outlined (none selected).
    pub fn key<'a>(mut self, items: impl IntoIterator<Item = &'a KeySpan>) -> Self {
        self.marks.extend(
            items
                .into_iter()
                .map(|k| mark(k.span, MarkStyle::Outline, false)),
        );
        self
    }

    /// Outlines over any spans (focus items, the assistant's suggestions); the
    /// `selected`-th of them (counting from 0) is drawn emphasised.
    pub fn outlines(
        mut self,
        spans: impl IntoIterator<Item = Span>,
        selected: Option<usize>,
    ) -> Self {
        self.marks.extend(
            spans
                .into_iter()
                .enumerate()
                .map(|(i, s)| mark(s, MarkStyle::Outline, selected == Some(i))),
        );
        self
    }

    /// The class heat map of one label: `coverage` holds `(start, end, students)` runs, each
    /// marked by that many of `class_size` students.
    pub fn heat(
        mut self,
        label: Label,
        coverage: &[(usize, usize, usize)],
        class_size: usize,
    ) -> Self {
        self.marks.extend(coverage.iter().map(|&(start, end, k)| {
            mark(
                Span::new(start, end, label),
                MarkStyle::Heat(heat_level(k, class_size)),
                false,
            )
        }));
        self
    }

    /// The marks, in the order added.
    pub fn build(self) -> Vec<Mark> {
        self.marks
    }
}

fn mark(s: Span, style: MarkStyle, selected: bool) -> Mark {
    Mark {
        start: s.start,
        end: s.end,
        label: s.label,
        style,
        selected,
    }
}

/// The heat level of a run marked by `k` of `class_size` students: 1 to 4 by quarters of
/// the class.
fn heat_level(k: usize, class_size: usize) -> u8 {
    let n = class_size.max(1);
    // Clamped to 1..=4 first, so the cast never truncates.
    (k * 4).div_ceil(n).clamp(1, 4) as u8
}

/// The layout cache's key for a set of marks: changes whenever any mark does.
pub(super) fn marks_key(marks: &[Mark]) -> u64 {
    let mut h = std::collections::hash_map::DefaultHasher::new();
    marks.hash(&mut h);
    h.finish()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::TextIndex;
    use crate::model::annotation::AnswerSpan;

    #[test]
    fn heat_levels_are_quarters_of_the_class() {
        assert_eq!(heat_level(1, 8), 1);
        assert_eq!(heat_level(2, 8), 1);
        assert_eq!(heat_level(3, 8), 2);
        assert_eq!(heat_level(8, 8), 4);
        assert_eq!(heat_level(0, 8), 1);
        assert_eq!(heat_level(3, 0), 4);
    }

    #[test]
    fn builder_keeps_order_styles_and_selection() {
        let text = TextIndex::new("Officials said the plan is bad.".to_string());
        let editor = crate::app::editing::SpanEditor::new(vec![AnswerSpan::new(
            &text,
            Span::new(0, 14, Label::Attribution),
        )]);
        let id = editor.items().first().map(|(id, _)| *id);
        let key = KeySpan {
            span: Span::new(26, 29, Label::Opinion),
            optional: false,
            key_index: 0,
        };
        let marks = MarksBuilder::new()
            .highlights(editor.items(), id)
            .key([&key])
            .outlines([Span::new(15, 19, Label::Unsupported)], Some(0))
            .build();
        assert_eq!(marks.len(), 3);
        assert_eq!(marks[0].style, MarkStyle::Fill);
        assert!(marks[0].selected);
        assert_eq!((marks[0].start, marks[0].end), (0, 14));
        assert_eq!(marks[1].style, MarkStyle::Outline);
        assert!(!marks[1].selected);
        assert_eq!(marks[1].label, Label::Opinion);
        assert!(marks[2].selected);
        let heat = MarksBuilder::new()
            .heat(Label::Opinion, &[(26, 29, 2)], 4)
            .build();
        assert_eq!(heat[0].style, MarkStyle::Heat(2));
    }

    #[test]
    fn the_key_changes_with_any_mark() {
        let a = MarksBuilder::new()
            .spans(&[Span::new(0, 4, Label::Opinion)])
            .build();
        let mut b = a.clone();
        assert_eq!(marks_key(&a), marks_key(&b));
        b[0].selected = true;
        assert_ne!(marks_key(&a), marks_key(&b));
        assert_ne!(marks_key(&a), marks_key(&[]));
    }
}
