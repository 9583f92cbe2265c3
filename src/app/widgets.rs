//! Small widgets every page uses: a label's letter badge, its short name, a row of label
//! buttons.

use crate::app::theme::Palette;
use crate::model::Label;
use egui::{RichText, Ui};

/// Where the page on screen records its first control this frame (see [`first_control`]).
pub const FIRST_CONTROL: &str = "the page's first control";

/// Record `id` as the page's first control, where the keyboard goes after the page comes
/// on screen (the first call in a frame wins; the frame clears it).
pub fn first_control(ui: &Ui, id: egui::Id) {
    let key = egui::Id::NULL.with(FIRST_CONTROL);
    ui.data_mut(|d| {
        if d.get_temp::<egui::Id>(key).is_none() {
            d.insert_temp(key, id);
        }
    });
}

/// A modal dialog that holds the keyboard. While it is shown the page behind takes no
/// keys and Tab cycles inside it (egui's [`egui::Modal`]); `add` gets `true` on the frame
/// it opens, to give its first control the keyboard. Returns what `add` returned and
/// whether Escape (or a click outside) asks to cancel. Call [`dialog_closed`] with the same
/// `salt` on frames it is not shown: focus goes back to the control that had it before.
pub fn dialog<R>(
    ctx: &egui::Context,
    salt: &str,
    title: &str,
    add: impl FnOnce(&mut Ui, bool) -> R,
) -> (R, bool) {
    let open_key = egui::Id::NULL.with(("dialog open", salt));
    let opener_key = egui::Id::NULL.with(("dialog opener", salt));
    let was_open = ctx.data(|d| d.get_temp::<bool>(open_key)).unwrap_or(false);
    if !was_open {
        let opener = ctx.memory(|m| m.focused());
        ctx.data_mut(|d| {
            d.insert_temp(open_key, true);
            match opener {
                Some(id) => {
                    d.insert_temp(opener_key, id);
                }
                None => d.remove::<egui::Id>(opener_key),
            }
        });
    }
    let modal = egui::Modal::new(egui::Id::NULL.with(("dialog", salt))).show(ctx, |ui| {
        name_dialog(ui, title);
        add(ui, !was_open)
    });
    let cancel = modal.should_close();
    (modal.inner, cancel)
}

/// Expose the modal whose content `ui` draws as a named, modal dialog for the screen reader
/// ("dialog Save the gradebook").
pub fn name_dialog(ui: &Ui, title: &str) {
    let name = title.to_string();
    ui.ctx().accesskit_node_builder(ui.unique_id(), |n| {
        n.set_role(egui::accesskit::Role::Dialog);
        n.set_label(name);
        n.set_modal();
    });
}

/// The dialog `salt` is not shown: if it was last frame, focus returns to its opener.
pub fn dialog_closed(ctx: &egui::Context, salt: &str) {
    let open_key = egui::Id::NULL.with(("dialog open", salt));
    if ctx.data(|d| d.get_temp::<bool>(open_key)).unwrap_or(false) {
        let opener_key = egui::Id::NULL.with(("dialog opener", salt));
        let opener = ctx.data_mut(|d| {
            d.insert_temp(open_key, false);
            d.get_temp::<egui::Id>(opener_key)
        });
        if let Some(id) = opener {
            ctx.memory_mut(|m| m.request_focus(id));
        }
    }
}

/// A heading the screen reader announces as one (role heading, with its level).
pub fn heading(ui: &mut Ui, text: impl Into<RichText>, level: usize) -> egui::Response {
    let text: RichText = text.into();
    let name = text.text().to_string();
    let r = ui.label(text);
    ui.ctx().accesskit_node_builder(r.id, |b| {
        b.set_role(egui::accesskit::Role::Heading);
        b.set_level(level);
        b.set_label(name);
    });
    r
}

/// Short label name for buttons.
pub fn short(l: Label) -> String {
    match l {
        Label::Attribution => crate::t!("shell-label-short-attribution"),
        Label::Opinion => crate::t!("shell-label-short-opinion"),
        Label::Unsupported => crate::t!("shell-label-short-unsupported"),
    }
}

/// A small letter badge in the label's colour.
pub fn badge(ui: &mut Ui, pal: &Palette, l: Label) {
    let (rect, resp) = ui.allocate_exact_size(egui::vec2(18.0, 18.0), egui::Sense::hover());
    ui.painter().rect_filled(rect, 3.0, pal.label_ink(l));
    ui.painter().text(
        rect.center(),
        egui::Align2::CENTER_CENTER,
        l.badge(),
        egui::FontId::proportional(12.0),
        pal.badge_text,
    );
    resp.on_hover_text(l.title());
}

/// One button per label, the current one selected; returns the label clicked, if it is
/// another one.
pub fn label_choice(ui: &mut Ui, pal: &Palette, current: Label) -> Option<Label> {
    let mut chosen = None;
    ui.horizontal_wrapped(|ui| {
        for l in Label::ALL {
            let text = RichText::new(format!("{} {}", l.badge(), short(l))).color(pal.label_ink(l));
            if ui.selectable_label(current == l, text).clicked() && current != l {
                chosen = Some(l);
            }
        }
    });
    chosen
}

/// "Back to library" and a row of tabs, as the pages with parts start their toolbars.
/// Returns whether Back was pressed and the tab chosen (if another one).
pub fn back_and_tabs<T: Copy + PartialEq>(
    ui: &mut Ui,
    tabs: &[(T, &str)],
    current: T,
) -> (bool, Option<T>) {
    let back = ui.button(crate::t!("shell-back-to-library"));
    first_control(ui, back.id);
    let back = back.clicked();
    ui.separator();
    let mut chosen = None;
    for (t, name) in tabs {
        if ui.selectable_label(current == *t, *name).clicked() && current != *t {
            chosen = Some(*t);
        }
    }
    ui.separator();
    (back, chosen)
}

/// A vertical [`scrolled`] area that fills the room it is given, as a page or a side panel
/// does; `id` tells it apart from the others.
pub fn scrolled_page<R>(
    id: impl std::hash::Hash + std::fmt::Debug,
    ui: &mut Ui,
    add: impl FnOnce(&mut Ui) -> R,
) -> egui::scroll_area::ScrollAreaOutput<R> {
    scrolled(
        egui::ScrollArea::vertical().id_salt(id).auto_shrink(false),
        ui,
        add,
    )
}

/// A scroll area whose contents follow the keyboard: a control inside it that gets the focus
/// (by Tab, or from the program) is scrolled into view, which egui does not do by itself.
/// Large regions that take the focus, such as an article, keep their own scrolling.
pub fn scrolled<R>(
    area: egui::ScrollArea,
    ui: &mut Ui,
    add: impl FnOnce(&mut Ui) -> R,
) -> egui::scroll_area::ScrollAreaOutput<R> {
    area.show(ui, |ui| {
        let r = add(ui);
        let focused = ui.memory(|m| m.focused());
        if let Some(c) = focused.and_then(|id| ui.ctx().read_response(id))
            && c.gained_focus()
            && ui.min_rect().contains_rect(c.rect)
            && c.rect.height() < ui.clip_rect().height()
        {
            ui.scroll_to_rect(c.rect, None);
        }
        r
    })
}
