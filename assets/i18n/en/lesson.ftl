## The lesson page: the student highlights an article, checks the answer against the key
## and hands it in. Also the feedback side panel shown after checking, and the words a
## screen reader says after an edit of the highlights.

# Toolbar (under the title bar).

lesson-back-button = Back to library
lesson-back-hover = Back to the lesson list (your work is saved)
# Hover on the label buttons. $label: the label's name ("Opinion"); $key: the digit key
# that does the same (1, 2 or 3).
lesson-label-hover = Label the selection as { $label } (key { $key })
lesson-undo-button = Undo
# Keyboard shortcut of Undo (key names may follow your keyboard).
lesson-undo-hover = Ctrl+Z
lesson-redo-button = Redo
# Keyboard shortcut of Redo (key names may follow your keyboard).
lesson-redo-hover = Ctrl+Shift+Z
lesson-check-button = Check my answers
# Hover on the disabled "Check my answers" button.
lesson-check-no-key-hover = This lesson has no answer key
lesson-try-again-button = Try again
lesson-try-again-hover = Keep your highlights and improve them
# After checking: which highlights the article shows, followed by the choices "mine",
# "key" and "both".
lesson-show-overlay = Show:
lesson-overlay-mine = mine
lesson-overlay-key = key
lesson-overlay-both = both
lesson-hand-in-button = Hand in…
lesson-hand-in-hover = Write your answer to a file for your teacher (asks for your name)
# The menu of less frequent actions.
lesson-more-button = More…
# The menu's name for a screen reader.
lesson-more-menu-name = More actions
lesson-more-hover = More actions: load an answer, export your highlights
lesson-load-answer-button = Load answer…
lesson-export-button = Export…
# The file formats' names stay as they are.
lesson-export-hover = Your highlights as W3C Web Annotation (.jsonld), brat (.ann) or newsmark (.json)

# Above the article.

lesson-task-heading = Your task
# Key names (Shift, Ctrl, Tab, Delete, Escape) may follow your keyboard.
lesson-task-help = Mouse: drag over a phrase, then press 1, 2 or 3; click a highlight to change it. Keyboard: in the article, Shift+arrows select (with Ctrl, by word), 1, 2 or 3 labels, Tab walks the highlights, Delete removes one, Ctrl+Up and Ctrl+Down jump by paragraph, Escape leaves the article.
lesson-no-usable-key = This lesson has no usable answer key: it can be highlighted but not checked.

# The side panel while highlighting ("Your highlights").

lesson-highlights-heading = Your highlights
# How many highlights have a label: $count, then the label's short name ("3 Opinion").
lesson-label-count = { $count } { $label }
lesson-selected-heading = Selected highlight
# A highlighted phrase, quoted.
lesson-quote = “{ $quote }”
lesson-note-hint = Add a note (why?)
# The note field's name for a screen reader.
lesson-note-name = Note on the selected highlight
lesson-delete-highlight-button = Delete highlight
# Hover on "Delete highlight": the key that does the same.
lesson-delete-highlight-hover = Delete
lesson-nothing-highlighted = Nothing highlighted yet. Select a phrase in the article (drag with the mouse, or Shift+arrows with the keyboard), then press 1, 2 or 3.
# What a screen reader adds to a highlight in the list that has a note. $label: its
# label's name; $note: the student's note.
lesson-highlight-with-note = { $label }; note: { $note }
# Shown beside a highlight in the list that has a note.
lesson-has-note = (note)

# The hand-in dialog.

lesson-hand-in-heading = Hand in your answer
lesson-hand-in-intro = Your teacher sees this name with your answer.
lesson-hand-in-name = Your name
# Hint inside the empty name field.
lesson-hand-in-name-hint = required
lesson-hand-in-id = Student id
# Hint inside the empty student id field.
lesson-hand-in-id-hint = if your school uses one
lesson-hand-in-shared = This computer is shared: your name is not kept after you hand in.
lesson-hand-in-name-needed = Type your name to hand in.
lesson-hand-in-save-button = Choose where to save…
lesson-hand-in-cancel = Cancel

# Above the article after a hand-in, or when someone's unfinished work is found on a shared
# computer.

# $count: how many highlights the unfinished work has.
lesson-unfinished-question = Someone's unfinished work is here ({ $count ->
        [one] { $count } highlight
       *[other] { $count } highlights
    }): continue it, or start fresh?
# As lesson-unfinished-question, with $time: when it was saved (local time, "10:31").
lesson-unfinished-question-time = Someone's unfinished work is here ({ $count ->
        [one] { $count } highlight
       *[other] { $count } highlights
    }, { $time }): continue it, or start fresh?
# As lesson-unfinished-question, with $name: the name that was typed in the hand-in form.
lesson-unfinished-question-name = Someone's unfinished work is here ({ $count ->
        [one] { $count } highlight
       *[other] { $count } highlights
    }, name typed: { $name }): continue it, or start fresh?
# As lesson-unfinished-question, with the time it was saved and the name that was typed.
lesson-unfinished-question-time-name = Someone's unfinished work is here ({ $count ->
        [one] { $count } highlight
       *[other] { $count } highlights
    }, { $time }, name typed: { $name }): continue it, or start fresh?
lesson-continue-button = Continue it
lesson-start-fresh-button = Start fresh
lesson-start-fresh-hover = Remove the unfinished work from this computer
# $time: local time of day ("10:42"); $name: the student's name; $file: the file's name.
lesson-handed-in = Handed in at { $time } as { $name } (file { $file }).
lesson-handed-in-shared = Nothing of it stays on this computer: the lesson is ready for the next student.
lesson-next-student-button = Next student
lesson-handed-in-locked = Your highlights are locked. To change them, make changes and hand in again.
lesson-make-changes-button = Make changes
lesson-start-fresh-another-button = Start fresh for another student
lesson-start-fresh-another-hover = Clear the highlights, the saved work and the name

# Notices, errors and spoken words of the lesson page.

# Said by a screen reader when Tab walks to a highlight. $label: its label's name;
# $quote: its words; $position and $total: where it is among the highlights ("2 of 5").
lesson-selected-spoken = { $label }: { $quote }, { $position } of { $total }
# "Make changes" is the button lesson-make-changes-button.
lesson-locked-notice = Your answer is handed in, so the highlights are locked. Press "Make changes" to change them (then hand in again).
# $path: the file written.
lesson-exported = Exported your highlights to { $path }
# Starts an error message; the reason follows after a colon.
lesson-export-not-written = The export was not written
# An answer file was loaded. $path: the file.
lesson-answer-loaded = Loaded { $path }.
# As lesson-answer-loaded, with $note: what loading it found (a full sentence).
lesson-answer-loaded-note = Loaded { $path }. { $note }
lesson-no-key-error = This lesson has no answer key, so it cannot be checked.
# Said by a screen reader after checking. $score: 0 to 100; the others: how many key
# items have each status.
lesson-checked-spoken = Score { $score } of 100: { $found } found, { $partly } partly found, { $wrong } wrong label, { $missed } missed
# $error: why.
lesson-check-failed = Could not check the answer: { $error }
# $lesson: the lesson's file name; $error: why.
lesson-hand-in-failed = Your answer to { $lesson } was not handed in: { $error }. It is still in the lesson; try another folder.
# $error: why.
lesson-autosave-failed = Autosave failed; your work is kept here, hand it in or export it: { $error }
# $lesson: the lesson's file name; $path: the answer file written.
lesson-handed-in-saved = Handed in your answer to { $lesson }: saved to { $path }
# The chosen file held something else, so the answer went to a free name beside it.
# $chosen: the chosen file's name; $taken: what it holds ("another student's answer");
# $path: the file written.
lesson-handed-in-renamed = Handed in your answer to { $lesson }: { $chosen } was taken by { $taken }, so yours is saved as { $path } (the other file is left as it was).
lesson-changes-allowed = Your highlights can be changed again. Hand in again when you are done, or your teacher gets the earlier answer.
lesson-cleared = The lesson is clear: no highlights and no name. Ready for the next student.
# Starts an error message; the reason follows after a colon.
lesson-saved-work-not-removed = The saved work of this lesson could not be removed from this computer

## The feedback side panel, after "Check my answers".

# What the score means, by score: 85 to 100, 70 to 84, 50 to 69, 25 to 49, below 25.
feedback-meaning-excellent = Excellent: you agree with the key more closely than two trained annotators usually agree with each other.
feedback-meaning-expert = Expert level: you agree with the key about as well as two careful annotators agree with each other.
feedback-meaning-good-start = A good start: you found much of what the key marks. Read the missed items below and try again.
feedback-meaning-some = Some of your highlights match the key. The rationales below explain what to look for.
feedback-meaning-few = Few of your highlights match the key yet. Read the items below: each one says why it has its label.

# Beside the big score number.
feedback-out-of-100 = out of 100
# $best: the best score so far; $attempt: how many checks so far.
feedback-best-attempt = best { $best } · attempt { $attempt }
feedback-indiscriminate = Warning: you highlighted about as much as chance would. Highlighting everything does not pay: mark only the phrases that carry a label.
# Column headings of the per-label table: recall, precision and F1.
feedback-column-found = found
feedback-column-precise = precise
feedback-column-f1 = F1
# A percentage in the per-label table.
feedback-percent = { $percent }%
# In the per-label table, for a label the key does not use.
feedback-nothing-to-find = nothing to find
# $f1: passage F1, 0 to 100.
feedback-passages = Right passages, any label: { $f1 }
feedback-opinion-differs = Opinion is the label where careful readers differ most; attribution the least.

# A key item's status on its card (beside the statuses "found", "partly found", "wrong
# label", "missed"): the student gave the words one of the key's two labels but not the
# other.
feedback-status-second-label-missed = second label missed
# A status of an item the key marks as optional. $status: the status.
feedback-status-optional = { $status } (optional)
# How much of a partly found item was highlighted.
feedback-covered = { $percent }% covered
# A key item's words (or the student's), quoted; a link into the article.
feedback-quote = “{ $quote }”
feedback-show-in-article = Show in the article
# What a screen reader says on an item card. $status: its status (capitalised); $label:
# the key's label; $quote: the words; $reason: why the key labels them so.
feedback-item-spoken = { $status }. { $label }: “{ $quote }”. { $reason }
# As feedback-item-spoken, for an item without an explanation.
feedback-item-spoken-no-reason = { $status }. { $label }: “{ $quote }”
# The counts of key items by status.
feedback-key-items = Key items: { $found } found, { $partly } partly found, { $wrong } wrong label, { $missed } missed

# A wrong-label card. $count: how many other labels the student chose (1 or 2); $first
# and $second: their short names; $label: the key's label; $rationale: why the key labels
# the words so.
feedback-wrong-label-chose = You chose { $count ->
        [one] { $first }
       *[other] { $first } and { $second }
    }; the key has { $label }: { $rationale }
# As feedback-wrong-label-chose, when the key gives no reason.
feedback-wrong-label-chose-no-rationale = You chose { $count ->
        [one] { $first }
       *[other] { $first } and { $second }
    }; the key has { $label }.
# A wrong-label card when the student found one of two labels the key gives the same
# words. $count: how many labels the student gave them (1 or 2); $first and $second:
# their names; $quote: the words; $label: the key's other label; $rationale: why.
feedback-wrong-label-second = You marked these words as part of { $count ->
        [one] an { $first }
       *[other] an { $first } and an { $second }
    }; the key also labels “{ $quote }” as { $label }: { $rationale }
# As feedback-wrong-label-second, when the key gives no reason.
feedback-wrong-label-second-no-rationale = You marked these words as part of { $count ->
        [one] an { $first }
       *[other] an { $first } and an { $second }
    }; the key also labels “{ $quote }” as { $label }.

# The student's highlights that the key does not have.
feedback-extra-heading = Your highlights the key does not have
feedback-other-label = The key marks this passage with another label: compare the rationale of the overlapping item.
# $label: the student's label; $count: how many other labels the key has there (1 or 2);
# $first and $second: their names.
feedback-other-label-chose = You chose { $label }; the key has { $count ->
        [one] { $first }
       *[other] { $first } and { $second }
    } here: read the rationale of that item above.
feedback-not-in-key = Not in the key. Ask yourself: who says so, is it a judgment, or is it a claim without a source?
feedback-attempts-heading = Your attempts

# After "Try again": the last check's item cards, collapsed. $score: 0 to 100.
feedback-last-check = Last check's explanations (score { $score })
feedback-last-check-note = What the key said when you last checked; your highlights may have changed since.

## What a screen reader says after an edit of the highlights.

# A highlight made. $label: its label's name; $quote: its words.
spoken-highlight = { $label }: { $quote }
# A highlight given another label.
spoken-relabelled = Now { $label }: { $quote }
spoken-deleted = Highlight deleted: { $label }: { $quote }
# Several highlights changed at once.
spoken-many-changed = { $added } highlight(s) added, { $removed } removed
# $change: what the undo or redo changed (one of the spoken- sentences above).
spoken-undone = Undone; { $change }
spoken-redone = Redone; { $change }
