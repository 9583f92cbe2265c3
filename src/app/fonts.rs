//! Fonts for writing systems the bundled fonts lack: installed system fonts are searched
//! (fontdb), and the fewest faces that cover a lesson's characters are added to egui as
//! fallbacks. Runs on a worker thread while the lesson opens.

use skrifa::MetadataProvider;

/// A system font face to add as a fallback.
#[derive(Clone)]
pub struct FoundFont {
    /// The face's name (family and style), also its name in egui.
    pub name: String,
    /// The font file's bytes.
    pub data: std::sync::Arc<Vec<u8>>,
    /// The face's index in the file.
    pub index: u32,
}

impl std::fmt::Debug for FoundFont {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "FoundFont({}, {} bytes)", self.name, self.data.len())
    }
}

/// How many of `chars` a face draws.
fn covered(data: &[u8], index: u32, chars: &[char]) -> Vec<char> {
    let Ok(font) = skrifa::FontRef::from_index(data, index) else {
        return Vec::new();
    };
    let map = font.charmap();
    chars
        .iter()
        .copied()
        .filter(|c| map.map(*c).is_some())
        .collect()
}

/// Installed faces that draw `chars`: the best-covering face first, then the next for what
/// is left, and so on. Returns them and the chars no installed face draws.
pub fn find(chars: &[char]) -> (Vec<FoundFont>, Vec<char>) {
    let mut left: Vec<char> = chars.to_vec();
    let mut out = Vec::new();
    if left.is_empty() {
        return (out, left);
    }
    let mut db = fontdb::Database::new();
    db.load_system_fonts();
    // Regular faces first, so the fallback looks like body text.
    let mut faces: Vec<&fontdb::FaceInfo> = db.faces().collect();
    faces.sort_by_key(|f| (f.style != fontdb::Style::Normal, f.weight.0.abs_diff(400)));
    while !left.is_empty() {
        let best = faces
            .iter()
            .filter_map(|f| {
                let got = db.with_face_data(f.id, |data, i| covered(data, i, &left))?;
                (!got.is_empty()).then_some((f, got))
            })
            .max_by_key(|(_, got)| got.len());
        let Some((face, got)) = best else { break };
        let Some(data) = db.with_face_data(face.id, |data, _| data.to_vec()) else {
            break;
        };
        let name = face
            .families
            .first()
            .map_or_else(|| face.post_script_name.clone(), |(n, _)| n.clone());
        out.push(FoundFont {
            name: format!("system: {name}"),
            data: std::sync::Arc::new(data),
            index: face.index,
        });
        left.retain(|c| !got.contains(c));
        if out.len() >= 4 {
            break;
        }
    }
    (out, left)
}
