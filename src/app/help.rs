//! The Help window: the teacher guide (docs/teacher-guide.md), drawn with the same block
//! model as lessons.

use crate::app::theme::Palette;
use crate::model::document::{BlockKind, Document};
use egui::{RichText, Ui};
use std::sync::OnceLock;

/// The guide's Markdown, compiled in.
pub const GUIDE: &str = include_str!("../../docs/teacher-guide.md");

fn guide() -> &'static (Document, crate::model::TextIndex) {
    static DOC: OnceLock<(Document, crate::model::TextIndex)> = OnceLock::new();
    DOC.get_or_init(|| {
        let doc = Document::from_markdown(GUIDE);
        let text = crate::model::TextIndex::new(doc.text.clone());
        (doc, text)
    })
}

/// Draw the guide.
pub fn show(ui: &mut Ui, pal: &Palette) {
    let (doc, text) = guide();
    egui::ScrollArea::vertical().id_salt("help").show(ui, |ui| {
        for b in &doc.blocks {
            let t = text.slice_clamped(b.start, b.end);
            match &b.kind {
                BlockKind::Heading(1) => {
                    ui.label(RichText::new(t).size(24.0).strong());
                }
                BlockKind::Heading(2) => {
                    ui.add_space(8.0);
                    ui.label(RichText::new(t).size(19.0).strong());
                }
                BlockKind::Heading(_) => {
                    ui.label(RichText::new(t).size(16.0).strong());
                }
                BlockKind::ListItem { marker } => {
                    ui.horizontal_wrapped(|ui| {
                        ui.add_space(f32::from(b.list_depth) * 14.0);
                        ui.label(RichText::new(marker).color(pal.weak_text));
                        ui.label(t);
                    });
                }
                BlockKind::Code => {
                    ui.label(RichText::new(t).monospace());
                }
                _ if b.quote_depth > 0 => {
                    ui.label(RichText::new(t).italics());
                }
                _ => {
                    ui.label(t);
                }
            }
        }
    });
}
