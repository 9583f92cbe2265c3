//! Reading everything a lesson page needs, on a worker thread: the lesson and its key
//! (through [`crate::service`]), the autosaved answer, and an answer file to load.

use crate::model::annotation::{Answer, AnswerSpan, Placed, place};
use crate::model::text::{TextIndex, sha256_hex};
use crate::service::{LessonSource, OpenedLesson, open_lesson};
use crate::store::{self, FileError, Problem, progress};
use std::path::{Path, PathBuf};

/// An answer's spans placed on the lesson, with the student named in it.
#[derive(Debug)]
pub struct PlacedAnswer {
    /// The spans.
    pub placed: Placed<AnswerSpan>,
    /// The student's name in the file.
    pub student: Option<String>,
}

/// Read an answer file and place it on a lesson text.
pub fn read_answer_for(text: &TextIndex, path: &Path) -> Result<PlacedAnswer, FileError> {
    let a = store::read_answer(path)?;
    placed(text, &a).map_err(|p| FileError::new(path, p))
}

fn placed(text: &TextIndex, a: &Answer) -> Result<PlacedAnswer, Problem> {
    let placed = place(text, &a.spans, a.text_sha256.as_deref()).map_err(Problem::Spans)?;
    Ok(PlacedAnswer {
        placed,
        student: a.student.clone().filter(|s| !s.trim().is_empty()),
    })
}

/// A message for the student, worked out while loading.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Note {
    /// What to say.
    pub text: String,
    /// An error rather than a notice.
    pub error: bool,
}

/// Everything a lesson page starts from.
#[derive(Debug)]
pub struct LoadedLesson {
    /// The lesson and its key.
    pub opened: OpenedLesson,
    /// The autosaved highlights (empty when there were none).
    pub restored: Vec<AnswerSpan>,
    /// The lesson came from a pack made for shared computers.
    pub shared_pack: bool,
    /// Whose the autosave says it is and when it was saved (RFC 3339), when there was one.
    pub restored_from: Option<(Option<String>, Option<String>)>,
    /// An answer file to load over them: its path and spans.
    pub answer: Option<(PathBuf, PlacedAnswer)>,
    /// What to tell the student.
    pub notes: Vec<Note>,
    /// System fonts for characters the bundled fonts lack.
    pub fonts: Vec<crate::app::fonts::FoundFont>,
}

impl LoadedLesson {
    /// Read the lesson, its key and autosave; place `answer` on it if given.
    pub fn load(
        source: &LessonSource,
        data_dir: Option<&Path>,
        answer: Option<(PathBuf, Answer)>,
    ) -> Result<LoadedLesson, FileError> {
        let opened = open_lesson(source)?;
        let mut notes = Vec::new();
        let mut say = |text: String, error: bool| notes.push(Note { text, error });
        if let Some(e) = &opened.key_error {
            let error = store::describe(e);
            say(crate::t!("workshop-load-key-unusable", error = error), true);
        }
        if let Some(n) = opened.key.as_ref().and_then(|k| k.unplaced_note()) {
            say(n, true);
        }
        // Characters the bundled fonts lack: installed fonts are looked for; what none of
        // them draws (and right-to-left text) is told.
        let needed = crate::model::scripts::needing_fonts(opened.lesson.text.as_str());
        let (fonts, missing) = crate::app::fonts::find(&needed);
        let rtl: String = needed
            .iter()
            .filter(|c| crate::model::scripts::script_of(**c).is_some_and(|s| s.right_to_left()))
            .collect();
        let unshown: String = missing
            .iter()
            .chain(rtl.chars().collect::<Vec<_>>().iter())
            .collect();
        if let Some(n) = crate::model::scripts::notice(&unshown) {
            say(n, true);
        }
        let text = &opened.lesson.text;
        let mut restored = Vec::new();
        let mut restored_from = None;
        if let Some(dir) = data_dir {
            match progress::restore(dir, &opened.id) {
                Ok(None) => {}
                Ok(Some(a)) => match placed(text, &a) {
                    Ok(p) => {
                        if let Some(n) = p.placed.note() {
                            if p.placed.orphaned.is_empty() {
                                say(n, false);
                            } else {
                                say(keep_unplaced(dir, &opened.id, n), false);
                            }
                        }
                        restored = p.placed.spans;
                        restored_from = Some((p.student, a.saved_at.clone()));
                    }
                    Err(p) => {
                        let path = progress::autosave_path(dir, &opened.id);
                        let (f, why) = (path.display().to_string(), store::describe(&p));
                        let t =
                            crate::t!("workshop-load-autosave-unplaceable", path = f, error = why);
                        say(t, true);
                    }
                },
                Err(e) => {
                    let error = store::describe(&e);
                    say(
                        crate::t!("workshop-load-autosave-unreadable", error = error),
                        true,
                    );
                }
            }
        }
        let answer = match answer {
            Some((path, a)) => match placed(text, &a) {
                Ok(p) => Some((path, p)),
                Err(p) => {
                    say(store::describe(&FileError::new(&path, p)), true);
                    None
                }
            },
            None => None,
        };
        Ok(LoadedLesson {
            shared_pack: crate::service::for_shared_computers(&opened.source),
            opened,
            restored,
            restored_from,
            answer,
            notes,
            fonts,
        })
    }
}

/// Keep a copy of an autosave whose highlights could not all be placed, once per content,
/// and say where it is, or that it could not be kept.
fn keep_unplaced(dir: &Path, lesson_id: &str, note: String) -> String {
    let from = progress::autosave_path(dir, lesson_id);
    let bytes = match std::fs::read(&from) {
        Ok(b) => b,
        Err(e) => {
            let error = store::describe(&FileError::io(&from, "cannot read", e));
            return crate::t!("workshop-load-copy-unreadable", note = note, error = error);
        }
    };
    let hash = sha256_hex(&String::from_utf8_lossy(&bytes));
    let to = from.with_extension(format!("unplaced-{}.json", hash.get(..12).unwrap_or(&hash)));
    let kept = if std::fs::read(&to).is_ok_and(|old| old == bytes) {
        Ok(()) // the same answer was kept before
    } else {
        store::write_private(&to, &bytes)
    };
    match kept {
        Ok(()) => {
            let path = to.display().to_string();
            crate::t!("workshop-load-copy-kept", note = note, path = path)
        }
        Err(e) => {
            let (error, path) = (store::describe(&e), from.display().to_string());
            crate::t!(
                "workshop-load-copy-not-kept",
                note = note,
                error = error,
                path = path
            )
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Label, Span};

    fn setup() -> (tempfile::TempDir, LessonSource, String) {
        let dir = tempfile::tempdir().unwrap();
        let lesson = dir.path().join("l.txt");
        std::fs::write(&lesson, "Officials said the plan failed badly.").unwrap();
        let source = LessonSource::File(lesson);
        let id = source.id();
        // An autosave made on another text: one highlight is gone.
        let old = TextIndex::new("Officials said the zebra scheme failed badly.");
        let mut a = Answer::new(&old, Some("l.txt".into()));
        a.spans
            .push(AnswerSpan::new(&old, Span::new(0, 14, Label::Attribution)));
        a.spans
            .push(AnswerSpan::new(&old, Span::new(19, 31, Label::Opinion)));
        progress::autosave(dir.path(), &id, &a).unwrap();
        (dir, source, id)
    }

    #[test]
    fn an_autosave_with_unplaced_highlights_is_copied_once() {
        let (dir, source, _) = setup();
        for _ in 0..3 {
            let l = LoadedLesson::load(&source, Some(dir.path()), None).unwrap();
            assert_eq!(l.restored.len(), 1);
            assert!(
                l.notes.iter().any(|n| n.text.contains("is kept in")),
                "{:?}",
                l.notes
            );
        }
        let copies = std::fs::read_dir(dir.path().join("autosave"))
            .unwrap()
            .filter(|e| {
                e.as_ref()
                    .is_ok_and(|e| e.file_name().to_string_lossy().contains("unplaced"))
            })
            .count();
        assert_eq!(copies, 1, "opening the lesson again makes no new copy");
    }

    #[test]
    fn a_failed_copy_is_reported_not_claimed() {
        let (dir, source, id) = setup();
        let from = progress::autosave_path(dir.path(), &id);
        let bytes = std::fs::read(&from).unwrap();
        let hash = sha256_hex(&String::from_utf8_lossy(&bytes));
        // A folder where the copy should go: it cannot be written.
        let to = from.with_extension(format!("unplaced-{}.json", &hash[..12]));
        std::fs::create_dir_all(to.join("x")).unwrap();
        let l = LoadedLesson::load(&source, Some(dir.path()), None).unwrap();
        let note = l.notes.iter().find(|n| n.text.contains("copy")).unwrap();
        assert!(note.text.contains("could not be kept"), "{}", note.text);
        assert!(!note.text.contains("is kept in"), "{}", note.text);
    }

    #[test]
    fn a_script_no_installed_font_draws_is_told_with_the_package_to_install() {
        let dir = tempfile::tempdir().unwrap();
        let lesson = dir.path().join("hindi.txt");
        let text = "मंत्री ने कहा कि योजना सफल रही।";
        std::fs::write(&lesson, text).unwrap();
        let l = LoadedLesson::load(&LessonSource::File(lesson), None, None).unwrap();
        // What the machine has installed decides: fonts found are added, and only what no
        // font draws is told.
        let (_, missing) = crate::app::fonts::find(&crate::model::scripts::needing_fonts(text));
        let note = l.notes.iter().find(|n| n.text.contains("Devanagari"));
        if missing.is_empty() {
            assert!(note.is_none(), "{:?}", l.notes);
            assert!(!l.fonts.is_empty());
        } else {
            let note = note.unwrap_or_else(|| panic!("{:?}", l.notes));
            assert!(note.text.contains("fonts-noto-core"), "{}", note.text);
        }
        // Right-to-left text is always told.
        let rtl = dir.path().join("hebrew.txt");
        std::fs::write(&rtl, "השר אמר שהתוכנית הצליחה.").unwrap();
        let l = LoadedLesson::load(&LessonSource::File(rtl), None, None).unwrap();
        assert!(
            l.notes.iter().any(|n| n.text.contains("right to left")),
            "{:?}",
            l.notes
        );
    }

    #[test]
    fn an_unreadable_autosave_is_not_the_same_as_none() {
        let (dir, source, id) = setup();
        std::fs::write(progress::autosave_path(dir.path(), &id), b"{ broken").unwrap();
        let l = LoadedLesson::load(&source, Some(dir.path()), None).unwrap();
        assert!(
            l.notes
                .iter()
                .any(|n| n.error && n.text.contains("could not be read"))
        );
        std::fs::remove_file(progress::autosave_path(dir.path(), &id)).unwrap();
        let l = LoadedLesson::load(&source, Some(dir.path()), None).unwrap();
        assert!(l.notes.is_empty(), "{:?}", l.notes);
    }
}
