//! Why a stored span cannot be used, in the reader's language.

/// A span that cannot be used, with its position in the file's list (0-based).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SpanError {
    /// `start >= end`.
    Reversed {
        /// Position in the list (0-based; shown 1-based).
        index: usize,
        /// Stored start.
        start: usize,
        /// Stored end.
        end: usize,
    },
    /// Past the end of the text and no quote to re-find it by.
    OutOfRange {
        /// Position in the list (0-based; shown 1-based).
        index: usize,
        /// Stored start.
        start: usize,
        /// Stored end.
        end: usize,
        /// Text length in chars.
        len: usize,
    },
    /// Made on another text, and the spans carry no quotes to re-find them.
    DifferentText,
}

/// In the reader's language (the command line's is English).
impl std::fmt::Display for SpanError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let text = match self {
            SpanError::Reversed { index, start, end } => crate::t!(
                "span-error-reversed",
                number = (index + 1).to_string(),
                start = start.to_string(),
                end = end.to_string()
            ),
            SpanError::OutOfRange {
                index,
                start,
                end,
                len,
            } => crate::t!(
                "span-error-out-of-range",
                number = (index + 1).to_string(),
                start = start.to_string(),
                end = end.to_string(),
                length = len.to_string()
            ),
            SpanError::DifferentText => crate::t!("span-error-different-text"),
        };
        f.write_str(&text)
    }
}

impl std::error::Error for SpanError {}
