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
    /// The learner has checked the lesson it comes from (so it gives nothing away).
    pub tried: bool,
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
            tried: false,
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

/// Paragraphs in one practice session, at most.
pub const SESSION: usize = 10;

/// Take turns between lessons (in the order they first appear), each lesson's paragraphs
/// starting `seed` paragraphs in, so a session mixes lessons and the next one starts
/// elsewhere.
fn spread(list: Vec<Exercise>, seed: usize) -> Vec<Exercise> {
    let mut groups: Vec<Vec<Exercise>> = Vec::new();
    for e in list {
        let at = groups
            .iter()
            .position(|g| g.first().is_some_and(|f| f.lesson == e.lesson));
        match at.and_then(|i| groups.get_mut(i)) {
            Some(g) => g.push(e),
            None => groups.push(vec![e]),
        }
    }
    if !groups.is_empty() {
        let turn = seed % groups.len();
        groups.rotate_left(turn);
    }
    let mut queues: Vec<std::vec::IntoIter<Exercise>> = groups
        .into_iter()
        .map(|mut g| {
            let n = g.len();
            if n > 0 {
                g.rotate_left(seed % n);
            }
            g.into_iter()
        })
        .collect();
    let mut out = Vec::new();
    loop {
        let before = out.len();
        for q in &mut queues {
            out.extend(q.next());
        }
        if out.len() == before {
            return out;
        }
    }
}

/// One practice session: at most [`SESSION`] paragraphs, two with items of the label for
/// every one without ([`mix`]), taking turns between lessons; `seed` (any number, e.g. the
/// time) varies where each lesson's paragraphs start.
pub fn session(with: Vec<Exercise>, without: Vec<Exercise>, seed: usize) -> Vec<Exercise> {
    let mut out = mix(spread(with, seed), spread(without, seed));
    out.truncate(SESSION);
    out
}

/// Where the learner is in a session, in words: "Paragraph 3 of 10".
pub fn position(index: usize, total: usize) -> String {
    let number = (index + 1).min(total.max(1));
    crate::t!("focus-model-position", number = number, total = total)
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

    fn ex(lesson: &str, n: usize, items: bool) -> Exercise {
        Exercise {
            lesson: lesson.into(),
            text: format!("{lesson} paragraph {n}"),
            items: if items {
                vec![FocusItem {
                    span: Span::new(0, 3, Label::Opinion),
                    optional: false,
                    rationale: None,
                }]
            } else {
                Vec::new()
            },
            tried: true,
        }
    }

    #[test]
    fn a_session_has_at_most_ten_paragraphs_from_every_lesson_in_turn() {
        let with: Vec<Exercise> = ["A", "B", "C"]
            .iter()
            .flat_map(|l| (0..8).map(move |n| ex(l, n, true)))
            .collect();
        let without: Vec<Exercise> = (0..8).map(|n| ex("A", n, false)).collect();
        let s = session(with.clone(), without.clone(), 0);
        assert_eq!(s.len(), SESSION);
        // Two with items, then one without.
        assert!(!s[0].items.is_empty() && !s[1].items.is_empty() && s[2].items.is_empty());
        // Lessons take turns.
        let lessons: Vec<&str> = s
            .iter()
            .filter(|e| !e.items.is_empty())
            .map(|e| e.lesson.as_str())
            .collect();
        assert_eq!(&lessons[..4], ["A", "B", "C", "A"]);
        assert_eq!(s[0].text, "A paragraph 0");
        // Another seed starts elsewhere.
        let t = session(with, without, 4);
        assert_ne!(t[0].text, s[0].text);
        // A short pool is a short session.
        let short = session(vec![ex("A", 0, true)], Vec::new(), 7);
        assert_eq!(short.len(), 1);
        assert!(session(Vec::new(), Vec::new(), 0).is_empty());
        assert_eq!(position(0, 10), "Paragraph 1 of 10");
        assert_eq!(position(2, 10), "Paragraph 3 of 10");
    }
}
