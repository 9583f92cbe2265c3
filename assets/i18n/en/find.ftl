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
