//! Drawing focus practice.

use super::{FocusCommand as F, FocusPage};
use crate::app::article::{ArticleInput, ArticleView, MarksBuilder};
use crate::app::command::Command;
use crate::app::editing::EditCommand;
use crate::app::shared::Shared;
use crate::app::theme::{Palette, palette};
use crate::app::widgets::{badge, short};
use crate::model::Score;
use crate::model::focus::{Exercise, position};
use crate::model::profile::label_words;
use crate::model::scoring::{ItemStatus, SpanStatus};
use egui::{RichText, Ui};

fn cmd(c: F) -> Command {
    Command::Focus(c)
}

/// The label button as the lesson toolbar draws it ("1  Attribution": the same accessible
/// name), and Delete for the selected highlight.
fn tools(ui: &mut Ui, sh: &Shared, p: &FocusPage, out: &mut Vec<Command>) {
    let pal = palette(sh.settings.dark);
    let editing = p.checked.is_none();
    let l = p.label;
    ui.horizontal_wrapped(|ui| {
        let can_label = editing && (p.editor.selection.is_some() || p.editor.selected.is_some());
        let key = l.digit().to_string();
        let text = RichText::new(crate::t!(
            "focus-label-button",
            key = &key,
            label = short(l)
        ))
        .strong()
        .color(if can_label {
            pal.label_ink(l)
        } else {
            pal.weak_text
        });
        let b = ui
            .add_enabled(can_label, egui::Button::new(text))
            .on_hover_text(crate::t!(
                "focus-label-hover",
                label = l.title(),
                key = &key
            ));
        if b.clicked() {
            out.push(cmd(F::Edit(EditCommand::Label(l))));
        }
        let selected = p.editor.selected.filter(|_| editing);
        if ui
            .add_enabled(
                selected.is_some(),
                egui::Button::new(crate::t!("focus-delete")),
            )
            .on_hover_text(crate::t!("focus-delete-hover"))
            .clicked()
            && let Some(id) = selected
        {
            out.push(cmd(F::Edit(EditCommand::Delete(id))));
        }
    });
}

/// The tally in words: "found 3 of 5 items · 1 highlight the key does not have".
fn tally_words(t: &super::Tally) -> String {
    crate::t!(
        "focus-tally",
        found = t.found,
        items = t.items,
        extra = t.extra
    )
}

/// The end of a session: the tally and what next.
fn summary(ui: &mut Ui, sh: &Shared, p: &FocusPage, out: &mut Vec<Command>) {
    let pal = palette(sh.settings.dark);
    ui.add_space(8.0);
    ui.label(
        RichText::new(crate::t!("focus-session-done", count = p.tally.paragraphs))
            .size(19.0)
            .strong(),
    );
    ui.label(RichText::new(capitalised(&tally_words(&p.tally))).color(pal.weak_text));
    ui.add_space(8.0);
    ui.horizontal(|ui| {
        if ui
            .button(RichText::new(crate::t!("focus-again")).strong())
            .on_hover_text(crate::t!("focus-again-hover", label = p.label.title()))
            .clicked()
        {
            out.push(Command::StartFocus(p.label));
        }
        if ui.button(crate::t!("focus-profile")).clicked() {
            out.push(Command::ShowProfile);
        }
    });
}

fn capitalised(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map(|f| f.to_uppercase().chain(c).collect())
        .unwrap_or_default()
}

/// The page.
pub fn show(ui: &mut Ui, sh: &Shared, p: &FocusPage, view: &mut ArticleView) -> Vec<Command> {
    let pal = palette(sh.settings.dark);
    let mut out = Vec::new();
    heading(ui, &pal, p, &mut out);
    if p.finished {
        summary(ui, sh, p, &mut out);
        return out;
    }
    instructions(ui, &pal, p);
    tools(ui, sh, p, &mut out);
    ui.separator();
    article(ui, sh, p, view, &mut out);
    ui.separator();
    match (&p.checked, p.exercise()) {
        (None, _) => {
            if ui
                .button(RichText::new(crate::t!("focus-check")).strong())
                .clicked()
            {
                out.push(cmd(F::Check));
            }
        }
        (Some(s), Some(ex)) => feedback(ui, &pal, p, s, ex, &mut out),
        (Some(_), None) => {}
    }
    out
}

/// Back to the library, the label practised and how far the session is.
fn heading(ui: &mut Ui, pal: &Palette, p: &FocusPage, out: &mut Vec<Command>) {
    ui.horizontal_wrapped(|ui| {
        let back = ui.button(crate::t!("focus-back"));
        if back.clicked() {
            out.push(Command::ShowLibrary);
        }
        ui.heading(crate::t!("focus-heading", label = p.label.title()));
        if !p.finished {
            let at = position(p.index, p.exercises.len());
            let tally = tally_words(&p.tally);
            ui.label(
                RichText::new(crate::t!("focus-progress", position = at, tally = tally))
                    .color(pal.weak_text),
            );
        }
    });
}

/// What to do, and where the paragraph comes from.
fn instructions(ui: &mut Ui, pal: &Palette, p: &FocusPage) {
    if p.from_untried() {
        ui.label(
            RichText::new(crate::t!(
                "focus-from-untried",
                labels = label_words(p.label)
            ))
            .color(pal.warning),
        );
    }
    let (label, key) = (p.label.title().to_lowercase(), p.label.digit().to_string());
    ui.label(crate::t!("focus-instructions", label = label, key = key));
    if let Some(ex) = p.exercise() {
        ui.label(
            RichText::new(crate::t!("focus-from-lesson", title = &ex.lesson))
                .small()
                .color(pal.weak_text),
        );
    }
}

/// The paragraph with the learner's highlights, and the key's items once checked.
fn article(
    ui: &mut Ui,
    sh: &Shared,
    p: &FocusPage,
    view: &mut ArticleView,
    out: &mut Vec<Command>,
) {
    let pal = palette(sh.settings.dark);
    let mut marks = MarksBuilder::new().highlights(p.editor.items(), p.editor.selected);
    if p.checked.is_some()
        && let Some(ex) = p.exercise()
    {
        marks = marks.outlines(ex.items.iter().map(|i| i.span), None);
    }
    let marks = marks.build();
    let input = ArticleInput {
        doc_id: p.instance,
        lesson: &p.lesson,
        marks: &marks,
        caret: Some(p.editor.caret),
        selection: p.editor.selection,
        palette: pal,
        font_size: sh.settings.text_size,
        reveal: None,
    };
    egui::Frame::new()
        .fill(pal.page)
        .inner_margin(8.0)
        .show(ui, |ui| {
            out.extend(
                view.show(ui, &input)
                    .into_iter()
                    .map(|e: EditCommand| cmd(F::Edit(e))),
            );
            // The keyboard goes to the paragraph when the page comes on screen.
            if let Some(id) = view.id {
                crate::app::widgets::first_control(ui, id);
            }
        });
}

/// After checking: the score and the way on, each key item with its status and rationale,
/// and the highlights the key does not have.
fn feedback(
    ui: &mut Ui,
    pal: &Palette,
    p: &FocusPage,
    s: &Score,
    ex: &Exercise,
    out: &mut Vec<Command>,
) {
    ui.horizontal(|ui| {
        ui.label(
            RichText::new(if ex.items.is_empty() {
                if s.answer_spans.iter().any(|a| a.label == p.label) {
                    crate::t!("focus-none-needed")
                } else {
                    crate::t!("focus-none-right")
                }
            } else {
                crate::t!("focus-score", score = s.display())
            })
            .strong(),
        );
        let next = if p.last() {
            crate::t!("focus-finish")
        } else {
            crate::t!("focus-next")
        };
        if ui.button(RichText::new(next).strong()).clicked() {
            out.push(cmd(F::Next));
        }
    });
    for (it, item) in s.items.iter().zip(&ex.items) {
        egui::Frame::group(ui.style()).show(ui, |ui| {
            ui.horizontal_wrapped(|ui| {
                badge(ui, pal, it.label);
                ui.label(
                    RichText::new(it.status.title())
                        .strong()
                        .color(pal.status[it.status.index()]),
                );
                let quote: String = ex
                    .text
                    .chars()
                    .skip(it.start)
                    .take(it.end - it.start)
                    .collect();
                ui.label(RichText::new(crate::t!("focus-quote", quote = quote)).italics());
            });
            if let Some(r) = &item.rationale {
                ui.label(r);
            }
            if it.status != ItemStatus::Found && item.optional {
                ui.label(
                    RichText::new(crate::t!("focus-optional"))
                        .small()
                        .color(pal.weak_text),
                );
            }
        });
    }
    extra_highlights(ui, p, s, ex);
}

/// The learner's highlights the key does not have, each with a question to ask.
fn extra_highlights(ui: &mut Ui, p: &FocusPage, s: &Score, ex: &Exercise) {
    for a in s
        .answer_spans
        .iter()
        .filter(|a| a.status != SpanStatus::MatchesKey)
    {
        let quote: String = ex
            .text
            .chars()
            .skip(a.start)
            .take(a.end - a.start)
            .collect();
        // The question to ask depends on the label (a select in the message).
        let kind = match p.label {
            crate::model::Label::Attribution => "attribution",
            crate::model::Label::Opinion => "opinion",
            crate::model::Label::Unsupported => "unsupported",
        };
        let label = p.label.title().to_lowercase();
        ui.label(crate::t!(
            "focus-extra-highlight",
            quote = quote,
            label = &label,
            kind = kind
        ));
    }
}
