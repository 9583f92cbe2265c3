//! Settings remembered between runs (one store: `settings.json` in the data folder), the
//! mode of this copy (student, shared computer, teacher) and the interface's size.

use crate::store::FileError;
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};
use std::time::Duration;

/// How long after the last change the answer is autosaved.
pub const AUTOSAVE_AFTER: Duration = Duration::from_millis(1000);

/// The article's text size at zoom 1 (points).
pub const TEXT_SIZE: f32 = 18.0;

/// Smallest and largest zoom of the whole interface, and one step of A+ / A-.
pub const ZOOMS: (f32, f32, f32) = (0.8, 1.6, 0.1);

/// Who uses this copy of newsmark: it decides whether the instructor tools are shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    /// A student's copy: lessons, feedback, hand-in; no key editor, no class tools.
    Student,
    /// A teacher's copy: also new lessons, the workshop, packs and class results.
    Teacher,
    /// A computer many students share (a lab or a trolley): student mode, and no name,
    /// score or work of one student is kept for the next.
    Shared,
}

impl Role {
    /// The three modes, in the order they are offered.
    pub const ALL: [Role; 3] = [Role::Student, Role::Shared, Role::Teacher];

    /// The mode's name in the top bar.
    pub fn title(self) -> String {
        match self {
            Role::Student => crate::t!("shell-role-student"),
            Role::Teacher => crate::t!("shell-role-teacher"),
            Role::Shared => crate::t!("shell-role-shared"),
        }
    }
}

/// Settings remembered between runs (eframe persistence).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    /// Dark theme.
    pub dark: bool,
    /// Article text size in points at zoom 1 (older versions changed it with A+ / A-; it
    /// is now folded into `zoom` at start).
    pub text_size: f32,
    /// The whole interface's zoom factor (A+ / A-, Ctrl + / Ctrl - / Ctrl 0).
    pub zoom: f32,
    /// The student's name, written into answer files.
    pub student_name: String,
    /// The student's id at school (optional), written into answer files.
    pub student_id: String,
    /// Student's or teacher's copy; `None` until the first start's question is answered.
    pub role: Option<Role>,
    /// The folder last used for each kind of file dialog (see `Purpose::folder_key`).
    pub folders: std::collections::BTreeMap<String, PathBuf>,
    /// The interface's language as chosen in the language menu (`es`); `None`: the
    /// desktop's (see [`crate::i18n::desktop_language`]).
    pub language: Option<String>,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            dark: false,
            text_size: TEXT_SIZE,
            zoom: 1.0,
            student_name: String::new(),
            student_id: String::new(),
            role: None,
            folders: std::collections::BTreeMap::new(),
            language: None,
        }
    }
}

impl Settings {
    /// The interface's language: the one chosen, else the desktop's.
    pub fn language(&self) -> crate::i18n::Language {
        self.language
            .as_deref()
            .and_then(crate::i18n::Language::from_code)
            .unwrap_or_else(|| {
                // The unit tests read English, whatever the machine's locale.
                if cfg!(test) {
                    crate::i18n::Language::English
                } else {
                    desktop()
                }
            })
    }
}

/// The desktop's language, read from the environment once.
fn desktop() -> crate::i18n::Language {
    static DESKTOP: std::sync::OnceLock<crate::i18n::Language> = std::sync::OnceLock::new();
    *DESKTOP.get_or_init(|| crate::i18n::desktop_language(|k| std::env::var(k).ok()))
}

/// Where the settings are kept in the data folder.
pub fn settings_path(dir: &Path) -> PathBuf {
    dir.join("settings.json")
}

/// Settings saved in the data folder: `Ok(None)` when there are none yet.
pub fn load_settings(dir: &Path) -> Result<Option<Settings>, FileError> {
    let path = settings_path(dir);
    match std::fs::read(&path) {
        Ok(bytes) => serde_json::from_slice(&bytes).map(Some).map_err(|e| {
            FileError::new(
                &path,
                crate::store::Problem::Json {
                    line: e.line(),
                    column: e.column(),
                    message: e.to_string(),
                },
            )
        }),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(FileError::io(&path, "cannot read", e)),
    }
}

impl Settings {
    /// Settings as this version uses them: an older version's article text size becomes
    /// the zoom of the whole interface; a zoom out of range is brought back into it.
    pub fn normalised(mut self) -> Settings {
        if (self.text_size - TEXT_SIZE).abs() > 0.01 {
            self.zoom =
                ((self.text_size / TEXT_SIZE * 10.0).round() / 10.0).clamp(ZOOMS.0, ZOOMS.1);
            self.text_size = TEXT_SIZE;
        }
        if !self.zoom.is_finite() {
            self.zoom = 1.0;
        }
        self.zoom = self.zoom.clamp(ZOOMS.0, ZOOMS.1);
        self
    }
}
