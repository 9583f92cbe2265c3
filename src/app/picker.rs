//! newsmark's own file picker, used when the system's file dialog cannot be shown (a
//! desktop without a portal service or zenity). A folder listing with a name field for
//! saving; it answers like a dialog would, with the purpose it was opened for.

use crate::app::dialogs::Purpose;
use crate::app::state::{Command, Done};
use crate::app::theme::Palette;
use egui::{RichText, Ui};
use std::path::PathBuf;

/// One entry of the folder shown.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entry {
    /// File or folder name.
    pub name: String,
    /// A folder.
    pub dir: bool,
}

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
}

/// What the user does in the picker.
#[derive(Clone, Debug, PartialEq, Eq)]
#[must_use]
pub enum PickerCommand {
    /// Show another folder.
    Go(PathBuf),
    /// Change the file name to save as.
    SetName(String),
    /// Edit the folder path field.
    SetPath(String),
    /// Choose this file (open) or save under the name in the folder shown.
    Choose(Option<PathBuf>),
    /// Close without choosing.
    Cancel,
}

fn extensions(p: &Purpose) -> &'static [&'static str] {
    match p {
        Purpose::OpenFile => &["md", "markdown", "txt", "json", "newsmark-pack"],
        Purpose::SaveAnswer(_) | Purpose::OpenAnswer => &["json"],
        Purpose::ImportArticle => &["html", "htm", "md", "markdown", "txt"],
        Purpose::SaveLesson(_) => &["md"],
        // Answer files are shown so the teacher sees the right folder; folders are chosen.
        Purpose::OpenFolder => &["json"],
        Purpose::SaveGradebook(..) => &["csv"],
        Purpose::SavePack(_) => &["newsmark-pack"],
        Purpose::Export(..) => &["jsonld", "ann", "json"],
        Purpose::SaveProfile(_) => &["csv"],
    }
}

/// True when the purpose writes a file (a name is typed) rather than picking one.
pub fn saves(p: &Purpose) -> bool {
    matches!(
        p,
        Purpose::SaveAnswer(_)
            | Purpose::SaveLesson(_)
            | Purpose::SaveGradebook(..)
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
        };
        p.go(dir);
        p
    }

    fn go(&mut self, dir: PathBuf) {
        let exts = extensions(&self.purpose);
        match std::fs::read_dir(&dir) {
            Ok(rd) => {
                let mut entries: Vec<Entry> = rd
                    .filter_map(Result::ok)
                    .filter_map(|e| {
                        let name = e.file_name().to_str()?.to_string();
                        let dir = e.path().is_dir();
                        let fits = dir
                            || exts
                                .iter()
                                .any(|x| name.to_ascii_lowercase().ends_with(&format!(".{x}")));
                        (!name.starts_with('.') && fits).then_some(Entry { name, dir })
                    })
                    .collect();
                entries.sort_by(|a, b| {
                    b.dir
                        .cmp(&a.dir)
                        .then(a.name.to_lowercase().cmp(&b.name.to_lowercase()))
                });
                self.entries = entries;
                self.error = None;
                self.path_text = dir.display().to_string();
                self.dir = dir;
            }
            Err(e) => {
                self.error = Some(format!("{} cannot be listed: {e}", dir.display()));
                if self.dir.as_os_str().is_empty() {
                    self.dir = dir;
                }
            }
        }
    }

    /// Carry out a command; returns the command that answers the dialog when the picker is
    /// done (`None` while it stays open).
    pub fn handle(&mut self, cmd: PickerCommand) -> Option<Command> {
        match cmd {
            PickerCommand::Go(d) => {
                self.go(d);
                None
            }
            PickerCommand::SetName(n) => {
                self.name = n;
                None
            }
            PickerCommand::SetPath(t) => {
                self.path_text = t;
                None
            }
            PickerCommand::Cancel => Some(self.answer(Ok(None))),
            PickerCommand::Choose(file) => {
                let path = match file {
                    Some(f) => f,
                    None if self.purpose == Purpose::OpenFolder => self.dir.clone(),
                    None => {
                        let name = self.name.trim();
                        if name.is_empty() || name.contains(['/', '\\']) {
                            self.error = Some("Type a file name (without folders).".into());
                            return None;
                        }
                        self.dir.join(name)
                    }
                };
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

fn title(p: &Purpose) -> &'static str {
    match p {
        Purpose::OpenFile => "Open a lesson, pack or answer",
        Purpose::SaveAnswer(_) => "Hand in: save your answer",
        Purpose::OpenAnswer => "Load an answer",
        Purpose::ImportArticle => "Make a lesson from an article",
        Purpose::SaveLesson(_) => "Save the lesson",
        Purpose::OpenFolder => "Choose the folder of answers",
        Purpose::SaveGradebook(..) => "Save the gradebook",
        Purpose::SavePack(_) => "Save the student pack",
        Purpose::Export(..) => "Export (.jsonld, .ann or .json)",
        Purpose::SaveProfile(_) => "Export your skills profile",
    }
}

/// Draw the picker as a window; returns what the user did.
pub fn show(ctx: &egui::Context, p: &Picker, pal: &Palette) -> Vec<PickerCommand> {
    let mut out = Vec::new();
    egui::Window::new(title(&p.purpose))
        .collapsible(false)
        .default_size([560.0, 460.0])
        .anchor(egui::Align2::CENTER_CENTER, [0.0, 0.0])
        .show(ctx, |ui: &mut Ui| {
            ui.label(
                RichText::new(
                    "newsmark's own file picker (the system's file dialog could not be shown).",
                )
                .small()
                .color(pal.weak_text),
            );
            ui.horizontal(|ui| {
                if let Some(parent) = p.dir.parent()
                    && ui.button("Up").clicked()
                {
                    out.push(PickerCommand::Go(parent.to_path_buf()));
                }
                if ui.button("Home").clicked() {
                    out.push(PickerCommand::Go(start_dir()));
                }
                // The folder as text: type or paste a path and press Enter.
                let mut dir = p.path_text.clone();
                let r = ui.add(egui::TextEdit::singleline(&mut dir).desired_width(f32::INFINITY));
                r.widget_info(|| egui::WidgetInfo::labeled(egui::Role::TextInput, true, "Folder"));
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
            egui::ScrollArea::vertical()
                .id_salt("picker")
                .max_height(300.0)
                .auto_shrink([false, true])
                .show(ui, |ui| {
                    ui.set_min_width(ui.available_width());
                    for e in &p.entries {
                        let label = if e.dir {
                            format!("{}/", e.name)
                        } else {
                            e.name.clone()
                        };
                        let r = ui.selectable_label(!e.dir && p.name == e.name, label);
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
                        ui.label(RichText::new("(no fitting files here)").color(pal.weak_text));
                    }
                });
            ui.separator();
            ui.horizontal(|ui| {
                if saves(&p.purpose) {
                    ui.label("File name:");
                    let mut n = p.name.clone();
                    let r = ui.add(egui::TextEdit::singleline(&mut n).desired_width(300.0));
                    r.widget_info(|| {
                        egui::WidgetInfo::labeled(egui::Role::TextInput, true, "File name")
                    });
                    if r.changed() {
                        out.push(PickerCommand::SetName(n));
                    }
                    if ui.button(RichText::new("Save here").strong()).clicked() {
                        out.push(PickerCommand::Choose(None));
                    }
                } else if p.purpose == Purpose::OpenFolder
                    && ui
                        .button(RichText::new("Use this folder").strong())
                        .clicked()
                {
                    out.push(PickerCommand::Choose(None));
                }
                if ui.button("Cancel").clicked() {
                    out.push(PickerCommand::Cancel);
                }
            });
        });
    out
}
