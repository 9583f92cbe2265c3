//! Crash safety: a child process works on a lesson through the app's own state (autosave,
//! settings, hand-in writes) and is killed with SIGKILL at pseudo-random moments. After each
//! kill no file is torn, and at most the last 2 s of work are missing.
//!
//! The child is this test binary run again with `NEWSMARK_CRASH_CHILD` set; it prints one
//! line per finished edit with the time it made it.

use newsmark::app::dialogs::NoDialogs;
use newsmark::app::editing::EditCommand;
use newsmark::app::lesson::LessonCommand;
use newsmark::app::state::{AppState, Command, Settings};
use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::{Command as Process, Stdio};
use std::sync::Arc;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

const CHILD: &str = "NEWSMARK_CRASH_CHILD";

fn now_ms() -> u128 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_millis())
}

/// The child's work: open the seed lesson, set the theme and text size, then label one word
/// after another, ticking the autosave as the app's frame loop does, and hand the answer in
/// to the same file again and again.
#[test]
#[ignore = "run by crash_safety as a child process"]
fn crash_child() {
    let Ok(dir) = std::env::var(CHILD) else {
        return;
    };
    let dir = Path::new(&dir).to_path_buf();
    let mut s = AppState::new(
        Settings {
            language: Some("en".into()),
            ..Settings::default()
        },
        Some(dir.clone()),
        Arc::new(NoDialogs),
    );
    s.handle(Command::SetDark(true));
    s.handle(Command::Zoom(newsmark::app::state::Zoom::In));
    s.handle(Command::Zoom(newsmark::app::state::Zoom::In));
    s.handle(Command::Library(
        newsmark::app::library::LibraryCommand::Open("bundled:001_peace-talks.md".into()),
    ));
    while s.lesson().is_none() {
        std::thread::sleep(Duration::from_millis(5));
        s.poll();
    }
    let words = s
        .lesson()
        .map(|l| l.lesson.text.words())
        .unwrap_or_default();
    let out = std::io::stdout();
    for (i, w) in words.iter().enumerate() {
        s.handle(Command::Lesson(LessonCommand::Edit(EditCommand::Drag {
            anchor: w.0,
            to: w.1,
            done: true,
        })));
        s.handle(Command::Lesson(LessonCommand::Edit(EditCommand::Label(
            newsmark::model::Label::Opinion,
        ))));
        // The same write a hand-in does, to one file, over and over.
        if let Some(l) = s.lesson() {
            let a = l.answer("Crash Test");
            newsmark::store::write_json(&dir.join("handed-in.json"), &a).expect("hand-in");
        }
        let mut o = out.lock();
        let _ = writeln!(o, "edit {} {}", i + 1, now_ms());
        let _ = o.flush();
        drop(o);
        s.tick(Instant::now());
        std::thread::sleep(Duration::from_millis(20));
    }
}

#[cfg(unix)]
#[test]
fn killed_at_any_moment_loses_at_most_two_seconds_and_tears_nothing() {
    let me = std::env::current_exe().expect("test binary");
    // Kill moments spread over the first seconds of work.
    for (round, kill_after_ms) in [700u64, 1300, 2100, 2900, 3700].into_iter().enumerate() {
        let dir = tempfile::tempdir().expect("tempdir");
        let (edits, killed_at) = run_and_kill(&me, "crash_child", CHILD, dir.path(), kill_after_ms);
        // Every edit made 2 s or more before the kill must be in the autosave.
        let must_have = edits
            .iter()
            .filter(|(_, t)| *t + 2000 <= killed_at)
            .map(|(n, _)| *n)
            .max()
            .unwrap_or(0);
        let saved = newsmark::store::progress::restore(dir.path(), "bundled:001_peace-talks.md")
            .expect("the autosave is never torn");
        let have = saved.map_or(0, |a| a.spans.len());
        eprintln!(
            "round {round}: killed after {} edits; {have} autosaved; {must_have} required",
            edits.len()
        );
        assert!(
            have >= must_have,
            "round {round}: {have} highlights autosaved, {must_have} were made more than 2 s before the kill"
        );
        // The hand-in file is whole: old or new, never half.
        let hand_in = dir.path().join("handed-in.json");
        if hand_in.exists() {
            newsmark::store::read_answer(&hand_in).expect("the hand-in file is never torn");
        }
        // A kill between creating a temporary file and renaming it may leave one; the next
        // start removes it, so none stays behind, in any folder.
        let left_by_kill = stray_temporaries(dir.path()).len();
        // Settings changed at the start survive the kill.
        let restarted = restart(dir.path());
        let stray = stray_temporaries(dir.path());
        eprintln!("round {round}: {left_by_kill} temporary file(s) left by the kill");
        assert!(
            stray.is_empty(),
            "round {round}: temporary files left behind after a restart: {stray:?}"
        );
        assert!(restarted.shared.settings.dark, "round {round}: theme kept");
        assert_eq!(
            restarted.shared.settings.zoom, 1.2,
            "round {round}: the interface's size kept"
        );
    }
}

const KEY_CHILD: &str = "NEWSMARK_CRASH_KEY_CHILD";

/// The instructor's side: the workshop on the seed lesson, a rationale written and the
/// lesson and key saved after every edit, through the workshop's own Save.
#[test]
#[ignore = "run by a kill test as a child process"]
fn crash_key_child() {
    use newsmark::app::authoring::AuthoringCommand;
    use newsmark::app::library::LibraryCommand;
    let Ok(dir) = std::env::var(KEY_CHILD) else {
        return;
    };
    let dir = Path::new(&dir).to_path_buf();
    let teacher = Settings {
        role: Some(newsmark::app::state::Role::Teacher),
        language: Some("en".into()),
        ..Settings::default()
    };
    let mut s = AppState::new(teacher, Some(dir), Arc::new(NoDialogs));
    s.handle(Command::Library(LibraryCommand::Edit(
        "bundled:001_peace-talks.md".into(),
    )));
    while s.authoring().is_none() {
        std::thread::sleep(Duration::from_millis(5));
        s.poll();
    }
    let ids: Vec<_> = s
        .authoring()
        .map(|p| p.editor.items().iter().map(|(id, _)| *id).collect())
        .unwrap_or_default();
    let out = std::io::stdout();
    for i in 0..10_000usize {
        let Some(&id) = ids.get(i % ids.len().max(1)) else {
            break;
        };
        s.handle(Command::Authoring(AuthoringCommand::SetRationale(
            id,
            format!("edit {}", i + 1),
        )));
        s.handle(Command::Authoring(AuthoringCommand::Save));
        // The save is written on the writer thread: the edit is reported once it landed.
        while s.busy() {
            std::thread::sleep(Duration::from_millis(1));
            s.poll();
        }
        let mut o = out.lock();
        let _ = writeln!(o, "edit {} {}", i + 1, now_ms());
        let _ = o.flush();
        drop(o);
        std::thread::sleep(Duration::from_millis(15));
    }
}

#[cfg(unix)]
#[test]
fn a_key_being_saved_when_killed_is_old_or_new_never_torn() {
    let me = std::env::current_exe().expect("test binary");
    for kill_after_ms in [400u64, 1100, 2600] {
        let dir = tempfile::tempdir().expect("tempdir");
        let (edits, _) = run_and_kill(&me, "crash_key_child", KEY_CHILD, dir.path(), kill_after_ms);
        let last_done = edits.iter().map(|(n, _)| *n).max().unwrap_or(0);
        let lesson = dir
            .path()
            .join("lessons/peace-talks-territory-against-security.md");
        let key_path = newsmark::store::key_path_for(&lesson);
        newsmark::store::read_lesson(&lesson).expect("the lesson file is never torn");
        let key = newsmark::store::read_key(&key_path).expect("the key file is never torn");
        // Every save that finished is in the key (the one after it may be too).
        let newest = key
            .items
            .iter()
            .filter_map(|i| {
                i.rationale
                    .as_deref()?
                    .strip_prefix("edit ")?
                    .parse::<usize>()
                    .ok()
            })
            .max()
            .unwrap_or(0);
        assert!(
            newest >= last_done,
            "killed after {kill_after_ms} ms: the key has edit {newest}, edit {last_done} had been saved"
        );
        assert_eq!(key.items.len(), 39);
        let left_by_kill = stray_temporaries(dir.path()).len();
        restart(dir.path());
        let stray = stray_temporaries(dir.path());
        eprintln!(
            "killed after {kill_after_ms} ms: {left_by_kill} temporary file(s) left by the kill"
        );
        assert!(
            stray.is_empty(),
            "killed after {kill_after_ms} ms: temporary files left after a restart: {stray:?}"
        );
    }
}

/// Start the app again on `dir` and wait for its start-up work (the clean-up of temporary
/// files a kill left) to finish.
fn restart(dir: &Path) -> AppState {
    let mut s = AppState::new(
        Settings {
            language: Some("en".into()),
            ..Settings::default()
        },
        Some(dir.to_path_buf()),
        Arc::new(NoDialogs),
    );
    let until = Instant::now() + Duration::from_secs(10);
    while s.busy() {
        s.poll();
        assert!(Instant::now() < until, "the restart's work did not finish");
        std::thread::sleep(Duration::from_millis(2));
    }
    s
}

/// Every temporary file an interrupted write could leave under `dir`, in any subfolder:
/// `store::write_atomic` names its temporaries `.newsmark-XXXXXX.tmp`, and a `.json.tmp`
/// name is caught too.
fn stray_temporaries(dir: &Path) -> Vec<PathBuf> {
    walkdir::WalkDir::new(dir)
        .into_iter()
        .map(|e| e.expect("the folder can be walked"))
        .filter(|e| e.file_type().is_file())
        .filter(|e| {
            let name = e.file_name().to_string_lossy();
            (name.starts_with(".newsmark-") && name.ends_with(".tmp"))
                || name.ends_with(".json.tmp")
        })
        .map(walkdir::DirEntry::into_path)
        .collect()
}

#[test]
fn the_temporary_file_check_finds_a_planted_file() {
    // A clean folder, with files and a subfolder, but no temporary file.
    let clean = tempfile::tempdir().expect("tempdir");
    let progress = clean.path().join("progress");
    std::fs::create_dir(&progress).expect("dir");
    for f in [
        clean.path().join("handed-in.json"),
        clean.path().join("notes.tmp"),
        clean.path().join(".newsmark-settings.json"),
        progress.join("lesson.json"),
    ] {
        std::fs::write(f, "{}").expect("write");
    }
    assert_eq!(stray_temporaries(clean.path()), Vec::<PathBuf>::new());

    // One temporary file at the top and one in a subfolder, named as write_atomic names them.
    let dir = tempfile::tempdir().expect("tempdir");
    let sub = dir.path().join("progress");
    std::fs::create_dir(&sub).expect("dir");
    let top = dir.path().join(".newsmark-abc123.tmp");
    let nested = sub.join(".newsmark-abc123.tmp");
    std::fs::write(&top, "{").expect("write");
    std::fs::write(&nested, "{").expect("write");
    std::fs::write(dir.path().join("handed-in.json"), "{}").expect("write");
    let mut found = stray_temporaries(dir.path());
    found.sort();
    let mut want = vec![top, nested];
    want.sort();
    assert_eq!(found, want);

    // The older `.json.tmp` name is caught as well.
    let old = sub.join("lesson.json.tmp");
    std::fs::write(&old, "{").expect("write");
    assert!(stray_temporaries(dir.path()).contains(&old));
}

/// Runs the ignored test `child` in a child process with `env` set to `dir`, waits for its
/// first "edit N MS" line, lets it work `kill_after_ms` more and kills it with SIGKILL.
/// Returns every edit it reported and the moment of the kill.
#[cfg(unix)]
fn run_and_kill(
    me: &Path,
    child: &str,
    env: &str,
    dir: &Path,
    kill_after_ms: u64,
) -> (Vec<(usize, u128)>, u128) {
    let mut proc = Process::new(me)
        .args([
            "--exact",
            child,
            "--ignored",
            "--nocapture",
            "--test-threads=1",
        ])
        .env(env, dir)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("child starts");
    let stdout = proc.stdout.take().expect("stdout");
    let (tx, rx) = std::sync::mpsc::channel();
    let reader = std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines().map_while(Result::ok) {
            let mut p = line.split_whitespace();
            if p.next() == Some("edit")
                && let (Some(Ok(n)), Some(Ok(t))) = (
                    p.next().map(str::parse::<usize>),
                    p.next().map(str::parse::<u128>),
                )
            {
                let _ = tx.send((n, t));
            }
        }
    });
    let first = rx
        .recv_timeout(Duration::from_secs(30))
        .expect("the child reports its first edit");
    std::thread::sleep(Duration::from_millis(kill_after_ms));
    proc.kill().expect("SIGKILL");
    let killed_at = now_ms();
    let _ = proc.wait();
    let _ = reader.join();
    let mut edits = vec![first];
    edits.extend(rx.try_iter());
    (edits, killed_at)
}
