//! `newsmark suggest LESSON [--json]`: the assistant's candidate key items for a lesson;
//! `newsmark suggest --evaluate DIR`: how they compare with the keys of every lesson in DIR.

use super::{BAD_INPUT, OK, error};
use crate::model::label::Label;
use crate::model::suggest::{Agreement, Suggestion, agreement, suggest};
use crate::service;
use crate::store::{self, rules};
use std::io::Write;
use std::path::{Path, PathBuf};

fn suggestions_for(lesson: &crate::model::Lesson, err: &mut dyn Write) -> Vec<Suggestion> {
    let lang = rules::language_for(lesson.meta.language.as_deref(), lesson.text.as_str());
    let (rules, errors) = rules::load_rules(lang, None);
    for e in &errors {
        error(err, e);
    }
    suggest(&lesson.text, &rules)
}

pub(super) fn run(
    lesson: Option<&Path>,
    evaluate: Option<&Path>,
    json: bool,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> u8 {
    match (lesson, evaluate) {
        (Some(l), None) => one(l, json, out, err),
        (None, Some(dir)) => evaluate_dir(dir, out, err),
        _ => {
            let _ = writeln!(
                err,
                "error: give a lesson (newsmark suggest LESSON) or a folder to evaluate (newsmark suggest --evaluate DIR)"
            );
            BAD_INPUT
        }
    }
}

fn one(path: &Path, json: bool, out: &mut dyn Write, err: &mut dyn Write) -> u8 {
    let lesson = match store::read_lesson(path) {
        Ok(l) => l,
        Err(e) => {
            error(err, &e);
            return BAD_INPUT;
        }
    };
    let s = suggestions_for(&lesson, err);
    if json {
        match store::to_json(&s) {
            Ok(t) => {
                let _ = out.write_all(t.as_bytes());
            }
            Err(p) => {
                error(err, &store::FileError::new(path, p));
                return BAD_INPUT;
            }
        }
        return OK;
    }
    for x in &s {
        let _ = writeln!(
            out,
            "{:>6}..{:<6} {:<12} {:<16} {:?}",
            x.start,
            x.end,
            x.label.key(),
            x.rule,
            x.quote
        );
    }
    let _ = writeln!(out, "{} suggestion(s)", s.len());
    OK
}

fn pct(x: Option<f64>) -> String {
    x.map_or("-".into(), |v| format!("{:.2}", v))
}

fn evaluate_dir(dir: &Path, out: &mut dyn Write, err: &mut dyn Write) -> u8 {
    let mut code = OK;
    let lessons: Vec<PathBuf> = store::collect_files(&[dir.to_path_buf()], &|p: &Path| {
        store::lesson_format(p).is_some() && store::key_path_for(p).is_file()
    })
    .into_iter()
    .filter_map(|r| match r {
        Ok(p) => Some(p),
        Err(e) => {
            error(err, &e);
            code = BAD_INPUT;
            None
        }
    })
    .collect();
    let _ = writeln!(
        out,
        "{:<34}{:>12}{:>12}{:>12}{:>10}",
        "lesson", "attribution", "opinion", "unsupported", "overall"
    );
    let _ = writeln!(
        out,
        "{:<34}{:>12}{:>12}{:>12}{:>10}",
        "", "P / R", "P / R", "P / R", "P"
    );
    let mut total = [Agreement::default(); 3];
    for p in &lessons {
        let (lesson, key) = match service::lesson_with_key(p, &store::key_path_for(p)) {
            Ok(x) => x,
            Err(e) => {
                error(err, &e);
                code = BAD_INPUT;
                continue;
            }
        };
        let a = agreement(&suggestions_for(&lesson, err), &key.spans);
        for (t, x) in total.iter_mut().zip(&a) {
            t.add(x);
        }
        let name = p.file_name().and_then(|n| n.to_str()).unwrap_or("?");
        row(out, name, &a);
    }
    row(out, "all lessons", &total);
    let or = {
        let mut x = total[Label::Opinion.index()];
        x.add(&total[Label::Unsupported.index()]);
        x
    };
    let _ = writeln!(
        out,
        "\n{} lesson(s): attribution recall {}, opinion + unsupported recall {}, precision overall {}, hits cut exactly on a key item's words {}",
        lessons.len(),
        pct(total[Label::Attribution.index()].recall()),
        pct(or.recall()),
        pct(overall(&total).precision()),
        pct(overall(&total).exact_cuts())
    );
    code
}

fn overall(a: &[Agreement; 3]) -> Agreement {
    let mut all = Agreement::default();
    for x in a {
        all.add(x);
    }
    all
}

fn row(out: &mut dyn Write, name: &str, a: &[Agreement; 3]) {
    let cell = |x: &Agreement| format!("{} / {}", pct(x.precision()), pct(x.recall()));
    let _ = writeln!(
        out,
        "{:<34}{:>12}{:>12}{:>12}{:>10}",
        super::truncate(name, 33),
        cell(&a[0]),
        cell(&a[1]),
        cell(&a[2]),
        pct(overall(a).precision())
    );
}
