//! Drawing the skills profile.

use super::{ProfileCommand as P, ProfilePage};
use crate::app::state::{Command, Shared};
use crate::app::theme::palette;
use crate::app::widgets::{badge, short};
use crate::model::{Label, profile};
use egui::{RichText, Ui};

fn cmd(c: P) -> Command {
    Command::Profile(c)
}

/// The page.
pub fn show(ui: &mut Ui, sh: &Shared, p: &ProfilePage) -> Vec<Command> {
    let pal = palette(sh.settings.dark);
    let mut out = Vec::new();
    ui.horizontal(|ui| {
        if ui.button("Back to library").clicked() {
            out.push(Command::ShowLibrary);
        }
        ui.heading("Your skills profile");
    });
    ui.separator();
    let attempts = sh.profile_attempts();
    let standing = profile::standing(&attempts);
    let words = profile::in_words(&standing, &profile::mix_ups_total(&attempts));
    match words {
        Some(w) => {
            ui.label(RichText::new(w).size(17.0));
        }
        None => {
            ui.label("Check a lesson to start your profile.");
        }
    }
    ui.add_space(4.0);
    egui::Grid::new("standing").num_columns(3).show(ui, |ui| {
        for s in &standing {
            ui.horizontal(|ui| {
                badge(ui, &pal, s.label);
                ui.label(short(s.label));
            });
            ui.label(
                RichText::new(s.f1.map_or("–".into(), |f| format!("F1 {:.0}", f * 100.0))).strong(),
            );
            ui.label(RichText::new(format!("over {} lesson(s)", s.lessons)).color(pal.weak_text));
            ui.end_row();
        }
    });
    let skills = sh.lesson_skills();
    let by_skill = profile::skill_standing(&attempts, &skills);
    if !by_skill.is_empty() {
        ui.add_space(8.0);
        ui.label(RichText::new("By skill, weakest first").strong())
            .on_hover_text("Your score on the lessons that practise each skill (the tags under each lesson in the library); the latest attempt of each lesson counts.");
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
                                    .text(format!("F1 {:.0}", s.f1 * 100.0)),
                            );
                            ui.label(
                                RichText::new(format!("over {} lesson(s)", s.lessons))
                                    .color(pal.weak_text),
                            );
                            ui.end_row();
                        }
                    });
                ui.add_space(24.0);
            }
        });
    }
    ui.add_space(8.0);
    ui.horizontal(|ui| {
        let caption = ui.label(RichText::new("F1 attempt by attempt:").strong());
        let shown = p.chart.clone().unwrap_or_else(|| "per label".into());
        egui::ComboBox::from_id_salt("chart")
            .selected_text(shown)
            .show_ui(ui, |ui| {
                if ui
                    .selectable_label(p.chart.is_none(), "per label")
                    .clicked()
                {
                    out.push(cmd(P::Chart(None)));
                }
                for s in &by_skill {
                    let on = p.chart.as_deref() == Some(s.tag.as_str());
                    if ui.selectable_label(on, &s.tag).clicked() {
                        out.push(cmd(P::Chart(Some(s.tag.clone()))));
                    }
                }
            })
            .response
            .labelled_by(caption.id);
    });
    // A line and a marker shape per series: colour is never the only cue.
    let shapes = [
        egui_plot::MarkerShape::Circle,
        egui_plot::MarkerShape::Square,
        egui_plot::MarkerShape::Diamond,
    ];
    let series: Vec<(String, egui::Color32, egui_plot::MarkerShape, Vec<[f64; 2]>)> = match &p.chart
    {
        None => Label::ALL
            .iter()
            .map(|l| {
                let pts: Vec<[f64; 2]> = attempts
                    .iter()
                    .enumerate()
                    .filter_map(|(i, a)| {
                        a.per_label[l.index()].map(|f| [i as f64 + 1.0, f * 100.0])
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
            profile::skill_series(&attempts, &skills, tag),
        )],
    };
    egui_plot::Plot::new("profile")
        .height(260.0)
        .include_y(0.0)
        .include_y(100.0)
        // The same attempt numbers whichever series is shown, and whole numbers only.
        .include_x(1.0)
        .include_x(attempts.len().max(2) as f64)
        .x_axis_formatter(|m, _| {
            if m.value.fract() == 0.0 {
                format!("{}", m.value)
            } else {
                String::new()
            }
        })
        .allow_drag(false)
        .allow_zoom(false)
        .allow_scroll(false)
        .legend(egui_plot::Legend::default())
        .x_axis_label("attempt")
        .y_axis_label("F1")
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
    ui.add_space(8.0);
    ui.horizontal_wrapped(|ui| {
        ui.label(RichText::new("Focus practice, paragraph by paragraph:").strong());
        for l in Label::ALL {
            if ui
                .button(RichText::new(format!("Practise {}", short(l))).color(pal.label_ink(l)))
                .clicked()
            {
                out.push(Command::StartFocus(l));
            }
        }
    });
    ui.add_space(8.0);
    ui.horizontal(|ui| {
        if ui
            .button("Export as CSV…")
            .on_hover_text("Every checked attempt, for your portfolio")
            .clicked()
        {
            out.push(cmd(P::Export));
        }
        if p.confirm_reset {
            ui.label(RichText::new("Reset deletes every attempt and score.").color(pal.warning));
            if ui.button("Yes, reset").clicked() {
                out.push(cmd(P::Reset));
            }
            if ui.button("Keep it").clicked() {
                out.push(cmd(P::KeepIt));
            }
        } else if ui.button("Reset profile…").clicked() {
            out.push(cmd(P::Reset));
        }
    });
    out
}
