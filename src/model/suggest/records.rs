//! Records as sources: "council figures show", "the survey shows". A bare record ("Polls
//! show") is vague sourcing, and "the row shows" is no source at all.

use super::Tokens;
use super::sources::{NOT_IN_SOURCE, before_verb, opens_sentence, source_before, title_before};

/// Verbs whose subject is a record, not a person: "council figures show".
pub(super) const SHOW_VERBS: &[&str] = &["show", "shows", "showed", "shown"];
/// Records that can show something.
const RECORDS: &[&str] = &[
    "figures",
    "data",
    "records",
    "statistics",
    "survey",
    "surveys",
    "poll",
    "polls",
    "study",
    "studies",
    "research",
    "report",
    "reports",
    "documents",
    "numbers",
    "analysis",
    "census",
    "results",
    "accounts",
    "minutes",
    "filings",
    "papers",
    "emails",
    "files",
    "tests",
    "audit",
    "review",
    "inquiry",
    "footage",
    "images",
    "photos",
    "logs",
    "estimates",
    "count",
];

/// The source of a "show" verb at token `i`: a record with a word that makes it specific
/// ("council figures show", "the survey shows"). A bare record ("Polls show") is vague
/// sourcing, and "the row shows" is no source at all.
pub(super) fn record_before(t: &Tokens<'_>, i: usize) -> Option<usize> {
    let end = before_verb(t, i)?;
    // "Figures from the department show": whose record it is may follow it.
    let whose = (end.saturating_sub(4)..end).find(|&k| {
        RECORDS.contains(&t.word(k))
            && matches!(t.word(k + 1), "from" | "by" | "of")
            && (k..end).all(|m| t.joined(m))
    });
    if let Some(k) = whose {
        return Some(title_before(t, k).unwrap_or(k));
    }
    let head = end;
    if !RECORDS.contains(&t.word(head)) || !t.joined(head) {
        return None;
    }
    if let Some(start) = source_before(t, i).filter(|&s| s < head) {
        return Some(start);
    }
    // A word that says whose record it is: "council figures show".
    let m = head.checked_sub(1)?;
    if !t.joined(m) || opens_sentence(t, head) || NOT_IN_SOURCE.contains(&t.word(m)) {
        return None;
    }
    // "Yet studies show" has no such word.
    title_before(t, m)
}
