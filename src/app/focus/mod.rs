//! The focus practice page: one label, paragraph by paragraph from the keyed lessons the
//! learner has checked, in sessions of at most ten paragraphs, with the feedback after each
//! paragraph and a running tally.

pub mod view;

pub use crate::app::command::FocusCommand;

use crate::app::editing::SpanEditor;
use crate::model::annotation::{AnswerSpan, StoredSpan};
use crate::model::document::Document;
use crate::model::focus::Exercise;
use crate::model::scoring::{ItemStatus, Score};
use crate::model::{Label, Lesson, LessonMeta};
use crate::service::{self, CatalogueEntry};

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
    /// The last paragraph was checked and the learner moved on: the session's summary shows.
    pub finished: bool,
}

fn as_lesson(e: &Exercise) -> Lesson {
    let meta = LessonMeta {
        title: e.lesson.clone(),
        ..LessonMeta::default()
    };
    Lesson::from_parts(meta, Document::from_plain(&e.text))
}

/// A session of paragraphs for practising `label`, run on a worker (it reads the lessons and
/// keys). `catalogue` is the keyed lessons, each with whether the learner has checked it
/// ([`sources`]). The paragraphs come from the checked lessons written in `language`, else
/// from every checked lesson; only when no checked lesson has any, from the lessons not
/// tried yet (in `language` first), and the page says so (see [`FocusPage::from_untried`]).
pub fn load(
    catalogue: Vec<(crate::service::LessonSource, bool)>,
    label: Label,
    language: &str,
) -> Vec<Exercise> {
    // In the order they are used: checked lessons in the language, checked lessons in
    // another, lessons not tried in the language, lessons not tried in another.
    let mut pools: Vec<(Vec<Exercise>, Vec<Exercise>)> =
        (0..4).map(|_| Default::default()).collect();
    for (source, tried) in catalogue {
        let Ok(o) = service::open_lesson(&source) else {
            continue;
        };
        let Some(k) = o.key else { continue };
        let (mut w, mut n) = crate::model::focus::exercises(&o.lesson, &k.key, &k.spans, label);
        for e in w.iter_mut().chain(n.iter_mut()) {
            e.tried = tried;
        }
        let rank = match (tried, o.lesson.language() == language) {
            (true, true) => 0,
            (true, false) => 1,
            (false, true) => 2,
            (false, false) => 3,
        };
        if let Some(pool) = pools.get_mut(rank) {
            pool.0.extend(w);
            pool.1.extend(n);
        }
    }
    let Some((with, without)) = pools.into_iter().find(|(w, _)| !w.is_empty()) else {
        return Vec::new();
    };
    // The time varies where the session starts, so the next session shows other paragraphs.
    let seed = usize::try_from(crate::app::shared::now_secs() / 60).unwrap_or(0);
    crate::model::focus::session(with, without, seed)
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
        *counts.entry(e.language.clone()).or_default() += 1;
    }
    counts
        .into_iter()
        .max_by(|a, b| a.1.cmp(&b.1).then_with(|| b.0.cmp(&a.0)))
        .map_or_else(|| "en".to_string(), |(l, _)| l)
}

/// The catalogue's keyed lessons, each with whether the learner has checked it, for
/// [`load`].
pub fn sources(
    catalogue: &[CatalogueEntry],
    progress: &crate::store::progress::Progress,
) -> Vec<(crate::service::LessonSource, bool)> {
    catalogue
        .iter()
        .filter(|e| e.has_key && e.error.is_none())
        .map(|e| {
            let tried = progress
                .lessons
                .get(&e.id)
                .is_some_and(|p| !p.attempts.is_empty());
            (e.source.clone(), tried)
        })
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
            finished: false,
        })
    }

    /// The paragraphs come from lessons the learner has not checked yet (none of the
    /// checked ones has any for this label).
    pub fn from_untried(&self) -> bool {
        self.exercises.first().is_some_and(|e| !e.tried)
    }

    /// The paragraph shown is the session's last.
    pub fn last(&self) -> bool {
        self.index + 1 >= self.exercises.len()
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
                if self.checked.is_none() {
                    return;
                }
                if self.last() {
                    self.finished = true;
                    return;
                }
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
