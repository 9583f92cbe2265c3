//! Hand-ins as a learning management system delivers them: who handed a file in, read from
//! the name the LMS gave it (Canvas "Download Submissions", Moodle "Download all
//! submissions"), and the names people type compared with the names the LMS knows.
//!
//! - [`roster`]: the class list (Canvas gradebook export, Moodle grading worksheet or a
//!   generic `name,id` CSV);
//! - [`matching`]: hand-ins matched to roster rows, with who is missing, who matches no
//!   row, names that disagree and students with two hand-ins;
//! - [`gradebook`]: the gradebook written in the roster's own layout, or the usual one on a
//!   points scale.
//!
//! Entry names here are only ever text: nothing in this module (or its callers) uses one as
//! a path.

pub mod gradebook;
pub mod matching;
pub mod roster;

use serde::Serialize;

/// Who handed a file in, as the LMS says in the file's name.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
#[serde(tag = "lms", rename_all = "snake_case")]
pub enum LmsIdentity {
    /// A Canvas "Download Submissions" file: `<name>_[LATE_]<user id>_<submission id>_<file>`.
    Canvas {
        /// The Canvas user id (the `ID` column of the gradebook export).
        user_id: u64,
        /// Canvas's lower-case sortable name without spaces or punctuation: `smithjane`.
        name_slug: String,
        /// Handed in after the due date (`_LATE_`).
        late: bool,
        /// The `-1`, `-2` Canvas puts before the extension of a file handed in again.
        resubmission: Option<u32>,
    },
    /// A Moodle "Download all submissions" file: `<Full Name>_<participant id>_assignsubmission_file_/…`.
    Moodle {
        /// The participant id (the number in the worksheet's `Identifier`).
        participant_id: u64,
        /// The student's full name as Moodle has it.
        full_name: String,
    },
    /// No LMS name: a plain folder, or a zip of one.
    #[default]
    None,
}

impl LmsIdentity {
    /// The LMS's name for people: "Canvas" or "Moodle".
    pub fn lms(&self) -> Option<&'static str> {
        match self {
            LmsIdentity::Canvas { .. } => Some("Canvas"),
            LmsIdentity::Moodle { .. } => Some("Moodle"),
            LmsIdentity::None => None,
        }
    }

    /// A stable key for the student, the same in every download: `canvas:4411`,
    /// `moodle:123456`.
    pub fn key(&self) -> Option<String> {
        match self {
            LmsIdentity::Canvas { user_id, .. } => Some(format!("canvas:{user_id}")),
            LmsIdentity::Moodle { participant_id, .. } => Some(format!("moodle:{participant_id}")),
            LmsIdentity::None => None,
        }
    }

    /// Handed in late, as far as the file name says.
    pub fn late(&self) -> bool {
        matches!(self, LmsIdentity::Canvas { late: true, .. })
    }

    /// The resubmission number (0 for the first hand-in).
    pub fn resubmission(&self) -> u32 {
        match self {
            LmsIdentity::Canvas { resubmission, .. } => resubmission.unwrap_or(0),
            _ => 0,
        }
    }

    /// The name the LMS has: Moodle's full name, Canvas's name slug.
    pub fn name(&self) -> Option<&str> {
        match self {
            LmsIdentity::Canvas { name_slug, .. } => Some(name_slug),
            LmsIdentity::Moodle { full_name, .. } => Some(full_name),
            LmsIdentity::None => None,
        }
    }

    /// For people: "Canvas user 4411", "Moodle participant 123456".
    pub fn describe(&self) -> Option<String> {
        match self {
            LmsIdentity::Canvas { user_id, .. } => Some(format!("Canvas user {user_id}")),
            LmsIdentity::Moodle { participant_id, .. } => {
                Some(format!("Moodle participant {participant_id}"))
            }
            LmsIdentity::None => None,
        }
    }
}

/// A Canvas "Download Submissions" file name, taken apart.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CanvasEntry {
    /// `smithjane`.
    pub name_slug: String,
    /// `_LATE_` after the name.
    pub late: bool,
    /// The Canvas user id.
    pub user_id: u64,
    /// The submission (attachment) id; text entries have none.
    pub submission_id: Option<u64>,
    /// The student's own file name, as in the download (`answer-1.json` keeps its `-1`).
    pub original: String,
    /// The `-N` before the extension of a file handed in again.
    pub resubmission: Option<u32>,
}

/// A Moodle "Download all submissions" path, taken apart.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MoodleEntry {
    /// The student's full name.
    pub full_name: String,
    /// The participant id.
    pub participant_id: u64,
    /// The submission plugin: `file`, `onlinetext`.
    pub plugin: String,
    /// The student's file (inside the student's folder, or after the prefix in the older
    /// flat layout).
    pub file: String,
}

fn digits(s: &str) -> Option<u64> {
    if s.is_empty() || s.len() > 19 || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    s.parse().ok()
}

/// The last part of an entry name, `/` and `\` both separating.
pub fn last_component(name: &str) -> &str {
    name.rsplit(['/', '\\']).next().unwrap_or(name)
}

/// The `-N` (1 to 3 digits) just before the extension of a file name.
pub fn resubmission_number(file: &str) -> Option<u32> {
    let stem = file.rsplit_once('.').map_or(file, |(s, _)| s);
    let (_, n) = stem.rsplit_once('-')?;
    if n.is_empty() || n.len() > 3 {
        return None;
    }
    digits(n).and_then(|n| u32::try_from(n).ok())
}

/// Parse a Canvas "Download Submissions" file name: `<name>_<user id>_<submission id>_<file>`,
/// with `_LATE_` after the name for late work. Only the last part of `name` is looked at.
pub fn canvas_entry(name: &str) -> Option<CanvasEntry> {
    let file = last_component(name);
    let (slug, rest) = file.split_once('_')?;
    if slug.is_empty()
        || !slug.chars().all(char::is_alphanumeric)
        || slug.chars().all(|c| c.is_ascii_digit())
    {
        return None;
    }
    let (late, rest) = match rest.strip_prefix("LATE_") {
        Some(r) => (true, r),
        None => (false, rest),
    };
    let (uid, rest) = rest.split_once('_')?;
    let user_id = digits(uid)?;
    let (submission_id, original) = match rest.split_once('_') {
        Some((sub, orig)) if !orig.is_empty() && digits(sub).is_some() => (digits(sub), orig),
        _ => (None, rest),
    };
    if original.is_empty() {
        return None;
    }
    Some(CanvasEntry {
        name_slug: slug.to_string(),
        late,
        user_id,
        submission_id,
        original: original.to_string(),
        resubmission: resubmission_number(original),
    })
}

const MOODLE_MARK: &str = "_assignsubmission_";

/// Parse a Moodle "Download all submissions" path: `<Full Name>_<participant id>_assignsubmission_file_/<file>`
/// (a folder per student; `…_file/` too) or the older flat `<Full Name>_<participant id>_assignsubmission_file_<file>`.
/// A folder above it (a download unpacked and zipped again) is allowed.
pub fn moodle_entry(path: &str) -> Option<MoodleEntry> {
    let path = path.replace('\\', "/");
    let at = path.find(MOODLE_MARK)?;
    let before = path.get(..at)?;
    let after = path.get(at + MOODLE_MARK.len()..)?;
    let prefix = before.rsplit('/').next().unwrap_or(before);
    let (full_name, id) = prefix.rsplit_once('_')?;
    let participant_id = digits(id)?;
    let full_name = full_name.trim();
    if full_name.is_empty() {
        return None;
    }
    let (plugin, rest) = after.split_at(after.find(['_', '/'])?);
    if plugin.is_empty() || !plugin.chars().all(|c| c.is_ascii_alphanumeric()) {
        return None;
    }
    let file = rest
        .strip_prefix("_/")
        .or_else(|| rest.strip_prefix('/'))
        .or_else(|| rest.strip_prefix('_'))?;
    if file.is_empty() || file.ends_with('/') {
        return None;
    }
    Some(MoodleEntry {
        full_name: full_name.to_string(),
        participant_id,
        plugin: plugin.to_string(),
        file: file.to_string(),
    })
}

/// Who handed in the entry `name`, as far as its LMS name says: Moodle's layout, else
/// Canvas's (on the last part), else nobody.
pub fn identify(name: &str) -> LmsIdentity {
    if let Some(m) = moodle_entry(name) {
        return LmsIdentity::Moodle {
            participant_id: m.participant_id,
            full_name: m.full_name,
        };
    }
    if let Some(c) = canvas_entry(name) {
        return LmsIdentity::Canvas {
            user_id: c.user_id,
            name_slug: c.name_slug,
            late: c.late,
            resubmission: c.resubmission,
        };
    }
    LmsIdentity::None
}

/// Why an entry name must not be read: it is absolute (`/etc/x`, `C:\x`, `\\server\x`),
/// climbs out (`../x`) or holds a NUL. `None` for an ordinary name. The name is never used
/// as a path either way; an entry with such a name is simply not what an LMS makes.
pub fn unsafe_entry_name(name: &str) -> Option<&'static str> {
    if name.contains('\0') {
        return Some("its name holds a NUL character");
    }
    let unified = name.replace('\\', "/");
    let bytes = unified.as_bytes();
    let drive = bytes.len() >= 2 && bytes[0].is_ascii_alphabetic() && bytes[1] == b':';
    if unified.starts_with('/') || drive {
        return Some("its name is an absolute path");
    }
    if unified.split('/').any(|c| c == "..") {
        return Some("its name climbs out of the zip (`..`)");
    }
    None
}

/// Files operating systems add to folders and zips (`__MACOSX/`, `.DS_Store`, `Thumbs.db`,
/// `desktop.ini`, `._name`): skipped without a word.
pub fn is_system_junk(name: &str) -> bool {
    let unified = name.replace('\\', "/");
    if unified.split('/').any(|c| c == "__MACOSX") {
        return true;
    }
    let last = last_component(name);
    last.starts_with("._")
        || [".DS_Store", "Thumbs.db", "desktop.ini"]
            .iter()
            .any(|j| last.eq_ignore_ascii_case(j))
}

/// The extension of an entry's last part, lower case, for messages (`docx`), if any.
pub fn extension(name: &str) -> Option<String> {
    let last = last_component(name);
    let (stem, ext) = last.rsplit_once('.')?;
    (!stem.is_empty() && !ext.is_empty()).then(|| ext.to_ascii_lowercase())
}

/// An answer key (`*.key.json`).
pub fn is_key_name(name: &str) -> bool {
    last_component(name)
        .to_ascii_lowercase()
        .ends_with(".key.json")
}

/// A file newsmark reads as an answer: `*.json` that is not a key.
pub fn is_answer_name(name: &str) -> bool {
    extension(name).as_deref() == Some("json") && !is_key_name(name)
}

/// A name as it reads: `Ruiz, Chloe` (the sortable form Canvas exports) becomes `Chloe
/// Ruiz`; spaces are collapsed.
pub fn display_name(name: &str) -> String {
    let collapsed = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
    match name.split_once(',') {
        Some((last, first)) if !last.trim().is_empty() && !first.trim().is_empty() => {
            format!("{} {}", collapsed(first), collapsed(last))
        }
        _ => collapsed(name),
    }
}

/// A name for comparing: [`display_name`], lower case.
pub fn normalized_name(name: &str) -> String {
    display_name(name).to_lowercase()
}

/// The letters and digits of a name, lower case, sorted: the same for `Ruiz, Chloe`,
/// `Chloe Ruiz` and Canvas's `ruizchloe`.
fn letters(name: &str) -> String {
    let mut v: Vec<char> = name
        .chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect();
    v.sort_unstable();
    v.into_iter().collect()
}

/// Canvas's name slug for a roster name: `Smith, Jane` → `smithjane`.
pub fn canvas_slug(name: &str) -> String {
    name.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// Whether two names are the same person's name as written: equal once normalised, or the
/// same letters in another order (`Ruiz, Chloe` and `Chloe Ruiz`, `smithjane` and `Jane
/// Smith`). `Chloe R` and `Chloe Ruiz` do not agree.
pub fn names_agree(a: &str, b: &str) -> bool {
    let (na, nb) = (normalized_name(a), normalized_name(b));
    if na.is_empty() || nb.is_empty() {
        return false;
    }
    if na == nb {
        return true;
    }
    let (la, lb) = (letters(a), letters(b));
    !la.is_empty() && la == lb
}

/// Points for a gradebook cell: at most two decimals, without needless ones (`8.5`, `10`,
/// `6.67`); empty for a value that is not a number.
pub fn format_points(x: f64) -> String {
    if !x.is_finite() {
        return String::new();
    }
    let r = (x * 100.0).round() / 100.0;
    let s = format!("{r:.2}");
    let s = s.trim_end_matches('0').trim_end_matches('.');
    if s == "-0" || s.is_empty() {
        "0".to_string()
    } else {
        s.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn canvas_names_with_late_work_and_resubmissions() {
        let e = canvas_entry("smithjane_LATE_4411_90210_answer.json").expect("canvas");
        assert_eq!(e.name_slug, "smithjane");
        assert!(e.late);
        assert_eq!(e.user_id, 4411);
        assert_eq!(e.submission_id, Some(90210));
        assert_eq!(e.original, "answer.json");
        assert_eq!(e.resubmission, None);

        let e = canvas_entry("ruizchloe_4412_90300_001_peace-talks.Chloe-2.json").expect("canvas");
        assert!(!e.late);
        assert_eq!(e.original, "001_peace-talks.Chloe-2.json");
        assert_eq!(e.resubmission, Some(2));

        let e = canvas_entry("leebo_17_text.html").expect("a text entry");
        assert_eq!(e.submission_id, None);
        assert_eq!(e.original, "text.html");

        // Inside a folder (a download unpacked and zipped again): the last part counts.
        assert_eq!(
            canvas_entry("class/sub\\smithjane_4411_90210_answer.json").map(|e| e.user_id),
            Some(4411)
        );
    }

    #[test]
    fn names_that_are_not_canvas_names() {
        for n in [
            "answer.json",
            "ana_lima.json",
            "4411_90210_answer.json",
            "smithjane_LATE_x_1_a.json",
            "smithjane_4411_",
            "smith jane_4411_90210_a.json",
            "../../x",
            "/etc/x",
        ] {
            assert_eq!(canvas_entry(n), None, "{n}");
        }
    }

    #[test]
    fn moodle_paths_in_both_layouts() {
        let m =
            moodle_entry("Jane Smith_123456_assignsubmission_file_/answer.json").expect("folder");
        assert_eq!(m.full_name, "Jane Smith");
        assert_eq!(m.participant_id, 123456);
        assert_eq!(m.plugin, "file");
        assert_eq!(m.file, "answer.json");

        let m =
            moodle_entry("Jane Smith_123456_assignsubmission_file/answer.json").expect("folder");
        assert_eq!(m.file, "answer.json");

        let m = moodle_entry("Ana_Lima_777_assignsubmission_file_answer_v2.json").expect("flat");
        assert_eq!(m.full_name, "Ana_Lima");
        assert_eq!(m.participant_id, 777);
        assert_eq!(m.file, "answer_v2.json");

        let m = moodle_entry("dl\\Bo Lee_9_assignsubmission_onlinetext_\\onlinetext.html")
            .expect("online text");
        assert_eq!(
            (m.plugin.as_str(), m.file.as_str()),
            ("onlinetext", "onlinetext.html")
        );

        assert_eq!(
            moodle_entry("Jane Smith_123456_assignsubmission_file_/"),
            None
        );
        assert_eq!(
            moodle_entry("Jane Smith_x_assignsubmission_file_/a.json"),
            None
        );
        assert_eq!(moodle_entry("smithjane_4411_90210_answer.json"), None);
    }

    #[test]
    fn identity_prefers_moodle_then_canvas() {
        assert!(matches!(
            identify("Jane Smith_1_assignsubmission_file_/a.json"),
            LmsIdentity::Moodle {
                participant_id: 1,
                ..
            }
        ));
        let id = identify("smithjane_LATE_4411_90210_answer-1.json");
        assert!(id.late());
        assert_eq!(id.resubmission(), 1);
        assert_eq!(id.key().as_deref(), Some("canvas:4411"));
        assert_eq!(identify("ana.json"), LmsIdentity::None);
    }

    #[test]
    fn hostile_names_are_flagged_and_junk_is_recognised() {
        assert!(unsafe_entry_name("../../x").is_some());
        assert!(unsafe_entry_name("a/../../x").is_some());
        assert!(unsafe_entry_name("/etc/x").is_some());
        assert!(unsafe_entry_name("C:\\x").is_some());
        assert!(unsafe_entry_name("\\\\server\\x").is_some());
        assert!(unsafe_entry_name("a\0b").is_some());
        assert_eq!(unsafe_entry_name("a/b..c/d.json"), None);
        assert!(is_system_junk("__MACOSX/._a.json"));
        assert!(is_system_junk("x/.DS_Store"));
        assert!(!is_system_junk("a.json"));
        assert!(is_answer_name("A.JSON"));
        assert!(!is_answer_name("l.key.json"));
        assert!(!is_answer_name("essay.docx"));
        assert_eq!(extension("x/essay.DOCX").as_deref(), Some("docx"));
        assert_eq!(extension(".json"), None);
    }

    #[test]
    fn names_agree_across_orders_but_not_initials() {
        assert!(names_agree("Ruiz, Chloe", "Chloe  Ruiz"));
        assert!(names_agree("smithjane", "Jane Smith"));
        assert!(!names_agree("Chloe R", "Ruiz, Chloe"));
        assert!(!names_agree("", ""));
        assert_eq!(display_name("Ruiz,  Chloe  Ann"), "Chloe Ann Ruiz");
        assert_eq!(display_name(" Bo  Lee "), "Bo Lee");
        assert_eq!(canvas_slug("Smith, Jane-Ann"), "smithjaneann");
    }

    #[test]
    fn points_have_no_needless_decimals() {
        assert_eq!(format_points(8.5), "8.5");
        assert_eq!(format_points(10.0), "10");
        assert_eq!(format_points(20.0 / 3.0), "6.67");
        assert_eq!(format_points(0.0), "0");
        assert_eq!(format_points(-0.0001), "0");
        assert_eq!(format_points(f64::NAN), "");
        assert_eq!(format_points(100.0), "100");
    }
}
