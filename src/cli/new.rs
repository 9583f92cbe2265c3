//! `newsmark new ARTICLE [-o LESSON.md]`: a lesson from a saved web page, a `.txt` or a
//! `.md` file. Without `-o` the lesson is printed.

use super::{BAD_INPUT, OK, error, may_write};
use crate::store::{self, FileError, Problem, import};
use std::io::Write;
use std::path::Path;

pub(super) fn run(
    article: &Path,
    output: Option<&Path>,
    force: bool,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> u8 {
    let draft = match import::read_article(article) {
        Ok(d) => d,
        Err(e) => {
            error(err, &e);
            return BAD_INPUT;
        }
    };
    let text = match draft.to_markdown() {
        Ok(t) => t,
        Err(p) => {
            error(err, &FileError::new(article, p));
            return BAD_INPUT;
        }
    };
    match output {
        None => match out.write_all(text.as_bytes()) {
            Ok(()) => OK,
            Err(e) => {
                error(
                    err,
                    &FileError::new(Path::new("-"), Problem::io("cannot write", e)),
                );
                BAD_INPUT
            }
        },
        Some(o) if same_file(o, article) => {
            let _ = writeln!(
                err,
                "error: {}: the lesson would replace the article it is made from; choose another -o",
                o.display()
            );
            BAD_INPUT
        }
        Some(o) if !may_write(o, force, err) => BAD_INPUT,
        Some(o) => match store::write_atomic(o, text.as_bytes()) {
            Ok(()) => {
                let words = draft.body.split_whitespace().count();
                let _ = writeln!(
                    out,
                    "wrote {} ({words} words, title {:?}); add a key in the app or with a .key.json beside it",
                    o.display(),
                    draft.meta.title
                );
                OK
            }
            Err(e) => {
                error(err, &e);
                BAD_INPUT
            }
        },
    }
}

fn same_file(a: &Path, b: &Path) -> bool {
    match (std::fs::canonicalize(a), std::fs::canonicalize(b)) {
        (Ok(x), Ok(y)) => x == y,
        _ => false,
    }
}
