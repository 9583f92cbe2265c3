//! The learner's standing per label, in figures and plain words, and the lesson to do next.
//! Pure: built from the attempts the progress file records.

use crate::model::label::Label;

/// One checked attempt as the profile sees it.
#[derive(Clone, Debug, PartialEq)]
pub struct AttemptFigures {
    /// The lesson.
    pub lesson: String,
    /// Seconds since the Unix epoch.
    pub at: u64,
    /// Per-label F1 (0 to 1), `None` where the key has no item of the label.
    pub per_label: [Option<f64>; 3],
}

/// How the learner does on one label.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Standing {
    /// The label.
    pub label: Label,
    /// Mean F1 over the latest attempt of each lesson that has the label.
    pub f1: Option<f64>,
    /// Lessons it is measured on.
    pub lessons: usize,
}

/// The standing per label, in [`Label::ALL`] order.
pub fn standing(attempts: &[AttemptFigures]) -> [Standing; 3] {
    Label::ALL.map(|l| {
        // The latest attempt of each lesson counts.
        let mut latest: Vec<&AttemptFigures> = Vec::new();
        for a in attempts.iter().filter(|a| a.per_label[l.index()].is_some()) {
            match latest.iter_mut().find(|x| x.lesson == a.lesson) {
                Some(x) if x.at <= a.at => *x = a,
                Some(_) => {}
                None => latest.push(a),
            }
        }
        let vals: Vec<f64> = latest
            .iter()
            .filter_map(|a| a.per_label[l.index()])
            .collect();
        Standing {
            label: l,
            f1: (!vals.is_empty()).then(|| vals.iter().sum::<f64>() / vals.len() as f64),
            lessons: vals.len(),
        }
    })
}

fn plural(l: Label) -> &'static str {
    match l {
        Label::Attribution => "attributions",
        Label::Opinion => "opinion words",
        Label::Unsupported => "unsupported assertions",
    }
}

/// The standing in plain words, or `None` before any checked attempt.
pub fn in_words(s: &[Standing; 3]) -> Option<String> {
    let known: Vec<&Standing> = s.iter().filter(|x| x.f1.is_some()).collect();
    if known.is_empty() {
        return None;
    }
    let f = |x: &Standing| x.f1.unwrap_or(0.0) * 100.0;
    let mut parts = Vec::new();
    let strong: Vec<&str> = known
        .iter()
        .filter(|x| f(x) >= 70.0)
        .map(|x| plural(x.label))
        .collect();
    if !strong.is_empty() {
        parts.push(format!("You find {} reliably.", strong.join(" and ")));
    }
    let weakest = known
        .iter()
        .min_by(|a, b| f(a).total_cmp(&f(b)))
        .filter(|x| f(x) < 70.0);
    if let Some(w) = weakest {
        parts.push(format!(
            "{} are where you miss most (F1 {:.0}): practise them next.",
            capitalise(plural(w.label)),
            f(w)
        ));
    }
    Some(parts.join(" "))
}

fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map(|f| f.to_uppercase().chain(c).collect())
        .unwrap_or_default()
}

/// The label a lesson's skill tag practises, if it names one.
pub fn label_of_skill(tag: &str) -> Option<Label> {
    let t = tag.to_lowercase();
    if ["attribution", "atribución", "source", "fuente"]
        .iter()
        .any(|k| t.contains(k))
        && !t.contains("sin fuente")
        && !t.contains("vague")
    {
        return Some(Label::Attribution);
    }
    if [
        "opinion",
        "opinión",
        "evaluative",
        "loaded",
        "framing",
        "promotional",
    ]
    .iter()
    .any(|k| t.contains(k))
    {
        return Some(Label::Opinion);
    }
    if [
        "unsupported",
        "vague",
        "claim",
        "hedge",
        "sin fuente",
        "afirmaciones",
    ]
    .iter()
    .any(|k| t.contains(k))
    {
        return Some(Label::Unsupported);
    }
    None
}

/// A lesson the library could recommend.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Candidate {
    /// Its id.
    pub id: String,
    /// Level 1 to 3.
    pub level: Option<u8>,
    /// Skill tags.
    pub skills: Vec<String>,
    /// Best score so far (0 to 100), if tried.
    pub best: Option<u32>,
}

/// The learner's level: one above the highest level passed with 60 or more, at most 3.
pub fn learner_level(lessons: &[Candidate]) -> u8 {
    let passed = lessons
        .iter()
        .filter(|c| c.best.is_some_and(|b| b >= 60))
        .filter_map(|c| c.level)
        .max();
    passed.map_or(1, |l| (l + 1).min(3))
}

/// The lesson to do next and why: not yet tried, at the learner's level (else the nearest),
/// practising the label where the learner is weakest.
pub fn recommend(lessons: &[Candidate], s: &[Standing; 3]) -> Option<(String, String)> {
    let level = learner_level(lessons);
    let weakest = s
        .iter()
        .filter(|x| x.f1.is_some())
        .min_by(|a, b| a.f1.unwrap_or(0.0).total_cmp(&b.f1.unwrap_or(0.0)))
        .map(|x| x.label);
    let best = lessons
        .iter()
        .filter(|c| c.best.is_none())
        .min_by_key(|c| {
            let distance = c.level.map_or(3, |l| l.abs_diff(level));
            let practises =
                weakest.is_some_and(|w| c.skills.iter().any(|t| label_of_skill(t) == Some(w)));
            (distance, !practises, c.id.clone())
        })?;
    let mut reason = format!("Not tried yet, level {}", best.level.unwrap_or(level));
    if best.level == Some(level) {
        reason.push_str(", your level");
    }
    if let Some(w) = weakest
        && best.skills.iter().any(|t| label_of_skill(t) == Some(w))
        && let Some(f1) = s.get(w.index()).and_then(|x| x.f1)
    {
        reason.push_str(&format!(
            "; it practises {}, where your F1 is lowest ({:.0})",
            plural(w),
            f1 * 100.0
        ));
    }
    reason.push('.');
    Some((best.id.clone(), reason))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn att(lesson: &str, at: u64, f: [Option<f64>; 3]) -> AttemptFigures {
        AttemptFigures {
            lesson: lesson.into(),
            at,
            per_label: f,
        }
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
        let w = in_words(&s).unwrap_or_default();
        assert!(w.contains("You find attributions reliably"), "{w}");
        assert!(
            w.contains("Opinion words are where you miss most (F1 30)"),
            "{w}"
        );
        assert_eq!(in_words(&standing(&[])), None);
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
        let (id, why) = recommend(&lessons, &s).unwrap_or_default();
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
            recommend(&fresh, &standing(&[])).map(|r| r.0),
            Some("x1".into())
        );
        // Nothing left to recommend.
        assert_eq!(recommend(&[cand("d", 1, &[], Some(50))], &s), None);
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
    }
}
