//! Re-finding spans after the lesson text changed.
//!
//! A stored span carries its offsets, the quoted text and a little context on each side.
//! When the quote no longer matches the text at its offsets, the span is re-found:
//! 1. exact occurrences of the quote, choosing by how much of the stored context matches
//!    and then by distance from the old position;
//! 2. otherwise an approximate match (as Hypothesis does): the substring with the smallest
//!    edit distance to the quote, at most a quarter of its length, with context and then
//!    position as tie-breakers;
//! 3. otherwise the span is orphaned. Orphaned spans are never scored at a guessed place.

use crate::model::text::TextIndex;

/// What anchoring did with a span.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Placement {
    /// The quote matches at the stored offsets (or there is no quote to check).
    InPlace,
    /// Found elsewhere; `from` is the stored range.
    Moved {
        /// Where it was stored.
        from: (usize, usize),
        /// Edit distance of the match (0 for an exact match).
        distance: usize,
    },
    /// Could not be found.
    Orphaned,
}

/// The stored facts about a span that anchoring uses.
#[derive(Clone, Copy, Debug)]
pub struct Selector<'a> {
    /// Stored first char.
    pub start: usize,
    /// Stored end char.
    pub end: usize,
    /// The text it covered, when stored.
    pub quote: Option<&'a str>,
    /// Text just before it.
    pub prefix: Option<&'a str>,
    /// Text just after it.
    pub suffix: Option<&'a str>,
}

/// Quotes longer than this are only re-found exactly.
const MAX_FUZZY_QUOTE: usize = 400;

/// Find where a stored span belongs in `text`. Returns the range (none when orphaned)
/// and what happened.
pub fn anchor(text: &TextIndex, sel: &Selector<'_>) -> (Option<(usize, usize)>, Placement) {
    let in_range = sel.start < sel.end && sel.end <= text.char_len();
    let Some(quote) = sel.quote.filter(|q| !q.is_empty()) else {
        return if in_range {
            (Some((sel.start, sel.end)), Placement::InPlace)
        } else {
            (None, Placement::Orphaned)
        };
    };
    if in_range && text.slice(sel.start, sel.end) == Some(quote) {
        return (Some((sel.start, sel.end)), Placement::InPlace);
    }
    let qlen = quote.chars().count();
    let from = (sel.start, sel.end);
    // Exact occurrences.
    let mut best: Option<((usize, usize), (usize, usize))> = None; // (range, (ctx, dist))
    let hay = text.as_str();
    let mut from_byte = 0;
    while let Some(pos) = hay.get(from_byte..).and_then(|h| h.find(quote)) {
        let b = from_byte + pos;
        let s = text.char_of_byte(b);
        let range = (s, s + qlen);
        let rank = (context_score(text, range, sel), s.abs_diff(sel.start));
        if best.is_none_or(|(_, r)| rank.0 > r.0 || (rank.0 == r.0 && rank.1 < r.1)) {
            best = Some((range, rank));
        }
        from_byte = b + hay
            .get(b..)
            .and_then(|h| h.chars().next())
            .map_or(1, char::len_utf8);
    }
    if let Some((range, _)) = best {
        return (Some(range), Placement::Moved { from, distance: 0 });
    }
    if !(4..=MAX_FUZZY_QUOTE).contains(&qlen) {
        return (None, Placement::Orphaned);
    }
    match fuzzy(text, quote, sel) {
        Some((range, distance)) => (Some(range), Placement::Moved { from, distance }),
        None => (None, Placement::Orphaned),
    }
}

/// Chars of stored context that agree with the text around `range`.
fn context_score(text: &TextIndex, range: (usize, usize), sel: &Selector<'_>) -> usize {
    let before = text.prefix(range.0);
    let after = text.suffix(range.1);
    let p = sel.prefix.map_or(0, |p| {
        p.chars()
            .rev()
            .zip(before.chars().rev())
            .take_while(|(a, b)| a == b)
            .count()
    });
    let s = sel.suffix.map_or(0, |s| {
        s.chars()
            .zip(after.chars())
            .take_while(|(a, b)| a == b)
            .count()
    });
    p + s
}

/// Sellers' semi-global edit distance: every substring of the text within `k` edits of
/// the quote, best one by (distance, context, position).
///
/// With Ukkonen's cut-off: a column is computed only down to the last row whose value is
/// at most `k` (plus one); rows below hold `k + 1`. A value over `k` can never lead back to
/// one at most `k`, so the result is the same as the full table's, in about `k` cells per
/// text char instead of the quote's length.
fn fuzzy(text: &TextIndex, quote: &str, sel: &Selector<'_>) -> Option<((usize, usize), usize)> {
    let pat: Vec<char> = quote.chars().collect();
    let m = pat.len();
    let k = m / 4;
    let over = k + 1;
    let mut prev: Vec<usize> = (0..=m).collect();
    let mut prev_start = vec![0usize; m + 1];
    let mut cur = vec![over; m + 1];
    let mut cur_start = vec![0usize; m + 1];
    // Last row at most `k` in `prev`; how far down each buffer was last written.
    let mut active = k.min(m);
    let (mut prev_written, mut cur_written) = (m, 0usize);
    // Candidates as (start, end, distance); only local minima are kept.
    let mut cands: Vec<(usize, usize, usize)> = Vec::new();
    for (j0, tc) in text.as_str().chars().enumerate() {
        let j = j0 + 1;
        let top = (active + 1).min(m);
        cur[0] = 0;
        cur_start[0] = j;
        for i in 1..=top {
            let sub = prev[i - 1] + usize::from(pat[i - 1] != tc);
            let del = cur[i - 1] + 1;
            let ins = prev[i] + 1;
            let (mut v, mut st) = (sub, prev_start[i - 1]);
            if del < v {
                v = del;
                st = cur_start[i - 1];
            }
            if ins < v {
                v = ins;
                st = prev_start[i];
            }
            cur[i] = v.min(over);
            cur_start[i] = st;
        }
        // Rows below `top` left over from two columns ago must read as "over k".
        for v in cur.iter_mut().take(cur_written + 1).skip(top + 1) {
            *v = over;
        }
        cur_written = top;
        active = top;
        while active > 0 && cur[active] > k {
            active -= 1;
        }
        if top == m && cur[m] <= k && cur_start[m] < j {
            push_candidate(&mut cands, (cur_start[m], j, cur[m]));
        }
        std::mem::swap(&mut prev, &mut cur);
        std::mem::swap(&mut prev_start, &mut cur_start);
        std::mem::swap(&mut prev_written, &mut cur_written);
    }
    best_candidate(text, cands, sel)
}

/// Adds a match `(start, end, distance)`. Overlapping candidates describe the same place;
/// the better one is kept.
fn push_candidate(cands: &mut Vec<(usize, usize, usize)>, c: (usize, usize, usize)) {
    match cands.last_mut() {
        Some(last) if c.0 < last.1 => {
            if c.2 < last.2 {
                *last = c;
            }
        }
        _ => cands.push(c),
    }
}

/// The best candidate: fewest edits, then most context agreeing, then nearest the old place.
fn best_candidate(
    text: &TextIndex,
    cands: Vec<(usize, usize, usize)>,
    sel: &Selector<'_>,
) -> Option<((usize, usize), usize)> {
    cands
        .into_iter()
        .map(|(s, e, d)| {
            let ctx = context_score(text, (s, e), sel);
            ((s, e), d, ctx, s.abs_diff(sel.start))
        })
        .min_by(|a, b| a.1.cmp(&b.1).then(b.2.cmp(&a.2)).then(a.3.cmp(&b.3)))
        .map(|(r, d, _, _)| (r, d))
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// The full table, without the cut-off: the reference the fast search must agree with.
    fn fuzzy_full(
        text: &TextIndex,
        quote: &str,
        sel: &Selector<'_>,
    ) -> Option<((usize, usize), usize)> {
        let pat: Vec<char> = quote.chars().collect();
        let m = pat.len();
        let k = m / 4;
        let mut prev: Vec<usize> = (0..=m).collect();
        let mut prev_start = vec![0usize; m + 1];
        let mut cur = vec![0usize; m + 1];
        let mut cur_start = vec![0usize; m + 1];
        let mut cands: Vec<(usize, usize, usize)> = Vec::new();
        for (j0, tc) in text.as_str().chars().enumerate() {
            let j = j0 + 1;
            cur[0] = 0;
            cur_start[0] = j;
            for i in 1..=m {
                let sub = prev[i - 1] + usize::from(pat[i - 1] != tc);
                let del = cur[i - 1] + 1;
                let ins = prev[i] + 1;
                let (mut v, mut st) = (sub, prev_start[i - 1]);
                if del < v {
                    v = del;
                    st = cur_start[i - 1];
                }
                if ins < v {
                    v = ins;
                    st = prev_start[i];
                }
                cur[i] = v;
                cur_start[i] = st;
            }
            if cur[m] <= k && cur_start[m] < j {
                push_candidate(&mut cands, (cur_start[m], j, cur[m]));
            }
            std::mem::swap(&mut prev, &mut cur);
            std::mem::swap(&mut prev_start, &mut cur_start);
        }
        best_candidate(text, cands, sel)
    }

    proptest! {
        #[test]
        fn the_cut_off_finds_what_the_full_table_finds(
            text in "[abcé ]{0,120}",
            quote in "[abcé ]{4,24}",
            start in 0usize..130,
        ) {
            let t = TextIndex::new(text);
            let s = Selector { start, end: start + 4, quote: Some(&quote), prefix: None, suffix: None };
            prop_assert_eq!(fuzzy(&t, &quote, &s), fuzzy_full(&t, &quote, &s));
        }
    }

    fn sel<'a>(start: usize, end: usize, q: &'a str, p: &'a str, s: &'a str) -> Selector<'a> {
        Selector {
            start,
            end,
            quote: Some(q),
            prefix: Some(p),
            suffix: Some(s),
        }
    }

    #[test]
    fn in_place_when_quote_matches() {
        let t = TextIndex::new("officials said the plan failed");
        let r = anchor(&t, &sel(0, 14, "officials said", "", " the"));
        assert_eq!(r, (Some((0, 14)), Placement::InPlace));
    }

    #[test]
    fn moved_when_text_inserted_before() {
        let t = TextIndex::new("Yesterday, officials said the plan failed");
        let r = anchor(&t, &sel(0, 14, "officials said", "", " the"));
        assert_eq!(r.0, Some((11, 25)));
        assert!(matches!(r.1, Placement::Moved { distance: 0, .. }));
    }

    #[test]
    fn context_chooses_between_repeats() {
        let t = TextIndex::new("X said no. Y said yes. Z said maybe.");
        // Stored near the start but the context says it is the one after "Z".
        let r = anchor(&t, &sel(3, 7, "said", "Z ", " maybe"));
        assert_eq!(r.0, Some((25, 29)));
    }

    #[test]
    fn nearest_repeat_without_context() {
        let t = TextIndex::new("a said. b said. c said.");
        let r = anchor(&t, &sel(17, 21, "said", "", ""));
        assert_eq!(r.0, Some((18, 22)));
    }

    #[test]
    fn approximate_after_small_edit() {
        let t = TextIndex::new("The mayor claimed, without evidence, that crime had doubled.");
        let r = anchor(
            &t,
            &sel(40, 60, "that crime has doubled", "evidence, ", "."),
        );
        assert_eq!(
            r.0.and_then(|(a, b)| t.slice(a, b)),
            Some("that crime had doubled")
        );
        assert!(matches!(r.1, Placement::Moved { distance: 1, .. }));
    }

    #[test]
    fn orphaned_when_gone() {
        let t = TextIndex::new("Completely different words here.");
        let r = anchor(&t, &sel(0, 14, "officials said", "", ""));
        assert_eq!(r, (None, Placement::Orphaned));
    }

    #[test]
    fn no_quote_means_offsets_are_trusted_when_in_range() {
        let t = TextIndex::new("abc");
        let s = Selector {
            start: 0,
            end: 2,
            quote: None,
            prefix: None,
            suffix: None,
        };
        assert_eq!(anchor(&t, &s).1, Placement::InPlace);
        let s = Selector {
            start: 2,
            end: 9,
            quote: None,
            prefix: None,
            suffix: None,
        };
        assert_eq!(anchor(&t, &s).1, Placement::Orphaned);
    }
}
