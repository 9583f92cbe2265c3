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
pub fn meaning(score: u32) -> String {
    match score {
        85..=100 => crate::t!("feedback-meaning-excellent"),
        70..=84 => crate::t!("feedback-meaning-expert"),
        50..=69 => crate::t!("feedback-meaning-good-start"),
        25..=49 => crate::t!("feedback-meaning-some"),
        _ => crate::t!("feedback-meaning-few"),
    }
}

/// How many label names there are, the first and the second (there are at most two: the
/// labels other than the key's).
fn first_and_second(names: &[String]) -> (usize, String, String) {
    let first = names.first().cloned().unwrap_or_default();
    let second = names.get(1..).unwrap_or_default().join(", ");
    (names.len(), first, second)
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
    let why = rationale.map(str::trim).filter(|r| !r.is_empty());
    let chosen: Vec<String> = given
        .iter()
        .filter(|g| !g.also_right)
        .map(|g| short(g.label))
        .collect();
    Some(if chosen.is_empty() {
        // Every label starts with a vowel: "an Attribution", "an Opinion", "an Unsupported assertion".
        let parts: Vec<String> = given.iter().map(|g| g.label.title()).collect();
        let (count, first, second) = first_and_second(&parts);
        let (quote, label) = (quote.trim(), key_label.title());
        match why {
            #[rustfmt::skip]
            Some(r) => crate::t!("feedback-wrong-label-second", count = count, first = first, second = second, quote = quote, label = label, rationale = r),
            #[rustfmt::skip]
            None => crate::t!("feedback-wrong-label-second-no-rationale", count = count, first = first, second = second, quote = quote, label = label),
        }
    } else {
        let (count, first, second) = first_and_second(&chosen);
        let label = short(key_label);
        match why {
            #[rustfmt::skip]
            Some(r) => crate::t!("feedback-wrong-label-chose", count = count, first = first, second = second, label = label, rationale = r),
            #[rustfmt::skip]
            None => crate::t!("feedback-wrong-label-chose-no-rationale", count = count, first = first, second = second, label = label),
        }
    })
}

/// The status words on an item's card.
fn status_words(it: &ItemResult, given: &[GivenLabel]) -> String {
    let title = if it.status == ItemStatus::WrongLabel
        && !given.is_empty()
        && given.iter().all(|g| g.also_right)
    {
        crate::t!("feedback-status-second-label-missed")
    } else {
        it.status.title()
    };
    if it.optional && it.status != ItemStatus::Found {
        crate::t!("feedback-status-optional", status = title)
    } else {
        title
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
        .on_hover_text(words::score_hover());
        ui.vertical(|ui| {
            ui.label(RichText::new(crate::t!("feedback-out-of-100")).color(pal.weak_text))
                .on_hover_text(words::score_hover());
            ui.label(RichText::new(words::benchmark()).strong())
                .on_hover_text(words::benchmark_hover());
            let (best, attempts) = sh.progress_of(&s.id);
            if let Some(b) = best {
                let best = format!("{b:.0}");
                let text = crate::t!("feedback-best-attempt", best = best, attempt = attempts);
                ui.label(RichText::new(text).color(pal.weak_text))
                    .on_hover_text(words::best());
            }
        });
    });
}

/// What the score means, the per-label results and the passage figure, with their help:
/// the top of the scrolling part, so each check starts with them in view.
fn summary(ui: &mut Ui, pal: &Palette, sc: &Score) {
    ui.label(RichText::new(words::score()).small().color(pal.weak_text));
    ui.label(meaning(sc.display()));
    if sc.indiscriminate {
        ui.add_space(4.0);
        ui.label(
            RichText::new(crate::t!("feedback-indiscriminate"))
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
            ui.label(RichText::new(crate::t!("feedback-column-found")).small())
                .on_hover_text(words::found());
            ui.label(RichText::new(crate::t!("feedback-column-precise")).small())
                .on_hover_text(words::precise());
            ui.label(RichText::new(crate::t!("feedback-column-f1")).small())
                .on_hover_text(words::f1());
            ui.end_row();
            for l in Label::ALL {
                ui.horizontal(|ui| {
                    badge(ui, pal, l);
                    ui.label(short(l));
                });
                match &sc.per_label[l.index()] {
                    Some(p) => {
                        ui.label(percent(p.recall)).on_hover_text(words::found());
                        ui.label(percent(p.precision))
                            .on_hover_text(words::precise());
                        ui.label(RichText::new(format!("{:.0}", p.f1 * 100.0)).strong())
                            .on_hover_text(words::f1());
                    }
                    None => {
                        ui.label(
                            RichText::new(crate::t!("feedback-nothing-to-find"))
                                .color(pal.weak_text),
                        )
                        .on_hover_text(words::nothing_to_find());
                        ui.label("");
                        ui.label("");
                    }
                }
                ui.end_row();
            }
        });
    ui.label(
        RichText::new(words::table_help())
            .small()
            .color(pal.weak_text),
    );
    let f1 = format!("{:.0}", sc.passage_f1 * 100.0);
    ui.label(crate::t!("feedback-passages", f1 = f1))
        .on_hover_text(words::passage());
    ui.label(
        RichText::new(words::passage_help())
            .small()
            .color(pal.weak_text),
    );
    ui.label(
        RichText::new(crate::t!("feedback-opinion-differs"))
            .small()
            .color(pal.weak_text),
    );
}

/// A share (0 to 1) as a whole percentage ("62%").
fn percent(share: f64) -> String {
    let percent = format!("{:.0}", share * 100.0);
    crate::t!("feedback-percent", percent = percent)
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
                    .on_hover_text(words::status_counts());
                    if it.status == ItemStatus::PartlyFound {
                        let percent = format!("{:.0}", it.coverage * 100.0);
                        let covered = crate::t!("feedback-covered", percent = percent);
                        ui.label(RichText::new(covered).small())
                            .on_hover_text(words::covered());
                    }
                });
                let r = ui
                    .link(RichText::new(crate::t!("feedback-quote", quote = quote)).italics())
                    .on_hover_text(crate::t!("feedback-show-in-article"));
                // One Tab stop says it all: status, label, phrase and why.
                let reason = explained.clone().or_else(|| why.map(str::to_string));
                let status = capitalised(&status_words(it, &given));
                let label = it.label.title();
                let spoken = match &reason {
                    #[rustfmt::skip]
                    Some(r) => crate::t!("feedback-item-spoken", status = status, label = label, quote = quote, reason = r),
                    #[rustfmt::skip]
                    None => crate::t!("feedback-item-spoken-no-reason", status = status, label = label, quote = quote),
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
    crate::app::widgets::scrolled_page(("feedback", s.check_serial), ui, |ui| {
        summary(ui, &pal, sc);
        ui.separator();
        let [found, partly, wrong, missed] = sc.status_counts();
        #[rustfmt::skip]
            let counts = crate::t!("feedback-key-items", found = found, partly = partly, wrong = wrong, missed = missed);
        ui.label(RichText::new(counts).strong())
            .on_hover_text(words::status_counts());
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
            ui.label(RichText::new(crate::t!("feedback-extra-heading")).strong());
            for a in extra {
                ui.horizontal_wrapped(|ui| {
                    badge(ui, &pal, a.label);
                    let quote = s.lesson.text.slice_clamped(a.start, a.end);
                    let r = ui
                        .link(crate::t!("feedback-quote", quote = quote))
                        .on_hover_text(crate::t!("feedback-show-in-article"));
                    if r.clicked() {
                        cmds.push(Command::Lesson(LessonCommand::ScrollTo(a.start)));
                    }
                });
                let note = match a.status {
                    #[rustfmt::skip]
                        SpanStatus::WrongLabel => {
                            let has: Vec<String> = key_labels_over(sc, a)
                                .into_iter()
                                .map(short)
                                .collect();
                            if has.is_empty() {
                                crate::t!("feedback-other-label")
                            } else {
                                let (count, first, second) = first_and_second(&has);
                                let label = short(a.label);
                                crate::t!("feedback-other-label-chose", label = label, count = count, first = first, second = second)
                            }
                        }
                    _ => crate::t!("feedback-not-in-key"),
                };
                ui.label(RichText::new(note).small().color(pal.weak_text));
            }
        }
        if let Some(p) = sh.progress.lessons.get(&s.id)
            && p.attempts.len() > 1
        {
            ui.separator();
            ui.label(RichText::new(crate::t!("feedback-attempts-heading")).strong())
                .on_hover_text(words::attempts());
            let list: Vec<String> = p
                .attempts
                .iter()
                .map(|a| format!("{:.0}", a.score))
                .collect();
            ui.label(list.join(", ")).on_hover_text(words::attempts());
        }
    });
    cmds
}

/// After *Try again*: the last check's item cards, collapsed, so the explanations stay at
/// hand while the student fixes the highlights.
pub fn last_check(ui: &mut Ui, sh: &Shared, s: &LessonPage, sc: &Score) -> Vec<Command> {
    let pal = palette(sh.settings.dark);
    let mut cmds = Vec::new();
    let score = sc.display();
    egui::CollapsingHeader::new(crate::t!("feedback-last-check", score = score))
        .id_salt(("last_check", s.check_serial))
        .default_open(false)
        .show(ui, |ui| {
            ui.label(
                RichText::new(crate::t!("feedback-last-check-note"))
                    .small()
                    .color(pal.weak_text),
            );
            crate::app::widgets::scrolled(
                egui::ScrollArea::vertical()
                    .id_salt(("last_check_items", s.check_serial))
                    .max_height((ui.available_height() * 0.5).max(160.0)),
                ui,
                |ui| item_cards(ui, &pal, s, sc, &mut cmds),
            );
        });
    cmds
}
