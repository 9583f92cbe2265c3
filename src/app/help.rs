//! The Help window: the teacher guide (docs/teacher-guide.md, or its translation in
//! docs/teacher-guide.LANG.md), drawn with the same block model as lessons.

use crate::app::theme::Palette;
use crate::app::widgets::heading;
use crate::model::document::{BlockKind, Document};
use egui::{RichText, Ui};
use std::sync::OnceLock;

/// The guide's Markdown, compiled in: English, then each translation.
pub const GUIDE: &str = include_str!("../../docs/teacher-guide.md");
const GUIDES: [(&str, &str); 4] = [
    ("es", include_str!("../../docs/teacher-guide.es.md")),
    ("fr", include_str!("../../docs/teacher-guide.fr.md")),
    ("de", include_str!("../../docs/teacher-guide.de.md")),
    ("uk", include_str!("../../docs/teacher-guide.uk.md")),
];

type Read = (Document, crate::model::TextIndex);

/// The guide in the interface's language (English when it has no translation), read once.
fn guide() -> &'static Read {
    static DOCS: [OnceLock<Read>; 5] = [
        OnceLock::new(),
        OnceLock::new(),
        OnceLock::new(),
        OnceLock::new(),
        OnceLock::new(),
    ];
    let code = crate::i18n::language().code();
    let (i, text) = GUIDES
        .iter()
        .enumerate()
        .find(|(_, (c, _))| *c == code)
        .map_or((0, GUIDE), |(i, (_, t))| (i + 1, *t));
    DOCS[i].get_or_init(|| {
        let doc = Document::from_markdown(text);
        let index = crate::model::TextIndex::new(doc.text.clone());
        (doc, index)
    })
}

/// Draw the guide.
pub fn show(ui: &mut Ui, pal: &Palette) {
    let (doc, text) = guide();
    {
        for b in &doc.blocks {
            let t = text.slice_clamped(b.start, b.end);
            match &b.kind {
                BlockKind::Heading(1) => {
                    heading(ui, RichText::new(t).size(24.0).strong(), 1);
                }
                BlockKind::Heading(2) => {
                    ui.add_space(8.0);
                    heading(ui, RichText::new(t).size(19.0).strong(), 2);
                }
                BlockKind::Heading(n) => {
                    heading(ui, RichText::new(t).size(16.0).strong(), usize::from(*n));
                }
                BlockKind::ListItem { marker } => {
                    // A list item: the marker is drawn, not read ("•" is noise to a
                    // screen reader); the item's text is one node in the list role.
                    ui.horizontal_wrapped(|ui| {
                        ui.add_space(f32::from(b.list_depth) * 14.0);
                        let font = egui::TextStyle::Body.resolve(ui.style());
                        let galley =
                            ui.painter()
                                .layout_no_wrap(marker.to_string(), font, pal.weak_text);
                        let (rect, _) = ui.allocate_exact_size(galley.size(), egui::Sense::hover());
                        ui.painter().galley(rect.min, galley, pal.weak_text);
                        let r = ui.label(t);
                        ui.ctx().accesskit_node_builder(r.id, |n| {
                            n.set_role(egui::accesskit::Role::ListItem);
                        });
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
    }
}
