//! The suggestion assistant: transparent rules that propose candidate key items for an
//! instructor to accept or reject. It never writes a key by itself.
//!
//! Each rule is a word list (a data file in `assets/rules/LANG/`, see [`parse_rule`]) with a
//! label, a kind and a rationale template:
//! - `phrase`: the listed phrase itself ("critics say", "claimed", "disaster");
//! - `source-verb`: a reporting verb with the source next to it: a capitalised name ("Vance
//!   said", "said Mayor Ruth Adeyemi"), a pronoun ("he said") or a determiner and noun ("the
//!   ministry announced");
//! - `according-to`: the cue with the source after it, up to the next punctuation
//!   ("according to the city's transportation department").
//!
//! Matching is case-insensitive on whole words (Unicode word segmentation); the words of a
//! match may be separated by spaces or a hyphen, and `*` in an entry stands for any one
//! lowercase word that is no function word ("too *").
//!
//! The submodules: `sources` finds who is speaking, `records` a record as a source ("council
//! figures show"), `structure` the rules that look past single words (vague groups, unsourced
//! claims, quoted fragments), `continuations` leaves out a cue that only continues a named
//! source's account, `evaluate` compares suggestions with a key, and `language` guesses an
//! article's language.

use crate::model::label::Label;
use crate::model::span::Span;
use crate::model::text::TextIndex;
use records::{SHOW_VERBS, record_before};
use sources::{
    PLURAL_CUES, determined_after, name_after, source_after_cue, source_before, widen_source,
    widen_verb,
};
use std::collections::HashMap;

/// How a rule finds its spans.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RuleKind {
    /// The listed phrase.
    Phrase,
    /// A reporting verb with its source.
    SourceVerb,
    /// A cue followed by its source.
    AccordingTo,
    /// A reporting verb after a group nobody could check ("some residents say").
    VagueGroup,
    /// A cue word in a clause with no source in its sentence (nor in the one before, when it
    /// plainly continues that one).
    UnsourcedClaim,
    /// A short phrase in quotation marks (no entries).
    QuotedFragment,
    /// The listed phrase inside quotation marks only.
    QuotedPhrase,
}

/// One rule: a word list with its label, kind and rationale template.
#[derive(Clone, Debug, PartialEq)]
pub struct Rule {
    /// Its id, e.g. `vague-sourcing`.
    pub id: String,
    /// The label it suggests.
    pub label: Label,
    /// How it matches.
    pub kind: RuleKind,
    /// Rationale template; `{quote}` stands for the matched text.
    pub rationale: String,
    /// Entries as lowercase words.
    pub entries: Vec<Vec<String>>,
}

/// A malformed rule file: where and what.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("line {line}: {message}")]
pub struct RuleError {
    /// 1-based line (0 for the file as a whole).
    pub line: usize,
    /// What is wrong.
    pub message: String,
}

/// In an entry, any one word: "too *" matches "too slow".
const ANY_WORD: &str = "*";
/// Words "*" does not stand for: function words, and the amounts and times that make "too"
/// plain ("too much", "too late").
const NOT_ANY_WORD: &[&str] = &[
    "a", "an", "the", "of", "to", "in", "on", "at", "for", "with", "by", "from", "and", "or",
    "but", "is", "was", "are", "were", "be", "been", "has", "have", "had", "it", "this", "that",
    "he", "she", "they", "we", "you", "i", "much", "many", "few", "late", "early", "soon", "often",
    "long", "far",
];

fn words_of(s: &str) -> Vec<String> {
    TextIndex::new(s.to_string())
        .words()
        .iter()
        .map(|&(a, b)| {
            s.chars()
                .skip(a)
                .take(b - a)
                .collect::<String>()
                .to_lowercase()
        })
        .collect()
}

/// Parse a rule file. Lines starting with `#` are comments; `# rule:`, `# label:`,
/// `# kind:` and `# rationale:` header lines come before the first entry; every other
/// non-blank line is an entry.
pub fn parse_rule(text: &str) -> Result<Rule, RuleError> {
    let (mut id, mut label, mut kind, mut rationale) = (None, None, None, None);
    let mut entries = Vec::new();
    for (i, raw) in text.lines().enumerate() {
        let line = i + 1;
        let l = raw.trim();
        if l.is_empty() {
            continue;
        }
        if let Some(c) = l.strip_prefix('#') {
            let Some((k, v)) = c.split_once(':') else {
                continue;
            };
            let (k, v) = (k.trim(), v.trim());
            let header = matches!(k, "rule" | "label" | "kind" | "rationale");
            if !header {
                continue;
            }
            if !entries.is_empty() {
                return Err(RuleError {
                    line,
                    message: format!("the header field {k:?} must come before the first entry"),
                });
            }
            match k {
                "rule" => id = Some(v.to_string()),
                "label" => {
                    label = Some(v.parse::<Label>().map_err(|_| RuleError {
                        line,
                        message: format!(
                            "unknown label {v:?}: labels are attribution, opinion and unsupported"
                        ),
                    })?)
                }
                "kind" => {
                    kind = Some(match v {
                        "phrase" => RuleKind::Phrase,
                        "source-verb" => RuleKind::SourceVerb,
                        "according-to" => RuleKind::AccordingTo,
                        "vague-group" => RuleKind::VagueGroup,
                        "unsourced-claim" => RuleKind::UnsourcedClaim,
                        "quoted-fragment" => RuleKind::QuotedFragment,
                        "quoted-phrase" => RuleKind::QuotedPhrase,
                        _ => {
                            return Err(RuleError {
                                line,
                                message: format!(
                                    "unknown kind {v:?}: kinds are phrase, source-verb, according-to, quoted-phrase, vague-group, unsourced-claim and quoted-fragment"
                                ),
                            });
                        }
                    })
                }
                _ => rationale = Some(v.to_string()),
            }
            continue;
        }
        // "*" stands for any one word ("too *"): split it off before finding the words.
        let w: Vec<String> = l
            .split_whitespace()
            .flat_map(|part| match part {
                ANY_WORD => vec![ANY_WORD.to_string()],
                _ => words_of(part),
            })
            .collect();
        if w.first().is_none_or(|f| f == ANY_WORD) {
            return Err(RuleError {
                line,
                message: format!("the entry {l:?} must start with a word (not \"*\")"),
            });
        }
        entries.push(w);
    }
    let missing = |f: &str| RuleError {
        line: 0,
        message: format!("the header line \"# {f}: …\" is missing"),
    };
    Ok(Rule {
        id: id.ok_or_else(|| missing("rule"))?,
        label: label.ok_or_else(|| missing("label"))?,
        kind: kind.ok_or_else(|| missing("kind"))?,
        rationale: rationale.ok_or_else(|| missing("rationale"))?,
        entries,
    })
}

/// A candidate key item.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
pub struct Suggestion {
    /// First char.
    pub start: usize,
    /// End char.
    pub end: usize,
    /// Suggested label.
    pub label: Label,
    /// The rule that fired.
    pub rule: String,
    /// The text it covers.
    pub quote: String,
    /// The rule's rationale, filled in.
    pub rationale: String,
}

impl Suggestion {
    /// A suggestion of `rule` for chars `start..end`, its rationale filled in.
    fn of_rule(text: &TextIndex, (start, end): (usize, usize), rule: &Rule) -> Suggestion {
        let quote = text.slice_clamped(start, end).to_string();
        Suggestion {
            start,
            end,
            label: rule.label,
            rule: rule.id.clone(),
            rationale: rule.rationale.replace("{quote}", &quote),
            quote,
        }
    }

    /// As a span.
    pub fn span(&self) -> Span {
        Span::new(self.start, self.end, self.label)
    }
}

/// The words of a text with their char ranges and lowercase forms.
struct Tokens<'a> {
    text: &'a TextIndex,
    ranges: Vec<(usize, usize)>,
    lower: Vec<String>,
}

impl<'a> Tokens<'a> {
    fn new(text: &'a TextIndex) -> Tokens<'a> {
        let ranges = text.words();
        let lower = ranges
            .iter()
            .map(|&(a, b)| text.slice_clamped(a, b).to_lowercase())
            .collect();
        Tokens {
            text,
            ranges,
            lower,
        }
    }

    /// True when tokens `i` and `i + 1` are separated by spaces only.
    fn joined(&self, i: usize) -> bool {
        match (self.ranges.get(i), self.ranges.get(i + 1)) {
            (Some(&(_, e)), Some(&(s, _))) => self
                .text
                .slice_clamped(e, s)
                .chars()
                .all(|c| c == ' ' || c == '\u{a0}'),
            _ => false,
        }
    }

    /// True when tokens `i` and `i + 1` are separated by spaces or a hyphen ("hot-headed").
    fn linked(&self, i: usize) -> bool {
        self.joined(i)
            || match (self.ranges.get(i), self.ranges.get(i + 1)) {
                (Some(&(_, e)), Some(&(s, _))) => self.text.slice_clamped(e, s) == "-",
                _ => false,
            }
    }

    /// Does `entry` match at token `i`? Returns the index after the match. The words of an
    /// entry may be separated by spaces or a hyphen: "hot-headed" matches "hot-headed".
    fn matches(&self, i: usize, entry: &[String]) -> Option<usize> {
        for (k, w) in entry.iter().enumerate() {
            let same = match w.as_str() {
                ANY_WORD => self.any_word(i + k),
                _ => self.lower.get(i + k) == Some(w),
            };
            if !same || (k > 0 && !self.linked(i + k - 1)) {
                return None;
            }
        }
        Some(i + entry.len())
    }

    /// Can token `i` stand for "*" in an entry: a lowercase word that is no function word
    /// ("too slow", not "too much" or "too late").
    fn any_word(&self, i: usize) -> bool {
        self.lower.get(i).is_some_and(|w| {
            !self.capitalised(i)
                && w.chars().all(char::is_alphabetic)
                && !NOT_ANY_WORD.contains(&w.as_str())
        })
    }

    fn capitalised(&self, i: usize) -> bool {
        self.ranges.get(i).is_some_and(|&(a, _)| {
            self.text
                .char_at(a)
                .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
        })
    }

    fn word(&self, i: usize) -> &str {
        self.lower.get(i).map_or("", String::as_str)
    }
}

/// Apply every rule to the text: suggestions sorted by (start, end, label), one per span and
/// label (the first rule in `rules` order wins).
pub fn suggest(text: &TextIndex, rules: &[Rule]) -> Vec<Suggestion> {
    let t = Tokens::new(text);
    let mut out: Vec<Suggestion> = Vec::new();
    // The words of the opinion lists of kind `phrase` (not the broader lists that count
    // only inside quotes): a quoted fragment is suggested when it holds one.
    let judging = by_first(
        rules
            .iter()
            .filter(|r| r.label == Label::Opinion)
            .filter(|r| r.kind == RuleKind::Phrase)
            .flat_map(|r| &r.entries),
    );
    for rule in rules {
        match rule.kind {
            RuleKind::UnsourcedClaim => {}
            RuleKind::QuotedFragment => structure::quoted_fragments(&t, rule, &judging, &mut out),
            _ => word_rule(&t, rule, &mut out),
        }
    }
    // A claim is sourced when its sentence (or the one before, which it plainly continues)
    // has an attribution, a vague source ("reportedly", "some parents say": the vague source
    // is the item, not the whole claim) or a reporting verb whose source the rules could not
    // find.
    let mut sourced: Vec<(usize, usize)> = out
        .iter()
        .filter(|s| s.label != Label::Opinion)
        .map(|s| (s.start, s.end))
        .collect();
    sourced.extend(reporting_cues(&t, rules));
    for rule in rules.iter().filter(|r| r.kind == RuleKind::UnsourcedClaim) {
        // Opinions found so far, by earlier rules too ("writer-verdicts" comes first).
        let judged: Vec<(usize, usize)> = out
            .iter()
            .filter(|s| s.label == Label::Opinion)
            .map(|s| (s.start, s.end))
            .collect();
        structure::unsourced_claims(&t, rule, (&sourced, &judged), &mut out);
    }
    widen_vague_sources(&t, &mut out, rules);
    continuations::drop_continuations(&t, &mut out);
    tidy(join_neighbours(&t, tidy(out), rules))
}

/// The rule that made suggestion `s`.
fn rule_of<'r>(rules: &'r [Rule], s: &Suggestion) -> Option<&'r Rule> {
    rules.iter().find(|r| r.id == s.rule)
}

/// A vague source found inside an attribution's source ("A pal of Mia's said", "My
/// neighbour told me") takes the attribution's words: the whole source and cue is the item.
fn widen_vague_sources(t: &Tokens<'_>, out: &mut [Suggestion], rules: &[Rule]) {
    let sources: Vec<(usize, usize)> = out
        .iter()
        .filter(|s| s.label == Label::Attribution)
        .map(|s| (s.start, s.end))
        .collect();
    for s in out.iter_mut().filter(|s| s.label == Label::Unsupported) {
        let Some(rule) = rule_of(rules, s).filter(|r| r.kind == RuleKind::Phrase) else {
            continue;
        };
        let wider = sources
            .iter()
            .filter(|&&(a, b)| a <= s.start && s.start < b && s.end <= b)
            .max_by_key(|&&(a, b)| b - a);
        if let Some(&(a, b)) = wider {
            *s = Suggestion::of_rule(t.text, (a, b), rule);
        }
    }
}

/// Opinion words found side by side by the word lists ("frankly" + "absurd",
/// "cold-hearted" + "chancer") are one judgement: one suggestion over both, explained by
/// the rule of the last word, its head.
fn join_neighbours(t: &Tokens<'_>, out: Vec<Suggestion>, rules: &[Rule]) -> Vec<Suggestion> {
    let word_list = |s: &Suggestion| {
        s.label == Label::Opinion
            && rule_of(rules, s)
                .is_some_and(|r| matches!(r.kind, RuleKind::Phrase | RuleKind::QuotedPhrase))
    };
    let mut joined: Vec<Suggestion> = Vec::with_capacity(out.len());
    for s in out {
        let next_to = joined.last().is_some_and(|p| {
            let between = t.text.slice_clamped(p.end, s.start);
            word_list(p)
                && word_list(&s)
                && p.end < s.start
                && between.chars().all(|c| c == ' ' || c == '-')
        });
        let head = rule_of(rules, &s);
        match (next_to, joined.last_mut(), head) {
            (true, Some(p), Some(rule)) => *p = Suggestion::of_rule(t.text, (p.start, s.end), rule),
            _ => joined.push(s),
        }
    }
    joined
}

/// Char ranges of the reporting verbs and cues of the attribution rules, with or without a
/// source found next to them.
fn reporting_cues(t: &Tokens<'_>, rules: &[Rule]) -> Vec<(usize, usize)> {
    let cues = by_first(
        rules
            .iter()
            .filter(|r| matches!(r.kind, RuleKind::SourceVerb | RuleKind::AccordingTo))
            .flat_map(|r| &r.entries),
    );
    (0..t.ranges.len())
        .filter_map(|i| {
            let after = cues.get(t.word(i))?.iter().find_map(|e| t.matches(i, e))?;
            Some((t.ranges.get(i)?.0, t.ranges.get(after - 1)?.1))
        })
        .collect()
}

/// Entries by their first word, so each token is compared with a few entries only.
type ByFirst<'r> = HashMap<&'r str, Vec<&'r Vec<String>>>;

fn by_first<'r>(entries: impl IntoIterator<Item = &'r Vec<String>>) -> ByFirst<'r> {
    let mut map: ByFirst<'r> = HashMap::new();
    for e in entries {
        if let Some(f) = e.first() {
            map.entry(f.as_str()).or_default().push(e);
        }
    }
    map
}

/// One rule matched word by word.
fn word_rule(t: &Tokens<'_>, rule: &Rule, out: &mut Vec<Suggestion>) {
    let by_first = by_first(&rule.entries);
    for i in 0..t.ranges.len() {
        let Some(cands) = by_first.get(t.word(i)) else {
            continue;
        };
        for entry in cands {
            let Some(after) = t.matches(i, entry) else {
                continue;
            };
            let range = match rule.kind {
                RuleKind::Phrase if rule.label == Label::Opinion => {
                    Some((i, trim_end(t, i, after)))
                }
                RuleKind::Phrase => Some((i, after)),
                RuleKind::QuotedPhrase => t
                    .ranges
                    .get(i)
                    .is_some_and(|&(a, _)| structure::in_short_quotation(t, a))
                    .then_some((i, after)),
                RuleKind::SourceVerb if SHOW_VERBS.contains(&t.word(i)) => {
                    record_before(t, i).map(|s| (s, after))
                }
                RuleKind::SourceVerb => source_before(t, i)
                    .map(|s| (widen_source(t, s), widen_verb(t, after)))
                    .or_else(|| {
                        // "say goodbye to Ned" names no source.
                        let plural = PLURAL_CUES.contains(&t.word(i));
                        (!plural)
                            .then(|| name_after(t, after))
                            .flatten()
                            .or_else(|| determined_after(t, i, after))
                            .map(|e| (i, e))
                    }),
                RuleKind::AccordingTo => source_after_cue(t, after).map(|e| (i, e)),
                RuleKind::VagueGroup => structure::vague_subject(t, i).map(|s| (s, after)),
                RuleKind::UnsourcedClaim | RuleKind::QuotedFragment => None,
            };
            let Some((a, z)) = range else { continue };
            let (Some(&(start, _)), Some(&(_, end))) =
                (t.ranges.get(a), t.ranges.get(z.saturating_sub(1)))
            else {
                continue;
            };
            out.push(Suggestion::of_rule(t.text, (start, end), rule));
        }
    }
}

/// Words that may end an opinion entry ("beating heart of", "lashed out at") but not its
/// span: the suggestion stops before them. "in" and "on" stay: they are often part of the verb
/// ("spot on", "caved in").
const TRAILING: &[&str] = &[
    "of", "to", "for", "with", "at", "from", "by", "a", "an", "the", "and",
];

/// The end of a phrase match at tokens `i..after`, less its trailing function words.
fn trim_end(t: &Tokens<'_>, i: usize, mut after: usize) -> usize {
    while after > i + 1 && TRAILING.contains(&t.word(after - 1)) {
        after -= 1;
    }
    after
}

/// Sorted, one per span and label; a longer match of the same label that contains a
/// shorter one is the better span; a vague source ("Studies show", "Critics said",
/// "according to a video circulating online") is no attribution.
fn tidy(mut out: Vec<Suggestion>) -> Vec<Suggestion> {
    out.sort_by_key(|s| (s.start, s.end, s.label));
    out.dedup_by(|b, a| (a.start, a.end, a.label) == (b.start, b.end, b.label));
    let spans: Vec<Span> = out.iter().map(Suggestion::span).collect();
    let unsupported: Vec<(usize, usize)> = out
        .iter()
        .filter(|s| s.label == Label::Unsupported)
        .map(|s| (s.start, s.end))
        .collect();
    out.retain(|s| {
        let contained = spans.iter().any(|o| {
            o.label == s.label
                && o.start <= s.start
                && s.end <= o.end
                && (o.start, o.end) != (s.start, s.end)
        });
        // "Critics said", "According to a video circulating online": the vague source is
        // the item.
        let vague_source = s.label == Label::Attribution
            && unsupported.iter().any(|&(a, b)| a < s.end && s.start < b);
        !contained && !vague_source
    });
    out
}

pub use language::detect_language;

pub use evaluate::{Agreement, agreement};

mod continuations;
mod evaluate;
mod language;
mod records;
mod sources;
mod structure;

#[cfg(test)]
mod tests;
