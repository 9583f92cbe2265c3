//! Finding a lesson among hundreds: a search over title, summary, skills, outlet, file name
//! and class, and filters by level, language, class, key and whether the learner tried it.
//! Plain data and a match function, no drawing, so it is tested here.

use crate::service::CatalogueEntry;

/// What the library shows: every lesson when nothing is set.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct LibraryFilter {
    /// Words that must all appear (any case) in the title, summary, skills, outlet, file
    /// name or class.
    pub text: String,
    /// Only this level.
    pub level: Option<u8>,
    /// Only lessons in this language (two letters).
    pub language: Option<String>,
    /// Only this class pack's lessons (the class name).
    pub class: Option<String>,
    /// Only lessons with (true) or without (false) an answer key.
    pub keyed: Option<bool>,
    /// Only lessons the learner has checked at least once (true), or not yet (false).
    pub tried: Option<bool>,
}

impl LibraryFilter {
    /// True when something is set.
    pub fn is_active(&self) -> bool {
        *self != LibraryFilter::default() && !self.is_blank()
    }

    fn is_blank(&self) -> bool {
        self.text.trim().is_empty()
            && self.level.is_none()
            && self.language.is_none()
            && self.class.is_none()
            && self.keyed.is_none()
            && self.tried.is_none()
    }

    /// Whether `e` is shown; `tried` says whether the learner has checked it.
    pub fn matches(&self, e: &CatalogueEntry, tried: bool) -> bool {
        let meta = e.meta.as_ref();
        if let Some(level) = self.level
            && meta.and_then(|m| m.level) != Some(level)
        {
            return false;
        }
        if let Some(lang) = &self.language
            && !e.language.eq_ignore_ascii_case(lang)
        {
            return false;
        }
        if let Some(class) = &self.class
            && e.class.as_deref() != Some(class.as_str())
        {
            return false;
        }
        if self.keyed.is_some_and(|k| k != e.has_key) || self.tried.is_some_and(|t| t != tried) {
            return false;
        }
        let words: Vec<String> = self
            .text
            .split_whitespace()
            .map(str::to_lowercase)
            .collect();
        if words.is_empty() {
            return true;
        }
        let mut hay = vec![e.title().to_lowercase(), e.name.to_lowercase()];
        if let Some(m) = meta {
            hay.extend(m.summary.iter().map(|s| s.to_lowercase()));
            hay.extend(m.skills.iter().map(|s| s.to_lowercase()));
            if let Some(src) = &m.source {
                hay.extend(src.outlet.iter().map(|s| s.to_lowercase()));
            }
        }
        hay.extend(e.class.iter().map(|c| c.to_lowercase()));
        words
            .iter()
            .all(|w| hay.iter().any(|h| h.contains(w.as_str())))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::lesson::{LessonMeta, Source};
    use crate::service::LessonSource;
    use std::path::PathBuf;

    fn entry(name: &str, title: &str, level: u8, language: &str) -> CatalogueEntry {
        CatalogueEntry {
            source: LessonSource::File(PathBuf::from(name)),
            id: name.into(),
            name: name.into(),
            meta: Some(LessonMeta {
                title: title.into(),
                summary: Some("A council story with vague sourcing".into()),
                level: Some(level),
                skills: vec!["framing".into()],
                source: Some(Source {
                    outlet: Some("Harbour Gazette".into()),
                    ..Source::default()
                }),
                ..LessonMeta::default()
            }),
            error: None,
            has_key: true,
            group: None,
            class: None,
            shared_computers: false,
            language: language.into(),
            modified: None,
        }
    }

    #[test]
    fn words_are_searched_in_title_summary_skills_and_outlet() {
        let e = entry("003_bike-lane.md", "Bike lane plan sparks fury", 2, "en");
        let f = |text: &str| LibraryFilter {
            text: text.into(),
            ..LibraryFilter::default()
        };
        assert!(f("").matches(&e, false));
        assert!(f("BIKE fury").matches(&e, false));
        assert!(f("council").matches(&e, false), "summary");
        assert!(f("framing").matches(&e, false), "skill");
        assert!(f("gazette").matches(&e, false), "outlet");
        assert!(f("003").matches(&e, false), "file name");
        assert!(!f("bike ferry").matches(&e, false), "every word must match");
    }

    #[test]
    fn filters_by_level_language_class_key_and_tried() {
        let mut e = entry("x.md", "Abendbus", 3, "de");
        e.class = Some("9B".into());
        let all = LibraryFilter::default();
        assert!(!all.is_active());
        let level = LibraryFilter {
            level: Some(3),
            ..all.clone()
        };
        assert!(level.is_active() && level.matches(&e, false));
        assert!(
            !LibraryFilter {
                level: Some(1),
                ..all.clone()
            }
            .matches(&e, false)
        );
        let de = LibraryFilter {
            language: Some("de".into()),
            ..all.clone()
        };
        assert!(de.matches(&e, false));
        assert!(
            !LibraryFilter {
                language: Some("uk".into()),
                ..all.clone()
            }
            .matches(&e, false)
        );
        assert!(
            LibraryFilter {
                class: Some("9B".into()),
                ..all.clone()
            }
            .matches(&e, false)
        );
        assert!(
            !LibraryFilter {
                class: Some("9C".into()),
                ..all.clone()
            }
            .matches(&e, false)
        );
        assert!(
            !LibraryFilter {
                keyed: Some(false),
                ..all.clone()
            }
            .matches(&e, false)
        );
        assert!(
            LibraryFilter {
                tried: Some(true),
                ..all.clone()
            }
            .matches(&e, true)
        );
        assert!(
            !LibraryFilter {
                tried: Some(true),
                ..all
            }
            .matches(&e, false)
        );
    }
}
