//! Application state and the commands that change it.
//!
//! Views read the state and return [`Command`]s; [`AppState::handle`] is the only place
//! state changes. Nothing here draws.

use crate::app::article::Article;
use crate::bundled::{self, BundledFile};
use crate::grading::PlacedKey;
use crate::model::annotation::{Answer, AnswerSpan, StoredSpan, grade, resolve};
use crate::model::lesson::LessonMeta;
use crate::model::scoring::Score;
use crate::model::{Label, Lesson, Span};
use crate::store::{self, progress};
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// How long after the last change the answer is autosaved.
pub const AUTOSAVE_AFTER: Duration = Duration::from_millis(1000);

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
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            dark: false,
            text_size: 18.0,
            student_name: String::new(),
        }
    }
}

/// Smallest and largest article text size.
pub const TEXT_SIZES: (f32, f32) = (12.0, 36.0);

/// File dialogs, behind a trait so tests never open one.
pub trait Dialogs {
    /// Choose a lesson or answer to open.
    fn open_file(&self) -> Option<PathBuf>;
    /// Choose where to save an answer.
    fn save_answer(&self, suggested: &str) -> Option<PathBuf>;
    /// Choose an answer file to load into the open lesson.
    fn open_answer(&self) -> Option<PathBuf>;
}

/// Dialogs that never open (tests, or no desktop portal).
pub struct NoDialogs;

impl Dialogs for NoDialogs {
    fn open_file(&self) -> Option<PathBuf> {
        None
    }
    fn save_answer(&self, _: &str) -> Option<PathBuf> {
        None
    }
    fn open_answer(&self) -> Option<PathBuf> {
        None
    }
}

/// Where a library lesson comes from.
#[derive(Clone, Debug)]
pub enum EntrySource {
    /// Compiled into the program.
    Bundled(&'static BundledFile),
    /// A file on disk.
    File(PathBuf),
}

/// One lesson in the library.
#[derive(Clone, Debug)]
pub struct LibraryEntry {
    /// Stable id for progress and autosave.
    pub id: String,
    /// File name.
    pub name: String,
    /// Front matter, when the lesson could be read.
    pub meta: Option<LessonMeta>,
    /// Where it comes from.
    pub source: EntrySource,
    /// Why it cannot be opened, if it cannot.
    pub error: Option<String>,
}

/// Which screen.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Page {
    /// The lesson library.
    Library,
    /// An open lesson.
    Lesson,
}

/// Reading or feedback.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// Highlighting.
    Reading,
    /// After "Check my answers".
    Feedback,
}

/// What the article shows in feedback mode.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Overlay {
    /// The student's highlights.
    Mine,
    /// The key's items.
    Key,
    /// Both.
    Both,
}

/// A checked answer.
#[derive(Clone, Debug)]
pub struct Feedback {
    /// The numbers.
    pub score: Score,
    /// For each score item, its index in the key's item list.
    pub key_index: Vec<usize>,
}

/// An open lesson with the student's work.
pub struct Session {
    /// Library id.
    pub id: String,
    /// File name.
    pub name: String,
    /// The lesson.
    pub lesson: Lesson,
    /// Its key, if it has one.
    pub key: Option<PlacedKey>,
    /// Why the key could not be used.
    pub key_error: Option<String>,
    /// Highlights, sorted by (start, end, label).
    pub spans: Vec<AnswerSpan>,
    undo: Vec<Vec<AnswerSpan>>,
    redo: Vec<Vec<AnswerSpan>>,
    /// Changes whenever `spans` or the selected highlight changes.
    pub rev: u64,
    /// Keyboard caret.
    pub caret: usize,
    /// Selection anchor while extending with Shift.
    pub anchor: Option<usize>,
    /// Selection waiting for a label.
    pub selection: Option<(usize, usize)>,
    /// The selected highlight (index into `spans`).
    pub selected: Option<usize>,
    /// Reading or feedback.
    pub mode: Mode,
    /// Overlay in feedback mode.
    pub overlay: Overlay,
    /// The last check.
    pub feedback: Option<Feedback>,
    /// Scroll the article to this char next frame.
    pub scroll_to: Option<usize>,
    /// Unsaved changes since.
    pub dirty_since: Option<Instant>,
    /// The article widget's cache.
    pub article: Article,
}

impl Session {
    fn new(
        id: String,
        name: String,
        lesson: Lesson,
        key: Option<PlacedKey>,
        key_error: Option<String>,
    ) -> Session {
        Session {
            id,
            name,
            lesson,
            key,
            key_error,
            spans: Vec::new(),
            undo: Vec::new(),
            redo: Vec::new(),
            rev: 0,
            caret: 0,
            anchor: None,
            selection: None,
            selected: None,
            mode: Mode::Reading,
            overlay: Overlay::Mine,
            feedback: None,
            scroll_to: None,
            dirty_since: None,
            article: Article::default(),
        }
    }

    /// The highlights as scoring spans.
    pub fn plain_spans(&self) -> Vec<Span> {
        self.spans.iter().map(StoredSpan::span).collect()
    }

    /// The answer as it would be saved.
    pub fn answer(&self, student: &str) -> Answer {
        let mut a = Answer::new(&self.lesson.text, Some(self.name.clone()));
        a.student = (!student.trim().is_empty()).then(|| student.trim().to_string());
        a.spans = self.spans.clone();
        a
    }

    /// Indices of highlights covering char `c`.
    pub fn highlights_at(&self, c: usize) -> Vec<usize> {
        self.spans
            .iter()
            .enumerate()
            .filter(|(_, s)| s.start <= c && c < s.end)
            .map(|(i, _)| i)
            .collect()
    }

    fn change(&mut self, f: impl FnOnce(&mut Vec<AnswerSpan>)) {
        let before = self.spans.clone();
        let keep = self
            .selected
            .and_then(|i| self.spans.get(i))
            .map(|s| (s.start, s.end, s.label));
        f(&mut self.spans);
        if before == self.spans {
            return;
        }
        self.spans.sort_by_key(|s| (s.start, s.end, s.label));
        self.undo.push(before);
        self.redo.clear();
        self.touched(keep);
    }

    fn touched(&mut self, keep: Option<(usize, usize, Label)>) {
        self.selected = keep.and_then(|k| {
            self.spans
                .iter()
                .position(|s| (s.start, s.end, s.label) == k)
        });
        self.rev += 1;
        self.dirty_since.get_or_insert_with(Instant::now);
    }

    fn add(&mut self, span: Span) {
        let text = &self.lesson.text;
        let new = AnswerSpan::new(text, span);
        self.change(|v| {
            if !v
                .iter()
                .any(|s| s.start == span.start && s.end == span.end && s.label == span.label)
            {
                v.push(new);
            }
        });
        self.selected = self
            .spans
            .iter()
            .position(|s| s.start == span.start && s.end == span.end && s.label == span.label);
        self.rev += 1;
    }

    /// Change a highlight's label and keep it selected.
    fn relabel(&mut self, i: usize, label: Label) {
        let Some(old) = self.spans.get(i).map(|x| (x.start, x.end)) else {
            return;
        };
        self.change(|v| {
            if let Some(x) = v.get_mut(i) {
                x.label = label;
            }
            // Two highlights with the same range and label are one.
            let mut seen = std::collections::BTreeSet::new();
            v.retain(|x| seen.insert((x.start, x.end, x.label)));
        });
        self.selected = self
            .spans
            .iter()
            .position(|x| (x.start, x.end, x.label) == (old.0, old.1, label));
        self.rev += 1;
    }

    /// Undo the last change.
    pub fn undo(&mut self) -> bool {
        let Some(prev) = self.undo.pop() else {
            return false;
        };
        self.redo.push(std::mem::replace(&mut self.spans, prev));
        self.touched(None);
        true
    }

    /// Redo the last undone change.
    pub fn redo(&mut self) -> bool {
        let Some(next) = self.redo.pop() else {
            return false;
        };
        self.undo.push(std::mem::replace(&mut self.spans, next));
        self.touched(None);
        true
    }

    /// Whether undo/redo are possible.
    pub fn can_undo(&self) -> (bool, bool) {
        (!self.undo.is_empty(), !self.redo.is_empty())
    }
}

/// A message shown to the user until dismissed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Message {
    /// What to say.
    pub text: String,
    /// An error (shown in warning colours) rather than a notice.
    pub error: bool,
}

/// Everything the user can do, carried out by [`AppState::handle`].
#[derive(Clone, Debug, PartialEq)]
#[must_use]
pub enum Command {
    /// Open a library entry.
    OpenEntry(usize),
    /// Open a lesson or answer file.
    OpenPath(PathBuf),
    /// Ask for a file to open.
    OpenFileDialog,
    /// Back to the library (saves first).
    Back,
    /// Move the caret (keyboard).
    Caret {
        /// Where.
        to: usize,
        /// Extend the selection.
        extend: bool,
    },
    /// Mouse selection.
    Drag {
        /// Start char.
        anchor: usize,
        /// Current char.
        to: usize,
        /// Released.
        done: bool,
    },
    /// Click on a char.
    ClickChar(usize),
    /// Double-click: select the word.
    SelectWord(usize),
    /// Label the selection, or relabel the selected highlight.
    Label(Label),
    /// Select a highlight (or none).
    SelectHighlight(Option<usize>),
    /// Tab / Shift+Tab through highlights.
    NextHighlight(bool),
    /// Change a highlight's label.
    Relabel(usize, Label),
    /// Set a highlight's note.
    SetNote(usize, String),
    /// Delete a highlight.
    Delete(usize),
    /// Delete the selected highlight, or the one under the caret.
    DeleteAtCaret,
    /// Undo.
    Undo,
    /// Redo.
    Redo,
    /// Check the answer against the key.
    Check,
    /// Back to highlighting after feedback.
    TryAgain,
    /// Feedback overlay.
    SetOverlay(Overlay),
    /// Scroll the article to a char.
    ScrollTo(usize),
    /// Theme.
    SetDark(bool),
    /// Change the text size by this many points.
    TextSize(f32),
    /// Set the student's name.
    SetName(String),
    /// Save the answer to a file of the user's choice.
    SaveAnswerAs,
    /// Load an answer file into the open lesson.
    OpenAnswerDialog,
    /// Dismiss a message.
    Dismiss(usize),
    /// Show or hide help.
    ToggleHelp,
}

/// The whole application state.
pub struct AppState {
    /// Current screen.
    pub page: Page,
    /// Lessons to choose from.
    pub library: Vec<LibraryEntry>,
    /// The open lesson.
    pub session: Option<Session>,
    /// Remembered settings.
    pub settings: Settings,
    /// Attempts and best scores.
    pub progress: progress::Progress,
    /// False when the progress file could not be read (it is then never overwritten).
    progress_writable: bool,
    /// The user's data folder; `None` disables autosave and progress.
    pub data_dir: Option<PathBuf>,
    /// Notices and errors.
    pub messages: Vec<Message>,
    /// File dialogs.
    pub dialogs: Box<dyn Dialogs>,
    /// Help window open.
    pub help_open: bool,
}

fn now_secs() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs())
}

impl AppState {
    /// Start with the bundled lessons plus those in the data folder's `lessons/`.
    pub fn new(
        settings: Settings,
        data_dir: Option<PathBuf>,
        dialogs: Box<dyn Dialogs>,
    ) -> AppState {
        let mut messages = Vec::new();
        let (progress, progress_writable) = match data_dir.as_deref().map(progress::load_progress) {
            Some(Ok(p)) => (p, true),
            Some(Err(e)) => {
                messages.push(Message {
                    text: format!("Your progress could not be read and will not be changed: {e}"),
                    error: true,
                });
                (progress::Progress::default(), false)
            }
            None => (progress::Progress::default(), false),
        };
        let mut s = AppState {
            page: Page::Library,
            library: Vec::new(),
            session: None,
            settings,
            progress,
            progress_writable,
            data_dir,
            messages,
            dialogs,
            help_open: false,
        };
        s.load_library();
        s
    }

    fn load_library(&mut self) {
        for f in bundled::lessons() {
            let format = store::lesson_format(Path::new(f.name))
                .unwrap_or(crate::model::LessonFormat::Markdown);
            let parsed =
                store::parse_lesson(f.bytes, format, &store::title_from_stem(Path::new(f.name)));
            self.library.push(LibraryEntry {
                id: format!("bundled:{}", f.name),
                name: f.name.to_string(),
                meta: parsed.as_ref().ok().map(|l| l.meta.clone()),
                source: EntrySource::Bundled(f),
                error: parsed.err().map(|e| e.to_string()),
            });
        }
        if let Some(dir) = self.data_dir.as_ref().map(|d| d.join("lessons"))
            && dir.is_dir()
        {
            for p in store::collect_files(&[dir], &|p: &Path| store::lesson_format(p).is_some())
                .into_iter()
                .flatten()
            {
                self.add_file_entry(&p);
            }
        }
    }

    fn add_file_entry(&mut self, path: &Path) -> usize {
        let id = std::fs::canonicalize(path)
            .unwrap_or_else(|_| path.to_path_buf())
            .display()
            .to_string();
        if let Some(i) = self.library.iter().position(|e| e.id == id) {
            return i;
        }
        let parsed = store::read_lesson(path);
        self.library.push(LibraryEntry {
            id,
            name: path
                .file_name()
                .and_then(|n| n.to_str())
                .unwrap_or("lesson")
                .to_string(),
            meta: parsed.as_ref().ok().map(|l| l.meta.clone()),
            source: EntrySource::File(path.to_path_buf()),
            error: parsed.err().map(|e| e.to_string()),
        });
        self.library.len() - 1
    }

    /// Best score and number of attempts for a library entry.
    pub fn progress_of(&self, id: &str) -> (Option<f64>, usize) {
        self.progress
            .lessons
            .get(id)
            .map_or((None, 0), |p| (p.best(), p.attempts.len()))
    }

    fn notice(&mut self, text: impl Into<String>) {
        self.messages.push(Message {
            text: text.into(),
            error: false,
        });
    }

    fn error(&mut self, text: impl Into<String>) {
        self.messages.push(Message {
            text: text.into(),
            error: true,
        });
    }

    /// Carry out a command.
    pub fn handle(&mut self, cmd: Command) {
        match cmd {
            Command::OpenEntry(i) => self.open_entry(i),
            Command::OpenPath(p) => self.open_path(&p),
            Command::OpenFileDialog => {
                if let Some(p) = self.dialogs.open_file() {
                    self.open_path(&p);
                }
            }
            Command::Back => {
                self.autosave_now();
                self.session = None;
                self.page = Page::Library;
            }
            Command::SetDark(d) => self.settings.dark = d,
            Command::TextSize(d) => {
                self.settings.text_size =
                    (self.settings.text_size + d).clamp(TEXT_SIZES.0, TEXT_SIZES.1);
            }
            Command::SetName(n) => {
                self.settings.student_name = n;
                if let Some(s) = self.session.as_mut() {
                    s.dirty_since.get_or_insert_with(Instant::now);
                }
            }
            Command::Dismiss(i) => {
                if i < self.messages.len() {
                    self.messages.remove(i);
                }
            }
            Command::ToggleHelp => self.help_open = !self.help_open,
            Command::SaveAnswerAs => self.save_answer_as(),
            Command::OpenAnswerDialog => {
                if let Some(p) = self.dialogs.open_answer() {
                    self.load_answer_file(&p);
                }
            }
            Command::Check => self.check(),
            other => self.handle_session(other),
        }
    }

    fn handle_session(&mut self, cmd: Command) {
        let Some(s) = self.session.as_mut() else {
            return;
        };
        let n = s.lesson.text.char_len();
        // The feedback shows a checked answer: edits wait for "Try again".
        let edits = matches!(
            cmd,
            Command::Label(_)
                | Command::Relabel(..)
                | Command::SetNote(..)
                | Command::Delete(_)
                | Command::DeleteAtCaret
                | Command::Undo
                | Command::Redo
        );
        if edits && s.mode == Mode::Feedback {
            return;
        }
        match cmd {
            Command::Caret { to, extend } => {
                let to = to.min(n);
                if extend {
                    let anchor = *s.anchor.get_or_insert(s.caret);
                    s.selection = (anchor != to).then(|| (anchor.min(to), anchor.max(to)));
                } else {
                    s.anchor = None;
                    s.selection = None;
                }
                s.caret = to;
                s.scroll_to = Some(to);
            }
            Command::Drag { anchor, to, done } => {
                let (a, b) = (anchor.min(to), anchor.max(to));
                s.selection = if done {
                    s.lesson.text.snap_to_words(a, b)
                } else {
                    (a < b).then_some((a, b))
                };
                s.caret = to.min(n);
                s.anchor = None;
                if done && s.selection.is_some() {
                    s.selected = None;
                    s.rev += 1;
                }
            }
            Command::ClickChar(c) => {
                s.caret = c.min(n);
                s.anchor = None;
                s.selection = None;
                let here = s.highlights_at(c);
                s.selected = match (s.selected, here.as_slice()) {
                    (_, []) => None,
                    (Some(cur), hs) if hs.contains(&cur) => {
                        let pos = hs.iter().position(|&h| h == cur).unwrap_or(0);
                        hs.get((pos + 1) % hs.len()).copied()
                    }
                    (_, hs) => hs.first().copied(),
                };
                s.rev += 1;
            }
            Command::SelectWord(c) => {
                s.selection = s.lesson.text.word_at(c);
                s.caret = c.min(n);
                s.selected = None;
                s.rev += 1;
            }
            Command::Label(label) => {
                if let Some((a, b)) = s
                    .selection
                    .and_then(|(a, b)| s.lesson.text.snap_to_words(a, b))
                {
                    s.add(Span::new(a, b, label));
                    s.selection = None;
                    s.anchor = None;
                    s.caret = b;
                } else if let Some(i) = s.selected {
                    s.relabel(i, label);
                }
            }
            Command::SelectHighlight(i) => {
                s.selected = i.filter(|&i| i < s.spans.len());
                if let Some(sp) = s.selected.and_then(|i| s.spans.get(i)) {
                    s.caret = sp.start;
                    s.scroll_to = Some(sp.start);
                }
                s.selection = None;
                s.rev += 1;
            }
            Command::NextHighlight(forward) if !s.spans.is_empty() => {
                let len = s.spans.len();
                let next = match s.selected {
                    Some(i) if forward => (i + 1) % len,
                    Some(i) => (i + len - 1) % len,
                    None if forward => s.spans.iter().position(|x| x.start >= s.caret).unwrap_or(0),
                    None => s
                        .spans
                        .iter()
                        .rposition(|x| x.start < s.caret)
                        .unwrap_or(len - 1),
                };
                s.selected = Some(next);
                if let Some(sp) = s.spans.get(next) {
                    s.caret = sp.start;
                    s.scroll_to = Some(sp.start);
                }
                s.selection = None;
                s.rev += 1;
            }
            Command::Relabel(i, label) => s.relabel(i, label),
            Command::SetNote(i, note) => s.change(|v| {
                if let Some(x) = v.get_mut(i) {
                    x.note = (!note.trim().is_empty()).then_some(note);
                }
            }),
            Command::Delete(i) => {
                s.change(|v| {
                    if i < v.len() {
                        v.remove(i);
                    }
                });
                s.selected = None;
            }
            Command::DeleteAtCaret => {
                let target = s
                    .selected
                    .or_else(|| s.highlights_at(s.caret).first().copied());
                if let Some(i) = target {
                    s.change(|v| {
                        if i < v.len() {
                            v.remove(i);
                        }
                    });
                    s.selected = None;
                }
            }
            Command::Undo => {
                s.undo();
            }
            Command::Redo => {
                s.redo();
            }
            Command::TryAgain => {
                s.mode = Mode::Reading;
                s.overlay = Overlay::Mine;
                s.rev += 1;
            }
            Command::SetOverlay(o) => {
                s.overlay = o;
                s.rev += 1;
            }
            Command::ScrollTo(c) => {
                s.scroll_to = Some(c);
                s.caret = c;
            }
            _ => {}
        }
    }

    fn open_entry(&mut self, i: usize) {
        let Some(e) = self.library.get(i).cloned() else {
            return;
        };
        self.autosave_now();
        let (lesson, key, key_error) = match &e.source {
            EntrySource::Bundled(f) => {
                let format = store::lesson_format(Path::new(f.name))
                    .unwrap_or(crate::model::LessonFormat::Markdown);
                match store::parse_lesson(
                    f.bytes,
                    format,
                    &store::title_from_stem(Path::new(f.name)),
                ) {
                    Ok(l) => {
                        let key = bundled::key_for(f.name).map(|k| {
                            store::parse_key(k.bytes)
                                .map_err(|p| p.to_string())
                                .and_then(|key| PlacedKey::new(&l, key).map_err(|p| p.to_string()))
                        });
                        let (key, err) = split(key);
                        (l, key, err)
                    }
                    Err(p) => return self.error(format!("{}: {p}", f.name)),
                }
            }
            EntrySource::File(path) => match store::read_lesson(path) {
                Ok(l) => {
                    let kp = store::key_path_for(path);
                    let key = kp
                        .is_file()
                        .then(|| PlacedKey::read(&l, &kp).map_err(|e| e.to_string()));
                    let (key, err) = split(key);
                    (l, key, err)
                }
                Err(err) => return self.error(err.to_string()),
            },
        };
        if let Some(err) = &key_error {
            self.error(format!("The answer key cannot be used, so this lesson can be highlighted but not checked: {err}"));
        }
        let mut session = Session::new(e.id.clone(), e.name.clone(), lesson, key, key_error);
        if let Some(dir) = &self.data_dir {
            match progress::restore(dir, &e.id) {
                Some(Ok(answer)) => {
                    let note = restore_into(&mut session, &answer);
                    if let Some(n) = note {
                        // Keep a copy of what could not be placed; nothing is lost.
                        let from = progress::autosave_path(dir, &e.id);
                        let to = from.with_extension(format!("unplaced-{}.json", now_secs()));
                        let _ = std::fs::copy(&from, &to);
                        self.notice(format!(
                            "{n} A copy of your earlier answer is kept in {}",
                            to.display()
                        ));
                    }
                }
                Some(Err(err)) => self.error(format!(
                    "Your autosaved answer could not be read; it is left as it is: {err}"
                )),
                None => {}
            }
        }
        session.dirty_since = None;
        self.session = Some(session);
        self.page = Page::Lesson;
    }

    fn open_path(&mut self, path: &Path) {
        if store::lesson_format(path).is_some() {
            let i = self.add_file_entry(path);
            if let Some(err) = self.library.get(i).and_then(|e| e.error.clone()) {
                self.error(err);
            } else {
                self.open_entry(i);
            }
            return;
        }
        // An answer: open its lesson, then load it.
        match store::read_answer(path) {
            Ok(a) => {
                let lesson_name = a.lesson.clone().unwrap_or_default();
                let beside = path.with_file_name(&lesson_name);
                let entry = self
                    .library
                    .iter()
                    .position(|e| e.name == lesson_name)
                    .or_else(|| {
                        (!lesson_name.is_empty() && beside.is_file())
                            .then(|| self.add_file_entry(&beside))
                    });
                match entry {
                    Some(i) => {
                        self.open_entry(i);
                        self.load_answer_file(path);
                    }
                    None => self.error(format!(
                        "{}: this answer belongs to the lesson {lesson_name:?}, which is not in the library; open the lesson first, then load the answer",
                        path.display()
                    )),
                }
            }
            Err(e) => self.error(e.to_string()),
        }
    }

    fn load_answer_file(&mut self, path: &Path) {
        let Some(s) = self.session.as_mut() else {
            return;
        };
        match store::read_answer(path) {
            Ok(a) => {
                let before = s.spans.clone();
                let note = restore_into(s, &a);
                if s.spans != before {
                    s.undo.push(before);
                    s.redo.clear();
                }
                s.dirty_since = Some(Instant::now());
                if let Some(st) = a.student.filter(|n| !n.is_empty()) {
                    self.settings.student_name = st;
                }
                self.notice(format!(
                    "Loaded {}.{}",
                    path.display(),
                    note.map(|n| format!(" {n}")).unwrap_or_default()
                ));
            }
            Err(e) => self.error(e.to_string()),
        }
    }

    fn save_answer_as(&mut self) {
        let Some(s) = self.session.as_ref() else {
            return;
        };
        let stem = s.name.rsplit_once('.').map_or(s.name.as_str(), |(a, _)| a);
        let who = self
            .settings
            .student_name
            .trim()
            .replace([' ', '/', '\\'], "_");
        let suggested = if who.is_empty() {
            format!("{stem}.answer.json")
        } else {
            format!("{stem}.{who}.json")
        };
        let Some(path) = self.dialogs.save_answer(&suggested) else {
            return;
        };
        let answer = s.answer(&self.settings.student_name);
        match store::write_atomic(&path, store::to_json(&answer).as_bytes()) {
            Ok(()) => self.notice(format!("Saved your answer to {}", path.display())),
            Err(e) => self.error(format!("Could not save your answer: {e}")),
        }
    }

    fn check(&mut self) {
        let Some(s) = self.session.as_mut() else {
            return;
        };
        let Some(key) = &s.key else {
            self.messages.push(Message {
                text: "This lesson has no answer key, so it cannot be checked.".into(),
                error: true,
            });
            return;
        };
        let answer = s.answer("");
        match grade(&s.lesson.text, &key.spans, &answer) {
            Ok(g) => {
                let key_index = key.resolved.placed();
                let score100 = g.score.micro.f1 * 100.0;
                s.feedback = Some(Feedback {
                    score: g.score,
                    key_index,
                });
                s.mode = Mode::Feedback;
                s.overlay = Overlay::Both;
                s.selection = None;
                s.rev += 1;
                let id = s.id.clone();
                self.progress
                    .lessons
                    .entry(id)
                    .or_default()
                    .attempts
                    .push(progress::Attempt {
                        score: score100,
                        at: now_secs(),
                    });
                self.save_progress();
            }
            Err(e) => self.error(format!("Could not check the answer: {e}")),
        }
    }

    fn save_progress(&mut self) {
        if !self.progress_writable {
            return;
        }
        if let Some(dir) = &self.data_dir
            && let Err(e) = progress::save_progress(dir, &self.progress)
        {
            self.messages.push(Message {
                text: format!("Could not save your progress: {e}"),
                error: true,
            });
        }
    }

    /// Autosave if the answer changed at least [`AUTOSAVE_AFTER`] ago. Returns how long
    /// until the next save is due, if one is pending.
    pub fn tick(&mut self, now: Instant) -> Option<Duration> {
        let since = self.session.as_ref()?.dirty_since?;
        let due = since + AUTOSAVE_AFTER;
        if now >= due {
            self.autosave_now();
            None
        } else {
            Some(due - now)
        }
    }

    /// Save the open answer to the data folder now, if it changed.
    pub fn autosave_now(&mut self) {
        let Some(s) = self.session.as_mut() else {
            return;
        };
        if s.dirty_since.is_none() {
            return;
        }
        s.dirty_since = None;
        let Some(dir) = &self.data_dir else { return };
        let answer = s.answer(&self.settings.student_name);
        if let Err(e) = progress::autosave(dir, &s.id, &answer) {
            let text = format!("Autosave failed; save your answer with \"Save answer…\": {e}");
            if !self.messages.iter().any(|m| m.text == text) {
                self.messages.push(Message { text, error: true });
            }
        }
    }
}

fn split<T>(r: Option<Result<T, String>>) -> (Option<T>, Option<String>) {
    match r {
        Some(Ok(k)) => (Some(k), None),
        Some(Err(e)) => (None, Some(e)),
        None => (None, None),
    }
}

/// Put an answer's spans into a session, re-anchoring them on the lesson text. Returns a
/// note for the user when some spans moved or could not be placed.
fn restore_into(s: &mut Session, a: &Answer) -> Option<String> {
    match resolve(&s.lesson.text, &a.spans, a.text_sha256.as_deref()) {
        Ok(r) => {
            let mut spans = Vec::new();
            for (sp, range) in a.spans.iter().zip(&r.ranges) {
                if let Some((x, y)) = *range {
                    let mut sp = sp.clone();
                    sp.place(&s.lesson.text, x, y);
                    spans.push(sp);
                }
            }
            spans.sort_by_key(|x| (x.start, x.end, x.label));
            s.spans = spans;
            s.rev += 1;
            let orphans = r.orphaned().len();
            let moved = r.moved().len();
            match (orphans, moved) {
                (0, 0) => None,
                (0, m) => Some(format!(
                    "The lesson text has changed; {m} highlight(s) were found again at their new place."
                )),
                (o, _) => Some(format!(
                    "The lesson text has changed; {o} highlight(s) could not be found in it and are not shown."
                )),
            }
        }
        Err(e) => Some(format!(
            "The answer could not be placed on this lesson: {e}."
        )),
    }
}
