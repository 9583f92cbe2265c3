//! Picture tests of the article widget: the app is driven headlessly as in the root
//! package's GUI tests, rendered by wgpu (on a machine without a GPU, Mesa's software
//! Vulkan driver, lavapipe), and the article's part of the window is compared with a PNG in
//! `tests/snapshots/`. What the accessibility tree cannot tell (tints, overlaps, badges, the
//! focus ring, the key's outlines, the heat map's shades) shows here, and a change to how
//! the article is painted shows as a diff of those PNGs.
//!
//! Update the pictures after an intended change with
//! `UPDATE_SNAPSHOTS=1 cargo test -p newsmark-pictures`, look at them, and commit them.

use egui::{Key, Pos2, Rect, Vec2, vec2};
use egui_kittest::kittest::Queryable;
use egui_kittest::{Harness, SnapshotOptions};
use newsmark::app::NewsmarkApp;
use newsmark::app::class::{ClassCommand, ClassTab};
use newsmark::app::dialogs::{Dialogs, FakeDialogs, NoDialogs};
use newsmark::app::editing::EditCommand;
use newsmark::app::lesson::{LessonCommand, LessonPage};
use newsmark::app::library::LibraryCommand;
use newsmark::app::state::{AppState, Command, Page, Role, Settings};
use newsmark::model::annotation::{Answer, AnswerSpan};
use newsmark::model::{Label, Span};
use std::path::Path;
use std::sync::Arc;
use std::time::{Duration, Instant};

type H = Harness<'static, NewsmarkApp>;

const SEED: &str = "bundled:001_peace-talks.md";
const SEED_TITLE: &str = "Peace talks: territory against security";
/// The window, as in the root package's GUI tests.
const WINDOW: Vec2 = vec2(1200.0, 800.0);

/// The app on a data folder, in teacher mode (every tool shown).
fn app_with(dir: &Path, dialogs: Arc<dyn Dialogs>, dark: bool) -> NewsmarkApp {
    NewsmarkApp::new(AppState::new(
        Settings {
            role: Some(Role::Teacher),
            dark,
            language: Some("en".into()),
            ..Settings::default()
        },
        Some(dir.to_path_buf()),
        dialogs,
    ))
}

/// egui_kittest's wgpu setup (a CPU adapter first) on Vulkan only: the pictures were made
/// with Mesa's lavapipe, and without a Vulkan driver the harness fails to start ("No
/// adapter found") instead of falling back to OpenGL, which draws a few pixels differently.
fn vulkan() -> egui_wgpu::WgpuSetup {
    let mut setup = egui_kittest::wgpu::default_wgpu_setup();
    if let egui_wgpu::WgpuSetup::CreateNew(new) = &mut setup {
        new.instance_descriptor.backends = egui_wgpu::wgpu::Backends::VULKAN;
    }
    setup
}

/// The app in a harness that renders with wgpu.
fn harness(a: NewsmarkApp) -> H {
    let mut h = Harness::builder()
        .with_size(WINDOW)
        .with_pixels_per_point(1.0)
        .with_step_dt(0.25)
        .with_max_steps(64)
        .with_render_cursor(false)
        .wgpu_setup(vulkan())
        .build_ui_state(|ui, app: &mut NewsmarkApp| app.frame(ui), a);
    settle(&mut h);
    h
}

/// Run frames until background work has finished and the article is laid out.
fn settle(h: &mut H) {
    let until = Instant::now() + Duration::from_secs(60);
    loop {
        // Step, not run: a spinner repaints for as long as work is going on.
        h.step();
        let busy = h.state().state.busy();
        let pending = h.state().views.article.pending() > 0;
        if !busy && !pending {
            h.run();
            return;
        }
        assert!(Instant::now() < until, "background work did not finish");
        std::thread::sleep(Duration::from_millis(2));
    }
}

fn page(h: &H) -> &LessonPage {
    h.state().state.lesson().expect("a lesson is open")
}

fn lesson_cmd(h: &mut H, c: LessonCommand) {
    h.state_mut().state.handle(Command::Lesson(c));
    h.run();
}

/// Open the seed lesson from the library.
fn open_seed(h: &mut H) {
    h.state_mut()
        .state
        .handle(Command::Library(LibraryCommand::Open(SEED.into())));
    settle(h);
    assert!(
        h.state().state.lesson().is_some_and(|l| l.id == SEED),
        "the seed lesson opens: {:?}",
        h.state().state.shared.messages.all()
    );
}

/// The char range of the first occurrence of `needle` in the open lesson's text.
fn find(h: &H, needle: &str) -> (usize, usize) {
    let text = &page(h).lesson.text;
    let byte = text
        .as_str()
        .find(needle)
        .unwrap_or_else(|| panic!("{needle:?} is in the lesson"));
    let start = text.char_of_byte(byte);
    (start, start + needle.chars().count())
}

/// Highlight the first occurrence of `needle` with a label, as a mouse drag and a label
/// key do.
fn mark(h: &mut H, needle: &str, label: Label) {
    let (anchor, to) = find(h, needle);
    lesson_cmd(
        h,
        LessonCommand::Edit(EditCommand::Drag {
            anchor,
            to,
            done: true,
        }),
    );
    lesson_cmd(h, LessonCommand::Edit(EditCommand::Label(label)));
}

fn article_focused(h: &H) -> bool {
    let id = h.state().views.article.id;
    id.is_some() && h.ctx.memory(|m| m.focused()) == id
}

/// Give the keyboard back to the page (the article takes it when the lesson opens) and
/// select no highlight, so the picture shows the highlights alone.
fn leave_article(h: &mut H) {
    lesson_cmd(h, LessonCommand::Edit(EditCommand::Select(None)));
    if article_focused(h) {
        // Escape leaves the article.
        h.key_press(Key::Escape);
        h.run();
    }
    assert!(!article_focused(h), "Escape leaves the article");
}

/// Six highlights in the first paragraph of the seed lesson, two pairs of them overlapping:
/// an Opinion inside a longer Attribution, an Unsupported assertion and an Opinion crossing.
fn overlapping_highlights(h: &mut H) {
    mark(h, "The ongoing standoff", Label::Opinion);
    mark(
        h,
        "according to US Vice President J.D. Vance",
        Label::Attribution,
    );
    mark(
        h,
        "Vance highlighted the stark divide, noting",
        Label::Attribution,
    );
    mark(h, "the stark divide", Label::Opinion);
    mark(
        h,
        "remain mired in irreconcilable positions",
        Label::Opinion,
    );
    mark(
        h,
        "talks have “narrowed to a couple of core issues” but remain mired",
        Label::Unsupported,
    );
    let spans = page(h).editor.spans().count();
    assert_eq!(spans, 6, "six highlights, overlaps kept apart");
    leave_article(h);
}

/// Render the window and compare the part the article widget fills (within the window)
/// with `tests/snapshots/{name}.png`.
fn picture(h: &mut H, name: &str) {
    settle(h);
    let article = h.get_by_label("Article").rect();
    let window = Rect::from_min_size(Pos2::ZERO, WINDOW);
    let part = article.intersect(window);
    assert!(
        part.width() > 100.0 && part.height() > 100.0,
        "the article is in view: {article:?}"
    );
    let image = h
        .render()
        .expect("rendering with wgpu (needs a Vulkan driver: mesa-vulkan-drivers libvulkan1)");
    let ppp = h.ctx.pixels_per_point();
    let (x, y) = (
        (part.min.x * ppp).round() as u32,
        (part.min.y * ppp).round() as u32,
    );
    let w = ((part.width() * ppp).round() as u32).min(image.width() - x);
    let ht = ((part.height() * ppp).round() as u32).min(image.height() - y);
    let cropped = image::imageops::crop_imm(&image, x, y, w, ht).to_image();
    let options = SnapshotOptions::new().output_path(
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests")
            .join("snapshots"),
    );
    egui_kittest::image_snapshot_options(&cropped, name, &options);
}

#[test]
fn overlapping_highlights_light() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut h = harness(app_with(dir.path(), Arc::new(NoDialogs), false));
    open_seed(&mut h);
    overlapping_highlights(&mut h);
    picture(&mut h, "highlights_light");
}

#[test]
fn overlapping_highlights_dark() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut h = harness(app_with(dir.path(), Arc::new(NoDialogs), true));
    open_seed(&mut h);
    overlapping_highlights(&mut h);
    picture(&mut h, "highlights_dark");
}

#[test]
fn the_focus_ring_when_tab_reaches_the_article() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut h = harness(app_with(dir.path(), Arc::new(NoDialogs), false));
    open_seed(&mut h);
    mark(
        &mut h,
        "according to US Vice President J.D. Vance",
        Label::Attribution,
    );
    leave_article(&mut h);
    // From the top of the window (the toolbar first) to the article.
    let mut tabs = 0;
    while !article_focused(&h) {
        assert!(tabs < 80, "Tab from the toolbar reaches the article");
        h.key_press(Key::Tab);
        h.run();
        tabs += 1;
    }
    picture(&mut h, "focus_ring");
}

#[test]
fn the_key_overlay_in_feedback() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut h = harness(app_with(dir.path(), Arc::new(NoDialogs), false));
    open_seed(&mut h);
    // Found, a wrong label, a highlight the key does not have.
    mark(
        &mut h,
        "according to US Vice President J.D. Vance",
        Label::Attribution,
    );
    mark(&mut h, "Vance highlighted", Label::Opinion);
    mark(&mut h, "two critical issues", Label::Unsupported);
    h.get_by_label("Check my answers").click();
    h.run();
    assert!(page(&h).feedback().is_some(), "feedback after the check");
    assert_eq!(
        page(&h).overlay,
        newsmark::app::lesson::Overlay::Both,
        "the check shows both overlays"
    );
    picture(&mut h, "feedback_both");
}

/// Answers of four students to the seed lesson, in `dir`.
fn answers(dir: &Path) {
    let seed = newsmark::service::open_lesson(&newsmark::service::LessonSource::Bundled(
        newsmark::bundled::lessons().next().expect("bundled"),
    ))
    .expect("seed");
    let t = &seed.lesson.text;
    for (name, spans) in [
        (
            "Ana",
            vec![
                (178, 219, Label::Attribution),
                (0, 11, Label::Opinion),
                (0, 20, Label::Attribution),
            ],
        ),
        (
            "Ben",
            vec![
                (178, 219, Label::Attribution),
                (190, 219, Label::Unsupported),
            ],
        ),
        (
            "Cai",
            vec![(178, 219, Label::Attribution), (4, 20, Label::Attribution)],
        ),
        ("Dee", vec![(160, 219, Label::Attribution)]),
    ] {
        let mut a = Answer::new(t, Some("001_peace-talks.md".into()));
        a.student = Some(name.into());
        for (s, e, l) in spans {
            a.spans.push(AnswerSpan::new(t, Span::new(s, e, l)));
        }
        std::fs::write(
            dir.join(format!("{name}.json")),
            newsmark::store::to_json(&a).expect("json"),
        )
        .expect("write");
    }
}

#[test]
fn the_class_heat_map() {
    let data = tempfile::tempdir().expect("tempdir");
    let folder = tempfile::tempdir().expect("tempdir");
    answers(folder.path());
    let dialogs = Arc::new(FakeDialogs::new().then(Some(folder.path().to_path_buf())));
    let mut h = harness(app_with(data.path(), dialogs, false));
    h.get_by_label(&format!("Class results for {SEED_TITLE}"))
        .click();
    h.run();
    // From a folder (the other choice is an LMS's zip).
    h.get_by_label("A folder of hand-ins…").click();
    settle(&mut h);
    let Page::Class(p) = &h.state().state.page else {
        panic!("class page: {:?}", h.state().state.shared.messages.all());
    };
    assert_eq!(p.class.report.students.len(), 4);
    h.state_mut()
        .state
        .handle(Command::Class(ClassCommand::Tab(ClassTab::HeatMap)));
    h.run();
    h.state_mut()
        .state
        .handle(Command::Class(ClassCommand::HeatLabel(Label::Attribution)));
    h.run();
    picture(&mut h, "class_heat_map_attribution");
}
