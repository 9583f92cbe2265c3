//! The headless command line, one module per subcommand: `text`, `check`, `score`,
//! `report`, `new`, `suggest`.
//!
//! Exit codes: 0 success, 1 when `check` finds problems, 2 on bad input. A batch reports a
//! bad file (which file, what is wrong) and goes on with the rest. Errors are described
//! here, once, with their causes. A command that writes a file (`new -o`, `convert -o`,
//! `pack -o`, `report --csv`) never replaces an existing one unless `--force` is given.

mod check;
mod convert;
mod new;
mod pack;
mod report;
mod score;
mod suggest;
mod text;

use crate::model::class::GradebookFormat;
use crate::model::lesson::Lesson;
use crate::service::{self, PlacedKey};
use crate::store;
use clap::{Parser, Subcommand, ValueEnum};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

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
        /// Folder of answer files.
        dir: PathBuf,
        /// Write a gradebook CSV here.
        #[arg(long)]
        csv: Option<PathBuf>,
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

impl From<Format> for GradebookFormat {
    fn from(f: Format) -> Self {
        match f {
            Format::Generic => GradebookFormat::Generic,
            Format::Canvas => GradebookFormat::Canvas,
            Format::Moodle => GradebookFormat::Moodle,
        }
    }
}

/// Exit code for success.
pub const OK: u8 = 0;
/// Exit code when a check finds problems.
pub const PROBLEMS: u8 = 1;
/// Exit code for bad input.
pub const BAD_INPUT: u8 = 2;

/// Run a headless subcommand. `Open` is handled by the caller.
pub fn run(cmd: Command, out: &mut dyn Write, err: &mut dyn Write) -> ExitCode {
    let code = match cmd {
        Command::Open { .. } => {
            let _ = writeln!(
                err,
                "newsmark: this build has no desktop app (built without the gui feature)"
            );
            BAD_INPUT
        }
        Command::Text { lesson } => text::run(&lesson, out, err),
        Command::Check { paths } => check::run(&paths, out, err),
        Command::Score {
            lesson,
            key,
            answers,
            json,
        } => score::run(&lesson, &key, &answers, json, out, err),
        Command::New {
            article,
            output,
            force,
        } => new::run(&article, output.as_deref(), force, out, err),
        Command::Suggest {
            lesson,
            json,
            evaluate,
        } => suggest::run(lesson.as_deref(), evaluate.as_deref(), json, out, err),
        Command::Convert {
            lesson,
            input,
            output,
            as_kind,
            force,
        } => convert::run(
            &lesson,
            &input,
            &output,
            as_kind.map(|k| match k {
                KindArg::Key => crate::store::convert::Kind::Key,
                KindArg::Answer => crate::store::convert::Kind::Answer,
            }),
            force,
            out,
            err,
        ),
        Command::Pack {
            lessons,
            output,
            class,
            due,
            shared_computers,
            force,
        } => {
            if !may_write(&output, force, err) {
                BAD_INPUT
            } else {
                let about = pack::About {
                    class,
                    due,
                    shared_computers,
                };
                pack::run(&lessons, &output, about, out, err)
            }
        }
        Command::Report {
            lesson,
            key,
            dir,
            csv,
            format,
            json,
            force,
        } => {
            if csv.as_deref().is_some_and(|c| !may_write(c, force, err)) {
                BAD_INPUT
            } else {
                report::run(
                    &lesson,
                    &key,
                    &dir,
                    csv.as_deref(),
                    format.into(),
                    json,
                    out,
                    err,
                )
            }
        }
    };
    ExitCode::from(code)
}

/// A file the command line writes never replaces an existing one unless `--force` was
/// given: true when `path` may be written, else the refusal is printed.
fn may_write(path: &Path, force: bool, err: &mut dyn Write) -> bool {
    if force || !store::names::taken(path) {
        return true;
    }
    let _ = writeln!(
        err,
        "error: {} exists; pass --force to replace it",
        path.display()
    );
    false
}

/// Print an error with its causes.
fn error(err: &mut dyn Write, e: &(dyn std::error::Error + 'static)) {
    let _ = writeln!(err, "error: {}", store::describe(e));
}

/// The lesson and key named on the command line, or the error printed.
fn load(lesson: &Path, key: &Path, err: &mut dyn Write) -> Option<(Lesson, PlacedKey)> {
    match service::lesson_with_key(lesson, key) {
        Ok((l, k)) => {
            let unplaced = k.unplaced();
            if !unplaced.is_empty() {
                let _ = writeln!(
                    err,
                    "warning: {}: {} key item(s) cannot be found in the lesson text and are left out; run `newsmark check`",
                    key.display(),
                    unplaced.len()
                );
            }
            Some((l, k))
        }
        Err(e) => {
            error(err, &e);
            None
        }
    }
}

pub(crate) fn truncate(s: &str, n: usize) -> String {
    let s = s.replace('\n', " ");
    if s.chars().count() > n {
        s.chars()
            .take(n.saturating_sub(1))
            .chain(std::iter::once('…'))
            .collect()
    } else {
        s
    }
}
