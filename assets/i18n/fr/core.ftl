## The key checker's findings (the authoring view's list of problems; `newsmark check`).
## "front matter" is the block of settings at the top of a lesson file; `level`,
## `instructions` and `source.licence` are names of its fields and stay as they are.

check-no-level = l'en-tête n'indique pas de level (1, 2 ou 3)
check-no-instructions = l'en-tête n'a pas d'instructions pour l'élève
check-no-licence = l'en-tête n'a pas de source.licence : indiquez à quelles conditions l'article peut être partagé
# "text_sha256" is the name of a field in the key file.
check-other-text-version = le corrigé a été rédigé sur une autre version du texte (text_sha256 diffère) ; les éléments ont été retrouvés grâce à leurs citations : vérifiez-les et enregistrez de nouveau le corrigé
# A key item, named at the start of the findings below (as their $item).
# $number: its number in the key (1, 2, …); $start, $end: where it is in the text, in
# characters; $quote: the start of its text, in quotation marks.
check-item = élément { $number } (caractères { $start }..{ $end } { $quote })
# $number: the item's number in the key; $quote: its text, in quotation marks.
check-item-lost = l'élément { $number } ({ $quote }) est introuvable dans le texte ; il est exclu de la notation jusqu'à ce que vous le replaciez
# $item: the item (check-item); $start, $end: where it was before, in characters.
check-item-moved = { $item } a bougé : sa citation ne correspond plus aux caractères { $start }..{ $end } ; enregistrez le corrigé pour le mettre à jour
# As check-item-moved, found again by a near match; $edits: how many letters differ (plural
# forms may be used with it).
check-item-moved-roughly = { $item } a bougé : sa citation ne correspond plus aux caractères { $start }..{ $end } (correspondance approchée, lettres modifiées : { $edits }) ; enregistrez le corrigé pour le mettre à jour
# $item: the item (check-item).
check-item-ragged = { $item } a des limites irrégulières : un segment doit commencer et finir sur des mots entiers, sans espace ni ponctuation autour
# $item: the item (check-item); $label: its label's name ("Opinion").
check-item-no-rationale = { $item } n'a pas de justification : expliquez en une phrase pourquoi son étiquette est { $label }
# $first, $second: the items' numbers in the key; $label: their label's name ("Opinion").
check-items-overlap = les éléments { $first } et { $second } sont tous deux étiquetés { $label } et se chevauchent ; la notation les fusionne : réunissez-les ou séparez-les

## The learner's standing in plain words (the profile and the library), and the reason for
## the lesson recommended next.

# A label's items in the plural, inside a sentence ("You find attributions reliably.").
# .start: the same at the start of a sentence. .count: a number of them ("5 attributions").
profile-model-attributions = attributions
    .start = Les attributions
    .count = { $count ->
        [one] { $count } attribution
       *[other] { $count } attributions
    }
profile-model-opinion-words = mots d'opinion
    .start = Les mots d'opinion
    .count = { $count ->
        [one] { $count } mot d'opinion
       *[other] { $count } mots d'opinion
    }
profile-model-unsupported-assertions = affirmations non sourcées
    .start = Les affirmations non sourcées
    .count = { $count ->
        [one] { $count } affirmation non sourcée
       *[other] { $count } affirmations non sourcées
    }

# The labels the learner finds reliably: one, two or all three of the words above.
profile-model-reliable-one = Vous repérez les { $labels } de façon fiable.
profile-model-reliable-two = Vous repérez les { $first } et les { $second } de façon fiable.
profile-model-reliable-three = Vous repérez les { $first }, les { $second } et les { $third } de façon fiable.
# $labels: the label's items, as at the start of a sentence ("Opinion words");
# $score: the learner's F1 on it, 0 to 100.
profile-model-weakest = { $labels } sont ce que vous manquez le plus (F1 { $score }) : entraînez-vous dessus en priorité.

# The learner's most frequent mix-up: $mistake is one of the sentences below, $count how
# many key items it happened on (2 or more).
profile-model-mix-up = { $mistake } ({ $count ->
        [one] { $count } élément
       *[other] { $count } éléments
    }).
profile-model-mix-up-attribution-as-unsupported = Vous marquez souvent des propos sourcés comme non sourcés ; une source nommée ou précise suivie d'un verbe de parole est une attribution, même quand l'affirmation semble douteuse
profile-model-mix-up-attribution-as-opinion = Vous marquez souvent une source et son verbe de parole comme opinion ; qui parle relève de l'attribution, et seul un verbe chargé exprime aussi une opinion
profile-model-mix-up-opinion-as-attribution = Vous marquez souvent les mots de jugement d'une source comme attribution ; la source et le verbe sont l'attribution, les mots chargés dans la citation sont l'opinion
profile-model-mix-up-opinion-as-unsupported = Vous marquez souvent des mots de jugement comme non sourcés ; un point de vue qu'on ne peut prouver ni vrai ni faux est une opinion
profile-model-mix-up-unsupported-as-attribution = Vous prenez souvent des sources vagues (« selon des critiques », « des études montrent ») pour des attributions ; une source qu'aucun lecteur ne peut identifier laisse l'affirmation non sourcée
profile-model-mix-up-unsupported-as-opinion = Vous marquez souvent des affirmations factuelles sans source comme opinion ; une affirmation vérifiable mais sans source est une affirmation non sourcée

# Why a lesson is recommended next: one to three of these sentences, one after the other.
# $labels: the label's items where the learner misses most ("opinion words"); $count: how
# many of them the lesson's key has.
profile-model-reason-weakest-items = Vous manquez surtout les { $labels } ; cette leçon en contient { $count } et vous ne l'avez pas encore essayée.
profile-model-reason-weakest = Vous manquez surtout les { $labels } ; cette leçon les travaille et vous ne l'avez pas encore essayée.
profile-model-reason-untried = Vous n'avez pas encore essayé cette leçon.
# $items: what the lesson's key has ("5 attributions and 1 opinion word").
profile-model-reason-start-items = Une bonne leçon pour commencer : vous ne l'avez pas essayée, et elle contient { $items } à trouver.
profile-model-reason-start = Une bonne leçon pour commencer : vous ne l'avez pas encore essayée.
# $level: the lesson's level, 1 to 3.
profile-model-reason-your-level = Elle est à votre niveau ({ $level }).
profile-model-reason-step-up = Elle vous fait monter d'un cran : niveau { $level }.
profile-model-reason-easier = Elle est de niveau { $level }, plus facile.
# $skill: a skill's name as the lessons tag it ("Hedges").
profile-model-reason-weak-skill = Elle travaille aussi la compétence « { $skill } », l'une de celles où vous manquez le plus.
# $score: the learner's best score on the lesson, 0 to 79.
profile-model-reason-try-again = Vous avez essayé toutes les leçons ; votre meilleur score ici est { $score }, le plus bas : refaites-la.
# Two or three numbers of label items (profile-model-*.count) in a list.
profile-model-items-two = { $first } et { $second }
profile-model-items-three = { $first }, { $second } et { $third }

# Dates on the profile chart's axis and in its hover text (UTC).
# A month, short: $month is 1 to 12.
profile-model-month = { $month ->
        [1] janv.
        [2] févr.
        [3] mars
        [4] avr.
        [5] mai
        [6] juin
        [7] juil.
        [8] août
        [9] sept.
        [10] oct.
        [11] nov.
       *[12] déc.
    }
# "12 Mar 2025": $day is 1 to 31, $month the short month (profile-model-month).
profile-model-date = { $day ->
        [1] 1er
       *[other] { $day }
    } { $month } { $year }
# "12 Mar 14:05": the same without the year, with the time of day ($time, 24-hour).
profile-model-day-and-time = { $day ->
        [1] 1er
       *[other] { $day }
    } { $month } { $time }

## Focus practice.

# Where the learner is in a session: $number is the paragraph's, $total how many there are.
focus-model-position = Paragraphe { $number } sur { $total }

## Class figures. The comment is the last column of the gradebooks teachers export, and
## students may read it.

# The numbers are key items: $found of the $total found, $partly partly found, $wrong
# marked with another label, $missed not marked at all.
class-model-comment = Éléments du corrigé trouvés : { $found } sur { $total } ; trouvés en partie : { $partly } ; mauvaise étiquette : { $wrong } ; manqués : { $missed }.
# Added after class-model-comment when the student highlighted nearly everything.
class-model-comment-indiscriminate = Attention : le surlignage n'est guère plus ciblé que le hasard (sans discernement).
# Added after class-model-comment: $count highlights made on another version of the text
# (plural forms may be used with it).
class-model-comment-unplaced = { $count ->
        [one] { $count } surlignage n'a pas pu être placé dans le texte actuel et a été ignoré.
       *[other] { $count } surlignages n'ont pas pu être placés dans le texte actuel et ont été ignorés.
    }
# How well a key item was found (on the item cards of the feedback and focus practice).
class-model-item-found = trouvé
class-model-item-partly-found = trouvé en partie
class-model-item-wrong-label = mauvaise étiquette
class-model-item-missed = manqué
# How a learner's highlight relates to the answer key.
class-model-highlight-matches-key = correspond au corrigé
class-model-highlight-wrong-label = mauvaise étiquette
class-model-highlight-not-in-key = absent du corrigé

## Problems with files. Most are shown after the file's path and a colon
## ("/home/ana/lesson.md: no such file or folder"), often followed by the cause
## (": you do not have permission"); they start with a small letter.

# A file's path and what is wrong with it (one of the messages below).
store-file-problem = { $path } : { $problem }
store-not-found = fichier ou dossier introuvable
store-is-a-folder = c'est un dossier, pas un fichier
# $folder: the folder's path.
store-link-loop = un lien ici ramène à { $folder }, qui est déjà en cours d'exploration ; il est ignoré
# $size, $limit: numbers of bytes, written without grouping ("4194304").
store-too-large = le fichier fait { $size } octets, au-delà de la limite de { $limit } octets ; découpez l'article en leçons plus courtes
# $line, $column: where in the file, counted from 1.
store-not-utf8 = ligne { $line }, colonne { $column } : le fichier n'est pas en UTF-8 valide ; enregistrez-le en texte UTF-8
# $message: what the file reader said (in English).
store-json = ligne { $line }, colonne { $column } : { $message }
# $found: the file's format version; $reads: the newest this program reads.
store-newer-version = la version de format { $found } est plus récente que celle que lit ce programme ({ $reads }) ; mettez newsmark à jour pour l'ouvrir
store-not-a-lesson = ce n'est pas une leçon : un fichier .md ou .txt est attendu
# $count: how many there are; $limit: how many newsmark takes (written without grouping,
# "100000").
store-too-many-spans = il contient { $count } segments, au-delà de la limite de { $limit } ; découpez l'article en leçons plus courtes
store-too-many-answer-files = il contient { $count } fichiers de réponse, au-delà de la limite de { $limit } ; répartissez la classe dans plusieurs dossiers
# The same for other things: $what is what there is too much of and $advice what to do
# (both in English).
store-too-many = il contient { $count } { $what }, au-delà de la limite de { $limit } ; { $advice }
store-spans-unusable = ses segments sont inutilisables
store-not-json = impossible de l'écrire en JSON
store-not-csv = impossible de l'écrire en CSV
store-not-made-into-lesson = impossible d'en faire une leçon
# A label name in a key or answer file that newsmark does not know. $label: the name as
# written, in backquotes. The names attribution, opinion and unsupported are written in files
# and stay in English.
store-unknown-label = étiquette inconnue { $label } : les étiquettes sont attribution, opinion et unsupported

# What was being done when the operating system refused. Shown after the path and before the
# reason: "/home/ana/lesson.md: cannot read: you do not have permission".
store-cannot-read = impossible de lire
store-cannot-list = impossible de lister le contenu
store-cannot-write = impossible d'écrire
store-cannot-remove = impossible de supprimer
store-cannot-replace = impossible de remplacer
store-cannot-create-folder = impossible de créer le dossier
# After the path of the file being saved: "/home/ana/a.key.json: cannot create a temporary
# file beside".
store-cannot-create-temporary = impossible de créer un fichier temporaire à côté
# After the path of the file being saved: "/home/ana/a.key.json: cannot sync the folder of".
store-cannot-sync-folder = impossible de synchroniser le dossier contenant
store-cannot-remove-stale = impossible de supprimer l'ancien fichier temporaire
store-cannot-finish-csv = impossible de terminer le CSV

# Why the operating system refused, in plain words.
store-io-not-found = ce fichier ou dossier n'existe pas
store-io-permission-denied = vous n'avez pas l'autorisation
store-io-not-a-folder = une partie du chemin est un fichier, pas un dossier
store-io-is-a-folder = c'est un dossier, pas un fichier
store-io-already-exists = il existe déjà
store-io-disk-full = le disque est plein
store-io-read-only = le disque est en lecture seule
store-io-timed-out = le disque n'a pas répondu à temps

# Why an article could not be made into a new lesson.
store-import-empty = le fichier est vide
store-import-binary = le fichier n'est pas du texte (il semble binaire)
store-import-no-article = aucun article n'a été trouvé dans cette page (est-ce bien un article de presse enregistré ?)
# $size, $limit: numbers of bytes, written without grouping ("4194304").
store-import-too-large = l'article fait { $size } octets, au-delà de la limite de { $limit } octets
store-import-not-a-lesson = l'article ne peut pas être lu comme une leçon
# The new lesson's details (title, source and so on) could not be put into the lesson file;
# $reason: why (in English).
store-import-details-unwritable = les informations de la leçon ne peuvent pas être écrites : { $reason }
