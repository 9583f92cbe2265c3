//! Drawing the lesson page: the toolbar, the article with highlights and the side panel
//! (highlights list in reading mode, feedback after checking).

use super::{LessonCommand, LessonPage, Mode, Overlay, feedback};
use crate::app::article::{ArticleInput, ArticleView, Mark, MarksBuilder};
use crate::app::command::Command;
use crate::app::editing::EditCommand;
use crate::app::shared::Shared;
use crate::app::theme::{Palette, palette};
use crate::app::widgets::{badge, label_choice, short};
use crate::model::Label;
use egui::{RichText, Ui};

fn edit(e: EditCommand) -> Command {
    Command::Lesson(LessonCommand::Edit(e))
}

/// The toolbar under the title bar.
pub fn toolbar(ui: &mut Ui, sh: &Shared, s: &LessonPage) -> Vec<Command> {
    let mut cmds = Vec::new();
    let pal = palette(sh.settings.dark);
    let reading = s.mode == Mode::Reading;
    ui.horizontal_wrapped(|ui| {
        let back = ui
            .button(crate::t!("lesson-back-button"))
            .on_hover_text(crate::t!("lesson-back-hover"));
        if back.clicked() {
            cmds.push(Command::ShowLibrary);
        }
        ui.separator();
        let can_label = reading && (s.editor.selection.is_some() || s.editor.selected.is_some());
        for l in Label::ALL {
            let text = RichText::new(format!("{}  {}", l.digit(), short(l))).color(if can_label {
                pal.label_ink(l)
            } else {
                pal.weak_text
            });
            let (label, key) = (l.title(), l.digit().to_string());
            let b = ui
                .add_enabled(can_label, egui::Button::new(text))
                .on_hover_text(crate::t!("lesson-label-hover", label = label, key = key));
            if b.clicked() {
                cmds.push(edit(EditCommand::Label(l)));
            }
        }
        ui.separator();
        let (u, r) = s.editor.can_undo();
        if ui
            .add_enabled(
                u && reading,
                egui::Button::new(crate::t!("lesson-undo-button")),
            )
            .on_hover_text(crate::t!("lesson-undo-hover"))
            .clicked()
        {
            cmds.push(edit(EditCommand::Undo));
        }
        if ui
            .add_enabled(
                r && reading,
                egui::Button::new(crate::t!("lesson-redo-button")),
            )
            .on_hover_text(crate::t!("lesson-redo-hover"))
            .clicked()
        {
            cmds.push(edit(EditCommand::Redo));
        }
        ui.separator();
        match &s.mode {
            Mode::Reading => {
                let check = ui.add_enabled(
                    s.key.is_some(),
                    egui::Button::new(RichText::new(crate::t!("lesson-check-button")).strong()),
                );
                let check = if s.key.is_some() {
                    check
                } else {
                    check.on_disabled_hover_text(crate::t!("lesson-check-no-key-hover"))
                };
                if check.clicked() {
                    cmds.push(Command::Lesson(LessonCommand::Check));
                }
            }
            Mode::Feedback(_) => {
                if ui
                    .button(RichText::new(crate::t!("lesson-try-again-button")).strong())
                    .on_hover_text(crate::t!("lesson-try-again-hover"))
                    .clicked()
                {
                    cmds.push(Command::Lesson(LessonCommand::TryAgain));
                }
                ui.label(crate::t!("lesson-show-overlay"));
                for (o, name) in [
                    (Overlay::Mine, crate::t!("lesson-overlay-mine")),
                    (Overlay::Key, crate::t!("lesson-overlay-key")),
                    (Overlay::Both, crate::t!("lesson-overlay-both")),
                ] {
                    if ui.selectable_label(s.overlay == o, name).clicked() {
                        cmds.push(Command::Lesson(LessonCommand::SetOverlay(o)));
                    }
                }
            }
        }
        ui.separator();
        let hand_in = ui
            .button(crate::t!("lesson-hand-in-button"))
            .on_hover_text(crate::t!("lesson-hand-in-hover"));
        // Focus comes back here when the hand-in dialog closes.
        ui.data_mut(|d| d.insert_temp(egui::Id::NULL.with(HAND_IN_BUTTON), hand_in.id));
        if hand_in.clicked() {
            cmds.push(Command::Lesson(LessonCommand::HandIn(true)));
        }
        // Less frequent actions in a menu, so the toolbar fits 1,024 px without wrapping.
        let more = ui.menu_button(crate::t!("lesson-more-button"), |ui| {
            ui.ctx().accesskit_node_builder(ui.unique_id(), |n| {
                n.set_role(egui::accesskit::Role::Menu);
                n.set_label(crate::t!("lesson-more-menu-name"));
            });
            if ui.button(crate::t!("lesson-load-answer-button")).clicked() {
                cmds.push(Command::Lesson(LessonCommand::OpenAnswerDialog));
            }
            if ui
                .button(crate::t!("lesson-export-button"))
                .on_hover_text(crate::t!("lesson-export-hover"))
                .clicked()
            {
                cmds.push(Command::Lesson(LessonCommand::Export));
            }
        });
        more.response.on_hover_text(crate::t!("lesson-more-hover"));
    });
    cmds
}

fn marks_for(s: &LessonPage) -> Vec<Mark> {
    let reading = s.mode == Mode::Reading;
    let mine = reading || matches!(s.overlay, Overlay::Mine | Overlay::Both);
    let key = !reading && matches!(s.overlay, Overlay::Key | Overlay::Both);
    let mut marks = MarksBuilder::new();
    if mine {
        marks = marks.highlights(s.editor.items(), s.editor.selected);
    }
    if key && let Some(k) = &s.key {
        marks = marks.key(&k.spans);
    }
    marks.build()
}

/// The article area: instructions, source and the article.
pub fn article(ui: &mut Ui, sh: &Shared, s: &LessonPage, view: &mut ArticleView) -> Vec<Command> {
    let pal = palette(sh.settings.dark);
    let mut cmds = Vec::new();
    let marks = marks_for(s);
    let size = sh.settings.text_size;
    egui::ScrollArea::vertical()
        .id_salt("article")
        .auto_shrink(false)
        .show(ui, |ui| {
            ui.add_space(16.0);
            let col = ui.available_width().min(size * 36.0);
            let pad = ((ui.available_width() - col) / 2.0).max(0.0);
            ui.horizontal(|ui| {
                ui.add_space(pad);
                ui.vertical(|ui| {
                    ui.set_max_width(col);
                    header(ui, &pal, s, size);
                });
            });
            ui.horizontal(|ui| {
                ui.add_space(pad);
                ui.vertical(|ui| {
                    ui.set_max_width(col);
                    cmds.extend(session_banner(ui, &pal, s));
                });
            });
            ui.add_space(8.0);
            let input = ArticleInput {
                doc_id: s.instance,
                lesson: &s.lesson,
                marks: &marks,
                caret: Some(s.editor.caret),
                selection: s.editor.selection,
                palette: pal,
                font_size: size,
                reveal: s.reveal.map(|r| (r.serial, r.at)),
            };
            cmds.extend(view.show(ui, &input).into_iter().map(edit));
            // *Show in the article*: the keyboard follows, once per request.
            let taken = egui::Id::NULL.with("article took focus for");
            if let (Some(r), Some(id)) = (s.reveal.filter(|r| r.focus), view.id)
                && ui.data(|d| d.get_temp::<u64>(taken)) != Some(r.serial)
            {
                ui.data_mut(|d| d.insert_temp(taken, r.serial));
                ui.memory_mut(|m| m.request_focus(id));
            }
            ui.add_space(40.0);
        });
    cmds
}

fn header(ui: &mut Ui, pal: &Palette, s: &LessonPage, size: f32) {
    let m = &s.lesson.meta;
    ui.label(
        RichText::new(&m.title)
            .size(size * 1.55)
            .strong()
            .color(pal.text),
    );
    if let Some(src) = &m.source {
        let parts: Vec<&str> = [
            src.outlet.as_deref(),
            src.author.as_deref(),
            src.date.as_deref(),
        ]
        .into_iter()
        .flatten()
        .collect();
        if !parts.is_empty() {
            ui.label(RichText::new(parts.join(" · ")).color(pal.weak_text));
        }
    }
    if let Some(instr) = &m.instructions {
        ui.add_space(6.0);
        egui::Frame::new()
            .fill(pal.page)
            .stroke(egui::Stroke::new(1.0, pal.weak_text.gamma_multiply(0.4)))
            .corner_radius(6.0)
            .inner_margin(10.0)
            .show(ui, |ui| {
                ui.label(RichText::new(crate::t!("lesson-task-heading")).strong());
                ui.label(instr);
                ui.label(
                    RichText::new(crate::t!("lesson-task-help"))
                        .color(pal.weak_text)
                        .small(),
                );
            });
    }
    if s.key.is_none() {
        ui.label(RichText::new(crate::t!("lesson-no-usable-key")).color(pal.warning));
    }
}

/// The side panel in reading mode: the highlights and the selected one's details.
pub fn highlights_panel(ui: &mut Ui, sh: &Shared, s: &LessonPage) -> Vec<Command> {
    let pal = palette(sh.settings.dark);
    let mut cmds = Vec::new();
    ui.heading(crate::t!("lesson-highlights-heading"));
    let counts = Label::ALL.map(|l| s.editor.spans().filter(|x| x.label == l).count());
    ui.horizontal_wrapped(|ui| {
        for l in Label::ALL {
            badge(ui, &pal, l);
            let (count, label) = (counts[l.index()], short(l));
            let text = crate::t!("lesson-label-count", count = count, label = label);
            ui.label(text);
        }
    });
    ui.separator();
    // After "Try again" the last check's explanations stay at hand, collapsed.
    if let Some(last) = &s.last_check {
        cmds.extend(feedback::last_check(ui, sh, s, last));
        ui.separator();
    }
    if let Some((i, sp)) = s.editor.selected_span() {
        egui::Frame::group(ui.style()).show(ui, |ui| {
            ui.label(RichText::new(crate::t!("lesson-selected-heading")).strong());
            let quote = sp.quote.as_deref().unwrap_or("");
            ui.label(RichText::new(crate::t!("lesson-quote", quote = quote)).italics());
            if let Some(l) = label_choice(ui, &pal, sp.label) {
                cmds.push(edit(EditCommand::Relabel(i, l)));
            }
            let mut note = sp.note.clone().unwrap_or_default();
            let id = ui.make_persistent_id(("note", i));
            let r = ui.add(
                egui::TextEdit::multiline(&mut note)
                    .id(id)
                    .desired_rows(2)
                    .hint_text(crate::t!("lesson-note-hint")),
            );
            let note_name = crate::t!("lesson-note-name");
            r.widget_info(|| {
                egui::WidgetInfo::labeled(egui::Role::MultilineTextInput, true, &note_name)
            });
            if r.changed() {
                cmds.push(Command::Lesson(LessonCommand::SetNote(i, note)));
            }
            if ui
                .button(crate::t!("lesson-delete-highlight-button"))
                .on_hover_text(crate::t!("lesson-delete-highlight-hover"))
                .clicked()
            {
                cmds.push(edit(EditCommand::Delete(i)));
            }
        });
        ui.separator();
    }
    if s.editor.is_empty() {
        ui.label(RichText::new(crate::t!("lesson-nothing-highlighted")).color(pal.weak_text));
    }
    // Only the visible rows are laid out, so thousands of highlights stay cheap.
    let row_h = ui.spacing().interact_size.y + 2.0;
    egui::ScrollArea::vertical()
        .id_salt("highlights")
        .auto_shrink(false)
        .show_rows(ui, row_h, s.editor.len(), |ui, rows| {
            for row in rows {
                let Some((id, sp)) = s.editor.items().get(row) else {
                    continue;
                };
                ui.horizontal(|ui| {
                    ui.set_height(row_h - 2.0);
                    badge(ui, &pal, sp.label);
                    let q = sp.quote.as_deref().unwrap_or("");
                    let q: String = if q.chars().count() > 48 {
                        q.chars().take(45).chain("…".chars()).collect()
                    } else {
                        q.to_string()
                    };
                    let selected = s.editor.selected == Some(*id);
                    let r = ui
                        .selectable_label(selected, q)
                        .on_hover_text(sp.note.clone().unwrap_or_else(|| sp.label.title()));
                    // A screen reader hears the whole phrase, then its label and the note.
                    let full = sp.quote.clone().unwrap_or_default();
                    r.widget_info(|| {
                        egui::WidgetInfo::selected(egui::Role::Button, true, selected, &full)
                    });
                    let label = sp.label.title();
                    let description = match &sp.note {
                        Some(note) => {
                            crate::t!("lesson-highlight-with-note", label = label, note = note)
                        }
                        None => label,
                    };
                    ui.ctx()
                        .accesskit_node_builder(r.id, |b| b.set_description(description));
                    if r.clicked() {
                        cmds.push(edit(EditCommand::Select(Some(*id))));
                    }
                    if sp.note.is_some() {
                        let has_note = crate::t!("lesson-has-note");
                        ui.label(RichText::new(has_note).small().color(pal.weak_text));
                    }
                });
            }
        });
    cmds
}

/// The side panel: highlights while reading, feedback after checking.
pub fn side_panel(ui: &mut Ui, sh: &Shared, s: &LessonPage) -> Vec<Command> {
    match &s.mode {
        Mode::Feedback(score) => feedback::show(ui, sh, s, score),
        Mode::Reading => highlights_panel(ui, sh, s),
    }
}

/// The side panel's *Resize panel* handle is a Tab stop: Left and Right arrows widen and
/// narrow the panel while it has the keyboard (as the screen reader's increment and
/// decrement actions do).
fn panel_arrows(ui: &mut Ui) {
    let handle = ui.scope_id().with("side").with("__resize");
    if !ui.memory(|m| m.has_focus(handle)) {
        return;
    }
    use egui::accesskit::{Action, ActionRequest, TreeId};
    ui.input_mut(|i| {
        let wider = i.consume_key(egui::Modifiers::NONE, egui::Key::ArrowLeft);
        let narrower = i.consume_key(egui::Modifiers::NONE, egui::Key::ArrowRight);
        for (pressed, action) in [(wider, Action::Increment), (narrower, Action::Decrement)] {
            if pressed {
                i.events
                    .push(egui::Event::AccessKitActionRequest(ActionRequest {
                        action,
                        target_tree: TreeId::ROOT,
                        target_node: handle.accesskit_id(),
                        data: None,
                    }));
            }
        }
    });
}

/// The whole page: toolbar (returned separately, it sits in the title panel), side panel
/// and article.
pub fn page(ui: &mut Ui, sh: &Shared, s: &LessonPage, view: &mut ArticleView) -> Vec<Command> {
    let mut cmds = Vec::new();
    let pal = palette(sh.settings.dark);
    panel_arrows(ui);
    egui::Panel::right("side")
        .resizable(true)
        .default_size(340.0)
        .min_size(240.0)
        .show(ui, |ui| cmds.extend(side_panel(ui, sh, s)));
    egui::CentralPanel::default()
        .frame(egui::Frame::central_panel(ui.style()).fill(pal.page))
        .show(ui, |ui| cmds.extend(article(ui, sh, s, view)));
    // The keyboard goes to the article when the lesson comes on screen.
    if let Some(id) = view.id {
        crate::app::widgets::first_control(ui, id);
    }
    cmds
}

/// Where the toolbar keeps the id of its *Hand in…* button (focus returns there).
const HAND_IN_BUTTON: &str = "hand-in button";

/// The hand-in form, a modal dialog: the student's name (required) and id, then where to
/// save. It takes the keyboard (focus on the name at once, Tab stays inside, Escape
/// cancels) and gives focus back to *Hand in…* when it closes.
pub fn hand_in(ctx: &egui::Context, sh: &Shared, s: &LessonPage) -> Vec<Command> {
    let mut cmds = Vec::new();
    let opened_id = egui::Id::NULL.with("hand-in open");
    let was_open = ctx.data(|d| d.get_temp::<bool>(opened_id)).unwrap_or(false);
    if !s.handing_in {
        if was_open {
            ctx.data_mut(|d| d.insert_temp(opened_id, false));
            if let Some(button) =
                ctx.data(|d| d.get_temp::<egui::Id>(egui::Id::NULL.with(HAND_IN_BUTTON)))
            {
                ctx.memory_mut(|m| m.request_focus(button));
            }
        }
        return cmds;
    }
    let pal = palette(sh.settings.dark);
    let modal = egui::Modal::new(egui::Id::NULL.with("hand in")).show(ctx, |ui| {
        let heading = crate::t!("lesson-hand-in-heading");
        crate::app::widgets::name_dialog(ui, &heading);
        ui.heading(heading);
        ui.label(crate::t!("lesson-hand-in-intro"));
        egui::Grid::new("hand_in").num_columns(2).show(ui, |ui| {
            let name_label = crate::t!("lesson-hand-in-name");
            ui.label(&name_label);
            let mut name = s.student_name(sh).to_string();
            let hint = crate::t!("lesson-hand-in-name-hint");
            let r = ui.add(egui::TextEdit::singleline(&mut name).hint_text(hint));
            r.widget_info(|| egui::WidgetInfo::labeled(egui::Role::TextInput, true, &name_label));
            ui.ctx().accesskit_node_builder(r.id, |b| b.set_required());
            if !was_open {
                r.request_focus();
            }
            if r.changed() {
                cmds.push(Command::SetName(name));
            }
            ui.end_row();
            let id_label = crate::t!("lesson-hand-in-id");
            ui.label(&id_label);
            let mut id = s.student_id(sh).to_string();
            let hint = crate::t!("lesson-hand-in-id-hint");
            let r = ui.add(egui::TextEdit::singleline(&mut id).hint_text(hint));
            r.widget_info(|| egui::WidgetInfo::labeled(egui::Role::TextInput, true, &id_label));
            if r.changed() {
                cmds.push(Command::SetStudentId(id));
            }
            ui.end_row();
        });
        let named = !s.student_name(sh).trim().is_empty();
        if s.shared {
            ui.label(
                RichText::new(crate::t!("lesson-hand-in-shared"))
                    .small()
                    .color(pal.weak_text),
            );
        }
        if !named {
            let needed = crate::t!("lesson-hand-in-name-needed");
            ui.label(RichText::new(needed).color(pal.warning));
        }
        ui.horizontal(|ui| {
            if ui
                .add_enabled(
                    named,
                    egui::Button::new(
                        RichText::new(crate::t!("lesson-hand-in-save-button")).strong(),
                    ),
                )
                .clicked()
            {
                cmds.push(Command::Lesson(LessonCommand::SaveAnswerAs));
            }
            if ui.button(crate::t!("lesson-hand-in-cancel")).clicked() {
                cmds.push(Command::Lesson(LessonCommand::HandIn(false)));
            }
        });
    });
    ctx.data_mut(|d| d.insert_temp(opened_id, true));
    if modal.should_close() {
        cmds.push(Command::Lesson(LessonCommand::HandIn(false)));
    }
    cmds
}

/// What a hand-in or a shared computer has to say above the article: the work is handed in
/// (and locked), or someone's unfinished work waits for "continue or start fresh".
fn session_banner(ui: &mut Ui, pal: &Palette, s: &LessonPage) -> Vec<Command> {
    let mut cmds = Vec::new();
    let lesson = |c| Command::Lesson(c);
    if let Some(u) = &s.unfinished {
        egui::Frame::group(ui.style())
            .inner_margin(10.0)
            .show(ui, |ui| {
                ui.label(RichText::new(u.question()).strong());
                ui.horizontal(|ui| {
                    if ui.button(crate::t!("lesson-continue-button")).clicked() {
                        cmds.push(lesson(LessonCommand::ContinueUnfinished));
                    }
                    if ui
                        .button(crate::t!("lesson-start-fresh-button"))
                        .on_hover_text(crate::t!("lesson-start-fresh-hover"))
                        .clicked()
                    {
                        cmds.push(lesson(LessonCommand::StartFresh));
                    }
                });
            });
        ui.add_space(6.0);
    }
    if let Some(h) = &s.handed_in {
        let file = h.path.file_name().map_or_else(
            || h.path.display().to_string(),
            |n| n.to_string_lossy().into_owned(),
        );
        let (time, name) = (&h.at, &h.student);
        let handed_in = crate::t!("lesson-handed-in", time = time, name = name, file = file);
        egui::Frame::group(ui.style())
            .inner_margin(10.0)
            .show(ui, |ui| {
                ui.label(RichText::new(handed_in).strong().color(pal.status[0]));
                if s.shared {
                    ui.label(crate::t!("lesson-handed-in-shared"));
                    if ui.button(crate::t!("lesson-next-student-button")).clicked() {
                        cmds.push(lesson(LessonCommand::StartFresh));
                    }
                } else {
                    ui.label(crate::t!("lesson-handed-in-locked"));
                    ui.horizontal(|ui| {
                        if ui.button(crate::t!("lesson-make-changes-button")).clicked() {
                            cmds.push(lesson(LessonCommand::MakeChanges));
                        }
                        if ui
                            .button(crate::t!("lesson-start-fresh-another-button"))
                            .on_hover_text(crate::t!("lesson-start-fresh-another-hover"))
                            .clicked()
                        {
                            cmds.push(lesson(LessonCommand::StartFresh));
                        }
                    });
                }
            });
        ui.add_space(6.0);
    }
    cmds
}
