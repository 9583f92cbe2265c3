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
}
