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

/// How long after the last change the answer is autosaved.
pub const AUTOSAVE_AFTER: Duration = Duration::from_millis(1000);

/// Smallest and largest article text size.
pub const TEXT_SIZES: (f32, f32) = (12.0, 36.0);

/// Settings remembered between runs (eframe persistence).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    /// Dark theme.
    pub dark: bool,
    /// Article text size in points.
    pub text_size: f32,
    /// The student's name, written into answer files.
    pub student_name: String,
    /// The student's id at school (optional), written into answer files.
    pub student_id: String,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            dark: false,
            text_size: 18.0,
            student_name: String::new(),
            student_id: String::new(),
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

/// A message shown to the user until dismissed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Message {
    /// Its id.
    pub id: MessageId,
    /// What to say.
    pub text: String,
    /// An error (shown in warning colours) rather than a notice.
    pub error: bool,
}

/// Notices and errors, oldest first.
#[derive(Debug, Default)]
pub struct Messages {
    list: Vec<Message>,
    next: u64,
}

impl Messages {
    /// Add a message (an identical one already shown is not repeated).
    pub fn push(&mut self, text: impl Into<String>, error: bool) {
        let text = text.into();
        if self.list.iter().any(|m| m.text == text) {
            return;
        }
        self.next += 1;
        self.list.push(Message {
            id: MessageId(self.next),
            text,
            error,
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
    FileChosen(Purpose, Result<Option<PathBuf>, String>),
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
        /// The lesson it was read for.
        lesson_id: String,
        /// The file.
        path: PathBuf,
        /// Its spans placed on the lesson, or why not.
        result: Box<Result<crate::app::lesson::load::PlacedAnswer, FileError>>,
    },
    /// An answer was written (where), or why not.
    AnswerSaved(Result<PathBuf, FileError>),
    /// Background work that went well and has something to say.
    Notice(String),
    /// Files that were found faulty in the background (shown as errors).
    Problems(Vec<FileError>),
    /// A class pack was added to the library: its heading and lessons, or why not.
    PackAdded(Box<Result<(String, Vec<CatalogueEntry>), FileError>>),
    /// A key the teacher released was put beside its lesson: the lesson's new entry.
    KeyReleased(Box<Result<CatalogueEntry, String>>),
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
    /// Change the text size by this many points.
    TextSize(f32),
    /// Set the student's name.
    SetName(String),
    /// Set the student's id.
    SetStudentId(String),
    /// Dismiss a message.
    Dismiss(MessageId),
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

/// What every page shares.
pub struct Shared {
    /// Remembered settings.
    pub settings: Settings,
    /// Lessons to choose from.
    pub catalogue: Vec<CatalogueEntry>,
    /// Attempts and best scores.
    pub progress: progress::Progress,
    /// False when the progress file could not be read (it is then never overwritten).
    progress_writable: bool,
    /// The user's data folder; `None` disables autosave and progress.
    pub data_dir: Option<PathBuf>,
    /// Notices and errors.
    pub messages: Messages,
    /// File dialogs.
    dialogs: Arc<dyn Dialogs>,
    /// Background work.
    pub jobs: Jobs,
    /// Help window open.
    pub help_open: bool,
    /// Settings changed and not yet written to the data folder.
    settings_dirty: bool,
    /// System fonts the view is to add to egui (for scripts the bundled fonts lack).
    pub fonts_to_add: Vec<crate::app::fonts::FoundFont>,
    /// newsmark's own file picker, open when the system dialog could not be shown.
    pub picker: Option<Picker>,
    next_ticket: u64,
}

impl Shared {
    /// Best score and number of attempts for a lesson id.
    pub fn progress_of(&self, id: &str) -> (Option<f64>, usize) {
        self.progress
            .lessons
            .get(id)
            .map_or((None, 0), |p| (p.best(), p.attempts.len()))
    }

    /// Record a checked attempt and save progress.
    pub fn record_attempt(&mut self, lesson_id: &str, score: &crate::model::Score) {
        self.progress
            .lessons
            .entry(lesson_id.to_string())
            .or_default()
            .attempts
            .push(progress::Attempt {
                score: score.micro.f1 * 100.0,
                at: now_secs(),
                per_label: Some(score.per_label.map(|p| p.map(|p| p.f1))),
            });
        if !self.progress_writable {
            return;
        }
        if let Some(dir) = &self.data_dir
            && let Err(e) = progress::save_progress(dir, &self.progress)
        {
            self.messages.error(format!(
                "Could not save your progress: {}",
                store::describe(&e)
            ));
        }
    }

    /// Forget every attempt (the learner asked twice) and save that.
    pub fn reset_progress(&mut self) {
        self.progress = progress::Progress::default();
        if !self.progress_writable {
            self.messages
                .error("Your progress file could not be read at start, so it is left as it is.");
            return;
        }
        if let Some(dir) = &self.data_dir
            && let Err(e) = progress::save_progress(dir, &self.progress)
        {
            self.messages.error(format!(
                "Your progress could not be reset: {}",
                store::describe(&e)
            ));
            return;
        }
        self.messages.notice("Your skills profile was reset.");
    }

    /// The learner's standing per label, from every checked attempt.
    pub fn standing(&self) -> [crate::model::profile::Standing; 3] {
        let attempts: Vec<crate::model::profile::AttemptFigures> = self
            .progress
            .lessons
            .iter()
            .flat_map(|(id, p)| {
                p.attempts.iter().filter_map(move |a| {
                    a.per_label
                        .map(|per_label| crate::model::profile::AttemptFigures {
                            lesson: id.clone(),
                            at: a.at,
                            per_label,
                        })
                })
            })
            .collect();
        crate::model::profile::standing(&attempts)
    }

    /// The lesson to do next (catalogue id) and why.
    pub fn recommendation(&self) -> Option<(String, String)> {
        let lessons: Vec<crate::model::profile::Candidate> = self
            .catalogue
            .iter()
            .filter(|e| e.error.is_none() && e.has_key)
            .map(|e| crate::model::profile::Candidate {
                id: e.id.clone(),
                level: e.meta.as_ref().and_then(|m| m.level),
                skills: e
                    .meta
                    .as_ref()
                    .map(|m| m.skills.clone())
                    .unwrap_or_default(),
                best: self
                    .progress_of(&e.id)
                    .0
                    .map(|b| b.round().clamp(0.0, 100.0) as u32),
            })
            .collect();
        crate::model::profile::recommend(&lessons, &self.standing())
    }

    /// Show a file dialog on a worker thread; the answer comes back as a command.
    pub fn ask(&mut self, purpose: Purpose) {
        let dialogs = Arc::clone(&self.dialogs);
        self.jobs.spawn(move || {
            let r = dialogs.ask(&purpose);
            Command::Done(Done::FileChosen(purpose, r))
        });
    }

    /// A new request number.
    pub fn ticket(&mut self) -> u64 {
        self.next_ticket += 1;
        self.next_ticket
    }
}

/// The whole application state.
pub struct AppState {
    /// Current screen and its state.
    pub page: Page,
    /// What all pages share.
    pub shared: Shared,
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
        };
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
            Command::SetDark(_)
                | Command::TextSize(_)
                | Command::SetName(_)
                | Command::SetStudentId(_)
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
                self.page = Page::Library(LibraryPage::default());
            }
            Command::SetDark(d) => sh.settings.dark = d,
            Command::TextSize(d) => {
                sh.settings.text_size =
                    (sh.settings.text_size + d).clamp(TEXT_SIZES.0, TEXT_SIZES.1);
            }
            Command::SetName(n) => {
                sh.settings.student_name = n;
                if let Page::Lesson(p) = &mut self.page {
                    p.touch();
                }
            }
            Command::SetStudentId(n) => sh.settings.student_id = n,
            Command::Dismiss(id) => sh.messages.dismiss(id),
            Command::ToggleHelp => sh.help_open = !sh.help_open,
            Command::Failed(text) => sh.messages.error(text),
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
                                self.page = Page::Authoring(Box::new(p));
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
                        self.page = Page::Library(LibraryPage {
                            class_for: Some(id),
                            ..LibraryPage::default()
                        });
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
            Command::ShowProfile => self.page = Page::Profile(ProfilePage::default()),
            Command::StartFocus(label) => {
                let sources = crate::app::focus::sources(&sh.catalogue);
                let ticket = sh.ticket();
                self.page = Page::Library(LibraryPage::opening(
                    ticket,
                    format!("focus practice on {}", label.title()),
                ));
                sh.jobs.spawn(move || {
                    let exercises = crate::app::focus::load(sources, label);
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

    fn finish(&mut self, done: Done) {
        let sh = &mut self.shared;
        match done {
            Done::Catalogue(entries, errors) => {
                for e in entries {
                    match sh.catalogue.iter_mut().find(|c| c.id == e.id) {
                        Some(slot) => *slot = e,
                        None => sh.catalogue.push(e),
                    }
                }
                for e in errors {
                    sh.messages.error(store::describe(&e));
                }
            }
            Done::FileChosen(purpose, Err(why)) => {
                sh.messages.notice(format!(
                    "The system's file dialog could not be shown ({why}); newsmark's own file picker is open instead."
                ));
                sh.picker = Some(Picker::new(purpose, crate::app::picker::start_dir()));
            }
            Done::FileChosen(_, Ok(None)) => {}
            Done::FileChosen(purpose, Ok(Some(path))) => match purpose {
                Purpose::OpenFile => self.open_path(path),
                Purpose::SaveAnswer(_) | Purpose::OpenAnswer => match &mut self.page {
                    Page::Lesson(p) => p.file_chosen(&purpose, path, sh),
                    Page::Library(_)
                    | Page::Authoring(_)
                    | Page::Class(_)
                    | Page::Profile(_)
                    | Page::Focus(_) => {}
                },
                Purpose::SaveLesson(_) => match &mut self.page {
                    Page::Authoring(p) => p.save(Some(path), sh),
                    Page::Library(_)
                    | Page::Lesson(_)
                    | Page::Class(_)
                    | Page::Profile(_)
                    | Page::Focus(_) => {}
                },
                Purpose::SaveGradebook(format, _) => match &mut self.page {
                    Page::Class(p) => p.export(format, path, sh),
                    Page::Library(_)
                    | Page::Lesson(_)
                    | Page::Authoring(_)
                    | Page::Profile(_)
                    | Page::Focus(_) => {}
                },
                Purpose::OpenFolder => self.grade_folder(path),
                Purpose::SavePack(_) => self.write_pack(path),
                Purpose::SaveProfile(_) => match &self.page {
                    Page::Profile(p) => p.export(path, sh),
                    Page::Library(_)
                    | Page::Lesson(_)
                    | Page::Authoring(_)
                    | Page::Class(_)
                    | Page::Focus(_) => {}
                },
                Purpose::Export(..) => match &mut self.page {
                    Page::Lesson(p) => p.file_chosen(&purpose, path, sh),
                    Page::Authoring(p) => p.export(path, sh),
                    Page::Library(_) | Page::Class(_) | Page::Profile(_) | Page::Focus(_) => {}
                },
                Purpose::ImportArticle => {
                    let ticket = sh.ticket();
                    self.page = Page::Library(LibraryPage::opening(ticket, file_name(&path)));
                    sh.jobs.spawn(move || {
                        let result = crate::store::import::read_article(&path)
                            .and_then(crate::app::authoring::load::from_draft);
                        Command::Done(Done::Workshop {
                            ticket,
                            result: Box::new(result),
                        })
                    });
                }
            },
            Done::Opened { ticket, result } => {
                let waiting = matches!(&self.page, Page::Library(l) if l.opening.as_ref().is_some_and(|o| o.ticket == ticket));
                if !waiting {
                    return; // the user moved on
                }
                match *result {
                    Ok(loaded) => {
                        if !sh.catalogue.iter().any(|c| c.id == loaded.opened.id) {
                            sh.catalogue.push(CatalogueEntry {
                                source: loaded.opened.source.clone(),
                                id: loaded.opened.id.clone(),
                                name: loaded.opened.name.clone(),
                                meta: Some(loaded.opened.lesson.meta.clone()),
                                error: None,
                                has_key: loaded.opened.key.is_some(),
                                group: None,
                            });
                        }
                        self.page = Page::Lesson(Box::new(LessonPage::open(loaded, ticket, sh)));
                    }
                    Err(e) => {
                        sh.messages.error(store::describe(&e));
                        self.page = Page::Library(LibraryPage::default());
                    }
                }
            }
            Done::PackAdded(result) => match *result {
                Ok((heading, entries)) => {
                    sh.messages.notice(format!(
                        "Added {} lesson(s) to your library under \"{heading}\".",
                        entries.len()
                    ));
                    for e in entries {
                        match sh.catalogue.iter_mut().find(|c| c.id == e.id) {
                            Some(slot) => *slot = e,
                            None => sh.catalogue.push(e),
                        }
                    }
                }
                Err(e) => sh.messages.error(store::describe(&e)),
            },
            Done::KeyReleased(result) => match *result {
                Ok(e) => {
                    sh.messages.notice(format!(
                        "The answer key for \"{}\" is in place: open the lesson, load your answer if it is not there, and check it.",
                        e.title()
                    ));
                    match sh.catalogue.iter_mut().find(|c| c.id == e.id) {
                        Some(slot) => *slot = e,
                        None => sh.catalogue.push(e),
                    }
                }
                Err(why) => sh.messages.error(why),
            },
            Done::Notice(text) => sh.messages.notice(text),
            Done::Problems(errors) => {
                for e in errors {
                    sh.messages.error(store::describe(&e));
                }
            }
            Done::FocusReady {
                ticket,
                label,
                exercises,
            } => {
                let waiting = matches!(&self.page, Page::Library(l) if l.opening.as_ref().is_some_and(|o| o.ticket == ticket));
                if !waiting {
                    return;
                }
                match crate::app::focus::FocusPage::new(label, exercises, ticket) {
                    Some(p) => self.page = Page::Focus(Box::new(p)),
                    None => {
                        sh.messages.error(format!(
                            "No keyed lesson has paragraphs for {} practice.",
                            label.title()
                        ));
                        self.page = Page::Library(LibraryPage::default());
                    }
                }
            }
            Done::ClassGraded { ticket, result } => {
                let waiting = matches!(&self.page, Page::Library(l) if l.opening.as_ref().is_some_and(|o| o.ticket == ticket));
                if !waiting {
                    return;
                }
                match *result {
                    Ok(page) => self.page = Page::Class(Box::new(page)),
                    Err(why) => {
                        sh.messages.error(why);
                        self.page = Page::Library(LibraryPage::default());
                    }
                }
            }
            Done::Workshop { ticket, result } => {
                let waiting = matches!(&self.page, Page::Library(l) if l.opening.as_ref().is_some_and(|o| o.ticket == ticket));
                if !waiting {
                    return;
                }
                match *result {
                    Ok(w) => {
                        self.page =
                            Page::Authoring(Box::new(AuthoringPage::from_workshop(w, ticket)));
                    }
                    Err(e) => {
                        sh.messages.error(store::describe(&e));
                        self.page = Page::Library(LibraryPage::default());
                    }
                }
            }
            Done::AnswerToOpen(path, result) => match *result {
                Ok(answer) => self.open_answer_lesson(path, answer),
                Err(e) => sh.messages.error(store::describe(&e)),
            },
            Done::AnswerRead {
                lesson_id,
                path,
                result,
            } => match &mut self.page {
                Page::Lesson(p) => {
                    if p.id == lesson_id {
                        p.answer_read(&path, *result, sh);
                    }
                }
                // The lesson was closed meanwhile; the file is still where it was.
                Page::Library(_)
                | Page::Authoring(_)
                | Page::Class(_)
                | Page::Profile(_)
                | Page::Focus(_) => {}
            },
            Done::AnswerSaved(Ok(path)) => sh
                .messages
                .notice(format!("Saved your answer to {}", path.display())),
            Done::AnswerSaved(Err(e)) => sh.messages.error(format!(
                "Your answer was not saved: {}. It is still here; try another folder.",
                store::describe(&e)
            )),
        }
    }

    fn open_entry(&mut self, id: &str) {
        let Some(e) = self.shared.catalogue.iter().find(|e| e.id == id) else {
            return;
        };
        if let Some(err) = &e.error {
            let text = store::describe(err);
            self.shared.messages.error(text);
            return;
        }
        let source = e.source.clone();
        self.start_open(source, None);
    }

    /// Write the lessons chosen in the library as a student pack, on a worker.
    fn write_pack(&mut self, path: PathBuf) {
        let Page::Library(l) = &self.page else { return };
        let sources: Vec<LessonSource> = l
            .pack
            .iter()
            .filter_map(|id| self.shared.catalogue.iter().find(|e| e.id == *id))
            .map(|e| e.source.clone())
            .collect();
        let (class, due) = (Some(l.pack_class.clone()), Some(l.pack_due.clone()));
        self.shared.jobs.spawn(move || {
            let result = (|| -> Result<String, FileError> {
                let mut lessons = Vec::new();
                for s in &sources {
                    let text = match s {
                        LessonSource::Bundled(f) => String::from_utf8_lossy(f.bytes).into_owned(),
                        LessonSource::File(p) => std::fs::read_to_string(p)
                            .map_err(|e| FileError::io(p, "cannot read", e))?,
                    };
                    lessons.push(crate::store::pack::PackLesson {
                        name: s.name(),
                        text,
                    });
                }
                let n = lessons.len();
                let pack = crate::store::pack::pack_of(lessons, class, due)
                    .map_err(|p| FileError::new(&path, p))?;
                store::write_json(&path, &pack)?;
                Ok(format!(
                    "Wrote the student pack ({n} lesson(s), no keys) to {}",
                    path.display()
                ))
            })();
            match result {
                Ok(msg) => Command::Done(Done::Notice(msg)),
                Err(e) => {
                    Command::Failed(format!("The pack was not written: {}", store::describe(&e)))
                }
            }
        });
    }

    /// Grade a folder of answers against the lesson the library asked for, on a worker.
    fn grade_folder(&mut self, dir: PathBuf) {
        let Page::Library(l) = &self.page else { return };
        let Some(id) = l.class_for.clone() else {
            return;
        };
        let Some(e) = self.shared.catalogue.iter().find(|e| e.id == id) else {
            return;
        };
        let source = e.source.clone();
        let ticket = self.shared.ticket();
        self.page = Page::Library(LibraryPage::opening(
            ticket,
            format!("class results for {}", source.name()),
        ));
        self.shared.jobs.spawn(move || {
            let result = (|| {
                let o = service::open_lesson(&source).map_err(|e| store::describe(&e))?;
                let key = match (o.key, o.key_error) {
                    (Some(k), _) => k,
                    (None, Some(e)) => {
                        return Err(format!(
                            "The answer key cannot be used: {}",
                            store::describe(&e)
                        ));
                    }
                    (None, None) => {
                        return Err(format!(
                            "{} has no answer key beside it, so answers cannot be scored.",
                            o.name
                        ));
                    }
                };
                let class = service::grade_folder(&o.name, &o.lesson, &key, &dir);
                Ok(ClassPage::new(o.name, o.lesson, key, class, dir, ticket))
            })();
            Command::Done(Done::ClassGraded {
                ticket,
                result: Box::new(result),
            })
        });
    }

    fn edit_entry(&mut self, id: &str) {
        let Some(e) = self.shared.catalogue.iter().find(|e| e.id == id) else {
            return;
        };
        let source = e.source.clone();
        let ticket = self.shared.ticket();
        self.page = Page::Library(LibraryPage::opening(ticket, source.name()));
        self.shared.jobs.spawn(move || {
            Command::Done(Done::Workshop {
                ticket,
                result: Box::new(crate::app::authoring::load::from_lesson(&source)),
            })
        });
    }

    /// Open a lesson on a worker thread; the library shows that it is opening.
    fn start_open(&mut self, source: LessonSource, answer: Option<(PathBuf, Answer)>) {
        self.autosave_now();
        let ticket = self.shared.ticket();
        let name = source.name();
        let data_dir = self.shared.data_dir.clone();
        self.page = Page::Library(LibraryPage::opening(ticket, name));
        self.shared.jobs.spawn(move || {
            Command::Done(Done::Opened {
                ticket,
                result: Box::new(LoadedLesson::load(&source, data_dir.as_deref(), answer)),
            })
        });
    }

    fn open_path(&mut self, path: PathBuf) {
        if crate::store::pack::is_pack(&path) {
            let Some(lessons) = self.shared.data_dir.as_ref().map(|d| d.join("lessons")) else {
                self.shared
                    .messages
                    .error("Packs are added to your data folder, and there is none.");
                return;
            };
            self.shared
                .jobs
                .spawn(move || Command::Done(Done::PackAdded(Box::new(install(&path, &lessons)))));
            return;
        }
        if store::is_key_file(&path) {
            let targets: Vec<(String, PathBuf)> = self
                .shared
                .catalogue
                .iter()
                .filter_map(|e| match &e.source {
                    LessonSource::File(p) => Some((e.name.clone(), p.clone())),
                    LessonSource::Bundled(_) => None,
                })
                .collect();
            self.shared.jobs.spawn(move || {
                Command::Done(Done::KeyReleased(Box::new(release_key(&path, &targets))))
            });
            return;
        }
        if store::lesson_format(&path).is_some() {
            let known = self
                .shared
                .catalogue
                .iter()
                .find(|e| matches!(&e.source, LessonSource::File(p) if *p == path))
                .map(|e| e.source.clone());
            self.start_open(known.unwrap_or(LessonSource::File(path)), None);
            return;
        }
        // An answer: read it, then open its lesson with it.
        self.shared.jobs.spawn(move || {
            let r = store::read_answer(&path);
            Command::Done(Done::AnswerToOpen(path, Box::new(r)))
        });
    }

    fn open_answer_lesson(&mut self, path: PathBuf, answer: Answer) {
        let lesson_name = answer.lesson.clone().unwrap_or_default();
        let beside = path.with_file_name(&lesson_name);
        let source = self
            .shared
            .catalogue
            .iter()
            .find(|e| e.name == lesson_name)
            .map(|e| e.source.clone())
            .or_else(|| {
                (!lesson_name.is_empty()
                    && store::lesson_format(Path::new(&lesson_name)).is_some()
                    && beside.is_file())
                .then_some(LessonSource::File(beside))
            });
        match source {
            Some(s) => self.start_open(s, Some((path, answer))),
            None => self.shared.messages.error(format!(
                "{}: this answer belongs to the lesson {lesson_name:?}, which is not in the library; open the lesson first, then load the answer",
                path.display()
            )),
        }
    }

    /// Autosave if the answer changed at least [`AUTOSAVE_AFTER`] ago. Returns how long
    /// until the next save is due, if one is pending.
    pub fn tick(&mut self, now: Instant) -> Option<Duration> {
        self.save_settings();
        let Page::Lesson(p) = &self.page else {
            return None;
        };
        let due = p.dirty_since? + AUTOSAVE_AFTER;
        if now >= due {
            self.autosave_now();
            None
        } else {
            Some(due - now)
        }
    }

    /// Write the settings to the data folder if they changed.
    pub fn save_settings(&mut self) {
        let sh = &mut self.shared;
        if !sh.settings_dirty {
            return;
        }
        sh.settings_dirty = false;
        if let Some(dir) = &sh.data_dir
            && let Err(e) = store::write_json(&settings_path(dir), &sh.settings)
        {
            sh.messages.error(format!(
                "Your settings could not be saved: {}",
                store::describe(&e)
            ));
        }
    }

    /// Save the open answer to the data folder now, if it changed.
    pub fn autosave_now(&mut self) {
        if let Page::Lesson(p) = &mut self.page {
            p.autosave(&mut self.shared);
        }
    }
}

/// Install a class pack into its own folder of `lessons` and list its lessons.
fn install(path: &Path, lessons: &Path) -> Result<(String, Vec<CatalogueEntry>), FileError> {
    use crate::store::{names, pack};
    let p = pack::read_pack(path)?;
    let stem = path.file_stem().and_then(|s| s.to_str()).unwrap_or("pack");
    let folder = names::safe_part(p.class.as_deref().unwrap_or(stem), 60);
    let dir = lessons.join("packs").join(&folder);
    let paths = pack::install_pack(&p, &dir)?;
    let entries = paths
        .into_iter()
        .map(|p| CatalogueEntry::read(LessonSource::File(p)))
        .collect();
    let heading = pack::PackInfo {
        class: p.class.clone(),
        due: p.due.clone(),
    }
    .heading(&folder);
    Ok((heading, entries))
}

/// Put a released key beside the lesson it belongs to (found by the key's lesson name, or
/// by its own file name).
fn release_key(path: &Path, lessons: &[(String, PathBuf)]) -> Result<CatalogueEntry, String> {
    let key = store::read_key(path).map_err(|e| store::describe(&e))?;
    let from_name = path
        .file_name()
        .and_then(|n| n.to_str())
        .and_then(|n| n.strip_suffix(".key.json"))
        .map(str::to_string);
    let wanted: Vec<String> = key
        .lesson
        .clone()
        .into_iter()
        .chain(
            from_name
                .iter()
                .flat_map(|s| [format!("{s}.md"), format!("{s}.txt")]),
        )
        .collect();
    let Some((_, lesson)) = lessons.iter().find(|(n, _)| wanted.contains(n)) else {
        return Err(format!(
            "{}: no lesson in your library matches this key (it is for {}); open the lesson or its pack first",
            path.display(),
            wanted.first().map_or("an unknown lesson", String::as_str)
        ));
    };
    let bytes =
        std::fs::read(path).map_err(|e| store::describe(&FileError::io(path, "cannot read", e)))?;
    let target = store::key_path_for(lesson);
    store::write_atomic(&target, &bytes).map_err(|e| store::describe(&e))?;
    Ok(CatalogueEntry::read(LessonSource::File(lesson.clone())))
}

fn settings_path(dir: &Path) -> PathBuf {
    dir.join("settings.json")
}

/// Settings saved in the data folder: `Ok(None)` when there are none yet.
fn load_settings(dir: &Path) -> Result<Option<Settings>, FileError> {
    let path = settings_path(dir);
    match std::fs::read(&path) {
        Ok(bytes) => serde_json::from_slice(&bytes).map(Some).map_err(|e| {
            FileError::new(
                &path,
                crate::store::Problem::Json {
                    line: e.line(),
                    column: e.column(),
                    message: e.to_string(),
                },
            )
        }),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(FileError::io(&path, "cannot read", e)),
    }
}

fn file_name(p: &Path) -> String {
    p.file_name()
        .and_then(|n| n.to_str())
        .unwrap_or("article")
        .to_string()
}

/// Read an answer file for the open lesson on a worker thread.
pub fn spawn_read_answer(sh: &mut Shared, lesson: &LessonPage, path: PathBuf) {
    let text = lesson.lesson.text.clone();
    let lesson_id = lesson.id.clone();
    sh.jobs.spawn(move || {
        let result = read_answer_for(&text, &path);
        Command::Done(Done::AnswerRead {
            lesson_id,
            path,
            result: Box::new(result),
        })
    });
}
