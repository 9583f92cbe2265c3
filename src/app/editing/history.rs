//! Undo history: each edit is a step of operations on spans (never a copy of the whole
//! list), at most [`MAX_UNDO`] steps; typing into one field of one span is one step.

use super::SpanId;
use std::collections::VecDeque;

/// How many edits can be undone.
pub const MAX_UNDO: usize = 200;

/// What an edit does to one span; a step of history is a list of these.
#[derive(Clone, Debug, PartialEq)]
pub(super) enum Op<T> {
    Insert(SpanId, T),
    Remove(SpanId, T),
    Replace(SpanId, T, T),
}

impl<T: Clone> Op<T> {
    pub(super) fn inverse(&self) -> Op<T> {
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
pub(super) struct Step<T> {
    pub(super) ops: Vec<Op<T>>,
    merge: Merge,
}

/// Steps to undo and redo.
#[derive(Clone, Debug)]
pub(super) struct History<T> {
    undo: VecDeque<Step<T>>,
    redo: Vec<Step<T>>,
}

impl<T> Default for History<T> {
    fn default() -> Self {
        History {
            undo: VecDeque::new(),
            redo: Vec::new(),
        }
    }
}

impl<T: Clone> History<T> {
    /// Record an edit whose operations were applied. Typing joins the previous step when
    /// that was typing into the same field of the same span.
    pub(super) fn record(&mut self, ops: Vec<Op<T>>, merge: Merge) {
        self.redo.clear();
        if let (Merge::Typing(..), Some(last)) = (merge, self.undo.back_mut())
            && last.merge == merge
        {
            // Keep the value from before the typing started; take the newest value.
            for op in ops {
                match (op, last.ops.last_mut()) {
                    (Op::Replace(id, _, new), Some(Op::Replace(lid, _, lnew))) if id == *lid => {
                        *lnew = new;
                    }
                    (op, _) => last.ops.push(op),
                }
            }
            return;
        }
        self.undo.push_back(Step { ops, merge });
        while self.undo.len() > MAX_UNDO {
            self.undo.pop_front();
        }
    }

    /// The step to undo; hand it back with [`History::undone`].
    pub(super) fn pop_undo(&mut self) -> Option<Step<T>> {
        self.undo.pop_back()
    }

    /// A step was undone.
    pub(super) fn undone(&mut self, step: Step<T>) {
        self.redo.push(step);
        self.seal();
    }

    /// The step to redo; hand it back with [`History::redone`].
    pub(super) fn pop_redo(&mut self) -> Option<Step<T>> {
        self.redo.pop()
    }

    /// A step was redone; it never merges with later typing.
    pub(super) fn redone(&mut self, step: Step<T>) {
        self.undo.push_back(Step {
            ops: step.ops,
            merge: Merge::Separate,
        });
    }

    /// Typing after an undo or redo starts a new step.
    fn seal(&mut self) {
        if let Some(last) = self.undo.back_mut() {
            last.merge = Merge::Separate;
        }
    }

    /// Whether undo and redo are possible.
    pub(super) fn can(&self) -> (bool, bool) {
        (!self.undo.is_empty(), !self.redo.is_empty())
    }
}
