//! The learner's standing per label, in figures and plain words, and the lesson to do next.
//! Pure: built from the attempts the progress file records.

use crate::model::label::Label;
use crate::model::scoring::{ItemStatus, Score};
use std::collections::BTreeMap;

/// One checked attempt as the profile sees it.
#[derive(Clone, Debug, PartialEq)]
pub struct AttemptFigures {
    /// The lesson.
    pub lesson: String,
    /// Seconds since the Unix epoch.
    pub at: u64,
    /// Micro F1 over all labels (0 to 1).
    pub f1: f64,
    /// Per-label F1 (0 to 1), `None` where the key has no item of the label.
    pub per_label: [Option<f64>; 3],
    /// Key items marked with another label: `[item's label][label given]` (see [`mix_ups`]).
    pub mix_ups: [[u32; 3]; 3],
}

/// Key items the answer marked with another label, `[item's label][label given]`. An item
/// counts once per other label that overlaps it.
pub fn mix_ups(score: &Score) -> [[u32; 3]; 3] {
    let mut m = [[0u32; 3]; 3];
    for it in score
        .items
        .iter()
        .filter(|i| i.status == ItemStatus::WrongLabel)
    {
        for given in Label::ALL.into_iter().filter(|l| *l != it.label) {
            if score
                .answer_spans
                .iter()
                .any(|s| s.label == given && s.start < it.end && it.start < s.end)
            {
                m[it.label.index()][given.index()] += 1;
            }
        }
    }
    m
}

/// The latest attempt of each lesson among those `keep` accepts, in lesson order.
fn latest(
    attempts: &[AttemptFigures],
    keep: impl Fn(&AttemptFigures) -> bool,
) -> Vec<&AttemptFigures> {
    let mut latest: BTreeMap<&str, &AttemptFigures> = BTreeMap::new();
    for a in attempts.iter().filter(|a| keep(a)) {
        latest
            .entry(a.lesson.as_str())
            .and_modify(|x| {
                if x.at <= a.at {
                    *x = a;
                }
            })
            .or_insert(a);
    }
    latest.into_values().collect()
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
        let vals: Vec<f64> = latest(attempts, |a| a.per_label[l.index()].is_some())
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

/// The standing in plain words, or `None` before any checked attempt. `mix` is the
/// learner's mix-ups over their latest attempts ([`mix_ups_total`]); the most frequent one,
/// if it happened at least twice, gets a sentence of its own.
pub fn in_words(s: &[Standing; 3], mix: &[[u32; 3]; 3]) -> Option<String> {
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
    if let Some(m) = main_mix_up(mix) {
        parts.push(m);
    }
    Some(parts.join(" "))
}

/// The learner's most frequent mix-up in words, if it happened at least twice.
pub fn main_mix_up(mix: &[[u32; 3]; 3]) -> Option<String> {
    let mut best: Option<(u32, Label, Label)> = None;
    for key in Label::ALL {
        for given in Label::ALL.into_iter().filter(|g| *g != key) {
            let n = mix[key.index()][given.index()];
            if n >= 2 && best.is_none_or(|(b, _, _)| n > b) {
                best = Some((n, key, given));
            }
        }
    }
    let (n, key, given) = best?;
    use Label::{Attribution as A, Opinion as O, Unsupported as U};
    let what = match (key, given) {
        (A, U) => {
            "you often mark sourced statements as unsupported; a named or specific source with a reporting verb is attribution, even when the claim sounds doubtful"
        }
        (A, O) => {
            "you often mark a source and its reporting verb as opinion; who said it is attribution, and only a loaded verb carries opinion too"
        }
        (O, A) => {
            "you often mark a source's judging words as attribution; the source and verb are attribution, the loaded words inside the quote are opinion"
        }
        (O, U) => {
            "you often mark judging words as unsupported; a view that cannot be proved true or false is opinion"
        }
        (U, A) => {
            "you often take vague sourcing (\"critics say\", \"studies show\") for attribution; a source no reader can identify is unsupported"
        }
        (U, O) => {
            "you often mark unsourced factual claims as opinion; a claim that could be checked but has no source is unsupported"
        }
        _ => return None,
    };
    Some(format!("{} ({n} items).", capitalise(what)))
}

/// Mix-ups summed over the latest attempt of each lesson.
pub fn mix_ups_total(attempts: &[AttemptFigures]) -> [[u32; 3]; 3] {
    let mut m = [[0u32; 3]; 3];
    for a in latest(attempts, |_| true) {
        for (row, add) in m.iter_mut().zip(&a.mix_ups) {
            for (c, x) in row.iter_mut().zip(add) {
                *c += x;
            }
        }
    }
    m
}

/// How the learner does on the lessons with one skill tag.
#[derive(Clone, Debug, PartialEq)]
pub struct SkillStanding {
    /// The tag, as the first lesson with it spells it.
    pub tag: String,
    /// Mean micro F1 over the latest attempt of each lesson with the tag.
    pub f1: f64,
    /// Lessons it is measured on.
    pub lessons: usize,
}

/// The standing per skill tag (tags compared without case), weakest first. `skills` gives
/// each lesson's tags; lessons it does not know are left out.
pub fn skill_standing(
    attempts: &[AttemptFigures],
    skills: &BTreeMap<String, Vec<String>>,
) -> Vec<SkillStanding> {
    let mut by_tag: BTreeMap<String, (String, Vec<f64>)> = BTreeMap::new();
    for a in latest(attempts, |_| true) {
        for tag in skills.get(&a.lesson).into_iter().flatten() {
            let e = by_tag
                .entry(tag.trim().to_lowercase())
                .or_insert_with(|| (tag.trim().to_string(), Vec::new()));
            e.1.push(a.f1);
        }
    }
    let mut out: Vec<SkillStanding> = by_tag
        .into_values()
        .filter(|(_, v)| !v.is_empty())
        .map(|(tag, v)| SkillStanding {
            tag,
            f1: v.iter().sum::<f64>() / v.len() as f64,
            lessons: v.len(),
        })
        .collect();
    out.sort_by(|a, b| a.f1.total_cmp(&b.f1).then_with(|| a.tag.cmp(&b.tag)));
    out
}

/// One skill tag's F1 attempt by attempt: `(attempt number from 1 in time order, F1)` for
/// the attempts on lessons with the tag. `attempts` must be in time order.
pub fn skill_series(
    attempts: &[AttemptFigures],
    skills: &BTreeMap<String, Vec<String>>,
    tag: &str,
) -> Vec<[f64; 2]> {
    let tag = tag.trim().to_lowercase();
    attempts
        .iter()
        .enumerate()
        .filter(|(_, a)| {
            skills
                .get(&a.lesson)
                .is_some_and(|t| t.iter().any(|x| x.trim().to_lowercase() == tag))
        })
        .map(|(i, a)| [i as f64 + 1.0, a.f1 * 100.0])
        .collect()
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
        && !t.contains("sans source")
        && !t.contains("vague")
    {
        return Some(Label::Attribution);
    }
    if [
        "opinion",
        "opinión",
        "évalua",
        "chargé",
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
        "sans source",
        "afirmaciones",
        "affirmations",
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
/// practising the label where the learner is weakest and, among those, sharing the most
/// skill tags where they score below 70 (`skills` as [`skill_standing`] gives them). Once
/// every lesson is tried, the one with the lowest best score under 80, to try again.
pub fn recommend(
    lessons: &[Candidate],
    s: &[Standing; 3],
    skills: &[SkillStanding],
) -> Option<(String, String)> {
    let level = learner_level(lessons);
    let weakest = s
        .iter()
        .filter(|x| x.f1.is_some())
        .min_by(|a, b| a.f1.unwrap_or(0.0).total_cmp(&b.f1.unwrap_or(0.0)))
        .map(|x| x.label);
    // Weak tags, weakest first, compared without case.
    let weak_tags: Vec<(String, &SkillStanding)> = skills
        .iter()
        .filter(|k| k.f1 < 0.7)
        .map(|k| (k.tag.trim().to_lowercase(), k))
        .collect();
    let tags_of = |c: &Candidate| -> Vec<String> {
        c.skills.iter().map(|t| t.trim().to_lowercase()).collect()
    };
    let untried = lessons.iter().filter(|c| c.best.is_none());
    let Some(best) = untried.min_by_key(|c| {
        let distance = c.level.map_or(3, |l| l.abs_diff(level));
        let practises =
            weakest.is_some_and(|w| c.skills.iter().any(|t| label_of_skill(t) == Some(w)));
        let tags = tags_of(c);
        let weak_shared = weak_tags.iter().filter(|(t, _)| tags.contains(t)).count();
        (
            distance,
            !practises,
            std::cmp::Reverse(weak_shared),
            c.id.clone(),
        )
    }) else {
        // Every lesson tried: the one with the lowest best score under 80, to try again.
        let again = lessons
            .iter()
            .filter_map(|c| c.best.filter(|b| *b < 80).map(|b| (b, c)))
            .min_by_key(|(b, c)| (*b, c.id.clone()))?;
        return Some((
            again.1.id.clone(),
            format!(
                "You have tried every lesson; your best here is {}, the lowest: try it again.",
                again.0
            ),
        ));
    };
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
    // The weakest skill it shares (weak_tags is weakest first).
    let tags = tags_of(best);
    if let Some((_, k)) = weak_tags.iter().find(|(t, _)| tags.contains(t)) {
        reason.push_str(&format!(
            "; and \"{}\", a skill where you score {:.0}",
            k.tag,
            k.f1 * 100.0
        ));
    }
    reason.push('.');
    Some((best.id.clone(), reason))
}

#[cfg(test)]
mod tests;
