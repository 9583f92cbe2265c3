# The library page: the list of lessons, the first start's question, the instructor tools
# and the student pack being put together.

## The top of the page

# The page's main heading.
library-title = Lessons
# The line under the heading. The names in brackets are the three labels (see common.ftl):
# use the same words as there.
library-intro = Pick an article. Highlight who is speaking (Attribution), words that judge (Opinion) and claims with no source (Unsupported assertion), then check your answers.
# Shown beside a spinner while a lesson opens. $name: the lesson's file name.
library-opening = Opening { $name }…
# The button at the bottom of the page.
library-open-file-button = Open a lesson or answer file…
# $words: a sentence or two about the learner's skills, already translated.
library-skills = Your skills: { $words }
library-skills-profile-button = Your skills profile…
# The lesson to do next, at the top. $title: the lesson's title.
library-recommended-next = Recommended next: { $title }
library-start-button = Start it
# Hover text and screen-reader name of the buttons that open a lesson. $title: the
# lesson's title (for the screen reader, with its number or class in front).
library-open-title = Open { $title }

## "Continue" bar: the lesson with autosaved work that is not checked yet

library-continue-label = Where you left off:
# $title: the lesson's title.
library-continue-button = Continue { $title }
library-continue-hover = Open it with your highlights as you left them

## The first start's question: whose copy is this?

library-role-question = Who uses newsmark on this computer?
library-role-explanation = A student's copy shows lessons, feedback and hand-in. On a computer students share, nothing of one student (name, work, scores) is kept for the next. A teacher's copy also shows the instructor tools: new lessons, answer keys, student packs and class results. You can change this at any time with the mode menu in the top bar.
library-role-student-button = I am a student
library-role-shared-button = Students share this computer
library-role-shared-hover = A lab or trolley computer: no name, work or score of one student is kept for the next
library-role-teacher-button = I am a teacher

## Instructor tools (teacher mode)

# Before the "New lesson…" and "Make a lesson from an article…" buttons.
library-instructors = For instructors:
library-new-lesson-button = New lesson…
library-new-lesson-hover = Paste an article and write its answer key
library-import-article-button = Make a lesson from an article…
library-import-article-hover = A saved web page (.html), a .txt or a .md file
# Shown in an error when a student-mode copy is asked for an instructor tool.
library-instructor-tool-refused = That is an instructor tool; switch to teacher mode in the top bar to use it.

## Sections of the list (class packs are headed by their own names)

# The lessons that come with newsmark.
library-section-lessons = Lessons
# Lessons the teacher wrote or the learner opened from a file.
library-section-mine = My lessons

## One lesson's card

# A badge above the title of the lesson recommended next.
library-recommended-badge = Recommended next
# A badge above the title of a lesson with saved, unchecked work.
library-in-progress = In progress
library-in-progress-hover = Your highlights are saved and not checked yet: open the lesson to go on
# The lesson's difficulty level, a number from the lesson's file.
library-level = Level { $level }
# The expected time of work, in minutes.
library-minutes = { $minutes } min
# $problem: why the file cannot be read, already translated.
library-cannot-open = Cannot be opened: { $problem }
library-open-button = Open
# The learner's best score on the lesson, a whole number (out of 100).
library-best-score = Best { $score }
# How many times the learner checked this lesson.
library-attempts = { $count ->
        [one] { $count } attempt
       *[other] { $count } attempts
    }
library-not-tried = Not tried yet

## Instructor buttons on a card (teacher mode)

# A checkbox: put this lesson in the student pack.
library-pack-checkbox = Pack
# The screen-reader name of that checkbox. $title: the lesson's title.
library-pack-checkbox-name = Put { $title } in the student pack
library-pack-checkbox-hover = Choose lessons for a student pack to hand out
library-class-results-button = Class results…
# Screen-reader name of the button. $title: the lesson's title.
library-class-results-name = Class results for { $title }
library-class-results-hover = Score a folder of handed-in answers against this lesson's key
library-edit-button = Edit
# Screen-reader name of the button. $title: the lesson's title.
library-edit-name = Edit { $title }
library-edit-hover = Edit the lesson and its answer key in the workshop

## The student pack being put together (teacher mode)

# $count: how many lessons are chosen.
library-pack-bar-title = Student pack: { $count ->
        [one] { $count } lesson
       *[other] { $count } lessons
    }
# Label of the text field for the class's name, and the grey example inside it.
library-pack-class = Class
library-pack-class-hint = e.g. 9B media
# Label of the text field for the due date, and the grey example inside it.
library-pack-due = Due
library-pack-due-hint = e.g. Friday
# A checkbox.
library-pack-shared = For shared computers
library-pack-shared-hover = Lab or trolley computers: the pack's lessons keep no student's name, work or score for the next student
library-pack-save-button = Save pack…
library-pack-save-hover = One file with these lessons (never their keys) to email or upload
# Notice after the pack is saved. $count: how many lessons; $shared: "yes" when the pack
# is for shared computers, else "no"; $path: the file written.
library-pack-written = Wrote the student pack ({ $count ->
        [one] { $count } lesson
       *[other] { $count } lessons
    }, no keys{ $shared ->
        [yes] , for shared computers
       *[no] {""}
    }) to { $path }
