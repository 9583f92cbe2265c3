//! GUI frame costs measured headlessly (egui without a window): CPU time per steady frame
//! for the seed lesson with 60 highlights and for a generated 50,000-word article with 5,000
//! highlights, the time to open that article, the time until a new highlight is shown, and
//! the frames while that article's Markdown is typed in the workshop.
//!
//! Run with `cargo bench --bench frames`.

use egui::{Context, RawInput, Rect, pos2, vec2};
use newsmark::app::NewsmarkApp;
use newsmark::app::dialogs::NoDialogs;
use newsmark::app::editing::{EditCommand, SpanEditor};
use newsmark::app::lesson::LessonCommand;
use newsmark::app::state::{AppState, Command, Page, Settings};
use newsmark::model::annotation::AnswerSpan;
use newsmark::model::{Label, Span};
use std::sync::Arc;
use std::time::{Duration, Instant};

fn input() -> RawInput {
    RawInput {
        screen_rect: Some(Rect::from_min_size(pos2(0.0, 0.0), vec2(1280.0, 800.0))),
        ..Default::default()
    }
}

fn frame(ctx: &Context, app: &mut NewsmarkApp, raw: RawInput) -> Duration {
    let t = Instant::now();
    let _ = ctx.run_ui(raw, |ui| app.frame(ui));
    t.elapsed()
}

fn steady(ctx: &Context, app: &mut NewsmarkApp, n: usize) -> Duration {
    // Until the incremental layout has caught up, frames are not steady.
    while app.views.article.pending() > 0 {
        frame(ctx, app, input());
    }
    for _ in 0..5 {
        frame(ctx, app, input());
    }
    let mut total = Duration::ZERO;
    for _ in 0..n {
        total += frame(ctx, app, input());
    }
    total / n as u32
}

fn scrolling(ctx: &Context, app: &mut NewsmarkApp, n: usize) -> Duration {
    let mut total = Duration::ZERO;
    for _ in 0..n {
        let mut raw = input();
        raw.events
            .push(egui::Event::PointerMoved(pos2(400.0, 400.0)));
        raw.events.push(egui::Event::MouseWheel {
            unit: egui::MouseWheelUnit::Point,
            delta: vec2(0.0, -120.0),
            modifiers: egui::Modifiers::NONE,
            phase: egui::TouchPhase::Move,
            source: egui::MouseWheelSource::Wheel,
        });
        total += frame(ctx, app, raw);
    }
    total / n as u32
}

fn add_highlights(app: &mut NewsmarkApp, count: usize) {
    let Page::Lesson(s) = &mut app.state.page else {
        return;
    };
    let words = s.lesson.text.words();
    let step = (words.len() / count).max(1);
    let mut spans = Vec::new();
    for (i, w) in words.iter().step_by(step).take(count).enumerate() {
        let end = words
            .get(words.iter().position(|x| x == w).unwrap_or(0) + 2)
            .map_or(w.1, |x| x.1);
        spans.push(AnswerSpan::new(
            &s.lesson.text,
            Span::new(w.0, end, Label::ALL[i % 3]),
        ));
    }
    let rev = s.editor.rev + 1;
    s.editor = SpanEditor::new(spans);
    s.editor.rev = rev;
}

/// Open a lesson and wait for the worker to read it; frames go on meanwhile.
fn open(ctx: &Context, app: &mut NewsmarkApp, cmd: Command) {
    app.state.handle(cmd);
    while app.state.busy() || app.state.lesson().is_none() {
        std::thread::sleep(Duration::from_millis(1));
        frame(ctx, app, input());
    }
}

fn new_highlight(ctx: &Context, app: &mut NewsmarkApp) -> Duration {
    let Some(s) = app.state.lesson() else {
        return Duration::ZERO;
    };
    let words = s.lesson.text.words();
    let mid = words.get(words.len() / 3).copied().unwrap_or((0, 1));
    app.state
        .handle(Command::Lesson(LessonCommand::Edit(EditCommand::Drag {
            anchor: mid.0,
            to: mid.1,
            done: true,
        })));
    app.state
        .handle(Command::Lesson(LessonCommand::ScrollTo(mid.0)));
    frame(ctx, app, input());
    let t = Instant::now();
    app.state
        .handle(Command::Lesson(LessonCommand::Edit(EditCommand::Label(
            Label::Opinion,
        ))));
    frame(ctx, app, input());
    t.elapsed()
}

fn generated_article(words: usize) -> String {
    let vocab = [
        "the",
        "minister",
        "said",
        "that",
        "reform",
        "critics",
        "claimed",
        "a",
        "disaster",
        "officials",
        "according",
        "to",
        "report",
        "growing",
        "concern",
        "analysts",
        "warn",
        "budget",
        "city",
        "council",
        "voted",
        "on",
        "Tuesday",
        "after",
        "months",
        "of",
        "debate",
    ];
    let mut out = String::from("+++\ntitle = \"Generated long article\"\n+++\n\n");
    let mut x: u64 = 7;
    for i in 0..words {
        x = x
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        out.push_str(vocab[(x >> 33) as usize % vocab.len()]);
        out.push(if i % 17 == 16 { '.' } else { ' ' });
        if i % 120 == 119 {
            out.push_str("\n\n");
        } else if i % 17 == 16 {
            out.push(' ');
        }
    }
    out
}

/// Frames 1/60 s apart on a clock of their own: the workshop's preview waits for a pause in
/// typing, measured in the frames' time.
struct Clock {
    now: f64,
}

impl Clock {
    const DT: f64 = 1.0 / 60.0;

    /// One frame at the clock's time with these events; the clock moves on a frame.
    fn frame(
        &mut self,
        ctx: &Context,
        app: &mut NewsmarkApp,
        events: Vec<egui::Event>,
    ) -> Duration {
        let mut raw = input();
        raw.time = Some(self.now);
        raw.predicted_dt = Self::DT as f32;
        raw.events = events;
        self.now += Self::DT;
        frame(ctx, app, raw)
    }
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1e3
}

fn mean(v: &[Duration]) -> Duration {
    v.iter().sum::<Duration>() / v.len().max(1) as u32
}

fn longest(v: &[Duration]) -> Duration {
    v.iter().copied().max().unwrap_or_default()
}

fn page(app: &NewsmarkApp) -> &newsmark::app::authoring::AuthoringPage {
    app.state.authoring().expect("the workshop is open")
}

/// Typing in the workshop's Article tab on the 50,000-word lesson at `path`: a key every
/// seven frames (about 117 ms, a quick typist), the CPU time of the frame that takes the
/// key and of the frames between keys; then, once typing pauses, the frame that reads the
/// article again for the preview and the frames that lay the new preview out.
fn workshop_typing(path: &std::path::Path) {
    use newsmark::app::authoring::{AuthoringPage, Tab, load};
    let ctx = Context::default();
    let mut app = NewsmarkApp::new(AppState::new(
        Settings::default(),
        None,
        Arc::new(NoDialogs),
    ));
    let mut clock = Clock { now: 0.0 };
    clock.frame(&ctx, &mut app, Vec::new());
    let source = newsmark::service::LessonSource::File(path.to_path_buf());
    let w = load::from_lesson(&source).expect("the workshop reads the lesson");
    let mut workshop = AuthoringPage::from_workshop(w, 1);
    workshop.tab = Tab::Article;
    app.state.page = Page::Authoring(Box::new(workshop));
    for _ in 0..5 {
        clock.frame(&ctx, &mut app, Vec::new());
    }
    while app.views.authoring.preview.pending() > 0 {
        clock.frame(&ctx, &mut app, Vec::new());
    }
    let steady: Vec<Duration> = (0..60)
        .map(|_| clock.frame(&ctx, &mut app, Vec::new()))
        .collect();
    // A click into the Markdown editor (the left half, below its heading) gives it the keys.
    let at = pos2(300.0, 400.0);
    let button = |pressed| egui::Event::PointerButton {
        pos: at,
        button: egui::PointerButton::Primary,
        pressed,
        modifiers: egui::Modifiers::NONE,
    };
    clock.frame(
        &ctx,
        &mut app,
        vec![egui::Event::PointerMoved(at), button(true)],
    );
    clock.frame(&ctx, &mut app, vec![button(false)]);
    clock.frame(&ctx, &mut app, Vec::new());
    assert!(
        ctx.memory(|m| m.focused().is_some()),
        "the Markdown editor has the keyboard"
    );
    let (len, rev) = (page(&app).draft.body.len(), page(&app).preview_rev);
    let keys = 60;
    let mut key_frames = Vec::new();
    let mut between = Vec::new();
    for k in 0..keys {
        let c = if k % 6 == 5 { " " } else { "e" };
        key_frames.push(clock.frame(&ctx, &mut app, vec![egui::Event::Text(c.into())]));
        for _ in 0..6 {
            between.push(clock.frame(&ctx, &mut app, Vec::new()));
        }
    }
    assert_eq!(
        page(&app).draft.body.len(),
        len + keys,
        "every key is in the Markdown"
    );
    assert_eq!(
        page(&app).preview_rev,
        rev,
        "the preview waits for a pause in typing"
    );
    // Typing pauses: frames go on until the preview has read the article again and laid
    // it out.
    let mut pause = Vec::new();
    while page(&app).preview_stale {
        pause.push(clock.frame(&ctx, &mut app, Vec::new()));
        assert!(pause.len() < 600, "the preview did not catch up");
    }
    let waited = pause.len();
    let reread = pause.last().copied().unwrap_or_default();
    let mut layout = vec![clock.frame(&ctx, &mut app, Vec::new())];
    while app.views.authoring.preview.pending() > 0 {
        layout.push(clock.frame(&ctx, &mut app, Vec::new()));
    }
    assert_eq!(page(&app).preview_rev, rev + 1);
    assert!(page(&app).preview.text.as_str().contains("eeeee"));
    // What every key used to cost on top: reading the whole article again.
    let t = Instant::now();
    for _ in 0..5 {
        let _ = page(&app).draft.lesson().expect("the article reads");
    }
    let parse = t.elapsed() / 5;
    let words = page(&app).draft.body.split_whitespace().count();
    println!(
        "workshop, Article tab, {words}-word lesson: {:.3} ms per steady frame",
        ms(mean(&steady))
    );
    println!(
        "workshop, Article tab, {words}-word lesson, typing ({keys} keys, a key every 7 frames): {:.2} ms per frame with a key (longest {:.2} ms), {:.3} ms per frame between keys (longest {:.2} ms)",
        ms(mean(&key_frames)),
        ms(longest(&key_frames)),
        ms(mean(&between)),
        ms(longest(&between))
    );
    println!(
        "workshop, Article tab, {words}-word lesson: preview read again {:.0} ms after the last key in a {:.1} ms frame, then laid out over {} frames (longest {:.1} ms); reading the article takes {:.1} ms (formerly on every key)",
        (waited + 6) as f64 * Clock::DT * 1e3,
        ms(reread),
        layout.len(),
        ms(longest(&layout)),
        ms(parse)
    );
}

/// The class results page with 1,000 students: grading the folder and opening the page,
/// then frames on each part.
fn class_view() {
    use newsmark::app::class::{ClassCommand, ClassPage, ClassTab};
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let lesson_path = root.join("lessons/001_peace-talks.md");
    let (lesson, key) = newsmark::service::lesson_with_key(
        &lesson_path,
        &newsmark::store::key_path_for(&lesson_path),
    )
    .expect("seed");
    let dir = tempfile::tempdir().expect("tempdir");
    let words = lesson.text.words();
    let mut x: u64 = 11;
    for i in 0..1000 {
        let mut a = newsmark::model::Answer::new(&lesson.text, Some("001_peace-talks.md".into()));
        a.student = Some(format!("Student {i:04}"));
        for k in &key.spans {
            x = x
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            if !(x >> 33).is_multiple_of(3) {
                a.spans.push(AnswerSpan::new(&lesson.text, k.span));
            }
        }
        x = x
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        let w = words[(x >> 33) as usize % words.len()];
        a.spans.push(AnswerSpan::new(
            &lesson.text,
            Span::new(w.0, w.1, Label::Opinion),
        ));
        std::fs::write(
            dir.path().join(format!("s{i:04}.json")),
            newsmark::store::to_json(&a).expect("json"),
        )
        .expect("write");
    }
    let ctx = Context::default();
    let mut app = NewsmarkApp::new(AppState::new(
        Settings::default(),
        None,
        Arc::new(NoDialogs),
    ));
    frame(&ctx, &mut app, input());
    let t = Instant::now();
    let graded = newsmark::app::class::grade("001_peace-talks.md", &lesson, &key, dir.path(), None)
        .expect("the folder is read");
    let page = ClassPage::new(
        "001_peace-talks.md".into(),
        lesson,
        key,
        graded,
        dir.path().to_path_buf(),
        1,
    );
    app.state.page = Page::Class(Box::new(page));
    frame(&ctx, &mut app, input());
    println!(
        "class view, 1,000 students: graded, opened and first frame drawn in {:.0} ms",
        t.elapsed().as_secs_f64() * 1e3
    );
    for (tab, name) in [
        (ClassTab::Students, "students table"),
        (ClassTab::Items, "key items"),
        (ClassTab::Figures, "confusion and histogram"),
        (ClassTab::HeatMap, "class heat map"),
    ] {
        app.state.handle(Command::Class(ClassCommand::Tab(tab)));
        let per = steady(&ctx, &mut app, 50);
        let scroll = scrolling(&ctx, &mut app, 50);
        println!(
            "class view, 1,000 students, {name}: {:.2} ms per steady frame, {:.2} ms scrolling",
            per.as_secs_f64() * 1e3,
            scroll.as_secs_f64() * 1e3
        );
    }
}

/// The library with 500 lessons of the teacher's own besides the bundled ones: a steady
/// frame, a frame while scrolling, and the frame after a search is typed.
fn library_500() {
    let dir = tempfile::tempdir().expect("tempdir");
    let lessons = dir.path().join("lessons");
    std::fs::create_dir_all(&lessons).expect("lessons folder");
    let seed = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("lessons/003_bike-lane.md"),
    )
    .expect("a lesson");
    for i in 0..500 {
        let text = seed.replacen("title = \"", &format!("title = \"Lesson {i:03}: "), 1);
        std::fs::write(lessons.join(format!("l{i:03}.md")), text).expect("write");
    }
    let ctx = Context::default();
    let settings = Settings {
        role: Some(newsmark::app::state::Role::Teacher),
        ..Settings::default()
    };
    let mut app = NewsmarkApp::new(AppState::new(
        settings,
        Some(dir.path().to_path_buf()),
        Arc::new(NoDialogs),
    ));
    let t = Instant::now();
    while app.state.shared.catalogue.len() < 500 || app.state.busy() {
        std::thread::sleep(Duration::from_millis(1));
        frame(&ctx, &mut app, input());
    }
    let listed = t.elapsed();
    let n = app.state.shared.catalogue.len();
    for _ in 0..5 {
        frame(&ctx, &mut app, input());
    }
    let mut total = Duration::ZERO;
    for _ in 0..50 {
        total += frame(&ctx, &mut app, input());
    }
    let per = total / 50;
    let scroll = scrolling(&ctx, &mut app, 50);
    app.state.handle(Command::Library(
        newsmark::app::library::LibraryCommand::Filter(newsmark::service::filter::LibraryFilter {
            text: "lesson 42".into(),
            ..Default::default()
        }),
    ));
    let searched = frame(&ctx, &mut app, input());
    println!(
        "library, {n} lessons: listed in {:.0} ms; {:.2} ms per steady frame, {:.2} ms scrolling, {:.2} ms for the frame after a search",
        listed.as_secs_f64() * 1e3,
        per.as_secs_f64() * 1e3,
        scroll.as_secs_f64() * 1e3,
        searched.as_secs_f64() * 1e3
    );
}

fn main() {
    library_500();
    class_view();
    let ctx = Context::default();
    let mut app = NewsmarkApp::new(AppState::new(
        Settings::default(),
        None,
        Arc::new(NoDialogs),
    ));
    frame(&ctx, &mut app, input());
    open(
        &ctx,
        &mut app,
        Command::Library(newsmark::app::library::LibraryCommand::Open(
            "bundled:001_peace-talks.md".into(),
        )),
    );
    add_highlights(&mut app, 60);
    let per = steady(&ctx, &mut app, 200);
    println!(
        "seed lesson, 60 highlights: {:.3} ms per steady frame",
        per.as_secs_f64() * 1e3
    );
    let per = scrolling(&ctx, &mut app, 100);
    println!(
        "seed lesson, 60 highlights: {:.3} ms per frame while scrolling",
        per.as_secs_f64() * 1e3
    );
    println!(
        "seed lesson: new highlight shown after {:.2} ms",
        new_highlight(&ctx, &mut app).as_secs_f64() * 1e3
    );

    // The typical lesson of the quality bars: 1,500 words, 60 highlights.
    let dir = tempfile::tempdir().expect("tempdir");
    let typical = dir.path().join("typical.md");
    std::fs::write(&typical, generated_article(1_500)).expect("write");
    let ctx = Context::default();
    let mut app = NewsmarkApp::new(AppState::new(
        Settings::default(),
        None,
        Arc::new(NoDialogs),
    ));
    frame(&ctx, &mut app, input());
    open(&ctx, &mut app, Command::OpenPath(typical));
    add_highlights(&mut app, 60);
    let per = steady(&ctx, &mut app, 200);
    let scroll = scrolling(&ctx, &mut app, 100);
    println!(
        "1,500-word lesson, 60 highlights: {:.3} ms per steady frame, {:.3} ms scrolling",
        per.as_secs_f64() * 1e3,
        scroll.as_secs_f64() * 1e3
    );

    let path = dir.path().join("long.md");
    std::fs::write(&path, generated_article(50_000)).expect("write");
    let ctx = Context::default();
    let mut app = NewsmarkApp::new(AppState::new(
        Settings::default(),
        None,
        Arc::new(NoDialogs),
    ));
    open_long(&ctx, &mut app, &path, "50,000-word article");
    add_highlights(&mut app, 5_000);
    let t = Instant::now();
    frame(&ctx, &mut app, input());
    let first = t.elapsed();
    let mut frames = 1;
    while app.views.article.pending() > 0 {
        frame(&ctx, &mut app, input());
        frames += 1;
    }
    println!(
        "50,000-word article: 5,000 highlights shown in view after {:.1} ms, all laid out after {frames} frames ({:.1} ms)",
        first.as_secs_f64() * 1e3,
        t.elapsed().as_secs_f64() * 1e3
    );
    let n = app.state.lesson().map_or(0, |s| s.editor.len());
    let per = steady(&ctx, &mut app, 100);
    println!(
        "50,000-word article, {n} highlights: {:.3} ms per steady frame",
        per.as_secs_f64() * 1e3
    );
    let per = scrolling(&ctx, &mut app, 100);
    println!(
        "50,000-word article, {n} highlights: {:.3} ms per frame while scrolling",
        per.as_secs_f64() * 1e3
    );
    println!(
        "50,000-word article: new highlight shown after {:.2} ms",
        new_highlight(&ctx, &mut app).as_secs_f64() * 1e3
    );
    // The same lesson with a screen reader connected (AccessKit's tree built every frame).
    accesskit_long(&dir.path().join("long.md"));
    // The same lesson in the workshop (its file is still there).
    workshop_typing(&dir.path().join("long.md"));
}

/// Open the long lesson and lay out the rest of it frame by frame, printing the time to the
/// first frame and the longest frame after it.
fn open_long(ctx: &Context, app: &mut NewsmarkApp, path: &std::path::Path, what: &str) {
    frame(ctx, app, input());
    let t = Instant::now();
    open(ctx, app, Command::OpenPath(path.to_path_buf()));
    frame(ctx, app, input());
    println!(
        "{what}: read in the background and first frame drawn in {:.1} ms",
        t.elapsed().as_secs_f64() * 1e3
    );
    let mut worst = Duration::ZERO;
    let mut frames = 0;
    while app.views.article.pending() > 0 {
        worst = worst.max(frame(ctx, app, input()));
        frames += 1;
    }
    println!(
        "{what}: rest laid out over {frames} frames, longest {:.1} ms",
        worst.as_secs_f64() * 1e3
    );
}

/// The 50,000-word lesson with assistive technology connected: egui then builds the
/// AccessKit tree every frame, with the article's paragraphs as text runs, caret and
/// selection.
fn accesskit_long(path: &std::path::Path) {
    let ctx = Context::default();
    ctx.enable_accesskit();
    let mut app = NewsmarkApp::new(AppState::new(
        Settings::default(),
        None,
        Arc::new(NoDialogs),
    ));
    open_long(&ctx, &mut app, path, "50,000-word article, AccessKit on");
    add_highlights(&mut app, 500);
    let per = steady(&ctx, &mut app, 100);
    let scroll = scrolling(&ctx, &mut app, 100);
    println!(
        "50,000-word article, AccessKit on, 500 highlights: {:.3} ms per steady frame, {:.3} ms scrolling",
        per.as_secs_f64() * 1e3,
        scroll.as_secs_f64() * 1e3
    );
    println!(
        "50,000-word article, AccessKit on: new highlight shown after {:.2} ms",
        new_highlight(&ctx, &mut app).as_secs_f64() * 1e3
    );
}
