//! The workshop's work on files and on the key: taking an edited article (re-finding the
//! items), placing items again, the key checker, the assistant, saving and exporting.

use super::*;

impl AuthoringPage {
    /// Parse the edited article and re-find every key item on it: moved items are updated,
    /// the ones that cannot be found are kept aside for the instructor.
    pub(super) fn apply_article(&mut self, sh: &mut Shared) {
        // The preview catches up with the Markdown too: it was read just now.
        let lesson = match self.draft.lesson() {
            Ok(l) => l,
            Err(e) => {
                self.body_error = Some(store::describe(&e));
                self.preview_stale = false;
                return;
            }
        };
        self.body_error = None;
        self.body_changed = false;
        self.lesson_rev += 1;
        if self.preview_stale {
            self.preview_stale = false;
            self.set_preview(lesson.clone());
        }
        if lesson.text.as_str() == self.lesson.text.as_str() {
            self.lesson = lesson;
            return;
        }
        let items = self.editor.to_vec();
        match place(&lesson.text, &items, Some(self.lesson.text.sha256())) {
            Ok(p) => {
                if p.moved > 0 || !p.orphaned.is_empty() {
                    let (n, orphans) = (p.moved, p.orphaned.len());
                    sh.messages.notice(if orphans == 0 {
                        crate::t!("workshop-article-changed", moved = n)
                    } else {
                        crate::t!(
                            "workshop-article-changed-orphans",
                            moved = n,
                            orphans = orphans
                        )
                    });
                }
                // One undoable step; the orphans are kept until placed or deleted.
                self.editor.replace_all(p.spans);
                self.orphans.extend(p.orphaned);
            }
            Err(e) => {
                let error = e.to_string();
                sh.messages
                    .error(crate::t!("workshop-key-items-unplaceable", error = error));
            }
        }
        self.lesson = lesson;
        self.suggestions.clear();
        self.current = None;
        self.changed();
    }

    pub(super) fn place_orphan(&mut self, i: usize, sh: &mut Shared) {
        let Some((a, b)) = self
            .editor
            .selection
            .and_then(|(a, b)| self.lesson.text.snap_to_words(a, b))
        else {
            sh.messages.notice(crate::t!("workshop-place-first"));
            return;
        };
        if i >= self.orphans.len() {
            return;
        }
        let old = self.orphans.remove(i);
        let mut item = KeyItem::new(
            &self.lesson.text,
            crate::model::Span::new(a, b, old.label),
            old.rationale.clone(),
        );
        item.optional = old.optional;
        let id = self.editor.insert(item);
        self.editor.selected = Some(id);
        self.editor.selection = None;
        self.changed();
    }

    /// Check the key now; the other keys in the library are read on a worker the first
    /// time, and the check runs again with them when they arrive.
    pub(super) fn check(&mut self, sh: &mut Shared) {
        if self.other_phrases.is_none() && !self.reading_others {
            self.reading_others = true;
            let catalogue: Vec<(String, LessonSource)> = sh
                .catalogue
                .iter()
                .map(|e| (e.name.clone(), e.source.clone()))
                .collect();
            let data_dir = sh.data_dir.clone();
            let (name, instance) = (self.file_name(), self.instance);
            sh.jobs.spawn(move || {
                let phrases = load::library_phrases(&catalogue, data_dir.as_deref(), &name);
                Command::Done(Done::Authoring {
                    instance,
                    done: AuthoringDone::OtherKeysRead(phrases),
                })
            });
        }
        self.run_check();
    }

    /// A result for this workshop came back.
    pub fn finish(&mut self, done: AuthoringDone, sh: &mut Shared) {
        match done {
            AuthoringDone::LessonSaved {
                path,
                revision,
                result,
            } => self.saved(path, revision, result, sh),
            AuthoringDone::OtherKeysRead(phrases) => self.other_keys_read(phrases),
            AuthoringDone::Rules(rules, errors) => {
                for e in &errors {
                    let error = store::describe(e);
                    sh.messages
                        .error(crate::t!("workshop-word-list-unusable", error = error));
                }
                self.rules = Some(rules);
                self.suggest(sh);
            }
        }
    }

    /// The other keys' phrases were read: a check on screen is run again with them.
    pub fn other_keys_read(&mut self, phrases: Vec<LabelledPhrase>) {
        self.other_phrases = Some(phrases);
        self.reading_others = false;
        if self.problems.is_some() {
            self.run_check();
        }
    }

    fn run_check(&mut self) {
        let key = self.key();
        let ids: Vec<SpanId> = self.editor.items().iter().map(|(id, _)| *id).collect();
        let (findings, resolved) = check_key(&self.lesson, &key);
        let mut out: Vec<CheckerFinding> = findings
            .into_iter()
            .map(|f: Finding| CheckerFinding {
                item: f.item.and_then(|i| ids.get(i).copied()),
                message: f.message,
                error: f.severity == crate::model::check::Severity::Error,
            })
            .collect();
        // Phrases this key labels differently from the other keys in the library.
        let name = self.file_name();
        let mut phrases: Vec<LabelledPhrase> = Vec::new();
        if let Some(r) = resolved {
            for (it, range) in key.items.iter().zip(&r.ranges) {
                if let Some((a, b)) = *range {
                    phrases.push(LabelledPhrase {
                        key: name.clone(),
                        quote: self.lesson.text.slice_clamped(a, b).to_string(),
                        label: it.label,
                    });
                }
            }
        }
        phrases.extend(self.other_phrases.iter().flatten().cloned());
        for (phrase, keys) in inconsistent_phrases(&phrases) {
            if !keys.iter().any(|(k, _)| *k == name) {
                continue;
            }
            let desc: Vec<String> = keys
                .iter()
                .map(|(k, ls)| {
                    let l: Vec<String> = ls.iter().map(|l: &Label| l.title()).collect();
                    let labels = l.join(" + ");
                    crate::t!("workshop-check-labels-in-key", labels = labels, key = k)
                })
                .collect();
            let item = self
                .editor
                .items()
                .iter()
                .find(|(_, k)| {
                    k.quote
                        .as_deref()
                        .is_some_and(|q| q.to_lowercase() == phrase)
                })
                .map(|(id, _)| *id);
            // The phrase in quotation marks (as Rust writes a string), and the keys.
            let (q, d) = (format!("{phrase:?}"), desc.join("; "));
            let message = crate::t!("workshop-check-labelled-differently", phrase = q, keys = d);
            out.push(CheckerFinding {
                item,
                message,
                error: false,
            });
        }
        for o in &self.orphans {
            let quote = format!("{:?}", o.quote.as_deref().unwrap_or(""));
            let label = o.label.title();
            out.push(CheckerFinding {
                item: None,
                message: crate::t!("workshop-check-orphan", quote = quote, label = label),
                error: true,
            });
        }
        self.problems = Some(out);
    }

    /// Run the assistant. Its word lists (bundled and the teacher's own) are read on a
    /// worker the first time; it runs when they come back ([`AuthoringDone::Rules`]).
    pub(super) fn suggest(&mut self, sh: &mut Shared) {
        if self.rules.is_none() {
            let lang = rules::language_for(
                self.lesson.meta.language.as_deref(),
                self.lesson.text.as_str(),
            );
            let extra = sh.data_dir.as_ref().map(|d| d.join("rules"));
            let instance = self.instance;
            sh.jobs.spawn(move || {
                let (rules, errors) = rules::load_rules(lang, extra.as_deref());
                Command::Done(Done::Authoring {
                    instance,
                    done: AuthoringDone::Rules(rules, errors),
                })
            });
            return;
        }
        let rules = self.rules.as_deref().unwrap_or_default();
        // A suggestion that overlaps an item of its label is already covered by the key.
        let have: Vec<crate::model::Span> = self.editor.spans().map(|k| k.span()).collect();
        self.suggestions = suggest(&self.lesson.text, rules)
            .into_iter()
            .filter(|s| {
                !have
                    .iter()
                    .any(|k| k.label == s.label && k.overlaps(&s.span()))
            })
            .collect();
        self.current = (!self.suggestions.is_empty()).then_some(0);
        self.suggested = true;
    }

    /// Save the lesson (and its key beside it) to `to`, or where it was saved, or into the
    /// data folder's `lessons/`.
    pub fn save(&mut self, to: Option<PathBuf>, sh: &mut Shared) {
        if !self.details_ready(sh) {
            return;
        }
        if self.body_changed {
            self.apply_article(sh);
            if self.body_error.is_some() {
                sh.messages
                    .error(crate::t!("workshop-save-unreadable-article"));
                return;
            }
        }
        if self.draft.meta.title.trim().is_empty() {
            sh.messages.error(crate::t!("workshop-save-no-title"));
            self.tab = Tab::Details;
            return;
        }
        // Where: the place asked for, where it was saved, or (a new lesson) a free name in
        // the data folder's lessons/, found on the writer thread.
        let place = match (to.or_else(|| self.path.clone()), sh.data_dir.clone()) {
            (Some(p), _) => Ok(p),
            (None, Some(dir)) => Err(dir),
            (None, None) => {
                sh.ask(Purpose::SaveLesson(self.file_name()));
                return;
            }
        };
        if place.is_err() && self.saving_new {
            sh.messages.notice(crate::t!("workshop-save-in-progress"));
            return;
        }
        let lesson_text = match self.draft.to_markdown() {
            Ok(t) => t,
            Err(p) => {
                sh.messages.error(store::describe(&FileError::new(
                    std::path::Path::new(&self.file_name()),
                    p,
                )));
                return;
            }
        };
        if let Ok(p) = &place {
            self.path = Some(p.clone());
        } else {
            self.saving_new = true;
        }
        let title = self.draft.meta.title.clone();
        let key = self.key();
        let orphans = self.orphans.len();
        let (instance, revision) = (self.instance, self.revision);
        // Written on the writer thread; the workshop stays as it is until it lands.
        sh.jobs.write(move || {
            let path = match place {
                Ok(p) => p,
                Err(dir) => match load::new_lesson_path(Some(&dir), &title) {
                    Some(p) => p,
                    None => {
                        return Command::Done(Done::Authoring {
                            instance,
                            done: AuthoringDone::LessonSaved {
                                path: dir,
                                revision,
                                result: Err(crate::t!("workshop-save-no-free-name")),
                            },
                        });
                    }
                },
            };
            let key_path = store::key_path_for(&path);
            let written = store::write_atomic(&path, lesson_text.as_bytes())
                .and_then(|()| store::write_json(&key_path, &key));
            let result = match written {
                Ok(()) => Ok(saved_message(&path, &key_path, key.items.len(), orphans)),
                Err(e) => {
                    let error = store::describe(&e);
                    Err(crate::t!("workshop-save-failed", error = error))
                }
            };
            Command::Done(Done::Authoring {
                instance,
                done: AuthoringDone::LessonSaved {
                    path,
                    revision,
                    result,
                },
            })
        });
    }

    /// The writer answered a save asked at `revision`: the workshop is clean when nothing
    /// changed since, and the saved lesson is listed in the library.
    pub fn saved(
        &mut self,
        path: PathBuf,
        revision: u64,
        result: Result<String, String>,
        sh: &mut Shared,
    ) {
        self.saving_new = false;
        match result {
            Ok(msg) => {
                sh.messages.notice(msg);
                if self.revision == revision {
                    self.dirty = false;
                }
                self.path = Some(path.clone());
                let source = LessonSource::File(path);
                self.source = Some(source.clone());
                sh.jobs.spawn(move || {
                    let entry = crate::service::CatalogueEntry::read(source);
                    Command::Done(Done::Catalogue(vec![entry], Vec::new()))
                });
            }
            Err(why) => sh.messages.error(why),
        }
    }

    /// Export the key where the instructor chose, in the format of its extension.
    pub fn export(&self, path: PathBuf, sh: &mut Shared) {
        use crate::model::interchange::Item;
        use crate::store::convert::{Kind, Read, write};
        let read = Read {
            kind: Some(Kind::Key),
            items: self
                .editor
                .spans()
                .map(|k| {
                    let mut i = Item::new(k.span());
                    i.note = k.rationale.clone();
                    i.optional = k.optional;
                    i
                })
                .collect(),
            student: None,
            warnings: Vec::new(),
        };
        let (lesson, name) = (self.lesson.clone(), self.file_name());
        sh.jobs.write(
            move || match write(&lesson, &name, &read, Kind::Key, &path) {
                Ok(_) => {
                    let path = path.display().to_string();
                    Command::Done(Done::Notice(crate::t!(
                        "workshop-exported-key",
                        path = path
                    )))
                }
                Err(e) => Command::Failed(crate::app::failure::not_written(
                    "The export was not written",
                )(e)),
            },
        );
    }
}

/// What a save that worked says: where the lesson and its key (of `items` items) went, and
/// how many items still to place again (`left`) are not in the saved key.
fn saved_message(
    path: &std::path::Path,
    key_path: &std::path::Path,
    items: usize,
    left: usize,
) -> String {
    let (p, k) = (path.display().to_string(), key_path.display().to_string());
    if left == 0 {
        return crate::t!("workshop-saved", path = p, count = items, key_path = k);
    }
    crate::t!(
        "workshop-saved-with-orphans",
        path = p,
        count = items,
        key_path = k,
        orphans = left
    )
}

/// A result for a workshop that is no longer on screen: a save still says how it went.
pub fn finish_gone(done: AuthoringDone, sh: &mut Shared) {
    match done {
        AuthoringDone::LessonSaved {
            result: Ok(text), ..
        } => sh.messages.notice(text),
        AuthoringDone::LessonSaved {
            result: Err(text), ..
        } => sh.messages.error(text),
        AuthoringDone::OtherKeysRead(_) | AuthoringDone::Rules(..) => {}
    }
}
