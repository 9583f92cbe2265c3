//! The lesson page's results of background work: an answer file read, a hand-in written,
//! an autosave written. Each came back for this page instance; when the page is gone,
//! what must still be said is said ([`finish_gone`]).

use super::LessonPage;
use crate::app::command::Command;
use crate::app::done::{Done, LessonDone};
use crate::app::load::lesson::read_answer_for;
use crate::app::shared::Shared;
use crate::store::{self, FileError};
use std::path::PathBuf;

impl LessonPage {
    /// Read an answer file for this lesson on a worker thread.
    pub fn read_answer_file(&self, path: PathBuf, sh: &mut Shared) {
        let text = self.lesson.text.clone();
        let instance = self.instance;
        sh.jobs.spawn(move || {
            let result = read_answer_for(&text, &path);
            Command::Done(Done::Lesson {
                instance,
                done: LessonDone::AnswerRead {
                    path,
                    result: Box::new(result),
                },
            })
        });
    }

    /// A result for this page came back.
    pub fn finish(&mut self, done: LessonDone, sh: &mut Shared) {
        match done {
            LessonDone::AnswerRead { path, result } => self.answer_read(&path, *result, sh),
            LessonDone::AnswerSaved {
                student,
                lesson,
                result: Ok(path),
                renamed,
            } => {
                sh.messages
                    .notice(hand_in_words(&lesson, &path, renamed.as_ref()));
                // Sealed (on a shared computer, cleared for the next student).
                self.handed_in_to(path, student, sh);
            }
            LessonDone::Autosaved(Err(e)) => {
                // Kept in memory; the next change tries again.
                self.touch();
                autosave_failed(&e, sh);
            }
            other @ (LessonDone::AnswerSaved { .. } | LessonDone::Autosaved(Ok(()))) => {
                finish_gone(other, sh);
            }
        }
    }
}

/// A result for a lesson page that is no longer on screen: a hand-in or an autosave still
/// says how it went; an answer read for it is not loaded anywhere (the file is where it
/// was).
pub fn finish_gone(done: LessonDone, sh: &mut Shared) {
    match done {
        LessonDone::AnswerRead { path, .. } => eprintln!(
            "newsmark: {} was read for a lesson page that is closed; it was not loaded",
            path.display()
        ),
        LessonDone::AnswerSaved {
            lesson,
            result: Ok(path),
            renamed,
            ..
        } => sh
            .messages
            .notice(hand_in_words(&lesson, &path, renamed.as_ref())),
        LessonDone::AnswerSaved {
            lesson,
            result: Err(e),
            ..
        } => {
            let error = store::describe(&e);
            let words = crate::t!("lesson-hand-in-failed", lesson = lesson, error = error);
            sh.messages.error(words);
        }
        LessonDone::Autosaved(Ok(())) => {}
        LessonDone::Autosaved(Err(e)) => autosave_failed(&e, sh),
    }
}

fn autosave_failed(e: &FileError, sh: &mut Shared) {
    let error = store::describe(e);
    sh.messages
        .error(crate::t!("lesson-autosave-failed", error = error));
}

/// What a written hand-in says: where it went, and why under another name if it did.
fn hand_in_words(
    lesson: &str,
    path: &std::path::Path,
    renamed: Option<&store::names::Renamed>,
) -> String {
    let path = path.display().to_string();
    match renamed {
        None => crate::t!("lesson-handed-in-saved", lesson = lesson, path = path),
        #[rustfmt::skip]
        Some(r) => {
            let chosen = r.chosen.file_name().map_or_else(
                || r.chosen.display().to_string(),
                |n| n.to_string_lossy().into_owned(),
            );
            let taken = r.taken.words();
            crate::t!("lesson-handed-in-renamed", lesson = lesson, chosen = chosen, taken = taken, path = path)
        }
    }
}
