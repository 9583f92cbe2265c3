//! Class results from an LMS download as it comes: a Canvas "Download Submissions" zip, a
//! Moodle "Download all submissions" zip, rosters, the gradebook in the roster's layout, and
//! hostile zips (names that climb out, zip bombs, too many entries). The fixtures are built
//! here, with the zip crate's writer.

use newsmark::model::Lesson;
use newsmark::model::lms::LmsIdentity;
use newsmark::model::lms::gradebook::RosterGradebookOptions;
use newsmark::model::lms::matching::Remembered;
use newsmark::model::lms::roster::{Roster, number};
use newsmark::service::lms::{LmsClass, grade_submissions};
use newsmark::service::{PlacedKey, ProblemKind, lesson_with_key};
use newsmark::store::lms_zip::{self, EntryProblemKind, MAX_ZIP_ENTRIES, SubmissionsError};
use newsmark::store::{self, MAX_JSON_BYTES};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};
use zip::ZipWriter;
use zip::write::SimpleFileOptions;

const TEXT: &str = "The minister said the reform was a triumph; critics say it failed.";
const ALL: &[(usize, usize, &str)] = &[
    (0, 17, "attribution"),
    (35, 42, "opinion"),
    (44, 55, "unsupported"),
];
const ONE: &[(usize, usize, &str)] = &[(0, 17, "attribution")];

fn fixture(p: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(p)
}

fn mini() -> (Lesson, PlacedKey) {
    lesson_with_key(&fixture("mini.txt"), &fixture("mini.key.json")).expect("the mini lesson")
}

fn answer(student: &str, saved_at: &str, spans: &[(usize, usize, &str)]) -> Vec<u8> {
    let sha = newsmark::model::TextIndex::new(TEXT).sha256().to_string();
    let spans: Vec<String> = spans
        .iter()
        .map(|(s, e, l)| format!(r#"{{"start": {s}, "end": {e}, "label": "{l}"}}"#))
        .collect();
    format!(
        r#"{{"lesson": "mini.txt", "student": "{student}", "text_sha256": "{sha}", "saved_at": "{saved_at}", "spans": [{}]}}"#,
        spans.join(", ")
    )
    .into_bytes()
}

fn write_zip(path: &Path, entries: &[(&str, Vec<u8>)]) {
    let mut w = ZipWriter::new(std::fs::File::create(path).expect("create the zip"));
    for (name, body) in entries {
        w.start_file(*name, SimpleFileOptions::default())
            .expect("an entry");
        w.write_all(body).expect("its content");
    }
    w.finish().expect("finish the zip");
}

/// Every file and folder under `dir`, sorted.
fn listing(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut todo = vec![dir.to_path_buf()];
    while let Some(d) = todo.pop() {
        for e in std::fs::read_dir(&d).expect("read_dir") {
            let p = e.expect("entry").path();
            if p.is_dir() {
                todo.push(p.clone());
            }
            out.push(p);
        }
    }
    out.sort();
    out
}

fn grade(source: &Path, roster: Option<&Roster>, remembered: &Remembered) -> LmsClass {
    let (lesson, key) = mini();
    let subs = lms_zip::read_submissions(source).expect("the download is read");
    grade_submissions("mini.txt", &lesson, &key, subs, roster, remembered)
}

const CANVAS_ROSTER: &str = "Student,ID,SIS User ID,SIS Login ID,Section,Mini (12345)
    Points Possible,,,,,10.00
\"Smith, Jane\",4411,s-1,jsmith,P1,
\"Ruiz, Chloe\",4412,s-2,cruiz,P1,
\"Lee, Bo\",4413,s-3,blee,P1,
\"Kim, Dae\",4414,s-4,dkim,P1,
\"Student, Test\",9999,,,P1,
";

fn canvas_zip(path: &Path) {
    write_zip(
        path,
        &[
            (
                "smithjane_LATE_4411_90210_mini.Jane.json",
                answer("Jane Smith", "2026-03-02T09:00:00Z", ONE),
            ),
            // Handed in again: Canvas adds -1; the later one counts.
            (
                "smithjane_LATE_4411_90300_mini.Jane-1.json",
                answer("Jane Smith", "2026-03-02T09:30:00Z", ALL),
            ),
            // Chloe typed someone else's name: Canvas says who she is.
            (
                "ruizchloe_4412_90211_mini.json",
                answer("Bo Lee", "2026-03-01T10:00:00Z", ONE),
            ),
            // Bo handed in an essay, not an answer.
            (
                "leebo_4413_90212_essay.docx",
                b"PK\x03\x04 not an answer".to_vec(),
            ),
            // A Canvas user who is not on the roster.
            (
                "nobody_5000_90213_mini.json",
                answer("Dae Kim", "2026-03-01T11:00:00Z", ALL),
            ),
        ],
    );
}

#[test]
fn a_canvas_zip_with_a_roster_shows_late_resubmitted_mismatched_missing_and_stray_files() {
    let dir = tempfile::tempdir().expect("tempdir");
    let zip = dir.path().join("submissions.zip");
    canvas_zip(&zip);
    let roster = Roster::parse(CANVAS_ROSTER).expect("the roster");
    let c = grade(&zip, Some(&roster), &Remembered::new());
    let label = |entry: &str| format!("{}/{entry}", zip.display());

    let names: Vec<&str> = c
        .class
        .report
        .students
        .iter()
        .map(|s| s.name.as_str())
        .collect();
    assert_eq!(names, ["nobody", "Ruiz, Chloe", "Smith, Jane"]);
    let jane = &c.class.report.students[2];
    assert_eq!(jane.id.as_deref(), Some("4411"));
    assert_eq!(
        jane.file,
        label("smithjane_LATE_4411_90300_mini.Jane-1.json")
    );
    assert_eq!(jane.score.display(), 100, "the resubmission counts");
    let info = c.hand_in(&jane.file).expect("Jane's hand-in");
    assert!(info.late);
    assert!(matches!(
        info.identity,
        LmsIdentity::Canvas { user_id: 4411, .. }
    ));

    let superseded: Vec<&str> = c
        .class
        .problems
        .iter()
        .filter(|p| p.kind == ProblemKind::Superseded)
        .map(|p| p.file.as_str())
        .collect();
    assert_eq!(
        superseded,
        [label("smithjane_LATE_4411_90210_mini.Jane.json")]
    );

    let messages: Vec<&str> = c.mismatches.iter().map(|m| m.message.as_str()).collect();
    assert!(
        messages.contains(&"handed in as 'Bo Lee', Canvas says Chloe Ruiz"),
        "{messages:?}"
    );

    let missing: Vec<&str> = c.missing.iter().map(|m| m.name.as_str()).collect();
    assert_eq!(
        missing,
        ["Lee, Bo", "Kim, Dae"],
        "the test student is not missing"
    );
    let note = c.missing[0].note.as_deref().unwrap_or("");
    assert!(
        note.contains("essay.docx") && note.contains("not an answer file"),
        "{note}"
    );
    assert_eq!(c.missing[1].note, None);

    assert_eq!(c.unmatched.len(), 1);
    assert_eq!(c.unmatched[0].key, "canvas:5000");
    assert_eq!(c.unmatched[0].lms.as_deref(), Some("Canvas user 5000"));
    assert_eq!(c.unmatched[0].student.as_deref(), Some("Dae Kim"));

    assert_eq!(c.other_files.len(), 1);
    assert_eq!(c.other_files[0].kind, EntryProblemKind::NotAnAnswer);
    assert!(
        c.class
            .problems
            .iter()
            .all(|p| p.kind != ProblemKind::Unreadable),
        "a .docx is not an error: {:?}",
        c.class.problems
    );

    // The gradebook in Canvas's layout, read back as a roster.
    let roster_path = dir.path().join("roster.csv");
    std::fs::write(&roster_path, CANVAS_ROSTER).expect("write the roster");
    let out = dir.path().join("grades.csv");
    store::roster::write_roster_gradebook(
        &out,
        &roster_path,
        &roster,
        &c.grades,
        &RosterGradebookOptions {
            lesson_title: "Mini",
            ..RosterGradebookOptions::default()
        },
    )
    .expect("the gradebook is written");
    let back = store::roster::read_roster(&out).expect("the gradebook reads as a roster");
    assert_eq!(back.header, roster.header);
    assert_eq!(back.records.len(), roster.records.len(), "every row kept");
    assert_eq!(back.records[0][0].trim(), "Points Possible");
    assert_eq!(back.records[5][0], "Student, Test");
    let ids: Vec<Option<u64>> = back.students.iter().map(|s| s.lms_id).collect();
    assert_eq!(ids, [Some(4411), Some(4412), Some(4413), Some(4414)]);
    let col = back.assignments[0].column;
    let cells: Vec<&str> = back
        .students
        .iter()
        .map(|s| back.records[s.record][col].as_str())
        .collect();
    assert_eq!(cells, ["10", "5", "", ""]);
    assert_eq!(number(cells[1]), Some(5.0));

    // The teacher picks Dae's row for the stray hand-in; the choice is remembered.
    let remembered_at = store::roster::remembered_path(&zip);
    let remembered =
        store::roster::remember(&remembered_at, "canvas:5000", Some("4414")).expect("remembered");
    let c = grade(&zip, Some(&roster), &remembered);
    assert!(c.unmatched.is_empty());
    let missing: Vec<&str> = c.missing.iter().map(|m| m.name.as_str()).collect();
    assert_eq!(missing, ["Lee, Bo"]);
}

#[test]
fn a_canvas_zip_without_a_roster_counts_the_latest_and_scales_points() {
    let dir = tempfile::tempdir().expect("tempdir");
    let zip = dir.path().join("submissions.zip");
    canvas_zip(&zip);
    let c = grade(&zip, None, &Remembered::new());
    let names: Vec<&str> = c
        .class
        .report
        .students
        .iter()
        .map(|s| s.name.as_str())
        .collect();
    // The typed name stands when it has the letters of Canvas's; otherwise Canvas's.
    assert_eq!(names, ["Jane Smith", "nobody", "ruizchloe"]);
    assert!(c.missing.is_empty() && c.unmatched.is_empty());
    assert_eq!(c.mismatches.len(), 2, "{:?}", c.mismatches);
    let (_, rows) = newsmark::model::lms::gradebook::scaled_gradebook(
        &c.class.report,
        newsmark::model::class::GradebookFormat::Generic,
        "Mini",
        10.0,
    );
    let scores: Vec<&str> = rows.iter().map(|r| r[2].as_str()).collect();
    assert_eq!(scores, ["10", "10", "5"]);
}

const MOODLE_WORKSHEET: &str = "Identifier,Full name,Email address,Status,Grade,Maximum grade,Grade can be changed,Last modified (submission),Last modified (grade),Feedback comments
Participant 123456,Jane Smith,jane@example.org,Submitted for grading,,10.00,Yes,\"Monday, 2 March 2026, 9:00 AM\",-,
Participant 123457,Chloe Ruiz,chloe@example.org,Submitted for grading - 1 day late,,10.00,Yes,\"Tuesday, 3 March 2026, 9:00 AM\",-,
Participant 123458,Bo Lee,bo@example.org,Submitted for grading,,10.00,Yes,\"Monday, 2 March 2026, 8:00 AM\",-,
";

#[test]
fn a_moodle_zip_in_both_layouts_with_its_worksheet() {
    let dir = tempfile::tempdir().expect("tempdir");
    let zip = dir.path().join("moodle.zip");
    write_zip(
        &zip,
        &[
            (
                "Jane Smith_123456_assignsubmission_file_/mini.Jane.json",
                answer("Jane Smith", "2026-03-02T09:00:00Z", ALL),
            ),
            (
                "Chloe Ruiz_123457_assignsubmission_file_mini.Chloe.json",
                answer("Chloe", "2026-03-03T09:00:00Z", ONE),
            ),
            (
                "Bo Lee_123458_assignsubmission_onlinetext_/onlinetext.html",
                b"<p>I think the minister lied.</p>".to_vec(),
            ),
        ],
    );
    let roster = Roster::parse(MOODLE_WORKSHEET).expect("the worksheet");
    let c = grade(&zip, Some(&roster), &Remembered::new());
    let names: Vec<&str> = c
        .class
        .report
        .students
        .iter()
        .map(|s| s.name.as_str())
        .collect();
    assert_eq!(names, ["Chloe Ruiz", "Jane Smith"]);
    assert_eq!(
        c.class.report.students[0].id.as_deref(),
        Some("Participant 123457")
    );
    let chloe = c.hand_in(&c.class.report.students[0].file).expect("Chloe");
    assert!(chloe.late, "Moodle's status says late");
    assert_eq!(
        c.mismatches
            .iter()
            .map(|m| m.message.as_str())
            .collect::<Vec<_>>(),
        ["handed in as 'Chloe', Moodle says Chloe Ruiz"]
    );
    assert_eq!(c.missing.len(), 1);
    assert!(
        c.missing[0]
            .note
            .as_deref()
            .unwrap_or("")
            .contains("onlinetext.html")
    );

    let (header, rows) = newsmark::model::lms::gradebook::roster_gradebook(
        &roster,
        &c.grades,
        &RosterGradebookOptions {
            missing_counts_as_zero: true,
            ..RosterGradebookOptions::default()
        },
    )
    .expect("the gradebook");
    assert_eq!(header, roster.header);
    assert_eq!(rows[0][0], "Participant 123456", "Identifier verbatim");
    assert_eq!(rows[0][4], "10");
    assert!(
        rows[0][9].starts_with("3 of 3 key items found"),
        "{}",
        rows[0][9]
    );
    assert_eq!(rows[1][4], "5");
    assert_eq!(
        rows[2][4], "0",
        "Bo handed in no answer: 0 with missing-counts-as-zero"
    );
    assert_eq!(rows[2][8], "-");
}

#[test]
fn hostile_names_are_problems_and_nothing_is_written() {
    let dir = tempfile::tempdir().expect("tempdir");
    let zip = dir.path().join("hostile.zip");
    let escape = "newsmark-escape-test-4f1c.json";
    let climbing = format!("../../{escape}");
    let absolute = format!("/tmp/{escape}");
    let eve = answer("Eve", "2026-03-01T09:00:00Z", ALL);
    write_zip(
        &zip,
        &[
            ("../../x", b"x".to_vec()),
            (climbing.as_str(), eve.clone()),
            (absolute.as_str(), eve),
            (
                "smithjane_4411_1_mini.json",
                answer("Jane Smith", "2026-03-01T09:00:00Z", ALL),
            ),
        ],
    );
    let before = listing(dir.path());
    let s = lms_zip::read_submissions(&zip).expect("read");
    assert_eq!(
        listing(dir.path()),
        before,
        "nothing written beside the zip"
    );
    assert!(!dir.path().join("..").join("..").join(escape).exists());
    assert!(!Path::new("/tmp").join(escape).exists());
    assert!(!Path::new("../..").join(escape).exists());
    assert_eq!(s.entries.len(), 1);
    let unsafe_ones: Vec<(&str, &str)> = s
        .problems
        .iter()
        .filter(|p| p.kind == EntryProblemKind::UnsafeName)
        .map(|p| (p.file.as_str(), p.message.as_str()))
        .collect();
    assert_eq!(unsafe_ones.len(), 3, "{:?}", s.problems);
    assert!(unsafe_ones[0].0.ends_with("/../../x"));
    assert!(
        unsafe_ones[0]
            .1
            .starts_with("its name climbs out of the zip"),
        "{}",
        unsafe_ones[0].1
    );
    assert!(
        unsafe_ones[2].1.starts_with("its name is an absolute path"),
        "{}",
        unsafe_ones[2].1
    );
}

/// Set the uncompressed size of the entry `name` in its local header and in the central
/// directory, as a hostile zip would.
fn declare_size(bytes: &mut [u8], name: &str, size: u32) {
    let n = name.as_bytes();
    let mut patched = 0;
    for i in 0..bytes.len().saturating_sub(46) {
        // Local file header, central directory header: (name length, name, size) offsets.
        let (name_len_at, name_at, size_at) = match &bytes[i..i + 4] {
            b"PK\x03\x04" => (26, 30, 22),
            b"PK\x01\x02" => (28, 46, 24),
            _ => continue,
        };
        let len = u16::from_le_bytes([bytes[i + name_len_at], bytes[i + name_len_at + 1]]) as usize;
        if bytes.get(i + name_at..i + name_at + len) == Some(n) {
            bytes[i + size_at..i + size_at + 4].copy_from_slice(&size.to_le_bytes());
            patched += 1;
        }
    }
    assert_eq!(patched, 2, "both headers of {name} patched");
}

#[test]
fn a_zip_bomb_is_refused_by_its_declared_size_and_a_lying_one_while_unpacking() {
    let dir = tempfile::tempdir().expect("tempdir");
    let zip = dir.path().join("bomb.zip");
    {
        // Zeros, one byte past an answer file's limit: some 16 KiB once deflated.
        let mut w = ZipWriter::new(std::fs::File::create(&zip).expect("create"));
        w.start_file("mini.json", SimpleFileOptions::default())
            .expect("entry");
        w.write_all(&answer("Ana", "2026-03-01T09:00:00Z", ALL))
            .expect("write");
        let deflated =
            SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
        w.start_file("bomb.json", deflated).expect("entry");
        let chunk = vec![0u8; 1 << 16];
        let mut left = MAX_JSON_BYTES + 1;
        while left > 0 {
            let n = left.min(chunk.len() as u64) as usize;
            w.write_all(&chunk[..n]).expect("write");
            left -= n as u64;
        }
        w.finish().expect("finish");
    }
    assert!(std::fs::metadata(&zip).expect("meta").len() < 1 << 20);
    let before = listing(dir.path());
    let s = lms_zip::read_submissions(&zip).expect("read");
    assert_eq!(listing(dir.path()), before);
    assert_eq!(s.entries.len(), 1);
    let p = &s.problems[0];
    assert_eq!(p.kind, EntryProblemKind::TooLarge);
    assert!(p.file.ends_with("/bomb.json"), "{}", p.file);
    assert!(
        p.message.starts_with(&format!(
            "unpacks to {} bytes, more than the limit",
            MAX_JSON_BYTES + 1
        )) && p.message.contains("zip bomb"),
        "{}",
        p.message
    );

    // The same entry declaring 100 bytes: caught while unpacking, after 101.
    let mut bytes = std::fs::read(&zip).expect("read");
    declare_size(&mut bytes, "bomb.json", 100);
    let liar = dir.path().join("liar.zip");
    std::fs::write(&liar, &bytes).expect("write");
    let s = lms_zip::read_submissions(&liar).expect("read");
    assert_eq!(s.entries.len(), 1);
    let p = &s.problems[0];
    assert!(p.file.ends_with("/bomb.json"), "{}", p.file);
    assert_eq!(p.kind, EntryProblemKind::TooLarge, "{}", p.message);
    assert!(
        p.message.contains("more than it declares (100 bytes)"),
        "{}",
        p.message
    );
}

#[test]
fn a_zip_with_twenty_thousand_entries_is_refused_whole() {
    let dir = tempfile::tempdir().expect("tempdir");
    let zip = dir.path().join("many.zip");
    {
        let mut w = ZipWriter::new(std::io::BufWriter::new(
            std::fs::File::create(&zip).expect("create"),
        ));
        let stored =
            SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
        for i in 0..20_000 {
            w.start_file(format!("f{i}.json"), stored).expect("entry");
        }
        w.finish().expect("finish");
    }
    let before = listing(dir.path());
    let e = lms_zip::read_submissions(&zip).unwrap_err();
    assert_eq!(listing(dir.path()), before);
    assert!(
        matches!(
            e,
            SubmissionsError::TooManyEntries {
                count: 20_000,
                limit: MAX_ZIP_ENTRIES,
                ..
            }
        ),
        "{e}"
    );
    assert_eq!(
        e.to_string(),
        format!(
            "{}: the zip has 20000 entries, more than the limit of 10000; it is not read (download the submissions in smaller groups)",
            zip.display()
        )
    );
}

#[test]
fn a_file_that_is_not_a_zip_says_so() {
    let dir = tempfile::tempdir().expect("tempdir");
    let p = dir.path().join("grades.zip");
    std::fs::write(&p, "name,id\n").expect("write");
    let e = lms_zip::read_submissions(&p).unwrap_err();
    assert!(e.to_string().contains("not a zip newsmark can read"), "{e}");
}

#[test]
fn a_thousand_student_canvas_zip_is_read_and_scored_quickly() {
    let dir = tempfile::tempdir().expect("tempdir");
    let zip = dir.path().join("big.zip");
    let mut roster = String::from(
        "Student,ID,SIS User ID,SIS Login ID,Section,Mini (1)\nPoints Possible,,,,,10\n",
    );
    let mut entries = Vec::new();
    for i in 0..1000u32 {
        let uid = 10_000 + i;
        roster.push_str(&format!("\"Student{i}, Ana\",{uid},,,P1,\n"));
        let spans = if i % 2 == 0 { ALL } else { ONE };
        entries.push((
            format!("student{i}ana_{uid}_{}_mini.json", 500_000 + i),
            answer(&format!("Ana Student{i}"), "2026-03-01T09:00:00Z", spans),
        ));
    }
    let refs: Vec<(&str, Vec<u8>)> = entries
        .iter()
        .map(|(n, b)| (n.as_str(), b.clone()))
        .collect();
    write_zip(&zip, &refs);
    let (lesson, key) = mini();
    let started = Instant::now();
    let roster = Roster::parse(&roster).expect("roster");
    let subs = lms_zip::read_submissions(&zip).expect("read");
    let c = grade_submissions(
        "mini.txt",
        &lesson,
        &key,
        subs,
        Some(&roster),
        &Remembered::new(),
    );
    let (_, rows) = newsmark::model::lms::gradebook::roster_gradebook(
        &roster,
        &c.grades,
        &RosterGradebookOptions::default(),
    )
    .expect("gradebook");
    let took = started.elapsed();
    assert_eq!(c.class.report.students.len(), 1000);
    assert!(c.missing.is_empty() && c.unmatched.is_empty() && c.mismatches.is_empty());
    assert_eq!(rows.len(), 1001);
    // The issue asks for 2 s; an unoptimised test build gets more room.
    let limit = if cfg!(debug_assertions) {
        Duration::from_secs(10)
    } else {
        Duration::from_secs(2)
    };
    assert!(took <= limit, "took {took:?}");
}

/// The command line is the same feature: `report` reads the zip and the roster, lists who
/// handed nothing in and who matches no one, and writes the gradebook in Canvas's layout.
#[test]
fn report_reads_a_canvas_zip_and_roster_and_writes_points_canvas_imports() {
    let dir = tempfile::tempdir().expect("tempdir");
    let zip = dir.path().join("submissions.zip");
    canvas_zip(&zip);
    let roster = dir.path().join("grades.csv");
    std::fs::write(&roster, CANVAS_ROSTER).expect("write the roster");
    let out = dir.path().join("import.csv");
    let run = std::process::Command::new(env!("CARGO_BIN_EXE_newsmark"))
        .args(["report", "--lesson"])
        .arg(fixture("mini.txt"))
        .arg("--key")
        .arg(fixture("mini.key.json"))
        .arg(&zip)
        .arg("--roster")
        .arg(&roster)
        .arg("--csv")
        .arg(&out)
        .arg("--json")
        .output()
        .expect("newsmark runs");
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert!(run.status.success(), "{stderr}");
    assert!(
        stderr.contains("essay.docx"),
        "the stray file is listed: {stderr}"
    );
    assert!(
        stderr.contains("handed in as 'Bo Lee', Canvas says Chloe Ruiz"),
        "{stderr}"
    );
    let j: serde_json::Value = serde_json::from_slice(&run.stdout).expect("JSON");
    let missing: Vec<&str> = j["missing"]
        .as_array()
        .expect("missing")
        .iter()
        .filter_map(|m| m["name"].as_str())
        .collect();
    assert_eq!(missing, ["Lee, Bo", "Kim, Dae"]);
    assert_eq!(j["unmatched"][0]["lms"], "Canvas user 5000");
    let jane = j["students"]
        .as_array()
        .expect("students")
        .iter()
        .find(|s| s["lms"] == "Canvas user 4411")
        .expect("Jane by her Canvas id");
    assert_eq!(jane["late"], true);
    // Cell by cell, the file Canvas imports: its own header, the points row, every student
    // in the roster's order, points out of 10.
    let written = std::fs::read_to_string(&out).expect("the gradebook");
    let expected = "Student,ID,SIS User ID,SIS Login ID,Section,Mini (12345)\n    Points Possible,,,,,10.00\n\"Smith, Jane\",4411,s-1,jsmith,P1,10\n\"Ruiz, Chloe\",4412,s-2,cruiz,P1,5\n\"Lee, Bo\",4413,s-3,blee,P1,\n\"Kim, Dae\",4414,s-4,dkim,P1,\n\"Student, Test\",9999,,,P1,\n";
    assert_eq!(written, expected);
    // Nothing but the gradebook was written beside the download.
    let names: Vec<String> = listing(dir.path())
        .iter()
        .filter_map(|p| p.file_name()?.to_str().map(str::to_string))
        .collect();
    assert_eq!(names, ["grades.csv", "import.csv", "submissions.zip"]);
}
