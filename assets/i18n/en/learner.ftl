# The learner's pages: the skills profile, focus practice, and the plain words that explain
# every figure (score, found, precise, F1) on the feedback, class results and profile.


## Plain words for figures (hovers and lines of help). "F1", "found" and "precise" are the
## names the pages show for the figures; 70 is the benchmark from the teacher guide.

# Shown next to the score.
words-benchmark = Expert annotators agree at about 70.
# Hover on the benchmark.
words-benchmark-hover = Two careful people who mark the same news article on their own usually agree at about 70 to 75 out of 100. So 70 is expert level: nobody is expected to get 100.
# A line of help under the score.
words-score = How well your highlights matched the key: 100 = exactly, 0 = no overlap.
# Hover on the score.
words-score-hover = Your score compares your highlights with the key, label by label. You get points for the key's words you found with the right label, and lose points for highlighting words the key does not mark. 100 = exactly the key, 0 = no overlap.
# Hover on the "found" figure (recall).
words-found = Found (recall): how much of what the key marks with this label you highlighted with this label. 100% = you found all of it.
# Hover on the "precise" figure (precision).
words-precise = Precise (precision): how much of your highlighting with this label the key also marks with this label. 100% = none of your highlighting was off target.
# Hover on a label's F1.
words-f1 = F1: found and precise combined into one number for this label. 100 = your highlights matched the key exactly, 0 = no overlap.
# The line of help under the per-label table.
words-table-help = found: how much of the key you highlighted · precise: how much of your highlighting the key has too · F1: both together, 100 = exactly, 0 = no overlap
# Hover on the passage figure, shown as "Right passages, any label".
words-passage = Right passages, any label (passage F1): how well you found the words that matter, even where you chose another label. 100 = the same words as the key, 0 = no overlap.
# The line of help under the passage figure.
words-passage-help = The same as the score, but a wrong label still counts: did you find the right words?
# Hover on a label the key has nothing for.
words-nothing-to-find = The key marks nothing with this label, and you highlighted nothing with it: there was nothing to find.
# Hover on the counts of the key's items by status.
words-status-counts = Found: you highlighted at least half of the item with its label. Partly found: less than half. Wrong label: you highlighted it, but with another label. Missed: you did not highlight it.
# Hover on how much of a partly found item was highlighted.
words-covered = How much of this item's words you highlighted with the item's label. Half or more counts as found.
# Hover on the best score and the number of attempts.
words-best = Your best score on this lesson so far, and how many times you have checked it.
# Hover on the list of attempts' scores.
words-attempts = Your score at each check of this lesson, first to last.
# Hover on the "Extra" column of the class results (the teacher reads it).
words-extra = Extra: the student's highlights that overlap no key item at all. A few can be a reasonable reading worth discussing; many suggest guessing or highlighting too much.


## The skills profile page.

profile-back = Back to library
profile-heading = Your skills profile
# Shown instead of the profile in words before any lesson has been checked.
profile-empty = Check a lesson to start your profile.
# A label's or a skill's F1 as a whole number out of 100: "F1 62".
profile-f1-value = F1 { $f1 }
# Hover on a label's F1.
profile-label-f1-hover = F1: how well your highlights with this label matched the key, found and precise together, averaged over your lessons. 100 = exactly, 0 = no overlap. 70 is expert level.
# Beside a label's or a skill's F1: how many lessons it is averaged over.
profile-over-lessons = { $count ->
    [one] over { $count } lesson
   *[other] over { $count } lessons
}
profile-over-lessons-hover = How many lessons with this label you have checked; your latest check of each counts.
# Caption of the list of skills (the tags of the lessons), the weakest first.
profile-by-skill = By skill, weakest first
profile-by-skill-hover = Your score on the lessons that practise each skill (the tags under each lesson in the library); the latest attempt of each lesson counts.
# Hover on a skill's bar.
profile-skill-f1-hover = Your score on the lessons that practise this skill: 100 = your highlights matched the key exactly, 0 = no overlap. 70 is expert level.

## The chart of F1 attempt by attempt.

# Caption before the menu that picks what the chart shows.
profile-chart-caption = F1 attempt by attempt:
profile-chart-caption-hover = F1 at each check, per label or for one skill: how well your highlights matched the key. 100 = exactly, 0 = no overlap. 70 is expert level.
# The choice in that menu that shows one line per label (the others are skill tags).
profile-chart-per-label = per label
# Hover on a point of the chart: $series is the label or skill, $date the date and time
# it was checked, $f1 the F1 as a whole number out of 100.
profile-chart-point = { $series }
    checked { $date }
    F1 { $f1 }
profile-chart-x-axis = date checked (UTC)
profile-chart-y-axis = F1

## Actions at the foot of the profile.

profile-focus-caption = Focus practice, paragraph by paragraph:
# A button per label ($label is its short name: "Attribution", "Opinion", "Unsupported").
profile-practise-label = Practise { $label }
profile-export = Export as CSV…
profile-export-hover = Every checked attempt, for your portfolio
# Shown after "Reset profile…" was pressed once, with the two buttons below.
profile-reset-warning = Reset deletes every attempt and score.
profile-reset-confirm = Yes, reset
profile-reset-keep = Keep it
profile-reset = Reset profile…
# A notice once the CSV is written; $path is the file.
profile-exported = Exported your profile to { $path }


## Focus practice: one label, paragraph by paragraph.

focus-back = Back to library
# $label is the name of the label practised.
focus-heading = Focus practice: { $label }
# The label's button: $key is the digit that labels from the keyboard, $label the label's
# short name ("1  Attribution", two spaces, as in the lesson's toolbar).
focus-label-button = { $key }  { $label }
focus-label-hover = Label the selection as { $label } (key { $key })
focus-delete = Delete highlight
focus-delete-hover = Delete the selected highlight (Delete key)
# The running tally: items of the key found, and highlights the key does not have. The
# page starts it with a capital letter where it begins a line.
focus-tally = found { $found } of { $items ->
        [one] { $items } item
       *[other] { $items } items
    } · { $extra ->
        [one] { $extra } highlight
       *[other] { $extra } highlights
    } the key does not have
# Under the heading: $position is "Paragraph 2 of 10", $tally the running tally above.
focus-progress = { $position } · { $tally }
# The end of a session.
focus-session-done = { $count ->
    [one] Session done: { $count } paragraph.
   *[other] Session done: { $count } paragraphs.
}
focus-again = Practise again
# $label is the name of the label practised.
focus-again-hover = Another session on { $label }
focus-profile = Your skills profile…
# $labels is what the label marks, in the plural ("attributions", "opinion words",
# "unsupported assertions").
focus-from-untried = You have not checked a lesson with { $labels } yet, so these paragraphs come from lessons you have not tried, and their feedback shows some of those lessons' answers. Check a lesson first to practise on the ones you know.
# $label is the label's name in lower case ("opinion"), $key the digit that labels.
focus-instructions = Mark every { $label } in this paragraph (select it, then press { $key } or the button below), or none if it has none; then check.
# Where the paragraph comes from: $title is the lesson's title.
focus-from-lesson = From “{ $title }”
focus-check = Check this paragraph
# After checking a paragraph that has nothing for the label, with and without highlights.
focus-none-needed = This paragraph has none: nothing needed marking.
focus-none-right = Right: this paragraph has none.
# $score is out of 100.
focus-score = Score { $score }
focus-finish = Finish the session
focus-next = Next paragraph
# A quotation of the paragraph's words.
focus-quote = “{ $quote }”
# Under an optional item of the key that was not found.
focus-optional = optional: debatable, it costs nothing
# A highlight the key does not have: $quote is its words, $label the label's name in lower
# case, and the question depends on the label ($kind is attribution, opinion or unsupported).
focus-extra-highlight = “{ $quote }”: not { $label } in the key. Ask yourself: { $kind ->
        [attribution] who is said to say it?
        [opinion] does the word judge, or only report?
       *[unsupported] is there a source for this claim?
    }
