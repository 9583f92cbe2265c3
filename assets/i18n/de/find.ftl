# The library's search and filters.

library-search = Lektionen durchsuchen
library-search-hint = Titel, Zusammenfassung, Kompetenz, Medium…
# A filter set to nothing: every lesson.
library-filter-any = Alle
library-filter-level = Stufe:
library-filter-language = Sprache:
library-filter-class = Klasse:
library-filter-tried = Bearbeitet:
library-filter-tried-yes = Bearbeitet
library-filter-tried-no = Noch nicht bearbeitet
library-filter-key = Schlüssel:
library-filter-key-yes = Mit Schlüssel
library-filter-key-no = Ohne Schlüssel
library-filter-clear = Alle anzeigen
# $shown lessons match the search and filters, of $total.
library-filter-count = { $shown } von { $total ->
        [one] { $total } Lektion
       *[other] { $total } Lektionen
    }
library-filter-none = Keine Lektion passt. Versuche es mit weniger Wörtern oder mit „Alle anzeigen“.

# The class heat map's legend: what each shade means.
class-heat-legend = Lernende, die es markiert haben:
# One step of the legend: $from to $to of $total students.
class-heat-step = { $from }–{ $to } von { $total }
# Beside the heat map: the key items of one label ($label).
class-heat-items = { $label }: Schlüsseleinträge
# How many students marked a key item with its label.
class-heat-item-count = { $marked } von { $total }

# The Roster tab: the score's scale in the gradebook for a plain name,id roster.
lms-points = Punkte:
