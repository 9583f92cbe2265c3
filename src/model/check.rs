//! The key checker: what an instructor should fix in a lesson or its key.
//!
//! Pure: it looks at a parsed lesson and key and returns findings; the CLI and the
//! authoring view both show them.

use crate::model::anchor::Placement;
use crate::model::annotation::{Key, Resolved, resolve};
use crate::model::label::Label;
use crate::model::lesson::Lesson;
use std::collections::{BTreeMap, BTreeSet};

/// How serious a finding is. Both make `check` exit 1; errors make a key unusable.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    /// Should be fixed.
    Warning,
    /// Must be fixed.
    Error,
}

/// One problem found.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Finding {
    /// How serious.
    pub severity: Severity,
    /// The key item it concerns (0-based), if any.
    pub item: Option<usize>,
    /// What is wrong and what to do.
    pub message: String,
}

impl Finding {
    fn warn(item: Option<usize>, message: String) -> Finding {
        Finding {
            severity: Severity::Warning,
            item,
            message,
        }
    }
}

/// Front-matter findings for a lesson.
pub fn check_lesson(lesson: &Lesson) -> Vec<Finding> {
    let m = &lesson.meta;
    let mut out = Vec::new();
    if m.level.is_none() {
        out.push(Finding::warn(None, crate::t!("check-no-level")));
    }
    if m.instructions
        .as_deref()
        .is_none_or(|s| s.trim().is_empty())
    {
        out.push(Finding::warn(None, crate::t!("check-no-instructions")));
    }
    if m.source
        .as_ref()
        .and_then(|s| s.licence.as_deref())
        .is_none_or(|s| s.trim().is_empty())
    {
        out.push(Finding::warn(None, crate::t!("check-no-licence")));
    }
    // Skill tags outside the vocabulary would count as skills of their own in the profile.
    for tag in &m.skills {
        if let Some(p) = crate::model::skills::problem(tag) {
            out.push(Finding::warn(None, p));
        }
    }
    out
}

fn describe(lesson: &Lesson, i: usize, start: usize, end: usize) -> String {
    let q = lesson.text.slice_clamped(start, end);
    let q: String = if q.chars().count() > 40 {
        q.chars().take(37).chain("...".chars()).collect()
    } else {
        q.to_string()
    };
    let (number, quote) = ((i + 1).to_string(), format!("{q:?}"));
    let (start, end) = (start.to_string(), end.to_string());
    crate::t!(
        "check-item",
        number = number,
        start = start,
        end = end,
        quote = quote
    )
}

/// Findings for a key on its lesson. Returns the findings and, when the spans could be
/// validated, where each item was placed.
pub fn check_key(lesson: &Lesson, key: &Key) -> (Vec<Finding>, Option<Resolved>) {
    let mut out = Vec::new();
    let resolved = match resolve(&lesson.text, &key.items, key.text_sha256.as_deref()) {
        Ok(r) => r,
        Err(e) => {
            out.push(Finding {
                severity: Severity::Error,
                item: None,
                message: e.to_string(),
            });
            return (out, None);
        }
    };
    if !resolved.same_text {
        out.push(Finding::warn(None, crate::t!("check-other-text-version")));
    }
    for (i, (item, (range, placement))) in key
        .items
        .iter()
        .zip(resolved.ranges.iter().zip(&resolved.placements))
        .enumerate()
    {
        match (placement, range) {
            (Placement::Orphaned, _) | (_, None) => {
                let number = (i + 1).to_string();
                let quote = format!("{:?}", item.quote.as_deref().unwrap_or(""));
                out.push(Finding {
                    severity: Severity::Error,
                    item: Some(i),
                    message: crate::t!("check-item-lost", number = number, quote = quote),
                });
            }
            (Placement::Moved { from, distance }, Some((a, b))) => {
                let it = describe(lesson, i, *a, *b);
                let (s, e) = (from.0.to_string(), from.1.to_string());
                let message = if *distance > 0 {
                    let n = distance.to_string();
                    crate::t!(
                        "check-item-moved-roughly",
                        item = it,
                        start = s,
                        end = e,
                        edits = n
                    )
                } else {
                    crate::t!("check-item-moved", item = it, start = s, end = e)
                };
                out.push(Finding::warn(Some(i), message));
            }
            (Placement::InPlace, Some(_)) => {}
        }
        if let Some((a, b)) = *range {
            if lesson.text.snap_to_words(a, b) != Some((a, b)) {
                let described = describe(lesson, i, a, b);
                let message = crate::t!("check-item-ragged", item = described);
                out.push(Finding::warn(Some(i), message));
            }
            if item
                .rationale
                .as_deref()
                .is_none_or(|r| r.trim().is_empty())
            {
                let (described, label) = (describe(lesson, i, a, b), item.label.title());
                let message = crate::t!("check-item-no-rationale", item = described, label = label);
                out.push(Finding::warn(Some(i), message));
            }
        }
    }
    // Same-label overlaps, in text order.
    let mut placed: Vec<(usize, usize, Label, usize)> = key
        .items
        .iter()
        .zip(&resolved.ranges)
        .enumerate()
        .filter_map(|(i, (it, r))| r.map(|(a, b)| (a, b, it.label, i)))
        .collect();
    placed.sort_unstable();
    for (x, p) in placed.iter().enumerate() {
        for q in placed.iter().skip(x + 1) {
            if q.0 >= p.1 {
                break;
            }
            if q.2 == p.2 {
                let (a, b, l) = ((p.3 + 1).to_string(), (q.3 + 1).to_string(), p.2.title());
                let message = crate::t!("check-items-overlap", first = a, second = b, label = l);
                out.push(Finding::warn(Some(q.3), message));
            }
        }
    }
    (out, Some(resolved))
}

/// A phrase as labelled in one key.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LabelledPhrase {
    /// Which key (a file name).
    pub key: String,
    /// The exact quoted text.
    pub quote: String,
    /// The label.
    pub label: Label,
}

/// A phrase labelled differently across keys: the phrase (lowercased) and, per key, the
/// labels it carries there.
pub type Inconsistency = (String, Vec<(String, Vec<Label>)>);

/// Exact phrases given different labels in different keys.
pub fn inconsistent_phrases(phrases: &[LabelledPhrase]) -> Vec<Inconsistency> {
    // phrase -> key -> labels
    let mut map: BTreeMap<String, BTreeMap<&str, BTreeSet<Label>>> = BTreeMap::new();
    for p in phrases {
        map.entry(p.quote.to_lowercase())
            .or_default()
            .entry(p.key.as_str())
            .or_default()
            .insert(p.label);
    }
    map.into_iter()
        .filter(|(_, keys)| {
            let sets: BTreeSet<&BTreeSet<Label>> = keys.values().collect();
            keys.len() > 1 && sets.len() > 1
        })
        .map(|(q, keys)| {
            (
                q,
                keys.into_iter()
                    .map(|(k, ls)| (k.to_string(), ls.into_iter().collect()))
                    .collect(),
            )
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::annotation::KeyItem;
    use crate::model::lesson::LessonFormat;
    use crate::model::span::Span;

    fn lesson() -> Lesson {
        Lesson::parse(
            "+++\ntitle = \"T\"\nlevel = 1\ninstructions = \"Mark it.\"\n[source]\nlicence = \"CC0\"\n+++\nOfficials said the plan was a disaster, critics say.",
            LessonFormat::Markdown,
            "t",
        )
        .unwrap_or_else(|e| panic!("{e}"))
    }

    #[test]
    fn clean_key_has_no_findings() {
        let l = lesson();
        let mut k = Key::new(&l.text, None);
        k.items.push(KeyItem::new(
            &l.text,
            Span::new(0, 14, Label::Attribution),
            Some("Named.".into()),
        ));
        assert!(check_lesson(&l).is_empty());
        assert!(check_key(&l, &k).0.is_empty());
    }

    #[test]
    fn finds_ragged_missing_rationale_and_overlap() {
        let l = lesson();
        let mut k = Key::new(&l.text, None);
        k.items.push(KeyItem::new(
            &l.text,
            Span::new(0, 15, Label::Attribution),
            Some("x".into()),
        ));
        k.items.push(KeyItem::new(
            &l.text,
            Span::new(10, 14, Label::Attribution),
            None,
        ));
        let msgs: Vec<_> = check_key(&l, &k).0.into_iter().map(|f| f.message).collect();
        assert!(msgs.iter().any(|m| m.contains("ragged")), "{msgs:?}");
        assert!(msgs.iter().any(|m| m.contains("no rationale")), "{msgs:?}");
        assert!(msgs.iter().any(|m| m.contains("overlap")), "{msgs:?}");
    }

    #[test]
    fn unknown_skill_tags_and_language_names_are_warnings() {
        let l = Lesson::parse(
            "+++\ntitle = \"T\"\nlevel = 1\ninstructions = \"Mark it.\"\nskills = [\"atribución\", \"astrology\", \"español\"]\n[source]\nlicence = \"CC0\"\n+++\nOfficials said so.",
            LessonFormat::Markdown,
            "t",
        )
        .unwrap_or_else(|e| panic!("{e}"));
        let f = check_lesson(&l);
        assert_eq!(f.len(), 2, "{f:?}");
        assert!(f.iter().all(|x| x.severity == Severity::Warning));
        assert!(
            f[0].message.contains("unknown skill tag \"astrology\""),
            "{f:?}"
        );
        assert!(f[1].message.contains("is a language"), "{f:?}");
    }

    #[test]
    fn flags_phrase_labelled_differently() {
        let p = |k: &str, q: &str, l| LabelledPhrase {
            key: k.into(),
            quote: q.into(),
            label: l,
        };
        let r = inconsistent_phrases(&[
            p("a", "analysts say", Label::Unsupported),
            p("b", "Analysts say", Label::Attribution),
            p("a", "said", Label::Attribution),
            p("b", "said", Label::Attribution),
        ]);
        assert_eq!(r.len(), 1);
        assert_eq!(r[0].0, "analysts say");
    }
}
