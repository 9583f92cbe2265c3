//! The article import: web pages, Markdown and plain text, any bytes.
#![no_main]
use libfuzzer_sys::fuzz_target;
use newsmark::store::import::{ArticleKind, draft_from_bytes};

fuzz_target!(|data: &[u8]| {
    for kind in [ArticleKind::Html, ArticleKind::Markdown, ArticleKind::Plain] {
        if let Ok(d) = draft_from_bytes(data, kind) {
            let _ = d.lesson();
            let _ = d.to_markdown();
        }
    }
});
