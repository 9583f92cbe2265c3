//! The suggestion word-list reader, and the rules applied to a text.
#![no_main]
use libfuzzer_sys::fuzz_target;
use newsmark::model::TextIndex;
use newsmark::model::suggest::{parse_rule, suggest};

fuzz_target!(|data: &[u8]| {
    let Ok(s) = std::str::from_utf8(data) else { return };
    if let Ok(r) = parse_rule(s) {
        let text = TextIndex::new("Mayor Ann Lee said, according to the minutes, that critics say it is a disaster.");
        for x in suggest(&text, &[r]) {
            assert!(x.start < x.end && x.end <= text.char_len());
        }
    }
    // The text itself as an article under the shipped English rules.
    let (rules, _) = newsmark::store::rules::load_rules("en", None);
    let t = TextIndex::new(s);
    for x in suggest(&t, &rules) {
        assert!(x.start < x.end && x.end <= t.char_len());
    }
});
