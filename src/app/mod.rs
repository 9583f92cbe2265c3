//! The desktop application (egui/eframe): the only place egui, eframe and rfd appear.
//!
//! - [`state`]: the current page and what pages share; commands; the only place state
//!   changes;
//! - [`library`], [`lesson`], [`authoring`]: one module per page, each with its state,
//!   commands and view;
//! - [`editing`]: selecting text and editing spans with undo, for every page that edits;
//! - [`article`]: the article widget shared by every page;
//! - [`jobs`], [`dialogs`]: background work and file dialogs;
//! - [`theme`]: every colour; [`widgets`]: badges and label buttons; [`help`]: the Help
//!   window.

pub mod article;
pub mod authoring;
pub mod class;
pub mod command;
pub mod dialogs;
pub mod done;
pub mod editing;
pub mod focus;
pub mod fonts;
pub mod help;
pub mod jobs;
pub mod lesson;
pub mod library;
pub mod load;
pub mod messages;
pub mod picker;
pub mod profile;
pub mod settings;
pub mod shared;
pub mod state;
pub mod theme;
pub mod widgets;

use crate::app::article::ArticleView;
use crate::app::authoring::AuthoringCommand;
use crate::app::dialogs::{Dialogs, NoDialogs, RfdDialogs};
use crate::app::editing::EditCommand;
use crate::app::lesson::LessonCommand;
use crate::app::state::{AppState, Command, Page, Settings, Zoom};
use crate::app::theme::palette;
use egui::{Key, KeyboardShortcut, Modifiers, RichText};
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;
use std::time::Instant;

const SETTINGS_KEY: &str = "newsmark.settings";

/// The user's data folder (progress, autosave, own lessons).
pub fn data_dir() -> Option<PathBuf> {
    directories::ProjectDirs::from("org", "newsmark", "newsmark")
        .map(|d| d.data_dir().to_path_buf())
}

/// What the views keep between frames that is not application state: widget caches.
#[derive(Default)]
pub struct Views {
    /// The lesson page's article.
    pub article: ArticleView,
    /// The workshop's article widgets.
    pub authoring: authoring::view::AuthoringViews,
    /// The class page's article widgets.
    pub class: class::view::ClassViews,
    /// Focus practice's paragraph.
    pub focus: ArticleView,
}

/// The eframe application.
pub struct NewsmarkApp {
    /// All state.
    pub state: AppState,
    /// View-side caches.
    pub views: Views,
    /// Close after this many frames (smoke test).
    exit_after: Option<u32>,
    frames: u32,
    waker_set: bool,
    fonts_added: std::collections::BTreeSet<String>,
}

/// Wraps an editing command for the page that edits.
type EditTo = fn(EditCommand) -> Command;

fn edit(e: EditCommand) -> Command {
    Command::Lesson(LessonCommand::Edit(e))
}

impl NewsmarkApp {
    /// Build the app.
    pub fn new(state: AppState) -> NewsmarkApp {
        NewsmarkApp {
            state,
            views: Views::default(),
            exit_after: None,
            frames: 0,
            waker_set: false,
            fonts_added: std::collections::BTreeSet::new(),
        }
    }

    /// Build from eframe's creation context, restoring settings.
    pub fn from_creation(
        cc: &eframe::CreationContext<'_>,
        file: Option<PathBuf>,
        smoke: bool,
    ) -> NewsmarkApp {
        let settings: Settings = cc
            .storage
            .and_then(|s| eframe::get_value(s, SETTINGS_KEY))
            .unwrap_or_default();
        let dialogs: Arc<dyn Dialogs> = if smoke {
            Arc::new(NoDialogs)
        } else {
            Arc::new(RfdDialogs)
        };
        let dir = if smoke { None } else { data_dir() };
        let mut app = NewsmarkApp::new(AppState::new(settings, dir, dialogs));
        // The waker is in place before the window's first frame; jobs started while the
        // state was built read it when they finish.
        let ctx = cc.egui_ctx.clone();
        app.state.set_waker(Arc::new(move || ctx.request_repaint()));
        app.waker_set = true;
        if let Some(f) = file {
            app.state.handle(Command::OpenPath(f));
        }
        if smoke {
            app.exit_after = Some(5);
        }
        app
    }

    fn shortcuts(&self, ctx: &egui::Context) -> Vec<Command> {
        let mut cmds = Vec::new();
        // Where editing keys go: the lesson page or the workshop's key editor.
        let (edit_to, article): (Option<EditTo>, Option<egui::Id>) = match &self.state.page {
            Page::Lesson(_) => (Some(edit), self.views.article.id),
            Page::Authoring(p) if p.tab == authoring::Tab::Key => (
                Some(|e| Command::Authoring(AuthoringCommand::Edit(e))),
                self.views.authoring.key.id,
            ),
            Page::Focus(_) => (
                Some(|e| Command::Focus(crate::app::focus::FocusCommand::Edit(e))),
                self.views.focus.id,
            ),
            Page::Library(_) | Page::Authoring(_) | Page::Class(_) | Page::Profile(_) => {
                (None, None)
            }
        };
        let suggestion = self
            .state
            .authoring()
            .filter(|p| p.tab == authoring::Tab::Key)
            .and_then(|p| p.current);
        let focused = ctx.memory(|m| m.focused());
        let in_article = focused.is_some() && focused == article;
        // Single-key shortcuts apply unless a text field (not the article) has focus.
        let typing = focused.is_some() && !in_article;
        ctx.input_mut(|i| {
            let redo = KeyboardShortcut::new(Modifiers::COMMAND | Modifiers::SHIFT, Key::Z);
            let undo = KeyboardShortcut::new(Modifiers::COMMAND, Key::Z);
            if !typing && let Some(to) = edit_to {
                if i.consume_shortcut(&redo)
                    || i.consume_shortcut(&KeyboardShortcut::new(Modifiers::COMMAND, Key::Y))
                {
                    cmds.push(to(EditCommand::Redo));
                }
                if i.consume_shortcut(&undo) {
                    cmds.push(to(EditCommand::Undo));
                }
            }
            if i.consume_shortcut(&KeyboardShortcut::new(Modifiers::COMMAND, Key::Plus))
                || i.consume_shortcut(&KeyboardShortcut::new(Modifiers::COMMAND, Key::Equals))
            {
                cmds.push(Command::Zoom(Zoom::In));
            }
            if i.consume_shortcut(&KeyboardShortcut::new(Modifiers::COMMAND, Key::Minus)) {
                cmds.push(Command::Zoom(Zoom::Out));
            }
            if i.consume_shortcut(&KeyboardShortcut::new(Modifiers::COMMAND, Key::Num0)) {
                cmds.push(Command::Zoom(Zoom::Reset));
            }
            if typing {
                return;
            }
            if i.consume_key(Modifiers::NONE, Key::F1) {
                cmds.push(Command::ToggleHelp);
            }
            // The assistant's list: Enter accepts, Backspace rejects, arrows move, unless
            // the article has the keyboard.
            if let Some(c) = suggestion
                && !in_article
            {
                let a = |x| Command::Authoring(x);
                if i.consume_key(Modifiers::NONE, Key::Enter) {
                    cmds.push(a(AuthoringCommand::Accept(c)));
                }
                if i.consume_key(Modifiers::NONE, Key::Backspace) {
                    cmds.push(a(AuthoringCommand::Reject(c)));
                }
                if i.consume_key(Modifiers::NONE, Key::ArrowDown) {
                    cmds.push(a(AuthoringCommand::NextSuggestion(true)));
                }
                if i.consume_key(Modifiers::NONE, Key::ArrowUp) {
                    cmds.push(a(AuthoringCommand::NextSuggestion(false)));
                }
            }
            let Some(to) = edit_to else { return };
            for (k, l) in [
                (Key::Num1, crate::model::Label::Attribution),
                (Key::Num2, crate::model::Label::Opinion),
                (Key::Num3, crate::model::Label::Unsupported),
            ] {
                if i.consume_key(Modifiers::NONE, k) {
                    cmds.push(to(EditCommand::Label(l)));
                }
            }
            if i.consume_key(Modifiers::NONE, Key::Delete)
                || i.consume_key(Modifiers::NONE, Key::Backspace)
            {
                cmds.push(to(EditCommand::DeleteAtCaret));
            }
        });
        cmds
    }

    /// One frame of UI (also used by tests through egui_kittest).
    pub fn frame(&mut self, ui: &mut egui::Ui) {
        let ctx = ui.ctx().clone();
        if self.frames == 0 {
            // No text below 12 px at the default size: egui's small style is 9 px.
            ctx.all_styles_mut(|s| {
                s.text_styles
                    .insert(egui::TextStyle::Small, egui::FontId::proportional(12.0));
            });
            // The zoom is newsmark's own setting (A+ / A-, remembered), not egui's.
            ctx.options_mut(|o| o.zoom_with_keyboard = false);
        }
        // The text size scales the whole interface: panels, dialogs, badges and article.
        let zoom = self.state.shared.settings.zoom;
        if (ctx.zoom_factor() - zoom).abs() > 1e-3 {
            ctx.set_zoom_factor(zoom);
        }
        if !self.waker_set {
            let c = ctx.clone();
            self.state.set_waker(Arc::new(move || c.request_repaint()));
            self.waker_set = true;
        }
        self.state.poll();
        // Fallback fonts found for the open lesson's script, added once each.
        for f in std::mem::take(&mut self.state.shared.fonts_to_add) {
            if self.fonts_added.insert(f.name.clone()) {
                let data = egui::FontData::from_blob(f.data, f.index);
                ctx.add_font(egui::epaint::text::FontInsert::new(
                    &f.name,
                    data,
                    vec![
                        egui::epaint::text::InsertFontFamily {
                            family: egui::FontFamily::Proportional,
                            priority: egui::epaint::text::FontPriority::Lowest,
                        },
                        egui::epaint::text::InsertFontFamily {
                            family: egui::FontFamily::Monospace,
                            priority: egui::epaint::text::FontPriority::Lowest,
                        },
                    ],
                ));
            }
        }
        let sh = &self.state.shared;
        let pal = palette(sh.settings.dark);
        ctx.set_visuals(if pal.dark {
            egui::Visuals::dark()
        } else {
            egui::Visuals::light()
        });
        let mut cmds = self.shortcuts(&ctx);
        let sh = &self.state.shared;
        let lesson = self.state.lesson();

        egui::Panel::top("title").show(ui, |ui| {
            ui.horizontal(|ui| {
                ui.label(RichText::new("newsmark").strong().size(18.0));
                if let Some(s) = lesson {
                    ui.label(RichText::new(format!("— {}", s.lesson.meta.title)).size(16.0));
                }
                if let Page::Authoring(p) = &self.state.page {
                    ui.label(
                        RichText::new(format!("— workshop: {}", p.draft.meta.title)).size(16.0),
                    );
                }
                ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                    if ui
                        .button("Help")
                        .on_hover_text("The three labels and how scoring works (F1)")
                        .clicked()
                    {
                        cmds.push(Command::ToggleHelp);
                    }
                    role_menu(ui, sh.settings.role, &mut cmds);
                    let dark = sh.settings.dark;
                    if ui
                        .button(if dark { "Light theme" } else { "Dark theme" })
                        .clicked()
                    {
                        cmds.push(Command::SetDark(!dark));
                    }
                    if ui
                        .button("A+")
                        .on_hover_text("Larger text everywhere (Ctrl +; Ctrl 0 for the usual size)")
                        .clicked()
                    {
                        cmds.push(Command::Zoom(Zoom::In));
                    }
                    if ui
                        .button("A-")
                        .on_hover_text(
                            "Smaller text everywhere (Ctrl -; Ctrl 0 for the usual size)",
                        )
                        .clicked()
                    {
                        cmds.push(Command::Zoom(Zoom::Out));
                    }
                    if matches!(self.state.page, Page::Library(_))
                        && ui.button("Open file…").clicked()
                    {
                        cmds.push(Command::OpenFileDialog);
                    }
                });
            });
            if let Some(s) = lesson {
                ui.add_space(2.0);
                cmds.extend(lesson::view::toolbar(ui, sh, s));
            }
            if let Page::Authoring(p) = &self.state.page {
                ui.add_space(2.0);
                cmds.extend(authoring::view::toolbar(ui, sh, p));
            }
            if let Page::Class(p) = &self.state.page {
                ui.add_space(2.0);
                cmds.extend(class::view::toolbar(ui, sh, p));
            }
        });

        if !sh.messages.all().is_empty() {
            egui::Panel::bottom("messages").show(ui, |ui| {
                messages(ui, sh.messages.all(), &pal, &mut cmds);
            });
        }

        match &self.state.page {
            Page::Library(page) => {
                egui::CentralPanel::default()
                    .show(ui, |ui| cmds.extend(library::view::show(ui, sh, page)));
            }
            Page::Lesson(page) => {
                cmds.extend(lesson::view::page(ui, sh, page, &mut self.views.article));
                cmds.extend(lesson::view::hand_in(&ctx, sh, page));
            }
            Page::Authoring(page) => {
                cmds.extend(authoring::view::page(
                    ui,
                    sh,
                    page,
                    &mut self.views.authoring,
                ));
            }
            Page::Class(page) => {
                cmds.extend(class::view::page(ui, sh, page, &mut self.views.class));
            }
            Page::Profile(page) => {
                // Taller than a small laptop's window: it scrolls.
                egui::CentralPanel::default().show(ui, |ui| {
                    egui::ScrollArea::vertical()
                        .id_salt("profile")
                        .auto_shrink(false)
                        .show(ui, |ui| cmds.extend(profile::view::show(ui, sh, page)))
                });
            }
            Page::Focus(page) => {
                egui::CentralPanel::default().show(ui, |ui| {
                    egui::ScrollArea::vertical()
                        .id_salt("focus")
                        .show(ui, |ui| {
                            cmds.extend(focus::view::show(ui, sh, page, &mut self.views.focus))
                        })
                });
            }
        }
        if let Some(p) = &sh.picker {
            cmds.extend(picker::show(&ctx, p, &pal).into_iter().map(Command::Picker));
        }

        if sh.help_open {
            let mut open = true;
            egui::Window::new("Help: the three labels and the score")
                .open(&mut open)
                .default_size([560.0, 560.0])
                .show(&ctx, |ui| {
                    help::show(ui, &pal);
                });
            if !open {
                cmds.push(Command::ToggleHelp);
            }
        }

        for c in cmds {
            self.state.handle(c);
        }
        if let Some(wait) = self.state.tick(Instant::now()) {
            ctx.request_repaint_after(wait);
        }
        self.frames += 1;
        if self.exit_after.is_some_and(|n| self.frames >= n) {
            ctx.send_viewport_cmd(egui::ViewportCommand::Close);
        }
        if self.exit_after.is_some() {
            ctx.request_repaint();
        }
    }
}

impl eframe::App for NewsmarkApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.frame(ui);
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        eframe::set_value(storage, SETTINGS_KEY, &self.state.shared.settings);
        self.state.autosave_now();
    }

    fn on_exit(&mut self, _gl: Option<&eframe::glow::Context>) {
        self.state.autosave_now();
    }
}

/// Open the window. `smoke` renders a few frames and exits (CI).
pub fn run(file: Option<PathBuf>, smoke: bool) -> ExitCode {
    let mut viewport = egui::ViewportBuilder::default()
        .with_title("newsmark")
        .with_inner_size([1200.0, 800.0])
        .with_min_inner_size([640.0, 420.0])
        .with_app_id("newsmark");
    if let Ok(icon) = eframe::icon_data::from_png_bytes(include_bytes!("../../assets/icon.png")) {
        viewport = viewport.with_icon(icon);
    }
    let options = eframe::NativeOptions {
        viewport,
        persist_window: !smoke,
        ..Default::default()
    };
    let result = eframe::run_native(
        "newsmark",
        options,
        Box::new(move |cc| Ok(Box::new(NewsmarkApp::from_creation(cc, file, smoke)))),
    );
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("newsmark: the window could not be opened: {e}");
            ExitCode::from(crate::cli::BAD_INPUT)
        }
    }
}

/// The top bar's mode menu: student or teacher copy (remembered).
fn role_menu(ui: &mut egui::Ui, role: Option<state::Role>, cmds: &mut Vec<Command>) {
    use state::Role;
    let shown = role.map_or("Choose a mode", Role::title);
    let r = egui::ComboBox::from_id_salt("role")
        .selected_text(shown)
        .show_ui(ui, |ui| {
            for r in Role::ALL {
                if ui.selectable_label(role == Some(r), r.title()).clicked() {
                    cmds.push(Command::SetRole(r));
                }
            }
        });
    r.response.widget_info(|| {
        egui::WidgetInfo::labeled(egui::Role::ComboBox, true, format!("Mode: {shown}"))
    });
    r.response.on_hover_text(
        "Student mode hides the instructor tools (new lessons, answer keys, packs, class results); shared computer mode also keeps no student's name, work or scores for the next; teacher mode shows every tool",
    );
}

/// The one message area: the newest message on top, the older ones collapsed under it.
fn messages(
    ui: &mut egui::Ui,
    all: &[state::Message],
    pal: &theme::Palette,
    cmds: &mut Vec<Command>,
) {
    let line = |ui: &mut egui::Ui, m: &state::Message, cmds: &mut Vec<Command>| {
        ui.horizontal_wrapped(|ui| {
            if ui
                .small_button("Dismiss")
                .on_hover_text("Dismiss this message")
                .clicked()
            {
                cmds.push(Command::Dismiss(m.id));
            }
            let t = RichText::new(&m.text);
            ui.label(if m.error { t.color(pal.warning) } else { t });
        });
    };
    let Some((newest, older)) = all.split_last() else {
        return;
    };
    line(ui, newest, cmds);
    if older.is_empty() {
        return;
    }
    ui.horizontal(|ui| {
        egui::CollapsingHeader::new(if older.len() == 1 {
            "1 earlier message".to_string()
        } else {
            format!("{} earlier messages", older.len())
        })
        .id_salt("older messages")
        .show(ui, |ui| {
            for m in older.iter().rev() {
                line(ui, m, cmds);
            }
        });
        if ui.small_button("Dismiss all").clicked() {
            cmds.push(Command::DismissAll);
        }
    });
}
