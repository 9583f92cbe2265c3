//! `newsmark pack LESSON... -o CLASS.newsmark-pack`: the lessons of a class exercise in one
//! file for students, never with a key.

use super::{BAD_INPUT, OK, error};
use crate::store::{self, pack};
use std::io::Write;
use std::path::{Path, PathBuf};

/// What the teacher says of the pack.
pub(super) struct About {
    pub class: Option<String>,
    pub due: Option<String>,
    pub shared_computers: bool,
}

pub(super) fn run(
    lessons: &[PathBuf],
    output: &Path,
    about: About,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> u8 {
    let p = match pack::make_pack(lessons, about.class, about.due) {
        Ok(mut p) => {
            p.shared_computers = about.shared_computers;
            p
        }
        Err(e) => {
            if e.problem_is_not_a_lesson() {
                let _ = writeln!(
                    err,
                    "error: {}: only lessons (.md, .txt) go into a pack; keys never do",
                    e.path.display()
                );
            } else {
                error(err, &e);
            }
            return BAD_INPUT;
        }
    };
    match store::write_json(output, &p) {
        Ok(()) => {
            let _ = writeln!(
                out,
                "wrote {} ({}, no keys{})",
                output.display(),
                crate::model::plural(p.lessons.len(), "lesson", "lessons"),
                if p.shared_computers {
                    "; for shared computers"
                } else {
                    ""
                }
            );
            OK
        }
        Err(e) => {
            error(err, &e);
            BAD_INPUT
        }
    }
}
