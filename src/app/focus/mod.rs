//! The focus practice page: one label, paragraph by paragraph from the keyed lessons, with
//! the feedback after each paragraph and a running tally.

pub mod view;

use crate::app::editing::{EditCommand, SpanEditor};
use crate::model::annotation::{AnswerSpan, StoredSpan};
use crate::model::document::Document;
use crate::model::focus::Exercise;
use crate::model::scoring::{ItemStatus, Score};
use crate::model::{Label, Lesson, LessonMeta};
use crate::service::{self, CatalogueEntry};

/// What the learner can do in focus practice.
#[derive(Clone, Debug, PartialEq)]
#[must_use]
pub enum FocusCommand {
    /// Select or edit highlights in the paragraph.
    Edit(EditCommand),
    /// Check the paragraph.
    Check,
    /// The next paragraph.
    Next,
}

/// The running tally.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Tally {
    /// Paragraphs checked.
    pub paragraphs: usize,
    /// Items found (at least half marked with the label).
    pub found: usize,
    /// Items to find (optional ones not found left out).
    pub items: usize,
    /// Highlights the key does not have.
    pub extra: usize,
}

/// The page's state.
pub struct FocusPage {
    /// The label practised.
    pub label: Label,
    /// The paragraphs, in order.
    pub exercises: Vec<Exercise>,
    /// The one shown.
    pub index: usize,
    /// It as a lesson, for the article widget.
    pub lesson: Lesson,
    /// The highlights in it.
    pub editor: SpanEditor<AnswerSpan>,
    /// Its score once checked.
    pub checked: Option<Score>,
    /// The tally so far.
    pub tally: Tally,
    /// Tells this page from earlier ones.
    pub instance: u64,
}

fn as_lesson(e: &Exercise) -> Lesson {
    let meta = LessonMeta {
        title: e.lesson.clone(),
        ..LessonMeta::default()
    };
    Lesson::from_parts(meta, Document::from_plain(&e.text))
}

/// A front matter's language as two lower-case letters ("fr-CA" → "fr"), if it gives one.
fn two_letters(language: Option<&str>) -> Option<String> {
    let l: String = language?
        .trim()
        .to_ascii_lowercase()
        .chars()
        .take(2)
        .collect();
    (!l.is_empty()).then_some(l)
}

/// The two-letter language of a lesson: its front matter's, else guessed from its words.
fn language_of(lesson: &Lesson) -> String {
    two_letters(lesson.meta.language.as_deref())
        .unwrap_or_else(|| crate::model::suggest::detect_language(lesson.text.as_str()).into())
}

/// Paragraphs for practising `label` from every keyed lesson in the catalogue written in
/// `language` (from every keyed lesson when none is), run on a worker: it reads the lessons
/// and keys.
pub fn load(
    catalogue: Vec<crate::service::LessonSource>,
    label: Label,
    language: &str,
) -> Vec<Exercise> {
    let (mut with, mut without, mut other_with, mut other_without) =
        (Vec::new(), Vec::new(), Vec::new(), Vec::new());
    for source in catalogue {
        let Ok(o) = service::open_lesson(&source) else {
            continue;
        };
        let Some(k) = o.key else { continue };
        let (w, n) = crate::model::focus::exercises(&o.lesson, &k.key, &k.spans, label);
        if language_of(&o.lesson) == language {
            with.extend(w);
            without.extend(n);
        } else {
            other_with.extend(w);
            other_without.extend(n);
        }
    }
    if with.is_empty() {
        return crate::model::focus::mix(other_with, other_without);
    }
    crate::model::focus::mix(with, without)
}

/// The language to practise in: the one most of the learner's checked lessons are written
/// in (ties go to the first in name order), English before any attempt.
pub fn practice_language(
    catalogue: &[CatalogueEntry],
    progress: &crate::store::progress::Progress,
) -> String {
    let mut counts: std::collections::BTreeMap<String, usize> = std::collections::BTreeMap::new();
    for e in catalogue {
        let tried = progress
            .lessons
            .get(&e.id)
            .is_some_and(|p| !p.attempts.is_empty());
        if !tried {
            continue;
        }
        let lang = two_letters(e.meta.as_ref().and_then(|m| m.language.as_deref()))
            .unwrap_or_else(|| "en".to_string());
        *counts.entry(lang).or_default() += 1;
    }
    counts
        .into_iter()
        .max_by(|a, b| a.1.cmp(&b.1).then_with(|| b.0.cmp(&a.0)))
        .map_or_else(|| "en".to_string(), |(l, _)| l)
}

/// The catalogue's keyed lessons, for [`load`].
pub fn sources(catalogue: &[CatalogueEntry]) -> Vec<crate::service::LessonSource> {
    catalogue
        .iter()
        .filter(|e| e.has_key && e.error.is_none())
        .map(|e| e.source.clone())
        .collect()
}

impl FocusPage {
    /// Practice on these paragraphs.
    pub fn new(label: Label, exercises: Vec<Exercise>, instance: u64) -> Option<FocusPage> {
        let first = exercises.first()?;
        let lesson = as_lesson(first);
        Some(FocusPage {
            label,
            lesson,
            exercises,
            index: 0,
            editor: SpanEditor::default(),
            checked: None,
            tally: Tally::default(),
            instance,
        })
    }

    /// The paragraph shown.
    pub fn exercise(&self) -> Option<&Exercise> {
        self.exercises.get(self.index)
    }

    /// Carry out a command.
    pub fn handle(&mut self, cmd: FocusCommand) {
        match cmd {
            FocusCommand::Edit(e) => {
                if e.changes_spans() && self.checked.is_some() {
                    return;
                }
                self.editor.apply(&self.lesson.text, e);
            }
            FocusCommand::Check => {
                if self.checked.is_some() {
                    return;
                }
                let Some(ex) = self.exercise() else { return };
                let spans: Vec<_> = self.editor.spans().map(|s| s.span()).collect();
                let s = ex.score(self.label, &spans);
                let c = s.status_counts();
                self.tally.paragraphs += 1;
                self.tally.found += c[ItemStatus::Found.index()];
                self.tally.items += c.iter().sum::<usize>();
                self.tally.extra += s
                    .answer_spans
                    .iter()
                    .filter(|a| a.status != crate::model::scoring::SpanStatus::MatchesKey)
                    .count();
                self.checked = Some(s);
            }
            FocusCommand::Next => {
                self.index = (self.index + 1) % self.exercises.len().max(1);
                if let Some(ex) = self.exercise() {
                    self.lesson = as_lesson(ex);
                }
                self.editor = SpanEditor::default();
                self.checked = None;
                self.instance = self.instance.wrapping_add(1);
            }
        }
    }
}
