//! The translations are complete: every message the code asks for exists in English, every
//! language has every English message with the same variables, and the files parse.

use newsmark::i18n::{self, Language};
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// Every id the code asks for with `t!("id"` (attributes as `id.attr`).
fn ids_in_code() -> BTreeSet<String> {
    let mut ids = BTreeSet::new();
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    for e in walkdir::WalkDir::new(src).into_iter().flatten() {
        if e.path().extension().is_none_or(|x| x != "rs") {
            continue;
        }
        let text = std::fs::read_to_string(e.path()).expect("source file");
        let mut rest = text.as_str();
        while let Some(i) = rest.find("t!(") {
            // `t!(` as a word: not the end of `assert!(` or `format!(`.
            let word = rest[..i]
                .chars()
                .next_back()
                .is_none_or(|c| !(c.is_alphanumeric() || c == '_'));
            rest = &rest[i + 3..];
            // rustfmt may put the id on the next line.
            let after = rest.trim_start();
            if !word || !after.starts_with('"') {
                continue;
            }
            let after = &after[1..];
            if let Some(end) = after.find('"') {
                let id = &after[..end];
                if !id.is_empty()
                    && id
                        .chars()
                        .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '.')
                {
                    ids.insert(id.to_string());
                }
            }
        }
    }
    ids
}

fn catalogue(lang: Language) -> BTreeMap<String, Vec<String>> {
    i18n::catalogue(lang).into_iter().collect()
}

#[test]
fn every_message_the_code_asks_for_is_in_english() {
    let english = catalogue(Language::English);
    let missing: Vec<String> = ids_in_code()
        .into_iter()
        .filter(|id| {
            let message = id.split('.').next().unwrap_or(id);
            !english.contains_key(message)
        })
        .collect();
    assert!(missing.is_empty(), "not in assets/i18n/en: {missing:?}");
}

#[test]
fn the_translation_files_parse() {
    for lang in Language::OFFERED {
        let errors = i18n::syntax_errors(lang);
        assert!(errors.is_empty(), "{}: {errors:?}", lang.code());
    }
}

#[test]
fn every_language_has_every_message_with_the_same_variables() {
    let english = catalogue(Language::English);
    for lang in Language::OFFERED {
        if lang == Language::English {
            continue;
        }
        let other = catalogue(lang);
        let missing: Vec<&String> = english.keys().filter(|k| !other.contains_key(*k)).collect();
        assert!(
            missing.is_empty(),
            "{}: {} missing, e.g. {:?}",
            lang.code(),
            missing.len(),
            &missing[..missing.len().min(12)]
        );
        let extra: Vec<&String> = other.keys().filter(|k| !english.contains_key(*k)).collect();
        assert!(
            extra.is_empty(),
            "{}: not in English {extra:?}",
            lang.code()
        );
        for (id, vars) in &english {
            assert_eq!(
                other.get(id),
                Some(vars),
                "{}: {id} uses other variables than English",
                lang.code()
            );
        }
    }
}

#[test]
fn every_english_message_is_used_by_the_code() {
    let used: BTreeSet<String> = ids_in_code()
        .into_iter()
        .map(|id| id.split('.').next().unwrap_or(&id).to_string())
        .collect();
    let unused: Vec<String> = catalogue(Language::English)
        .into_keys()
        .filter(|k| !used.contains(k))
        .collect();
    assert!(unused.is_empty(), "never asked for: {unused:?}");
}

#[test]
fn labels_are_named_in_each_language_and_plurals_follow_its_rules() {
    use newsmark::model::Label;
    let names = |lang| {
        i18n::set_language(lang);
        let n: Vec<String> = Label::ALL.iter().map(|l| l.title()).collect();
        let badges: BTreeSet<char> = Label::ALL.iter().map(|l| l.badge()).collect();
        assert_eq!(badges.len(), 3, "{lang:?}: three different badges");
        n
    };
    assert_eq!(
        names(Language::English),
        ["Attribution", "Opinion", "Unsupported assertion"]
    );
    for lang in Language::OFFERED {
        let n = names(lang);
        assert!(n.iter().all(|t| !t.is_empty()), "{lang:?}");
    }
    i18n::set_language(Language::English);
}
