//! The article for a screen reader: every block is a node whatever the scroll (off-screen
//! ones keep their bounds), its laid-out text is published as AccessKit text runs (the
//! recipe egui uses for its own labels), and the caret and selection sit on the article
//! node, so AT-SPI's Text interface reads, walks and selects the article as it does a
//! text field. A selection set by the screen reader becomes the app's selection.
//!
//! Nothing here runs when no assistive technology is connected: egui builds the AccessKit
//! tree only then.

use super::layout::Layout;
use super::{ArticleInput, Mark, MarkStyle};
use crate::app::editing::EditCommand;
use egui::accesskit::{Action, ActionData, NodeId, TextPosition, TextSelection};
use egui::emath::TSTransform;
use egui::{Pos2, Rect, Sense, Ui, vec2};

/// AccessKit's text runs hold at most this many characters (egui splits rows so).
const MAX_RUN: usize = 255;

/// An article of up to this many blocks is published whole; a longer one (a book-length
/// test lesson) as the blocks around the view and the caret, so a frame stays cheap.
const WHOLE_UP_TO: usize = 400;

/// Blocks published on each side of the view in a longer article.
const AROUND: usize = 60;

/// Where each text run of the last frame starts in the article: run node, first char
/// (article offset) and its length in chars, in document order.
#[derive(Default)]
pub(super) struct Runs {
    runs: Vec<(NodeId, usize, usize)>,
}

impl Runs {
    /// The run and index of an article char (the end of the last run for the text end).
    fn position(&self, c: usize) -> Option<TextPosition> {
        let i = self
            .runs
            .partition_point(|(_, start, _)| *start <= c)
            .checked_sub(1)?;
        let (node, start, len) = self.runs.get(i)?;
        Some(TextPosition {
            node: *node,
            character_index: (c - start).min(*len),
        })
    }

    /// The article char of a position in a run.
    fn char_of(&self, p: &TextPosition) -> Option<usize> {
        self.runs
            .iter()
            .find(|(node, _, _)| *node == p.node)
            .map(|(_, start, len)| start + p.character_index.min(*len))
    }
}

/// True when an assistive technology is connected (egui builds the tree).
pub(super) fn enabled(ui: &Ui, id: egui::Id) -> bool {
    ui.ctx().accesskit_node_builder(id, |_| ()).is_some()
}

/// Publish every block as a paragraph with its text runs, the marks over them, and the
/// caret and selection on the article node `id`. Returns where the runs start.
pub(super) fn publish(
    ui: &mut Ui,
    id: egui::Id,
    layout: &Layout,
    input: &ArticleInput<'_>,
    origin: Pos2,
) -> Runs {
    let mut runs = Runs::default();
    let blocks = &input.lesson.doc.blocks;
    let ctx = ui.ctx().clone();
    let shown = if blocks.len() <= WHOLE_UP_TO {
        0..blocks.len()
    } else {
        let first = layout.block_at_y(ui.clip_rect().top() - origin.y);
        let caret_block = input
            .caret
            .map_or(first, |c| blocks.partition_point(|b| b.end < c));
        let lo = first.min(caret_block).saturating_sub(AROUND);
        let hi = (first.max(caret_block) + AROUND).min(blocks.len());
        lo..hi
    };
    ui.scope_builder(egui::UiBuilder::new().accessibility_parent(id), |ui| {
        for (bi, b) in blocks.iter().enumerate().take(shown.end).skip(shown.start) {
            let text = input.lesson.text.slice_clamped(b.start, b.end);
            if text.is_empty() {
                continue;
            }
            let top = layout.tops.get(bi).copied().unwrap_or(0.0);
            let nid = id.with(("block", bi));
            let laid = layout.layouts.get(bi).and_then(Option::as_ref);
            let rect = match laid {
                Some(l) => {
                    Rect::from_min_size(origin + vec2(l.indent, top + l.gap), l.galley.rect.size())
                }
                None => Rect::from_min_size(origin + vec2(0.0, top), vec2(1.0, 1.0)),
            };
            let r = ui.interact(rect, nid, Sense::hover());
            r.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Paragraph, true, text));
            let Some(l) = laid else { continue };
            let at = origin + vec2(l.indent, top + l.gap);
            egui::text_selection::accesskit_text::update_accesskit_for_text_widget(
                &ctx,
                nid,
                None,
                TSTransform::from_translation(at.to_vec2()),
                &l.galley,
            );
            // Where each run starts, in the ids egui gives them (row, chunk of 255).
            let mut c = b.start;
            for (row_index, row) in l.galley.rows.iter().enumerate() {
                let chars = row.glyphs.len() + usize::from(row.ends_with_newline);
                let chunks = chars.div_ceil(MAX_RUN).max(1);
                for chunk in 0..chunks {
                    let len = (chars - chunk * MAX_RUN).min(MAX_RUN);
                    let run = nid.with(row_index).with(chunk).accesskit_id();
                    runs.runs.push((run, c, len));
                    c += len;
                }
            }
            for (mi, m) in input.marks.iter().enumerate() {
                if m.start < b.start || m.start >= b.end.max(b.start + 1) {
                    continue;
                }
                let Some(mr) = super::layout::range_rects(
                    &l.galley,
                    m.start - b.start,
                    m.end.min(b.end) - b.start,
                )
                .into_iter()
                .next() else {
                    continue;
                };
                let quote = input.lesson.text.slice_clamped(m.start, m.end);
                let r = ui.interact(
                    mr.translate(at.to_vec2()),
                    id.with(("mark", mi)),
                    Sense::hover(),
                );
                r.widget_info(|| {
                    egui::WidgetInfo::labeled(egui::Role::Mark, true, mark_name(m, quote))
                });
            }
        }
    });
    let selection = match (input.selection, input.caret) {
        (Some((s, e)), Some(c)) if c == s => Some((e, s)),
        (Some((s, e)), _) => Some((s, e)),
        (None, Some(c)) => Some((c, c)),
        (None, None) => None,
    };
    if let Some((anchor, focus)) = selection
        && let (Some(anchor), Some(focus)) = (runs.position(anchor), runs.position(focus))
    {
        ctx.accesskit_node_builder(id, |b| {
            b.set_text_selection(TextSelection { anchor, focus });
        });
    }
    runs
}

/// A mark's accessible name: its label (and what kind of mark) and the quote.
pub(super) fn mark_name(m: &Mark, quote: &str) -> String {
    let l = m.label.title();
    match m.style {
        MarkStyle::Fill => crate::t!("article-mark-highlight", label = l, quote = quote),
        MarkStyle::Outline => crate::t!("article-mark-key-item", label = l, quote = quote),
        // `level`: 1 (few students marked it) to 4 (most).
        MarkStyle::Heat(lv) => crate::t!("article-mark-heat", label = l, level = lv, quote = quote),
    }
}

/// A selection the screen reader set on the article (AccessKit's set-selection action):
/// the caret to its anchor, then extended to its focus.
pub(super) fn selection_requests(ui: &Ui, id: egui::Id, runs: &Runs, out: &mut Vec<EditCommand>) {
    let requests: Vec<TextSelection> = ui.input(|i| {
        i.events
            .iter()
            .filter_map(|e| match e {
                egui::Event::AccessKitActionRequest(r)
                    if r.action == Action::SetTextSelection
                        && r.target_node == id.accesskit_id() =>
                {
                    match &r.data {
                        Some(ActionData::SetTextSelection(sel)) => Some(*sel),
                        _ => None,
                    }
                }
                _ => None,
            })
            .collect()
    });
    for sel in requests {
        let (Some(a), Some(f)) = (runs.char_of(&sel.anchor), runs.char_of(&sel.focus)) else {
            continue;
        };
        out.push(EditCommand::Caret {
            to: a,
            extend: false,
        });
        if f != a {
            out.push(EditCommand::Caret {
                to: f,
                extend: true,
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_and_chars_map_both_ways() {
        let a = NodeId(1);
        let b = NodeId(2);
        let runs = Runs {
            runs: vec![(a, 0, 10), (b, 10, 5)],
        };
        let p = runs.position(12).unwrap();
        assert_eq!((p.node, p.character_index), (b, 2));
        assert_eq!(runs.char_of(&p), Some(12));
        let end = runs.position(15).unwrap();
        assert_eq!((end.node, end.character_index), (b, 5));
        assert_eq!(runs.position(0).unwrap().node, a);
    }
}
