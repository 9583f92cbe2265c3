//! The window's chrome around every page: the top bar (title, mode menu, theme, text size,
//! help, the page's toolbar), the one message area and the help window.

use crate::app::command::{Command, Zoom};
use crate::app::messages::Message;
use crate::app::settings::Role;
use crate::app::state::{AppState, Page};
use crate::app::theme::Palette;
use crate::app::{authoring, class, help, lesson};
use egui::RichText;

/// The top bar, with the toolbar of the page on screen under it.
pub fn top_bar(ui: &mut egui::Ui, state: &AppState, cmds: &mut Vec<Command>) {
    let sh = &state.shared;
    let lesson = state.lesson();
    egui::Panel::top("title").show(ui, |ui| {
        ui.horizontal(|ui| {
            ui.label(RichText::new("newsmark").strong().size(18.0));
            // What just happened, for a screen reader (a polite live region, not shown).
            live_region(ui, "said", &sh.said.1);
            let title = match (&state.page, lesson) {
                (Page::Authoring(p), _) => Some(crate::t!(
                    "shell-top-workshop-title",
                    title = &p.draft.meta.title
                )),
                (_, Some(s)) => Some(crate::t!(
                    "shell-top-lesson-title",
                    title = &s.lesson.meta.title
                )),
                _ => None,
            };
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                if ui
                    .button(crate::t!("shell-help-button"))
                    .on_hover_text(crate::t!("shell-help-hover"))
                    .clicked()
                {
                    cmds.push(Command::ToggleHelp);
                }
                role_menu(ui, sh.settings.role, cmds);
                language_menu(ui, sh.settings.language(), cmds);
                let dark = sh.settings.dark;
                if ui
                    .button(if dark {
                        crate::t!("shell-theme-light")
                    } else {
                        crate::t!("shell-theme-dark")
                    })
                    .clicked()
                {
                    cmds.push(Command::SetDark(!dark));
                }
                if ui
                    .button(crate::t!("shell-zoom-in"))
                    .on_hover_text(crate::t!("shell-zoom-in-hover"))
                    .clicked()
                {
                    cmds.push(Command::Zoom(Zoom::In));
                }
                if ui
                    .button(crate::t!("shell-zoom-out"))
                    .on_hover_text(crate::t!("shell-zoom-out-hover"))
                    .clicked()
                {
                    cmds.push(Command::Zoom(Zoom::Out));
                }
                if matches!(state.page, Page::Library(_))
                    && ui.button(crate::t!("shell-open-file")).clicked()
                {
                    cmds.push(Command::OpenFileDialog);
                }
                // The title takes the room the buttons leave, cut with "…" when it is longer
                // (the whole title is the window's title and shows on hover).
                if let Some(title) = title {
                    ui.with_layout(egui::Layout::left_to_right(egui::Align::Center), |ui| {
                        ui.add(egui::Label::new(RichText::new(title).size(16.0)).truncate());
                    });
                }
            });
        });
        match &state.page {
            Page::Lesson(s) => {
                ui.add_space(2.0);
                cmds.extend(lesson::view::toolbar(ui, sh, s));
            }
            Page::Authoring(p) => {
                ui.add_space(2.0);
                cmds.extend(authoring::view::toolbar(ui, sh, p));
            }
            Page::Class(p) => {
                ui.add_space(2.0);
                cmds.extend(class::view::toolbar(ui, sh, p));
            }
            Page::Library(_) | Page::Profile(_) | Page::Focus(_) => {}
        }
    });
}

/// The help window (F1).
pub fn help_window(ctx: &egui::Context, pal: &Palette, cmds: &mut Vec<Command>) {
    let height = (ctx.content_rect().height() - 120.0).max(240.0);
    let width = (ctx.content_rect().width() - 80.0).clamp(320.0, 640.0);
    let title = crate::t!("shell-help-heading");
    let (closed, cancel) = crate::app::widgets::dialog(ctx, "help", &title, |ui, opened| {
        ui.set_width(width);
        let close = ui.horizontal(|ui| {
            crate::app::widgets::heading(
                ui,
                RichText::new(crate::t!("shell-help-heading"))
                    .size(20.0)
                    .strong(),
                1,
            );
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                let b = ui
                    .button(crate::t!("shell-help-close"))
                    .on_hover_text(crate::t!("shell-help-close-hover"));
                if opened {
                    b.request_focus();
                }
                b.clicked()
            })
            .inner
        });
        ui.separator();
        crate::app::widgets::scrolled(
            egui::ScrollArea::vertical()
                .id_salt("help scroll")
                .max_height(height)
                .min_scrolled_height(height),
            ui,
            |ui| help::show(ui, pal),
        );
        close.inner
    });
    if closed || cancel {
        cmds.push(Command::ToggleHelp);
    }
}

/// The top bar's language menu: each language named in itself; switches at once and is
/// remembered.
fn language_menu(ui: &mut egui::Ui, current: crate::i18n::Language, cmds: &mut Vec<Command>) {
    let r = egui::ComboBox::from_id_salt("language")
        .selected_text(current.native_name())
        .show_ui(ui, |ui| {
            for l in crate::i18n::Language::OFFERED {
                if ui.selectable_label(current == l, l.native_name()).clicked() {
                    cmds.push(Command::SetLanguage(l));
                }
            }
        });
    let name = format!(
        "{}: {}",
        crate::t!("chrome-language"),
        current.native_name()
    );
    r.response
        .widget_info(|| egui::WidgetInfo::labeled(egui::Role::ComboBox, true, &name));
}

/// The top bar's mode menu: student or teacher copy (remembered).
fn role_menu(ui: &mut egui::Ui, role: Option<Role>, cmds: &mut Vec<Command>) {
    let shown = role.map_or_else(|| crate::t!("shell-mode-none"), Role::title);
    let r = egui::ComboBox::from_id_salt("role")
        .selected_text(shown.as_str())
        .show_ui(ui, |ui| {
            for r in Role::ALL {
                if ui.selectable_label(role == Some(r), r.title()).clicked() {
                    cmds.push(Command::SetRole(r));
                }
            }
        });
    let name = crate::t!("shell-mode-name", mode = shown.as_str());
    r.response
        .widget_info(|| egui::WidgetInfo::labeled(egui::Role::ComboBox, true, &name));
    r.response.on_hover_text(crate::t!("shell-mode-hover"));
}

/// The one message area: the newest message on top, the older ones collapsed under it.
pub fn messages(ui: &mut egui::Ui, all: &[Message], pal: &Palette, cmds: &mut Vec<Command>) {
    // One message with its Dismiss button (named by the message's place, newest first);
    // returns the id of the message's text.
    let line = |ui: &mut egui::Ui, m: &Message, n: usize, cmds: &mut Vec<Command>| -> egui::Id {
        ui.horizontal_wrapped(|ui| {
            let dismiss = ui
                .small_button(crate::t!("shell-message-dismiss"))
                .on_hover_text(crate::t!("shell-message-dismiss-hover"));
            let name = if n == 1 {
                crate::t!("shell-message-dismiss-newest")
            } else {
                crate::t!("shell-message-dismiss-number", number = n)
            };
            dismiss.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &name));
            if dismiss.clicked() {
                cmds.push(Command::Dismiss(m.id));
            }
            let t = RichText::new(&m.text);
            ui.label(if m.error { t.color(pal.warning) } else { t }).id
        })
        .inner
    };
    let Some((newest, older)) = all.split_last() else {
        return;
    };
    // Read out as it comes: errors at once, notices when the reader is free.
    let shown = line(ui, newest, 1, cmds);
    ui.ctx().accesskit_node_builder(shown, |b| {
        b.set_live(if newest.error {
            egui::accesskit::Live::Assertive
        } else {
            egui::accesskit::Live::Polite
        });
    });
    if older.is_empty() {
        return;
    }
    ui.horizontal(|ui| {
        egui::CollapsingHeader::new(crate::t!("shell-messages-earlier", count = older.len()))
            .id_salt("older messages")
            .show(ui, |ui| {
                for (i, m) in older.iter().rev().enumerate() {
                    let _ = line(ui, m, i + 2, cmds);
                }
            });
        if ui
            .small_button(crate::t!("shell-messages-dismiss-all"))
            .clicked()
        {
            cmds.push(Command::DismissAll);
        }
    });
}

/// A node a screen reader reads out whenever its words change (a polite AccessKit live
/// region), drawn as nothing. Its words end with a full stop.
fn live_region(ui: &mut egui::Ui, salt: &str, words: &str) {
    let words = if words.is_empty() {
        String::new()
    } else {
        crate::t!("shell-said", words = words)
    };
    let id = ui.make_persistent_id(("live", salt));
    let rect = egui::Rect::from_min_size(ui.cursor().min, egui::vec2(0.0, 0.0));
    let r = ui.interact(rect, id, egui::Sense::hover());
    r.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Label, true, &words));
    ui.ctx().accesskit_node_builder(id, |b| {
        b.set_live(egui::accesskit::Live::Polite);
    });
}
