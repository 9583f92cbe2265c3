//! The article widget: one widget for every mode (the student's answer, the key, both).
//!
//! It draws the lesson's block model with marks (filled highlights with a per-label
//! underline style and letter badge, or outlined key items), and turns mouse and keyboard
//! input into [`Command`]s; it never changes application state itself.
//!
//! Performance: each block is laid out once per change of its own marks (or of width, text
//! size or theme) and cached with its decorations; a frame only paints the blocks inside
//! the visible rectangle.

use crate::app::state::Command;
use crate::app::theme::Palette;
use crate::model::document::{Block, BlockKind};
use crate::model::{Label, Lesson};
use egui::text::{CCursor, LayoutJob};
use egui::{
    Align, FontFamily, FontId, Galley, Pos2, Rect, Sense, Shape, Stroke, TextFormat, Ui, Vec2,
    pos2, vec2,
};
use std::hash::{Hash, Hasher};
use std::sync::Arc;

/// How a mark is drawn.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum MarkStyle {
    /// A highlight: tinted background, underline in the label's style, badge.
    Fill,
    /// A key item shown over the article: an outline in the label's colour.
    Outline,
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
    /// The lesson drawn.
    pub lesson: &'a Lesson,
    /// Marks; `marks_rev` must change whenever they do.
    pub marks: &'a [Mark],
    /// Revision of `marks`.
    pub marks_rev: u64,
    /// Keyboard caret (char), drawn when the widget has focus.
    pub caret: Option<usize>,
    /// Selection not yet labelled.
    pub selection: Option<(usize, usize)>,
    /// Colours.
    pub palette: Palette,
    /// Body text size in points.
    pub font_size: f32,
    /// Scroll so this char is visible (once).
    pub scroll_to: Option<usize>,
}

#[derive(Clone, Debug)]
enum Deco {
    Underline {
        label: Label,
        x0: f32,
        x1: f32,
        y: f32,
        selected: bool,
    },
    Outline {
        label: Label,
        rect: Rect,
        selected: bool,
    },
    Badge {
        label: Label,
        pos: Pos2,
        outline: bool,
    },
}

#[derive(Clone, Debug)]
struct BlockLayout {
    hash: u64,
    galley: Arc<Galley>,
    decos: Vec<Deco>,
    /// Left indent of the galley within the column.
    indent: f32,
    /// Space above the galley.
    gap: f32,
    /// Block marker (list bullet) to paint in the margin.
    marker: Option<String>,
}

#[derive(Clone, Copy, Debug, PartialEq)]
struct Params {
    width: f32,
    font_size: f32,
    dark: bool,
}

/// The widget's cache; keep one per open lesson.
#[derive(Default)]
pub struct Article {
    params: Option<Params>,
    marks_rev: Option<u64>,
    block_marks: Vec<Vec<usize>>,
    layouts: Vec<Option<BlockLayout>>,
    /// Top of each block (including its gap) from the top of the article.
    tops: Vec<f32>,
    height: f32,
    /// Blocks laid out in the last frame (tests check that steady frames lay out none).
    pub relayouts_last_frame: usize,
    drag_anchor: Option<usize>,
    /// The widget's id in the last frame (to tell its focus from a text field's).
    pub id: Option<egui::Id>,
}

/// Widest column of text, in multiples of the font size (about 75 characters).
const MEASURE_EMS: f32 = 36.0;

impl Article {
    /// Drop all cached layout (the lesson changed).
    pub fn reset(&mut self) {
        *self = Article::default();
    }

    fn assign_marks(&mut self, blocks: &[Block], marks: &[Mark]) {
        self.block_marks = vec![Vec::new(); blocks.len()];
        for (mi, m) in marks.iter().enumerate() {
            let first = blocks.partition_point(|b| b.end <= m.start);
            for (bi, b) in blocks.iter().enumerate().skip(first) {
                if b.start >= m.end {
                    break;
                }
                if let Some(v) = self.block_marks.get_mut(bi) {
                    v.push(mi);
                }
            }
        }
    }

    fn block_hash(&self, bi: usize, marks: &[Mark], p: Params) -> u64 {
        let mut h = std::collections::hash_map::DefaultHasher::new();
        bi.hash(&mut h);
        p.width.to_bits().hash(&mut h);
        p.font_size.to_bits().hash(&mut h);
        p.dark.hash(&mut h);
        if let Some(ms) = self.block_marks.get(bi) {
            for &mi in ms {
                if let Some(m) = marks.get(mi) {
                    m.hash(&mut h);
                }
            }
        }
        h.finish()
    }

    fn refresh(&mut self, ui: &Ui, input: &ArticleInput<'_>, p: Params) {
        self.relayouts_last_frame = 0;
        let blocks = &input.lesson.doc.blocks;
        if self.params != Some(p) || self.layouts.len() != blocks.len() {
            self.layouts = vec![None; blocks.len()];
            self.params = Some(p);
            self.marks_rev = None;
        }
        if self.marks_rev != Some(input.marks_rev) {
            self.assign_marks(blocks, input.marks);
            self.marks_rev = Some(input.marks_rev);
        }
        let mut changed = false;
        for (bi, b) in blocks.iter().enumerate() {
            let hash = self.block_hash(bi, input.marks, p);
            if self
                .layouts
                .get(bi)
                .and_then(|l| l.as_ref())
                .is_some_and(|l| l.hash == hash)
            {
                continue;
            }
            let layout = self.layout_block(ui, input, b, bi, hash, p);
            if let Some(slot) = self.layouts.get_mut(bi) {
                *slot = Some(layout);
            }
            self.relayouts_last_frame += 1;
            changed = true;
        }
        if changed || self.tops.len() != blocks.len() {
            self.tops.clear();
            let mut y = 0.0;
            for l in self.layouts.iter().flatten() {
                self.tops.push(y);
                y += l.gap + l.galley.rect.height();
            }
            self.height = y + p.font_size;
        }
    }

    fn layout_block(
        &self,
        ui: &Ui,
        input: &ArticleInput<'_>,
        b: &Block,
        bi: usize,
        hash: u64,
        p: Params,
    ) -> BlockLayout {
        let pal = &input.palette;
        let text = input.lesson.text.slice_clamped(b.start, b.end);
        let size = match b.kind {
            BlockKind::Heading(1) => p.font_size * 1.6,
            BlockKind::Heading(2) => p.font_size * 1.35,
            BlockKind::Heading(_) => p.font_size * 1.15,
            _ => p.font_size,
        };
        let indent = f32::from(b.quote_depth) * p.font_size * 1.4
            + f32::from(b.list_depth) * p.font_size * 1.6;
        let width = (p.width - indent).max(p.font_size * 8.0);
        let marks: Vec<&Mark> = self
            .block_marks
            .get(bi)
            .map(|v| v.iter().filter_map(|&i| input.marks.get(i)).collect())
            .unwrap_or_default();
        // Section boundaries: runs and filled marks, in block-local chars.
        let n = b.end - b.start;
        let mut cuts: Vec<usize> = vec![0, n];
        for r in &b.runs {
            cuts.push(r.start.saturating_sub(b.start).min(n));
            cuts.push(r.end.saturating_sub(b.start).min(n));
        }
        for m in marks.iter().filter(|m| m.style == MarkStyle::Fill) {
            cuts.push(m.start.saturating_sub(b.start).min(n));
            cuts.push(m.end.saturating_sub(b.start).min(n));
        }
        cuts.sort_unstable();
        cuts.dedup();
        let mut job = LayoutJob {
            wrap: egui::text::TextWrapping {
                max_width: width,
                ..Default::default()
            },
            ..Default::default()
        };
        let idx = &input.lesson.text;
        for w in cuts.windows(2) {
            let (a, z) = (w[0], w[1]);
            let (ga, gz) = (b.start + a, b.start + z);
            let seg = idx.slice_clamped(ga, gz);
            let run = b.runs.iter().find(|r| r.start <= ga && gz <= r.end);
            let style = run.map(|r| r.style.clone()).unwrap_or_default();
            let mask = marks
                .iter()
                .filter(|m| m.style == MarkStyle::Fill && m.start <= ga && gz <= m.end)
                .fold(0u8, |acc, m| acc | (1 << m.label.index()));
            let family = if style.code || b.kind == BlockKind::Code {
                FontFamily::Monospace
            } else {
                FontFamily::Proportional
            };
            let color = if style.link.is_some() {
                pal.link
            } else {
                pal.text
            };
            let fmt = TextFormat {
                font_id: FontId::new(if style.code { size * 0.92 } else { size }, family),
                color,
                background: pal.highlight_bg(mask),
                italics: style.emphasis,
                // Links are not followed (newsmark never goes online); colour marks them.
                underline: Stroke::NONE,
                strikethrough: if style.strikethrough {
                    Stroke::new(1.0, pal.text)
                } else {
                    Stroke::NONE
                },
                line_height: Some(size * 1.9),
                valign: Align::Center,
                ..Default::default()
            };
            job.append(seg, 0.0, fmt);
        }
        if text.is_empty() {
            job.append(
                "",
                0.0,
                TextFormat::simple(FontId::proportional(size), pal.text),
            );
        }
        let galley = ui.painter().layout_job(job);
        let decos = decorations(&galley, b, &marks, size);
        let gap = match b.kind {
            BlockKind::Heading(_) => p.font_size * 1.2,
            BlockKind::ListItem { .. } => p.font_size * 0.3,
            _ => p.font_size * 0.7,
        };
        let marker = match &b.kind {
            BlockKind::ListItem { marker } => Some(marker.clone()),
            BlockKind::Image { alt, .. } => Some(format!("[image: {alt}]")),
            _ => None,
        };
        BlockLayout {
            hash,
            galley,
            decos,
            indent,
            gap,
            marker,
        }
    }

    fn block_at_y(&self, y: f32) -> usize {
        self.tops.partition_point(|&t| t <= y).saturating_sub(1)
    }

    /// The char under a point given relative to the article's top-left corner.
    fn char_at(&self, blocks: &[Block], rel: Vec2) -> Option<usize> {
        if self.tops.is_empty() {
            return None;
        }
        let bi = self.block_at_y(rel.y);
        let (b, l, top) = (
            blocks.get(bi)?,
            self.layouts.get(bi)?.as_ref()?,
            *self.tops.get(bi)?,
        );
        let local = vec2(rel.x - l.indent, (rel.y - top - l.gap).max(0.0));
        let c = l.galley.cursor_from_pos(local);
        Some(b.start + c.index.0.min(b.end - b.start))
    }

    /// Rect of char `i` relative to the article's top-left corner.
    fn char_rect(&self, blocks: &[Block], i: usize) -> Option<Rect> {
        let bi = blocks
            .partition_point(|b| b.end < i)
            .min(blocks.len().saturating_sub(1));
        let (b, l, top) = (
            blocks.get(bi)?,
            self.layouts.get(bi)?.as_ref()?,
            *self.tops.get(bi)?,
        );
        let r = l
            .galley
            .pos_from_cursor(CCursor::new(i.saturating_sub(b.start).min(b.end - b.start)));
        Some(r.translate(vec2(l.indent, top + l.gap)))
    }

    /// Draw the article and collect what the user did.
    pub fn show(&mut self, ui: &mut Ui, input: &ArticleInput<'_>) -> Vec<Command> {
        let mut events = Vec::new();
        let avail = ui.available_width();
        let column = avail
            .min(input.font_size * MEASURE_EMS)
            .max(input.font_size * 10.0);
        let p = Params {
            width: column,
            font_size: input.font_size,
            dark: input.palette.dark,
        };
        self.refresh(ui, input, p);
        let blocks = &input.lesson.doc.blocks;
        let left_pad = ((avail - column) / 2.0).max(0.0);
        let (outer, response) =
            ui.allocate_exact_size(vec2(avail, self.height), Sense::click_and_drag());
        let origin = outer.min + vec2(left_pad, 0.0);
        let id = response.id;
        self.id = Some(id);
        response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Document, true, "Article"));

        // Pointer.
        let rel = |pos: Pos2| pos - origin;
        if response.clicked() || response.drag_started() {
            response.request_focus();
        }
        if response.drag_started() {
            let press = ui.input(|i| i.pointer.press_origin());
            self.drag_anchor = press.and_then(|p| self.char_at(blocks, rel(p)));
        }
        // A fast drag can start and end within one frame, after the pointer was released.
        let pointer = response
            .interact_pointer_pos()
            .or_else(|| ui.input(|i| i.pointer.latest_pos()));
        if let (Some(anchor), Some(pos)) = (self.drag_anchor, pointer)
            && (response.dragged() || response.drag_stopped())
            && let Some(to) = self.char_at(blocks, rel(pos))
        {
            events.push(Command::Drag {
                anchor,
                to,
                done: response.drag_stopped(),
            });
        }
        if response.drag_stopped() {
            self.drag_anchor = None;
        }
        let clicked_at = response
            .interact_pointer_pos()
            .and_then(|p| self.char_at(blocks, rel(p)));
        if let Some(c) = clicked_at {
            if response.double_clicked() {
                events.push(Command::SelectWord(c));
            } else if response.clicked() {
                events.push(Command::ClickChar(c));
            }
        }

        // Keyboard, while the article has focus.
        let focused = response.has_focus();
        if focused {
            ui.memory_mut(|m| {
                m.set_focus_lock_filter(
                    id,
                    egui::EventFilter {
                        tab: true,
                        horizontal_arrows: true,
                        vertical_arrows: true,
                        escape: false,
                    },
                )
            });
            self.keyboard(ui, input, &mut events);
        }

        if let Some(i) = input.scroll_to
            && let Some(r) = self.char_rect(blocks, i)
        {
            ui.scroll_to_rect(
                r.translate(origin.to_vec2()).expand(input.font_size * 3.0),
                Some(Align::Center),
            );
        }

        // Paint the visible blocks.
        let clip = ui.clip_rect();
        let pal = &input.palette;
        let painter = ui.painter();
        let first = self.block_at_y(clip.top() - origin.y);
        for bi in first..blocks.len() {
            let (Some(Some(l)), Some(&top), Some(b)) =
                (self.layouts.get(bi), self.tops.get(bi), blocks.get(bi))
            else {
                break;
            };
            let gpos = origin + vec2(l.indent, top + l.gap);
            if gpos.y > clip.bottom() {
                break;
            }
            // Selection behind the text.
            if let Some((s, e)) = input.selection
                && s < b.end
                && e > b.start
            {
                for r in range_rects(&l.galley, s.max(b.start) - b.start, e.min(b.end) - b.start) {
                    painter.rect_filled(r.translate(gpos.to_vec2()), 2.0, pal.selection);
                }
            }
            if b.quote_depth > 0 {
                let x = origin.x + l.indent - input.font_size * 0.8;
                painter.line_segment(
                    [pos2(x, gpos.y), pos2(x, gpos.y + l.galley.rect.height())],
                    Stroke::new(3.0, pal.weak_text),
                );
            }
            if let Some(m) = &l.marker {
                let font = FontId::proportional(input.font_size);
                let row_h = l
                    .galley
                    .rows
                    .first()
                    .map_or(input.font_size, |r| r.rect().height());
                // List markers hang in the margin; an image's caption stands in its place.
                let (at, align) = if matches!(b.kind, BlockKind::Image { .. }) {
                    (gpos + vec2(0.0, row_h / 2.0), egui::Align2::LEFT_CENTER)
                } else {
                    (
                        gpos + vec2(-input.font_size * 0.5, row_h / 2.0),
                        egui::Align2::RIGHT_CENTER,
                    )
                };
                painter.text(at, align, m, font, pal.weak_text);
            }
            // Geometry is cached, glyphs are not: egui may rebuild its font atlas, so the
            // galley drawn comes from egui's own per-frame layout cache.
            painter.galley(gpos, painter.layout_job((*l.galley.job).clone()), pal.text);
            paint_decos(painter, pal, &l.decos, gpos, input.font_size);
            if let Some((s, e)) = input.selection
                && s < b.end
                && e > b.start
            {
                for r in range_rects(&l.galley, s.max(b.start) - b.start, e.min(b.end) - b.start) {
                    painter.rect_stroke(
                        r.translate(gpos.to_vec2()),
                        2.0,
                        Stroke::new(1.5, pal.caret.gamma_multiply(0.6)),
                        egui::StrokeKind::Outside,
                    );
                }
            }
        }
        if focused
            && let Some(c) = input.caret
            && let Some(r) = self.char_rect(blocks, c)
        {
            let r = r.translate(origin.to_vec2());
            painter.line_segment([r.left_top(), r.left_bottom()], Stroke::new(2.0, pal.caret));
        }
        events
    }

    fn keyboard(&self, ui: &Ui, input: &ArticleInput<'_>, events: &mut Vec<Command>) {
        let text = &input.lesson.text;
        let blocks = &input.lesson.doc.blocks;
        let n = text.char_len();
        let caret = input.caret.unwrap_or(0).min(n);
        let keys: Vec<(egui::Key, egui::Modifiers)> = ui.input(|i| {
            i.events
                .iter()
                .filter_map(|e| match e {
                    egui::Event::Key {
                        key,
                        pressed: true,
                        modifiers,
                        ..
                    } => Some((*key, *modifiers)),
                    _ => None,
                })
                .collect()
        });
        for (key, m) in keys {
            use egui::Key;
            let word = m.command || m.ctrl || m.alt;
            let to = match key {
                Key::ArrowLeft if word => Some(text.prev_word_start(caret)),
                Key::ArrowLeft => Some(caret.saturating_sub(1)),
                Key::ArrowRight if word && m.shift => Some(text.next_word_end(caret)),
                Key::ArrowRight if word => Some(text.next_word_start(caret)),
                Key::ArrowRight => Some((caret + 1).min(n)),
                Key::ArrowUp | Key::ArrowDown => self.char_rect(blocks, caret).and_then(|r| {
                    let dy = if key == Key::ArrowUp {
                        -r.height() * 0.75
                    } else {
                        r.height() * 1.25
                    };
                    self.char_at(blocks, vec2(r.left() + 1.0, r.top() + dy.max(-r.top())))
                }),
                Key::Home => Some(
                    blocks
                        .iter()
                        .rev()
                        .find(|b| b.start <= caret)
                        .map_or(0, |b| b.start),
                ),
                Key::End => Some(blocks.iter().find(|b| b.end >= caret).map_or(n, |b| b.end)),
                Key::Tab => {
                    events.push(Command::NextHighlight(!m.shift));
                    None
                }
                _ => None,
            };
            if let Some(to) = to {
                events.push(Command::Caret {
                    to,
                    extend: m.shift,
                });
            }
        }
    }
}

/// Rects (galley-relative) covering chars `[a, b)` of a galley, one per row.
fn range_rects(galley: &Galley, a: usize, b: usize) -> Vec<Rect> {
    let mut out = Vec::new();
    let mut row_start = 0usize;
    for row in &galley.rows {
        let count = row.glyphs.len();
        let (s, e) = (a.max(row_start), b.min(row_start + count));
        if s < e {
            let (Some(g0), Some(g1)) = (
                row.glyphs.get(s - row_start),
                row.glyphs.get(e - row_start - 1),
            ) else {
                continue;
            };
            let rr = row.rect();
            out.push(Rect::from_min_max(
                pos2(row.pos.x + g0.pos.x, rr.top()),
                pos2(row.pos.x + g1.max_x(), rr.bottom()),
            ));
        }
        row_start += row.char_count_including_newline().0;
    }
    out
}

fn decorations(galley: &Galley, b: &Block, marks: &[&Mark], size: f32) -> Vec<Deco> {
    let mut out = Vec::new();
    let n = b.end - b.start;
    // Badges of highlights starting at the same char sit side by side.
    let mut badges_at: std::collections::HashMap<(usize, bool), f32> =
        std::collections::HashMap::new();
    for m in marks {
        let (a, z) = (
            m.start.saturating_sub(b.start).min(n),
            m.end.saturating_sub(b.start).min(n),
        );
        if a >= z {
            continue;
        }
        let rects = range_rects(galley, a, z);
        let starts_here = m.start >= b.start;
        match m.style {
            MarkStyle::Fill => {
                for r in &rects {
                    // Each label has its own line, so overlapping highlights stay visible.
                    let y = r.center().y + size * 0.62 + m.label.index() as f32 * (size * 0.16);
                    out.push(Deco::Underline {
                        label: m.label,
                        x0: r.left(),
                        x1: r.right(),
                        y,
                        selected: m.selected,
                    });
                }
                if starts_here && let Some(r) = rects.first() {
                    let shift = badges_at.entry((m.start, false)).or_insert(0.0);
                    out.push(Deco::Badge {
                        label: m.label,
                        pos: pos2(r.left() - size * 0.2 + *shift, r.center().y - size * 0.7),
                        outline: false,
                    });
                    *shift += size * 0.8;
                }
            }
            MarkStyle::Outline => {
                for r in &rects {
                    let h = size * 1.25;
                    let rect = Rect::from_center_size(r.center(), vec2(r.width() + 2.0, h));
                    out.push(Deco::Outline {
                        label: m.label,
                        rect,
                        selected: m.selected,
                    });
                }
                if starts_here && let Some(r) = rects.first() {
                    out.push(Deco::Badge {
                        label: m.label,
                        pos: pos2(r.right(), r.center().y - size * 0.62),
                        outline: true,
                    });
                }
            }
        }
    }
    out
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
                let s = size * 0.72;
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
