//! Rules that look past single words:
//! - `vague-group`: a group nobody could check with its verb ("some residents say", "Critics
//!   dismissed", "many in the village believe"), where the entries are the verbs;
//! - `unsourced-claim`: a generalisation or superlative ("the worst in the region", "Most
//!   villagers oppose") in a sentence with no source in it (nor in the sentence before, when
//!   it plainly continues that one), where the entries are the cue words and the span is the
//!   clause around the cue; with the label opinion, a writer's verdict ("should");
//! - `quoted-fragment`: a short phrase in quotation marks inside a sentence ("heartbroken"),
//!   the writer keeping a word at arm's length or a source's loaded word (no entries).

use super::sources::{DETERMINERS, PRONOUNS, before_verb, gap, habitual, opens_sentence};
use super::{ByFirst, Rule, Suggestion, Tokens, by_first};
use crate::model::label::Label;
use unicode_segmentation::UnicodeSegmentation;

/// Words that make a group vague: "some residents", "many in the village".
const QUANTIFIERS: &[&str] = &[
    "some",
    "many",
    "most",
    "few",
    "several",
    "other",
    "others",
    "numerous",
    "countless",
    "certain",
    "everyone",
    "everybody",
];
/// Groups that, unnamed, still stand for a known body: "officials said" is attribution.
pub(super) const SPECIFIC_GROUPS: &[&str] = &[
    "officials",
    "police",
    "authorities",
    "prosecutors",
    "investigators",
    "organisers",
    "organizers",
    "firefighters",
    "paramedics",
    "rescuers",
    "inspectors",
    "regulators",
    "ministers",
    "mps",
    "judges",
    "forecasters",
    "spokespeople",
    "scientists",
    "researchers",
    "doctors",
    "authors",
    "lawyers",
    "officers",
];
/// Groups that take a side: even someone's ("Tilley's defenders insist") stay unnamed.
const PARTISANS: &[&str] = &[
    "defenders",
    "supporters",
    "critics",
    "allies",
    "friends",
    "pals",
    "fans",
    "opponents",
    "rivals",
    "backers",
    "detractors",
    "enemies",
    "admirers",
];
/// Plural nouns without an "s".
const PLURALS: &[&str] = &["people", "staff", "children", "women", "men", "folk"];
/// Words ending in "s" that are no plural noun.
const NOT_PLURAL: &[&str] = &[
    "this", "his", "its", "was", "has", "does", "is", "us", "thus", "yes", "as", "always",
    "perhaps", "less", "unless", "news", "series", "whereas", "plus", "besides", "across",
];
/// Words that may open a clause before a vague group: "while others fear".
const CONJUNCTIONS: &[&str] = &[
    "and", "but", "while", "whereas", "though", "although", "as", "because", "yet", "so", "since",
    "that", "with",
];
/// Prepositions of a group's short tail: "supporters of the deal", "many in the village".
const PREPOSITIONS: &[&str] = &["of", "in", "from", "across", "around", "on"];
/// Prepositions a place name may follow in a group's tail: "locals in Kelby".
const PLACES: &[&str] = &["in", "from", "across", "around"];

fn plural_noun(t: &Tokens<'_>, k: usize) -> bool {
    let w = t.word(k);
    PLURALS.contains(&w)
        || (w.ends_with('s')
            && !w.ends_with("ss")
            && !w.ends_with("'s")
            && !w.ends_with("’s")
            && (w.chars().count() > 3 || acronym_plural(t, k))
            && !NOT_PLURAL.contains(&w)
            && !PRONOUNS.contains(&w))
}

/// True when token `k` is an acronym in the plural: "GPs", "MPs".
fn acronym_plural(t: &Tokens<'_>, k: usize) -> bool {
    t.ranges.get(k).is_some_and(|&(a, b)| {
        let w = t.text.slice_clamped(a, b);
        let caps = w.chars().take_while(char::is_ascii_uppercase).count();
        caps >= 2 && w.chars().count() == caps + 1 && w.ends_with('s')
    })
}

/// True when token `k` opens a clause: a sentence, or after a conjunction or a comma.
fn opens_clause(t: &Tokens<'_>, k: usize) -> bool {
    opens_sentence(t, k)
        || gap(t, k - 1).contains(',')
        || (t.joined(k - 1) && CONJUNCTIONS.contains(&t.word(k - 1)))
}

/// The vague group just before the verb at token `i`, as the index of its first token.
pub(super) fn vague_subject(t: &Tokens<'_>, i: usize) -> Option<usize> {
    let p = before_verb(t, i)?;
    if !t.joined(p) {
        return None;
    }
    // The head: the word before the verb, or before a short lowercase tail ("of the deal").
    let tail_head = (1..=4).find_map(|back| {
        let k = p.checked_sub(back - 1)?;
        let h = k.checked_sub(1)?;
        // A place may follow "in", "from", "across" or "around": "residents in Whitcombe Ley".
        let place = PLACES.contains(&t.word(k)) && (k + 1..=p).all(|m| t.capitalised(m));
        let tail_ok = PREPOSITIONS.contains(&t.word(k))
            && (h..p).all(|m| t.joined(m))
            && (place || (k..=p).all(|m| !t.capitalised(m)));
        tail_ok.then_some(h)
    });
    // "Families who rely on the charity are furious": a short relative clause, no commas,
    // and a verb in the present: "residents who packed the gallery said" were there.
    let verb = t.word(i);
    let past =
        verb.ends_with("ed") || matches!(verb, "said" | "told" | "thought" | "felt" | "were");
    let relative = (p.saturating_sub(10)..p)
        .rev()
        .find(|&k| t.word(k) == "who")
        .filter(|&k| !past && k > 0 && (k - 1..p).all(|m| t.joined(m)))
        .map(|k| k - 1);
    [Some(p), tail_head, relative]
        .into_iter()
        .flatten()
        .find_map(|h| group_start(t, h, habitual(t, i)))
}

/// True when the word of token `h` is capitalised inside a sentence somewhere: a name
/// ("Harris said"), not a group ("Critics said").
fn name_elsewhere(t: &Tokens<'_>, h: usize) -> bool {
    let w = t.word(h);
    (0..t.ranges.len())
        .any(|k| k != h && t.word(k) == w && t.capitalised(k) && !opens_sentence(t, k))
}

/// The first token of a vague group whose head noun (or quantifier) is token `h`.
fn group_start(t: &Tokens<'_>, h: usize, habitual: bool) -> Option<usize> {
    let head = t.word(h);
    let partitive = t.word(h + 1) == "of";
    if QUANTIFIERS.contains(&head) && head != "other" && !partitive {
        let a_few = head == "few" && h > 0 && t.joined(h - 1) && t.word(h - 1) == "a";
        let start = if a_few { h - 1 } else { h };
        let specific = start > 0 && t.joined(start - 1) && DETERMINERS.contains(&t.word(start - 1));
        return (!specific).then_some(start);
    }
    let name = t.capitalised(h)
        && !acronym_plural(t, h)
        && (!opens_sentence(t, h) || name_elsewhere(t, h));
    if !plural_noun(t, h) || name {
        return None;
    }
    // Up to two words before the head: a quantifier makes the group vague; a determiner or
    // a possessive makes it specific ("the district's parents").
    let mut q = h;
    for _ in 0..2 {
        if q == 0 || !t.joined(q - 1) || opens_sentence(t, q) {
            break;
        }
        let w = t.word(q - 1);
        if QUANTIFIERS.contains(&w) {
            let a_few = w == "few" && q > 1 && t.joined(q - 2) && t.word(q - 2) == "a";
            return Some(if a_few { q - 2 } else { q - 1 });
        }
        let possessive = w.ends_with("'s") || w.ends_with("’s");
        if possessive && q == h && PARTISANS.contains(&head) && !SPECIFIC_GROUPS.contains(&head) {
            return Some(q - 1);
        }
        if DETERMINERS.contains(&w) || possessive {
            return None;
        }
        if CONJUNCTIONS.contains(&w) {
            break;
        }
        q -= 1;
    }
    // One describing word may stand before the plural after a comma or a conjunction too
    // ("…, local divers report"), but no word that opens a clause ("where staff say").
    let modifier = q + 1 == h && !NOT_MODIFIERS.contains(&t.word(q));
    let bare = q == h || opens_sentence(t, q) || modifier;
    // "Doctors have long warned" is a whole profession, not the doctors of the story.
    let specific = SPECIFIC_GROUPS.contains(&head) && !habitual;
    (bare && !specific && opens_clause(t, q)).then_some(q)
}

/// Words that open a clause or a phrase, not describe a group.
const NOT_MODIFIERS: &[&str] = &[
    "where", "when", "who", "what", "how", "why", "after", "before", "until", "of", "in", "on",
    "at", "for", "with", "by", "from", "it", "there", "here", "which", "if",
];

/// Sentences as char ranges (trimmed), with the index of their paragraph.
fn sentences(t: &Tokens<'_>) -> Vec<(usize, usize, usize)> {
    let text = t.text.as_str();
    let mut out = Vec::new();
    let mut para = 0;
    let mut para_start = 0;
    for line in text.split_inclusive('\n') {
        for (b, s) in line.split_sentence_bound_indices() {
            let trimmed = s.trim_end();
            let lead = trimmed.len() - trimmed.trim_start().len();
            if trimmed.trim().is_empty() {
                continue;
            }
            let start = t.text.char_of_byte(para_start + b + lead);
            let end = t.text.char_of_byte(para_start + b + trimmed.len());
            out.push((start, end, para));
        }
        para_start += line.len();
        para += 1;
    }
    out
}

/// True when char `c` lies inside quotation marks opened in its paragraph.
fn inside_quotes(t: &Tokens<'_>, para_start: usize, c: usize) -> bool {
    t.text
        .slice_clamped(para_start, c)
        .chars()
        .filter(|&ch| matches!(ch, '"' | '“' | '”'))
        .count()
        % 2
        == 1
}

/// True when char `c` lies inside quotation marks opened in its paragraph.
pub(super) fn in_quotation(t: &Tokens<'_>, c: usize) -> bool {
    let before = t.text.slice_clamped(0, c);
    let para_start = before.rfind('\n').map_or(0, |b| t.text.char_of_byte(b) + 1);
    inside_quotes(t, para_start, c)
}

/// The most words a quotation may have for a listed word in it to be suggested: in a short
/// quote a loaded word stands out as the source's judgement; in a long quoted passage
/// single words were mostly plain speech (right 7 times in 25 on the development articles,
/// against 44 in 62 in quotes of up to 15 words).
const SHORT_QUOTE_WORDS: usize = 15;

/// True when char `c` lies inside a quotation of at most [`SHORT_QUOTE_WORDS`] words.
pub(super) fn in_short_quotation(t: &Tokens<'_>, c: usize) -> bool {
    if !in_quotation(t, c) {
        return false;
    }
    let mark = |ch: char| matches!(ch, '"' | '“' | '”' | '\n');
    let before = t.text.slice_clamped(0, c);
    let open = before.rfind(mark).map_or(0, |b| t.text.char_of_byte(b) + 1);
    let close = (c..t.text.char_len())
        .find(|&k| t.text.char_at(k).is_some_and(mark))
        .unwrap_or(t.text.char_len());
    let first = t.ranges.partition_point(|&(a, _)| a < open);
    let last = t.ranges.partition_point(|&(a, _)| a < close);
    last - first <= SHORT_QUOTE_WORDS
}

/// Words that may open a clause but are not part of a claim (dropped from its start; not
/// the wider `sources::CLAUSE_OPENERS`, which end a source's title).
const CLAIM_OPENERS: &[&str] = &[
    "and", "but", "yet", "so", "while", "although", "though", "because", "that", "which",
];

/// The clause around chars `a..b` within the sentence `s..e`: bounded by commas, semicolons,
/// colons, dashes and brackets, without an opening conjunction or final punctuation.
fn clause(t: &Tokens<'_>, (s, e): (usize, usize), (a, b): (usize, usize)) -> (usize, usize) {
    // A comma between digits ("3,000") is part of a figure, not a clause boundary.
    let stop = |c: usize| match t.text.char_at(c) {
        Some(',') => {
            !(t.text
                .char_at(c.wrapping_sub(1))
                .is_some_and(|p| p.is_ascii_digit())
                && t.text.char_at(c + 1).is_some_and(|n| n.is_ascii_digit()))
        }
        Some(ch) => matches!(ch, ';' | ':' | '—' | '–' | '(' | ')'),
        None => false,
    };
    let start = (s..a).rev().find(|&c| stop(c)).map_or(s, |c| c + 1);
    let end = (b..e).find(|&c| stop(c)).unwrap_or(e);
    let mut range = t.text.snap_to_words(start, end).unwrap_or((a, b));
    // Drop opening conjunctions ("and most villagers oppose" → "most villagers oppose").
    let mut k = t.ranges.partition_point(|&(w0, _)| w0 < range.0);
    while let (Some(&(w0, _)), Some(&(n0, _))) = (t.ranges.get(k), t.ranges.get(k + 1)) {
        if w0 != range.0 || n0 > a || !CLAIM_OPENERS.contains(&t.word(k)) {
            break;
        }
        range.0 = n0;
        k += 1;
    }
    range
}

/// Words that open a sentence continuing the one before: a pronoun for its source, or
/// "this"/"that" for what it said.
const CONTINUATIONS: &[&str] = &[
    "he", "she", "they", "it", "we", "i", "this", "that", "these", "those", "his", "her", "their",
    "its",
];

/// Char ranges found by other rules.
type Ranges<'r> = &'r [(usize, usize)];

/// Suggestions of the `unsourced-claim` rule. `sourced` are the spans of attributions, vague
/// sources and reporting verbs, which make a sentence sourced, and the next one when it
/// opens with a pronoun that continues it; `judged` are
/// the opinions found, whose clauses are a view rather than a claim of fact.
pub(super) fn unsourced_claims(
    t: &Tokens<'_>,
    rule: &Rule,
    (sourced, judged): (Ranges<'_>, Ranges<'_>),
    out: &mut Vec<Suggestion>,
) {
    let sentences = sentences(t);
    let para_start = |p: usize| {
        sentences
            .iter()
            .find(|x| x.2 == p)
            .map_or(0, |&(start, _, _)| start)
    };
    // A source counts for the claim unless ", while" or ", but" parts them: "Complaints
    // have doubled, while industry sources say supply eased" leaves the first clause bare.
    let covers = |(from, s, e): (usize, usize, usize), (a, b): (usize, usize)| {
        sourced
            .iter()
            .filter(|&&(x, y)| x < e && from < y)
            .any(|&(x, y)| {
                let parted = if y <= a && s <= x {
                    contrast_between(t, y, a)
                } else if b <= x {
                    contrast_between(t, b, x)
                } else {
                    false
                };
                !parted
            })
    };
    let cues = by_first(&rule.entries);
    for i in 0..t.ranges.len() {
        let Some(candidates) = cues.get(t.word(i)) else {
            continue;
        };
        for after in candidates.iter().filter_map(|entry| t.matches(i, entry)) {
            // "Not everyone", "most likely": no generalisation.
            let negated = i > 0 && t.joined(i - 1) && t.word(i - 1) == "not";
            if negated || (t.word(i) == "most" && t.word(after) == "likely") {
                continue;
            }
            let (Some(&(a, _)), Some(&(_, b))) = (t.ranges.get(i), t.ranges.get(after - 1)) else {
                continue;
            };
            let Some(n) = sentences.iter().position(|&(s, e, _)| s <= a && b <= e) else {
                continue;
            };
            let (s, e, p) = sentences[n];
            // A claim of fact that plainly continues the account of the sentence before
            // ("He added that most…", "They say…") is that source's; a view is the writer's
            // unless its own sentence has a source.
            let first = t.ranges.partition_point(|&(w, _)| w < s);
            let continues = CONTINUATIONS.contains(&t.word(first));
            let before = n
                .checked_sub(1)
                .and_then(|m| sentences.get(m))
                .filter(|x| x.2 == p && rule.label == Label::Unsupported && continues)
                .map_or(s, |x| x.0);
            // The opening sentence reports the news itself.
            let lede = n == 0 && rule.label == Label::Unsupported;
            if lede || covers((before, s, e), (a, b)) || inside_quotes(t, para_start(p), a) {
                continue;
            }
            let (start, end) = clause(t, (s, e), (a, b));
            if judged.iter().any(|&(x, y)| x < end && start < y) {
                continue;
            }
            out.push(Suggestion::of_rule(t.text, (start, end), rule));
        }
    }
}

/// Words that set a clause against the one before when a comma comes first.
const CONTRASTS: &[&str] = &["while", "whereas", "but"];

/// True when a contrasting word after a comma ("…, while …") lies in chars `from..to`.
fn contrast_between(t: &Tokens<'_>, from: usize, to: usize) -> bool {
    let first = t.ranges.partition_point(|&(w, _)| w < from);
    let last = t.ranges.partition_point(|&(w, _)| w < to);
    (first.max(1)..last).any(|k| CONTRASTS.contains(&t.word(k)) && gap(t, k - 1).contains(','))
}

/// Suggestions of the `quoted-fragment` rule: phrases of one to six words in quotation
/// marks that are no quoted sentence (no closing punctuation inside), no name or slogan
/// (not every word capitalised) and no figure.
pub(super) fn quoted_fragments(
    t: &Tokens<'_>,
    rule: &Rule,
    judging: &ByFirst<'_>,
    out: &mut Vec<Suggestion>,
) {
    let chars: Vec<char> = t.text.as_str().chars().collect();
    let mut open: Option<usize> = None;
    for (c, &ch) in chars.iter().enumerate() {
        match ch {
            '\n' => open = None,
            '“' => open = Some(c),
            '"' if open.is_none() => open = Some(c),
            '"' | '”' => {
                if let Some(o) = open.take()
                    && judges(t, judging, (o, c + 1))
                {
                    fragment(t, rule, (o, c + 1), out);
                }
            }
            _ => {}
        }
    }
}

/// True when chars `o..c` hold a word of the opinion lists or a hyphenated compound
/// ("heavy-handed"): "review the incident" only reports.
fn judges(t: &Tokens<'_>, judging: &ByFirst<'_>, (o, c): (usize, usize)) -> bool {
    let first = t.ranges.partition_point(|&(a, _)| a < o);
    let last = t.ranges.partition_point(|&(a, _)| a < c);
    let compound = t.text.slice_clamped(o, c).split('-').count() > 1;
    compound
        || (first..last).any(|i| {
            judging.get(t.word(i)).is_some_and(|es| {
                es.iter()
                    .any(|e| t.matches(i, e).is_some_and(|after| after <= last))
            })
        })
}

fn fragment(t: &Tokens<'_>, rule: &Rule, (o, c): (usize, usize), out: &mut Vec<Suggestion>) {
    let inner = t.text.slice_clamped(o + 1, c - 1);
    let words: Vec<&str> = inner.unicode_words().collect();
    let all_capitals = words
        .iter()
        .all(|w| w.chars().next().is_some_and(char::is_uppercase));
    let sentence = inner.trim_end().ends_with(['.', ',', '!', '?', ';', ':']);
    if words.is_empty()
        || words.len() > 6
        || sentence
        || (all_capitals && words.len() > 1)
        || inner.chars().any(|ch| ch.is_ascii_digit())
    {
        return;
    }
    // The words only: most keys mark "heartbroken" without its quotation marks.
    out.push(Suggestion::of_rule(t.text, (o + 1, c - 1), rule));
}
