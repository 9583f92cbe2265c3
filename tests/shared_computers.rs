//! One computer, many students (issue 25): a hand-in seals the work, *Start fresh* clears it,
//! and on a shared computer no name, work or score of one student is kept for the next.

mod common;

use common::{H, app_as, harness, messages, settle};
use egui_kittest::kittest::Queryable;
use newsmark::app::dialogs::FakeDialogs;
use newsmark::app::editing::EditCommand;
use newsmark::app::lesson::LessonCommand;
use newsmark::app::library::LibraryCommand;
use newsmark::app::state::{Command, Role};
use newsmark::model::Label;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, Instant};

const SEED: &str = "bundled:001_peace-talks.md";

fn lesson(h: &mut H, c: LessonCommand) {
    h.state_mut().state.handle(Command::Lesson(c));
    h.run();
}

fn open(h: &mut H, id: &str) {
    h.state_mut()
        .state
        .handle(Command::Library(LibraryCommand::Open(id.into())));
    settle(h);
    assert!(h.state().state.lesson().is_some(), "the lesson opened");
}

fn mark(h: &mut H, a: usize, b: usize) {
    lesson(
        h,
        LessonCommand::Edit(EditCommand::Drag {
            anchor: a,
            to: b,
            done: true,
        }),
    );
    lesson(
        h,
        LessonCommand::Edit(EditCommand::Label(Label::Attribution)),
    );
}

fn highlights(h: &H) -> usize {
    h.state()
        .state
        .lesson()
        .map_or(0, |l| l.editor.to_vec().len())
}

/// Autosave now (the clock passes) and wait for the writer.
fn autosave(h: &mut H) {
    h.state_mut()
        .state
        .tick(Instant::now() + Duration::from_secs(2));
    settle(h);
}

fn hand_in(h: &mut H, name: &str) {
    h.state_mut().state.handle(Command::SetName(name.into()));
    lesson(h, LessonCommand::SaveAnswerAs);
    settle(h);
}

/// Every file under `dir` whose bytes contain `needle`.
fn files_containing(dir: &Path, needle: &str) -> Vec<PathBuf> {
    walkdir::WalkDir::new(dir)
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file())
        .filter(|e| {
            std::fs::read(e.path())
                .is_ok_and(|b| b.windows(needle.len()).any(|w| w == needle.as_bytes()))
        })
        .map(|e| e.into_path())
        .collect()
}

#[test]
fn a_hand_in_seals_the_work_and_start_fresh_clears_it_for_the_next_student() {
    let data = tempfile::tempdir().expect("tempdir");
    let out = tempfile::tempdir().expect("tempdir");
    let file = out.path().join("ana.json");
    let dialogs = Arc::new(
        FakeDialogs::new()
            .then(Some(file.clone()))
            .then(Some(file.clone())),
    );
    let mut h = harness(app_as(data.path(), dialogs, Some(Role::Student)));
    open(&mut h, SEED);
    mark(&mut h, 178, 219);
    hand_in(&mut h, "Ana Ruiz");
    assert!(file.is_file(), "handed in");
    assert!(
        h.query_by_label_contains("as Ana Ruiz (file ana.json)")
            .is_some(),
        "the lesson says it was handed in"
    );
    // Sealed: a new highlight is refused, and says why.
    mark(&mut h, 0, 11);
    assert_eq!(highlights(&h), 1, "the highlights are locked");
    assert!(messages(&h).iter().any(|m| m.contains("Make changes")));
    // Make changes reopens them and says a new hand-in is needed.
    h.get_by_label("Make changes").click();
    h.run();
    mark(&mut h, 0, 11);
    assert_eq!(highlights(&h), 2);
    autosave(&mut h);
    // Start fresh (after handing in again): nothing left for the next student.
    hand_in(&mut h, "Ana Ruiz");
    h.get_by_label("Start fresh for another student").click();
    h.run();
    settle(&mut h);
    assert_eq!(highlights(&h), 0);
    assert_eq!(h.state().state.shared.settings.student_name, "");
    let saved = newsmark::store::progress::autosave_path(data.path(), SEED);
    assert!(!saved.exists(), "the autosave is gone");
    assert!(h.query_by_label_contains("Handed in at").is_none());
}

#[test]
fn a_pack_for_shared_computers_keeps_no_name_work_or_score() {
    let data = tempfile::tempdir().expect("tempdir");
    let files = tempfile::tempdir().expect("tempdir");
    // Made on the command line, as a teacher would.
    let pack = files.path().join("lab.newsmark-pack");
    let lessons = Path::new(env!("CARGO_MANIFEST_DIR")).join("lessons");
    let st = std::process::Command::new(env!("CARGO_BIN_EXE_newsmark"))
        .arg("pack")
        .arg(lessons.join("002_bridge-repairs.md"))
        .arg("-o")
        .arg(&pack)
        .arg("--class")
        .arg("Lab 2")
        .arg("--shared-computers")
        .output()
        .expect("runs");
    assert!(
        st.status.success(),
        "{}",
        String::from_utf8_lossy(&st.stderr)
    );
    assert!(String::from_utf8_lossy(&st.stdout).contains("for shared computers"));
    let hand_in_file = files.path().join("handed-in.json");
    let dialogs = Arc::new(FakeDialogs::new().then(Some(hand_in_file.clone())));
    let mut h = harness(app_as(data.path(), dialogs, Some(Role::Student)));
    h.state_mut().state.handle(Command::OpenPath(pack));
    settle(&mut h);
    let id = h
        .state()
        .state
        .shared
        .catalogue
        .iter()
        .find(|e| e.shared_computers)
        .expect("the pack's lesson, marked for shared computers")
        .id
        .clone();
    open(&mut h, &id);
    assert!(h.state().state.lesson().is_some_and(|l| l.shared));
    mark(&mut h, 0, 6);
    h.state_mut()
        .state
        .handle(Command::SetName("Zebediah Quill".into()));
    h.state_mut()
        .state
        .handle(Command::SetStudentId("zq-77".into()));
    autosave(&mut h);
    // A check records no score for the next student to see.
    lesson(&mut h, LessonCommand::Check);
    lesson(&mut h, LessonCommand::TryAgain);
    settle(&mut h);
    assert!(
        h.state().state.shared.progress.lessons.is_empty(),
        "no progress kept"
    );
    lesson(&mut h, LessonCommand::SaveAnswerAs);
    settle(&mut h);
    let a = newsmark::store::read_answer(&hand_in_file).expect("handed in");
    assert_eq!(a.student.as_deref(), Some("Zebediah Quill"));
    assert_eq!(a.student_id.as_deref(), Some("zq-77"));
    // The hand-in cleared the lesson, and the name is nowhere in the data folder.
    assert_eq!(highlights(&h), 0);
    h.state_mut()
        .state
        .tick(Instant::now() + Duration::from_secs(2));
    settle(&mut h);
    assert_eq!(
        files_containing(data.path(), "Zebediah"),
        Vec::<PathBuf>::new()
    );
    assert_eq!(
        files_containing(data.path(), "zq-77"),
        Vec::<PathBuf>::new()
    );
    assert_eq!(h.state().state.shared.settings.student_name, "");
    // The next student opens the same lesson: nothing of the first one.
    h.state_mut().state.handle(Command::ShowLibrary);
    open(&mut h, &id);
    assert_eq!(highlights(&h), 0);
    let l = h.state().state.lesson().expect("open");
    assert!(l.unfinished.is_none());
    assert!(l.who.name.is_empty());
}

#[test]
fn unfinished_work_on_a_shared_computer_asks_continue_or_start_fresh() {
    let data = tempfile::tempdir().expect("tempdir");
    {
        let mut h = harness(app_as(
            data.path(),
            Arc::new(FakeDialogs::new()),
            Some(Role::Shared),
        ));
        open(&mut h, SEED);
        mark(&mut h, 178, 219);
        h.state_mut()
            .state
            .handle(Command::SetName("Ana Ruiz".into()));
        autosave(&mut h);
        // The app is killed here: the work was never handed in.
    }
    for (choice, left) in [
        (LessonCommand::ContinueUnfinished, 1),
        (LessonCommand::StartFresh, 0),
    ] {
        let mut h = harness(app_as(
            data.path(),
            Arc::new(FakeDialogs::new()),
            Some(Role::Shared),
        ));
        open(&mut h, SEED);
        // Not shown until someone says it is theirs.
        assert_eq!(highlights(&h), 0);
        assert!(
            h.query_by_label_contains("Someone's unfinished work is here (1 highlight, ")
                .is_some()
        );
        assert!(h.query_by_label_contains("name typed: Ana Ruiz").is_some());
        lesson(&mut h, choice);
        settle(&mut h);
        assert_eq!(highlights(&h), left);
        assert!(
            h.query_by_label_contains("Someone's unfinished work")
                .is_none()
        );
    }
    // After "Start fresh" the autosave is gone: nothing is asked again.
    let saved = newsmark::store::progress::autosave_path(data.path(), SEED);
    assert!(!saved.exists());
}

#[test]
fn a_shared_computer_shows_no_scores_or_unfinished_lessons_in_the_library() {
    let data = tempfile::tempdir().expect("tempdir");
    {
        let mut h = harness(app_as(
            data.path(),
            Arc::new(FakeDialogs::new()),
            Some(Role::Student),
        ));
        open(&mut h, SEED);
        mark(&mut h, 178, 219);
        lesson(&mut h, LessonCommand::Check);
        settle(&mut h);
        assert!(!h.state().state.shared.progress.lessons.is_empty());
    }
    let mut h = harness(app_as(
        data.path(),
        Arc::new(FakeDialogs::new()),
        Some(Role::Shared),
    ));
    assert!(h.query_by_label_contains("Best ").is_none());
    assert!(h.query_by_label_contains("Your skills").is_none());
    assert!(h.query_by_label_contains("Recommended next").is_none());
    h.state_mut().state.handle(Command::SetRole(Role::Student));
    h.run();
    assert!(h.query_by_label_contains("Best ").is_some());
}

#[test]
fn the_first_start_offers_shared_computer_mode() {
    let data = tempfile::tempdir().expect("tempdir");
    let mut h = harness(app_as(data.path(), Arc::new(FakeDialogs::new()), None));
    h.get_by_label("Students share this computer").click();
    h.run();
    assert_eq!(h.state().state.shared.settings.role, Some(Role::Shared));
    assert!(h.query_by_label("New lesson…").is_none());
}
