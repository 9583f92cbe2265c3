//! A classroom loop you can trust (issue 15), driven headlessly: a dialog's answer goes to
//! the page that asked or nowhere, files for other people follow the umask, writes never
//! hold up the window, and student mode hides the instructor tools.

mod common;

use common::{H, app_as, app_with, files_in, harness, messages, settle};
use egui_kittest::kittest::Queryable;
use newsmark::app::authoring::AuthoringCommand;
use newsmark::app::class::ClassCommand;
use newsmark::app::dialogs::{Dialogs, FakeDialogs, Purpose};
use newsmark::app::editing::EditCommand;
use newsmark::app::lesson::LessonCommand;
use newsmark::app::library::LibraryCommand;
use newsmark::app::picker::PickerCommand;
use newsmark::app::profile::ProfileCommand;
use newsmark::app::state::{Command, Page, Role};
use newsmark::model::Label;
use newsmark::model::class::GradebookFormat;
use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, Sender, channel};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

const SEED: &str = "bundled:001_peace-talks.md";
const BIKE: &str = "bundled:003_bike-lane.md";

/// A system file dialog a person answers whenever the test says: each question waits for
/// the next answer sent on the channel.
struct SlowDialogs {
    answers: Mutex<Receiver<Option<PathBuf>>>,
    asked: Mutex<Vec<Purpose>>,
}

impl Dialogs for SlowDialogs {
    fn ask(&self, purpose: &Purpose, _start: Option<&Path>) -> Result<Option<PathBuf>, String> {
        if let Ok(mut a) = self.asked.lock() {
            a.push(purpose.clone());
        }
        let answers = self.answers.lock().map_err(|e| e.to_string())?;
        answers.recv().map_err(|e| e.to_string())
    }
}

fn slow_dialogs() -> (Arc<SlowDialogs>, Sender<Option<PathBuf>>) {
    let (tx, rx) = channel();
    let d = Arc::new(SlowDialogs {
        answers: Mutex::new(rx),
        asked: Mutex::new(Vec::new()),
    });
    (d, tx)
}

fn asked(d: &SlowDialogs) -> usize {
    d.asked.lock().map(|a| a.len()).unwrap_or(0)
}

/// Step frames until `done` holds (a dialog may be waiting, so `settle` cannot be used).
fn wait_until(h: &mut H, what: &str, done: impl Fn(&H) -> bool) {
    let until = Instant::now() + Duration::from_secs(30);
    while !done(h) {
        h.step();
        assert!(Instant::now() < until, "waited too long for {what}");
        std::thread::sleep(Duration::from_millis(2));
    }
    h.step();
}

fn on_lesson(h: &H, id: &str) -> bool {
    h.state().state.lesson().is_some_and(|l| l.id == id)
}

fn open(h: &mut H, id: &str) {
    h.state_mut()
        .state
        .handle(Command::Library(LibraryCommand::Open(id.into())));
    let id = id.to_string();
    wait_until(h, "the lesson to open", |h| on_lesson(h, &id));
}

fn back(h: &mut H) {
    h.state_mut().state.handle(Command::ShowLibrary);
    h.step();
    assert!(matches!(h.state().state.page, Page::Library(_)));
}

/// Mark the first word of the open lesson as opinion.
fn mark_a_word(h: &mut H) {
    let (a, b) = h
        .state()
        .state
        .lesson()
        .and_then(|l| l.lesson.text.words().first().copied())
        .expect("a word");
    let s = &mut h.state_mut().state;
    s.handle(Command::Lesson(LessonCommand::Edit(EditCommand::Drag {
        anchor: a,
        to: b,
        done: true,
    })));
    s.handle(Command::Lesson(LessonCommand::Edit(EditCommand::Label(
        Label::Opinion,
    ))));
}

/// The reproduction of issue 15, point 1: the hand-in dialog of lesson 001 is answered
/// after the student went to lesson 003. Before, 003's empty answer was written as
/// `001_peace-talks.<name>.json`; now nothing is written and the student is told.
#[test]
fn a_hand_in_answered_after_leaving_the_lesson_writes_nothing() {
    let data = tempfile::tempdir().expect("tempdir");
    let out = tempfile::tempdir().expect("tempdir");
    let (dialogs, answer) = slow_dialogs();
    let mut h = harness(app_with(data.path(), dialogs.clone()));
    open(&mut h, SEED);
    mark_a_word(&mut h);
    h.state_mut()
        .state
        .handle(Command::SetName("Chloe Ruiz".into()));
    h.state_mut()
        .state
        .handle(Command::Lesson(LessonCommand::SaveAnswerAs));
    wait_until(&mut h, "the hand-in dialog", |_| asked(&dialogs) == 1);
    back(&mut h);
    open(&mut h, BIKE);
    let target = out.path().join("001_peace-talks.Chloe_Ruiz.json");
    answer.send(Some(target.clone())).expect("answer");
    wait_until(&mut h, "the answer to arrive", |h| !h.state().state.busy());
    assert!(!target.exists(), "nothing is written under 001's name");
    assert!(files_in(out.path()).is_empty());
    assert!(
        messages(&h)
            .iter()
            .any(|m| m.contains("handing in your answer") && m.contains("after you left")),
        "{:?}",
        messages(&h)
    );
    assert!(on_lesson(&h, BIKE));
    // Back on lesson 001, a hand-in holds 001's work.
    back(&mut h);
    open(&mut h, SEED);
    h.state_mut()
        .state
        .handle(Command::Lesson(LessonCommand::SaveAnswerAs));
    wait_until(&mut h, "the second hand-in dialog", |_| {
        asked(&dialogs) == 2
    });
    answer.send(Some(target.clone())).expect("answer");
    wait_until(&mut h, "the hand-in to be written", |h| {
        !h.state().state.busy()
    });
    let a = newsmark::store::read_answer(&target).expect("written");
    assert_eq!(a.lesson.as_deref(), Some("001_peace-talks.md"));
    assert_eq!(a.spans.len(), 1, "the work on 001 is in it");
}

/// The same through newsmark's own picker (no system dialog): leaving the lesson closes it
/// and says so; nothing can be saved through it on another lesson.
#[test]
fn the_picker_closes_when_the_page_that_opened_it_is_left() {
    let data = tempfile::tempdir().expect("tempdir");
    let out = tempfile::tempdir().expect("tempdir");
    let mut h = harness(app_with(data.path(), Arc::new(FakeDialogs::new())));
    open(&mut h, SEED);
    mark_a_word(&mut h);
    h.state_mut().state.handle(Command::SetName("Chloe".into()));
    h.state_mut()
        .state
        .handle(Command::Lesson(LessonCommand::SaveAnswerAs));
    settle(&mut h);
    assert!(
        h.state().state.shared.picker.is_some(),
        "the picker is open"
    );
    back(&mut h);
    assert!(h.state().state.shared.picker.is_none(), "the picker closed");
    assert!(
        messages(&h)
            .iter()
            .any(|m| m.contains("file picker for handing in your answer was closed")),
        "{:?}",
        messages(&h)
    );
    open(&mut h, BIKE);
    // A late "Save here" from a frame drawn before has nothing to answer.
    h.state_mut()
        .state
        .handle(Command::Picker(PickerCommand::Go(out.path().to_path_buf())));
    h.state_mut()
        .state
        .handle(Command::Picker(PickerCommand::Choose(None)));
    settle(&mut h);
    assert!(files_in(out.path()).is_empty());
}

/// One dialog of one page, answered after that page was left: nothing is written or
/// opened, and the message names what was cancelled.
fn answered_late(
    what: &str,
    setup: impl FnOnce(&mut H),
    ask: impl FnOnce(&mut H),
    leave: impl FnOnce(&mut H),
    file: &str,
) {
    let data = tempfile::tempdir().expect("tempdir");
    let out = tempfile::tempdir().expect("tempdir");
    let (dialogs, answer) = slow_dialogs();
    let mut h = harness(app_with(data.path(), dialogs.clone()));
    setup(&mut h);
    let before = asked(&dialogs);
    let page_before = h.state().state.shared.page_serial;
    ask(&mut h);
    wait_until(&mut h, what, |_| asked(&dialogs) == before + 1);
    leave(&mut h);
    assert_ne!(h.state().state.shared.page_serial, page_before);
    let target = out.path().join(file);
    answer.send(Some(target.clone())).expect("answer");
    wait_until(&mut h, "the late answer", |h| !h.state().state.busy());
    assert!(files_in(out.path()).is_empty(), "{what}: nothing written");
    assert!(
        messages(&h).iter().any(|m| m.contains("after you left")),
        "{what}: {:?}",
        messages(&h)
    );
}

#[test]
fn an_export_answered_after_leaving_the_lesson_writes_nothing() {
    answered_late(
        "the export dialog",
        |h| {
            open(h, SEED);
            mark_a_word(h);
        },
        |h| {
            h.state_mut()
                .state
                .handle(Command::Lesson(LessonCommand::Export))
        },
        |h| {
            back(h);
            open(h, BIKE);
        },
        "001.answer.jsonld",
    );
}

#[test]
fn a_pack_answered_after_opening_a_lesson_writes_nothing() {
    answered_late(
        "the pack dialog",
        |h| {
            h.state_mut()
                .state
                .handle(Command::Library(LibraryCommand::TogglePack(SEED.into())));
        },
        |h| {
            h.state_mut()
                .state
                .handle(Command::Library(LibraryCommand::ExportPack))
        },
        |h| open(h, BIKE),
        "class.newsmark-pack",
    );
}

fn edit_seed(h: &mut H) {
    h.state_mut()
        .state
        .handle(Command::Library(LibraryCommand::Edit(SEED.into())));
    wait_until(h, "the workshop", |h| h.state().state.authoring().is_some());
}

#[test]
fn a_key_export_answered_after_leaving_the_workshop_writes_nothing() {
    answered_late(
        "the key export dialog",
        edit_seed,
        |h| {
            h.state_mut()
                .state
                .handle(Command::Authoring(AuthoringCommand::Export))
        },
        |h| {
            back(h);
            open(h, SEED);
        },
        "001.key.jsonld",
    );
}

#[test]
fn a_lesson_save_as_answered_after_leaving_the_workshop_writes_nothing() {
    answered_late(
        "the save-as dialog",
        edit_seed,
        |h| {
            h.state_mut()
                .state
                .handle(Command::Authoring(AuthoringCommand::SaveAs))
        },
        back,
        "mine.md",
    );
}

#[test]
fn a_profile_export_answered_after_leaving_the_profile_writes_nothing() {
    answered_late(
        "the profile export dialog",
        |h| {
            h.state_mut().state.handle(Command::ShowProfile);
            h.step();
        },
        |h| {
            h.state_mut()
                .state
                .handle(Command::Profile(ProfileCommand::Export))
        },
        back,
        "profile.csv",
    );
}

#[test]
fn a_gradebook_answered_after_leaving_class_results_writes_nothing() {
    let answers = tempfile::tempdir().expect("tempdir");
    let folder = answers.path().to_path_buf();
    let data = tempfile::tempdir().expect("tempdir");
    let out = tempfile::tempdir().expect("tempdir");
    let (dialogs, answer) = slow_dialogs();
    let mut h = harness(app_with(data.path(), dialogs.clone()));
    h.state_mut()
        .state
        .handle(Command::Library(LibraryCommand::ClassResults(SEED.into())));
    wait_until(&mut h, "the folder dialog", |_| asked(&dialogs) == 1);
    answer.send(Some(folder)).expect("answer");
    wait_until(&mut h, "class results", |h| {
        matches!(h.state().state.page, Page::Class(_))
    });
    h.state_mut()
        .state
        .handle(Command::Class(ClassCommand::Export(
            GradebookFormat::Canvas,
        )));
    wait_until(&mut h, "the gradebook dialog", |_| asked(&dialogs) == 2);
    back(&mut h);
    answer
        .send(Some(out.path().join("grades.csv")))
        .expect("answer");
    wait_until(&mut h, "the late answer", |h| !h.state().state.busy());
    assert!(files_in(out.path()).is_empty());
    assert!(
        messages(&h)
            .iter()
            .any(|m| m.contains("saving the gradebook"))
    );
}

#[test]
fn a_class_results_folder_chosen_after_opening_a_lesson_opens_no_class_page() {
    let answers = tempfile::tempdir().expect("tempdir");
    let data = tempfile::tempdir().expect("tempdir");
    let (dialogs, answer) = slow_dialogs();
    let mut h = harness(app_with(data.path(), dialogs.clone()));
    h.state_mut()
        .state
        .handle(Command::Library(LibraryCommand::ClassResults(SEED.into())));
    wait_until(&mut h, "the folder dialog", |_| asked(&dialogs) == 1);
    open(&mut h, BIKE);
    answer
        .send(Some(answers.path().to_path_buf()))
        .expect("answer");
    wait_until(&mut h, "the late answer", |h| !h.state().state.busy());
    assert!(on_lesson(&h, BIKE), "the lesson stays open");
    assert!(
        messages(&h)
            .iter()
            .any(|m| m.contains("choosing the folder of answers")),
        "{:?}",
        messages(&h)
    );
}

/// Writes go through the writer thread: with the store stalled (a hung network drive),
/// frames keep coming, the work stays on screen, and the autosave and the hand-in land
/// when the store answers again.
#[test]
fn a_stalled_store_does_not_stop_the_window_and_the_saves_land_later() {
    let data = tempfile::tempdir().expect("tempdir");
    let out = tempfile::tempdir().expect("tempdir");
    let hand_in = out.path().join("hand-in.json");
    let dialogs = Arc::new(FakeDialogs::new().then(Some(hand_in.clone())));
    let mut h = harness(app_with(data.path(), dialogs));
    open(&mut h, SEED);
    let gate = h.state_mut().state.shared.jobs.hold_writes();
    mark_a_word(&mut h);
    h.state_mut().state.handle(Command::SetName("Ana".into()));
    // The autosave is due a second after the change.
    let later = Instant::now() + Duration::from_secs(2);
    h.state_mut().state.tick(later);
    h.state_mut()
        .state
        .handle(Command::Lesson(LessonCommand::SaveAnswerAs));
    let autosave = newsmark::store::progress::autosave_path(data.path(), SEED);
    let started = Instant::now();
    let mut frames = 0;
    while started.elapsed() < Duration::from_millis(300) {
        h.step();
        frames += 1;
    }
    assert!(frames >= 10, "frames keep coming: {frames}");
    assert!(!autosave.exists(), "the autosave waits for the store");
    assert!(!hand_in.exists(), "the hand-in waits for the store");
    assert_eq!(
        h.state().state.lesson().map(|l| l.editor.to_vec().len()),
        Some(1),
        "the work is on screen"
    );
    gate.send(()).expect("unblock");
    settle(&mut h);
    let a = newsmark::store::read_answer(&hand_in).expect("the hand-in landed");
    assert_eq!(a.spans.len(), 1);
    let saved = newsmark::store::progress::restore(data.path(), SEED)
        .expect("readable")
        .expect("the autosave landed");
    assert_eq!(saved.spans.len(), 1);
}

#[cfg(unix)]
mod modes {
    use super::*;
    use std::os::unix::fs::PermissionsExt;

    unsafe extern "C" {
        fn umask(mask: u32) -> u32;
    }

    /// Every test in this file that checks modes runs under umask 022, as a school's
    /// desktop does (setting the same value from several tests at once is harmless).
    fn umask_022() {
        // SAFETY: umask only sets the process's file creation mask.
        unsafe { umask(0o022) };
    }

    fn mode(p: &Path) -> u32 {
        std::fs::metadata(p)
            .unwrap_or_else(|e| panic!("{}: {e}", p.display()))
            .permissions()
            .mode()
            & 0o777
    }

    /// A hand-in is readable by the teacher's account (0644 under umask 022); the
    /// learner's autosave, progress and settings stay 0600.
    #[test]
    fn hand_ins_follow_the_umask_and_private_files_stay_private() {
        umask_022();
        let data = tempfile::tempdir().expect("tempdir");
        let out = tempfile::tempdir().expect("tempdir");
        let hand_in = out.path().join("hand-in.json");
        let dialogs = Arc::new(FakeDialogs::new().then(Some(hand_in.clone())));
        let mut h = harness(app_with(data.path(), dialogs));
        open(&mut h, SEED);
        mark_a_word(&mut h);
        h.state_mut().state.handle(Command::SetName("Ana".into()));
        h.state_mut()
            .state
            .handle(Command::Lesson(LessonCommand::SaveAnswerAs));
        h.state_mut()
            .state
            .handle(Command::Lesson(LessonCommand::Check));
        h.state_mut()
            .state
            .tick(Instant::now() + Duration::from_secs(2));
        settle(&mut h);
        assert_eq!(mode(&hand_in), 0o644, "the hand-in");
        let autosave = newsmark::store::progress::autosave_path(data.path(), SEED);
        assert_eq!(mode(&autosave), 0o600, "the autosave");
        assert_eq!(mode(&data.path().join("progress.json")), 0o600, "progress");
        assert_eq!(mode(&data.path().join("settings.json")), 0o600, "settings");
    }

    /// Packs, gradebooks and lessons made on the command line follow the umask too.
    #[test]
    fn files_the_command_line_writes_for_others_follow_the_umask() {
        umask_022();
        let dir = tempfile::tempdir().expect("tempdir");
        let exe = env!("CARGO_BIN_EXE_newsmark");
        let lessons = Path::new(env!("CARGO_MANIFEST_DIR")).join("lessons");
        let pack = dir.path().join("9b.newsmark-pack");
        let st = std::process::Command::new(exe)
            .arg("pack")
            .arg(lessons.join("001_peace-talks.md"))
            .arg("-o")
            .arg(&pack)
            .status()
            .expect("runs");
        assert!(st.success());
        assert_eq!(mode(&pack), 0o644, "the pack");
        let article = dir.path().join("article.txt");
        std::fs::write(&article, "The mayor said the plan was a disaster.").expect("write");
        let lesson = dir.path().join("new.md");
        let st = std::process::Command::new(exe)
            .arg("new")
            .arg(&article)
            .arg("-o")
            .arg(&lesson)
            .status()
            .expect("runs");
        assert!(st.success());
        assert_eq!(mode(&lesson), 0o644, "the lesson");
        let answers = dir.path().join("answers");
        std::fs::create_dir(&answers).expect("dir");
        let csv = dir.path().join("grades.csv");
        let st = std::process::Command::new(exe)
            .arg("report")
            .arg("--lesson")
            .arg(lessons.join("001_peace-talks.md"))
            .arg("--key")
            .arg(lessons.join("001_peace-talks.key.json"))
            .arg(&answers)
            .arg("--csv")
            .arg(&csv)
            .status()
            .expect("runs");
        assert!(st.success());
        assert_eq!(mode(&csv), 0o644, "the gradebook");
    }
}

/// Student and teacher mode: the first start asks; a student's library has no instructor
/// tools and refuses them; the top bar switches; a teacher's copy shows them all.
#[test]
fn the_first_start_asks_and_student_mode_hides_the_instructor_tools() {
    let data = tempfile::tempdir().expect("tempdir");
    let mut h = harness(app_as(data.path(), Arc::new(FakeDialogs::new()), None));
    assert!(
        h.query_by_label("Who uses newsmark on this computer?")
            .is_some()
    );
    h.get_by_label("I am a student").click();
    h.run();
    assert_eq!(h.state().state.shared.settings.role, Some(Role::Student));
    assert!(
        h.query_by_label("Who uses newsmark on this computer?")
            .is_none()
    );
    for tool in [
        "New lesson…",
        "Make a lesson from an article…",
        "Edit Peace talks: territory against security",
        "Class results for Peace talks: territory against security",
        "Put Peace talks: territory against security in the student pack",
    ] {
        assert!(h.query_by_label(tool).is_none(), "{tool} is hidden");
    }
    assert!(
        h.query_by_label("Open 001 · Peace talks: territory against security")
            .is_some()
    );
    // A command from anywhere (an old frame, a script) cannot open the key editor.
    h.state_mut()
        .state
        .handle(Command::Library(LibraryCommand::Edit(SEED.into())));
    settle(&mut h);
    assert!(h.state().state.authoring().is_none(), "no key editor");
    assert!(messages(&h).iter().any(|m| m.contains("teacher mode")));
    // The top bar switches to teacher mode, and it is remembered.
    h.state_mut().state.handle(Command::SetRole(Role::Teacher));
    h.run();
    for tool in [
        "New lesson…",
        "Edit Peace talks: territory against security",
        "Class results for Peace talks: territory against security",
    ] {
        assert!(h.query_by_label(tool).is_some(), "{tool} is shown");
    }
    h.state_mut()
        .state
        .tick(Instant::now() + Duration::from_secs(2));
    settle(&mut h);
    let again = app_as(data.path(), Arc::new(FakeDialogs::new()), None);
    assert_eq!(again.state.shared.settings.role, Some(Role::Teacher));
}

#[test]
fn the_mode_menu_is_in_the_top_bar() {
    let data = tempfile::tempdir().expect("tempdir");
    let mut h = harness(app_as(
        data.path(),
        Arc::new(FakeDialogs::new()),
        Some(Role::Teacher),
    ));
    h.get_by_label("Mode: Teacher mode").click();
    h.run();
    h.get_by_label("Student mode").click();
    h.run();
    assert_eq!(h.state().state.shared.settings.role, Some(Role::Student));
    assert!(h.query_by_label("New lesson…").is_none());
}

fn a_pack(dir: &Path) -> PathBuf {
    let lessons = Path::new(env!("CARGO_MANIFEST_DIR")).join("lessons");
    let pack = newsmark::store::pack::make_pack(
        &[lessons.join("002_bridge-repairs.md")],
        Some("9B".into()),
        None,
    )
    .expect("pack");
    let path = dir.join("9b.newsmark-pack");
    newsmark::store::write_json(&path, &pack).expect("write");
    path
}

#[test]
fn opening_a_pack_puts_a_new_copy_in_student_mode_but_keeps_a_teachers_choice() {
    let files = tempfile::tempdir().expect("tempdir");
    let pack = a_pack(files.path());
    for (chosen, after) in [
        (None, Role::Student),
        (Some(Role::Teacher), Role::Teacher),
        (Some(Role::Student), Role::Student),
    ] {
        let data = tempfile::tempdir().expect("tempdir");
        let mut h = harness(app_as(data.path(), Arc::new(FakeDialogs::new()), chosen));
        h.state_mut().state.handle(Command::OpenPath(pack.clone()));
        settle(&mut h);
        assert_eq!(
            h.state().state.shared.settings.role,
            Some(after),
            "chosen {chosen:?}"
        );
    }
}
