//! `newsmark check PATH...`: validate lessons and keys, and phrases labelled differently
//! across keys.

use super::{BAD_INPUT, OK, PROBLEMS, error};
use crate::model::check::{
    LabelledPhrase, Severity, check_key, check_lesson, inconsistent_phrases,
};
use crate::store;
use std::collections::BTreeSet;
use std::io::Write;
use std::path::{Path, PathBuf};

pub(super) fn run(paths: &[PathBuf], out: &mut dyn Write, err: &mut dyn Write) -> u8 {
    let files = store::collect_files(paths, &|p: &Path| {
        store::lesson_format(p).is_some() || store::is_key_file(p)
    });
    let mut code = OK;
    let mut problems = 0usize;
    let mut checked = 0usize;
    let mut phrases: Vec<LabelledPhrase> = Vec::new();
    let batch: BTreeSet<PathBuf> = files
        .iter()
        .filter_map(|f| f.as_ref().ok().cloned())
        .collect();
    for f in files {
        let path = match f {
            Ok(p) => p,
            Err(e) => {
                error(err, &e);
                code = BAD_INPUT;
                continue;
            }
        };
        checked += 1;
        if store::is_key_file(&path) {
            let Some(lesson_path) = store::lesson_path_for_key(&path) else {
                let _ = writeln!(
                    out,
                    "{}: warning: no lesson beside this key (expected NAME.md or NAME.txt)",
                    path.display()
                );
                problems += 1;
                continue;
            };
            let lesson = match store::read_lesson(&lesson_path) {
                Ok(l) => l,
                Err(e) => {
                    // The key cannot be checked without its lesson. When the lesson is in
                    // this batch its own error is printed there; otherwise say it here.
                    if batch.contains(&lesson_path) {
                        let _ = writeln!(
                            err,
                            "error: {}: cannot be checked because its lesson {} cannot be read",
                            path.display(),
                            lesson_path.display()
                        );
                    } else {
                        let _ = writeln!(
                            err,
                            "error: {}: cannot be checked because its lesson cannot be read: {}",
                            path.display(),
                            store::describe(&e)
                        );
                    }
                    code = BAD_INPUT;
                    continue;
                }
            };
            let key = match store::read_key(&path) {
                Ok(k) => k,
                Err(e) => {
                    error(err, &e);
                    code = BAD_INPUT;
                    continue;
                }
            };
            let (findings, resolved) = check_key(&lesson, &key);
            for f in &findings {
                let sev = if f.severity == Severity::Error {
                    "error"
                } else {
                    "warning"
                };
                let _ = writeln!(out, "{}: {sev}: {}", path.display(), f.message);
            }
            problems += findings.len();
            if let Some(r) = resolved {
                let name = path.display().to_string();
                for (it, range) in key.items.iter().zip(&r.ranges) {
                    if let Some((a, b)) = *range {
                        phrases.push(LabelledPhrase {
                            key: name.clone(),
                            quote: lesson.text.slice_clamped(a, b).to_string(),
                            label: it.label,
                        });
                    }
                }
            }
        } else {
            match store::read_lesson(&path) {
                Ok(lesson) => {
                    for f in check_lesson(&lesson) {
                        let _ = writeln!(out, "{}: warning: {}", path.display(), f.message);
                        problems += 1;
                    }
                }
                Err(e) => {
                    error(err, &e);
                    code = BAD_INPUT;
                }
            }
        }
    }
    for (phrase, keys) in inconsistent_phrases(&phrases) {
        let desc: Vec<String> = keys
            .iter()
            .map(|(k, ls)| {
                format!(
                    "{} in {k}",
                    ls.iter().map(|l| l.title()).collect::<Vec<_>>().join(" + ")
                )
            })
            .collect();
        let _ = writeln!(
            out,
            "warning: the phrase {phrase:?} is labelled differently across keys: {}",
            desc.join("; ")
        );
        problems += 1;
    }
    let _ = writeln!(out, "checked {checked} file(s): {problems} problem(s)");
    if code == OK && problems > 0 {
        PROBLEMS
    } else {
        code
    }
}
