//! Plain words for every figure the feedback, the class results and the profile show:
//! the text of its hover and of its line of help, in the interface's language. Below the
//! pages, so every page uses the same words.

/// The benchmark from the teacher guide, shown next to the score.
pub fn benchmark() -> String {
    crate::t!("words-benchmark")
}
/// Hover on the benchmark.
pub fn benchmark_hover() -> String {
    crate::t!("words-benchmark-hover")
}
/// The score (100 × F1 over all labels), as a line of help.
pub fn score() -> String {
    crate::t!("words-score")
}
/// Hover on the score.
pub fn score_hover() -> String {
    crate::t!("words-score-hover")
}
/// Recall, shown as "found".
pub fn found() -> String {
    crate::t!("words-found")
}
/// Precision, shown as "precise".
pub fn precise() -> String {
    crate::t!("words-precise")
}
/// Per-label F1.
pub fn f1() -> String {
    crate::t!("words-f1")
}
/// The line of help under the per-label table.
pub fn table_help() -> String {
    crate::t!("words-table-help")
}
/// Passage F1, shown as "Right passages, any label".
pub fn passage() -> String {
    crate::t!("words-passage")
}
/// The line of help under the passage figure.
pub fn passage_help() -> String {
    crate::t!("words-passage-help")
}
/// A label the key has nothing for.
pub fn nothing_to_find() -> String {
    crate::t!("words-nothing-to-find")
}
/// The counts of key items by status.
pub fn status_counts() -> String {
    crate::t!("words-status-counts")
}
/// The coverage of a partly found item.
pub fn covered() -> String {
    crate::t!("words-covered")
}
/// The best score and attempts.
pub fn best() -> String {
    crate::t!("words-best")
}
/// The list of attempts.
pub fn attempts() -> String {
    crate::t!("words-attempts")
}
/// Highlights that overlap no key item (class results).
pub fn extra() -> String {
    crate::t!("words-extra")
}
