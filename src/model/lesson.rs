//! Lessons: front matter (TOML between `+++` lines) plus the article.
//!
//! Parsing here is pure: it takes the file's text and returns a [`Lesson`] or a
//! [`LessonError`] that says where the problem is. Reading bytes from disk, size limits and
//! UTF-8 checks live in `store`.

use crate::model::document::Document;
use crate::model::text::TextIndex;
use serde::{Deserialize, Serialize};

/// Where an article comes from.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Source {
    /// The outlet or publisher.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub outlet: Option<String>,
    /// The author.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub author: Option<String>,
    /// Publication date as written.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    /// Where it was published.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// The licence under which it is shipped.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub licence: Option<String>,
}

/// A lesson's front matter.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct LessonMeta {
    /// Required title.
    pub title: String,
    /// One or two sentences on what the lesson is about.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub summary: Option<String>,
    /// Where the article comes from.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source: Option<Source>,
    /// Difficulty 1 (easy) to 3 (hard).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub level: Option<u8>,
    /// Skills the lesson practises.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub skills: Vec<String>,
    /// Expected minutes of work.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub minutes: Option<u32>,
    /// What the student is asked to do.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub instructions: Option<String>,
    /// The article's language ("en", "es"); guessed from the text when not given.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
}

/// How the lesson file is written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LessonFormat {
    /// Markdown with optional `+++` TOML front matter.
    Markdown,
    /// Plain text.
    Plain,
}

/// A parsed lesson.
#[derive(Clone, Debug)]
pub struct Lesson {
    /// Front matter.
    pub meta: LessonMeta,
    /// Blocks to draw.
    pub doc: Document,
    /// The canonical text, indexed by char.
    pub text: TextIndex,
}

/// What is wrong with a lesson's source. Positions are 1-based lines and columns in the file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LessonError {
    /// The front matter is not valid TOML or has a field of the wrong type.
    FrontMatter {
        /// Line in the file.
        line: usize,
        /// Column in that line.
        column: usize,
        /// What the TOML parser said.
        message: String,
    },
    /// The `+++` block was opened but never closed.
    UnclosedFrontMatter,
    /// No title.
    MissingTitle,
    /// A level outside 1 to 3.
    BadLevel(u8),
    /// No article text.
    Empty,
}

/// In the reader's language (the command line's is English).
impl std::fmt::Display for LessonError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let text = match self {
            LessonError::FrontMatter {
                line,
                column,
                message,
            } => crate::t!(
                "lesson-error-front-matter",
                line = line.to_string(),
                column = column.to_string(),
                message = message.as_str()
            ),
            LessonError::UnclosedFrontMatter => crate::t!("lesson-error-unclosed"),
            LessonError::MissingTitle => crate::t!("lesson-error-no-title"),
            LessonError::BadLevel(l) => crate::t!("lesson-error-level", level = l.to_string()),
            LessonError::Empty => crate::t!("lesson-error-empty"),
        };
        f.write_str(&text)
    }
}

impl std::error::Error for LessonError {}

/// A front matter's language as two lower-case letters ("fr-CA" → "fr"), if it gives one.
pub fn language_code(language: Option<&str>) -> Option<String> {
    let l: String = language?
        .trim()
        .to_ascii_lowercase()
        .chars()
        .take(2)
        .collect();
    (!l.is_empty()).then_some(l)
}

impl Lesson {
    /// The lesson's language as two lower-case letters: its front matter's, else guessed
    /// from its words (the one detector: [`crate::model::suggest::detect_language`]).
    pub fn language(&self) -> String {
        language_code(self.meta.language.as_deref())
            .unwrap_or_else(|| crate::model::suggest::detect_language(self.text.as_str()).into())
    }

    /// Parse a lesson. `fallback_title` is used for plain-text lessons, which have no front
    /// matter (usually the file name).
    pub fn parse(
        source: &str,
        format: LessonFormat,
        fallback_title: &str,
    ) -> Result<Lesson, LessonError> {
        let source = source.strip_prefix('\u{feff}').unwrap_or(source);
        let (meta, doc) = match format {
            LessonFormat::Plain => (
                LessonMeta {
                    title: fallback_title.to_string(),
                    ..LessonMeta::default()
                },
                Document::from_plain(source),
            ),
            LessonFormat::Markdown => {
                let source = source.replace("\r\n", "\n");
                let (front, doc) = Document::from_markdown_with_front_matter(&source);
                let meta = match front {
                    Some(f) => parse_meta(&f.toml, line_col(&source, f.offset).0)?,
                    None if source.starts_with("+++") => {
                        return Err(LessonError::UnclosedFrontMatter);
                    }
                    None => LessonMeta {
                        title: fallback_title.to_string(),
                        ..LessonMeta::default()
                    },
                };
                (meta, doc)
            }
        };
        if meta.title.trim().is_empty() {
            return Err(LessonError::MissingTitle);
        }
        if let Some(l) = meta.level
            && !(1..=3).contains(&l)
        {
            return Err(LessonError::BadLevel(l));
        }
        if doc.text.trim().is_empty() {
            return Err(LessonError::Empty);
        }
        let text = TextIndex::new(doc.text.clone());
        Ok(Lesson { meta, doc, text })
    }

    /// Build a lesson directly from metadata and a document (for generated or pasted text).
    pub fn from_parts(meta: LessonMeta, doc: Document) -> Lesson {
        let text = TextIndex::new(doc.text.clone());
        Lesson { meta, doc, text }
    }
}

fn parse_meta(src: &str, first_line: usize) -> Result<LessonMeta, LessonError> {
    // A missing title is reported as such, not as a TOML type error.
    match toml::from_str::<LessonMeta>(src) {
        Ok(m) => Ok(m),
        Err(e) => {
            let (line, column) = e.span().map(|r| line_col(src, r.start)).unwrap_or((1, 1));
            Err(LessonError::FrontMatter {
                line: line + first_line - 1,
                column,
                message: e.message().to_string(),
            })
        }
    }
}

/// 1-based line and column (in chars) of byte `offset` in `s`.
pub fn line_col(s: &str, offset: usize) -> (usize, usize) {
    let before = s.get(..offset.min(s.len())).unwrap_or(s);
    let line = before.matches('\n').count() + 1;
    let col = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, col)
}

#[cfg(test)]
mod tests {
    use super::*;

    const MD: &str = "+++\ntitle = \"Talks\"\nlevel = 2\nskills = [\"attribution\"]\n[source]\noutlet = \"Daily\"\n+++\n\nFirst paragraph.\n\nSecond.\n";

    #[test]
    fn parses_front_matter_and_body() {
        let l = Lesson::parse(MD, LessonFormat::Markdown, "x").expect("valid lesson");
        assert_eq!(l.meta.title, "Talks");
        assert_eq!(l.meta.level, Some(2));
        assert_eq!(
            l.meta.source.and_then(|s| s.outlet).as_deref(),
            Some("Daily")
        );
        assert_eq!(l.text.as_str(), "First paragraph.\nSecond.");
    }

    #[test]
    fn reports_toml_errors_with_file_position() {
        let src = "+++\ntitle = \"T\"\nlevel = = 2\n+++\nBody";
        match Lesson::parse(src, LessonFormat::Markdown, "x") {
            Err(LessonError::FrontMatter { line, .. }) => assert_eq!(line, 3),
            other => panic!("expected a front-matter error, got {other:?}"),
        }
    }

    #[test]
    fn missing_title_bad_level_unclosed_empty() {
        let r = Lesson::parse("+++\nlevel = 1\n+++\nBody", LessonFormat::Markdown, "x");
        assert_eq!(r.err(), Some(LessonError::MissingTitle));
        let r = Lesson::parse(
            "+++\ntitle = \"T\"\nlevel = 7\n+++\nBody",
            LessonFormat::Markdown,
            "x",
        );
        assert_eq!(r.err(), Some(LessonError::BadLevel(7)));
        let r = Lesson::parse("+++\ntitle = \"T\"\nBody", LessonFormat::Markdown, "x");
        assert_eq!(r.err(), Some(LessonError::UnclosedFrontMatter));
        let r = Lesson::parse("+++\ntitle = \"T\"\n+++\n\n", LessonFormat::Markdown, "x");
        assert_eq!(r.err(), Some(LessonError::Empty));
    }

    #[test]
    fn plain_lessons_use_fallback_title() {
        let l = Lesson::parse("Hello.\r\n", LessonFormat::Plain, "hello").expect("valid");
        assert_eq!(l.meta.title, "hello");
        assert_eq!(l.text.as_str(), "Hello.");
    }

    #[test]
    fn line_col_counts_chars() {
        assert_eq!(line_col("ab\nцd", 5), (2, 2));
    }
}
