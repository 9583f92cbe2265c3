//! The skills vocabulary: the skill tags lessons use in their front matter (`skills = [...]`),
//! each with one canonical English name and its Spanish and French names, so that a skill
//! counts once in the learner's profile whichever language its lessons are written in.
//! Language names ("español", "français") are not skills.

use crate::model::label::Label;
use std::collections::{BTreeMap, BTreeSet};
use std::sync::OnceLock;

/// One skill of the vocabulary.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Skill {
    /// The canonical name (English), as the profile shows it.
    pub en: &'static str,
    /// The Spanish name.
    pub es: &'static str,
    /// The French name.
    pub fr: &'static str,
    /// Other spellings that mean the same skill.
    pub aliases: &'static [&'static str],
    /// The label the skill practises, if it is about one.
    pub label: Option<Label>,
}

const fn skill(
    en: &'static str,
    es: &'static str,
    fr: &'static str,
    aliases: &'static [&'static str],
    label: Option<Label>,
) -> Skill {
    Skill {
        en,
        es,
        fr,
        aliases,
        label,
    }
}

const A: Option<Label> = Some(Label::Attribution);
const O: Option<Label> = Some(Label::Opinion);
const U: Option<Label> = Some(Label::Unsupported);

/// Every skill tag the shipped lessons use (and a few close to them), canonical first.
pub const VOCABULARY: &[Skill] = &[
    skill(
        "attribution",
        "atribución",
        "attribution",
        &["attributions"],
        A,
    ),
    skill(
        "named sources",
        "fuentes identificadas",
        "sources nommées",
        &["named source", "fuentes con nombre", "sources identifiées"],
        A,
    ),
    skill(
        "anonymous sources",
        "fuentes anónimas",
        "sources anonymes",
        &["anonymous source", "unnamed sources"],
        A,
    ),
    skill(
        "statistics and sources",
        "estadísticas y fuentes",
        "statistiques et sources",
        &["statistics"],
        A,
    ),
    skill(
        "opinion",
        "opinión",
        "opinion",
        &["opinions", "opinion in sports writing"],
        O,
    ),
    skill(
        "loaded verbs",
        "verbos cargados",
        "verbes chargés",
        &["loaded verb", "loaded language"],
        O,
    ),
    skill(
        "evaluative language",
        "lenguaje valorativo",
        "langage évaluatif",
        &["evaluative words"],
        O,
    ),
    skill(
        "emotional language",
        "lenguaje emocional",
        "langage émotionnel",
        &["emotive language"],
        O,
    ),
    skill(
        "promotional language",
        "lenguaje promocional",
        "langage promotionnel",
        &[],
        O,
    ),
    skill("framing", "encuadre", "cadrage", &[], O),
    skill(
        "unsupported claims",
        "afirmaciones sin fuente",
        "affirmations sans source",
        &[
            "unsupported assertions",
            "unsupported claim",
            "affirmations non étayées",
        ],
        U,
    ),
    skill(
        "vague sourcing",
        "fuentes vagas",
        "sources vagues",
        &["vague sources"],
        U,
    ),
    skill(
        "hedges",
        "atenuadores",
        "atténuateurs",
        &["hedge", "hedging", "hedged findings"],
        U,
    ),
    skill(
        "predictions",
        "predicciones",
        "prédictions",
        &["prediction"],
        None,
    ),
    skill(
        "correlation and causation",
        "correlación y causalidad",
        "corrélation et causalité",
        &[],
        None,
    ),
    skill(
        "science reporting",
        "periodismo científico",
        "journalisme scientifique",
        &[],
        None,
    ),
    skill(
        "economic reporting",
        "periodismo económico",
        "journalisme économique",
        &[],
        None,
    ),
    skill(
        "crime reporting",
        "crónica de sucesos",
        "faits divers",
        &[],
        None,
    ),
    skill(
        "press releases",
        "comunicados de prensa",
        "communiqués de presse",
        &["press release"],
        None,
    ),
    skill(
        "native advertising",
        "publicidad nativa",
        "publicité native",
        &["sponsored content"],
        None,
    ),
    skill(
        "social media",
        "redes sociales",
        "réseaux sociaux",
        &[],
        None,
    ),
    skill(
        "fact-checking",
        "verificación de datos",
        "vérification des faits",
        &["fact checking"],
        None,
    ),
    skill("reviews", "reseñas", "critiques", &["review"], None),
    skill(
        "local politics",
        "política local",
        "politique locale",
        &[],
        None,
    ),
    skill("translation", "traducción", "traduction", &[], None),
];

/// Names of languages, which are sometimes put among skill tags but are not skills.
const LANGUAGES: &[&str] = &[
    "english",
    "inglés",
    "anglais",
    "spanish",
    "español",
    "castellano",
    "espagnol",
    "french",
    "francés",
    "français",
    "german",
    "alemán",
    "allemand",
    "deutsch",
    "italian",
    "italiano",
    "italien",
    "portuguese",
    "português",
    "portugués",
    "portugais",
];

/// A tag as compared: lower case, without accents, hyphens and underscores as spaces, one
/// space between words.
pub fn fold(tag: &str) -> String {
    let lowered = tag.to_lowercase();
    let plain: String = lowered
        .chars()
        .map(|c| match c {
            'á' | 'à' | 'â' | 'ä' | 'ã' => 'a',
            'é' | 'è' | 'ê' | 'ë' => 'e',
            'í' | 'ì' | 'î' | 'ï' => 'i',
            'ó' | 'ò' | 'ô' | 'ö' | 'õ' => 'o',
            'ú' | 'ù' | 'û' | 'ü' => 'u',
            'ç' => 'c',
            'ñ' => 'n',
            '-' | '_' | '\u{2010}' | '\u{2011}' => ' ',
            c => c,
        })
        .collect();
    plain.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Every name of every skill, folded, with the skill's place in [`VOCABULARY`]; built once.
fn names() -> &'static BTreeMap<String, usize> {
    static NAMES: OnceLock<BTreeMap<String, usize>> = OnceLock::new();
    NAMES.get_or_init(|| {
        let mut m = BTreeMap::new();
        for (i, s) in VOCABULARY.iter().enumerate() {
            for n in [s.en, s.es, s.fr].iter().chain(s.aliases.iter()) {
                m.entry(fold(n)).or_insert(i);
            }
        }
        m
    })
}

/// The vocabulary's skill a tag names, in any of its languages or spellings.
pub fn find(tag: &str) -> Option<&'static Skill> {
    names().get(&fold(tag)).and_then(|i| VOCABULARY.get(*i))
}

/// The canonical (English) name of a tag in the vocabulary.
pub fn canonical(tag: &str) -> Option<&'static str> {
    find(tag).map(|s| s.en)
}

/// True when the tag names a language ("español", "French"), not a skill.
pub fn is_language(tag: &str) -> bool {
    static FOLDED: OnceLock<BTreeSet<String>> = OnceLock::new();
    FOLDED
        .get_or_init(|| LANGUAGES.iter().map(|l| fold(l)).collect())
        .contains(&fold(tag))
}

/// What a tag is counted under in the profile: its canonical name when the vocabulary
/// knows it, else the tag as written (trimmed, one space between words); `None` for a
/// language name or an empty tag, which are no skills.
pub fn counted_as(tag: &str) -> Option<String> {
    if is_language(tag) {
        return None;
    }
    match canonical(tag) {
        Some(c) => Some(c.to_string()),
        None => {
            let t = tag.split_whitespace().collect::<Vec<_>>().join(" ");
            (!t.is_empty()).then_some(t)
        }
    }
}

/// The key two tags are compared by: tags with the same key are the same skill.
pub fn key(tag: &str) -> Option<String> {
    counted_as(tag).map(|t| fold(&t))
}

/// What is wrong with a lesson's skill tag, for the key checker: `None` when the
/// vocabulary knows it.
pub fn problem(tag: &str) -> Option<String> {
    if tag.trim().is_empty() {
        return Some(crate::t!("check-skill-empty"));
    }
    if is_language(tag) {
        let tag = format!("{:?}", tag.trim());
        return Some(crate::t!("check-skill-language", tag = tag));
    }
    if find(tag).is_some() {
        return None;
    }
    let tag = format!("{:?}", tag.trim());
    let examples = VOCABULARY
        .iter()
        .take(6)
        .map(|s| format!("{:?}", s.en))
        .collect::<Vec<_>>()
        .join(", ");
    Some(crate::t!(
        "check-skill-unknown",
        tag = tag,
        examples = examples
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_in_spanish_and_french_are_the_english_skill() {
        assert_eq!(canonical("atribución"), Some("attribution"));
        assert_eq!(canonical("atribución"), canonical("attribution"));
        assert_eq!(key("Atribución"), key("attribution"));
        assert_eq!(canonical("atribucion"), Some("attribution"));
        assert_eq!(canonical("verbes chargés"), Some("loaded verbs"));
        assert_eq!(canonical("verbos cargados"), Some("loaded verbs"));
        assert_eq!(canonical("sources vagues"), Some("vague sourcing"));
        assert_eq!(canonical("fuentes vagas"), Some("vague sourcing"));
        assert_eq!(
            canonical("afirmaciones sin fuente"),
            Some("unsupported claims")
        );
        assert_eq!(canonical("Opinión"), Some("opinion"));
        assert_eq!(canonical("  Loaded   Verbs "), Some("loaded verbs"));
        assert_eq!(canonical("fact checking"), Some("fact-checking"));
        assert_eq!(canonical("astrology"), None);
    }

    #[test]
    fn language_names_are_no_skills() {
        for l in ["español", "Français", "english", "Espanol"] {
            assert!(is_language(l), "{l}");
            assert_eq!(counted_as(l), None, "{l}");
            assert!(problem(l).is_some_and(|p| p.contains("a language")), "{l}");
        }
        assert!(!is_language("attribution"));
    }

    #[test]
    fn unknown_tags_count_as_written_and_are_reported() {
        assert_eq!(counted_as(" Weather  Words "), Some("Weather Words".into()));
        assert_eq!(key("weather words"), key("WEATHER WORDS"));
        assert!(problem("weather words").is_some_and(|p| p.contains("unknown skill tag")));
        assert_eq!(problem("hedges"), None);
        assert_eq!(counted_as(""), None);
    }

    #[test]
    fn every_name_in_the_vocabulary_is_one_skill() {
        // No two skills share a name in any language, so a tag maps to one canonical tag.
        let mut seen = std::collections::BTreeMap::new();
        for s in VOCABULARY {
            let mut names: Vec<String> = [s.en, s.es, s.fr]
                .iter()
                .chain(s.aliases.iter())
                .map(|n| fold(n))
                .collect();
            names.sort();
            names.dedup();
            for n in names {
                if let Some(other) = seen.insert(n.clone(), s.en) {
                    panic!("{n:?} names both {other:?} and {:?}", s.en);
                }
            }
            assert_eq!(canonical(s.en), Some(s.en));
            assert!(!is_language(s.en), "{}", s.en);
        }
    }

    #[test]
    fn the_shipped_lessons_tags_are_all_in_the_vocabulary() {
        // Every tag used in lessons/*.md (kept here so the model stays free of files; the
        // command-line test `check_passes_on_shipped_lessons` checks the files themselves).
        for t in [
            "statistics and sources",
            "predictions",
            "attribution",
            "opinion",
            "unsupported claims",
            "framing",
            "social media",
            "vague sourcing",
            "emotional language",
            "science reporting",
            "hedges",
            "correlation and causation",
            "evaluative language",
            "reviews",
            "press releases",
            "promotional language",
            "opinion in sports writing",
            "native advertising",
            "loaded verbs",
            "fact-checking",
            "named sources",
            "economic reporting",
            "crime reporting",
            "anonymous sources",
            "sources vagues",
            "verbes chargés",
            "local politics",
            "translation",
            "atribución",
            "opinión",
            "afirmaciones sin fuente",
        ] {
            assert!(find(t).is_some(), "{t}");
        }
    }
}
