//! newsmark: a desktop tool for teaching media literacy.
//!
//! A lesson is a news article; a student highlights spans and labels each one
//! Attribution, Opinion or Unsupported assertion; newsmark scores the answer against an
//! instructor's key and explains every item.
//!
//! - [`model`]: the pure core (text, spans, lessons, keys, answers, scoring, class figures,
//!   anchoring, checks). No egui, no I/O.
//! - [`store`]: files: reading with clear errors, atomic writes, exports.
//! - [`bundled`]: the lessons compiled into the binary.
//! - [`service`]: opening a lesson with its key, grading answer files and folders; shared by
//!   the CLI and the GUI.
//! - [`cli`]: the headless subcommands.
//! - `app` (feature `gui`): the egui desktop application.

pub mod bundled;
pub mod cli;
pub mod i18n;
pub mod model;
pub mod service;
pub mod store;

#[cfg(feature = "gui")]
pub mod app;
