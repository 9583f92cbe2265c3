//! Opening lessons, answers, packs and keys, grading folders and writing packs: the file
//! work behind the library, done on worker threads.

use super::*;

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

    /// Write the lessons chosen in the library as a student pack, on a worker.
    pub(super) fn write_pack(&mut self, path: PathBuf) {
        let Page::Library(l) = &self.page else { return };
        let sources: Vec<LessonSource> = l
            .pack
            .iter()
            .filter_map(|id| self.shared.catalogue.iter().find(|e| e.id == *id))
            .map(|e| e.source.clone())
            .collect();
        let (class, due) = (Some(l.pack_class.clone()), Some(l.pack_due.clone()));
        let shared_computers = l.pack_shared;
        self.shared.jobs.spawn(move || {
            let result = (|| -> Result<String, FileError> {
                let mut lessons = Vec::new();
                for s in &sources {
                    let text = match s {
                        LessonSource::Bundled(f) => String::from_utf8_lossy(f.bytes).into_owned(),
                        LessonSource::File(p) => std::fs::read_to_string(p)
                            .map_err(|e| FileError::io(p, "cannot read", e))?,
                    };
                    lessons.push(crate::store::pack::PackLesson {
                        name: s.name(),
                        text,
                    });
                }
                let n = lessons.len();
                let mut pack = crate::store::pack::pack_of(lessons, class, due)
                    .map_err(|p| FileError::new(&path, p))?;
                pack.shared_computers = shared_computers;
                store::write_json(&path, &pack)?;
                Ok(format!(
                    "Wrote the student pack ({}, no keys{}) to {}",
                    crate::model::plural(n, "lesson", "lessons"),
                    if shared_computers {
                        ", for shared computers"
                    } else {
                        ""
                    },
                    path.display()
                ))
            })();
            match result {
                Ok(msg) => Command::Done(Done::Notice(msg)),
                Err(e) => {
                    Command::Failed(format!("The pack was not written: {}", store::describe(&e)))
                }
            }
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
            format!("class results for {}", source.name()),
        )));
        self.shared.jobs.spawn(move || {
            let result = (|| {
                let o = service::open_lesson(&source).map_err(|e| store::describe(&e))?;
                let key = match (o.key, o.key_error) {
                    (Some(k), _) => k,
                    (None, Some(e)) => {
                        return Err(format!(
                            "The answer key cannot be used: {}",
                            store::describe(&e)
                        ));
                    }
                    (None, None) => {
                        return Err(format!(
                            "{} has no answer key beside it, so answers cannot be scored.",
                            o.name
                        ));
                    }
                };
                let class = service::grade_folder(&o.name, &o.lesson, &key, &dir);
                Ok(ClassPage::new(o.name, o.lesson, key, class, dir, ticket))
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
                result: Box::new(crate::app::authoring::load::from_lesson(&source)),
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
                    .error("Packs are added to your data folder, and there is none.");
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
            None => self.shared.messages.error(format!(
                "{}: this answer belongs to the lesson {lesson_name:?}, which is not in the library; open the lesson first, then load the answer",
                path.display()
            )),
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
) -> Result<CatalogueEntry, String> {
    let key = store::read_key(path).map_err(|e| store::describe(&e))?;
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
        return Err(format!(
            "{}: no lesson in your library matches this key (it is for {}); open the lesson or its pack first",
            path.display(),
            wanted.first().map_or("an unknown lesson", String::as_str)
        ));
    };
    let bytes =
        std::fs::read(path).map_err(|e| store::describe(&FileError::io(path, "cannot read", e)))?;
    let target = store::key_path_for(lesson);
    store::write_atomic(&target, &bytes).map_err(|e| store::describe(&e))?;
    Ok(CatalogueEntry::read(LessonSource::File(lesson.clone())))
}

pub(super) fn file_name(p: &Path) -> String {
    p.file_name()
        .and_then(|n| n.to_str())
        .unwrap_or("article")
        .to_string()
}

/// Read an answer file for the open lesson on a worker thread.
pub fn spawn_read_answer(sh: &mut Shared, lesson: &LessonPage, path: PathBuf) {
    let text = lesson.lesson.text.clone();
    let instance = lesson.instance;
    sh.jobs.spawn(move || {
        let result = read_answer_for(&text, &path);
        Command::Done(Done::AnswerRead {
            instance,
            path,
            result: Box::new(result),
        })
    });
}
