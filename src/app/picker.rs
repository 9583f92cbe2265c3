//! newsmark's own file picker, used when the system's file dialog cannot be shown (a
//! desktop without a portal service or zenity). A folder listing with a name field for
//! saving; it answers like a dialog would, with the purpose it was opened for.

pub use crate::app::command::PickerCommand;
pub use crate::app::folders::Confirm;

use crate::app::command::Command;
use crate::app::dialogs::Purpose;
use crate::app::done::Done;
use crate::app::folders::{Entry, Verdict, extensions, list, verdict};
use crate::app::jobs::Jobs;
use crate::app::theme::Palette;
use crate::model::annotation::Answer;
use egui::{RichText, Ui};
use std::path::PathBuf;

/// The picker's state.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Picker {
    /// What it is for.
    pub purpose: Purpose,
    /// The page instance that opened it (see `Shared::page_serial`).
    pub asker: u64,
    /// The folder shown.
    pub dir: PathBuf,
    /// Its folders, then its files with a fitting extension, sorted by name.
    pub entries: Vec<Entry>,
    /// The file name to save as.
    pub name: String,
    /// Why the folder cannot be listed, if it cannot.
    pub error: Option<String>,
    /// The folder as typed in the path field.
    pub path_text: String,
    /// For a hand-in: the answer being saved (its lesson, student and id; no spans), which
    /// decides whether an existing file may be replaced (see `store::names::may_replace`).
    pub saving: Option<Answer>,
    /// The question asked before replacing an existing file, while it is open.
    pub confirm: Option<Confirm>,
    /// The folder being listed, or the file being looked at before saving, on a worker:
    /// a slow network drive never stops the window.
    pub busy: bool,
    /// Where to go instead when the first folder cannot be listed (the home folder).
    pub fallback: Option<PathBuf>,
}

/// True when the purpose writes a file (a name is typed) rather than picking one.
pub fn saves(p: &Purpose) -> bool {
    matches!(
        p,
        Purpose::SaveAnswer(_)
            | Purpose::SaveLesson(_)
            | Purpose::SaveGradebook(..)
            | Purpose::SaveRosterGradebook(_)
            | Purpose::SavePack(_)
            | Purpose::Export(..)
            | Purpose::SaveProfile(_)
    )
}

impl Picker {
    /// A picker for `purpose`, asked by the page instance `asker`, starting in `dir`.
    pub fn new(purpose: Purpose, dir: PathBuf, asker: u64) -> Picker {
        let name = match &purpose {
            Purpose::SaveAnswer(n)
            | Purpose::SaveLesson(n)
            | Purpose::SaveGradebook(_, n)
            | Purpose::SaveRosterGradebook(n)
            | Purpose::SavePack(n) => n.clone(),
            _ => String::new(),
        };
        let mut p = Picker {
            purpose,
            asker,
            dir: PathBuf::new(),
            entries: Vec::new(),
            name,
            error: None,
            path_text: String::new(),
            saving: None,
            confirm: None,
            busy: false,
            fallback: None,
        };
        p.path_text = dir.display().to_string();
        p.dir = dir;
        p
    }

    /// List a folder on a worker; [`Picker::listed`] shows it.
    pub fn go(&mut self, dir: PathBuf, jobs: &mut Jobs) {
        let exts = extensions(&self.purpose);
        let asker = self.asker;
        self.busy = true;
        self.path_text = dir.display().to_string();
        jobs.spawn(move || {
            if dir.is_file() {
                return Command::Done(Done::PickerFile { asker, path: dir });
            }
            let result = list(&dir, exts);
            Command::Done(Done::PickerListed { asker, dir, result })
        });
    }

    /// A folder was listed (or why not).
    pub fn listed(&mut self, dir: PathBuf, result: Result<Vec<Entry>, String>, jobs: &mut Jobs) {
        self.busy = false;
        if result.is_err()
            && let Some(home) = self.fallback.take()
        {
            // The folder remembered from last time is gone: start at home instead.
            return self.go(home, jobs);
        }
        self.fallback = None;
        match result {
            Ok(entries) => {
                self.entries = entries;
                self.error = None;
                self.path_text = dir.display().to_string();
                self.dir = dir;
            }
            Err(why) => {
                self.error = Some(why);
                self.path_text = self.dir.display().to_string();
            }
        }
    }

    /// A file's path was typed into *Folder*: open it, or save under its name in its folder.
    pub fn typed_file(&mut self, path: PathBuf, jobs: &mut Jobs) -> Option<Command> {
        self.busy = false;
        if let Some(dir) = path.parent() {
            self.dir = dir.to_path_buf();
            self.path_text = dir.display().to_string();
            // The folder's listing follows, so the picker shows where the file is.
            self.go(dir.to_path_buf(), jobs);
        }
        if saves(&self.purpose) {
            if let Some(name) = path.file_name().and_then(|n| n.to_str()) {
                self.name = name.to_string();
            }
            return self.handle(PickerCommand::Choose(None), jobs);
        }
        if self.purpose == Purpose::OpenFolder {
            let path = path.display().to_string();
            self.error = Some(crate::t!("picker-typed-file-not-folder", path = path));
            return None;
        }
        self.handle(PickerCommand::Choose(Some(path)), jobs)
    }

    /// What a worker found at the name chosen to save as; the answer when it may save.
    pub fn checked(&mut self, path: PathBuf, verdict: Verdict) -> Option<Command> {
        self.busy = false;
        match verdict {
            Verdict::Free => Some(self.answer(Ok(Some(path)))),
            Verdict::Folder(why) => {
                self.error = Some(why);
                None
            }
            Verdict::Ask(c) => {
                self.confirm = Some(c);
                None
            }
        }
    }

    /// Carry out a command; returns the command that answers the dialog when the picker is
    /// done (`None` while it stays open).
    pub fn handle(&mut self, cmd: PickerCommand, jobs: &mut Jobs) -> Option<Command> {
        match cmd {
            PickerCommand::Go(d) => {
                self.confirm = None;
                self.go(d, jobs);
                None
            }
            PickerCommand::SetName(n) => {
                self.confirm = None;
                self.name = n;
                None
            }
            PickerCommand::OpenNamed => {
                let name = self.name.trim();
                if name.is_empty() {
                    self.error = Some(crate::t!("picker-open-name-missing"));
                    return None;
                }
                // A name in this folder or a whole path; a folder's path is listed.
                let path = self.dir.join(name);
                self.error = None;
                self.go(path, jobs);
                None
            }
            PickerCommand::SetPath(t) => {
                self.path_text = t;
                None
            }
            PickerCommand::Cancel => Some(self.answer(Ok(None))),
            PickerCommand::Replace => {
                let c = self.confirm.take()?;
                Some(self.answer(Ok(Some(c.path))))
            }
            PickerCommand::KeepIt => {
                self.confirm = None;
                None
            }
            PickerCommand::Choose(file) => {
                self.confirm = None;
                let path = match file {
                    Some(f) => f,
                    None if self.purpose == Purpose::OpenFolder => self.dir.clone(),
                    None => {
                        let name = self.name.trim().to_string();
                        // A whole path typed as the name: its folder and its name.
                        let typed = PathBuf::from(&name);
                        if typed.is_absolute()
                            && let (Some(dir), Some(file)) = (typed.parent(), typed.file_name())
                        {
                            self.dir = dir.to_path_buf();
                            self.path_text = dir.display().to_string();
                            self.name = file.to_string_lossy().into_owned();
                            return self.handle(PickerCommand::Choose(None), jobs);
                        }
                        let name = name.as_str();
                        if name.is_empty() || name.contains(['/', '\\']) {
                            self.error = Some(crate::t!("picker-save-name-bad"));
                            return None;
                        }
                        self.dir.join(name)
                    }
                };
                if saves(&self.purpose) {
                    // Looked at on a worker: the answer comes with [`Picker::checked`].
                    let (asker, saving, dir) = (self.asker, self.saving.clone(), self.dir.clone());
                    self.busy = true;
                    jobs.spawn(move || {
                        let verdict = verdict(&path, saving.as_ref(), &dir);
                        Command::Done(Done::PickerChecked {
                            asker,
                            path,
                            verdict,
                        })
                    });
                    return None;
                }
                Some(self.answer(Ok(Some(path))))
            }
        }
    }

    fn answer(&self, result: Result<Option<PathBuf>, String>) -> Command {
        Command::Done(Done::FileChosen {
            asker: self.asker,
            purpose: self.purpose.clone(),
            result,
        })
    }
}

/// Where the picker starts: the home folder, else the current folder.
pub fn start_dir() -> PathBuf {
    directories::UserDirs::new()
        .map(|u| u.home_dir().to_path_buf())
        .or_else(|| std::env::current_dir().ok())
        .unwrap_or_else(|| PathBuf::from("."))
}

fn title(p: &Purpose) -> String {
    match p {
        Purpose::OpenFile => crate::t!("picker-title-open-file"),
        Purpose::SaveAnswer(_) => crate::t!("picker-title-save-answer"),
        Purpose::OpenAnswer => crate::t!("picker-title-open-answer"),
        Purpose::ImportArticle => crate::t!("picker-title-import-article"),
        Purpose::SaveLesson(_) => crate::t!("picker-title-save-lesson"),
        Purpose::OpenFolder => crate::t!("picker-title-open-folder"),
        Purpose::SaveGradebook(..) => crate::t!("picker-title-save-gradebook"),
        Purpose::OpenSubmissionsZip => crate::t!("lms-dialog-open-zip"),
        Purpose::OpenRoster => crate::t!("lms-dialog-open-roster"),
        Purpose::OpenCompareKey => crate::t!("workshop-compare-dialog"),
        Purpose::SaveRosterGradebook(_) => crate::t!("lms-dialog-save-gradebook"),
        Purpose::SavePack(_) => crate::t!("picker-title-save-pack"),
        Purpose::Export(..) => crate::t!("picker-title-export"),
        Purpose::SaveProfile(_) => crate::t!("picker-title-save-profile"),
    }
}

/// The picker's salt for [`crate::app::widgets::dialog`].
pub const DIALOG: &str = "picker";

/// Draw the picker as a modal dialog; returns what the user did. The keyboard starts in
/// the folder's list (or in *File name* when saving), stays inside, and comes back to the
/// list after a folder changes; Escape cancels (or, while it asks before replacing a file,
/// keeps the file).
pub fn show(ctx: &egui::Context, p: &Picker, pal: &Palette) -> Vec<PickerCommand> {
    let mut out = Vec::new();
    let shown_key = egui::Id::NULL.with("picker folder shown");
    let shown = ctx.data(|d| d.get_temp::<PathBuf>(shown_key));
    let moved = !p.busy && shown.as_ref() != Some(&p.dir);
    if moved {
        ctx.data_mut(|d| d.insert_temp(shown_key, p.dir.clone()));
    }
    let width = (ctx.content_rect().width() - 80.0).clamp(320.0, 620.0);
    let heading = title(&p.purpose);
    let (_, cancel) = crate::app::widgets::dialog(ctx, DIALOG, &heading, |ui, opened| {
        ui.set_width(width);
        crate::app::widgets::heading(ui, RichText::new(title(&p.purpose)).size(18.0).strong(), 1);
        ui.label(
            RichText::new(crate::t!("picker-explanation"))
                .small()
                .color(pal.weak_text),
        );
        // Before a taken name is saved over: the question, and nothing else to press.
        if let Some(c) = &p.confirm {
            confirm(ui, c, pal, &mut out);
            return;
        }
        ui.horizontal(|ui| {
            if let Some(parent) = p.dir.parent()
                && ui
                    .button(crate::t!("picker-up"))
                    .on_hover_text(crate::t!("picker-up-hover"))
                    .clicked()
            {
                out.push(PickerCommand::Go(parent.to_path_buf()));
            }
            if ui.button(crate::t!("picker-home")).clicked() {
                out.push(PickerCommand::Go(start_dir()));
            }
            // The folder as text: type or paste a folder's or a file's path and press Enter.
            let mut dir = p.path_text.clone();
            let r = ui.add(egui::TextEdit::singleline(&mut dir).desired_width(f32::INFINITY));
            let name = crate::t!("picker-folder-name");
            r.widget_info(|| egui::WidgetInfo::labeled(egui::Role::TextInput, true, &name));
            if r.changed() {
                out.push(PickerCommand::SetPath(dir.clone()));
            }
            if r.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter)) {
                out.push(PickerCommand::Go(PathBuf::from(dir)));
            }
        });
        if let Some(e) = &p.error {
            ui.label(RichText::new(e).color(pal.warning));
        }
        let focus_list = (opened && !saves(&p.purpose)) || (moved && !opened);
        egui::ScrollArea::vertical()
            .id_salt("picker")
            .max_height(300.0)
            .auto_shrink([false, true])
            .show(ui, |ui| entries(ui, p, pal, focus_list, &mut out));
        ui.separator();
        bottom_row(
            ui,
            p,
            opened || (focus_list && p.entries.is_empty()),
            &mut out,
        );
    });
    if cancel {
        out.push(if p.confirm.is_some() {
            PickerCommand::KeepIt
        } else {
            PickerCommand::Cancel
        });
    }
    out
}

/// "Replace NAME?" before a taken name is saved over.
fn confirm(ui: &mut Ui, c: &Confirm, pal: &Palette, out: &mut Vec<PickerCommand>) {
    ui.add_space(8.0);
    ui.label(RichText::new(c.question()).strong().size(18.0));
    ui.label(&c.holds);
    if let Some(dir) = c.path.parent() {
        let text = crate::t!("picker-replace-folder", folder = dir.display().to_string());
        ui.label(RichText::new(text).color(pal.weak_text));
    }
    ui.add_space(8.0);
    ui.horizontal(|ui| {
        let keep = ui.button(crate::t!("picker-keep"));
        if ui
            .button(RichText::new(crate::t!("picker-replace")).strong())
            .clicked()
        {
            out.push(PickerCommand::Replace);
        }
        // The safe answer has the keyboard first.
        if ui.memory(|m| m.focused().is_none()) {
            keep.request_focus();
        }
        if keep.clicked() {
            out.push(PickerCommand::KeepIt);
        }
    });
}

/// *File name* with *Save here* or *Open*, or *Use this folder*, and *Cancel*.
fn bottom_row(ui: &mut Ui, p: &Picker, focus_name: bool, out: &mut Vec<PickerCommand>) {
    ui.horizontal(|ui| {
        if p.purpose != Purpose::OpenFolder {
            ui.label(crate::t!("picker-file-name-label"));
            let mut n = p.name.clone();
            let r = ui.add(egui::TextEdit::singleline(&mut n).desired_width(300.0));
            let name = crate::t!("picker-file-name");
            r.widget_info(|| egui::WidgetInfo::labeled(egui::Role::TextInput, true, &name));
            if focus_name {
                r.request_focus();
            }
            if r.changed() {
                out.push(PickerCommand::SetName(n.clone()));
            }
            let enter = r.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
            let (label, hover) = if saves(&p.purpose) {
                (
                    crate::t!("picker-save-here"),
                    crate::t!("picker-save-here-hover"),
                )
            } else {
                (crate::t!("picker-open"), crate::t!("picker-open-hover"))
            };
            if ui
                .button(RichText::new(label).strong())
                .on_hover_text(hover)
                .clicked()
                || enter
            {
                out.push(if saves(&p.purpose) {
                    PickerCommand::Choose(None)
                } else {
                    PickerCommand::OpenNamed
                });
            }
        } else if ui
            .button(RichText::new(crate::t!("picker-use-folder")).strong())
            .clicked()
        {
            out.push(PickerCommand::Choose(None));
        }
        if ui.button(crate::t!("picker-cancel")).clicked() {
            out.push(PickerCommand::Cancel);
        }
    });
}

/// The folder's entries: a click opens a folder, picks a file, or takes its name to save as.
fn entries(ui: &mut Ui, p: &Picker, pal: &Palette, focus: bool, out: &mut Vec<PickerCommand>) {
    ui.set_min_width(ui.available_width());
    for (i, e) in p.entries.iter().enumerate() {
        let label = if e.dir {
            format!("{}/", e.name)
        } else {
            e.name.clone()
        };
        let r = ui.selectable_label(!e.dir && p.name == e.name, label);
        if focus && i == 0 {
            r.request_focus();
        }
        let path = p.dir.join(&e.name);
        if !e.dir && p.purpose == Purpose::OpenFolder {
            continue;
        }
        if r.double_clicked() && !e.dir {
            out.push(PickerCommand::Choose(Some(path)));
        } else if r.clicked() {
            out.push(if e.dir {
                PickerCommand::Go(path)
            } else if saves(&p.purpose) {
                PickerCommand::SetName(e.name.clone())
            } else {
                PickerCommand::Choose(Some(path))
            });
        }
    }
    if p.entries.is_empty() {
        if p.busy {
            ui.spinner();
        } else {
            ui.label(RichText::new(crate::t!("picker-empty")).color(pal.weak_text));
        }
    }
}
