//! The library's list of lessons: one way to add or replace an entry, whatever brought it
//! (the data folder's listing, a pack, a released key, a lesson opened from a file).

use super::Shared;
use crate::app::failure::Failure;
use crate::app::settings::Role;
use crate::service::{CatalogueEntry, OpenedLesson};
use crate::store::{self, FileError};

impl Shared {
    /// Add an entry, or replace the one with its id.
    pub fn catalogue_put(&mut self, e: CatalogueEntry) {
        self.catalogue_rev += 1;
        match self.catalogue.iter_mut().find(|c| c.id == e.id) {
            Some(slot) => *slot = e,
            None => self.catalogue.push(e),
        }
    }

    /// The data folder's lessons were listed (and the files that could not be read).
    pub fn catalogue_listed(&mut self, entries: Vec<CatalogueEntry>, errors: Vec<FileError>) {
        for e in entries {
            self.catalogue_put(e);
        }
        for e in errors {
            self.messages.error(store::describe(&e));
        }
    }

    /// A class pack was added to the library: its heading and lessons, or why not. Whoever
    /// opens a class pack is a student, unless they said otherwise.
    pub fn pack_added(&mut self, result: Result<(String, Vec<CatalogueEntry>), FileError>) {
        match result {
            Ok((heading, entries)) => {
                let n = entries.len();
                let text = crate::t!("shell-pack-added", count = n, heading = heading);
                self.messages.notice(text);
                if self.settings.role.is_none() {
                    self.settings.role = Some(Role::Student);
                    self.settings_dirty = true;
                }
                for e in entries {
                    self.catalogue_put(e);
                }
            }
            Err(e) => self.messages.error(store::describe(&e)),
        }
    }

    /// A key the teacher released was put beside its lesson (its new entry), or why not.
    pub fn key_released(&mut self, result: Result<CatalogueEntry, Failure>) {
        match result {
            Ok(e) => {
                self.messages
                    .notice(crate::t!("shell-key-released", title = e.title()));
                self.catalogue_put(e);
            }
            Err(why) => self.messages.error(why.to_string()),
        }
    }

    /// A lesson opened from a file outside the library is listed (once).
    pub fn list_opened(&mut self, o: &OpenedLesson) {
        if self.catalogue.iter().any(|c| c.id == o.id) {
            return;
        }
        self.catalogue_rev += 1;
        self.catalogue.push(CatalogueEntry {
            source: o.source.clone(),
            id: o.id.clone(),
            name: o.name.clone(),
            meta: Some(o.lesson.meta.clone()),
            error: None,
            has_key: o.key.is_some(),
            group: None,
            class: None,
            shared_computers: false,
            language: o.lesson.language(),
            modified: None,
        });
    }
}
