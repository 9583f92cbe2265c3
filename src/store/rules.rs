//! The suggestion assistant's word lists: the bundled ones in `assets/rules/LANG/`
//! (compiled in) and a teacher's own in the data folder's `rules/LANG/`, where a file with
//! the name of a bundled list replaces it and any other file adds a rule.

use crate::model::suggest::{Rule, parse_rule};
use crate::store::{FileError, Problem};
use std::path::{Path, PathBuf};

/// Languages with bundled word lists.
pub const LANGUAGES: [&str; 5] = ["en", "es", "fr", "de", "uk"];

macro_rules! bundled {
    ($($lang:literal / $name:literal),* $(,)?) => {
        &[$(($lang, $name, include_str!(concat!("../../assets/rules/", $lang, "/", $name, ".txt")))),*]
    };
}

/// Bundled lists: (language, rule file name without `.txt`, text), in the order rules are
/// applied.
const BUNDLED: &[(&str, &str, &str)] = bundled![
    "en" / "named-source",
    "en" / "according-to",
    "en" / "court-reports",
    "en" / "vague-sourcing",
    "en" / "vague-groups",
    "en" / "loaded-verbs",
    "en" / "evaluative",
    "en" / "judging-words",
    "en" / "loaded-words",
    "en" / "figures-of-speech",
    "en" / "loaded-phrases",
    "en" / "commentary",
    "en" / "comparisons",
    "en" / "quoted-judgements",
    "en" / "quoted-fragments",
    "en" / "intensifiers",
    "en" / "writer-verdicts",
    "en" / "writer-summaries",
    "en" / "unsourced-claims",
    "es" / "named-source",
    "es" / "according-to",
    "es" / "vague-sourcing",
    "es" / "loaded-verbs",
    "es" / "evaluative",
    "es" / "intensifiers",
    "fr" / "named-source",
    "fr" / "according-to",
    "fr" / "vague-sourcing",
    "fr" / "loaded-verbs",
    "fr" / "evaluative",
    "fr" / "intensifiers",
    "de" / "named-source",
    "de" / "according-to",
    "de" / "vague-sourcing",
    "de" / "loaded-verbs",
    "de" / "evaluative",
    "de" / "intensifiers",
    "uk" / "named-source",
    "uk" / "according-to",
    "uk" / "vague-sourcing",
    "uk" / "loaded-verbs",
    "uk" / "evaluative",
    "uk" / "intensifiers",
];

/// The language to use for a lesson: its front matter's, else one guessed from its words;
/// a language without lists falls back to English.
pub fn language_for(meta_language: Option<&str>, text: &str) -> &'static str {
    let wanted = crate::model::lesson::language_code(meta_language)
        .unwrap_or_else(|| crate::model::suggest::detect_language(text).to_string());
    LANGUAGES
        .iter()
        .find(|l| wanted.starts_with(*l))
        .copied()
        .unwrap_or("en")
}

/// The rules for a language: bundled, then the teacher's from `extra` (the data folder's
/// `rules/` folder). A malformed file is reported and left out; the others still work.
pub fn load_rules(lang: &str, extra: Option<&Path>) -> (Vec<Rule>, Vec<FileError>) {
    let mut rules = Vec::new();
    let mut errors = Vec::new();
    for (l, name, text) in BUNDLED.iter().filter(|(l, _, _)| *l == lang) {
        match parse_rule(text) {
            Ok(r) => rules.push(r),
            Err(e) => errors.push(FileError::new(
                &PathBuf::from(format!("assets/rules/{l}/{name}.txt")),
                Problem::Rule(e),
            )),
        }
    }
    let Some(dir) = extra.map(|d| d.join(lang)).filter(|d| d.is_dir()) else {
        return (rules, errors);
    };
    for f in crate::store::collect_files(&[dir], &|p: &Path| {
        p.extension().is_some_and(|e| e == "txt")
    }) {
        let path = match f {
            Ok(p) => p,
            Err(e) => {
                errors.push(e);
                continue;
            }
        };
        let parsed = std::fs::read_to_string(&path)
            .map_err(|e| FileError::io(&path, "cannot read", e))
            .and_then(|t| parse_rule(&t).map_err(|e| FileError::new(&path, Problem::Rule(e))));
        match parsed {
            Ok(r) => match rules.iter_mut().find(|x| x.id == r.id) {
                Some(slot) => *slot = r,
                None => rules.push(r),
            },
            Err(e) => errors.push(e),
        }
    }
    (rules, errors)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_bundled_list_parses_with_the_id_of_its_file() {
        for (l, name, text) in BUNDLED {
            let r = parse_rule(text).unwrap_or_else(|e| panic!("{l}/{name}: {e}"));
            assert_eq!(r.id, *name, "{l}/{name}");
            let needs_entries = r.kind != crate::model::suggest::RuleKind::QuotedFragment;
            assert_eq!(!r.entries.is_empty(), needs_entries, "{l}/{name}");
        }
        for l in LANGUAGES {
            let (rules, errors) = load_rules(l, None);
            // English has the rules that look past single words, too.
            assert_eq!(rules.len(), if l == "en" { 19 } else { 6 }, "{l}");
            assert!(errors.is_empty());
        }
    }

    #[test]
    fn a_teachers_list_replaces_or_adds_and_a_bad_one_is_reported() {
        let dir = tempfile::tempdir().unwrap();
        let en = dir.path().join("en");
        std::fs::create_dir_all(&en).unwrap();
        std::fs::write(
            en.join("intensifiers.txt"),
            "# rule: intensifiers\n# label: opinion\n# kind: phrase\n# rationale: r\nperhaps\n",
        )
        .unwrap();
        std::fs::write(
            en.join("school.txt"),
            "# rule: school-words\n# label: opinion\n# kind: phrase\n# rationale: r\nawesome\n",
        )
        .unwrap();
        std::fs::write(en.join("broken.txt"), "# rule: x\n# label: fact\n").unwrap();
        let (rules, errors) = load_rules("en", Some(dir.path()));
        assert_eq!(rules.len(), 20);
        let replaced = rules.iter().find(|r| r.id == "intensifiers").unwrap();
        assert_eq!(replaced.entries, vec![vec!["perhaps".to_string()]]);
        assert_eq!(errors.len(), 1);
        let msg = crate::store::describe(&errors[0]);
        assert!(
            msg.contains("broken.txt") && msg.contains("line 2"),
            "{msg}"
        );
    }

    #[test]
    fn language_comes_from_the_front_matter_or_the_words() {
        assert_eq!(language_for(Some("es"), "The mayor said"), "es");
        assert_eq!(
            language_for(None, "El alcalde dijo que la obra es necesaria."),
            "es"
        );
        assert_eq!(language_for(Some("fr"), "Le maire a dit"), "fr");
        assert_eq!(language_for(Some("fr-CA"), "Le maire a dit"), "fr");
        // A language without lists falls back to English.
        assert_eq!(language_for(Some("de"), "Der Bürgermeister sagte"), "de");
        assert_eq!(language_for(Some("uk"), "Мер сказав"), "uk");
        assert_eq!(language_for(Some("it"), "Il sindaco ha detto"), "en");
    }
}
