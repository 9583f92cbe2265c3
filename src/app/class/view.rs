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
        let (back, tab) = back_and_tabs(
            ui,
            &[
                (ClassTab::Students, "Students"),
                (ClassTab::Items, "Key items"),
                (ClassTab::Figures, "Confusion and scores"),
                (ClassTab::HeatMap, "Class heat map"),
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
            .checkbox(&mut proj, "Projector (large text, no names)")
            .changed()
        {
            out.push(cmd(C::Projector(proj)));
        }
        ui.separator();
        ui.label("Gradebook:");
        for (f, name) in [
            (GradebookFormat::Generic, "CSV"),
            (GradebookFormat::Canvas, "Canvas"),
            (GradebookFormat::Moodle, "Moodle"),
        ] {
            if ui
                .button(format!("{name}…"))
                .on_hover_text("Write the gradebook for your learning platform")
                .clicked()
            {
                out.push(cmd(C::Export(f)));
            }
        }
        ui.label(
            RichText::new(format!("{} · {}", p.dir.display(), p.lesson.meta.title))
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
            ClassTab::HeatMap => heat(ui, sh, p, &mut views.heat, &mut out),
        }
    });
    out
}

fn summary(ui: &mut Ui, pal: &Palette, p: &ClassPage) {
    let r = &p.class.report;
    ui.horizontal_wrapped(|ui| {
        ui.heading(format!("{} answer(s)", r.students.len()));
        if let (Some(mean), Some(median)) = (r.mean_score(), r.median_score()) {
            ui.label(format!("mean score {mean:.0}, median {median:.0}"))
                .on_hover_text("The average score of the class, and the middle score when the scores are put in order (half the class scored more, half less). Scores are out of 100.");
            ui.label(RichText::new("70 is expert level").color(pal.weak_text))
                .on_hover_text(words::BENCHMARK_HOVER);
        }
        let re = r.students.iter().filter(|s| s.reanchored).count();
        if re > 0 {
            ui.label(
                RichText::new(format!(
                    "{re} made on another version of the lesson (re-anchored)"
                ))
                .color(pal.weak_text),
            );
        }
    });
    if !p.class.problems.is_empty() && !p.projector {
        egui::CollapsingHeader::new(
            RichText::new(format!(
                "{} file(s) not counted or counted with a warning",
                p.class.problems.len()
            ))
            .color(pal.warning),
        )
        .id_salt("problems")
        .default_open(true)
        .show(ui, |ui| {
            for pr in &p.class.problems {
                ui.label(RichText::new(format!("{}: {}", pr.file, pr.message)).small());
            }
        });
    }
    ui.separator();
}

fn f1(x: Option<crate::model::scoring::Prf>) -> String {
    x.map_or("–".into(), |p| format!("{:.0}", p.f1 * 100.0))
}

/// The students table's columns: what each sorts by, its name, width and what it means.
const COLUMNS: [(SortBy, &str, f32, &str); 8] = [
    (
        SortBy::Name,
        "Student",
        220.0,
        "The student's name (or the answer file's). Click a name in the table to see the student's highlights over the key.",
    ),
    (
        SortBy::Score,
        "Score",
        60.0,
        "How well the student's highlights matched the key, all labels together (100 × F1): 100 = exactly, 0 = no overlap. 70 is expert level.",
    ),
    (
        SortBy::Label(Label::Attribution),
        "Attr F1",
        70.0,
        "F1 for Attribution alone: how well the student's Attribution highlights matched the key's. It combines found (how much of the key's items they highlighted) and precise (how much of their highlighting the key has). 100 = exactly, 0 = no overlap; – = nothing to find.",
    ),
    (
        SortBy::Label(Label::Opinion),
        "Opin F1",
        70.0,
        "F1 for Opinion alone: how well the student's Opinion highlights matched the key's. It combines found (how much of the key's items they highlighted) and precise (how much of their highlighting the key has). 100 = exactly, 0 = no overlap; – = nothing to find.",
    ),
    (
        SortBy::Label(Label::Unsupported),
        "Unsup F1",
        70.0,
        "F1 for Unsupported assertion alone: how well the student's Unsupported highlights matched the key's. It combines found (how much of the key's items they highlighted) and precise (how much of their highlighting the key has). 100 = exactly, 0 = no overlap; – = nothing to find.",
    ),
    (
        SortBy::Passage,
        "Passage",
        70.0,
        "Right passages, any label (passage F1): how well the student found the words the key marks, even where they chose another label. 100 = the same words, 0 = no overlap.",
    ),
    (
        SortBy::Missed,
        "Found / partly / wrong / missed",
        220.0,
        "Key items the student found (at least half highlighted with its label), partly found (less than half), highlighted with the wrong label, and missed.",
    ),
    (SortBy::Extra, "Extra", 60.0, words::EXTRA),
];

fn students(ui: &mut Ui, pal: &Palette, p: &ClassPage, out: &mut Vec<Command>) {
    ui.label(
        RichText::new("Scores are out of 100: 100 = the key exactly, 0 = no overlap. Hover over a column's name for what it means; click it to sort.")
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
    ui.horizontal(|ui| {
        for (by, name, w, help) in COLUMNS {
            // Words, not arrows: the default fonts have no arrow glyphs.
            let arrow = match p.sort {
                (b, desc) if b == by && by == SortBy::Name => {
                    if desc {
                        " (Z-A)"
                    } else {
                        " (A-Z)"
                    }
                }
                (b, desc) if b == by => {
                    if desc {
                        " (high)"
                    } else {
                        " (low)"
                    }
                }
                _ => "",
            };
            let r = ui.add_sized(
                [w, 20.0],
                egui::Button::new(RichText::new(format!("{name}{arrow}")).strong()),
            );
            if r.on_hover_text(format!("{help} Click to sort.")).clicked() {
                out.push(cmd(C::Sort(by)));
            }
        }
        ui.label(RichText::new("Flags").strong());
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
    let name = if p.projector {
        format!("Student {}", row + 1)
    } else {
        s.name.clone()
    };
    let r = ui.add_sized(
        [COLUMNS[0].2, row_h - 4.0],
        egui::Button::selectable(p.selected == Some(i), name),
    );
    if r.on_hover_text("Show this student's highlights over the key")
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
    cell(ui, COLUMNS[1].2, format!("{}", s.score.display()));
    for (k, l) in Label::ALL.iter().enumerate() {
        cell(ui, COLUMNS[2 + k].2, f1(s.score.per_label[l.index()]));
    }
    cell(
        ui,
        COLUMNS[5].2,
        format!("{:.0}", s.score.passage_f1 * 100.0),
    );
    let c = s.score.status_counts();
    cell(
        ui,
        COLUMNS[6].2,
        format!("{} / {} / {} / {}", c[0], c[1], c[2], c[3]),
    );
    cell(ui, COLUMNS[7].2, format!("{}", s.score.not_in_key()));
    ui.label(RichText::new(flags(s)).color(pal.warning));
}

/// What to look at in a student's answer, in words.
fn flags(s: &StudentResult) -> String {
    let mut flags = Vec::new();
    if s.score.indiscriminate {
        flags.push("indiscriminate".to_string());
    }
    if s.reanchored {
        flags.push("re-anchored".into());
    }
    if s.orphaned > 0 {
        flags.push(format!("{} unplaced", s.orphaned));
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
        ui.label(format!("score {}", s.score.display()))
            .on_hover_text("How well this student's highlights matched the key: 100 = exactly, 0 = no overlap. 70 is expert level.");
        if ui.button("Close").clicked() {
            out.push(cmd(C::Select(None)));
        }
    });
    ui.label(
        RichText::new("Filled: the student's highlights. Outlined: the key.")
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
    ui.label(RichText::new("Key items, hardest first: the share of students who found each, partly found it, gave it another label or missed it.").color(pal.weak_text));
    egui::ScrollArea::vertical()
        .id_salt("items")
        .auto_shrink(false)
        .show(ui, |ui| {
            let size = if p.projector { 20.0 } else { 14.0 };
            for it in &p.class.report.items {
                let q = p.lesson.text.slice_clamped(it.span.start, it.span.end);
                egui::Frame::group(ui.style()).show(ui, |ui| {
                    ui.set_width(ui.available_width());
                    ui.horizontal_wrapped(|ui| {
                        badge(ui, pal, it.span.label);
                        ui.label(
                            RichText::new(format!("{}. “{q}”", it.index + 1))
                                .size(size)
                                .italics(),
                        );
                        if it.optional {
                            ui.label(RichText::new("optional").small().color(pal.weak_text));
                        }
                    });
                    shares_bar(ui, pal, &it.shares);
                    let mut line = format!(
                        "found {:.0}% · partly {:.0}% · wrong label {:.0}% · missed {:.0}%",
                        it.shares[0] * 100.0,
                        it.shares[1] * 100.0,
                        it.shares[2] * 100.0,
                        it.shares[3] * 100.0
                    );
                    if let Some(l) = it.most_given_instead() {
                        line.push_str(&format!(" · most often marked {} instead", short(l)));
                    }
                    ui.label(RichText::new(line).size(size * 0.85))
                        .on_hover_text("Found: at least half of the item highlighted with its label. Partly: less than half. Wrong label: highlighted, but with another label. Missed: not highlighted.");
                });
            }
        });
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

fn figures(ui: &mut Ui, pal: &Palette, p: &ClassPage) {
    let r = &p.class.report;
    ui.columns(2, |cols| {
        let ui = &mut cols[0];
        ui.heading("Which labels were confused");
        ui.label(RichText::new("Characters, summed over the class. Rows: the key; columns: the students. Darker: more.").small().color(pal.weak_text));
        let max = r.confusion.iter().flatten().copied().max().unwrap_or(0).max(1);
        egui::Grid::new("confusion").spacing([4.0, 4.0]).show(ui, |ui| {
            ui.label("");
            for a in CONFUSION_AXES {
                ui.label(RichText::new(a).strong());
            }
            ui.end_row();
            for (ri, row) in r.confusion.iter().enumerate() {
                ui.label(RichText::new(CONFUSION_AXES[ri]).strong());
                for v in row {
                    let (rect, resp) = ui.allocate_exact_size(egui::vec2(96.0, 36.0), egui::Sense::hover());
                    let t = (*v as f32 / max as f32).sqrt();
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
                        if t > 0.6 { egui::Color32::WHITE } else { egui::Color32::BLACK },
                    );
                    resp.on_hover_text(format!("{v} characters"));
                }
                ui.end_row();
            }
        });
        let ui = &mut cols[1];
        ui.heading("Scores");
        let bars: Vec<egui_plot::Bar> = r
            .histogram
            .iter()
            .enumerate()
            .map(|(i, n)| egui_plot::Bar::new(i as f64 * 10.0 + 5.0, *n as f64).width(9.0).name(format!("{}–{}", i * 10, if i == 9 { 100 } else { i * 10 + 9 })))
            .collect();
        egui_plot::Plot::new("histogram")
            .height(260.0)
            .allow_drag(false)
            .allow_zoom(false)
            .allow_scroll(false)
            .x_axis_label("score")
            .y_axis_label("students")
            .show(ui, |plot| plot.bar_chart(egui_plot::BarChart::new("students", bars).color(pal.label_ink(Label::Attribution))));
    });
}

fn heat(ui: &mut Ui, sh: &Shared, p: &ClassPage, view: &mut ArticleView, out: &mut Vec<Command>) {
    let pal = palette(sh.settings.dark);
    ui.horizontal_wrapped(|ui| {
        ui.label("Show:");
        for l in Label::ALL {
            if ui.selectable_label(p.heat_label == l, RichText::new(l.title()).color(pal.label_ink(l))).clicked() {
                out.push(cmd(C::HeatLabel(l)));
            }
        }
        ui.label(
            RichText::new("Darker: more of the class marked it with this label. Outlined: the key's items of this label.")
                .small()
                .color(pal.weak_text),
        );
    });
    let l = p.heat_label;
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
