//! Where the source of a reporting verb stands: a name, a pronoun or a determiner and noun
//! before it ("Vance said", "the ministry announced"), a name after it ("said Mayor Ruth
//! Adeyemi"), or the words after a cue ("according to the city's transportation department").

use super::Tokens;
use super::structure::SPECIFIC_GROUPS;

/// Words that stand for a source on their own before a verb.
pub(super) const PRONOUNS: &[&str] = &[
    "he", "she", "they", "we", "i", "it", "él", "ella", "ellos", "ellas", "nosotros", "il", "elle",
    "ils", "elles", "nous",
];
/// Determiners that start a source like "the ministry".
pub(super) const DETERMINERS: &[&str] = &[
    "the", "a", "an", "its", "his", "her", "their", "my", "our", "el", "la", "los", "las", "un",
    "una", "su", "sus", "le", "les", "une", "des", "ce", "cette", "son", "sa", "ses", "leur",
    "leurs",
];
/// Lowercase words allowed inside a name ("Ruth de la Fuente").
const NAME_JOINERS: &[&str] = &["de", "del", "la", "van", "von", "da", "di", "le", "and"];
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
    // Days and months: "said Monday" names a time, not a source.
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "january",
    "february",
    "september",
    "october",
    "november",
    "december",
    // Nobody in particular: "Nobody explained", "Everyone knows".
    "nobody",
    "no",
    "none",
    "everyone",
    "everybody",
    "someone",
    "somebody",
    "anyone",
];

/// True when token `i` is a figure ("71", "4,200"), which is never part of a name.
fn figure(t: &Tokens<'_>, i: usize) -> bool {
    t.word(i).starts_with(|c: char| c.is_ascii_digit())
}

/// True when token `i` can be part of a name: capitalised (and not a sentence opener such
/// as "The"), or a lowercase joiner such as "de".
fn name_word(t: &Tokens<'_>, i: usize) -> bool {
    let w = t.word(i);
    if figure(t, i) {
        return false;
    }
    if t.capitalised(i) {
        !NOT_NAMES.contains(&w)
    } else {
        NAME_JOINERS.contains(&w)
    }
}

/// True when tokens `i` and `i + 1` belong to one name: spaces between them, or a full stop
/// after a short word ("J.D. Vance", "Dr. Marsh").
fn name_joined(t: &Tokens<'_>, i: usize) -> bool {
    if t.joined(i) || gap(t, i) == "-" {
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

/// Titles that are shortened with a full stop ("Dr.", "Prof.").
const SHORT_TITLES: &[&str] = &[
    "dr", "mr", "mrs", "ms", "prof", "st", "jr", "sr", "gen", "col", "sgt", "lt", "rev", "gov",
    "sen", "rep",
];

/// True when token `k` is an initial ("J", "J.D") or a shortened title ("Dr").
fn initial(t: &Tokens<'_>, k: usize) -> bool {
    let Some(&(a, b)) = t.ranges.get(k) else {
        return false;
    };
    SHORT_TITLES.contains(&t.word(k))
        || t.text
            .slice_clamped(a, b)
            .split('.')
            .all(|l| l.chars().count() == 1 && l.chars().all(char::is_uppercase))
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
    "already",
    "still",
    "often",
    "long",
    "now",
    "ha",
    "había",
    "también",
    "luego",
    "également",
    "aussi",
    "encore",
];

/// Cues in the plural: a source only after a plural head that is no pronoun ("the authors
/// say", "Police believe"; "they say" is hearsay).
pub(super) const PLURAL_CUES: &[&str] = &["say", "believe", "insist", "argue", "warn"];
/// True when `w` can head a source of a plural cue: "the authors", "Police" (not "Mill
/// Street say", the tail of a group).
fn plural_head(w: &str) -> bool {
    let plural = w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("'s") && !w.ends_with("’s");
    plural || SPECIFIC_GROUPS.contains(&w) || matches!(w, "people" | "staff")
}
/// Words that count a source: "one council aide", "two officials".
const COUNTS: &[&str] = &["one", "two", "three", "four", "several"];

/// Words that are no part of a source between a determiner and a verb.
pub(super) const NOT_IN_SOURCE: &[&str] = &[
    "has", "have", "had", "been", "is", "are", "was", "were", "be", "that", "which", "who",
    // "the Greens backed the bill but criticised": a conjunction ends the object of another verb.
    "and", "but", "or", "nor", "than", "not", "to",
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

/// True when the cue at token `i` describes a noun instead of reporting: after a
/// determiner ("an estimated £5m", "the alleged fraud") or after another past tense
/// ("the board ignored repeated warnings", but "Fred added").
fn adjectival(t: &Tokens<'_>, i: usize) -> bool {
    i > 0
        && t.joined(i - 1)
        && (DETERMINERS.contains(&t.word(i - 1))
            || (t.word(i).ends_with("ed")
                && t.word(i - 1).ends_with("ed")
                && !t.capitalised(i - 1)
                && !BETWEEN.contains(&t.word(i - 1))))
}

/// True when the verb at token `i` follows "has long" or "have long" ("Doctors have long
/// warned"): a view held for years by a whole group, not what a source said.
pub(super) fn habitual(t: &Tokens<'_>, i: usize) -> bool {
    i >= 2
        && t.word(i - 1) == "long"
        && matches!(t.word(i - 2), "has" | "have")
        && t.joined(i - 2)
        && t.joined(i - 1)
}

/// The source just before token `i` (a name, a pronoun, or a determiner and up to three
/// words), as the index of its first token. Auxiliaries and "-ly" adverbs may stand
/// between, and so may a clause between commas ("Luis Ferreira, who voted against, said";
/// "the director, Samuel Osei, told").
pub(super) fn source_before(t: &Tokens<'_>, i: usize) -> Option<usize> {
    if habitual(t, i) || adjectival(t, i) {
        return None;
    }
    let mut p = before_verb(t, i)?;
    // "Mr Ashdown would say only": after a modal the verb is no plural.
    let modal = i > 0
        && matches!(
            t.word(i - 1),
            "would"
                | "will"
                | "could"
                | "can"
                | "did"
                | "does"
                | "might"
                | "may"
                | "must"
                | "should"
        );
    if PLURAL_CUES.contains(&t.word(i)) && !modal && !plural_head(t.word(p)) {
        return None;
    }
    // "Cllr Derek Plumb (Con) said": past a bracket after the source.
    let bracket = (gap(t, p) == ") ")
        .then(|| (p.saturating_sub(6)..p).rev().find(|&k| gap(t, k) == " ("))
        .flatten();
    if let Some(k) = bracket {
        p = k;
    }
    if gap(t, p) == ", " {
        // The clause between commas: a name right after the opening comma, or a name
        // right before it.
        let mut open = (p.saturating_sub(20)..p)
            .rev()
            .find(|&k| matches!(gap(t, k), ", " | "), "))?;
        // "Councillor Priya Ashworth (Lab), who chairs the committee, said".
        if gap(t, open) == "), " {
            let k = (open.saturating_sub(6)..open)
                .rev()
                .find(|&k| gap(t, k) == " (")?;
            return (t.capitalised(k) && name_word(t, k))
                .then(|| widen_source(t, name_start(t, k, 5)));
        }
        // "Derek Ashworth, 71, who has lived here for years, said": past the age.
        if figure(t, open) && open > 0 && gap(t, open - 1) == ", " {
            open -= 1;
        }
        if t.capitalised(open + 1) && name_word(t, open + 1) && !figure(t, open + 1) {
            // "Greyfield's regional manager, Tom Reyes, said": the title before the name.
            return Some(title_before(t, open).unwrap_or(open + 1));
        }
        if t.capitalised(open) && name_word(t, open) && !figure(t, open) {
            return Some(name_start(t, open, 5));
        }
        // "PEBL's founder, 26-year-old former games designer Tamsin Roke, told": the name
        // and its title between the commas.
        if t.capitalised(p) && name_word(t, p) {
            return Some(widen_source(t, name_start(t, p, 5)));
        }
        // "One council aide, speaking on condition of anonymity, said"; "A study by the
        // health agency, published last year, suggested": a determiner or a number that
        // opens the sentence and up to six words.
        return (open.saturating_sub(6)..=open).find(|&k| {
            let w = t.word(k);
            (DETERMINERS.contains(&w) || COUNTS.contains(&w))
                && (opens_sentence(t, k) || (k > 0 && gap(t, k - 1).contains(',')))
                && (k..open).all(|m| t.linked(m))
        });
    }
    if !t.joined(p) && bracket.is_none() {
        return None;
    }
    if t.capitalised(p) && name_word(t, p) {
        return Some(name_start(t, p, 5));
    }
    // "they say" is hearsay, "the authors say" a source.
    if PRONOUNS.contains(&t.word(p)) {
        return (!PLURAL_CUES.contains(&t.word(i))).then_some(p);
    }
    // A body that needs no determiner: "Officials said", "League organisers said".
    if SPECIFIC_GROUPS.contains(&t.word(p)) {
        return Some(title_before(t, p).unwrap_or(p));
    }
    // "an amber heat warning": a word in "-ing" after a determiner is a noun, no verb.
    if t.word(i).ends_with("ing") {
        return None;
    }
    // "the ministry", "a spokesperson", "The county council's environmental health team":
    // up to five words after a determiner, none of them an auxiliary or a relative ("the
    // restaurant has been told", "a government that promised" are no sources).
    (1..=5).find_map(|back| {
        let d = (p + 1).checked_sub(back + 1)?;
        let plain = (d + 1..=p).all(|k| !NOT_IN_SOURCE.contains(&t.word(k)));
        // "the 24-year-old said": a hyphen joins the words of a source too.
        let opener = DETERMINERS.contains(&t.word(d)) || COUNTS.contains(&t.word(d));
        ((d..p).all(|k| t.linked(k)) && opener && plain).then_some(d)
    })
}

/// Words that open a clause: a title walked back to one starts after it ("although
/// Eastvale Police figures show", "as manager Steve Marchant said").
const CLAUSE_OPENERS: &[&str] = &[
    "and", "but", "or", "as", "when", "while", "after", "before", "because", "if", "since",
    "until", "which", "who", "whose", "where", "that", "although", "though", "whereas", "yet",
    "so",
];
/// Words that are no part of a title or a source's head: "Yesterday Harris said".
const NOT_IN_TITLE: &[&str] = &[
    "yesterday",
    "today",
    "tonight",
    "later",
    "then",
    "now",
    "meanwhile",
    "however",
    "also",
    "earlier",
    "week",
    "month",
    "year",
    "day",
    "night",
    "morning",
    "afternoon",
    "evening",
    "said",
    "says",
    "told",
    "is",
    "was",
    "are",
    "were",
    "has",
    "have",
    "had",
    "in",
    "on",
    "by",
    "with",
    "during",
    "under",
    "over",
    "about",
];
/// Prepositions that may join a head to its source ("A spokesperson for the trust",
/// "Doctors at Dunmore General Hospital"), though never as the first word.
const HEAD_JOINERS: &[&str] = &["for", "of", "at", "from", "close", "to"];

/// The start of the title or head before token `k` inclusive, when the words from the
/// start of the clause (a sentence, after a comma or after a word such as "although") to
/// `k` are at most five and all can be part of one ("Board member", "A spokesperson for", "The"): `None` otherwise.
pub(super) fn title_before(t: &Tokens<'_>, k: usize) -> Option<usize> {
    let mut first = k;
    loop {
        let w = t.word(first);
        if CLAUSE_OPENERS.contains(&w) {
            let next = first + 1;
            return (next <= k && !HEAD_JOINERS.contains(&t.word(next))).then_some(next);
        }
        let joiner = HEAD_JOINERS.contains(&w);
        // "Second-year student": a word after a hyphen is part of the compound.
        let compound = first > 0 && t.linked(first - 1) && !t.joined(first - 1);
        if (NOT_IN_TITLE.contains(&w) && !compound)
            || PRONOUNS.contains(&w)
            || (w.ends_with("ly") && w.len() > 4)
        {
            return None;
        }
        if opens_sentence(t, first) || gap(t, first - 1).contains(',') {
            return (!joiner).then_some(first);
        }
        if k - first >= 4 || !t.linked(first - 1) {
            return None;
        }
        first -= 1;
    }
}

/// Widen a source that starts at token `start` over its title or head ("Board member
/// Curtis Abara", "A spokesperson for the trust", "The National Safety Office").
pub(super) fn widen_source(t: &Tokens<'_>, start: usize) -> usize {
    if start == 0 || PRONOUNS.contains(&t.word(start)) || !t.joined(start - 1) {
        return start;
    }
    if opens_sentence(t, start) || gap(t, start - 1).contains(',') {
        return start;
    }
    // "a claim its press office denied": a noun before a determiner is another phrase.
    if DETERMINERS.contains(&t.word(start)) && !HEAD_JOINERS.contains(&t.word(start - 1)) {
        return start;
    }
    title_before(t, start - 1).unwrap_or(start)
}

/// Mediums a statement comes in: "said in a statement", "told the Post in an email".
const MEDIUMS: &[&str] = &[
    "statement",
    "email",
    "interview",
    "letter",
    "post",
    "video",
    "message",
    "release",
    "briefing",
    "note",
    "speech",
    "filing",
    "memo",
    "text",
];
/// Who was told, after "told": "told the board", "told the Chronicle", "told villagers".
const TELL_VERBS: &[&str] = &["told", "tells", "tell"];

/// The end of a reporting verb's span that ends before token `after`: with whom it was
/// told ("told the Post") and the medium ("said in a short statement"), when they run
/// up to punctuation or the next clause.
pub(super) fn widen_verb(t: &Tokens<'_>, after: usize) -> usize {
    // The next clause starts at punctuation, a conjunction or preposition, or a new subject
    // ("told the Courier she had been ill").
    let stops = |k: usize| {
        t.ranges.get(k).is_none()
            || !t.joined(k - 1)
            || matches!(
                t.word(k),
                "that" | "on" | "last" | "this" | "after" | "before" | "at" | "in" | "outside"
            )
            || PRONOUNS.contains(&t.word(k))
            || DETERMINERS.contains(&t.word(k))
            || NOT_IN_TITLE.contains(&t.word(k))
            || t.word(k).ends_with("wards")
    };
    let mut end = after;
    if after > 0 && TELL_VERBS.contains(&t.word(after - 1)) && t.joined(after - 1) {
        let k = after + usize::from(DETERMINERS.contains(&t.word(after)));
        let run = (k..k + 3).take_while(|&m| !stops(m)).count();
        if run > 0 && stops(k + run) {
            end = k + run;
        }
    }
    // "in a statement", "in an emailed statement", "in a short statement".
    let medium = (t.joined(end - 1)
        && t.word(end) == "in"
        && t.joined(end)
        && DETERMINERS.contains(&t.word(end + 1)))
    .then(|| (end + 2..end + 4).find(|&m| MEDIUMS.contains(&t.word(m))))
    .flatten()
    .filter(|&m| (end..m).all(|x| t.joined(x)) && stops(m + 1));
    medium.map_or(end, |m| m + 1)
}

/// The capitalised name just after token `i` ("said Mayor Ruth Adeyemi"; up to three
/// lowercase words of a title may come first: "said trust chief executive Alison Fairweather"),
/// as the index after its last token.
pub(super) fn name_after(t: &Tokens<'_>, i: usize) -> Option<usize> {
    if i == 0 || !t.joined(i - 1) {
        return None;
    }
    let start = (i..i + 4).find(|&k| {
        t.capitalised(k) && name_word(t, k) && (i..k).all(|m| t.joined(m) && !t.capitalised(m))
    })?;
    if start > i
        && (i..start).any(|m| {
            let w = t.word(m);
            DETERMINERS.contains(&w)
                || BETWEEN.contains(&w)
                || NOT_IN_TITLE.contains(&w)
                || CLAUSE_OPENERS.contains(&w)
        })
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

/// The source after a cue that follows a quotation, opened by a determiner and running to the
/// next punctuation (`"We will appeal," said the council`; `says the 58-year-old school
/// administrator from Pellingham`), as the index after its last token.
pub(super) fn determined_after(t: &Tokens<'_>, cue: usize, i: usize) -> Option<usize> {
    let quoted = cue > 0 && {
        let g = gap(t, cue - 1);
        [",\"", ",”", "?\"", "?”", "!\"", "!”"]
            .iter()
            .any(|q| g.starts_with(q))
    };
    if !quoted || !t.joined(cue) || !DETERMINERS.contains(&t.word(i)) {
        return None;
    }
    let end = (i..(i + 8).min(t.ranges.len())).find(|&k| !t.linked(k))?;
    let plain = (i + 1..=end).all(|k| {
        let w = t.word(k);
        !NOT_IN_SOURCE.contains(&w) && !CLAUSE_OPENERS.contains(&w) && !DETERMINERS.contains(&w)
    });
    let stops = gap(t, end).starts_with(['.', ',', ';', ':']) || end + 1 == t.ranges.len();
    (plain && stops && end > i).then_some(end + 1)
}

/// The source after a cue: words up to the next punctuation, at most twelve, ending before a
/// word that opens a clause or a verb's auxiliary ("according to figures published on
/// Thursday by the Northvale Health Trust"; "according to the minutes that were read").
pub(super) fn source_after_cue(t: &Tokens<'_>, i: usize) -> Option<usize> {
    if i == 0 || !t.joined(i - 1) || t.ranges.get(i).is_none() {
        return None;
    }
    let ends = |k: usize| {
        let w = t.word(k);
        CLAUSE_OPENERS.contains(&w)
            || matches!(
                w,
                "is" | "was" | "are" | "were" | "will" | "would" | "has" | "have" | "had"
            )
    };
    // "J.D. Vance", "Dr. Marsh": the full stop after an initial or a title ends no source.
    let next =
        |k: usize| t.joined(k) || (initial(t, k) && name_joined(t, k) && t.capitalised(k + 1));
    let mut end = i + 1;
    while end - i < 12 && next(end - 1) && t.ranges.get(end).is_some() && !ends(end) {
        end += 1;
    }
    Some(end)
}
