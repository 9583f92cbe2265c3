//! The canonical text: char-offset slicing, fingerprints, word boundaries and context.
//!
//! Every offset in newsmark counts Unicode scalar values (`char`s). [`TextIndex`] keeps a
//! char-to-byte table so slicing by char range is O(1) however long the article is.

use sha2::{Digest, Sha256};
use unicode_segmentation::UnicodeSegmentation;

/// How many chars of context are stored on each side of a span for re-anchoring.
pub const CONTEXT_CHARS: usize = 32;

/// A canonical text with a char index.
#[derive(Clone, Debug, Default)]
pub struct TextIndex {
    text: String,
    /// Byte offset of every char, plus one entry for the end of the text.
    byte_at: Vec<usize>,
    /// `nonws_before[i]` = number of non-whitespace chars in `[0, i)`.
    nonws_before: Vec<u32>,
    /// SHA-256 of the text, computed on first use.
    sha: std::sync::OnceLock<String>,
}

impl TextIndex {
    /// Index a text.
    pub fn new(text: impl Into<String>) -> Self {
        let text = text.into();
        let mut byte_at = Vec::with_capacity(text.len() + 1);
        let mut nonws_before = Vec::with_capacity(text.len() + 1);
        let mut count = 0u32;
        for (b, c) in text.char_indices() {
            byte_at.push(b);
            nonws_before.push(count);
            if !c.is_whitespace() {
                count += 1;
            }
        }
        byte_at.push(text.len());
        nonws_before.push(count);
        TextIndex {
            text,
            byte_at,
            nonws_before,
            sha: std::sync::OnceLock::new(),
        }
    }

    /// The text itself.
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// Length in chars.
    pub fn char_len(&self) -> usize {
        self.byte_at.len() - 1
    }

    /// The chars `[start, end)`, or `None` when the range is reversed or out of bounds.
    pub fn slice(&self, start: usize, end: usize) -> Option<&str> {
        if start > end {
            return None;
        }
        let a = *self.byte_at.get(start)?;
        let b = *self.byte_at.get(end)?;
        self.text.get(a..b)
    }

    /// `slice` clamped to the text, for display of possibly stale offsets.
    pub fn slice_clamped(&self, start: usize, end: usize) -> &str {
        let n = self.char_len();
        let (a, b) = (start.min(n), end.min(n));
        self.slice(a.min(b), b).unwrap_or("")
    }

    /// Byte offset of char `i` (clamped to the end).
    pub fn byte_of(&self, i: usize) -> usize {
        self.byte_at.get(i).copied().unwrap_or(self.text.len())
    }

    /// Char offset of byte `b` (the char containing it, or the end).
    pub fn char_of_byte(&self, b: usize) -> usize {
        match self.byte_at.binary_search(&b) {
            Ok(i) => i,
            Err(i) => i.saturating_sub(1),
        }
    }

    /// Non-whitespace chars in `[start, end)`.
    pub fn nonws_in(&self, start: usize, end: usize) -> usize {
        let n = self.char_len();
        let (a, b) = (start.min(n), end.min(n));
        if a >= b {
            return 0;
        }
        let hi = self.nonws_before.get(b).copied().unwrap_or(0);
        let lo = self.nonws_before.get(a).copied().unwrap_or(0);
        (hi - lo) as usize
    }

    /// Non-whitespace chars in the whole text (the kappa units).
    pub fn nonws_total(&self) -> usize {
        self.nonws_in(0, self.char_len())
    }

    /// Up to [`CONTEXT_CHARS`] chars before `start`.
    pub fn prefix(&self, start: usize) -> &str {
        self.slice_clamped(start.saturating_sub(CONTEXT_CHARS), start)
    }

    /// Up to [`CONTEXT_CHARS`] chars after `end`.
    pub fn suffix(&self, end: usize) -> &str {
        self.slice_clamped(end, end.saturating_add(CONTEXT_CHARS))
    }

    /// SHA-256 of the text, lowercase hex.
    pub fn sha256(&self) -> &str {
        self.sha.get_or_init(|| sha256_hex(&self.text))
    }

    /// The char at `i`.
    pub fn char_at(&self, i: usize) -> Option<char> {
        self.slice(i, i + 1).and_then(|s| s.chars().next())
    }

    /// Snap a selection to whole words and drop surrounding white space and sentence
    /// punctuation (quotation marks that open or close a quoted phrase inside the
    /// selection are kept). Returns `None` when nothing word-like remains.
    pub fn snap_to_words(&self, start: usize, end: usize) -> Option<(usize, usize)> {
        let n = self.char_len();
        let (mut a, mut b) = (start.min(end).min(n), start.max(end).min(n));
        // Widen to word boundaries: a selection that starts or ends inside a word takes
        // the whole word.
        // In writing without spaces (Chinese, Japanese, Thai) each character stands alone:
        // a selection is not widened across them.
        let joins = |c: char| is_word_char(c) && !stands_alone(c);
        while a > 0 && self.char_at(a - 1).is_some_and(joins) && self.char_at(a).is_some_and(joins)
        {
            a -= 1;
        }
        while b < n
            && b > 0
            && self.char_at(b - 1).is_some_and(joins)
            && self.char_at(b).is_some_and(joins)
        {
            b += 1;
        }
        // Trim white space and punctuation that is not part of a quoted phrase.
        // A quotation mark stays when the selection holds a balanced quoted phrase.
        let trims = |c: char, a: usize, b: usize| {
            let quotes = self.slice(a, b).map(count_quotes).unwrap_or(0);
            c.is_whitespace()
                || (is_trim_punct(c) && !(is_quote(c) && quotes.is_multiple_of(2) && quotes > 0))
        };
        while a < b && self.char_at(a).is_some_and(|c| trims(c, a, b)) {
            a += 1;
        }
        while b > a && self.char_at(b - 1).is_some_and(|c| trims(c, a, b)) {
            b -= 1;
        }
        (a < b).then_some((a, b))
    }

    /// The word around cursor position `i` (for double-click): the word that starts at or
    /// contains char `i`, else the word that ends at `i` (a click on the right half of a
    /// word's last letter puts the cursor after it). `None` between words.
    pub fn word_at(&self, i: usize) -> Option<(usize, usize)> {
        let at = if self.char_at(i).is_some_and(is_word_char) {
            i
        } else if i > 0 && self.char_at(i - 1).is_some_and(is_word_char) {
            i - 1
        } else {
            return None;
        };
        self.snap_to_words(at, at + 1)
    }

    /// The keyboard's words are what a drag snaps to: runs of characters between spaces
    /// ("J.D.", "Northfield's", "co-operate", "3.5%" are one word each), or single
    /// characters of writing without spaces.
    fn in_token(&self, j: usize) -> bool {
        self.char_at(j).is_some_and(|c| !c.is_whitespace())
    }

    fn alone(&self, j: usize) -> bool {
        self.char_at(j).is_some_and(stands_alone)
    }

    /// Past the word that starts at `j` (a single character of writing without spaces).
    fn token_end_from(&self, j: usize) -> usize {
        let n = self.char_len();
        if self.alone(j) {
            return (j + 1).min(n);
        }
        let mut k = j;
        while k < n && self.in_token(k) && !self.alone(k) {
            k += 1;
        }
        k
    }

    /// Start of the next word strictly after `i` (Ctrl+Right), or the text end.
    pub fn next_word_start(&self, i: usize) -> usize {
        let n = self.char_len();
        let mut j = i.min(n);
        if j < n && self.in_token(j) {
            j = self.token_end_from(j);
        }
        while j < n && !self.in_token(j) {
            j += 1;
        }
        j
    }

    /// End of the current or next word after `i` (Shift+Ctrl+Right extends to word ends),
    /// before the punctuation a drag would drop ("Vance," ends before the comma).
    pub fn next_word_end(&self, i: usize) -> usize {
        let n = self.char_len();
        let mut j = i.min(n);
        // Spaces, and punctuation before the word (a comma left behind, an opening quote).
        while j < n && (!self.in_token(j) || self.char_at(j).is_some_and(is_trim_punct)) {
            j += 1;
        }
        let start = j;
        let mut end = self.token_end_from(j);
        // Trailing punctuation goes, unless it is all the word is.
        let mut trimmed = end;
        while trimmed > start + 1 && self.char_at(trimmed - 1).is_some_and(is_trim_punct) {
            trimmed -= 1;
        }
        if trimmed > i {
            end = trimmed;
        }
        end
    }

    /// Start of the word before `i` (Ctrl+Left), or 0.
    pub fn prev_word_start(&self, i: usize) -> usize {
        let mut j = i.min(self.char_len());
        while j > 0 && !self.in_token(j - 1) {
            j -= 1;
        }
        if j > 0 && self.alone(j - 1) {
            return j - 1;
        }
        while j > 0 && self.in_token(j - 1) && !self.alone(j - 1) {
            j -= 1;
        }
        j
    }

    /// Word ranges of the text in char offsets (Unicode word segmentation).
    pub fn words(&self) -> Vec<(usize, usize)> {
        self.text
            .unicode_word_indices()
            .map(|(b, w)| {
                let s = self.char_of_byte(b);
                (s, s + w.chars().count())
            })
            .collect()
    }
}

/// Lowercase hex SHA-256 of a string.
pub fn sha256_hex(s: &str) -> String {
    let digest = Sha256::digest(s.as_bytes());
    digest.iter().map(|b| format!("{b:02x}")).collect()
}

/// Characters of writing without spaces between words (Chinese, Japanese kana and kanji,
/// Thai), where each character is selectable on its own.
pub fn stands_alone(c: char) -> bool {
    matches!(c as u32,
        0x0E00..=0x0E7F | 0x3040..=0x30FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0xFF66..=0xFF9F)
}

/// Letters, digits, marks and the joiners that keep a word whole (apostrophes, hyphens
/// between letters are treated as word chars so "don't" and "well-known" stay whole).
pub fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || matches!(c, '\'' | '’' | '-' | '_' | '\u{0300}'..='\u{036f}')
}

fn is_quote(c: char) -> bool {
    matches!(
        c,
        '"' | '“' | '”' | '‘' | '’' | '«' | '»' | '„' | '「' | '」' | '『' | '』'
    )
}

fn count_quotes(s: &str) -> usize {
    s.chars()
        .filter(|&c| {
            matches!(
                c,
                '"' | '“' | '”' | '«' | '»' | '„' | '「' | '」' | '『' | '』'
            )
        })
        .count()
}

fn is_trim_punct(c: char) -> bool {
    matches!(
        c,
        '.' | ',' | ';' | ':' | '!' | '?' | '(' | ')' | '[' | ']' | '—' | '–' | '-' | '…'
            // Ideographic and full-width punctuation.
            | '。' | '、' | '！' | '？' | '（' | '）' | '：' | '；' | '，'
    ) || is_quote(c)
}

/// Normalise line endings to `\n` and drop trailing white space at the end (the rule for
/// plain-text lessons).
pub fn normalise_plain(s: &str) -> String {
    let s = s.strip_prefix('\u{feff}').unwrap_or(s);
    let s = s.replace("\r\n", "\n").replace('\r', "\n");
    s.trim_end().to_string()
}

#[cfg(test)]
mod cjk_tests {
    use super::*;

    #[test]
    fn text_without_spaces_snaps_per_character() {
        let t = TextIndex::new("東京都の知事は計画を発表した。English words here");
        assert_eq!(t.snap_to_words(0, 2), Some((0, 2)));
        assert_eq!(t.snap_to_words(1, 3), Some((1, 3)));
        assert_eq!(t.word_at(3), Some((3, 4)));
        // Ideographic punctuation is dropped like a full stop.
        let end = t.as_str().chars().position(|c| c == '。').unwrap_or(0);
        assert_eq!(t.snap_to_words(end - 2, end + 1), Some((end - 2, end)));
        // Words with spaces still widen.
        let e = t.as_str().chars().position(|c| c == 'E').unwrap_or(0);
        assert_eq!(t.snap_to_words(e + 2, e + 3), Some((e, e + 7)));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slices_by_chars() {
        let t = TextIndex::new("Київ said “no”.");
        assert_eq!(t.char_len(), 15);
        assert_eq!(t.slice(0, 4), Some("Київ"));
        assert_eq!(t.slice(10, 14), Some("“no”"));
        assert_eq!(t.slice(3, 2), None);
        assert_eq!(t.slice(0, 16), None);
        assert_eq!(t.char_of_byte(t.byte_of(5)), 5);
    }

    #[test]
    fn counts_non_whitespace() {
        let t = TextIndex::new("a b\n c");
        assert_eq!(t.nonws_total(), 3);
        assert_eq!(t.nonws_in(1, 4), 1);
    }

    #[test]
    fn snaps_selection_to_words() {
        let t = TextIndex::new("The minister said, “it failed.” Then.");
        // "inister sa" -> "minister said"
        assert_eq!(
            t.snap_to_words(5, 15).and_then(|(a, b)| t.slice(a, b)),
            Some("minister said")
        );
        // trailing comma and space dropped
        assert_eq!(
            t.snap_to_words(4, 19).and_then(|(a, b)| t.slice(a, b)),
            Some("minister said")
        );
        // a quoted phrase keeps its quotes
        assert_eq!(
            t.snap_to_words(19, 31).and_then(|(a, b)| t.slice(a, b)),
            Some("“it failed.”")
        );
        assert_eq!(t.snap_to_words(17, 19), None);
        assert_eq!(
            t.word_at(6).and_then(|(a, b)| t.slice(a, b)),
            Some("minister")
        );
    }

    #[test]
    fn word_motion() {
        let t = TextIndex::new("one, two three");
        assert_eq!(t.next_word_start(0), 5);
        assert_eq!(t.next_word_end(3), 8);
        assert_eq!(t.prev_word_start(8), 5);
        assert_eq!(t.prev_word_start(5), 0);
    }

    #[test]
    fn keyboard_words_are_what_a_drag_snaps_to() {
        let t = TextIndex::new("says J.D. Vance, Northfield's co-operate 3.5% now");
        let at = |w: &str| t.as_str().find(w).unwrap();
        // Ctrl+Right stops once per word, wherever the dots and apostrophes are.
        let mut stops = vec![0];
        while *stops.last().unwrap() < t.char_len() {
            stops.push(t.next_word_start(*stops.last().unwrap()));
        }
        let starts: Vec<usize> = ["J.D.", "Vance", "Northfield", "co-op", "3.5", "now"]
            .iter()
            .map(|w| at(w))
            .collect();
        assert_eq!(&stops[1..7], starts.as_slice());
        // Shift+Ctrl+Right ends a word before its trailing punctuation.
        assert_eq!(t.next_word_end(at("J.D.")), at("J.D.") + 3);
        assert_eq!(t.next_word_end(at("Vance")), at("Vance") + 5);
        assert_eq!(t.next_word_end(at("3.5%")), at("3.5%") + 4);
        // Ctrl+Left comes back the same way.
        assert_eq!(t.prev_word_start(at("Vance")), at("J.D."));
        assert_eq!(t.prev_word_start(at("co-op")), at("Northfield"));
    }

    #[test]
    fn plain_rule() {
        assert_eq!(normalise_plain("a\r\nb\rc  \n\n"), "a\nb\nc");
    }

    #[test]
    fn fingerprint_is_sha256() {
        assert_eq!(
            sha256_hex("abc"),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
    }
}
