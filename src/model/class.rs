//! Class figures: per student, per key item (hardest first), label confusion, histogram,
//! and the rows of a gradebook in three formats.

use crate::model::label::Label;
use crate::model::scoring::{ItemStatus, KeySpan, Score, effective_key};
use crate::model::span::Span;
use crate::model::text::TextIndex;
use std::borrow::Cow;

/// One student's scored answer.
#[derive(Clone, Debug)]
pub struct StudentResult {
    /// Name as typed (or the file name when none was given).
    pub name: String,
    /// Id for the gradebook.
    pub id: Option<String>,
    /// The answer file it came from.
    pub file: String,
    /// The score.
    pub score: Score,
    /// Highlights that could not be re-found in the text (left out of the score).
    pub orphaned: usize,
    /// Made on another version of the lesson text and re-anchored.
    pub reanchored: bool,
}

/// How the class did on one key item.
#[derive(Clone, Debug, PartialEq)]
pub struct ItemFigures {
    /// Position of the item in the key file's list (0-based).
    pub index: usize,
    /// The item.
    pub span: Span,
    /// Optional item.
    pub optional: bool,
    /// Share of students per status, in [`ItemStatus::ALL`] order.
    pub shares: [f64; 4],
    /// How many students marked the item's text with each label instead of its own
    /// (wrong-label answers), in [`Label::ALL`] order.
    pub instead: [usize; 3],
}

impl ItemFigures {
    /// The label most often given instead of the item's own, if any was.
    pub fn most_given_instead(&self) -> Option<Label> {
        let (i, n) = self
            .instead
            .iter()
            .enumerate()
            .max_by_key(|(i, n)| (**n, std::cmp::Reverse(*i)))?;
        (*n > 0).then(|| Label::ALL.get(i).copied()).flatten()
    }
}

/// How much of the class marked each char with each label: per label, non-overlapping
/// runs `(start, end, students)` where at least one student marked the run. Used for the
/// class heat map over the article.
pub fn class_coverage(text: &TextIndex, answers: &[Vec<Span>]) -> [Vec<(usize, usize, usize)>; 3] {
    let n = text.char_len();
    let mut out: [Vec<(usize, usize, usize)>; 3] = Default::default();
    for l in Label::ALL {
        // +1 at each start, -1 at each end, per student's merged spans of this label.
        let mut delta: std::collections::BTreeMap<usize, i64> = std::collections::BTreeMap::new();
        for spans in answers {
            let ranges: Vec<(usize, usize)> = spans
                .iter()
                .filter(|s| s.label == l)
                .map(|s| (s.start.min(n), s.end.min(n)))
                .collect();
            for (a, b) in crate::model::span::merge_ranges(ranges) {
                *delta.entry(a).or_default() += 1;
                *delta.entry(b).or_default() -= 1;
            }
        }
        let mut level = 0i64;
        let mut prev = 0usize;
        let runs = &mut out[l.index()];
        for (&at, &d) in &delta {
            if level > 0 && at > prev {
                runs.push((prev, at, level as usize));
            }
            level += d;
            prev = at;
        }
    }
    out
}

/// Rows and columns of the confusion table: attribution, opinion, unsupported, none.
pub const CONFUSION_AXES: [&str; 4] = ["attribution", "opinion", "unsupported", "none"];

/// Figures for a class.
#[derive(Clone, Debug, Default)]
pub struct ClassReport {
    /// Students sorted by name, then file.
    pub students: Vec<StudentResult>,
    /// Key items, hardest first.
    pub items: Vec<ItemFigures>,
    /// Character confusion: `[key label or none][answer label or none]`, summed over students.
    pub confusion: [[u64; 4]; 4],
    /// Score histogram: bins 0–9, 10–19, …, 90–100.
    pub histogram: [usize; 10],
}

impl ClassReport {
    /// Mean displayed score, if there are students.
    pub fn mean_score(&self) -> Option<f64> {
        (!self.students.is_empty()).then(|| {
            self.students
                .iter()
                .map(|s| s.score.micro.f1 * 100.0)
                .sum::<f64>()
                / self.students.len() as f64
        })
    }

    /// Median of 100 × micro F1.
    pub fn median_score(&self) -> Option<f64> {
        let mut v: Vec<f64> = self
            .students
            .iter()
            .map(|s| s.score.micro.f1 * 100.0)
            .collect();
        v.sort_by(f64::total_cmp);
        let n = v.len();
        match n {
            0 => None,
            _ if n % 2 == 1 => v.get(n / 2).copied(),
            _ => Some(
                (v.get(n / 2 - 1).copied().unwrap_or(0.0) + v.get(n / 2).copied().unwrap_or(0.0))
                    / 2.0,
            ),
        }
    }
}

/// Character confusion for one answer, added into `into`.
pub fn add_confusion(text: &TextIndex, key: &[Span], answer: &[Span], into: &mut [[u64; 4]; 4]) {
    let mut cuts: Vec<usize> = Vec::with_capacity(2 * (key.len() + answer.len()) + 2);
    cuts.push(0);
    cuts.push(text.char_len());
    for s in key.iter().chain(answer) {
        cuts.push(s.start.min(text.char_len()));
        cuts.push(s.end.min(text.char_len()));
    }
    cuts.sort_unstable();
    cuts.dedup();
    let mask = |spans: &[Span], a: usize, b: usize| -> u8 {
        spans
            .iter()
            .filter(|s| s.start <= a && b <= s.end)
            .fold(0u8, |m, s| m | (1 << s.label.index()))
    };
    for w in cuts.windows(2) {
        let (a, b) = (w[0], w[1]);
        let n = text.nonws_in(a, b) as u64;
        if n == 0 {
            continue;
        }
        let km = mask(key, a, b);
        let am = mask(answer, a, b);
        let rows: Vec<usize> = if km == 0 {
            vec![3]
        } else {
            (0..3).filter(|i| km & (1 << i) != 0).collect()
        };
        let cols: Vec<usize> = if am == 0 {
            vec![3]
        } else {
            (0..3).filter(|i| am & (1 << i) != 0).collect()
        };
        for &r in &rows {
            for &c in &cols {
                into[r][c] += n;
            }
        }
    }
}

/// Build the class figures from the key and every student's placed spans.
pub fn class_report(
    text: &TextIndex,
    key: &[KeySpan],
    students: Vec<(StudentResult, Vec<Span>)>,
) -> ClassReport {
    let mut report = ClassReport::default();
    let mut counts = vec![[0usize; 4]; key.len()];
    let mut instead = vec![[0usize; 3]; key.len()];
    for (st, spans) in &students {
        for ((c, it), ins) in counts
            .iter_mut()
            .zip(&st.score.items)
            .zip(instead.iter_mut())
        {
            c[it.status.index()] += 1;
            if it.status == ItemStatus::WrongLabel {
                for l in Label::ALL.into_iter().filter(|l| *l != it.label) {
                    let item = Span::new(it.start, it.end, it.label);
                    if spans.iter().any(|s| s.label == l && s.overlaps(&item)) {
                        ins[l.index()] += 1;
                    }
                }
            }
        }
        let eff = effective_key(key, spans);
        add_confusion(text, &eff, spans, &mut report.confusion);
        let bin = ((st.score.micro.f1 * 100.0).round() as usize / 10).min(9);
        report.histogram[bin] += 1;
    }
    let n = students.len().max(1) as f64;
    let mut items: Vec<ItemFigures> = key
        .iter()
        .zip(counts)
        .zip(instead)
        .map(|((k, c), ins)| ItemFigures {
            index: k.key_index,
            span: k.span,
            optional: k.optional,
            shares: c.map(|x| x as f64 / n),
            instead: ins,
        })
        .collect();
    // Hardest first: fewest found, then most missed, then key order.
    items.sort_by(|a, b| {
        a.shares[ItemStatus::Found.index()]
            .total_cmp(&b.shares[ItemStatus::Found.index()])
            .then(
                b.shares[ItemStatus::Missed.index()]
                    .total_cmp(&a.shares[ItemStatus::Missed.index()]),
            )
            .then(a.index.cmp(&b.index))
    });
    report.items = items;
    report.students = students.into_iter().map(|(s, _)| s).collect();
    report.students.sort_by(|a, b| {
        a.name
            .to_lowercase()
            .cmp(&b.name.to_lowercase())
            .then(a.file.cmp(&b.file))
    });
    report
}

/// Gradebook layouts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GradebookFormat {
    /// name, id, score, per-label F1, passage F1, comment.
    Generic,
    /// Canvas gradebook import: Student, ID, SIS User ID, SIS Login ID, Section, assignment.
    Canvas,
    /// Moodle "Import grades from CSV": First name, Last name, ID number, Email address,
    /// grade column, feedback column.
    Moodle,
}

fn pct(x: f64) -> String {
    format!("{:.1}", x * 100.0)
}

/// A one-line comment on a student's result for the gradebook.
pub fn comment(s: &StudentResult) -> String {
    let c = s.score.status_counts();
    let total: usize = c.iter().sum();
    let ([f, p, w, m], n) = (c, total);
    let mut out = crate::t!(
        "class-model-comment",
        found = f,
        total = n,
        partly = p,
        wrong = w,
        missed = m
    );
    if s.score.indiscriminate {
        out.push(' ');
        out.push_str(&crate::t!("class-model-comment-indiscriminate"));
    }
    if s.orphaned > 0 {
        out.push(' ');
        out.push_str(&crate::t!(
            "class-model-comment-unplaced",
            count = s.orphaned
        ));
    }
    out
}

/// First characters that make a spreadsheet (Excel, LibreOffice, Google Sheets) read a CSV
/// cell as a formula: `=`, `+`, `-`, `@`, a tab and a carriage return (OWASP, "CSV
/// injection").
pub const FORMULA_TRIGGERS: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// Whether a spreadsheet could read `cell` as a formula (it starts with one of
/// [`FORMULA_TRIGGERS`]).
pub fn looks_like_formula(cell: &str) -> bool {
    cell.starts_with(FORMULA_TRIGGERS)
}

/// A CSV cell a spreadsheet will show as text and never run: a cell that starts with one of
/// [`FORMULA_TRIGGERS`] gets a leading `'` (as OWASP recommends against CSV injection), so
/// a student named `=HYPERLINK(…)` or with the id `+1-2` stays text in the gradebook. Any
/// other cell is returned unchanged.
pub fn spreadsheet_safe(cell: &str) -> Cow<'_, str> {
    if looks_like_formula(cell) {
        Cow::Owned(format!("'{cell}"))
    } else {
        Cow::Borrowed(cell)
    }
}

/// [`spreadsheet_safe`] for an owned cell, without copying the ones left as they are.
fn spreadsheet_safe_owned(cell: String) -> String {
    if looks_like_formula(&cell) {
        format!("'{cell}")
    } else {
        cell
    }
}

/// Header and rows of a gradebook CSV. `assignment` names the grade column.
///
/// Every cell, header included and whatever field it came from, goes through
/// [`spreadsheet_safe`]: this is the one place gradebook cells are made, for every format,
/// the command line and the app.
pub fn gradebook(
    report: &ClassReport,
    format: GradebookFormat,
    assignment: &str,
) -> (Vec<String>, Vec<Vec<String>>) {
    let (header, rows) = gradebook_cells(report, format, assignment);
    (
        header.into_iter().map(spreadsheet_safe_owned).collect(),
        rows.into_iter()
            .map(|r| r.into_iter().map(spreadsheet_safe_owned).collect())
            .collect(),
    )
}

/// The gradebook's cells as the fields hold them, before [`spreadsheet_safe`].
fn gradebook_cells(
    report: &ClassReport,
    format: GradebookFormat,
    assignment: &str,
) -> (Vec<String>, Vec<Vec<String>>) {
    let s = |x: &str| x.to_string();
    match format {
        GradebookFormat::Generic => {
            let header = [
                "name",
                "id",
                "score",
                "attribution_f1",
                "opinion_f1",
                "unsupported_f1",
                "passage_f1",
                "indiscriminate",
                "comment",
            ]
            .map(s)
            .to_vec();
            let rows = report
                .students
                .iter()
                .map(|st| {
                    let mut r = vec![
                        st.name.clone(),
                        st.id.clone().unwrap_or_default(),
                        pct(st.score.micro.f1),
                    ];
                    for l in Label::ALL {
                        r.push(
                            st.score.per_label[l.index()]
                                .map(|p| pct(p.f1))
                                .unwrap_or_default(),
                        );
                    }
                    r.push(pct(st.score.passage_f1));
                    r.push(if st.score.indiscriminate {
                        s("yes")
                    } else {
                        s("no")
                    });
                    r.push(comment(st));
                    r
                })
                .collect();
            (header, rows)
        }
        GradebookFormat::Canvas => {
            let header = vec![
                s("Student"),
                s("ID"),
                s("SIS User ID"),
                s("SIS Login ID"),
                s("Section"),
                s(assignment),
            ];
            let rows = report
                .students
                .iter()
                .map(|st| {
                    vec![
                        st.name.clone(),
                        String::new(),
                        st.id.clone().unwrap_or_default(),
                        String::new(),
                        String::new(),
                        pct(st.score.micro.f1),
                    ]
                })
                .collect();
            (header, rows)
        }
        GradebookFormat::Moodle => {
            let header = vec![
                s("First name"),
                s("Last name"),
                s("ID number"),
                s("Email address"),
                format!("{assignment} (Real)"),
                format!("{assignment} (Feedback)"),
            ];
            let rows = report
                .students
                .iter()
                .map(|st| {
                    let name = st.name.trim();
                    let (first, last) = name.rsplit_once(' ').unwrap_or((name, ""));
                    let id = st.id.clone().unwrap_or_default();
                    let email = if id.contains('@') {
                        id.clone()
                    } else {
                        String::new()
                    };
                    let idnum = if id.contains('@') { String::new() } else { id };
                    vec![
                        first.to_string(),
                        last.to_string(),
                        idnum,
                        email,
                        pct(st.score.micro.f1),
                        comment(st),
                    ]
                })
                .collect();
            (header, rows)
        }
    }
}

#[cfg(test)]
mod tests;
