//! Carrying out the results of background work.

use super::files::file_name;
use super::*;

impl AppState {
    pub(super) fn finish(&mut self, done: Done) {
        let sh = &mut self.shared;
        match done {
            Done::Catalogue(entries, errors) => {
                for e in entries {
                    match sh.catalogue.iter_mut().find(|c| c.id == e.id) {
                        Some(slot) => *slot = e,
                        None => sh.catalogue.push(e),
                    }
                }
                for e in errors {
                    sh.messages.error(store::describe(&e));
                }
            }
            Done::FileChosen {
                asker,
                purpose,
                result,
            } => self.file_chosen(asker, purpose, result),
            Done::Opened { ticket, result } => {
                let waiting = matches!(&self.page, Page::Library(l) if l.opening.as_ref().is_some_and(|o| o.ticket == ticket));
                if !waiting {
                    return; // the user moved on
                }
                match *result {
                    Ok(loaded) => {
                        if !sh.catalogue.iter().any(|c| c.id == loaded.opened.id) {
                            sh.catalogue.push(CatalogueEntry {
                                source: loaded.opened.source.clone(),
                                id: loaded.opened.id.clone(),
                                name: loaded.opened.name.clone(),
                                meta: Some(loaded.opened.lesson.meta.clone()),
                                error: None,
                                has_key: loaded.opened.key.is_some(),
                                group: None,
                                shared_computers: false,
                            });
                        }
                        let page = Page::Lesson(Box::new(LessonPage::open(loaded, ticket, sh)));
                        switch(&mut self.page, sh, page);
                    }
                    Err(e) => {
                        sh.messages.error(store::describe(&e));
                        switch(&mut self.page, sh, Page::Library(LibraryPage::default()));
                    }
                }
            }
            Done::PackAdded(result) => match *result {
                Ok((heading, entries)) => {
                    sh.messages.notice(format!(
                        "Added {} to your library under \"{heading}\".",
                        crate::model::plural(entries.len(), "lesson", "lessons")
                    ));
                    // Whoever opens a class pack is a student, unless they said otherwise.
                    if sh.settings.role.is_none() {
                        sh.settings.role = Some(Role::Student);
                        sh.settings_dirty = true;
                    }
                    for e in entries {
                        match sh.catalogue.iter_mut().find(|c| c.id == e.id) {
                            Some(slot) => *slot = e,
                            None => sh.catalogue.push(e),
                        }
                    }
                }
                Err(e) => sh.messages.error(store::describe(&e)),
            },
            Done::KeyReleased(result) => match *result {
                Ok(e) => {
                    sh.messages.notice(format!(
                        "The answer key for \"{}\" is in place: open the lesson, load your answer if it is not there, and check it.",
                        e.title()
                    ));
                    match sh.catalogue.iter_mut().find(|c| c.id == e.id) {
                        Some(slot) => *slot = e,
                        None => sh.catalogue.push(e),
                    }
                }
                Err(why) => sh.messages.error(why),
            },
            Done::Learner(scan) => sh.learner_scanned(*scan),
            Done::Notice(text) if text.is_empty() => {}
            Done::Notice(text) => sh.messages.notice(text),
            Done::Problems(errors) => {
                for e in errors {
                    sh.messages.error(store::describe(&e));
                }
            }
            Done::FocusReady {
                ticket,
                label,
                exercises,
            } => {
                let waiting = matches!(&self.page, Page::Library(l) if l.opening.as_ref().is_some_and(|o| o.ticket == ticket));
                if !waiting {
                    return;
                }
                match crate::app::focus::FocusPage::new(label, exercises, ticket) {
                    Some(p) => switch(&mut self.page, sh, Page::Focus(Box::new(p))),
                    None => {
                        sh.messages.error(format!(
                            "No keyed lesson has paragraphs for {} practice.",
                            label.title()
                        ));
                        switch(&mut self.page, sh, Page::Library(LibraryPage::default()));
                    }
                }
            }
            Done::ClassGraded { ticket, result } => {
                let waiting = matches!(&self.page, Page::Library(l) if l.opening.as_ref().is_some_and(|o| o.ticket == ticket));
                if !waiting {
                    return;
                }
                match *result {
                    Ok(page) => switch(&mut self.page, sh, Page::Class(Box::new(page))),
                    Err(why) => {
                        sh.messages.error(why);
                        switch(&mut self.page, sh, Page::Library(LibraryPage::default()));
                    }
                }
            }
            Done::Workshop { ticket, result } => {
                let waiting = matches!(&self.page, Page::Library(l) if l.opening.as_ref().is_some_and(|o| o.ticket == ticket));
                if !waiting {
                    return;
                }
                match *result {
                    Ok(w) => {
                        let page = Page::Authoring(Box::new(AuthoringPage::from_workshop(w, ticket)));
                        switch(&mut self.page, sh, page);
                    }
                    Err(e) => {
                        sh.messages.error(store::describe(&e));
                        switch(&mut self.page, sh, Page::Library(LibraryPage::default()));
                    }
                }
            }
            Done::AnswerToOpen(path, result) => match *result {
                Ok(answer) => self.open_answer_lesson(path, answer),
                Err(e) => sh.messages.error(store::describe(&e)),
            },
            Done::AnswerRead {
                instance,
                path,
                result,
            } => match &mut self.page {
                Page::Lesson(p) => {
                    if p.instance == instance {
                        p.answer_read(&path, *result, sh);
                    }
                }
                // The lesson was closed meanwhile; the file is still where it was.
                Page::Library(_)
                | Page::Authoring(_)
                | Page::Class(_)
                | Page::Profile(_)
                | Page::Focus(_) => {}
            },
            Done::AnswerSaved {
                instance,
                student,
                lesson,
                result: Ok(path),
                renamed,
            } => {
                let said = match &renamed {
                    None => format!(
                        "Handed in your answer to {lesson}: saved to {}",
                        path.display()
                    ),
                    Some(r) => format!(
                        "Handed in your answer to {lesson}: {} was taken by {}, so yours is saved as {} (the other file is left as it was).",
                        r.chosen.file_name().map_or_else(
                            || r.chosen.display().to_string(),
                            |n| n.to_string_lossy().into_owned()
                        ),
                        r.taken.words(),
                        path.display()
                    ),
                };
                sh.messages.notice(said);
                // The page that handed in is sealed (on a shared computer, cleared).
                if let Page::Lesson(p) = &mut self.page
                    && p.instance == instance
                {
                    p.handed_in_to(path, student, sh);
                }
            }
            Done::AnswerSaved {
                lesson,
                result: Err(e),
                ..
            } => sh.messages.error(format!(
                "Your answer to {lesson} was not handed in: {}. It is still in the lesson; try another folder.",
                store::describe(&e)
            )),
            Done::Autosaved { instance, result } => {
                if let Err(e) = result {
                    if let Page::Lesson(p) = &mut self.page
                        && p.instance == instance
                    {
                        // Kept in memory; the next change tries again.
                        p.touch();
                    }
                    sh.messages.error(format!(
                        "Autosave failed; your work is kept here, hand it in or export it: {}",
                        store::describe(&e)
                    ));
                }
            }
            Done::LessonSaved {
                instance,
                path,
                revision,
                result,
            } => match &mut self.page {
                Page::Authoring(p) if p.instance == instance => p.saved(path, revision, result, sh),
                _ => match result {
                    Ok(text) => sh.messages.notice(text),
                    Err(text) => sh.messages.error(text),
                },
            },
            Done::OtherKeysRead { instance, phrases } => {
                if let Page::Authoring(p) = &mut self.page
                    && p.instance == instance
                {
                    p.other_keys_read(phrases);
                }
            }
        }
    }

    /// A file dialog or the picker was answered: the answer goes to the page that asked, and
    /// is dropped with a message when that page is gone.
    fn file_chosen(
        &mut self,
        asker: u64,
        purpose: Purpose,
        result: Result<Option<PathBuf>, String>,
    ) {
        let sh = &mut self.shared;
        // Opening a file is asked from the top bar and may land on any page.
        let anywhere = purpose == Purpose::OpenFile;
        if asker != sh.page_serial && !anywhere {
            if matches!(result, Ok(Some(_)) | Err(_)) {
                sh.messages.notice(format!(
                    "The file dialog for {} was answered after you left the page that opened it, so nothing was saved or opened. Go back to it and try again.",
                    purpose.what()
                ));
            }
            return;
        }
        let path = match result {
            Err(why) => {
                sh.messages.notice(format!(
                    "The system's file dialog could not be shown ({why}); newsmark's own file picker is open instead."
                ));
                // It starts where this kind of dialog was last answered, if that folder is
                // still there.
                let start = sh
                    .settings
                    .folders
                    .get(purpose.folder_key())
                    .filter(|d| d.is_dir())
                    .cloned()
                    .unwrap_or_else(crate::app::picker::start_dir);
                let mut picker = Picker::new(purpose, start, asker);
                // A hand-in's picker knows whose answer it saves, so it asks before
                // replacing that student's earlier hand-in and never offers to replace
                // anyone else's.
                if let (Purpose::SaveAnswer(_), Page::Lesson(p)) = (&picker.purpose, &self.page) {
                    let mut saving = p.hand_in(sh);
                    saving.spans.clear();
                    picker.saving = Some(saving);
                }
                sh.picker = Some(picker);
                return;
            }
            Ok(None) => return,
            Ok(Some(path)) => path,
        };
        // The next dialog of this kind starts here.
        let folder = if purpose == Purpose::OpenFolder {
            Some(path.clone())
        } else {
            path.parent()
                .filter(|d| !d.as_os_str().is_empty())
                .map(Path::to_path_buf)
        };
        if let Some(folder) = folder
            && sh.settings.folders.get(purpose.folder_key()) != Some(&folder)
        {
            sh.settings
                .folders
                .insert(purpose.folder_key().to_string(), folder);
            sh.settings_dirty = true;
        }
        match purpose {
            Purpose::OpenFile => self.open_path(path),
            Purpose::SaveAnswer(_) | Purpose::OpenAnswer => match &mut self.page {
                Page::Lesson(p) => p.file_chosen(&purpose, path, sh),
                Page::Library(_)
                | Page::Authoring(_)
                | Page::Class(_)
                | Page::Profile(_)
                | Page::Focus(_) => {}
            },
            Purpose::SaveLesson(_) => match &mut self.page {
                Page::Authoring(p) => p.save(Some(path), sh),
                Page::Library(_)
                | Page::Lesson(_)
                | Page::Class(_)
                | Page::Profile(_)
                | Page::Focus(_) => {}
            },
            Purpose::SaveGradebook(format, _) => match &mut self.page {
                Page::Class(p) => p.export(format, path, sh),
                Page::Library(_)
                | Page::Lesson(_)
                | Page::Authoring(_)
                | Page::Profile(_)
                | Page::Focus(_) => {}
            },
            Purpose::OpenFolder => self.grade_folder(path),
            Purpose::SavePack(_) => self.write_pack(path),
            Purpose::SaveProfile(_) => match &self.page {
                Page::Profile(p) => p.export(path, sh),
                Page::Library(_)
                | Page::Lesson(_)
                | Page::Authoring(_)
                | Page::Class(_)
                | Page::Focus(_) => {}
            },
            Purpose::Export(..) => match &mut self.page {
                Page::Lesson(p) => p.file_chosen(&purpose, path, sh),
                Page::Authoring(p) => p.export(path, sh),
                Page::Library(_) | Page::Class(_) | Page::Profile(_) | Page::Focus(_) => {}
            },
            Purpose::ImportArticle => {
                let ticket = sh.ticket();
                self.show(Page::Library(LibraryPage::opening(
                    ticket,
                    file_name(&path),
                )));
                self.shared.jobs.spawn(move || {
                    let result = crate::store::import::read_article(&path)
                        .and_then(crate::app::authoring::load::from_draft);
                    Command::Done(Done::Workshop {
                        ticket,
                        result: Box::new(result),
                    })
                });
            }
        }
    }
}
