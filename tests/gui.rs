//! The desktop app driven headlessly with egui_kittest: no window, no GPU.

use egui::{Key, Modifiers, Pos2, Rect, vec2};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use newsmark::app::NewsmarkApp;
use newsmark::app::state::{AppState, Mode, NoDialogs, Page, Settings};
use newsmark::model::Label;
use std::path::Path;

fn app(dir: &Path) -> NewsmarkApp {
    NewsmarkApp::new(AppState::new(
        Settings::default(),
        Some(dir.to_path_buf()),
        Box::new(NoDialogs),
    ))
}

fn harness(a: NewsmarkApp) -> Harness<'static, NewsmarkApp> {
    Harness::builder()
        .with_size(vec2(1200.0, 800.0))
        .build_ui_state(|ui, app: &mut NewsmarkApp| app.frame(ui), a)
}

/// Open the first lesson of the library (the seed lesson).
fn open_first(h: &mut Harness<'static, NewsmarkApp>) {
    h.get_by_label("Open Peace talks: territory against security")
        .click();
    h.run();
    assert_eq!(h.state().state.page, Page::Lesson);
}

fn article_rect(h: &Harness<'static, NewsmarkApp>) -> Rect {
    h.get_by_label("Article").rect()
}

/// Drag with the mouse from `a` to `b`.
fn drag(h: &mut Harness<'static, NewsmarkApp>, a: Pos2, b: Pos2) {
    h.drag_at(a);
    h.run();
    h.hover_at(a + (b - a) * 0.5);
    h.run();
    h.hover_at(b);
    h.run();
    h.drop_at(b);
    h.run();
}

#[test]
fn open_a_lesson_from_the_library_and_drag_select_and_label_with_1() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut h = harness(app(dir.path()));
    h.run();
    open_first(&mut h);
    let r = article_rect(&h);
    // Somewhere inside the first paragraph, across a few words.
    let a = r.min + vec2(30.0, 20.0);
    let b = r.min + vec2(260.0, 20.0);
    drag(&mut h, a, b);
    let sel = h.state().state.session.as_ref().and_then(|s| s.selection);
    let (s0, s1) = sel.expect("a selection after dragging");
    let text = h
        .state()
        .state
        .session
        .as_ref()
        .map(|s| s.lesson.text.slice_clamped(s0, s1).to_string())
        .unwrap_or_default();
    assert!(
        !text.starts_with(' ') && !text.ends_with(' ') && !text.ends_with(','),
        "snapped: {text:?}"
    );
    h.key_press(Key::Num1);
    h.run();
    let s = h.state().state.session.as_ref().expect("session");
    assert_eq!(s.spans.len(), 1);
    assert_eq!(s.spans[0].label, Label::Attribution);
    assert_eq!((s.spans[0].start, s.spans[0].end), (s0, s1));
    assert!(s.selection.is_none());
    // The article is laid out once per change: a steady frame lays out no block.
    h.step();
    assert_eq!(session(&h).article.relayouts_last_frame, 0);
}

fn session<'h>(h: &'h Harness<'static, NewsmarkApp>) -> &'h newsmark::app::state::Session {
    h.state().state.session.as_ref().expect("a lesson is open")
}

/// Give the article keyboard focus by clicking into it.
fn focus_article(h: &mut Harness<'static, NewsmarkApp>) {
    h.get_by_label("Article").click();
    h.run();
}

/// Select chars `range` (as a drag or Shift+arrows would) and press a label key.
fn label_range(h: &mut Harness<'static, NewsmarkApp>, range: (usize, usize), key: Key) {
    h.state_mut()
        .state
        .session
        .as_mut()
        .expect("a lesson is open")
        .selection = Some(range);
    h.key_press(key);
    h.run();
}

#[test]
fn highlight_with_the_keyboard_only() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut h = harness(app(dir.path()));
    h.run();
    open_first(&mut h);
    h.get_by_label("Article").focus();
    h.run();
    // Caret to the start, then select the first two words with Shift+Ctrl+Right.
    h.key_press(Key::Home);
    h.run();
    h.state_mut().state.session.as_mut().expect("open").caret = 0;
    h.key_press_modifiers(Modifiers::SHIFT | Modifiers::COMMAND, Key::ArrowRight);
    h.run();
    h.key_press_modifiers(Modifiers::SHIFT | Modifiers::COMMAND, Key::ArrowRight);
    h.run();
    assert_eq!(
        session(&h).selection,
        Some((0, 11)),
        "“The ongoing” selected"
    );
    h.key_press(Key::Num2);
    h.run();
    let s = session(&h);
    assert_eq!(s.spans.len(), 1);
    assert_eq!(
        (s.spans[0].start, s.spans[0].end, s.spans[0].label),
        (0, 11, Label::Opinion)
    );
    // Move on by words without Shift, then select one word with Shift+Ctrl+Right and label 3.
    h.key_press_modifiers(Modifiers::COMMAND, Key::ArrowRight);
    h.run();
    h.key_press_modifiers(Modifiers::SHIFT | Modifiers::COMMAND, Key::ArrowRight);
    h.run();
    h.key_press(Key::Num3);
    h.run();
    let s = session(&h);
    assert_eq!(s.spans.len(), 2);
    assert_eq!(
        s.lesson
            .text
            .slice_clamped(s.spans[1].start, s.spans[1].end),
        "standoff"
    );
    // Tab walks the highlights; Delete removes the selected one.
    h.key_press(Key::Tab);
    h.run();
    let sel = session(&h).selected;
    assert!(sel.is_some(), "Tab selects a highlight");
    h.key_press(Key::Delete);
    h.run();
    assert_eq!(session(&h).spans.len(), 1);
}

#[test]
fn relabel_delete_undo_redo() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut h = harness(app(dir.path()));
    h.run();
    open_first(&mut h);
    focus_article(&mut h);
    label_range(&mut h, (178, 219), Key::Num1);
    assert_eq!(session(&h).spans.len(), 1);
    // Select it from the list and relabel it with the side panel.
    h.get_by_label("according to US Vice President J.D. Vance")
        .click();
    h.run();
    assert_eq!(session(&h).selected, Some(0));
    h.get_by_label("O Opinion").click();
    h.run();
    assert_eq!(session(&h).spans[0].label, Label::Opinion);
    h.get_by_label("Delete highlight").click();
    h.run();
    assert!(session(&h).spans.is_empty());
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    assert_eq!(session(&h).spans.len(), 1);
    assert_eq!(session(&h).spans[0].label, Label::Opinion);
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    assert_eq!(session(&h).spans[0].label, Label::Attribution);
    h.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::Z);
    h.run();
    assert_eq!(session(&h).spans[0].label, Label::Opinion);
    h.get_by_label("Redo").click();
    h.run();
    assert!(session(&h).spans.is_empty());
}

#[test]
fn check_answers_shows_items_and_try_again_keeps_highlights() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut h = harness(app(dir.path()));
    h.run();
    open_first(&mut h);
    focus_article(&mut h);
    label_range(&mut h, (178, 219), Key::Num1);
    h.get_by_label("Check my answers").click();
    h.run();
    let s = session(&h);
    assert_eq!(s.mode, Mode::Feedback);
    let f = s.feedback.as_ref().expect("feedback");
    assert_eq!(f.score.items.len(), 39);
    // The item we found is listed as found, with its rationale.
    assert!(
        h.query_by_label_contains("A named source plus the cue")
            .is_some()
    );
    assert!(
        h.query_by_label("“according to US Vice President J.D. Vance”")
            .is_some()
    );
    assert!(h.query_by_label_contains("Key items: 1 found").is_some());
    // Progress was recorded.
    let (best, attempts) = h.state().state.progress_of("bundled:001_peace-talks.md");
    assert_eq!(attempts, 1);
    assert!(best.is_some_and(|b| b > 0.0));
    h.get_by_label("key").click();
    h.run();
    // Labelling keys do nothing while the checked answer is shown.
    label_range(&mut h, (0, 3), Key::Num2);
    assert_eq!(session(&h).spans.len(), 1);
    h.get_by_label("Try again").click();
    h.run();
    assert_eq!(session(&h).mode, Mode::Reading);
    assert_eq!(session(&h).spans.len(), 1);
}

#[test]
fn highlighting_everything_gets_the_indiscriminate_warning() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut h = harness(app(dir.path()));
    h.run();
    open_first(&mut h);
    focus_article(&mut h);
    let n = session(&h).lesson.text.char_len();
    for l in [Key::Num1, Key::Num2, Key::Num3] {
        label_range(&mut h, (0, n), l);
    }
    h.get_by_label("Check my answers").click();
    h.run();
    assert!(
        session(&h)
            .feedback
            .as_ref()
            .is_some_and(|f| f.score.indiscriminate)
    );
    assert!(
        h.query_by_label_contains("about as much as chance")
            .is_some()
    );
}

#[test]
fn autosave_restores_the_answer_after_a_restart() {
    let dir = tempfile::tempdir().expect("tempdir");
    {
        let mut h = harness(app(dir.path()));
        h.run();
        open_first(&mut h);
        focus_article(&mut h);
        label_range(&mut h, (178, 219), Key::Num1);
        // The autosave is due within a second of the change; simulate the clock passing.
        let later = std::time::Instant::now() + std::time::Duration::from_secs(2);
        assert!(h.state_mut().state.tick(later).is_none());
        // The process "dies" here: no orderly shutdown.
    }
    let saved = newsmark::store::progress::autosave_path(dir.path(), "bundled:001_peace-talks.md");
    assert!(
        saved.is_file(),
        "autosave written atomically to {}",
        saved.display()
    );
    let mut h = harness(app(dir.path()));
    h.run();
    open_first(&mut h);
    let s = session(&h);
    assert_eq!(s.spans.len(), 1);
    assert_eq!(
        (s.spans[0].start, s.spans[0].end, s.spans[0].label),
        (178, 219, Label::Attribution)
    );
}

#[test]
fn text_size_and_theme_change() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut h = harness(app(dir.path()));
    h.run();
    let before = h.state().state.settings.text_size;
    h.key_press_modifiers(Modifiers::COMMAND, Key::Plus);
    h.run();
    assert!(h.state().state.settings.text_size > before);
    h.key_press_modifiers(Modifiers::COMMAND, Key::Minus);
    h.run();
    assert_eq!(h.state().state.settings.text_size, before);
    h.get_by_label("Dark theme").click();
    h.run();
    assert!(h.state().state.settings.dark);
    open_first(&mut h);
    h.get_by_label("Light theme").click();
    h.run();
    assert!(!h.state().state.settings.dark);
}
