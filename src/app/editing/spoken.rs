//! What a screen reader says after an edit of the highlights, in words: "Opinion: stark
//! divide", "Now Attribution: stark divide", "Highlight deleted: Opinion: stark divide",
//! "Undone: Opinion on stark divide". Worked out from the spans before and after.

use super::EditCommand;
use crate::model::Span;
use crate::model::text::TextIndex;

/// A span's label and words, as the sentences below name them.
fn parts<'t>(text: &'t TextIndex, s: &Span) -> (String, &'t str) {
    (s.label.title(), text.slice_clamped(s.start, s.end))
}

/// The words for what an edit changed, if it changed anything.
pub fn spoken_change(
    text: &TextIndex,
    before: &[Span],
    after: &[Span],
    cmd: &EditCommand,
) -> Option<String> {
    let added: Vec<&Span> = after.iter().filter(|s| !before.contains(s)).collect();
    let removed: Vec<&Span> = before.iter().filter(|s| !after.contains(s)).collect();
    let change = match (added.as_slice(), removed.as_slice()) {
        ([], []) => return None,
        ([a], [r]) if a.start == r.start && a.end == r.end => {
            let (label, quote) = parts(text, a);
            crate::t!("spoken-relabelled", label = label, quote = quote)
        }
        ([a], []) => {
            let (label, quote) = parts(text, a);
            crate::t!("spoken-highlight", label = label, quote = quote)
        }
        ([], [r]) => {
            let (label, quote) = parts(text, r);
            crate::t!("spoken-deleted", label = label, quote = quote)
        }
        (a, r) => crate::t!("spoken-many-changed", added = a.len(), removed = r.len()),
    };
    Some(match cmd {
        EditCommand::Undo => crate::t!("spoken-undone", change = change),
        EditCommand::Redo => crate::t!("spoken-redone", change = change),
        _ => change,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Label;

    #[test]
    fn edits_are_said_in_words() {
        let t = TextIndex::new("Vance highlighted the stark divide.");
        let s = Span::new(22, 34, Label::Opinion);
        let a = Span::new(22, 34, Label::Attribution);
        let label = EditCommand::Label(Label::Opinion);
        assert_eq!(
            spoken_change(&t, &[], &[s], &label).as_deref(),
            Some("Opinion: stark divide")
        );
        assert_eq!(
            spoken_change(&t, &[s], &[a], &label).as_deref(),
            Some("Now Attribution: stark divide")
        );
        assert_eq!(
            spoken_change(&t, &[s], &[], &EditCommand::DeleteAtCaret).as_deref(),
            Some("Highlight deleted: Opinion: stark divide")
        );
        assert_eq!(
            spoken_change(&t, &[s], &[], &EditCommand::Undo).as_deref(),
            Some("Undone; Highlight deleted: Opinion: stark divide")
        );
        assert_eq!(spoken_change(&t, &[s], &[s], &label), None);
    }
}
