## The key checker's findings (the authoring view's list of problems; `newsmark check`).
## "front matter" is the block of settings at the top of a lesson file; `level`,
## `instructions` and `source.licence` are names of its fields and stay as they are.

check-no-level = front matter has no level (1, 2 or 3)
check-no-instructions = front matter has no instructions for the student
check-no-licence = front matter has no source.licence: say under what terms the article may be shared
# "text_sha256" is the name of a field in the key file.
check-other-text-version = the key was written on a different version of the text (text_sha256 differs); items were re-found by their quotes: review them and save the key again
# A key item, named at the start of the findings below (as their $item).
# $number: its number in the key (1, 2, …); $start, $end: where it is in the text, in
# characters; $quote: the start of its text, in quotation marks.
check-item = item { $number } (chars { $start }..{ $end } { $quote })
# $number: the item's number in the key; $quote: its text, in quotation marks.
check-item-lost = item { $number } ({ $quote }) cannot be found in the text any more; it is left out of scoring until you place it again
# $item: the item (check-item); $start, $end: where it was before, in characters.
check-item-moved = { $item } moved: its quote no longer matches chars { $start }..{ $end }; save the key to update it
# As check-item-moved, found again by a near match; $edits: how many letters differ (plural
# forms may be used with it).
check-item-moved-roughly = { $item } moved: its quote no longer matches chars { $start }..{ $end } (approximate match, { $edits } edits); save the key to update it
# $item: the item (check-item).
check-item-ragged = { $item } has ragged boundaries: spans start and end on whole words, without surrounding spaces or punctuation
# $item: the item (check-item); $label: its label's name ("Opinion").
check-item-no-rationale = { $item } has no rationale: say in a sentence why it is { $label }
# $first, $second: the items' numbers in the key; $label: their label's name ("Opinion").
check-items-overlap = items { $first } and { $second } are both { $label } and overlap; scoring merges them, so join or separate them

## The learner's standing in plain words (the profile and the library), and the reason for
## the lesson recommended next.

# A label's items in the plural, inside a sentence ("You find attributions reliably.").
# .start: the same at the start of a sentence. .count: a number of them ("5 attributions").
profile-model-attributions = attributions
    .start = Attributions
    .count = { $count ->
        [one] { $count } attribution
       *[other] { $count } attributions
    }
profile-model-opinion-words = opinion words
    .start = Opinion words
    .count = { $count ->
        [one] { $count } opinion word
       *[other] { $count } opinion words
    }
profile-model-unsupported-assertions = unsupported assertions
    .start = Unsupported assertions
    .count = { $count ->
        [one] { $count } unsupported assertion
       *[other] { $count } unsupported assertions
    }

# The labels the learner finds reliably: one, two or all three of the words above.
profile-model-reliable-one = You find { $labels } reliably.
profile-model-reliable-two = You find { $first } and { $second } reliably.
profile-model-reliable-three = You find { $first } and { $second } and { $third } reliably.
# $labels: the label's items, as at the start of a sentence ("Opinion words");
# $score: the learner's F1 on it, 0 to 100.
profile-model-weakest = { $labels } are where you miss most (F1 { $score }): practise them next.

# The learner's most frequent mix-up: $mistake is one of the sentences below, $count how
# many key items it happened on (2 or more).
profile-model-mix-up = { $mistake } ({ $count ->
        [one] { $count } item
       *[other] { $count } items
    }).
profile-model-mix-up-attribution-as-unsupported = You often mark sourced statements as unsupported; a named or specific source with a reporting verb is attribution, even when the claim sounds doubtful
profile-model-mix-up-attribution-as-opinion = You often mark a source and its reporting verb as opinion; who said it is attribution, and only a loaded verb carries opinion too
profile-model-mix-up-opinion-as-attribution = You often mark a source's judging words as attribution; the source and verb are attribution, the loaded words inside the quote are opinion
profile-model-mix-up-opinion-as-unsupported = You often mark judging words as unsupported; a view that cannot be proved true or false is opinion
profile-model-mix-up-unsupported-as-attribution = You often take vague sourcing ("critics say", "studies show") for attribution; a source no reader can identify is unsupported
profile-model-mix-up-unsupported-as-opinion = You often mark unsourced factual claims as opinion; a claim that could be checked but has no source is unsupported

# Why a lesson is recommended next: one to three of these sentences, one after the other.
# $labels: the label's items where the learner misses most ("opinion words"); $count: how
# many of them the lesson's key has.
profile-model-reason-weakest-items = You miss { $labels } most; this lesson has { $count } of them and you haven't tried it.
profile-model-reason-weakest = You miss { $labels } most; this lesson practises them and you haven't tried it.
profile-model-reason-untried = You haven't tried this lesson yet.
# $items: what the lesson's key has ("5 attributions and 1 opinion word").
profile-model-reason-start-items = A good lesson to start with: you haven't tried it, and it has { $items } to find.
profile-model-reason-start = A good lesson to start with: you haven't tried it yet.
# $level: the lesson's level, 1 to 3.
profile-model-reason-your-level = It is at your level ({ $level }).
profile-model-reason-step-up = It is a step up, at level { $level }.
profile-model-reason-easier = It is at level { $level }, an easier one.
# $skill: a skill's name as the lessons tag it ("Hedges").
profile-model-reason-weak-skill = It also practises { $skill }, one of the skills where you miss most.
# $score: the learner's best score on the lesson, 0 to 79.
profile-model-reason-try-again = You have tried every lesson; your best here is { $score }, the lowest: try it again.
# Two or three numbers of label items (profile-model-*.count) in a list.
profile-model-items-two = { $first } and { $second }
profile-model-items-three = { $first }, { $second } and { $third }

# Dates on the profile chart's axis and in its hover text (UTC).
# A month, short: $month is 1 to 12.
profile-model-month = { $month ->
        [1] Jan
        [2] Feb
        [3] Mar
        [4] Apr
        [5] May
        [6] Jun
        [7] Jul
        [8] Aug
        [9] Sep
        [10] Oct
        [11] Nov
       *[12] Dec
    }
# "12 Mar 2025": $day is 1 to 31, $month the short month (profile-model-month).
profile-model-date = { $day } { $month } { $year }
# "12 Mar 14:05": the same without the year, with the time of day ($time, 24-hour).
profile-model-day-and-time = { $day } { $month } { $time }

## Focus practice.

# Where the learner is in a session: $number is the paragraph's, $total how many there are.
focus-model-position = Paragraph { $number } of { $total }

## Class figures. The comment is the last column of the gradebooks teachers export, and
## students may read it.

# The numbers are key items: $found of the $total found, $partly partly found, $wrong
# marked with another label, $missed not marked at all.
class-model-comment = { $found } of { $total } key items found, { $partly } partly found, { $wrong } with the wrong label, { $missed } missed.
# Added after class-model-comment when the student highlighted nearly everything.
class-model-comment-indiscriminate = Warning: highlighted about as much as chance would (indiscriminate).
# Added after class-model-comment: $count highlights made on another version of the text
# (plural forms may be used with it).
class-model-comment-unplaced = { $count } highlight(s) could not be placed in the current text and were left out.
# How well a key item was found (on the item cards of the feedback and focus practice).
class-model-item-found = found
class-model-item-partly-found = partly found
class-model-item-wrong-label = wrong label
class-model-item-missed = missed
# How a learner's highlight relates to the answer key.
class-model-highlight-matches-key = matches the key
class-model-highlight-wrong-label = wrong label
class-model-highlight-not-in-key = not in the key

## Problems with files. Most are shown after the file's path and a colon
## ("/home/ana/lesson.md: no such file or folder"), often followed by the cause
## (": you do not have permission"); they start with a small letter.

# A file's path and what is wrong with it (one of the messages below).
store-file-problem = { $path }: { $problem }
store-not-found = no such file or folder
store-is-a-folder = is a folder, not a file
# $folder: the folder's path.
store-link-loop = a link here leads back to { $folder }, which is already being searched; it is skipped
# $size, $limit: numbers of bytes, written without grouping ("4194304").
store-too-large = the file is { $size } bytes, more than the limit of { $limit } bytes; split the article into smaller lessons
# $line, $column: where in the file, counted from 1.
store-not-utf8 = line { $line }, column { $column }: the file is not valid UTF-8; save it as UTF-8 text
# $message: what the file reader said (in English).
store-json = line { $line }, column { $column }: { $message }
# $found: the file's format version; $reads: the newest this program reads.
store-newer-version = format version { $found } is newer than this program reads ({ $reads }); update newsmark to open it
store-not-a-lesson = not a lesson: expected a .md or .txt file
# $count: how many there are; $limit: how many newsmark takes (written without grouping,
# "100000").
store-too-many-spans = it has { $count } spans, more than the limit of { $limit }; split the article into smaller lessons
store-too-many-answer-files = it has { $count } answer files, more than the limit of { $limit }; split the class into folders
# The same for other things: $what is what there is too much of and $advice what to do
# (both in English).
store-too-many = it has { $count } { $what }, more than the limit of { $limit }; { $advice }
store-spans-unusable = its spans cannot be used
store-not-json = cannot be written as JSON
store-not-csv = cannot be written as CSV
store-not-made-into-lesson = cannot be made into a lesson
# A label name in a key or answer file that newsmark does not know. $label: the name as
# written, in backquotes. The names attribution, opinion and unsupported are written in files
# and stay in English.
store-unknown-label = unknown label { $label }: labels are attribution, opinion and unsupported

# What was being done when the operating system refused. Shown after the path and before the
# reason: "/home/ana/lesson.md: cannot read: you do not have permission".
store-cannot-read = cannot read
store-cannot-list = cannot list
store-cannot-write = cannot write
store-cannot-remove = cannot remove
store-cannot-replace = cannot replace
store-cannot-create-folder = cannot create the folder
# After the path of the file being saved: "/home/ana/a.key.json: cannot create a temporary
# file beside".
store-cannot-create-temporary = cannot create a temporary file beside
# After the path of the file being saved: "/home/ana/a.key.json: cannot sync the folder of".
store-cannot-sync-folder = cannot sync the folder of
store-cannot-remove-stale = cannot remove the stale temporary file
store-cannot-finish-csv = cannot finish the CSV

# Why the operating system refused, in plain words.
store-io-not-found = there is no such file or folder
store-io-permission-denied = you do not have permission
store-io-not-a-folder = a part of the path is a file, not a folder
store-io-is-a-folder = it is a folder, not a file
store-io-already-exists = it already exists
store-io-disk-full = the disk is full
store-io-read-only = the disk is read-only
store-io-timed-out = the disk did not answer in time

# Why an article could not be made into a new lesson.
store-import-empty = the file is empty
store-import-binary = the file is not text (it looks like a binary file)
store-import-no-article = no article was found in this page (is it a saved news article?)
# $size, $limit: numbers of bytes, written without grouping ("4194304").
store-import-too-large = the article is { $size } bytes, more than the limit of { $limit } bytes
store-import-not-a-lesson = the article cannot be read as a lesson
# The new lesson's details (title, source and so on) could not be put into the lesson file;
# $reason: why (in English).
store-import-details-unwritable = the lesson details cannot be written: { $reason }
