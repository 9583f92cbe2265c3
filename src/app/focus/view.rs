//! Drawing focus practice.

use super::{FocusCommand as F, FocusPage};
use crate::app::article::{ArticleInput, ArticleView, Mark, MarkStyle};
use crate::app::editing::EditCommand;
use crate::app::state::{Command, Shared};
use crate::app::theme::palette;
use crate::app::widgets::badge;
use crate::model::scoring::{ItemStatus, SpanStatus};
use egui::{RichText, Ui};

fn cmd(c: F) -> Command {
    Command::Focus(c)
}

/// The page.
pub fn show(ui: &mut Ui, sh: &Shared, p: &FocusPage, view: &mut ArticleView) -> Vec<Command> {
    let pal = palette(sh.settings.dark);
    let mut out = Vec::new();
    ui.horizontal_wrapped(|ui| {
        if ui.button("Back to library").clicked() {
            out.push(Command::ShowLibrary);
        }
        ui.heading(format!("Focus practice: {}", p.label.title()));
        let t = &p.tally;
        ui.label(
            RichText::new(format!(
                "paragraph {} of {} · found {} of {} · {} highlight(s) the key does not have",
                p.index + 1,
                p.exercises.len(),
                t.found,
                t.items,
                t.extra
            ))
            .color(pal.weak_text),
        );
    });
    ui.label(format!(
        "Mark every {} in this paragraph (press {} after selecting), or none if it has none; then check.",
        p.label.title().to_lowercase(),
        p.label.digit()
    ));
    if let Some(ex) = p.exercise() {
        ui.label(
            RichText::new(format!("From “{}”", ex.lesson))
                .small()
                .color(pal.weak_text),
        );
    }
    ui.separator();
    let mut marks: Vec<Mark> = p
        .editor
        .items()
        .iter()
        .map(|(id, s)| Mark {
            start: s.start,
            end: s.end,
            label: s.label,
            style: MarkStyle::Fill,
            selected: p.editor.selected == Some(*id),
        })
        .collect();
    if p.checked.is_some()
        && let Some(ex) = p.exercise()
    {
        marks.extend(ex.items.iter().map(|i| Mark {
            start: i.span.start,
            end: i.span.end,
            label: i.span.label,
            style: MarkStyle::Outline,
            selected: false,
        }));
    }
    let input = ArticleInput {
        doc_id: p.instance,
        lesson: &p.lesson,
        marks: &marks,
        marks_rev: p.editor.rev.wrapping_mul(2) + u64::from(p.checked.is_some()),
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
        });
    ui.separator();
    match (&p.checked, p.exercise()) {
        (None, _) => {
            if ui
                .button(RichText::new("Check this paragraph").strong())
                .clicked()
            {
                out.push(cmd(F::Check));
            }
        }
        (Some(s), Some(ex)) => {
            ui.horizontal(|ui| {
                ui.label(
                    RichText::new(if ex.items.is_empty() {
                        if s.answer_spans.iter().any(|a| a.label == p.label) {
                            "This paragraph has none: nothing needed marking.".to_string()
                        } else {
                            "Right: this paragraph has none.".to_string()
                        }
                    } else {
                        format!("Score {}", s.display())
                    })
                    .strong(),
                );
                if ui
                    .button(RichText::new("Next paragraph").strong())
                    .clicked()
                {
                    out.push(cmd(F::Next));
                }
            });
            for (it, item) in s.items.iter().zip(&ex.items) {
                egui::Frame::group(ui.style()).show(ui, |ui| {
                    ui.horizontal_wrapped(|ui| {
                        badge(ui, &pal, it.label);
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
                        ui.label(RichText::new(format!("“{quote}”")).italics());
                    });
                    if let Some(r) = &item.rationale {
                        ui.label(r);
                    }
                    if it.status != ItemStatus::Found && item.optional {
                        ui.label(
                            RichText::new("optional: debatable, it costs nothing")
                                .small()
                                .color(pal.weak_text),
                        );
                    }
                });
            }
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
                ui.label(format!(
                    "“{quote}”: not {} in the key. Ask yourself: {}",
                    p.label.title().to_lowercase(),
                    match p.label {
                        crate::model::Label::Attribution => "who is said to say it?",
                        crate::model::Label::Opinion => "does the word judge, or only report?",
                        crate::model::Label::Unsupported => "is there a source for this claim?",
                    }
                ));
            }
        }
        (Some(_), None) => {}
    }
    out
}
