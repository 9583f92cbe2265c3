//! The feedback panel: the score and what it means, per-label results, every key item with
//! its status and the instructor's rationale, and the student's own highlights that are not
//! in the key or carry another label.

use super::{LessonCommand, LessonPage};
use crate::app::state::{Command, Shared};
use crate::app::theme::palette;
use crate::app::widgets::{badge, short};
use crate::model::Label;
use crate::model::scoring::{ItemStatus, Score, SpanStatus};
use egui::{RichText, Ui};

/// What a score means, in plain words.
pub fn meaning(score: u32) -> &'static str {
    match score {
        85..=100 => {
            "Excellent: you agree with the key more closely than two trained annotators usually agree with each other."
        }
        70..=84 => {
            "Expert level. Two careful annotators working alone on a news article agree at about 70 to 75."
        }
        50..=69 => {
            "A good start: you found much of what the key marks. Read the missed items below and try again."
        }
        25..=49 => {
            "Some of your highlights match the key. The rationales below explain what to look for."
        }
        _ => {
            "Few of your highlights match the key yet. Read the items below: each one says why it has its label."
        }
    }
}

/// Draw the feedback panel.
pub fn show(ui: &mut Ui, sh: &Shared, s: &LessonPage, sc: &Score) -> Vec<Command> {
    let pal = palette(sh.settings.dark);
    let mut cmds = Vec::new();
    egui::ScrollArea::vertical().id_salt("feedback").auto_shrink(false).show(ui, |ui| {
        ui.horizontal(|ui| {
            ui.label(RichText::new(format!("{}", sc.display())).size(44.0).strong());
            ui.vertical(|ui| {
                ui.label(RichText::new("out of 100").color(pal.weak_text));
                let (best, attempts) = sh.progress_of(&s.id);
                if let Some(b) = best {
                    ui.label(RichText::new(format!("best {b:.0} · attempt {attempts}")).color(pal.weak_text));
                }
            });
        });
        ui.label(meaning(sc.display()));
        if sc.indiscriminate {
            ui.add_space(4.0);
            ui.label(
                RichText::new("Warning: you highlighted about as much as chance would. Highlighting everything does not pay: mark only the phrases that carry a label.")
                    .color(pal.warning)
                    .strong(),
            );
        }
        ui.add_space(6.0);
        egui::Grid::new("per_label").num_columns(5).striped(true).show(ui, |ui| {
            ui.label("");
            ui.label(RichText::new("found").small()).on_hover_text("Recall: how much of the key you covered");
            ui.label(RichText::new("precise").small()).on_hover_text("Precision: how much of your highlighting is in the key");
            ui.label(RichText::new("F1").small());
            ui.end_row();
            for l in Label::ALL {
                ui.horizontal(|ui| {
                    badge(ui, &pal, l);
                    ui.label(short(l));
                });
                match &sc.per_label[l.index()] {
                    Some(p) => {
                        ui.label(format!("{:.0}%", p.recall * 100.0));
                        ui.label(format!("{:.0}%", p.precision * 100.0));
                        ui.label(RichText::new(format!("{:.0}", p.f1 * 100.0)).strong());
                    }
                    None => {
                        ui.label(RichText::new("nothing to find").color(pal.weak_text));
                        ui.label("");
                        ui.label("");
                    }
                }
                ui.end_row();
            }
        });
        ui.label(format!("Right passages, any label: {:.0}", sc.passage_f1 * 100.0))
            .on_hover_text("Passage F1: how well you found the passages that matter, ignoring which label you chose");
        ui.label(RichText::new("Opinion is the label where careful readers differ most; attribution the least.").small().color(pal.weak_text));
        ui.separator();

        let counts = sc.status_counts();
        ui.label(RichText::new(format!(
            "Key items: {} found, {} partly found, {} wrong label, {} missed",
            counts[0], counts[1], counts[2], counts[3]
        ))
        .strong());
        let key = s.key.as_ref();
        if let Some(n) = key.and_then(|k| k.unplaced_note()) {
            ui.label(RichText::new(n).color(pal.warning));
        }
        for it in &sc.items {
            let item = key.and_then(|k| k.item(it.key_index));
            let quote = s.lesson.text.slice_clamped(it.start, it.end);
            egui::Frame::group(ui.style()).inner_margin(6.0).show(ui, |ui| {
                ui.set_width(ui.available_width());
                ui.horizontal_wrapped(|ui| {
                    badge(ui, &pal, it.label);
                    let status = if it.optional && it.status != ItemStatus::Found {
                        format!("{} (optional)", it.status.title())
                    } else {
                        it.status.title().to_string()
                    };
                    ui.label(RichText::new(status).strong().color(pal.status[it.status.index()]));
                    if it.status == ItemStatus::PartlyFound {
                        ui.label(RichText::new(format!("{:.0}% covered", it.coverage * 100.0)).small());
                    }
                });
                let r = ui.link(RichText::new(format!("“{quote}”")).italics()).on_hover_text("Show in the article");
                if r.clicked() {
                    cmds.push(Command::Lesson(LessonCommand::ScrollTo(it.start)));
                }
                ui.label(RichText::new(it.label.title()).small().color(pal.weak_text));
                if let Some(why) = item.and_then(|i| i.rationale.as_deref()) {
                    ui.label(why);
                }
            });
        }
        let extra: Vec<_> = sc.answer_spans.iter().filter(|a| a.status != SpanStatus::MatchesKey).collect();
        if !extra.is_empty() {
            ui.separator();
            ui.label(RichText::new("Your highlights the key does not have").strong());
            for a in extra {
                ui.horizontal_wrapped(|ui| {
                    badge(ui, &pal, a.label);
                    let r = ui.link(format!("“{}”", s.lesson.text.slice_clamped(a.start, a.end))).on_hover_text("Show in the article");
                    if r.clicked() {
                        cmds.push(Command::Lesson(LessonCommand::ScrollTo(a.start)));
                    }
                });
                ui.label(
                    RichText::new(match a.status {
                        SpanStatus::WrongLabel => "The key marks this passage with another label: compare the rationale of the overlapping item.",
                        _ => "Not in the key. Ask yourself: who says so, is it a judgment, or is it a claim without a source?",
                    })
                    .small()
                    .color(pal.weak_text),
                );
            }
        }
        if let Some(p) = sh.progress.lessons.get(&s.id)
            && p.attempts.len() > 1
        {
            ui.separator();
            ui.label(RichText::new("Your attempts").strong());
            let list: Vec<String> = p.attempts.iter().map(|a| format!("{:.0}", a.score)).collect();
            ui.label(list.join(", "));
        }
    });
    cmds
}
