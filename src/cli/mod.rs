//! The headless command line, one module per subcommand: `text`, `check`, `score`,
//! `report`, `new`, `suggest`.
//!
//! Exit codes: 0 success, 1 when `check` finds problems, 2 on bad input. A batch reports a
//! bad file (which file, what is wrong) and goes on with the rest. Errors are described
//! here, once, with their causes. A command that writes a file (`new -o`, `convert -o`,
//! `pack -o`, `report --csv`) never replaces an existing one unless `--force` is given.

mod agree;
mod args;
mod check;
mod convert;
mod new;
mod pack;
mod report;
mod score;
mod suggest;
mod text;

pub use args::{Cli, Command, Format, KindArg};

use crate::model::class::GradebookFormat;
use crate::model::lesson::Lesson;
use crate::service::PlacedKey;
use crate::store;
use std::io::Write;
use std::path::Path;
use std::process::ExitCode;

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
        Command::Agree {
            lesson,
            key_a,
            key_b,
            json,
        } => agree::run(&lesson, &key_a, &key_b, json, out, err),
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
            roster,
            assignment,
            missing_zero,
            points,
        } => {
            if csv.as_deref().is_some_and(|c| !may_write(c, force, err)) {
                BAD_INPUT
            } else {
                report::run(
                    &report::Request {
                        lesson: &lesson,
                        key: &key,
                        submissions: &dir,
                        csv: csv.as_deref(),
                        format: format.into(),
                        json,
                        roster: roster.as_deref(),
                        assignment: assignment.as_deref(),
                        missing_zero,
                        points,
                    },
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
    let l = match store::read_lesson(lesson) {
        Ok(l) => l,
        Err(e) => {
            error(err, &e);
            return None;
        }
    };
    let k = placed_key(&l, key, err)?;
    Some((l, k))
}

/// The key at `key` placed on `lesson`, with a warning for items that cannot be placed, or
/// the error printed.
fn placed_key(lesson: &Lesson, key: &Path, err: &mut dyn Write) -> Option<PlacedKey> {
    match PlacedKey::read(lesson, key) {
        Ok(k) => {
            let unplaced = k.unplaced();
            if !unplaced.is_empty() {
                let _ = writeln!(
                    err,
                    "warning: {}: {} key item(s) cannot be found in the lesson text and are left out; run `newsmark check`",
                    key.display(),
                    unplaced.len()
                );
            }
            Some(k)
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
