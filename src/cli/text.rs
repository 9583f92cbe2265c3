//! `newsmark text LESSON`: print the canonical text every offset points into.

use super::{BAD_INPUT, OK, error};
use crate::store;
use std::io::Write;
use std::path::Path;

pub(super) fn run(path: &Path, out: &mut dyn Write, err: &mut dyn Write) -> u8 {
    match store::read_lesson(path) {
        Ok(l) => match out.write_all(l.text.as_str().as_bytes()) {
            Ok(()) => OK,
            Err(e) => {
                let _ = writeln!(err, "error: cannot write the text: {e}");
                BAD_INPUT
            }
        },
        Err(e) => {
            error(err, &e);
            BAD_INPUT
        }
    }
}
