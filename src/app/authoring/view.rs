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
        let (back, tab) = back_and_tabs(
            ui,
            &[
                (Tab::Details, "Details"),
                (Tab::Article, "Article"),
                (Tab::Key, "Answer key"),
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
            .button(RichText::new("Save").strong())
            .on_hover_text(
                "Save the lesson and its key (into your lessons folder for a new lesson)",
            )
            .clicked()
        {
            out.push(cmd(A::Save));
        }
        if ui.button("Save as…").clicked() {
            out.push(cmd(A::SaveAs));
        }
        if ui
            .button("Export key…")
            .on_hover_text("W3C Web Annotation (.jsonld), brat (.ann) or newsmark (.json)")
            .clicked()
        {
            out.push(cmd(A::Export));
        }
        let status = match (&p.path, p.dirty) {
            (_, true) => RichText::new("unsaved changes").color(pal.warning),
            (Some(path), false) => {
                RichText::new(format!("saved: {}", path.display())).color(pal.weak_text)
            }
            (None, false) if p.source.is_some() => {
                RichText::new("a bundled lesson: Save keeps your copy in My lessons")
                    .color(pal.weak_text)
            }
            (None, false) => RichText::new("not saved yet").color(pal.weak_text),
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

/// One row of the details form. The field shows its text exactly as typed (the form's
/// buffer, never the parsed value), with what is wrong with it, if anything, beneath it.
fn text_row(
    ui: &mut Ui,
    out: &mut Vec<Command>,
    p: &AuthoringPage,
    warning: egui::Color32,
    label: &str,
    field: Field,
    hint: &str,
) {
    let multiline = matches!(field, Field::Summary | Field::Instructions);
    ui.label(label);
    ui.vertical(|ui| {
        let mut v = p.form.get(field).to_string();
        let edit = if multiline {
            egui::TextEdit::multiline(&mut v).desired_rows(3)
        } else {
            egui::TextEdit::singleline(&mut v)
        };
        // One id per workshop and field, whatever is shown around it.
        let id = ui.make_persistent_id(("details_field", p.instance, label));
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
    egui::ScrollArea::vertical().id_salt("details").show(ui, |ui| {
        ui.heading("Lesson details");
        ui.label(
            RichText::new("Students see the title, source and instructions above the article; the library shows level, skills and minutes.")
                .color(pal.weak_text),
        );
        ui.add_space(8.0);
        egui::Grid::new("details_form").num_columns(2).spacing([12.0, 8.0]).show(ui, |ui| {
            text_row(ui, &mut out, p, w, "Title", Field::Title, "The article's headline");
            text_row(ui, &mut out, p, w, "Summary", Field::Summary, "One or two sentences for the library");
            text_row(ui, &mut out, p, w, "Outlet", Field::Outlet, "Newspaper or website");
            text_row(ui, &mut out, p, w, "Author", Field::Author, "");
            text_row(ui, &mut out, p, w, "Date", Field::Date, "2026-11-29");
            text_row(ui, &mut out, p, w, "Web address", Field::Url, "Where it was published");
            text_row(ui, &mut out, p, w, "Licence", Field::Licence, "e.g. used in class under fair use; CC BY 4.0");
            ui.label("Level");
            ui.horizontal(|ui| {
                for (l, name) in [(None, "none"), (Some(1), "1 easy"), (Some(2), "2"), (Some(3), "3 hard")] {
                    if ui.selectable_label(m.level == l, name).clicked() {
                        out.push(cmd(A::SetLevel(l)));
                    }
                }
                if p.details_errors.contains(&DetailError::Level) {
                    ui.label(RichText::new(DetailError::Level.to_string()).color(w));
                }
            });
            ui.end_row();
            text_row(ui, &mut out, p, w, "Skills", Field::Skills, "attribution, vague sourcing, …");
            text_row(ui, &mut out, p, w, "Minutes", Field::Minutes, "20");
            text_row(ui, &mut out, p, w, "Instructions", Field::Instructions, "What should the student do?");
            text_row(ui, &mut out, p, w, "Language", Field::Language, "en, es (guessed when empty)");
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
                ui.heading("Article");
                if ui
                    .add_enabled(p.body_changed, egui::Button::new("Apply changes"))
                    .on_hover_text("Read the edited article and find the key items again on it")
                    .clicked()
                {
                    out.push(cmd(A::ApplyArticle));
                }
            });
            ui.label(
                RichText::new("Paste or write the article here (Markdown: blank lines between paragraphs, # for headings, > for quotes, *emphasis*). The preview shows what students will see.")
                    .small()
                    .color(pal.weak_text),
            );
            if let Some(e) = &p.body_error {
                ui.label(RichText::new(e).color(pal.warning));
            }
            egui::ScrollArea::vertical().id_salt("markdown_edit").show(ui, |ui| {
                // The editor works on the workshop's own text and copies it only when a key
                // changes it (copy on write), never on a frame that only shows it.
                let mut body = std::borrow::Cow::Borrowed(p.draft.body.as_str());
                let r = ui.add(
                    egui::TextEdit::multiline(&mut body)
                        .code_editor()
                        .desired_width(f32::INFINITY)
                        .desired_rows(30)
                        .hint_text("Paste the article here"),
                );
                r.widget_info(|| egui::WidgetInfo::labeled(egui::Role::MultilineTextInput, true, "Article text"));
                if r.changed() {
                    views.typed_at = Some((p.instance, now));
                    ui.ctx().request_repaint_after(std::time::Duration::from_secs_f64(PREVIEW_PAUSE));
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
        ui.label(RichText::new(format!("Items to place again ({})", p.orphans.len())).strong().color(pal.warning));
        ui.label(
            RichText::new("These key items could not be found in the edited article. Select the words in the article (Answer key tab) and press \"Place here\", or delete them.")
                .small(),
        );
        for (i, o) in p.orphans.iter().enumerate() {
            ui.horizontal_wrapped(|ui| {
                badge(ui, &pal, o.label);
                ui.label(RichText::new(format!("“{}”", o.quote.as_deref().unwrap_or(""))).italics());
                if ui.small_button("Place here").clicked() {
                    out.push(cmd(A::PlaceOrphan(i)));
                }
                if ui.small_button("Delete").clicked() {
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
    MarksBuilder::new()
        .highlights(p.editor.items(), p.editor.selected)
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
            egui::ScrollArea::vertical()
                .id_salt("key_side_scroll")
                .auto_shrink(false)
                .show(ui, |ui| {
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
                                    ui.label(RichText::new("Your task").strong());
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
