use super::*;
use std::io::{Cursor, Write};
use zip::write::SimpleFileOptions;

const ANSWER: &str = r#"{"lesson": "mini.txt", "student": "Jane Smith", "spans": []}"#;

fn zip_of(entries: &[(&str, &[u8])]) -> Vec<u8> {
    let mut w = zip::ZipWriter::new(Cursor::new(Vec::new()));
    for (name, body) in entries {
        w.start_file(*name, SimpleFileOptions::default())
            .expect("entry");
        w.write_all(body).expect("write");
    }
    w.finish().expect("finish").into_inner()
}

fn read(bytes: Vec<u8>, limits: &ZipLimits) -> Result<Submissions, SubmissionsError> {
    read_zip(Cursor::new(bytes), Path::new("class.zip"), limits)
}

#[test]
fn answers_are_parsed_and_other_entries_listed() {
    let bytes = zip_of(&[
        ("smithjane_LATE_4411_90210_answer.json", ANSWER.as_bytes()),
        ("ruizchloe_4412_90211_essay.docx", &b"PK not really"[..]),
        ("__MACOSX/._smithjane_4411_90210_answer.json", &b"junk"[..]),
        ("lesson.key.json", &b"{}"[..]),
        ("broken.json", &b"{ not json"[..]),
    ]);
    let s = read(bytes, &ZipLimits::default()).expect("read");
    assert!(s.from_zip);
    assert_eq!(s.entries.len(), 1);
    let e = &s.entries[0];
    assert_eq!(e.file, "class.zip/smithjane_LATE_4411_90210_answer.json");
    assert!(e.identity.late());
    assert_eq!(e.answer.student.as_deref(), Some("Jane Smith"));
    let kinds: Vec<(&str, EntryProblemKind)> = s
        .problems
        .iter()
        .map(|p| (p.file.as_str(), p.kind))
        .collect();
    assert_eq!(
        kinds,
        vec![
            (
                "class.zip/ruizchloe_4412_90211_essay.docx",
                EntryProblemKind::NotAnAnswer
            ),
            ("class.zip/lesson.key.json", EntryProblemKind::AnswerKey),
            ("class.zip/broken.json", EntryProblemKind::Unreadable),
        ]
    );
    assert!(
        s.problems[0].message.contains("a .docx file"),
        "{}",
        s.problems[0].message
    );
    assert!(matches!(
        s.problems[0].identity,
        LmsIdentity::Canvas { user_id: 4412, .. }
    ));
}

#[test]
fn hostile_names_are_problems_not_paths() {
    let bytes = zip_of(&[
        ("../../x.json", ANSWER.as_bytes()),
        ("/etc/x.json", ANSWER.as_bytes()),
        ("ok/../../../y.json", ANSWER.as_bytes()),
        ("bad\nname.json", ANSWER.as_bytes()),
    ]);
    let s = read(bytes, &ZipLimits::default()).expect("read");
    assert_eq!(
        s.entries.len(),
        1,
        "only the name with a newline is read (as text)"
    );
    assert_eq!(s.entries[0].file, "class.zip/bad\u{fffd}name.json");
    assert_eq!(s.problems.len(), 3);
    assert!(
        s.problems
            .iter()
            .all(|p| p.kind == EntryProblemKind::UnsafeName)
    );
    assert!(
        s.problems[0].message.contains("climbs out"),
        "{}",
        s.problems[0].message
    );
    assert!(
        s.problems[1].message.contains("absolute"),
        "{}",
        s.problems[1].message
    );
}

#[test]
fn sizes_are_checked_before_unpacking() {
    let big = vec![b' '; 2000];
    let bytes = zip_of(&[("a.json", ANSWER.as_bytes()), ("big.json", big.as_slice())]);
    let limits = ZipLimits {
        max_entry_bytes: 1000,
        ..ZipLimits::default()
    };
    let s = read(bytes.clone(), &limits).expect("read");
    assert_eq!(s.entries.len(), 1);
    assert_eq!(s.problems[0].kind, EntryProblemKind::TooLarge);
    assert!(
        s.problems[0].message.starts_with("unpacks to 2000 bytes"),
        "{}",
        s.problems[0].message
    );

    let limits = ZipLimits {
        max_total_bytes: 1000,
        ..ZipLimits::default()
    };
    let e = read(bytes, &limits).unwrap_err();
    assert!(
        matches!(&e, SubmissionsError::TotalTooLarge { entry, .. } if entry == "big.json"),
        "{e}"
    );
}

#[test]
fn entry_count_is_checked_in_the_end_record_first() {
    let names: Vec<String> = (0..30).map(|i| format!("f{i}.txt")).collect();
    let entries: Vec<(&str, &[u8])> = names.iter().map(|n| (n.as_str(), &b""[..])).collect();
    let bytes = zip_of(&entries);
    assert_eq!(
        declared_entry_count(&mut Cursor::new(bytes.clone())).expect("io"),
        Some(30)
    );
    let limits = ZipLimits {
        max_entries: 20,
        ..ZipLimits::default()
    };
    let e = read(bytes, &limits).unwrap_err();
    assert!(
        matches!(
            e,
            SubmissionsError::TooManyEntries {
                count: 30,
                limit: 20,
                ..
            }
        ),
        "{e}"
    );
}

#[test]
fn not_a_zip_says_so() {
    let e = read(b"hello".to_vec(), &ZipLimits::default()).unwrap_err();
    assert!(
        e.to_string()
            .starts_with("class.zip: not a zip newsmark can read"),
        "{e}"
    );
}

#[test]
fn a_folder_lists_only_lms_named_other_files() {
    let dir = tempfile::tempdir().expect("tempdir");
    let sub = dir.path().join("Jane Smith_123_assignsubmission_file_");
    std::fs::create_dir(&sub).expect("mkdir");
    std::fs::write(sub.join("answer.json"), ANSWER).expect("write");
    std::fs::write(dir.path().join("ruizchloe_4412_1_essay.docx"), "x").expect("write");
    std::fs::write(dir.path().join("gradebook.csv"), "x").expect("write");
    std::fs::write(dir.path().join("l.key.json"), "{}").expect("write");
    let s = read_submissions(dir.path()).expect("read");
    assert!(!s.from_zip);
    assert_eq!(s.entries.len(), 1);
    assert_eq!(
        s.entries[0].entry,
        "Jane Smith_123_assignsubmission_file_/answer.json"
    );
    assert!(matches!(
        s.entries[0].identity,
        LmsIdentity::Moodle {
            participant_id: 123,
            ..
        }
    ));
    assert_eq!(s.problems.len(), 1, "{:?}", s.problems);
    assert_eq!(s.problems[0].kind, EntryProblemKind::NotAnAnswer);
}
