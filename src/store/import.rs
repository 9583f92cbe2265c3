//! New lessons from articles: a saved web page (the article kept, the page furniture
//! dropped, details filled from its metadata), a Markdown or plain-text file, or pasted text.
//!
//! Web pages go through dom_smoothie (a port of Mozilla's Readability) and htmd (HTML to
//! Markdown); nothing is fetched. Links become their text, images are dropped.

use crate::model::lesson::{Lesson, LessonFormat, LessonMeta, Source};
use crate::store::{FileError, MAX_LESSON_BYTES, Problem};
use std::path::Path;

/// Why an article could not be turned into a lesson. Its words ([`std::fmt::Display`]) are
/// in the reader's language.
#[derive(Debug)]
pub enum ImportError {
    /// Nothing but white space.
    Empty,
    /// Bytes that are not text.
    Binary,
    /// A web page with no article in it.
    NoArticle,
    /// Over the lesson size limit.
    TooLarge {
        /// Its size.
        size: u64,
        /// The limit.
        limit: u64,
    },
    /// The article text could not be made into a lesson.
    Lesson(crate::model::lesson::LessonError),
}

impl std::fmt::Display for ImportError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let text = match self {
            ImportError::Empty => crate::t!("store-import-empty"),
            ImportError::Binary => crate::t!("store-import-binary"),
            ImportError::NoArticle => crate::t!("store-import-no-article"),
            ImportError::TooLarge { size, limit } => {
                // As they are, without grouping: "4194304".
                let (size, limit) = (size.to_string(), limit.to_string());
                crate::t!("store-import-too-large", size = size, limit = limit)
            }
            ImportError::Lesson(_) => crate::t!("store-import-not-a-lesson"),
        };
        f.write_str(&text)
    }
}

impl std::error::Error for ImportError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            ImportError::Lesson(e) => Some(e),
            ImportError::Empty
            | ImportError::Binary
            | ImportError::NoArticle
            | ImportError::TooLarge { .. } => None,
        }
    }
}

/// What kind of article a file holds, by its name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ArticleKind {
    /// `.html`, `.htm`.
    Html,
    /// `.md`, `.markdown`.
    Markdown,
    /// Anything else is read as plain text.
    Plain,
}

impl ArticleKind {
    /// By file name.
    pub fn of(path: &Path) -> ArticleKind {
        let ext = path
            .extension()
            .and_then(|e| e.to_str())
            .map(str::to_ascii_lowercase);
        match ext.as_deref() {
            Some("html" | "htm" | "xhtml") => ArticleKind::Html,
            Some("md" | "markdown") => ArticleKind::Markdown,
            _ => ArticleKind::Plain,
        }
    }
}

/// A new lesson's details and its article as Markdown.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Draft {
    /// Front matter.
    pub meta: LessonMeta,
    /// The article, Markdown.
    pub body: String,
}

impl Draft {
    /// The lesson file: TOML front matter between `+++` lines, then the article.
    pub fn to_markdown(&self) -> Result<String, Problem> {
        let toml = toml::to_string(&self.meta).map_err(|e| Problem::Json {
            line: 0,
            column: 0,
            message: crate::t!("store-import-details-unwritable", reason = e.to_string()),
        })?;
        Ok(format!("+++\n{toml}+++\n\n{}\n", self.body.trim()))
    }

    /// Parse the draft as the lesson it would become (its canonical text, its blocks).
    pub fn lesson(&self) -> Result<Lesson, ImportError> {
        let md = self.to_markdown().map_err(|_| ImportError::Empty)?;
        Lesson::parse(&md, LessonFormat::Markdown, &self.meta.title).map_err(ImportError::Lesson)
    }
}

fn looks_binary(bytes: &[u8]) -> bool {
    bytes.iter().take(8192).any(|&b| b == 0)
}

/// Decode a web page: UTF-8 when it is, else the charset its `<meta>` declares (Windows-1252
/// when it declares none).
pub fn decode_html(bytes: &[u8]) -> String {
    if let Ok(s) = std::str::from_utf8(bytes) {
        return s.strip_prefix('\u{feff}').unwrap_or(s).to_string();
    }
    let head = String::from_utf8_lossy(bytes.get(..2048).unwrap_or(bytes)).to_ascii_lowercase();
    let label = head.find("charset=").and_then(|i| {
        let rest = head.get(i + 8..)?.trim_start_matches(['"', '\'']);
        let end = rest.find(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '_'))?;
        rest.get(..end).map(str::to_string)
    });
    let enc = label
        .and_then(|l| encoding_rs::Encoding::for_label(l.as_bytes()))
        .unwrap_or(encoding_rs::WINDOWS_1252);
    enc.decode(bytes).0.into_owned()
}

fn none_if_blank(s: Option<String>) -> Option<String> {
    s.map(|s| s.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|s| !s.is_empty())
}

/// The article of a saved web page as a draft lesson.
pub fn draft_from_html(html: &str) -> Result<Draft, ImportError> {
    let mut r =
        dom_smoothie::Readability::new(html, None, None).map_err(|_| ImportError::NoArticle)?;
    let article = r.parse().map_err(|_| ImportError::NoArticle)?;
    let converter = htmd::HtmlToMarkdown::builder()
        .skip_tags(vec![
            "script", "style", "img", "picture", "figure", "video", "audio", "iframe", "svg",
            "form", "button", "nav", "aside", "footer",
        ])
        // Links are shown as their text: newsmark never goes online.
        .add_handler(
            vec!["a"],
            |h: &dyn htmd::element_handler::Handlers, e: htmd::Element| {
                Some(h.walk_children(e.node))
            },
        )
        .build();
    let body = converter
        .convert(&article.content)
        .map_err(|_| ImportError::NoArticle)?;
    let body = tidy_markdown(&body);
    if !long_enough(&body) {
        return Err(ImportError::NoArticle);
    }
    let title =
        none_if_blank(Some(article.title.clone())).unwrap_or_else(|| "Untitled article".into());
    let byline = none_if_blank(article.byline.clone());
    let source = Source {
        outlet: none_if_blank(article.site_name.clone()),
        author: byline.clone(),
        date: none_if_blank(article.published_time.clone()).map(|d| calendar_date(&d)),
        url: none_if_blank(article.url.clone()).or_else(|| canonical_url(html)),
        licence: None,
    };
    let has_source = source != Source::default();
    Ok(Draft {
        meta: LessonMeta {
            title,
            summary: none_if_blank(article.excerpt.clone())
                .filter(|s| !is_byline(s, byline.as_deref())),
            source: has_source.then_some(source),
            ..LessonMeta::default()
        },
        body,
    })
}

/// Enough text for a lesson: 20 words, or, in scripts written without spaces (Chinese,
/// Japanese, Thai), 40 characters of them.
fn long_enough(body: &str) -> bool {
    if body.split_whitespace().count() >= 20 {
        return true;
    }
    let unspaced = body
        .chars()
        .filter(|c| {
            matches!(
                crate::model::scripts::script_of(*c),
                Some(crate::model::scripts::Script::Cjk | crate::model::scripts::Script::Thai)
            )
        })
        .count();
    unspaced >= 40
}

/// A summary that is only the byline ("By Jane Smith", "Jane Smith, Reuters") is none: a
/// page without a description gives its byline there.
fn is_byline(summary: &str, byline: Option<&str>) -> bool {
    let s = summary.trim().to_lowercase();
    if let Some(b) = byline {
        let b = b.trim().to_lowercase();
        if !b.is_empty() && (s == b || s.trim_start_matches("by ") == b.trim_start_matches("by ")) {
            return true;
        }
    }
    let short = s.split_whitespace().count() <= 8;
    short
        && ["by ", "von ", "por ", "par ", "автор"]
            .iter()
            .any(|p| s.starts_with(p))
}

/// A publication time as the calendar date people read ("2025-10-08T21:40:00+01:00" →
/// "2025-10-08"); anything that does not start with a date is kept as it is.
fn calendar_date(d: &str) -> String {
    let b = d.as_bytes();
    let is_date = b.len() >= 10
        && b[..4].iter().all(u8::is_ascii_digit)
        && b[4] == b'-'
        && b[5..7].iter().all(u8::is_ascii_digit)
        && b[7] == b'-'
        && b[8..10].iter().all(u8::is_ascii_digit);
    if is_date {
        d[..10].to_string()
    } else {
        d.to_string()
    }
}

/// The page's address: its canonical link, else its `og:url`.
fn canonical_url(html: &str) -> Option<String> {
    let doc = dom_query::Document::from(html);
    let canonical = doc.select("link[rel=canonical]").attr("href");
    let og = || doc.select("meta[property='og:url']").attr("content");
    none_if_blank(canonical.or_else(og).map(|t| t.to_string()))
}

/// Blank lines at most two in a row, no trailing spaces.
fn tidy_markdown(md: &str) -> String {
    let mut out = String::new();
    let mut blank = 0;
    for line in md.lines() {
        let l = line.trim_end();
        if l.is_empty() {
            blank += 1;
            if blank > 1 {
                continue;
            }
        } else {
            blank = 0;
        }
        out.push_str(l);
        out.push('\n');
    }
    out.trim().to_string()
}

/// Text (pasted, or a `.txt`/`.md` file) as a draft lesson. A Markdown file with front
/// matter keeps its details; otherwise the first line becomes the title when it is short.
pub fn draft_from_text(text: &str, kind: ArticleKind) -> Result<Draft, ImportError> {
    let text = text
        .strip_prefix('\u{feff}')
        .unwrap_or(text)
        .replace("\r\n", "\n");
    if text.trim().is_empty() {
        return Err(ImportError::Empty);
    }
    if kind == ArticleKind::Markdown && text.trim_start().starts_with("+++") {
        let l = Lesson::parse(&text, LessonFormat::Markdown, "Untitled article")
            .map_err(ImportError::Lesson)?;
        let body = text
            .trim_start()
            .strip_prefix("+++")
            .and_then(|r| r.split_once("\n+++"))
            .map_or(text.as_str(), |(_, b)| b)
            .trim()
            .to_string();
        return Ok(Draft { meta: l.meta, body });
    }
    let trimmed = text.trim();
    let (first, rest) = trimmed.split_once('\n').unwrap_or((trimmed, ""));
    let first_clean = first.trim().trim_start_matches('#').trim();
    let (title, body) = if !rest.trim().is_empty() && first_clean.chars().count() <= 140 {
        (first_clean.to_string(), rest.trim().to_string())
    } else {
        ("Untitled article".to_string(), trimmed.to_string())
    };
    // Plain text: each line is a paragraph, as in a .txt lesson.
    let body = if kind == ArticleKind::Plain {
        body.lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .collect::<Vec<_>>()
            .join("\n\n")
    } else {
        body
    };
    Ok(Draft {
        meta: LessonMeta {
            title,
            ..LessonMeta::default()
        },
        body,
    })
}

/// A draft lesson from file bytes of the given kind.
pub fn draft_from_bytes(bytes: &[u8], kind: ArticleKind) -> Result<Draft, ImportError> {
    if bytes.len() as u64 > MAX_LESSON_BYTES * 4 {
        return Err(ImportError::TooLarge {
            size: bytes.len() as u64,
            limit: MAX_LESSON_BYTES * 4,
        });
    }
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(ImportError::Empty);
    }
    if looks_binary(bytes) {
        return Err(ImportError::Binary);
    }
    let draft = match kind {
        ArticleKind::Html => draft_from_html(&decode_html(bytes))?,
        _ => {
            let text = std::str::from_utf8(bytes)
                .map(str::to_string)
                .unwrap_or_else(|_| decode_html(bytes));
            draft_from_text(&text, kind)?
        }
    };
    let size = draft.body.len() as u64;
    if size > MAX_LESSON_BYTES {
        return Err(ImportError::TooLarge {
            size,
            limit: MAX_LESSON_BYTES,
        });
    }
    Ok(draft)
}

/// Read an article file as a draft lesson.
pub fn read_article(path: &Path) -> Result<Draft, FileError> {
    let bytes = std::fs::read(path).map_err(|e| FileError::io(path, "cannot read", e))?;
    draft_from_bytes(&bytes, ArticleKind::of(path))
        .map_err(|e| FileError::new(path, Problem::Import(e)))
}

#[cfg(test)]
mod tests;
