//! Every page on a small laptop's screen (1024x600) and at the largest text size, the zoom
//! of the whole interface, and the one message area (issue 22, items 4 and 6).

mod common;

use common::{H, app, messages, settle};
use egui::{Rect, vec2};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use newsmark::app::NewsmarkApp;
use newsmark::app::class::{ClassCommand, ClassTab};
use newsmark::app::editing::EditCommand;
use newsmark::app::lesson::LessonCommand;
use newsmark::app::state::{Command, Page, Zoom};
use newsmark::model::Label;
use std::time::{Duration, Instant};

fn harness_at(a: NewsmarkApp, w: f32, h: f32) -> H {
    let mut h = Harness::builder()
        .with_size(vec2(w, h))
        .with_step_dt(0.25)
        .with_max_steps(64)
        .build_ui_state(|ui, app: &mut NewsmarkApp| app.frame(ui), a);
    settle(&mut h);
    h
}

fn screen(h: &H) -> Rect {
    h.ctx.viewport_rect()
}

/// Scroll the node into view; it must then be wholly inside the window.
fn reachable(h: &mut H, label: &str) {
    h.get_by_label(label).scroll_to_me();
    h.run();
    h.run();
    let r = h.get_by_label(label).rect();
    let s = screen(h);
    assert!(
        s.expand(0.5).contains_rect(r),
        "{label:?} at {r:?} is not inside the window {s:?}"
    );
}

fn open_seed(h: &mut H) {
    h.get_by_label("Open 001 · Peace talks: territory against security")
        .scroll_to_me();
    h.run();
    h.get_by_label("Open 001 · Peace talks: territory against security")
        .click();
    settle(h);
    assert!(matches!(h.state().state.page, Page::Lesson(_)));
}

/// Mark the first words of the seed lesson and check.
fn mark_and_check(h: &mut H) {
    let s = &mut h.state_mut().state;
    for (a, b, l) in [(0, 11, Label::Opinion), (178, 219, Label::Attribution)] {
        s.handle(Command::Lesson(LessonCommand::Edit(EditCommand::Drag {
            anchor: a,
            to: b,
            done: true,
        })));
        s.handle(Command::Lesson(LessonCommand::Edit(EditCommand::Label(l))));
    }
    s.handle(Command::Lesson(LessonCommand::Check));
    h.run();
}

fn pages_reach_their_last_controls(w: f32, hgt: f32, zoom_steps: usize) {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut h = harness_at(app(dir.path()), w, hgt);
    for _ in 0..zoom_steps {
        h.state_mut().state.handle(Command::Zoom(Zoom::In));
    }
    h.run();
    // The library: its last control is below the lessons.
    reachable(&mut h, "Open a lesson or answer file…");
    // The lesson, reading and feedback.
    open_seed(&mut h);
    mark_and_check(&mut h);
    reachable(&mut h, "Try again");
    h.get_by_label("Try again").click();
    h.run();
    reachable(&mut h, "Hand in…");
    // The skills profile (it did not scroll at all before).
    h.state_mut().state.handle(Command::ShowLibrary);
    h.run();
    h.state_mut().state.handle(Command::ShowProfile);
    h.run();
    reachable(&mut h, "Export as CSV…");
    reachable(&mut h, "Reset profile…");
}

#[test]
fn every_page_reaches_its_last_control_at_1024_by_600() {
    pages_reach_their_last_controls(1024.0, 600.0, 0);
}

#[test]
fn every_page_reaches_its_last_control_at_1280_by_720_at_the_largest_size() {
    pages_reach_their_last_controls(1280.0, 720.0, 20);
}

#[test]
fn class_results_reach_their_last_control_at_1024_by_600() {
    let data = tempfile::tempdir().expect("tempdir");
    let folder = tempfile::tempdir().expect("tempdir");
    let dialogs = std::sync::Arc::new(
        newsmark::app::dialogs::FakeDialogs::new().then(Some(folder.path().to_path_buf())),
    );
    let mut h = harness_at(common::app_with(data.path(), dialogs), 1024.0, 600.0);
    h.get_by_label("Class results for Peace talks: territory against security")
        .click();
    h.run();
    // From a folder (the other choice is an LMS's zip).
    h.get_by_label("A folder of hand-ins…").click();
    settle(&mut h);
    assert!(matches!(h.state().state.page, Page::Class(_)));
    for tab in [
        ClassTab::Items,
        ClassTab::Figures,
        ClassTab::HeatMap,
        ClassTab::Students,
    ] {
        h.state_mut()
            .state
            .handle(Command::Class(ClassCommand::Tab(tab)));
        h.run();
    }
    reachable(&mut h, "Back to library");
}

/// The text size scales the whole interface: the zoom factor applies to every panel, not
/// only the article.
#[test]
fn the_text_size_scales_the_whole_interface_and_is_remembered() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut h = harness_at(app(dir.path()), 1280.0, 800.0);
    open_seed(&mut h);
    let side = h.get_by_label("Your highlights").rect();
    let side_w = screen(&h).width();
    for _ in 0..3 {
        h.get_by_label("A+").click();
        h.run();
    }
    let zoom = h.state().state.shared.settings.zoom;
    assert!((zoom - 1.3).abs() < 1e-4, "{zoom}");
    assert!((h.ctx.zoom_factor() - zoom).abs() < 1e-4);
    // Measured in points the window is smaller: everything in it is drawn larger.
    assert!(screen(&h).width() < side_w * 0.8);
    let side_zoomed = h.get_by_label("Your highlights").rect();
    assert!(
        (side_zoomed.height() * zoom - side.height() * zoom).abs() < 2.0 * zoom,
        "the side panel's heading keeps its size in points, so it grows on screen"
    );
    h.state_mut().state.tick(Instant::now());
    settle(&mut h);
    let again = app(dir.path());
    assert!((again.state.shared.settings.zoom - 1.3).abs() < 1e-4);
}

/// Settings written by an older version with a larger article text size open at the
/// matching zoom.
#[test]
fn an_older_text_size_becomes_the_zoom() {
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::write(
        dir.path().join("settings.json"),
        r#"{"dark": false, "text_size": 27.0, "student_name": "", "student_id": ""}"#,
    )
    .expect("write");
    let a = app(dir.path());
    assert_eq!(a.state.shared.settings.zoom, 1.5);
    assert_eq!(a.state.shared.settings.text_size, 18.0);
}

#[test]
fn one_message_area_newest_on_top_older_collapsed_notices_fade() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut h = harness_at(app(dir.path()), 1024.0, 600.0);
    let s = &mut h.state_mut().state;
    s.shared.messages.error("Could not read one.json: broken");
    s.shared.messages.notice("Saved the lesson to a.md");
    s.shared.messages.notice("Saved the lesson to b.md");
    h.run();
    // The same kind replaces: one "Saved the lesson" message, the newest.
    assert_eq!(
        messages(&h),
        vec![
            "Could not read one.json: broken".to_string(),
            "Saved the lesson to b.md".to_string()
        ]
    );
    // The newest is shown; the older one is collapsed under "1 earlier message".
    assert!(h.query_by_label("Saved the lesson to b.md").is_some());
    assert!(
        h.query_by_label("Could not read one.json: broken")
            .is_none()
    );
    h.get_by_label("1 earlier message").click();
    h.run();
    assert!(
        h.query_by_label("Could not read one.json: broken")
            .is_some()
    );
    // Notices fade after a few seconds; errors stay until dismissed.
    let later = Instant::now() + Duration::from_secs(9);
    h.state_mut().state.tick(later);
    h.run();
    assert_eq!(
        messages(&h),
        vec!["Could not read one.json: broken".to_string()]
    );
    h.get_by_label("Dismiss the newest message")
        .click_accesskit();
    h.run();
    assert!(messages(&h).is_empty(), "{:?}", messages(&h));
    assert!(h.query_by_label_contains("Dismiss").is_none());
}
