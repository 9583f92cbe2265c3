use super::*;

pub(crate) const CANVAS: &str = "\u{feff}Student,ID,SIS User ID,SIS Login ID,Section,Peace talks (12345),Budget (12346),Current Score
    Points Possible,,,,,10.00,20.00,(read only)
\"Smith, Jane\",4411,s-1,jsmith,Period 1,,,
\"Ruiz, Chloe\",4412,s-2,cruiz,Period 1,,,
\"Lee, Bo\",4413,,,Period 2,,,
\"Student, Test\",9999,,,Period 1,,,
";

#[test]
fn canvas_export_with_points_possible_and_test_student() {
    let r = Roster::parse(CANVAS).expect("canvas");
    assert_eq!(r.kind, RosterKind::Canvas);
    assert_eq!(r.records.len(), 5, "every record kept");
    let names: Vec<&str> = r.students.iter().map(|s| s.name.as_str()).collect();
    assert_eq!(names, ["Smith, Jane", "Ruiz, Chloe", "Lee, Bo"]);
    assert_eq!(r.students[0].lms_id, Some(4411));
    assert_eq!(r.students[0].line, 3);
    assert_eq!(r.students[0].other_ids, ["s-1", "jsmith"]);
    assert_eq!(r.assignments.len(), 2);
    assert_eq!(r.assignments[0].title, "Peace talks");
    assert_eq!(r.assignments[0].canvas_id, 12345);
    assert_eq!(r.assignments[0].points_possible, Some(10.0));
    assert_eq!(r.assignments[1].points_possible, Some(20.0));
    assert_eq!(r.student_by_id(" 4412 "), Some(1));
}

#[test]
fn assignment_is_chosen_by_name_id_title_or_lesson() {
    let r = Roster::parse(CANVAS).expect("canvas");
    assert!(matches!(
        r.pick_assignment(None, "Another lesson"),
        Err(RosterError::ChooseAssignment { .. })
    ));
    let e = r.pick_assignment(None, "x").unwrap_err().to_string();
    assert!(
        e.contains("\"Peace talks (12345)\", \"Budget (12346)\""),
        "{e}"
    );
    assert_eq!(
        r.pick_assignment(None, "peace talks").map(|a| a.canvas_id),
        Ok(12345)
    );
    assert_eq!(
        r.pick_assignment(Some("12346"), "").map(|a| a.column),
        Ok(6)
    );
    assert_eq!(
        r.pick_assignment(Some("Budget (12346)"), "")
            .map(|a| a.column),
        Ok(6)
    );
    assert_eq!(
        r.pick_assignment(Some("budget"), "").map(|a| a.column),
        Ok(6)
    );
    assert!(matches!(
        r.pick_assignment(Some("Essay"), ""),
        Err(RosterError::NoSuchAssignment { .. })
    ));
}

#[test]
fn canvas_errors_name_the_line() {
    let e = Roster::parse("Student,ID,Section,A (1)\n\"Smith, Jane\",abc,P1,\n").unwrap_err();
    assert_eq!(
        e.to_string(),
        "line 2: the ID of \"Smith, Jane\" is \"abc\"; Canvas IDs are numbers"
    );
    let e = Roster::parse("Student,ID,Section,A (1)\nAna,1,,\nBo,1,,\n").unwrap_err();
    assert!(
        e.to_string()
            .starts_with("line 3: the id \"1\" of \"Bo\" is also on line 2"),
        "{e}"
    );
    let r = Roster::parse("Student,ID,Section\nAna,1,P1\n").expect("no assignment yet");
    assert_eq!(r.pick_assignment(None, "x"), Err(RosterError::NoAssignment));
}

pub(crate) const MOODLE: &str = "Identifier,Full name,Email address,Status,Grade,Maximum grade,Grade can be changed,Last modified (submission),Last modified (grade),Feedback comments
Participant 123456,Jane Smith,jane@example.org,Submitted for grading - 2 days 3 hours late,,10.00,Yes,\"Monday, 2 March 2026, 9:00 AM\",-,
Participant 123457,Chloe Ruiz,chloe@example.org,No submission,,10.00,Yes,-,-,
";

#[test]
fn moodle_worksheet() {
    let r = Roster::parse(MOODLE).expect("moodle");
    assert_eq!(r.kind, RosterKind::Moodle);
    assert_eq!(r.students.len(), 2);
    assert_eq!(r.students[0].id, "Participant 123456");
    assert_eq!(r.students[0].lms_id, Some(123456));
    assert!(r.students[0].late());
    assert!(!r.students[1].late());
    assert_eq!(r.columns.grade, Some(4));
    assert_eq!(r.columns.max_grade, Some(5));
    assert_eq!(r.columns.feedback, Some(9));
    let e = Roster::parse("Identifier,Full name,Grade\nParticipant x,Ana,\n").unwrap_err();
    assert!(
        e.to_string()
            .starts_with("line 2: the Identifier of \"Ana\" is \"Participant x\""),
        "{e}"
    );
    let e = Roster::parse("Identifier,Full name\nParticipant 1,Ana\n").unwrap_err();
    assert!(e.to_string().contains("no Grade column"), "{e}");
}

#[test]
fn generic_and_unknown_layouts() {
    let r = Roster::parse("name,id\nAna Lima,s-001\n\nBo,\n").expect("generic");
    assert_eq!(r.kind, RosterKind::Generic);
    assert_eq!(r.students.len(), 2);
    assert_eq!(r.students[1].id, "");
    assert_eq!(r.students[1].line, 4);
    // A plain "Student,ID" list is generic, not Canvas.
    assert_eq!(
        Roster::parse("Student,ID\nAna,1\n").map(|r| r.kind),
        Ok(RosterKind::Generic)
    );
    let e = Roster::parse("first,last\nAna,Lima\n").unwrap_err();
    assert!(matches!(e, RosterError::UnknownLayout { .. }), "{e}");
    assert!(e.to_string().starts_with("line 1: not a roster"), "{e}");
    assert_eq!(Roster::parse(""), Err(RosterError::Empty));
    assert_eq!(Roster::parse("\u{feff}\n\n"), Err(RosterError::Empty));
}

#[test]
fn numbers_and_headers() {
    assert_eq!(number(" 8,5 "), Some(8.5));
    assert_eq!(number("10.00"), Some(10.0));
    assert_eq!(number("(read only)"), None);
    assert_eq!(
        assignment_header("Peace talks (12345)"),
        Some(("Peace talks".into(), 12345))
    );
    assert_eq!(assignment_header("Current Score"), None);
    assert_eq!(assignment_header(" (12)"), None);
}
