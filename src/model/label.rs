//! The three labels a span can carry, with their names for files and for people.

use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;

/// What a highlighted span is, per `design/categories.md`.
///
/// The order (attribution, opinion, unsupported) is the order used everywhere output is
/// sorted by label.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Label {
    /// Who is said to have said something: the source plus the reporting cue.
    Attribution,
    /// Evaluative, judgmental or loaded language.
    Opinion,
    /// A factual-sounding claim given no source or evidence.
    Unsupported,
}

impl Label {
    /// All labels in their canonical order.
    pub const ALL: [Label; 3] = [Label::Attribution, Label::Opinion, Label::Unsupported];

    /// The name used in files and JSON output.
    pub fn key(self) -> &'static str {
        match self {
            Label::Attribution => "attribution",
            Label::Opinion => "opinion",
            Label::Unsupported => "unsupported",
        }
    }

    /// The name shown to people, in the interface's language ("Attribution",
    /// "Atribución").
    pub fn title(self) -> String {
        match self {
            Label::Attribution => crate::t!("label-attribution"),
            Label::Opinion => crate::t!("label-opinion"),
            Label::Unsupported => crate::t!("label-unsupported"),
        }
    }

    /// The one-letter badge drawn next to a highlight so colour is never the only cue
    /// (the first letter of the label's name in the interface's language).
    pub fn badge(self) -> char {
        let letter = match self {
            Label::Attribution => crate::t!("label-attribution.badge"),
            Label::Opinion => crate::t!("label-opinion.badge"),
            Label::Unsupported => crate::t!("label-unsupported.badge"),
        };
        letter.chars().next().unwrap_or('?')
    }

    /// Index 0..3 in [`Label::ALL`], for per-label arrays.
    pub fn index(self) -> usize {
        match self {
            Label::Attribution => 0,
            Label::Opinion => 1,
            Label::Unsupported => 2,
        }
    }

    /// The keyboard shortcut digit (1, 2, 3).
    pub fn digit(self) -> char {
        match self {
            Label::Attribution => '1',
            Label::Opinion => '2',
            Label::Unsupported => '3',
        }
    }
}

impl fmt::Display for Label {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.key())
    }
}

/// A label name that is not one of the three.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown label {0:?} (expected attribution, opinion or unsupported)")]
pub struct UnknownLabel(pub String);

impl FromStr for Label {
    type Err = UnknownLabel;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.trim().to_ascii_lowercase().as_str() {
            "attribution" => Ok(Label::Attribution),
            "opinion" => Ok(Label::Opinion),
            "unsupported" | "unsupported assertion" | "unsupported_assertion" => {
                Ok(Label::Unsupported)
            }
            _ => Err(UnknownLabel(s.to_string())),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_names() {
        for l in Label::ALL {
            assert_eq!(l.key().parse::<Label>(), Ok(l));
            assert_eq!(Label::ALL[l.index()], l);
        }
        assert!("fact".parse::<Label>().is_err());
    }

    #[test]
    fn serde_uses_lowercase() {
        assert_eq!(
            serde_json::to_string(&Label::Unsupported).ok().as_deref(),
            Some("\"unsupported\"")
        );
    }
}
