//! The learner's own data: attempts and best scores per lesson, and autosaved answers.
//!
//! Kept in the user's data folder as JSON, written atomically.

use crate::model::annotation::{Answer, FORMAT_VERSION};
use crate::model::class::spreadsheet_safe;
use crate::model::text::sha256_hex;
use crate::store::{Audience, FileError, Problem, parse_answer, write_json_for};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// One checked attempt.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Attempt {
    /// 100 × micro F1, unrounded.
    pub score: f64,
    /// Seconds since the Unix epoch.
    #[serde(default)]
    pub at: u64,
    /// F1 per label (0 to 1; `None` where the key has no item of the label), for the
    /// skills profile. Older progress files have none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub per_label: Option<[Option<f64>; 3]>,
    /// Key items marked with another label, `[item's label][label given]`
    /// (`model::profile::mix_ups`). Older progress files have none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mix_ups: Option<[[u32; 3]; 3]>,
}

/// Progress on one lesson.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct LessonProgress {
    /// Attempts in order.
    #[serde(default)]
    pub attempts: Vec<Attempt>,
}

impl LessonProgress {
    /// Best score so far.
    pub fn best(&self) -> Option<f64> {
        self.attempts.iter().map(|a| a.score).max_by(f64::total_cmp)
    }
}

/// Progress on every lesson, by lesson id.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Progress {
    /// Format version.
    pub version: u32,
    /// Per lesson id.
    #[serde(default)]
    pub lessons: BTreeMap<String, LessonProgress>,
}

impl Default for Progress {
    fn default() -> Self {
        Progress {
            version: FORMAT_VERSION,
            lessons: BTreeMap::new(),
        }
    }
}

fn progress_path(dir: &Path) -> PathBuf {
    dir.join("progress.json")
}

/// Read progress; a missing file is an empty record.
pub fn load_progress(dir: &Path) -> Result<Progress, FileError> {
    let path = progress_path(dir);
    match std::fs::read(&path) {
        Ok(bytes) => serde_json::from_slice(&bytes).map_err(|e| {
            FileError::new(
                &path,
                Problem::Json {
                    line: e.line(),
                    column: e.column(),
                    message: e.to_string(),
                },
            )
        }),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(Progress::default()),
        Err(e) => Err(FileError::io(&path, "cannot read", e)),
    }
}

/// Save progress atomically.
pub fn save_progress(dir: &Path, p: &Progress) -> Result<(), FileError> {
    write_json_for(&progress_path(dir), p, Audience::Private)
}

/// A file-name-safe id for a lesson: a readable stem plus a short hash of the full id.
pub fn file_key(lesson_id: &str) -> String {
    let stem: String = lesson_id
        .rsplit(['/', '\\', ':'])
        .next()
        .unwrap_or("lesson")
        .chars()
        .map(|c| {
            if c.is_alphanumeric() || c == '-' || c == '_' {
                c
            } else {
                '_'
            }
        })
        .take(40)
        .collect();
    let hash = sha256_hex(lesson_id);
    format!("{stem}-{}", hash.get(..12).unwrap_or(&hash))
}

/// Where a lesson's answer is autosaved.
pub fn autosave_path(dir: &Path, lesson_id: &str) -> PathBuf {
    dir.join("autosave")
        .join(format!("{}.json", file_key(lesson_id)))
}

/// Autosave an answer (atomic).
pub fn autosave(dir: &Path, lesson_id: &str, answer: &Answer) -> Result<(), FileError> {
    write_json_for(&autosave_path(dir, lesson_id), answer, Audience::Private)
}

/// Remove a lesson's autosave (the next student starts clean); nothing to remove is fine.
pub fn forget_autosave(dir: &Path, lesson_id: &str) -> Result<(), FileError> {
    let path = autosave_path(dir, lesson_id);
    match std::fs::remove_file(&path) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
        Err(e) => Err(FileError::io(&path, "cannot remove", e)),
    }
}

/// The autosaved answer for a lesson: `Ok(None)` when there is none, an error when there
/// is one that cannot be read (it is then left as it is).
pub fn restore(dir: &Path, lesson_id: &str) -> Result<Option<Answer>, FileError> {
    let path = autosave_path(dir, lesson_id);
    match std::fs::read(&path) {
        Ok(bytes) => parse_answer(&bytes)
            .map(Some)
            .map_err(|p| FileError::new(&path, p)),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(FileError::io(&path, "cannot read", e)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn progress_round_trips_and_best_is_max() {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let mut p = load_progress(dir.path()).unwrap_or_default();
        let lp = p.lessons.entry("bundled:a.md".into()).or_default();
        lp.attempts.push(Attempt {
            score: 40.0,
            at: 1,
            per_label: None,
            mix_ups: None,
        });
        lp.attempts.push(Attempt {
            score: 72.5,
            at: 2,
            per_label: Some([Some(0.5), None, Some(1.0)]),
            mix_ups: Some([[0, 1, 2], [0; 3], [3, 0, 0]]),
        });
        save_progress(dir.path(), &p).unwrap_or_else(|e| panic!("{e}"));
        let q = load_progress(dir.path()).unwrap_or_default();
        assert_eq!(
            q.lessons.get("bundled:a.md").and_then(LessonProgress::best),
            Some(72.5)
        );
        assert_eq!(
            q.lessons
                .get("bundled:a.md")
                .and_then(|l| l.attempts.last())
                .and_then(|a| a.mix_ups),
            Some([[0, 1, 2], [0; 3], [3, 0, 0]])
        );
    }

    #[test]
    fn file_keys_are_safe_and_distinct() {
        let a = file_key("/home/x/lessons/my lesson.md");
        let b = file_key("/home/y/lessons/my lesson.md");
        assert_ne!(a, b);
        assert!(a.starts_with("my_lesson_md-"));
        assert!(!a.contains('/'));
    }

    #[test]
    fn no_autosave_and_an_unreadable_autosave_are_told_apart() {
        let dir = tempfile::tempdir().unwrap();
        assert!(matches!(restore(dir.path(), "bundled:a.md"), Ok(None)));
        let p = autosave_path(dir.path(), "bundled:a.md");
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(&p, b"{ not json").unwrap();
        assert!(restore(dir.path(), "bundled:a.md").is_err());
        // A folder in its place cannot be read either: that is not "no autosave".
        std::fs::remove_file(&p).unwrap();
        std::fs::create_dir(&p).unwrap();
        assert!(restore(dir.path(), "bundled:a.md").is_err());
    }
}

/// The learner's attempts as CSV for a portfolio: lesson, time (RFC 3339), score and F1 per
/// label (empty where the key has no item of the label or the attempt is older), and the
/// lesson's skill tags from `skills` (by lesson id), separated by "; ". Text cells go through
/// [`spreadsheet_safe`] so none is run as a formula.
pub fn profile_csv(
    p: &Progress,
    skills: &std::collections::BTreeMap<String, Vec<String>>,
) -> Result<String, super::Problem> {
    let mut rows: Vec<(&String, &Attempt)> = p
        .lessons
        .iter()
        .flat_map(|(id, l)| l.attempts.iter().map(move |a| (id, a)))
        .collect();
    rows.sort_by_key(|(id, a)| (a.at, (*id).clone()));
    let mut w = csv::Writer::from_writer(Vec::new());
    let pct = |x: Option<f64>| x.map(|v| format!("{:.1}", v * 100.0)).unwrap_or_default();
    w.write_record([
        "lesson",
        "checked_at",
        "score",
        "attribution_f1",
        "opinion_f1",
        "unsupported_f1",
        "skills",
    ])
    .map_err(super::Problem::Csv)?;
    for (id, a) in rows {
        let t = std::time::UNIX_EPOCH + std::time::Duration::from_secs(a.at);
        let per = a.per_label.unwrap_or([None; 3]);
        // Lesson ids and skill tags are typed by people: neutralise any that a spreadsheet
        // would run as a formula, as in the gradebooks.
        w.write_record([
            &*spreadsheet_safe(id),
            &humantime::format_rfc3339_seconds(t).to_string(),
            &format!("{:.1}", a.score),
            &pct(per[0]),
            &pct(per[1]),
            &pct(per[2]),
            &*spreadsheet_safe(
                &skills
                    .get(id.as_str())
                    .map(|t| t.join("; "))
                    .unwrap_or_default(),
            ),
        ])
        .map_err(super::Problem::Csv)?;
    }
    let bytes = w.into_inner().map_err(|e| super::Problem::Io {
        action: "cannot finish the CSV",
        source: e.into_error(),
    })?;
    Ok(String::from_utf8_lossy(&bytes).into_owned())
}

#[cfg(test)]
mod csv_tests {
    use super::*;

    #[test]
    fn the_profile_csv_lists_attempts_in_time_order() {
        let mut p = Progress::default();
        p.lessons
            .entry("b".into())
            .or_default()
            .attempts
            .push(Attempt {
                score: 50.0,
                at: 20,
                per_label: Some([Some(0.5), None, Some(0.25)]),
                mix_ups: None,
            });
        p.lessons
            .entry("a".into())
            .or_default()
            .attempts
            .push(Attempt {
                score: 70.0,
                at: 10,
                per_label: None,
                mix_ups: None,
            });
        let skills = [("b".to_string(), vec!["hedges".into(), "framing".into()])]
            .into_iter()
            .collect();
        let csv = profile_csv(&p, &skills).unwrap();
        let lines: Vec<&str> = csv.lines().collect();
        assert_eq!(
            lines[0],
            "lesson,checked_at,score,attribution_f1,opinion_f1,unsupported_f1,skills"
        );
        assert_eq!(lines[1], "a,1970-01-01T00:00:10Z,70.0,,,,");
        assert_eq!(
            lines[2],
            "b,1970-01-01T00:00:20Z,50.0,50.0,,25.0,hedges; framing"
        );
    }

    #[test]
    fn the_profile_csv_neutralises_lesson_ids_and_skills_that_start_like_a_formula() {
        let mut p = Progress::default();
        p.lessons
            .entry("=HYPERLINK(\"http://evil\",\"x\")".into())
            .or_default()
            .attempts
            .push(Attempt {
                score: 50.0,
                at: 10,
                per_label: None,
                mix_ups: None,
            });
        let skills = [(
            "=HYPERLINK(\"http://evil\",\"x\")".to_string(),
            vec!["-2+3".into(), "framing".into()],
        )]
        .into_iter()
        .collect();
        let text = profile_csv(&p, &skills).unwrap();
        let mut r = csv::Reader::from_reader(text.as_bytes());
        let rows: Vec<csv::StringRecord> = r.records().map(|x| x.unwrap()).collect();
        assert_eq!(rows.len(), 1);
        assert_eq!(rows[0].len(), 7);
        assert_eq!(rows[0].get(0), Some("'=HYPERLINK(\"http://evil\",\"x\")"));
        assert_eq!(rows[0].get(2), Some("50.0"));
        assert_eq!(rows[0].get(6), Some("'-2+3; framing"));
    }
}
