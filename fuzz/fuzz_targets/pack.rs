//! The student pack reader: any bytes; a pack that reads never names a path outside its
//! folder.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(p) = newsmark::store::pack::parse_pack(data) {
        for l in &p.lessons {
            assert!(!l.name.contains('/') && !l.name.contains('\\') && l.name != "..");
        }
    }
});
