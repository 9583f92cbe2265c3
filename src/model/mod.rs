//! The pure core: no egui, no files, no clocks. Everything here is tested next to the code.

pub mod anchor;
pub mod annotation;
pub mod check;
pub mod class;
pub mod document;
pub mod focus;
pub mod interchange;
pub mod label;
pub mod lesson;
pub mod profile;
pub mod scoring;
pub mod scripts;
pub mod span;
pub mod suggest;
pub mod text;

pub use annotation::{Answer, AnswerSpan, Key, KeyItem};
pub use label::Label;
pub use lesson::{Lesson, LessonFormat, LessonMeta};
pub use scoring::{Score, score};
pub use span::Span;
pub use text::TextIndex;
