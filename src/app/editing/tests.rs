//! Tests of the span editor: ids, history, selection.
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
