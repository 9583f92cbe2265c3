# The library's search and filters.

library-search = Search lessons
library-search-hint = Title, summary, skill, outlet…
# A filter set to nothing: every lesson.
library-filter-any = Any
library-filter-level = Level:
library-filter-language = Language:
library-filter-class = Class:
library-filter-tried = Tried:
library-filter-tried-yes = Tried
library-filter-tried-no = Not tried yet
library-filter-key = Key:
library-filter-key-yes = With a key
library-filter-key-no = Without a key
library-filter-clear = Show all
# $shown lessons match the search and filters, of $total.
library-filter-count = { $shown } of { $total } lessons
library-filter-none = No lesson matches. Try fewer words, or Show all.

# The class heat map's legend: what each shade means.
class-heat-legend = Students who marked it:
# One step of the legend: $from to $to of $total students.
class-heat-step = { $from }–{ $to } of { $total }
# Beside the heat map: the key items of one label ($label).
class-heat-items = { $label }: key items
# How many students marked a key item with its label.
class-heat-item-count = { $marked } of { $total }

# The Roster tab: the score's scale in the gradebook for a plain name,id roster.
lms-points = Points:

# The workshop's *Compare with another key…*: two keys of one lesson, their agreement and
# their disagreements decided one by one.
workshop-compare-button = Compare with another key…
workshop-compare-hover = A colleague's key (or a blind reader's answer) of this lesson: the agreement, and every place the two differ, to decide one by one
workshop-compare-purpose = choosing the key to compare with
workshop-compare-dialog = Choose the key to compare with
# $count: items of the other key that could not be placed on this article.
workshop-compare-unplaced = { $count ->
    [one] { $count } item of the other key could not be placed on this article and is left out.
   *[other] { $count } items of the other key could not be placed on this article and are left out.
}
# $file: the other key's file name.
workshop-compare-heading = Comparing with { $file }
# Cohen's kappa (mean and per label) and F1 between the two keys.
workshop-compare-figures = Agreement: kappa { $kappa } (attribution { $attribution }, opinion { $opinion }, unsupported { $unsupported }), F1 { $f1 }
workshop-compare-done = No disagreement left to decide. Save to keep the merged key.
workshop-compare-position = Disagreement { $number } of { $total }
workshop-compare-only-mine = Only this key marks these words.
workshop-compare-only-theirs = Only the other key marks these words.
workshop-compare-label-differs = Both mark these words, with different labels.
workshop-compare-boundary = Both give these words the same label, cut differently.
workshop-compare-nothing = nothing
# One side: a label and its words.
workshop-compare-side = { $label } “{ $quote }”
workshop-compare-mine = This key: { $side }
workshop-compare-theirs = The other key: { $side }
workshop-compare-keep-mine = Keep mine
workshop-compare-take-theirs = Take theirs
workshop-compare-keep-both = Keep both
workshop-compare-drop = Drop
workshop-compare-end = Stop comparing

# A lesson file that cannot be read ($line, $column: where in the file).
lesson-error-front-matter = front matter, line { $line }, column { $column }: { $message }
lesson-error-unclosed = front matter opened with +++ on line 1 is never closed with a +++ line
lesson-error-no-title = front matter has no title: add a line such as title = "My lesson"
lesson-error-level = front matter: level is { $level }, but it must be 1, 2 or 3
lesson-error-empty = the lesson has no article text
# A highlight or key item that cannot be used ($number: its place in the file's list; $start, $end: characters).
span-error-reversed = span { $number } (chars { $start }..{ $end }): start must be before end
span-error-out-of-range = span { $number } (chars { $start }..{ $end }) ends past the end of the text ({ $length } chars) and has no quote to re-find it by
span-error-different-text = it was made on a different text (its text_sha256 does not match this lesson) and its spans have no quotes to re-find them by; use the lesson it was made on
# What a file holds, fitting "NAME was taken by …".
store-taken-other-student = another student's answer
store-taken-nameless = an answer without a student's name
store-taken-other-lesson = an answer to another lesson
store-taken-not-an-answer = a file that is not a newsmark answer
store-convert-formats = convert reads and writes .json (newsmark), .ann (brat) and .jsonld (W3C)
# The checker on a lesson's skill tags ($tag in quotes; $examples: tags of the vocabulary).
check-skill-empty = an empty skill tag: remove it
check-skill-language = skill tag { $tag } is a language, not a skill: remove it (the lesson's language goes in `language = ".."`)
check-skill-unknown = unknown skill tag { $tag }: it counts as a skill of its own in the learner's profile; use a tag of the skills vocabulary (in English, Spanish or French) where one fits, e.g. { $examples }
