//! The learner's standing per label, in figures and plain words, and the lesson to do next.
//! Pure: built from the attempts the progress file records.

use crate::model::label::Label;
use crate::model::scoring::{ItemStatus, Score};
use crate::model::skills as vocabulary;
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

/// A label's items in words, in the plural, inside a sentence ("opinion words").
pub(crate) fn label_words(l: Label) -> String {
    match l {
        Label::Attribution => crate::t!("profile-model-attributions"),
        Label::Opinion => crate::t!("profile-model-opinion-words"),
        Label::Unsupported => crate::t!("profile-model-unsupported-assertions"),
    }
}

/// A label's items in words, in the plural, at the start of a sentence ("Opinion words").
fn label_words_first(l: Label) -> String {
    match l {
        Label::Attribution => crate::t!("profile-model-attributions.start"),
        Label::Opinion => crate::t!("profile-model-opinion-words.start"),
        Label::Unsupported => crate::t!("profile-model-unsupported-assertions.start"),
    }
}

/// `count` items of a label: "1 attribution", "5 opinion words".
pub(crate) fn label_count(l: Label, count: usize) -> String {
    match l {
        Label::Attribution => crate::t!("profile-model-attributions.count", count = count),
        Label::Opinion => crate::t!("profile-model-opinion-words.count", count = count),
        Label::Unsupported => {
            crate::t!("profile-model-unsupported-assertions.count", count = count)
        }
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
    let strong: Vec<String> = known
        .iter()
        .filter(|x| f(x) >= 70.0)
        .map(|x| label_words(x.label))
        .collect();
    match strong.as_slice() {
        [] => {}
        [a] => parts.push(crate::t!("profile-model-reliable-one", labels = a)),
        [a, b] => parts.push(crate::t!(
            "profile-model-reliable-two",
            first = a,
            second = b
        )),
        [a, b, c, ..] => {
            let three = crate::t!(
                "profile-model-reliable-three",
                first = a,
                second = b,
                third = c
            );
            parts.push(three);
        }
    }
    let weakest = known
        .iter()
        .min_by(|a, b| f(a).total_cmp(&f(b)))
        .filter(|x| f(x) < 70.0);
    if let Some(w) = weakest {
        let (labels, score) = (label_words_first(w.label), format!("{:.0}", f(w)));
        parts.push(crate::t!(
            "profile-model-weakest",
            labels = labels,
            score = score
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
        (A, U) => crate::t!("profile-model-mix-up-attribution-as-unsupported"),
        (A, O) => crate::t!("profile-model-mix-up-attribution-as-opinion"),
        (O, A) => crate::t!("profile-model-mix-up-opinion-as-attribution"),
        (O, U) => crate::t!("profile-model-mix-up-opinion-as-unsupported"),
        (U, A) => crate::t!("profile-model-mix-up-unsupported-as-attribution"),
        (U, O) => crate::t!("profile-model-mix-up-unsupported-as-opinion"),
        _ => return None,
    };
    Some(crate::t!("profile-model-mix-up", mistake = what, count = n))
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

/// How the learner does on the lessons with one skill.
#[derive(Clone, Debug, PartialEq)]
pub struct SkillStanding {
    /// The skill: its canonical name in the skills vocabulary ([`crate::model::skills`]), or the tag as the
    /// first lesson with it spells it when the vocabulary does not know it.
    pub tag: String,
    /// Mean micro F1 over the latest attempt of each lesson with the skill.
    pub f1: f64,
    /// Lessons it is measured on.
    pub lessons: usize,
}

/// The skills of a lesson's tags, each once (by [`crate::model::skills::key`]): "atribución" and
/// "attribution" are one skill; language names are none.
fn skill_keys(tags: &[String]) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = Vec::new();
    for t in tags {
        if let (Some(key), Some(shown)) = (vocabulary::key(t), vocabulary::counted_as(t))
            && !out.iter().any(|(k, _)| *k == key)
        {
            out.push((key, shown));
        }
    }
    out
}

/// The standing per skill, weakest first. `skills` gives each lesson's tags; lessons it
/// does not know are left out. Tags are mapped to the skills vocabulary, so a skill tagged
/// in English, Spanish and French counts once; other tags are compared without case.
pub fn skill_standing(
    attempts: &[AttemptFigures],
    skills: &BTreeMap<String, Vec<String>>,
) -> Vec<SkillStanding> {
    let mut by_tag: BTreeMap<String, (String, Vec<f64>)> = BTreeMap::new();
    for a in latest(attempts, |_| true) {
        for (key, shown) in skill_keys(skills.get(&a.lesson).map(Vec::as_slice).unwrap_or_default())
        {
            by_tag
                .entry(key)
                .or_insert_with(|| (shown, Vec::new()))
                .1
                .push(a.f1);
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

/// Seconds since the Unix epoch as days since it: the profile chart's x axis.
pub fn day_of(at: u64) -> f64 {
    at as f64 / 86_400.0
}

/// The date (year, month 1 to 12, day 1 to 31) of a day counted from 1970-01-01.
fn civil(days: i64) -> (i64, usize, i64) {
    // Howard Hinnant's days-to-civil algorithm.
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    (y, usize::try_from(m).unwrap_or(1), d)
}

/// A chart day ([`day_of`], UTC) in words: "12 Mar 2025", or with `time` the day and the
/// time of day, "12 Mar 14:05".
pub fn date_label(day: f64, time: bool) -> String {
    if !day.is_finite() || day.abs() > 1e7 {
        return String::new();
    }
    let whole = day.floor();
    let (y, m, d) = civil(whole as i64);
    let month = if (1..=12).contains(&m) {
        crate::t!("profile-model-month", month = m)
    } else {
        String::new()
    };
    if time {
        let minutes = (((day - whole) * 1_440.0).round() as u32).min(1_439);
        let clock = format!("{:02}:{:02}", minutes / 60, minutes % 60);
        crate::t!(
            "profile-model-day-and-time",
            day = d,
            month = month,
            time = clock
        )
    } else {
        let year = y.to_string();
        crate::t!("profile-model-date", day = d, month = month, year = year)
    }
}

/// One skill's F1 over time: `(day the attempt was checked ([`day_of`]), F1 × 100)` for the
/// attempts on lessons with the skill (in any of its languages). `attempts` must be in time
/// order.
pub fn skill_series(
    attempts: &[AttemptFigures],
    skills: &BTreeMap<String, Vec<String>>,
    tag: &str,
) -> Vec<[f64; 2]> {
    let Some(tag) = vocabulary::key(tag) else {
        return Vec::new();
    };
    attempts
        .iter()
        .filter(|a| {
            skills.get(&a.lesson).is_some_and(|t| {
                t.iter()
                    .any(|x| vocabulary::key(x).as_deref() == Some(tag.as_str()))
            })
        })
        .map(|a| [day_of(a.at), a.f1 * 100.0])
        .collect()
}

/// The label a lesson's skill tag practises, if it names one: the skills vocabulary's,
/// else guessed from the tag's words.
pub fn label_of_skill(tag: &str) -> Option<Label> {
    if let Some(s) = vocabulary::find(tag) {
        return s.label;
    }
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

mod next;
pub use next::{Candidate, Context, KEEP_MARGIN, learner_level, recommend, recommend_with};

#[cfg(test)]
mod tests;
