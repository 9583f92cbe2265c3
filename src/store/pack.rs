//! Student packs: the lessons of a class exercise in one file (`.newsmark-pack`, JSON) to
//! email or upload, with an optional class name and due date. A pack never holds a key.

use crate::model::annotation::FORMAT_VERSION;
use crate::store::{self, FileError, Problem};
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};

/// The extension of pack files.
pub const EXTENSION: &str = "newsmark-pack";

/// Packs larger than this are refused.
pub const MAX_PACK_BYTES: u64 = 32 * 1024 * 1024;

/// One lesson in a pack: its file name and its text, as the teacher wrote it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PackLesson {
    /// File name, e.g. `003_bike-lane.md`.
    pub name: String,
    /// The lesson file's text.
    pub text: String,
}

/// A student pack.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Pack {
    /// Format version.
    pub version: u32,
    /// What the pack is: always "newsmark student pack".
    pub kind: String,
    /// The class, e.g. "9B media studies".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub class: Option<String>,
    /// When answers are due, as the teacher wrote it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub due: Option<String>,
    /// For computers many students share (`newsmark pack --shared-computers`): the
    /// pack's lessons are done in shared-computer mode (no names remembered, a hand-in
    /// clears the work for the next student, no progress kept).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub shared_computers: bool,
    /// The lessons.
    pub lessons: Vec<PackLesson>,
}

const KIND: &str = "newsmark student pack";

/// True for a pack file name.
pub fn is_pack(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| e.eq_ignore_ascii_case(EXTENSION))
}

/// A pack of lessons given as (file name, text); each must read as a lesson.
pub fn pack_of(
    lessons: Vec<PackLesson>,
    class: Option<String>,
    due: Option<String>,
) -> Result<Pack, Problem> {
    let p = Pack {
        version: FORMAT_VERSION,
        kind: KIND.into(),
        class: class.filter(|c| !c.trim().is_empty()),
        due: due.filter(|d| !d.trim().is_empty()),
        shared_computers: false,
        lessons,
    };
    // The same checks as for a pack that is opened.
    let bytes = store::to_json(&p)?;
    parse_pack(bytes.as_bytes())?;
    Ok(p)
}

/// A pack of lesson files. Keys are refused, not left out quietly: a pack never holds one.
pub fn make_pack(
    lessons: &[PathBuf],
    class: Option<String>,
    due: Option<String>,
) -> Result<Pack, FileError> {
    let mut out = Vec::new();
    for p in lessons {
        if store::is_key_file(p) || store::lesson_format(p).is_none() {
            return Err(FileError::new(p, Problem::NotALesson));
        }
        // Read as a lesson, so only lessons that open go into a pack.
        store::read_lesson(p)?;
        let text = std::fs::read_to_string(p).map_err(|e| FileError::io(p, "cannot read", e))?;
        let name = p
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or("lesson.md")
            .to_string();
        if out.iter().any(|l: &PackLesson| l.name == name) {
            return Err(FileError::new(
                p,
                Problem::Json {
                    line: 0,
                    column: 0,
                    message: format!("two lessons are named {name:?}; rename one"),
                },
            ));
        }
        out.push(PackLesson { name, text });
    }
    Ok(Pack {
        version: FORMAT_VERSION,
        kind: KIND.into(),
        class: class.filter(|c| !c.trim().is_empty()),
        due: due.filter(|d| !d.trim().is_empty()),
        shared_computers: false,
        lessons: out,
    })
}

/// Parse a pack: the version is checked first, every lesson must read as a lesson, and a
/// lesson name cannot lead outside the folder it is installed in.
pub fn parse_pack(bytes: &[u8]) -> Result<Pack, Problem> {
    let pack: Pack = store::parse_versioned(bytes, |p: &Pack| p.version)?;
    if pack.kind != KIND {
        return Err(Problem::Json {
            line: 1,
            column: 1,
            message: format!("not a newsmark student pack (kind {:?})", pack.kind),
        });
    }
    for l in &pack.lessons {
        let safe = Path::new(&l.name)
            .file_name()
            .is_some_and(|n| n == l.name.as_str());
        if !safe || store::lesson_format(Path::new(&l.name)).is_none() {
            return Err(Problem::Json {
                line: 0,
                column: 0,
                message: format!(
                    "the lesson name {:?} is not a plain .md or .txt file name",
                    l.name
                ),
            });
        }
        let format = store::lesson_format(Path::new(&l.name))
            .unwrap_or(crate::model::LessonFormat::Markdown);
        store::parse_lesson(
            l.text.as_bytes(),
            format,
            &store::title_from_stem(Path::new(&l.name)),
        )?;
    }
    Ok(pack)
}

/// Read a pack file.
pub fn read_pack(path: &Path) -> Result<Pack, FileError> {
    let bytes = store::read_limited(path, MAX_PACK_BYTES)?;
    parse_pack(&bytes).map_err(|p| FileError::new(path, p))
}

/// Put a pack's lessons into `dir` (its own folder in the data folder's `lessons/`), with
/// the class name and due date beside them. Returns the lesson paths.
pub fn install_pack(pack: &Pack, dir: &Path) -> Result<Vec<PathBuf>, FileError> {
    let mut paths = Vec::new();
    for l in &pack.lessons {
        let p = dir.join(&l.name);
        store::write_atomic(&p, l.text.as_bytes())?;
        paths.push(p);
    }
    let about = PackInfo {
        class: pack.class.clone(),
        due: pack.due.clone(),
        shared_computers: pack.shared_computers,
    };
    store::write_json(&dir.join(INFO), &about)?;
    Ok(paths)
}

/// The file beside installed pack lessons that names the class.
pub const INFO: &str = "pack.json";

/// The class and due date of an installed pack.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PackInfo {
    /// The class.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub class: Option<String>,
    /// When answers are due.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub due: Option<String>,
    /// The pack was made for shared computers.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub shared_computers: bool,
}

impl PackInfo {
    /// A heading for the library.
    pub fn heading(&self, folder: &str) -> String {
        let name = self.class.clone().unwrap_or_else(|| folder.to_string());
        match &self.due {
            Some(d) => format!("{name} (due {d})"),
            None => name,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lesson(dir: &Path, name: &str) -> PathBuf {
        let p = dir.join(name);
        std::fs::write(&p, "+++\ntitle = \"T\"\n+++\n\nOfficials said so.\n").unwrap();
        p
    }

    #[test]
    fn a_pack_round_trips_and_never_holds_a_key() {
        let dir = tempfile::tempdir().unwrap();
        let a = lesson(dir.path(), "a.md");
        let key = dir.path().join("a.key.json");
        std::fs::write(&key, r#"{"items": []}"#).unwrap();
        assert!(matches!(
            make_pack(&[a.clone(), key], None, None),
            Err(FileError {
                problem: Problem::NotALesson,
                ..
            })
        ));
        let p = make_pack(&[a], Some("9B".into()), Some("Friday".into())).unwrap();
        let json = store::to_json(&p).unwrap();
        assert!(!json.contains("\"items\""));
        let back = parse_pack(json.as_bytes()).unwrap();
        assert_eq!(back, p);
        let inst = dir.path().join("installed");
        let paths = install_pack(&back, &inst).unwrap();
        assert_eq!(paths.len(), 1);
        assert!(store::read_lesson(&paths[0]).is_ok());
        let info: PackInfo =
            serde_json::from_slice(&std::fs::read(inst.join(INFO)).unwrap()).unwrap();
        assert_eq!(info.heading("x"), "9B (due Friday)");
        assert!(!info.shared_computers);
        assert!(
            !json.contains("shared_computers"),
            "an ordinary pack does not say so"
        );
    }

    #[test]
    fn a_pack_for_shared_computers_says_so_when_installed() {
        let dir = tempfile::tempdir().unwrap();
        let a = lesson(dir.path(), "a.md");
        let mut p = make_pack(&[a], Some("Lab 2".into()), None).unwrap();
        p.shared_computers = true;
        let back = parse_pack(store::to_json(&p).unwrap().as_bytes()).unwrap();
        assert!(back.shared_computers);
        let inst = dir.path().join("installed");
        install_pack(&back, &inst).unwrap();
        let info: PackInfo =
            serde_json::from_slice(&std::fs::read(inst.join(INFO)).unwrap()).unwrap();
        assert!(info.shared_computers);
    }

    #[test]
    fn a_pack_cannot_write_outside_its_folder() {
        let bad = r#"{"version": 1, "kind": "newsmark student pack", "lessons": [{"name": "../evil.md", "text": "+++\ntitle = \"x\"\n+++\n\nHi there.\n"}]}"#;
        assert!(parse_pack(bad.as_bytes()).is_err());
        let bad = r#"{"version": 1, "kind": "newsmark student pack", "lessons": [{"name": "run.sh", "text": "x"}]}"#;
        assert!(parse_pack(bad.as_bytes()).is_err());
        let newer = r#"{"version": 9, "kind": "newsmark student pack", "lessons": []}"#;
        assert!(matches!(
            parse_pack(newer.as_bytes()),
            Err(Problem::NewerVersion { found: 9 })
        ));
    }
}
