//! Carrying out the results of background work.

use super::files::file_name;
use super::*;
use crate::app::failure::Failure;

impl AppState {
    /// A result of background work: the page that asked finishes its own; a page that was
    /// waiting for one (by ticket) comes on screen; the rest goes to what all pages share.
    pub(super) fn finish(&mut self, done: Done) {
        let sh = &mut self.shared;
        match done {
            Done::Catalogue(entries, errors) => sh.catalogue_listed(entries, errors),
            Done::PackAdded(result) => sh.pack_added(*result),
            Done::KeyReleased(result) => sh.key_released(*result),
            Done::Learner(scan) => sh.learner_scanned(*scan),
            Done::Notice(text) if text.is_empty() => {}
            Done::Notice(text) => sh.messages.notice(text),
            Done::Problems(errors) => {
                for e in errors {
                    sh.messages.error(store::describe(&e));
                }
            }
            Done::FileChosen {
                asker,
                purpose,
                result,
            } => self.file_chosen(asker, purpose, result),
            Done::AnswerToOpen(path, result) => match *result {
                Ok(answer) => self.open_answer_lesson(path, answer),
                Err(e) => sh.messages.error(store::describe(&e)),
            },
            Done::Opened { ticket, result } if waiting_for(&self.page, ticket) => {
                let page = match *result {
                    Ok(loaded) => {
                        sh.list_opened(&loaded.opened);
                        Ok(Page::Lesson(Box::new(LessonPage::open(loaded, ticket, sh))))
                    }
                    Err(e) => Err(Failure::Read(e)),
                };
                self.arrive(page);
            }
            Done::FocusReady {
                ticket,
                label,
                exercises,
            } if waiting_for(&self.page, ticket) => {
                let page = crate::app::focus::FocusPage::new(label, exercises, ticket)
                    .map(|p| Page::Focus(Box::new(p)))
                    .ok_or(Failure::NoParagraphs(label));
                self.arrive(page);
            }
            Done::ClassGraded { ticket, result } if waiting_for(&self.page, ticket) => {
                let page = (*result).map(|g| {
                    Page::Class(Box::new(ClassPage::new(
                        g.name, g.lesson, g.key, g.lms, g.dir, ticket,
                    )))
                });
                self.arrive(page);
            }
            Done::Workshop { ticket, result } if waiting_for(&self.page, ticket) => {
                let page = match *result {
                    Ok(w) => Ok(Page::Authoring(Box::new(AuthoringPage::from_workshop(
                        w, ticket,
                    )))),
                    Err(e) => Err(Failure::Read(e)),
                };
                self.arrive(page);
            }
            // The person moved on before it was read.
            Done::Opened { .. }
            | Done::FocusReady { .. }
            | Done::ClassGraded { .. }
            | Done::Workshop { .. } => {}
            Done::PickerListed { asker, dir, result } => {
                if let Some(p) = sh.picker.as_mut().filter(|p| p.asker == asker) {
                    p.listed(dir, result, &mut sh.jobs);
                }
            }
            Done::PickerFile { asker, path } => {
                let answer = sh
                    .picker
                    .as_mut()
                    .filter(|p| p.asker == asker)
                    .and_then(|p| p.typed_file(path, &mut sh.jobs));
                if let Some(answer) = answer {
                    sh.picker = None;
                    self.handle(answer);
                }
            }
            Done::PickerChecked {
                asker,
                path,
                verdict,
            } => {
                let answer = sh
                    .picker
                    .as_mut()
                    .filter(|p| p.asker == asker)
                    .and_then(|p| p.checked(path, verdict));
                if let Some(answer) = answer {
                    sh.picker = None;
                    self.handle(answer);
                }
            }
            Done::Lesson { instance, done } => match &mut self.page {
                Page::Lesson(p) if p.instance == instance => p.finish(done, sh),
                _ => crate::app::lesson::finish_gone(done, sh),
            },
            Done::ClassRegraded { instance, result } => match &mut self.page {
                Page::Class(p) if p.instance == instance => p.regraded(*result, sh),
                _ => {}
            },
            Done::Authoring { instance, done } => match &mut self.page {
                Page::Authoring(p) if p.instance == instance => p.finish(done, sh),
                _ => crate::app::authoring::finish_gone(done, sh),
            },
        }
    }

    /// The page waited for is ready (on screen), or why not (said, back to the library).
    fn arrive(&mut self, page: Result<Page, Failure>) {
        match page {
            Ok(p) => self.show(p),
            Err(why) => {
                self.shared.messages.error(why.to_string());
                self.show(Page::Library(LibraryPage::default()));
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
                let what = purpose.what();
                let text = crate::t!("shell-dialog-answered-late", purpose = what);
                sh.messages.notice(text);
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
        sh.messages
            .notice(crate::t!("shell-picker-instead", why = why));
        // Listed on a worker; a remembered folder that is gone falls back to home.
        let home = crate::app::picker::start_dir();
        let remembered = sh.settings.folders.get(purpose.folder_key()).cloned();
        let start = remembered.clone().unwrap_or_else(|| home.clone());
        let mut picker = Picker::new(purpose, start.clone(), asker);
        picker.fallback = remembered.map(|_| home);
        picker.go(start, &mut sh.jobs);
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
            Purpose::OpenFolder | Purpose::OpenSubmissionsZip => return self.grade_folder(path),
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
            (Purpose::OpenRoster, Page::Class(p)) => p.roster_chosen(path, sh),
            (Purpose::OpenCompareKey, Page::Authoring(p)) => p.compare_with(path, sh),
            (Purpose::SaveRosterGradebook(_), Page::Class(p)) => p.write_roster_gradebook(path, sh),
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

/// The library is still showing that it opens the page this ticket asked for.
fn waiting_for(page: &Page, ticket: u64) -> bool {
    matches!(page, Page::Library(l) if l.opening.as_ref().is_some_and(|o| o.ticket == ticket))
}
