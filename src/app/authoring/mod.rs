//! The instructor's workshop: a lesson's details, its article (with a live preview) and its
//! answer key, written in the same article widget the student uses. The key checker and the
//! suggestion assistant work on the key here; nothing is written until the instructor saves.
//! Its state and commands live here; [`view`] draws it.

pub mod compare;
mod key_panel;
pub mod view;
mod work;

pub use crate::app::command::{AuthoringCommand, Field, Tab};
/// Reading a lesson or an article for the workshop (below the pages, in [`crate::app::load`]).
pub use crate::app::load::workshop as load;
pub use work::finish_gone;

use crate::app::command::Command;
use crate::app::dialogs::Purpose;
use crate::app::done::{AuthoringDone, Done};
use crate::app::editing::{EditCommand, Merge, SpanEditor, SpanId};
use crate::app::shared::Shared;
use crate::model::annotation::{Key, KeyItem, StoredSpan, place};
use crate::model::check::{Finding, LabelledPhrase, check_key, inconsistent_phrases};
use crate::model::lesson::Source;
use crate::model::suggest::{Rule, Suggestion, suggest};
use crate::model::{Label, Lesson, LessonMeta};
use crate::service::LessonSource;
use crate::store::import::Draft;
use crate::store::{self, FileError, rules};
use std::path::PathBuf;

/// The details form as typed. Every field keeps exactly its text, commas and spaces and
/// all; [`DetailsForm::parse_into`] reads it into the lesson's details when they are used.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct DetailsForm {
    /// Title.
    pub title: String,
    /// Summary.
    pub summary: String,
    /// Outlet.
    pub outlet: String,
    /// Author.
    pub author: String,
    /// Date, as written.
    pub date: String,
    /// Web address.
    pub url: String,
    /// Licence.
    pub licence: String,
    /// Skills, comma-separated.
    pub skills: String,
    /// Minutes, a whole number (or empty).
    pub minutes: String,
    /// Instructions for the student.
    pub instructions: String,
    /// Language code (or empty: guessed from the article).
    pub language: String,
}

/// A detail whose text cannot be used as it is; saving waits until it can.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DetailError {
    /// The level is not 1, 2 or 3.
    Level,
    /// Minutes is not a whole number.
    Minutes,
    /// The language is not a language code.
    Language,
}

impl DetailError {
    /// The field's name as the form labels it.
    pub fn field(self) -> String {
        match self {
            DetailError::Level => crate::t!("workshop-field-level"),
            DetailError::Minutes => crate::t!("workshop-field-minutes"),
            DetailError::Language => crate::t!("workshop-field-language"),
        }
    }

    /// What the field takes.
    pub fn expected(self) -> String {
        match self {
            DetailError::Level => crate::t!("workshop-field-level.expected"),
            DetailError::Minutes => crate::t!("workshop-field-minutes.expected"),
            DetailError::Language => crate::t!("workshop-field-language.expected"),
        }
    }
}

impl std::fmt::Display for DetailError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let (field, expected) = (self.field(), self.expected());
        f.write_str(&crate::t!(
            "workshop-detail-error",
            field = field,
            expected = expected
        ))
    }
}

impl DetailsForm {
    /// The form filled from a lesson's details.
    pub fn from_meta(m: &LessonMeta) -> DetailsForm {
        let text = |o: &Option<String>| o.as_deref().unwrap_or("").to_string();
        let src = m.source.clone().unwrap_or_default();
        DetailsForm {
            title: m.title.clone(),
            summary: text(&m.summary),
            outlet: text(&src.outlet),
            author: text(&src.author),
            date: text(&src.date),
            url: text(&src.url),
            licence: text(&src.licence),
            skills: m.skills.join(", "),
            minutes: m.minutes.map(|x| x.to_string()).unwrap_or_default(),
            instructions: text(&m.instructions),
            language: text(&m.language),
        }
    }

    /// A field's text, exactly as typed.
    pub fn get(&self, field: Field) -> &str {
        match field {
            Field::Title => self.title.as_str(),
            Field::Summary => self.summary.as_str(),
            Field::Outlet => self.outlet.as_str(),
            Field::Author => self.author.as_str(),
            Field::Date => self.date.as_str(),
            Field::Url => self.url.as_str(),
            Field::Licence => self.licence.as_str(),
            Field::Skills => self.skills.as_str(),
            Field::Minutes => self.minutes.as_str(),
            Field::Instructions => self.instructions.as_str(),
            Field::Language => self.language.as_str(),
        }
    }

    /// Keep a field's text exactly as typed.
    pub fn set(&mut self, field: Field, v: String) {
        let slot = match field {
            Field::Title => &mut self.title,
            Field::Summary => &mut self.summary,
            Field::Outlet => &mut self.outlet,
            Field::Author => &mut self.author,
            Field::Date => &mut self.date,
            Field::Url => &mut self.url,
            Field::Licence => &mut self.licence,
            Field::Skills => &mut self.skills,
            Field::Minutes => &mut self.minutes,
            Field::Instructions => &mut self.instructions,
            Field::Language => &mut self.language,
        };
        *slot = v;
    }

    /// Read the form into `meta`: every field that parses is taken; one that does not keeps
    /// its last good value in `meta` and is returned, in the form's order. Skills are split on
    /// commas (empty parts dropped, spaces inside a skill kept); a blank field is no value.
    /// The level is chosen with buttons, not typed: it is only checked.
    pub fn parse_into(&self, meta: &mut LessonMeta) -> Vec<DetailError> {
        let mut errors = Vec::new();
        meta.title.clone_from(&self.title);
        set(&mut meta.summary, &self.summary);
        let mut src = meta.source.take().unwrap_or_default();
        set(&mut src.outlet, &self.outlet);
        set(&mut src.author, &self.author);
        set(&mut src.date, &self.date);
        set(&mut src.url, &self.url);
        set(&mut src.licence, &self.licence);
        meta.source = (src != Source::default()).then_some(src);
        if meta.level.is_some_and(|l| !(1..=3).contains(&l)) {
            errors.push(DetailError::Level);
        }
        meta.skills = parse_skills(&self.skills);
        match parse_minutes(&self.minutes) {
            Ok(m) => meta.minutes = m,
            Err(e) => errors.push(e),
        }
        set(&mut meta.instructions, &self.instructions);
        match parse_language(&self.language) {
            Ok(l) => meta.language = l,
            Err(e) => errors.push(e),
        }
        errors
    }
}

/// Skills from their comma-separated text: each part trimmed, empty parts dropped.
pub fn parse_skills(s: &str) -> Vec<String> {
    s.split(',')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_string)
        .collect()
}

/// Minutes: a whole number, or nothing when blank.
pub fn parse_minutes(s: &str) -> Result<Option<u32>, DetailError> {
    let t = s.trim();
    if t.is_empty() {
        return Ok(None);
    }
    t.parse::<u32>().map(Some).map_err(|_| DetailError::Minutes)
}

/// A language code: two letters, optionally with a region or script ("en", "pt-BR"), or
/// nothing when blank (the language is then guessed from the article).
pub fn parse_language(s: &str) -> Result<Option<String>, DetailError> {
    let t = s.trim();
    if t.is_empty() {
        return Ok(None);
    }
    let mut parts = t.split(['-', '_']);
    let primary = parts
        .next()
        .is_some_and(|p| p.len() == 2 && p.chars().all(|c| c.is_ascii_alphabetic()));
    let rest =
        parts.all(|p| (1..=8).contains(&p.len()) && p.chars().all(|c| c.is_ascii_alphanumeric()));
    if primary && rest {
        Ok(Some(t.to_string()))
    } else {
        Err(DetailError::Language)
    }
}

/// A checker finding with the item it concerns.
#[derive(Clone, Debug, PartialEq)]
pub struct CheckerFinding {
    /// The item, if the finding is about one.
    pub item: Option<SpanId>,
    /// What is wrong.
    pub message: String,
    /// An error rather than a warning.
    pub error: bool,
}

/// The workshop's state.
pub struct AuthoringPage {
    /// Where the lesson came from (`None` for a new one).
    pub source: Option<LessonSource>,
    /// Where it is saved (`None` until it has been, or for a bundled lesson).
    pub path: Option<PathBuf>,
    /// Details and article as edited (the details as last read from `form`).
    pub draft: Draft,
    /// The details form's text, exactly as typed.
    pub form: DetailsForm,
    /// The details in `form` that cannot be used as typed (shown beside their fields).
    pub details_errors: Vec<DetailError>,
    /// The article as last applied: what the key points into.
    pub lesson: Lesson,
    /// The edited article as it reads now (the last readable version), for the preview.
    /// While the Markdown is being typed it is not read again on every key: see
    /// `preview_stale`.
    pub preview: Lesson,
    /// Changes whenever `lesson` does.
    pub lesson_rev: u64,
    /// Changes whenever `preview` does.
    pub preview_rev: u64,
    /// The article's Markdown differs from `lesson`.
    pub body_changed: bool,
    /// Why the edited article cannot be used, if it cannot.
    pub body_error: Option<String>,
    /// The Markdown was edited since `preview` and `body_error` were read from it. They
    /// catch up when typing pauses (the Article tab asks, see [`AuthoringPage::refresh_preview`]),
    /// when the article is applied, and when the Article tab is shown.
    pub preview_stale: bool,
    /// The key items.
    pub editor: SpanEditor<KeyItem>,
    /// Items that could not be found again after the article changed.
    pub orphans: Vec<KeyItem>,
    /// The part shown.
    pub tab: Tab,
    /// Show the article as the student sees it.
    pub student_preview: bool,
    /// Pending suggestions.
    pub suggestions: Vec<Suggestion>,
    /// The suggestion the keyboard acts on.
    pub current: Option<usize>,
    /// The assistant has been asked.
    pub suggested: bool,
    /// The checker's findings (after "Check key").
    pub problems: Option<Vec<CheckerFinding>>,
    /// Unsaved changes.
    pub dirty: bool,
    /// Distinguishes this page from earlier ones (view caches start afresh).
    pub instance: u64,
    /// "Back" was pressed once with unsaved changes.
    pub confirm_leave: bool,
    /// Counts changes, so a save that lands tells whether the workshop changed meanwhile.
    pub revision: u64,
    /// A new lesson is being saved and does not know its file name yet.
    pub saving_new: bool,
    rules: Option<Vec<Rule>>,
    /// The other keys' labelled phrases for the checker, once read.
    other_phrases: Option<Vec<crate::model::check::LabelledPhrase>>,
    /// They are being read.
    reading_others: bool,
    /// Another key being compared with this one (*Compare with another key…*).
    pub compare: Option<compare::Compare>,
}

fn set(o: &mut Option<String>, v: &str) {
    *o = (!v.trim().is_empty()).then(|| v.to_string());
}

impl AuthoringPage {
    /// A workshop on a draft, with key items already placed on it.
    pub fn new(
        source: Option<LessonSource>,
        path: Option<PathBuf>,
        draft: Draft,
        lesson: Lesson,
        items: Vec<KeyItem>,
        instance: u64,
    ) -> AuthoringPage {
        let form = DetailsForm::from_meta(&draft.meta);
        // What was loaded stays as it is until edited; only its problems are noted.
        let details_errors = form.parse_into(&mut draft.meta.clone());
        AuthoringPage {
            source,
            path,
            draft,
            form,
            details_errors,
            preview: lesson.clone(),
            lesson,
            lesson_rev: 0,
            preview_rev: 0,
            body_changed: false,
            body_error: None,
            preview_stale: false,
            editor: SpanEditor::new(items),
            orphans: Vec::new(),
            tab: Tab::Details,
            student_preview: false,
            suggestions: Vec::new(),
            current: None,
            suggested: false,
            problems: None,
            dirty: false,
            instance,
            confirm_leave: false,
            revision: 0,
            saving_new: false,
            rules: None,
            other_phrases: None,
            reading_others: false,
            compare: None,
        }
    }

    /// A workshop on what was loaded; items that could not be placed are listed.
    pub fn from_workshop(w: load::Workshop, instance: u64) -> AuthoringPage {
        let mut p = AuthoringPage::new(w.source, w.path, w.draft, w.lesson, w.items, instance);
        p.orphans = w.orphans;
        if p.source.is_none() {
            // An imported article is new work: it has not been saved yet.
            p.dirty = true;
        }
        p
    }

    /// The key as it would be saved.
    pub fn key(&self) -> Key {
        let mut k = Key::new(&self.lesson.text, Some(self.file_name()));
        k.items = self.editor.to_vec();
        k
    }

    /// The lesson's file name: the saved one, or one made from the title.
    pub fn file_name(&self) -> String {
        if let Some(n) = self
            .path
            .as_ref()
            .and_then(|p| p.file_name())
            .and_then(|n| n.to_str())
        {
            return n.to_string();
        }
        format!("{}.md", store::names::slug(&self.draft.meta.title))
    }

    /// Read the details form into the draft (and the lessons shown): every field that parses
    /// is taken. Returns the fields that do not (also kept in `details_errors` for the form).
    pub fn apply_details(&mut self) -> Vec<DetailError> {
        let errors = self.form.parse_into(&mut self.draft.meta);
        self.lesson.meta = self.draft.meta.clone();
        self.preview.meta = self.draft.meta.clone();
        self.details_errors = errors.clone();
        errors
    }

    /// Before the details are written: true when every field parses; otherwise the Details
    /// tab is shown and the instructor is told which fields to fix.
    fn details_ready(&mut self, sh: &mut Shared) -> bool {
        let errors = self.apply_details();
        if errors.is_empty() {
            return true;
        }
        let what: Vec<String> = errors
            .iter()
            .map(|e| {
                crate::t!(
                    "workshop-detail-should-be",
                    field = e.field(),
                    expected = e.expected()
                )
            })
            .collect();
        sh.messages.error(crate::t!(
            "workshop-save-details-invalid",
            problems = what.join("; ")
        ));
        self.tab = Tab::Details;
        false
    }

    /// The keyboard moves to the next (or previous) pending suggestion.
    fn next_suggestion(&mut self, forward: bool) {
        let n = self.suggestions.len();
        if n == 0 {
            return;
        }
        let c = match self.current {
            Some(c) if forward => (c + 1).min(n - 1),
            Some(c) => c.saturating_sub(1),
            None => 0,
        };
        self.current = Some(c);
        if let Some(s) = self.suggestions.get(c) {
            self.editor.caret = s.start;
        }
    }

    fn changed(&mut self) {
        self.dirty = true;
        self.revision += 1;
        self.confirm_leave = false;
        self.problems = None;
    }

    /// Carry out a command.
    pub fn handle(&mut self, cmd: AuthoringCommand, sh: &mut Shared) {
        match cmd {
            AuthoringCommand::Tab(t) => {
                if self.tab == Tab::Article && t != Tab::Article && self.body_changed {
                    self.apply_article(sh);
                }
                self.tab = t;
                // The Article tab shows its preview as the Markdown reads now. The tab asks
                // for itself again once typing has paused, to bring the preview up to date.
                if t == Tab::Article {
                    self.refresh_preview();
                }
            }
            AuthoringCommand::Set(field, v) => {
                if field == Field::Language && self.form.language != v {
                    // The assistant's word lists are the language's.
                    self.rules = None;
                }
                // The form keeps exactly what was typed; the details take what parses.
                self.form.set(field, v);
                self.apply_details();
                self.changed();
            }
            AuthoringCommand::SetLevel(l) => {
                self.draft.meta.level = l;
                self.apply_details();
                self.changed();
            }
            AuthoringCommand::SetBody(b) => {
                self.draft.body = b;
                self.body_changed = true;
                // Reading a long article takes longer than a frame: the preview is read
                // again once typing pauses, not on every key.
                self.preview_stale = true;
                self.changed();
            }
            AuthoringCommand::ApplyArticle => self.apply_article(sh),
            AuthoringCommand::Edit(e) => {
                if self.student_preview && e.changes_spans() {
                    return;
                }
                if self.editor.apply(&self.lesson.text, e).changed {
                    self.changed();
                    self.compare_refresh();
                }
            }
            AuthoringCommand::SetRationale(id, r) => {
                if self.editor.update(id, Merge::Typing(id, 1), |k| {
                    k.rationale = (!r.trim().is_empty()).then_some(r);
                }) {
                    self.changed();
                }
            }
            AuthoringCommand::SetOptional(id, o) => {
                if self.editor.update(id, Merge::Separate, |k| k.optional = o) {
                    self.changed();
                }
            }
            AuthoringCommand::PreviewAsStudent(on) => self.student_preview = on,
            AuthoringCommand::Check => self.check(sh),
            AuthoringCommand::SelectItem(id) => {
                self.editor
                    .apply(&self.lesson.text, EditCommand::Select(Some(id)));
            }
            AuthoringCommand::Suggest => self.suggest(sh),
            AuthoringCommand::Accept(i) => self.accept(i),
            AuthoringCommand::Reject(i) => {
                if i < self.suggestions.len() {
                    self.suggestions.remove(i);
                    self.fix_current(i);
                }
            }
            AuthoringCommand::AcceptRule(rule) => {
                while let Some(i) = self.suggestions.iter().position(|s| s.rule == rule) {
                    self.accept(i);
                }
            }
            AuthoringCommand::RejectRule(rule) => {
                self.suggestions.retain(|s| s.rule != rule);
                self.fix_current(0);
            }
            AuthoringCommand::NextSuggestion(forward) => self.next_suggestion(forward),
            AuthoringCommand::DropOrphan(i) => {
                if i < self.orphans.len() {
                    self.orphans.remove(i);
                    self.changed();
                }
            }
            AuthoringCommand::PlaceOrphan(i) => self.place_orphan(i, sh),
            AuthoringCommand::Save => self.save(None, sh),
            AuthoringCommand::SaveAs => {
                if self.details_ready(sh) {
                    sh.ask(Purpose::SaveLesson(self.file_name()));
                }
            }
            c @ (AuthoringCommand::Compare
            | AuthoringCommand::CompareChoose(_)
            | AuthoringCommand::CompareEnd) => self.compare_command(c, sh),
            AuthoringCommand::Export => {
                let name = self.file_name();
                let stem = name.rsplit_once('.').map_or(name.as_str(), |(s, _)| s);
                sh.ask(Purpose::Export(
                    crate::store::convert::Kind::Key,
                    format!("{stem}.key.jsonld"),
                ));
            }
        }
    }

    /// Read the edited Markdown again for the preview (and for `body_error`), if it changed
    /// since it was last read.
    pub fn refresh_preview(&mut self) {
        if !self.preview_stale {
            return;
        }
        self.preview_stale = false;
        match self.draft.lesson() {
            Ok(l) => self.set_preview(l),
            Err(e) => self.body_error = Some(store::describe(&e)),
        }
    }

    /// The article as it reads now, shown in the preview.
    fn set_preview(&mut self, l: Lesson) {
        self.preview = l;
        self.preview_rev += 1;
        self.body_error = None;
    }

    fn fix_current(&mut self, near: usize) {
        self.current = match self.suggestions.len() {
            0 => None,
            n => Some(near.min(n - 1)),
        };
    }

    fn accept(&mut self, i: usize) {
        if i >= self.suggestions.len() {
            return;
        }
        let s = self.suggestions.remove(i);
        let mut item = KeyItem::new(&self.lesson.text, s.span(), Some(s.rationale.clone()));
        item.optional = false;
        let id = self.editor.insert(item);
        self.editor.selected = Some(id);
        self.fix_current(i);
        self.changed();
    }
}

#[cfg(test)]
mod tests;
