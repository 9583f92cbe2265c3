//! Article geometry: each block laid out as one galley with its decorations, cached until
//! its own marks (or width, text size, theme) change, and the map between points and chars.
//!
//! Layout is incremental: blocks in view (and the one to reveal) are laid out at once, the
//! rest within a time budget per frame, with an estimated height until then. So a 4 MiB
//! lesson opens without a long frame, and a steady frame lays out nothing.

use super::marks::marks_key;
use super::{ArticleInput, Mark, MarkStyle};
use crate::model::Label;
use crate::model::document::{Block, BlockKind};
use egui::text::{CCursor, LayoutJob};
use egui::{
    Align, FontFamily, FontId, Galley, Pos2, Rect, Stroke, TextFormat, Ui, Vec2, pos2, vec2,
};
use std::hash::{Hash, Hasher};
use std::sync::Arc;
use std::time::{Duration, Instant};

/// Time spent per frame laying out blocks that are not in view.
const BUDGET: Duration = Duration::from_millis(6);

/// Something drawn over a block's text, in galley coordinates.
#[derive(Clone, Debug)]
pub(super) enum Deco {
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

/// One laid-out block.
#[derive(Clone, Debug)]
pub(super) struct BlockLayout {
    hash: u64,
    pub galley: Arc<Galley>,
    pub decos: Vec<Deco>,
    /// Left indent of the galley within the column.
    pub indent: f32,
    /// Space above the galley.
    pub gap: f32,
    /// Block marker (list bullet, image caption) to paint in the margin.
    pub marker: Option<String>,
}

/// What the whole layout depends on besides the marks.
#[derive(Clone, Debug, PartialEq)]
pub(super) struct Params {
    pub doc: u64,
    pub width: f32,
    pub font_size: f32,
    pub dark: bool,
}

/// The layout cache of one article.
#[derive(Default)]
pub(super) struct Layout {
    params: Option<Params>,
    /// Hash of the marks the blocks were assigned from ([`marks_key`]).
    marks_key: Option<u64>,
    block_marks: Vec<Vec<usize>>,
    /// The hash each block's layout must have.
    want: Vec<u64>,
    pub layouts: Vec<Option<BlockLayout>>,
    /// Height of each block including its gap: measured, or estimated until laid out.
    heights: Vec<f32>,
    /// Top of each block (including its gap) from the top of the article.
    pub tops: Vec<f32>,
    pub height: f32,
    /// Blocks laid out in the last frame.
    pub relayouts: usize,
    /// Blocks still to lay out (or out of date).
    pub pending: usize,
}

fn block_size(b: &Block, font: f32) -> f32 {
    match b.kind {
        BlockKind::Heading(1) => font * 1.6,
        BlockKind::Heading(2) => font * 1.35,
        BlockKind::Heading(_) => font * 1.15,
        _ => font,
    }
}

fn block_gap(b: &Block, font: f32) -> f32 {
    match b.kind {
        BlockKind::Heading(_) => font * 1.2,
        BlockKind::ListItem { .. } => font * 0.3,
        _ => font * 0.7,
    }
}

fn indent_of(b: &Block, font: f32) -> f32 {
    f32::from(b.quote_depth) * font * 1.4 + f32::from(b.list_depth) * font * 1.6
}

impl Layout {
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

    fn block_hash(&self, bi: usize, marks: &[Mark]) -> u64 {
        let mut h = std::collections::hash_map::DefaultHasher::new();
        bi.hash(&mut h);
        if let Some(ms) = self.block_marks.get(bi) {
            for &mi in ms {
                if let Some(m) = marks.get(mi) {
                    m.hash(&mut h);
                }
            }
        }
        h.finish()
    }

    fn estimate(b: &Block, p: &Params) -> f32 {
        let size = block_size(b, p.font_size);
        let width = (p.width - indent_of(b, p.font_size)).max(p.font_size * 8.0);
        let chars = (b.end - b.start).max(1) as f32;
        let lines = (chars * size * 0.5 / width).ceil().max(1.0);
        block_gap(b, p.font_size) + lines * size * 1.9
    }

    fn is_current(&self, bi: usize) -> bool {
        matches!((self.layouts.get(bi), self.want.get(bi)), (Some(Some(l)), Some(w)) if l.hash == *w)
    }

    /// Bring the layout up to date: `view` is the visible y range relative to the
    /// article's top, `reveal` a char that must be laid out.
    pub fn refresh(
        &mut self,
        ui: &Ui,
        input: &ArticleInput<'_>,
        p: Params,
        view: (f32, f32),
        reveal: Option<usize>,
    ) {
        self.relayouts = 0;
        let blocks = &input.lesson.doc.blocks;
        if self.params.as_ref() != Some(&p) || self.layouts.len() != blocks.len() {
            self.layouts = vec![None; blocks.len()];
            self.heights = blocks.iter().map(|b| Layout::estimate(b, &p)).collect();
            self.params = Some(p.clone());
            self.marks_key = None;
            self.retop();
        }
        let key = marks_key(input.marks);
        if self.marks_key != Some(key) {
            self.assign_marks(blocks, input.marks);
            self.want = (0..blocks.len())
                .map(|bi| self.block_hash(bi, input.marks))
                .collect();
            self.marks_key = Some(key);
            self.pending = (0..blocks.len()).filter(|&bi| !self.is_current(bi)).count();
        }
        if self.pending == 0 {
            return;
        }
        // In view first (and the block to reveal), whatever it costs; then the rest within
        // the budget, from the top.
        let first = self.block_at_y(view.0);
        let mut must: Vec<usize> = (first..blocks.len())
            .take_while(|&bi| self.tops.get(bi).is_some_and(|&t| t <= view.1))
            .collect();
        if let Some(c) = reveal {
            must.push(
                blocks
                    .partition_point(|b| b.end < c)
                    .min(blocks.len().saturating_sub(1)),
            );
        }
        let mut changed = false;
        for bi in must {
            changed |= self.lay_out(ui, input, &p, bi);
        }
        let started = Instant::now();
        let mut bi = 0;
        while self.pending > 0 && bi < blocks.len() && started.elapsed() < BUDGET {
            changed |= self.lay_out(ui, input, &p, bi);
            bi += 1;
        }
        if changed {
            self.retop();
        }
    }

    fn lay_out(&mut self, ui: &Ui, input: &ArticleInput<'_>, p: &Params, bi: usize) -> bool {
        if self.is_current(bi) {
            return false;
        }
        let (Some(b), Some(&hash)) = (input.lesson.doc.blocks.get(bi), self.want.get(bi)) else {
            return false;
        };
        let l = self.layout_block(ui, input, b, bi, hash, p);
        if let Some(h) = self.heights.get_mut(bi) {
            *h = l.gap + l.galley.rect.height();
        }
        if let Some(slot) = self.layouts.get_mut(bi) {
            *slot = Some(l);
        }
        self.relayouts += 1;
        self.pending = self.pending.saturating_sub(1);
        true
    }

    fn retop(&mut self) {
        self.tops.clear();
        let mut y = 0.0;
        for h in &self.heights {
            self.tops.push(y);
            y += h;
        }
        self.height = y + self.params.as_ref().map_or(18.0, |p| p.font_size);
    }

    fn layout_block(
        &self,
        ui: &Ui,
        input: &ArticleInput<'_>,
        b: &Block,
        bi: usize,
        hash: u64,
        p: &Params,
    ) -> BlockLayout {
        let pal = &input.palette;
        let text = input.lesson.text.slice_clamped(b.start, b.end);
        let size = block_size(b, p.font_size);
        let indent = indent_of(b, p.font_size);
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
        for m in marks.iter().filter(|m| m.style != MarkStyle::Outline) {
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
            let heat = marks
                .iter()
                .filter(|m| m.start <= ga && gz <= m.end)
                .filter_map(|m| match m.style {
                    MarkStyle::Heat(lv) => Some((m.label, lv)),
                    MarkStyle::Fill | MarkStyle::Outline => None,
                })
                .max_by_key(|(_, lv)| *lv);
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
                background: heat
                    .map_or_else(|| pal.highlight_bg(mask), |(l, lv)| pal.heat_bg(l, lv)),
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
        let marker = match &b.kind {
            BlockKind::ListItem { marker } => Some(marker.clone()),
            // Images are never loaded (nothing is fetched, no path outside the lesson is
            // read): the caption names the image and its address.
            BlockKind::Image { alt, src, .. } => Some(image_caption(alt, src)),
            _ => None,
        };
        BlockLayout {
            hash,
            galley,
            decos,
            indent,
            gap: block_gap(b, p.font_size),
            marker,
        }
    }

    /// The block at a y relative to the article's top.
    pub fn block_at_y(&self, y: f32) -> usize {
        self.tops.partition_point(|&t| t <= y).saturating_sub(1)
    }

    /// The char under a point relative to the article's top-left corner.
    pub fn char_at(&self, blocks: &[Block], rel: Vec2) -> Option<usize> {
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
    pub fn char_rect(&self, blocks: &[Block], i: usize) -> Option<Rect> {
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
}

/// Rects (galley-relative) covering chars `[a, b)` of a galley, one per row.
pub(super) fn range_rects(galley: &Galley, a: usize, b: usize) -> Vec<Rect> {
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
            MarkStyle::Heat(_) => {}
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

/// The caption shown in place of an image, which newsmark never loads.
pub(super) fn image_caption(alt: &str, src: &str) -> String {
    let alt = if alt.trim().is_empty() {
        crate::t!("article-image-no-alt")
    } else {
        alt.trim().to_string()
    };
    if src.contains("://") {
        crate::t!("article-image-remote", alt = alt, address = src)
    } else {
        crate::t!("article-image", alt = alt)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn images_are_captions_and_remote_ones_show_their_address() {
        assert_eq!(image_caption("A map", "map.png"), "[image: A map]");
        assert_eq!(image_caption("", "../../etc/passwd"), "[image: image]");
        assert_eq!(image_caption("Hosts", "/etc/hosts"), "[image: Hosts]");
        assert_eq!(
            image_caption("Chart", "https://example.org/c.png"),
            "[image, not loaded: Chart, https://example.org/c.png]"
        );
    }
}
