//! The class results page: a folder of answers graded against a lesson's key. A sortable
//! table of students, the key items hardest first, the label confusion and the score
//! histogram, each student's highlights over the key, and the class heat map over the
//! article for discussion on a projector. Its state and commands live here; [`view`]
//! draws it.

pub mod heat;
pub mod roster;
pub mod view;

pub use roster::{LmsState, grade};

pub use crate::app::command::{ClassCommand, ClassTab, SortBy};

use crate::app::command::Command;
use crate::app::dialogs::Purpose;
use crate::app::done::Done;
use crate::app::failure::not_written;
use crate::app::shared::Shared;
use crate::model::class::{GradebookFormat, class_coverage};
use crate::model::{Label, Lesson, Span};
use crate::service::{Class, PlacedKey};
use crate::store;
use std::path::PathBuf;

/// The page's state.
pub struct ClassPage {
    /// The lesson's file name.
    pub lesson_name: String,
    /// The lesson.
    pub lesson: Lesson,
    /// Its key.
    pub key: PlacedKey,
    /// The graded folder.
    pub class: Class,
    /// What the LMS's download and the roster tell: who handed nothing in, hand-ins that
    /// match no one, late work, names that differ, files that are not answers.
    pub lms: LmsState,
    /// Where the answers are (a folder, or an LMS's zip).
    pub dir: PathBuf,
    /// The part shown.
    pub tab: ClassTab,
    /// Sort column and direction (true: descending).
    pub sort: (SortBy, bool),
    /// Student indices (into `class.report.students`) in display order.
    pub order: Vec<usize>,
    /// The student whose highlights are shown.
    pub selected: Option<usize>,
    /// The heat map's label.
    pub heat_label: Label,
    /// Per label, runs of chars with the number of students who marked them.
    pub coverage: [Vec<(usize, usize, usize)>; 3],
    /// Projector mode: large text, no names.
    pub projector: bool,
    /// Tells this page from earlier ones (view caches start afresh).
    pub instance: u64,
}

impl ClassPage {
    /// A page on a graded folder.
    pub fn new(
        lesson_name: String,
        lesson: Lesson,
        key: PlacedKey,
        mut graded: crate::service::lms::LmsClass,
        dir: PathBuf,
        instance: u64,
    ) -> ClassPage {
        let class = std::mem::take(&mut graded.class);
        let spans: Vec<Vec<Span>> = class
            .answers
            .iter()
            .map(|g| g.graded.spans.clone())
            .collect();
        let coverage = class_coverage(&lesson.text, &spans);
        let mut p = ClassPage {
            lesson_name,
            lesson,
            key,
            class,
            lms: LmsState::new(graded),
            dir,
            tab: ClassTab::Students,
            sort: (SortBy::Name, false),
            order: Vec::new(),
            selected: None,
            heat_label: Label::Attribution,
            coverage,
            projector: false,
            instance,
        };
        p.resort();
        p
    }

    /// The highlights of student `i` (in report order), placed on the lesson.
    pub fn spans_of(&self, i: usize) -> Option<&[Span]> {
        let s = self.class.report.students.get(i)?;
        self.class
            .answers
            .iter()
            .find(|g| g.path.display().to_string() == s.file)
            .map(|g| g.graded.spans.as_slice())
    }

    /// New figures for the same hand-ins (graded again with a roster): the student shown,
    /// the sort and the tab stay.
    pub fn replace_class(&mut self, class: Class) {
        let spans: Vec<Vec<Span>> = class
            .answers
            .iter()
            .map(|g| g.graded.spans.clone())
            .collect();
        self.coverage = class_coverage(&self.lesson.text, &spans);
        self.selected = self.selected.filter(|&i| i < class.report.students.len());
        self.class = class;
        self.resort();
    }

    fn resort(&mut self) {
        let st = &self.class.report.students;
        let mut order: Vec<usize> = (0..st.len()).collect();
        let (by, desc) = self.sort;
        let key = |i: &usize| -> f64 {
            let Some(s) = st.get(*i) else { return 0.0 };
            match by {
                SortBy::Name => 0.0,
                SortBy::Score => s.score.micro.f1,
                SortBy::Label(l) => s.score.per_label[l.index()].map_or(-1.0, |p| p.f1),
                SortBy::Passage => s.score.passage_f1,
                SortBy::Missed => s.score.status_counts()[3] as f64,
                SortBy::Extra => s.score.not_in_key() as f64,
            }
        };
        order.sort_by(|a, b| {
            let o = if by == SortBy::Name {
                let n = |i: &usize| {
                    st.get(*i)
                        .map(|s| s.name.to_lowercase())
                        .unwrap_or_default()
                };
                n(a).cmp(&n(b))
            } else {
                key(a).total_cmp(&key(b))
            };
            let o = if desc { o.reverse() } else { o };
            o.then(a.cmp(b))
        });
        self.order = order;
    }

    /// Carry out a command.
    pub fn handle(&mut self, cmd: ClassCommand, sh: &mut Shared) {
        match cmd {
            ClassCommand::Tab(t) => self.tab = t,
            ClassCommand::Sort(by) => {
                self.sort = if self.sort.0 == by {
                    (by, !self.sort.1)
                } else {
                    // Names A to Z; numbers highest first.
                    (by, by != SortBy::Name)
                };
                self.resort();
            }
            ClassCommand::Select(i) => {
                self.selected = i.filter(|&i| i < self.class.report.students.len());
            }
            ClassCommand::HeatLabel(l) => self.heat_label = l,
            ClassCommand::Projector(on) => {
                self.projector = on;
                if on {
                    self.selected = None;
                }
            }
            ClassCommand::Roster(c) => self.roster_command(c, sh),
            ClassCommand::Export(format) => {
                let stem = self
                    .lesson_name
                    .rsplit_once('.')
                    .map_or(self.lesson_name.as_str(), |(s, _)| s);
                let tag = match format {
                    GradebookFormat::Generic => "grades",
                    GradebookFormat::Canvas => "canvas",
                    GradebookFormat::Moodle => "moodle",
                };
                sh.ask(Purpose::SaveGradebook(format, format!("{stem}.{tag}.csv")));
            }
        }
    }

    /// Write the gradebook where the teacher chose.
    pub fn export(&self, format: GradebookFormat, path: PathBuf, sh: &mut Shared) {
        let report = self.class.report.clone();
        let title = self.lesson.meta.title.clone();
        sh.jobs.write(move || {
            match store::export::write_gradebook(&path, &report, format, &title) {
                Ok(()) => {
                    let count = report.students.len();
                    let path = path.display().to_string();
                    let notice = crate::t!("class-gradebook-written", count = count, path = path);
                    Command::Done(Done::Notice(notice))
                }
                Err(e) => Command::Failed(not_written("The gradebook was not written")(e)),
            }
        });
    }
}
