# The class results page: a folder of students' answers graded against a lesson's key.

## The toolbar

# The page's tabs, beside the "Back to library" button.
class-tab-students = Students
class-tab-items = Key items
class-tab-figures = Confusion and scores
class-tab-heat-map = Class heat map
# A checkbox: projector mode hides the students' names and makes the text larger.
class-projector = Projector (large text, no names)
# Before the buttons that export the gradebook (the grades) for a learning platform.
class-gradebook = Gradebook:
# The export buttons: a plain CSV file, and the learning platforms Canvas and Moodle
# (product names). The "…" says a save dialog opens.
class-gradebook-csv = CSV…
class-gradebook-canvas = Canvas…
class-gradebook-moodle = Moodle…
class-gradebook-hover = Write the gradebook for your learning platform
# The small line at the end of the toolbar: $folder is the folder of answers, $title the
# lesson's title.
class-toolbar-source = { $folder } · { $title }
# A notice once the gradebook is written: $count students, $path the file written.
class-gradebook-written = Wrote the gradebook ({ $count } student(s)) to { $path }

## The summary above every tab

# The heading: $count answers graded.
class-summary-answers = { $count } answer(s)
# $mean and $median are whole-number scores out of 100.
class-summary-mean-median = mean score { $mean }, median { $median }
    .hover = The average score of the class, and the middle score when the scores are put in order (half the class scored more, half less). Scores are out of 100.
# Beside the mean score; its hover explains the benchmark.
class-summary-benchmark = 70 is expert level
# $count answers were made on an earlier or later version of the lesson's text and placed
# on this one.
class-summary-reanchored = { $count } made on another version of the lesson (re-anchored)
# A collapsible list of the answer files with problems: $count files.
class-summary-problems = { $count } file(s) not counted or counted with a warning
# One line of that list: $file is the file, $message what is wrong with it.
class-summary-problem = { $file }: { $message }

## The Students tab: a table with a column per figure

class-students-help = Scores are out of 100: 100 = the key exactly, 0 = no overlap. Hover over a column's name for what it means; click it to sort.
# The column names (short: the columns are narrow) and, as .hover, what each means.
# "Attr", "Opin", "Unsup": Attribution, Opinion, Unsupported assertion.
class-column-student = Student
    .hover = The student's name (or the answer file's). Click a name in the table to see the student's highlights over the key.
class-column-score = Score
    .hover = How well the student's highlights matched the key, all labels together (100 × F1): 100 = exactly, 0 = no overlap. 70 is expert level.
class-column-attribution = Attr F1
    .hover = F1 for Attribution alone: how well the student's Attribution highlights matched the key's. It combines found (how much of the key's items they highlighted) and precise (how much of their highlighting the key has). 100 = exactly, 0 = no overlap; – = nothing to find.
class-column-opinion = Opin F1
    .hover = F1 for Opinion alone: how well the student's Opinion highlights matched the key's. It combines found (how much of the key's items they highlighted) and precise (how much of their highlighting the key has). 100 = exactly, 0 = no overlap; – = nothing to find.
class-column-unsupported = Unsup F1
    .hover = F1 for Unsupported assertion alone: how well the student's Unsupported highlights matched the key's. It combines found (how much of the key's items they highlighted) and precise (how much of their highlighting the key has). 100 = exactly, 0 = no overlap; – = nothing to find.
class-column-passage = Passage
    .hover = Right passages, any label (passage F1): how well the student found the words the key marks, even where they chose another label. 100 = the same words, 0 = no overlap.
class-column-statuses = Found / partly / wrong / missed
    .hover = Key items the student found (at least half highlighted with its label), partly found (less than half), highlighted with the wrong label, and missed.
class-column-extra = Extra
# The hover of a column's name: $help is what the column means (above).
class-column-sort-hover = { $help } Click to sort.
# The name of the column the table is sorted by, with the order: $name is the column's
# name. Names A to Z or Z to A; figures from high or from low.
class-column-sorted-a-z = { $name } (A-Z)
class-column-sorted-z-a = { $name } (Z-A)
class-column-sorted-high = { $name } (high)
class-column-sorted-low = { $name } (low)
# The last column: what to look at in an answer (the flags below, separated by commas).
class-column-flags = Flags
# Flags: the student highlighted nearly everything; the answer was made on another version
# of the lesson; $count highlights could not be placed on this version.
class-flag-indiscriminate = indiscriminate
class-flag-reanchored = re-anchored
class-flag-unplaced = { $count } unplaced
# In projector mode the names are hidden: $number is the row in the table.
class-projector-student = Student { $number }
class-student-row-hover = Show this student's highlights over the key

## One student's highlights, beside the table

# $score is out of 100.
class-student-score = score { $score }
    .hover = How well this student's highlights matched the key: 100 = exactly, 0 = no overlap. 70 is expert level.
class-student-close = Close
class-student-legend = Filled: the student's highlights. Outlined: the key.

## The Key items tab

class-items-help = Key items, hardest first: the share of students who found each, partly found it, gave it another label or missed it.
# An item: $number is its number in the key, $quote its words in the article.
class-item-quote = { $number }. “{ $quote }”
# An item the key marks as optional.
class-item-optional = optional
# The shares of the class, in per cent (whole numbers): $found, $partly, $wrong (wrong
# label), $missed.
class-item-shares = found { $found }% · partly { $partly }% · wrong label { $wrong }% · missed { $missed }%
    .hover = Found: at least half of the item highlighted with its label. Partly: less than half. Wrong label: highlighted, but with another label. Missed: not highlighted.
# The same line when most students who gave the item another label chose $label (a label's
# short name: Attribution, Opinion or Unsupported); $shares is the line above.
class-item-shares-instead = { $shares } · most often marked { $label } instead

## The Confusion and scores tab

class-confusion-heading = Which labels were confused
class-confusion-help = Characters, summed over the class. Rows: the key; columns: the students. Darker: more.
# The rows and columns of the confusion table: the three labels and no label at all.
class-confusion-attribution = attribution
class-confusion-opinion = opinion
class-confusion-unsupported = unsupported
class-confusion-none = none
# The hover of a cell of the table: $count characters.
class-confusion-cell = { $count } characters
class-scores-heading = Scores
# The score histogram: the axes, and a bar's range of scores ($low to $high, out of 100).
class-histogram-score = score
class-histogram-students = students
class-histogram-range = { $low }–{ $high }

## The Class heat map tab

# Before the three label buttons.
class-heat-show = Show:
class-heat-help = Darker: more of the class marked it with this label. Outlined: the key's items of this label.
