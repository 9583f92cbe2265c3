//! Converting keys and answers between newsmark JSON, brat standoff (`.ann`, with the
//! canonical text in the `.txt` beside it) and W3C Web Annotation (`.jsonld`), the format
//! chosen by each file's extension.

use crate::model::annotation::{Answer, AnswerSpan, Key, KeyItem, StoredSpan, place};
use crate::model::interchange::{self, Item};
use crate::model::lesson::Lesson;
use crate::model::span::Span;
use crate::store::{self, FileError, Problem};
use std::path::{Path, PathBuf};

/// What a converted file holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// An answer key (notes are rationales).
    Key,
    /// A student's answer (notes are the student's notes).
    Answer,
}

/// The formats, by extension.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// newsmark's own `.json`.
    Json,
    /// brat standoff `.ann`.
    Brat,
    /// W3C Web Annotation `.jsonld`.
    W3c,
}

impl Format {
    /// By file name; `None` for an extension newsmark does not convert.
    pub fn of(path: &Path) -> Option<Format> {
        match path.extension()?.to_str()?.to_ascii_lowercase().as_str() {
            "json" => Some(Format::Json),
            "ann" => Some(Format::Brat),
            "jsonld" => Some(Format::W3c),
            _ => None,
        }
    }
}

/// Items read from a file, with what they are and what was skipped.
#[derive(Clone, Debug)]
pub struct Read {
    /// Key or answer (newsmark JSON says; the other formats do not).
    pub kind: Option<Kind>,
    /// The items.
    pub items: Vec<Item>,
    /// The student, for an answer.
    pub student: Option<String>,
    /// What was skipped and why.
    pub warnings: Vec<String>,
}

fn not_convertible(path: &Path) -> FileError {
    FileError::new(
        path,
        Problem::Json {
            line: 0,
            column: 0,
            message: crate::t!("store-convert-formats"),
        },
    )
}

fn item_of<T: StoredSpan>(s: &T, note: Option<String>, optional: bool) -> Item {
    let sel = s.selector();
    Item {
        span: s.span(),
        note,
        optional,
        quote: sel.quote.map(str::to_string),
        prefix: sel.prefix.map(str::to_string),
        suffix: sel.suffix.map(str::to_string),
    }
}

fn json_value(path: &Path, text: &str) -> Result<serde_json::Value, FileError> {
    serde_json::from_str(text).map_err(|e| {
        FileError::new(
            path,
            Problem::Json {
                line: e.line(),
                column: e.column(),
                message: e.to_string(),
            },
        )
    })
}

/// Read a key or answer in any format, for `lesson`.
pub fn read(lesson: &Lesson, path: &Path) -> Result<Read, FileError> {
    let format = Format::of(path).ok_or_else(|| not_convertible(path))?;
    let bytes = store::read_limited(path, store::MAX_JSON_BYTES)?;
    let text = store::utf8(&bytes).map_err(|p| FileError::new(path, p))?;
    match format {
        Format::Json => {
            let v = json_value(path, text)?;
            if v.get("items").is_some() {
                let k = store::parse_key(&bytes).map_err(|p| FileError::new(path, p))?;
                Ok(Read {
                    kind: Some(Kind::Key),
                    items: k
                        .items
                        .iter()
                        .map(|i| item_of(i, i.rationale.clone(), i.optional))
                        .collect(),
                    student: None,
                    warnings: Vec::new(),
                })
            } else {
                let a = store::parse_answer(&bytes).map_err(|p| FileError::new(path, p))?;
                Ok(Read {
                    kind: Some(Kind::Answer),
                    items: a
                        .spans
                        .iter()
                        .map(|s| item_of(s, s.note.clone(), false))
                        .collect(),
                    student: a.student.clone(),
                    warnings: Vec::new(),
                })
            }
        }
        Format::Brat => {
            let (items, warnings) = interchange::from_brat(&lesson.text, text);
            Ok(Read {
                kind: None,
                items,
                student: None,
                warnings,
            })
        }
        Format::W3c => {
            let v = json_value(path, text)?;
            let (items, warnings) = interchange::from_w3c(&v).map_err(|m| {
                FileError::new(
                    path,
                    Problem::Json {
                        line: 0,
                        column: 0,
                        message: m,
                    },
                )
            })?;
            Ok(Read {
                kind: None,
                items,
                student: None,
                warnings,
            })
        }
    }
}

/// Place items on the lesson (re-finding moved ones by their quotes); returns the placed
/// items and a warning per item that could not be found.
fn placed(lesson: &Lesson, items: &[Item]) -> Result<(Vec<Item>, Vec<String>), Problem> {
    let spans: Vec<AnswerSpan> = items
        .iter()
        .map(|i| AnswerSpan {
            start: i.span.start,
            end: i.span.end,
            label: i.span.label,
            quote: i.quote.clone(),
            prefix: i.prefix.clone(),
            suffix: i.suffix.clone(),
            note: None,
        })
        .collect();
    let p = place(&lesson.text, &spans, None).map_err(Problem::Spans)?;
    let mut out = Vec::new();
    let mut warnings = Vec::new();
    let mut placed = p.spans.into_iter();
    for (i, it) in items.iter().enumerate() {
        if p.orphaned
            .iter()
            .any(|o| o.quote == it.quote && o.span() == it.span)
        {
            warnings.push(format!(
                "item {} ({:?}) cannot be found in the lesson text and is left out",
                i + 1,
                it.quote.as_deref().unwrap_or("")
            ));
            continue;
        }
        if let Some(s) = placed.next() {
            let mut it = it.clone();
            it.span = Span::new(s.start, s.end, s.label);
            out.push(it);
        }
    }
    Ok((out, warnings))
}

/// Write items as `kind` in the format of `path`. Returns warnings for items left out.
pub fn write(
    lesson: &Lesson,
    lesson_name: &str,
    read: &Read,
    kind: Kind,
    path: &Path,
) -> Result<Vec<String>, FileError> {
    let format = Format::of(path).ok_or_else(|| not_convertible(path))?;
    let (items, warnings) = placed(lesson, &read.items).map_err(|p| FileError::new(path, p))?;
    let text = &lesson.text;
    match format {
        Format::Json => match kind {
            Kind::Key => {
                let mut k = Key::new(text, Some(lesson_name.to_string()));
                k.items = items
                    .iter()
                    .map(|i| {
                        let mut k = KeyItem::new(text, i.span, i.note.clone());
                        k.optional = i.optional;
                        k
                    })
                    .collect();
                store::write_json(path, &k)?;
            }
            Kind::Answer => {
                let mut a = Answer::new(text, Some(lesson_name.to_string()));
                a.student = read.student.clone();
                a.spans = items
                    .iter()
                    .map(|i| {
                        let mut s = AnswerSpan::new(text, i.span);
                        s.note = i.note.clone();
                        s
                    })
                    .collect();
                store::write_json(path, &a)?;
            }
        },
        Format::Brat => {
            store::write_atomic(path, interchange::to_brat(text, &items).as_bytes())?;
            // brat reads the text from the .txt beside the .ann.
            store::write_atomic(&path.with_extension("txt"), text.as_str().as_bytes())?;
        }
        Format::W3c => {
            let label = match kind {
                Kind::Key => "newsmark answer key",
                Kind::Answer => "newsmark answer",
            };
            let v = interchange::to_w3c(text, &items, lesson_name, label);
            store::write_json(path, &v)?;
        }
    }
    Ok(warnings)
}

/// The `.txt` written beside a `.ann`.
pub fn brat_text_path(ann: &Path) -> PathBuf {
    ann.with_extension("txt")
}
