//! The library page: every lesson with its level, skills, time and the learner's progress.
//! Opening a lesson runs in the background; the page shows which one is opening.

pub mod search;
pub mod view;

pub use crate::app::command::LibraryCommand;

use crate::app::command::Command;
use crate::app::dialogs::Purpose;
use crate::app::done::Done;
use crate::app::failure::not_written;
use crate::app::shared::{Role, Shared};
use crate::service::LessonSource;
use crate::store::{self, FileError};
use std::path::PathBuf;

/// Where the library sends the person; the dispatcher changes the page.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LibraryGo {
    /// Open the lesson with this catalogue id.
    Open(String),
    /// The workshop on a new, empty lesson.
    NewLesson,
    /// The workshop on the lesson with this catalogue id.
    Edit(String),
    /// Class results for the lesson with this catalogue id: a folder (false) or an LMS's
    /// zip (true) is asked for.
    ClassResults(String, bool),
}

/// A lesson being opened.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Opening {
    /// The request it answers.
    pub ticket: u64,
    /// The lesson's file name.
    pub name: String,
}

/// The library page's own state.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct LibraryPage {
    /// The lesson being opened, if one is.
    pub opening: Option<Opening>,
    /// The lesson whose class results wait for a folder of answers.
    pub class_for: Option<String>,
    /// Lessons chosen for a student pack (catalogue ids, in library order).
    pub pack: Vec<String>,
    /// The class name for the pack.
    pub pack_class: String,
    /// The due date for the pack.
    pub pack_due: String,
    /// The pack is for computers students share.
    pub pack_shared: bool,
}

impl LibraryPage {
    /// The library while a lesson opens.
    pub fn opening(ticket: u64, name: String) -> LibraryPage {
        LibraryPage {
            opening: Some(Opening { ticket, name }),
            ..LibraryPage::default()
        }
    }
}

impl LibraryPage {
    /// Carry out a command; returns where to go when it leaves the library. Instructor
    /// tools are refused in student mode.
    pub fn handle(&mut self, cmd: LibraryCommand, sh: &mut Shared) -> Option<LibraryGo> {
        if cmd.for_teachers() && !sh.teacher() {
            sh.messages
                .error(crate::t!("library-instructor-tool-refused"));
            return None;
        }
        match cmd {
            LibraryCommand::Open(id) => return Some(LibraryGo::Open(id)),
            LibraryCommand::NewLesson => return Some(LibraryGo::NewLesson),
            LibraryCommand::Edit(id) => return Some(LibraryGo::Edit(id)),
            LibraryCommand::ClassResults(id) => return Some(LibraryGo::ClassResults(id, false)),
            LibraryCommand::ClassResultsZip(id) => {
                return Some(LibraryGo::ClassResults(id, true));
            }
            LibraryCommand::ImportArticle => sh.ask(Purpose::ImportArticle),
            LibraryCommand::Filter(f) => sh.library_filter = f,
            LibraryCommand::TogglePack(id) => match self.pack.iter().position(|x| *x == id) {
                Some(i) => {
                    self.pack.remove(i);
                }
                None => self.pack.push(id),
            },
            LibraryCommand::SetPackClass(c) => self.pack_class = c,
            LibraryCommand::SetPackDue(d) => self.pack_due = d,
            LibraryCommand::SetPackShared(on) => self.pack_shared = on,
            LibraryCommand::ExportPack => {
                let name = if self.pack_class.trim().is_empty() {
                    "class.newsmark-pack".to_string()
                } else {
                    format!(
                        "{}.newsmark-pack",
                        store::names::safe_part(&self.pack_class, 60)
                    )
                };
                sh.ask(Purpose::SavePack(name));
            }
        }
        None
    }

    /// The mode changed: only a teacher puts a pack together.
    pub fn role_changed(&mut self, role: Role) {
        if role != Role::Teacher {
            self.pack.clear();
        }
    }

    /// Write the lessons chosen as a student pack, on the writer thread.
    pub fn write_pack(&self, path: PathBuf, sh: &mut Shared) {
        let sources: Vec<LessonSource> = self
            .pack
            .iter()
            .filter_map(|id| sh.catalogue.iter().find(|e| e.id == *id))
            .map(|e| e.source.clone())
            .collect();
        let (class, due) = (Some(self.pack_class.clone()), Some(self.pack_due.clone()));
        let shared_computers = self.pack_shared;
        sh.jobs.write(move || {
            let result = (|| -> Result<String, FileError> {
                let mut lessons = Vec::new();
                for s in &sources {
                    lessons.push(store::pack::PackLesson {
                        name: s.name(),
                        text: s.read_text()?,
                    });
                }
                let n = lessons.len();
                let mut pack = store::pack::pack_of(lessons, class, due)
                    .map_err(|p| FileError::new(&path, p))?;
                pack.shared_computers = shared_computers;
                store::write_json(&path, &pack)?;
                let shared = if shared_computers { "yes" } else { "no" };
                let to = path.display().to_string();
                Ok(crate::t!(
                    "library-pack-written",
                    count = n,
                    shared = shared,
                    path = to
                ))
            })();
            match result {
                Ok(msg) => Command::Done(Done::Notice(msg)),
                Err(e) => Command::Failed(not_written("The pack was not written")(e)),
            }
        });
    }
}
