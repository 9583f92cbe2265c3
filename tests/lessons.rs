//! The shipped lesson library: every lesson parses, has a usable key that scores itself
//! at 100, and the library covers the levels and sizes the teacher guide promises.

use newsmark::model::scoring::score;
use newsmark::service::PlacedKey;
use newsmark::store;
use std::collections::BTreeSet;
use std::path::Path;

fn lessons() -> Vec<std::path::PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("lessons");
    let mut v: Vec<_> = std::fs::read_dir(&dir)
        .expect("lessons/")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| store::lesson_format(p).is_some())
        .collect();
    v.sort();
    v
}

#[test]
fn library_has_at_least_ten_lessons_at_three_levels() {
    let ls = lessons();
    assert!(ls.len() >= 10, "{} lessons", ls.len());
    let mut levels = BTreeSet::new();
    for p in &ls {
        let l = store::read_lesson(p).unwrap_or_else(|e| panic!("{e}"));
        levels.insert(l.meta.level.expect("every lesson has a level"));
        let words = l.text.as_str().split_whitespace().count();
        assert!(
            (250..=1200).contains(&words),
            "{}: {words} words",
            p.display()
        );
        assert!(
            l.meta
                .source
                .as_ref()
                .and_then(|s| s.licence.as_ref())
                .is_some(),
            "{}: licence",
            p.display()
        );
    }
    assert_eq!(levels.into_iter().collect::<Vec<_>>(), vec![1, 2, 3]);
}

#[test]
fn every_key_is_complete_and_scores_itself_at_100() {
    for p in lessons() {
        let lesson = store::read_lesson(&p).unwrap_or_else(|e| panic!("{e}"));
        let kp = store::key_path_for(&p);
        let key = PlacedKey::read(&lesson, &kp).unwrap_or_else(|e| panic!("{e}"));
        assert!(
            key.resolved.same_text,
            "{}: key made on this text",
            kp.display()
        );
        assert!(
            key.resolved.orphaned().is_empty() && key.resolved.moved().is_empty(),
            "{}",
            kp.display()
        );
        let n = key.key.items.len();
        assert!((10..=40).contains(&n), "{}: {n} items", kp.display());
        assert!(
            key.key
                .items
                .iter()
                .all(|i| i.rationale.as_deref().is_some_and(|r| r.len() > 20)),
            "{}: rationales",
            kp.display()
        );
        let answer: Vec<_> = key.spans.iter().map(|k| k.span).collect();
        let s = score(&lesson.text, &key.spans, &answer);
        assert!((s.micro.f1 - 1.0).abs() < 1e-12, "{}", p.display());
    }
}

#[test]
fn the_spanish_lesson_works_in_chars_not_bytes() {
    let p = Path::new(env!("CARGO_MANIFEST_DIR")).join("lessons/011_parque-villaverde.md");
    let lesson = store::read_lesson(&p).unwrap_or_else(|e| panic!("{e}"));
    let key = PlacedKey::read(&lesson, &store::key_path_for(&p)).unwrap_or_else(|e| panic!("{e}"));
    let first = key
        .key
        .items
        .iter()
        .find(|i| i.label == newsmark::model::Label::Attribution)
        .expect("an attribution");
    assert_eq!(
        lesson.text.slice(first.start, first.end),
        first.quote.as_deref()
    );
    assert!(
        lesson.text.as_str().len() > lesson.text.char_len(),
        "the text has multi-byte chars"
    );
}
