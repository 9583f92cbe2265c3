//! The article's block model and its canonical plain text.
//!
//! # The canonical-text rule
//! Markdown is parsed with pulldown-cmark (CommonMark plus strikethrough). The text is built
//! from the article's leaf blocks (paragraphs, headings, list items, code blocks) in order:
//! - blocks are joined by a single `\n`;
//! - a soft line break becomes one space, a hard line break becomes `\n`;
//! - emphasis, strong, strikethrough and link markup are dropped, their text kept (links are
//!   shown as text; the URL is kept in the run's style, not in the text);
//! - inline code keeps its content without backticks; a code block keeps its lines, without
//!   the final newline;
//! - list markers, block-quote markers and heading hashes are not part of the text;
//! - images add no text; they become zero-width image blocks;
//! - raw HTML is dropped.
//!
//! A plain `.txt` lesson's text is the file with line endings normalised to `\n` and trailing
//! white space at the end dropped; each non-empty line is a paragraph block.
//!
//! Offsets are counted in chars while the text is built, run by run; pulldown-cmark's byte
//! ranges are never used, so no byte offset leaves this module. (The one other place that
//! meets byte positions is [`crate::model::text::TextIndex::char_of_byte`], for `str::find`.)

use pulldown_cmark::{Event, HeadingLevel, Options, Parser, Tag, TagEnd};

/// Inline style of a run of text.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct RunStyle {
    /// Italic.
    pub emphasis: bool,
    /// Bold.
    pub strong: bool,
    /// Struck through.
    pub strikethrough: bool,
    /// Inline code.
    pub code: bool,
    /// The link target when the run is a link's text.
    pub link: Option<String>,
}

/// A run of text with one style: `[start, end)` in chars of the canonical text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Run {
    /// First char.
    pub start: usize,
    /// One past the last char.
    pub end: usize,
    /// How it is drawn.
    pub style: RunStyle,
}

/// What kind of block.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum BlockKind {
    /// A heading, level 1 to 6.
    Heading(u8),
    /// A paragraph.
    Paragraph,
    /// The first paragraph of a list item, with its marker (`•` or `3.`).
    ListItem {
        /// The marker to draw.
        marker: String,
    },
    /// Preformatted code.
    Code,
    /// An image (zero-width in the text).
    Image {
        /// Path or URL as written.
        src: String,
        /// Alternative text.
        alt: String,
        /// True when `src` is a local path (remote images are never fetched).
        local: bool,
    },
    /// A thematic break.
    Rule,
}

/// One block of the article.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Block {
    /// What it is.
    pub kind: BlockKind,
    /// Block-quote nesting depth.
    pub quote_depth: u8,
    /// List nesting depth (indent).
    pub list_depth: u8,
    /// Chars of the canonical text it covers.
    pub start: usize,
    /// One past its last char.
    pub end: usize,
    /// Styled runs, covering `[start, end)` in order.
    pub runs: Vec<Run>,
}

/// A parsed article: blocks plus canonical text.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Document {
    /// The canonical plain text all offsets point into.
    pub text: String,
    /// The blocks in reading order.
    pub blocks: Vec<Block>,
}

struct Builder {
    text: String,
    chars: usize,
    blocks: Vec<Block>,
    open: Option<Block>,
    /// Whether the open block pushed a separator.
    open_sep: bool,
    style: RunStyle,
    emphasis: u32,
    strong: u32,
    strike: u32,
    quote_depth: u8,
    lists: Vec<Option<u64>>,
    /// True right after an item starts, until its first block opens.
    item_fresh: bool,
    heading: Option<u8>,
    in_code_block: bool,
    image: Option<(String, String)>,
}

impl Builder {
    fn new() -> Self {
        Builder {
            text: String::new(),
            chars: 0,
            blocks: Vec::new(),
            open: None,
            open_sep: false,
            style: RunStyle::default(),
            emphasis: 0,
            strong: 0,
            strike: 0,
            quote_depth: 0,
            lists: Vec::new(),
            item_fresh: false,
            heading: None,
            in_code_block: false,
            image: None,
        }
    }

    fn close(&mut self) {
        if let Some(mut b) = self.open.take() {
            // Drop a block's final newline(s): a code block's last line end, or a hard break
            // at the end of a paragraph (found by fuzzing: the text ended before the block).
            while self.text.ends_with('\n') && self.chars > b.start {
                self.text.pop();
                self.chars -= 1;
            }
            for r in &mut b.runs {
                r.end = r.end.min(self.chars);
            }
            b.runs.retain(|r| r.start < r.end);
            b.end = self.chars;
            if b.end > b.start {
                self.blocks.push(b);
            } else if self.open_sep {
                // An empty block leaves no trace, not even its separator.
                self.text.pop();
                self.chars -= 1;
            }
        }
    }

    /// Push the block separator unless this is the first text; returns whether it did.
    fn separator(&mut self) -> bool {
        if self.text.is_empty() {
            return false;
        }
        self.text.push('\n');
        self.chars += 1;
        true
    }

    fn open_block(&mut self) {
        if self.open.is_some() {
            return;
        }
        let kind = if let Some(level) = self.heading {
            BlockKind::Heading(level)
        } else if self.in_code_block {
            BlockKind::Code
        } else if self.item_fresh {
            let marker = match self.lists.last_mut() {
                Some(Some(n)) => {
                    let m = format!("{n}.");
                    *n += 1;
                    m
                }
                _ => "•".to_string(),
            };
            BlockKind::ListItem { marker }
        } else {
            BlockKind::Paragraph
        };
        self.item_fresh = false;
        self.open_sep = self.separator();
        self.open = Some(Block {
            kind,
            quote_depth: self.quote_depth,
            list_depth: self.lists.len().min(u8::MAX as usize) as u8,
            start: self.chars,
            end: self.chars,
            runs: Vec::new(),
        });
    }

    fn push_text(&mut self, s: &str, code: bool) {
        if s.is_empty() {
            return;
        }
        if let Some((_, alt)) = self.image.as_mut() {
            alt.push_str(s);
            return;
        }
        self.open_block();
        let start = self.chars;
        self.text.push_str(s);
        self.chars += s.chars().count();
        let style = RunStyle {
            emphasis: self.emphasis > 0,
            strong: self.strong > 0,
            strikethrough: self.strike > 0,
            code: code || self.in_code_block,
            link: self.style.link.clone(),
        };
        if let Some(b) = self.open.as_mut() {
            match b.runs.last_mut() {
                Some(last) if last.style == style && last.end == start => last.end = self.chars,
                _ => b.runs.push(Run {
                    start,
                    end: self.chars,
                    style,
                }),
            }
        }
    }

    fn push_standalone(&mut self, kind: BlockKind) {
        self.close();
        self.blocks.push(Block {
            kind,
            quote_depth: self.quote_depth,
            list_depth: self.lists.len().min(u8::MAX as usize) as u8,
            start: self.chars,
            end: self.chars,
            runs: Vec::new(),
        });
    }

    fn event(&mut self, ev: Event<'_>) {
        match ev {
            Event::Start(tag) => match tag {
                // The first paragraph of a list item stays the item's block.
                Tag::Paragraph if self.item_fresh && self.open.is_none() => {}
                Tag::Paragraph => self.close(),
                Tag::Heading { level, .. } => {
                    self.close();
                    self.heading = Some(heading_level(level));
                }
                Tag::BlockQuote(_) => {
                    self.close();
                    self.quote_depth = self.quote_depth.saturating_add(1);
                }
                Tag::CodeBlock(_) => {
                    self.close();
                    self.in_code_block = true;
                }
                Tag::List(first) => {
                    self.close();
                    self.lists.push(first);
                }
                Tag::Item => {
                    self.close();
                    self.item_fresh = true;
                }
                Tag::Emphasis => self.emphasis += 1,
                Tag::Strong => self.strong += 1,
                Tag::Strikethrough => self.strike += 1,
                Tag::Link { dest_url, .. } => self.style.link = Some(dest_url.to_string()),
                Tag::Image { dest_url, .. } => {
                    self.image = Some((dest_url.to_string(), String::new()));
                }
                _ => {}
            },
            Event::End(tag) => match tag {
                TagEnd::Paragraph | TagEnd::Item => {
                    self.close();
                    self.item_fresh = false;
                }
                TagEnd::Heading(_) => {
                    self.close();
                    self.heading = None;
                }
                TagEnd::CodeBlock => {
                    self.close();
                    self.in_code_block = false;
                }
                TagEnd::BlockQuote(_) => {
                    self.close();
                    self.quote_depth = self.quote_depth.saturating_sub(1);
                }
                TagEnd::List(_) => {
                    self.close();
                    self.lists.pop();
                }
                TagEnd::Emphasis => self.emphasis = self.emphasis.saturating_sub(1),
                TagEnd::Strong => self.strong = self.strong.saturating_sub(1),
                TagEnd::Strikethrough => self.strike = self.strike.saturating_sub(1),
                TagEnd::Link => self.style.link = None,
                TagEnd::Image => {
                    if let Some((src, alt)) = self.image.take() {
                        let local = !src.contains("://") && !src.starts_with("data:");
                        self.push_standalone(BlockKind::Image { src, alt, local });
                    }
                }
                _ => {}
            },
            Event::Text(t) => self.push_text(&t, false),
            Event::Code(t) => self.push_text(&t, true),
            Event::SoftBreak => self.push_text(" ", false),
            Event::HardBreak => self.push_text("\n", false),
            Event::Rule => self.push_standalone(BlockKind::Rule),
            Event::InlineMath(t) | Event::DisplayMath(t) => self.push_text(&t, true),
            Event::Html(_)
            | Event::InlineHtml(_)
            | Event::FootnoteReference(_)
            | Event::TaskListMarker(_) => {}
        }
    }

    fn finish(mut self) -> Document {
        self.close();
        // A trailing separator can only remain from an empty final block.
        while self.text.ends_with('\n') {
            self.text.pop();
        }
        Document {
            text: self.text,
            blocks: self.blocks,
        }
    }
}

fn heading_level(l: HeadingLevel) -> u8 {
    match l {
        HeadingLevel::H1 => 1,
        HeadingLevel::H2 => 2,
        HeadingLevel::H3 => 3,
        HeadingLevel::H4 => 4,
        HeadingLevel::H5 => 5,
        HeadingLevel::H6 => 6,
    }
}

/// Front matter found by pulldown-cmark: the TOML and the byte offset it starts at.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FrontMatter {
    /// The text between the `+++` lines.
    pub toml: String,
    /// Byte offset of that text in the source.
    pub offset: usize,
}

impl Document {
    /// Parse Markdown into blocks and canonical text, ignoring any front matter.
    pub fn from_markdown(source: &str) -> Document {
        Document::from_markdown_with_front_matter(source).1
    }

    /// Parse Markdown whose `+++` front matter (pulldown-cmark's metadata block) is
    /// returned separately.
    pub fn from_markdown_with_front_matter(source: &str) -> (Option<FrontMatter>, Document) {
        let opts = Options::ENABLE_STRIKETHROUGH | Options::ENABLE_PLUSES_DELIMITED_METADATA_BLOCKS;
        let mut b = Builder::new();
        let mut front: Option<FrontMatter> = None;
        let mut in_meta = false;
        for (ev, range) in Parser::new_ext(source, opts).into_offset_iter() {
            match ev {
                Event::Start(Tag::MetadataBlock(_)) => in_meta = true,
                Event::End(TagEnd::MetadataBlock(_)) => in_meta = false,
                Event::Text(t) if in_meta => match front.as_mut() {
                    Some(f) => f.toml.push_str(&t),
                    None => {
                        front = Some(FrontMatter {
                            toml: t.to_string(),
                            offset: range.start,
                        })
                    }
                },
                ev => b.event(ev),
            }
        }
        (front, b.finish())
    }

    /// Build from a plain-text lesson: the normalised file is the text, each non-empty
    /// line a paragraph.
    pub fn from_plain(raw: &str) -> Document {
        let text = super::text::normalise_plain(raw);
        let mut blocks = Vec::new();
        let mut pos = 0usize;
        for line in text.split('\n') {
            let n = line.chars().count();
            if !line.trim().is_empty() {
                blocks.push(Block {
                    kind: BlockKind::Paragraph,
                    quote_depth: 0,
                    list_depth: 0,
                    start: pos,
                    end: pos + n,
                    runs: vec![Run {
                        start: pos,
                        end: pos + n,
                        style: RunStyle::default(),
                    }],
                });
            }
            pos += n + 1;
        }
        Document { text, blocks }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::text::TextIndex;

    fn check_ranges(d: &Document) {
        let t = TextIndex::new(d.text.clone());
        for b in &d.blocks {
            assert!(b.end <= t.char_len());
            let mut pos = b.start;
            for r in &b.runs {
                assert_eq!(r.start, pos, "runs tile the block");
                pos = r.end;
            }
            if !b.runs.is_empty() {
                assert_eq!(pos, b.end);
            }
        }
    }

    #[test]
    fn blocks_join_with_newline_and_soft_breaks_are_spaces() {
        let d =
            Document::from_markdown("# Title\n\nFirst line\nsecond *line*.\n\n> quoted **bold**\n");
        assert_eq!(d.text, "Title\nFirst line second line.\nquoted bold");
        assert_eq!(d.blocks.len(), 3);
        assert_eq!(d.blocks[0].kind, BlockKind::Heading(1));
        assert_eq!(d.blocks[2].quote_depth, 1);
        assert!(d.blocks[1].runs.iter().any(|r| r.style.emphasis));
        check_ranges(&d);
    }

    #[test]
    fn lists_links_code_and_images() {
        let d = Document::from_markdown(
            "- one\n- two [link](http://x.org)\n\n1. first\n2. `code` here\n\n![A map](map.png)\n\n```\nfn x\n```\n",
        );
        assert_eq!(d.text, "one\ntwo link\nfirst\ncode here\nfn x");
        let markers: Vec<_> = d
            .blocks
            .iter()
            .filter_map(|b| match &b.kind {
                BlockKind::ListItem { marker } => Some(marker.as_str()),
                _ => None,
            })
            .collect();
        assert_eq!(markers, ["•", "•", "1.", "2."]);
        assert!(d.blocks.iter().any(
            |b| matches!(&b.kind, BlockKind::Image { local: true, alt, .. } if alt == "A map")
        ));
        let link = d.blocks[1].runs.iter().find(|r| r.style.link.is_some());
        assert_eq!(link.map(|r| (r.start, r.end)), Some((8, 12)));
        check_ranges(&d);
    }

    #[test]
    fn multibyte_offsets_are_chars() {
        let d = Document::from_markdown("Київ — *столиця*.\n\nДругий абзац.");
        let t = TextIndex::new(d.text.clone());
        let em = d.blocks[0]
            .runs
            .iter()
            .find(|r| r.style.emphasis)
            .map(|r| (r.start, r.end));
        assert_eq!(em.and_then(|(a, b)| t.slice(a, b)), Some("столиця"));
        assert_eq!(d.blocks[1].start, 16);
        check_ranges(&d);
    }

    #[test]
    fn plain_text_lines_are_paragraphs() {
        let d = Document::from_plain("One.\r\n\r\nTwo.  \n");
        assert_eq!(d.text, "One.\n\nTwo.");
        assert_eq!(d.blocks.len(), 2);
        assert_eq!((d.blocks[1].start, d.blocks[1].end), (6, 10));
    }
}

#[cfg(test)]
mod fuzz_regressions {
    use super::*;
    use crate::model::lesson::{Lesson, LessonFormat};

    /// Found by `scripts/fuzz.sh` (target `lesson`): block ranges must stay inside the text.
    #[test]
    fn form_feeds_and_a_backtick_keep_blocks_inside_the_text() {
        for src in ["` \u{c}\n\u{c}", "\u{c}", "a\u{c}\nb\u{c}", "` \u{c}"] {
            for format in [LessonFormat::Markdown, LessonFormat::Plain] {
                if let Ok(l) = Lesson::parse(src, format, "t") {
                    let n = l.text.char_len();
                    for b in &l.doc.blocks {
                        assert!(
                            b.start <= b.end && b.end <= n,
                            "{src:?} {format:?}: {b:?} in {n} chars {:?}",
                            l.text.as_str()
                        );
                    }
                }
            }
            let d = Document::from_plain(src);
            let n = d.text.chars().count();
            assert!(
                d.blocks.iter().all(|b| b.end <= n),
                "{src:?}: {:?}",
                d.blocks
            );
        }
    }
}
