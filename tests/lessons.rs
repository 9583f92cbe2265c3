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
fn library_has_at_least_30_lessons_at_three_levels_in_five_languages() {
    let ls = lessons();
    assert!(ls.len() >= 30, "{} lessons", ls.len());
    let mut levels = BTreeSet::new();
    let mut level3 = 0;
    let mut languages = std::collections::BTreeMap::<String, usize>::new();
    for p in &ls {
        let l = store::read_lesson(p).unwrap_or_else(|e| panic!("{e}"));
        let level = l.meta.level.expect("every lesson has a level");
        levels.insert(level);
        level3 += usize::from(level == 3);
        *languages
            .entry(l.meta.language.clone().unwrap_or_else(|| "en".into()))
            .or_default() += 1;
        assert!(!l.meta.skills.is_empty(), "{}: skill tags", p.display());
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
    assert!(level3 >= 8, "{level3} lessons at level 3");
    for lang in ["en", "es", "fr"] {
        assert!(
            languages.contains_key(lang),
            "a lesson in {lang}: {languages:?}"
        );
    }
    for lang in ["de", "uk"] {
        assert!(
            languages.get(lang).copied().unwrap_or(0) >= 2,
            "two lessons in {lang}: {languages:?}"
        );
    }
}

/// A span's first and last chars: no white space, and no sentence punctuation except
/// quotation marks that belong to a quoted phrase.
fn clean_edges(quote: &str) -> bool {
    let bad = |c: char| c.is_whitespace() || ",.;:!?".contains(c);
    match (quote.chars().next(), quote.chars().last()) {
        (Some(a), Some(b)) => !bad(a) && !bad(b),
        _ => false,
    }
}

#[test]
fn every_key_item_quotes_its_text_on_word_boundaries() {
    for p in lessons() {
        let lesson = store::read_lesson(&p).unwrap_or_else(|e| panic!("{e}"));
        let kp = store::key_path_for(&p);
        let key = PlacedKey::read(&lesson, &kp).unwrap_or_else(|e| panic!("{e}"));
        let mut labels = BTreeSet::new();
        for it in &key.key.items {
            let text = lesson.text.slice(it.start, it.end).unwrap_or_default();
            assert_eq!(
                Some(text),
                it.quote.as_deref(),
                "{}: item at {}",
                kp.display(),
                it.start
            );
            assert!(clean_edges(text), "{}: {text:?}", kp.display());
            let before = lesson.text.slice(it.start.saturating_sub(1), it.start);
            let after = lesson.text.slice(it.end, it.end + 1);
            for c in [before, after].into_iter().flatten().flat_map(str::chars) {
                assert!(
                    !c.is_alphanumeric(),
                    "{}: {text:?} cuts a word",
                    kp.display()
                );
            }
            labels.insert(it.label);
        }
        assert!(labels.len() >= 2, "{}: one label only", kp.display());
    }
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
fn the_spanish_french_german_and_ukrainian_lessons_work_in_chars_not_bytes() {
    for name in [
        "011_parque-villaverde.md",
        "021_marche-saint-aubin.md",
        "024_abendbus-oberkell.md",
        "025_geburtsstation-haldenau.md",
        "026_lypohrad-basein.md",
        "027_biloiariv-voda.md",
        "029_alquiler-puerto-albaran.md",
    ] {
        non_english_lesson(name);
    }
}

fn non_english_lesson(name: &str) {
    let p = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("lessons")
        .join(name);
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
