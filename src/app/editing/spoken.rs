//! What a screen reader says after an edit of the highlights, in words: "Opinion: stark
//! divide", "Now Attribution: stark divide", "Highlight deleted: Opinion: stark divide",
//! "Undone: Opinion on stark divide". Worked out from the spans before and after.

use super::EditCommand;
use crate::model::Span;
use crate::model::text::TextIndex;

fn said(text: &TextIndex, s: &Span) -> String {
    format!(
        "{}: {}",
        s.label.title(),
        text.slice_clamped(s.start, s.end)
    )
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
            format!("Now {}", said(text, a))
        }
        ([a], []) => said(text, a),
        ([], [r]) => format!("Highlight deleted: {}", said(text, r)),
        (a, r) => format!("{} highlight(s) added, {} removed", a.len(), r.len()),
    };
    Some(match cmd {
        EditCommand::Undo => format!("Undone; {change}"),
        EditCommand::Redo => format!("Redone; {change}"),
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
