//! The class list a gradebook is written against, read from CSV text: a Canvas gradebook
//! export (with its Points Possible row), a Moodle grading worksheet, or a generic
//! `name,id` list. Every record is kept verbatim, in order, so the gradebook can be written
//! back in the roster's own layout.

use serde::Serialize;

/// Which layout the roster has.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum RosterKind {
    /// Canvas gradebook export: `Student, ID, SIS User ID, SIS Login ID, Section, <assignments…>`.
    Canvas,
    /// Moodle grading worksheet: `Identifier, Full name, Email address, Status, Grade, …`.
    Moodle,
    /// A list with a name column and an id column.
    Generic,
}

impl RosterKind {
    /// Who the roster comes from, for messages: "Canvas", "Moodle", "the roster".
    pub fn source(self) -> &'static str {
        match self {
            RosterKind::Canvas => "Canvas",
            RosterKind::Moodle => "Moodle",
            RosterKind::Generic => "the roster",
        }
    }
}

/// A Canvas assignment column: `Title (12345)`.
#[derive(Clone, Debug, PartialEq)]
pub struct Assignment {
    /// Its column (0-based).
    pub column: usize,
    /// The header cell as in the roster: `Peace talks (12345)`.
    pub header: String,
    /// `Peace talks`.
    pub title: String,
    /// `12345`.
    pub canvas_id: u64,
    /// From the Points Possible row, if it gives a number.
    pub points_possible: Option<f64>,
}

/// One student row of the roster.
#[derive(Clone, Debug, PartialEq)]
pub struct RosterStudent {
    /// Its record in [`Roster::records`].
    pub record: usize,
    /// Its line in the file (1-based).
    pub line: u64,
    /// The name as the roster has it (`Smith, Jane` in Canvas).
    pub name: String,
    /// The row's id: Canvas `ID`, Moodle `Identifier` (verbatim), the generic id.
    pub id: String,
    /// The LMS's number for the student: Canvas `ID`, the number in Moodle's `Identifier`.
    pub lms_id: Option<u64>,
    /// Other ids a student may have typed as `student_id`: SIS User ID, SIS Login ID, email,
    /// Moodle's ID number.
    pub other_ids: Vec<String>,
    /// Moodle's submission status (`Submitted for grading - 2 days late`).
    pub status: Option<String>,
}

impl RosterStudent {
    /// Moodle's status says the hand-in was late.
    pub fn late(&self) -> bool {
        self.status
            .as_deref()
            .is_some_and(|s| s.to_lowercase().contains(" late"))
    }
}

/// Where the columns newsmark reads and writes are.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Columns {
    /// Student / Full name / name.
    pub name: usize,
    /// ID / Identifier / id.
    pub id: Option<usize>,
    /// Moodle `Grade`; a generic `score`, `grade` or `points` column.
    pub grade: Option<usize>,
    /// Moodle `Maximum grade`.
    pub max_grade: Option<usize>,
    /// Moodle `Feedback comments`; a generic `comment` or `feedback` column.
    pub feedback: Option<usize>,
    /// Cells students choose (names, emails): written through `spreadsheet_safe`.
    pub student_typed: Vec<usize>,
}

/// A roster: the header and every record verbatim, and the students found in them.
#[derive(Clone, Debug, PartialEq)]
pub struct Roster {
    /// The layout.
    pub kind: RosterKind,
    /// The header, verbatim.
    pub header: Vec<String>,
    /// Every record after the header, verbatim (Points Possible, Test Student and blank
    /// rows included), in order.
    pub records: Vec<Vec<String>>,
    /// The line of each record (1-based).
    pub lines: Vec<u64>,
    /// The student rows, in order.
    pub students: Vec<RosterStudent>,
    /// Canvas assignment columns (empty for the other layouts).
    pub assignments: Vec<Assignment>,
    /// The columns.
    pub columns: Columns,
}

/// What is wrong with a roster.
#[derive(Clone, Debug, PartialEq, thiserror::Error)]
pub enum RosterError {
    /// Nothing in it.
    #[error(
        "the roster is empty; give the Canvas gradebook export, the Moodle grading worksheet or a CSV with a name and an id column"
    )]
    Empty,
    /// A header newsmark does not know.
    #[error(
        "line 1: not a roster newsmark knows: expected a Canvas gradebook export (Student, ID, …), a Moodle grading worksheet (Identifier, Full name, …) or a CSV with a name and an id column; the first line is {found:?}"
    )]
    UnknownLayout {
        /// The first line, shortened.
        found: String,
    },
    /// Something wrong on a line.
    #[error("line {line}: {message}")]
    Line {
        /// 1-based.
        line: u64,
        /// What is wrong.
        message: String,
    },
    /// A Canvas export without an assignment column.
    #[error(
        "the Canvas gradebook has no assignment column (one named like \"Title (12345)\"); create the assignment in Canvas and export the gradebook again"
    )]
    NoAssignment,
    /// Several assignment columns and none chosen.
    #[error("the Canvas gradebook has several assignment columns; choose one of: {choices}")]
    ChooseAssignment {
        /// The headers, quoted and joined.
        choices: String,
    },
    /// The chosen assignment is not in the roster.
    #[error("no assignment column is {wanted:?}; the Canvas gradebook has: {choices}")]
    NoSuchAssignment {
        /// What was asked for.
        wanted: String,
        /// The headers, quoted and joined.
        choices: String,
    },
    /// No points to scale to.
    #[error(
        "the Points Possible row gives no points for {column:?}; export the gradebook again from Canvas (it has a Points Possible row)"
    )]
    NoPointsPossible {
        /// The assignment header.
        column: String,
    },
}

fn line_error(line: u64, message: String) -> RosterError {
    RosterError::Line { line, message }
}

fn find(header: &[String], names: &[&str]) -> Option<usize> {
    header
        .iter()
        .position(|h| names.iter().any(|n| h.trim().eq_ignore_ascii_case(n)))
}

/// `Title (12345)` → (`Title`, 12345).
pub fn assignment_header(cell: &str) -> Option<(String, u64)> {
    let cell = cell.trim();
    let inner = cell.strip_suffix(')')?;
    let (title, id) = inner.rsplit_once(" (")?;
    let id = super::digits(id)?;
    let title = title.trim();
    (!title.is_empty()).then(|| (title.to_string(), id))
}

/// A number from a gradebook cell: `10`, `10.00`, ` 8,5 ` (decimal comma).
pub fn number(cell: &str) -> Option<f64> {
    let t = cell.trim();
    let t = if t.contains(',') && !t.contains('.') {
        t.replace(',', ".")
    } else {
        t.to_string()
    };
    t.parse::<f64>().ok().filter(|x| x.is_finite())
}

fn joined_headers(assignments: &[Assignment]) -> String {
    assignments
        .iter()
        .map(|a| format!("{:?}", a.header))
        .collect::<Vec<_>>()
        .join(", ")
}

fn cell(record: &[String], i: Option<usize>) -> &str {
    i.and_then(|i| record.get(i)).map_or("", |s| s.as_str())
}

impl Roster {
    /// Parse a roster from CSV text (a UTF-8 byte order mark is allowed).
    pub fn parse(text: &str) -> Result<Roster, RosterError> {
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        let mut reader = csv::ReaderBuilder::new()
            .has_headers(false)
            .flexible(true)
            .from_reader(text.as_bytes());
        let mut rows: Vec<(u64, Vec<String>)> = Vec::new();
        let mut last_line = 1;
        // The csv reader does not count blank lines: the line is found from the byte offset.
        // (Its position is where the blank lines before the record start.)
        let line_at = |byte: u64| {
            let bytes = text.as_bytes();
            let mut end = usize::try_from(byte).unwrap_or(usize::MAX).min(bytes.len());
            while end < bytes.len() && matches!(bytes[end], b'\n' | b'\r') {
                end += 1;
            }
            1 + bytes[..end].iter().filter(|b| **b == b'\n').count() as u64
        };
        for r in reader.records() {
            match r {
                Ok(rec) => {
                    let line = rec.position().map_or(last_line, |p| line_at(p.byte()));
                    last_line = line;
                    rows.push((line, rec.iter().map(str::to_string).collect()));
                }
                Err(e) => {
                    let line = e.position().map_or(last_line, |p| line_at(p.byte()));
                    return Err(line_error(line, format!("the CSV cannot be read: {e}")));
                }
            }
        }
        let mut rows = rows.into_iter();
        let Some((_, header)) = rows
            .by_ref()
            .find(|(_, r)| r.iter().any(|c| !c.trim().is_empty()))
        else {
            return Err(RosterError::Empty);
        };
        let (lines, records): (Vec<u64>, Vec<Vec<String>>) = rows.unzip();
        let kind = detect(&header)?;
        let mut roster = Roster {
            kind,
            header,
            records,
            lines,
            students: Vec::new(),
            assignments: Vec::new(),
            columns: Columns::default(),
        };
        match kind {
            RosterKind::Canvas => roster.read_canvas()?,
            RosterKind::Moodle => roster.read_moodle()?,
            RosterKind::Generic => roster.read_generic()?,
        }
        roster.check_ids()?;
        Ok(roster)
    }

    /// Each non-empty id belongs to one student; the second row with an id is the error.
    fn check_ids(&self) -> Result<(), RosterError> {
        let mut seen: std::collections::HashMap<String, &RosterStudent> =
            std::collections::HashMap::new();
        for s in &self.students {
            let id = s.id.trim();
            if id.is_empty() {
                continue;
            }
            if let Some(other) = seen.insert(id.to_lowercase(), s) {
                return Err(line_error(
                    s.line,
                    format!(
                        "the id {id:?} of {:?} is also on line {} ({:?}); each student needs an id of their own",
                        s.name, other.line, other.name
                    ),
                ));
            }
        }
        Ok(())
    }

    fn push_student(
        &mut self,
        record: usize,
        name: &str,
        id: &str,
        lms_id: Option<u64>,
        other_ids: Vec<String>,
        status: Option<String>,
    ) -> Result<(), RosterError> {
        let line = self.lines.get(record).copied().unwrap_or(0);
        let id = id.trim();
        self.students.push(RosterStudent {
            record,
            line,
            name: name.trim().to_string(),
            id: id.to_string(),
            lms_id,
            other_ids: other_ids
                .into_iter()
                .map(|s| s.trim().to_string())
                .filter(|s| !s.is_empty())
                .collect(),
            status: status.filter(|s| !s.trim().is_empty()),
        });
        Ok(())
    }

    fn read_canvas(&mut self) -> Result<(), RosterError> {
        let h = &self.header;
        let name = find(h, &["Student"]).unwrap_or(0);
        let id = find(h, &["ID"]);
        let sis_user = find(h, &["SIS User ID"]);
        let sis_login = find(h, &["SIS Login ID"]);
        self.columns = Columns {
            name,
            id,
            student_typed: vec![name],
            ..Columns::default()
        };
        let mut assignments: Vec<Assignment> = h
            .iter()
            .enumerate()
            .filter_map(|(column, c)| {
                assignment_header(c).map(|(title, canvas_id)| Assignment {
                    column,
                    header: c.clone(),
                    title,
                    canvas_id,
                    points_possible: None,
                })
            })
            .collect();
        let mut points_seen = false;
        for r in 0..self.records.len() {
            let rec = self.records.get(r).cloned().unwrap_or_default();
            let line = self.lines.get(r).copied().unwrap_or(0);
            let student = cell(&rec, Some(name)).trim();
            let sid = cell(&rec, id).trim();
            if student.eq_ignore_ascii_case("Points Possible") {
                if !points_seen {
                    for a in &mut assignments {
                        a.points_possible = number(cell(&rec, Some(a.column)));
                    }
                    points_seen = true;
                }
                continue;
            }
            let test_student = super::normalized_name(student) == "test student";
            if (student.is_empty() && sid.is_empty()) || test_student {
                continue;
            }
            if student.is_empty() {
                continue;
            }
            let Some(lms_id) = super::digits(sid) else {
                return Err(line_error(
                    line,
                    if sid.is_empty() {
                        format!("{student:?} has no ID; Canvas gives every student one")
                    } else {
                        format!("the ID of {student:?} is {sid:?}; Canvas IDs are numbers")
                    },
                ));
            };
            let others = vec![
                cell(&rec, sis_user).to_string(),
                cell(&rec, sis_login).to_string(),
            ];
            self.push_student(r, student, sid, Some(lms_id), others, None)?;
        }
        self.assignments = assignments;
        Ok(())
    }

    fn read_moodle(&mut self) -> Result<(), RosterError> {
        let h = &self.header;
        let id = find(h, &["Identifier"]);
        let name = find(h, &["Full name"]).unwrap_or(0);
        let email = find(h, &["Email address"]);
        let idnum = find(h, &["ID number"]);
        let status = find(h, &["Status"]);
        let Some(grade) = find(h, &["Grade"]) else {
            return Err(line_error(
                1,
                "the Moodle grading worksheet has no Grade column; download it again with \"Download grading worksheet\"".into(),
            ));
        };
        self.columns = Columns {
            name,
            id,
            grade: Some(grade),
            max_grade: find(h, &["Maximum grade"]),
            feedback: find(h, &["Feedback comments"]),
            student_typed: [Some(name), email].into_iter().flatten().collect(),
        };
        for r in 0..self.records.len() {
            let rec = self.records.get(r).cloned().unwrap_or_default();
            let line = self.lines.get(r).copied().unwrap_or(0);
            let ident = cell(&rec, id);
            let full = cell(&rec, Some(name));
            if ident.trim().is_empty() && full.trim().is_empty() {
                continue;
            }
            let digits_at = ident
                .trim_end()
                .rfind(|c: char| !c.is_ascii_digit())
                .map_or(0, |i| i + 1);
            let Some(pid) = ident.trim_end().get(digits_at..).and_then(super::digits) else {
                return Err(line_error(
                    line,
                    format!(
                        "the Identifier of {full:?} is {ident:?}; a Moodle worksheet has \"Participant\" and a number there"
                    ),
                ));
            };
            let others = vec![cell(&rec, email).to_string(), cell(&rec, idnum).to_string()];
            let st = Some(cell(&rec, status).to_string());
            self.push_student(r, full, ident, Some(pid), others, st)?;
        }
        Ok(())
    }

    fn read_generic(&mut self) -> Result<(), RosterError> {
        let h = &self.header;
        let name = find(h, &GENERIC_NAMES).unwrap_or(0);
        let id = find(h, &GENERIC_IDS);
        let email = find(h, &["email", "email address", "e-mail"]);
        self.columns = Columns {
            name,
            id,
            grade: find(h, &["score", "grade", "points"]),
            max_grade: None,
            feedback: find(h, &["comment", "comments", "feedback"]),
            student_typed: [Some(name), email].into_iter().flatten().collect(),
        };
        for r in 0..self.records.len() {
            let rec = self.records.get(r).cloned().unwrap_or_default();
            let n = cell(&rec, Some(name)).to_string();
            let i = cell(&rec, id).to_string();
            if n.trim().is_empty() && i.trim().is_empty() {
                continue;
            }
            let others = vec![cell(&rec, email).to_string()];
            self.push_student(r, &n, &i, None, others, None)?;
        }
        Ok(())
    }

    /// The student with this row id (case and spaces ignored).
    pub fn student_by_id(&self, id: &str) -> Option<usize> {
        let id = id.trim();
        (!id.is_empty())
            .then(|| {
                self.students
                    .iter()
                    .position(|s| s.id.trim().eq_ignore_ascii_case(id))
            })
            .flatten()
    }

    /// The Canvas assignment column to fill: the one `wanted` names (its header, its id or
    /// its title), else the only one, else the one titled like the lesson; with several and
    /// no choice, an error listing them.
    pub fn pick_assignment(
        &self,
        wanted: Option<&str>,
        lesson_title: &str,
    ) -> Result<&Assignment, RosterError> {
        let a = &self.assignments;
        if a.is_empty() {
            return Err(RosterError::NoAssignment);
        }
        if let Some(w) = wanted.map(str::trim).filter(|w| !w.is_empty()) {
            let by_title: Vec<&Assignment> = a
                .iter()
                .filter(|x| x.title.eq_ignore_ascii_case(w))
                .collect();
            return a
                .iter()
                .find(|x| x.header.trim() == w || x.canvas_id.to_string() == w)
                .or(match by_title.as_slice() {
                    [one] => Some(*one),
                    _ => None,
                })
                .ok_or_else(|| RosterError::NoSuchAssignment {
                    wanted: w.to_string(),
                    choices: joined_headers(a),
                });
        }
        if let [one] = a.as_slice() {
            return Ok(one);
        }
        let titled: Vec<&Assignment> = a
            .iter()
            .filter(|x| x.title.trim().eq_ignore_ascii_case(lesson_title.trim()))
            .collect();
        match titled.as_slice() {
            [one] => Ok(*one),
            _ => Err(RosterError::ChooseAssignment {
                choices: joined_headers(a),
            }),
        }
    }
}

const GENERIC_NAMES: [&str; 5] = ["name", "student", "student name", "full name", "fullname"];
const GENERIC_IDS: [&str; 7] = [
    "id",
    "student id",
    "student_id",
    "studentid",
    "student number",
    "sis user id",
    "identifier",
];

fn detect(header: &[String]) -> Result<RosterKind, RosterError> {
    let has = |n: &str| find(header, &[n]).is_some();
    let first = header.first().map_or("", |c| c.trim());
    if has("Identifier") && has("Full name") {
        return Ok(RosterKind::Moodle);
    }
    if first.eq_ignore_ascii_case("Student")
        && has("ID")
        && (has("SIS User ID")
            || has("Section")
            || header.iter().any(|c| assignment_header(c).is_some()))
    {
        return Ok(RosterKind::Canvas);
    }
    if find(header, &GENERIC_NAMES).is_some() && find(header, &GENERIC_IDS).is_some() {
        return Ok(RosterKind::Generic);
    }
    let found: String = header.join(",").chars().take(120).collect();
    Err(RosterError::UnknownLayout { found })
}

#[cfg(test)]
pub(crate) mod tests;
