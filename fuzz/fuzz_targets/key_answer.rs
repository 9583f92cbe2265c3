//! The key and answer readers, and placing what they read on a text (re-anchoring).
#![no_main]
use libfuzzer_sys::fuzz_target;
use newsmark::model::TextIndex;
use newsmark::model::annotation::{grade, place};
use newsmark::model::scoring::KeySpan;

fuzz_target!(|data: &[u8]| {
    let text = TextIndex::new("The minister said the reform was a triumph; critics say it failed. Київ 🙂");
    if let Ok(k) = newsmark::store::parse_key(data) {
        if let Ok(p) = place(&text, &k.items, k.text_sha256.as_deref()) {
            for i in &p.spans {
                assert!(i.start < i.end && i.end <= text.char_len());
            }
        }
    }
    if let Ok(a) = newsmark::store::parse_answer(data) {
        let key = KeySpan::numbered([newsmark::model::Span::new(0, 17, newsmark::model::Label::Attribution)]);
        if let Ok(g) = grade(&text, &key, &a) {
            assert!((0.0..=1.0).contains(&g.score.micro.f1));
        }
    }
});
