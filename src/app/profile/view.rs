//! Drawing the skills profile.

use super::{ProfileCommand as P, ProfilePage};
use crate::app::state::{Command, Shared};
use crate::app::theme::palette;
use crate::app::widgets::{badge, short};
use crate::model::Label;
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
    let standing = sh.standing();
    match crate::model::profile::in_words(&standing) {
        Some(w) => {
            ui.label(RichText::new(w).size(17.0));
        }
        None => {
            ui.label("Check a lesson to start your profile.");
        }
    }
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
    // F1 per label, attempt by attempt in time order.
    let mut attempts: Vec<(u64, [Option<f64>; 3])> = sh
        .progress
        .lessons
        .values()
        .flat_map(|l| {
            l.attempts
                .iter()
                .filter_map(|a| a.per_label.map(|p| (a.at, p)))
        })
        .collect();
    attempts.sort_by_key(|(at, _)| *at);
    // A line and a marker shape per label: colour is never the only cue.
    let shapes = [
        egui_plot::MarkerShape::Circle,
        egui_plot::MarkerShape::Square,
        egui_plot::MarkerShape::Diamond,
    ];
    let series: Vec<(Label, Vec<[f64; 2]>)> = Label::ALL
        .iter()
        .map(|l| {
            let pts: Vec<[f64; 2]> = attempts
                .iter()
                .enumerate()
                .filter_map(|(i, (_, p))| p[l.index()].map(|f| [i as f64 + 1.0, f * 100.0]))
                .collect();
            (*l, pts)
        })
        .collect();
    ui.add_space(8.0);
    ui.label(RichText::new("F1 per label, attempt by attempt").strong());
    egui_plot::Plot::new("profile")
        .height(280.0)
        .include_y(0.0)
        .include_y(100.0)
        .allow_drag(false)
        .allow_zoom(false)
        .allow_scroll(false)
        .legend(egui_plot::Legend::default())
        .x_axis_label("attempt")
        .y_axis_label("F1")
        .show(ui, |plot| {
            for (l, pts) in &series {
                plot.line(
                    egui_plot::Line::new(short(*l), egui_plot::PlotPoints::from(pts.clone()))
                        .color(pal.label_ink(*l))
                        .width(2.5),
                );
                plot.points(
                    egui_plot::Points::new(short(*l), egui_plot::PlotPoints::from(pts.clone()))
                        .shape(shapes[l.index()])
                        .radius(5.0)
                        .color(pal.label_ink(*l)),
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
