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
