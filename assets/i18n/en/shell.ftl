# Everything around the pages: the top bar, the message area, the help window, the window's
# title, messages about settings, progress and files, newsmark's own file picker and the
# system's file dialogs, and the article's accessible names.

## The top bar

# After the app's name: the open lesson's title ($title).
shell-top-lesson-title = — { $title }
# After the app's name: the title of the lesson open in the workshop (the teacher's editor).
shell-top-workshop-title = — workshop: { $title }
shell-help-button = Help
shell-help-hover = The three labels and how scoring works (F1)
# The theme button says what pressing it switches to.
shell-theme-light = Light theme
shell-theme-dark = Dark theme
# Buttons that make all text larger or smaller.
shell-zoom-in = A+
shell-zoom-in-hover = Larger text everywhere (Ctrl +; Ctrl 0 for the usual size)
shell-zoom-out = A-
shell-zoom-out-hover = Smaller text everywhere (Ctrl -; Ctrl 0 for the usual size)
shell-open-file = Open file…

# The mode menu. Shown before a mode is chosen:
shell-mode-none = Choose a mode
# The menu's name for a screen reader; $mode is one of the modes below (or shell-mode-none).
shell-mode-name = Mode: { $mode }
shell-mode-hover = Student mode hides the instructor tools (new lessons, answer keys, packs, class results); shared computer mode also keeps no student's name, work or scores for the next; teacher mode shows every tool
shell-role-student = Student mode
shell-role-teacher = Teacher mode
shell-role-shared = Shared computer mode

## The help window

shell-help-heading = Help
shell-help-close = Close help
shell-help-close-hover = Close help (Escape or F1)

## The message area (notices and errors at the bottom of the window)

shell-message-dismiss = Dismiss
shell-message-dismiss-hover = Dismiss this message
# What a screen reader says for the Dismiss button of the newest message, and of an older
# one ($number: its place, newest first, from 2 up).
shell-message-dismiss-newest = Dismiss the newest message
shell-message-dismiss-number = Dismiss message { $number }
# The fold that holds the older messages.
shell-messages-earlier = { $count ->
    [one] { $count } earlier message
   *[other] { $count } earlier messages
}
shell-messages-dismiss-all = Dismiss all
# What was just done, read out by a screen reader ($words), ending with a full stop.
shell-said = { $words }.

## Small widgets every page uses

# Short label names on buttons (the full names are label-attribution and so on).
shell-label-short-attribution = Attribution
shell-label-short-opinion = Opinion
shell-label-short-unsupported = Unsupported
shell-back-to-library = Back to library

## The window's title ("newsmark" is the app's name)

shell-window-title-library = newsmark — Lessons
# $title: the lesson's title.
shell-window-title-lesson = newsmark — { $title }
shell-window-title-workshop = newsmark — workshop: { $title }
shell-window-title-class = newsmark — class results: { $title }
shell-window-title-profile = newsmark — your skills profile
shell-window-title-focus = newsmark — focus practice

## Settings and progress

# $reason: why, as the file system or the file's checker says it.
shell-settings-unreadable = Your settings could not be read; the defaults are used: { $reason }
shell-settings-not-saved = Your settings could not be saved
shell-progress-unreadable = Your progress could not be read and will not be changed: { $reason }
shell-progress-not-saved = Could not save your progress
shell-progress-unreadable-not-reset = Your progress file could not be read at start, so it is left as it is.
shell-progress-reset = Your skills profile was reset.
shell-progress-not-reset = Your progress could not be reset

## Opening things

# The title a new lesson starts with in the workshop.
shell-new-lesson-title = New lesson
# While a page is being prepared the library says "Opening …" followed by one of these
# ($label: a label's full name; $lesson: the lesson's file name), or by a file name.
shell-opening-focus = focus practice on { $label }
shell-opening-class = class results for { $lesson }
# Used in place of the file name of an article whose name cannot be read.
shell-article-fallback-name = article
# $count: how many lessons; $heading: the pack's heading in the library (class and due date).
shell-pack-added = Added { $count ->
        [one] { $count } lesson
       *[other] { $count } lessons
    } to your library under "{ $heading }".
shell-pack-no-data-folder = Packs are added to your data folder, and there is none.
# $path: the answer file; $lesson: the lesson's file name, already in quotes.
shell-answer-lesson-missing = { $path }: this answer belongs to the lesson { $lesson }, which is not in the library; open the lesson first, then load the answer
# A teacher's released answer key was put beside its lesson ($title: the lesson's title).
shell-key-released = The answer key for "{ $title }" is in place: open the lesson, load your answer if it is not there, and check it.
# Stands for the lesson in shell-failure-key-no-lesson when the key does not say.
shell-key-unknown-lesson = an unknown lesson
shell-key-not-placed = The answer key was not put beside its lesson

## File dialogs left behind

# $purpose: one of the picker-purpose-* messages ("opening a file").
shell-picker-closed = The file picker for { $purpose } was closed because you left the page that opened it; nothing was saved or opened.
shell-dialog-answered-late = The file dialog for { $purpose } was answered after you left the page that opened it, so nothing was saved or opened. Go back to it and try again.
# $why: why not, e.g. picker-no-system-dialog.
shell-picker-instead = The system's file dialog could not be shown ({ $why }); newsmark's own file picker is open instead.
shell-workshop-unsaved = The workshop has unsaved changes. Save them, or press "Back to library" again to discard them.

## What went wrong

# $what: what was not written ("The gradebook was not written"); $reason: why.
shell-failure-write = { $what }: { $reason }
# $lesson: the lesson's file name.
shell-failure-no-key = { $lesson } has no answer key beside it, so answers cannot be scored.
shell-failure-key-unusable = The answer key cannot be used: { $reason }
# $key: the key file; $lesson: the lesson's file name it is for (or shell-key-unknown-lesson).
shell-failure-key-no-lesson = { $key }: no lesson in your library matches this key (it is for { $lesson }); open the lesson or its pack first
# $label: a label's full name.
shell-failure-no-paragraphs = No keyed lesson has paragraphs for { $label } practice.
# A bug: $why is what the program said (often in English), or shell-worker-no-reason.
shell-failure-worker = Background work failed inside newsmark ({ $why }). Nothing was changed by it; your work is still here, so try again.
shell-worker-no-reason = no reason was given
# $reason: the operating system's words.
shell-failure-no-thread = newsmark could not start a worker thread: { $reason }

## What a file dialog is for, fitting "the file dialog for …" and "the file picker for …"

picker-purpose-open-file = opening a file
picker-purpose-save-answer = handing in your answer
picker-purpose-open-answer = loading an answer
picker-purpose-import-article = making a lesson from an article
picker-purpose-save-lesson = saving the lesson
picker-purpose-open-folder = choosing the folder of answers
picker-purpose-export = the export
picker-purpose-save-profile = exporting your skills profile
picker-purpose-save-pack = saving the student pack
picker-purpose-save-gradebook = saving the gradebook

## The system's file dialogs: titles and the names of the file type filters

picker-no-system-dialog = no system file dialog is available on this desktop
picker-dialog-open-file = Open a lesson, pack or answer
picker-filter-open-file = Lessons, packs and answers
picker-dialog-save-answer = Save your answer
picker-filter-answer = newsmark answer
picker-dialog-open-answer = Load an answer
picker-dialog-import-article = Make a lesson from an article
picker-filter-article = Web pages and text
picker-dialog-save-lesson = Save the lesson (its key is saved beside it)
picker-filter-lesson = newsmark lesson
picker-dialog-open-folder = Choose the folder of answers
# W3C Web Annotation, brat and newsmark are names of file formats.
picker-dialog-export = Export: W3C Web Annotation (.jsonld), brat (.ann) or newsmark (.json)
picker-filter-export = W3C, brat or newsmark
picker-dialog-save-profile = Export your skills profile
picker-dialog-save-pack = Save the student pack
picker-filter-pack = newsmark student pack
picker-dialog-save-gradebook = Save the gradebook

## newsmark's own file picker (when the system's file dialog cannot be shown)

picker-title-open-file = Open a lesson, pack or answer
picker-title-save-answer = Hand in: save your answer
picker-title-open-answer = Load an answer
picker-title-import-article = Make a lesson from an article
picker-title-save-lesson = Save the lesson
picker-title-open-folder = Choose the folder of answers
picker-title-save-gradebook = Save the gradebook
picker-title-save-pack = Save the student pack
picker-title-export = Export (.jsonld, .ann or .json)
picker-title-save-profile = Export your skills profile
picker-explanation = newsmark's own file picker (the system's file dialog could not be shown).
picker-up = Up
picker-up-hover = The folder above
picker-home = Home
# The name of the field that holds the folder shown, for a screen reader.
picker-folder-name = Folder
picker-file-name-label = File name:
# The name of the file name field, for a screen reader.
picker-file-name = File name
picker-save-here = Save here
picker-save-here-hover = Save under this name in this folder
picker-open = Open
picker-open-hover = Open the file named here (a name in this folder, or a whole path)
picker-use-folder = Use this folder
picker-cancel = Cancel
# Shown in place of the list when the folder has nothing to choose.
picker-empty = (no fitting files here)
# $folder: the folder's path; $reason: why.
picker-folder-not-listed = { $folder } cannot be listed: { $reason }
# $path: the file's path, typed where a folder was wanted.
picker-typed-file-not-folder = { $path } is a file. Choose the folder the answers are in.
picker-open-name-missing = Type a file name, or pick a file from the list.
picker-save-name-bad = Type a file name (without folders).
# $name: the name typed; $folder: the folder shown.
picker-name-is-folder = { $name } is a folder in { $folder }; type a file name to save as.

# Asked before a file is saved over ($name: the file's name), with what the file holds and
# the folder it is in ($folder).
picker-replace-question = Replace { $name }?
picker-replace-folder = In { $folder }
picker-keep = Keep it
picker-replace = Replace
# What an answer file holds: $who is one of the two next messages; $lesson is the lesson's
# file name and $time when it was handed in (2026-12-05T10:42:00Z), each when the file says.
picker-holds-named-answer = { $student }'s answer
picker-holds-unnamed-answer = an answer without a name
picker-holds = It holds { $who }.
picker-holds-lesson = It holds { $who } to { $lesson }.
picker-holds-time = It holds { $who }, handed in { $time }.
picker-holds-lesson-time = It holds { $who } to { $lesson }, handed in { $time }.
# Any other file: its size ($size: one of the three next messages) and when it last changed
# ($time, as 2026-12-05T10:42:00Z).
picker-holds-file = It is a file of { $size }.
picker-holds-file-changed = It is a file of { $size }, last changed { $time }.
picker-size-bytes = { $count } bytes
# $size: a number with one decimal.
picker-size-kilobytes = { $size } KB
picker-size-megabytes = { $size } MB

## The article (what a screen reader says, and images)

article-name = Article
# A highlight: $label is the label's full name, $quote the words highlighted.
article-mark-highlight = { $label }: { $quote }
# An item of the answer key shown over the article.
article-mark-key-item = Key item, { $label }: { $quote }
# The class heat map: how many of the class marked these words, $level from 1 (few) to 4 (most).
article-mark-heat = { $label } by { $level } of 4 parts of the class: { $quote }
# Shown in place of an image, which is never loaded: $alt is its description, $address
# where it is on the web.
article-image = [image: { $alt }]
article-image-remote = [image, not loaded: { $alt }, { $address }]
# The description of an image that has none.
article-image-no-alt = image
