# The learner's pages: the skills profile, focus practice, and the plain words that explain
# every figure (score, found, precise, F1) on the feedback, class results and profile.


## Plain words for figures (hovers and lines of help). "F1", "found" and "precise" are the
## names the pages show for the figures; 70 is the benchmark from the teacher guide.

# Shown next to the score.
words-benchmark = Les annotateurs experts s'accordent à environ 70.
# Hover on the benchmark.
words-benchmark-hover = Deux personnes attentives qui annotent chacune de leur côté le même article de presse s'accordent généralement à environ 70 à 75 sur 100. 70 correspond donc au niveau expert : personne n'est censé obtenir 100.
# A line of help under the score.
words-score = Dans quelle mesure vos surlignages correspondent au corrigé : 100 = exactement, 0 = aucun recoupement.
# Hover on the score.
words-score-hover = Votre score compare vos surlignages au corrigé, étiquette par étiquette. Vous gagnez des points pour les mots du corrigé trouvés avec la bonne étiquette, et vous en perdez en surlignant des mots que le corrigé ne marque pas. 100 = exactement le corrigé, 0 = aucun recoupement.
# Hover on the "found" figure (recall).
words-found = Trouvé (rappel) : la part de ce que le corrigé marque avec cette étiquette que vous avez surlignée avec cette même étiquette. 100 % = vous avez tout trouvé.
# Hover on the "precise" figure (precision).
words-precise = Précis (précision) : la part de vos surlignages avec cette étiquette que le corrigé marque aussi avec cette étiquette. 100 % = aucun de vos surlignages n'est hors cible.
# Hover on a label's F1.
words-f1 = F1 : trouvé et précis combinés en un seul nombre pour cette étiquette. 100 = vos surlignages correspondent exactement au corrigé, 0 = aucun recoupement.
# The line of help under the per-label table.
words-table-help = trouvé : la part du corrigé que vous avez surlignée · précis : la part de vos surlignages que le corrigé contient aussi · F1 : les deux ensemble, 100 = exactement, 0 = aucun recoupement
# Hover on the passage figure, shown as "Right passages, any label".
words-passage = Bons passages, toutes étiquettes (F1 des passages) : dans quelle mesure vous avez trouvé les mots importants, même là où vous avez choisi une autre étiquette. 100 = les mêmes mots que le corrigé, 0 = aucun recoupement.
# The line of help under the passage figure.
words-passage-help = Comme le score, mais une mauvaise étiquette compte quand même : avez-vous trouvé les bons mots ?
# Hover on a label the key has nothing for.
words-nothing-to-find = Le corrigé ne marque rien avec cette étiquette, et vous n'avez rien surligné avec : il n'y avait rien à trouver.
# Hover on the counts of the key's items by status.
words-status-counts = Trouvé : vous avez surligné au moins la moitié de l'élément avec son étiquette. Trouvé en partie : moins de la moitié. Mauvaise étiquette : vous l'avez surligné, mais avec une autre étiquette. Manqué : vous ne l'avez pas surligné.
# Hover on how much of a partly found item was highlighted.
words-covered = La part des mots de cet élément que vous avez surlignée avec son étiquette. À partir de la moitié, l'élément compte comme trouvé.
# Hover on the best score and the number of attempts.
words-best = Votre meilleur score sur cette leçon jusqu'ici, et le nombre de fois où vous l'avez vérifiée.
# Hover on the list of attempts' scores.
words-attempts = Votre score à chaque vérification de cette leçon, de la première à la dernière.
# Hover on the "Extra" column of the class results (the teacher reads it).
words-extra = En trop : les surlignages de l'élève qui ne chevauchent aucun élément du corrigé. Quelques-uns peuvent relever d'une lecture raisonnable, à discuter ; beaucoup laissent penser que l'élève devine ou surligne trop.


## The skills profile page.

profile-back = Retour à la bibliothèque
profile-heading = Votre profil de compétences
# Shown instead of the profile in words before any lesson has been checked.
profile-empty = Vérifiez une leçon pour commencer votre profil.
# A label's or a skill's F1 as a whole number out of 100: "F1 62".
profile-f1-value = F1 { $f1 }
# Hover on a label's F1.
profile-label-f1-hover = F1 : dans quelle mesure vos surlignages avec cette étiquette correspondent au corrigé, trouvé et précis ensemble, en moyenne sur vos leçons. 100 = exactement, 0 = aucun recoupement. 70 correspond au niveau expert.
# Beside a label's or a skill's F1: how many lessons it is averaged over.
profile-over-lessons = { $count ->
    [one] sur { $count } leçon
   *[other] sur { $count } leçons
}
profile-over-lessons-hover = Le nombre de leçons avec cette étiquette que vous avez vérifiées ; seule votre dernière vérification de chacune compte.
# Caption of the list of skills (the tags of the lessons), the weakest first.
profile-by-skill = Par compétence, les plus faibles d'abord
profile-by-skill-hover = Votre score sur les leçons qui travaillent chaque compétence (les mots-clés sous chaque leçon dans la bibliothèque) ; seule la dernière tentative de chaque leçon compte.
# Hover on a skill's bar.
profile-skill-f1-hover = Votre score sur les leçons qui travaillent cette compétence : 100 = vos surlignages correspondent exactement au corrigé, 0 = aucun recoupement. 70 correspond au niveau expert.

## The chart of F1 attempt by attempt.

# Caption before the menu that picks what the chart shows.
profile-chart-caption = F1 tentative par tentative :
profile-chart-caption-hover = Le F1 à chaque vérification, par étiquette ou pour une compétence : dans quelle mesure vos surlignages correspondent au corrigé. 100 = exactement, 0 = aucun recoupement. 70 correspond au niveau expert.
# The choice in that menu that shows one line per label (the others are skill tags).
profile-chart-per-label = par étiquette
# Hover on a point of the chart: $series is the label or skill, $date the date and time
# it was checked, $f1 the F1 as a whole number out of 100.
profile-chart-point = { $series }
    vérifié le { $date }
    F1 { $f1 }
profile-chart-x-axis = date de vérification (UTC)
profile-chart-y-axis = F1

## Actions at the foot of the profile.

profile-focus-caption = Entraînement ciblé, paragraphe par paragraphe :
# A button per label ($label is its short name: "Attribution", "Opinion", "Unsupported").
profile-practise-label = S'entraîner : { $label }
profile-export = Exporter en CSV…
profile-export-hover = Toutes les tentatives vérifiées, pour votre portfolio
# Shown after "Reset profile…" was pressed once, with the two buttons below.
profile-reset-warning = La réinitialisation supprime toutes les tentatives et tous les scores.
profile-reset-confirm = Oui, réinitialiser
profile-reset-keep = Conserver
profile-reset = Réinitialiser le profil…
# A notice once the CSV is written; $path is the file.
profile-exported = Profil exporté dans { $path }


## Focus practice: one label, paragraph by paragraph.

focus-back = Retour à la bibliothèque
# $label is the name of the label practised.
focus-heading = Entraînement ciblé : { $label }
# The label's button: $key is the digit that labels from the keyboard, $label the label's
# short name ("1  Attribution", two spaces, as in the lesson's toolbar).
focus-label-button = { $key }  { $label }
focus-label-hover = Étiqueter la sélection comme { $label } (touche { $key })
focus-delete = Supprimer le surlignage
focus-delete-hover = Supprimer le surlignage sélectionné (touche Suppr)
# The running tally: items of the key found, and highlights the key does not have. The
# page starts it with a capital letter where it begins a line.
focus-tally = trouvés : { $found } sur { $items ->
        [one] { $items } élément
       *[other] { $items } éléments
    } · { $extra ->
        [one] { $extra } surlignage absent du corrigé
       *[other] { $extra } surlignages absents du corrigé
    }
# Under the heading: $position is "Paragraph 2 of 10", $tally the running tally above.
focus-progress = { $position } · { $tally }
# The end of a session.
focus-session-done = { $count ->
    [one] Séance terminée : { $count } paragraphe.
   *[other] Séance terminée : { $count } paragraphes.
}
focus-again = S'entraîner encore
# $label is the name of the label practised.
focus-again-hover = Une autre séance sur { $label }
focus-profile = Votre profil de compétences…
# $labels is what the label marks, in the plural ("attributions", "opinion words",
# "unsupported assertions").
focus-from-untried = Vous n'avez pas encore vérifié de leçon contenant des { $labels } : ces paragraphes viennent donc de leçons que vous n'avez pas essayées, et leur correction dévoile une partie des réponses de ces leçons. Vérifiez d'abord une leçon pour vous entraîner sur celles que vous connaissez.
# $label is the label's name in lower case ("opinion"), $key the digit that labels.
focus-instructions = Marquez chaque { $label } de ce paragraphe (sélectionnez-la, puis appuyez sur { $key } ou sur le bouton ci-dessous), ou rien s'il n'y en a aucune ; puis vérifiez.
# Where the paragraph comes from: $title is the lesson's title.
focus-from-lesson = Extrait de « { $title } »
focus-check = Vérifier ce paragraphe
# After checking a paragraph that has nothing for the label, with and without highlights.
focus-none-needed = Ce paragraphe n'en contient aucune : il n'y avait rien à marquer.
focus-none-right = Exact : ce paragraphe n'en contient aucune.
# $score is out of 100.
focus-score = Score { $score }
focus-finish = Terminer la séance
focus-next = Paragraphe suivant
# A quotation of the paragraph's words.
focus-quote = « { $quote } »
# Under an optional item of the key that was not found.
focus-optional = facultatif : discutable, ne coûte rien
# A highlight the key does not have: $quote is its words, $label the label's name in lower
# case, and the question depends on the label ($kind is attribution, opinion or unsupported).
focus-extra-highlight = « { $quote } » : pas une { $label } selon le corrigé. Demandez-vous : { $kind ->
        [attribution] à qui ces propos sont-ils attribués ?
        [opinion] le mot juge-t-il, ou rapporte-t-il seulement ?
       *[unsupported] cette affirmation a-t-elle une source ?
    }
