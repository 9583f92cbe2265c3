//! Reading what the workshop starts from (on a worker thread) and the other keys the
//! checker compares with.

use crate::bundled;
use crate::model::annotation::{KeyItem, place};
use crate::model::check::LabelledPhrase;
use crate::model::lesson::Lesson;
use crate::service::{LessonSource, open_lesson};
use crate::store::import::{ArticleKind, Draft, draft_from_text};
use crate::store::{self, FileError, Problem};
use std::path::{Path, PathBuf};

/// What the workshop opens with.
#[derive(Debug)]
pub struct Workshop {
    /// Where the lesson came from.
    pub source: Option<LessonSource>,
    /// Where it will be saved.
    pub path: Option<PathBuf>,
    /// Its details and article.
    pub draft: Draft,
    /// The article parsed.
    pub lesson: Lesson,
    /// The key's items, placed on the article.
    pub items: Vec<KeyItem>,
    /// Items of the key that could not be placed.
    pub orphans: Vec<KeyItem>,
}

fn problem(path: &Path, e: crate::store::import::ImportError) -> FileError {
    FileError::new(path, Problem::Import(e))
}

/// A workshop on a new draft (pasted text or an imported article).
pub fn from_draft(draft: Draft) -> Result<Workshop, FileError> {
    let lesson = if draft.body.trim().is_empty() {
        // A new lesson starts with no article; it is pasted in the workshop.
        Lesson::from_parts(
            draft.meta.clone(),
            crate::model::document::Document::from_markdown(""),
        )
    } else {
        // Not a file yet: messages name it "article".
        let name = crate::t!("workshop-pasted-article-name");
        draft.lesson().map_err(|e| problem(Path::new(&name), e))?
    };
    Ok(Workshop {
        source: None,
        path: None,
        draft,
        lesson,
        items: Vec::new(),
        orphans: Vec::new(),
    })
}

/// A workshop on an existing lesson and its key. A bundled lesson is edited as a copy
/// that is saved in the data folder.
pub fn from_lesson(source: &LessonSource) -> Result<Workshop, FileError> {
    let opened = open_lesson(source)?;
    let path = match source {
        LessonSource::Bundled(_) => None,
        LessonSource::File(p) => Some(p.clone()),
    };
    let text = source.read_text()?;
    let name = source.name();
    let kind = if store::lesson_format(Path::new(&name)) == Some(crate::model::LessonFormat::Plain)
    {
        ArticleKind::Plain
    } else {
        ArticleKind::Markdown
    };

    let mut draft = draft_from_text(&text, kind).map_err(|e| problem(Path::new(&name), e))?;
    if kind == ArticleKind::Plain {
        draft.meta = opened.lesson.meta.clone();
    }
    let lesson = draft.lesson().map_err(|e| problem(Path::new(&name), e))?;
    // The key's items on the article as the workshop parses it (the same text).
    let (items, orphans) = match &opened.key {
        Some(k) => {
            let p =
                place(&lesson.text, &k.key.items, k.key.text_sha256.as_deref()).map_err(|e| {
                    FileError::new(&store::key_path_for(Path::new(&name)), Problem::Spans(e))
                })?;
            (p.spans, p.orphaned)
        }
        None => (Vec::new(), Vec::new()),
    };
    Ok(Workshop {
        source: Some(source.clone()),
        path: path.filter(|_| matches!(source, LessonSource::File(_))),
        draft,
        lesson,
        items,
        orphans,
    })
}

/// A free path for a new lesson in the data folder's `lessons/`.
pub fn new_lesson_path(data_dir: Option<&Path>, title: &str) -> Option<PathBuf> {
    let dir = data_dir?.join("lessons");
    let stem = store::names::slug(title);
    (1..1000)
        .map(|n| {
            if n == 1 {
                dir.join(format!("{stem}.md"))
            } else {
                dir.join(format!("{stem}-{n}.md"))
            }
        })
        .find(|p| !p.exists())
}

/// Labelled phrases of the other keys in the library (bundled, and the instructor's own in
/// the data folder), for the checker's "labelled differently" finding.
pub fn library_phrases(
    lessons: &[(String, LessonSource)],
    data_dir: Option<&Path>,
    except: &str,
) -> Vec<LabelledPhrase> {
    let mut out = Vec::new();
    let mine = data_dir.map(|d| d.join("lessons"));
    for (name, source) in lessons {
        if name == except {
            continue;
        }
        let own = match source {
            LessonSource::Bundled(f) => bundled::key_for(f.name).is_some(),
            LessonSource::File(p) => mine.as_ref().is_some_and(|m| p.starts_with(m)),
        };
        if !own {
            continue;
        }
        let Ok(o) = open_lesson(source) else {
            continue;
        };
        let Some(k) = o.key else { continue };
        for (it, r) in k.key.items.iter().zip(&k.resolved.ranges) {
            if let Some((a, b)) = *r {
                out.push(LabelledPhrase {
                    key: name.clone(),
                    quote: o.lesson.text.slice_clamped(a, b).to_string(),
                    label: it.label,
                });
            }
        }
    }
    out
}
