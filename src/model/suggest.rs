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
//! match may be separated by spaces only.

use crate::model::label::Label;
use crate::model::scoring::KeySpan;
use crate::model::span::Span;
use crate::model::text::TextIndex;
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
                        _ => {
                            return Err(RuleError {
                                line,
                                message: format!(
                                    "unknown kind {v:?}: kinds are phrase, source-verb and according-to"
                                ),
                            });
                        }
                    })
                }
                _ => rationale = Some(v.to_string()),
            }
            continue;
        }
        let w = words_of(l);
        if w.is_empty() {
            return Err(RuleError {
                line,
                message: format!("the entry {l:?} has no words"),
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

    /// Does `entry` match at token `i`? Returns the index after the match.
    fn matches(&self, i: usize, entry: &[String]) -> Option<usize> {
        for (k, w) in entry.iter().enumerate() {
            if self.lower.get(i + k) != Some(w) || (k > 0 && !self.joined(i + k - 1)) {
                return None;
            }
        }
        Some(i + entry.len())
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

/// Words that stand for a source on their own before a verb.
const PRONOUNS: &[&str] = &[
    "he", "she", "they", "we", "i", "él", "ella", "ellos", "ellas", "nosotros", "il", "elle",
    "ils", "elles", "nous",
];
/// Determiners that start a source like "the ministry".
const DETERMINERS: &[&str] = &[
    "the", "a", "an", "its", "his", "her", "their", "el", "la", "los", "las", "un", "una", "su",
    "sus", "le", "les", "une", "des", "ce", "cette", "son", "sa", "ses", "leur", "leurs",
];
/// Lowercase words allowed inside a name ("Ruth de la Fuente").
const NAME_JOINERS: &[&str] = &["de", "del", "la", "van", "von", "da", "di", "le"];
/// Capitalised words that start sentences but are no source.
const NOT_NAMES: &[&str] = &[
    "the",
    "a",
    "an",
    "but",
    "and",
    "in",
    "on",
    "at",
    "it",
    "this",
    "that",
    "yesterday",
    "today",
    "el",
    "la",
    "los",
    "las",
    "pero",
    "y",
    "en",
    "ayer",
    "hoy",
    "le",
    "les",
    "une",
    "des",
    "mais",
    "et",
    "dans",
    "sur",
    "ce",
    "cette",
    "cela",
    "hier",
    "il",
    "elle",
    "ils",
    "elles",
    "selon",
    "pour",
    "depuis",
];

/// True when token `i` can be part of a name: capitalised (and not a sentence opener such
/// as "The"), or a lowercase joiner such as "de".
fn name_word(t: &Tokens<'_>, i: usize) -> bool {
    let w = t.word(i);
    if t.capitalised(i) {
        !NOT_NAMES.contains(&w)
    } else {
        NAME_JOINERS.contains(&w)
    }
}

/// True when tokens `i` and `i + 1` belong to one name: spaces between them, or a full stop
/// after a short word ("J.D. Vance", "Dr. Marsh").
fn name_joined(t: &Tokens<'_>, i: usize) -> bool {
    if t.joined(i) {
        return true;
    }
    let short = t.word(i).chars().count() <= 3;
    match (t.ranges.get(i), t.ranges.get(i + 1)) {
        (Some(&(_, e)), Some(&(s, _))) if short => {
            let gap = t.text.slice_clamped(e, s);
            gap.strip_prefix('.')
                .is_some_and(|r| !r.is_empty() && r.chars().all(|c| c == ' '))
        }
        _ => false,
    }
}

/// Auxiliaries and adverbs that may stand between a source and its verb ("Moscow has
/// consistently denied").
const BETWEEN: &[&str] = &[
    "has",
    "have",
    "had",
    "is",
    "was",
    "were",
    "will",
    "would",
    "also",
    "then",
    "later",
    "again",
    "ha",
    "había",
    "también",
    "luego",
    "également",
    "aussi",
    "encore",
];

/// The gap between tokens `i` and `i + 1`.
fn gap<'t>(t: &'t Tokens<'_>, i: usize) -> &'t str {
    match (t.ranges.get(i), t.ranges.get(i + 1)) {
        (Some(&(_, e)), Some(&(s, _))) => t.text.slice_clamped(e, s),
        _ => "",
    }
}

/// The first token of the name that ends at token `p`.
fn name_start(t: &Tokens<'_>, p: usize, limit: usize) -> usize {
    let mut first = p;
    while first > 0 && p - first < limit && name_joined(t, first - 1) && name_word(t, first - 1) {
        first -= 1;
    }
    // A joiner cannot start a name.
    while first < p && !t.capitalised(first) {
        first += 1;
    }
    first
}

/// The source just before token `i` (a name, a pronoun, or a determiner and up to three
/// words), as the index of its first token. Auxiliaries and "-ly" adverbs may stand
/// between, and so may a clause between commas ("Luis Ferreira, who voted against, said";
/// "the director, Samuel Osei, told").
fn source_before(t: &Tokens<'_>, i: usize) -> Option<usize> {
    let mut p = i.checked_sub(1)?;
    // Skip up to two auxiliaries or adverbs.
    for _ in 0..2 {
        let w = t.word(p);
        if t.joined(p) && p > 0 && (BETWEEN.contains(&w) || (w.ends_with("ly") && w.len() > 4)) {
            p -= 1;
        } else {
            break;
        }
    }
    if gap(t, p) == ", " {
        // The clause between commas: a name right after the opening comma, or a name
        // right before it.
        let open = (p.saturating_sub(12)..p)
            .rev()
            .find(|&k| gap(t, k) == ", ")?;
        if t.capitalised(open + 1) && name_word(t, open + 1) {
            return Some(open + 1);
        }
        return (t.capitalised(open) && name_word(t, open)).then(|| name_start(t, open, 5));
    }
    if !t.joined(p) {
        return None;
    }
    if t.capitalised(p) && name_word(t, p) {
        return Some(name_start(t, p, 5));
    }
    if PRONOUNS.contains(&t.word(p)) {
        return Some(p);
    }
    // "the ministry", "a spokesperson": up to three words after a determiner.
    (1..=3).find_map(|back| {
        let d = (p + 1).checked_sub(back + 1)?;
        ((d..p).all(|k| t.joined(k)) && DETERMINERS.contains(&t.word(d))).then_some(d)
    })
}

/// The capitalised name just after token `i` ("said Mayor Ruth Adeyemi"; up to two
/// lowercase words of a title may come first: "said union representative Carlos Mendes"),
/// as the index after its last token.
fn name_after(t: &Tokens<'_>, i: usize) -> Option<usize> {
    if i == 0 || !t.joined(i - 1) {
        return None;
    }
    let start = (i..i + 3).find(|&k| {
        t.capitalised(k) && name_word(t, k) && (i..k).all(|m| t.joined(m) && !t.capitalised(m))
    })?;
    if start > i
        && (i..start).any(|m| DETERMINERS.contains(&t.word(m)) || BETWEEN.contains(&t.word(m)))
    {
        return None;
    }
    let mut end = start + 1;
    while end - start < 5 && name_joined(t, end - 1) && name_word(t, end) {
        end += 1;
    }
    while end > start + 1 && !t.capitalised(end - 1) {
        end -= 1;
    }
    Some(end)
}

/// The source after a cue: words up to the next punctuation, at most eight.
fn source_after_cue(t: &Tokens<'_>, i: usize) -> Option<usize> {
    if i == 0 || !t.joined(i - 1) || t.ranges.get(i).is_none() {
        return None;
    }
    let mut end = i + 1;
    while end - i < 8 && t.joined(end - 1) && t.ranges.get(end).is_some() {
        end += 1;
    }
    Some(end)
}

/// Apply every rule to the text: suggestions sorted by (start, end, label), one per span and
/// label (the first rule in `rules` order wins).
pub fn suggest(text: &TextIndex, rules: &[Rule]) -> Vec<Suggestion> {
    let t = Tokens::new(text);
    let mut out: Vec<Suggestion> = Vec::new();
    for rule in rules {
        // Entries by first word, so each token is compared with a few entries only.
        let mut by_first: HashMap<&str, Vec<&Vec<String>>> = HashMap::new();
        for e in &rule.entries {
            if let Some(f) = e.first() {
                by_first.entry(f.as_str()).or_default().push(e);
            }
        }
        for i in 0..t.ranges.len() {
            let Some(cands) = by_first.get(t.word(i)) else {
                continue;
            };
            for entry in cands {
                let Some(after) = t.matches(i, entry) else {
                    continue;
                };
                let range = match rule.kind {
                    RuleKind::Phrase => Some((i, after)),
                    RuleKind::SourceVerb => source_before(&t, i)
                        .map(|s| (s, after))
                        .or_else(|| name_after(&t, after).map(|e| (i, e))),
                    RuleKind::AccordingTo => source_after_cue(&t, after).map(|e| (i, e)),
                };
                let Some((a, z)) = range else { continue };
                let (Some(&(start, _)), Some(&(_, end))) =
                    (t.ranges.get(a), t.ranges.get(z.saturating_sub(1)))
                else {
                    continue;
                };
                let quote = text.slice_clamped(start, end).to_string();
                out.push(Suggestion {
                    start,
                    end,
                    label: rule.label,
                    rule: rule.id.clone(),
                    rationale: rule.rationale.replace("{quote}", &quote),
                    quote,
                });
            }
        }
    }
    out.sort_by_key(|s| (s.start, s.end, s.label));
    out.dedup_by(|b, a| (a.start, a.end, a.label) == (b.start, b.end, b.label));
    // A longer match of the same label that contains a shorter one is the better span.
    let spans: Vec<Span> = out.iter().map(Suggestion::span).collect();
    out.retain(|s| {
        !spans.iter().any(|o| {
            o.label == s.label
                && o.start <= s.start
                && s.end <= o.end
                && (o.start, o.end) != (s.start, s.end)
        })
    });
    out
}

pub use language::detect_language;

/// How suggestions compare with a key, per label: suggestions that overlap a key item of
/// their label, all suggestions, key items overlapped by a suggestion of their label, all
/// key items.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Agreement {
    /// Suggestions that hit a key item of their label.
    pub hits: usize,
    /// Suggestions.
    pub suggested: usize,
    /// Key items found by a suggestion of their label.
    pub found: usize,
    /// Key items.
    pub items: usize,
}

impl Agreement {
    /// Add another count.
    pub fn add(&mut self, o: &Agreement) {
        self.hits += o.hits;
        self.suggested += o.suggested;
        self.found += o.found;
        self.items += o.items;
    }

    /// Share of suggestions that hit, if any were made.
    pub fn precision(&self) -> Option<f64> {
        (self.suggested > 0).then(|| self.hits as f64 / self.suggested as f64)
    }

    /// Share of key items found, if there are any.
    pub fn recall(&self) -> Option<f64> {
        (self.items > 0).then(|| self.found as f64 / self.items as f64)
    }
}

/// Compare suggestions with key items, per label (in [`Label::ALL`] order). A suggestion
/// hits when it overlaps any key item of its label; recall counts the required items only
/// (an optional item is debatable, so missing it is no fault).
pub fn agreement(suggestions: &[Suggestion], key: &[KeySpan]) -> [Agreement; 3] {
    let mut out = [Agreement::default(); 3];
    for s in suggestions {
        let a = &mut out[s.label.index()];
        a.suggested += 1;
        a.hits += usize::from(
            key.iter()
                .any(|k| k.span.label == s.label && k.span.overlaps(&s.span())),
        );
    }
    for k in key.iter().filter(|k| !k.optional) {
        let a = &mut out[k.span.label.index()];
        a.items += 1;
        a.found += usize::from(
            suggestions
                .iter()
                .any(|s| s.label == k.span.label && k.span.overlaps(&s.span())),
        );
    }
    out
}

mod language;

#[cfg(test)]
mod tests;
