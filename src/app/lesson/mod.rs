//! The lesson page: the student highlights the article, checks the answer and reads the
//! feedback. Its state and commands live here; [`view`] and [`feedback`] draw it.

pub mod feedback;
mod finish;
pub mod session;
pub mod view;

pub use crate::app::command::{LessonCommand, Overlay};
/// Reading a lesson for this page (below the pages, in [`crate::app::load`]).
pub use crate::app::load::lesson as load;
pub use finish::finish_gone;

use crate::app::command::Command;
use crate::app::dialogs::Purpose;
use crate::app::done::{Done, LessonDone};
use crate::app::editing::{EditCommand, Merge, SpanEditor};
use crate::app::failure::not_written;
use crate::app::shared::Shared;
use crate::model::Lesson;
use crate::model::annotation::{Answer, AnswerSpan, StoredSpan, grade};
use crate::model::interchange::Item;
use crate::model::scoring::Score;
use crate::service::{LessonSource, PlacedKey};
use crate::store::convert::Kind;
use crate::store::{self, progress};
use load::{LoadedLesson, PlacedAnswer};
use std::path::{Path, PathBuf};
use std::time::Instant;

/// Highlighting, or reading the feedback on a checked answer.
#[derive(Clone, Debug, PartialEq)]
pub enum Mode {
    /// Highlighting.
    Reading,
    /// After "Check my answers": the score of the highlights as they were checked.
    Feedback(Box<Score>),
}

/// A request to bring a char into view; the view honours each serial once.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Reveal {
    /// Increases with every request.
    pub serial: u64,
    /// The char.
    pub at: usize,
    /// The article takes the keyboard too (*Show in the article*: the caret is on the
    /// highlight and the screen reader reads from there).
    pub focus: bool,
}

/// An open lesson with the student's work.
pub struct LessonPage {
    /// Where the lesson came from.
    pub source: LessonSource,
    /// Library id (progress and autosave).
    pub id: String,
    /// Tells this opening of the lesson from earlier ones (view caches start afresh).
    pub instance: u64,
    /// File name.
    pub name: String,
    /// The lesson.
    pub lesson: Lesson,
    /// Its key, if it has a usable one.
    pub key: Option<PlacedKey>,
    /// The highlights, selection and history.
    pub editor: SpanEditor<AnswerSpan>,
    /// Reading or feedback.
    pub mode: Mode,
    /// Overlay in feedback mode.
    pub overlay: Overlay,
    /// Bring this char into view.
    pub reveal: Option<Reveal>,
    /// Unsaved changes since.
    pub dirty_since: Option<Instant>,
    /// The hand-in form is open.
    pub handing_in: bool,
    /// Counts the checks of this opening; the feedback panel starts at its top on each one.
    pub check_serial: u64,
    /// The last check's score, kept after *Try again* so its explanations stay at hand
    /// while the student fixes the highlights; put away when an answer file is loaded.
    pub last_check: Option<Box<Score>>,
    /// On a computer students share: no name, work or score is kept for the next student.
    pub shared: bool,
    /// The hand-in form's name and id on a shared computer (never in the settings).
    pub who: session::Student,
    /// The hand-in that sealed the work, until *Make changes* or *Start fresh*.
    pub handed_in: Option<session::HandedIn>,
    /// Work found autosaved on a shared computer, waiting for "continue or start fresh".
    pub unfinished: Option<session::Unfinished>,
}

impl LessonPage {
    /// A page for a loaded lesson; what loading found is told to the student.
    pub fn open(loaded: LoadedLesson, instance: u64, sh: &mut Shared) -> LessonPage {
        let LoadedLesson {
            opened,
            restored,
            restored_from,
            shared_pack,
            answer,
            notes,
            fonts,
        } = loaded;
        let shared = sh.settings.role == Some(crate::app::shared::Role::Shared) || shared_pack;
        // On a shared computer someone else's unfinished work is not shown until the
        // student says it is theirs.
        let (restored, unfinished) = match restored_from {
            Some((student, at)) if shared && !restored.is_empty() => (
                Vec::new(),
                Some(session::Unfinished {
                    spans: restored,
                    student,
                    at: at.as_deref().and_then(session::local_time),
                }),
            ),
            _ => (restored, None),
        };
        sh.fonts_to_add.extend(fonts);
        for n in notes {
            sh.messages.push(n.text, n.error);
        }
        let mut page = LessonPage {
            source: opened.source,
            id: opened.id,
            instance,
            name: opened.name,
            lesson: opened.lesson,
            key: opened.key,
            editor: SpanEditor::new(restored),
            mode: Mode::Reading,
            overlay: Overlay::Mine,
            reveal: None,
            dirty_since: None,
            handing_in: false,
            check_serial: 0,
            last_check: None,
            shared,
            who: session::Student::default(),
            handed_in: None,
            unfinished,
        };
        if let Some((path, a)) = answer {
            page.answer_read(&path, Ok(a), sh);
        }
        page
    }

    /// The answer as it would be saved.
    pub fn answer(&self, student: &str) -> Answer {
        let mut a = Answer::new(&self.lesson.text, Some(self.name.clone()));
        a.student = (!student.trim().is_empty()).then(|| student.trim().to_string());
        a.spans = self.editor.to_vec();
        a
    }

    /// The answer as it is handed in now: with the student's name and id, this program
    /// and the time.
    pub fn hand_in(&self, sh: &Shared) -> Answer {
        let mut answer = self.answer(self.student_name(sh));
        let id = self.student_id(sh).trim();
        answer.student_id = (!id.is_empty()).then(|| id.to_string());
        answer.program = Some(store::names::program());
        answer.saved_at = Some(store::names::now_rfc3339());
        answer
    }

    /// The selected highlight in words, with where it is among them ("Opinion: stark
    /// divide, 2 of 5").
    fn selected_in_words(&self) -> Option<String> {
        let id = self.editor.selected?;
        let items = self.editor.items();
        let i = items.iter().position(|(sid, _)| *sid == id)?;
        let s = items.get(i)?.1.span();
        let (label, quote) = (
            s.label.title(),
            self.lesson.text.slice_clamped(s.start, s.end),
        );
        let (position, total) = (i + 1, items.len());
        #[rustfmt::skip]
        let words = crate::t!("lesson-selected-spoken", label = label, quote = quote, position = position, total = total);
        Some(words)
    }

    /// The checked score, in feedback mode.
    pub fn feedback(&self) -> Option<&Score> {
        match &self.mode {
            Mode::Feedback(s) => Some(s),
            Mode::Reading => None,
        }
    }

    /// Mark the answer as changed (autosave follows).
    pub fn touch(&mut self) {
        self.dirty_since.get_or_insert_with(Instant::now);
    }

    fn reveal(&mut self, at: usize) {
        let serial = self.reveal.map_or(1, |r| r.serial + 1);
        self.reveal = Some(Reveal {
            serial,
            at,
            focus: false,
        });
    }

    /// Carry out a command.
    pub fn handle(&mut self, cmd: LessonCommand, sh: &mut Shared) {
        let reading = self.mode == Mode::Reading;
        match cmd {
            LessonCommand::Edit(e) => {
                // The feedback shows a checked answer: edits wait for "Try again".
                if e.changes_spans() && !reading {
                    return;
                }
                // Handed in: the work is sealed until "Make changes".
                if e.changes_spans() && self.sealed() {
                    sh.messages.notice(crate::t!("lesson-locked-notice"));
                    return;
                }
                let before: Vec<crate::model::Span> =
                    self.editor.spans().map(|s| s.span()).collect();
                let walking = matches!(e, EditCommand::Next(_) | EditCommand::Select(_));
                let out = self.editor.apply(&self.lesson.text, e.clone());
                if out.changed {
                    self.touch();
                    let after: Vec<crate::model::Span> =
                        self.editor.spans().map(|s| s.span()).collect();
                    if let Some(words) =
                        crate::app::editing::spoken_change(&self.lesson.text, &before, &after, &e)
                    {
                        sh.say(words);
                    }
                } else if walking && let Some(words) = self.selected_in_words() {
                    sh.say(words);
                }
                if let Some(at) = out.reveal {
                    self.reveal(at);
                }
            }
            LessonCommand::SetNote(id, note) => {
                if reading
                    && !self.sealed()
                    && self.editor.update(id, Merge::Typing(id, 0), |s| {
                        s.note = (!note.trim().is_empty()).then_some(note);
                    })
                {
                    self.touch();
                }
            }
            LessonCommand::Check => self.check(sh),
            LessonCommand::TryAgain => {
                if let Mode::Feedback(score) = std::mem::replace(&mut self.mode, Mode::Reading) {
                    self.last_check = Some(score);
                }
                self.overlay = Overlay::Mine;
            }
            LessonCommand::SetOverlay(o) => self.overlay = o,
            LessonCommand::ScrollTo(c) => {
                self.editor.caret = c.min(self.lesson.text.char_len());
                self.reveal(c);
                if let Some(r) = self.reveal.as_mut() {
                    r.focus = true;
                }
            }
            LessonCommand::HandIn(open) => self.handing_in = open,
            LessonCommand::SaveAnswerAs => {
                // A hand-in needs a name; the form asks for it first.
                if self.student_name(sh).trim().is_empty() {
                    self.handing_in = true;
                    return;
                }
                self.handing_in = false;
                let suggested = store::names::answer_file_name(self.student_name(sh), &self.name);
                sh.ask(Purpose::SaveAnswer(suggested));
            }
            LessonCommand::OpenAnswerDialog => sh.ask(Purpose::OpenAnswer),
            LessonCommand::MakeChanges => self.make_changes(sh),
            LessonCommand::StartFresh => self.start_fresh(sh),
            LessonCommand::ContinueUnfinished => self.continue_unfinished(),
            LessonCommand::Export => {
                let stem = self
                    .name
                    .rsplit_once('.')
                    .map_or(self.name.as_str(), |(s, _)| s);
                sh.ask(Purpose::Export(
                    Kind::Answer,
                    format!("{stem}.answer.jsonld"),
                ));
            }
        }
    }

    /// A file dialog for this page was answered.
    pub fn file_chosen(&mut self, purpose: &Purpose, path: PathBuf, sh: &mut Shared) {
        match purpose {
            Purpose::SaveAnswer(_) => {
                // The answer as it is now; writing happens off the UI thread.
                let answer = self.hand_in(sh);
                let lesson = self.name.clone();
                let instance = self.instance;
                sh.jobs.write(move || {
                    // Another student's file (or another lesson's, or not an answer) is
                    // never replaced: the answer goes to a free name beside it.
                    let (target, renamed) = store::names::hand_in_target(&path, &answer);
                    let result = store::write_json(&target, &answer).map(|()| target);
                    Command::Done(Done::Lesson {
                        instance,
                        done: LessonDone::AnswerSaved {
                            student: answer.student.clone().unwrap_or_default(),
                            lesson,
                            result,
                            renamed,
                        },
                    })
                });
            }
            Purpose::OpenAnswer => self.read_answer_file(path, sh),
            Purpose::OpenFile
            | Purpose::ImportArticle
            | Purpose::SaveLesson(_)
            | Purpose::OpenFolder
            | Purpose::OpenSubmissionsZip
            | Purpose::OpenRoster
            | Purpose::OpenCompareKey
            | Purpose::SaveRosterGradebook(_)
            | Purpose::SaveGradebook(..)
            | Purpose::SavePack(_)
            | Purpose::SaveProfile(_) => {}
            Purpose::Export(_, _) => {
                let read = crate::store::convert::Read {
                    kind: Some(Kind::Answer),
                    items: self
                        .editor
                        .spans()
                        .map(|s| {
                            let mut i = Item::new(s.span());
                            i.note = s.note.clone();
                            i
                        })
                        .collect(),
                    student: Some(self.student_name(sh).to_string())
                        .filter(|n| !n.trim().is_empty()),
                    warnings: Vec::new(),
                };
                let (lesson, name) = (self.lesson.clone(), self.name.clone());
                sh.jobs.write(move || {
                    match crate::store::convert::write(&lesson, &name, &read, Kind::Answer, &path) {
                        Ok(_) => {
                            let path = path.display().to_string();
                            Command::Done(Done::Notice(crate::t!("lesson-exported", path = path)))
                        }
                        Err(e) => {
                            Command::Failed(not_written(crate::t!("lesson-export-not-written"))(e))
                        }
                    }
                });
            }
        }
    }

    /// An answer file was read for this lesson: its highlights replace the current ones
    /// (one undoable step) and any checked score is put away, since it no longer
    /// describes what is on screen.
    pub fn answer_read(
        &mut self,
        path: &Path,
        result: Result<PlacedAnswer, store::FileError>,
        sh: &mut Shared,
    ) {
        match result {
            Ok(a) => {
                let note = a.placed.note();
                self.editor.replace_all(a.placed.spans);
                self.mode = Mode::Reading;
                self.last_check = None;
                self.overlay = Overlay::Mine;
                self.touch();
                if let Some(st) = a.student {
                    if self.shared {
                        self.who.name = st;
                    } else {
                        sh.settings.student_name = st;
                    }
                }
                let path = path.display().to_string();
                sh.messages.notice(match note {
                    Some(note) => crate::t!("lesson-answer-loaded-note", path = path, note = note),
                    None => crate::t!("lesson-answer-loaded", path = path),
                });
            }
            Err(e) => sh.messages.error(store::describe(&e)),
        }
    }

    fn check(&mut self, sh: &mut Shared) {
        let Some(key) = &self.key else {
            sh.messages.error(crate::t!("lesson-no-key-error"));
            return;
        };
        let answer = self.answer("");
        match grade(&self.lesson.text, &key.spans, &answer) {
            Ok(g) => {
                // On a shared computer no score is kept for the next student to see.
                if !self.shared {
                    sh.record_attempt(&self.id, &g.score);
                }
                let score = g.score.display();
                let [found, partly, wrong, missed] = g.score.status_counts();
                #[rustfmt::skip]
                let words = crate::t!("lesson-checked-spoken", score = score, found = found, partly = partly, wrong = wrong, missed = missed);
                sh.say(words);
                self.mode = Mode::Feedback(Box::new(g.score));
                self.check_serial += 1;
                self.last_check = None;
                self.overlay = Overlay::Both;
                self.editor.selection = None;
            }
            Err(e) => {
                let error = e.to_string();
                sh.messages
                    .error(crate::t!("lesson-check-failed", error = error));
            }
        }
    }

    /// Save the answer to the data folder if it changed.
    pub fn autosave(&mut self, sh: &mut Shared) {
        if self.dirty_since.take().is_none() {
            return;
        }
        let Some(dir) = sh.data_dir.clone() else {
            return;
        };
        // Kept in memory until the writer says it landed; a failure marks it changed again.
        // With the time, so unfinished work found later says when it was done.
        let mut answer = self.answer(self.student_name(sh));
        answer.saved_at = Some(store::names::now_rfc3339());
        let (instance, id) = (self.instance, self.id.clone());
        sh.jobs.write(move || {
            let result = progress::autosave(&dir, &id, &answer);
            Command::Done(Done::Lesson {
                instance,
                done: LessonDone::Autosaved(result),
            })
        });
    }
}
