//! Class results with the LMS: hand-ins read from a Canvas or Moodle download as it comes,
//! a roster from the LMS (who handed nothing in, hand-ins that match no one, names that
//! differ, late work), and the gradebook written in the roster's own layout to import as it
//! is. The reading and matching are the core's ([`crate::service::lms`]); this is the page's
//! part: its state, its commands and the *Roster* tab.

use super::ClassPage;
use crate::app::command::{ClassCommand, Command, RosterCommand};
use crate::app::dialogs::Purpose;
use crate::app::done::{ChosenRoster, Done};
use crate::app::failure::{Failure, not_written};
use crate::app::shared::Shared;
use crate::app::theme::Palette;
use crate::model::Lesson;
use crate::model::lms::gradebook::RosterGradebookOptions;
use crate::model::lms::matching::Remembered;
use crate::model::lms::roster::{Roster, RosterKind};
use crate::service::PlacedKey;
use crate::service::lms::{LmsClass, Mismatch, MissingStudent, UnmatchedHandIn};
use crate::store;
use crate::store::lms_zip::EntryProblem;
use egui::{RichText, Ui};
use std::path::{Path, PathBuf};

/// Read and grade the hand-ins at `source` (a folder, a zip of one, or an LMS's download)
/// with the roster if there is one, and the matches the teacher chose before (kept beside
/// the download). On a worker.
pub fn grade(
    lesson_name: &str,
    lesson: &Lesson,
    key: &PlacedKey,
    source: &Path,
    roster: Option<&Roster>,
) -> Result<LmsClass, Failure> {
    let subs = store::lms_zip::read_submissions(source)
        .map_err(|e| Failure::Download(store::describe(&e)))?;
    // Matches that cannot be read are as good as none; the teacher can choose again.
    let remembered = store::roster::read_remembered(&store::roster::remembered_path(source))
        .unwrap_or_else(|_| Remembered::new());
    Ok(crate::service::lms::grade_submissions(
        lesson_name,
        lesson,
        key,
        subs,
        roster,
        &remembered,
    ))
}

/// What the LMS and the roster say about the class.
#[derive(Default)]
pub struct LmsState {
    /// Every hand-in counted: its LMS identity, whether it was late.
    pub hand_ins: Vec<crate::service::lms::HandInInfo>,
    /// Names typed that differ from the LMS's.
    pub mismatches: Vec<Mismatch>,
    /// Roster rows without a hand-in.
    pub missing: Vec<MissingStudent>,
    /// Hand-ins that match no roster row.
    pub unmatched: Vec<UnmatchedHandIn>,
    /// Files in the download that are not answers.
    pub other_files: Vec<EntryProblem>,
    /// The grades per roster row.
    pub grades: Vec<crate::model::lms::gradebook::RosterGrade>,
    /// The roster, once chosen.
    pub roster: Option<ChosenRoster>,
    /// Students without a hand-in get 0 rather than an empty grade.
    pub missing_zero: bool,
    /// The Canvas assignment column to fill, when the roster has several.
    pub assignment: Option<String>,
    /// Graded again on a worker.
    pub busy: bool,
    /// The score's scale for a plain name,id roster (Canvas and Moodle bring their own).
    pub points: f64,
}

impl LmsState {
    /// From a graded download (its class figures already taken).
    pub fn new(g: LmsClass) -> LmsState {
        let mut s = LmsState {
            points: 100.0,
            ..LmsState::default()
        };
        s.take(g);
        s
    }

    fn take(&mut self, g: LmsClass) {
        self.hand_ins = g.hand_ins;
        self.mismatches = g.mismatches;
        self.missing = g.missing;
        self.unmatched = g.unmatched;
        self.other_files = g.other_files;
        self.grades = g.grades;
    }

    /// True when the hand-in in `file` came after the LMS's due date.
    pub fn late(&self, file: &str) -> bool {
        self.hand_ins.iter().any(|h| h.file == file && h.late)
    }

    /// Anything for the *Roster* tab to say besides the roster button.
    pub fn has_news(&self) -> bool {
        !(self.mismatches.is_empty()
            && self.missing.is_empty()
            && self.unmatched.is_empty()
            && self.other_files.is_empty()
            && !self.hand_ins.iter().any(|h| h.late))
    }
}

impl ClassPage {
    /// A roster command.
    pub fn roster_command(&mut self, c: RosterCommand, sh: &mut Shared) {
        match c {
            RosterCommand::Choose => sh.ask(Purpose::OpenRoster),
            RosterCommand::MissingCountsAsZero(on) => self.lms.missing_zero = on,
            RosterCommand::Assignment(a) => self.lms.assignment = Some(a),
            RosterCommand::Points(p) => {
                if p.is_finite() && p > 0.0 {
                    self.lms.points = p;
                }
            }
            RosterCommand::Match { hand_in, row } => {
                let at = store::roster::remembered_path(&self.dir);
                if let Err(e) = store::roster::remember(&at, &hand_in, row.as_deref()) {
                    sh.messages.error(store::describe(&e));
                    return;
                }
                let roster = self.lms.roster.clone();
                self.regrade(roster, sh);
            }
            RosterCommand::Gradebook => {
                let stem = self
                    .lesson_name
                    .rsplit_once('.')
                    .map_or(self.lesson_name.as_str(), |(s, _)| s);
                sh.ask(Purpose::SaveRosterGradebook(format!("{stem}.import.csv")));
            }
        }
    }

    /// The roster file was chosen: read it and grade again with it, on a worker.
    pub fn roster_chosen(&mut self, path: PathBuf, sh: &mut Shared) {
        let roster = match store::roster::read_roster(&path) {
            Ok(r) => r,
            Err(e) => {
                sh.messages.error(store::describe(&e));
                return;
            }
        };
        self.lms.assignment = None;
        self.tab = crate::app::command::ClassTab::Roster;
        self.regrade(Some(ChosenRoster { path, roster }), sh);
    }

    fn regrade(&mut self, roster: Option<ChosenRoster>, sh: &mut Shared) {
        let (name, lesson, key, dir) = (
            self.lesson_name.clone(),
            self.lesson.clone(),
            self.key.clone(),
            self.dir.clone(),
        );
        let instance = self.instance;
        self.lms.busy = true;
        sh.jobs.spawn(move || {
            let result = grade(
                &name,
                &lesson,
                &key,
                &dir,
                roster.as_ref().map(|r| &r.roster),
            )
            .map(|g| (g, roster));
            Command::Done(Done::ClassRegraded {
                instance,
                result: Box::new(result),
            })
        });
    }

    /// Graded again: the figures and what the roster says.
    pub fn regraded(
        &mut self,
        result: Result<(LmsClass, Option<ChosenRoster>), Failure>,
        sh: &mut Shared,
    ) {
        self.lms.busy = false;
        match result {
            Ok((mut g, roster)) => {
                let class = std::mem::take(&mut g.class);
                let (missing_zero, assignment, points) = (
                    self.lms.missing_zero,
                    self.lms.assignment.take(),
                    self.lms.points,
                );
                self.lms = LmsState::new(g);
                self.lms.roster = roster;
                self.lms.missing_zero = missing_zero;
                self.lms.assignment = assignment;
                self.lms.points = points;
                self.replace_class(class);
            }
            Err(e) => sh.messages.error(e.to_string()),
        }
    }

    /// Write the gradebook in the roster's layout where the teacher chose.
    pub fn write_roster_gradebook(&self, path: PathBuf, sh: &mut Shared) {
        let Some(chosen) = self.lms.roster.clone() else {
            return;
        };
        let grades = self.lms.grades.clone();
        let title = self.lesson.meta.title.clone();
        let (assignment, missing_zero) = (self.lms.assignment.clone(), self.lms.missing_zero);
        let points = self.lms.points;
        let count = chosen.roster.students.len();
        sh.jobs.write(move || {
            let opts = RosterGradebookOptions {
                assignment: assignment.as_deref(),
                lesson_title: &title,
                missing_counts_as_zero: missing_zero,
                points,
            };
            let written = store::roster::write_roster_gradebook(
                &path,
                &chosen.path,
                &chosen.roster,
                &grades,
                &opts,
            );
            match written {
                Ok(()) => {
                    let path = path.display().to_string();
                    let notice = crate::t!("lms-gradebook-written", count = count, path = path);
                    Command::Done(Done::Notice(notice))
                }
                Err(store::roster::RosterFileError::File(e)) => {
                    Command::Failed(not_written(crate::t!("lms-gradebook-not-written"))(e))
                }
                Err(e) => Command::Failed(Failure::Download(store::describe(&e))),
            }
        });
    }
}

fn roster_cmd(c: RosterCommand) -> Command {
    Command::Class(ClassCommand::Roster(c))
}

/// The *Roster* tab: the roster and its gradebook, then who handed nothing in, hand-ins
/// that match no one (the teacher picks the row), names that differ, late work and files
/// that are not answers.
pub fn panel(ui: &mut Ui, pal: &Palette, p: &ClassPage, out: &mut Vec<Command>) {
    let s = &p.lms;
    crate::app::widgets::scrolled_page("roster", ui, |ui| {
        roster_bar(ui, pal, p, out);
        if s.busy {
            ui.spinner();
        }
        ui.add_space(8.0);
        missing(ui, pal, s);
        unmatched(ui, pal, s, out);
        let title = crate::t!("lms-mismatches-heading", count = s.mismatches.len());
        section(ui, &title, s.mismatches.iter().map(|m| m.message.clone()));
        let late: Vec<String> = s
            .hand_ins
            .iter()
            .filter(|h| h.late)
            .map(|h| h.typed_name.clone().unwrap_or_else(|| h.entry.clone()))
            .collect();
        let title = crate::t!("lms-late-heading", count = late.len());
        section(ui, &title, late.into_iter());
        let title = crate::t!("lms-other-files-heading", count = s.other_files.len());
        section(
            ui,
            &title,
            s.other_files
                .iter()
                .map(|f| format!("{}: {}", f.file, f.message)),
        );
        if s.roster.is_none() && !s.has_news() {
            ui.label(RichText::new(crate::t!("lms-nothing-to-say")).color(pal.weak_text));
        }
    });
}

fn roster_bar(ui: &mut Ui, pal: &Palette, p: &ClassPage, out: &mut Vec<Command>) {
    let s = &p.lms;
    crate::app::widgets::heading(
        ui,
        RichText::new(crate::t!("lms-roster-heading")).strong(),
        2,
    );
    ui.label(RichText::new(crate::t!("lms-roster-help")).color(pal.weak_text));
    ui.horizontal_wrapped(|ui| {
        if ui
            .button(crate::t!("lms-roster-button"))
            .on_hover_text(crate::t!("lms-roster-hover"))
            .clicked()
        {
            out.push(roster_cmd(RosterCommand::Choose));
        }
        let Some(chosen) = &s.roster else { return };
        let kind = match chosen.roster.kind {
            RosterKind::Canvas => "Canvas",
            RosterKind::Moodle => "Moodle",
            RosterKind::Generic => "CSV",
        };
        let file = chosen.path.display().to_string();
        let count = chosen.roster.students.len();
        ui.label(crate::t!(
            "lms-roster-chosen",
            kind = kind,
            file = file,
            count = count
        ));
    });
    let Some(chosen) = &s.roster else { return };
    ui.horizontal_wrapped(|ui| {
        if chosen.roster.assignments.len() > 1 {
            let current = s
                .assignment
                .clone()
                .or_else(|| {
                    chosen
                        .roster
                        .pick_assignment(None, &p.lesson.meta.title)
                        .ok()
                        .map(|a| a.header.clone())
                })
                .unwrap_or_default();
            let label = crate::t!("lms-assignment");
            ui.label(&label);
            let r = egui::ComboBox::from_id_salt("assignment")
                .selected_text(&current)
                .show_ui(ui, |ui| {
                    for a in &chosen.roster.assignments {
                        if ui
                            .selectable_label(a.header == current, &a.header)
                            .clicked()
                        {
                            out.push(roster_cmd(RosterCommand::Assignment(a.header.clone())));
                        }
                    }
                });
            let name = format!("{label} {current}");
            r.response
                .widget_info(|| egui::WidgetInfo::labeled(egui::Role::ComboBox, true, &name));
        }
        if chosen.roster.kind == RosterKind::Generic {
            let label = crate::t!("lms-points");
            ui.label(&label);
            let mut points = s.points;
            let r = ui.add(egui::DragValue::new(&mut points).range(1.0..=1000.0));
            r.widget_info(|| egui::WidgetInfo::labeled(egui::Role::SpinButton, true, &label));
            if r.changed() {
                out.push(roster_cmd(RosterCommand::Points(points)));
            }
        }
        let mut zero = s.missing_zero;
        if ui
            .checkbox(&mut zero, crate::t!("lms-missing-zero"))
            .on_hover_text(crate::t!("lms-missing-zero-hover"))
            .changed()
        {
            out.push(roster_cmd(RosterCommand::MissingCountsAsZero(zero)));
        }
        if ui
            .button(RichText::new(crate::t!("lms-gradebook-button")).strong())
            .on_hover_text(crate::t!("lms-gradebook-hover"))
            .clicked()
        {
            out.push(roster_cmd(RosterCommand::Gradebook));
        }
    });
}

fn missing(ui: &mut Ui, pal: &Palette, s: &LmsState) {
    if s.roster.is_none() {
        return;
    }
    let title = crate::t!("lms-missing-heading", count = s.missing.len());
    crate::app::widgets::heading(ui, RichText::new(title).strong(), 3);
    if s.missing.is_empty() {
        ui.label(RichText::new(crate::t!("lms-missing-none")).color(pal.weak_text));
    }
    for m in &s.missing {
        let text = match &m.note {
            Some(n) => crate::t!("lms-missing-row-note", name = &m.name, note = n),
            None => m.name.clone(),
        };
        ui.label(text);
    }
    ui.add_space(6.0);
}

fn unmatched(ui: &mut Ui, pal: &Palette, s: &LmsState, out: &mut Vec<Command>) {
    if s.unmatched.is_empty() {
        return;
    }
    let title = crate::t!("lms-unmatched-heading", count = s.unmatched.len());
    crate::app::widgets::heading(ui, RichText::new(title).strong(), 3);
    ui.label(RichText::new(crate::t!("lms-unmatched-help")).color(pal.weak_text));
    let rows: Vec<(String, String)> = s
        .roster
        .as_ref()
        .map(|r| {
            r.roster
                .students
                .iter()
                .map(|st| (st.id.clone(), st.name.clone()))
                .collect()
        })
        .unwrap_or_default();
    for u in &s.unmatched {
        ui.horizontal_wrapped(|ui| {
            let who = u.student.clone().unwrap_or_else(|| u.file.clone());
            let lms = u.lms.clone().unwrap_or_default();
            let text = crate::t!("lms-unmatched-row", name = who, lms = lms);
            ui.label(&text);
            if rows.is_empty() {
                return;
            }
            let label = crate::t!("lms-unmatched-choose");
            let r = egui::ComboBox::from_id_salt(("match", &u.key))
                .selected_text(&label)
                .show_ui(ui, |ui| {
                    for (id, name) in &rows {
                        if ui.selectable_label(false, name).clicked() {
                            out.push(roster_cmd(RosterCommand::Match {
                                hand_in: u.key.clone(),
                                row: Some(id.clone()),
                            }));
                        }
                    }
                });
            let name = format!("{label}: {text}");
            r.response
                .widget_info(|| egui::WidgetInfo::labeled(egui::Role::ComboBox, true, &name));
        });
    }
    ui.add_space(6.0);
}

fn section(ui: &mut Ui, title: &str, lines: impl Iterator<Item = String>) {
    let lines: Vec<String> = lines.collect();
    if lines.is_empty() {
        return;
    }
    crate::app::widgets::heading(ui, RichText::new(title).strong(), 3);
    for l in lines {
        ui.label(l);
    }
    ui.add_space(6.0);
}
