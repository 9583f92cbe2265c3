//! One student at a time on a lesson: a hand-in seals the work, *Start fresh* clears it for
//! the next student, and on a computer students share (shared computer mode, or a lesson
//! from a pack made with `--shared-computers`) no name, work or score is kept for the next
//! one.

use super::{LessonPage, Mode};
use crate::app::command::Command;
use crate::app::done::Done;
use crate::app::editing::SpanEditor;
use crate::app::failure::not_written;
use crate::app::shared::Shared;
use crate::model::annotation::AnswerSpan;
use crate::store::progress;
use std::path::PathBuf;

/// The student whose hand-in form this is, on a shared computer (never written to the
/// settings).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Student {
    /// Name.
    pub name: String,
    /// Student id.
    pub id: String,
}

/// A hand-in that was written: the work is sealed until *Make changes*.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HandedIn {
    /// Local time of day, e.g. "10:42".
    pub at: String,
    /// The name handed in under.
    pub student: String,
    /// The file written.
    pub path: PathBuf,
}

/// Work autosaved on a shared computer and never handed in: someone else's, perhaps.
#[derive(Clone, Debug, PartialEq)]
pub struct Unfinished {
    /// Its highlights.
    pub spans: Vec<AnswerSpan>,
    /// The name that was typed, if one was.
    pub student: Option<String>,
    /// When it was saved (local time of day), if known.
    pub at: Option<String>,
}

impl Unfinished {
    /// The question put to the student.
    pub fn question(&self) -> String {
        let count = self.spans.len();
        // One sentence per combination of facts, so a translator can order them.
        match (&self.at, &self.student) {
            (None, None) => crate::t!("lesson-unfinished-question", count = count),
            #[rustfmt::skip]
            (Some(time), None) => crate::t!("lesson-unfinished-question-time", count = count, time = time),
            #[rustfmt::skip]
            (None, Some(name)) => crate::t!("lesson-unfinished-question-name", count = count, name = name),
            #[rustfmt::skip]
            (Some(time), Some(name)) => crate::t!("lesson-unfinished-question-time-name", count = count, time = time, name = name),
        }
    }
}

/// The local time of day of an RFC 3339 time, e.g. "10:42".
pub fn local_time(rfc3339: &str) -> Option<String> {
    chrono::DateTime::parse_from_rfc3339(rfc3339)
        .ok()
        .map(|t| t.with_timezone(&chrono::Local).format("%H:%M").to_string())
}

/// The local time of day now.
pub fn now_local() -> String {
    chrono::Local::now().format("%H:%M").to_string()
}

impl LessonPage {
    /// The name in the hand-in form.
    pub fn student_name<'a>(&'a self, sh: &'a Shared) -> &'a str {
        if self.shared {
            &self.who.name
        } else {
            &sh.settings.student_name
        }
    }

    /// The student id in the hand-in form.
    pub fn student_id<'a>(&'a self, sh: &'a Shared) -> &'a str {
        if self.shared {
            &self.who.id
        } else {
            &sh.settings.student_id
        }
    }

    /// Set the name: remembered in the settings, or on a shared computer only here.
    pub fn set_name(&mut self, name: String, sh: &mut Shared) {
        if self.shared {
            self.who.name = name;
        } else {
            sh.settings.student_name = name;
            sh.settings_dirty = true;
        }
        self.touch();
    }

    /// Set the student id (as the name).
    pub fn set_id(&mut self, id: String, sh: &mut Shared) {
        if self.shared {
            self.who.id = id;
        } else {
            sh.settings.student_id = id;
            sh.settings_dirty = true;
        }
    }

    /// The work is handed in and locked until *Make changes*.
    pub fn sealed(&self) -> bool {
        self.handed_in.is_some()
    }

    /// A hand-in of this page was written to `path`: the work is sealed. On a shared
    /// computer nothing of it stays: the highlights, the autosave and the name go.
    pub fn handed_in_to(&mut self, path: PathBuf, student: String, sh: &mut Shared) {
        self.handed_in = Some(HandedIn {
            at: now_local(),
            student,
            path,
        });
        self.handing_in = false;
        if self.shared {
            self.clear_work(sh);
            self.who = Student::default();
        }
    }

    /// *Make changes*: the highlights can be changed again, and a new hand-in is needed.
    pub fn make_changes(&mut self, sh: &mut Shared) {
        if self.handed_in.take().is_some() {
            sh.messages.notice(crate::t!("lesson-changes-allowed"));
        }
    }

    /// *Start fresh for another student*: no highlights, no autosave, an empty hand-in form.
    pub fn start_fresh(&mut self, sh: &mut Shared) {
        self.clear_work(sh);
        self.handed_in = None;
        self.unfinished = None;
        self.who = Student::default();
        if !self.shared {
            sh.settings.student_name.clear();
            sh.settings.student_id.clear();
            sh.settings_dirty = true;
        }
        sh.messages.notice(crate::t!("lesson-cleared"));
    }

    /// Someone's unfinished work: take it up.
    pub fn continue_unfinished(&mut self) {
        if let Some(u) = self.unfinished.take() {
            if let Some(s) = u.student {
                self.who.name = s;
            }
            self.editor = SpanEditor::new(u.spans);
            self.touch();
        }
    }

    /// Forget the highlights, their history and the autosave.
    fn clear_work(&mut self, sh: &mut Shared) {
        self.editor = SpanEditor::new(Vec::new());
        self.mode = Mode::Reading;
        self.last_check = None;
        self.handing_in = false;
        self.dirty_since = None;
        if let Some(dir) = sh.data_dir.clone() {
            let id = self.id.clone();
            sh.jobs
                .write(move || match progress::forget_autosave(&dir, &id) {
                    Ok(()) => Command::Done(Done::Notice(String::new())),
                    Err(e) => {
                        let what = crate::t!("lesson-saved-work-not-removed");
                        Command::Failed(not_written(what)(e))
                    }
                });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Label;
    use crate::model::Span;
    use crate::model::text::TextIndex;

    #[test]
    fn the_question_says_how_much_when_and_whose() {
        let t = TextIndex::new("Officials said the plan failed.");
        let u = Unfinished {
            spans: vec![
                AnswerSpan::new(&t, Span::new(0, 9, Label::Attribution)),
                AnswerSpan::new(&t, Span::new(24, 30, Label::Opinion)),
            ],
            student: Some("Ana Ruiz".into()),
            at: Some("10:31".into()),
        };
        assert_eq!(
            u.question(),
            "Someone's unfinished work is here (2 highlights, 10:31, name typed: Ana Ruiz): continue it, or start fresh?"
        );
        let one = Unfinished {
            spans: u.spans[..1].to_vec(),
            student: None,
            at: None,
        };
        assert!(one.question().contains("(1 highlight)"));
    }

    #[test]
    fn a_time_is_shown_as_local_hours_and_minutes() {
        let t = local_time("2026-12-05T10:31:00Z").unwrap();
        assert_eq!(t.len(), 5);
        assert_eq!(&t[2..3], ":");
        assert_eq!(&t[3..], "31");
        assert!(local_time("not a time").is_none());
    }
}
