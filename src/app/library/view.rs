//! Drawing the library page.

use super::{LibraryCommand, LibraryPage};
use crate::app::command::Command;
use crate::app::shared::Shared;
use crate::app::theme::{Palette, palette};
use crate::service::{CatalogueEntry, LessonSource};
use egui::{RichText, Ui};

/// Draw the library; returns what the user asked for.
pub fn show(ui: &mut Ui, sh: &Shared, page: &LibraryPage) -> Vec<Command> {
    let mut cmds = Vec::new();
    let pal = palette(sh.settings.dark);
    // The pack being put together stays in view while its boxes are ticked further down.
    if sh.teacher() && !page.pack.is_empty() {
        egui::Panel::bottom("pack bar").show(ui, |ui| {
            ui.add_space(4.0);
            pack_bar(ui, page, &mut cmds);
            ui.add_space(4.0);
        });
    }
    crate::app::widgets::scrolled_page("library", ui, |ui| {
        ui.add_space(12.0);
        let width = ui.available_width().min(820.0);
        ui.vertical_centered(|ui| {
            ui.set_max_width(width);
            ui.heading(RichText::new(crate::t!("library-title")).size(26.0));
            ui.label(RichText::new(crate::t!("library-intro")).color(pal.weak_text));
            // The first start asks whose copy this is, before anything else.
            if sh.settings.role.is_none() {
                role_question(ui, &pal, &mut cmds);
            }
            // Work autosaved and not checked yet: carry on where the learner left off.
            if let Some(e) = sh.lessons_in_progress().first() {
                continue_bar(ui, e, &mut cmds);
            }
            // One pass over the attempts for both the words and the recommendation.
            let (words, recommended) = sh.library_profile();
            profile_and_next(ui, sh, &pal, words, recommended.as_ref(), &mut cmds);
            if let Some(o) = &page.opening {
                ui.add_space(6.0);
                ui.horizontal(|ui| {
                    ui.spinner();
                    let opening = crate::t!("library-opening", name = o.name.as_str());
                    ui.label(RichText::new(opening).strong());
                });
            }
            instructor_tools(ui, sh, &pal, &mut cmds);
            ui.add_space(10.0);
            super::search::search_bar(ui, sh, &mut cmds);
            ui.add_space(6.0);
            lessons(ui, sh, page, recommended.as_ref(), width, &mut cmds);
            ui.add_space(8.0);
            if ui.button(crate::t!("library-open-file-button")).clicked() {
                cmds.push(Command::OpenFileDialog);
            }
        });
    });
    cmds
}

/// The learner's skills in words, and the lesson to do next at the top, so the learner
/// never has to hunt for it.
fn profile_and_next(
    ui: &mut Ui,
    sh: &Shared,
    pal: &Palette,
    words: Option<String>,
    recommended: Option<&(String, String)>,
    cmds: &mut Vec<Command>,
) {
    if let Some(words) = words {
        ui.add_space(4.0);
        ui.horizontal_wrapped(|ui| {
            ui.label(RichText::new(crate::t!("library-skills", words = words.as_str())).strong());
            if ui
                .button(crate::t!("library-skills-profile-button"))
                .clicked()
            {
                cmds.push(Command::ShowProfile);
            }
        });
    }
    if let Some((id, why)) = recommended
        && let Some(e) = sh.catalogue.iter().find(|e| &e.id == id)
    {
        ui.add_space(4.0);
        ui.horizontal_wrapped(|ui| {
            let next = crate::t!("library-recommended-next", title = e.title());
            ui.label(RichText::new(next).strong().color(pal.status[0]));
            if ui
                .button(crate::t!("library-start-button"))
                .on_hover_text(crate::t!("library-open-title", title = e.title()))
                .clicked()
            {
                cmds.push(Command::Library(LibraryCommand::Open(id.clone())));
            }
        });
        ui.horizontal_wrapped(|ui| {
            ui.label(RichText::new(why).color(pal.weak_text));
        });
    }
}

/// A teacher's copy: new lesson, lesson from an article, and the pack being put together.
fn instructor_tools(ui: &mut Ui, sh: &Shared, pal: &Palette, cmds: &mut Vec<Command>) {
    let teacher = sh.teacher();
    ui.add_space(6.0);
    if teacher {
        ui.horizontal(|ui| {
            ui.label(RichText::new(crate::t!("library-instructors")).color(pal.weak_text));
            if ui
                .button(crate::t!("library-new-lesson-button"))
                .on_hover_text(crate::t!("library-new-lesson-hover"))
                .clicked()
            {
                cmds.push(Command::Library(LibraryCommand::NewLesson));
            }
            if ui
                .button(crate::t!("library-import-article-button"))
                .on_hover_text(crate::t!("library-import-article-hover"))
                .clicked()
            {
                cmds.push(Command::Library(LibraryCommand::ImportArticle));
            }
        });
    }
}

/// Bundled lessons, then each class pack, then the teacher's and opened lessons.
fn lessons(
    ui: &mut Ui,
    sh: &Shared,
    page: &LibraryPage,
    recommended: Option<&(String, String)>,
    width: f32,
    cmds: &mut Vec<Command>,
) {
    // The bundled lessons' section; its heading also tells it apart below.
    let bundled = crate::t!("library-section-lessons");
    // Class packs first (what is due), then the bundled lessons, then the teacher's own
    // and opened lessons, newest first.
    let mut packs: Vec<(String, Vec<&CatalogueEntry>)> = Vec::new();
    let mut lessons = Vec::new();
    let mut mine = Vec::new();
    let filter = &sh.library_filter;
    let mut shown = 0usize;
    for e in &sh.catalogue {
        if !filter.matches(e, sh.progress_of(&e.id).1 > 0) {
            continue;
        }
        shown += 1;
        match (&e.source, &e.group) {
            (LessonSource::Bundled(_), _) => lessons.push(e),
            (_, Some(g)) => match packs.iter_mut().find(|(h, _)| h == g) {
                Some((_, v)) => v.push(e),
                None => packs.push((g.clone(), vec![e])),
            },
            (_, None) => mine.push(e),
        }
    }
    mine.sort_by_key(|e| std::cmp::Reverse(e.modified));
    if filter.is_active() {
        let count = crate::t!(
            "library-filter-count",
            shown = shown,
            total = sh.catalogue.len()
        );
        ui.label(RichText::new(count).color(pal_weak(sh)));
    }
    if shown == 0 && filter.is_active() {
        ui.label(RichText::new(crate::t!("library-filter-none")).color(pal_weak(sh)));
    }
    let mut groups = packs;
    groups.push((bundled.clone(), lessons));
    groups.push((crate::t!("library-section-mine"), mine));
    for (heading, group) in groups {
        if group.is_empty() {
            continue;
        }
        // Every section has a heading a screen reader can jump to; the bundled lessons'
        // is drawn only when other sections follow.
        if heading != bundled {
            ui.add_space(8.0);
            crate::app::widgets::heading(ui, RichText::new(heading).size(22.0).strong(), 2);
            ui.add_space(4.0);
        } else if sh
            .catalogue
            .iter()
            .any(|e| !matches!(e.source, LessonSource::Bundled(_)))
        {
            crate::app::widgets::heading(ui, RichText::new(heading).size(22.0).strong(), 2);
            ui.add_space(4.0);
        }
        for e in group {
            entry(ui, sh, page, e, recommended, width, cmds);
            ui.add_space(6.0);
        }
    }
}

fn pal_weak(sh: &Shared) -> egui::Color32 {
    palette(sh.settings.dark).weak_text
}

/// The first start's question: whose copy is this? (Changeable in the top bar.)
fn role_question(ui: &mut Ui, pal: &crate::app::theme::Palette, cmds: &mut Vec<Command>) {
    use crate::app::shared::Role;
    ui.add_space(8.0);
    egui::Frame::group(ui.style())
        .inner_margin(12.0)
        .show(ui, |ui| {
            let question = crate::t!("library-role-question");
            ui.label(RichText::new(question).size(19.0).strong());
            ui.label(RichText::new(crate::t!("library-role-explanation")).color(pal.weak_text));
            ui.horizontal(|ui| {
                let student = crate::t!("library-role-student-button");
                if ui
                    .button(RichText::new(student).strong().size(17.0))
                    .clicked()
                {
                    cmds.push(Command::SetRole(Role::Student));
                }
                let shared = crate::t!("library-role-shared-button");
                if ui
                    .button(RichText::new(shared).strong().size(17.0))
                    .on_hover_text(crate::t!("library-role-shared-hover"))
                    .clicked()
                {
                    cmds.push(Command::SetRole(Role::Shared));
                }
                let teacher = crate::t!("library-role-teacher-button");
                if ui
                    .button(RichText::new(teacher).strong().size(17.0))
                    .clicked()
                {
                    cmds.push(Command::SetRole(Role::Teacher));
                }
            });
        });
}

fn entry(
    ui: &mut Ui,
    sh: &Shared,
    page: &LibraryPage,
    e: &CatalogueEntry,
    recommended: Option<&(String, String)>,
    width: f32,
    cmds: &mut Vec<Command>,
) {
    let pal = palette(sh.settings.dark);
    let (best, attempts) = sh.progress_of(&e.id);
    let spoken = e.spoken_name();
    // The card is a group named by its lesson, with the title as its heading.
    let group = egui::UiBuilder::new().accessibility_role(egui::accesskit::Role::Group);
    ui.scope_builder(group, |ui| {
        let name = spoken.clone();
        ui.ctx()
            .accesskit_node_builder(ui.unique_id(), |n| n.set_label(name));
        egui::Frame::group(ui.style())
            .inner_margin(12.0)
            .show(ui, |ui| {
                ui.set_width(width - 28.0);
                // Left-aligned inside the centred column.
                ui.with_layout(egui::Layout::top_down(egui::Align::Min), |ui| {
                    let title = e.title();
                    // The title (and what is new about the lesson) on the left, the learner's
                    // standing on the right; the facts and summary below; then the actions in a
                    // row of their own, so longer words in other languages never overlap.
                    ui.horizontal(|ui| {
                        ui.vertical(|ui| {
                            ui.set_max_width(width - 220.0);
                            if recommended.is_some_and(|(id, _)| *id == e.id) {
                                ui.label(
                                    RichText::new(crate::t!("library-recommended-badge"))
                                        .strong()
                                        .color(pal.status[0]),
                                );
                            }
                            if sh.in_progress(&e.id) {
                                let in_progress = crate::t!("library-in-progress");
                                ui.label(RichText::new(in_progress).strong().color(pal.link))
                                    .on_hover_text(crate::t!("library-in-progress-hover"));
                            }
                            let h = crate::app::widgets::heading(
                                ui,
                                RichText::new(title).size(19.0).strong(),
                                3,
                            );
                            let name = spoken.clone();
                            ui.ctx().accesskit_node_builder(h.id, |n| n.set_label(name));
                        });
                        ui.with_layout(egui::Layout::top_down(egui::Align::Max), |ui| match best {
                            Some(b) => {
                                let score = crate::i18n::decimal(b, 0);
                                let best = crate::t!("library-best-score", score = score);
                                ui.label(RichText::new(best).strong().color(pal.status[0]));
                                let tries = crate::t!("library-attempts", count = attempts);
                                ui.label(RichText::new(tries).color(pal.weak_text));
                            }
                            None => {
                                let untried = crate::t!("library-not-tried");
                                ui.label(RichText::new(untried).color(pal.weak_text));
                            }
                        });
                    });
                    if let Some(m) = &e.meta {
                        let mut facts = Vec::new();
                        if let Some(l) = m.level {
                            facts.push(crate::t!("library-level", level = l));
                        }
                        if let Some(min) = m.minutes {
                            facts.push(crate::t!("library-minutes", minutes = min));
                        }
                        if !m.skills.is_empty() {
                            facts.push(m.skills.join(", "));
                        }
                        ui.label(RichText::new(facts.join("  ·  ")).color(pal.weak_text));
                        if let Some(sum) = &m.summary {
                            ui.label(sum);
                        }
                    }
                    if let Some(err) = &e.error {
                        let problem = err.problem.to_string();
                        let why = crate::t!("library-cannot-open", problem = problem);
                        ui.label(RichText::new(why).color(pal.warning));
                    }
                    ui.horizontal(|ui| {
                        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                            let open_text =
                                RichText::new(crate::t!("library-open-button")).size(16.0);
                            let open =
                                ui.add_enabled(e.error.is_none(), egui::Button::new(open_text));
                            let enabled = e.error.is_none();
                            let open_name =
                                crate::t!("library-open-title", title = spoken.as_str());
                            open.widget_info(|| {
                                egui::WidgetInfo::labeled(egui::Role::Button, enabled, &open_name)
                            });
                            crate::app::widgets::first_control(ui, open.id);
                            let open =
                                open.on_hover_text(crate::t!("library-open-title", title = title));
                            if open.clicked() {
                                cmds.push(Command::Library(LibraryCommand::Open(e.id.clone())));
                            }
                            if sh.teacher() {
                                instructor_buttons(ui, page, e, title, cmds);
                            }
                        });
                    });
                });
            });
    });
}

/// Pack, Class results and Edit on a lesson (teacher mode only).
fn instructor_buttons(
    ui: &mut Ui,
    page: &LibraryPage,
    e: &CatalogueEntry,
    title: &str,
    cmds: &mut Vec<Command>,
) {
    let enabled = e.error.is_none();
    let chosen = page.pack.contains(&e.id);
    let mut tick = chosen;
    let r = ui.add_enabled(
        enabled,
        egui::Checkbox::new(&mut tick, crate::t!("library-pack-checkbox")),
    );
    let pack_name = crate::t!("library-pack-checkbox-name", title = title);
    r.widget_info(|| egui::WidgetInfo::selected(egui::Role::CheckBox, enabled, chosen, &pack_name));
    if r.on_hover_text(crate::t!("library-pack-checkbox-hover"))
        .changed()
    {
        cmds.push(Command::Library(LibraryCommand::TogglePack(e.id.clone())));
    }
    if e.has_key && enabled {
        // From a folder of hand-ins, or from an LMS's download as it comes.
        let class_name = crate::t!("library-class-results-name", title = title);
        let menu = ui.menu_button(crate::t!("library-class-results-button"), |ui| {
            ui.ctx().accesskit_node_builder(ui.unique_id(), |n| {
                n.set_role(egui::accesskit::Role::Menu);
                n.set_label(class_name.clone());
            });
            if ui.button(crate::t!("lms-from-folder")).clicked() {
                cmds.push(Command::Library(LibraryCommand::ClassResults(e.id.clone())));
                ui.close();
            }
            if ui
                .button(crate::t!("lms-from-zip"))
                .on_hover_text(crate::t!("lms-from-zip-hover"))
                .clicked()
            {
                cmds.push(Command::Library(LibraryCommand::ClassResultsZip(
                    e.id.clone(),
                )));
                ui.close();
            }
        });
        menu.response
            .widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &class_name));
        menu.response
            .on_hover_text(crate::t!("library-class-results-hover"));
    }
    let edit = ui.add_enabled(enabled, egui::Button::new(crate::t!("library-edit-button")));
    let edit_name = crate::t!("library-edit-name", title = title);
    edit.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, enabled, &edit_name));
    if edit
        .on_hover_text(crate::t!("library-edit-hover"))
        .clicked()
    {
        cmds.push(Command::Library(LibraryCommand::Edit(e.id.clone())));
    }
}

/// The student pack being put together: class name, due date, export.
fn pack_bar(ui: &mut Ui, page: &LibraryPage, cmds: &mut Vec<Command>) {
    egui::Frame::group(ui.style()).show(ui, |ui| {
        ui.horizontal_wrapped(|ui| {
            let title = crate::t!("library-pack-bar-title", count = page.pack.len());
            ui.label(RichText::new(title).strong());
            let (class, class_hint) = (
                crate::t!("library-pack-class"),
                crate::t!("library-pack-class-hint"),
            );
            if let Some(c) = labelled_field(ui, &class, &page.pack_class, 140.0, &class_hint) {
                cmds.push(Command::Library(LibraryCommand::SetPackClass(c)));
            }
            let (due, due_hint) = (
                crate::t!("library-pack-due"),
                crate::t!("library-pack-due-hint"),
            );
            if let Some(d) = labelled_field(ui, &due, &page.pack_due, 110.0, &due_hint) {
                cmds.push(Command::Library(LibraryCommand::SetPackDue(d)));
            }
            let mut shared = page.pack_shared;
            if ui
                .checkbox(&mut shared, crate::t!("library-pack-shared"))
                .on_hover_text(crate::t!("library-pack-shared-hover"))
                .changed()
            {
                cmds.push(Command::Library(LibraryCommand::SetPackShared(shared)));
            }
            if ui
                .button(RichText::new(crate::t!("library-pack-save-button")).strong())
                .on_hover_text(crate::t!("library-pack-save-hover"))
                .clicked()
            {
                cmds.push(Command::Library(LibraryCommand::ExportPack));
            }
        });
    });
}

/// A one-line text field with a visible and accessible label; the new text when edited.
fn labelled_field(ui: &mut Ui, label: &str, value: &str, width: f32, hint: &str) -> Option<String> {
    ui.label(label);
    let mut v = value.to_string();
    let r = ui.add(
        egui::TextEdit::singleline(&mut v)
            .desired_width(width)
            .hint_text(hint),
    );
    r.widget_info(|| egui::WidgetInfo::labeled(egui::Role::TextInput, true, label));
    r.changed().then_some(v)
}

/// "Continue <title>" at the top of the library: the lesson with the latest autosaved work
/// that is not checked yet.
fn continue_bar(ui: &mut Ui, e: &CatalogueEntry, cmds: &mut Vec<Command>) {
    ui.add_space(6.0);
    ui.horizontal_wrapped(|ui| {
        ui.label(RichText::new(crate::t!("library-continue-label")).strong());
        let again = crate::t!("library-continue-button", title = e.title());
        if ui
            .button(RichText::new(again).strong().size(16.0))
            .on_hover_text(crate::t!("library-continue-hover"))
            .clicked()
        {
            cmds.push(Command::Library(LibraryCommand::Open(e.id.clone())));
        }
    });
}
