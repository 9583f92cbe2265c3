//! Everything a person (or finished background work) can ask the app to do: the one
//! vocabulary of the app, below every page. Views return these; [`AppState::handle`]
//! dispatches each to the page that owns it. Pages import this module, never the
//! dispatcher.
//!
//! [`AppState::handle`]: crate::app::state::AppState::handle

use crate::app::done::Done;
use crate::app::editing::{EditCommand, SpanId};
use crate::app::failure::Failure;
use crate::app::messages::MessageId;
use crate::app::settings::Role;
use crate::model::Label;
use crate::model::class::GradebookFormat;
use std::path::PathBuf;

/// What the article shows in feedback mode.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Overlay {
    /// The student's highlights.
    Mine,
    /// The key's items.
    Key,
    /// Both.
    Both,
}

/// What the user can do on the lesson page.
#[derive(Clone, Debug, PartialEq)]
#[must_use]
pub enum LessonCommand {
    /// Select or edit highlights.
    Edit(EditCommand),
    /// Set a highlight's note.
    SetNote(SpanId, String),
    /// Check the answer against the key.
    Check,
    /// Back to highlighting after feedback.
    TryAgain,
    /// Feedback overlay.
    SetOverlay(Overlay),
    /// Scroll the article to a char.
    ScrollTo(usize),
    /// Show or hide the hand-in form (name and student id).
    HandIn(bool),
    /// Hand in: save the answer to a file of the student's choice (needs a name).
    SaveAnswerAs,
    /// Load an answer file into the lesson.
    OpenAnswerDialog,
    /// Export the highlights as W3C, brat or newsmark JSON (asks where).
    Export,
    /// After a hand-in: unlock the highlights (a new hand-in is needed).
    MakeChanges,
    /// Clear the highlights, the autosave and the hand-in form for the next student.
    StartFresh,
    /// Take up the unfinished work found on a shared computer.
    ContinueUnfinished,
}

/// The parts of the workshop.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tab {
    /// Title, source, level, instructions.
    Details,
    /// The article's Markdown with a live preview.
    Article,
    /// The answer key over the article.
    Key,
}

/// A lesson detail edited in the form.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Field {
    /// Title.
    Title,
    /// Summary.
    Summary,
    /// Outlet.
    Outlet,
    /// Author.
    Author,
    /// Date.
    Date,
    /// Web address.
    Url,
    /// Licence.
    Licence,
    /// Skills, comma-separated.
    Skills,
    /// Minutes.
    Minutes,
    /// Instructions for the student.
    Instructions,
    /// Language code.
    Language,
}

/// What the instructor can do in the workshop.
#[derive(Clone, Debug, PartialEq)]
#[must_use]
pub enum AuthoringCommand {
    /// Show a part.
    Tab(Tab),
    /// Change a detail.
    Set(Field, String),
    /// Change the level (1 to 3, or none).
    SetLevel(Option<u8>),
    /// The article's Markdown was edited.
    SetBody(String),
    /// Take the edited article: parse it and re-find the key items on it.
    ApplyArticle,
    /// Select or edit key items.
    Edit(EditCommand),
    /// Set an item's rationale.
    SetRationale(SpanId, String),
    /// Mark an item optional (debatable) or not.
    SetOptional(SpanId, bool),
    /// Show the article as the student will see it.
    PreviewAsStudent(bool),
    /// Run the key checker.
    Check,
    /// Select the item a checker finding is about.
    SelectItem(SpanId),
    /// Ask the assistant for suggestions.
    Suggest,
    /// Accept suggestion `i` as a key item.
    Accept(usize),
    /// Reject suggestion `i`.
    Reject(usize),
    /// Accept every pending suggestion of a rule.
    AcceptRule(String),
    /// Reject every pending suggestion of a rule.
    RejectRule(String),
    /// Move the current suggestion (keyboard).
    NextSuggestion(bool),
    /// Delete an item that could not be found again after the article was edited.
    DropOrphan(usize),
    /// Place an unplaced item again: it becomes a key item over the current selection.
    PlaceOrphan(usize),
    /// Save the lesson and its key.
    Save,
    /// Save the lesson and its key where the instructor chooses.
    SaveAs,
    /// Export the key as W3C, brat or newsmark JSON (asks where).
    Export,
    /// Compare this key with another key of the same lesson (asks for it).
    Compare,
    /// Decide the current disagreement with the other key.
    CompareChoose(crate::model::agree::Choice),
    /// Stop comparing.
    CompareEnd,
}

/// The parts of the page.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ClassTab {
    /// The table of students.
    Students,
    /// Key items, hardest first.
    Items,
    /// Label confusion and score histogram.
    Figures,
    /// The class heat map over the article.
    HeatMap,
    /// The roster from the LMS: who handed nothing in, hand-ins that match no one, late
    /// work, the gradebook to import.
    Roster,
}

/// A column to sort the students by.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SortBy {
    /// Name (or file).
    Name,
    /// Score.
    Score,
    /// F1 of one label.
    Label(Label),
    /// Passage F1.
    Passage,
    /// Key items missed.
    Missed,
    /// Highlights that overlap no key item.
    Extra,
}

/// What the teacher can do on the page.
#[derive(Clone, Debug, PartialEq)]
#[must_use]
pub enum ClassCommand {
    /// Show a part.
    Tab(ClassTab),
    /// Sort the students (again: the other way round).
    Sort(SortBy),
    /// Show a student's highlights over the key (or none).
    Select(Option<usize>),
    /// The label the heat map shows.
    HeatLabel(Label),
    /// Large text, no student names.
    Projector(bool),
    /// Write a gradebook CSV (asks where).
    Export(GradebookFormat),
    /// The roster from the LMS and what goes with it.
    Roster(RosterCommand),
}

/// What the teacher can do with a roster on the class results page.
#[derive(Clone, Debug, PartialEq)]
#[must_use]
pub enum RosterCommand {
    /// Choose the roster file (asks for it).
    Choose,
    /// Students without a hand-in get 0 in the roster's gradebook, or an empty grade.
    MissingCountsAsZero(bool),
    /// The Canvas assignment column to fill (its header).
    Assignment(String),
    /// The score's scale for a roster that brings none (a name,id list).
    Points(f64),
    /// A hand-in (its LMS key, or its file) belongs to this roster row (its id), or to none;
    /// remembered beside the download.
    Match {
        /// The hand-in's key (`canvas:5000`, or the file name).
        hand_in: String,
        /// The roster row's id, or `None` to forget the match.
        row: Option<String>,
    },
    /// Write the gradebook in the roster's layout (asks where).
    Gradebook,
}

/// What the learner can do on the profile page.
#[derive(Clone, Debug, PartialEq, Eq)]
#[must_use]
pub enum ProfileCommand {
    /// Ask for the file to export to.
    Export,
    /// Reset the profile: the first press asks, the second does it.
    Reset,
    /// Keep the profile after all.
    KeepIt,
    /// Chart one skill tag's F1 over time, or (`None`) the three labels'.
    Chart(Option<String>),
}

/// What the learner can do in focus practice.
#[derive(Clone, Debug, PartialEq)]
#[must_use]
pub enum FocusCommand {
    /// Select or edit highlights in the paragraph.
    Edit(EditCommand),
    /// Check the paragraph.
    Check,
    /// The next paragraph.
    Next,
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
    /// Class results from an LMS's download of all submissions (asks for the zip).
    ClassResultsZip(String),
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
    /// Show the lessons that match this search and these filters.
    Filter(crate::service::filter::LibraryFilter),
}

impl LibraryCommand {
    /// An instructor tool, hidden and refused in student mode.
    pub fn for_teachers(&self) -> bool {
        match self {
            LibraryCommand::Open(_) | LibraryCommand::Filter(_) => false,
            LibraryCommand::NewLesson
            | LibraryCommand::ImportArticle
            | LibraryCommand::Edit(_)
            | LibraryCommand::ClassResults(_)
            | LibraryCommand::ClassResultsZip(_)
            | LibraryCommand::TogglePack(_)
            | LibraryCommand::SetPackClass(_)
            | LibraryCommand::SetPackDue(_)
            | LibraryCommand::SetPackShared(_)
            | LibraryCommand::ExportPack => true,
        }
    }
}

/// What the user does in the picker.
#[derive(Clone, Debug, PartialEq, Eq)]
#[must_use]
pub enum PickerCommand {
    /// Show another folder.
    Go(PathBuf),
    /// Change the file name to save as.
    SetName(String),
    /// Edit the folder path field.
    SetPath(String),
    /// Choose this file (open) or save under the name in the folder shown.
    Choose(Option<PathBuf>),
    /// Open what *File name* names: a file in the folder shown or a whole path (a folder's
    /// path is listed instead).
    OpenNamed,
    /// Close without choosing.
    Cancel,
    /// Answer "Replace NAME?" with yes: save over the file.
    Replace,
    /// Answer "Replace NAME?" with no: back to the picker, nothing saved.
    KeepIt,
}

/// A change of the interface's size.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Zoom {
    /// Larger (A+, Ctrl +).
    In,
    /// Smaller (A-, Ctrl -).
    Out,
    /// Back to the default size (Ctrl 0).
    Reset,
}

/// Everything the user (or finished background work) can do.
#[must_use]
pub enum Command {
    /// Ask for a lesson or answer file to open.
    OpenFileDialog,
    /// Open a lesson or answer file.
    OpenPath(PathBuf),
    /// Back to the library (the open answer is saved first).
    ShowLibrary,
    /// Theme.
    SetDark(bool),
    /// Make the whole interface larger or smaller, or reset it.
    Zoom(Zoom),
    /// Set the student's name.
    SetName(String),
    /// Set the student's id.
    SetStudentId(String),
    /// Student or teacher mode (the person's own choice, remembered).
    SetRole(Role),
    /// Speak this language from now on (remembered).
    SetLanguage(crate::i18n::Language),
    /// Dismiss a message.
    Dismiss(MessageId),
    /// Dismiss every message.
    DismissAll,
    /// Show or hide help.
    ToggleHelp,
    /// Something could not be done; say so.
    Failed(Failure),
    /// For the library page.
    Library(LibraryCommand),
    /// For the lesson page.
    Lesson(LessonCommand),
    /// For the workshop.
    Authoring(AuthoringCommand),
    /// For the class results page.
    Class(ClassCommand),
    /// For newsmark's own file picker.
    Picker(PickerCommand),
    /// For the skills profile.
    Profile(ProfileCommand),
    /// Show the skills profile.
    ShowProfile,
    /// Start focus practice on a label (its paragraphs are gathered on a worker).
    StartFocus(Label),
    /// For focus practice.
    Focus(FocusCommand),
    /// Background work finished.
    Done(Done),
}
