//! The desktop application (egui/eframe): the only place egui, eframe and rfd appear.
//! Imports run one way, bottom to top:
//!
//! 1. Below the pages, the vocabulary they share: [`command`] (what can be asked),
//!    [`done`] (what background work brings back), [`failure`] (what went wrong),
//!    [`shared`] (catalogue, progress, messages, jobs, dialogs, on [`settings`] and
//!    [`messages`]), [`jobs`], [`dialogs`], [`picker`], [`load`] (reading what a page
//!    starts from); and the widgets: [`article`], [`editing`] (selection and undo),
//!    [`theme`], [`widgets`], [`words`] (plain words for every figure), [`fonts`], [`help`].
//! 2. The pages, one module each with its state, its `handle`, the finish of its own
//!    results and its view: [`library`], [`lesson`], [`authoring`] (the workshop),
//!    [`class`] (class results), [`profile`], [`focus`] (focus practice). A page imports
//!    no other page.
//! 3. On top: [`state`] (the dispatcher: the page on screen, routing every command and
//!    result to the page that owns it), [`chrome`] (top bar, messages, help window) and
//!    this module's [`NewsmarkApp::frame`].

pub mod article;
pub mod authoring;
pub mod chrome;
pub mod class;
pub mod command;
pub mod dialogs;
pub mod done;
pub mod editing;
pub mod failure;
pub mod focus;
pub mod folders;
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
pub mod words;

use crate::app::article::ArticleView;
use crate::app::authoring::AuthoringCommand;
use crate::app::dialogs::{Dialogs, NoDialogs, RfdDialogs};
use crate::app::editing::EditCommand;
use crate::app::lesson::LessonCommand;
use crate::app::state::{AppState, Command, Page, Settings, Zoom};
use crate::app::theme::palette;
use egui::{Key, KeyboardShortcut, Modifiers};
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;
use std::time::Instant;

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
    /// The theme last given to egui (set again only when it changes).
    dark_set: Option<bool>,
    /// The page instance whose first control got the keyboard.
    focused_page: Option<u64>,
    /// The window's title as last set.
    title: String,
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
            dark_set: None,
            focused_page: None,
            title: String::new(),
        }
    }

    /// Build from eframe's creation context. The settings come from the data folder's
    /// `settings.json`, their one store (eframe keeps only the window's size).
    pub fn from_creation(
        cc: &eframe::CreationContext<'_>,
        file: Option<PathBuf>,
        smoke: bool,
    ) -> NewsmarkApp {
        let settings = Settings::default();
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
        self.prepare(&ctx);
        let mut cmds = self.shortcuts(&ctx);
        ctx.data_mut(|d| d.remove::<egui::Id>(egui::Id::NULL.with(widgets::FIRST_CONTROL)));
        let sh = &self.state.shared;
        let pal = palette(sh.settings.dark);
        chrome::top_bar(ui, &self.state, &mut cmds);
        if !sh.messages.all().is_empty() {
            egui::Panel::bottom("messages").show(ui, |ui| {
                chrome::messages(ui, sh.messages.all(), &pal, &mut cmds);
            });
        }
        self.page_view(ui, &mut cmds);
        self.after_page_change(&ctx);
        // The window's accessible name is its title (screen readers say it on focus), and
        // its language the interface's (only built when assistive technology is connected).
        let title = self.title.clone();
        ctx.accesskit_node_builder(egui::accesskit_root_id(), |n| {
            n.set_label(title);
            n.set_language(crate::i18n::language().code());
        });
        let sh = &self.state.shared;
        if let Some(p) = &sh.picker {
            cmds.extend(picker::show(&ctx, p, &pal).into_iter().map(Command::Picker));
        } else {
            widgets::dialog_closed(&ctx, picker::DIALOG);
        }
        if sh.help_open {
            chrome::help_window(&ctx, &pal, &mut cmds);
        } else {
            widgets::dialog_closed(&ctx, "help");
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

    /// Before drawing: the style once, the zoom and the theme when they change, the waker,
    /// finished background work, and fonts found for the open lesson's script.
    fn prepare(&mut self, ctx: &egui::Context) {
        // The words of this frame (and of the work it starts) in the chosen language.
        crate::i18n::set_language(self.state.shared.settings.language());
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
        let dark = self.state.shared.settings.dark;
        if self.dark_set != Some(dark) {
            ctx.set_visuals(if dark {
                egui::Visuals::dark()
            } else {
                egui::Visuals::light()
            });
            self.dark_set = Some(dark);
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
                let lowest = |family| egui::epaint::text::InsertFontFamily {
                    family,
                    priority: egui::epaint::text::FontPriority::Lowest,
                };
                ctx.add_font(egui::epaint::text::FontInsert::new(
                    &f.name,
                    data,
                    vec![
                        lowest(egui::FontFamily::Proportional),
                        lowest(egui::FontFamily::Monospace),
                    ],
                ));
            }
        }
    }

    /// A page that has just come on screen gets the keyboard on its first control, and the
    /// window its name ("newsmark — Peace talks: territory against security").
    fn after_page_change(&mut self, ctx: &egui::Context) {
        let serial = self.state.shared.page_serial;
        if self.focused_page != Some(serial) {
            let first =
                ctx.data(|d| d.get_temp::<egui::Id>(egui::Id::NULL.with(widgets::FIRST_CONTROL)));
            // The page may lay itself out over a few frames: try again until it has one.
            if let Some(id) = first {
                ctx.memory_mut(|m| m.request_focus(id));
                self.focused_page = Some(serial);
            }
        }
        // The title follows the page and the language (cheap: a few words a frame).
        let title = match &self.state.page {
            Page::Library(_) => crate::t!("shell-window-title-library"),
            Page::Lesson(p) => {
                crate::t!("shell-window-title-lesson", title = &p.lesson.meta.title)
            }
            Page::Authoring(p) => {
                crate::t!("shell-window-title-workshop", title = &p.draft.meta.title)
            }
            Page::Class(p) => crate::t!("shell-window-title-class", title = &p.lesson.meta.title),
            Page::Profile(_) => crate::t!("shell-window-title-profile"),
            Page::Focus(_) => crate::t!("shell-window-title-focus"),
        };
        if self.title != title {
            ctx.send_viewport_cmd(egui::ViewportCommand::Title(title.clone()));
            self.title = title;
        }
    }

    /// The page on screen.
    fn page_view(&mut self, ui: &mut egui::Ui, cmds: &mut Vec<Command>) {
        let sh = &self.state.shared;
        let ctx = ui.ctx().clone();
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
                    crate::app::widgets::scrolled_page("profile", ui, |ui| {
                        cmds.extend(profile::view::show(ui, sh, page))
                    })
                });
            }
            Page::Focus(page) => {
                egui::CentralPanel::default().show(ui, |ui| {
                    crate::app::widgets::scrolled(
                        egui::ScrollArea::vertical().id_salt("focus"),
                        ui,
                        |ui| cmds.extend(focus::view::show(ui, sh, page, &mut self.views.focus)),
                    )
                });
            }
        }
    }
}

impl eframe::App for NewsmarkApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.frame(ui);
    }

    fn save(&mut self, _storage: &mut dyn eframe::Storage) {
        self.state.save_settings();
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
