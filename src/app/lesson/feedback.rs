//! The feedback panel: the score and what it means, per-label results, every key item with
//! its status and the instructor's rationale, and the student's own highlights that are not
//! in the key or carry another label.

use super::{LessonCommand, LessonPage};
use crate::app::command::Command;
use crate::app::shared::Shared;
use crate::app::theme::{Palette, palette};
use crate::app::widgets::{badge, short};
use crate::model::Label;
use crate::model::scoring::{GivenLabel, ItemResult, ItemStatus, Score, SpanResult, SpanStatus};
use egui::{RichText, Ui};

pub use crate::app::words;

/// What a score means, in plain words.
pub fn meaning(score: u32) -> &'static str {
    match score {
        85..=100 => {
            "Excellent: you agree with the key more closely than two trained annotators usually agree with each other."
        }
        70..=84 => {
            "Expert level: you agree with the key about as well as two careful annotators agree with each other."
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

/// What a wrong-label card says, ending with the key's rationale: the label the student
/// chose and the one the key has ("You chose Opinion; the key has Attribution: …"), or,
/// when every highlight of another label over the item is itself right there (the key
/// labels the same words twice, see [`GivenLabel`]), that the key gives these words a
/// second label ("You marked these words as part of an Attribution; the key also labels
/// “claimed” as Opinion: …").
/// `None` when the answer gave the item's words no other label.
pub fn wrong_label_text(
    key_label: Label,
    given: &[GivenLabel],
    quote: &str,
    rationale: Option<&str>,
) -> Option<String> {
    if given.is_empty() {
        return None;
    }
    let why = rationale
        .map(str::trim)
        .filter(|r| !r.is_empty())
        .map_or_else(|| ".".to_string(), |r| format!(": {r}"));
    let chosen: Vec<&str> = given
        .iter()
        .filter(|g| !g.also_right)
        .map(|g| short(g.label))
        .collect();
    Some(if chosen.is_empty() {
        // Every label starts with a vowel: "an Attribution", "an Opinion", "an Unsupported assertion".
        let parts: Vec<&str> = given.iter().map(|g| g.label.title()).collect();
        format!(
            "You marked these words as part of an {}; the key also labels “{}” as {}{}",
            parts.join(" and an "),
            quote.trim(),
            key_label.title(),
            why
        )
    } else {
        format!(
            "You chose {}; the key has {}{}",
            chosen.join(" and "),
            short(key_label),
            why
        )
    })
}

/// The status words on an item's card.
fn status_words(it: &ItemResult, given: &[GivenLabel]) -> String {
    let title = if it.status == ItemStatus::WrongLabel
        && !given.is_empty()
        && given.iter().all(|g| g.also_right)
    {
        "second label missed"
    } else {
        it.status.title()
    };
    if it.optional && it.status != ItemStatus::Found {
        format!("{title} (optional)")
    } else {
        title.to_string()
    }
}

/// The score, its benchmark and the per-label results: the part of the panel that stays in
/// view while the item cards scroll.
/// The score with the benchmark beside it: pinned above the scrolling part, so it stays in
/// view while the item cards scroll.
fn score_line(ui: &mut Ui, sh: &Shared, pal: &Palette, s: &LessonPage, sc: &Score) {
    ui.horizontal(|ui| {
        ui.label(
            RichText::new(format!("{}", sc.display()))
                .size(44.0)
                .strong(),
        )
        .on_hover_text(words::SCORE_HOVER);
        ui.vertical(|ui| {
            ui.label(RichText::new("out of 100").color(pal.weak_text))
                .on_hover_text(words::SCORE_HOVER);
            ui.label(RichText::new(words::BENCHMARK).strong())
                .on_hover_text(words::BENCHMARK_HOVER);
            let (best, attempts) = sh.progress_of(&s.id);
            if let Some(b) = best {
                ui.label(
                    RichText::new(format!("best {b:.0} · attempt {attempts}")).color(pal.weak_text),
                )
                .on_hover_text(words::BEST);
            }
        });
    });
}

/// What the score means, the per-label results and the passage figure, with their help:
/// the top of the scrolling part, so each check starts with them in view.
fn summary(ui: &mut Ui, pal: &Palette, sc: &Score) {
    ui.label(RichText::new(words::SCORE).small().color(pal.weak_text));
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
    egui::Grid::new("per_label")
        .num_columns(4)
        .striped(true)
        .show(ui, |ui| {
            ui.label("");
            ui.label(RichText::new("found").small())
                .on_hover_text(words::FOUND);
            ui.label(RichText::new("precise").small())
                .on_hover_text(words::PRECISE);
            ui.label(RichText::new("F1").small())
                .on_hover_text(words::F1);
            ui.end_row();
            for l in Label::ALL {
                ui.horizontal(|ui| {
                    badge(ui, pal, l);
                    ui.label(short(l));
                });
                match &sc.per_label[l.index()] {
                    Some(p) => {
                        ui.label(format!("{:.0}%", p.recall * 100.0))
                            .on_hover_text(words::FOUND);
                        ui.label(format!("{:.0}%", p.precision * 100.0))
                            .on_hover_text(words::PRECISE);
                        ui.label(RichText::new(format!("{:.0}", p.f1 * 100.0)).strong())
                            .on_hover_text(words::F1);
                    }
                    None => {
                        ui.label(RichText::new("nothing to find").color(pal.weak_text))
                            .on_hover_text(words::NOTHING_TO_FIND);
                        ui.label("");
                        ui.label("");
                    }
                }
                ui.end_row();
            }
        });
    ui.label(
        RichText::new(words::TABLE_HELP)
            .small()
            .color(pal.weak_text),
    );
    ui.label(format!(
        "Right passages, any label: {:.0}",
        sc.passage_f1 * 100.0
    ))
    .on_hover_text(words::PASSAGE);
    ui.label(
        RichText::new(words::PASSAGE_HELP)
            .small()
            .color(pal.weak_text),
    );
    ui.label(
        RichText::new(
            "Opinion is the label where careful readers differ most; attribution the least.",
        )
        .small()
        .color(pal.weak_text),
    );
}

/// The first letter in capitals ("missed" → "Missed").
fn capitalised(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

/// One card per key item: its status, the quoted words (a link into the article) and why
/// the key labels them so; a wrong-label card says which label the student chose.
pub fn item_cards(ui: &mut Ui, pal: &Palette, s: &LessonPage, sc: &Score, cmds: &mut Vec<Command>) {
    let key = s.key.as_ref();
    for it in &sc.items {
        let item = key.and_then(|k| k.item(it.key_index));
        let why = item.and_then(|i| i.rationale.as_deref());
        let quote = s.lesson.text.slice_clamped(it.start, it.end);
        let given = if it.status == ItemStatus::WrongLabel {
            sc.labels_given(it)
        } else {
            Vec::new()
        };
        let explained = wrong_label_text(it.label, &given, quote, why);
        egui::Frame::group(ui.style())
            .inner_margin(6.0)
            .show(ui, |ui| {
                ui.set_width(ui.available_width());
                ui.horizontal_wrapped(|ui| {
                    badge(ui, pal, it.label);
                    ui.label(
                        RichText::new(status_words(it, &given))
                            .strong()
                            .color(pal.status[it.status.index()]),
                    )
                    .on_hover_text(words::STATUS_COUNTS);
                    if it.status == ItemStatus::PartlyFound {
                        ui.label(
                            RichText::new(format!("{:.0}% covered", it.coverage * 100.0)).small(),
                        )
                        .on_hover_text(words::COVERED);
                    }
                });
                let r = ui
                    .link(RichText::new(format!("“{quote}”")).italics())
                    .on_hover_text("Show in the article");
                // One Tab stop says it all: status, label, phrase and why.
                let reason = explained.clone().or_else(|| why.map(str::to_string));
                let status = capitalised(&status_words(it, &given));
                let spoken = match &reason {
                    Some(r) => format!("{status}. {}: “{quote}”. {r}", it.label.title()),
                    None => format!("{status}. {}: “{quote}”", it.label.title()),
                };
                r.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Link, true, &spoken));
                if r.clicked() {
                    cmds.push(Command::Lesson(LessonCommand::ScrollTo(it.start)));
                }
                ui.label(RichText::new(it.label.title()).small().color(pal.weak_text));
                if let Some(text) = reason {
                    ui.label(text);
                }
            });
    }
}

/// The labels of the key items a highlight overlaps, other than its own, in label order.
fn key_labels_over(sc: &Score, a: &SpanResult) -> Vec<Label> {
    Label::ALL
        .into_iter()
        .filter(|l| {
            *l != a.label
                && sc
                    .items
                    .iter()
                    .any(|it| it.label == *l && it.start < a.end && a.start < it.end)
        })
        .collect()
}

/// Draw the feedback panel: the score and per-label results stay at the top; the item
/// cards scroll under them and start at their top on every check.
pub fn show(ui: &mut Ui, sh: &Shared, s: &LessonPage, sc: &Score) -> Vec<Command> {
    let pal = palette(sh.settings.dark);
    let mut cmds = Vec::new();
    score_line(ui, sh, &pal, s, sc);
    ui.separator();
    // A new id per check: egui keeps a scroll offset per id, so each check starts at the top.
    egui::ScrollArea::vertical()
        .id_salt(("feedback", s.check_serial))
        .auto_shrink(false)
        .show(ui, |ui| {
            summary(ui, &pal, sc);
            ui.separator();
            let counts = sc.status_counts();
            ui.label(
                RichText::new(format!(
                    "Key items: {} found, {} partly found, {} wrong label, {} missed",
                    counts[0], counts[1], counts[2], counts[3]
                ))
                .strong(),
            )
            .on_hover_text(words::STATUS_COUNTS);
            if let Some(n) = s.key.as_ref().and_then(|k| k.unplaced_note()) {
                ui.label(RichText::new(n).color(pal.warning));
            }
            item_cards(ui, &pal, s, sc, &mut cmds);
            let extra: Vec<_> = sc
                .answer_spans
                .iter()
                .filter(|a| a.status != SpanStatus::MatchesKey)
                .collect();
            if !extra.is_empty() {
                ui.separator();
                ui.label(RichText::new("Your highlights the key does not have").strong());
                for a in extra {
                    ui.horizontal_wrapped(|ui| {
                        badge(ui, &pal, a.label);
                        let r = ui
                            .link(format!("“{}”", s.lesson.text.slice_clamped(a.start, a.end)))
                            .on_hover_text("Show in the article");
                        if r.clicked() {
                            cmds.push(Command::Lesson(LessonCommand::ScrollTo(a.start)));
                        }
                    });
                    let note = match a.status {
                        SpanStatus::WrongLabel => {
                            let has: Vec<&str> =
                                key_labels_over(sc, a).into_iter().map(short).collect();
                            if has.is_empty() {
                                "The key marks this passage with another label: compare the rationale of the overlapping item.".to_string()
                            } else {
                                format!(
                                    "You chose {}; the key has {} here: read the rationale of that item above.",
                                    short(a.label),
                                    has.join(" and ")
                                )
                            }
                        }
                        _ => "Not in the key. Ask yourself: who says so, is it a judgment, or is it a claim without a source?".to_string(),
                    };
                    ui.label(RichText::new(note).small().color(pal.weak_text));
                }
            }
            if let Some(p) = sh.progress.lessons.get(&s.id)
                && p.attempts.len() > 1
            {
                ui.separator();
                ui.label(RichText::new("Your attempts").strong())
                    .on_hover_text(words::ATTEMPTS);
                let list: Vec<String> =
                    p.attempts.iter().map(|a| format!("{:.0}", a.score)).collect();
                ui.label(list.join(", ")).on_hover_text(words::ATTEMPTS);
            }
        });
    cmds
}

/// After *Try again*: the last check's item cards, collapsed, so the explanations stay at
/// hand while the student fixes the highlights.
pub fn last_check(ui: &mut Ui, sh: &Shared, s: &LessonPage, sc: &Score) -> Vec<Command> {
    let pal = palette(sh.settings.dark);
    let mut cmds = Vec::new();
    egui::CollapsingHeader::new(format!(
        "Last check's explanations (score {})",
        sc.display()
    ))
    .id_salt(("last_check", s.check_serial))
    .default_open(false)
    .show(ui, |ui| {
        ui.label(
            RichText::new(
                "What the key said when you last checked; your highlights may have changed since.",
            )
            .small()
            .color(pal.weak_text),
        );
        egui::ScrollArea::vertical()
            .id_salt(("last_check_items", s.check_serial))
            .max_height((ui.available_height() * 0.5).max(160.0))
            .show(ui, |ui| item_cards(ui, &pal, s, sc, &mut cmds));
    });
    cmds
}
