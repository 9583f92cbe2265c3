//! `newsmark convert --lesson LESSON IN -o OUT`: keys and answers between newsmark JSON,
//! brat standoff (.ann) and W3C Web Annotation (.jsonld), by extension.

use super::{BAD_INPUT, OK, error, may_write};
use crate::store::convert::{self, Kind};
use crate::store::{self};
use std::io::Write;
use std::path::Path;

pub(super) fn run(
    lesson_path: &Path,
    input: &Path,
    output: &Path,
    as_kind: Option<Kind>,
    force: bool,
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
    if !may_write(output, force, err) {
        return BAD_INPUT;
    }
    // brat's .ann gets the lesson's text in a .txt beside it: that file is replaced only
    // with --force too, unless it already holds exactly that text.
    if convert::Format::of(output) == Some(convert::Format::Brat) {
        let txt = convert::brat_text_path(output);
        let same_text = std::fs::read(&txt).is_ok_and(|b| b == lesson.text.as_str().as_bytes());
        if !same_text && !may_write(&txt, force, err) {
            return BAD_INPUT;
        }
    }
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
