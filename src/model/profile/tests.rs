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
    assert_eq!(s[0].tag, "Hedges");
    assert!((s[0].f1 - 0.5).abs() < 1e-12);
    assert_eq!(s[0].lessons, 2);
    assert_eq!(s[1].tag, "attribution");
    assert!((s[1].f1 - 0.6).abs() < 1e-12);
    let series = skill_series(&all, &skills, "HEDGES");
    assert_eq!(series.len(), 3);
    assert_eq!(series[0], [1.0, 20.0]);
    assert_eq!(series[2][0], 3.0);
    assert!((series[2][1] - 60.0).abs() < 1e-9);
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
    assert!(
        why.contains("your level") && why.contains("opinion words") && why.contains("30"),
        "{why}"
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
        why.contains("opinion words") && why.contains("\"Hedges\", a skill where you score 45"),
        "{why}"
    );
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
