//! Which writing systems a text uses beyond the ones newsmark's own fonts draw (Latin,
//! Greek, Cyrillic), so the app can say what is missing instead of drawing empty boxes.

/// A writing system the bundled fonts do not cover.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Script {
    /// Chinese, Japanese (kana and kanji).
    Cjk,
    /// Korean.
    Hangul,
    /// Hindi, Marathi, Nepali, …
    Devanagari,
    /// Thai.
    Thai,
    /// Arabic (right to left).
    Arabic,
    /// Hebrew (right to left).
    Hebrew,
    /// Anything else outside Latin, Greek and Cyrillic that is a letter.
    Other,
}

impl Script {
    /// The name for people.
    pub fn name(self) -> &'static str {
        match self {
            Script::Cjk => "Chinese/Japanese",
            Script::Hangul => "Korean",
            Script::Devanagari => "Devanagari",
            Script::Thai => "Thai",
            Script::Arabic => "Arabic",
            Script::Hebrew => "Hebrew",
            Script::Other => "another writing system",
        }
    }

    /// Written right to left.
    pub fn right_to_left(self) -> bool {
        matches!(self, Script::Arabic | Script::Hebrew)
    }

    /// The Debian/Ubuntu font package that covers it.
    pub fn font_package(self) -> &'static str {
        match self {
            Script::Cjk | Script::Hangul => "fonts-noto-cjk",
            Script::Devanagari | Script::Other => "fonts-noto-core",
            Script::Thai => "fonts-thai-tlwg",
            Script::Arabic | Script::Hebrew => "fonts-noto-core",
        }
    }
}

/// The uncovered writing system of a char, if it has one.
pub fn script_of(c: char) -> Option<Script> {
    let u = c as u32;
    Some(match u {
        0x0590..=0x05FF | 0xFB1D..=0xFB4F => Script::Hebrew,
        0x0600..=0x06FF | 0x0750..=0x077F | 0x08A0..=0x08FF | 0xFB50..=0xFDFF | 0xFE70..=0xFEFF => {
            Script::Arabic
        }
        0x0900..=0x097F => Script::Devanagari,
        0x0E00..=0x0E7F => Script::Thai,
        0x1100..=0x11FF | 0x3130..=0x318F | 0xAC00..=0xD7AF => Script::Hangul,
        0x3040..=0x30FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0xFF66..=0xFF9F => {
            Script::Cjk
        }
        // Latin, Greek, Cyrillic and their extensions, punctuation, symbols: covered.
        0x0000..=0x058F | 0x1D00..=0x1FFF | 0x2000..=0x2BFF | 0x2DE0..=0x2DFF | 0xA640..=0xA69F => {
            return None;
        }
        _ if c.is_alphabetic() => Script::Other,
        _ => return None,
    })
}

/// The uncovered writing systems a text uses, sorted, each once.
pub fn uncovered(text: &str) -> Vec<Script> {
    let mut out: Vec<Script> = text.chars().filter_map(script_of).collect();
    out.sort_unstable();
    out.dedup();
    out
}

/// The distinct chars of a text that need a font beyond the bundled ones, sorted.
pub fn needing_fonts(text: &str) -> Vec<char> {
    let mut v: Vec<char> = text.chars().filter(|c| script_of(*c).is_some()).collect();
    v.sort_unstable();
    v.dedup();
    v
}

/// A sentence for people about what cannot be shown well, if anything.
pub fn notice(text: &str) -> Option<String> {
    let s = uncovered(text);
    if s.is_empty() {
        return None;
    }
    let mut parts = Vec::new();
    let rtl: Vec<&str> = s
        .iter()
        .filter(|x| x.right_to_left())
        .map(|x| x.name())
        .collect();
    if !rtl.is_empty() {
        parts.push(format!(
            "This lesson has {} text, which is written right to left; newsmark does not lay out right-to-left text yet, so it will not read correctly.",
            rtl.join(" and ")
        ));
    }
    let ltr: Vec<Script> = s.iter().copied().filter(|x| !x.right_to_left()).collect();
    if !ltr.is_empty() {
        let names: Vec<&str> = ltr.iter().map(|x| x.name()).collect();
        let mut pkgs: Vec<&str> = ltr.iter().map(|x| x.font_package()).collect();
        pkgs.dedup();
        parts.push(format!(
            "This lesson has {} text, which newsmark's own fonts cannot draw (it may show as boxes). Install a font for it, e.g. the package {}.",
            names.join(" and "),
            pkgs.join(" or ")
        ));
    }
    Some(parts.join(" "))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn latin_greek_cyrillic_are_covered_others_are_named() {
        assert!(uncovered("Ñandú, Ζεύς, Київ — «ok» 🙂").is_empty());
        assert_eq!(uncovered("東京で記者会見"), vec![Script::Cjk]);
        assert_eq!(uncovered("서울 뉴스"), vec![Script::Hangul]);
        assert_eq!(uncovered("नमस्ते"), vec![Script::Devanagari]);
        assert_eq!(uncovered("שלום عربي"), vec![Script::Arabic, Script::Hebrew]);
        let n = notice("東京 שלום").unwrap_or_default();
        assert!(
            n.contains("right to left") && n.contains("fonts-noto-cjk"),
            "{n}"
        );
        assert_eq!(notice("plain English"), None);
    }
}
