//! The library's search and filters: a lesson among hundreds in a few keys. What matches is
//! decided by [`crate::service::filter::LibraryFilter`]; this draws the controls.

use super::LibraryCommand;
use crate::app::command::Command;
use crate::app::shared::Shared;
use crate::service::filter::LibraryFilter;
use egui::Ui;

fn set(cmds: &mut Vec<Command>, f: LibraryFilter) {
    cmds.push(Command::Library(LibraryCommand::Filter(f)));
}

/// The search field and the drop-downs, in one wrapping row.
pub fn search_bar(ui: &mut Ui, sh: &Shared, cmds: &mut Vec<Command>) {
    let f = &sh.library_filter;
    ui.horizontal_wrapped(|ui| {
        let mut text = f.text.clone();
        let name = crate::t!("library-search");
        let r = ui.add(
            egui::TextEdit::singleline(&mut text)
                .hint_text(crate::t!("library-search-hint"))
                .desired_width(220.0),
        );
        r.widget_info(|| egui::WidgetInfo::labeled(egui::Role::SearchInput, true, &name));
        if r.changed() {
            set(cmds, LibraryFilter { text, ..f.clone() });
        }
        level(ui, f, cmds);
        language(ui, sh, f, cmds);
        class(ui, sh, f, cmds);
        let tried = yes_no(
            ui,
            &crate::t!("library-filter-tried"),
            f.tried,
            crate::t!("library-filter-tried-yes"),
            crate::t!("library-filter-tried-no"),
        );
        if let Some(t) = tried {
            set(
                cmds,
                LibraryFilter {
                    tried: t,
                    ..f.clone()
                },
            );
        }
        if sh.teacher() {
            let keyed = yes_no(
                ui,
                &crate::t!("library-filter-key"),
                f.keyed,
                crate::t!("library-filter-key-yes"),
                crate::t!("library-filter-key-no"),
            );
            if let Some(k) = keyed {
                set(
                    cmds,
                    LibraryFilter {
                        keyed: k,
                        ..f.clone()
                    },
                );
            }
        }
        if f.is_active() && ui.button(crate::t!("library-filter-clear")).clicked() {
            set(cmds, LibraryFilter::default());
        }
    });
}

/// One of a list of values, or any: the drop-down's choice when one was made (`Some(None)`
/// for "any").
fn pick<T: Clone + PartialEq>(
    ui: &mut Ui,
    name: &str,
    current: Option<&T>,
    values: &[(T, String)],
) -> Option<Option<T>> {
    let any = crate::t!("library-filter-any");
    let shown = current
        .and_then(|c| values.iter().find(|(v, _)| v == c))
        .map_or(any.clone(), |(_, t)| t.clone());
    ui.label(name);
    let r = egui::ComboBox::from_id_salt(("library filter", name))
        .selected_text(&shown)
        .show_ui(ui, |ui| {
            let mut out = None;
            if ui.selectable_label(current.is_none(), &any).clicked() {
                out = Some(None);
            }
            for (v, t) in values {
                if ui.selectable_label(current == Some(v), t).clicked() {
                    out = Some(Some(v.clone()));
                }
            }
            out
        });
    let spoken = format!("{name} {shown}");
    r.response
        .widget_info(|| egui::WidgetInfo::labeled(egui::Role::ComboBox, true, &spoken));
    r.inner.flatten()
}

fn level(ui: &mut Ui, f: &LibraryFilter, cmds: &mut Vec<Command>) {
    let values: Vec<(u8, String)> = (1..=3u8)
        .map(|l| (l, crate::t!("library-level", level = l)))
        .collect();
    let name = crate::t!("library-filter-level");
    if let Some(level) = pick(ui, &name, f.level.as_ref(), &values) {
        set(cmds, LibraryFilter { level, ..f.clone() });
    }
}

/// The languages the library has, each in its own name.
fn language(ui: &mut Ui, sh: &Shared, f: &LibraryFilter, cmds: &mut Vec<Command>) {
    let mut langs: Vec<String> = sh.catalogue.iter().map(|e| e.language.clone()).collect();
    langs.sort();
    langs.dedup();
    if langs.len() < 2 {
        return;
    }
    let values: Vec<(String, String)> = langs
        .into_iter()
        .map(|l| {
            let name = language_name(&l);
            (l, name)
        })
        .collect();
    let name = crate::t!("library-filter-language");
    if let Some(language) = pick(ui, &name, f.language.as_ref(), &values) {
        set(
            cmds,
            LibraryFilter {
                language,
                ..f.clone()
            },
        );
    }
}

/// The classes of the packs in the library.
fn class(ui: &mut Ui, sh: &Shared, f: &LibraryFilter, cmds: &mut Vec<Command>) {
    let mut classes: Vec<String> = sh
        .catalogue
        .iter()
        .filter_map(|e| e.class.clone())
        .collect();
    classes.sort();
    classes.dedup();
    if classes.is_empty() {
        return;
    }
    let values: Vec<(String, String)> = classes.into_iter().map(|c| (c.clone(), c)).collect();
    let name = crate::t!("library-filter-class");
    if let Some(class) = pick(ui, &name, f.class.as_ref(), &values) {
        set(cmds, LibraryFilter { class, ..f.clone() });
    }
}

/// Yes, no or any.
fn yes_no(
    ui: &mut Ui,
    name: &str,
    value: Option<bool>,
    yes: String,
    no: String,
) -> Option<Option<bool>> {
    pick(ui, name, value.as_ref(), &[(true, yes), (false, no)])
}

/// A language code in its own name where newsmark knows it ("de" → "Deutsch").
fn language_name(code: &str) -> String {
    crate::i18n::Language::from_code(code)
        .filter(|l| *l != crate::i18n::Language::Pseudo)
        .map_or_else(|| code.to_string(), |l| l.native_name().to_string())
}
