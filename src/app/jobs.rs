//! Work that must not stop the window from drawing (file dialogs, reading, re-anchoring)
//! runs on a worker thread and comes back as a [`Command`] for [`AppState::handle`].
//!
//! [`AppState::handle`]: crate::app::state::AppState::handle

use crate::app::state::Command;
use std::sync::Arc;
use std::sync::mpsc::{Receiver, Sender, channel};

/// Wakes the UI when a job has finished (the app sets it to `request_repaint`).
pub type Waker = Arc<dyn Fn() + Send + Sync>;

/// Background jobs and their results.
pub struct Jobs {
    tx: Sender<Command>,
    rx: Receiver<Command>,
    running: usize,
    waker: Option<Waker>,
}

impl Default for Jobs {
    fn default() -> Self {
        let (tx, rx) = channel();
        Jobs {
            tx,
            rx,
            running: 0,
            waker: None,
        }
    }
}

impl Jobs {
    /// Set what wakes the UI when a result arrives.
    pub fn set_waker(&mut self, waker: Waker) {
        self.waker = Some(waker);
    }

    /// Run `work` on a worker thread; its command is handled when it comes back.
    pub fn spawn(&mut self, work: impl FnOnce() -> Command + Send + 'static) {
        let tx = self.tx.clone();
        let waker = self.waker.clone();
        self.running += 1;
        let spawned = std::thread::Builder::new()
            .name("newsmark-job".into())
            .spawn(move || {
                // The receiver lives as long as the app; a send can only fail at exit.
                let _ = tx.send(work());
                if let Some(w) = waker {
                    w();
                }
            });
        if let Err(e) = spawned {
            // Reported as this job's result, so `running` still comes back down.
            let _ = self.tx.send(Command::Failed(format!(
                "newsmark could not start a worker thread: {e}"
            )));
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
}
