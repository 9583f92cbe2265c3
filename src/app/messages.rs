//! The one message area's contents: notices fade after [`NOTICE_FOR`], errors stay until
//! dismissed, and a message replaces an earlier one of its kind.

use std::time::{Duration, Instant};

/// How long a notice stays before it fades; errors stay until dismissed.
pub const NOTICE_FOR: Duration = Duration::from_secs(8);

/// Identifies a message for dismissing it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct MessageId(u64);

/// A message shown to the user: a notice fades after [`NOTICE_FOR`], an error stays until
/// dismissed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Message {
    /// Its id.
    pub id: MessageId,
    /// What to say.
    pub text: String,
    /// An error (shown in warning colours) rather than a notice.
    pub error: bool,
    /// When it was said.
    pub at: Instant,
}

/// Notices and errors, oldest first.
#[derive(Debug, Default)]
pub struct Messages {
    list: Vec<Message>,
    next: u64,
}

/// Messages of the same kind: the same severity and the same first three words ("Saved the
/// lesson …", "Could not save …"), so a newer one replaces an older one.
fn same_kind(a: &Message, error: bool, text: &str) -> bool {
    let head = |t: &str| t.split_whitespace().take(3).collect::<Vec<_>>().join(" ");
    a.error == error && head(&a.text) == head(text)
}

impl Messages {
    /// Add a message; one of the same kind already shown is replaced.
    pub fn push(&mut self, text: impl Into<String>, error: bool) {
        let text = text.into();
        self.list.retain(|m| !same_kind(m, error, &text));
        self.next += 1;
        self.list.push(Message {
            id: MessageId(self.next),
            text,
            error,
            at: Instant::now(),
        });
    }

    /// Add a notice.
    pub fn notice(&mut self, text: impl Into<String>) {
        self.push(text, false);
    }

    /// Add an error.
    pub fn error(&mut self, text: impl Into<String>) {
        self.push(text, true);
    }

    /// Remove one.
    pub fn dismiss(&mut self, id: MessageId) {
        self.list.retain(|m| m.id != id);
    }

    /// Remove all.
    pub fn dismiss_all(&mut self) {
        self.list.clear();
    }

    /// Let notices older than [`NOTICE_FOR`] fade; returns how long until the next one does.
    pub fn fade(&mut self, now: Instant) -> Option<Duration> {
        self.list
            .retain(|m| m.error || now.saturating_duration_since(m.at) < NOTICE_FOR);
        self.list
            .iter()
            .filter(|m| !m.error)
            .map(|m| (m.at + NOTICE_FOR).saturating_duration_since(now))
            .min()
    }

    /// All, oldest first.
    pub fn all(&self) -> &[Message] {
        &self.list
    }
}
