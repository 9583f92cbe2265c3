//! The pure core: no egui, no files, no clocks. Everything here is tested next to the code.

pub mod agree;
pub mod anchor;
pub mod annotation;
pub mod check;
pub mod class;
pub mod document;
pub mod focus;
pub mod interchange;
pub mod label;
pub mod lesson;
pub mod lms;
pub mod profile;
pub mod scoring;
pub mod scripts;
pub mod skills;
pub mod span;
pub mod suggest;
pub mod text;

pub use annotation::{Answer, AnswerSpan, Key, KeyItem};
pub use label::Label;
pub use lesson::{Lesson, LessonFormat, LessonMeta};
pub use scoring::{Score, score};
pub use span::Span;
pub use text::TextIndex;

/// A count with its noun in the singular or the plural: `plural(1, "lesson", "lessons")`
/// is "1 lesson", `plural(3, "lesson", "lessons")` is "3 lessons" (and 0 takes the plural).
pub fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

#[cfg(test)]
mod plural_tests {
    #[test]
    fn one_is_singular_and_the_rest_plural() {
        assert_eq!(super::plural(1, "lesson", "lessons"), "1 lesson");
        assert_eq!(super::plural(0, "item", "items"), "0 items");
        assert_eq!(super::plural(12, "student", "students"), "12 students");
    }
}
