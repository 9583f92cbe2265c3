//! The brat and W3C importers, any text.
#![no_main]
use libfuzzer_sys::fuzz_target;
use newsmark::model::TextIndex;
use newsmark::model::interchange::{from_brat, from_w3c};

fuzz_target!(|data: &[u8]| {
    let text = TextIndex::new("The minister said the reform was a triumph; critics say it failed.");
    if let Ok(s) = std::str::from_utf8(data) {
        let (items, _) = from_brat(&text, s);
        for i in items {
            assert!(i.span.start < i.span.end && i.span.end <= text.char_len());
        }
    }
    if let Ok(v) = serde_json::from_slice::<serde_json::Value>(data) {
        let _ = from_w3c(&v);
    }
});
