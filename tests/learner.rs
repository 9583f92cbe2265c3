//! The learner's side of the desktop app driven headlessly: focus practice on the lessons
//! the learner has checked, the work left in progress with "Continue" after a restart, and
//! the recommendation said in plain words.

mod common;

use common::{H, app, harness, settle};
use egui::Key;
use egui_kittest::kittest::Queryable;
use newsmark::app::editing::EditCommand;
use newsmark::app::focus::FocusCommand;
use newsmark::app::lesson::LessonCommand;
use newsmark::app::state::{Command, Page};
use newsmark::model::Label;
use std::time::{Duration, Instant};

const SEED: &str = "Peace talks: territory against security";
const SEED_ID: &str = "bundled:001_peace-talks.md";

fn open_seed(h: &mut H) {
    h.get_by_label(&format!("Open 001 · {SEED}")).click();
    settle(h);
    assert!(matches!(h.state().state.page, Page::Lesson(_)));
}

/// Select chars `range` as a mouse drag does and press a label key.
fn label_range(h: &mut H, range: (usize, usize), key: Key) {
    h.get_by_label("Article").click();
    h.run();
    h.state_mut()
        .state
        .handle(Command::Lesson(LessonCommand::Edit(EditCommand::Drag {
            anchor: range.0,
            to: range.1,
            done: true,
        })));
    h.run();
    h.key_press(key);
    h.run();
}

fn focus_cmd(h: &mut H, c: FocusCommand) {
    h.state_mut().state.handle(Command::Focus(c));
    h.run();
}

#[test]
fn focus_practice_on_checked_lessons_has_a_label_button_and_a_session_count() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut h = harness(app(dir.path()));
    // Check the seed lesson, so focus practice has a lesson the learner knows.
    open_seed(&mut h);
    label_range(&mut h, (178, 219), Key::Num1);
    h.get_by_label("Check my answers").click();
    h.run();
    h.get_by_label("Back to library").click();
    settle(&mut h);
    h.state_mut()
        .state
        .handle(Command::StartFocus(Label::Attribution));
    settle(&mut h);
    let Page::Focus(p) = &h.state().state.page else {
        panic!("focus page: {:?}", h.state().state.shared.messages.all());
    };
    // Only paragraphs of the checked lesson, at most a session's worth.
    assert!(!p.exercises.is_empty());
    assert!(p.exercises.len() <= newsmark::model::focus::SESSION);
    assert!(
        p.exercises.iter().all(|e| e.lesson == SEED && e.tried),
        "{:?}",
        p.exercises.iter().map(|e| &e.lesson).collect::<Vec<_>>()
    );
    assert!(!p.from_untried());
    assert!(
        h.query_by_label_contains("You have not checked a lesson")
            .is_none()
    );
    let total = p.exercises.len();
    let first = p.exercise().expect("a paragraph").clone();
    // The session's count, not the pool's.
    assert!(
        h.query_by_label_contains(&format!("Paragraph 1 of {total}"))
            .is_some()
    );
    // The label button, named as in the lesson toolbar, labels the selection.
    let item = first.items.first().expect("an item to find").span;
    focus_cmd(
        &mut h,
        FocusCommand::Edit(EditCommand::Drag {
            anchor: item.start,
            to: item.end,
            done: true,
        }),
    );
    h.get_by_label("1  Attribution").click();
    h.run();
    let Page::Focus(p) = &h.state().state.page else {
        panic!("still focus practice")
    };
    let marked: Vec<Label> = p.editor.spans().map(|s| s.label).collect();
    assert_eq!(marked, [Label::Attribution]);
    // Delete takes the selected highlight away again.
    let id = p.editor.items().first().map(|(id, _)| *id);
    focus_cmd(&mut h, FocusCommand::Edit(EditCommand::Select(id)));
    h.get_by_label("Delete highlight").click();
    h.run();
    let Page::Focus(p) = &h.state().state.page else {
        panic!("still focus practice")
    };
    assert!(p.editor.is_empty());
    // Through the whole session to its summary.
    for _ in 0..total {
        focus_cmd(&mut h, FocusCommand::Check);
        focus_cmd(&mut h, FocusCommand::Next);
    }
    let Page::Focus(p) = &h.state().state.page else {
        panic!("still focus practice")
    };
    assert!(p.finished);
    assert_eq!(p.tally.paragraphs, total);
    assert!(h.query_by_label_contains("Session done:").is_some());
    assert!(h.query_by_label("Practise again").is_some());
}

#[test]
fn an_autosaved_lesson_shows_in_progress_and_continue_after_a_restart() {
    let dir = tempfile::tempdir().expect("tempdir");
    {
        let mut h = harness(app(dir.path()));
        assert!(h.query_by_label("In progress").is_none());
        open_seed(&mut h);
        label_range(&mut h, (178, 219), Key::Num1);
        // The autosave is due within a second of the change.
        let later = Instant::now() + Duration::from_secs(2);
        let _ = h.state_mut().state.tick(later);
        settle(&mut h);
        // Back in the library the work is in progress at once.
        h.get_by_label("Back to library").click();
        settle(&mut h);
        assert!(h.query_by_label("In progress").is_some());
        assert!(h.query_by_label(&format!("Continue {SEED}")).is_some());
        // The process ends here.
    }
    let saved = newsmark::store::progress::autosave_path(dir.path(), SEED_ID);
    assert!(saved.is_file(), "autosave written to {}", saved.display());
    let mut h = harness(app(dir.path()));
    assert!(h.state().state.shared.in_progress(SEED_ID));
    assert!(h.query_by_label("In progress").is_some());
    h.get_by_label(&format!("Continue {SEED}")).click();
    settle(&mut h);
    let Page::Lesson(p) = &h.state().state.page else {
        panic!("Continue opens the lesson");
    };
    assert_eq!(p.id, SEED_ID);
    assert_eq!(p.editor.len(), 1, "with the work as it was left");
    // Checked, it is no longer in progress.
    h.get_by_label("Check my answers").click();
    h.run();
    h.get_by_label("Back to library").click();
    settle(&mut h);
    assert!(h.query_by_label("In progress").is_none());
    assert!(h.query_by_label_contains("Continue ").is_none());
    // Nor after another restart: the check is newer than the autosave.
    drop(h);
    let h = harness(app(dir.path()));
    assert!(!h.state().state.shared.in_progress(SEED_ID));
    assert!(h.query_by_label("In progress").is_none());
}

#[test]
fn the_recommendation_says_why_in_plain_words_and_stays_until_checked() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut h = harness(app(dir.path()));
    let (first, why) = h
        .state()
        .state
        .shared
        .recommendation()
        .expect("a recommendation");
    assert!(why.starts_with("A good lesson to start with"), "{why}");
    assert!(!why.contains("F1"), "{why}");
    // Checking the recommended lesson moves the recommendation on.
    h.get_by_label("Start it").click();
    settle(&mut h);
    let Page::Lesson(p) = &h.state().state.page else {
        panic!("the recommended lesson opens");
    };
    assert_eq!(p.id, first);
    h.get_by_label("Check my answers").click();
    h.run();
    h.get_by_label("Back to library").click();
    settle(&mut h);
    let (next, why) = h
        .state()
        .state
        .shared
        .recommendation()
        .expect("a recommendation");
    assert_ne!(next, first, "a checked lesson is not recommended again");
    assert!(why.contains("haven't tried"), "{why}");
    assert!(
        !why.contains("F1") && !why.contains("a skill where you score"),
        "{why}"
    );
}
