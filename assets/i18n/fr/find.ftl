# The library's search and filters.

library-search = Rechercher des leçons
library-search-hint = Titre, résumé, compétence, média…
# A filter set to nothing: every lesson.
library-filter-any = Indifférent
library-filter-level = Niveau :
library-filter-language = Langue :
library-filter-class = Classe :
library-filter-tried = Tentatives :
library-filter-tried-yes = Déjà essayées
library-filter-tried-no = Pas encore essayées
library-filter-key = Corrigé :
library-filter-key-yes = Avec corrigé
library-filter-key-no = Sans corrigé
library-filter-clear = Tout afficher
# $shown lessons match the search and filters, of $total.
library-filter-count = { $shown ->
        [one] { $shown } leçon sur { $total }
       *[other] { $shown } leçons sur { $total }
    }
library-filter-none = Aucune leçon ne correspond. Essayez avec moins de mots, ou cliquez sur « Tout afficher ».

# The class heat map's legend: what each shade means.
class-heat-legend = Élèves qui l'ont marqué :
# One step of the legend: $from to $to of $total students.
class-heat-step = { $from }–{ $to } sur { $total }
# Beside the heat map: the key items of one label ($label).
class-heat-items = { $label } : éléments du corrigé
# How many students marked a key item with its label.
class-heat-item-count = { $marked } sur { $total }

# The Roster tab: the score's scale in the gradebook for a plain name,id roster.
lms-points = Points :
