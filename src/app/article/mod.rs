//! The article widget: one widget for every mode (the student's answer, the key, both).
//!
//! It draws the lesson's block model with marks (filled highlights with a per-label
//! underline style and letter badge, or outlined key items), and turns mouse and keyboard
//! input into [`EditCommand`]s; it never changes application state. Its cache
//! ([`ArticleView`]) lives on the view side, one per place the widget is shown.
//!
//! - [`marks`]: the one way pages build their marks ([`MarksBuilder`]);
//! - [`layout`]: geometry, laid out incrementally and cached per block (keyed by the marks
//!   themselves);
//! - [`input`]: pointer and keyboard to commands.
//!
//! A frame paints only the blocks inside the visible rectangle.

mod access;
mod input;
mod layout;
mod marks;

pub use marks::MarksBuilder;

use crate::app::editing::EditCommand;
use crate::app::theme::Palette;
use crate::model::document::{Block, BlockKind};
use crate::model::{Label, Lesson};
use egui::{Align, FontId, Pos2, Rect, Sense, Shape, Stroke, Ui, pos2, vec2};
use layout::{BlockLayout, Deco, Layout, Params, range_rects};

/// How a mark is drawn.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum MarkStyle {
    /// A highlight: tinted background, underline in the label's style, badge.
    Fill,
    /// A key item shown over the article: an outline in the label's colour.
    Outline,
    /// The class heat map: a background from the page colour to the label's tint, level 1
    /// (few students marked it) to 4 (most); no underline or badge.
    Heat(u8),
}

/// Something drawn over a char range.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Mark {
    /// First char.
    pub start: usize,
    /// End char.
    pub end: usize,
    /// Label.
    pub label: Label,
    /// Fill or outline.
    pub style: MarkStyle,
    /// Drawn emphasised (the selected highlight).
    pub selected: bool,
}

/// Per-frame input to the widget.
pub struct ArticleInput<'a> {
    /// Identifies the document shown (a page instance); the cache starts afresh when it
    /// changes.
    pub doc_id: u64,
    /// The lesson drawn.
    pub lesson: &'a Lesson,
    /// Marks (built with [`MarksBuilder`]); the layout cache notices when they change.
    pub marks: &'a [Mark],
    /// Keyboard caret (char), drawn when the widget has focus.
    pub caret: Option<usize>,
    /// Selection not yet labelled.
    pub selection: Option<(usize, usize)>,
    /// Colours.
    pub palette: Palette,
    /// Body text size in points.
    pub font_size: f32,
    /// Scroll so this char is visible, once per serial: `(serial, char)`.
    pub reveal: Option<(u64, usize)>,
}

/// The widget's view-side state: layout cache, drag anchor, focus id.
#[derive(Default)]
pub struct ArticleView {
    layout: Layout,
    drag_anchor: Option<usize>,
    revealed: u64,
    /// The widget's id in the last frame (to tell its focus from a text field's).
    pub id: Option<egui::Id>,
    /// Where the text runs published to a screen reader last frame start.
    runs: access::Runs,
}

/// Widest column of text, in multiples of the font size (about 75 characters).
const MEASURE_EMS: f32 = 36.0;

impl ArticleView {
    /// Blocks laid out in the last frame (a steady frame lays out none).
    pub fn relayouts_last_frame(&self) -> usize {
        self.layout.relayouts
    }

    /// Blocks not yet laid out (they are done a few per frame).
    pub fn pending(&self) -> usize {
        self.layout.pending
    }

    /// Draw the article and collect what the user did.
    pub fn show(&mut self, ui: &mut Ui, input: &ArticleInput<'_>) -> Vec<EditCommand> {
        let mut events = Vec::new();
        let avail = ui.available_width();
        let column = avail
            .min(input.font_size * MEASURE_EMS)
            .max(input.font_size * 10.0);
        let clip = ui.clip_rect();
        let reveal = input.reveal.filter(|(serial, _)| *serial != self.revealed);
        self.refresh(ui, input, column, clip, reveal.map(|(_, c)| c));
        let left_pad = ((avail - column) / 2.0).max(0.0);
        let (outer, response) =
            ui.allocate_exact_size(vec2(avail, self.layout.height), Sense::click_and_drag());
        let origin = outer.min + vec2(left_pad, 0.0);
        let id = response.id;
        self.id = Some(id);
        let name = crate::t!("article-name");
        response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Document, true, &name));

        input::pointer(
            ui,
            &response,
            &self.layout,
            input,
            &mut self.drag_anchor,
            origin,
            &mut events,
        );
        let focused = response.has_focus();
        if focused {
            input::lock_focus(ui, id);
            input::keyboard(ui, &self.layout, input, &mut events);
        }
        if let Some(reveal) = reveal {
            self.scroll_to(ui, input, origin, reveal);
        }

        // Paint the visible blocks.
        let painter = ui.painter().clone();
        self.paint_visible(&painter, input, origin, clip);
        // The whole article as text for a screen reader, when one is connected.
        if access::enabled(ui, id) {
            access::selection_requests(ui, id, &self.runs, &mut events);
            self.runs = access::publish(ui, id, &self.layout, input, origin);
        }
        if focused {
            // The part of the column in view, for the focus ring.
            let visible = Rect::from_min_max(
                egui::pos2(origin.x - 8.0, clip.top().max(outer.top()) + 2.0),
                egui::pos2(
                    origin.x + column + 8.0,
                    clip.bottom().min(outer.bottom()) - 2.0,
                ),
            );
            self.paint_focus(&painter, input, origin, visible);
        }
        events
    }

    /// Bring the layout up to date for this frame's column width and visible range.
    fn refresh(
        &mut self,
        ui: &Ui,
        input: &ArticleInput<'_>,
        column: f32,
        clip: Rect,
        reveal: Option<usize>,
    ) {
        let p = Params {
            doc: input.doc_id,
            width: column,
            font_size: input.font_size,
            dark: input.palette.dark,
        };
        let top = ui.cursor().top();
        self.layout.refresh(
            ui,
            input,
            p,
            (clip.top() - top, clip.bottom() - top),
            reveal,
        );
        if self.layout.pending > 0 {
            ui.ctx().request_repaint();
        }
    }

    /// Scroll so the char to reveal is in view: `(serial, char)`; done once per serial.
    fn scroll_to(
        &mut self,
        ui: &Ui,
        input: &ArticleInput<'_>,
        origin: Pos2,
        (serial, c): (u64, usize),
    ) {
        if let Some(r) = self.layout.char_rect(&input.lesson.doc.blocks, c) {
            self.revealed = serial;
            ui.scroll_to_rect(
                r.translate(origin.to_vec2()).expand(input.font_size * 3.0),
                Some(Align::Center),
            );
        }
    }

    /// Paint the blocks inside the clip rectangle.
    fn paint_visible(
        &self,
        painter: &egui::Painter,
        input: &ArticleInput<'_>,
        origin: Pos2,
        clip: Rect,
    ) {
        let blocks = &input.lesson.doc.blocks;
        let first = self.layout.block_at_y(clip.top() - origin.y);
        for bi in first..blocks.len() {
            let (Some(&top), Some(b)) = (self.layout.tops.get(bi), blocks.get(bi)) else {
                break;
            };
            if origin.y + top > clip.bottom() {
                break;
            }
            let Some(Some(l)) = self.layout.layouts.get(bi) else {
                continue; // laid out in a coming frame
            };
            let gpos = origin + vec2(l.indent, top + l.gap);
            paint_block(painter, input, b, l, origin, gpos);
        }
    }

    /// The focus ring around the `visible` part of the column (the keyboard is in the
    /// article; Escape leaves it) and the caret.
    fn paint_focus(
        &self,
        painter: &egui::Painter,
        input: &ArticleInput<'_>,
        origin: Pos2,
        visible: Rect,
    ) {
        let pal = &input.palette;
        painter.rect_stroke(
            visible,
            6.0,
            Stroke::new(2.0, pal.caret.gamma_multiply(0.7)),
            egui::StrokeKind::Inside,
        );
        if let Some(c) = input.caret
            && let Some(r) = self.layout.char_rect(&input.lesson.doc.blocks, c)
        {
            let r = r.translate(origin.to_vec2());
            painter.line_segment([r.left_top(), r.left_bottom()], Stroke::new(2.0, pal.caret));
        }
    }
}

/// One block: the selection behind the text, the quote bar, the list marker or image
/// caption, the text, the marks' decorations and the selection's outline.
fn paint_block(
    painter: &egui::Painter,
    input: &ArticleInput<'_>,
    b: &Block,
    l: &BlockLayout,
    origin: Pos2,
    gpos: Pos2,
) {
    let pal = &input.palette;
    let selection = match input.selection {
        Some((s, e)) if s < b.end && e > b.start => {
            range_rects(&l.galley, s.max(b.start) - b.start, e.min(b.end) - b.start)
        }
        _ => Vec::new(),
    };
    for r in &selection {
        painter.rect_filled(r.translate(gpos.to_vec2()), 2.0, pal.selection);
    }
    if b.quote_depth > 0 {
        let x = origin.x + l.indent - input.font_size * 0.8;
        painter.line_segment(
            [pos2(x, gpos.y), pos2(x, gpos.y + l.galley.rect.height())],
            Stroke::new(3.0, pal.weak_text),
        );
    }
    if let Some(m) = &l.marker {
        paint_marker(painter, input, b, l, m, gpos);
    }
    // Geometry is cached, glyphs are not: egui may rebuild its font atlas, so the
    // galley drawn comes from egui's own per-frame layout cache.
    painter.galley(gpos, painter.layout_job((*l.galley.job).clone()), pal.text);
    paint_decos(painter, pal, &l.decos, gpos, input.font_size);
    for r in &selection {
        painter.rect_stroke(
            r.translate(gpos.to_vec2()),
            2.0,
            Stroke::new(1.5, pal.caret.gamma_multiply(0.6)),
            egui::StrokeKind::Outside,
        );
    }
}

/// List markers hang in the margin; an image's caption stands in its place.
fn paint_marker(
    painter: &egui::Painter,
    input: &ArticleInput<'_>,
    b: &Block,
    l: &BlockLayout,
    marker: &str,
    gpos: Pos2,
) {
    let font = FontId::proportional(input.font_size);
    let row_h = l
        .galley
        .rows
        .first()
        .map_or(input.font_size, |r| r.rect().height());
    let (at, align) = if matches!(b.kind, BlockKind::Image { .. }) {
        (gpos + vec2(0.0, row_h / 2.0), egui::Align2::LEFT_CENTER)
    } else {
        (
            gpos + vec2(-input.font_size * 0.5, row_h / 2.0),
            egui::Align2::RIGHT_CENTER,
        )
    };
    painter.text(at, align, marker, font, input.palette.weak_text);
}

fn paint_decos(painter: &egui::Painter, pal: &Palette, decos: &[Deco], at: Pos2, size: f32) {
    let off = at.to_vec2();
    for d in decos {
        match d {
            Deco::Underline {
                label,
                x0,
                x1,
                y,
                selected,
            } => {
                let ink = pal.label_ink(*label);
                let w = if *selected { 3.0 } else { 2.0 };
                let pts = [pos2(*x0, *y) + off, pos2(*x1, *y) + off];
                match label {
                    Label::Attribution => {
                        painter.line_segment(pts, Stroke::new(w, ink));
                    }
                    Label::Opinion => {
                        painter.extend(Shape::dashed_line(&pts, Stroke::new(w, ink), 6.0, 3.0));
                    }
                    Label::Unsupported => {
                        painter.extend(Shape::dotted_line(&pts, ink, 4.0, w * 0.8));
                    }
                }
            }
            Deco::Outline {
                label,
                rect,
                selected,
            } => {
                let w = if *selected { 2.5 } else { 1.5 };
                painter.rect_stroke(
                    rect.translate(off),
                    3.0,
                    Stroke::new(w, pal.label_ink(*label)),
                    egui::StrokeKind::Outside,
                );
            }
            Deco::Badge {
                label,
                pos,
                outline,
            } => {
                // Letters of at least 12 px at the default 18 px text size.
                let s = size * 0.8;
                let r = Rect::from_min_size(*pos + off - vec2(0.0, s * 0.5), vec2(s, s));
                let ink = pal.label_ink(*label);
                if *outline {
                    painter.rect_filled(r, 3.0, pal.page);
                    painter.rect_stroke(r, 3.0, Stroke::new(1.2, ink), egui::StrokeKind::Inside);
                    painter.text(
                        r.center(),
                        egui::Align2::CENTER_CENTER,
                        label.badge(),
                        FontId::proportional(s * 0.85),
                        ink,
                    );
                } else {
                    painter.rect_filled(r, 3.0, ink);
                    painter.text(
                        r.center(),
                        egui::Align2::CENTER_CENTER,
                        label.badge(),
                        FontId::proportional(s * 0.85),
                        pal.badge_text,
                    );
                }
            }
        }
    }
}
