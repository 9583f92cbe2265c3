//! Work that must not stop the window from drawing (file dialogs, reading, writing,
//! re-anchoring) runs on worker threads and comes back as a [`Command`] for
//! [`AppState::handle`].
//!
//! Reads and dialogs run on a thread each ([`Jobs::spawn`]). Writes run one at a time, in
//! the order they were asked for, on one writer thread ([`Jobs::write`]), so a newer
//! autosave can never land before an older one. A job that panics comes back as a
//! failure message, so the busy state always ends.
//!
//! [`AppState::handle`]: crate::app::state::AppState::handle

use crate::app::command::Command;
use crate::app::failure::Failure;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::sync::mpsc::{Receiver, Sender, channel};
use std::sync::{Arc, Mutex};

/// Wakes the UI when a job has finished (the app sets it to `request_repaint`).
pub type Waker = Arc<dyn Fn() + Send + Sync>;

/// The waker, shared with the running jobs: a job reads it when it finishes, so a job that
/// was started before the window set its waker still wakes the window.
type WakerSlot = Arc<Mutex<Option<Waker>>>;

type Work = Box<dyn FnOnce() -> Command + Send + 'static>;

/// Background jobs and their results.
pub struct Jobs {
    tx: Sender<Command>,
    rx: Receiver<Command>,
    running: usize,
    waker: WakerSlot,
    /// The writer thread's queue, started with the first write.
    writer: Option<Sender<Work>>,
}

impl Default for Jobs {
    fn default() -> Self {
        let (tx, rx) = channel();
        Jobs {
            tx,
            rx,
            running: 0,
            waker: Arc::new(Mutex::new(None)),
            writer: None,
        }
    }
}

/// Run a job, turning a panic into a failure message.
fn run(work: Work) -> Command {
    match catch_unwind(AssertUnwindSafe(work)) {
        Ok(c) => c,
        Err(panic) => {
            let why = panic
                .downcast_ref::<&str>()
                .map(|s| s.to_string())
                .or_else(|| panic.downcast_ref::<String>().cloned())
                .unwrap_or_else(|| crate::t!("shell-worker-no-reason"));
            Command::Failed(Failure::Worker(why))
        }
    }
}

fn deliver(tx: &Sender<Command>, waker: &WakerSlot, c: Command) {
    // The receiver lives as long as the app; a send can only fail at exit.
    let _ = tx.send(c);
    let w = waker.lock().ok().and_then(|w| w.clone());
    if let Some(w) = w {
        w();
    }
}

impl Jobs {
    /// Set what wakes the UI when a result arrives. Results that arrived before are
    /// announced at once.
    pub fn set_waker(&mut self, waker: Waker) {
        if let Ok(mut slot) = self.waker.lock() {
            *slot = Some(Arc::clone(&waker));
        }
        waker();
    }

    /// Run `work` on a worker thread; its command is handled when it comes back.
    pub fn spawn(&mut self, work: impl FnOnce() -> Command + Send + 'static) {
        let tx = self.tx.clone();
        let waker = Arc::clone(&self.waker);
        self.running += 1;
        // The job speaks the language of the window that started it.
        let language = crate::i18n::language();
        let spawned = std::thread::Builder::new()
            .name("newsmark-job".into())
            .spawn(move || {
                crate::i18n::set_language(language);
                deliver(&tx, &waker, run(Box::new(work)))
            });
        if let Err(e) = spawned {
            // Reported as this job's result, so `running` still comes back down.
            let _ = self.tx.send(Command::Failed(Failure::NoThread(e)));
        }
    }

    /// Run `work` on the writer thread, after every write asked for before it: writes, and
    /// reads that must see them (opening a lesson reads its autosave back).
    pub fn write(&mut self, work: impl FnOnce() -> Command + Send + 'static) {
        self.running += 1;
        let language = crate::i18n::language();
        let work = move || {
            crate::i18n::set_language(language);
            work()
        };
        let queued = match &self.writer {
            Some(w) => w.send(Box::new(work)).map_err(|e| e.0),
            None => Err(Box::new(work) as Work),
        };
        let Err(work) = queued else { return };
        // No writer yet (or it has gone): start one, and give it this job first.
        let (wtx, wrx) = channel::<Work>();
        let tx = self.tx.clone();
        let waker = Arc::clone(&self.waker);
        let spawned = std::thread::Builder::new()
            .name("newsmark-writer".into())
            .spawn(move || {
                for work in wrx {
                    deliver(&tx, &waker, run(work));
                }
            });
        match spawned {
            Ok(_) => {
                // The thread holds the receiver until the sender is dropped.
                let _ = wtx.send(work);
                self.writer = Some(wtx);
            }
            Err(e) => {
                let _ = self.tx.send(Command::Failed(Failure::NoThread(e)));
            }
        }
    }

    /// Results that have arrived.
    pub fn finished(&mut self) -> Vec<Command> {
        let done: Vec<Command> = self.rx.try_iter().collect();
        self.running = self.running.saturating_sub(done.len());
        done
    }

    /// Jobs still running.
    pub fn busy(&self) -> bool {
        self.running > 0
    }

    /// Hold every write asked for after this until the returned sender sends (or is
    /// dropped): a store as slow as a stalled network drive, for tests.
    #[cfg(any(test, feature = "test-support"))]
    pub fn hold_writes(&mut self) -> Sender<()> {
        let (gate, wait) = channel::<()>();
        self.write(move || {
            let _ = wait.recv();
            Command::Done(crate::app::done::Done::Notice(String::new()))
        });
        gate
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::done::Done;
    use std::sync::atomic::{AtomicUsize, Ordering};
    use std::time::{Duration, Instant};

    fn wait_for(jobs: &mut Jobs) -> Vec<Command> {
        let until = Instant::now() + Duration::from_secs(10);
        let mut all = Vec::new();
        while jobs.busy() {
            all.extend(jobs.finished());
            assert!(Instant::now() < until, "jobs did not finish");
            std::thread::sleep(Duration::from_millis(1));
        }
        all
    }

    #[test]
    fn a_panicking_job_comes_back_as_a_failure_and_ends_the_busy_state() {
        let mut jobs = Jobs::default();
        jobs.spawn(|| panic!("the disk caught fire"));
        jobs.write(|| panic!("{}", String::from("the writer too")));
        let done = wait_for(&mut jobs);
        let texts: Vec<String> = done
            .iter()
            .filter_map(|c| match c {
                Command::Failed(t) => Some(t.to_string()),
                _ => None,
            })
            .collect();
        assert_eq!(texts.len(), 2, "two failures");
        assert!(texts.iter().any(|t| t.contains("the disk caught fire")));
        assert!(texts.iter().any(|t| t.contains("the writer too")));
        assert!(!jobs.busy());
        // The writer thread survives a panic and takes the next write.
        jobs.write(|| Command::Done(Done::Notice("after".into())));
        let done = wait_for(&mut jobs);
        assert!(matches!(done.as_slice(), [Command::Done(Done::Notice(t))] if t == "after"));
    }

    #[test]
    fn a_job_started_before_the_waker_still_wakes_the_window() {
        let mut jobs = Jobs::default();
        let (go, wait) = channel::<()>();
        jobs.spawn(move || {
            let _ = wait.recv();
            Command::Done(Done::Notice("late".into()))
        });
        let woken = Arc::new(AtomicUsize::new(0));
        let w = Arc::clone(&woken);
        jobs.set_waker(Arc::new(move || {
            w.fetch_add(1, Ordering::SeqCst);
        }));
        let at_set = woken.load(Ordering::SeqCst);
        go.send(()).unwrap();
        wait_for(&mut jobs);
        assert!(
            woken.load(Ordering::SeqCst) > at_set,
            "the finished job woke the UI"
        );
    }

    #[test]
    fn writes_land_in_the_order_asked_even_when_held() {
        let mut jobs = Jobs::default();
        let gate = jobs.hold_writes();
        let order = Arc::new(Mutex::new(Vec::new()));
        for i in 0..5 {
            let o = Arc::clone(&order);
            jobs.write(move || {
                o.lock().unwrap().push(i);
                Command::Done(Done::Notice(String::new()))
            });
        }
        std::thread::sleep(Duration::from_millis(20));
        assert!(order.lock().unwrap().is_empty(), "held writes wait");
        assert!(jobs.busy());
        gate.send(()).unwrap();
        wait_for(&mut jobs);
        assert_eq!(*order.lock().unwrap(), vec![0, 1, 2, 3, 4]);
    }
}
