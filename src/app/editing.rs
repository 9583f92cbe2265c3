//! Selecting text and editing labelled spans, with bounded undo: one module for every page
//! that edits spans (the student's answer, the instructor's key).
//!
//! Spans carry stable [`SpanId`]s, so two commands in one frame can never hit the wrong
//! span after the first one changed the list. History stores the operations of each edit
//! (not copies of the whole list), at most [`MAX_UNDO`] steps; a note typed in one go is
//! one step. Nothing here draws or touches files.

use crate::model::annotation::{AnswerSpan, KeyItem, StoredSpan};
use crate::model::{Label, Span, TextIndex};
use std::collections::VecDeque;

/// How many edits can be undone.
pub const MAX_UNDO: usize = 200;

/// A span's identity for as long as the editor lives.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct SpanId(u64);

/// A stored span the editor can create and relabel.
pub trait EditableSpan: StoredSpan + Clone + PartialEq {
    /// A new span over `span`, with quote and context from the text.
    fn create(text: &TextIndex, span: Span) -> Self;
    /// Change the label.
    fn set_label(&mut self, label: Label);
}

impl EditableSpan for AnswerSpan {
    fn create(text: &TextIndex, span: Span) -> Self {
        AnswerSpan::new(text, span)
    }
    fn set_label(&mut self, label: Label) {
        self.label = label;
    }
}

impl EditableSpan for KeyItem {
    fn create(text: &TextIndex, span: Span) -> Self {
        KeyItem::new(text, span, None)
    }
    fn set_label(&mut self, label: Label) {
        self.label = label;
    }
}

/// What the user does to the selection and the spans. Pages wrap these in their own
/// commands and decide when edits are allowed.
#[derive(Clone, Debug, PartialEq)]
pub enum EditCommand {
    /// Move the caret (keyboard); `extend` grows the selection from where it started.
    Caret {
        /// Where.
        to: usize,
        /// Extend the selection.
        extend: bool,
    },
    /// Mouse selection from `anchor` to `to`; `done` when the button was released.
    Drag {
        /// Start char.
        anchor: usize,
        /// Current char.
        to: usize,
        /// Released.
        done: bool,
    },
    /// Click on a char: select the span there (again: the next overlapping one).
    ClickChar(usize),
    /// Double-click: select the word.
    SelectWord(usize),
    /// Label the selection, or relabel the selected span.
    Label(Label),
    /// Select a span (or none).
    Select(Option<SpanId>),
    /// Tab / Shift+Tab through the spans.
    Next(bool),
    /// Change a span's label.
    Relabel(SpanId, Label),
    /// Delete a span.
    Delete(SpanId),
    /// Delete the selected span, or the one under the caret.
    DeleteAtCaret,
    /// Undo the last edit.
    Undo,
    /// Redo the last undone edit.
    Redo,
}

impl EditCommand {
    /// True for commands that change the spans (not only the selection).
    pub fn changes_spans(&self) -> bool {
        matches!(
            self,
            EditCommand::Label(_)
                | EditCommand::Relabel(..)
                | EditCommand::Delete(_)
                | EditCommand::DeleteAtCaret
                | EditCommand::Undo
                | EditCommand::Redo
        )
    }
}

/// What an edit does to one span; a step of history is a list of these.
#[derive(Clone, Debug, PartialEq)]
enum Op<T> {
    Insert(SpanId, T),
    Remove(SpanId, T),
    Replace(SpanId, T, T),
}

impl<T: Clone> Op<T> {
    fn inverse(&self) -> Op<T> {
        match self {
            Op::Insert(id, t) => Op::Remove(*id, t.clone()),
            Op::Remove(id, t) => Op::Insert(*id, t.clone()),
            Op::Replace(id, old, new) => Op::Replace(*id, new.clone(), old.clone()),
        }
    }
}

/// How an update joins the history.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Merge {
    /// A step of its own.
    Separate,
    /// Typing into a text field of this span: joins the previous step if that was typing
    /// into the same field of the same span.
    Typing(SpanId, u8),
}

#[derive(Clone, Debug)]
struct Step<T> {
    ops: Vec<Op<T>>,
    merge: Merge,
}

/// Labelled spans with a caret, a selection, a selected span and undo/redo.
#[derive(Clone, Debug)]
pub struct SpanEditor<T> {
    /// Sorted by (start, end, label).
    items: Vec<(SpanId, T)>,
    next_id: u64,
    undo: VecDeque<Step<T>>,
    redo: Vec<Step<T>>,
    /// Keyboard caret (char).
    pub caret: usize,
    anchor: Option<usize>,
    /// Selection waiting for a label.
    pub selection: Option<(usize, usize)>,
    /// The selected span.
    pub selected: Option<SpanId>,
    /// Changes whenever the spans, the selection or the selected span change.
    pub rev: u64,
}

impl<T: EditableSpan> Default for SpanEditor<T> {
    fn default() -> Self {
        SpanEditor::new(Vec::new())
    }
}

/// What [`SpanEditor::apply`] did.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Outcome {
    /// The spans changed.
    pub changed: bool,
    /// The view should bring this char into sight.
    pub reveal: Option<usize>,
}

fn order<T: StoredSpan>(t: &T) -> (usize, usize, Label) {
    let s = t.span();
    (s.start, s.end, s.label)
}

impl<T: EditableSpan> SpanEditor<T> {
    /// An editor over existing spans (no history).
    pub fn new(spans: Vec<T>) -> Self {
        let mut e = SpanEditor {
            items: Vec::new(),
            next_id: 0,
            undo: VecDeque::new(),
            redo: Vec::new(),
            caret: 0,
            anchor: None,
            selection: None,
            selected: None,
            rev: 0,
        };
        for s in spans {
            let id = e.fresh_id();
            e.items.push((id, s));
        }
        e.sort();
        e
    }

    fn fresh_id(&mut self) -> SpanId {
        self.next_id += 1;
        SpanId(self.next_id)
    }

    fn sort(&mut self) {
        self.items.sort_by_key(|(id, t)| (order(t), *id));
    }

    /// The spans with their ids, sorted by (start, end, label).
    pub fn items(&self) -> &[(SpanId, T)] {
        &self.items
    }

    /// The spans, sorted by (start, end, label).
    pub fn spans(&self) -> impl ExactSizeIterator<Item = &T> {
        self.items.iter().map(|(_, t)| t)
    }

    /// The spans as a list, sorted.
    pub fn to_vec(&self) -> Vec<T> {
        self.spans().cloned().collect()
    }

    /// Number of spans.
    pub fn len(&self) -> usize {
        self.items.len()
    }

    /// No spans.
    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    /// The span with this id.
    pub fn get(&self, id: SpanId) -> Option<&T> {
        self.items.iter().find(|(i, _)| *i == id).map(|(_, t)| t)
    }

    /// Position of a span in the sorted list.
    pub fn position(&self, id: SpanId) -> Option<usize> {
        self.items.iter().position(|(i, _)| *i == id)
    }

    /// The selected span.
    pub fn selected_span(&self) -> Option<(SpanId, &T)> {
        let id = self.selected?;
        self.get(id).map(|t| (id, t))
    }

    /// Ids of the spans covering char `c`, in list order.
    pub fn at(&self, c: usize) -> Vec<SpanId> {
        self.items
            .iter()
            .filter(|(_, t)| {
                let s = t.span();
                s.start <= c && c < s.end
            })
            .map(|(id, _)| *id)
            .collect()
    }

    /// Whether undo and redo are possible.
    pub fn can_undo(&self) -> (bool, bool) {
        (!self.undo.is_empty(), !self.redo.is_empty())
    }

    fn apply_op(&mut self, op: &Op<T>) {
        match op {
            Op::Insert(id, t) => {
                self.items.push((*id, t.clone()));
                self.sort();
            }
            Op::Remove(id, _) => self.items.retain(|(i, _)| i != id),
            Op::Replace(id, _, new) => {
                if let Some((_, t)) = self.items.iter_mut().find(|(i, _)| i == id) {
                    *t = new.clone();
                }
                self.sort();
            }
        }
    }

    fn record(&mut self, ops: Vec<Op<T>>, merge: Merge) -> bool {
        if ops.is_empty() {
            return false;
        }
        for op in &ops {
            self.apply_op(op);
        }
        self.redo.clear();
        let joined = match (merge, self.undo.back_mut()) {
            (Merge::Typing(..), Some(last)) if last.merge == merge => {
                // Keep the value from before the typing started; take the newest value.
                for op in ops.iter().cloned() {
                    match (op, last.ops.last_mut()) {
                        (Op::Replace(id, _, new), Some(Op::Replace(lid, _, lnew)))
                            if id == *lid =>
                        {
                            *lnew = new;
                        }
                        (op, _) => last.ops.push(op),
                    }
                }
                true
            }
            _ => false,
        };
        if !joined {
            self.undo.push_back(Step { ops, merge });
            while self.undo.len() > MAX_UNDO {
                self.undo.pop_front();
            }
        }
        self.rev += 1;
        true
    }

    /// Add a span (nothing happens when an identical one exists) and select it.
    pub fn add(&mut self, text: &TextIndex, span: Span) -> bool {
        if let Some((id, _)) = self.items.iter().find(|(_, t)| t.span() == span) {
            self.selected = Some(*id);
            self.rev += 1;
            return false;
        }
        let id = self.fresh_id();
        let changed = self.record(vec![Op::Insert(id, T::create(text, span))], Merge::Separate);
        self.selected = Some(id);
        changed
    }

    /// Change a span's label; an identical span already there absorbs it.
    pub fn relabel(&mut self, id: SpanId, label: Label) -> bool {
        let Some(old) = self.get(id).cloned() else {
            return false;
        };
        if old.span().label == label {
            return false;
        }
        let mut new = old.clone();
        new.set_label(label);
        let target = Span::new(old.span().start, old.span().end, label);
        let twin = self
            .items
            .iter()
            .find(|(_, t)| t.span() == target)
            .map(|(i, _)| *i);
        let changed = match twin {
            Some(t) => {
                let c = self.record(vec![Op::Remove(id, old)], Merge::Separate);
                self.selected = Some(t);
                c
            }
            None => {
                let c = self.record(vec![Op::Replace(id, old, new)], Merge::Separate);
                self.selected = Some(id);
                c
            }
        };
        self.rev += 1;
        changed
    }

    /// Change a span with `f` (a note, a rationale, a flag). `merge` joins typing into one
    /// undo step.
    pub fn update(&mut self, id: SpanId, merge: Merge, f: impl FnOnce(&mut T)) -> bool {
        let Some(old) = self.get(id).cloned() else {
            return false;
        };
        let mut new = old.clone();
        f(&mut new);
        if new == old {
            return false;
        }
        self.record(vec![Op::Replace(id, old, new)], merge)
    }

    /// Delete a span.
    pub fn delete(&mut self, id: SpanId) -> bool {
        let Some(old) = self.get(id).cloned() else {
            return false;
        };
        if self.selected == Some(id) {
            self.selected = None;
        }
        self.record(vec![Op::Remove(id, old)], Merge::Separate)
    }

    /// Replace every span (loading an answer) as one undoable step.
    pub fn replace_all(&mut self, spans: Vec<T>) -> bool {
        let mut ops: Vec<Op<T>> = self
            .items
            .iter()
            .map(|(id, t)| Op::Remove(*id, t.clone()))
            .collect();
        for s in spans {
            let id = self.fresh_id();
            ops.push(Op::Insert(id, s));
        }
        self.selected = None;
        self.selection = None;
        self.record(ops, Merge::Separate)
    }

    /// Undo the last edit.
    pub fn undo(&mut self) -> bool {
        let Some(step) = self.undo.pop_back() else {
            return false;
        };
        for op in step.ops.iter().rev() {
            self.apply_op(&op.inverse());
        }
        self.redo.push(step);
        self.after_history();
        true
    }

    /// Redo the last undone edit.
    pub fn redo(&mut self) -> bool {
        let Some(step) = self.redo.pop() else {
            return false;
        };
        for op in &step.ops {
            self.apply_op(op);
        }
        // A redone step never merges with later typing.
        self.undo.push_back(Step {
            ops: step.ops,
            merge: Merge::Separate,
        });
        self.after_history();
        true
    }

    fn after_history(&mut self) {
        if self.selected.is_some_and(|id| self.get(id).is_none()) {
            self.selected = None;
        }
        // Typing after an undo starts a new step.
        if let Some(last) = self.undo.back_mut() {
            last.merge = Merge::Separate;
        }
        self.rev += 1;
    }

    /// Carry out a command on the text. The caller decides whether edits are allowed.
    pub fn apply(&mut self, text: &TextIndex, cmd: EditCommand) -> Outcome {
        let n = text.char_len();
        let mut out = Outcome::default();
        match cmd {
            EditCommand::Caret { to, extend } => {
                let to = to.min(n);
                if extend {
                    let anchor = *self.anchor.get_or_insert(self.caret);
                    self.selection = (anchor != to).then(|| (anchor.min(to), anchor.max(to)));
                } else {
                    self.anchor = None;
                    self.selection = None;
                }
                self.caret = to;
                out.reveal = Some(to);
                self.rev += 1;
            }
            EditCommand::Drag { anchor, to, done } => {
                let (a, b) = (anchor.min(to), anchor.max(to));
                self.selection = if done {
                    text.snap_to_words(a, b)
                } else {
                    (a < b).then_some((a, b))
                };
                self.caret = to.min(n);
                self.anchor = None;
                if done && self.selection.is_some() {
                    self.selected = None;
                }
                self.rev += 1;
            }
            EditCommand::ClickChar(c) => {
                self.caret = c.min(n);
                self.anchor = None;
                self.selection = None;
                let here = self.at(c);
                self.selected = match (self.selected, here.as_slice()) {
                    (_, []) => None,
                    (Some(cur), hs) if hs.contains(&cur) => {
                        let pos = hs.iter().position(|&h| h == cur).unwrap_or(0);
                        hs.get((pos + 1) % hs.len()).copied()
                    }
                    (_, hs) => hs.first().copied(),
                };
                self.rev += 1;
            }
            EditCommand::SelectWord(c) => {
                self.selection = text.word_at(c);
                self.caret = c.min(n);
                self.anchor = None;
                self.selected = None;
                self.rev += 1;
            }
            EditCommand::Label(label) => {
                if let Some((a, b)) = self.selection.and_then(|(a, b)| text.snap_to_words(a, b)) {
                    out.changed = self.add(text, Span::new(a, b, label));
                    self.selection = None;
                    self.anchor = None;
                    self.caret = b;
                } else if let Some(id) = self.selected {
                    out.changed = self.relabel(id, label);
                }
            }
            EditCommand::Select(id) => {
                self.selected = id.filter(|&i| self.get(i).is_some());
                if let Some((_, t)) = self.selected_span() {
                    let start = t.span().start;
                    self.caret = start;
                    out.reveal = Some(start);
                }
                self.selection = None;
                self.anchor = None;
                self.rev += 1;
            }
            EditCommand::Next(forward) => {
                let len = self.items.len();
                if len > 0 {
                    let cur = self.selected.and_then(|id| self.position(id));
                    let next = match cur {
                        Some(i) if forward => (i + 1) % len,
                        Some(i) => (i + len - 1) % len,
                        None if forward => self
                            .items
                            .iter()
                            .position(|(_, t)| t.span().start >= self.caret)
                            .unwrap_or(0),
                        None => self
                            .items
                            .iter()
                            .rposition(|(_, t)| t.span().start < self.caret)
                            .unwrap_or(len - 1),
                    };
                    let id = self.items.get(next).map(|(id, _)| *id);
                    return self.apply(text, EditCommand::Select(id));
                }
            }
            EditCommand::Relabel(id, label) => out.changed = self.relabel(id, label),
            EditCommand::Delete(id) => out.changed = self.delete(id),
            EditCommand::DeleteAtCaret => {
                let target = self
                    .selected
                    .or_else(|| self.at(self.caret).first().copied());
                if let Some(id) = target {
                    out.changed = self.delete(id);
                }
            }
            EditCommand::Undo => out.changed = self.undo(),
            EditCommand::Redo => out.changed = self.redo(),
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = "Officials said the plan was a disaster, critics say.";

    fn ed() -> (TextIndex, SpanEditor<AnswerSpan>) {
        (TextIndex::new(TEXT), SpanEditor::default())
    }

    fn label(e: &mut SpanEditor<AnswerSpan>, t: &TextIndex, a: usize, b: usize, l: Label) {
        e.selection = Some((a, b));
        e.apply(t, EditCommand::Label(l));
    }

    fn spans(e: &SpanEditor<AnswerSpan>) -> Vec<(usize, usize, Label)> {
        e.spans().map(|s| (s.start, s.end, s.label)).collect()
    }

    #[test]
    fn two_commands_with_ids_in_one_frame_hit_the_right_spans() {
        let (t, mut e) = ed();
        label(&mut e, &t, 0, 14, Label::Attribution);
        label(&mut e, &t, 30, 38, Label::Opinion);
        label(&mut e, &t, 40, 51, Label::Attribution);
        let ids: Vec<SpanId> = e.items().iter().map(|(i, _)| *i).collect();
        // Both commands were made from the same frame's list: deleting the first must not
        // shift the second onto another span.
        e.apply(&t, EditCommand::Delete(ids[0]));
        e.apply(&t, EditCommand::Relabel(ids[1], Label::Unsupported));
        assert_eq!(
            spans(&e),
            vec![(30, 38, Label::Unsupported), (40, 51, Label::Attribution)]
        );
        e.apply(&t, EditCommand::Delete(ids[1]));
        e.apply(&t, EditCommand::Delete(ids[2]));
        assert!(e.is_empty());
    }

    #[test]
    fn undo_and_redo_each_edit() {
        let (t, mut e) = ed();
        label(&mut e, &t, 0, 14, Label::Attribution);
        let id = e.items()[0].0;
        e.apply(&t, EditCommand::Relabel(id, Label::Opinion));
        e.apply(&t, EditCommand::Delete(id));
        assert!(e.is_empty());
        e.apply(&t, EditCommand::Undo);
        assert_eq!(spans(&e), vec![(0, 14, Label::Opinion)]);
        e.apply(&t, EditCommand::Undo);
        assert_eq!(spans(&e), vec![(0, 14, Label::Attribution)]);
        e.apply(&t, EditCommand::Undo);
        assert!(e.is_empty());
        assert_eq!(e.can_undo(), (false, true));
        e.apply(&t, EditCommand::Redo);
        e.apply(&t, EditCommand::Redo);
        assert_eq!(spans(&e), vec![(0, 14, Label::Opinion)]);
    }

    #[test]
    fn a_note_typed_in_one_go_is_one_undo_step() {
        let (t, mut e) = ed();
        label(&mut e, &t, 0, 14, Label::Attribution);
        let id = e.items()[0].0;
        for n in ["W", "Wh", "Who", "Who s", "Who says"] {
            e.update(id, Merge::Typing(id, 0), |s| s.note = Some(n.into()));
        }
        assert_eq!(e.get(id).and_then(|s| s.note.as_deref()), Some("Who says"));
        e.undo();
        assert_eq!(e.get(id).and_then(|s| s.note.as_deref()), None);
        assert_eq!(
            e.len(),
            1,
            "one undo took back the whole note, not the highlight"
        );
        e.redo();
        assert_eq!(e.get(id).and_then(|s| s.note.as_deref()), Some("Who says"));
        // Typing again after an undo/redo is a new step.
        e.update(id, Merge::Typing(id, 0), |s| {
            s.note = Some("Who says so".into())
        });
        e.undo();
        assert_eq!(e.get(id).and_then(|s| s.note.as_deref()), Some("Who says"));
    }

    #[test]
    fn history_is_bounded() {
        let (t, mut e) = ed();
        label(&mut e, &t, 0, 14, Label::Attribution);
        let id = e.items()[0].0;
        for i in 0..(MAX_UNDO + 50) {
            e.update(id, Merge::Separate, |s| s.note = Some(i.to_string()));
        }
        let mut undone = 0;
        while e.undo() {
            undone += 1;
        }
        assert_eq!(undone, MAX_UNDO);
    }

    #[test]
    fn relabelling_onto_an_identical_span_merges_them() {
        let (t, mut e) = ed();
        label(&mut e, &t, 0, 14, Label::Attribution);
        label(&mut e, &t, 0, 14, Label::Opinion);
        assert_eq!(e.len(), 2);
        let op = e
            .items()
            .iter()
            .find(|(_, s)| s.label == Label::Opinion)
            .map(|(i, _)| *i);
        e.apply(&t, EditCommand::Relabel(op.unwrap(), Label::Attribution));
        assert_eq!(spans(&e), vec![(0, 14, Label::Attribution)]);
        assert!(e.selected.is_some());
        e.undo();
        assert_eq!(e.len(), 2);
    }

    #[test]
    fn caret_extend_drag_click_and_tab() {
        let (t, mut e) = ed();
        e.apply(
            &t,
            EditCommand::Caret {
                to: 0,
                extend: false,
            },
        );
        e.apply(
            &t,
            EditCommand::Caret {
                to: 9,
                extend: true,
            },
        );
        assert_eq!(e.selection, Some((0, 9)));
        e.apply(&t, EditCommand::Label(Label::Attribution));
        // Snapped to whole words: "Officials".
        assert_eq!(spans(&e), vec![(0, 9, Label::Attribution)]);
        e.apply(
            &t,
            EditCommand::Drag {
                anchor: 31,
                to: 36,
                done: true,
            },
        );
        assert_eq!(e.selection, Some((30, 38)));
        e.apply(&t, EditCommand::Label(Label::Opinion));
        e.apply(&t, EditCommand::ClickChar(2));
        assert_eq!(
            e.selected_span().map(|(_, s)| s.label),
            Some(Label::Attribution)
        );
        e.apply(&t, EditCommand::Next(true));
        assert_eq!(
            e.selected_span().map(|(_, s)| s.label),
            Some(Label::Opinion)
        );
        e.apply(&t, EditCommand::Next(true));
        assert_eq!(
            e.selected_span().map(|(_, s)| s.label),
            Some(Label::Attribution)
        );
        e.apply(&t, EditCommand::DeleteAtCaret);
        assert_eq!(spans(&e), vec![(30, 38, Label::Opinion)]);
    }

    #[test]
    fn replace_all_is_one_step() {
        let (t, mut e) = ed();
        label(&mut e, &t, 0, 14, Label::Attribution);
        e.replace_all(vec![
            AnswerSpan::new(&t, Span::new(30, 38, Label::Opinion)),
            AnswerSpan::new(&t, Span::new(40, 51, Label::Attribution)),
        ]);
        assert_eq!(e.len(), 2);
        e.undo();
        assert_eq!(spans(&e), vec![(0, 14, Label::Attribution)]);
    }
}
