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
                    Ok(g) => {
                        let page = ClassPage::new(g.name, g.lesson, g.key, g.class, g.dir, ticket);
                        switch(&mut self.page, sh, Page::Class(Box::new(page)));
                    }
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
                        let page =
                            Page::Authoring(Box::new(AuthoringPage::from_workshop(w, ticket)));
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
            Done::Lesson { instance, done } => match &mut self.page {
                Page::Lesson(p) if p.instance == instance => p.finish(done, sh),
                _ => crate::app::lesson::finish_gone(done, sh),
            },
            Done::Authoring { instance, done } => match &mut self.page {
                Page::Authoring(p) if p.instance == instance => p.finish(done, sh),
                _ => crate::app::authoring::finish_gone(done, sh),
            },
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
        match result {
            Err(why) => self.open_picker(purpose, asker, &why),
            Ok(None) => {}
            Ok(Some(path)) => {
                self.shared.remember_folder(&purpose, &path);
                self.file_for(purpose, path);
            }
        }
    }

    /// No system dialog could be shown: newsmark's own picker, where this kind of dialog
    /// was last answered.
    fn open_picker(&mut self, purpose: Purpose, asker: u64, why: &str) {
        let sh = &mut self.shared;
        sh.messages.notice(format!(
            "The system's file dialog could not be shown ({why}); newsmark's own file picker is open instead."
        ));
        let start = sh
            .settings
            .folders
            .get(purpose.folder_key())
            .filter(|d| d.is_dir())
            .cloned()
            .unwrap_or_else(crate::app::picker::start_dir);
        let mut picker = Picker::new(purpose, start, asker);
        // A hand-in's picker knows whose answer it saves, so it asks before replacing that
        // student's earlier hand-in and never offers to replace anyone else's.
        if let (Purpose::SaveAnswer(_), Page::Lesson(p)) = (&picker.purpose, &self.page) {
            let mut saving = p.hand_in(sh);
            saving.spans.clear();
            picker.saving = Some(saving);
        }
        sh.picker = Some(picker);
    }

    /// A file was chosen: by the dispatcher for what goes to another page, by the page
    /// that asked for the rest.
    fn file_for(&mut self, purpose: Purpose, path: PathBuf) {
        match purpose {
            Purpose::OpenFile => return self.open_path(path),
            Purpose::OpenFolder => return self.grade_folder(path),
            Purpose::ImportArticle => return self.import_article(path),
            _ => {}
        }
        let sh = &mut self.shared;
        match (&purpose, &mut self.page) {
            (
                Purpose::SaveAnswer(_) | Purpose::OpenAnswer | Purpose::Export(..),
                Page::Lesson(p),
            ) => p.file_chosen(&purpose, path, sh),
            (Purpose::Export(..), Page::Authoring(p)) => p.export(path, sh),
            (Purpose::SaveLesson(_), Page::Authoring(p)) => p.save(Some(path), sh),
            (Purpose::SaveGradebook(format, _), Page::Class(p)) => p.export(*format, path, sh),
            (Purpose::SavePack(_), Page::Library(p)) => p.write_pack(path, sh),
            (Purpose::SaveProfile(_), Page::Profile(p)) => p.export(path, sh),
            (purpose, _) => eprintln!(
                "newsmark: a file chosen for {} came to a page that did not ask for it; it was dropped",
                purpose.what()
            ),
        }
    }

    /// Make a lesson from an article file: the workshop opens when it is read.
    fn import_article(&mut self, path: PathBuf) {
        let ticket = self.shared.ticket();
        self.show(Page::Library(LibraryPage::opening(
            ticket,
            file_name(&path),
        )));
        self.shared.jobs.spawn(move || {
            let result = crate::store::import::read_article(&path)
                .and_then(crate::app::load::workshop::from_draft);
            Command::Done(Done::Workshop {
                ticket,
                result: Box::new(result),
            })
        });
    }
}
