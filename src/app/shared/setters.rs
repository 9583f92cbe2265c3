//! Changing the settings from a command; each change is saved by `AppState::tick`.

use super::Shared;
use crate::app::command::Zoom;
use crate::app::settings::{Role, ZOOMS};

impl Shared {
    /// Dark or light theme.
    pub fn set_dark(&mut self, dark: bool) {
        self.settings.dark = dark;
        self.settings_dirty = true;
    }

    /// Make the whole interface larger or smaller, or reset it, in whole tenths (so ten
    /// steps up and down come back to exactly 1).
    pub fn zoom(&mut self, z: Zoom) {
        let (lo, hi, step) = ZOOMS;
        let now = self.settings.zoom;
        let next = match z {
            Zoom::In => now + step,
            Zoom::Out => now - step,
            Zoom::Reset => 1.0,
        };
        self.settings.zoom = ((next * 10.0).round() / 10.0).clamp(lo, hi);
        self.settings_dirty = true;
    }

    /// The name for hand-ins, remembered (not on a lesson page on a shared computer: the
    /// lesson page keeps it then).
    pub fn set_name(&mut self, name: String) {
        self.settings.student_name = name;
        self.settings_dirty = true;
    }

    /// The student id for hand-ins, remembered.
    pub fn set_student_id(&mut self, id: String) {
        self.settings.student_id = id;
        self.settings_dirty = true;
    }

    /// Student, shared computer or teacher mode (the person's own choice, remembered). A
    /// shared computer remembers nobody's name.
    pub fn set_role(&mut self, role: Role) {
        self.settings.role = Some(role);
        if role == Role::Shared {
            self.settings.student_name.clear();
            self.settings.student_id.clear();
        }
        self.settings_dirty = true;
    }
}
