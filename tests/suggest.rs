//! The shipped suggestion word lists, rule by rule, in English, Spanish and French: what each one
//! proposes and the near misses it must leave alone; and the assistant's measured quality
//! on lessons whose keys were written without looking at it.

use newsmark::model::suggest::{Suggestion, agreement, suggest};
use newsmark::model::{Label, TextIndex};
use newsmark::service;
use newsmark::store::{self, rules};
use std::path::Path;

fn run(lang: &str, text: &str) -> Vec<Suggestion> {
    let (r, errors) = rules::load_rules(lang, None);
    assert!(errors.is_empty());
    suggest(&TextIndex::new(text), &r)
}

/// The suggestions of one rule, as quotes.
fn of(lang: &str, rule: &str, text: &str) -> Vec<String> {
    run(lang, text)
        .into_iter()
        .filter(|s| s.rule == rule)
        .map(|s| s.quote)
        .collect()
}

#[test]
fn named_source() {
    let t = "Mayor Ruth Adeyemi said the bridge was safe. \"We are ready,\" said Dr. Elena Marsh. Council member Luis Ferreira, who voted no, said he objected. The plan, said to cost more, failed.";
    let q = of("en", "named-source", t);
    assert!(q.iter().any(|x| x == "Mayor Ruth Adeyemi said"), "{q:?}");
    assert!(q.iter().any(|x| x == "said Dr. Elena Marsh"), "{q:?}");
    // The source comes with its title.
    assert!(
        q.iter()
            .any(|x| x == "Council member Luis Ferreira, who voted no, said"),
        "{q:?}"
    );
    // Near miss: "said" used as a participle has no speaker.
    assert!(
        !q.iter().any(|x| x.contains("plan") || x.contains("cost")),
        "{q:?}"
    );
    let q = of(
        "es",
        "named-source",
        "La alcaldesa, Carmen Robles, declaró que el parque abrirá en mayo. El plan dijo poco.",
    );
    assert!(
        q.iter()
            .any(|x| x == "La alcaldesa, Carmen Robles, declaró"),
        "{q:?}"
    );
}

#[test]
fn according_to() {
    let q = of(
        "en",
        "according-to",
        "Traffic rose 4 percent, according to the city's transport department. Accordingly, nothing changed.",
    );
    assert_eq!(q, vec!["according to the city's transport department"]);
    let q = of(
        "es",
        "according-to",
        "El tráfico subió, según el ayuntamiento. Según parece, nada cambió.",
    );
    assert!(q.iter().any(|x| x == "según el ayuntamiento"), "{q:?}");
}

#[test]
fn vague_sourcing() {
    let q = of(
        "en",
        "vague-sourcing",
        "Critics say the plan will fail. Analysts warn of delays. The critics' report was late.",
    );
    assert!(q.iter().any(|x| x == "Critics say"), "{q:?}");
    assert!(q.iter().any(|x| x == "Analysts warn"), "{q:?}");
    assert!(!q.iter().any(|x| x.contains("report")), "{q:?}");
    let q = of(
        "es",
        "vague-sourcing",
        "Los expertos advierten que el parque costará más. El experto Juan Pérez lo explicó.",
    );
    assert!(
        q.iter()
            .any(|x| x.to_lowercase().contains("expertos advierten")),
        "{q:?}"
    );
    assert!(!q.iter().any(|x| x.contains("Juan")), "{q:?}");
}

#[test]
fn loaded_verbs() {
    let q = of(
        "en",
        "loaded-verbs",
        "The mayor claimed the lanes were safe and admitted no fault. The claim was checked.",
    );
    assert!(
        q.contains(&"claimed".to_string()) && q.contains(&"admitted".to_string()),
        "{q:?}"
    );
    assert!(!q.iter().any(|x| x == "claim"), "{q:?}");
    let q = of(
        "es",
        "loaded-verbs",
        "El alcalde admitió el error. La admisión fue rápida.",
    );
    assert!(q.contains(&"admitió".to_string()), "{q:?}");
    assert!(!q.iter().any(|x| x.contains("admisión")), "{q:?}");
}

#[test]
fn evaluative_words() {
    let q = of(
        "en",
        "evaluative",
        "The plan is a disaster and months of chaos followed. The weather was dry.",
    );
    assert!(q.iter().any(|x| x == "disaster"), "{q:?}");
    assert!(q.iter().any(|x| x.contains("chaos")), "{q:?}");
    assert!(
        !q.iter().any(|x| x.contains("weather") || x.contains("dry")),
        "{q:?}"
    );
    let q = of(
        "es",
        "evaluative",
        "El proyecto es un desastre. El proyecto tiene tres fases.",
    );
    assert!(q.iter().any(|x| x == "desastre"), "{q:?}");
    assert!(!q.iter().any(|x| x.contains("fases")), "{q:?}");
}

#[test]
fn loaded_words_figures_of_speech_loaded_phrases_and_commentary() {
    let t = "The smarmy chairman splurged on a jet, then the board pulled the plug. \
             Staff were left to languish. The chairman flew to Rome. The plug was pulled out.";
    let words = of("en", "loaded-words", t);
    assert!(words.iter().any(|x| x == "smarmy"), "{words:?}");
    assert!(words.iter().any(|x| x == "splurged"), "{words:?}");
    assert!(!words.iter().any(|x| x.contains("flew")), "{words:?}");
    let figures = of("en", "figures-of-speech", t);
    assert!(
        figures.iter().any(|x| x == "pulled the plug"),
        "{figures:?}"
    );
    assert!(
        figures.iter().any(|x| x == "left to languish"),
        "{figures:?}"
    );
    // The literal plug is no figure of speech.
    assert!(
        !figures.iter().any(|x| x.contains("pulled out")),
        "{figures:?}"
    );
    let t2 = "Fans reacted angrily to the veiled threat. Whether it works remains to be seen. \
              Fans reacted to the threat.";
    let phrases = of("en", "loaded-phrases", t2);
    assert_eq!(phrases, vec!["reacted angrily", "veiled threat"]);
    assert_eq!(of("en", "commentary", t2), vec!["remains to be seen"]);
    let all = run("en", t);
    assert!(
        all.iter()
            .filter(|s| s.rule == "figures-of-speech")
            .all(|s| s.label == Label::Opinion && s.rationale.contains("figure of speech")),
        "{all:?}"
    );
}

#[test]
fn intensifiers() {
    let q = of(
        "en",
        "intensifiers",
        "It was an extremely costly and utterly pointless plan. It was costly.",
    );
    assert!(q.iter().any(|x| x.starts_with("extremely")), "{q:?}");
    // "utterly" next to a judging word is one suggestion with it.
    let all: Vec<String> = run("en", "It was an utterly pointless plan.")
        .into_iter()
        .map(|s| s.quote)
        .collect();
    assert!(all.iter().any(|x| x == "utterly pointless"), "{all:?}");
    let q = of(
        "es",
        "intensifiers",
        "Fue una obra sumamente cara. Fue una obra cara.",
    );
    assert!(q.iter().any(|x| x.starts_with("sumamente")), "{q:?}");
}

#[test]
fn vague_groups_unsourced_claims_and_quoted_fragments() {
    let t = "Campaigners say the mast is ugly. Some Fernhill families have quietly applied elsewhere. Most villagers oppose the scheme. The mayor said traffic is the worst in years. Kolb said she was \"heartbroken\" by the vote and called it \"a shameful stitch-up\". The club will \"review the incident\". \"We will appeal,\" she said.";
    let all = run("en", t);
    let by = |rule: &str| -> Vec<&str> {
        all.iter()
            .filter(|s| s.rule == rule)
            .map(|s| s.quote.as_str())
            .collect()
    };
    // A group's stance is a vague group too ("Most villagers oppose").
    assert_eq!(
        by("vague-groups"),
        vec!["Campaigners say", "Most villagers oppose"]
    );
    // No attribution for the same words: "Campaigners" is no source.
    assert!(
        !all.iter()
            .any(|s| s.label == Label::Attribution && s.quote.contains("Campaigners")),
        "{all:?}"
    );
    // The sentence with "said" is sourced; the ones before it are not ("quietly" is a cue:
    // who says the families applied?).
    // The stance sentence is left to its vague group.
    assert_eq!(
        by("unsourced-claims"),
        vec!["Some Fernhill families have quietly applied elsewhere"]
    );
    // A listed word in quotes is the listed word's; a longer fragment is suggested when it
    // holds a judging word, without its quotation marks, and a neutral one is not.
    assert_eq!(by("quoted-judgements"), vec!["heartbroken"]);
    assert_eq!(by("quoted-fragments"), vec!["a shameful stitch-up"]);
    // Hedges on their own do not make a claim unsupported (categories.md): no rule for them.
    assert!(of("en", "hedges", "Coffee could help you live longer.").is_empty());
}

#[test]
fn every_suggestion_names_its_rule_and_fills_its_rationale() {
    let all = run(
        "en",
        "Critics say the mayor claimed, according to the minutes, that it was a disaster.",
    );
    // With no suggestions the loop below would check nothing.
    assert!(
        !all.is_empty(),
        "the assistant suggested nothing for a sentence full of cues"
    );
    for s in all {
        assert!(!s.rule.is_empty(), "{s:?}");
        assert!(!s.rationale.contains("{quote}"), "{}", s.rationale);
    }
}

/// Precision and recall on a folder of lessons with keys. Fails when the folder has no
/// lesson with a key or the assistant suggests nothing at all, so that neither can pass
/// as a measurement.
fn quality(dir: &Path) -> [f64; 4] {
    let mut total = [newsmark::model::suggest::Agreement::default(); 3];
    let mut lessons = 0usize;
    for e in std::fs::read_dir(dir).expect("folder").flatten() {
        let p = e.path();
        if store::lesson_format(&p).is_none() || !store::key_path_for(&p).is_file() {
            continue;
        }
        let (lesson, key) =
            service::lesson_with_key(&p, &store::key_path_for(&p)).expect("lesson and key");
        let lang = rules::language_for(lesson.meta.language.as_deref(), lesson.text.as_str());
        let (r, _) = rules::load_rules(lang, None);
        let a = agreement(&suggest(&lesson.text, &r), &key.spans);
        for (t, x) in total.iter_mut().zip(&a) {
            t.add(x);
        }
        lessons += 1;
    }
    let mut all = total[0];
    all.add(&total[1]);
    all.add(&total[2]);
    assert!(
        lessons > 0,
        "{}: no lesson with a key to measure the assistant on",
        dir.display()
    );
    assert!(
        all.suggested > 0,
        "{}: the assistant suggested nothing on {lessons} lesson(s)",
        dir.display()
    );
    assert!(
        all.items > 0,
        "{}: the keys of {lessons} lesson(s) have no required items",
        dir.display()
    );
    [
        total[Label::Attribution.index()].recall().unwrap_or(0.0),
        total[Label::Opinion.index()].recall().unwrap_or(0.0),
        total[Label::Unsupported.index()].recall().unwrap_or(0.0),
        all.precision().unwrap_or(0.0),
    ]
}

/// The floors are the figures measured when the rules were last changed (README), less a
/// small margin: a change to the word lists that loses what the assistant finds fails here.
/// `assistant-heldout` holds articles the rules were never tuned on, measured once when
/// they were done; `assistant` holds the held-out articles of earlier rounds, which the
/// rules were then shaped on. The bars (attribution 0.9, opinion and unsupported
/// 0.7 each, precision 0.85) are not all met; the README says which.
/// Measured on 325–333 when they were added: recall attribution 0.92, opinion 0.68,
/// unsupported 0.61; precision 0.79.
const HELD_OUT_FLOORS: [f64; 4] = [0.87, 0.63, 0.56, 0.74];

#[test]
fn the_assistant_keeps_its_measured_quality_on_articles_it_was_not_tuned_to() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    for (dir, floors) in [
        ("tests/fixtures/assistant-heldout", HELD_OUT_FLOORS),
        ("tests/fixtures/assistant", [0.88, 0.62, 0.69, 0.84]),
        ("lessons", [0.86, 0.56, 0.51, 0.9]),
    ] {
        let q = quality(&root.join(dir));
        eprintln!(
            "{dir}: recall attribution {:.2}, opinion {:.2}, unsupported {:.2}; precision {:.2}",
            q[0], q[1], q[2], q[3]
        );
        for (i, name) in [
            "attribution recall",
            "opinion recall",
            "unsupported recall",
            "precision",
        ]
        .iter()
        .enumerate()
        {
            assert!(q[i] >= floors[i], "{dir}: {name} {} < {}", q[i], floors[i]);
        }
    }
}

#[test]
fn french_rules_find_sources_cues_and_loaded_verbs() {
    let t = "La directrice Claire Fontaine a déclaré que l’école resterait ouverte. « Nous sommes prêts », a précisé Marc Lefèvre. Le préfet a reconnu une erreur. Selon la mairie, les travaux dureront deux ans. On dit que le projet coûtera plus cher. Cette annonce a surpris les parents.";
    let q = of("fr", "named-source", t);
    assert!(
        q.iter()
            .any(|x| x == "La directrice Claire Fontaine a déclaré"),
        "{q:?}"
    );
    assert!(q.iter().any(|x| x == "a précisé Marc Lefèvre"), "{q:?}");
    assert!(q.iter().any(|x| x == "Le préfet a reconnu"), "{q:?}");
    // "annonce" here is a noun, not a reporting verb.
    assert!(!q.iter().any(|x| x.contains("annonce")), "{q:?}");
    let q = of("fr", "according-to", t);
    assert!(q.iter().any(|x| x == "Selon la mairie"), "{q:?}");
    assert!(of("fr", "vague-sourcing", t).iter().any(|x| x == "On dit"));
    assert!(of("fr", "loaded-verbs", t).iter().any(|x| x == "a reconnu"));
    // Both apostrophes work.
    let q = of(
        "fr",
        "according-to",
        "D'après le ministère, rien ne change.",
    );
    assert!(
        q.iter().any(|x| x.starts_with("D'après le ministère")),
        "{q:?}"
    );
    assert_eq!(
        rules::language_for(
            None,
            "Selon le maire, le marché est une tradition pour les habitants du village."
        ),
        "fr"
    );
}

#[test]
fn german_and_ukrainian_rules_find_sources_cues_and_judgements() {
    let de = "Bürgermeisterin Anna Berger sagte, der Plan sei fertig. Laut der Stadtverwaltung kostet der Umbau vier Millionen Euro. Kritiker sprechen von einem Kahlschlag.";
    let q = of("de", "named-source", de);
    assert!(q.iter().any(|x| x.contains("Anna Berger sagte")), "{q:?}");
    let q = of("de", "according-to", de);
    assert!(
        q.iter().any(|x| x.starts_with("Laut der Stadtverwaltung")),
        "{q:?}"
    );
    assert!(
        of("de", "vague-sourcing", de)
            .iter()
            .any(|x| x == "Kritiker sprechen"),
        "{:?}",
        of("de", "vague-sourcing", de)
    );
    assert!(
        of("de", "evaluative", de).iter().any(|x| x == "Kahlschlag"),
        "{:?}",
        of("de", "evaluative", de)
    );
    let uk = "За словами міської голови Олени Ткачук, басейн відкриють у травні. Рішення назвали поспішним.";
    let q = of("uk", "according-to", uk);
    assert!(
        q.iter().any(|x| x.starts_with("За словами міської голови")),
        "{q:?}"
    );
    assert!(
        of("uk", "evaluative", uk).iter().any(|x| x == "поспішним"),
        "{:?}",
        of("uk", "evaluative", uk)
    );
}

#[test]
fn court_reports_attribute_to_the_hearing() {
    let q = of(
        "en",
        "court-reports",
        "The court heard that Dobbs had lied. Magistrates were told he was sorry. Residents heard a bang.",
    );
    assert_eq!(q, vec!["The court heard", "Magistrates were told"]);
}
