//! The command line's definition: the clap derive types and nothing else.
//!
//! This file depends on clap and std only, never on the rest of the crate: `build.rs`
//! includes it too (`#[path = "src/cli/args.rs"] mod args;`) to generate the man pages and
//! the shell completions from the same definition the program parses with.

use clap::{Parser, Subcommand, ValueEnum};
use std::path::PathBuf;

/// newsmark: highlight attribution, opinion and unsupported assertions in news articles.
#[derive(Parser, Debug)]
#[command(name = "newsmark", version, about, long_about = None)]
pub struct Cli {
    /// Open the window, render a few frames and exit (for CI smoke tests).
    #[arg(long, hide = true)]
    pub smoke_test: bool,
    /// What to do; without a subcommand the desktop app opens.
    #[command(subcommand)]
    pub command: Option<Command>,
}

/// The subcommands.
#[derive(Subcommand, Debug)]
pub enum Command {
    /// Open the desktop app on a lesson or answer file.
    Open {
        /// A lesson (.md, .txt) or an answer (.json).
        file: PathBuf,
    },
    /// Print a lesson's canonical text, the string all offsets point into.
    Text {
        /// The lesson file.
        lesson: PathBuf,
    },
    /// Validate lessons and keys (folders are searched).
    Check {
        /// Lesson files, key files or folders.
        #[arg(required = true)]
        paths: Vec<PathBuf>,
    },
    /// Score answers against a key.
    Score {
        /// The lesson.
        #[arg(long)]
        lesson: PathBuf,
        /// The answer key.
        #[arg(long)]
        key: PathBuf,
        /// Answer files.
        #[arg(required = true)]
        answers: Vec<PathBuf>,
        /// Print JSON (one object, or an array for several answers).
        #[arg(long)]
        json: bool,
    },
    /// Make a lesson from a saved web page (.html), a .txt or a .md file.
    New {
        /// The article.
        article: PathBuf,
        /// Write the lesson here (printed when not given).
        #[arg(short, long)]
        output: Option<PathBuf>,
        /// Replace the output file if it exists (without it, an existing file is left
        /// alone and nothing is written).
        #[arg(long)]
        force: bool,
    },
    /// The assistant's candidate key items for a lesson, or (--evaluate) how they compare
    /// with the keys of every lesson in a folder.
    Suggest {
        /// The lesson.
        lesson: Option<PathBuf>,
        /// Print JSON: start, end (char offsets), label, rule, quote, rationale.
        #[arg(long)]
        json: bool,
        /// Compare suggestions with the keys of the lessons in this folder.
        #[arg(long, value_name = "DIR", conflicts_with = "lesson")]
        evaluate: Option<PathBuf>,
    },
    /// How far two answer keys of one lesson agree (two teachers, or a teacher and a blind
    /// reader): kappa per label, F1, and every place they differ.
    Agree {
        /// The lesson.
        #[arg(long)]
        lesson: PathBuf,
        /// The first key.
        key_a: PathBuf,
        /// The second key.
        key_b: PathBuf,
        /// Print JSON: kappa, f1, per-label F1 and the disagreements (kind, chars, labels,
        /// quotes).
        #[arg(long)]
        json: bool,
    },
    /// Convert a key or answer between newsmark .json, brat .ann and W3C .jsonld (by
    /// extension; a brat .ann gets the lesson's text in a .txt beside it).
    Convert {
        /// The lesson the spans point into.
        #[arg(long)]
        lesson: PathBuf,
        /// The file to read.
        input: PathBuf,
        /// The file to write.
        #[arg(short, long)]
        output: PathBuf,
        /// Write a key or an answer (newsmark .json input says which by itself).
        #[arg(long = "as", value_enum)]
        as_kind: Option<KindArg>,
        /// Replace the output file (and a brat .ann's .txt beside it) if it exists.
        #[arg(long)]
        force: bool,
    },
    /// Put lessons into one student pack (.newsmark-pack) to hand out; keys never go in.
    Pack {
        /// Lesson files.
        #[arg(required = true)]
        lessons: Vec<PathBuf>,
        /// The pack to write.
        #[arg(short, long)]
        output: PathBuf,
        /// The class's name.
        #[arg(long)]
        class: Option<String>,
        /// When answers are due.
        #[arg(long)]
        due: Option<String>,
        /// For computers students share: the pack's lessons keep no name, work or score of
        /// one student for the next (a hand-in clears the lesson).
        #[arg(long)]
        shared_computers: bool,
        /// Replace the pack if it exists.
        #[arg(long)]
        force: bool,
    },
    /// Class results for a folder of answers.
    Report {
        /// The lesson.
        #[arg(long)]
        lesson: PathBuf,
        /// The answer key.
        #[arg(long)]
        key: PathBuf,
        /// The hand-ins: a folder of answer files, or a zip of one, or an LMS's download of
        /// all submissions as it comes (Canvas "Download Submissions", Moodle "Download all
        /// submissions"), zipped or unpacked.
        dir: PathBuf,
        /// Write a gradebook CSV here.
        #[arg(long)]
        csv: Option<PathBuf>,
        /// The class list from the LMS (Canvas gradebook export, Moodle grading worksheet, or
        /// a CSV with name and id columns): says who handed nothing in, and the gradebook is
        /// written in the roster's own layout, every row kept, ready to import.
        #[arg(long)]
        roster: Option<PathBuf>,
        /// The Canvas assignment column to fill when the roster has several (its header,
        /// its id or its title).
        #[arg(long)]
        assignment: Option<String>,
        /// Students without a hand-in get 0 in the gradebook instead of an empty grade.
        #[arg(long)]
        missing_zero: bool,
        /// The score's scale in the gradebook without a roster (a Canvas or Moodle roster
        /// brings its own points possible).
        #[arg(long, default_value_t = 100.0)]
        points: f64,
        /// Gradebook layout.
        #[arg(long, value_enum, default_value_t = Format::Generic)]
        format: Format,
        /// Print the class results as JSON (students, items, confusion, histogram,
        /// problems).
        #[arg(long)]
        json: bool,
        /// Replace the gradebook CSV if it exists.
        #[arg(long)]
        force: bool,
    },
}

/// Key or answer on the command line.
#[derive(Clone, Copy, Debug, ValueEnum)]
pub enum KindArg {
    /// An answer key.
    Key,
    /// A student's answer.
    Answer,
}

/// Gradebook layouts on the command line.
#[derive(Clone, Copy, Debug, ValueEnum)]
pub enum Format {
    /// name, id, score, per-label F1, comment.
    Generic,
    /// Canvas gradebook import.
    Canvas,
    /// Moodle grade import.
    Moodle,
}
