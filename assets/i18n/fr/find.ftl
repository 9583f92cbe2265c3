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

# The workshop's *Compare with another key…*: two keys of one lesson, their agreement and
# their disagreements decided one by one.
workshop-compare-button = Comparer avec un autre corrigé…
workshop-compare-hover = Le corrigé de cette leçon fait par un collègue (ou la réponse d'une personne qui l'a annotée sans voir le corrigé) : le degré d'accord, et chaque point où les deux divergent, à trancher un par un
workshop-compare-purpose = choisir le corrigé à comparer
workshop-compare-dialog = Choisir le corrigé à comparer
# $count: items of the other key that could not be placed on this article.
workshop-compare-unplaced = { $count ->
        [one] { $count } élément de l'autre corrigé n'a pas pu être placé sur cet article et est laissé de côté.
       *[other] { $count } éléments de l'autre corrigé n'ont pas pu être placés sur cet article et sont laissés de côté.
    }
# $file: the other key's file name.
workshop-compare-heading = Comparaison avec { $file }
# Cohen's kappa (mean and per label) and F1 between the two keys.
workshop-compare-figures = Accord : kappa { $kappa } (attribution { $attribution }, opinion { $opinion }, non sourcée { $unsupported }), F1 { $f1 }
workshop-compare-done = Plus aucun désaccord à trancher. Enregistrez pour conserver le corrigé fusionné.
workshop-compare-position = Désaccord { $number } sur { $total }
workshop-compare-only-mine = Seul ce corrigé marque ces mots.
workshop-compare-only-theirs = Seul l'autre corrigé marque ces mots.
workshop-compare-label-differs = Les deux corrigés marquent ces mots, avec des étiquettes différentes.
workshop-compare-boundary = Les deux donnent la même étiquette à ces mots, mais avec des limites différentes.
workshop-compare-nothing = rien
# One side: a label and its words.
workshop-compare-side = { $label } « { $quote } »
workshop-compare-mine = Ce corrigé : { $side }
workshop-compare-theirs = L'autre corrigé : { $side }
workshop-compare-keep-mine = Garder le mien
workshop-compare-take-theirs = Prendre l'autre
workshop-compare-keep-both = Garder les deux
workshop-compare-drop = Écarter
workshop-compare-end = Arrêter la comparaison
