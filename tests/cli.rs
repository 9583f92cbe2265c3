//! The command line, run as a real binary on fixture files, good and bad.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_newsmark"))
}

fn fixture(p: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(p)
}

fn run(args: &[&str]) -> Output {
    bin().args(args).output().expect("the binary runs")
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn path(p: &str) -> String {
    fixture(p).display().to_string()
}

#[test]
fn text_prints_the_canonical_text_exactly() {
    let o = run(&["text", &path("mini.txt")]);
    assert_eq!(o.status.code(), Some(0));
    assert_eq!(
        stdout(&o),
        "The minister said the reform was a triumph; critics say it failed."
    );
}

#[test]
fn seed_lesson_text_is_the_seed_article() {
    let lesson = Path::new(env!("CARGO_MANIFEST_DIR")).join("lessons/001_peace-talks.md");
    let o = run(&["text", &lesson.display().to_string()]);
    assert_eq!(o.status.code(), Some(0));
    // A copy of shared/seed/000_14d12788f8b4c7fc.txt, so the test never depends on a
    // folder outside the repository.
    let seed = std::fs::read_to_string(fixture("seed-article.txt")).expect("the seed fixture");
    assert_eq!(stdout(&o), seed.trim_end());
}

#[test]
fn check_a_key_whose_lesson_cannot_be_read_is_an_error() {
    let dir = tempfile::tempdir().expect("tempdir");
    // The lesson beside the key is not UTF-8.
    std::fs::write(dir.path().join("x.md"), b"\xff\xfe broken").expect("write");
    let key = dir.path().join("x.key.json");
    std::fs::write(&key, r#"{"items": []}"#).expect("write");
    let o = run(&["check", &key.display().to_string()]);
    assert_eq!(o.status.code(), Some(2), "{}{}", stdout(&o), stderr(&o));
    assert!(
        stderr(&o).contains("cannot be checked because its lesson cannot be read"),
        "{}",
        stderr(&o)
    );
    assert!(stderr(&o).contains("not valid UTF-8"), "{}", stderr(&o));
    // Checked together with its lesson, the lesson's error is printed once, in full.
    let o = run(&["check", &dir.path().display().to_string()]);
    assert_eq!(o.status.code(), Some(2));
    assert_eq!(
        stderr(&o).matches("not valid UTF-8").count(),
        1,
        "{}",
        stderr(&o)
    );
}

#[cfg(unix)]
#[test]
fn check_reports_a_link_loop_once_and_checks_each_file_once() {
    let dir = tempfile::tempdir().expect("tempdir");
    let lessons = dir.path().join("lessons");
    std::fs::create_dir(&lessons).expect("dir");
    for name in ["a", "b"] {
        std::fs::write(
            lessons.join(format!("{name}.md")),
            format!("+++\ntitle = \"{name}\"\n+++\n\nOfficials said so.\n"),
        )
        .expect("write");
    }
    std::os::unix::fs::symlink(dir.path(), lessons.join("loop")).expect("symlink");
    let o = run(&["check", &dir.path().display().to_string()]);
    assert!(
        stdout(&o).contains("checked 2 file(s)"),
        "{}{}",
        stdout(&o),
        stderr(&o)
    );
    assert_eq!(
        stderr(&o).matches("leads back to").count(),
        1,
        "{}",
        stderr(&o)
    );
    assert_eq!(o.status.code(), Some(2));
}

#[test]
fn score_minimal_files_exactly_as_the_contract_says() {
    let o = run(&[
        "score",
        "--lesson",
        &path("mini.txt"),
        "--key",
        &path("mini.key.json"),
        &path("answers/ana.json"),
        "--json",
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).expect("JSON output");
    let close =
        |x: &serde_json::Value, want: f64| (x.as_f64().expect("number") - want).abs() < 1e-12;
    // Worked by hand: P = 2/3, R = (13/17 + 0 + 1)/3 = 10/17, F1 = 40/64.
    assert!(close(&v["micro"]["precision"], 2.0 / 3.0));
    assert!(close(&v["micro"]["recall"], 10.0 / 17.0));
    assert!(close(&v["micro"]["f1"], 0.625));
    assert!(close(&v["per_label"]["attribution"]["f1"], 26.0 / 30.0));
    assert!(close(&v["per_label"]["opinion"]["f1"], 0.0));
    assert!(close(&v["per_label"]["unsupported"]["precision"], 0.5));
    assert_eq!(v["student"], "Ana Lima");
    assert_eq!(v["indiscriminate"], false);
    let statuses: Vec<&str> = v["items"]
        .as_array()
        .expect("items")
        .iter()
        .filter_map(|i| i["status"].as_str())
        .collect();
    assert_eq!(statuses, ["found", "wrong_label", "found"]);
    let spans: Vec<&str> = v["answer_spans"]
        .as_array()
        .expect("spans")
        .iter()
        .filter_map(|i| i["status"].as_str())
        .collect();
    assert_eq!(spans, ["matches_key", "wrong_label", "matches_key"]);
}

#[test]
fn score_several_prints_an_array_and_human_output_has_the_score() {
    let o = run(&[
        "score",
        "--lesson",
        &path("mini.txt"),
        "--key",
        &path("mini.key.json"),
        &path("answers/ana.json"),
        &path("answers/cai.json"),
        "--json",
    ]);
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).expect("JSON output");
    assert_eq!(v.as_array().map(Vec::len), Some(2));
    assert_eq!(v[1]["indiscriminate"], true);
    let o = run(&[
        "score",
        "--lesson",
        &path("mini.txt"),
        "--key",
        &path("mini.key.json"),
        &path("answers/cai.json"),
    ]);
    let out = stdout(&o);
    assert!(out.contains("score 16/100"), "{out}");
    assert!(out.contains("about as much as chance"), "{out}");
}

#[test]
fn bad_answers_are_reported_and_the_batch_goes_on() {
    let cases = [
        ("bad/unknown-label.json", "unknown label `fact`"),
        ("bad/malformed.json", "line 2, column"),
        ("bad/newer.json", "format version 2 is newer"),
        ("bad/out-of-range.json", "past the end of the text"),
        ("bad/reversed.json", "start must be before end"),
        ("bad/different-text.json", "made on a different text"),
        ("bad/not-utf8.json", "not valid UTF-8"),
    ];
    let mut args = vec![
        "score".to_string(),
        "--lesson".into(),
        path("mini.txt"),
        "--key".into(),
        path("mini.key.json"),
    ];
    args.extend(cases.iter().map(|(f, _)| path(f)));
    args.push(path("answers/ben.json"));
    let o = bin().args(&args).output().expect("runs");
    assert_eq!(o.status.code(), Some(2));
    let err = stderr(&o);
    for (file, msg) in cases {
        let line = err
            .lines()
            .find(|l| l.contains(file))
            .unwrap_or_else(|| panic!("{file} not reported:\n{err}"));
        assert!(line.contains(msg), "{file}: {line}");
    }
    assert!(!err.contains("panicked"));
    assert!(
        stdout(&o).contains("Ben Okafor"),
        "the good file is still scored"
    );
}

#[test]
fn bad_lessons_get_clear_messages() {
    for (file, msg) in [
        ("bad/bad-toml.md", "front matter, line 2, column 16"),
        ("bad/no-title.md", "no title"),
        (
            "bad/not-utf8.txt",
            "line 1, column 3: the file is not valid UTF-8",
        ),
    ] {
        let o = run(&["text", &path(file)]);
        assert_eq!(o.status.code(), Some(2), "{file}");
        assert!(stderr(&o).contains(msg), "{file}: {}", stderr(&o));
    }
    let o = run(&["text", &path("nope.md")]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("nope.md"));
}

#[test]
fn check_passes_on_shipped_lessons() {
    let lessons = Path::new(env!("CARGO_MANIFEST_DIR")).join("lessons");
    let o = run(&["check", &lessons.display().to_string()]);
    assert_eq!(o.status.code(), Some(0), "{}{}", stdout(&o), stderr(&o));
    assert!(stdout(&o).contains("0 problem(s)"));
}

#[test]
fn check_finds_problems_in_a_key() {
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::copy(fixture("mini.txt"), dir.path().join("m.txt")).expect("copy");
    // ragged start, same-label overlap, no rationale
    std::fs::write(
        dir.path().join("m.key.json"),
        r#"{"items": [{"start": 1, "end": 17, "label": "attribution", "rationale": "x"},
                      {"start": 4, "end": 12, "label": "attribution", "rationale": "y"}]}"#,
    )
    .expect("write");
    let o = run(&["check", &dir.path().display().to_string()]);
    assert_eq!(o.status.code(), Some(1));
    let out = stdout(&o);
    assert!(out.contains("ragged"), "{out}");
    assert!(out.contains("overlap"), "{out}");
    assert!(out.contains("no level"), "{out}");
}

#[test]
fn check_reports_unreadable_files_with_exit_2() {
    let o = run(&["check", &path("bad/no-title.md")]);
    assert_eq!(o.status.code(), Some(2));
}

#[test]
fn report_prints_class_and_writes_gradebooks() {
    let dir = tempfile::tempdir().expect("tempdir");
    for (fmt, header) in [
        ("generic", "name,id,score,attribution_f1"),
        ("canvas", "Student,ID,SIS User ID,SIS Login ID,Section,Mini"),
        (
            "moodle",
            "First name,Last name,ID number,Email address,Mini (Real)",
        ),
    ] {
        let csv = dir.path().join(format!("{fmt}.csv"));
        let o = run(&[
            "report",
            "--lesson",
            &path("mini.txt"),
            "--key",
            &path("mini.key.json"),
            &path("answers"),
            "--csv",
            &csv.display().to_string(),
            "--format",
            fmt,
        ]);
        assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
        let out = stdout(&o);
        assert!(
            out.contains("Ana Lima") && out.contains("indiscriminate"),
            "{out}"
        );
        assert!(out.contains("hardest first"));
        let text = std::fs::read_to_string(&csv).expect("csv written");
        assert!(text.starts_with(header), "{fmt}: {text}");
        assert_eq!(text.lines().count(), 4);
    }
}

#[test]
fn report_on_a_folder_with_a_bad_file_goes_on() {
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::copy(fixture("answers/ben.json"), dir.path().join("ben.json")).expect("copy");
    std::fs::copy(fixture("bad/malformed.json"), dir.path().join("zz.json")).expect("copy");
    let o = run(&[
        "report",
        "--lesson",
        &path("mini.txt"),
        "--key",
        &path("mini.key.json"),
        &dir.path().display().to_string(),
    ]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stdout(&o).contains("Ben Okafor"));
    assert!(stderr(&o).contains("zz.json"));
}

#[test]
fn a_lesson_over_the_size_limit_is_refused() {
    let dir = tempfile::tempdir().expect("tempdir");
    let big = dir.path().join("huge.md");
    std::fs::write(&big, "word ".repeat(1_000_000)).expect("write");
    let o = run(&["text", &big.display().to_string()]);
    assert_eq!(o.status.code(), Some(2));
    let err = stderr(&o);
    assert!(
        err.contains("huge.md") && err.contains("more than the limit"),
        "{err}"
    );
}

#[test]
fn an_edited_lesson_re_anchors_quoted_answers_and_lists_orphans() {
    let dir = tempfile::tempdir().expect("tempdir");
    let lesson = dir.path().join("l.txt");
    std::fs::write(
        &lesson,
        "Yesterday the minister said the reform was a triumph; critics say it failed.",
    )
    .expect("write");
    let key = dir.path().join("l.key.json");
    std::fs::write(
        &key,
        r#"{"items": [{"start": 10, "end": 27, "label": "attribution"}]}"#,
    )
    .expect("write");
    // Made on the old text (without "Yesterday "): offsets are stale, quotes are not.
    let answer = dir.path().join("a.json");
    std::fs::write(
        &answer,
        r#"{"text_sha256": "0000", "spans": [
            {"start": 0, "end": 17, "label": "attribution", "quote": "The minister said"},
            {"start": 40, "end": 52, "label": "opinion", "quote": "a resounding win"}]}"#,
    )
    .expect("write");
    let o = run(&[
        "score",
        "--lesson",
        &lesson.display().to_string(),
        "--key",
        &key.display().to_string(),
        &answer.display().to_string(),
        "--json",
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).expect("json");
    // "the minister said" (lower-case t) is found approximately at chars 10..27.
    assert_eq!(v["answer_spans"][0]["start"], 10);
    assert_eq!(v["answer_spans"][0]["end"], 27);
    assert_eq!(v["orphaned"], serde_json::json!([1]));
    assert_eq!(
        v["answer_spans"].as_array().map(Vec::len),
        Some(1),
        "the orphan is not scored"
    );
}

#[test]
fn new_makes_a_lesson_from_a_saved_web_page() {
    let dir = tempfile::tempdir().expect("tempdir");
    let out = dir.path().join("river-park.md");
    let o = run(&[
        "new",
        &path("articles/river-park.html"),
        "-o",
        &out.display().to_string(),
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(stdout(&o).contains("wrote"), "{}", stdout(&o));
    let text = std::fs::read_to_string(&out).expect("lesson written");
    assert!(
        text.starts_with("+++\ntitle = \"Council approves river park\""),
        "{text}"
    );
    assert!(text.contains("outlet = \"The Valley Courier\""), "{text}");
    assert!(!text.contains("cookies"));
    // It is a lesson: `text` reads it.
    let o = run(&["text", &out.display().to_string()]);
    assert_eq!(o.status.code(), Some(0));
    assert!(stdout(&o).contains("according to the minutes of the meeting"));
}

#[test]
fn new_refuses_empty_binary_and_article_less_files_and_writes_nothing() {
    let dir = tempfile::tempdir().expect("tempdir");
    for (file, says) in [
        ("articles/empty.html", "empty"),
        ("articles/picture.txt", "not text"),
        ("articles/no-article.html", "no article"),
    ] {
        let out = dir.path().join("out.md");
        let o = run(&["new", &path(file), "-o", &out.display().to_string()]);
        assert_eq!(o.status.code(), Some(2), "{file}");
        assert!(stderr(&o).contains(says), "{file}: {}", stderr(&o));
        assert!(!out.exists(), "{file}: nothing written");
    }
}

/// A class folder with every kind of answer a teacher meets.
fn class_folder() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("tempdir");
    let w = |name: &str, body: &str| std::fs::write(dir.path().join(name), body).expect("write");
    let text = "The minister said the reform was a triumph; critics say it failed.";
    let sha = newsmark::model::TextIndex::new(text).sha256().to_string();
    // Ana handed in twice: the later one counts.
    w(
        "ana-1.json",
        &format!(
            r#"{{"lesson": "mini.txt", "student": "Ana Lima", "student_id": "s-001", "text_sha256": "{sha}", "saved_at": "2026-11-01T09:00:00Z", "spans": [{{"start": 4, "end": 17, "label": "attribution"}}]}}"#
        ),
    );
    w(
        "ana-2.json",
        &format!(
            r#"{{"lesson": "mini.txt", "student": "Ana Lima", "student_id": "s-001", "text_sha256": "{sha}", "saved_at": "2026-11-01T09:30:00Z", "spans": [{{"start": 0, "end": 17, "label": "attribution"}}, {{"start": 44, "end": 55, "label": "unsupported"}}]}}"#
        ),
    );
    // Made on an earlier version of the text: re-anchored by its quote.
    w(
        "ben.json",
        r#"{"lesson": "mini.txt", "student": "Ben", "text_sha256": "00", "spans": [{"start": 2, "end": 19, "label": "attribution", "quote": "The minister said"}]}"#,
    );
    // Another lesson.
    w(
        "cai.json",
        r#"{"lesson": "other.md", "student": "Cai", "text_sha256": "11", "spans": [{"start": 0, "end": 3, "label": "opinion", "quote": "abc"}]}"#,
    );
    // No name: listed under its file name.
    w(
        "nameless.json",
        r#"{"lesson": "mini.txt", "spans": [{"start": 35, "end": 42, "label": "opinion"}]}"#,
    );
    // Broken.
    w("broken.json", "{ not json");
    // A highlight that cannot be re-found.
    w(
        "dee.json",
        r#"{"lesson": "mini.txt", "student": "Dee", "text_sha256": "00", "spans": [{"start": 0, "end": 3, "label": "opinion", "quote": "zzzzzzzzzzzz"}, {"start": 44, "end": 55, "label": "unsupported", "quote": "critics say"}]}"#,
    );
    dir
}

#[test]
fn report_json_lists_every_problem_once_and_counts_each_student_once() {
    let dir = class_folder();
    let o = run(&[
        "report",
        "--lesson",
        &path("mini.txt"),
        "--key",
        &path("mini.key.json"),
        &dir.path().display().to_string(),
        "--json",
    ]);
    assert_eq!(
        o.status.code(),
        Some(2),
        "the broken file makes it exit 2: {}",
        stderr(&o)
    );
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).expect("JSON");
    let students = v["students"].as_array().expect("students");
    let names: Vec<&str> = students
        .iter()
        .map(|s| s["student"].as_str().unwrap_or(""))
        .collect();
    assert_eq!(
        names,
        vec!["Ana Lima", "Ben", "Dee", "nameless"],
        "{names:?}"
    );
    let ana = &students[0];
    assert!(
        ana["file"]
            .as_str()
            .is_some_and(|f| f.ends_with("ana-2.json")),
        "the later answer counts"
    );
    assert_eq!(ana["student_id"], "s-001");
    assert_eq!(ana["found"], 2);
    assert_eq!(students[1]["reanchored"], true);
    assert_eq!(students[0]["reanchored"], false);
    for k in [
        "score",
        "micro",
        "per_label",
        "passage_f1",
        "indiscriminate",
        "missed",
    ] {
        assert!(!ana[k].is_null(), "{k}");
    }
    let problems = v["problems"].as_array().expect("problems");
    let kinds: Vec<(&str, &str)> = problems
        .iter()
        .map(|p| {
            let f = p["file"].as_str().unwrap_or("");
            (
                f.rsplit('/').next().unwrap_or(f),
                p["kind"].as_str().unwrap_or(""),
            )
        })
        .collect();
    assert_eq!(
        kinds,
        vec![
            ("ana-1.json", "superseded"),
            ("broken.json", "unreadable"),
            ("cai.json", "other_lesson"),
            ("dee.json", "unplaced"),
        ],
        "{kinds:?}"
    );
    assert!(
        problems
            .iter()
            .all(|p| !p["message"].as_str().unwrap_or("").is_empty())
    );
    let items = v["items"].as_array().expect("items");
    assert_eq!(items.len(), 3);
    assert!(
        items
            .iter()
            .any(|i| i["most_given_instead"] == "unsupported" || i["most_given_instead"].is_null())
    );
    assert_eq!(v["confusion"]["axes"].as_array().map(Vec::len), Some(4));
    assert_eq!(v["histogram"].as_array().map(Vec::len), Some(10));
}

#[test]
fn gradebook_csv_files_parse_back_with_each_formats_columns() {
    let dir = class_folder();
    for (format, header) in [
        ("generic", "name"),
        ("canvas", "Student"),
        ("moodle", "First name"),
    ] {
        let csv = dir.path().join(format!("{format}.csv"));
        let o = run(&[
            "report",
            "--lesson",
            &path("mini.txt"),
            "--key",
            &path("mini.key.json"),
            &dir.path().display().to_string(),
            "--csv",
            &csv.display().to_string(),
            "--format",
            format,
        ]);
        assert!(
            stdout(&o).contains("wrote gradebook"),
            "{format}: {}",
            stderr(&o)
        );
        let mut r = csv::Reader::from_path(&csv).expect("CSV");
        let h = r.headers().expect("header").clone();
        assert_eq!(h.get(0), Some(header), "{format}: {h:?}");
        let rows: Vec<csv::StringRecord> = r.records().map(|x| x.expect("row")).collect();
        assert_eq!(rows.len(), 4, "{format}: one row per counted student");
        assert!(rows.iter().all(|row| row.len() == h.len()), "{format}");
    }
}

#[test]
fn gradebook_csv_cells_that_start_like_a_formula_get_a_leading_quote() {
    let dir = tempfile::tempdir().expect("tempdir");
    let answers = dir.path().join("answers");
    std::fs::create_dir(&answers).expect("mkdir");
    let text = "The minister said the reform was a triumph; critics say it failed.";
    let sha = newsmark::model::TextIndex::new(text).sha256().to_string();
    std::fs::write(
        answers.join("eve.json"),
        format!(
            r#"{{"lesson": "mini.txt", "student": "=1+1", "student_id": "+1-2", "text_sha256": "{sha}", "spans": [{{"start": 0, "end": 17, "label": "attribution"}}]}}"#
        ),
    )
    .expect("write");
    // (format, column of the name, column of the id)
    for (format, name_col, id_col) in [("generic", 0, 1), ("canvas", 0, 2), ("moodle", 0, 2)] {
        let csv = dir.path().join(format!("{format}.csv"));
        let o = run(&[
            "report",
            "--lesson",
            &path("mini.txt"),
            "--key",
            &path("mini.key.json"),
            &answers.display().to_string(),
            "--csv",
            &csv.display().to_string(),
            "--format",
            format,
        ]);
        assert_eq!(o.status.code(), Some(0), "{format}: {}", stderr(&o));
        let mut r = csv::Reader::from_path(&csv).expect("CSV");
        let h = r.headers().expect("header").clone();
        let rows: Vec<csv::StringRecord> = r.records().map(|x| x.expect("row")).collect();
        assert_eq!(rows.len(), 1, "{format}");
        assert_eq!(rows[0].len(), h.len(), "{format}");
        assert_eq!(
            rows[0].get(name_col),
            Some("'=1+1"),
            "{format}: {:?}",
            rows[0]
        );
        assert_eq!(
            rows[0].get(id_col),
            Some("'+1-2"),
            "{format}: {:?}",
            rows[0]
        );
        assert!(
            rows[0].iter().all(|c| !c.starts_with(['=', '+', '-', '@'])),
            "{format}: no cell starts like a formula: {:?}",
            rows[0]
        );
    }
}

#[test]
fn pack_holds_lessons_and_refuses_keys() {
    let dir = tempfile::tempdir().expect("tempdir");
    let out = dir.path().join("9b.newsmark-pack");
    let lessons = Path::new(env!("CARGO_MANIFEST_DIR")).join("lessons");
    let l1 = lessons.join("002_bridge-repairs.md").display().to_string();
    let l2 = lessons.join("003_bike-lane.md").display().to_string();
    let k1 = lessons
        .join("002_bridge-repairs.key.json")
        .display()
        .to_string();
    let o = run(&["pack", &l1, &k1, "-o", &out.display().to_string()]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("keys never do"), "{}", stderr(&o));
    assert!(!out.exists());
    let o = run(&[
        "pack",
        &l1,
        &l2,
        "-o",
        &out.display().to_string(),
        "--class",
        "9B media",
        "--due",
        "Friday",
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let text = std::fs::read_to_string(&out).expect("pack written");
    let v: serde_json::Value = serde_json::from_str(&text).expect("JSON");
    assert_eq!(v["class"], "9B media");
    assert_eq!(v["lessons"].as_array().map(Vec::len), Some(2));
    // No key in it, in any form.
    assert!(
        !text.contains("\"items\"") && !text.contains("rationale"),
        "a key leaked"
    );
}

#[test]
fn convert_round_trips_keys_and_answers_through_brat_and_w3c() {
    let dir = tempfile::tempdir().expect("tempdir");
    let lesson = Path::new(env!("CARGO_MANIFEST_DIR")).join("lessons/003_bike-lane.md");
    let key = store_key(&lesson);
    let l = lesson.display().to_string();
    let p = |n: &str| dir.path().join(n).display().to_string();
    for (via, back) in [("k.ann", "k1.json"), ("k.jsonld", "k2.json")] {
        let o = run(&["convert", "--lesson", &l, &key, "-o", &p(via)]);
        assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
        let o = run(&[
            "convert",
            "--lesson",
            &l,
            &p(via),
            "-o",
            &p(back),
            "--as",
            "key",
        ]);
        assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
        let items = |f: &str| {
            let k = newsmark::store::read_key(Path::new(f)).expect("key");
            let mut v: Vec<_> = k
                .items
                .into_iter()
                .map(|i| (i.start, i.end, i.label, i.rationale, i.optional))
                .collect();
            v.sort_by_key(|x| (x.0, x.1, x.2));
            v
        };
        assert_eq!(items(&key), items(&p(back)), "via {via}");
    }
    // brat gets the canonical text beside the .ann.
    let txt = std::fs::read_to_string(dir.path().join("k.txt")).expect("text beside");
    assert!(txt.starts_with("Northfield's mayor"));
    // An answer with notes keeps them.
    let ans = dir.path().join("a.json");
    std::fs::write(
        &ans,
        r#"{"lesson": "003_bike-lane.md", "student": "Ana", "spans": [{"start": 0, "end": 11, "label": "opinion", "note": "framing?"}]}"#,
    )
    .expect("write");
    let o = run(&[
        "convert",
        "--lesson",
        &l,
        &ans.display().to_string(),
        "-o",
        &p("a.ann"),
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let o = run(&["convert", "--lesson", &l, &p("a.ann"), "-o", &p("a2.json")]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let a = newsmark::store::read_answer(Path::new(&p("a2.json"))).expect("answer");
    assert_eq!(a.spans[0].note.as_deref(), Some("framing?"));
    assert_eq!((a.spans[0].start, a.spans[0].end), (0, 11));
}

#[test]
fn convert_reports_what_brat_has_and_newsmark_does_not() {
    let dir = tempfile::tempdir().expect("tempdir");
    let ann = dir.path().join("x.ann");
    std::fs::write(&ann, "T1\tOpinion 4 12;13 17\tminister said\nT2\tPerson 0 3\tThe\nR1\tRel Arg1:T1 Arg2:T2\n#1\tAnnotatorNotes T1\tloaded?\n").expect("write");
    let out = dir.path().join("x.json");
    let o = run(&[
        "convert",
        "--lesson",
        &path("mini.txt"),
        &ann.display().to_string(),
        "-o",
        &out.display().to_string(),
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(
        stderr(&o).contains("Person") && stderr(&o).contains("relation"),
        "{}",
        stderr(&o)
    );
    let a = newsmark::store::read_answer(&out).expect("answer");
    assert_eq!(
        a.spans.len(),
        2,
        "a discontinuous span becomes one item per part"
    );
    assert!(a.spans.iter().all(|s| s.note.as_deref() == Some("loaded?")));
}

fn store_key(lesson: &Path) -> String {
    newsmark::store::key_path_for(lesson).display().to_string()
}

/// `args` write `file`, which already holds someone else's bytes: without `--force` it is
/// left alone (exit 2, the message names it); with `--force` it is replaced. Returns the
/// bytes written.
fn replaces_only_with_force(args: &[&str], file: &Path) -> Vec<u8> {
    let before = b"someone else's file\n".to_vec();
    std::fs::write(file, &before).expect("write");
    let o = run(args);
    assert_eq!(o.status.code(), Some(2), "{args:?}: {}", stderr(&o));
    assert!(
        stderr(&o).contains(&format!(
            "{} exists; pass --force to replace it",
            file.display()
        )),
        "{args:?}: {}",
        stderr(&o)
    );
    assert_eq!(
        std::fs::read(file).expect("read"),
        before,
        "{args:?}: left alone"
    );
    let mut forced = args.to_vec();
    forced.push("--force");
    let o = run(&forced);
    assert_eq!(o.status.code(), Some(0), "{forced:?}: {}", stderr(&o));
    let after = std::fs::read(file).expect("read");
    assert_ne!(after, before, "{forced:?}: replaced");
    after
}

#[test]
fn new_replaces_an_existing_lesson_only_with_force() {
    let dir = tempfile::tempdir().expect("tempdir");
    let out = dir.path().join("river-park.md");
    let o = out.display().to_string();
    let written =
        replaces_only_with_force(&["new", &path("articles/river-park.html"), "-o", &o], &out);
    assert!(written.starts_with(b"+++\n"), "a lesson");
}

#[test]
fn pack_replaces_an_existing_pack_only_with_force() {
    let dir = tempfile::tempdir().expect("tempdir");
    let out = dir.path().join("9b.newsmark-pack");
    let lesson = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("lessons/002_bridge-repairs.md")
        .display()
        .to_string();
    let o = out.display().to_string();
    let written = replaces_only_with_force(&["pack", &lesson, "-o", &o], &out);
    let v: serde_json::Value = serde_json::from_slice(&written).expect("a pack");
    assert_eq!(v["lessons"].as_array().map(Vec::len), Some(1));
}

#[test]
fn report_replaces_an_existing_gradebook_only_with_force() {
    let dir = tempfile::tempdir().expect("tempdir");
    let csv = dir.path().join("grades.csv");
    let c = csv.display().to_string();
    let written = replaces_only_with_force(
        &[
            "report",
            "--lesson",
            &path("mini.txt"),
            "--key",
            &path("mini.key.json"),
            &path("answers"),
            "--csv",
            &c,
        ],
        &csv,
    );
    assert!(written.starts_with(b"name,id,score"), "a gradebook");
}

#[test]
fn convert_replaces_an_existing_file_only_with_force() {
    let dir = tempfile::tempdir().expect("tempdir");
    let answer = dir.path().join("a.json");
    std::fs::write(
        &answer,
        r#"{"lesson": "mini.txt", "student": "Ana", "spans": [{"start": 4, "end": 17, "label": "attribution"}]}"#,
    )
    .expect("write");
    let a = answer.display().to_string();
    let out = dir.path().join("a.jsonld");
    let o = out.display().to_string();
    let written = replaces_only_with_force(
        &["convert", "--lesson", &path("mini.txt"), &a, "-o", &o],
        &out,
    );
    assert!(serde_json::from_slice::<serde_json::Value>(&written).is_ok());
    // brat's .txt beside the .ann is someone's file too, unless it holds the lesson's text.
    let ann = dir.path().join("b.ann");
    let txt = dir.path().join("b.txt");
    std::fs::write(&txt, "my notes").expect("write");
    let (lesson, ann_s) = (path("mini.txt"), ann.display().to_string());
    let args = [
        "convert",
        "--lesson",
        lesson.as_str(),
        a.as_str(),
        "-o",
        ann_s.as_str(),
    ];
    let r = run(&args);
    assert_eq!(r.status.code(), Some(2), "{}", stderr(&r));
    assert!(
        stderr(&r).contains(&format!(
            "{} exists; pass --force to replace it",
            txt.display()
        )),
        "{}",
        stderr(&r)
    );
    assert!(!ann.exists(), "nothing written");
    assert_eq!(std::fs::read_to_string(&txt).expect("read"), "my notes");
    std::fs::write(
        &txt,
        "The minister said the reform was a triumph; critics say it failed.",
    )
    .expect("write");
    let r = run(&args);
    assert_eq!(r.status.code(), Some(0), "{}", stderr(&r));
    assert!(ann.exists());
}

#[test]
fn agree_compares_two_keys_and_lists_every_disagreement() {
    let dir = tempfile::tempdir().expect("tempdir");
    let lesson = path("mini.txt");
    // Their key: the first item the same, the rest missing, one item of their own.
    let mine: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(fixture("mini.key.json")).expect("key"))
            .expect("JSON");
    let first = mine["items"][0].clone();
    let theirs =
        serde_json::json!({"items": [first, {"start": 22, "end": 28, "label": "opinion"}]});
    let theirs_path = dir.path().join("theirs.key.json");
    std::fs::write(&theirs_path, theirs.to_string()).expect("write");
    let o = run(&[
        "agree",
        "--lesson",
        &lesson,
        &path("mini.key.json"),
        &theirs_path.display().to_string(),
        "--json",
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let j: serde_json::Value = serde_json::from_str(&stdout(&o)).expect("JSON");
    let kinds: Vec<&str> = j["disagreements"]
        .as_array()
        .expect("disagreements")
        .iter()
        .filter_map(|d| d["kind"].as_str())
        .collect();
    assert!(kinds.contains(&"only_theirs"), "{kinds:?}");
    assert!(kinds.contains(&"only_mine"), "{kinds:?}");
    assert!(j["f1"].as_f64().is_some_and(|f| f > 0.0 && f < 1.0));
    // A key agrees with itself fully.
    let o = run(&[
        "agree",
        "--lesson",
        &lesson,
        &path("mini.key.json"),
        &path("mini.key.json"),
    ]);
    assert!(stdout(&o).contains("0 disagreement(s)"), "{}", stdout(&o));
    assert!(stdout(&o).contains("F1 1.00"), "{}", stdout(&o));
}
