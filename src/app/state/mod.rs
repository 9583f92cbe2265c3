//! Application state: the current [`Page`] (each page owns its state and commands) and
//! what all pages share. [`AppState::handle`] is the only place state changes; views read
//! it and return [`Command`]s. Nothing here draws, and nothing here holds egui types.

use crate::app::authoring::load::Workshop;
use crate::app::authoring::{AuthoringCommand, AuthoringPage};
use crate::app::class::{ClassCommand, ClassPage};
use crate::app::dialogs::{Dialogs, Purpose};
use crate::app::jobs::{Jobs, Waker};
use crate::app::lesson::load::{LoadedLesson, read_answer_for};
use crate::app::lesson::{LessonCommand, LessonPage};
use crate::app::library::{LibraryCommand, LibraryPage};
use crate::app::picker::{Picker, PickerCommand};
use crate::app::profile::{ProfileCommand, ProfilePage};
use crate::model::annotation::Answer;
use crate::service::{self, CatalogueEntry, LessonSource};
use crate::store::{self, FileError, progress};
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, Instant};

mod files;
mod finish;
mod persist;
mod shared;

pub use files::spawn_read_answer;
use persist::load_settings;
pub use shared::{LearnerScan, Shared};

/// How long after the last change the answer is autosaved.
pub const AUTOSAVE_AFTER: Duration = Duration::from_millis(1000);

/// The article's text size at zoom 1 (points).
pub const TEXT_SIZE: f32 = 18.0;

/// Smallest and largest zoom of the whole interface, and one step of A+ / A-.
pub const ZOOMS: (f32, f32, f32) = (0.8, 1.6, 0.1);

/// A change of the interface's size.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Zoom {
    /// Larger (A+, Ctrl +).
    In,
    /// Smaller (A-, Ctrl -).
    Out,
    /// Back to the default size (Ctrl 0).
    Reset,
}

/// Who uses this copy of newsmark: it decides whether the instructor tools are shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    /// A student's copy: lessons, feedback, hand-in; no key editor, no class tools.
    Student,
    /// A teacher's copy: also new lessons, the workshop, packs and class results.
    Teacher,
    /// A computer many students share (a lab or a trolley): student mode, and no name,
    /// score or work of one student is kept for the next.
    Shared,
}

impl Role {
    /// The three modes, in the order they are offered.
    pub const ALL: [Role; 3] = [Role::Student, Role::Shared, Role::Teacher];

    /// The mode's name in the top bar.
    pub fn title(self) -> &'static str {
        match self {
            Role::Student => "Student mode",
            Role::Teacher => "Teacher mode",
            Role::Shared => "Shared computer mode",
        }
    }
}

/// Settings remembered between runs (eframe persistence).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    /// Dark theme.
    pub dark: bool,
    /// Article text size in points at zoom 1 (older versions changed it with A+ / A-; it
    /// is now folded into `zoom` at start).
    pub text_size: f32,
    /// The whole interface's zoom factor (A+ / A-, Ctrl + / Ctrl - / Ctrl 0).
    pub zoom: f32,
    /// The student's name, written into answer files.
    pub student_name: String,
    /// The student's id at school (optional), written into answer files.
    pub student_id: String,
    /// Student's or teacher's copy; `None` until the first start's question is answered.
    pub role: Option<Role>,
    /// The folder last used for each kind of file dialog (see `Purpose::folder_key`).
    pub folders: std::collections::BTreeMap<String, PathBuf>,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            dark: false,
            text_size: TEXT_SIZE,
            zoom: 1.0,
            student_name: String::new(),
            student_id: String::new(),
            role: None,
            folders: std::collections::BTreeMap::new(),
        }
    }
}

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

/// Identifies a message for dismissing it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct MessageId(u64);

/// How long a notice stays before it fades; errors stay until dismissed.
pub const NOTICE_FOR: Duration = Duration::from_secs(8);

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

/// Results of background work.
pub enum Done {
    /// The data folder's lessons were listed.
    Catalogue(Vec<CatalogueEntry>, Vec<FileError>),
    /// A file dialog was answered (`Ok(None)`: cancelled; `Err`: could not be shown).
    FileChosen {
        /// The page instance that asked ([`Shared::page_serial`] when it asked); the
        /// answer is applied to that page only.
        asker: u64,
        /// What the dialog was for.
        purpose: Purpose,
        /// The answer.
        result: Result<Option<PathBuf>, String>,
    },
    /// A lesson was read (with its key, autosave and any answer to load).
    Opened {
        /// Which request this answers.
        ticket: u64,
        /// The lesson, or why it cannot be opened.
        result: Box<Result<LoadedLesson, FileError>>,
    },
    /// An answer file opened from the library was read; its lesson is opened next.
    AnswerToOpen(PathBuf, Box<Result<Answer, FileError>>),
    /// An answer was read for the open lesson.
    AnswerRead {
        /// The lesson page it was read for (its instance).
        instance: u64,
        /// The file.
        path: PathBuf,
        /// Its spans placed on the lesson, or why not.
        result: Box<Result<crate::app::lesson::load::PlacedAnswer, FileError>>,
    },
    /// A hand-in was written (where), or why not.
    AnswerSaved {
        /// The lesson page that handed in (its instance).
        instance: u64,
        /// The name it was handed in under.
        student: String,
        /// The lesson's file name.
        lesson: String,
        /// Where it was written, or why not.
        result: Result<PathBuf, FileError>,
        /// Set when the name chosen held someone else's file, which was left alone: the
        /// answer went to a free name beside it (`result`).
        renamed: Option<store::names::Renamed>,
    },
    /// The autosave of a lesson page was written, or why not.
    Autosaved {
        /// The lesson page that asked (its instance).
        instance: u64,
        /// Nothing, or why it failed.
        result: Result<(), FileError>,
    },
    /// The workshop's lesson and key were written, or why not.
    LessonSaved {
        /// The workshop that asked (its instance).
        instance: u64,
        /// Where the lesson went.
        path: PathBuf,
        /// The workshop's edit count when it asked: it is clean if nothing changed since.
        revision: u64,
        /// What to say, or why it failed.
        result: Result<String, String>,
    },
    /// The key checker's phrases from the other keys were read.
    OtherKeysRead {
        /// The workshop that asked (its instance).
        instance: u64,
        /// The other keys' items with their lessons' texts.
        phrases: Vec<crate::model::check::LabelledPhrase>,
    },
    /// Background work that went well and has something to say.
    Notice(String),
    /// Files that were found faulty in the background (shown as errors).
    Problems(Vec<FileError>),
    /// A class pack was added to the library: its heading and lessons, or why not.
    PackAdded(Box<Result<(String, Vec<CatalogueEntry>), FileError>>),
    /// A key the teacher released was put beside its lesson: the lesson's new entry.
    KeyReleased(Box<Result<CatalogueEntry, String>>),
    /// The start-up scan of the learner's lessons: autosaved work in progress and each
    /// keyed lesson's answer-key items per label.
    Learner(Box<LearnerScan>),
    /// Paragraphs for focus practice were gathered.
    FocusReady {
        /// Which request this answers.
        ticket: u64,
        /// The label practised.
        label: crate::model::Label,
        /// The paragraphs.
        exercises: Vec<crate::model::focus::Exercise>,
    },
    /// A folder of answers was graded.
    ClassGraded {
        /// Which request this answers.
        ticket: u64,
        /// The page, or why it cannot be shown.
        result: Box<Result<ClassPage, String>>,
    },
    /// A lesson or article was read for the workshop.
    Workshop {
        /// Which request this answers.
        ticket: u64,
        /// What the workshop starts from, or why it cannot.
        result: Box<Result<Workshop, FileError>>,
    },
}

/// Everything the user (or finished background work) can do.
#[must_use]
pub enum Command {
    /// Ask for a lesson or answer file to open.
    OpenFileDialog,
    /// Open a lesson or answer file.
    OpenPath(PathBuf),
    /// Back to the library (the open answer is saved first).
    ShowLibrary,
    /// Theme.
    SetDark(bool),
    /// Make the whole interface larger or smaller, or reset it.
    Zoom(Zoom),
    /// Set the student's name.
    SetName(String),
    /// Set the student's id.
    SetStudentId(String),
    /// Student or teacher mode (the person's own choice, remembered).
    SetRole(Role),
    /// Dismiss a message.
    Dismiss(MessageId),
    /// Dismiss every message.
    DismissAll,
    /// Show or hide help.
    ToggleHelp,
    /// Something could not be done; say so.
    Failed(String),
    /// For the library page.
    Library(LibraryCommand),
    /// For the lesson page.
    Lesson(LessonCommand),
    /// For the workshop.
    Authoring(AuthoringCommand),
    /// For the class results page.
    Class(ClassCommand),
    /// For newsmark's own file picker.
    Picker(PickerCommand),
    /// For the skills profile.
    Profile(ProfileCommand),
    /// Show the skills profile.
    ShowProfile,
    /// Start focus practice on a label (its paragraphs are gathered on a worker).
    StartFocus(crate::model::Label),
    /// For focus practice.
    Focus(crate::app::focus::FocusCommand),
    /// Background work finished.
    Done(Done),
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
        sh.left_lesson(old);
    }
    *page = new;
    sh.page_serial += 1;
    if let Some(p) = sh.picker.take() {
        sh.messages.notice(format!(
            "The file picker for {} was closed because you left the page that opened it; nothing was saved or opened.",
            p.purpose.what()
        ));
    }
}

/// Seconds since the Unix epoch.
pub fn now_secs() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs())
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
        let mut messages = Messages::default();
        let settings = match data_dir.as_deref().map(load_settings) {
            Some(Ok(Some(saved))) => saved,
            Some(Err(e)) => {
                messages.error(format!(
                    "Your settings could not be read; the defaults are used: {}",
                    store::describe(&e)
                ));
                settings
            }
            Some(Ok(None)) | None => settings,
        };
        let mut settings = settings;
        if (settings.text_size - TEXT_SIZE).abs() > 0.01 {
            // An older version's text size becomes the zoom of the whole interface.
            settings.zoom =
                ((settings.text_size / TEXT_SIZE * 10.0).round() / 10.0).clamp(ZOOMS.0, ZOOMS.1);
            settings.text_size = TEXT_SIZE;
        }
        if !settings.zoom.is_finite() {
            settings.zoom = 1.0;
        }
        settings.zoom = settings.zoom.clamp(ZOOMS.0, ZOOMS.1);
        let (progress, progress_writable) = match data_dir.as_deref().map(progress::load_progress) {
            Some(Ok(p)) => (p, true),
            Some(Err(e)) => {
                messages.error(format!(
                    "Your progress could not be read and will not be changed: {}",
                    store::describe(&e)
                ));
                (progress::Progress::default(), false)
            }
            None => (progress::Progress::default(), false),
        };
        let mut shared = Shared {
            settings,
            catalogue: service::bundled_catalogue(),
            progress,
            progress_writable,
            data_dir,
            messages,
            dialogs,
            jobs: Jobs::default(),
            help_open: false,
            settings_dirty: false,
            fonts_to_add: Vec::new(),
            picker: None,
            next_ticket: 0,
            page_serial: 0,
            in_progress: std::collections::BTreeMap::new(),
            key_items: std::collections::BTreeMap::new(),
            recommended: None,
        };
        // Lessons with work in progress and key figures for the recommendation.
        shared.scan_learner();
        // Temporary files a killed run left behind, removed before anything is written
        // (on the writer thread, so no write of this run is in progress).
        if let Some(dir) = shared.data_dir.clone() {
            shared.jobs.write(move || {
                let (_, failed) = store::remove_stale_temporaries(&dir);
                Command::Done(Done::Problems(failed))
            });
        }
        if let Some(dir) = shared.data_dir.as_ref().map(|d| d.join("lessons"))
            && dir.is_dir()
        {
            shared.jobs.spawn(move || {
                let (entries, errors) = service::folder_catalogue(&dir);
                Command::Done(Done::Catalogue(entries, errors))
            });
        }
        // The teacher's own suggestion word lists are checked at start, so a malformed
        // list is reported before anyone relies on it.
        if let Some(rules_dir) = shared.data_dir.as_ref().map(|d| d.join("rules"))
            && rules_dir.is_dir()
        {
            shared.jobs.spawn(move || {
                let errors = crate::store::rules::LANGUAGES
                    .iter()
                    .flat_map(|l| crate::store::rules::load_rules(l, Some(&rules_dir)).1)
                    .collect();
                Command::Done(Done::Problems(errors))
            });
        }
        AppState {
            page: Page::Library(LibraryPage::default()),
            shared,
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

    /// Carry out a command.
    pub fn handle(&mut self, cmd: Command) {
        let sh = &mut self.shared;
        if matches!(
            cmd,
            Command::SetDark(_) | Command::Zoom(_) | Command::SetRole(_)
        ) {
            sh.settings_dirty = true;
        }
        match cmd {
            Command::OpenFileDialog => sh.ask(Purpose::OpenFile),
            Command::OpenPath(p) => self.open_path(p),
            Command::ShowLibrary => {
                if let Page::Authoring(p) = &mut self.page
                    && p.dirty
                    && !p.confirm_leave
                {
                    p.confirm_leave = true;
                    sh.messages.error(
                        "The workshop has unsaved changes. Save them, or press \"Back to library\" again to discard them.",
                    );
                    return;
                }
                self.autosave_now();
                self.show(Page::Library(LibraryPage::default()));
            }
            Command::SetDark(d) => sh.settings.dark = d,
            Command::Zoom(z) => {
                let (lo, hi, step) = ZOOMS;
                let now = sh.settings.zoom;
                let next = match z {
                    Zoom::In => now + step,
                    Zoom::Out => now - step,
                    Zoom::Reset => 1.0,
                };
                // Whole tenths, so ten steps up and down come back to exactly 1.
                sh.settings.zoom = ((next * 10.0).round() / 10.0).clamp(lo, hi);
            }
            Command::SetName(n) => match &mut self.page {
                Page::Lesson(p) => p.set_name(n, sh),
                _ => {
                    sh.settings.student_name = n;
                    sh.settings_dirty = true;
                }
            },
            Command::SetStudentId(n) => match &mut self.page {
                Page::Lesson(p) => p.set_id(n, sh),
                _ => {
                    sh.settings.student_id = n;
                    sh.settings_dirty = true;
                }
            },
            Command::SetRole(r) => {
                sh.settings.role = Some(r);
                if r == Role::Shared {
                    // A shared computer remembers nobody's name.
                    sh.settings.student_name.clear();
                    sh.settings.student_id.clear();
                }
                if r != Role::Teacher
                    && let Page::Library(l) = &mut self.page
                {
                    l.pack.clear();
                }
            }
            Command::Dismiss(id) => sh.messages.dismiss(id),
            Command::DismissAll => sh.messages.dismiss_all(),
            Command::ToggleHelp => sh.help_open = !sh.help_open,
            Command::Failed(text) => sh.messages.error(text),
            Command::Library(c) if c.for_teachers() && !sh.teacher() => {
                sh.messages.error(
                    "That is an instructor tool; switch to teacher mode in the top bar to use it.",
                );
            }
            Command::Library(c) => match &mut self.page {
                Page::Library(_) => match c {
                    LibraryCommand::Open(id) => self.open_entry(&id),
                    LibraryCommand::NewLesson => {
                        let ticket = sh.ticket();
                        let draft = crate::store::import::Draft {
                            meta: crate::model::LessonMeta {
                                title: "New lesson".into(),
                                ..Default::default()
                            },
                            body: String::new(),
                        };
                        match crate::app::authoring::load::from_draft(draft) {
                            Ok(w) => {
                                let mut p = AuthoringPage::from_workshop(w, ticket);
                                p.tab = crate::app::authoring::Tab::Article;
                                switch(&mut self.page, sh, Page::Authoring(Box::new(p)));
                            }
                            Err(e) => sh.messages.error(store::describe(&e)),
                        }
                    }
                    LibraryCommand::ImportArticle => sh.ask(Purpose::ImportArticle),
                    LibraryCommand::Edit(id) => self.edit_entry(&id),
                    LibraryCommand::TogglePack(id) => {
                        if let Page::Library(l) = &mut self.page {
                            match l.pack.iter().position(|x| *x == id) {
                                Some(i) => {
                                    l.pack.remove(i);
                                }
                                None => l.pack.push(id),
                            }
                        }
                    }
                    LibraryCommand::SetPackClass(c) => {
                        if let Page::Library(l) = &mut self.page {
                            l.pack_class = c;
                        }
                    }
                    LibraryCommand::SetPackDue(d) => {
                        if let Page::Library(l) = &mut self.page {
                            l.pack_due = d;
                        }
                    }
                    LibraryCommand::SetPackShared(on) => {
                        if let Page::Library(l) = &mut self.page {
                            l.pack_shared = on;
                        }
                    }
                    LibraryCommand::ExportPack => {
                        let name = match &self.page {
                            Page::Library(l) if !l.pack_class.trim().is_empty() => {
                                format!(
                                    "{}.newsmark-pack",
                                    crate::store::names::safe_part(&l.pack_class, 60)
                                )
                            }
                            _ => "class.newsmark-pack".to_string(),
                        };
                        self.shared.ask(Purpose::SavePack(name));
                    }
                    LibraryCommand::ClassResults(id) => {
                        self.show(Page::Library(LibraryPage {
                            class_for: Some(id),
                            ..LibraryPage::default()
                        }));
                        self.shared.ask(Purpose::OpenFolder);
                    }
                },
                // From a frame drawn before the page changed.
                Page::Lesson(_)
                | Page::Authoring(_)
                | Page::Class(_)
                | Page::Profile(_)
                | Page::Focus(_) => {}
            },
            Command::Lesson(c) => match &mut self.page {
                Page::Lesson(p) => p.handle(c, sh),
                Page::Library(_)
                | Page::Authoring(_)
                | Page::Class(_)
                | Page::Profile(_)
                | Page::Focus(_) => {}
            },
            Command::Authoring(c) => match &mut self.page {
                Page::Authoring(p) => p.handle(c, sh),
                Page::Library(_)
                | Page::Lesson(_)
                | Page::Class(_)
                | Page::Profile(_)
                | Page::Focus(_) => {}
            },
            Command::Class(c) => match &mut self.page {
                Page::Class(p) => p.handle(c, sh),
                Page::Library(_)
                | Page::Lesson(_)
                | Page::Authoring(_)
                | Page::Profile(_)
                | Page::Focus(_) => {}
            },
            Command::Profile(c) => match &mut self.page {
                Page::Profile(p) => p.handle(c, sh),
                Page::Library(_)
                | Page::Lesson(_)
                | Page::Authoring(_)
                | Page::Class(_)
                | Page::Focus(_) => {}
            },
            Command::ShowProfile => self.show(Page::Profile(ProfilePage::default())),
            Command::StartFocus(label) => {
                let sources = crate::app::focus::sources(&sh.catalogue, &sh.progress);
                let language = crate::app::focus::practice_language(&sh.catalogue, &sh.progress);
                let ticket = sh.ticket();
                switch(
                    &mut self.page,
                    sh,
                    Page::Library(LibraryPage::opening(
                        ticket,
                        format!("focus practice on {}", label.title()),
                    )),
                );
                sh.jobs.spawn(move || {
                    let exercises = crate::app::focus::load(sources, label, &language);
                    Command::Done(Done::FocusReady {
                        ticket,
                        label,
                        exercises,
                    })
                });
            }
            Command::Focus(c) => match &mut self.page {
                Page::Focus(p) => p.handle(c),
                Page::Library(_)
                | Page::Lesson(_)
                | Page::Authoring(_)
                | Page::Class(_)
                | Page::Profile(_) => {}
            },
            Command::Picker(c) => {
                let done = sh.picker.as_mut().and_then(|p| p.handle(c));
                if let Some(answer) = done {
                    sh.picker = None;
                    self.handle(answer);
                }
            }
            Command::Done(d) => self.finish(d),
        }
    }
}
