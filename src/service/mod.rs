//! The one place the CLI and the GUI turn files into lessons, placed keys, scores and
//! class figures.
//!
//! - [`open`]: a lesson with its key, from the bundled lessons, a file or the data folder,
//!   with the key items that could not be placed;
//! - [`grade`]: answer files graded one by one or a folder at a time.
//!
//! Errors are typed ([`crate::store::FileError`]) and reported once, by the caller that
//! shows them.

pub mod filter;
pub mod grade;
pub mod lms;
pub mod open;

pub use grade::{
    Class, ClassProblem, GradedFile, ProblemKind, grade_file, grade_files, grade_folder,
};
pub use open::{
    CatalogueEntry, LessonSource, OpenedLesson, PlacedKey, bundled_catalogue, folder_catalogue,
    for_shared_computers, lesson_with_key, open_lesson,
};
