//! The lesson to do next, with a reason the learner understands, kept until the learner
//! checks it or another lesson is clearly better.

use super::{SkillStanding, Standing, label_count, label_of_skill, label_words};
use crate::model::label::Label;
use crate::model::skills as vocabulary;
use std::cmp::Reverse;
use std::collections::BTreeMap;

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

/// What the recommendation knows besides the lessons and the learner's standing.
#[derive(Clone, Copy, Debug, Default)]
pub struct Context<'a> {
    /// The lesson recommended before: it stays recommended until the learner has tried it
    /// or another lesson fits at least [`KEEP_MARGIN`] points better.
    pub previous: Option<&'a str>,
    /// Each lesson's answer-key items per label ([`Label::ALL`] order), by lesson id.
    pub items: Option<&'a BTreeMap<String, [usize; 3]>>,
}

/// How many points better another lesson must fit to replace the one recommended before.
pub const KEEP_MARGIN: f64 = 5.0;

/// The learner's level: one above the highest level passed with 60 or more, at most 3.
pub fn learner_level(lessons: &[Candidate]) -> u8 {
    let passed = lessons
        .iter()
        .filter(|c| c.best.is_some_and(|b| b >= 60))
        .filter_map(|c| c.level)
        .max();
    passed.map_or(1, |l| (l + 1).min(3))
}

/// How well an untried lesson fits the learner, in points, and why.
struct Fit<'a> {
    /// 40 at the learner's level, 20 one level off; up to 25 for practising the weakest
    /// label (more for more items of it); up to 10 for the weak skills it shares.
    points: f64,
    /// It practises the weakest label (a tag names it, or its key has items of it).
    practises: bool,
    /// Its key's items of the weakest label, when known.
    weakest_items: Option<usize>,
    /// The weakest skill it shares (below 70) that is not the weakest label itself.
    weak_skill: Option<&'a SkillStanding>,
}

fn fit<'a>(
    c: &Candidate,
    level: u8,
    weakest: Option<Label>,
    weak: &[(String, &'a SkillStanding)],
    items: Option<&[usize; 3]>,
) -> Fit<'a> {
    let level_points = match c.level.map(|l| l.abs_diff(level)) {
        Some(0) => 40.0,
        Some(1) => 20.0,
        _ => 0.0,
    };
    let tagged = weakest.is_some_and(|w| c.skills.iter().any(|t| label_of_skill(t) == Some(w)));
    let weakest_items = weakest.and_then(|w| items.map(|i| i[w.index()]));
    let practises = tagged || weakest_items.is_some_and(|n| n > 0);
    let tag_points = if tagged { 5.0 } else { 0.0 };
    let item_points = weakest_items.map_or(0.0, |n| n.min(10) as f64);
    let label_points = if practises {
        10.0 + tag_points + item_points
    } else {
        0.0
    };
    let keys: Vec<String> = c.skills.iter().filter_map(|t| vocabulary::key(t)).collect();
    // `weak` is weakest first.
    let shared: Vec<&'a SkillStanding> = weak
        .iter()
        .filter(|(k, _)| keys.contains(k))
        .map(|(_, s)| *s)
        .collect();
    let skill_points = shared
        .iter()
        .map(|s| (0.7 - s.f1).max(0.0) * 20.0)
        .sum::<f64>()
        .min(10.0);
    let weak_skill = shared
        .into_iter()
        .find(|s| weakest.is_none() || label_of_skill(&s.tag) != weakest);
    Fit {
        points: level_points + label_points + skill_points,
        practises,
        weakest_items,
        weak_skill,
    }
}

/// "5 attributions, 1 opinion word and 2 unsupported assertions" (labels with none left out).
fn items_in_words(items: &[usize; 3]) -> String {
    let parts: Vec<String> = Label::ALL
        .iter()
        .filter(|l| items[l.index()] > 0)
        .map(|l| label_count(*l, items[l.index()]))
        .collect();
    match parts.as_slice() {
        [] => String::new(),
        [one] => one.clone(),
        [a, b] => crate::t!("profile-model-items-two", first = a, second = b),
        [a, b, c, ..] => crate::t!(
            "profile-model-items-three",
            first = a,
            second = b,
            third = c
        ),
    }
}

/// Why this lesson, in words a learner understands.
fn reason(
    c: &Candidate,
    f: &Fit<'_>,
    weakest: Option<Label>,
    level: u8,
    items: Option<&[usize; 3]>,
) -> String {
    let mut out = Vec::new();
    match weakest {
        Some(w) if f.practises => out.push(match f.weakest_items {
            Some(n) if n > 0 => {
                crate::t!(
                    "profile-model-reason-weakest-items",
                    labels = label_words(w),
                    count = n
                )
            }
            _ => crate::t!("profile-model-reason-weakest", labels = label_words(w)),
        }),
        Some(_) => out.push(crate::t!("profile-model-reason-untried")),
        None => out.push(match items.filter(|i| i.iter().sum::<usize>() > 0) {
            Some(i) => crate::t!(
                "profile-model-reason-start-items",
                items = items_in_words(i)
            ),
            None => crate::t!("profile-model-reason-start"),
        }),
    }
    if let Some(l) = c.level {
        out.push(match l.cmp(&level) {
            std::cmp::Ordering::Equal => crate::t!("profile-model-reason-your-level", level = l),
            std::cmp::Ordering::Greater => crate::t!("profile-model-reason-step-up", level = l),
            std::cmp::Ordering::Less => crate::t!("profile-model-reason-easier", level = l),
        });
    }
    if let Some(k) = f.weak_skill {
        out.push(crate::t!(
            "profile-model-reason-weak-skill",
            skill = k.tag.as_str()
        ));
    }
    out.join(" ")
}

/// The lesson to do next and why, without a previous recommendation or key figures (see
/// [`recommend_with`]).
pub fn recommend(
    lessons: &[Candidate],
    s: &[Standing; 3],
    skills: &[SkillStanding],
) -> Option<(String, String)> {
    recommend_with(lessons, s, skills, Context::default())
}

/// The lesson to do next (its id) and why. Among the lessons not tried yet, the one that
/// fits best: at the learner's level (else the nearest), practising the label where the
/// learner is weakest (the more items of it, the better) and the skills where they score
/// below 70 (`skills` as [`super::skill_standing`] gives them); ties go to the first id.
/// The lesson recommended before (`ctx.previous`) stays while it is untried, unless another
/// fits [`KEEP_MARGIN`] points better. Once every lesson is tried: the one with the lowest
/// best score under 80, to try again.
pub fn recommend_with(
    lessons: &[Candidate],
    s: &[Standing; 3],
    skills: &[SkillStanding],
    ctx: Context<'_>,
) -> Option<(String, String)> {
    let level = learner_level(lessons);
    let weakest = s
        .iter()
        .filter(|x| x.f1.is_some())
        .min_by(|a, b| a.f1.unwrap_or(0.0).total_cmp(&b.f1.unwrap_or(0.0)))
        .map(|x| x.label);
    // Weak skills, weakest first, by their vocabulary key.
    let weak: Vec<(String, &SkillStanding)> = skills
        .iter()
        .filter(|k| k.f1 < 0.7)
        .filter_map(|k| Some((vocabulary::key(&k.tag)?, k)))
        .collect();
    let items_of = |c: &Candidate| ctx.items.and_then(|m| m.get(&c.id));
    let scored: Vec<(&Candidate, Fit<'_>)> = lessons
        .iter()
        .filter(|c| c.best.is_none())
        .map(|c| (c, fit(c, level, weakest, &weak, items_of(c))))
        .collect();
    let best = scored.iter().max_by(|a, b| {
        a.1.points
            .total_cmp(&b.1.points)
            .then_with(|| Reverse(&a.0.id).cmp(&Reverse(&b.0.id)))
    });
    let Some(best) = best else {
        // Every lesson tried: the one with the lowest best score under 80, to try again.
        let again = lessons
            .iter()
            .filter_map(|c| c.best.filter(|b| *b < 80).map(|b| (b, c)))
            .min_by_key(|(b, c)| (*b, c.id.clone()))?;
        let why = crate::t!("profile-model-reason-try-again", score = again.0);
        return Some((again.1.id.clone(), why));
    };
    // Keep the earlier recommendation unless this one is clearly better.
    let kept = ctx
        .previous
        .and_then(|p| scored.iter().find(|(c, _)| c.id == p))
        .filter(|(_, f)| best.1.points - f.points < KEEP_MARGIN);
    let (c, f) = kept.unwrap_or(best);
    let c: &Candidate = c;
    Some((c.id.clone(), reason(c, f, weakest, level, items_of(c))))
}
