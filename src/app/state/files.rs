//! Going to a page: opening lessons, answers, packs and keys, grading a folder, the
//! workshop and focus practice. The reading is done on worker threads; the page changes
//! when it comes back (see `finish`).

use super::*;
use crate::app::failure::{Failure, not_written};
use crate::app::load::lesson::LoadedLesson;
use crate::app::load::workshop;

impl AppState {
    pub(super) fn open_entry(&mut self, id: &str) {
        let Some(e) = self.shared.catalogue.iter().find(|e| e.id == id) else {
            return;
        };
        if let Some(err) = &e.error {
            let text = store::describe(err);
            self.shared.messages.error(text);
            return;
        }
        let source = e.source.clone();
        self.start_open(source, None);
    }

    /// The workshop on a new, empty lesson (its article tab first).
    pub(super) fn new_lesson(&mut self) {
        let ticket = self.shared.ticket();
        let draft = crate::store::import::Draft {
            meta: crate::model::LessonMeta {
                title: crate::t!("shell-new-lesson-title"),
                ..Default::default()
            },
            body: String::new(),
        };
        match workshop::from_draft(draft) {
            Ok(w) => {
                let mut p = AuthoringPage::from_workshop(w, ticket);
                p.tab = crate::app::authoring::Tab::Article;
                self.show(Page::Authoring(Box::new(p)));
            }
            Err(e) => self.shared.messages.error(store::describe(&e)),
        }
    }

    /// Focus practice on a label: its paragraphs are gathered on a worker.
    pub(super) fn start_focus(&mut self, label: crate::model::Label) {
        let sh = &self.shared;
        let sources = crate::app::focus::sources(&sh.catalogue, &sh.progress);
        let language = crate::app::focus::practice_language(&sh.catalogue, &sh.progress);
        let ticket = self.shared.ticket();
        self.show(Page::Library(LibraryPage::opening(
            ticket,
            crate::t!("shell-opening-focus", label = label.title()),
        )));
        self.shared.jobs.spawn(move || {
            let exercises = crate::app::focus::load(sources, label, &language);
            Command::Done(Done::FocusReady {
                ticket,
                label,
                exercises,
            })
        });
    }

    /// Grade a folder of answers against the lesson the library asked for, on a worker.
    pub(super) fn grade_folder(&mut self, dir: PathBuf) {
        let Page::Library(l) = &self.page else { return };
        let Some(id) = l.class_for.clone() else {
            return;
        };
        let Some(e) = self.shared.catalogue.iter().find(|e| e.id == id) else {
            return;
        };
        let source = e.source.clone();
        let ticket = self.shared.ticket();
        self.show(Page::Library(LibraryPage::opening(
            ticket,
            crate::t!("shell-opening-class", lesson = source.name()),
        )));
        self.shared.jobs.spawn(move || {
            let result = (|| {
                let o = service::open_lesson(&source)?;
                let key = match (o.key, o.key_error) {
                    (Some(k), _) => k,
                    (None, Some(e)) => return Err(Failure::KeyUnusable(e)),
                    (None, None) => return Err(Failure::NoKey { lesson: o.name }),
                };
                let lms = crate::app::class::grade(&o.name, &o.lesson, &key, &dir, None)?;
                Ok(GradedClass {
                    name: o.name,
                    lesson: o.lesson,
                    key,
                    lms,
                    dir,
                })
            })();
            Command::Done(Done::ClassGraded {
                ticket,
                result: Box::new(result),
            })
        });
    }

    pub(super) fn edit_entry(&mut self, id: &str) {
        let Some(e) = self.shared.catalogue.iter().find(|e| e.id == id) else {
            return;
        };
        let source = e.source.clone();
        let ticket = self.shared.ticket();
        self.show(Page::Library(LibraryPage::opening(ticket, source.name())));
        self.shared.jobs.spawn(move || {
            Command::Done(Done::Workshop {
                ticket,
                result: Box::new(workshop::from_lesson(&source)),
            })
        });
    }

    /// Open a lesson on a worker thread; the library shows that it is opening.
    pub(super) fn start_open(&mut self, source: LessonSource, answer: Option<(PathBuf, Answer)>) {
        self.autosave_now();
        let ticket = self.shared.ticket();
        let name = source.name();
        let data_dir = self.shared.data_dir.clone();
        self.show(Page::Library(LibraryPage::opening(ticket, name)));
        // In order with the writes: the autosave just asked for is read back, not an older
        // one.
        self.shared.jobs.write(move || {
            Command::Done(Done::Opened {
                ticket,
                result: Box::new(LoadedLesson::load(&source, data_dir.as_deref(), answer)),
            })
        });
    }

    pub(super) fn open_path(&mut self, path: PathBuf) {
        if crate::store::pack::is_pack(&path) {
            let Some(lessons) = self.shared.data_dir.as_ref().map(|d| d.join("lessons")) else {
                self.shared
                    .messages
                    .error(crate::t!("shell-pack-no-data-folder"));
                return;
            };
            self.shared
                .jobs
                .spawn(move || Command::Done(Done::PackAdded(Box::new(install(&path, &lessons)))));
            return;
        }
        if store::is_key_file(&path) {
            let targets: Vec<(String, PathBuf)> = self
                .shared
                .catalogue
                .iter()
                .filter_map(|e| match &e.source {
                    LessonSource::File(p) => Some((e.name.clone(), p.clone())),
                    LessonSource::Bundled(_) => None,
                })
                .collect();
            self.shared.jobs.spawn(move || {
                Command::Done(Done::KeyReleased(Box::new(release_key(&path, &targets))))
            });
            return;
        }
        if store::lesson_format(&path).is_some() {
            let known = self
                .shared
                .catalogue
                .iter()
                .find(|e| matches!(&e.source, LessonSource::File(p) if *p == path))
                .map(|e| e.source.clone());
            self.start_open(known.unwrap_or(LessonSource::File(path)), None);
            return;
        }
        // An answer: read it, then open its lesson with it.
        self.shared.jobs.spawn(move || {
            let r = store::read_answer(&path);
            Command::Done(Done::AnswerToOpen(path, Box::new(r)))
        });
    }

    pub(super) fn open_answer_lesson(&mut self, path: PathBuf, answer: Answer) {
        let lesson_name = answer.lesson.clone().unwrap_or_default();
        let beside = path.with_file_name(&lesson_name);
        let source = self
            .shared
            .catalogue
            .iter()
            .find(|e| e.name == lesson_name)
            .map(|e| e.source.clone())
            .or_else(|| {
                (!lesson_name.is_empty()
                    && store::lesson_format(Path::new(&lesson_name)).is_some()
                    && beside.is_file())
                .then_some(LessonSource::File(beside))
            });
        match source {
            Some(s) => self.start_open(s, Some((path, answer))),
            None => {
                // The lesson's name in quotes, as Rust writes a string ("001_peace-talks.md").
                let lesson = format!("{lesson_name:?}");
                let path = path.display().to_string();
                let text = crate::t!("shell-answer-lesson-missing", path = path, lesson = lesson);
                self.shared.messages.error(text);
            }
        }
    }
}

/// Install a class pack into its own folder of `lessons` and list its lessons.
pub(super) fn install(
    path: &Path,
    lessons: &Path,
) -> Result<(String, Vec<CatalogueEntry>), FileError> {
    use crate::store::{names, pack};
    let p = pack::read_pack(path)?;
    let stem = path.file_stem().and_then(|s| s.to_str()).unwrap_or("pack");
    let folder = names::safe_part(p.class.as_deref().unwrap_or(stem), 60);
    let dir = lessons.join("packs").join(&folder);
    let paths = pack::install_pack(&p, &dir)?;
    let entries = paths
        .into_iter()
        .map(|p| CatalogueEntry::read(LessonSource::File(p)))
        .collect();
    let heading = pack::PackInfo {
        class: p.class.clone(),
        due: p.due.clone(),
        shared_computers: p.shared_computers,
    }
    .heading(&folder);
    Ok((heading, entries))
}

/// Put a released key beside the lesson it belongs to (found by the key's lesson name, or
/// by its own file name).
pub(super) fn release_key(
    path: &Path,
    lessons: &[(String, PathBuf)],
) -> Result<CatalogueEntry, Failure> {
    let key = store::read_key(path)?;
    let from_name = path
        .file_name()
        .and_then(|n| n.to_str())
        .and_then(|n| n.strip_suffix(".key.json"))
        .map(str::to_string);
    let wanted: Vec<String> = key
        .lesson
        .clone()
        .into_iter()
        .chain(
            from_name
                .iter()
                .flat_map(|s| [format!("{s}.md"), format!("{s}.txt")]),
        )
        .collect();
    let Some((_, lesson)) = lessons.iter().find(|(n, _)| wanted.contains(n)) else {
        return Err(Failure::KeyWithoutLesson {
            key: path.to_path_buf(),
            wanted: wanted
                .first()
                .cloned()
                .unwrap_or_else(|| crate::t!("shell-key-unknown-lesson")),
        });
    };
    let bytes = std::fs::read(path).map_err(|e| FileError::io(path, "cannot read", e))?;
    let target = store::key_path_for(lesson);
    store::write_atomic(&target, &bytes).map_err(not_written(crate::t!("shell-key-not-placed")))?;
    Ok(CatalogueEntry::read(LessonSource::File(lesson.clone())))
}

pub(super) fn file_name(p: &Path) -> String {
    p.file_name()
        .and_then(|n| n.to_str())
        .map_or_else(|| crate::t!("shell-article-fallback-name"), str::to_string)
}
