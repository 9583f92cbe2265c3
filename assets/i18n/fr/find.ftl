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

# A lesson file that cannot be read ($line, $column: where in the file).
lesson-error-front-matter = en-tête, ligne { $line }, colonne { $column } : { $message }
lesson-error-unclosed = l'en-tête ouvert par +++ à la ligne 1 n'est jamais fermé par une ligne +++
lesson-error-no-title = l'en-tête n'a pas de titre : ajoutez une ligne telle que title = "Ma leçon"
lesson-error-level = en-tête : level vaut { $level }, mais doit valoir 1, 2 ou 3
lesson-error-empty = la leçon n'a pas de texte d'article
# A highlight or key item that cannot be used ($number: its place in the file's list; $start, $end: characters).
span-error-reversed = segment { $number } (caractères { $start }..{ $end }) : le début doit précéder la fin
span-error-out-of-range = le segment { $number } (caractères { $start }..{ $end }) dépasse la fin du texte ({ $length } caractères) et n'a pas de citation permettant de le retrouver
span-error-different-text = il a été créé sur un autre texte (son text_sha256 ne correspond pas à cette leçon) et ses segments n'ont pas de citations permettant de les retrouver ; utilisez la leçon sur laquelle il a été créé
# What a file holds, fitting "NAME contenait déjà …" (lesson-handed-in-renamed).
store-taken-other-student = la réponse d'un autre élève
store-taken-nameless = une réponse sans nom d'élève
store-taken-other-lesson = une réponse à une autre leçon
store-taken-not-an-answer = un fichier qui n'est pas une réponse newsmark
store-convert-formats = la conversion lit et écrit les fichiers .json (newsmark), .ann (brat) et .jsonld (W3C)
# The checker on a lesson's skill tags ($tag in quotes; $examples: tags of the vocabulary).
check-skill-empty = un mot-clé de compétence vide : supprimez-le
check-skill-language = le mot-clé de compétence { $tag } est une langue, pas une compétence : supprimez-le (la langue de la leçon s'indique dans `language = ".."`)
check-skill-unknown = mot-clé de compétence inconnu { $tag } : il compte comme une compétence à part dans le profil de compétences de l'élève ; utilisez si possible un mot-clé du vocabulaire des compétences (en anglais, en espagnol ou en français), par exemple { $examples }
