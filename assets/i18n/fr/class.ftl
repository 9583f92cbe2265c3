# The class results page: a folder of students' answers graded against a lesson's key.

## The toolbar

# The page's tabs, beside the "Back to library" button.
class-tab-students = Élèves
class-tab-items = Éléments du corrigé
class-tab-figures = Confusions et scores
class-tab-heat-map = Carte de chaleur de la classe
# A checkbox: projector mode hides the students' names and makes the text larger.
class-projector = Projecteur (gros texte, sans noms)
# Before the buttons that export the gradebook (the grades) for a learning platform.
class-gradebook = Carnet de notes :
# The export buttons: a plain CSV file, and the learning platforms Canvas and Moodle
# (product names). The "…" says a save dialog opens.
class-gradebook-csv = CSV…
class-gradebook-canvas = Canvas…
class-gradebook-moodle = Moodle…
class-gradebook-hover = Écrire le carnet de notes pour votre plateforme d'apprentissage
# The small line at the end of the toolbar: $folder is the folder of answers, $title the
# lesson's title.
class-toolbar-source = { $folder } · { $title }
# A notice once the gradebook is written: $count students, $path the file written.
class-gradebook-written = Carnet de notes enregistré ({ $count ->
        [one] { $count } élève
       *[other] { $count } élèves
    }) dans { $path }

## The summary above every tab

# The heading: $count answers graded.
class-summary-answers = { $count ->
        [one] { $count } réponse
       *[other] { $count } réponses
    }
# $mean and $median are whole-number scores out of 100.
class-summary-mean-median = score moyen { $mean }, médiane { $median }
    .hover = Le score moyen de la classe, et le score du milieu quand on range les scores dans l'ordre (la moitié de la classe a fait mieux, l'autre moitié moins bien). Les scores sont sur 100.
# Beside the mean score; its hover explains the benchmark.
class-summary-benchmark = 70 = niveau expert
# $count answers were made on an earlier or later version of the lesson's text and placed
# on this one.
class-summary-reanchored = { $count ->
        [one] { $count } faite sur une autre version de la leçon (réancrée)
       *[other] { $count } faites sur une autre version de la leçon (réancrées)
    }
# A collapsible list of the answer files with problems: $count files.
class-summary-problems = { $count ->
        [one] { $count } fichier non compté ou compté avec un avertissement
       *[other] { $count } fichiers non comptés ou comptés avec un avertissement
    }
# One line of that list: $file is the file, $message what is wrong with it.
class-summary-problem = { $file } : { $message }

## The Students tab: a table with a column per figure

class-students-help = Les scores sont sur 100 : 100 = exactement le corrigé, 0 = aucun recoupement. Survolez le nom d'une colonne pour savoir ce qu'elle indique ; cliquez dessus pour trier.
# The column names (short: the columns are narrow) and, as .hover, what each means.
# "Attr", "Opin", "Unsup": Attribution, Opinion, Unsupported assertion.
class-column-student = Élève
    .hover = Le nom de l'élève (ou du fichier de réponse). Cliquez sur un nom dans le tableau pour voir les surlignages de l'élève sur le corrigé.
class-column-score = Score
    .hover = Dans quelle mesure les surlignages de l'élève correspondent au corrigé, toutes étiquettes confondues (100 × F1) : 100 = exactement, 0 = aucun recoupement. 70 correspond au niveau expert.
class-column-attribution = F1 Attr.
    .hover = F1 pour l'Attribution seule : dans quelle mesure les surlignages Attribution de l'élève correspondent à ceux du corrigé. Il combine trouvé (la part des éléments du corrigé que l'élève a surlignée) et précis (la part de ses surlignages que le corrigé contient). 100 = exactement, 0 = aucun recoupement ; – = rien à trouver.
class-column-opinion = F1 Opin.
    .hover = F1 pour l'Opinion seule : dans quelle mesure les surlignages Opinion de l'élève correspondent à ceux du corrigé. Il combine trouvé (la part des éléments du corrigé que l'élève a surlignée) et précis (la part de ses surlignages que le corrigé contient). 100 = exactement, 0 = aucun recoupement ; – = rien à trouver.
class-column-unsupported = F1 Non sourc.
    .hover = F1 pour l'Affirmation non sourcée seule : dans quelle mesure les surlignages Non sourcée de l'élève correspondent à ceux du corrigé. Il combine trouvé (la part des éléments du corrigé que l'élève a surlignée) et précis (la part de ses surlignages que le corrigé contient). 100 = exactement, 0 = aucun recoupement ; – = rien à trouver.
class-column-passage = Passages
    .hover = Bons passages, toutes étiquettes (F1 des passages) : dans quelle mesure l'élève a trouvé les mots que marque le corrigé, même là où il a choisi une autre étiquette. 100 = les mêmes mots, 0 = aucun recoupement.
class-column-statuses = Trouvés / en partie / erronés / manqués
    .hover = Éléments du corrigé que l'élève a trouvés (au moins la moitié surlignée avec son étiquette), trouvés en partie (moins de la moitié), surlignés avec une mauvaise étiquette, et manqués.
class-column-extra = En trop
# The hover of a column's name: $help is what the column means (above).
class-column-sort-hover = { $help } Cliquez pour trier.
# The name of the column the table is sorted by, with the order: $name is the column's
# name. Names A to Z or Z to A; figures from high or from low.
class-column-sorted-a-z = { $name } (A-Z)
class-column-sorted-z-a = { $name } (Z-A)
class-column-sorted-high = { $name } (décroissant)
class-column-sorted-low = { $name } (croissant)
# The last column: what to look at in an answer (the flags below, separated by commas).
class-column-flags = Alertes
# Flags: the student highlighted nearly everything; the answer was made on another version
# of the lesson; $count highlights could not be placed on this version.
class-flag-indiscriminate = sans discernement
class-flag-reanchored = réancrée
class-flag-unplaced = { $count ->
        [one] { $count } non placé
       *[other] { $count } non placés
    }
# In projector mode the names are hidden: $number is the row in the table.
class-projector-student = Élève { $number }
class-student-row-hover = Afficher les surlignages de cet élève sur le corrigé

## One student's highlights, beside the table

# $score is out of 100.
class-student-score = score { $score }
    .hover = Dans quelle mesure les surlignages de cet élève correspondent au corrigé : 100 = exactement, 0 = aucun recoupement. 70 correspond au niveau expert.
class-student-close = Fermer
class-student-legend = Plein : les surlignages de l'élève. Contour : le corrigé.

## The Key items tab

class-items-help = Éléments du corrigé, les plus difficiles d'abord : la part des élèves qui ont trouvé chacun, l'ont trouvé en partie, lui ont donné une autre étiquette ou l'ont manqué.
# An item: $number is its number in the key, $quote its words in the article.
class-item-quote = { $number }. « { $quote } »
# An item the key marks as optional.
class-item-optional = facultatif
# The shares of the class, in per cent (whole numbers): $found, $partly, $wrong (wrong
# label), $missed.
class-item-shares = trouvé { $found } % · en partie { $partly } % · mauvaise étiquette { $wrong } % · manqué { $missed } %
    .hover = Trouvé : au moins la moitié de l'élément surlignée avec son étiquette. En partie : moins de la moitié. Mauvaise étiquette : surligné, mais avec une autre étiquette. Manqué : pas surligné.
# The same line when most students who gave the item another label chose $label (a label's
# short name: Attribution, Opinion or Unsupported); $shares is the line above.
class-item-shares-instead = { $shares } · le plus souvent marqué { $label } à la place

## The Confusion and scores tab

class-confusion-heading = Quelles étiquettes ont été confondues
class-confusion-help = Caractères, additionnés sur toute la classe. Lignes : le corrigé ; colonnes : les élèves. Plus foncé : davantage.
# The rows and columns of the confusion table: the three labels and no label at all.
class-confusion-attribution = attribution
class-confusion-opinion = opinion
class-confusion-unsupported = non sourcée
class-confusion-none = aucune
# The hover of a cell of the table: $count characters.
class-confusion-cell = { $count ->
        [one] { $count } caractère
       *[other] { $count } caractères
    }
class-scores-heading = Scores
# The score histogram: the axes, and a bar's range of scores ($low to $high, out of 100).
class-histogram-score = score
class-histogram-students = élèves
class-histogram-range = { $low }–{ $high }

## The Class heat map tab

# Before the three label buttons.
class-heat-show = Afficher :
class-heat-help = Plus foncé : une plus grande part de la classe l'a marqué avec cette étiquette. Contour : les éléments du corrigé de cette étiquette.
