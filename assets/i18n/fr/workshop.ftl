# The instructor's workshop (authoring a lesson): the toolbar, the details form, the article
# editor with its preview, the answer key editor with the key checker and the suggestion
# assistant, and the messages they give.

## Toolbar

# The workshop's three tabs.
workshop-tab-details = Détails
workshop-tab-article = Article
workshop-tab-key = Corrigé
workshop-save-button = Enregistrer
workshop-save-hover = Enregistrer la leçon et son corrigé (dans votre dossier de leçons s'il s'agit d'une nouvelle leçon)
workshop-save-as-button = Enregistrer sous…
workshop-export-key-button = Exporter le corrigé…
# The formats the key can be exported in: names and file extensions stay as they are.
workshop-export-key-hover = W3C Web Annotation (.jsonld), brat (.ann) ou newsmark (.json)

# Whether the lesson is saved, beside the toolbar's buttons.
workshop-status-unsaved = modifications non enregistrées
# $path: the lesson's file.
workshop-status-saved = enregistrée : { $path }
# "Save" is the toolbar's button; "My lessons" is the library's list of the instructor's lessons.
workshop-status-bundled = une leçon fournie : « Enregistrer » garde votre copie dans Mes leçons
workshop-status-not-saved = pas encore enregistrée

## Details tab

workshop-details-heading = Détails de la leçon
workshop-details-intro = Les élèves voient le titre, la source et la consigne au-dessus de l'article ; la bibliothèque affiche le niveau, les compétences et la durée.

# The details form's fields: the name beside each field (also the screen reader's name for
# it, and used in the messages about a field that cannot be used). `.hint` is shown greyed in
# the empty field; `.expected` says what a field takes when what is typed cannot be used.
workshop-field-title = Titre
    .hint = Le titre de l'article
workshop-field-summary = Résumé
    .hint = Une ou deux phrases pour la bibliothèque
workshop-field-outlet = Média
    .hint = Journal ou site web
workshop-field-author = Auteur
# The hint is an example date.
workshop-field-date = Date
    .hint = 2026-11-29
workshop-field-url = Adresse web
    .hint = Où l'article a été publié
workshop-field-licence = Licence
    .hint = p. ex. utilisé en classe au titre de l'exception pédagogique ; CC BY 4.0
workshop-field-level = Niveau
    .expected = 1, 2 ou 3
workshop-field-skills = Compétences
    .hint = attribution, sources vagues, …
# The hint is an example number of minutes.
workshop-field-minutes = Minutes
    .hint = 20
    .expected = un nombre entier, p. ex. 20
workshop-field-instructions = Consigne
    .hint = Que doit faire l'élève ?
# "en, es" and "en, es, fr" are language codes: they stay as they are.
workshop-field-language = Langue
    .hint = en, es (devinée si vide)
    .expected = un code à deux lettres, comme en, es, fr

# The level buttons: no level, then levels 1 to 3.
workshop-level-none = aucun
workshop-level-easy = 1 facile
workshop-level-medium = 2
workshop-level-hard = 3 difficile

# Under a field that cannot be used. $field: the field's name; $expected: what it takes
# (a field's `.expected` above).
workshop-detail-error = { $field } : { $expected }
# One field in workshop-save-details-invalid. $field: the field's name; $expected: what it takes.
workshop-detail-should-be = le champ { $field } doit contenir { $expected }
# $problems: one or more workshop-detail-should-be, separated by "; ".
workshop-save-details-invalid = La leçon n'a pas été enregistrée : dans l'onglet Détails, { $problems }.

## Article tab

workshop-article-heading = Article
workshop-apply-button = Appliquer les modifications
workshop-apply-hover = Relire l'article modifié et y retrouver les éléments du corrigé
# The Markdown signs (#, >, *…*) stay as they are.
workshop-article-help = Collez ou rédigez l'article ici (Markdown : lignes vides entre les paragraphes, # pour les intertitres, > pour les citations, *emphase*). L'aperçu montre ce que verront les élèves.
workshop-article-hint = Collez l'article ici
# The screen reader's name for the Markdown editor.
workshop-article-text-name = Texte de l'article
# In messages about a pasted or imported article (which has no file name yet), in place of
# a file name: "article: …".
workshop-pasted-article-name = article

# Key items that could not be found again after the article was edited. $count: how many.
workshop-orphans-heading = Éléments à replacer ({ $count })
# "Answer key" is the tab; "Place here" the button beside each item.
workshop-orphans-help = Ces éléments du corrigé sont introuvables dans l'article modifié. Sélectionnez les mots dans l'article (onglet Corrigé) et appuyez sur « Placer ici », ou supprimez-les.
workshop-place-here-button = Placer ici
workshop-delete-button = Supprimer
# Words quoted from the article. $quote: the words.
workshop-quote = « { $quote } »

## Answer key tab

# Above the instructions when the article is previewed as the student sees it (as on the
# student's lesson page).
workshop-student-task = Consigne
workshop-preview-student = Aperçu côté élève
workshop-preview-student-hover = L'article tel que les élèves le voient avant de vérifier : sans corrigé
workshop-key-items = Éléments du corrigé :
# Beside each label's badge: how many key items have that label. $label: the label's short name.
workshop-key-item-count = { $count } { $label }
workshop-add-item-help = Sélectionnez des mots dans l'article et appuyez sur 1, 2 ou 3 (ou sur les boutons) pour ajouter un élément.
# A button that gives the selected words a label. $digit: its key (1, 2 or 3);
# $label: the label's short name.
workshop-label-button = { $digit } { $label }
workshop-undo-button = Annuler
workshop-redo-button = Rétablir
workshop-selected-item = Élément sélectionné
workshop-rationale-hint = Pourquoi cette étiquette ? Les élèves lisent ceci après avoir vérifié.
# The screen reader's name for the selected item's rationale field.
workshop-rationale-name = Justification
workshop-optional-check = Facultatif (discutable) : rapporte des points s'il est trouvé, ne coûte rien s'il est manqué
workshop-delete-item-button = Supprimer l'élément
workshop-all-items = Tous les éléments
# Beside an item in the list of all items.
workshop-no-rationale = sans justification

# The key checker.
workshop-checker-heading = Vérificateur du corrigé
workshop-check-button = Vérifier le corrigé
workshop-check-hover = Chevauchements, limites irrégulières, justifications manquantes, éléments déplacés, expressions étiquetées autrement dans d'autres corrigés
workshop-not-checked = Non vérifié depuis la dernière modification.
workshop-no-problems = Aucun problème trouvé.
# On a finding about one item: clicking it selects the item.
workshop-select-item-hover = Sélectionner cet élément

# The suggestion assistant.
workshop-suggestions-heading = Suggestions
workshop-suggest-button = Suggérer des éléments
workshop-suggest-again-button = Suggérer à nouveau
workshop-suggest-hover = Des règles fondées sur des listes de mots proposent des éléments candidats ; rien n'entre dans le corrigé tant que vous ne l'avez pas accepté
workshop-no-suggestions = Plus aucune suggestion.
# "Enter" and "Backspace" are keys on the keyboard.
workshop-suggestions-keys = Entrée accepte, Retour arrière refuse, les flèches passent d'une suggestion à l'autre (quand aucun champ de texte n'a le focus).
# A word-list rule and how many suggestions it made. $rule: the rule's name; $count: how many.
workshop-rule-count = { $rule } ({ $count })
workshop-accept-all-button = Tout accepter
workshop-reject-all-button = Tout refuser
workshop-accept-button = Accepter
workshop-reject-button = Refuser

## The key checker's findings (beside the checker)

# One key's labels for a phrase. $labels: the label names, joined with " + "; $key: the
# lesson file the key belongs to.
workshop-check-labels-in-key = { $labels } dans { $key }
# $phrase: the phrase, in quotation marks; $keys: one or more workshop-check-labels-in-key,
# separated by "; ".
workshop-check-labelled-differently = l'expression { $phrase } est étiquetée différemment selon les corrigés : { $keys } ; si c'est voulu, expliquez pourquoi dans la justification
# An item kept aside after the article changed. $quote: its words, in quotation marks;
# $label: its label's name.
workshop-check-orphan = { $quote } ({ $label }) est introuvable dans l'article modifié : replacez-le ou supprimez-le

## Messages (notices and errors)

# After the edited article is applied. $moved: how many key items moved.
workshop-article-changed = L'article a changé : { $moved ->
        [one] { $moved } élément du corrigé a été retrouvé à sa nouvelle place.
       *[other] { $moved } éléments du corrigé ont été retrouvés à leur nouvelle place.
    }
# As workshop-article-changed, and $orphans: how many items could not be found ("Items to
# place again" is the list's heading, workshop-orphans-heading).
workshop-article-changed-orphans = L'article a changé : { $moved ->
        [one] { $moved } élément du corrigé a été retrouvé à sa nouvelle place
       *[other] { $moved } éléments du corrigé ont été retrouvés à leur nouvelle place
    } ; { $orphans ->
        [one] { $orphans } est introuvable et figure
       *[other] { $orphans } sont introuvables et figurent
    } sous « Éléments à replacer ».
# $error: why.
workshop-key-items-unplaceable = Les éléments du corrigé ne peuvent pas être placés : { $error }
# "Place here" is the button beside an item to place again.
workshop-place-first = Sélectionnez d'abord les mots dans l'article, puis appuyez sur « Placer ici ».
# $error: which list and why.
workshop-word-list-unusable = Une liste de mots pour les suggestions est inutilisable : { $error }
workshop-save-unreadable-article = L'article ne peut pas être enregistré tant qu'il ne peut pas être lu ; voir l'onglet Article.
workshop-save-no-title = Donnez un titre à la leçon avant de l'enregistrer (Détails).
workshop-save-in-progress = Enregistrement de la leçon en cours ; elle recevra son nom de fichier dans un instant.
# "Save as…" is the toolbar's button.
workshop-save-no-free-name = La leçon n'a pas été enregistrée : aucun nom de fichier libre n'a été trouvé dans votre dossier de leçons ; essayez « Enregistrer sous… ».
# $path: the lesson's file; $count: how many items the key has; $key_path: the key's file.
workshop-saved = Leçon enregistrée dans { $path } et son corrigé ({ $count ->
        [one] { $count } élément
       *[other] { $count } éléments
    }) dans { $key_path }
# As workshop-saved, and $orphans: how many items still to place again were left out.
workshop-saved-with-orphans = Leçon enregistrée dans { $path } et son corrigé ({ $count ->
        [one] { $count } élément
       *[other] { $count } éléments
    }) dans { $key_path } ; { $orphans ->
        [one] { $orphans } élément encore à replacer n'est pas dans le corrigé enregistré
       *[other] { $orphans } éléments encore à replacer ne sont pas dans le corrigé enregistré
    }
# $error: why. "Save as…" is the toolbar's button.
workshop-save-failed = La leçon n'a pas été enregistrée : { $error }. Votre travail est toujours dans l'atelier ; essayez « Enregistrer sous… ».
# $path: the exported file.
workshop-exported-key = Corrigé exporté dans { $path }

## Told to the student when a lesson opens (its key and autosaved answer are read)

# $error: why.
workshop-load-key-unusable = Le corrigé est inutilisable, cette leçon peut donc être surlignée mais pas vérifiée : { $error }
# $path: the autosave file; $error: why.
workshop-load-autosave-unplaceable = Votre réponse enregistrée automatiquement n'a pas pu être placée sur cette leçon ; elle est laissée telle quelle dans { $path } : { $error }
# $error: why.
workshop-load-autosave-unreadable = Votre réponse enregistrée automatiquement n'a pas pu être lue ; elle est laissée telle quelle : { $error }
# An autosave whose highlights could not all be placed is copied aside. $note: the sentence
# before, which says what could not be placed; $error: why.
workshop-load-copy-unreadable = { $note } Votre réponse précédente n'a pas pu être copiée à part : { $error }
# $note: as above; $path: the copy.
workshop-load-copy-kept = { $note } Une copie de votre réponse précédente est conservée dans { $path }
# $note: as above; $error: why; $path: the autosave file.
workshop-load-copy-not-kept = { $note } Une copie de votre réponse précédente n'a pas pu être conservée : { $error }. L'enregistrement automatique est laissé tel quel dans { $path } jusqu'à ce que vous modifiiez la réponse.
workshop-accept-all-name = { $count ->
    [one] Accepter la suggestion de { $rule }
   *[other] Accepter les { $count } suggestions de { $rule }
}
workshop-reject-all-name = { $count ->
    [one] Refuser la suggestion de { $rule }
   *[other] Refuser les { $count } suggestions de { $rule }
}
workshop-suggestion-name = { $label } suggérée : « { $quote } » ({ $rule })
workshop-accept-name = Accepter { $quote }
workshop-reject-name = Refuser { $quote }
