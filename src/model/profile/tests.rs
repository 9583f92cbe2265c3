//! Tests of the skills profile: figures, words, skill tags and the recommendation.

use super::*;

fn att(lesson: &str, at: u64, f: [Option<f64>; 3]) -> AttemptFigures {
    let known: Vec<f64> = f.iter().flatten().copied().collect();
    AttemptFigures {
        lesson: lesson.into(),
        at,
        f1: known.iter().sum::<f64>() / known.len().max(1) as f64,
        per_label: f,
        mix_ups: [[0; 3]; 3],
    }
}

#[test]
fn mix_ups_count_items_given_another_label() {
    use crate::model::scoring::{KeySpan, score};
    use crate::model::span::Span;
    use crate::model::text::TextIndex;
    let text = TextIndex::new("Officials said the plan is reckless. Critics say it will fail.");
    let key = KeySpan::numbered([
        Span::new(0, 14, Label::Attribution),
        Span::new(27, 35, Label::Opinion),
        Span::new(37, 48, Label::Unsupported),
    ]);
    // Attribution marked unsupported, opinion marked unsupported and attribution,
    // the vague cue marked attribution.
    let answer = [
        Span::new(0, 9, Label::Unsupported),
        Span::new(27, 35, Label::Unsupported),
        Span::new(27, 35, Label::Attribution),
        Span::new(37, 48, Label::Attribution),
    ];
    let m = mix_ups(&score(&text, &key, &answer));
    assert_eq!(m, [[0, 0, 1], [1, 0, 1], [1, 0, 0]]);
    // A found item is no mix-up.
    let right = [Span::new(0, 14, Label::Attribution)];
    assert_eq!(mix_ups(&score(&text, &key, &right)), [[0; 3]; 3]);
}

#[test]
fn the_most_frequent_mix_up_is_said_in_words() {
    let mut a = att("a", 1, [Some(0.9), Some(0.8), Some(0.5)]);
    a.mix_ups[0][2] = 2;
    a.mix_ups[2][0] = 1;
    // An older attempt of the same lesson does not count.
    let mut old = att("a", 0, [Some(0.1), None, None]);
    old.mix_ups[2][0] = 5;
    let all = [old, a];
    let m = mix_ups_total(&all);
    assert_eq!(m[0][2], 2);
    assert_eq!(m[2][0], 1);
    let w = in_words(&standing(&all), &m).unwrap_or_default();
    assert!(
        w.contains("You find attributions and opinion words reliably."),
        "{w}"
    );
    assert!(
        w.contains("You often mark sourced statements as unsupported"),
        "{w}"
    );
    assert!(w.contains("(2 items)"), "{w}");
    // Once is not "often".
    assert_eq!(main_mix_up(&[[0, 0, 1], [0; 3], [0; 3]]), None);
}

#[test]
fn skills_are_measured_on_the_latest_attempt_of_each_tagged_lesson() {
    let skills: BTreeMap<String, Vec<String>> = [
        (
            "a".to_string(),
            vec!["Hedges".to_string(), "attribution".to_string()],
        ),
        ("b".to_string(), vec!["hedges".to_string()]),
        ("c".to_string(), vec!["framing".to_string()]),
    ]
    .into_iter()
    .collect();
    let mut a1 = att("a", 1, [Some(0.2), None, None]);
    a1.f1 = 0.2;
    let mut a2 = att("a", 3, [Some(0.6), None, None]);
    a2.f1 = 0.6;
    let mut b = att("b", 2, [Some(0.4), None, None]);
    b.f1 = 0.4;
    let mut d = att("unknown", 4, [Some(1.0), None, None]);
    d.f1 = 1.0;
    let all = [a1, b, a2, d];
    let s = skill_standing(&all, &skills);
    assert_eq!(s.len(), 2, "{s:?}");
    // The vocabulary's name, whichever way the lessons spell it.
    assert_eq!(s[0].tag, "hedges");
    assert!((s[0].f1 - 0.5).abs() < 1e-12);
    assert_eq!(s[0].lessons, 2);
    assert_eq!(s[1].tag, "attribution");
    assert!((s[1].f1 - 0.6).abs() < 1e-12);
    let series = skill_series(&all, &skills, "HEDGES");
    assert_eq!(series.len(), 3);
    // Dated: days since the Unix epoch.
    assert_eq!(series[0], [day_of(1), 20.0]);
    assert_eq!(series[2][0], day_of(3));
    assert!((series[2][1] - 60.0).abs() < 1e-9);
}

#[test]
fn a_skill_tagged_in_three_languages_counts_once() {
    let skills: BTreeMap<String, Vec<String>> = [
        (
            "en".to_string(),
            vec!["attribution".to_string(), "loaded verbs".to_string()],
        ),
        (
            "es".to_string(),
            vec!["atribución".to_string(), "español".to_string()],
        ),
        (
            "fr".to_string(),
            vec!["Attribution".to_string(), "verbes chargés".to_string()],
        ),
    ]
    .into_iter()
    .collect();
    let mut en = att("en", 1, [Some(0.2), None, None]);
    en.f1 = 0.2;
    let mut es = att("es", 2, [Some(0.5), None, None]);
    es.f1 = 0.5;
    let mut fr = att("fr", 3, [Some(0.9), None, None]);
    fr.f1 = 0.9;
    let all = [en, es, fr];
    let s = skill_standing(&all, &skills);
    let tags: Vec<&str> = s.iter().map(|x| x.tag.as_str()).collect();
    assert_eq!(
        tags,
        ["attribution", "loaded verbs"],
        "no language, no duplicates"
    );
    assert_eq!(s[0].lessons, 3);
    assert!((s[0].f1 - 1.6 / 3.0).abs() < 1e-9);
    assert_eq!(s[1].lessons, 2);
    assert!((s[1].f1 - 0.55).abs() < 1e-9);
    assert_eq!(skill_series(&all, &skills, "atribución").len(), 3);
    assert_eq!(skill_series(&all, &skills, "verbos cargados").len(), 2);
}

#[test]
fn chart_days_read_as_dates() {
    assert_eq!(date_label(day_of(0), false), "1 Jan 1970");
    // 2024-02-29 12:30 UTC.
    let leap = 1_709_209_800;
    assert_eq!(date_label(day_of(leap), false), "29 Feb 2024");
    assert_eq!(date_label(day_of(leap), true), "29 Feb 12:30");
    assert_eq!(date_label(day_of(1_704_067_200), false), "1 Jan 2024");
    assert_eq!(date_label(f64::NAN, false), "");
}

#[test]
fn the_latest_attempt_of_each_lesson_counts() {
    let a = [
        att("a", 1, [Some(0.2), Some(0.5), None]),
        att("a", 2, [Some(0.8), Some(0.3), None]),
        att("b", 3, [Some(1.0), None, Some(0.4)]),
    ];
    let s = standing(&a);
    assert_eq!(s[0].f1, Some(0.9));
    assert_eq!(s[0].lessons, 2);
    assert_eq!(s[1].f1, Some(0.3));
    assert_eq!(s[2].f1, Some(0.4));
    let w = in_words(&s, &[[0; 3]; 3]).unwrap_or_default();
    assert!(w.contains("You find attributions reliably"), "{w}");
    assert!(
        w.contains("Opinion words are where you miss most (F1 30)"),
        "{w}"
    );
    assert_eq!(in_words(&standing(&[]), &[[0; 3]; 3]), None);
}

fn cand(id: &str, level: u8, skills: &[&str], best: Option<u32>) -> Candidate {
    Candidate {
        id: id.into(),
        level: Some(level),
        skills: skills.iter().map(|s| s.to_string()).collect(),
        best,
    }
}

#[test]
fn the_recommendation_is_new_at_the_level_and_on_the_weakest_label() {
    let lessons = [
        cand("l1", 1, &["attribution"], Some(80)),
        cand("l2a", 2, &["attribution", "named sources"], None),
        cand("l2b", 2, &["loaded verbs", "framing"], None),
        cand("l3", 3, &["opinion"], None),
    ];
    assert_eq!(learner_level(&lessons), 2);
    let s = standing(&[att("l1", 1, [Some(0.9), Some(0.3), Some(0.6)])]);
    let (id, why) = recommend(&lessons, &s, &[]).unwrap_or_default();
    assert_eq!(id, "l2b");
    assert_eq!(
        why,
        "You miss opinion words most; this lesson practises them and you haven't tried it. It is at your level (2)."
    );
    // A new learner gets a level-1 lesson.
    let fresh = [
        cand("x3", 3, &["opinion"], None),
        cand("x1", 1, &["attribution"], None),
    ];
    assert_eq!(
        recommend(&fresh, &standing(&[]), &[]).map(|r| r.0),
        Some("x1".into())
    );
    // Every lesson tried: the weakest one under 80 again, else nothing.
    let done = [
        cand("d1", 1, &[], Some(50)),
        cand("d2", 1, &[], Some(40)),
        cand("d3", 2, &[], Some(90)),
    ];
    let (id, why) = recommend(&done, &s, &[]).unwrap_or_default();
    assert_eq!(id, "d2");
    assert!(why.contains("best here is 40"), "{why}");
    assert_eq!(recommend(&[cand("d", 1, &[], Some(85))], &s, &[]), None);
}

#[test]
fn among_lessons_on_the_weakest_label_the_one_with_weak_skills_is_recommended() {
    let lessons = [
        cand("a", 2, &["loaded verbs", "framing"], None),
        cand("b", 2, &["loaded verbs", "hedges"], None),
        cand("done", 1, &["hedges"], Some(70)),
    ];
    let s = standing(&[att("done", 1, [Some(0.9), Some(0.3), Some(0.6)])]);
    let weak = [
        SkillStanding {
            tag: "Hedges".into(),
            f1: 0.45,
            lessons: 1,
        },
        SkillStanding {
            tag: "framing".into(),
            f1: 0.8,
            lessons: 1,
        },
    ];
    let (id, why) = recommend(&lessons, &s, &weak).unwrap_or_default();
    assert_eq!(id, "b", "{why}");
    assert!(
        why.contains("opinion words")
            && why.contains("It also practises Hedges, one of the skills where you miss most."),
        "{why}"
    );
    assert!(!why.contains("F1") && !why.contains("score"), "{why}");
    // Without skill figures, name order decides.
    assert_eq!(recommend(&lessons, &s, &[]).map(|r| r.0), Some("a".into()));
}

#[test]
fn skill_tags_name_their_labels() {
    assert_eq!(label_of_skill("named sources"), Some(Label::Attribution));
    assert_eq!(label_of_skill("vague sourcing"), Some(Label::Unsupported));
    assert_eq!(label_of_skill("loaded verbs"), Some(Label::Opinion));
    assert_eq!(
        label_of_skill("afirmaciones sin fuente"),
        Some(Label::Unsupported)
    );
    assert_eq!(label_of_skill("español"), None);
    assert_eq!(
        label_of_skill("affirmations sans source"),
        Some(Label::Unsupported)
    );
    assert_eq!(
        label_of_skill("anonymous sources"),
        Some(Label::Attribution)
    );
}

fn items(pairs: &[(&str, [usize; 3])]) -> BTreeMap<String, [usize; 3]> {
    pairs.iter().map(|(id, n)| (id.to_string(), *n)).collect()
}

#[test]
fn the_reason_says_what_the_learner_misses_and_how_much_the_lesson_has() {
    let lessons = [
        cand("done", 1, &["attribution"], Some(80)),
        cand("few", 2, &["framing"], None),
        cand("many", 2, &["loaded verbs"], None),
    ];
    let s = standing(&[att("done", 1, [Some(0.9), Some(0.26), Some(0.6)])]);
    let counts = items(&[("few", [3, 2, 1]), ("many", [4, 9, 2])]);
    let ctx = Context {
        previous: None,
        items: Some(&counts),
    };
    let (id, why) = recommend_with(&lessons, &s, &[], ctx).unwrap_or_default();
    assert_eq!(id, "many");
    assert_eq!(
        why,
        "You miss opinion words most; this lesson has 9 of them and you haven't tried it. It is at your level (2)."
    );
    // A new learner hears what there is to find, in words with the right plurals.
    let fresh = [cand("x1", 1, &["attribution"], None)];
    let counts = items(&[("x1", [5, 1, 0])]);
    let (_, why) = recommend_with(
        &fresh,
        &standing(&[]),
        &[],
        Context {
            previous: None,
            items: Some(&counts),
        },
    )
    .unwrap_or_default();
    assert_eq!(
        why,
        "A good lesson to start with: you haven't tried it, and it has 5 attributions and 1 opinion word to find. It is at your level (1)."
    );
}

#[test]
fn a_recommendation_is_kept_until_tried_or_clearly_beaten() {
    let lessons = [
        cand("done", 1, &["attribution"], Some(80)),
        cand("a", 2, &["loaded verbs"], None),
        cand("b", 2, &["loaded verbs"], None),
    ];
    let s = standing(&[att("done", 1, [Some(0.9), Some(0.3), Some(0.6)])]);
    // b has 3 opinion words more than a: 3 points, not enough to replace a.
    let counts = items(&[("a", [0, 4, 0]), ("b", [0, 7, 0])]);
    let with = |previous: Option<&'static str>, counts: &BTreeMap<String, [usize; 3]>| {
        recommend_with(
            &lessons,
            &s,
            &[],
            Context {
                previous,
                items: Some(counts),
            },
        )
        .map(|r| r.0)
    };
    assert_eq!(with(None, &counts), Some("b".into()), "fresh: the best fit");
    assert_eq!(
        with(Some("a"), &counts),
        Some("a".into()),
        "kept: b is only a little better"
    );
    // 6 more: clearly better, it takes over.
    let counts = items(&[("a", [0, 4, 0]), ("b", [0, 10, 0])]);
    assert_eq!(with(Some("a"), &counts), Some("b".into()));
    // Once a is tried, it is not kept.
    let tried = [
        cand("done", 1, &["attribution"], Some(80)),
        cand("a", 2, &["loaded verbs"], Some(40)),
        cand("b", 2, &["loaded verbs"], None),
    ];
    let r = recommend_with(
        &tried,
        &s,
        &[],
        Context {
            previous: Some("a"),
            items: Some(&counts),
        },
    );
    assert_eq!(r.map(|r| r.0), Some("b".into()));
    // A previous recommendation that is no longer in the library is forgotten.
    assert_eq!(with(Some("gone"), &counts), Some("b".into()));
}
