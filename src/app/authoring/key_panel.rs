//! The key editor's side panel: the selected item (label, rationale, optional), the key
//! checker's findings and the suggestion assistant.

use super::{AuthoringCommand as A, AuthoringPage};
use crate::app::command::Command;
use crate::app::editing::EditCommand;
use crate::app::shared::Shared;
use crate::app::theme::palette;
use crate::app::widgets::{badge, label_choice, short};
use crate::model::Label;
use egui::{RichText, Ui};

fn cmd(c: A) -> Command {
    Command::Authoring(c)
}

pub(super) fn side(ui: &mut Ui, sh: &Shared, p: &AuthoringPage, out: &mut Vec<Command>) {
    let pal = palette(sh.settings.dark);
    let mut preview = p.student_preview;
    if ui
        .checkbox(&mut preview, crate::t!("workshop-preview-student"))
        .on_hover_text(crate::t!("workshop-preview-student-hover"))
        .changed()
    {
        out.push(cmd(A::PreviewAsStudent(preview)));
    }
    if p.student_preview {
        return;
    }
    super::compare::panel(ui, &pal, p, out);
    let counts = Label::ALL.map(|l| p.editor.spans().filter(|k| k.label == l).count());
    ui.horizontal_wrapped(|ui| {
        ui.label(RichText::new(crate::t!("workshop-key-items")).strong());
        for l in Label::ALL {
            badge(ui, &pal, l);
            let count = counts[l.index()];
            ui.label(crate::t!(
                "workshop-key-item-count",
                count = count,
                label = short(l)
            ));
        }
    });
    ui.label(
        RichText::new(crate::t!("workshop-add-item-help"))
            .small()
            .color(pal.weak_text),
    );
    ui.horizontal_wrapped(|ui| {
        let can = p.editor.selection.is_some() || p.editor.selected.is_some();
        for l in Label::ALL {
            let digit = l.digit().to_string();
            let text = crate::t!("workshop-label-button", digit = digit, label = short(l));
            if ui
                .add_enabled(
                    can,
                    egui::Button::new(RichText::new(text).color(pal.label_ink(l))),
                )
                .clicked()
            {
                out.push(cmd(A::Edit(EditCommand::Label(l))));
            }
        }
        let (u, r) = p.editor.can_undo();
        if ui
            .add_enabled(u, egui::Button::new(crate::t!("workshop-undo-button")))
            .clicked()
        {
            out.push(cmd(A::Edit(EditCommand::Undo)));
        }
        if ui
            .add_enabled(r, egui::Button::new(crate::t!("workshop-redo-button")))
            .clicked()
        {
            out.push(cmd(A::Edit(EditCommand::Redo)));
        }
    });
    ui.separator();
    if let Some((id, k)) = p.editor.selected_span() {
        egui::Frame::group(ui.style()).show(ui, |ui| {
            ui.label(RichText::new(crate::t!("workshop-selected-item")).strong());
            let quote = k.quote.as_deref().unwrap_or("");
            ui.label(RichText::new(crate::t!("workshop-quote", quote = quote)).italics());
            if let Some(l) = label_choice(ui, &pal, k.label) {
                out.push(cmd(A::Edit(EditCommand::Relabel(id, l))));
            }
            let mut why = k.rationale.clone().unwrap_or_default();
            let r = ui.add(
                egui::TextEdit::multiline(&mut why)
                    .id(ui.make_persistent_id(("rationale", id)))
                    .desired_rows(3)
                    .desired_width(f32::INFINITY)
                    .hint_text(crate::t!("workshop-rationale-hint")),
            );
            let name = crate::t!("workshop-rationale-name");
            r.widget_info(|| {
                egui::WidgetInfo::labeled(egui::Role::MultilineTextInput, true, &name)
            });
            if r.changed() {
                out.push(cmd(A::SetRationale(id, why)));
            }
            let mut opt = k.optional;
            if ui
                .checkbox(&mut opt, crate::t!("workshop-optional-check"))
                .changed()
            {
                out.push(cmd(A::SetOptional(id, opt)));
            }
            if ui
                .button(crate::t!("workshop-delete-item-button"))
                .clicked()
            {
                out.push(cmd(A::Edit(EditCommand::Delete(id))));
            }
        });
        ui.separator();
    }
    super::view::orphans(ui, sh, p, out);
    checker(ui, sh, p, out);
    ui.separator();
    assistant(ui, sh, p, out);
    ui.separator();
    all_items(ui, &pal, p, out);
}

/// Every item of the key, each selectable; a missing rationale is flagged.
fn all_items(
    ui: &mut Ui,
    pal: &crate::app::theme::Palette,
    p: &AuthoringPage,
    out: &mut Vec<Command>,
) {
    ui.label(RichText::new(crate::t!("workshop-all-items")).strong());
    for (id, k) in p.editor.items() {
        ui.horizontal(|ui| {
            badge(ui, pal, k.label);
            let q = k.quote.as_deref().unwrap_or("");
            let q: String = if q.chars().count() > 44 {
                q.chars().take(41).chain("…".chars()).collect()
            } else {
                q.to_string()
            };
            if ui
                .selectable_label(p.editor.selected == Some(*id), q)
                .clicked()
            {
                out.push(cmd(A::Edit(EditCommand::Select(Some(*id)))));
            }
            if k.rationale.is_none() {
                ui.label(
                    RichText::new(crate::t!("workshop-no-rationale"))
                        .small()
                        .color(pal.warning),
                );
            }
        });
    }
}

fn checker(ui: &mut Ui, sh: &Shared, p: &AuthoringPage, out: &mut Vec<Command>) {
    let pal = palette(sh.settings.dark);
    ui.horizontal(|ui| {
        ui.label(RichText::new(crate::t!("workshop-checker-heading")).strong());
        if ui
            .button(crate::t!("workshop-check-button"))
            .on_hover_text(crate::t!("workshop-check-hover"))
            .clicked()
        {
            out.push(cmd(A::Check));
        }
    });
    match &p.problems {
        None => {
            ui.label(
                RichText::new(crate::t!("workshop-not-checked"))
                    .small()
                    .color(pal.weak_text),
            );
        }
        Some(ps) if ps.is_empty() => {
            ui.label(RichText::new(crate::t!("workshop-no-problems")).color(pal.status[0]));
        }
        Some(ps) => {
            for pr in ps {
                let t = RichText::new(&pr.message).small();
                let t = if pr.error { t.color(pal.warning) } else { t };
                match pr.item {
                    Some(id) => {
                        if ui
                            .link(t)
                            .on_hover_text(crate::t!("workshop-select-item-hover"))
                            .clicked()
                        {
                            out.push(cmd(A::SelectItem(id)));
                        }
                    }
                    None => {
                        ui.label(t);
                    }
                }
            }
        }
    }
}

fn assistant(ui: &mut Ui, sh: &Shared, p: &AuthoringPage, out: &mut Vec<Command>) {
    let pal = palette(sh.settings.dark);
    ui.horizontal(|ui| {
        ui.label(RichText::new(crate::t!("workshop-suggestions-heading")).strong());
        if ui
            .button(if p.suggested {
                crate::t!("workshop-suggest-again-button")
            } else {
                crate::t!("workshop-suggest-button")
            })
            .on_hover_text(crate::t!("workshop-suggest-hover"))
            .clicked()
        {
            out.push(cmd(A::Suggest));
        }
    });
    if !p.suggested {
        return;
    }
    if p.suggestions.is_empty() {
        ui.label(
            RichText::new(crate::t!("workshop-no-suggestions"))
                .small()
                .color(pal.weak_text),
        );
        return;
    }
    ui.label(
        RichText::new(crate::t!("workshop-suggestions-keys"))
            .small()
            .color(pal.weak_text),
    );
    let mut rules: Vec<&str> = p.suggestions.iter().map(|s| s.rule.as_str()).collect();
    rules.sort_unstable();
    rules.dedup();
    for r in rules {
        let n = p.suggestions.iter().filter(|s| s.rule == r).count();
        ui.horizontal_wrapped(|ui| {
            ui.label(RichText::new(crate::t!("workshop-rule-count", rule = r, count = n)).small());
            // Named with their rule for a screen reader: the buttons look alike on every row.
            let accept = ui.small_button(crate::t!("workshop-accept-all-button"));
            named(
                &accept,
                crate::t!("workshop-accept-all-name", rule = r, count = n),
            );
            if accept.clicked() {
                out.push(cmd(A::AcceptRule(r.to_string())));
            }
            let reject = ui.small_button(crate::t!("workshop-reject-all-button"));
            named(
                &reject,
                crate::t!("workshop-reject-all-name", rule = r, count = n),
            );
            if reject.clicked() {
                out.push(cmd(A::RejectRule(r.to_string())));
            }
        });
    }
    for (i, s) in p.suggestions.iter().enumerate() {
        let current = p.current == Some(i);
        egui::Frame::group(ui.style()).show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.horizontal_wrapped(|ui| {
                badge(ui, &pal, s.label);
                let q = RichText::new(crate::t!("workshop-quote", quote = &s.quote)).italics();
                let name = crate::t!(
                    "workshop-suggestion-name",
                    label = s.label.title(),
                    quote = &s.quote,
                    rule = &s.rule
                );
                let shown = ui.selectable_label(current, q);
                shown.widget_info(|| {
                    egui::WidgetInfo::selected(egui::Role::Button, true, current, &name)
                });
                if shown.clicked() {
                    out.push(cmd(A::Edit(EditCommand::Caret {
                        to: s.start,
                        extend: false,
                    })));
                }
                ui.label(RichText::new(&s.rule).small().color(pal.weak_text));
            });
            if current {
                ui.label(RichText::new(&s.rationale).small());
            }
            ui.horizontal(|ui| {
                let quote = crate::t!("workshop-quote", quote = &s.quote);
                let accept = ui.small_button(crate::t!("workshop-accept-button"));
                named(
                    &accept,
                    crate::t!("workshop-accept-name", quote = quote.as_str()),
                );
                if accept.clicked() {
                    out.push(cmd(A::Accept(i)));
                }
                let reject = ui.small_button(crate::t!("workshop-reject-button"));
                named(
                    &reject,
                    crate::t!("workshop-reject-name", quote = quote.as_str()),
                );
                if reject.clicked() {
                    out.push(cmd(A::Reject(i)));
                }
            });
        });
    }
}

/// Give a button the name a screen reader says, when its visible text alone is ambiguous.
fn named(button: &egui::Response, name: String) {
    button.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &name));
}
