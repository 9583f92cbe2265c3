## The lesson page: the student highlights an article, checks the answer against the key
## and hands it in. Also the feedback side panel shown after checking, and the words a
## screen reader says after an edit of the highlights.

# Toolbar (under the title bar).

lesson-back-button = Retour à la bibliothèque
lesson-back-hover = Retour à la liste des leçons (votre travail est enregistré)
# Hover on the label buttons. $label: the label's name ("Opinion"); $key: the digit key
# that does the same (1, 2 or 3).
lesson-label-hover = Étiqueter la sélection comme { $label } (touche { $key })
lesson-undo-button = Annuler
# Keyboard shortcut of Undo (key names may follow your keyboard).
lesson-undo-hover = Ctrl+Z
lesson-redo-button = Rétablir
# Keyboard shortcut of Redo (key names may follow your keyboard).
lesson-redo-hover = Ctrl+Maj+Z
lesson-check-button = Vérifier mes réponses
# Hover on the disabled "Check my answers" button.
lesson-check-no-key-hover = Cette leçon n'a pas de corrigé
lesson-try-again-button = Réessayer
lesson-try-again-hover = Garder vos surlignages et les améliorer
# After checking: which highlights the article shows, followed by the choices "mine",
# "key" and "both".
lesson-show-overlay = Afficher :
lesson-overlay-mine = les miens
lesson-overlay-key = le corrigé
lesson-overlay-both = les deux
lesson-hand-in-button = Rendre…
lesson-hand-in-hover = Enregistrer votre réponse dans un fichier pour votre enseignant (votre nom vous sera demandé)
# The menu of less frequent actions.
lesson-more-button = Plus…
# The menu's name for a screen reader.
lesson-more-menu-name = Autres actions
lesson-more-hover = Autres actions : charger une réponse, exporter vos surlignages
lesson-load-answer-button = Charger une réponse…
lesson-export-button = Exporter…
# The file formats' names stay as they are.
lesson-export-hover = Vos surlignages au format W3C Web Annotation (.jsonld), brat (.ann) ou newsmark (.json)

# Above the article.

lesson-task-heading = Consigne
# Key names (Shift, Ctrl, Tab, Delete, Escape) may follow your keyboard.
lesson-task-help = Souris : faites glisser sur une expression, puis appuyez sur 1, 2 ou 3 ; cliquez sur un surlignage pour le modifier. Clavier : dans l'article, Maj+flèches sélectionne (avec Ctrl, mot par mot), 1, 2 ou 3 étiquette, Tab parcourt les surlignages, Suppr en supprime un, Ctrl+Haut et Ctrl+Bas sautent d'un paragraphe à l'autre, Échap quitte l'article.
lesson-no-usable-key = Cette leçon n'a pas de corrigé utilisable : vous pouvez la surligner, mais pas la vérifier.

# The side panel while highlighting ("Your highlights").

lesson-highlights-heading = Vos surlignages
# How many highlights have a label: $count, then the label's short name ("3 Opinion").
lesson-label-count = { $count } { $label }
lesson-selected-heading = Surlignage sélectionné
# A highlighted phrase, quoted.
lesson-quote = « { $quote } »
lesson-note-hint = Ajouter une note (pourquoi ?)
# The note field's name for a screen reader.
lesson-note-name = Note sur le surlignage sélectionné
lesson-delete-highlight-button = Supprimer le surlignage
# Hover on "Delete highlight": the key that does the same.
lesson-delete-highlight-hover = Suppr
lesson-nothing-highlighted = Rien n'est encore surligné. Sélectionnez une expression dans l'article (faites glisser la souris, ou Maj+flèches au clavier), puis appuyez sur 1, 2 ou 3.
# What a screen reader adds to a highlight in the list that has a note. $label: its
# label's name; $note: the student's note.
lesson-highlight-with-note = { $label } ; note : { $note }
# Shown beside a highlight in the list that has a note.
lesson-has-note = (note)

# The hand-in dialog.

lesson-hand-in-heading = Rendre votre réponse
lesson-hand-in-intro = Votre enseignant verra ce nom avec votre réponse.
lesson-hand-in-name = Votre nom
# Hint inside the empty name field.
lesson-hand-in-name-hint = obligatoire
lesson-hand-in-id = Identifiant élève
# Hint inside the empty student id field.
lesson-hand-in-id-hint = si votre établissement en utilise un
lesson-hand-in-shared = Cet ordinateur est partagé : votre nom n'est pas conservé une fois votre réponse rendue.
lesson-hand-in-name-needed = Saisissez votre nom pour rendre votre réponse.
lesson-hand-in-save-button = Choisir où enregistrer…
lesson-hand-in-cancel = Annuler

# Above the article after a hand-in, or when someone's unfinished work is found on a shared
# computer.

# $count: how many highlights the unfinished work has.
lesson-unfinished-question = Quelqu'un a laissé un travail inachevé ici ({ $count ->
        [one] { $count } surlignage
       *[other] { $count } surlignages
    }) : le continuer, ou recommencer à zéro ?
# As lesson-unfinished-question, with $time: when it was saved (local time, "10:31").
lesson-unfinished-question-time = Quelqu'un a laissé un travail inachevé ici ({ $count ->
        [one] { $count } surlignage
       *[other] { $count } surlignages
    }, { $time }) : le continuer, ou recommencer à zéro ?
# As lesson-unfinished-question, with $name: the name that was typed in the hand-in form.
lesson-unfinished-question-name = Quelqu'un a laissé un travail inachevé ici ({ $count ->
        [one] { $count } surlignage
       *[other] { $count } surlignages
    }, nom saisi : { $name }) : le continuer, ou recommencer à zéro ?
# As lesson-unfinished-question, with the time it was saved and the name that was typed.
lesson-unfinished-question-time-name = Quelqu'un a laissé un travail inachevé ici ({ $count ->
        [one] { $count } surlignage
       *[other] { $count } surlignages
    }, { $time }, nom saisi : { $name }) : le continuer, ou recommencer à zéro ?
lesson-continue-button = Le continuer
lesson-start-fresh-button = Recommencer à zéro
lesson-start-fresh-hover = Supprimer le travail inachevé de cet ordinateur
# $time: local time of day ("10:42"); $name: the student's name; $file: the file's name.
lesson-handed-in = Rendu à { $time } sous le nom { $name } (fichier { $file }).
lesson-handed-in-shared = Rien n'en reste sur cet ordinateur : la leçon est prête pour l'élève suivant.
lesson-next-student-button = Élève suivant
lesson-handed-in-locked = Vos surlignages sont verrouillés. Pour les changer, appuyez sur « Modifier », puis rendez de nouveau votre réponse.
lesson-make-changes-button = Modifier
lesson-start-fresh-another-button = Recommencer pour un autre élève
lesson-start-fresh-another-hover = Effacer les surlignages, le travail enregistré et le nom

# Notices, errors and spoken words of the lesson page.

# Said by a screen reader when Tab walks to a highlight. $label: its label's name;
# $quote: its words; $position and $total: where it is among the highlights ("2 of 5").
lesson-selected-spoken = { $label } : { $quote }, { $position } sur { $total }
# "Make changes" is the button lesson-make-changes-button.
lesson-locked-notice = Votre réponse est rendue, les surlignages sont donc verrouillés. Appuyez sur « Modifier » pour les changer (puis rendez de nouveau votre réponse).
# $path: the file written.
lesson-exported = Surlignages exportés dans { $path }
# Starts an error message; the reason follows after a colon.
lesson-export-not-written = L'export n'a pas été écrit
# An answer file was loaded. $path: the file.
lesson-answer-loaded = { $path } chargé.
# As lesson-answer-loaded, with $note: what loading it found (a full sentence).
lesson-answer-loaded-note = { $path } chargé. { $note }
lesson-no-key-error = Cette leçon n'a pas de corrigé : elle ne peut donc pas être vérifiée.
# Said by a screen reader after checking. $score: 0 to 100; the others: how many key
# items have each status.
lesson-checked-spoken = Score { $score } sur 100. Trouvés : { $found }, trouvés en partie : { $partly }, mauvaise étiquette : { $wrong }, manqués : { $missed }
# $error: why.
lesson-check-failed = Impossible de vérifier la réponse : { $error }
# $lesson: the lesson's file name; $error: why.
lesson-hand-in-failed = Votre réponse à { $lesson } n'a pas été rendue : { $error }. Elle est toujours dans la leçon ; essayez un autre dossier.
# $error: why.
lesson-autosave-failed = L'enregistrement automatique a échoué ; votre travail est conservé ici, rendez-le ou exportez-le : { $error }
# $lesson: the lesson's file name; $path: the answer file written.
lesson-handed-in-saved = Votre réponse à { $lesson } est rendue : enregistrée dans { $path }
# The chosen file held something else, so the answer went to a free name beside it.
# $chosen: the chosen file's name; $taken: what it holds ("another student's answer");
# $path: the file written.
lesson-handed-in-renamed = Votre réponse à { $lesson } est rendue : { $chosen } contenait déjà { $taken }, la vôtre est donc enregistrée sous { $path } (l'autre fichier n'a pas été modifié).
lesson-changes-allowed = Vos surlignages peuvent de nouveau être modifiés. Rendez de nouveau votre réponse quand vous aurez terminé, sinon votre enseignant aura la réponse précédente.
lesson-cleared = La leçon est vierge : aucun surlignage et aucun nom. Elle est prête pour l'élève suivant.
# Starts an error message; the reason follows after a colon.
lesson-saved-work-not-removed = Le travail enregistré de cette leçon n'a pas pu être supprimé de cet ordinateur

## The feedback side panel, after "Check my answers".

# What the score means, by score: 85 to 100, 70 to 84, 50 to 69, 25 to 49, below 25.
feedback-meaning-excellent = Excellent : vous êtes plus proche du corrigé que deux annotateurs formés ne le sont habituellement l'un de l'autre.
feedback-meaning-expert = Niveau expert : vous êtes à peu près aussi proche du corrigé que deux annotateurs attentifs le sont l'un de l'autre.
feedback-meaning-good-start = Bon début : vous avez trouvé une bonne partie de ce que marque le corrigé. Lisez les éléments manqués ci-dessous et réessayez.
feedback-meaning-some = Certains de vos surlignages correspondent au corrigé. Les justifications ci-dessous expliquent ce qu'il faut chercher.
feedback-meaning-few = Peu de vos surlignages correspondent encore au corrigé. Lisez les éléments ci-dessous : chacun explique pourquoi il porte son étiquette.

# Beside the big score number.
feedback-out-of-100 = sur 100
# $best: the best score so far; $attempt: how many checks so far.
feedback-best-attempt = meilleur : { $best } · tentative { $attempt }
feedback-indiscriminate = Attention : vous avez surligné à peu près autant que le hasard. Tout surligner ne rapporte rien : ne marquez que les expressions qui portent une étiquette.
# Column headings of the per-label table: recall, precision and F1.
feedback-column-found = trouvé
feedback-column-precise = précis
feedback-column-f1 = F1
# A percentage in the per-label table.
feedback-percent = { $percent } %
# In the per-label table, for a label the key does not use.
feedback-nothing-to-find = rien à trouver
# $f1: passage F1, 0 to 100.
feedback-passages = Bons passages, toutes étiquettes : { $f1 }
feedback-opinion-differs = L'opinion est l'étiquette sur laquelle les lecteurs attentifs divergent le plus ; l'attribution, celle sur laquelle ils divergent le moins.

# A key item's status on its card (beside the statuses "found", "partly found", "wrong
# label", "missed"): the student gave the words one of the key's two labels but not the
# other.
feedback-status-second-label-missed = seconde étiquette manquée
# A status of an item the key marks as optional. $status: the status.
feedback-status-optional = { $status } (facultatif)
# How much of a partly found item was highlighted.
feedback-covered = { $percent } % couvert
# A key item's words (or the student's), quoted; a link into the article.
feedback-quote = « { $quote } »
feedback-show-in-article = Afficher dans l'article
# What a screen reader says on an item card. $status: its status (capitalised); $label:
# the key's label; $quote: the words; $reason: why the key labels them so.
feedback-item-spoken = { $status }. { $label } : « { $quote } ». { $reason }
# As feedback-item-spoken, for an item without an explanation.
feedback-item-spoken-no-reason = { $status }. { $label } : « { $quote } »
# The counts of key items by status.
feedback-key-items = Éléments du corrigé — trouvés : { $found }, trouvés en partie : { $partly }, mauvaise étiquette : { $wrong }, manqués : { $missed }

# A wrong-label card. $count: how many other labels the student chose (1 or 2); $first
# and $second: their short names; $label: the key's label; $rationale: why the key labels
# the words so.
feedback-wrong-label-chose = Vous avez choisi { $count ->
        [one] { $first }
       *[other] { $first } et { $second }
    } ; le corrigé indique { $label } : { $rationale }
# As feedback-wrong-label-chose, when the key gives no reason.
feedback-wrong-label-chose-no-rationale = Vous avez choisi { $count ->
        [one] { $first }
       *[other] { $first } et { $second }
    } ; le corrigé indique { $label }.
# A wrong-label card when the student found one of two labels the key gives the same
# words. $count: how many labels the student gave them (1 or 2); $first and $second:
# their names; $quote: the words; $label: the key's other label; $rationale: why.
feedback-wrong-label-second = Vous avez marqué ces mots comme faisant partie { $count ->
        [one] d'une { $first }
       *[other] d'une { $first } et d'une { $second }
    } ; le corrigé étiquette aussi « { $quote } » comme { $label } : { $rationale }
# As feedback-wrong-label-second, when the key gives no reason.
feedback-wrong-label-second-no-rationale = Vous avez marqué ces mots comme faisant partie { $count ->
        [one] d'une { $first }
       *[other] d'une { $first } et d'une { $second }
    } ; le corrigé étiquette aussi « { $quote } » comme { $label }.

# The student's highlights that the key does not have.
feedback-extra-heading = Vos surlignages absents du corrigé
feedback-other-label = Le corrigé marque ce passage avec une autre étiquette : comparez avec la justification de l'élément qui le chevauche.
# $label: the student's label; $count: how many other labels the key has there (1 or 2);
# $first and $second: their names.
feedback-other-label-chose = Vous avez choisi { $label } ; ici, le corrigé indique { $count ->
        [one] { $first }
       *[other] { $first } et { $second }
    } : lisez la justification de cet élément plus haut.
feedback-not-in-key = Absent du corrigé. Demandez-vous : qui le dit ? Est-ce un jugement ? Est-ce une affirmation sans source ?
feedback-attempts-heading = Vos tentatives

# After "Try again": the last check's item cards, collapsed. $score: 0 to 100.
feedback-last-check = Explications de la dernière vérification (score { $score })
feedback-last-check-note = Ce que disait le corrigé lors de votre dernière vérification ; vos surlignages ont pu changer depuis.

## What a screen reader says after an edit of the highlights.

# A highlight made. $label: its label's name; $quote: its words.
spoken-highlight = { $label } : { $quote }
# A highlight given another label.
spoken-relabelled = Désormais { $label } : { $quote }
spoken-deleted = Surlignage supprimé : { $label } : { $quote }
# Several highlights changed at once.
spoken-many-changed = { $added ->
        [one] { $added } surlignage ajouté
       *[other] { $added } surlignages ajoutés
    }, { $removed ->
        [one] { $removed } supprimé
       *[other] { $removed } supprimés
    }
# $change: what the undo or redo changed (one of the spoken- sentences above).
spoken-undone = Annulé ; { $change }
spoken-redone = Rétabli ; { $change }
