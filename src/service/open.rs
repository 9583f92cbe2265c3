//! Opening a lesson with its answer key, wherever it comes from.

use crate::bundled::{self, BundledFile};
use crate::model::annotation::{Key, KeyItem, Resolved, SpanError, resolve};
use crate::model::lesson::{Lesson, LessonFormat, LessonMeta};
use crate::model::scoring::KeySpan;
use crate::store::{self, FileError, Problem};
use std::path::{Path, PathBuf};

/// A key placed on its lesson.
#[derive(Clone, Debug)]
pub struct PlacedKey {
    /// The key as read.
    pub key: Key,
    /// Where its items are.
    pub resolved: Resolved,
    /// Scoring input: the placed items, each with its position in the key file.
    pub spans: Vec<KeySpan>,
}

impl PlacedKey {
    /// Place a key on a lesson.
    pub fn new(lesson: &Lesson, key: Key) -> Result<PlacedKey, SpanError> {
        let resolved = resolve(&lesson.text, &key.items, key.text_sha256.as_deref())?;
        let spans = key.key_spans(&resolved);
        Ok(PlacedKey {
            key,
            resolved,
            spans,
        })
    }

    /// Read and place a key file.
    pub fn read(lesson: &Lesson, path: &Path) -> Result<PlacedKey, FileError> {
        let key = store::read_key(path)?;
        PlacedKey::new(lesson, key).map_err(|e| FileError::new(path, Problem::Spans(e)))
    }

    /// Positions (0-based, in the key file) of the items that could not be placed; they
    /// are left out of scoring.
    pub fn unplaced(&self) -> Vec<usize> {
        self.resolved.orphaned()
    }

    /// The key file's item at `key_index`.
    pub fn item(&self, key_index: usize) -> Option<&KeyItem> {
        self.key.items.get(key_index)
    }

    /// A sentence for people when some items could not be placed.
    pub fn unplaced_note(&self) -> Option<String> {
        let n = self.unplaced().len();
        (n > 0).then(|| {
            format!(
                "{n} answer-key item(s) cannot be found in the lesson text and are left out of the score; the instructor can fix the key with `newsmark check`."
            )
        })
    }
}

/// Where a lesson comes from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LessonSource {
    /// Compiled into the program.
    Bundled(&'static BundledFile),
    /// A file on disk (opened, or in the data folder's `lessons/`).
    File(PathBuf),
}

impl LessonSource {
    /// A stable id for progress and autosave: `bundled:NAME`, or the file's full path.
    pub fn id(&self) -> String {
        match self {
            LessonSource::Bundled(f) => format!("bundled:{}", f.name),
            LessonSource::File(p) => std::fs::canonicalize(p)
                .unwrap_or_else(|_| p.clone())
                .display()
                .to_string(),
        }
    }

    /// The file name.
    pub fn name(&self) -> String {
        match self {
            LessonSource::Bundled(f) => f.name.to_string(),
            LessonSource::File(p) => p
                .file_name()
                .and_then(|n| n.to_str())
                .unwrap_or("lesson")
                .to_string(),
        }
    }

    /// The lesson file's text as written (front matter and all): the one way from a
    /// source to its text, with the size limit and the UTF-8 check.
    pub fn read_text(&self) -> Result<String, FileError> {
        let (path, bytes): (&Path, std::borrow::Cow<'_, [u8]>) = match self {
            LessonSource::Bundled(f) => (Path::new(f.name), f.bytes.into()),
            LessonSource::File(p) => (p, store::read_limited(p, store::MAX_LESSON_BYTES)?.into()),
        };
        if bytes.len() as u64 > store::MAX_LESSON_BYTES {
            return Err(FileError::new(
                path,
                store::Problem::TooLarge {
                    size: bytes.len() as u64,
                    limit: store::MAX_LESSON_BYTES,
                },
            ));
        }
        store::utf8(&bytes)
            .map(str::to_string)
            .map_err(|p| FileError::new(path, p))
    }

    /// Read and parse the lesson.
    pub fn read_lesson(&self) -> Result<Lesson, FileError> {
        match self {
            LessonSource::Bundled(f) => {
                let path = Path::new(f.name);
                let format = store::lesson_format(path).unwrap_or(LessonFormat::Markdown);
                store::parse_lesson(f.bytes, format, &store::title_from_stem(path))
                    .map_err(|p| FileError::new(path, p))
            }
            LessonSource::File(p) => store::read_lesson(p),
        }
    }

    /// Read and place the key beside the lesson; `None` when there is no key.
    pub fn read_key(&self, lesson: &Lesson) -> Option<Result<PlacedKey, FileError>> {
        match self {
            LessonSource::Bundled(f) => bundled::key_for(f.name).map(|k| {
                let path = Path::new(k.name);
                store::parse_key(k.bytes)
                    .map_err(|p| FileError::new(path, p))
                    .and_then(|key| {
                        PlacedKey::new(lesson, key)
                            .map_err(|e| FileError::new(path, Problem::Spans(e)))
                    })
            }),
            LessonSource::File(p) => {
                let kp = store::key_path_for(p);
                kp.is_file().then(|| PlacedKey::read(lesson, &kp))
            }
        }
    }
}

/// A lesson opened with its key.
#[derive(Debug)]
pub struct OpenedLesson {
    /// Where it came from.
    pub source: LessonSource,
    /// Stable id (see [`LessonSource::id`]).
    pub id: String,
    /// File name.
    pub name: String,
    /// The lesson.
    pub lesson: Lesson,
    /// The placed key, when there is a usable one.
    pub key: Option<PlacedKey>,
    /// Why the key beside the lesson cannot be used.
    pub key_error: Option<FileError>,
}

/// Open a lesson and the key beside it. A key that cannot be used does not stop the
/// lesson from opening; it is reported in `key_error`.
pub fn open_lesson(source: &LessonSource) -> Result<OpenedLesson, FileError> {
    let lesson = source.read_lesson()?;
    let (key, key_error) = match source.read_key(&lesson) {
        Some(Ok(k)) => (Some(k), None),
        Some(Err(e)) => (None, Some(e)),
        None => (None, None),
    };
    Ok(OpenedLesson {
        id: source.id(),
        name: source.name(),
        source: source.clone(),
        lesson,
        key,
        key_error,
    })
}

/// A lesson in the library: where it comes from and its front matter, or why it cannot
/// be opened.
#[derive(Debug)]
pub struct CatalogueEntry {
    /// Where it comes from.
    pub source: LessonSource,
    /// Stable id (see [`LessonSource::id`]).
    pub id: String,
    /// File name.
    pub name: String,
    /// Front matter, when the lesson could be read.
    pub meta: Option<LessonMeta>,
    /// Why it cannot be opened.
    pub error: Option<FileError>,
    /// It has an answer key beside it.
    pub has_key: bool,
    /// The class pack it came from ("9B media studies (due Friday)"), if any.
    pub group: Option<String>,
    /// The class of the pack it came from ("9B"; the pack's folder name when the pack
    /// names no class), if any.
    pub class: Option<String>,
    /// It came from a pack made for shared computers.
    pub shared_computers: bool,
    /// Its language as two letters (front matter, else guessed from its words; "en" when
    /// it cannot be read).
    pub language: String,
    /// When its file was last changed (seconds since 1970), for "newest first"; `None` for
    /// bundled lessons.
    pub modified: Option<u64>,
}

impl CatalogueEntry {
    /// Read a lesson for the library.
    pub fn read(source: LessonSource) -> CatalogueEntry {
        let parsed = source.read_lesson();
        let has_key = match &source {
            LessonSource::Bundled(f) => bundled::key_for(f.name).is_some(),
            LessonSource::File(p) => store::key_path_for(p).is_file(),
        };
        let pack = match &source {
            LessonSource::Bundled(_) => None,
            LessonSource::File(p) => pack_info(p),
        };
        let modified = match &source {
            LessonSource::Bundled(_) => None,
            LessonSource::File(p) => std::fs::metadata(p)
                .and_then(|m| m.modified())
                .ok()
                .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
                .map(|d| d.as_secs()),
        };
        CatalogueEntry {
            modified,
            shared_computers: pack.as_ref().is_some_and(|(_, i)| i.shared_computers),
            class: pack
                .as_ref()
                .map(|(folder, info)| info.class.clone().unwrap_or_else(|| folder.clone())),
            group: pack.map(|(folder, info)| info.heading(&folder)),
            has_key,
            id: source.id(),
            name: source.name(),
            source,
            meta: parsed.as_ref().ok().map(|l| l.meta.clone()),
            language: parsed
                .as_ref()
                .map_or_else(|_| "en".to_string(), Lesson::language),
            error: parsed.err(),
        }
    }

    /// The name a screen reader says for the lesson, telling copies apart: a pack's lesson
    /// with its class ("9B: Bike lane plan sparks fury"), a numbered lesson with its number
    /// ("003 · Bike lane plan sparks fury").
    pub fn spoken_name(&self) -> String {
        let title = self.title();
        if let Some(class) = &self.class {
            return format!("{class}: {title}");
        }
        let number: String = self.name.chars().take_while(char::is_ascii_digit).collect();
        if number.is_empty() {
            title.to_string()
        } else {
            format!("{number} · {title}")
        }
    }

    /// The title to show: the lesson's, or its file name.
    pub fn title(&self) -> &str {
        self.meta
            .as_ref()
            .map_or(self.name.as_str(), |m| m.title.as_str())
    }
}

/// True for a lesson installed from a pack made for shared computers.
pub fn for_shared_computers(source: &LessonSource) -> bool {
    match source {
        LessonSource::Bundled(_) => false,
        LessonSource::File(p) => pack_info(p).is_some_and(|(_, i)| i.shared_computers),
    }
}

/// The class pack a lesson file was installed from, if it was: its folder's name and what
/// the pack said of itself.
fn pack_info(lesson: &Path) -> Option<(String, store::pack::PackInfo)> {
    let dir = lesson.parent()?;
    let bytes = std::fs::read(dir.join(store::pack::INFO)).ok()?;
    let info: store::pack::PackInfo = serde_json::from_slice(&bytes).ok()?;
    let folder = dir
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or("class pack");
    Some((folder.to_string(), info))
}

/// The bundled lessons, in file-name order.
pub fn bundled_catalogue() -> Vec<CatalogueEntry> {
    bundled::lessons()
        .map(|f| CatalogueEntry::read(LessonSource::Bundled(f)))
        .collect()
}

/// The lessons in a folder (searched recursively), and the entries that could not be read.
pub fn folder_catalogue(dir: &Path) -> (Vec<CatalogueEntry>, Vec<FileError>) {
    let mut entries = Vec::new();
    let mut errors = Vec::new();
    for r in store::collect_files(&[dir.to_path_buf()], &|p: &Path| {
        store::lesson_format(p).is_some()
    }) {
        match r {
            Ok(p) => entries.push(CatalogueEntry::read(LessonSource::File(p))),
            Err(e) => errors.push(e),
        }
    }
    (entries, errors)
}

/// A lesson file and a key file named on the command line.
pub fn lesson_with_key(lesson: &Path, key: &Path) -> Result<(Lesson, PlacedKey), FileError> {
    let l = store::read_lesson(lesson)?;
    let k = PlacedKey::read(&l, key)?;
    Ok((l, k))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spoken_names_tell_a_packs_copy_from_the_bundled_lesson() {
        let entry = |name: &str, class: Option<&str>| CatalogueEntry {
            source: LessonSource::File(PathBuf::from(name)),
            id: name.into(),
            name: name.into(),
            meta: None,
            error: None,
            has_key: false,
            group: None,
            class: class.map(str::to_string),
            shared_computers: false,
            language: "en".into(),
            modified: None,
        };
        assert_eq!(
            entry("003_bike-lane.md", None).spoken_name(),
            "003 · 003_bike-lane.md"
        );
        assert_eq!(
            entry("003_bike-lane.md", Some("9B")).spoken_name(),
            "9B: 003_bike-lane.md"
        );
        assert_eq!(entry("mine.md", None).spoken_name(), "mine.md");
    }

    #[test]
    fn every_bundled_lesson_opens_with_its_key_fully_placed() {
        for f in bundled::lessons() {
            let o = open_lesson(&LessonSource::Bundled(f)).unwrap();
            let key = o.key.unwrap_or_else(|| panic!("{} has a key", f.name));
            assert!(key.unplaced().is_empty(), "{}", f.name);
            assert!(o.key_error.is_none());
            assert_eq!(o.id, format!("bundled:{}", f.name));
        }
    }

    #[test]
    fn a_key_with_an_unplaceable_item_keeps_key_positions() {
        let dir = tempfile::tempdir().unwrap();
        let lesson = dir.path().join("l.txt");
        std::fs::write(&lesson, "Officials said the plan failed.").unwrap();
        std::fs::write(
            store::key_path_for(&lesson),
            r#"{"text_sha256": "00", "items": [
                {"start": 0, "end": 5, "label": "opinion", "quote": "zzzzzzzzzz"},
                {"start": 0, "end": 14, "label": "attribution", "quote": "Officials said", "rationale": "Named."}
            ]}"#,
        )
        .unwrap();
        let o = open_lesson(&LessonSource::File(lesson)).unwrap();
        let k = o.key.unwrap();
        assert_eq!(k.unplaced(), vec![0]);
        assert_eq!(k.spans.len(), 1);
        assert_eq!(k.spans[0].key_index, 1);
        assert_eq!(
            k.item(k.spans[0].key_index)
                .and_then(|i| i.rationale.as_deref()),
            Some("Named.")
        );
        assert!(k.unplaced_note().is_some());
    }
}
