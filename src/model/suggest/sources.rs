//! Where the source of a reporting verb stands: a name, a pronoun or a determiner and noun
//! before it ("Vance said", "the ministry announced"), a name after it ("said Mayor Ruth
//! Adeyemi"), or the words after a cue ("according to the city's transportation department").

use super::Tokens;

/// Words that stand for a source on their own before a verb.
pub(super) const PRONOUNS: &[&str] = &[
    "he", "she", "they", "we", "i", "él", "ella", "ellos", "ellas", "nosotros", "il", "elle",
    "ils", "elles", "nous",
];
/// Determiners that start a source like "the ministry".
pub(super) const DETERMINERS: &[&str] = &[
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
/// consistently denied"). "was" and "were" are not among them: "the result was announced"
/// is no source.
const BETWEEN: &[&str] = &[
    "has",
    "have",
    "had",
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

/// Words that count a source: "one council aide", "two officials".
const COUNTS: &[&str] = &["one", "two", "three", "four", "several"];

/// Words that are no part of a source between a determiner and a verb.
const NOT_IN_SOURCE: &[&str] = &[
    "has", "have", "had", "been", "is", "are", "was", "were", "be", "that", "which", "who",
];

/// True when token `k` opens a sentence, a paragraph or a quotation.
pub(super) fn opens_sentence(t: &Tokens<'_>, k: usize) -> bool {
    k == 0
        || gap(t, k - 1)
            .chars()
            .any(|c| matches!(c, '.' | '!' | '?' | '\n' | ':' | '"' | '“'))
}

/// The gap between tokens `i` and `i + 1`.
pub(super) fn gap<'t>(t: &'t Tokens<'_>, i: usize) -> &'t str {
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

/// The token before the verb at `i`, past up to two auxiliaries or "-ly" adverbs.
pub(super) fn before_verb(t: &Tokens<'_>, i: usize) -> Option<usize> {
    let mut p = i.checked_sub(1)?;
    for _ in 0..2 {
        let w = t.word(p);
        if t.joined(p) && p > 0 && (BETWEEN.contains(&w) || (w.ends_with("ly") && w.len() > 4)) {
            p -= 1;
        } else {
            break;
        }
    }
    Some(p)
}

/// The source just before token `i` (a name, a pronoun, or a determiner and up to three
/// words), as the index of its first token. Auxiliaries and "-ly" adverbs may stand
/// between, and so may a clause between commas ("Luis Ferreira, who voted against, said";
/// "the director, Samuel Osei, told").
pub(super) fn source_before(t: &Tokens<'_>, i: usize) -> Option<usize> {
    let p = before_verb(t, i)?;
    if gap(t, p) == ", " {
        // The clause between commas: a name right after the opening comma, or a name
        // right before it.
        let open = (p.saturating_sub(20)..p)
            .rev()
            .find(|&k| gap(t, k) == ", ")?;
        if t.capitalised(open + 1) && name_word(t, open + 1) {
            return Some(open + 1);
        }
        if t.capitalised(open) && name_word(t, open) {
            return Some(name_start(t, open, 5));
        }
        // "One council aide, speaking on condition of anonymity, said"; "A study by the
        // health agency, published last year, suggested": a determiner or a number that
        // opens the sentence and up to six words.
        return (open.saturating_sub(6)..=open).find(|&k| {
            let w = t.word(k);
            (DETERMINERS.contains(&w) || COUNTS.contains(&w))
                && opens_sentence(t, k)
                && (k..open).all(|m| t.joined(m))
        });
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
    // "the ministry", "a spokesperson": up to three words after a determiner, none of them
    // an auxiliary or a relative ("the restaurant has been told", "a government that
    // promised" are no sources).
    (1..=3).find_map(|back| {
        let d = (p + 1).checked_sub(back + 1)?;
        let plain = (d + 1..=p).all(|k| !NOT_IN_SOURCE.contains(&t.word(k)));
        ((d..p).all(|k| t.joined(k)) && DETERMINERS.contains(&t.word(d)) && plain).then_some(d)
    })
}

/// The capitalised name just after token `i` ("said Mayor Ruth Adeyemi"; up to two
/// lowercase words of a title may come first: "said union representative Carlos Mendes"),
/// as the index after its last token.
pub(super) fn name_after(t: &Tokens<'_>, i: usize) -> Option<usize> {
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
pub(super) fn source_after_cue(t: &Tokens<'_>, i: usize) -> Option<usize> {
    if i == 0 || !t.joined(i - 1) || t.ranges.get(i).is_none() {
        return None;
    }
    let mut end = i + 1;
    while end - i < 8 && t.joined(end - 1) && t.ranges.get(end).is_some() {
        end += 1;
    }
    Some(end)
}
