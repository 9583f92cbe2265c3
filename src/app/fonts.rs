//! Fonts for writing systems the bundled fonts lack: installed system fonts are searched
//! (fontdb), and the fewest faces that cover a lesson's characters are added to egui as
//! fallbacks. Runs on a worker thread while the lesson opens.
//!
//! The installed faces are scanned once per run: the first lookup lists them and reads what
//! each draws; later lookups (every non-Latin lesson opened after it) read no font file
//! except the few faces they hand out, and those only the first time.

use skrifa::MetadataProvider;
use std::collections::HashMap;
use std::sync::{Arc, Mutex, OnceLock};

/// A system font face to add as a fallback.
#[derive(Clone)]
pub struct FoundFont {
    /// The face's name (family and style), also its name in egui.
    pub name: String,
    /// The font file's bytes.
    pub data: Arc<Vec<u8>>,
    /// The face's index in the file.
    pub index: u32,
}

impl std::fmt::Debug for FoundFont {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "FoundFont({}, {} bytes)", self.name, self.data.len())
    }
}

/// An installed face as the scan found it.
struct Face {
    id: fontdb::ID,
    /// The face's index in its file.
    index: u32,
    /// Its family name (or PostScript name).
    name: String,
    /// The chars it draws: sorted, disjoint, inclusive ranges of code points.
    points: Vec<(u32, u32)>,
}

impl Face {
    fn draws(&self, c: char) -> bool {
        let c = u32::from(c);
        // The first range that ends at or after `c`; `c` is drawn when that range starts
        // at or before it.
        let i = self.points.partition_point(|&(_, end)| end < c);
        self.points.get(i).is_some_and(|&(start, _)| start <= c)
    }
}

/// The installed faces, scanned once per run.
struct Installed {
    /// Where the faces' bytes are read from.
    db: fontdb::Database,
    /// Every face that draws something, regular faces first (so a fallback looks like body
    /// text).
    faces: Vec<Face>,
    /// The bytes of the faces handed out so far.
    bytes: Mutex<HashMap<fontdb::ID, Arc<Vec<u8>>>>,
}

static INSTALLED: OnceLock<Installed> = OnceLock::new();

/// How many times the installed faces were scanned (a test hook).
#[cfg(test)]
static SCANS: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);

impl Installed {
    /// The installed faces, scanned by the first caller (the others wait for it).
    fn get() -> &'static Installed {
        INSTALLED.get_or_init(Installed::scan)
    }

    /// List the installed faces and read what each draws.
    fn scan() -> Installed {
        #[cfg(test)]
        SCANS.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
        let mut db = fontdb::Database::new();
        db.load_system_fonts();
        let faces = {
            let mut infos: Vec<&fontdb::FaceInfo> = db.faces().collect();
            infos.sort_by_key(|f| (f.style != fontdb::Style::Normal, f.weight.0.abs_diff(400)));
            infos
                .into_iter()
                .filter_map(|f| {
                    let points = db.with_face_data(f.id, drawn)?;
                    let name = f
                        .families
                        .first()
                        .map_or_else(|| f.post_script_name.clone(), |(n, _)| n.clone());
                    (!points.is_empty()).then_some(Face {
                        id: f.id,
                        index: f.index,
                        name,
                        points,
                    })
                })
                .collect()
        };
        Installed {
            db,
            faces,
            bytes: Mutex::new(HashMap::new()),
        }
    }

    /// A face's bytes: read the first time it is handed out, shared after that.
    fn bytes(&self, face: &Face) -> Option<Arc<Vec<u8>>> {
        let mut read = self.bytes.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(b) = read.get(&face.id) {
            return Some(Arc::clone(b));
        }
        let b = Arc::new(self.db.with_face_data(face.id, |data, _| data.to_vec())?);
        read.insert(face.id, Arc::clone(&b));
        Some(b)
    }
}

/// The chars a face draws, as ranges (see [`Face::draws`]): the same chars its character
/// map finds one by one.
fn drawn(data: &[u8], index: u32) -> Vec<(u32, u32)> {
    let Ok(font) = skrifa::FontRef::from_index(data, index) else {
        return Vec::new();
    };
    let map = font.charmap();
    let mut points: Vec<u32> = map.mappings().map(|(c, _)| c).collect();
    if map.is_symbol() {
        // A symbol font's U+F000..U+F0FF also stand for U+0000..U+00FF.
        let low: Vec<u32> = points
            .iter()
            .filter(|c| (0xF000..=0xF0FF).contains(*c))
            .map(|c| c - 0xF000)
            .collect();
        points.extend(low);
    }
    ranges(points)
}

/// Code points as sorted, disjoint, inclusive ranges.
fn ranges(mut points: Vec<u32>) -> Vec<(u32, u32)> {
    points.sort_unstable();
    points.dedup();
    let mut out: Vec<(u32, u32)> = Vec::new();
    for c in points {
        match out.last_mut() {
            Some((_, end)) if *end + 1 == c => *end = c,
            _ => out.push((c, c)),
        }
    }
    out
}

/// Installed faces that draw `chars`: the best-covering face first, then the next for what
/// is left, and so on. Returns them and the chars no installed face draws.
pub fn find(chars: &[char]) -> (Vec<FoundFont>, Vec<char>) {
    let mut left: Vec<char> = chars.to_vec();
    let mut out = Vec::new();
    if left.is_empty() {
        return (out, left);
    }
    let installed = Installed::get();
    while !left.is_empty() {
        let best = installed
            .faces
            .iter()
            .filter_map(|f| {
                let got: Vec<char> = left.iter().copied().filter(|c| f.draws(*c)).collect();
                (!got.is_empty()).then_some((f, got))
            })
            .max_by_key(|(_, got)| got.len());
        let Some((face, got)) = best else { break };
        let Some(data) = installed.bytes(face) else {
            break;
        };
        out.push(FoundFont {
            name: format!("system: {}", face.name),
            data,
            index: face.index,
        });
        left.retain(|c| !got.contains(c));
        if out.len() >= 4 {
            break;
        }
    }
    (out, left)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::Ordering;

    #[test]
    fn the_installed_faces_are_scanned_once_per_run() {
        // Devanagari and Greek: what this machine has installed decides what is found.
        let chars = ['क', 'ख', 'α'];
        let (first, first_missing) = find(&chars);
        let (second, second_missing) = find(&chars);
        assert_eq!(
            SCANS.load(Ordering::SeqCst),
            1,
            "the second lookup rescanned"
        );
        assert_eq!(first_missing, second_missing);
        assert_eq!(first.len(), second.len());
        // The same faces, read once and shared.
        for (a, b) in first.iter().zip(&second) {
            assert_eq!(a.name, b.name);
            assert!(Arc::ptr_eq(&a.data, &b.data), "{} was read again", a.name);
        }
        // Nothing to look for finds nothing.
        assert!(find(&[]).0.is_empty());
        assert_eq!(SCANS.load(Ordering::SeqCst), 1);
    }

    #[test]
    fn a_face_draws_exactly_the_chars_of_its_ranges() {
        let face = Face {
            id: fontdb::ID::dummy(),
            index: 0,
            name: "test".into(),
            points: ranges(vec![0x3B1, 0x915, 0x916, 0x3B2, 0x917, 0x3B1]),
        };
        assert_eq!(face.points, vec![(0x3B1, 0x3B2), (0x915, 0x917)]);
        for c in ['α', 'β', 'क', 'ख', 'ग'] {
            assert!(face.draws(c), "{c}");
        }
        for c in ['a', 'γ', 'घ', '\u{914}'] {
            assert!(!face.draws(c), "{c}");
        }
    }
}
