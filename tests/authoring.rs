//! The instructor's workshop driven headlessly: a lesson from pasted text, key items with
//! rationales by mouse and keyboard, the assistant's suggestions, the checker, editing an
//! article that has a key, importing a web page, saving.

mod common;

use common::{H, app, app_with, harness, settle};
use egui::accesskit::Role;
use egui::{Key, vec2};
use egui_kittest::kittest::{NodeT, Queryable};
use newsmark::app::authoring::{AuthoringCommand, AuthoringPage, DetailError, DetailsForm, Tab};
use newsmark::app::dialogs::FakeDialogs;
use newsmark::app::editing::EditCommand;
use newsmark::app::state::{Command, Page};
use newsmark::model::{Label, Lesson, LessonFormat, LessonMeta};
use std::path::Path;
use std::sync::Arc;

const ARTICLE: &str = "Ferry service resumes\n\nThe ferry to Marr Island runs again from Monday, Mayor Ann Lee said. Critics say the repairs were a disaster and cost far too much.\n\nThe harbour master, Tom Brandt, told reporters that the new engines are quieter.";

fn workshop(h: &H) -> &AuthoringPage {
    h.state().state.authoring().expect("the workshop is open")
}

fn act(h: &mut H, c: AuthoringCommand) {
    h.state_mut().state.handle(Command::Authoring(c));
    h.run();
}

fn items(h: &H) -> Vec<(String, Label, Option<String>)> {
    workshop(h)
        .editor
        .spans()
        .map(|k| {
            (
                k.quote.clone().unwrap_or_default(),
                k.label,
                k.rationale.clone(),
            )
        })
        .collect()
}

/// The char range of `phrase` in the workshop's article.
fn range_of(h: &H, phrase: &str) -> (usize, usize) {
    let t = workshop(h).lesson.text.as_str();
    let b = t.find(phrase).expect("phrase in the article");
    let s = t[..b].chars().count();
    (s, s + phrase.chars().count())
}

/// Drags over the chars `from..to` of the article, as the mouse would.
fn drag(h: &mut H, from: usize, to: usize) {
    act(
        h,
        AuthoringCommand::Edit(EditCommand::Drag {
            anchor: from,
            to,
            done: true,
        }),
    );
}

/// Selects `phrase` and labels it with the number key `key`.
fn mark(h: &mut H, phrase: &str, key: Key) {
    let r = range_of(h, phrase);
    drag(h, r.0, r.1);
    h.key_press(key);
    h.run();
}

/// New lesson from the library, the article pasted into the editor.
fn new_lesson(h: &mut H) {
    h.get_by_label("New lesson…").click();
    h.run();
    assert!(
        h.state().state.authoring().is_some(),
        "{:?}",
        h.state().state.shared.messages.all()
    );
    assert_eq!(workshop(h).tab, Tab::Article);
    h.get_by_label("Article text").click();
    h.run();
    h.get_by_label("Article text").type_text(ARTICLE);
    h.run();
    h.get_by_label("Answer key").click();
    settle(h);
}

#[test]
fn a_lesson_from_pasted_text_with_a_key_written_by_keyboard_and_mouse_is_saved() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut h = harness(app(dir.path()));
    new_lesson(&mut h);
    assert!(
        workshop(&h)
            .lesson
            .text
            .as_str()
            .starts_with("Ferry service resumes")
    );
    // Details: the title.
    h.get_by_label("Details").click();
    h.run();
    h.get_by_role_and_label(egui::accesskit::Role::TextInput, "Title")
        .click();
    h.run();
    h.key_press_modifiers(egui::Modifiers::COMMAND, Key::A);
    h.get_by_role_and_label(egui::accesskit::Role::TextInput, "Title")
        .type_text("Ferry service resumes");
    h.run();
    assert_eq!(workshop(&h).draft.meta.title, "Ferry service resumes");
    h.get_by_label("Answer key").click();
    h.run();

    // By keyboard: a selection, then 1.
    let r = range_of(&h, "Mayor Ann Lee said");
    act(
        &mut h,
        AuthoringCommand::Edit(EditCommand::Caret {
            to: r.0,
            extend: false,
        }),
    );
    act(
        &mut h,
        AuthoringCommand::Edit(EditCommand::Caret {
            to: r.1,
            extend: true,
        }),
    );
    h.key_press(Key::Num1);
    h.run();
    // With the mouse: drag over "disaster" and press the Opinion button.
    let d = range_of(&h, "disaster");
    drag(&mut h, d.0 + 1, d.1 - 1);
    h.get_by_label("2 Opinion").click();
    h.run();
    assert_eq!(
        items(&h)
            .iter()
            .map(|(q, l, _)| (q.as_str(), *l))
            .collect::<Vec<_>>(),
        vec![
            ("Mayor Ann Lee said", Label::Attribution),
            ("disaster", Label::Opinion)
        ]
    );
    // A rationale for the selected item, typed into its field.
    h.get_by_label("Rationale").click();
    h.run();
    h.get_by_label("Rationale")
        .type_text("The writer's own judgment.");
    h.run();
    assert_eq!(
        items(&h)[1].2.as_deref(),
        Some("The writer's own judgment.")
    );

    h.get_by_label("Save").click();
    settle(&mut h);
    let lesson = dir.path().join("lessons/ferry-service-resumes.md");
    assert!(
        lesson.is_file(),
        "{:?}",
        h.state().state.shared.messages.all()
    );
    let key =
        newsmark::store::read_key(&newsmark::store::key_path_for(&lesson)).expect("key saved");
    assert_eq!(key.items.len(), 2);
    assert_eq!(
        key.items[1].rationale.as_deref(),
        Some("The writer's own judgment.")
    );
    assert!(
        key.items
            .iter()
            .all(|i| i.quote.is_some() && i.prefix.is_some())
    );
    // The saved lesson reads back, its key placed in full, and it is in "My lessons".
    let (l, k) =
        newsmark::service::lesson_with_key(&lesson, &newsmark::store::key_path_for(&lesson))
            .expect("lesson and key");
    assert_eq!(l.meta.title, "Ferry service resumes");
    assert!(k.unplaced().is_empty());
    h.get_by_label("Back to library").click();
    settle(&mut h);
    assert!(h.query_by_label("My lessons").is_some());
    assert!(h.query_by_label("Open Ferry service resumes").is_some());
}

#[test]
fn suggestions_are_accepted_and_rejected_one_at_a_time_and_by_rule() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut h = harness(app(dir.path()));
    new_lesson(&mut h);
    h.get_by_label("Suggest items").click();
    // The word lists are read on a worker the first time.
    settle(&mut h);
    let quotes = |h: &H| -> Vec<String> {
        workshop(h)
            .suggestions
            .iter()
            .map(|s| s.quote.clone())
            .collect()
    };
    let q = quotes(&h);
    assert!(q.iter().any(|x| x == "Mayor Ann Lee said"), "{q:?}");
    assert!(q.iter().any(|x| x == "Critics say"), "{q:?}");
    assert!(q.iter().any(|x| x == "disaster"), "{q:?}");
    // A screen reader hears the label, words and rule of each suggestion, and which rule an
    // "Accept all" is for.
    assert!(
        h.query_by_label("Opinion suggested: “disaster” (evaluative)")
            .is_some()
    );
    assert!(h.query_by_label("Accept “disaster”").is_some());
    let by_rule: Vec<String> = h
        .get_all_by_label_contains("of named-source")
        .map(|n| n.accesskit_node().label().unwrap_or_default())
        .collect();
    assert_eq!(by_rule.len(), 2, "{by_rule:?}");
    assert!(by_rule[0].starts_with("Accept") && by_rule[1].starts_with("Reject"));
    assert!(
        workshop(&h).editor.is_empty(),
        "nothing enters the key by itself"
    );
    // Keyboard: Enter accepts the current suggestion, Backspace rejects the next one.
    let first = workshop(&h).suggestions[0].clone();
    h.key_press(Key::Enter);
    h.run();
    assert_eq!(items(&h)[0].0, first.quote);
    assert_eq!(
        items(&h)[0].2.as_deref(),
        Some(first.rationale.as_str()),
        "the rule's rationale is kept"
    );
    let second = workshop(&h).suggestions[0].clone();
    h.key_press(Key::Backspace);
    h.run();
    assert!(!quotes(&h).contains(&second.quote));
    assert_eq!(workshop(&h).editor.len(), 1);
    // All of one rule.
    act(&mut h, AuthoringCommand::RejectRule("evaluative".into()));
    assert!(
        workshop(&h)
            .suggestions
            .iter()
            .all(|s| s.rule != "evaluative")
    );
    let n = workshop(&h).suggestions.len();
    act(&mut h, AuthoringCommand::AcceptRule("named-source".into()));
    assert!(workshop(&h).suggestions.len() < n || n == 0);
    assert!(
        workshop(&h)
            .suggestions
            .iter()
            .all(|s| s.rule != "named-source")
    );
    // Mouse: Accept on a listed suggestion.
    let before = workshop(&h).editor.len();
    if let Some(s) = workshop(&h).suggestions.first().cloned() {
        h.get_by_label(&format!("Accept “{}”", s.quote)).click();
        h.run();
        assert_eq!(workshop(&h).editor.len(), before + 1);
    }
}

#[test]
fn the_checker_finds_a_missing_rationale_and_clicking_it_selects_the_item() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut h = harness(app(dir.path()));
    new_lesson(&mut h);
    mark(&mut h, "Critics say", Key::Num3);
    act(&mut h, AuthoringCommand::Edit(EditCommand::Select(None)));
    h.get_by_label("Check key").click();
    h.run();
    let problem = h.get_by_label_contains("has no rationale");
    problem.click();
    h.run();
    assert!(
        workshop(&h).editor.selected.is_some(),
        "the item is selected"
    );
    h.get_by_label("Rationale").click();
    h.run();
    h.get_by_label("Rationale").type_text("Nobody is named.");
    h.run();
    h.get_by_label("Check key").click();
    h.run();
    assert!(h.query_by_label("No problems found.").is_some());
}

#[test]
fn editing_the_article_re_finds_items_and_lists_the_ones_it_cannot() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut h = harness(app(dir.path()));
    new_lesson(&mut h);
    for (phrase, key) in [
        ("Mayor Ann Lee said", Key::Num1),
        ("disaster", Key::Num2),
        ("Tom Brandt, told reporters", Key::Num1),
    ] {
        mark(&mut h, phrase, key);
    }
    assert_eq!(workshop(&h).editor.len(), 3);
    // A paragraph inserted before, a word changed inside an item, an item's text deleted.
    let body = workshop(&h)
        .draft
        .body
        .replace("The ferry to", "A new first paragraph.\n\nThe ferry to")
        .replace("told reporters", "told reporter")
        .replace("the repairs were a disaster and ", "");
    act(&mut h, AuthoringCommand::Tab(Tab::Article));
    act(&mut h, AuthoringCommand::SetBody(body));
    act(&mut h, AuthoringCommand::ApplyArticle);
    let got = items(&h);
    let quotes: Vec<&str> = got.iter().map(|(q, _, _)| q.as_str()).collect();
    assert!(quotes.contains(&"Mayor Ann Lee said"), "moved: {quotes:?}");
    assert!(
        quotes.iter().any(|q| q.starts_with("Tom Brandt, told")),
        "re-found approximately: {quotes:?}"
    );
    let p = workshop(&h);
    assert_eq!(p.orphans.len(), 1, "nothing is dropped silently");
    assert_eq!(p.orphans[0].quote.as_deref(), Some("disaster"));
    assert!(h.query_by_label("Items to place again (1)").is_some());
    // The instructor deletes it.
    h.get_by_label("Delete").click();
    h.run();
    assert!(workshop(&h).orphans.is_empty());
}

#[test]
fn a_saved_web_page_becomes_a_workshop_with_its_details() {
    let dir = tempfile::tempdir().expect("tempdir");
    let page =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/articles/river-park.html");
    let mut h = harness(app_with(
        dir.path(),
        Arc::new(FakeDialogs::new().then(Some(page))),
    ));
    h.get_by_label("Make a lesson from an article…").click();
    settle(&mut h);
    assert!(
        matches!(h.state().state.page, Page::Authoring(_)),
        "{:?}",
        h.state().state.shared.messages.all()
    );
    let w = workshop(&h);
    assert_eq!(w.draft.meta.title, "Council approves river park");
    assert_eq!(
        w.draft
            .meta
            .source
            .as_ref()
            .and_then(|s| s.outlet.as_deref()),
        Some("The Valley Courier")
    );
    assert!(w.lesson.text.as_str().contains("according to the minutes"));
    assert!(w.dirty, "an imported article is unsaved work");
    // Leaving with unsaved work asks first.
    h.get_by_label("Back to library").click();
    h.run();
    assert!(matches!(h.state().state.page, Page::Authoring(_)));
    assert!(
        h.query_by_label_contains("press \"Back to library\" again")
            .is_some()
    );
    let _ = vec2(0.0, 0.0);
}

#[test]
fn a_bundled_lesson_is_edited_as_a_copy_with_its_key() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut h = harness(app(dir.path()));
    h.get_by_label("Edit Peace talks: territory against security")
        .click();
    settle(&mut h);
    let w = workshop(&h);
    assert_eq!(w.editor.len(), 39, "every key item placed");
    assert!(w.orphans.is_empty());
    assert!(w.path.is_none(), "a bundled lesson is saved as a copy");
    let seed = newsmark::service::open_lesson(&newsmark::service::LessonSource::Bundled(
        newsmark::bundled::lessons().next().expect("bundled"),
    ))
    .expect("seed");
    assert_eq!(
        w.lesson.text.as_str(),
        seed.lesson.text.as_str(),
        "the same canonical text"
    );
}

#[test]
fn a_malformed_word_list_in_the_data_folder_is_reported_at_start() {
    let dir = tempfile::tempdir().expect("tempdir");
    let en = dir.path().join("rules/en");
    std::fs::create_dir_all(&en).expect("dir");
    std::fs::write(en.join("mine.txt"), "# rule: mine\n# label: facts\n").expect("write");
    let h = harness(app(dir.path()));
    let msgs = h.state().state.shared.messages.all();
    assert!(
        msgs.iter()
            .any(|m| m.error && m.text.contains("mine.txt") && m.text.contains("line 2")),
        "{msgs:?}"
    );
}

#[test]
fn the_key_is_exported_for_other_tools() {
    let dir = tempfile::tempdir().expect("tempdir");
    let out = dir.path().join("ferry.ann");
    let mut h = harness(app_with(
        dir.path(),
        Arc::new(FakeDialogs::new().then(Some(out.clone()))),
    ));
    new_lesson(&mut h);
    mark(&mut h, "Critics say", Key::Num3);
    h.get_by_label("Export key…").click();
    settle(&mut h);
    let ann = std::fs::read_to_string(&out).expect("brat file");
    assert!(ann.starts_with("T1\tUnsupported "), "{ann}");
    assert!(dir.path().join("ferry.txt").is_file(), "the text beside it");
}

/// Types `text` into the details field labelled `label` one character at a time, each in a
/// frame of its own, as a person types.
fn type_slowly(h: &mut H, label: &str, text: &str) {
    h.get_by_role_and_label(Role::TextInput, label).click();
    h.run();
    for c in text.chars() {
        h.get_by_role_and_label(Role::TextInput, label)
            .type_text(&c.to_string());
        h.run();
    }
}

/// What the details field labelled `label` shows.
fn shown(h: &H, label: &str) -> Option<String> {
    h.get_by_role_and_label(Role::TextInput, label).value()
}

/// The front matter of the lesson saved at `lessons/<name>` in the data folder.
fn saved_meta(h: &H, dir: &Path, name: &str) -> LessonMeta {
    let path = dir.join("lessons").join(name);
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| {
        panic!(
            "{}: {e}; {:?}",
            path.display(),
            h.state().state.shared.messages.all()
        )
    });
    Lesson::parse(&text, LessonFormat::Markdown, "x")
        .expect("the saved lesson reads back")
        .meta
}

#[test]
fn skills_keep_their_commas_and_spaces_while_typed_and_are_split_when_saved() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut h = harness(app(dir.path()));
    new_lesson(&mut h);
    h.get_by_label("Details").click();
    h.run();
    let before = workshop(&h).revision;
    type_slowly(&mut h, "Skills", "attribution, loaded verbs");
    assert_eq!(workshop(&h).form.skills, "attribution, loaded verbs");
    assert_eq!(
        shown(&h, "Skills").as_deref(),
        Some("attribution, loaded verbs"),
        "the field shows exactly what was typed"
    );
    assert!(workshop(&h).revision > before, "typing is a change");
    assert!(workshop(&h).dirty);

    h.get_by_label("Save").click();
    settle(&mut h);
    let meta = saved_meta(&h, dir.path(), "new-lesson.md");
    assert_eq!(meta.skills, vec!["attribution", "loaded verbs"]);
    assert!(!workshop(&h).dirty);
    assert_eq!(
        shown(&h, "Skills").as_deref(),
        Some("attribution, loaded verbs"),
        "saving leaves the field as typed"
    );
}

#[test]
fn a_space_typed_inside_a_skill_is_kept() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut h = harness(app(dir.path()));
    new_lesson(&mut h);
    h.get_by_label("Details").click();
    h.run();
    type_slowly(&mut h, "Skills", "vague sourcing");
    assert_eq!(shown(&h, "Skills").as_deref(), Some("vague sourcing"));
    assert_eq!(workshop(&h).form.skills, "vague sourcing");
    assert_eq!(workshop(&h).draft.meta.skills, vec!["vague sourcing"]);
}

#[test]
fn minutes_that_are_not_a_number_are_shown_and_nothing_is_saved_until_fixed() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut h = harness(app(dir.path()));
    new_lesson(&mut h);
    h.get_by_label("Details").click();
    h.run();
    type_slowly(&mut h, "Minutes", "20 min");
    assert_eq!(shown(&h, "Minutes").as_deref(), Some("20 min"));
    assert_eq!(workshop(&h).details_errors, vec![DetailError::Minutes]);
    assert!(
        h.query_by_label("Minutes: a whole number, e.g. 20")
            .is_some(),
        "the problem is shown beside the field"
    );

    // Saving from another tab refuses, says which field, and shows the details.
    h.get_by_label("Answer key").click();
    h.run();
    h.get_by_label("Save").click();
    settle(&mut h);
    {
        let msgs = h.state().state.shared.messages.all();
        assert!(
            msgs.iter()
                .any(|m| m.error && m.text.contains("Minutes") && m.text.contains("not saved")),
            "{msgs:?}"
        );
    }
    let written = std::fs::read_dir(dir.path().join("lessons")).map_or(0, |d| d.count());
    assert_eq!(written, 0, "nothing is written");
    assert_eq!(workshop(&h).tab, Tab::Details);
    assert!(workshop(&h).dirty);
    assert_eq!(
        shown(&h, "Minutes").as_deref(),
        Some("20 min"),
        "nothing is dropped"
    );

    // Fixed, the note goes and the lesson is saved with its minutes.
    h.get_by_role_and_label(Role::TextInput, "Minutes").click();
    h.run();
    h.key_press_modifiers(egui::Modifiers::COMMAND, Key::A);
    h.get_by_role_and_label(Role::TextInput, "Minutes")
        .type_text("20");
    h.run();
    assert_eq!(shown(&h, "Minutes").as_deref(), Some("20"));
    assert!(workshop(&h).details_errors.is_empty());
    assert!(
        h.query_by_label("Minutes: a whole number, e.g. 20")
            .is_none()
    );
    h.get_by_label("Save").click();
    settle(&mut h);
    let meta = saved_meta(&h, dir.path(), "new-lesson.md");
    assert_eq!(meta.minutes, Some(20));
}

#[test]
fn a_language_that_is_not_a_code_is_shown_beside_its_field() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut h = harness(app(dir.path()));
    new_lesson(&mut h);
    h.get_by_label("Details").click();
    h.run();
    type_slowly(&mut h, "Language", "English");
    assert_eq!(shown(&h, "Language").as_deref(), Some("English"));
    assert!(
        h.query_by_label("Language: a two-letter code such as en, es, fr")
            .is_some()
    );
    // Typed a letter at a time, "En" parsed on the way; what is shown is what counts, and a
    // save is refused until it parses (see the minutes test).
    h.get_by_role_and_label(Role::TextInput, "Language").click();
    h.run();
    h.key_press_modifiers(egui::Modifiers::COMMAND, Key::A);
    h.get_by_role_and_label(Role::TextInput, "Language")
        .type_text("es");
    h.run();
    assert!(
        h.query_by_label("Language: a two-letter code such as en, es, fr")
            .is_none()
    );
    assert_eq!(workshop(&h).draft.meta.language.as_deref(), Some("es"));
}

#[test]
fn the_details_form_is_parsed_when_used() {
    let mut meta = LessonMeta {
        title: "T".into(),
        minutes: Some(15),
        level: Some(7),
        ..LessonMeta::default()
    };
    let mut form = DetailsForm::from_meta(&meta);
    assert_eq!(form.minutes, "15");
    form.skills = " attribution ,, loaded verbs , ".into();
    form.minutes = "20 min".into();
    form.language = "pt-BR".into();
    form.outlet = "   ".into();
    let errors = form.parse_into(&mut meta);
    assert_eq!(errors, vec![DetailError::Level, DetailError::Minutes]);
    assert_eq!(errors[1].to_string(), "Minutes: a whole number, e.g. 20");
    assert_eq!(meta.skills, vec!["attribution", "loaded verbs"]);
    assert_eq!(
        meta.minutes,
        Some(15),
        "a value that does not parse is not taken"
    );
    assert_eq!(meta.language.as_deref(), Some("pt-BR"));
    assert_eq!(meta.source, None, "a blank outlet is no source");
    assert_eq!(
        form.skills, " attribution ,, loaded verbs , ",
        "the form is left as typed"
    );
    form.minutes = "20".into();
    for bad in ["english", "e", "en-", "12"] {
        form.language = bad.into();
        assert_eq!(
            form.parse_into(&mut meta),
            vec![DetailError::Level, DetailError::Language],
            "{bad}"
        );
    }
}

/// Two teachers' keys of one lesson: the agreement, and the disagreements decided one by one
/// into a merged key.
#[test]
fn compare_with_another_key_and_merge_the_disagreements() {
    use newsmark::model::agree::{Choice, DisagreementKind};
    let data = tempfile::tempdir().expect("tempdir");
    let files = tempfile::tempdir().expect("tempdir");
    // Their key: "according to US Vice President J.D. Vance" as in ours, "territorial
    // ambitions" as attribution (ours: opinion), and one item ours lacks.
    let theirs = files.path().join("theirs.key.json");
    std::fs::write(
        &theirs,
        r#"{"items": [
            {"start": 110, "end": 131, "label": "attribution", "rationale": "Their reason."},
            {"start": 178, "end": 219, "label": "attribution"},
            {"start": 4, "end": 11, "label": "opinion", "rationale": "Ongoing frames it."}
        ]}"#,
    )
    .expect("write");
    let mut h = harness(app_with(
        data.path(),
        Arc::new(FakeDialogs::new().then(Some(theirs))),
    ));
    h.state_mut().state.handle(Command::Library(
        newsmark::app::library::LibraryCommand::Edit("bundled:001_peace-talks.md".into()),
    ));
    settle(&mut h);
    act(&mut h, AuthoringCommand::Tab(Tab::Key));
    let ours = workshop(&h).editor.len();
    act(&mut h, AuthoringCommand::Compare);
    settle(&mut h);
    let c = workshop(&h).compare.as_ref().expect("comparing");
    let first = c.current().expect("a disagreement").1.clone();
    assert_eq!(
        first.kind,
        DisagreementKind::OnlyTheirs,
        "“ongoing” comes first"
    );
    assert!(c.agreement.kappa.mean.is_some_and(|k| k > 0.0 && k < 1.0));
    assert!(h.query_by_label_contains("Disagreement 1 of").is_some());
    // Take theirs: the item and its rationale join our key.
    act(&mut h, AuthoringCommand::CompareChoose(Choice::TakeTheirs));
    let w = workshop(&h);
    assert_eq!(w.editor.len(), ours + 1);
    assert!(
        w.editor
            .spans()
            .any(|k| k.start == 4 && k.rationale.as_deref() == Some("Ongoing frames it."))
    );
    assert!(w.dirty, "the merged key is saved as usual");
    // The label differs on "territorial ambitions": keep ours, then the walk goes on.
    let c = w.compare.as_ref().expect("comparing");
    let next = c.current().expect("next").1.clone();
    assert_eq!(next.kind, DisagreementKind::LabelDiffers);
    let left = c.left();
    act(&mut h, AuthoringCommand::CompareChoose(Choice::KeepMine));
    let c = workshop(&h).compare.as_ref().expect("comparing");
    assert_eq!(c.left(), left - 1);
    act(&mut h, AuthoringCommand::CompareEnd);
    assert!(workshop(&h).compare.is_none());
}

#[test]
fn tabbing_through_the_suggestions_keeps_the_focused_control_in_view() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut h = harness(app(dir.path()));
    new_lesson(&mut h);
    h.set_size(egui::vec2(1024.0, 420.0));
    h.run();
    h.get_by_label("Suggest items").click();
    settle(&mut h);
    let last = workshop(&h)
        .suggestions
        .last()
        .expect("suggestions")
        .quote
        .clone();
    let target = format!("Reject “{last}”");
    // Below the window at first: the side panel has to scroll to show it.
    assert!(h.get_by_label(&target).rect().top() > 420.0);
    for _ in 0..80 {
        h.key_press(egui::Key::Tab);
        h.run();
        if h.get_by_label(&target).accesskit_node().is_focused() {
            break;
        }
    }
    let r = h.get_by_label(&target).rect();
    assert!(
        h.get_by_label(&target).accesskit_node().is_focused(),
        "Tab reached {target}"
    );
    assert!(r.top() >= 0.0 && r.bottom() <= 420.0, "{target} at {r:?}");
}
