# Class results with a learning platform (Canvas, Moodle): hand-ins from the platform's
# download, a roster, and the gradebook written in the roster's own layout.

# The library's *Class results…* menu: where the hand-ins are.
lms-from-folder = A folder of hand-ins…
lms-from-zip = A download from Canvas or Moodle (.zip)…
lms-from-zip-hover = The zip the platform gives for "Download Submissions" or "Download all submissions", as it comes

# File dialogs ("the file dialog for …" for the purposes).
lms-purpose-open-zip = choosing the platform's download of hand-ins
lms-purpose-open-roster = choosing the roster
lms-purpose-save-gradebook = saving the gradebook for the roster
lms-dialog-open-zip = Choose the download of hand-ins (.zip)
lms-dialog-open-roster = Choose the roster (CSV from Canvas or Moodle)
lms-dialog-save-gradebook = Save the gradebook to import
lms-filter-zip = Zip archive

# Hand-ins or a roster that cannot be read; $reason says why.
lms-failure-download = The hand-ins cannot be read: { $reason }

# The class results page's *Roster* tab.
lms-tab-roster = Roster
lms-roster-heading = Roster
lms-roster-help = The class list from your platform (Canvas: Grades > Export; Moodle: Download grading worksheet). With it, class results say who handed nothing in, and the gradebook is written in the platform's own layout.
lms-roster-button = Roster…
lms-roster-hover = Choose the class list exported from Canvas or Moodle, or a CSV with name and id columns
# $kind: Canvas, Moodle or CSV; $file: the roster's path; $count: students in it.
lms-roster-chosen = { $kind } roster { $file }: { $count ->
    [one] { $count } student
   *[other] { $count } students
}
lms-assignment = Assignment column:
lms-missing-zero = Missing counts as zero
lms-missing-zero-hover = Students who handed nothing in get 0 in the gradebook instead of an empty grade
lms-gradebook-button = Gradebook for the roster…
lms-gradebook-hover = The roster's own file with the grades filled in, ready to import into your platform
# $count: students in the roster; $path: where it was written.
lms-gradebook-written = Wrote the gradebook for { $count ->
    [one] { $count } student
   *[other] { $count } students
} to { $path }. Import it into your platform as it is.
lms-gradebook-not-written = The gradebook was not written
lms-missing-heading = Handed nothing in ({ $count })
lms-missing-none = Everyone on the roster handed something in.
# $name: the student as the roster has it; $note: what they handed in instead.
lms-missing-row-note = { $name }: { $note }
lms-unmatched-heading = Hand-ins that match no one on the roster ({ $count })
lms-unmatched-help = Choose the student each belongs to; the choice is remembered beside the download.
# $name: the name typed; $lms: the platform's identity ("Canvas user 5000"), may be empty.
lms-unmatched-row = { $name } { $lms }
lms-unmatched-choose = Belongs to…
lms-mismatches-heading = Names that differ from the platform's ({ $count })
lms-late-heading = Handed in late ({ $count })
lms-other-files-heading = Files that are not answers ({ $count })
lms-nothing-to-say = Choose a roster to see who handed nothing in.
# A flag in the students table.
lms-flag-late = late
