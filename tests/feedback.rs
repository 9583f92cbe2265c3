//! Feedback that teaches, driven headlessly: the score is the first thing seen after every
//! check, wrong-label cards say what the student chose, the overlapping-labels case is
//! explained, the last check's explanations stay after *Try again*, and the class table
//! counts the highlights the key does not have.

mod common;

use common::{H, app, app_with, harness, settle};
use egui_kittest::kittest::Queryable;
use newsmark::app::class::{ClassCommand, SortBy};
use newsmark::app::dialogs::FakeDialogs;
use newsmark::app::editing::EditCommand;
use newsmark::app::lesson::feedback::{words, wrong_label_text};
use newsmark::app::lesson::{LessonCommand, LessonPage, Mode};
use newsmark::app::library::LibraryCommand;
use newsmark::app::state::{Command, Page};
use newsmark::model::annotation::{Answer, AnswerSpan};
use newsmark::model::scoring::{GivenLabel, ItemStatus};
use newsmark::model::{Label, Span};
use std::sync::Arc;

const SEED: &str = "bundled:001_peace-talks.md";
const BIKE_LANE: &str = "bundled:003_bike-lane.md";

fn page(h: &H) -> &LessonPage {
    h.state().state.lesson().expect("a lesson is open")
}

fn lesson_cmd(h: &mut H, c: LessonCommand) {
    h.state_mut().state.handle(Command::Lesson(c));
    h.run();
}

fn open(h: &mut H, id: &str) {
    h.state_mut()
        .state
        .handle(Command::Library(LibraryCommand::Open(id.into())));
    settle(h);
    assert!(
        h.state().state.lesson().is_some_and(|l| l.id == id),
        "{id} opens: {:?}",
        h.state().state.shared.messages.all()
    );
}

/// Highlight chars `start..end` with a label, as a mouse drag and a label key do.
fn mark(h: &mut H, start: usize, end: usize, label: Label) {
    lesson_cmd(
        h,
        LessonCommand::Edit(EditCommand::Drag {
            anchor: start,
            to: end,
            done: true,
        }),
    );
    lesson_cmd(h, LessonCommand::Edit(EditCommand::Label(label)));
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

fn top_of(h: &H, label: &str) -> f32 {
    h.get_by_label_contains(label).rect().top()
}

#[test]
fn the_score_is_the_first_thing_seen_after_every_check() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut h = harness(app(dir.path()));
    open(&mut h, SEED);
    mark(&mut h, 178, 219, Label::Attribution);
    lesson_cmd(&mut h, LessonCommand::Check);
    assert!(page(&h).feedback().is_some());
    let score_top = top_of(&h, "out of 100");
    let items_top = top_of(&h, "Key items:");
    assert!(
        h.query_all_by_label_contains(&words::benchmark())
            .next()
            .is_some(),
        "the benchmark stands next to the score"
    );
    // Scroll the item cards down to the last key item.
    let last = {
        let sc = page(&h).feedback().expect("feedback");
        let it = sc.items.last().expect("key items");
        format!("“{}”", page(&h).lesson.text.slice_clamped(it.start, it.end))
    };
    h.get_all_by_label_contains(&last)
        .next_back()
        .expect("the last item's card")
        .scroll_to_me();
    h.run();
    assert!(
        top_of(&h, "Key items:") < items_top - 50.0,
        "the cards scrolled: {} then {}",
        items_top,
        top_of(&h, "Key items:")
    );
    // The score stays pinned above the cards.
    assert!((top_of(&h, "out of 100") - score_top).abs() < 1.0);
    // Try again, check again: the panel starts at its top.
    lesson_cmd(&mut h, LessonCommand::TryAgain);
    lesson_cmd(&mut h, LessonCommand::Check);
    assert!(page(&h).feedback().is_some());
    assert!(
        (top_of(&h, "Key items:") - items_top).abs() < 1.0,
        "the cards start at their top again"
    );
    let r = h.get_by_label("out of 100").rect();
    assert!(
        r.top() >= 0.0 && r.bottom() <= 800.0 && r.left() >= 0.0 && r.right() <= 1200.0,
        "the score line is in the window: {r:?}"
    );
    assert!((r.top() - score_top).abs() < 1.0);
}

#[test]
fn a_wrong_label_card_says_what_the_student_chose() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut h = harness(app(dir.path()));
    open(&mut h, SEED);
    mark(&mut h, 178, 219, Label::Opinion);
    lesson_cmd(&mut h, LessonCommand::Check);
    let sc = page(&h).feedback().expect("feedback").clone();
    assert_eq!(sc.items[1].status, ItemStatus::WrongLabel);
    assert!(
        h.query_all_by_label_contains("You chose Opinion; the key has Attribution: A named source")
            .next()
            .is_some(),
        "the card names both labels and gives the rationale"
    );
}

#[test]
fn overlapping_labels_are_explained_not_called_wrong() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut h = harness(app(dir.path()));
    open(&mut h, BIKE_LANE);
    let (a, b) = find(&h, "Mayor Helen Brandt claimed that");
    mark(&mut h, a, b, Label::Attribution);
    lesson_cmd(&mut h, LessonCommand::Check);
    let sc = page(&h).feedback().expect("feedback").clone();
    let text = &page(&h).lesson.text;
    let claimed = sc
        .items
        .iter()
        .find(|it| it.label == Label::Opinion && text.slice_clamped(it.start, it.end) == "claimed")
        .expect("the key labels “claimed” as opinion");
    assert_eq!(claimed.status, ItemStatus::WrongLabel);
    assert_eq!(
        sc.labels_given(claimed),
        vec![GivenLabel {
            label: Label::Attribution,
            also_right: true
        }]
    );
    assert!(
        h.query_all_by_label_contains(
            "You marked these words as part of an Attribution; the key also labels “claimed” as Opinion: "
        )
        .next()
        .is_some(),
        "the overlap is explained"
    );
    assert!(h.query_all_by_label_contains("You chose").next().is_none());
}

#[test]
fn after_try_again_the_last_checks_explanations_stay() {
    let dir = tempfile::tempdir().expect("tempdir");
    let file = dir.path().join("ben.json");
    let dialogs = Arc::new(FakeDialogs::new().then(Some(file.clone())));
    let mut h = harness(app_with(dir.path(), dialogs));
    open(&mut h, SEED);
    mark(&mut h, 178, 219, Label::Attribution);
    lesson_cmd(&mut h, LessonCommand::Check);
    lesson_cmd(&mut h, LessonCommand::TryAgain);
    assert_eq!(page(&h).mode, Mode::Reading);
    assert!(page(&h).last_check.is_some());
    assert!(
        h.query_all_by_label_contains("Last check's explanations")
            .next()
            .is_some()
    );
    // Collapsed until opened.
    assert!(
        h.query_all_by_label_contains("A named source plus the cue")
            .next()
            .is_none()
    );
    h.get_by_label_contains("Last check's explanations").click();
    h.run();
    assert!(
        h.query_all_by_label_contains("A named source plus the cue")
            .next()
            .is_some()
    );
    // Loading an answer file puts the last check away.
    let text = page(&h).lesson.text.clone();
    let mut a = Answer::new(&text, Some("001_peace-talks.md".into()));
    a.spans
        .push(AnswerSpan::new(&text, Span::new(0, 11, Label::Opinion)));
    std::fs::write(&file, newsmark::store::to_json(&a).expect("json")).expect("write");
    h.state_mut()
        .state
        .handle(Command::Lesson(LessonCommand::OpenAnswerDialog));
    settle(&mut h);
    assert!(page(&h).last_check.is_none());
    assert!(
        h.query_by_label_contains("Last check's explanations")
            .is_none()
    );
}

#[test]
fn the_class_table_counts_highlights_not_in_the_key() {
    let data = tempfile::tempdir().expect("tempdir");
    let folder = tempfile::tempdir().expect("tempdir");
    let seed = newsmark::service::open_lesson(&newsmark::service::LessonSource::Bundled(
        newsmark::bundled::lessons().next().expect("bundled"),
    ))
    .expect("seed");
    let t = &seed.lesson.text;
    // Ana marks the key's attribution and "The ongoing", which no key item covers; Ben
    // gives the attribution another label (not extra).
    for (name, spans) in [
        (
            "Ana",
            vec![(178, 219, Label::Attribution), (0, 11, Label::Opinion)],
        ),
        ("Ben", vec![(178, 219, Label::Unsupported)]),
    ] {
        let mut a = Answer::new(t, Some("001_peace-talks.md".into()));
        a.student = Some(name.into());
        for (s, e, l) in spans {
            a.spans.push(AnswerSpan::new(t, Span::new(s, e, l)));
        }
        std::fs::write(
            folder.path().join(format!("{name}.json")),
            newsmark::store::to_json(&a).expect("json"),
        )
        .expect("write");
    }
    let dialogs = Arc::new(FakeDialogs::new().then(Some(folder.path().to_path_buf())));
    let mut h = harness(app_with(data.path(), dialogs));
    h.get_by_label("Class results for Peace talks: territory against security")
        .click();
    h.run();
    // From a folder (the other choice is an LMS's zip).
    h.get_by_label("A folder of hand-ins…").click();
    settle(&mut h);
    let Page::Class(p) = &h.state().state.page else {
        panic!("class page: {:?}", h.state().state.shared.messages.all());
    };
    let extra: Vec<(String, usize)> = p
        .class
        .report
        .students
        .iter()
        .map(|s| (s.name.clone(), s.score.not_in_key()))
        .collect();
    assert_eq!(extra, vec![("Ana".into(), 1), ("Ben".into(), 0)]);
    assert!(h.query_by_label("Extra").is_some(), "the Extra column");
    h.state_mut()
        .state
        .handle(Command::Class(ClassCommand::Sort(SortBy::Extra)));
    h.run();
    let Page::Class(p) = &h.state().state.page else {
        panic!()
    };
    let first = p.order[0];
    assert_eq!(p.class.report.students[first].name, "Ana");
    assert!(h.query_by_label("Extra (high)").is_some());
}

#[test]
fn wrong_label_words() {
    let chose = [GivenLabel {
        label: Label::Opinion,
        also_right: false,
    }];
    assert_eq!(
        wrong_label_text(Label::Attribution, &chose, "said", Some("Named source. ")).as_deref(),
        Some("You chose Opinion; the key has Attribution: Named source.")
    );
    assert_eq!(
        wrong_label_text(Label::Attribution, &chose, "said", None).as_deref(),
        Some("You chose Opinion; the key has Attribution.")
    );
    let also = [GivenLabel {
        label: Label::Attribution,
        also_right: true,
    }];
    assert_eq!(
        wrong_label_text(Label::Opinion, &also, "claimed", Some("Loaded verb.")).as_deref(),
        Some(
            "You marked these words as part of an Attribution; the key also labels “claimed” as Opinion: Loaded verb."
        )
    );
    // A wrong choice is said plainly even when another highlight over the words is right.
    let both = [also[0], chose[0]];
    assert!(
        wrong_label_text(Label::Unsupported, &both, "x", None)
            .is_some_and(|t| t.starts_with("You chose Opinion; the key has Unsupported"))
    );
    assert_eq!(wrong_label_text(Label::Opinion, &[], "x", None), None);
}
