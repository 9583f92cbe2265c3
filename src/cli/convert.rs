//! `newsmark convert --lesson LESSON IN -o OUT`: keys and answers between newsmark JSON,
//! brat standoff (.ann) and W3C Web Annotation (.jsonld), by extension.

use super::{BAD_INPUT, OK, error};
use crate::store::convert::{self, Kind};
use crate::store::{self};
use std::io::Write;
use std::path::Path;

pub(super) fn run(
    lesson_path: &Path,
    input: &Path,
    output: &Path,
    as_kind: Option<Kind>,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> u8 {
    let lesson = match store::read_lesson(lesson_path) {
        Ok(l) => l,
        Err(e) => {
            error(err, &e);
            return BAD_INPUT;
        }
    };
    let read = match convert::read(&lesson, input) {
        Ok(r) => r,
        Err(e) => {
            error(err, &e);
            return BAD_INPUT;
        }
    };
    for w in &read.warnings {
        let _ = writeln!(err, "warning: {}: {w}", input.display());
    }
    let kind = as_kind.or(read.kind).unwrap_or(Kind::Answer);
    let name = lesson_path
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or("lesson");
    match convert::write(&lesson, name, &read, kind, output) {
        Ok(left_out) => {
            for w in &left_out {
                let _ = writeln!(err, "warning: {}: {w}", input.display());
            }
            let n = read.items.len() - left_out.len();
            let _ = writeln!(
                out,
                "wrote {} ({n} item(s) as {})",
                output.display(),
                match kind {
                    Kind::Key => "a key",
                    Kind::Answer => "an answer",
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
