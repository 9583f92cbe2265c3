//! Plain words for every figure the feedback, the class results and the profile show:
//! the text of its hover and of its line of help. Below the pages, so every page uses the
//! same words.

/// The benchmark from the teacher guide, shown next to the score.
pub const BENCHMARK: &str = "Expert annotators agree at about 70.";
/// Hover on the benchmark.
pub const BENCHMARK_HOVER: &str = "Two careful people who mark the same news article on their own usually agree at about 70 to 75 out of 100. So 70 is expert level: nobody is expected to get 100.";
/// The score (100 × F1 over all labels), as a line of help.
pub const SCORE: &str = "How well your highlights matched the key: 100 = exactly, 0 = no overlap.";
/// Hover on the score.
pub const SCORE_HOVER: &str = "Your score compares your highlights with the key, label by label. You get points for the key's words you found with the right label, and lose points for highlighting words the key does not mark. 100 = exactly the key, 0 = no overlap.";
/// Recall, shown as "found".
pub const FOUND: &str = "Found (recall): how much of what the key marks with this label you highlighted with this label. 100% = you found all of it.";
/// Precision, shown as "precise".
pub const PRECISE: &str = "Precise (precision): how much of your highlighting with this label the key also marks with this label. 100% = none of your highlighting was off target.";
/// Per-label F1.
pub const F1: &str = "F1: found and precise combined into one number for this label. 100 = your highlights matched the key exactly, 0 = no overlap.";
/// The line of help under the per-label table.
pub const TABLE_HELP: &str = "found: how much of the key you highlighted · precise: how much of your highlighting the key has too · F1: both together, 100 = exactly, 0 = no overlap";
/// Passage F1, shown as "Right passages, any label".
pub const PASSAGE: &str = "Right passages, any label (passage F1): how well you found the words that matter, even where you chose another label. 100 = the same words as the key, 0 = no overlap.";
/// The line of help under the passage figure.
pub const PASSAGE_HELP: &str =
    "The same as the score, but a wrong label still counts: did you find the right words?";
/// A label the key has nothing for.
pub const NOTHING_TO_FIND: &str = "The key marks nothing with this label, and you highlighted nothing with it: there was nothing to find.";
/// The counts of key items by status.
pub const STATUS_COUNTS: &str = "Found: you highlighted at least half of the item with its label. Partly found: less than half. Wrong label: you highlighted it, but with another label. Missed: you did not highlight it.";
/// The coverage of a partly found item.
pub const COVERED: &str = "How much of this item's words you highlighted with the item's label. Half or more counts as found.";
/// The best score and attempts.
pub const BEST: &str =
    "Your best score on this lesson so far, and how many times you have checked it.";
/// The list of attempts.
pub const ATTEMPTS: &str = "Your score at each check of this lesson, first to last.";
/// Highlights that overlap no key item (class results).
pub const EXTRA: &str = "Extra: the student's highlights that overlap no key item at all. A few can be a reasonable reading worth discussing; many suggest guessing or highlighting too much.";
