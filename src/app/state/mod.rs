//! The dispatcher, on top of the pages: the current [`Page`] (each page owns its state, its
//! `handle` and the finish of its own results) and what all pages share.
//! [`AppState::handle`] routes every [`Command`] to the page that owns it, and is the only
//! place that knows every page; a command or result for a page that is no longer on
//! screen is logged, not silently dropped. Nothing here draws or holds egui types.
//!
//! Below the pages, and imported by them: [`crate::app::command`] (what can be asked),
//! [`crate::app::done`] (what background work brings back), [`crate::app::shared`]
//! (settings, catalogue, progress, messages, jobs, dialogs).

use crate::app::authoring::AuthoringPage;
use crate::app::class::ClassPage;
use crate::app::dialogs::{Dialogs, Purpose};
use crate::app::done::GradedClass;
use crate::app::jobs::Waker;
use crate::app::lesson::LessonPage;
use crate::app::library::{LibraryGo, LibraryPage};
use crate::app::picker::Picker;
use crate::app::profile::ProfilePage;
use crate::model::annotation::Answer;
use crate::service::{self, CatalogueEntry, LessonSource};
use crate::store::{self, FileError};
use std::path::{Path, PathBuf};
use std::sync::Arc;

mod files;
mod finish;
mod persist;

// The vocabulary below the pages, here too for callers that know only the dispatcher.
pub use crate::app::command::{Command, Zoom};
pub use crate::app::done::Done;
pub use crate::app::shared::{
    AUTOSAVE_AFTER, LearnerScan, Message, MessageId, Messages, NOTICE_FOR, Role, Settings, Shared,
    TEXT_SIZE, ZOOMS, now_secs,
};

/// Which screen, with its state.
pub enum Page {
    /// The lesson library.
    Library(LibraryPage),
    /// An open lesson with the student's work.
    Lesson(Box<LessonPage>),
    /// The instructor's workshop: a lesson's details, article and key.
    Authoring(Box<AuthoringPage>),
    /// Class results for a folder of answers.
    Class(Box<ClassPage>),
    /// The learner's skills profile.
    Profile(ProfilePage),
    /// Focus practice on one label.
    Focus(Box<crate::app::focus::FocusPage>),
}

/// The whole application state.
pub struct AppState {
    /// Current screen and its state.
    pub page: Page,
    /// What all pages share.
    pub shared: Shared,
}

/// Put `new` on screen. It is a new page instance: a file dialog or picker the old page
/// opened is not answered to it (an open picker closes, saying what was cancelled).
pub(super) fn switch(page: &mut Page, sh: &mut Shared, new: Page) {
    if let Page::Lesson(old) = &*page {
        sh.left_lesson(&old.id, old.feedback().is_none() && !old.editor.is_empty());
    }
    *page = new;
    sh.page_serial += 1;
    if let Some(p) = sh.picker.take() {
        let text = crate::t!("shell-picker-closed", purpose = p.purpose.what());
        sh.messages.notice(text);
    }
}

impl AppState {
    /// Start on the library: the bundled lessons now, the data folder's `lessons/` as soon
    /// as a worker has listed them. Settings saved in the data folder win over `settings`
    /// (they are written on every change, so they survive a crash).
    pub fn new(
        settings: Settings,
        data_dir: Option<PathBuf>,
        dialogs: Arc<dyn Dialogs>,
    ) -> AppState {
        AppState {
            page: Page::Library(LibraryPage::default()),
            shared: Shared::start(settings, data_dir, dialogs),
        }
    }

    /// Put `new` on screen (see [`switch`]).
    pub fn show(&mut self, new: Page) {
        switch(&mut self.page, &mut self.shared, new);
    }

    /// Set what wakes the UI when background work finishes.
    pub fn set_waker(&mut self, waker: Waker) {
        self.shared.jobs.set_waker(waker);
    }

    /// Handle the results of background work that have arrived.
    pub fn poll(&mut self) {
        for c in self.shared.jobs.finished() {
            self.handle(c);
        }
    }

    /// True while background work runs.
    pub fn busy(&self) -> bool {
        self.shared.jobs.busy()
    }

    /// The open lesson, if the page is a lesson.
    pub fn lesson(&self) -> Option<&LessonPage> {
        match &self.page {
            Page::Lesson(p) => Some(p),
            Page::Library(_)
            | Page::Authoring(_)
            | Page::Class(_)
            | Page::Profile(_)
            | Page::Focus(_) => None,
        }
    }

    /// The workshop, if the page is the workshop.
    pub fn authoring(&self) -> Option<&AuthoringPage> {
        match &self.page {
            Page::Authoring(p) => Some(p),
            Page::Library(_)
            | Page::Lesson(_)
            | Page::Class(_)
            | Page::Profile(_)
            | Page::Focus(_) => None,
        }
    }

    /// Carry out a command: settings and navigation here, everything else by the page that
    /// owns it.
    pub fn handle(&mut self, cmd: Command) {
        let sh = &mut self.shared;
        match cmd {
            Command::OpenFileDialog => sh.ask(Purpose::OpenFile),
            Command::OpenPath(p) => self.open_path(p),
            Command::ShowLibrary => self.show_library(),
            Command::SetDark(d) => sh.set_dark(d),
            Command::Zoom(z) => sh.zoom(z),
            Command::SetName(n) => match &mut self.page {
                Page::Lesson(p) => p.set_name(n, sh),
                _ => sh.set_name(n),
            },
            Command::SetStudentId(n) => match &mut self.page {
                Page::Lesson(p) => p.set_id(n, sh),
                _ => sh.set_student_id(n),
            },
            Command::SetRole(r) => {
                sh.set_role(r);
                if let Page::Library(l) = &mut self.page {
                    l.role_changed(r);
                }
            }
            Command::SetLanguage(l) => {
                sh.settings.language = Some(l.code().to_string());
                sh.settings_dirty = true;
                crate::i18n::set_language(l);
            }
            Command::Dismiss(id) => sh.messages.dismiss(id),
            Command::DismissAll => sh.messages.dismiss_all(),
            Command::ToggleHelp => sh.help_open = !sh.help_open,
            Command::Failed(failure) => sh.messages.error(failure.to_string()),
            Command::Library(c) => match &mut self.page {
                Page::Library(p) => {
                    if let Some(go) = p.handle(c, sh) {
                        self.library_go(go);
                    }
                }
                _ => dropped("library"),
            },
            Command::Lesson(c) => match &mut self.page {
                Page::Lesson(p) => p.handle(c, sh),
                _ => dropped("lesson"),
            },
            Command::Authoring(c) => match &mut self.page {
                Page::Authoring(p) => p.handle(c, sh),
                _ => dropped("workshop"),
            },
            Command::Class(c) => match &mut self.page {
                Page::Class(p) => p.handle(c, sh),
                _ => dropped("class results"),
            },
            Command::Profile(c) => match &mut self.page {
                Page::Profile(p) => p.handle(c, sh),
                _ => dropped("profile"),
            },
            Command::Focus(c) => match &mut self.page {
                Page::Focus(p) => p.handle(c),
                _ => dropped("focus practice"),
            },
            Command::ShowProfile => self.show(Page::Profile(ProfilePage::default())),
            Command::StartFocus(label) => self.start_focus(label),
            Command::Picker(c) => {
                let done = sh.picker.as_mut().and_then(|p| p.handle(c, &mut sh.jobs));
                if let Some(answer) = done {
                    sh.picker = None;
                    self.handle(answer);
                }
            }
            Command::Done(d) => self.finish(d),
        }
    }

    /// Back to the library: a workshop with unsaved changes asks first; the open answer
    /// is saved.
    fn show_library(&mut self) {
        if let Page::Authoring(p) = &mut self.page
            && p.dirty
            && !p.confirm_leave
        {
            p.confirm_leave = true;
            self.shared
                .messages
                .error(crate::t!("shell-workshop-unsaved"));
            return;
        }
        self.autosave_now();
        self.show(Page::Library(LibraryPage::default()));
    }

    /// Where the library sends the person: a lesson, the workshop, class results.
    fn library_go(&mut self, go: LibraryGo) {
        match go {
            LibraryGo::Open(id) => self.open_entry(&id),
            LibraryGo::NewLesson => self.new_lesson(),
            LibraryGo::Edit(id) => self.edit_entry(&id),
            LibraryGo::ClassResults(id, zip) => {
                self.show(Page::Library(LibraryPage {
                    class_for: Some(id),
                    ..LibraryPage::default()
                }));
                self.shared.ask(if zip {
                    Purpose::OpenSubmissionsZip
                } else {
                    Purpose::OpenFolder
                });
            }
        }
    }
}

/// A command from a frame drawn before the page changed: said on the log, not applied to
/// another page.
fn dropped(page: &str) {
    eprintln!("newsmark: a {page} command came after that page was left; it was dropped");
}
