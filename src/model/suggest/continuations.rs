//! Reporting cues that only continue a source's account.
//!
//! `categories.md`: "Sentences that plainly continue the same source's account are covered by
//! that attribution; they need no new span." The plainest case is a pronoun cue after a
//! quotation ("…," she said, with nothing more) when a named source spoke in the same
//! paragraph or the one before: the reader already knows who is speaking.

use super::sources::PRONOUNS;
use super::{Label, Suggestion, Tokens};

/// Remove the attributions that only continue a named source's account.
pub(super) fn drop_continuations(t: &Tokens<'_>, out: &mut Vec<Suggestion>) {
    let first = |s: &Suggestion| t.ranges.partition_point(|&(a, _)| a < s.start);
    let pronoun = |s: &Suggestion| PRONOUNS.contains(&t.word(first(s)));
    // "she said." or "she said, adding", not "she said in a university press release":
    // where it was said is news.
    let bare = |s: &Suggestion| {
        let k = first(s);
        t.ranges.get(k + 1).is_some_and(|&(_, e)| e == s.end) && !t.joined(k + 1)
    };
    let named: Vec<(usize, usize)> = out
        .iter()
        .filter(|s| s.label == Label::Attribution && !pronoun(s))
        .map(|s| (s.start, s.end))
        .collect();
    out.retain(|s| {
        if s.label != Label::Attribution || !pronoun(s) || !bare(s) || !after_quotation(t, s.start)
        {
            return true;
        }
        let from = paragraph_before(t, s.start);
        !named.iter().any(|&(a, b)| from <= a && b <= s.start)
    });
}

/// True when char `c` follows a quotation closed by a comma, question or exclamation mark:
/// `"We will appeal," she said`.
fn after_quotation(t: &Tokens<'_>, c: usize) -> bool {
    let mut before = t
        .text
        .slice_clamped(c.saturating_sub(4), c)
        .trim_end()
        .chars()
        .rev();
    matches!(before.next(), Some('"' | '”')) && matches!(before.next(), Some(',' | '?' | '!'))
}

/// The first char of the paragraph before the one holding char `c` (or of the text).
fn paragraph_before(t: &Tokens<'_>, c: usize) -> usize {
    let before = t.text.slice_clamped(0, c);
    let this = before.rfind('\n').unwrap_or(0);
    // Blank lines between paragraphs are no paragraph.
    before[..this]
        .trim_end_matches('\n')
        .rfind('\n')
        .map_or(0, |b| t.text.char_of_byte(b) + 1)
}
