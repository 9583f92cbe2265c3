//! Drawing the class results page.

use super::{ClassCommand as C, ClassPage, ClassTab, SortBy};
use crate::app::article::{ArticleInput, ArticleView, MarksBuilder};
use crate::app::command::Command;
use crate::app::shared::Shared;
use crate::app::theme::{Palette, palette};
use crate::app::widgets::{back_and_tabs, badge, short};
use crate::app::words;
use crate::model::Label;
use crate::model::class::{CONFUSION_AXES, GradebookFormat, StudentResult};
use egui::{RichText, Ui};

fn cmd(c: C) -> Command {
    Command::Class(c)
}

/// The page's article widgets (view-side caches).
#[derive(Default)]
pub struct ClassViews {
    /// A student's highlights over the key.
    pub student: ArticleView,
    /// The class heat map.
    pub heat: ArticleView,
}

/// The toolbar under the title bar.
pub fn toolbar(ui: &mut Ui, sh: &Shared, p: &ClassPage) -> Vec<Command> {
    let pal = palette(sh.settings.dark);
    let mut out = Vec::new();
    ui.horizontal_wrapped(|ui| {
        let students = crate::t!("class-tab-students");
        let items = crate::t!("class-tab-items");
        let figures = crate::t!("class-tab-figures");
        let heat_map = crate::t!("class-tab-heat-map");
        let roster = crate::t!("lms-tab-roster");
        let (back, tab) = back_and_tabs(
            ui,
            &[
                (ClassTab::Students, students.as_str()),
                (ClassTab::Items, items.as_str()),
                (ClassTab::Figures, figures.as_str()),
                (ClassTab::HeatMap, heat_map.as_str()),
                (ClassTab::Roster, roster.as_str()),
            ],
            p.tab,
        );
        if back {
            out.push(Command::ShowLibrary);
        }
        if let Some(t) = tab {
            out.push(cmd(C::Tab(t)));
        }
        let mut proj = p.projector;
        if ui
            .checkbox(&mut proj, crate::t!("class-projector"))
            .changed()
        {
            out.push(cmd(C::Projector(proj)));
        }
        ui.separator();
        ui.label(crate::t!("class-gradebook"));
        for (f, name) in [
            (GradebookFormat::Generic, crate::t!("class-gradebook-csv")),
            (GradebookFormat::Canvas, crate::t!("class-gradebook-canvas")),
            (GradebookFormat::Moodle, crate::t!("class-gradebook-moodle")),
        ] {
            if ui
                .button(name)
                .on_hover_text(crate::t!("class-gradebook-hover"))
                .clicked()
            {
                out.push(cmd(C::Export(f)));
            }
        }
        let folder = p.dir.display().to_string();
        let title = &p.lesson.meta.title;
        ui.label(
            RichText::new(crate::t!(
                "class-toolbar-source",
                folder = folder,
                title = title
            ))
            .small()
            .color(pal.weak_text),
        );
    });
    out
}

/// The page below the toolbar.
pub fn page(ui: &mut Ui, sh: &Shared, p: &ClassPage, views: &mut ClassViews) -> Vec<Command> {
    let mut out = Vec::new();
    let pal = palette(sh.settings.dark);
    if p.tab == ClassTab::Students
        && let Some(i) = p.selected
    {
        egui::Panel::right("student_detail")
            .resizable(true)
            .default_size(ui.available_width() * 0.5)
            .show(ui, |ui| student(ui, sh, p, i, &mut views.student, &mut out));
    }
    egui::CentralPanel::default().show(ui, |ui| {
        summary(ui, &pal, p);
        match p.tab {
            ClassTab::Students => students(ui, &pal, p, &mut out),
            ClassTab::Items => items(ui, &pal, p),
            ClassTab::Figures => figures(ui, &pal, p),
            ClassTab::HeatMap => super::heat::heat(ui, sh, p, &mut views.heat, &mut out),
            ClassTab::Roster => super::roster::panel(ui, &pal, p, &mut out),
        }
    });
    out
}

fn summary(ui: &mut Ui, pal: &Palette, p: &ClassPage) {
    let r = &p.class.report;
    ui.horizontal_wrapped(|ui| {
        ui.heading(crate::t!("class-summary-answers", count = r.students.len()));
        if let (Some(mean), Some(median)) = (r.mean_score(), r.median_score()) {
            let mean = crate::i18n::decimal(mean, 0);
            let median = crate::i18n::decimal(median, 0);
            ui.label(crate::t!(
                "class-summary-mean-median",
                mean = mean,
                median = median
            ))
            .on_hover_text(crate::t!("class-summary-mean-median.hover"));
            ui.label(RichText::new(crate::t!("class-summary-benchmark")).color(pal.weak_text))
                .on_hover_text(words::benchmark_hover());
        }
        let re = r.students.iter().filter(|s| s.reanchored).count();
        if re > 0 {
            ui.label(
                RichText::new(crate::t!("class-summary-reanchored", count = re))
                    .color(pal.weak_text),
            );
        }
    });
    if !p.class.problems.is_empty() && !p.projector {
        let count = p.class.problems.len();
        egui::CollapsingHeader::new(
            RichText::new(crate::t!("class-summary-problems", count = count)).color(pal.warning),
        )
        .id_salt("problems")
        .default_open(true)
        .show(ui, |ui| {
            for pr in &p.class.problems {
                let (file, message) = (&pr.file, &pr.message);
                let line = crate::t!("class-summary-problem", file = file, message = message);
                ui.label(RichText::new(line).small());
            }
        });
    }
    ui.separator();
}

fn f1(x: Option<crate::model::scoring::Prf>) -> String {
    x.map_or("–".into(), |p| format!("{:.0}", p.f1 * 100.0))
}

/// The students table's columns: what each sorts by and its width.
const COLUMNS: [(SortBy, f32); 8] = [
    (SortBy::Name, 220.0),
    (SortBy::Score, 60.0),
    (SortBy::Label(Label::Attribution), 70.0),
    (SortBy::Label(Label::Opinion), 70.0),
    (SortBy::Label(Label::Unsupported), 70.0),
    (SortBy::Passage, 70.0),
    (SortBy::Missed, 220.0),
    (SortBy::Extra, 60.0),
];

/// The columns' widths for the room there is: narrower (to 60 %) in a small window or a
/// longer language, so the table never runs past the window's edge.
fn widths(avail: f32) -> [f32; 8] {
    let total: f32 = COLUMNS.iter().map(|(_, w)| w + 8.0).sum::<f32>() + 110.0;
    let f = (avail / total).clamp(0.6, 1.0);
    COLUMNS.map(|(_, w)| w * f)
}

/// A column's name and what it means.
fn column_words(by: SortBy) -> (String, String) {
    match by {
        SortBy::Name => (
            crate::t!("class-column-student"),
            crate::t!("class-column-student.hover"),
        ),
        SortBy::Score => (
            crate::t!("class-column-score"),
            crate::t!("class-column-score.hover"),
        ),
        SortBy::Label(Label::Attribution) => (
            crate::t!("class-column-attribution"),
            crate::t!("class-column-attribution.hover"),
        ),
        SortBy::Label(Label::Opinion) => (
            crate::t!("class-column-opinion"),
            crate::t!("class-column-opinion.hover"),
        ),
        SortBy::Label(Label::Unsupported) => (
            crate::t!("class-column-unsupported"),
            crate::t!("class-column-unsupported.hover"),
        ),
        SortBy::Passage => (
            crate::t!("class-column-passage"),
            crate::t!("class-column-passage.hover"),
        ),
        SortBy::Missed => (
            crate::t!("class-column-statuses"),
            crate::t!("class-column-statuses.hover"),
        ),
        SortBy::Extra => (crate::t!("class-column-extra"), words::extra()),
    }
}

fn students(ui: &mut Ui, pal: &Palette, p: &ClassPage, out: &mut Vec<Command>) {
    ui.label(
        RichText::new(crate::t!("class-students-help"))
            .small()
            .color(pal.weak_text),
    );
    column_heads(ui, p, out);
    let row_h = ui.spacing().interact_size.y + 4.0;
    egui::ScrollArea::vertical()
        .id_salt("students")
        .auto_shrink(false)
        .show_rows(ui, row_h, p.order.len(), |ui, rows| {
            for row in rows {
                let Some(&i) = p.order.get(row) else { continue };
                let Some(s) = p.class.report.students.get(i) else {
                    continue;
                };
                ui.horizontal(|ui| student_row(ui, pal, p, (row, i), s, row_h, out));
            }
        });
}

/// The column names: each sorts the table (again: the other way).
fn column_heads(ui: &mut Ui, p: &ClassPage, out: &mut Vec<Command>) {
    let ws = widths(ui.available_width());
    ui.horizontal(|ui| {
        for ((by, _), w) in COLUMNS.into_iter().zip(ws) {
            let (name, help) = column_words(by);
            // Words, not arrows: the default fonts have no arrow glyphs.
            let head = match p.sort {
                (b, desc) if b == by && by == SortBy::Name => {
                    if desc {
                        crate::t!("class-column-sorted-z-a", name = name)
                    } else {
                        crate::t!("class-column-sorted-a-z", name = name)
                    }
                }
                (b, desc) if b == by => {
                    if desc {
                        crate::t!("class-column-sorted-high", name = name)
                    } else {
                        crate::t!("class-column-sorted-low", name = name)
                    }
                }
                _ => name,
            };
            let r = ui.add_sized(
                [w, 20.0],
                egui::Button::new(RichText::new(head).strong()).truncate(),
            );
            if r.on_hover_text(crate::t!("class-column-sort-hover", help = help))
                .clicked()
            {
                out.push(cmd(C::Sort(by)));
            }
        }
        ui.label(RichText::new(crate::t!("class-column-flags")).strong());
    });
}

/// One student's row: the name (selects the student), the figures and the flags; `row` is
/// the row in the table, `i` the student's index in the report.
fn student_row(
    ui: &mut Ui,
    pal: &Palette,
    p: &ClassPage,
    (row, i): (usize, usize),
    s: &StudentResult,
    row_h: f32,
    out: &mut Vec<Command>,
) {
    let ws = widths(ui.available_width());
    let name = if p.projector {
        crate::t!("class-projector-student", number = row + 1)
    } else {
        s.name.clone()
    };
    let r = ui.add_sized(
        [ws[0], row_h - 4.0],
        egui::Button::selectable(p.selected == Some(i), name),
    );
    if r.on_hover_text(crate::t!("class-student-row-hover"))
        .clicked()
    {
        out.push(cmd(C::Select(if p.selected == Some(i) {
            None
        } else {
            Some(i)
        })));
    }
    let cell = |ui: &mut Ui, w: f32, t: String| {
        ui.add_sized([w, row_h - 4.0], egui::Label::new(t));
    };
    cell(ui, ws[1], format!("{}", s.score.display()));
    for (k, l) in Label::ALL.iter().enumerate() {
        cell(ui, ws[2 + k], f1(s.score.per_label[l.index()]));
    }
    cell(ui, ws[5], format!("{:.0}", s.score.passage_f1 * 100.0));
    let c = s.score.status_counts();
    cell(
        ui,
        ws[6],
        format!("{} / {} / {} / {}", c[0], c[1], c[2], c[3]),
    );
    cell(ui, ws[7], format!("{}", s.score.not_in_key()));
    ui.label(RichText::new(flags(s, p.lms.late(&s.file))).color(pal.warning));
}

/// What to look at in a student's answer, in words.
fn flags(s: &StudentResult, late: bool) -> String {
    let mut flags = Vec::new();
    if late {
        flags.push(crate::t!("lms-flag-late"));
    }
    if s.score.indiscriminate {
        flags.push(crate::t!("class-flag-indiscriminate"));
    }
    if s.reanchored {
        flags.push(crate::t!("class-flag-reanchored"));
    }
    if s.orphaned > 0 {
        flags.push(crate::t!("class-flag-unplaced", count = s.orphaned));
    }
    flags.join(", ")
}

fn student(
    ui: &mut Ui,
    sh: &Shared,
    p: &ClassPage,
    i: usize,
    view: &mut ArticleView,
    out: &mut Vec<Command>,
) {
    let pal = palette(sh.settings.dark);
    let Some(s) = p.class.report.students.get(i) else {
        return;
    };
    ui.horizontal(|ui| {
        ui.heading(&s.name);
        ui.label(crate::t!("class-student-score", score = s.score.display()))
            .on_hover_text(crate::t!("class-student-score.hover"));
        if ui.button(crate::t!("class-student-close")).clicked() {
            out.push(cmd(C::Select(None)));
        }
    });
    ui.label(
        RichText::new(crate::t!("class-student-legend"))
            .small()
            .color(pal.weak_text),
    );
    let marks = MarksBuilder::new()
        .spans(p.spans_of(i).unwrap_or_default())
        .key(&p.key.spans)
        .build();
    egui::ScrollArea::vertical()
        .id_salt("student_article")
        .auto_shrink(false)
        .show(ui, |ui| {
            let input = ArticleInput {
                doc_id: p.instance.wrapping_mul(31).wrapping_add(i as u64),
                lesson: &p.lesson,
                marks: &marks,
                caret: None,
                selection: None,
                palette: pal,
                font_size: sh.settings.text_size * 0.9,
                reveal: None,
            };
            let _ = view.show(ui, &input);
        });
}

fn items(ui: &mut Ui, pal: &Palette, p: &ClassPage) {
    ui.label(RichText::new(crate::t!("class-items-help")).color(pal.weak_text));
    crate::app::widgets::scrolled_page("items", ui, |ui| {
        let size = if p.projector { 20.0 } else { 14.0 };
        for it in &p.class.report.items {
            let q = p.lesson.text.slice_clamped(it.span.start, it.span.end);
            egui::Frame::group(ui.style()).show(ui, |ui| {
                ui.set_width(ui.available_width());
                ui.horizontal_wrapped(|ui| {
                    badge(ui, pal, it.span.label);
                    let number = it.index + 1;
                    let quote = crate::t!("class-item-quote", number = number, quote = q);
                    ui.label(RichText::new(quote).size(size).italics());
                    if it.optional {
                        ui.label(
                            RichText::new(crate::t!("class-item-optional"))
                                .small()
                                .color(pal.weak_text),
                        );
                    }
                });
                shares_bar(ui, pal, &it.shares);
                let line = item_line(&it.shares, it.most_given_instead());
                ui.label(RichText::new(line).size(size * 0.85))
                    .on_hover_text(crate::t!("class-item-shares.hover"));
            });
        }
    });
}

/// The shares of the class for a key item, in per cent: found, partly, wrong label, missed.
// Kept on one line: the translation tests find the message ids the code uses by `t!("`.
#[rustfmt::skip]
fn shares_text(shares: &[f64; 4]) -> String {
    let [found, partly, wrong, missed] = shares.map(|s| crate::i18n::decimal(s * 100.0, 0));
    crate::t!("class-item-shares", found = found, partly = partly, wrong = wrong, missed = missed)
}

/// A key item's line under its bar: the shares, and the label most often given instead.
fn item_line(shares: &[f64; 4], instead: Option<Label>) -> String {
    let shares = shares_text(shares);
    match instead {
        Some(l) => {
            let label = short(l);
            crate::t!("class-item-shares-instead", shares = shares, label = label)
        }
        None => shares,
    }
}

/// A bar split by status shares, in the status colours.
fn shares_bar(ui: &mut Ui, pal: &Palette, shares: &[f64; 4]) {
    let w = ui.available_width().min(520.0);
    let (rect, _) = ui.allocate_exact_size(egui::vec2(w, 10.0), egui::Sense::hover());
    let mut x = rect.left();
    for (k, s) in shares.iter().enumerate() {
        let dx = (*s as f32) * w;
        if dx > 0.0 {
            let r =
                egui::Rect::from_min_size(egui::pos2(x, rect.top()), egui::vec2(dx, rect.height()));
            ui.painter()
                .rect_filled(r, 0.0, pal.status.get(k).copied().unwrap_or(pal.weak_text));
        }
        x += dx;
    }
}

/// A row's or column's name in the confusion table (`a` from [`CONFUSION_AXES`]).
fn axis_name(a: &str) -> String {
    match a {
        "attribution" => crate::t!("class-confusion-attribution"),
        "opinion" => crate::t!("class-confusion-opinion"),
        "unsupported" => crate::t!("class-confusion-unsupported"),
        "none" => crate::t!("class-confusion-none"),
        other => other.to_string(),
    }
}

fn figures(ui: &mut Ui, pal: &Palette, p: &ClassPage) {
    let r = &p.class.report;
    ui.columns(2, |cols| {
        let ui = &mut cols[0];
        ui.heading(crate::t!("class-confusion-heading"));
        ui.label(
            RichText::new(crate::t!("class-confusion-help"))
                .small()
                .color(pal.weak_text),
        );
        // The scale leaves out "none/none" (text nobody marked and the key leaves alone),
        // which would dwarf every other cell.
        let last = CONFUSION_AXES.len() - 1;
        let max = r
            .confusion
            .iter()
            .enumerate()
            .flat_map(|(ri, row)| {
                row.iter()
                    .enumerate()
                    .filter(move |(ci, _)| !(ri == last && *ci == last))
                    .map(|(_, v)| *v)
            })
            .max()
            .unwrap_or(0)
            .max(1);
        egui::Grid::new("confusion")
            .spacing([4.0, 4.0])
            .show(ui, |ui| {
                ui.label("");
                for a in CONFUSION_AXES {
                    ui.label(RichText::new(axis_name(a)).strong());
                }
                ui.end_row();
                for (ri, row) in r.confusion.iter().enumerate() {
                    ui.label(RichText::new(axis_name(CONFUSION_AXES[ri])).strong());
                    for (ci, v) in row.iter().enumerate() {
                        let (rect, resp) =
                            ui.allocate_exact_size(egui::vec2(96.0, 36.0), egui::Sense::hover());
                        let t = if ri == last && ci == last {
                            0.0
                        } else {
                            (*v as f32 / max as f32).min(1.0).sqrt()
                        };
                        let c = egui::Color32::from_rgb(
                            (255.0 - 200.0 * t) as u8,
                            (255.0 - 150.0 * t) as u8,
                            255,
                        );
                        ui.painter().rect_filled(rect, 3.0, c);
                        ui.painter().text(
                            rect.center(),
                            egui::Align2::CENTER_CENTER,
                            v.to_string(),
                            egui::FontId::proportional(14.0),
                            if t > 0.6 {
                                egui::Color32::WHITE
                            } else {
                                egui::Color32::BLACK
                            },
                        );
                        resp.on_hover_text(crate::t!("class-confusion-cell", count = *v));
                    }
                    ui.end_row();
                }
            });
        let ui = &mut cols[1];
        ui.heading(crate::t!("class-scores-heading"));
        let bars: Vec<egui_plot::Bar> = r
            .histogram
            .iter()
            .enumerate()
            .map(|(i, n)| {
                let (low, high) = (i * 10, if i == 9 { 100 } else { i * 10 + 9 });
                let range = crate::t!("class-histogram-range", low = low, high = high);
                egui_plot::Bar::new(i as f64 * 10.0 + 5.0, *n as f64)
                    .width(9.0)
                    .name(range)
            })
            .collect();
        egui_plot::Plot::new("histogram")
            .height(260.0)
            .allow_drag(false)
            .allow_zoom(false)
            .allow_scroll(false)
            .x_axis_label(crate::t!("class-histogram-score"))
            .y_axis_label(crate::t!("class-histogram-students"))
            .show(ui, |plot| {
                plot.bar_chart(
                    egui_plot::BarChart::new(crate::t!("class-histogram-students"), bars)
                        .color(pal.label_ink(Label::Attribution)),
                )
            });
    });
}
