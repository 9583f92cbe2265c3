//! The library page: every lesson with its level, skills, time and the learner's progress.
//! Opening a lesson runs in the background; the page shows which one is opening.

pub mod view;

/// A lesson being opened.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Opening {
    /// The request it answers.
    pub ticket: u64,
    /// The lesson's file name.
    pub name: String,
}

/// The library page's own state.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct LibraryPage {
    /// The lesson being opened, if one is.
    pub opening: Option<Opening>,
    /// The lesson whose class results wait for a folder of answers.
    pub class_for: Option<String>,
    /// Lessons chosen for a student pack (catalogue ids, in library order).
    pub pack: Vec<String>,
    /// The class name for the pack.
    pub pack_class: String,
    /// The due date for the pack.
    pub pack_due: String,
    /// The pack is for computers students share.
    pub pack_shared: bool,
}

impl LibraryPage {
    /// The library while a lesson opens.
    pub fn opening(ticket: u64, name: String) -> LibraryPage {
        LibraryPage {
            opening: Some(Opening { ticket, name }),
            ..LibraryPage::default()
        }
    }
}

/// What the user can do on the library page.
#[derive(Clone, Debug, PartialEq, Eq)]
#[must_use]
pub enum LibraryCommand {
    /// Open the lesson with this catalogue id.
    Open(String),
    /// Write a new lesson from pasted text.
    NewLesson,
    /// Make a lesson from an article file (asks for it).
    ImportArticle,
    /// Edit the lesson and key with this catalogue id in the workshop.
    Edit(String),
    /// Class results for the lesson with this catalogue id (asks for the folder).
    ClassResults(String),
    /// Put a lesson into the student pack, or take it out.
    TogglePack(String),
    /// The pack's class name.
    SetPackClass(String),
    /// The pack's due date.
    SetPackDue(String),
    /// The pack is for computers students share, or not.
    SetPackShared(bool),
    /// Write the pack (asks where).
    ExportPack,
}

impl LibraryCommand {
    /// An instructor tool, hidden and refused in student mode.
    pub fn for_teachers(&self) -> bool {
        match self {
            LibraryCommand::Open(_) => false,
            LibraryCommand::NewLesson
            | LibraryCommand::ImportArticle
            | LibraryCommand::Edit(_)
            | LibraryCommand::ClassResults(_)
            | LibraryCommand::TogglePack(_)
            | LibraryCommand::SetPackClass(_)
            | LibraryCommand::SetPackDue(_)
            | LibraryCommand::SetPackShared(_)
            | LibraryCommand::ExportPack => true,
        }
    }
}
