//! The lesson reader (Markdown with TOML front matter, and plain text): any bytes, no panic,
//! and every block range inside the canonical text.
#![no_main]
use libfuzzer_sys::fuzz_target;
use newsmark::model::LessonFormat;

fuzz_target!(|data: &[u8]| {
    for format in [LessonFormat::Markdown, LessonFormat::Plain] {
        if let Ok(l) = newsmark::store::parse_lesson(data, format, "fuzz") {
            let n = l.text.char_len();
            for b in &l.doc.blocks {
                assert!(b.start <= b.end && b.end <= n);
            }
        }
    }
});
