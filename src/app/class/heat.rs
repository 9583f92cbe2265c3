//! The class heat map over the article: how much of the class marked each passage with one
//! label, in four steps clearly apart on a projector, with a legend and each key item's
//! count ("18 of 30") beside the article.

use super::{ClassCommand as C, ClassPage};
use crate::app::article::{ArticleInput, ArticleView, MarksBuilder};
use crate::app::command::Command;
use crate::app::shared::Shared;
use crate::app::theme::{Palette, palette};
use crate::model::Label;
use egui::{RichText, Ui};

fn cmd(c: C) -> Command {
    Command::Class(c)
}

/// The heat map tab.
pub fn heat(
    ui: &mut Ui,
    sh: &Shared,
    p: &ClassPage,
    view: &mut ArticleView,
    out: &mut Vec<Command>,
) {
    let pal = palette(sh.settings.dark);
    ui.horizontal_wrapped(|ui| {
        ui.label(crate::t!("class-heat-show"));
        for l in Label::ALL {
            if ui
                .selectable_label(
                    p.heat_label == l,
                    RichText::new(l.title()).color(pal.label_ink(l)),
                )
                .clicked()
            {
                out.push(cmd(C::HeatLabel(l)));
            }
        }
        ui.label(
            RichText::new(crate::t!("class-heat-help"))
                .small()
                .color(pal.weak_text),
        );
    });
    heat_legend(ui, &pal, p);
    let l = p.heat_label;
    // Each key item of the label with how many students marked it, beside the article.
    egui::Panel::right("heat items")
        .resizable(false)
        .default_size(if p.projector { 340.0 } else { 260.0 })
        .show(ui, |ui| heat_items(ui, &pal, p));
    let coverage = p.coverage.get(l.index()).map(Vec::as_slice);
    let marks = MarksBuilder::new()
        // 1 to 4 by quarters of the class.
        .heat(
            l,
            coverage.unwrap_or_default(),
            p.class.report.students.len(),
        )
        .key(p.key.spans.iter().filter(|k| k.span.label == l))
        .build();
    let size = sh.settings.text_size * if p.projector { 1.6 } else { 1.0 };
    egui::ScrollArea::vertical()
        .id_salt("heat_article")
        .auto_shrink(false)
        .show(ui, |ui| {
            let input = ArticleInput {
                doc_id: p.instance.wrapping_mul(31).wrapping_add(1_000_000),
                lesson: &p.lesson,
                marks: &marks,
                caret: None,
                selection: None,
                palette: pal,
                font_size: size,
                reveal: None,
            };
            let _ = view.show(ui, &input);
        });
}

/// The heat map's legend: what each of the four steps means, as shares and as numbers of
/// students.
fn heat_legend(ui: &mut Ui, pal: &Palette, p: &ClassPage) {
    let n = p.class.report.students.len();
    let l = p.heat_label;
    ui.horizontal_wrapped(|ui| {
        ui.label(RichText::new(crate::t!("class-heat-legend")).strong());
        for level in 1..=4u8 {
            let (from, to) = quarter(level, n);
            let size = egui::vec2(28.0, 18.0);
            let (rect, _) = ui.allocate_exact_size(size, egui::Sense::hover());
            ui.painter().rect_filled(rect, 3.0, pal.heat_bg(l, level));
            ui.painter().rect_stroke(
                rect,
                3.0,
                egui::Stroke::new(1.0, pal.weak_text),
                egui::StrokeKind::Inside,
            );
            ui.label(crate::t!(
                "class-heat-step",
                from = from,
                to = to,
                total = n
            ));
        }
    });
}

/// The students a heat step stands for: `level` 1 to 4 are quarters of `n`.
fn quarter(level: u8, n: usize) -> (usize, usize) {
    let q = |k: usize| (k * n).div_ceil(4);
    let level = usize::from(level.clamp(1, 4));
    let from = if level == 1 { 1 } else { q(level - 1) + 1 };
    (from.min(n.max(1)), q(level).max(1))
}

/// The key items of the heat map's label, each with how many students marked it with that
/// label ("18 of 30"), in text order, big enough for the back row.
fn heat_items(ui: &mut Ui, pal: &Palette, p: &ClassPage) {
    let r = &p.class.report;
    let n = r.students.len();
    let l = p.heat_label;
    let size = if p.projector { 20.0 } else { 15.0 };
    crate::app::widgets::heading(
        ui,
        RichText::new(crate::t!("class-heat-items", label = l.title())).strong(),
        3,
    );
    let mut items: Vec<_> = r.items.iter().filter(|it| it.span.label == l).collect();
    items.sort_by_key(|it| it.span.start);
    crate::app::widgets::scrolled(
        egui::ScrollArea::vertical().id_salt("heat items"),
        ui,
        |ui| {
            for it in items {
                let marked = ((it.shares[0] + it.shares[1]) * n as f64).round() as usize;
                let quote = p.lesson.text.slice_clamped(it.span.start, it.span.end);
                let short: String = if quote.chars().count() > 60 {
                    quote.chars().take(57).chain("…".chars()).collect()
                } else {
                    quote.to_string()
                };
                ui.horizontal_wrapped(|ui| {
                    let count = crate::t!("class-heat-item-count", marked = marked, total = n);
                    ui.label(RichText::new(count).size(size).strong().color(pal.text));
                    ui.label(RichText::new(format!("“{short}”")).size(size * 0.85));
                });
            }
        },
    );
}
