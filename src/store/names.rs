//! Safe file names from whatever a person typed, and timestamps for files.

/// Names Windows reserves for devices, whatever the extension.
const RESERVED: &[&str] = &[
    "con", "prn", "aux", "nul", "com1", "com2", "com3", "com4", "com5", "com6", "com7", "com8",
    "com9", "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9",
];

/// One part of a file name from free text: letters (any script), digits, `-` and `_` kept,
/// everything else (separators, dots, control characters) made `_`, runs of `_` joined,
/// at most `max` chars, never empty, never a reserved device name.
pub fn safe_part(typed: &str, max: usize) -> String {
    let mut out = String::new();
    for c in typed.trim().chars() {
        let keep = c.is_alphanumeric() || c == '-';
        let c = if keep { c } else { '_' };
        if c == '_' && out.ends_with('_') {
            continue;
        }
        out.push(c);
    }
    let mut out: String = out.trim_matches('_').chars().take(max).collect();
    while out.ends_with('_') {
        out.pop();
    }
    if out.is_empty() {
        out = "student".into();
    }
    if RESERVED.contains(&out.to_lowercase().as_str()) {
        out.push('_');
    }
    out
}

/// The hand-in file name for a student and a lesson: `LESSON.NAME.json`.
pub fn answer_file_name(student: &str, lesson_file: &str) -> String {
    let stem = lesson_file.rsplit_once('.').map_or(lesson_file, |(s, _)| s);
    format!("{}.{}.json", safe_part(stem, 60), safe_part(student, 60))
}

/// The time now as RFC 3339 in UTC, to the second.
pub fn now_rfc3339() -> String {
    humantime::format_rfc3339_seconds(std::time::SystemTime::now()).to_string()
}

/// This program, for the `program` field of files it writes.
pub fn program() -> String {
    format!("newsmark {}", env!("CARGO_PKG_VERSION"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hostile_names_make_safe_file_names() {
        for (typed, want) in [
            ("Ana Lima", "Ana_Lima"),
            ("../../etc/passwd", "etc_passwd"),
            ("a/b\\c:d*e?f\"g<h>i|j", "a_b_c_d_e_f_g_h_i_j"),
            ("CON", "CON_"),
            ("nul", "nul_"),
            ("   ", "student"),
            ("", "student"),
            ("..", "student"),
            ("Zoë Ñúñez", "Zoë_Ñúñez"),
            ("名前", "名前"),
            ("tab\there\nnewline", "tab_here_newline"),
        ] {
            assert_eq!(safe_part(typed, 60), want, "{typed:?}");
        }
        let long = "x".repeat(500);
        assert_eq!(safe_part(&long, 60).chars().count(), 60);
        let f = answer_file_name("../Ana/..", "001_peace-talks.md");
        assert_eq!(f, "001_peace-talks.Ana.json");
        assert!(!f.contains('/') && !f.contains('\\'));
    }

    #[test]
    fn timestamps_are_rfc3339() {
        let t = now_rfc3339();
        assert!(humantime::parse_rfc3339(&t).is_ok(), "{t}");
        assert!(t.ends_with('Z'));
    }
}
