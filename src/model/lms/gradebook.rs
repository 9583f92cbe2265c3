//! The gradebook in the roster's own layout (every roster row kept, in order), and the
//! usual gradebook on a points scale when there is no roster.
//!
//! - Canvas: the header, the Points Possible row and every other record as exported; the
//!   chosen assignment column (`Title (12345)`) filled with points = score × points
//!   possible.
//! - Moodle: `Grade` on the row's `Maximum grade`, the comment in `Feedback comments`;
//!   `Identifier` and every other cell as in the worksheet.
//! - Generic: the roster's columns, with its score and comment columns filled (added at
//!   the end when it has none), the score on the `points` scale.
//!
//! Students without a hand-in get an empty grade, or 0 when missing counts as zero. Every
//! cell written from a student (the grade, the comment, and the name and email cells
//! students choose) goes through [`spreadsheet_safe`].

use super::format_points;
use super::roster::{Roster, RosterError, RosterKind, number};
use crate::model::class::{ClassReport, GradebookFormat, gradebook, spreadsheet_safe};
use std::collections::HashMap;

/// One roster student's result.
#[derive(Clone, Debug, PartialEq)]
pub struct RosterGrade {
    /// Index in [`Roster::students`].
    pub student: usize,
    /// The score as a fraction: micro F1, 0 to 1.
    pub fraction: f64,
    /// The gradebook comment ([`crate::model::class::comment`]).
    pub comment: String,
}

/// Choices for [`roster_gradebook`].
#[derive(Clone, Debug)]
pub struct RosterGradebookOptions<'a> {
    /// The Canvas assignment column to fill (its header, id or title); `None` picks the only
    /// one, or the one titled like the lesson.
    pub assignment: Option<&'a str>,
    /// The lesson's title.
    pub lesson_title: &'a str,
    /// Students without a hand-in get 0 instead of an empty grade.
    pub missing_counts_as_zero: bool,
    /// The scale of a generic roster's score (Canvas and Moodle have their own).
    pub points: f64,
}

impl Default for RosterGradebookOptions<'_> {
    fn default() -> Self {
        RosterGradebookOptions {
            assignment: None,
            lesson_title: "",
            missing_counts_as_zero: false,
            points: 100.0,
        }
    }
}

fn safe(cell: &str) -> String {
    spreadsheet_safe(cell).into_owned()
}

fn set(row: &mut [String], column: Option<usize>, value: String) {
    if let Some(c) = column.and_then(|c| row.get_mut(c)) {
        *c = value;
    }
}

/// How each student row's grade is scaled.
#[derive(Clone, Copy)]
enum Scale {
    /// The same for every row (Canvas points possible, generic points).
    Fixed(f64),
    /// The row's own cell (Moodle's Maximum grade).
    Column(Option<usize>),
}

/// The gradebook in `roster`'s layout: its header and every record, in order, with the
/// grade (and comment) of each student filled in from `grades`.
pub fn roster_gradebook(
    roster: &Roster,
    grades: &[RosterGrade],
    opts: &RosterGradebookOptions<'_>,
) -> Result<(Vec<String>, Vec<Vec<String>>), RosterError> {
    let mut header = roster.header.clone();
    let width = roster
        .records
        .iter()
        .map(Vec::len)
        .chain(std::iter::once(header.len()))
        .max()
        .unwrap_or(0);
    header.resize(width, String::new());
    let (grade_col, feedback_col, scale) = match roster.kind {
        RosterKind::Canvas => {
            let a = roster.pick_assignment(opts.assignment, opts.lesson_title)?;
            let pp = a.points_possible.filter(|p| *p > 0.0).ok_or_else(|| {
                RosterError::NoPointsPossible {
                    column: a.header.clone(),
                }
            })?;
            (a.column, None, Scale::Fixed(pp))
        }
        RosterKind::Moodle => {
            let Some(g) = roster.columns.grade else {
                return Err(RosterError::Line {
                    line: 1,
                    message: "the Moodle grading worksheet has no Grade column".into(),
                });
            };
            (
                g,
                roster.columns.feedback,
                Scale::Column(roster.columns.max_grade),
            )
        }
        RosterKind::Generic => {
            let g = roster.columns.grade.unwrap_or_else(|| {
                header.push("score".into());
                header.len() - 1
            });
            let f = roster.columns.feedback.unwrap_or_else(|| {
                header.push("comment".into());
                header.len() - 1
            });
            (g, Some(f), Scale::Fixed(opts.points))
        }
    };
    let width = header.len();
    let student_of: HashMap<usize, usize> = roster
        .students
        .iter()
        .enumerate()
        .map(|(i, s)| (s.record, i))
        .collect();
    let grade_of: HashMap<usize, &RosterGrade> = grades.iter().map(|g| (g.student, g)).collect();
    let mut rows = Vec::with_capacity(roster.records.len());
    for (r, rec) in roster.records.iter().enumerate() {
        let mut row = rec.clone();
        row.resize(width, String::new());
        let Some(&si) = student_of.get(&r) else {
            rows.push(row);
            continue;
        };
        for &c in &roster.columns.student_typed {
            if let Some(cell) = row.get_mut(c) {
                *cell = safe(cell);
            }
        }
        match grade_of.get(&si) {
            Some(g) => {
                let factor = match scale {
                    Scale::Fixed(x) => x,
                    Scale::Column(c) => {
                        let raw = c.and_then(|c| rec.get(c)).map_or("", |s| s.as_str());
                        match number(raw).filter(|x| *x > 0.0) {
                            Some(x) => x,
                            None => {
                                let st = roster.students.get(si);
                                return Err(RosterError::Line {
                                    line: st.map_or(0, |s| s.line),
                                    message: format!(
                                        "the Maximum grade of {:?} is {raw:?}, not a number above 0; download the grading worksheet again",
                                        st.map_or("", |s| s.name.as_str())
                                    ),
                                });
                            }
                        }
                    }
                };
                set(
                    &mut row,
                    Some(grade_col),
                    safe(&format_points(g.fraction.clamp(0.0, 1.0) * factor)),
                );
                set(&mut row, feedback_col, safe(&g.comment));
            }
            None => {
                let missing = if opts.missing_counts_as_zero { "0" } else { "" };
                set(&mut row, Some(grade_col), missing.to_string());
            }
        }
        rows.push(row);
    }
    Ok((header, rows))
}

/// The usual gradebook ([`gradebook`]) with the score on a scale of `points` instead of
/// 100: the same cells as before at 100, else points without needless decimals (`8.5`).
pub fn scaled_gradebook(
    report: &ClassReport,
    format: GradebookFormat,
    assignment: &str,
    points: f64,
) -> (Vec<String>, Vec<Vec<String>>) {
    let (header, mut rows) = gradebook(report, format, assignment);
    if (points - 100.0).abs() < 1e-9 || !points.is_finite() || points <= 0.0 {
        return (header, rows);
    }
    let column = match format {
        GradebookFormat::Generic => 2,
        GradebookFormat::Canvas => 5,
        GradebookFormat::Moodle => 4,
    };
    for (row, st) in rows.iter_mut().zip(&report.students) {
        if let Some(c) = row.get_mut(column) {
            *c = format_points(st.score.micro.f1 * points);
        }
    }
    (header, rows)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::lms::roster::tests::{CANVAS, MOODLE};

    fn grade(student: usize, fraction: f64) -> RosterGrade {
        RosterGrade {
            student,
            fraction,
            comment: format!("{student} of 3 key items found"),
        }
    }

    fn csv_text(header: &[String], rows: &[Vec<String>]) -> String {
        let mut w = csv::WriterBuilder::new()
            .flexible(true)
            .from_writer(Vec::new());
        w.write_record(header).expect("header");
        for r in rows {
            w.write_record(r).expect("row");
        }
        String::from_utf8(w.into_inner().expect("csv")).expect("utf-8")
    }

    fn canvas_opts(zero: bool) -> RosterGradebookOptions<'static> {
        RosterGradebookOptions {
            assignment: Some("Peace talks (12345)"),
            missing_counts_as_zero: zero,
            ..RosterGradebookOptions::default()
        }
    }

    #[test]
    fn canvas_keeps_every_row_and_fills_points() {
        let roster = Roster::parse(CANVAS).expect("roster");
        let (h, rows) = roster_gradebook(
            &roster,
            &[grade(0, 0.85), grade(1, 0.5)],
            &canvas_opts(false),
        )
        .expect("gradebook");
        assert_eq!(h, roster.header);
        assert_eq!(rows.len(), roster.records.len());
        assert_eq!(rows[0][0], "    Points Possible", "kept verbatim");
        assert_eq!(rows[0][5], "10.00");
        assert_eq!(rows[1][0], "Smith, Jane");
        assert_eq!(rows[1][5], "8.5");
        assert_eq!(rows[2][5], "5");
        assert_eq!(rows[3][5], "", "Bo handed nothing in");
        assert_eq!(rows[4][0], "Student, Test");
        assert_eq!(rows[1][6], "", "the other assignment is left alone");
        let (_, rows) = roster_gradebook(&roster, &[], &canvas_opts(true)).expect("gradebook");
        assert_eq!(rows[3][5], "0");
        assert_eq!(rows[4][5], "", "the test student is not a student");
    }

    #[test]
    fn canvas_round_trip_finds_the_same_ids_and_points() {
        let roster = Roster::parse(CANVAS).expect("roster");
        let (h, rows) = roster_gradebook(
            &roster,
            &[grade(0, 0.85), grade(2, 1.0)],
            &canvas_opts(false),
        )
        .expect("gradebook");
        let back = Roster::parse(&csv_text(&h, &rows)).expect("parses back");
        assert_eq!(back.kind, RosterKind::Canvas);
        let ids: Vec<Option<u64>> = back.students.iter().map(|s| s.lms_id).collect();
        assert_eq!(ids, vec![Some(4411), Some(4412), Some(4413)]);
        assert_eq!(back.assignments, roster.assignments);
        let col = back.assignments[0].column;
        let points: Vec<Option<f64>> = back
            .students
            .iter()
            .map(|s| number(&back.records[s.record][col]))
            .collect();
        assert_eq!(points, vec![Some(8.5), None, Some(10.0)]);
    }

    #[test]
    fn canvas_needs_points_possible_and_a_column() {
        let roster = Roster::parse("Student,ID,Section,Essay (7)\nAna,1,P1,\n").expect("roster");
        let e = roster_gradebook(
            &roster,
            &[grade(0, 1.0)],
            &RosterGradebookOptions::default(),
        )
        .unwrap_err();
        assert_eq!(
            e,
            RosterError::NoPointsPossible {
                column: "Essay (7)".into()
            }
        );
        let roster = Roster::parse(CANVAS).expect("roster");
        let e = roster_gradebook(&roster, &[], &RosterGradebookOptions::default()).unwrap_err();
        assert!(matches!(e, RosterError::ChooseAssignment { .. }));
    }

    #[test]
    fn formula_like_names_are_made_safe_and_ids_kept() {
        let roster = Roster::parse(
            "Student,ID,Section,A (1)\nPoints Possible,,,4\n\"=HYPERLINK(\"\"http://x\"\",\"\"Ben\"\")\",7,-P1,\n",
        )
        .expect("roster");
        let (_, rows) = roster_gradebook(
            &roster,
            &[grade(0, 0.5)],
            &RosterGradebookOptions::default(),
        )
        .expect("gradebook");
        assert_eq!(rows[1][0], "'=HYPERLINK(\"http://x\",\"Ben\")");
        assert_eq!(
            rows[1][2], "-P1",
            "a cell from the LMS, not the student, is verbatim"
        );
        assert_eq!(rows[1][3], "2");
    }

    #[test]
    fn moodle_grade_on_maximum_grade_with_feedback() {
        let roster = Roster::parse(MOODLE).expect("roster");
        let (h, rows) = roster_gradebook(
            &roster,
            &[grade(0, 0.85)],
            &RosterGradebookOptions {
                missing_counts_as_zero: true,
                ..RosterGradebookOptions::default()
            },
        )
        .expect("gradebook");
        assert_eq!(h, roster.header);
        assert_eq!(rows[0][0], "Participant 123456");
        assert_eq!(rows[0][4], "8.5");
        assert_eq!(rows[0][9], "0 of 3 key items found");
        assert_eq!(rows[0][8], "-", "verbatim, not made into '-");
        assert_eq!(rows[0][7], "Monday, 2 March 2026, 9:00 AM");
        assert_eq!(rows[1][4], "0", "missing counts as zero");
        assert_eq!(rows[1][9], "");
        let back = Roster::parse(&csv_text(&h, &rows)).expect("parses back");
        assert_eq!(back.students[0].lms_id, Some(123456));

        let bad = MOODLE.replace(",10.00,Yes,\"Monday", ",ten,Yes,\"Monday");
        let roster = Roster::parse(&bad).expect("roster");
        let e = roster_gradebook(
            &roster,
            &[grade(0, 1.0)],
            &RosterGradebookOptions::default(),
        )
        .unwrap_err();
        assert!(
            e.to_string()
                .starts_with("line 2: the Maximum grade of \"Jane Smith\" is \"ten\""),
            "{e}"
        );
    }

    #[test]
    fn generic_roster_gets_score_and_comment_columns() {
        let roster = Roster::parse("name,id\nAna,s-1\n+Bo,s-2\n").expect("roster");
        let (h, rows) = roster_gradebook(
            &roster,
            &[grade(0, 0.5)],
            &RosterGradebookOptions {
                points: 20.0,
                ..RosterGradebookOptions::default()
            },
        )
        .expect("gradebook");
        assert_eq!(h, ["name", "id", "score", "comment"]);
        assert_eq!(rows[0], ["Ana", "s-1", "10", "0 of 3 key items found"]);
        assert_eq!(rows[1], ["'+Bo", "s-2", "", ""]);
        let roster = Roster::parse("name,id,grade\nAna,s-1,\n").expect("roster");
        let (h, rows) = roster_gradebook(
            &roster,
            &[grade(0, 1.0)],
            &RosterGradebookOptions::default(),
        )
        .expect("gradebook");
        assert_eq!(h, ["name", "id", "grade", "comment"]);
        assert_eq!(rows[0][2], "100");
    }

    #[test]
    fn scaled_gradebook_keeps_100_and_scales_otherwise() {
        use crate::model::class::{StudentResult, class_report};
        use crate::model::scoring::{KeySpan, score};
        use crate::model::{Label, Span, TextIndex};
        let text = TextIndex::new("aaaa bbbb");
        let key = KeySpan::numbered([
            Span::new(0, 4, Label::Attribution),
            Span::new(5, 9, Label::Opinion),
        ]);
        let spans = vec![Span::new(0, 4, Label::Attribution)];
        let st = StudentResult {
            name: "Ana".into(),
            id: None,
            file: "a.json".into(),
            score: score(&text, &key, &spans),
            orphaned: 0,
            reanchored: false,
        };
        let report = class_report(&text, &key, vec![(st, spans)]);
        for f in [
            GradebookFormat::Generic,
            GradebookFormat::Canvas,
            GradebookFormat::Moodle,
        ] {
            assert_eq!(
                scaled_gradebook(&report, f, "L", 100.0),
                gradebook(&report, f, "L")
            );
        }
        let f1 = report.students[0].score.micro.f1;
        let (_, rows) = scaled_gradebook(&report, GradebookFormat::Canvas, "L", 10.0);
        assert_eq!(rows[0][5], format_points(f1 * 10.0));
        let (_, rows) = scaled_gradebook(&report, GradebookFormat::Moodle, "L", 10.0);
        assert_eq!(rows[0][4], format_points(f1 * 10.0));
    }
}
