//! A first day in a real classroom (issue 22), driven headlessly: a hand-in never replaces
//! another student's file, the student's own earlier hand-in is replaced only after a
//! question, and file dialogs start in the folder last used for the same kind of file.

mod common;

use common::{H, app_with, files_in, harness, messages, settle};
use egui_kittest::kittest::Queryable;
use newsmark::app::dialogs::FakeDialogs;
use newsmark::app::editing::EditCommand;
use newsmark::app::lesson::LessonCommand;
use newsmark::app::library::LibraryCommand;
use newsmark::app::picker::PickerCommand;
use newsmark::app::state::Command;
use newsmark::model::Label;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Instant;

const SEED: &str = "bundled:001_peace-talks.md";
const ANAS: &str = "001_peace-talks.Ana_Ruiz.json";
const REPLACE_ANAS: &str = "Replace 001_peace-talks.Ana_Ruiz.json?";

fn open(h: &mut H, id: &str) {
    h.state_mut()
        .state
        .handle(Command::Library(LibraryCommand::Open(id.into())));
    settle(h);
    assert!(
        h.state().state.lesson().is_some_and(|l| l.id == id),
        "{id} is open"
    );
}

/// Mark the first word of the open lesson as opinion.
fn mark_a_word(h: &mut H) {
    let (a, b) = h
        .state()
        .state
        .lesson()
        .and_then(|l| l.lesson.text.words().first().copied())
        .expect("a word");
    let s = &mut h.state_mut().state;
    s.handle(Command::Lesson(LessonCommand::Edit(EditCommand::Drag {
        anchor: a,
        to: b,
        done: true,
    })));
    s.handle(Command::Lesson(LessonCommand::Edit(EditCommand::Label(
        Label::Opinion,
    ))));
}

fn hand_in(h: &mut H) {
    h.state_mut()
        .state
        .handle(Command::Lesson(LessonCommand::SaveAnswerAs));
    settle(h);
}

fn picker(h: &mut H, c: PickerCommand) {
    h.state_mut().state.handle(Command::Picker(c));
    settle(h);
}

fn picker_open(h: &H) -> bool {
    h.state().state.shared.picker.is_some()
}

/// Ana Ruiz's hand-in of lesson 001 in `dir`, as her copy of newsmark wrote it.
fn anas_hand_in(dir: &Path) -> (PathBuf, Vec<u8>) {
    let path = dir.join(ANAS);
    let body = r#"{
  "version": 1,
  "lesson": "001_peace-talks.md",
  "student": "Ana Ruiz",
  "program": "newsmark 0.1.0",
  "saved_at": "2026-12-05T10:42:00Z",
  "spans": [
    {"start": 0, "end": 5, "label": "attribution"},
    {"start": 10, "end": 20, "label": "opinion"}
  ]
}
"#;
    std::fs::write(&path, body).expect("write Ana's hand-in");
    (path, body.as_bytes().to_vec())
}

/// Chloe hands in through newsmark's own picker and chooses Ana's file: Ana's file is left
/// exactly as it was, Chloe's answer goes beside it under a free name, and the message
/// says so.
#[test]
fn a_hand_in_over_another_students_file_goes_to_a_free_name_beside_it() {
    let data = tempfile::tempdir().expect("tempdir");
    let out = tempfile::tempdir().expect("tempdir");
    let (anas, before) = anas_hand_in(out.path());
    // No dialog answer prepared: the system dialog "cannot be shown", the picker opens.
    let mut h = harness(app_with(data.path(), Arc::new(FakeDialogs::new())));
    open(&mut h, SEED);
    mark_a_word(&mut h);
    h.state_mut()
        .state
        .handle(Command::SetName("Chloe Ruiz".into()));
    hand_in(&mut h);
    assert!(picker_open(&h), "the picker is open");
    picker(&mut h, PickerCommand::Go(out.path().to_path_buf()));
    picker(&mut h, PickerCommand::SetName(ANAS.into()));
    picker(&mut h, PickerCommand::Choose(None));
    assert!(!picker_open(&h), "nothing is replaced, so nothing to ask");
    assert_eq!(
        std::fs::read(&anas).expect("Ana's file"),
        before,
        "Ana's hand-in is untouched"
    );
    let chloes = out.path().join("001_peace-talks.Ana_Ruiz-2.json");
    assert_eq!(
        files_in(out.path()),
        vec![
            "001_peace-talks.Ana_Ruiz-2.json".to_string(),
            ANAS.to_string()
        ]
    );
    let a = newsmark::store::read_answer(&chloes).expect("Chloe's answer");
    assert_eq!(a.student.as_deref(), Some("Chloe Ruiz"));
    assert_eq!(a.lesson.as_deref(), Some("001_peace-talks.md"));
    assert_eq!(a.spans.len(), 1);
    let said = messages(&h);
    assert!(
        said.iter().any(|m| m.contains(&format!(
            "{ANAS} was taken by another student's answer, so yours is saved as"
        )) && m.contains("001_peace-talks.Ana_Ruiz-2.json")),
        "{said:?}"
    );
    assert!(
        h.query_by_label_contains("was taken by another student's answer")
            .is_some()
    );
}

/// The same through the system's file dialog (which asks about replacing by itself): the
/// other student's file is still never replaced.
#[test]
fn a_system_dialogs_choice_of_another_students_file_goes_to_a_free_name_too() {
    let data = tempfile::tempdir().expect("tempdir");
    let out = tempfile::tempdir().expect("tempdir");
    let (anas, before) = anas_hand_in(out.path());
    // Taken already: the next free name is -3.
    std::fs::write(
        out.path().join("001_peace-talks.Ana_Ruiz-2.json"),
        "not mine",
    )
    .expect("write");
    let dialogs = Arc::new(FakeDialogs::new().then(Some(anas.clone())));
    let mut h = harness(app_with(data.path(), dialogs));
    open(&mut h, SEED);
    mark_a_word(&mut h);
    h.state_mut()
        .state
        .handle(Command::SetName("Chloe Ruiz".into()));
    hand_in(&mut h);
    assert_eq!(std::fs::read(&anas).expect("Ana's file"), before);
    assert_eq!(
        std::fs::read_to_string(out.path().join("001_peace-talks.Ana_Ruiz-2.json")).expect("read"),
        "not mine"
    );
    let a = newsmark::store::read_answer(&out.path().join("001_peace-talks.Ana_Ruiz-3.json"))
        .expect("Chloe's answer");
    assert_eq!(a.student.as_deref(), Some("Chloe Ruiz"));
    assert!(
        messages(&h)
            .iter()
            .any(|m| m.contains("was taken by another student's answer")
                && m.contains("001_peace-talks.Ana_Ruiz-3.json")),
        "{:?}",
        messages(&h)
    );
}

/// Ana hands in again (her name typed in another case): the picker asks "Replace …?",
/// naming what the file holds; "Keep it" writes nothing and goes back to the picker;
/// "Replace" writes her new answer over her old one. The next hand-in's picker starts in
/// that folder.
#[test]
fn the_same_students_earlier_hand_in_is_replaced_only_after_a_question() {
    let data = tempfile::tempdir().expect("tempdir");
    let out = tempfile::tempdir().expect("tempdir");
    let (anas, before) = anas_hand_in(out.path());
    let mut h = harness(app_with(data.path(), Arc::new(FakeDialogs::new())));
    open(&mut h, SEED);
    mark_a_word(&mut h);
    h.state_mut()
        .state
        .handle(Command::SetName("ana ruiz".into()));
    hand_in(&mut h);
    assert!(picker_open(&h), "the picker is open");
    picker(&mut h, PickerCommand::Go(out.path().to_path_buf()));
    // A double click on her file.
    picker(&mut h, PickerCommand::Choose(Some(anas.clone())));
    assert!(picker_open(&h), "it asks first");
    assert!(
        h.query_by_label(REPLACE_ANAS).is_some(),
        "the question is on screen"
    );
    assert!(
        h.query_by_label_contains(
            "It holds Ana Ruiz's answer to 001_peace-talks.md, handed in 2026-12-05T10:42:00Z."
        )
        .is_some()
    );
    assert_eq!(std::fs::read(&anas).expect("read"), before, "not yet");
    h.get_by_label("Keep it").click();
    h.run();
    settle(&mut h);
    assert!(picker_open(&h), "Keep it goes back to the picker");
    assert!(
        h.state()
            .state
            .shared
            .picker
            .as_ref()
            .is_some_and(|p| p.confirm.is_none())
    );
    assert_eq!(
        std::fs::read(&anas).expect("read"),
        before,
        "Keep it keeps it"
    );
    assert_eq!(files_in(out.path()), vec![ANAS.to_string()]);
    // "Save here" under her file's name asks again; this time she replaces it.
    picker(&mut h, PickerCommand::SetName(ANAS.into()));
    picker(&mut h, PickerCommand::Choose(None));
    assert!(h.query_by_label(REPLACE_ANAS).is_some());
    h.get_by_label("Replace").click();
    h.run();
    settle(&mut h);
    assert!(!picker_open(&h));
    assert_eq!(
        files_in(out.path()),
        vec![ANAS.to_string()],
        "replaced in place"
    );
    let a = newsmark::store::read_answer(&anas).expect("her new answer");
    assert_eq!(a.student.as_deref(), Some("ana ruiz"));
    assert_eq!(a.spans.len(), 1, "the new work");
    assert_ne!(a.saved_at.as_deref(), Some("2026-12-05T10:42:00Z"));
    assert!(
        messages(&h)
            .iter()
            .any(|m| m.starts_with("Handed in your answer to 001_peace-talks.md: saved to")),
        "{:?}",
        messages(&h)
    );
    // The next hand-in's picker starts in the folder of the last one.
    hand_in(&mut h);
    assert_eq!(
        h.state()
            .state
            .shared
            .picker
            .as_ref()
            .map(|p| p.dir.clone()),
        Some(out.path().to_path_buf())
    );
}

/// Two hand-ins in one session: the second dialog starts in the first one's folder; after
/// a restart on the same data folder, the hand-in dialog still starts there.
#[test]
fn the_hand_in_dialog_starts_in_the_last_hand_in_folder_even_after_a_restart() {
    let data = tempfile::tempdir().expect("tempdir");
    let out = tempfile::tempdir().expect("tempdir");
    let dialogs = Arc::new(
        FakeDialogs::new()
            .then(Some(out.path().join("first.json")))
            .then(Some(out.path().join("second.json"))),
    );
    let mut h = harness(app_with(data.path(), dialogs.clone()));
    open(&mut h, SEED);
    mark_a_word(&mut h);
    h.state_mut()
        .state
        .handle(Command::SetName("Ana Ruiz".into()));
    hand_in(&mut h);
    hand_in(&mut h);
    assert_eq!(
        dialogs.asked_in(),
        vec![None, Some(out.path().to_path_buf())],
        "the second dialog starts in the first one's folder"
    );
    assert_eq!(
        files_in(out.path()),
        vec!["first.json".to_string(), "second.json".to_string()]
    );
    assert_eq!(
        h.state().state.shared.settings.folders.get("hand-in"),
        Some(&out.path().to_path_buf())
    );
    // Settings are written by the frame loop's tick.
    h.state_mut().state.tick(Instant::now());
    settle(&mut h);
    drop(h);

    let again = Arc::new(FakeDialogs::new().then(Some(out.path().join("third.json"))));
    let mut h = harness(app_with(data.path(), again.clone()));
    assert_eq!(
        h.state().state.shared.settings.folders.get("hand-in"),
        Some(&out.path().to_path_buf()),
        "remembered across a restart"
    );
    open(&mut h, SEED);
    // The name typed in the first session is remembered too, so this hands in at once.
    hand_in(&mut h);
    assert_eq!(again.asked_in(), vec![Some(out.path().to_path_buf())]);
    assert!(out.path().join("third.json").exists());
}
