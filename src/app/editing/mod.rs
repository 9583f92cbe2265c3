//! Selecting text and editing labelled spans, with bounded undo: one module for every page
//! that edits spans (the student's answer, the instructor's key).
//!
//! Spans carry stable [`SpanId`]s, so two commands in one frame can never hit the wrong
//! span after the first one changed the list. History ([`history`]) stores the operations
//! of each edit, at most [`MAX_UNDO`] steps; a note typed in one go is one step. Nothing
//! here draws or touches files.

use crate::model::annotation::{AnswerSpan, KeyItem, StoredSpan};
use crate::model::{Label, Span, TextIndex};
use history::{History, Op};

mod history;
mod spoken;

pub use spoken::spoken_change;

pub use history::{MAX_UNDO, Merge};

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

/// Labelled spans with a caret, a selection, a selected span and undo/redo.
#[derive(Clone, Debug)]
pub struct SpanEditor<T> {
    /// Sorted by (start, end, label).
    items: Vec<(SpanId, T)>,
    next_id: u64,
    history: History<T>,
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
            history: History::default(),
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
        self.history.can()
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
        self.history.record(ops, merge);
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

    /// Insert a ready-made span (an accepted suggestion, an item placed again) as one step.
    pub fn insert(&mut self, item: T) -> SpanId {
        let id = self.fresh_id();
        self.record(vec![Op::Insert(id, item)], Merge::Separate);
        id
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
        let Some(step) = self.history.pop_undo() else {
            return false;
        };
        for op in step.ops.iter().rev() {
            self.apply_op(&op.inverse());
        }
        self.history.undone(step);
        self.after_history();
        true
    }

    /// Redo the last undone edit.
    pub fn redo(&mut self) -> bool {
        let Some(step) = self.history.pop_redo() else {
            return false;
        };
        for op in &step.ops {
            self.apply_op(op);
        }
        self.history.redone(step);
        self.after_history();
        true
    }

    fn after_history(&mut self) {
        if self.selected.is_some_and(|id| self.get(id).is_none()) {
            self.selected = None;
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
mod tests;
