//! What a screen reader gets (issue 23), read from the AccessKit tree the harness exposes:
//! the whole article as text with the caret and selection, word moves that stop where a
//! drag snaps, changes spoken through a live region, a modal hand-in that holds and
//! returns the keyboard, and focus on a named control after every page change.

mod common;

use common::{H, app, harness, settle};
use egui::accesskit::Role;
use egui::{Key, Modifiers};
use egui_kittest::kittest::{NodeT, Queryable};
use newsmark::app::editing::EditCommand;
use newsmark::app::lesson::LessonCommand;
use newsmark::app::state::{Command, Page};

fn open_seed(h: &mut H) {
    h.state_mut().state.handle(Command::Library(
        newsmark::app::library::LibraryCommand::Open("bundled:001_peace-talks.md".into()),
    ));
    settle(h);
    assert!(matches!(h.state().state.page, Page::Lesson(_)));
}

/// The text the article's selection covers, as a screen reader reads it.
fn selected_text(h: &H) -> Option<String> {
    let article = h.get_by_label("Article");
    let node = article.accesskit_node();
    node.text_selection().map(|r| r.text())
}

fn focused_name(h: &H) -> Option<String> {
    h.query_all(egui_kittest::kittest::By::new().predicate(|n| n.is_focused()))
        .next()
        .and_then(|n| n.accesskit_node().label())
}

#[test]
fn every_paragraph_of_a_long_lesson_is_in_the_tree_before_any_scroll() {
    let dir = tempfile::tempdir().expect("tempdir");
    let body: Vec<String> = (1..=40)
        .map(|i| format!("Paragraph number {i} says the council met on Tuesday."))
        .collect();
    let lesson = dir.path().join("forty.md");
    std::fs::write(
        &lesson,
        format!("+++\ntitle = \"Forty\"\n+++\n\n{}\n", body.join("\n\n")),
    )
    .expect("write");
    let mut h = harness(app(dir.path()));
    h.state_mut().state.handle(Command::OpenPath(lesson));
    settle(&mut h);
    let paragraphs = h
        .query_all(egui_kittest::kittest::By::new().role(Role::Paragraph))
        .count();
    assert_eq!(paragraphs, 40, "all 40 paragraphs, in view or not");
    assert!(
        h.query_by_label("Paragraph number 40 says the council met on Tuesday.")
            .is_some()
    );
}

#[test]
fn selecting_words_with_the_keyboard_is_read_as_the_articles_selection() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut h = harness(app(dir.path()));
    open_seed(&mut h);
    // The keyboard is in the article as soon as the lesson is on screen.
    assert_eq!(focused_name(&h).as_deref(), Some("Article"));
    h.key_press_modifiers(Modifiers::COMMAND, Key::Home);
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::ArrowRight);
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::ArrowRight);
    h.run();
    assert_eq!(selected_text(&h).as_deref(), Some("The ongoing"));
}

#[test]
fn a_selection_set_by_the_screen_reader_becomes_the_apps_selection() {
    use egui::accesskit::{Action, ActionData, ActionRequest};
    let dir = tempfile::tempdir().expect("tempdir");
    let mut h = harness(app(dir.path()));
    open_seed(&mut h);
    // As AT-SPI's setSelection does: the second word of the article, through AccessKit.
    let request = {
        let article = h.get_by_label("Article");
        let node = article.accesskit_node();
        let start = node.document_range().start().forward_to_word_start();
        let end = start.forward_to_word_end();
        let mut range = node.document_range();
        range.set_start(start);
        range.set_end(end);
        let (target_node, target_tree) = node.locate();
        ActionRequest {
            action: Action::SetTextSelection,
            target_tree,
            target_node,
            data: Some(ActionData::SetTextSelection(range.to_text_selection())),
        }
    };
    h.event(egui::Event::AccessKitActionRequest(request));
    h.run();
    let page = h.state().state.lesson().expect("lesson");
    let (a, b) = page.editor.selection.expect("a selection in the app");
    // AccessKit's word end takes the space after it; labelling snaps it away.
    assert_eq!(page.lesson.text.slice_clamped(a, b).trim_end(), "ongoing");
    assert_eq!(
        selected_text(&h).as_deref().map(str::trim_end),
        Some("ongoing")
    );
}

#[test]
fn ctrl_right_over_a_name_with_initials_stops_once() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut h = harness(app(dir.path()));
    open_seed(&mut h);
    let (jd, vance) = {
        let t = h
            .state()
            .state
            .lesson()
            .expect("lesson")
            .lesson
            .text
            .as_str();
        let b = t.find("J.D. Vance").expect("in the article");
        let c = t[..b].chars().count();
        (c, c + "J.D. ".chars().count())
    };
    h.state_mut()
        .state
        .handle(Command::Lesson(LessonCommand::Edit(EditCommand::Caret {
            to: jd,
            extend: false,
        })));
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND, Key::ArrowRight);
    h.run();
    assert_eq!(
        h.state().state.lesson().map(|l| l.editor.caret),
        Some(vance),
        "one stop over J.D."
    );
}

#[test]
fn labelling_is_spoken_through_the_live_region() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut h = harness(app(dir.path()));
    open_seed(&mut h);
    h.key_press_modifiers(Modifiers::COMMAND, Key::Home);
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::ArrowRight);
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::ArrowRight);
    h.run();
    h.key_press(Key::Num2);
    h.run();
    let said = h.get_by_label("Opinion: The ongoing.");
    assert_eq!(
        said.accesskit_node().live(),
        egui::accesskit::Live::Polite,
        "a polite live region"
    );
    h.key_press(Key::Num1);
    h.run();
    assert!(h.query_by_label("Now Attribution: The ongoing.").is_some());
    h.key_press(Key::Delete);
    h.run();
    assert!(
        h.query_by_label("Highlight deleted: Attribution: The ongoing.")
            .is_some()
    );
}

#[test]
fn the_hand_in_dialog_holds_the_keyboard_and_gives_it_back() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut h = harness(app(dir.path()));
    open_seed(&mut h);
    h.get_by_label("Hand in…").click();
    h.run();
    h.run();
    assert_eq!(focused_name(&h).as_deref(), Some("Your name"));
    // Tab stays inside the dialog.
    for _ in 0..6 {
        h.key_press(Key::Tab);
        h.run();
        let f = focused_name(&h).unwrap_or_default();
        assert!(
            ["Your name", "Student id", "Choose where to save…", "Cancel"].contains(&f.as_str()),
            "focus left the dialog: {f:?}"
        );
    }
    h.key_press(Key::Escape);
    h.run();
    h.run();
    assert!(h.query_by_label("Your name").is_none(), "Escape closed it");
    assert_eq!(focused_name(&h).as_deref(), Some("Hand in…"));
}

#[test]
fn every_page_change_leaves_a_named_control_focused() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut h = harness(app(dir.path()));
    assert!(focused_name(&h).is_some_and(|n| n.starts_with("Open ")));
    open_seed(&mut h);
    assert_eq!(focused_name(&h).as_deref(), Some("Article"));
    h.state_mut().state.handle(Command::ShowLibrary);
    h.run();
    h.run();
    assert!(focused_name(&h).is_some_and(|n| n.starts_with("Open ")));
    h.state_mut().state.handle(Command::ShowProfile);
    h.run();
    h.run();
    assert_eq!(focused_name(&h).as_deref(), Some("Back to library"));
}

#[test]
fn help_is_a_dialog_that_holds_the_keyboard_and_escape_closes_it() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut h = harness(app(dir.path()));
    open_seed(&mut h);
    assert_eq!(focused_name(&h).as_deref(), Some("Article"));
    h.key_press(Key::F1);
    h.run();
    h.run();
    assert_eq!(focused_name(&h).as_deref(), Some("Close help"));
    for _ in 0..4 {
        h.key_press(Key::Tab);
        h.run();
        assert_eq!(
            focused_name(&h).as_deref(),
            Some("Close help"),
            "Tab stays in Help"
        );
    }
    // Help's headings are headings and its bullets are list items, not "•".
    assert!(
        h.query_all(egui_kittest::kittest::By::new().role(Role::Heading))
            .count()
            > 3
    );
    assert!(
        h.query_all(egui_kittest::kittest::By::new().role(Role::ListItem))
            .count()
            > 3
    );
    assert!(h.query_by_label("•").is_none(), "markers are not read");
    h.key_press(Key::Escape);
    h.run();
    h.run();
    assert!(
        h.query_by_label("Close help").is_none(),
        "Escape closed Help"
    );
    assert_eq!(
        focused_name(&h).as_deref(),
        Some("Article"),
        "back where it was"
    );
}

#[test]
fn the_window_is_named_after_the_page() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut h = harness(app(dir.path()));
    open_seed(&mut h);
    h.run();
    let root = h.root();
    assert_eq!(
        root.accesskit_node().label().as_deref(),
        Some("newsmark — Peace talks: territory against security")
    );
}

#[test]
fn library_cards_are_named_groups_with_headings() {
    let dir = tempfile::tempdir().expect("tempdir");
    let h = harness(app(dir.path()));
    let named: Vec<Role> = h
        .query_all_by_label("003 · Bike lane plan sparks fury")
        .map(|n| n.accesskit_node().role())
        .collect();
    assert!(named.contains(&Role::Group), "a named group: {named:?}");
    let headings: Vec<String> = h
        .query_all(egui_kittest::kittest::By::new().role(Role::Heading))
        .filter_map(|n| n.accesskit_node().label())
        .collect();
    assert!(
        headings
            .iter()
            .any(|t| t == "003 · Bike lane plan sparks fury"),
        "{headings:?}"
    );
    assert!(
        h.query_by_label("Open 003 · Bike lane plan sparks fury")
            .is_some()
    );
}

/// Check lesson 001 with one highlight.
fn check_seed(h: &mut H) {
    open_seed(h);
    h.key_press_modifiers(Modifiers::COMMAND, Key::Home);
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::ArrowRight);
    h.run();
    h.key_press(Key::Num2);
    h.run();
    h.state_mut()
        .state
        .handle(Command::Lesson(LessonCommand::Check));
    settle(h);
}

#[test]
fn a_feedback_item_is_one_tab_stop_that_says_everything_and_shows_its_place() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut h = harness(app(dir.path()));
    check_seed(&mut h);
    let links: Vec<String> = h
        .query_all(egui_kittest::kittest::By::new().role(Role::Link))
        .filter_map(|n| n.accesskit_node().label())
        .collect();
    let vance = links
        .iter()
        .find(|l| l.contains("Attribution: “according to US Vice President J.D. Vance”"))
        .unwrap_or_else(|| panic!("no item for Vance in {links:?}"));
    assert!(vance.starts_with("Missed"), "status first: {vance}");
    assert!(vance.len() > 80, "the rationale follows: {vance}");
    let name = vance.clone();
    h.get_by_label(&name).click();
    h.run();
    h.run();
    assert_eq!(
        focused_name(&h).as_deref(),
        Some("Article"),
        "Show in the article gives the article the keyboard"
    );
    let Page::Lesson(p) = &h.state().state.page else {
        panic!("lesson page")
    };
    assert_eq!(p.editor.caret, 178, "the caret is on the item");
}

#[test]
fn the_side_panel_moves_with_arrows() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut h = harness(app(dir.path()));
    open_seed(&mut h);
    let before = h.get_by_label("Resize panel").rect().min.x;
    h.get_by_label("Resize panel").focus();
    h.run();
    for _ in 0..3 {
        h.key_press(Key::ArrowLeft);
        h.run();
    }
    h.run();
    let after = h.get_by_label("Resize panel").rect().min.x;
    assert!(after < before - 20.0, "wider: {before} → {after}");
}

#[test]
fn the_picker_is_a_dialog_that_opens_a_typed_path_and_never_shows_os_errors() {
    use newsmark::app::dialogs::FakeDialogs;
    let data = tempfile::tempdir().expect("tempdir");
    let mine = tempfile::tempdir().expect("tempdir");
    let lesson = mine.path().join("typed.md");
    std::fs::write(
        &lesson,
        "+++\ntitle = \"Typed path\"\n+++\n\nOfficials said the bridge would close.\n",
    )
    .expect("write");
    let mut h = harness(common::app_with(
        data.path(),
        std::sync::Arc::new(FakeDialogs::new()),
    ));
    // Escape cancels and gives the keyboard back.
    h.state_mut().state.handle(Command::OpenFileDialog);
    settle(&mut h);
    assert!(
        h.state().state.shared.picker.is_some(),
        "the picker is open"
    );
    h.key_press(Key::Escape);
    h.run();
    h.run();
    assert!(h.state().state.shared.picker.is_none(), "Escape closed it");
    // A file's whole path typed into *File name* opens it.
    h.state_mut().state.handle(Command::OpenFileDialog);
    settle(&mut h);
    h.get_by_label("File name").focus();
    h.run();
    h.get_by_label("File name")
        .type_text(&lesson.display().to_string());
    h.run();
    h.key_press(Key::Enter);
    settle(&mut h);
    settle(&mut h);
    let Page::Lesson(p) = &h.state().state.page else {
        panic!("the typed lesson opened: {:?}", common::messages(&h))
    };
    assert_eq!(p.lesson.meta.title, "Typed path");
    // A path that is not there: said in plain words.
    h.state_mut().state.handle(Command::OpenFileDialog);
    settle(&mut h);
    h.state_mut()
        .state
        .handle(Command::Picker(newsmark::app::picker::PickerCommand::Go(
            mine.path().join("missing").join("x.md"),
        )));
    settle(&mut h);
    let error = h
        .state()
        .state
        .shared
        .picker
        .as_ref()
        .and_then(|p| p.error.clone())
        .unwrap_or_default();
    assert!(!error.contains("os error"), "{error}");
    assert!(error.contains("no such file or folder"), "{error}");
}
