//! Drawing the skills profile.

use super::{ProfileCommand as P, ProfilePage};
use crate::app::command::Command;
use crate::app::shared::Shared;
use crate::app::theme::{Palette, palette};
use crate::app::widgets::{badge, short};
use crate::model::profile::{AttemptFigures, SkillStanding};
use crate::model::{Label, profile};
use egui::{RichText, Ui};
use std::collections::BTreeMap;

/// A figure from 0 to 1 as the whole number out of 100 the page shows ("62"), rounded the
/// way `{:.0}` rounds (half to even), for a message's number.
fn out_of_100(f: f64) -> f64 {
    (f * 100.0).round_ties_even()
}

/// "over 3 lessons".
fn over_lessons(n: usize) -> String {
    crate::t!("profile-over-lessons", count = n)
}

fn cmd(c: P) -> Command {
    Command::Profile(c)
}

/// The page.
pub fn show(ui: &mut Ui, sh: &Shared, p: &ProfilePage) -> Vec<Command> {
    let pal = palette(sh.settings.dark);
    let mut out = Vec::new();
    ui.horizontal(|ui| {
        let back = ui.button(crate::t!("profile-back"));
        crate::app::widgets::first_control(ui, back.id);
        if back.clicked() {
            out.push(Command::ShowLibrary);
        }
        ui.heading(crate::t!("profile-heading"));
    });
    ui.separator();
    let attempts = sh.profile_attempts();
    per_label(ui, &pal, &attempts);
    let skills = sh.lesson_skills();
    let by_skill = profile::skill_standing(&attempts, &skills);
    if !by_skill.is_empty() {
        per_skill(ui, &pal, &by_skill);
    }
    ui.add_space(8.0);
    chart_choice(ui, p, &by_skill, &mut out);
    chart(ui, &pal, p, &attempts, &skills);
    ui.add_space(8.0);
    actions(ui, &pal, p, &mut out);
    out
}

/// The profile in words and the standing per label.
fn per_label(ui: &mut Ui, pal: &Palette, attempts: &[AttemptFigures]) {
    let standing = profile::standing(attempts);
    let words = profile::in_words(&standing, &profile::mix_ups_total(attempts));
    match words {
        Some(w) => {
            ui.label(RichText::new(w).size(17.0));
        }
        None => {
            ui.label(crate::t!("profile-empty"));
        }
    }
    ui.add_space(4.0);
    egui::Grid::new("standing").num_columns(3).show(ui, |ui| {
        for s in &standing {
            ui.horizontal(|ui| {
                badge(ui, pal, s.label);
                ui.label(short(s.label));
            });
            ui.label(
                RichText::new(s.f1.map_or("–".into(), |f| {
                    crate::t!("profile-f1-value", f1 = out_of_100(f))
                }))
                .strong(),
            )
            .on_hover_text(crate::t!("profile-label-f1-hover"));
            ui.label(RichText::new(over_lessons(s.lessons)).color(pal.weak_text))
                .on_hover_text(crate::t!("profile-over-lessons-hover"));
            ui.end_row();
        }
    });
}

/// The standing per skill, weakest first.
fn per_skill(ui: &mut Ui, pal: &Palette, by_skill: &[SkillStanding]) {
    ui.add_space(8.0);
    ui.label(RichText::new(crate::t!("profile-by-skill")).strong())
        .on_hover_text(crate::t!("profile-by-skill-hover"));
    // Two columns side by side once the list is long, so the chart stays in view.
    let half = if by_skill.len() > 6 {
        by_skill.len().div_ceil(2)
    } else {
        by_skill.len()
    };
    ui.horizontal_top(|ui| {
        for (n, part) in by_skill.chunks(half.max(1)).enumerate() {
            egui::Grid::new(("by-skill", n))
                .num_columns(3)
                .striped(true)
                .show(ui, |ui| {
                    for s in part {
                        ui.label(&s.tag);
                        ui.add(
                            egui::ProgressBar::new(s.f1 as f32)
                                .desired_width(140.0)
                                .text(crate::t!("profile-f1-value", f1 = out_of_100(s.f1))),
                        )
                        .on_hover_text(crate::t!("profile-skill-f1-hover"));
                        ui.label(RichText::new(over_lessons(s.lessons)).color(pal.weak_text));
                        ui.end_row();
                    }
                });
            ui.add_space(24.0);
        }
    });
}

/// The chart's caption and what it shows: per label, or one skill.
fn chart_choice(ui: &mut Ui, p: &ProfilePage, by_skill: &[SkillStanding], out: &mut Vec<Command>) {
    ui.horizontal(|ui| {
        let caption = ui
            .label(RichText::new(crate::t!("profile-chart-caption")).strong())
            .on_hover_text(crate::t!("profile-chart-caption-hover"));
        let per_label = crate::t!("profile-chart-per-label");
        let shown = p.chart.clone().unwrap_or_else(|| per_label.clone());
        egui::ComboBox::from_id_salt("chart")
            .selected_text(shown)
            .show_ui(ui, |ui| {
                if ui
                    .selectable_label(p.chart.is_none(), per_label.as_str())
                    .clicked()
                {
                    out.push(cmd(P::Chart(None)));
                }
                for s in by_skill {
                    let on = p.chart.as_deref() == Some(s.tag.as_str());
                    if ui.selectable_label(on, &s.tag).clicked() {
                        out.push(cmd(P::Chart(Some(s.tag.clone()))));
                    }
                }
            })
            .response
            .labelled_by(caption.id);
    });
}

/// One series of the chart: name, colour, marker shape and points (date, F1).
type Series = (String, egui::Color32, egui_plot::MarkerShape, Vec<[f64; 2]>);

/// The series shown: one per label, or the chosen skill's.
fn chart_series(
    pal: &Palette,
    p: &ProfilePage,
    attempts: &[AttemptFigures],
    skills: &BTreeMap<String, Vec<String>>,
) -> Vec<Series> {
    // A line and a marker shape per series: colour is never the only cue.
    let shapes = [
        egui_plot::MarkerShape::Circle,
        egui_plot::MarkerShape::Square,
        egui_plot::MarkerShape::Diamond,
    ];
    match &p.chart {
        None => Label::ALL
            .iter()
            .map(|l| {
                let pts: Vec<[f64; 2]> = attempts
                    .iter()
                    .filter_map(|a| {
                        a.per_label[l.index()].map(|f| [profile::day_of(a.at), f * 100.0])
                    })
                    .collect();
                (
                    short(*l).to_string(),
                    pal.label_ink(*l),
                    shapes[l.index()],
                    pts,
                )
            })
            .collect(),
        Some(tag) => vec![(
            tag.clone(),
            pal.text,
            egui_plot::MarkerShape::Circle,
            profile::skill_series(attempts, skills, tag),
        )],
    }
}

/// The x axis is the date each attempt was checked (days since 1970, UTC), the same
/// dates whichever series is shown, with a little room either side.
fn date_range(attempts: &[AttemptFigures]) -> (f64, f64) {
    attempts
        .iter()
        .map(|a| profile::day_of(a.at))
        .fold(None, |r: Option<(f64, f64)>, d| {
            Some(r.map_or((d, d), |(lo, hi)| (lo.min(d), hi.max(d))))
        })
        .map_or((0.0, 1.0), |(lo, hi)| {
            let pad = ((hi - lo) * 0.05).max(1.0 / 48.0);
            (lo - pad, hi + pad)
        })
}

/// F1 attempt by attempt, dated.
fn chart(
    ui: &mut Ui,
    pal: &Palette,
    p: &ProfilePage,
    attempts: &[AttemptFigures],
    skills: &BTreeMap<String, Vec<String>>,
) {
    let series = chart_series(pal, p, attempts, skills);
    let (first, last) = date_range(attempts);
    egui_plot::Plot::new("profile")
        .height(260.0)
        .include_y(0.0)
        .include_y(100.0)
        .include_x(first)
        .include_x(last)
        // Dates; within a few days, the time of day.
        .x_axis_formatter(|m, range| {
            if range.end() - range.start() < 3.0 {
                profile::date_label(m.value, true)
            } else if m.value.fract() == 0.0 {
                profile::date_label(m.value, false)
            } else {
                String::new()
            }
        })
        .label_formatter(|pos| match pos {
            egui_plot::HoverPosition::NearDataPoint {
                plot_name,
                position,
                ..
            } => {
                let series = plot_name.to_string();
                let date = profile::date_label(position.x, true);
                let f1 = position.y.round_ties_even();
                Some(crate::t!(
                    "profile-chart-point",
                    series = series,
                    date = date,
                    f1 = f1
                ))
            }
            egui_plot::HoverPosition::Elsewhere { .. } => None,
        })
        .allow_drag(false)
        .allow_zoom(false)
        .allow_scroll(false)
        .legend(egui_plot::Legend::default())
        .x_axis_label(crate::t!("profile-chart-x-axis"))
        .y_axis_label(crate::t!("profile-chart-y-axis"))
        .show(ui, |plot| {
            for (name, colour, shape, pts) in &series {
                plot.line(
                    egui_plot::Line::new(name.as_str(), egui_plot::PlotPoints::from(pts.clone()))
                        .color(*colour)
                        .width(2.5),
                );
                plot.points(
                    egui_plot::Points::new(name.as_str(), egui_plot::PlotPoints::from(pts.clone()))
                        .shape(*shape)
                        .radius(5.0)
                        .color(*colour),
                );
            }
        });
}

/// Focus practice per label, the CSV export and the reset (asked twice).
fn actions(ui: &mut Ui, pal: &Palette, p: &ProfilePage, out: &mut Vec<Command>) {
    ui.horizontal_wrapped(|ui| {
        ui.label(RichText::new(crate::t!("profile-focus-caption")).strong());
        for l in Label::ALL {
            if ui
                .button(
                    RichText::new(crate::t!("profile-practise-label", label = short(l)))
                        .color(pal.label_ink(l)),
                )
                .clicked()
            {
                out.push(Command::StartFocus(l));
            }
        }
    });
    ui.add_space(8.0);
    ui.horizontal(|ui| {
        if ui
            .button(crate::t!("profile-export"))
            .on_hover_text(crate::t!("profile-export-hover"))
            .clicked()
        {
            out.push(cmd(P::Export));
        }
        if p.confirm_reset {
            ui.label(RichText::new(crate::t!("profile-reset-warning")).color(pal.warning));
            if ui.button(crate::t!("profile-reset-confirm")).clicked() {
                out.push(cmd(P::Reset));
            }
            if ui.button(crate::t!("profile-reset-keep")).clicked() {
                out.push(cmd(P::KeepIt));
            }
        } else if ui.button(crate::t!("profile-reset")).clicked() {
            out.push(cmd(P::Reset));
        }
    });
}
