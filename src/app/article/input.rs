//! Turning pointer and keyboard input on the article into [`EditCommand`]s.

use super::ArticleInput;
use super::layout::Layout;
use crate::app::editing::EditCommand;
use egui::{Key, Modifiers, Pos2, Response, Ui, vec2};

/// Pointer input: drag-select, click, double-click.
pub(super) fn pointer(
    ui: &Ui,
    response: &Response,
    layout: &Layout,
    input: &ArticleInput<'_>,
    drag_anchor: &mut Option<usize>,
    origin: Pos2,
    out: &mut Vec<EditCommand>,
) {
    let blocks = &input.lesson.doc.blocks;
    let rel = |pos: Pos2| pos - origin;
    if response.clicked() || response.drag_started() {
        response.request_focus();
    }
    if response.drag_started() {
        // `drag_started` fires only after the pointer moved; the anchor is where it was pressed.
        let press = ui.input(|i| i.pointer.press_origin());
        *drag_anchor = press.and_then(|p| layout.char_at(blocks, rel(p)));
    }
    // A fast drag can start and end within one frame, after the pointer was released.
    let pointer = response
        .interact_pointer_pos()
        .or_else(|| ui.input(|i| i.pointer.latest_pos()));
    if let (Some(anchor), Some(pos)) = (*drag_anchor, pointer)
        && (response.dragged() || response.drag_stopped())
        && let Some(to) = layout.char_at(blocks, rel(pos))
    {
        out.push(EditCommand::Drag {
            anchor,
            to,
            done: response.drag_stopped(),
        });
    }
    if response.drag_stopped() {
        *drag_anchor = None;
    }
    let clicked_at = response
        .interact_pointer_pos()
        .and_then(|p| layout.char_at(blocks, rel(p)));
    if let Some(c) = clicked_at {
        if response.double_clicked() {
            out.push(EditCommand::SelectWord(c));
        } else if response.clicked() {
            out.push(EditCommand::ClickChar(c));
        }
    }
}

/// Keyboard input while the article has focus: caret movement (Shift extends), Home/End
/// (with Ctrl: the whole article), up/down by line, Tab through the highlights.
pub(super) fn keyboard(
    ui: &Ui,
    layout: &Layout,
    input: &ArticleInput<'_>,
    out: &mut Vec<EditCommand>,
) {
    let text = &input.lesson.text;
    let blocks = &input.lesson.doc.blocks;
    let n = text.char_len();
    let keys: Vec<(Key, Modifiers)> = ui.input(|i| {
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
    // Several keys in one frame move from where the previous one left the caret.
    let mut caret = input.caret.unwrap_or(0).min(n);
    for (key, m) in keys {
        let word = m.command || m.ctrl || m.alt;
        let to = match key {
            Key::ArrowLeft if word => Some(text.prev_word_start(caret)),
            Key::ArrowLeft => Some(caret.saturating_sub(1)),
            Key::ArrowRight if word && m.shift => Some(text.next_word_end(caret)),
            Key::ArrowRight if word => Some(text.next_word_start(caret)),
            Key::ArrowRight => Some((caret + 1).min(n)),
            // Ctrl+Up / Ctrl+Down: the previous or next paragraph's start.
            Key::ArrowUp if word => Some(
                blocks
                    .iter()
                    .rev()
                    .find(|b| b.start < caret)
                    .map_or(0, |b| b.start),
            ),
            Key::ArrowDown if word => Some(
                blocks
                    .iter()
                    .find(|b| b.start > caret)
                    .map_or(n, |b| b.start),
            ),
            Key::ArrowUp | Key::ArrowDown => layout.char_rect(blocks, caret).and_then(|r| {
                let dy = if key == Key::ArrowUp {
                    -r.height() * 0.75
                } else {
                    r.height() * 1.25
                };
                layout.char_at(blocks, vec2(r.left() + 1.0, r.top() + dy.max(-r.top())))
            }),
            Key::Home if word => Some(0),
            Key::End if word => Some(n),
            // Home / End: the ends of the line the caret is on.
            Key::Home => layout
                .char_rect(blocks, caret)
                .and_then(|r| layout.char_at(blocks, vec2(-1.0e6, r.center().y))),
            Key::End => layout
                .char_rect(blocks, caret)
                .and_then(|r| layout.char_at(blocks, vec2(1.0e6, r.center().y))),
            Key::Tab => {
                out.push(EditCommand::Next(!m.shift));
                None
            }
            _ => None,
        };
        if let Some(to) = to {
            caret = to;
            out.push(EditCommand::Caret {
                to,
                extend: m.shift,
            });
        }
    }
}

/// Keep arrows and Tab for the article while it has focus.
pub(super) fn lock_focus(ui: &Ui, id: egui::Id) {
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
}
