//! Safe file names from whatever a person typed, timestamps for files, and where a
//! hand-in goes when the name chosen holds someone else's file.

use crate::model::annotation::Answer;
use std::path::{Path, PathBuf};

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

/// A file name stem from a lesson's title: its first eight words, lower case, joined by
/// `-` ("bike-lane-plan-sparks-fury"); "lesson" when it has none; never a reserved device
/// name (it goes through [`safe_part`]).
pub fn slug(title: &str) -> String {
    let lower: String = title
        .chars()
        .map(|c| {
            if c.is_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '-'
            }
        })
        .collect();
    let words: Vec<&str> = lower.split('-').filter(|w| !w.is_empty()).take(8).collect();
    if words.is_empty() {
        return "lesson".into();
    }
    safe_part(&words.join("-"), 120)
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

/// `path` itself when `exists` says it is free, else the first free `STEM-2.EXT`,
/// `STEM-3.EXT`, … beside it (`001_peace-talks.Ana_Ruiz-2.json`). Pure over `exists`.
pub fn free_name(path: &Path, exists: impl Fn(&Path) -> bool) -> PathBuf {
    if !exists(path) {
        return path.to_path_buf();
    }
    let stem = path
        .file_stem()
        .map_or_else(|| "file".to_string(), |s| s.to_string_lossy().into_owned());
    let ext = path.extension().map(|e| e.to_string_lossy().into_owned());
    let numbered = |n: String| {
        path.with_file_name(match &ext {
            Some(ext) => format!("{stem}-{n}.{ext}"),
            None => format!("{stem}-{n}"),
        })
    };
    for n in 2..10_000u32 {
        let p = numbered(n.to_string());
        if !exists(&p) {
            return p;
        }
    }
    // Ten thousand taken names: the time in nanoseconds is as good as free.
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos());
    numbered(nanos.to_string())
}

/// What a file a hand-in was about to replace holds, when it is not the same student's
/// earlier answer to the same lesson (the only file a hand-in may replace).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Taken {
    /// Another student's answer.
    OtherStudent,
    /// An answer without a student's name.
    Nameless,
    /// An answer to another lesson (or to no named lesson).
    OtherLesson,
    /// Something that is not a readable newsmark answer.
    NotAnAnswer,
}

impl Taken {
    /// What the file holds, in words that fit "NAME was taken by …".
    pub fn words(self) -> String {
        match self {
            Taken::OtherStudent => crate::t!("store-taken-other-student"),
            Taken::Nameless => crate::t!("store-taken-nameless"),
            Taken::OtherLesson => crate::t!("store-taken-other-lesson"),
            Taken::NotAnAnswer => crate::t!("store-taken-not-an-answer"),
        }
    }
}

/// A hand-in saved under another name than the one chosen, and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Renamed {
    /// The file chosen, left as it was.
    pub chosen: PathBuf,
    /// What it holds.
    pub taken: Taken,
}

fn same_person(a: &str, b: &str) -> bool {
    a.trim().to_lowercase() == b.trim().to_lowercase()
}

/// A field's text without surrounding spaces; `None` when missing or blank.
fn filled(field: &Option<String>) -> Option<&str> {
    field.as_deref().map(str::trim).filter(|s| !s.is_empty())
}

/// Why `new` may not replace `existing`, or `None` when it may (after asking): only the
/// same student's earlier answer to the same lesson may be replaced. Same student: the
/// names are equal ignoring case and surrounding spaces, and the student ids are equal
/// when both answers have one.
pub fn replace_refused(existing: &Answer, new: &Answer) -> Option<Taken> {
    match (filled(&existing.lesson), filled(&new.lesson)) {
        (Some(a), Some(b)) if a == b => {}
        _ => return Some(Taken::OtherLesson),
    }
    let Some(old) = filled(&existing.student) else {
        return Some(Taken::Nameless);
    };
    let Some(mine) = filled(&new.student) else {
        return Some(Taken::OtherStudent);
    };
    if !same_person(old, mine) {
        return Some(Taken::OtherStudent);
    }
    match (filled(&existing.student_id), filled(&new.student_id)) {
        (Some(a), Some(b)) if a != b => Some(Taken::OtherStudent),
        _ => None,
    }
}

/// True when `new` may replace `existing` (after asking): the same student's earlier
/// answer to the same lesson (see [`replace_refused`]).
pub fn may_replace(existing: &Answer, new: &Answer) -> bool {
    replace_refused(existing, new).is_none()
}

/// Where a hand-in chosen as `chosen` is written: `chosen` when nothing is there or it
/// holds the same student's earlier answer to the same lesson; else the first free name
/// beside it, with why. `exists` tells whether a name is taken; `read` reads the answer
/// a file holds (`None`: not a readable answer). Pure over both.
pub fn hand_in_path(
    chosen: &Path,
    new: &Answer,
    exists: impl Fn(&Path) -> bool,
    read: impl Fn(&Path) -> Option<Answer>,
) -> (PathBuf, Option<Renamed>) {
    if !exists(chosen) {
        return (chosen.to_path_buf(), None);
    }
    let taken = match read(chosen) {
        Some(old) => replace_refused(&old, new),
        None => Some(Taken::NotAnAnswer),
    };
    match taken {
        None => (chosen.to_path_buf(), None),
        Some(taken) => (
            free_name(chosen, exists),
            Some(Renamed {
                chosen: chosen.to_path_buf(),
                taken,
            }),
        ),
    }
}

/// True when something (a file, a folder, even a dangling link) has this name.
pub fn taken(path: &Path) -> bool {
    std::fs::symlink_metadata(path).is_ok()
}

/// [`hand_in_path`] on the file system: the writer's decision before a hand-in is written.
/// A folder of that name is left alone (the write then says it cannot be replaced); a key
/// file is not an answer.
pub fn hand_in_target(chosen: &Path, new: &Answer) -> (PathBuf, Option<Renamed>) {
    if chosen.is_dir() {
        return (chosen.to_path_buf(), None);
    }
    hand_in_path(chosen, new, taken, |p| {
        if crate::store::is_key_file(p) {
            None
        } else {
            crate::store::read_answer(p).ok()
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_slug_is_words_of_the_title_and_never_a_device_name() {
        assert_eq!(
            slug("Bike lane plan sparks fury!"),
            "bike-lane-plan-sparks-fury"
        );
        assert_eq!(slug("  ...  "), "lesson");
        assert_eq!(slug("CON"), "con_");
        assert_eq!(slug("Café: ça va?"), "café-ça-va");
    }

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
    fn free_names_count_up_beside_the_taken_one() {
        let taken: Vec<PathBuf> = ["d/a.Ana.json", "d/a.Ana-2.json", "d/notes"]
            .into_iter()
            .map(PathBuf::from)
            .collect();
        let exists = |p: &Path| taken.iter().any(|t| t == p);
        assert_eq!(
            free_name(Path::new("d/free.json"), exists),
            PathBuf::from("d/free.json")
        );
        assert_eq!(
            free_name(Path::new("d/a.Ana.json"), exists),
            PathBuf::from("d/a.Ana-3.json")
        );
        assert_eq!(
            free_name(Path::new("d/notes"), exists),
            PathBuf::from("d/notes-2")
        );
        // Never loops for ever, and never hands back a taken name it was told about.
        let last = free_name(Path::new("d/x.json"), |_: &Path| true);
        assert_eq!(last.parent(), Some(Path::new("d")));
        let name = last
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        assert!(name.starts_with("x-") && name.ends_with(".json"), "{name}");
        assert_ne!(name, "x-9999.json");
    }

    fn answer(lesson: Option<&str>, student: Option<&str>, id: Option<&str>) -> Answer {
        Answer {
            lesson: lesson.map(String::from),
            student: student.map(String::from),
            student_id: id.map(String::from),
            ..Answer::default()
        }
    }

    #[test]
    fn only_the_same_students_answer_to_the_same_lesson_may_be_replaced() {
        let l = Some("001_peace-talks.md");
        let ana = answer(l, Some("Ana Ruiz"), None);
        assert!(may_replace(&ana, &answer(l, Some("  ana ruiz "), None)));
        assert!(may_replace(&ana, &answer(l, Some("Ana Ruiz"), Some("s-1"))));
        let ana_1 = answer(l, Some("Ana Ruiz"), Some("s-1"));
        assert!(may_replace(
            &ana_1,
            &answer(l, Some("ANA RUIZ"), Some(" s-1 "))
        ));
        for (existing, new, why) in [
            (
                &ana,
                answer(l, Some("Chloe Ruiz"), None),
                Taken::OtherStudent,
            ),
            (
                &ana_1,
                answer(l, Some("Ana Ruiz"), Some("s-2")),
                Taken::OtherStudent,
            ),
            (
                &ana,
                answer(Some("003_bike-lane.md"), Some("Ana Ruiz"), None),
                Taken::OtherLesson,
            ),
            (
                &answer(None, Some("Ana Ruiz"), None),
                answer(l, Some("Ana Ruiz"), None),
                Taken::OtherLesson,
            ),
            (
                &answer(l, None, None),
                answer(l, Some("Ana Ruiz"), None),
                Taken::Nameless,
            ),
            (
                &answer(l, Some("  "), None),
                answer(l, Some("Ana Ruiz"), None),
                Taken::Nameless,
            ),
        ] {
            assert_eq!(
                replace_refused(existing, &new),
                Some(why),
                "{existing:?} {new:?}"
            );
            assert!(!may_replace(existing, &new));
        }
    }

    #[test]
    fn a_hand_in_goes_beside_another_students_file_and_over_its_own() {
        let l = Some("001_peace-talks.md");
        let chosen = Path::new("out/001_peace-talks.Ana_Ruiz.json");
        let on_disk =
            |who: &'static str| move |p: &Path| (p == chosen).then(|| answer(l, Some(who), None));
        let exists = |p: &Path| p == chosen;
        let chloe = answer(l, Some("Chloe Ruiz"), None);
        let (path, renamed) = hand_in_path(chosen, &chloe, exists, on_disk("Ana Ruiz"));
        assert_eq!(path, PathBuf::from("out/001_peace-talks.Ana_Ruiz-2.json"));
        assert_eq!(
            renamed,
            Some(Renamed {
                chosen: chosen.to_path_buf(),
                taken: Taken::OtherStudent
            })
        );
        let ana = answer(l, Some("ana ruiz"), None);
        assert_eq!(
            hand_in_path(chosen, &ana, exists, on_disk("Ana Ruiz")),
            (chosen.to_path_buf(), None)
        );
        // Not an answer at all: beside it.
        let (path, renamed) = hand_in_path(chosen, &ana, exists, |_: &Path| None);
        assert_eq!(path, PathBuf::from("out/001_peace-talks.Ana_Ruiz-2.json"));
        assert_eq!(renamed.map(|r| r.taken), Some(Taken::NotAnAnswer));
        // Nothing there: the name chosen, nothing read.
        let unread = |_: &Path| -> Option<Answer> { panic!("nothing to read") };
        assert_eq!(
            hand_in_path(chosen, &chloe, |_: &Path| false, unread),
            (chosen.to_path_buf(), None)
        );
    }

    #[test]
    fn timestamps_are_rfc3339() {
        let t = now_rfc3339();
        assert!(humantime::parse_rfc3339(&t).is_ok(), "{t}");
        assert!(t.ends_with('Z'));
    }
}
