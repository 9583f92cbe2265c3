//! Drawing the workshop: the toolbar with its three parts (details, article, key), the
//! details form, the article editor with its live preview, and the key editor with the
//! selected item, the checker and the assistant in the side panel.

use super::{AuthoringCommand as A, AuthoringPage, DetailError, Field, Tab};
use crate::app::article::{ArticleInput, ArticleView, Mark, MarksBuilder};
use crate::app::command::Command;
use crate::app::shared::Shared;
use crate::app::theme::palette;
use crate::app::widgets::{back_and_tabs, badge};
use crate::model::Span;
use egui::{RichText, Ui};

fn cmd(c: A) -> Command {
    Command::Authoring(c)
}

/// The workshop's article widgets (view-side caches).
#[derive(Default)]
pub struct AuthoringViews {
    /// The key editor's article.
    pub key: ArticleView,
    /// The live preview beside the Markdown editor.
    pub preview: ArticleView,
    /// When the Markdown was last typed in (the frame's time), and in which workshop: the
    /// preview is read again once typing has paused for [`PREVIEW_PAUSE`].
    typed_at: Option<(u64, f64)>,
}

/// How long typing in the Markdown pauses before the preview reads the article again
/// (seconds). Reading a long article takes longer than a frame, so not on every key.
pub const PREVIEW_PAUSE: f64 = 0.3;

/// The toolbar under the title bar.
pub fn toolbar(ui: &mut Ui, sh: &Shared, p: &AuthoringPage) -> Vec<Command> {
    let pal = palette(sh.settings.dark);
    let mut out = Vec::new();
    ui.horizontal_wrapped(|ui| {
        let names = [
            crate::t!("workshop-tab-details"),
            crate::t!("workshop-tab-article"),
            crate::t!("workshop-tab-key"),
        ];
        let (back, tab) = back_and_tabs(
            ui,
            &[
                (Tab::Details, names[0].as_str()),
                (Tab::Article, names[1].as_str()),
                (Tab::Key, names[2].as_str()),
            ],
            p.tab,
        );
        if back {
            out.push(Command::ShowLibrary);
        }
        if let Some(t) = tab {
            out.push(cmd(A::Tab(t)));
        }
        if ui
            .button(RichText::new(crate::t!("workshop-save-button")).strong())
            .on_hover_text(crate::t!("workshop-save-hover"))
            .clicked()
        {
            out.push(cmd(A::Save));
        }
        if ui.button(crate::t!("workshop-save-as-button")).clicked() {
            out.push(cmd(A::SaveAs));
        }
        if ui
            .button(crate::t!("workshop-export-key-button"))
            .on_hover_text(crate::t!("workshop-export-key-hover"))
            .clicked()
        {
            out.push(cmd(A::Export));
        }
        let status = match (&p.path, p.dirty) {
            (_, true) => RichText::new(crate::t!("workshop-status-unsaved")).color(pal.warning),
            (Some(path), false) => {
                let path = path.display().to_string();
                RichText::new(crate::t!("workshop-status-saved", path = path)).color(pal.weak_text)
            }
            (None, false) if p.source.is_some() => {
                RichText::new(crate::t!("workshop-status-bundled")).color(pal.weak_text)
            }
            (None, false) => {
                RichText::new(crate::t!("workshop-status-not-saved")).color(pal.weak_text)
            }
        };
        ui.label(status);
    });
    out
}

/// The whole page below the toolbar.
pub fn page(
    ui: &mut Ui,
    sh: &Shared,
    p: &AuthoringPage,
    views: &mut AuthoringViews,
) -> Vec<Command> {
    match p.tab {
        Tab::Details => {
            let mut out = Vec::new();
            egui::CentralPanel::default().show(ui, |ui| out = details(ui, sh, p));
            out
        }
        Tab::Article => article_tab(ui, sh, p, views),
        Tab::Key => key_tab(ui, sh, p, &mut views.key),
    }
}

/// A details field's name as the form labels it, and the hint shown when it is empty.
fn field_text(field: Field) -> (String, String) {
    match field {
        Field::Title => (
            crate::t!("workshop-field-title"),
            crate::t!("workshop-field-title.hint"),
        ),
        Field::Summary => (
            crate::t!("workshop-field-summary"),
            crate::t!("workshop-field-summary.hint"),
        ),
        Field::Outlet => (
            crate::t!("workshop-field-outlet"),
            crate::t!("workshop-field-outlet.hint"),
        ),
        Field::Author => (crate::t!("workshop-field-author"), String::new()),
        Field::Date => (
            crate::t!("workshop-field-date"),
            crate::t!("workshop-field-date.hint"),
        ),
        Field::Url => (
            crate::t!("workshop-field-url"),
            crate::t!("workshop-field-url.hint"),
        ),
        Field::Licence => (
            crate::t!("workshop-field-licence"),
            crate::t!("workshop-field-licence.hint"),
        ),
        Field::Skills => (
            crate::t!("workshop-field-skills"),
            crate::t!("workshop-field-skills.hint"),
        ),
        Field::Minutes => (
            crate::t!("workshop-field-minutes"),
            crate::t!("workshop-field-minutes.hint"),
        ),
        Field::Instructions => (
            crate::t!("workshop-field-instructions"),
            crate::t!("workshop-field-instructions.hint"),
        ),
        Field::Language => (
            crate::t!("workshop-field-language"),
            crate::t!("workshop-field-language.hint"),
        ),
    }
}

/// One row of the details form. The field shows its text exactly as typed (the form's
/// buffer, never the parsed value), with what is wrong with it, if anything, beneath it.
fn text_row(
    ui: &mut Ui,
    out: &mut Vec<Command>,
    p: &AuthoringPage,
    warning: egui::Color32,
    field: Field,
) {
    let (label, hint) = field_text(field);
    let (label, hint) = (label.as_str(), hint.as_str());
    let multiline = matches!(field, Field::Summary | Field::Instructions);
    ui.label(label);
    ui.vertical(|ui| {
        let mut v = p.form.get(field).to_string();
        let edit = if multiline {
            egui::TextEdit::multiline(&mut v).desired_rows(3)
        } else {
            egui::TextEdit::singleline(&mut v)
        };
        // One id per workshop and field, whatever is shown around it (and in whatever
        // language).
        let id = ui.make_persistent_id(("details_field", p.instance, field as u8));
        let r = ui.add(edit.id(id).hint_text(hint).desired_width(520.0));
        r.widget_info(|| {
            egui::WidgetInfo::labeled(
                if multiline {
                    egui::Role::MultilineTextInput
                } else {
                    egui::Role::TextInput
                },
                true,
                label,
            )
        });
        if r.changed() {
            out.push(cmd(A::Set(field, v)));
        }
        if let Some(e) = p.details_errors.iter().find(|e| e.field() == label) {
            ui.label(RichText::new(e.to_string()).color(warning));
        }
    });
    ui.end_row();
}

fn details(ui: &mut Ui, sh: &Shared, p: &AuthoringPage) -> Vec<Command> {
    let mut out = Vec::new();
    let pal = palette(sh.settings.dark);
    let m = &p.draft.meta;
    let w = pal.warning;
    crate::app::widgets::scrolled(egui::ScrollArea::vertical().id_salt("details"), ui, |ui| {
        ui.heading(crate::t!("workshop-details-heading"));
        ui.label(RichText::new(crate::t!("workshop-details-intro")).color(pal.weak_text));
        ui.add_space(8.0);
        egui::Grid::new("details_form")
            .num_columns(2)
            .spacing([12.0, 8.0])
            .show(ui, |ui| {
                text_row(ui, &mut out, p, w, Field::Title);
                text_row(ui, &mut out, p, w, Field::Summary);
                text_row(ui, &mut out, p, w, Field::Outlet);
                text_row(ui, &mut out, p, w, Field::Author);
                text_row(ui, &mut out, p, w, Field::Date);
                text_row(ui, &mut out, p, w, Field::Url);
                text_row(ui, &mut out, p, w, Field::Licence);
                ui.label(crate::t!("workshop-field-level"));
                ui.horizontal(|ui| {
                    for (l, name) in [
                        (None, crate::t!("workshop-level-none")),
                        (Some(1), crate::t!("workshop-level-easy")),
                        (Some(2), crate::t!("workshop-level-medium")),
                        (Some(3), crate::t!("workshop-level-hard")),
                    ] {
                        if ui.selectable_label(m.level == l, name).clicked() {
                            out.push(cmd(A::SetLevel(l)));
                        }
                    }
                    if p.details_errors.contains(&DetailError::Level) {
                        ui.label(RichText::new(DetailError::Level.to_string()).color(w));
                    }
                });
                ui.end_row();
                text_row(ui, &mut out, p, w, Field::Skills);
                text_row(ui, &mut out, p, w, Field::Minutes);
                text_row(ui, &mut out, p, w, Field::Instructions);
                text_row(ui, &mut out, p, w, Field::Language);
            });
    });
    out
}

fn article_tab(
    ui: &mut Ui,
    sh: &Shared,
    p: &AuthoringPage,
    views: &mut AuthoringViews,
) -> Vec<Command> {
    let pal = palette(sh.settings.dark);
    let mut out = Vec::new();
    let now = ui.input(|i| i.time);
    egui::Panel::left("markdown")
        .resizable(true)
        .default_size(ui.available_width() * 0.48)
        .show(ui, |ui| {
            ui.horizontal(|ui| {
                ui.heading(crate::t!("workshop-article-heading"));
                if ui
                    .add_enabled(
                        p.body_changed,
                        egui::Button::new(crate::t!("workshop-apply-button")),
                    )
                    .on_hover_text(crate::t!("workshop-apply-hover"))
                    .clicked()
                {
                    out.push(cmd(A::ApplyArticle));
                }
            });
            ui.label(
                RichText::new(crate::t!("workshop-article-help"))
                    .small()
                    .color(pal.weak_text),
            );
            if let Some(e) = &p.body_error {
                ui.label(RichText::new(e).color(pal.warning));
            }
            egui::ScrollArea::vertical()
                .id_salt("markdown_edit")
                .show(ui, |ui| {
                    // The editor works on the workshop's own text and copies it only when a key
                    // changes it (copy on write), never on a frame that only shows it.
                    let mut body = std::borrow::Cow::Borrowed(p.draft.body.as_str());
                    let r = ui.add(
                        egui::TextEdit::multiline(&mut body)
                            .code_editor()
                            .desired_width(f32::INFINITY)
                            .desired_rows(30)
                            .hint_text(crate::t!("workshop-article-hint")),
                    );
                    let name = crate::t!("workshop-article-text-name");
                    r.widget_info(|| {
                        egui::WidgetInfo::labeled(egui::Role::MultilineTextInput, true, &name)
                    });
                    if r.changed() {
                        views.typed_at = Some((p.instance, now));
                        ui.ctx()
                            .request_repaint_after(std::time::Duration::from_secs_f64(
                                PREVIEW_PAUSE,
                            ));
                        out.push(cmd(A::SetBody(body.into_owned())));
                    }
                });
        });
    preview_when_paused(ui, p, views, now, &mut out);
    let view = &mut views.preview;
    egui::CentralPanel::default()
        .frame(egui::Frame::central_panel(ui.style()).fill(pal.page))
        .show(ui, |ui| {
            orphans(ui, sh, p, &mut out);
            let lesson = &p.preview;
            egui::ScrollArea::vertical()
                .id_salt("preview")
                .auto_shrink(false)
                .show(ui, |ui| {
                    let input = ArticleInput {
                        doc_id: doc_id(p.instance, 1, p.preview_rev),
                        lesson,
                        marks: &[],
                        caret: None,
                        selection: None,
                        palette: pal,
                        font_size: sh.settings.text_size,
                        reveal: None,
                    };
                    // The preview only shows; its clicks select nothing.
                    let _ = view.show(ui, &input);
                });
        });
    out
}

/// Once typing in the Markdown has paused for [`PREVIEW_PAUSE`], the tab asks for itself
/// again ([`A::Tab`]), which brings the preview up to date; until then a frame is asked for
/// when the pause will have passed.
fn preview_when_paused(
    ui: &Ui,
    p: &AuthoringPage,
    views: &AuthoringViews,
    now: f64,
    out: &mut Vec<Command>,
) {
    if !p.preview_stale {
        return;
    }
    // Edited by something other than this editor (or in another workshop): at once.
    let since = match views.typed_at {
        Some((instance, at)) if instance == p.instance => now - at,
        _ => PREVIEW_PAUSE,
    };
    if since >= PREVIEW_PAUSE {
        out.push(cmd(A::Tab(Tab::Article)));
        // The preview read after this frame is shown by the next one.
        ui.ctx().request_repaint();
    } else {
        ui.ctx()
            .request_repaint_after(std::time::Duration::from_secs_f64(PREVIEW_PAUSE - since));
    }
}

/// One id per document shown: the page, which widget, which version of the text.
fn doc_id(instance: u64, which: u64, rev: u64) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut h = std::collections::hash_map::DefaultHasher::new();
    (instance, which, rev).hash(&mut h);
    h.finish()
}

pub(super) fn orphans(ui: &mut Ui, sh: &Shared, p: &AuthoringPage, out: &mut Vec<Command>) {
    if p.orphans.is_empty() {
        return;
    }
    let pal = palette(sh.settings.dark);
    egui::Frame::group(ui.style()).show(ui, |ui| {
        ui.label(
            RichText::new(crate::t!(
                "workshop-orphans-heading",
                count = p.orphans.len()
            ))
            .strong()
            .color(pal.warning),
        );
        ui.label(RichText::new(crate::t!("workshop-orphans-help")).small());
        for (i, o) in p.orphans.iter().enumerate() {
            ui.horizontal_wrapped(|ui| {
                badge(ui, &pal, o.label);
                let quote = o.quote.as_deref().unwrap_or("");
                ui.label(RichText::new(crate::t!("workshop-quote", quote = quote)).italics());
                if ui
                    .small_button(crate::t!("workshop-place-here-button"))
                    .clicked()
                {
                    out.push(cmd(A::PlaceOrphan(i)));
                }
                if ui
                    .small_button(crate::t!("workshop-delete-button"))
                    .clicked()
                {
                    out.push(cmd(A::DropOrphan(i)));
                }
            });
        }
    });
}

fn marks(p: &AuthoringPage) -> Vec<Mark> {
    if p.student_preview {
        return Vec::new();
    }
    let builder = MarksBuilder::new().highlights(p.editor.items(), p.editor.selected);
    // Comparing: the other key's items outlined over this key's highlights.
    if let Some(c) = &p.compare {
        return builder.outlines(c.their_spans(), None).build();
    }
    builder
        .outlines(
            p.suggestions
                .iter()
                .map(|s| Span::new(s.start, s.end, s.label)),
            p.current,
        )
        .build()
}

fn key_tab(ui: &mut Ui, sh: &Shared, p: &AuthoringPage, view: &mut ArticleView) -> Vec<Command> {
    let pal = palette(sh.settings.dark);
    let mut out = Vec::new();
    egui::Panel::right("key_side")
        .resizable(true)
        .default_size(380.0)
        .min_size(280.0)
        .show(ui, |ui| {
            crate::app::widgets::scrolled_page("key_side_scroll", ui, |ui| {
                super::key_panel::side(ui, sh, p, &mut out);
            });
        });
    egui::CentralPanel::default()
        .frame(egui::Frame::central_panel(ui.style()).fill(pal.page))
        .show(ui, |ui| {
            let ms = marks(p);
            egui::ScrollArea::vertical()
                .id_salt("key_article")
                .auto_shrink(false)
                .show(ui, |ui| {
                    ui.add_space(12.0);
                    let col = ui.available_width().min(sh.settings.text_size * 36.0);
                    let pad = ((ui.available_width() - col) / 2.0).max(0.0);
                    ui.horizontal(|ui| {
                        ui.add_space(pad);
                        ui.vertical(|ui| {
                            ui.set_max_width(col);
                            ui.label(
                                RichText::new(&p.draft.meta.title)
                                    .size(sh.settings.text_size * 1.5)
                                    .strong(),
                            );
                            if p.student_preview
                                && let Some(i) = &p.draft.meta.instructions
                            {
                                egui::Frame::group(ui.style()).show(ui, |ui| {
                                    ui.label(
                                        RichText::new(crate::t!("workshop-student-task")).strong(),
                                    );
                                    ui.label(i);
                                });
                            }
                        });
                    });
                    ui.add_space(8.0);
                    let input = ArticleInput {
                        doc_id: doc_id(p.instance, 2, p.lesson_rev),
                        lesson: &p.lesson,
                        marks: &ms,
                        caret: Some(p.editor.caret),
                        selection: p.editor.selection,
                        palette: pal,
                        font_size: sh.settings.text_size,
                        reveal: None,
                    };
                    out.extend(view.show(ui, &input).into_iter().map(|e| cmd(A::Edit(e))));
                });
        });
    out
}
