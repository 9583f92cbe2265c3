//! Hand-ins matched to roster rows: by the LMS's identity first, then by a match the teacher
//! made before (remembered in the class folder), then by the typed student id, then by the
//! exact name. Students with two hand-ins keep the latest; names that disagree with the
//! roster are listed.

use super::roster::{Roster, RosterKind};
use super::{LmsIdentity, display_name, letters, names_agree, normalized_name};
use serde::Serialize;
use std::cmp::Ordering;
use std::collections::{BTreeMap, HashMap};

/// One hand-in, as far as matching needs it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct HandIn {
    /// Where it came from, for people (a file, or an entry of a zip).
    pub file: String,
    /// Who the LMS says handed it in.
    pub identity: LmsIdentity,
    /// The name the student typed.
    pub student: Option<String>,
    /// The id the student typed.
    pub student_id: Option<String>,
    /// When it was handed in (RFC 3339), as the answer says.
    pub saved_at: Option<String>,
}

fn typed(s: &Option<String>) -> Option<&str> {
    s.as_deref().map(str::trim).filter(|s| !s.is_empty())
}

impl HandIn {
    /// The typed name, if any.
    pub fn typed_name(&self) -> Option<&str> {
        typed(&self.student)
    }

    /// The typed id, if any.
    pub fn typed_id(&self) -> Option<&str> {
        typed(&self.student_id)
    }

    /// Who handed it in, the same in every download, for remembering a match and for
    /// telling two hand-ins of one student: the LMS's identity, else the typed id, else the
    /// typed name, else the file (nameless hand-ins are never taken for one another).
    pub fn key(&self) -> String {
        if let Some(k) = self.identity.key() {
            return k;
        }
        match (self.typed_id(), self.typed_name()) {
            (Some(id), _) => format!("id:{}", id.to_lowercase()),
            (_, Some(n)) => format!(
                "name:{}",
                n.split_whitespace()
                    .collect::<Vec<_>>()
                    .join(" ")
                    .to_lowercase()
            ),
            _ => format!("file:{}", self.file),
        }
    }

    fn saved(&self) -> Option<std::time::SystemTime> {
        self.saved_at
            .as_deref()
            .and_then(|t| humantime::parse_rfc3339_weak(t.trim()).ok())
    }
}

/// Earlier hand-ins first: by `saved_at` (as the class results have always decided; none
/// counts as earliest), then by Canvas's resubmission number, then by file.
pub fn earlier_first(a: &HandIn, b: &HandIn) -> Ordering {
    a.saved()
        .cmp(&b.saved())
        .then(a.identity.resubmission().cmp(&b.identity.resubmission()))
        .then(a.file.cmp(&b.file))
}

/// Matches the teacher made: hand-in key ([`HandIn::key`]) → roster row id.
pub type Remembered = BTreeMap<String, String>;

/// How a hand-in was matched to its roster row.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum MatchedBy {
    /// The LMS's user or participant id is the row's.
    Lms,
    /// The teacher matched it before.
    Remembered,
    /// The typed student id is one of the row's ids.
    StudentId,
    /// The typed name (or the LMS's) is the row's, and no other row's.
    Name,
}

/// A roster row and the hand-in that counts for it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Match {
    /// Index in [`Roster::students`].
    pub student: usize,
    /// Index in the hand-ins.
    pub hand_in: usize,
    /// How.
    pub by: MatchedBy,
}

/// A typed name that is not the name the LMS (or the roster) has.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NameMismatch {
    /// Index in [`Roster::students`], when there is a roster.
    pub student: Option<usize>,
    /// Index in the hand-ins.
    pub hand_in: usize,
    /// What the student typed.
    pub typed: String,
    /// What the LMS or roster says, as it reads (`Chloe Ruiz`).
    pub official: String,
    /// "Canvas", "Moodle" or "the roster".
    pub source: &'static str,
}

impl NameMismatch {
    /// `handed in as 'Chloe R', Canvas says Chloe Ruiz`.
    pub fn message(&self) -> String {
        format!(
            "handed in as '{}', {} says {}",
            self.typed, self.source, self.official
        )
    }
}

/// Two or more hand-ins of one student: the latest counts.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Duplicate {
    /// Index in [`Roster::students`], when there is a roster.
    pub student: Option<usize>,
    /// The hand-in that counts.
    pub counted: usize,
    /// The earlier ones, earliest first.
    pub superseded: Vec<usize>,
}

/// Hand-ins against a roster.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Matching {
    /// Per roster row that has a hand-in, in roster order: the one that counts.
    pub matched: Vec<Match>,
    /// Roster rows without a hand-in, in roster order.
    pub missing: Vec<usize>,
    /// Hand-ins that match no roster row, in hand-in order.
    pub unmatched: Vec<usize>,
    /// Counted hand-ins whose typed name is not the roster's.
    pub mismatches: Vec<NameMismatch>,
    /// Students with more than one hand-in.
    pub duplicates: Vec<Duplicate>,
}

/// A map from a key to the one row that has it (`None` when several rows have it).
fn unique_index(pairs: impl Iterator<Item = (String, usize)>) -> HashMap<String, Option<usize>> {
    let mut m: HashMap<String, Option<usize>> = HashMap::new();
    for (k, i) in pairs {
        if k.is_empty() {
            continue;
        }
        m.entry(k)
            .and_modify(|v| {
                if *v != Some(i) {
                    *v = None;
                }
            })
            .or_insert(Some(i));
    }
    m
}

fn lookup(m: &HashMap<String, Option<usize>>, k: &str) -> Option<usize> {
    m.get(k).copied().flatten()
}

/// Match every hand-in to a roster row (see the module description). A hand-in the LMS
/// names a student of (Canvas user id with a Canvas roster, Moodle participant with a Moodle
/// worksheet) who is not on the roster is matched only by a remembered match, never by the
/// typed name: the LMS's identity beats the name typed.
pub fn match_roster(roster: &Roster, hand_ins: &[HandIn], remembered: &Remembered) -> Matching {
    let st = &roster.students;
    let lms: HashMap<u64, usize> = st
        .iter()
        .enumerate()
        .filter_map(|(i, s)| s.lms_id.map(|id| (id, i)))
        .collect();
    let rows = unique_index(
        st.iter()
            .enumerate()
            .map(|(i, s)| (s.id.trim().to_lowercase(), i)),
    );
    let ids = unique_index(st.iter().enumerate().flat_map(|(i, s)| {
        std::iter::once(s.id.trim().to_lowercase())
            .chain(s.other_ids.iter().map(|o| o.trim().to_lowercase()))
            .map(move |k| (k, i))
    }));
    let names = unique_index(
        st.iter()
            .enumerate()
            .map(|(i, s)| (normalized_name(&s.name), i)),
    );
    // Canvas's name slug is the sortable name's letters (`Smith, Jane` → `smithjane`);
    // compared by its letters, it also finds `Jane Smith` in a generic roster.
    let slugs = unique_index(st.iter().enumerate().map(|(i, s)| (letters(&s.name), i)));

    let found: Vec<Option<(usize, MatchedBy)>> = hand_ins
        .iter()
        .map(|h| {
            let lms_id = match (&h.identity, roster.kind) {
                (LmsIdentity::Canvas { user_id, .. }, RosterKind::Canvas) => Some(*user_id),
                (LmsIdentity::Moodle { participant_id, .. }, RosterKind::Moodle) => {
                    Some(*participant_id)
                }
                _ => None,
            };
            if let Some(id) = lms_id
                && let Some(&i) = lms.get(&id)
            {
                return Some((i, MatchedBy::Lms));
            }
            if let Some(row) = remembered.get(&h.key())
                && let Some(i) = lookup(&rows, &row.trim().to_lowercase())
            {
                return Some((i, MatchedBy::Remembered));
            }
            if lms_id.is_some() {
                return None;
            }
            if let Some(id) = h.typed_id()
                && let Some(i) = lookup(&ids, &id.to_lowercase())
            {
                return Some((i, MatchedBy::StudentId));
            }
            if let Some(n) = h.typed_name()
                && let Some(i) = lookup(&names, &normalized_name(n))
            {
                return Some((i, MatchedBy::Name));
            }
            match &h.identity {
                LmsIdentity::Canvas { name_slug, .. } => {
                    lookup(&slugs, &letters(name_slug)).map(|i| (i, MatchedBy::Name))
                }
                LmsIdentity::Moodle { full_name, .. } => {
                    lookup(&names, &normalized_name(full_name)).map(|i| (i, MatchedBy::Name))
                }
                LmsIdentity::None => None,
            }
        })
        .collect();

    let mut per_student: Vec<Vec<(usize, MatchedBy)>> = vec![Vec::new(); st.len()];
    let mut out = Matching::default();
    for (h, f) in found.iter().enumerate() {
        match f {
            Some((i, by)) => {
                if let Some(v) = per_student.get_mut(*i) {
                    v.push((h, *by));
                }
            }
            None => out.unmatched.push(h),
        }
    }
    for (i, mut v) in per_student.into_iter().enumerate() {
        v.sort_by(|a, b| match (hand_ins.get(a.0), hand_ins.get(b.0)) {
            (Some(x), Some(y)) => earlier_first(x, y),
            _ => a.0.cmp(&b.0),
        });
        let Some(&(counted, by)) = v.last() else {
            out.missing.push(i);
            continue;
        };
        out.matched.push(Match {
            student: i,
            hand_in: counted,
            by,
        });
        if v.len() > 1 {
            out.duplicates.push(Duplicate {
                student: Some(i),
                counted,
                superseded: v.iter().take(v.len() - 1).map(|(h, _)| *h).collect(),
            });
        }
        if matches!(by, MatchedBy::Lms | MatchedBy::StudentId)
            && let (Some(h), Some(s)) = (hand_ins.get(counted), st.get(i))
            && let Some(t) = h.typed_name()
            && !names_agree(t, &s.name)
        {
            out.mismatches.push(NameMismatch {
                student: Some(i),
                hand_in: counted,
                typed: t.to_string(),
                official: display_name(&s.name),
                source: roster.kind.source(),
            });
        }
    }
    out
}

/// Without a roster: one hand-in per [`HandIn::key`] among `which` (indices into
/// `hand_ins`), the latest; returns the counted ones (in `which` order) and the students
/// with more than one.
pub fn latest_per_key(hand_ins: &[HandIn], which: &[usize]) -> (Vec<usize>, Vec<Duplicate>) {
    let mut groups: BTreeMap<String, Vec<usize>> = BTreeMap::new();
    for &i in which {
        if let Some(h) = hand_ins.get(i) {
            groups.entry(h.key()).or_default().push(i);
        }
    }
    let mut counted = Vec::new();
    let mut dups = Vec::new();
    for (_, mut v) in groups {
        v.sort_by(|a, b| match (hand_ins.get(*a), hand_ins.get(*b)) {
            (Some(x), Some(y)) => earlier_first(x, y),
            _ => a.cmp(b),
        });
        let Some(&last) = v.last() else { continue };
        counted.push(last);
        if v.len() > 1 {
            dups.push(Duplicate {
                student: None,
                counted: last,
                superseded: v.iter().take(v.len() - 1).copied().collect(),
            });
        }
    }
    let order: HashMap<usize, usize> = which.iter().enumerate().map(|(k, &i)| (i, k)).collect();
    counted.sort_by_key(|i| order.get(i).copied().unwrap_or(usize::MAX));
    (counted, dups)
}

/// Without a roster, the name the LMS has for a hand-in and whether the typed one
/// disagrees: Moodle's full name; for Canvas the typed name when it has the letters of
/// Canvas's name slug, else the slug. `None` for a hand-in without LMS identity.
pub fn lms_name(h: &HandIn, index: usize) -> Option<(String, Option<NameMismatch>)> {
    let official = match &h.identity {
        LmsIdentity::Canvas { name_slug, .. } => name_slug.clone(),
        LmsIdentity::Moodle { full_name, .. } => full_name.clone(),
        LmsIdentity::None => return None,
    };
    let source = h.identity.lms().unwrap_or("the LMS");
    match h.typed_name() {
        Some(t) if names_agree(t, &official) => Some((t.to_string(), None)),
        Some(t) => Some((
            official.clone(),
            Some(NameMismatch {
                student: None,
                hand_in: index,
                typed: t.to_string(),
                official,
                source,
            }),
        )),
        None => Some((official, None)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::lms::roster::tests::CANVAS;

    fn canvas(file: &str, uid: u64, slug: &str, typed: &str, saved: Option<&str>) -> HandIn {
        HandIn {
            file: file.into(),
            identity: LmsIdentity::Canvas {
                user_id: uid,
                name_slug: slug.into(),
                late: false,
                resubmission: crate::model::lms::resubmission_number(file),
            },
            student: Some(typed.into()),
            student_id: None,
            saved_at: saved.map(str::to_string),
        }
    }

    #[test]
    fn canvas_identity_beats_the_typed_name() {
        let roster = Roster::parse(CANVAS).expect("roster");
        let h = vec![
            canvas(
                "smithjane_4411_1_a.json",
                4411,
                "smithjane",
                "Jane Smith",
                None,
            ),
            canvas(
                "ruizchloe_4412_2_a.json",
                4412,
                "ruizchloe",
                "Chloe R",
                None,
            ),
            canvas(
                "smithjane_4411_3_a-1.json",
                4411,
                "smithjane",
                "Jane Smith",
                None,
            ),
            // Not on the roster: the typed name "Bo Lee" is on it, but Canvas says who it is.
            canvas("nobody_5000_4_a.json", 5000, "nobody", "Bo Lee", None),
        ];
        let m = match_roster(&roster, &h, &Remembered::new());
        assert_eq!(
            m.matched,
            vec![
                Match {
                    student: 0,
                    hand_in: 2,
                    by: MatchedBy::Lms
                },
                Match {
                    student: 1,
                    hand_in: 1,
                    by: MatchedBy::Lms
                },
            ]
        );
        assert_eq!(m.missing, vec![2], "Bo Lee handed nothing in");
        assert_eq!(m.unmatched, vec![3]);
        assert_eq!(
            m.duplicates,
            vec![Duplicate {
                student: Some(0),
                counted: 2,
                superseded: vec![0]
            }],
            "the resubmission counts"
        );
        assert_eq!(m.mismatches.len(), 1);
        assert_eq!(
            m.mismatches[0].message(),
            "handed in as 'Chloe R', Canvas says Chloe Ruiz"
        );

        // The teacher picks Bo's row for user 5000; it is remembered by the Canvas identity.
        let mut remembered = Remembered::new();
        remembered.insert(h[3].key(), "4413".into());
        let m = match_roster(&roster, &h, &remembered);
        assert!(m.unmatched.is_empty() && m.missing.is_empty());
        assert_eq!(
            m.matched[2],
            Match {
                student: 2,
                hand_in: 3,
                by: MatchedBy::Remembered
            }
        );
    }

    #[test]
    fn the_latest_saved_counts_before_the_resubmission_number() {
        let roster = Roster::parse(CANVAS).expect("roster");
        let h = vec![
            canvas(
                "smithjane_4411_1_a.json",
                4411,
                "smithjane",
                "Jane",
                Some("2026-03-02T10:00:00Z"),
            ),
            canvas(
                "smithjane_4411_2_a-1.json",
                4411,
                "smithjane",
                "Jane",
                Some("2026-03-01T10:00:00Z"),
            ),
        ];
        let m = match_roster(&roster, &h, &Remembered::new());
        assert_eq!(m.matched[0].hand_in, 0);
        assert_eq!(m.duplicates[0].superseded, vec![1]);
    }

    #[test]
    fn generic_roster_matches_by_id_then_unique_name() {
        let roster = Roster::parse("name,id,email\nAna Lima,s-1,ana@x.org\nBo Lee,s-2,\nAna Lima,s-3,\n\"Ruiz, Chloe\",s-4,\n")
            .expect("roster");
        let plain = |file: &str, name: &str, id: Option<&str>| HandIn {
            file: file.into(),
            student: Some(name.into()),
            student_id: id.map(str::to_string),
            ..HandIn::default()
        };
        let h = vec![
            plain("a.json", "whoever", Some("ANA@x.org")),
            plain("b.json", "bo  lee", None),
            plain("c.json", "Ana Lima", None),
            // A Canvas file against a generic roster: matched by the slug of the name.
            canvas("leebo_1_2_x.json", 1, "leebo", "", None),
        ];
        let m = match_roster(&roster, &h, &Remembered::new());
        assert_eq!(
            m.matched[0],
            Match {
                student: 0,
                hand_in: 0,
                by: MatchedBy::StudentId
            }
        );
        assert_eq!(
            m.matched[1],
            Match {
                student: 1,
                hand_in: 3,
                by: MatchedBy::Name
            }
        );
        assert_eq!(m.unmatched, vec![2], "two rows are called Ana Lima");
        assert_eq!(m.missing, vec![2, 3]);
        assert_eq!(
            m.mismatches[0].message(),
            "handed in as 'whoever', the roster says Ana Lima"
        );
        assert_eq!(
            m.duplicates.len(),
            1,
            "Bo typed his name and Canvas named him"
        );
    }

    #[test]
    fn without_a_roster_the_latest_per_student_counts() {
        let h = vec![
            HandIn {
                file: "1.json".into(),
                student: Some("Ana".into()),
                ..HandIn::default()
            },
            HandIn {
                file: "2.json".into(),
                student: Some(" ana ".into()),
                ..HandIn::default()
            },
            HandIn {
                file: "3.json".into(),
                ..HandIn::default()
            },
            HandIn {
                file: "4.json".into(),
                ..HandIn::default()
            },
        ];
        let (counted, dups) = latest_per_key(&h, &[0, 1, 2, 3]);
        assert_eq!(counted, vec![1, 2, 3]);
        assert_eq!(
            dups,
            vec![Duplicate {
                student: None,
                counted: 1,
                superseded: vec![0]
            }]
        );
    }

    #[test]
    fn lms_names_without_a_roster() {
        let h = canvas(
            "smithjane_4411_1_a.json",
            4411,
            "smithjane",
            "Jane Smith",
            None,
        );
        assert_eq!(lms_name(&h, 0), Some(("Jane Smith".to_string(), None)));
        let h = canvas("smithjane_4411_1_a.json", 4411, "smithjane", "Chloe", None);
        let (name, mismatch) = lms_name(&h, 0).expect("canvas");
        assert_eq!(name, "smithjane");
        assert_eq!(
            mismatch.map(|m| m.message()).as_deref(),
            Some("handed in as 'Chloe', Canvas says smithjane")
        );
        assert_eq!(lms_name(&HandIn::default(), 0), None);
    }
}
