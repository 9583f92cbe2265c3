//! `newsmark pack LESSON... -o CLASS.newsmark-pack`: the lessons of a class exercise in one
//! file for students, never with a key.

use super::{BAD_INPUT, OK, error};
use crate::store::{self, pack};
use std::io::Write;
use std::path::{Path, PathBuf};

pub(super) fn run(
    lessons: &[PathBuf],
    output: &Path,
    class: Option<String>,
    due: Option<String>,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> u8 {
    let p = match pack::make_pack(lessons, class, due) {
        Ok(p) => p,
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
                "wrote {} ({} lesson(s), no keys)",
                output.display(),
                p.lessons.len()
            );
            OK
        }
        Err(e) => {
            error(err, &e);
            BAD_INPUT
        }
    }
}
