//! Focus practice: one label, paragraph by paragraph. The exercises are paragraphs of keyed
//! lessons, some with items of the label and some with none, each scored with the same
//! engine restricted to the paragraph and the label.

use crate::model::annotation::Key;
use crate::model::document::BlockKind;
use crate::model::label::Label;
use crate::model::lesson::Lesson;
use crate::model::scoring::{KeySpan, Score, score};
use crate::model::span::Span;
use crate::model::text::TextIndex;

/// A key item inside a paragraph, with offsets relative to the paragraph.
#[derive(Clone, Debug, PartialEq)]
pub struct FocusItem {
    /// The item's span in the paragraph.
    pub span: Span,
    /// Debatable.
    pub optional: bool,
    /// Why it has its label.
    pub rationale: Option<String>,
}

/// One paragraph to practise on.
#[derive(Clone, Debug, PartialEq)]
pub struct Exercise {
    /// The lesson it comes from (its title).
    pub lesson: String,
    /// The paragraph's text.
    pub text: String,
    /// The key's items of the practised label inside it.
    pub items: Vec<FocusItem>,
}

impl Exercise {
    /// Score highlights (offsets in the paragraph) against the paragraph's items of `label`;
    /// highlights with other labels are not part of this practice.
    pub fn score(&self, label: Label, answer: &[Span]) -> Score {
        let text = TextIndex::new(self.text.clone());
        let key: Vec<KeySpan> = self
            .items
            .iter()
            .enumerate()
            .map(|(key_index, i)| KeySpan {
                span: i.span,
                optional: i.optional,
                key_index,
            })
            .collect();
        let mine: Vec<Span> = answer
            .iter()
            .copied()
            .filter(|s| s.label == label)
            .collect();
        score(&text, &key, &mine)
    }
}

/// Paragraphs of a keyed lesson for practising `label`: those with at least one item of
/// the label, and those with none (to learn when not to mark), each at least 80 chars.
pub fn exercises(
    lesson: &Lesson,
    key: &Key,
    placed: &[KeySpan],
    label: Label,
) -> (Vec<Exercise>, Vec<Exercise>) {
    let (mut with, mut without) = (Vec::new(), Vec::new());
    for b in &lesson.doc.blocks {
        if !matches!(b.kind, BlockKind::Paragraph | BlockKind::ListItem { .. })
            || b.end - b.start < 80
        {
            continue;
        }
        let items: Vec<FocusItem> = placed
            .iter()
            .filter(|k| k.span.label == label && b.start <= k.span.start && k.span.end <= b.end)
            .map(|k| FocusItem {
                span: Span::new(k.span.start - b.start, k.span.end - b.start, label),
                optional: k.optional,
                rationale: key.items.get(k.key_index).and_then(|i| i.rationale.clone()),
            })
            .collect();
        // A paragraph where the key marks other labels only is a fair "nothing here".
        let any_of_label = placed
            .iter()
            .any(|k| k.span.label == label && k.span.start < b.end && b.start < k.span.end);
        let ex = Exercise {
            lesson: lesson.meta.title.clone(),
            text: lesson.text.slice_clamped(b.start, b.end).to_string(),
            items,
        };
        if !ex.items.is_empty() {
            with.push(ex);
        } else if !any_of_label {
            without.push(ex);
        }
    }
    (with, without)
}

/// Mix paragraphs with items and without: after every two with items, one without, while
/// both last.
pub fn mix(with: Vec<Exercise>, without: Vec<Exercise>) -> Vec<Exercise> {
    let mut out = Vec::new();
    let mut w = with.into_iter();
    let mut n = without.into_iter();
    loop {
        let a = w.next();
        let b = w.next();
        let done = a.is_none();
        out.extend(a);
        out.extend(b);
        if done {
            break;
        }
        out.extend(n.next());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::annotation::KeyItem;
    use crate::model::lesson::LessonFormat;

    #[test]
    fn paragraphs_with_and_without_items_and_scoring_in_the_paragraph() {
        let src = "+++\ntitle = \"T\"\n+++\n\nThe mayor said the new bridge would open in May, and critics say the plan is a waste of public money.\n\nThe bridge is 300 metres long and crosses the river near the old mill, close to the station square.\n";
        let lesson = Lesson::parse(src, LessonFormat::Markdown, "T").unwrap();
        let t = &lesson.text;
        let mut key = Key::new(t, None);
        key.items.push(KeyItem::new(
            t,
            Span::new(0, 14, Label::Attribution),
            Some("Named.".into()),
        ));
        key.items
            .push(KeyItem::new(t, Span::new(51, 62, Label::Unsupported), None));
        let placed =
            KeySpan::numbered(key.items.iter().map(|i| Span::new(i.start, i.end, i.label)));
        let (with, without) = exercises(&lesson, &key, &placed, Label::Attribution);
        assert_eq!(with.len(), 1);
        assert_eq!(without.len(), 1);
        assert_eq!(with[0].items[0].rationale.as_deref(), Some("Named."));
        let s = with[0].score(
            Label::Attribution,
            &[
                Span::new(0, 14, Label::Attribution),
                Span::new(20, 26, Label::Opinion),
            ],
        );
        assert_eq!(
            s.display(),
            100,
            "other labels are not part of the practice"
        );
        let s = without[0].score(Label::Attribution, &[Span::new(0, 10, Label::Attribution)]);
        assert_eq!(s.display(), 0);
        assert_eq!(s.answer_spans.len(), 1);
        let mixed = mix(
            vec![with[0].clone(), with[0].clone(), with[0].clone()],
            vec![without[0].clone()],
        );
        assert_eq!(mixed.len(), 4);
        assert!(mixed[2].items.is_empty());
    }
}
