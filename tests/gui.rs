//! The desktop app driven headlessly with egui_kittest: no window, no GPU. File dialogs
//! are answered by [`FakeDialogs`]; background work is waited for with [`settle`].

mod common;

use egui::{Key, Modifiers, Pos2, Rect, vec2};
use egui_kittest::kittest::Queryable;
use newsmark::app::dialogs::{FakeDialogs, Purpose};
use newsmark::app::editing::EditCommand;
use newsmark::app::lesson::{LessonCommand, LessonPage, Mode};
use newsmark::app::state::{Command, Page};
use newsmark::model::annotation::{Answer, AnswerSpan, Key as AnswerKey, KeyItem};
use newsmark::model::{Label, Lesson, LessonFormat, Span};
use std::path::Path;
use std::sync::Arc;
use std::time::{Duration, Instant};

use common::{H, app, app_with, harness, harness_dt, settle};

fn page(h: &H) -> &LessonPage {
    h.state().state.lesson().expect("a lesson is open")
}

fn lesson_cmd(h: &mut H, c: LessonCommand) {
    h.state_mut().state.handle(Command::Lesson(c));
    h.run();
}

/// Open the first lesson of the library (the seed lesson).
fn open_first(h: &mut H) {
    h.get_by_label("Open 001 · Peace talks: territory against security")
        .click();
    settle(h);
    assert!(matches!(h.state().state.page, Page::Lesson(_)));
}

fn article_rect(h: &H) -> Rect {
    h.get_by_label("Article").rect()
}

/// Drag with the mouse from `a` to `b`.
fn drag(h: &mut H, a: Pos2, b: Pos2) {
    h.drag_at(a);
    h.run();
    h.hover_at(a + (b - a) * 0.5);
    h.run();
    h.hover_at(b);
    h.run();
    h.drop_at(b);
    h.run();
}

/// Select chars `range` as a mouse drag does and press a label key.
fn label_range(h: &mut H, range: (usize, usize), key: Key) {
    lesson_cmd(
        h,
        LessonCommand::Edit(EditCommand::Drag {
            anchor: range.0,
            to: range.1,
            done: true,
        }),
    );
    h.key_press(key);
    h.run();
}

fn spans(h: &H) -> Vec<(usize, usize, Label)> {
    page(h)
        .editor
        .spans()
        .map(|s| (s.start, s.end, s.label))
        .collect()
}

/// Give the article keyboard focus by clicking into it.
fn focus_article(h: &mut H) {
    h.get_by_label("Article").click();
    h.run();
}

#[test]
fn open_a_lesson_from_the_library_and_drag_select_and_label_with_1() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut h = harness(app(dir.path()));
    open_first(&mut h);
    let r = article_rect(&h);
    // Somewhere inside the first paragraph, across a few words.
    let a = r.min + vec2(30.0, 20.0);
    let b = r.min + vec2(260.0, 20.0);
    drag(&mut h, a, b);
    let (s0, s1) = page(&h)
        .editor
        .selection
        .expect("a selection after dragging");
    let text = page(&h).lesson.text.slice_clamped(s0, s1).to_string();
    assert!(
        !text.starts_with(' ') && !text.ends_with(' ') && !text.ends_with(','),
        "snapped: {text:?}"
    );
    h.key_press(Key::Num1);
    h.run();
    assert_eq!(spans(&h), vec![(s0, s1, Label::Attribution)]);
    assert!(page(&h).editor.selection.is_none());
    // The article is laid out once per change: a steady frame lays out no block.
    h.step();
    assert_eq!(h.state().views.article.relayouts_last_frame(), 0);
}

#[test]
fn highlight_with_the_keyboard_only() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut h = harness(app(dir.path()));
    open_first(&mut h);
    assert!(tab_into_article(&mut h), "Tab reaches the article");
    // Caret to the start of the article, then select the first two words.
    h.key_press_modifiers(Modifiers::COMMAND, Key::Home);
    h.run();
    assert_eq!(page(&h).editor.caret, 0);
    h.key_press_modifiers(Modifiers::SHIFT | Modifiers::COMMAND, Key::ArrowRight);
    h.run();
    h.key_press_modifiers(Modifiers::SHIFT | Modifiers::COMMAND, Key::ArrowRight);
    h.run();
    assert_eq!(
        page(&h).editor.selection,
        Some((0, 11)),
        "“The ongoing” selected"
    );
    h.key_press(Key::Num2);
    h.run();
    assert_eq!(spans(&h), vec![(0, 11, Label::Opinion)]);
    // Move on by words without Shift, then select one word with Shift+Ctrl+Right and label 3.
    h.key_press_modifiers(Modifiers::COMMAND, Key::ArrowRight);
    h.run();
    h.key_press_modifiers(Modifiers::SHIFT | Modifiers::COMMAND, Key::ArrowRight);
    h.run();
    h.key_press(Key::Num3);
    h.run();
    let s = spans(&h);
    assert_eq!(s.len(), 2);
    assert_eq!(
        page(&h).lesson.text.slice_clamped(s[1].0, s[1].1),
        "standoff"
    );
    // Tab walks the highlights; Delete removes the selected one.
    h.key_press(Key::Tab);
    h.run();
    assert!(
        page(&h).editor.selected.is_some(),
        "Tab selects a highlight"
    );
    h.key_press(Key::Delete);
    h.run();
    assert_eq!(spans(&h).len(), 1);
}

#[test]
fn relabel_delete_undo_redo() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut h = harness(app(dir.path()));
    open_first(&mut h);
    focus_article(&mut h);
    label_range(&mut h, (178, 219), Key::Num1);
    assert_eq!(spans(&h).len(), 1);
    // Select it from the list and relabel it with the side panel.
    h.get_by_label("according to US Vice President J.D. Vance")
        .click();
    h.run();
    assert!(page(&h).editor.selected.is_some());
    h.get_by_label("O Opinion").click();
    h.run();
    assert_eq!(spans(&h), vec![(178, 219, Label::Opinion)]);
    h.get_by_label("Delete highlight").click();
    h.run();
    assert!(spans(&h).is_empty());
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    assert_eq!(spans(&h), vec![(178, 219, Label::Opinion)]);
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    assert_eq!(spans(&h), vec![(178, 219, Label::Attribution)]);
    h.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::Z);
    h.run();
    assert_eq!(spans(&h), vec![(178, 219, Label::Opinion)]);
    h.get_by_label("Redo").click();
    h.run();
    assert!(spans(&h).is_empty());
}

#[test]
fn a_note_typed_in_one_go_is_undone_in_one_step() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut h = harness(app(dir.path()));
    open_first(&mut h);
    focus_article(&mut h);
    label_range(&mut h, (178, 219), Key::Num1);
    h.get_by_label("Note on the selected highlight").click();
    h.run();
    h.get_by_label("Note on the selected highlight")
        .type_text("named source");
    h.run();
    let note = |h: &H| page(h).editor.spans().next().and_then(|s| s.note.clone());
    assert_eq!(note(&h).as_deref(), Some("named source"));
    h.get_by_label("Undo").click();
    h.run();
    assert_eq!(note(&h), None, "one undo takes back the whole note");
    assert_eq!(spans(&h).len(), 1, "and only the note");
}

#[test]
fn check_answers_shows_items_and_try_again_keeps_highlights() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut h = harness(app(dir.path()));
    open_first(&mut h);
    focus_article(&mut h);
    label_range(&mut h, (178, 219), Key::Num1);
    h.get_by_label("Check my answers").click();
    h.run();
    let score = page(&h).feedback().expect("feedback").clone();
    assert_eq!(score.items.len(), 39);
    // The item we found is listed as found, with its rationale.
    assert!(
        h.query_all_by_label_contains("A named source plus the cue")
            .next()
            .is_some()
    );
    assert!(
        h.query_by_label("Found. Attribution: “according to US Vice President J.D. Vance”. A named source plus the cue \"according to\": this tells you whose account the first sentence is.")
            .is_some()
    );
    assert!(h.query_by_label_contains("Key items: 1 found").is_some());
    // Progress was recorded.
    let (best, attempts) = h
        .state()
        .state
        .shared
        .progress_of("bundled:001_peace-talks.md");
    assert_eq!(attempts, 1);
    assert!(best.is_some_and(|b| b > 0.0));
    h.get_by_label("key").click();
    h.run();
    // Labelling keys do nothing while the checked answer is shown.
    label_range(&mut h, (0, 3), Key::Num2);
    assert_eq!(spans(&h).len(), 1);
    h.get_by_label("Try again").click();
    h.run();
    assert_eq!(page(&h).mode, Mode::Reading);
    assert_eq!(spans(&h).len(), 1);
}

#[test]
fn highlighting_everything_gets_the_indiscriminate_warning() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut h = harness(app(dir.path()));
    open_first(&mut h);
    focus_article(&mut h);
    let n = page(&h).lesson.text.char_len();
    for l in [Key::Num1, Key::Num2, Key::Num3] {
        label_range(&mut h, (0, n), l);
    }
    h.get_by_label("Check my answers").click();
    h.run();
    assert!(page(&h).feedback().is_some_and(|s| s.indiscriminate));
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
        open_first(&mut h);
        focus_article(&mut h);
        label_range(&mut h, (178, 219), Key::Num1);
        // The autosave is due within a second of the change; simulate the clock passing.
        let later = Instant::now() + Duration::from_secs(2);
        h.state_mut().state.tick(later);
        // Written on the writer thread.
        settle(&mut h);
        // The process "dies" here: no orderly shutdown.
    }
    let saved = newsmark::store::progress::autosave_path(dir.path(), "bundled:001_peace-talks.md");
    assert!(saved.is_file(), "autosave written to {}", saved.display());
    let mut h = harness(app(dir.path()));
    open_first(&mut h);
    assert_eq!(spans(&h), vec![(178, 219, Label::Attribution)]);
}

#[test]
fn text_size_and_theme_change() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut h = harness(app(dir.path()));
    let size = |h: &H| h.state().state.shared.settings.zoom;
    let before = size(&h);
    assert_eq!(before, 1.0);
    h.key_press_modifiers(Modifiers::COMMAND, Key::Plus);
    h.run();
    assert!(size(&h) > before);
    // The whole interface grows: egui's zoom factor follows the setting.
    assert!((h.ctx.zoom_factor() - size(&h)).abs() < 1e-3);
    h.key_press_modifiers(Modifiers::COMMAND, Key::Minus);
    h.run();
    assert_eq!(size(&h), before);
    // Ten presses of A+ stop at the largest size; Ctrl 0 goes back to the usual one.
    for _ in 0..10 {
        h.get_by_label("A+").click();
        h.run();
    }
    assert_eq!(size(&h), newsmark::app::state::ZOOMS.1);
    h.key_press_modifiers(Modifiers::COMMAND, Key::Num0);
    h.run();
    assert_eq!(size(&h), 1.0);
    // An older version's article text size becomes the zoom, and is remembered.
    h.get_by_label("A+").click();
    h.run();
    h.state_mut().state.tick(Instant::now());
    settle(&mut h);
    let again = app(dir.path());
    assert_eq!(again.state.shared.settings.zoom, 1.1);
    h.get_by_label("Dark theme").click();
    h.run();
    assert!(h.state().state.shared.settings.dark);
    open_first(&mut h);
    h.get_by_label("Light theme").click();
    h.run();
    assert!(!h.state().state.shared.settings.dark);
}

#[test]
fn save_answer_writes_the_file_the_dialog_names_and_says_where() {
    let dir = tempfile::tempdir().expect("tempdir");
    let out = dir.path().join("hand-in").join("ana.json");
    let dialogs = Arc::new(FakeDialogs::new().then(Some(out.clone())));
    let mut h = harness(app_with(dir.path(), dialogs.clone()));
    open_first(&mut h);
    focus_article(&mut h);
    label_range(&mut h, (178, 219), Key::Num1);
    // Handing in asks for a name first; without one nothing can be saved.
    h.get_by_label("Hand in…").click();
    h.run();
    assert!(h.query_by_label("Type your name to hand in.").is_some());
    h.get_by_role_and_label(egui::accesskit::Role::TextInput, "Your name")
        .click();
    h.run();
    h.get_by_role_and_label(egui::accesskit::Role::TextInput, "Your name")
        .type_text("Ana Lima");
    h.run();
    h.get_by_role_and_label(egui::accesskit::Role::TextInput, "Student id")
        .click();
    h.run();
    h.get_by_role_and_label(egui::accesskit::Role::TextInput, "Student id")
        .type_text("s-042");
    h.run();
    h.get_by_label("Choose where to save…").click();
    settle(&mut h);
    assert_eq!(
        dialogs.asked(),
        vec![Purpose::SaveAnswer("001_peace-talks.Ana_Lima.json".into())]
    );
    let a = newsmark::store::read_answer(&out).expect("the answer was written");
    assert_eq!(a.student.as_deref(), Some("Ana Lima"));
    assert_eq!(a.student_id.as_deref(), Some("s-042"));
    assert!(
        a.program
            .as_deref()
            .is_some_and(|p| p.starts_with("newsmark "))
    );
    assert!(a.saved_at.as_deref().is_some_and(|t| t.ends_with('Z')));
    assert!(a.text_sha256.is_some());
    assert_eq!(a.lesson.as_deref(), Some("001_peace-talks.md"));
    assert_eq!(a.spans.len(), 1);
    assert!(
        h.query_by_label_contains("Handed in your answer to 001_peace-talks.md: saved to")
            .is_some()
    );
}

#[test]
fn a_failed_save_says_so_and_keeps_the_work() {
    let dir = tempfile::tempdir().expect("tempdir");
    // A folder where the file should go: it cannot be replaced.
    let out = dir.path().join("taken.json");
    std::fs::create_dir_all(out.join("inside")).expect("folder");
    let dialogs = Arc::new(FakeDialogs::new().then(Some(out)));
    let mut h = harness(app_with(dir.path(), dialogs));
    open_first(&mut h);
    focus_article(&mut h);
    label_range(&mut h, (178, 219), Key::Num1);
    h.state_mut().state.handle(Command::SetName("Ben".into()));
    h.state_mut()
        .state
        .handle(Command::Lesson(LessonCommand::SaveAnswerAs));
    settle(&mut h);
    assert!(
        h.query_by_label_contains("Your answer to 001_peace-talks.md was not handed in")
            .is_some()
    );
    assert!(h.query_by_label_contains("Handed in").is_none());
    assert_eq!(spans(&h).len(), 1);
}

#[test]
fn a_dialog_that_cannot_be_shown_falls_back_to_newsmarks_own_picker() {
    let dir = tempfile::tempdir().expect("tempdir");
    let lesson = dir.path().join("mine.txt");
    std::fs::write(&lesson, "The mayor said the plan was a disaster.").expect("write");
    // No answer prepared: the fake behaves like a desktop without a dialog service.
    let mut h = harness(app_with(dir.path(), Arc::new(FakeDialogs::new())));
    h.get_by_label("Open file…").click();
    settle(&mut h);
    assert!(
        h.query_by_label_contains("newsmark's own file picker is open instead")
            .is_some()
    );
    // The picker: go to the folder, pick the file.
    h.state_mut()
        .state
        .handle(Command::Picker(newsmark::app::picker::PickerCommand::Go(
            dir.path().to_path_buf(),
        )));
    settle(&mut h);
    h.get_by_label("mine.txt").click();
    settle(&mut h);
    assert_eq!(page(&h).name, "mine.txt");
}

#[test]
fn open_file_opens_a_lesson_with_its_key_and_tells_about_unplaced_items() {
    let dir = tempfile::tempdir().expect("tempdir");
    let lesson = dir.path().join("mine.md");
    std::fs::write(
        &lesson,
        "+++\ntitle = \"My lesson\"\n+++\n\nThe mayor said the plan was a disaster.\n",
    )
    .expect("write");
    std::fs::write(
        dir.path().join("mine.key.json"),
        r#"{"text_sha256": "00", "items": [
            {"start": 0, "end": 14, "label": "attribution", "quote": "The mayor said"},
            {"start": 20, "end": 30, "label": "opinion", "quote": "qqqqqqqqqqqqqqqqqq"}
        ]}"#,
    )
    .expect("write");
    let dialogs = Arc::new(FakeDialogs::new().then(Some(lesson)));
    let mut h = harness(app_with(dir.path(), dialogs));
    h.get_by_label("Open file…").click();
    settle(&mut h);
    assert_eq!(page(&h).lesson.meta.title, "My lesson");
    assert!(
        h.query_by_label_contains("1 answer-key item(s) cannot be found")
            .is_some()
    );
    // The lesson is in the library now.
    h.get_by_label("Back to library").click();
    settle(&mut h);
    assert!(h.query_by_label("Open My lesson").is_some());
}

#[test]
fn loading_an_answer_while_feedback_is_shown_puts_the_old_score_away() {
    let dir = tempfile::tempdir().expect("tempdir");
    let file = dir.path().join("ben.json");
    let dialogs = Arc::new(FakeDialogs::new().then(Some(file.clone())));
    let mut h = harness(app_with(dir.path(), dialogs));
    open_first(&mut h);
    let text = page(&h).lesson.text.clone();
    let mut a = Answer::new(&text, Some("001_peace-talks.md".into()));
    a.student = Some("Ben".into());
    a.spans
        .push(AnswerSpan::new(&text, Span::new(0, 11, Label::Opinion)));
    std::fs::write(&file, newsmark::store::to_json(&a).expect("json")).expect("write");
    focus_article(&mut h);
    label_range(&mut h, (178, 219), Key::Num1);
    h.get_by_label("Check my answers").click();
    h.run();
    assert!(page(&h).feedback().is_some());
    h.get_by_label("More…").click();
    h.run();
    h.get_by_label("Load answer…").click();
    settle(&mut h);
    assert_eq!(page(&h).mode, Mode::Reading, "the old score is not shown");
    assert_eq!(spans(&h), vec![(0, 11, Label::Opinion)]);
    assert!(h.query_by_label_contains("Key items:").is_none());
    assert_eq!(h.state().state.shared.settings.student_name, "Ben");
}

#[test]
fn double_click_selects_a_word_in_a_non_ascii_lesson() {
    let dir = tempfile::tempdir().expect("tempdir");
    let lessons = dir.path().join("lessons");
    std::fs::create_dir_all(&lessons).expect("dir");
    std::fs::write(
        lessons.join("parque.md"),
        "+++\ntitle = \"Niños y árboles\"\n+++\n\nÑandú Ólafsdóttir dijo que el parque es «magnífico».\n",
    )
    .expect("write");
    let mut h = harness_dt(app(dir.path()), 1.0 / 60.0);
    // The lesson is at the end of the library, below the fold; open it by its file.
    assert!(h.query_by_label("Open Niños y árboles").is_some());
    h.state_mut()
        .state
        .handle(Command::OpenPath(lessons.join("parque.md")));
    settle(&mut h);
    assert!(
        h.state().state.lesson().is_some(),
        "{:?}",
        h.state().state.shared.messages.all()
    );
    let text = page(&h).lesson.text.as_str().to_string();
    let r = article_rect(&h);
    // A point inside the first word, "Ñandú".
    let at = r.min + vec2(r.width() / 2.0 - 18.0 * 14.0, 18.0);
    let click = |h: &mut H, pressed: bool| {
        h.event(egui::Event::PointerButton {
            pos: at,
            button: egui::PointerButton::Primary,
            pressed,
            modifiers: Modifiers::NONE,
        });
    };
    h.event(egui::Event::PointerMoved(at));
    h.step();
    for _ in 0..2 {
        click(&mut h, true);
        h.step();
        click(&mut h, false);
        h.step();
    }
    h.run();
    let (a, b) = page(&h).editor.selection.expect("a word is selected");
    let word = page(&h).lesson.text.slice_clamped(a, b).to_string();
    assert!(
        text.split(|c: char| !c.is_alphanumeric())
            .any(|w| w == word)
            && !word.is_empty(),
        "a whole word: {word:?}"
    );
    assert!(!word.is_ascii(), "{word:?}");
}

/// A lesson of about 4 MB, and a key made on an earlier version of it.
fn big_lesson(dir: &Path) -> std::path::PathBuf {
    let words = [
        "council",
        "river",
        "budget",
        "école",
        "naïve",
        "plan",
        "said",
        "residents",
        "bridge",
        "claimed",
        "reportedly",
        "market",
        "school",
        "weather",
        "Zürich",
        "night",
    ];
    let mut body = String::new();
    let mut i = 0usize;
    while body.len() < 3_900_000 {
        for _ in 0..60 {
            body.push_str(words[(i * 7 + i / 3) % words.len()]);
            body.push(' ');
            i += 1;
        }
        body.push_str("end.\n\n");
    }
    let old = format!("+++\ntitle = \"Big\"\n+++\n\n{body}");
    let old_lesson = Lesson::parse(&old, LessonFormat::Markdown, "Big").expect("parses");
    let t = &old_lesson.text;
    let mut key = AnswerKey::new(t, Some("big.md".into()));
    for k in 0..20 {
        let start = t.char_len() / 21 * (k + 1);
        let (a, _) = t.word_at(start).expect("a word");
        let b = t.next_word_end(t.next_word_end(a));
        key.items
            .push(KeyItem::new(t, Span::new(a, b, Label::ALL[k % 3]), None));
    }
    // The new version has a paragraph more at the top: every item moved.
    let new = format!("+++\ntitle = \"Big\"\n+++\n\nA new first paragraph.\n\n{body}");
    let path = dir.join("big.md");
    std::fs::write(&path, new).expect("write");
    std::fs::write(
        dir.join("big.key.json"),
        newsmark::store::to_json(&key).expect("json"),
    )
    .expect("write");
    path
}

#[test]
fn a_4_mib_lesson_with_a_moved_key_opens_without_a_long_frame() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = big_lesson(dir.path());
    let mut h = harness(app(dir.path()));
    h.state_mut().state.handle(Command::OpenPath(path));
    let mut longest = Duration::ZERO;
    let until = Instant::now() + Duration::from_secs(120);
    let mut frames = 0;
    // Frames while the lesson is read and placed, then while the article is laid out.
    while h.state().state.busy() || h.state().views.article.pending() > 0 || frames < 5 {
        let t = Instant::now();
        h.step();
        longest = longest.max(t.elapsed());
        frames += 1;
        assert!(Instant::now() < until, "the lesson did not open");
        std::thread::sleep(Duration::from_millis(2));
    }
    let p = page(&h);
    eprintln!(
        "4 MiB lesson: {} chars, {} blocks, opened and laid out over {frames} frames, longest {longest:?}",
        p.lesson.text.char_len(),
        p.lesson.doc.blocks.len()
    );
    assert_eq!(p.lesson.meta.title, "Big");
    let key = p.key.as_ref().expect("the key is placed");
    assert_eq!(key.spans.len(), 20);
    assert_eq!(key.resolved.moved().len(), 20);
    assert!(
        longest < Duration::from_millis(50),
        "longest frame {longest:?} over {frames} frames"
    );
}

/// Press Tab until the article has keyboard focus.
fn tab_into_article(h: &mut H) -> bool {
    for _ in 0..80 {
        h.key_press(Key::Tab);
        h.run();
        let id = h.state().views.article.id;
        if id.is_some() && h.ctx.memory(|m| m.focused()) == id {
            return true;
        }
    }
    false
}

/// Press Tab until the widget named `label` has keyboard focus.
fn tab_to(h: &mut H, label: &str) -> bool {
    use egui_kittest::kittest::NodeT;
    for _ in 0..120 {
        if h.query_by_label(label)
            .is_some_and(|n| n.accesskit_node().is_focused())
        {
            return true;
        }
        // Tab walks the highlights inside the article; Escape leaves it.
        let article = h.state().views.article.id;
        if article.is_some() && h.ctx.memory(|m| m.focused()) == article {
            h.key_press(Key::Escape);
            h.run();
        }
        h.key_press(Key::Tab);
        h.run();
    }
    false
}

#[test]
fn a_whole_lesson_with_the_keyboard_only() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut h = harness(app(dir.path()));
    // Library to lesson.
    assert!(tab_to(
        &mut h,
        "Open 001 · Peace talks: territory against security"
    ));
    h.key_press(Key::Enter);
    settle(&mut h);
    assert!(matches!(h.state().state.page, Page::Lesson(_)));
    // Into the article, select two words, label them.
    assert!(tab_into_article(&mut h), "Tab reaches the article");
    h.key_press_modifiers(Modifiers::COMMAND, Key::Home);
    h.run();
    for _ in 0..2 {
        h.key_press_modifiers(Modifiers::SHIFT | Modifiers::COMMAND, Key::ArrowRight);
        h.run();
    }
    h.key_press(Key::Num2);
    h.run();
    assert_eq!(spans(&h), vec![(0, 11, Label::Opinion)]);
    // Out of the article with Escape, then check.
    h.key_press(Key::Escape);
    h.run();
    assert!(tab_to(&mut h, "Check my answers"));
    h.key_press(Key::Enter);
    h.run();
    assert!(page(&h).feedback().is_some(), "checked");
    assert!(
        h.query_by_label_contains("Key items:").is_some(),
        "the feedback is there to read"
    );
    // And back to the library.
    assert!(tab_to(&mut h, "Back to library"));
    h.key_press(Key::Enter);
    settle(&mut h);
    assert!(matches!(h.state().state.page, Page::Library(_)));
}

#[test]
fn a_screen_reader_finds_the_paragraphs_and_the_highlights_by_label() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut h = harness(app(dir.path()));
    open_first(&mut h);
    focus_article(&mut h);
    label_range(&mut h, (178, 219), Key::Num1);
    // The paragraph with its text, and the highlight named with its label and quote.
    assert!(
        h.query_by_label_contains("The ongoing standoff between Russia and Ukraine")
            .is_some()
    );
    let n = h.get_by_label("Attribution: according to US Vice President J.D. Vance");
    use egui_kittest::kittest::NodeT;
    assert_eq!(n.accesskit_node().role(), egui::accesskit::Role::Mark);
    // The paragraphs and highlights are the article's children.
    let article = h.get_by_label("Article");
    assert!(
        article
            .query_by_label("Attribution: according to US Vice President J.D. Vance")
            .is_some()
    );
    assert!(
        article
            .query_by_label_contains("The ongoing standoff")
            .is_some()
    );
    // Every text field has a name.
    assert!(h.query_by_label("Note on the selected highlight").is_some());
    // Drag selection still works with the nodes on top of the text.
    let r = article_rect(&h);
    drag(&mut h, r.min + vec2(30.0, 20.0), r.min + vec2(200.0, 20.0));
    assert!(page(&h).editor.selection.is_some());
}

#[test]
fn the_lesson_toolbar_fits_one_row_at_1024_px() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut h = egui_kittest::Harness::builder()
        .with_size(vec2(1024.0, 700.0))
        .with_max_steps(64)
        .build_ui_state(
            |ui, app: &mut newsmark::app::NewsmarkApp| app.frame(ui),
            app(dir.path()),
        );
    settle(&mut h);
    open_first(&mut h);
    let row = |h: &H, l: &str| h.get_by_label(l).rect().center().y;
    let first = row(&h, "Back to library");
    for l in ["Check my answers", "Hand in…", "More…"] {
        assert!(
            (row(&h, l) - first).abs() < 2.0,
            "{l} wrapped to another row"
        );
    }
    // In feedback mode too.
    h.get_by_label("Check my answers").click();
    h.run();
    for l in ["Try again", "both", "Hand in…", "More…"] {
        assert!(
            (row(&h, l) - first).abs() < 2.0,
            "{l} wrapped to another row"
        );
    }
}

#[test]
fn a_japanese_lesson_is_drawn_with_an_installed_font_and_words_snap_per_character() {
    let cjk = newsmark::app::fonts::find(&['東', 'ま']).0;
    if cjk.is_empty() {
        // .ci/run installs fonts-wqy-microhei; on a machine without a CJK font the app
        // says which package to install instead (tested in app::lesson::load).
        assert!(
            std::env::var("CI").is_err(),
            "CI must install a CJK font (fonts-wqy-microhei)"
        );
        eprintln!("skipped: no CJK font installed here");
        return;
    }
    let dir = tempfile::tempdir().expect("tempdir");
    let lesson = dir.path().join("tokyo.md");
    std::fs::write(
        &lesson,
        "+++\ntitle = \"東京の知事\"\n+++\n\n東京都の知事は記者会見で新しい計画を発表したと述べた。批評家は「無謀だ」と言う。\n",
    )
    .expect("write");
    let mut h = harness(app(dir.path()));
    // Drawing a glyph no font has panics under egui_kittest: this only passes when the
    // fallback font was found and added before the article was drawn.
    h.state_mut().state.handle(Command::OpenPath(lesson));
    settle(&mut h);
    assert_eq!(page(&h).lesson.meta.title, "東京の知事");
    let msgs = h.state().state.shared.messages.all();
    assert!(
        !msgs.iter().any(|m| m.text.contains("fonts-noto-cjk")),
        "{msgs:?}"
    );
    // Text without spaces: a selection snaps to the characters chosen, not the whole run.
    lesson_cmd(
        &mut h,
        LessonCommand::Edit(EditCommand::Drag {
            anchor: 0,
            to: 2,
            done: true,
        }),
    );
    assert_eq!(page(&h).editor.selection, Some((0, 2)));
}

#[test]
fn a_failed_autosave_says_so_keeps_the_work_and_tries_again() {
    let dir = tempfile::tempdir().expect("tempdir");
    // A file where the autosave folder should be: nothing can be written there.
    std::fs::write(dir.path().join("autosave"), b"in the way").expect("write");
    let mut h = harness(app(dir.path()));
    open_first(&mut h);
    focus_article(&mut h);
    label_range(&mut h, (178, 219), Key::Num1);
    let later = Instant::now() + Duration::from_secs(2);
    h.state_mut().state.tick(later);
    settle(&mut h);
    assert!(h.query_by_label_contains("Autosave failed").is_some());
    assert_eq!(spans(&h).len(), 1, "the work stays in the app");
    assert!(
        page(&h).dirty_since.is_some(),
        "the next tick tries again once the folder can be written"
    );
    std::fs::remove_file(dir.path().join("autosave")).expect("clear the way");
    h.state_mut().state.tick(later + Duration::from_secs(2));
    settle(&mut h);
    assert!(
        newsmark::store::progress::autosave_path(dir.path(), "bundled:001_peace-talks.md")
            .is_file()
    );
}

#[test]
fn the_library_recommends_a_lesson_and_says_where_the_learner_stands() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut h = harness(app(dir.path()));
    // A new learner: a level-1 lesson, not tried yet, said in plain words.
    assert!(h.query_by_label_contains("Recommended next: ").is_some());
    assert!(
        h.query_by_label_contains("A good lesson to start with: you haven't tried it")
            .is_some()
    );
    assert!(
        h.query_by_label_contains("It is at your level (1).")
            .is_some()
    );
    assert!(h.query_by_label_contains("Your skills:").is_none());
    // After checking the seed lesson with attributions only, the profile speaks.
    open_first(&mut h);
    focus_article(&mut h);
    label_range(&mut h, (178, 219), Key::Num1);
    h.get_by_label("Check my answers").click();
    h.run();
    h.get_by_label("Back to library").click();
    settle(&mut h);
    let words = h
        .query_by_label_contains("Your skills:")
        .map(|n| format!("{n:?}"))
        .unwrap_or_default();
    assert!(words.contains("where you miss most"), "{words}");
    let rec = h
        .state()
        .state
        .shared
        .recommendation()
        .expect("a recommendation");
    assert_ne!(
        rec.0, "bundled:001_peace-talks.md",
        "not a lesson already tried"
    );
    // The top of the library opens it.
    h.get_by_label("Start it").click();
    settle(&mut h);
    let Page::Lesson(p) = &h.state().state.page else {
        panic!("the recommended lesson opens");
    };
    assert_eq!(p.id, rec.0);
}

#[test]
fn the_skills_profile_shows_exports_and_resets() {
    let dir = tempfile::tempdir().expect("tempdir");
    let csv = dir.path().join("me.csv");
    let mut h = harness(app_with(
        dir.path(),
        Arc::new(FakeDialogs::new().then(Some(csv.clone()))),
    ));
    open_first(&mut h);
    focus_article(&mut h);
    label_range(&mut h, (178, 219), Key::Num1);
    // Two attributions marked as unsupported: a mix-up the profile names.
    label_range(&mut h, (261, 278), Key::Num3);
    label_range(&mut h, (404, 436), Key::Num3);
    h.get_by_label("Check my answers").click();
    h.run();
    h.get_by_label("Back to library").click();
    settle(&mut h);
    h.get_by_label("Your skills profile…").click();
    h.run();
    assert!(matches!(h.state().state.page, Page::Profile(_)));
    let words = h
        .query_by_label_contains("You often mark sourced statements as unsupported")
        .map(|n| format!("{n:?}"))
        .unwrap_or_default();
    assert!(words.contains("(2 items)"), "{words}");
    // Per skill tag: the seed lesson's four tags, and a chart for one of them.
    assert!(h.query_by_label("By skill, weakest first").is_some());
    for tag in ["attribution", "loaded verbs", "vague sourcing", "framing"] {
        assert!(h.query_by_label(tag).is_some(), "{tag}");
    }
    h.get_all_by_label("F1 attempt by attempt:")
        .last()
        .expect("the chart menu")
        .click();
    h.run();
    h.get_all_by_label("vague sourcing")
        .last()
        .expect("the tag in the chart menu")
        .click();
    h.run();
    let Page::Profile(p) = &h.state().state.page else {
        panic!("still the profile");
    };
    assert_eq!(p.chart.as_deref(), Some("vague sourcing"));
    h.get_by_label("Export as CSV…").click();
    settle(&mut h);
    let text = std::fs::read_to_string(&csv).expect("exported");
    assert!(
        text.starts_with("lesson,checked_at,score,attribution_f1"),
        "{text}"
    );
    assert_eq!(text.lines().count(), 2);
    assert!(
        text.contains("attribution; loaded verbs; vague sourcing; framing"),
        "{text}"
    );
    // Reset asks first.
    h.get_by_label("Reset profile…").click();
    h.run();
    assert!(!h.state().state.shared.progress.lessons.is_empty());
    h.get_by_label("Yes, reset").click();
    h.run();
    assert!(h.state().state.shared.progress.lessons.is_empty());
    // Written on the writer thread.
    settle(&mut h);
    let saved = newsmark::store::progress::load_progress(dir.path()).expect("progress");
    assert!(saved.lessons.is_empty(), "the reset is saved");
}

#[test]
fn focus_practice_one_paragraph_at_a_time_with_feedback_and_a_tally() {
    use newsmark::app::focus::FocusCommand;
    let dir = tempfile::tempdir().expect("tempdir");
    let mut h = harness(app(dir.path()));
    h.state_mut()
        .state
        .handle(Command::StartFocus(Label::Attribution));
    settle(&mut h);
    let Page::Focus(p) = &h.state().state.page else {
        panic!("focus page: {:?}", h.state().state.shared.messages.all());
    };
    // A session of at most ten paragraphs; with no lesson checked yet they come from the
    // lessons not tried, and the page says so.
    assert_eq!(
        p.exercises.len(),
        newsmark::model::focus::SESSION,
        "a session from the bundled lessons"
    );
    assert!(p.from_untried());
    assert!(
        h.query_by_label_contains("You have not checked a lesson with attributions yet")
            .is_some()
    );
    assert!(h.query_by_label_contains("Paragraph 1 of 10").is_some());
    assert!(
        p.exercises.iter().any(|e| e.items.is_empty()),
        "some with nothing to mark"
    );
    // A new learner practises in English: no Spanish or French paragraphs.
    assert!(
        p.exercises
            .iter()
            .all(|e| !e.lesson.contains("Villaverde") && !e.lesson.contains("Saint-Aubin")),
        "{:?}",
        p.exercises.iter().map(|e| &e.lesson).collect::<Vec<_>>()
    );
    let first = p.exercise().expect("a paragraph").clone();
    assert!(!first.items.is_empty());
    assert!(h.query_by_label("Focus practice: Attribution").is_some());
    // Mark the first item exactly, by keyboard, then check.
    let item = first.items[0].span;
    let focus = |h: &mut H, c: FocusCommand| {
        h.state_mut().state.handle(Command::Focus(c));
        h.run();
    };
    focus(
        &mut h,
        FocusCommand::Edit(EditCommand::Drag {
            anchor: item.start,
            to: item.end,
            done: true,
        }),
    );
    h.key_press(Key::Num1);
    h.run();
    h.get_by_label("Check this paragraph").click();
    h.run();
    let Page::Focus(p) = &h.state().state.page else {
        panic!()
    };
    let s = p.checked.as_ref().expect("checked");
    assert_eq!(
        s.items[0].status,
        newsmark::model::scoring::ItemStatus::Found
    );
    assert_eq!(p.tally.paragraphs, 1);
    assert!(p.tally.found >= 1);
    // The rationale of the item is shown.
    if let Some(r) = &first.items[0].rationale {
        assert!(h.query_by_label(r).is_some(), "rationale shown");
    }
    h.get_by_label("Next paragraph").click();
    h.run();
    let Page::Focus(p) = &h.state().state.page else {
        panic!()
    };
    assert_eq!(p.index, 1);
    assert!(p.checked.is_none() && p.editor.is_empty());
}
