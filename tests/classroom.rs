//! The teacher's side driven headlessly: class results from a folder of answers, the
//! student detail, the heat map, projector mode and the gradebook export.

mod common;

use common::{app_with, harness, settle};
use egui_kittest::kittest::Queryable;
use newsmark::app::class::{ClassCommand, ClassTab, SortBy};
use newsmark::app::dialogs::FakeDialogs;
use newsmark::app::state::{Command, Page};
use newsmark::model::annotation::{Answer, AnswerSpan};
use newsmark::model::{Label, Span};
use std::sync::Arc;

/// Answers of three students to the seed lesson.
fn answers(dir: &std::path::Path) {
    let seed = newsmark::service::open_lesson(&newsmark::service::LessonSource::Bundled(
        newsmark::bundled::lessons().next().expect("bundled"),
    ))
    .expect("seed");
    let t = &seed.lesson.text;
    for (name, spans) in [
        (
            "Ana",
            vec![(178, 219, Label::Attribution), (0, 11, Label::Opinion)],
        ),
        ("Ben", vec![(178, 219, Label::Unsupported)]),
        ("Cai", vec![]),
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
    std::fs::write(dir.join("broken.json"), "{").expect("write");
}

#[test]
fn class_results_for_a_folder_of_answers() {
    let data = tempfile::tempdir().expect("tempdir");
    let folder = tempfile::tempdir().expect("tempdir");
    answers(folder.path());
    let csv = folder.path().join("grades.csv");
    let dialogs = Arc::new(
        FakeDialogs::new()
            .then(Some(folder.path().to_path_buf()))
            .then(Some(csv.clone())),
    );
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
    assert_eq!(p.class.report.students.len(), 3);
    assert_eq!(p.class.problems.len(), 1, "the broken file is listed");
    assert!(h.query_by_label("3 answer(s)").is_some());
    assert!(h.query_by_label("Ana").is_some());
    // Sort by score, highest first: Ana.
    h.state_mut()
        .state
        .handle(Command::Class(ClassCommand::Sort(SortBy::Score)));
    h.run();
    let Page::Class(p) = &h.state().state.page else {
        panic!()
    };
    let first = p.order[0];
    assert_eq!(p.class.report.students[first].name, "Ana");
    // A student's highlights over the key.
    h.get_by_label("Ana").click();
    h.run();
    assert!(
        h.query_by_label_contains("Filled: the student's highlights")
            .is_some()
    );
    // Items, figures and the heat map draw; projector mode hides names.
    for t in [ClassTab::Items, ClassTab::Figures, ClassTab::HeatMap] {
        h.state_mut()
            .state
            .handle(Command::Class(ClassCommand::Tab(t)));
        h.run();
    }
    h.state_mut()
        .state
        .handle(Command::Class(ClassCommand::Tab(ClassTab::Students)));
    h.get_by_label("Projector (large text, no names)").click();
    h.run();
    assert!(h.query_by_label("Ana").is_none());
    assert!(h.query_by_label("Student 1").is_some());
    // The gradebook, where the teacher chose.
    h.get_by_label("Canvas…").click();
    settle(&mut h);
    let text = std::fs::read_to_string(&csv).expect("gradebook written");
    assert!(text.starts_with("Student,"), "{text}");
    assert_eq!(text.lines().count(), 4, "{text}");
    assert!(
        h.query_by_label_contains("Wrote the gradebook (3 student(s))")
            .is_some()
    );
}

#[test]
fn a_pack_adds_its_lessons_and_a_released_key_gives_feedback() {
    let data = tempfile::tempdir().expect("tempdir");
    let files = tempfile::tempdir().expect("tempdir");
    let lessons = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("lessons");
    let lesson = lessons.join("002_bridge-repairs.md");
    let pack = newsmark::store::pack::make_pack(
        std::slice::from_ref(&lesson),
        Some("9B media".into()),
        Some("Friday".into()),
    )
    .expect("pack");
    let pack_path = files.path().join("week1.newsmark-pack");
    newsmark::store::write_json(&pack_path, &pack).expect("write");
    let mut h = harness(app_with(data.path(), Arc::new(FakeDialogs::new())));
    h.state_mut().state.handle(Command::OpenPath(pack_path));
    settle(&mut h);
    assert!(
        h.query_by_label("9B media (due Friday)").is_some(),
        "{:?}",
        h.state().state.shared.messages.all()
    );
    let entry = h
        .state()
        .state
        .shared
        .catalogue
        .iter()
        .find(|e| e.group.is_some())
        .expect("the pack's lesson")
        .id
        .clone();
    assert!(
        !h.state()
            .state
            .shared
            .catalogue
            .iter()
            .any(|e| e.id == entry && e.has_key),
        "no key came with the pack"
    );
    // After class the teacher releases the key; the student opens it.
    let key_copy = files.path().join("002_bridge-repairs.key.json");
    std::fs::copy(lessons.join("002_bridge-repairs.key.json"), &key_copy).expect("copy");
    h.state_mut().state.handle(Command::OpenPath(key_copy));
    settle(&mut h);
    assert!(
        h.query_by_label_contains("The answer key for").is_some(),
        "{:?}",
        h.state().state.shared.messages.all()
    );
    h.state_mut().state.handle(Command::Library(
        newsmark::app::library::LibraryCommand::Open(entry),
    ));
    settle(&mut h);
    h.get_by_label("Check my answers").click();
    h.run();
    assert!(
        h.state()
            .state
            .lesson()
            .and_then(|l| l.feedback())
            .is_some(),
        "the same feedback as in self-study"
    );
}

#[test]
fn the_teacher_makes_a_pack_from_the_library() {
    let data = tempfile::tempdir().expect("tempdir");
    let out = data.path().join("9b.newsmark-pack");
    let mut h = harness(app_with(
        data.path(),
        Arc::new(FakeDialogs::new().then(Some(out.clone()))),
    ));
    h.get_by_label("Put Peace talks: territory against security in the student pack")
        .click();
    h.run();
    h.get_by_label("Put Bridge repairs approved after inspection in the student pack")
        .click();
    h.run();
    assert!(h.query_by_label("Student pack: 2 lessons").is_some());
    h.get_by_role_and_label(egui::accesskit::Role::TextInput, "Class")
        .click();
    h.run();
    h.get_by_role_and_label(egui::accesskit::Role::TextInput, "Class")
        .type_text("9B media");
    h.run();
    h.get_by_label("Save pack…").click();
    settle(&mut h);
    let pack = newsmark::store::pack::read_pack(&out).expect("pack written");
    assert_eq!(pack.class.as_deref(), Some("9B media"));
    let names: Vec<&str> = pack.lessons.iter().map(|l| l.name.as_str()).collect();
    assert_eq!(names, vec!["001_peace-talks.md", "002_bridge-repairs.md"]);
    let text = std::fs::read_to_string(&out).expect("read");
    assert!(!text.contains("rationale"), "no key in a pack");
    assert!(
        h.query_by_label_contains("Wrote the student pack (2 lessons, no keys)")
            .is_some()
    );
}

/// An LMS round trip in the app: class results from a Canvas download as it comes, the
/// roster, who handed nothing in, a hand-in matched to its student by the teacher
/// (remembered), and the gradebook in Canvas's own layout.
#[test]
fn class_results_from_a_canvas_zip_with_its_roster_and_a_gradebook_to_import() {
    use newsmark::app::command::RosterCommand;
    use newsmark::app::library::LibraryCommand;
    use std::io::Write as _;
    let data = tempfile::tempdir().expect("tempdir");
    let files = tempfile::tempdir().expect("tempdir");
    let folder = tempfile::tempdir().expect("tempdir");
    answers(folder.path());
    // The same answers as Canvas names them: Ana (user 101) late, Ben (102), Cai (103) typed
    // nothing Canvas knows; Dee (104) handed nothing in.
    let zip_path = files.path().join("submissions.zip");
    let mut zip = zip::ZipWriter::new(std::fs::File::create(&zip_path).expect("zip"));
    for (entry, file) in [
        ("ana_LATE_101_9001_Ana.json", "Ana.json"),
        ("ben_102_9002_Ben.json", "Ben.json"),
        ("cai_777_9003_Cai.json", "Cai.json"),
    ] {
        zip.start_file(entry, zip::write::SimpleFileOptions::default())
            .expect("entry");
        zip.write_all(&std::fs::read(folder.path().join(file)).expect("answer"))
            .expect("write");
    }
    zip.finish().expect("finish");
    let roster = files.path().join("roster.csv");
    std::fs::write(
        &roster,
        "Student,ID,SIS User ID,SIS Login ID,Section,Peace talks (555)\n    Points Possible,,,,,20\n\"A, Ana\",101,,,S1,\n\"B, Ben\",102,,,S1,\n\"C, Cai\",103,,,S1,\n\"D, Dee\",104,,,S1,\n",
    )
    .expect("roster");
    let out = files.path().join("import.csv");
    let dialogs = Arc::new(
        FakeDialogs::new()
            .then(Some(zip_path.clone()))
            .then(Some(roster.clone()))
            .then(Some(out.clone())),
    );
    let mut h = harness(app_with(data.path(), dialogs));
    h.state_mut()
        .state
        .handle(Command::Library(LibraryCommand::ClassResultsZip(
            "bundled:001_peace-talks.md".into(),
        )));
    settle(&mut h);
    let Page::Class(p) = &h.state().state.page else {
        panic!("class results: {:?}", common::messages(&h))
    };
    assert_eq!(p.class.report.students.len(), 3);
    assert!(p.lms.late(&format!(
        "{}/ana_LATE_101_9001_Ana.json",
        zip_path.display()
    )));
    h.state_mut()
        .state
        .handle(Command::Class(ClassCommand::Roster(RosterCommand::Choose)));
    settle(&mut h);
    settle(&mut h);
    let Page::Class(p) = &h.state().state.page else {
        panic!("class results")
    };
    assert_eq!(p.tab, ClassTab::Roster);
    let missing: Vec<&str> = p.lms.missing.iter().map(|m| m.name.as_str()).collect();
    assert_eq!(missing, ["C, Cai", "D, Dee"]);
    assert_eq!(
        p.lms.unmatched.len(),
        1,
        "Cai's Canvas id is not on the roster"
    );
    assert!(h.query_by_label("Handed nothing in (2)").is_some());
    // The teacher says the stray hand-in is Cai's: remembered beside the download.
    let key = p.lms.unmatched[0].key.clone();
    h.state_mut()
        .state
        .handle(Command::Class(ClassCommand::Roster(RosterCommand::Match {
            hand_in: key,
            row: Some("103".into()),
        })));
    settle(&mut h);
    settle(&mut h);
    let Page::Class(p) = &h.state().state.page else {
        panic!("class results")
    };
    let missing: Vec<&str> = p.lms.missing.iter().map(|m| m.name.as_str()).collect();
    assert_eq!(missing, ["D, Dee"]);
    assert!(p.lms.unmatched.is_empty());
    h.state_mut()
        .state
        .handle(Command::Class(ClassCommand::Roster(
            RosterCommand::Gradebook,
        )));
    settle(&mut h);
    settle(&mut h);
    let written = std::fs::read_to_string(&out).expect("the gradebook");
    let lines: Vec<&str> = written.lines().collect();
    assert_eq!(
        lines[0],
        "Student,ID,SIS User ID,SIS Login ID,Section,Peace talks (555)"
    );
    assert_eq!(lines.len(), 6, "every roster row kept: {written}");
    assert!(
        lines[5].starts_with("\"D, Dee\",104") && lines[5].ends_with(','),
        "{written}"
    );
}
