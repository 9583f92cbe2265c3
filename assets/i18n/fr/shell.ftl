# Everything around the pages: the top bar, the message area, the help window, the window's
# title, messages about settings, progress and files, newsmark's own file picker and the
# system's file dialogs, and the article's accessible names.

## The top bar

# After the app's name: the open lesson's title ($title).
shell-top-lesson-title = — { $title }
# After the app's name: the title of the lesson open in the workshop (the teacher's editor).
shell-top-workshop-title = — atelier : { $title }
shell-help-button = Aide
shell-help-hover = Les trois étiquettes et le calcul du score (F1)
# The theme button says what pressing it switches to.
shell-theme-light = Thème clair
shell-theme-dark = Thème sombre
# Buttons that make all text larger or smaller.
shell-zoom-in = A+
shell-zoom-in-hover = Texte plus grand partout (Ctrl +, ou Ctrl 0 pour la taille normale)
shell-zoom-out = A-
shell-zoom-out-hover = Texte plus petit partout (Ctrl -, ou Ctrl 0 pour la taille normale)
shell-open-file = Ouvrir un fichier…

# The mode menu. Shown before a mode is chosen:
shell-mode-none = Choisir un mode
# The menu's name for a screen reader; $mode is one of the modes below (or shell-mode-none).
shell-mode-name = Mode : { $mode }
shell-mode-hover = Le mode élève masque les outils de l'enseignant (nouvelles leçons, corrigés, paquets, résultats de la classe) ; le mode ordinateur partagé ne garde en outre aucun nom, travail ni score d'un élève pour le suivant ; le mode enseignant affiche tous les outils
shell-role-student = Mode élève
shell-role-teacher = Mode enseignant
shell-role-shared = Mode ordinateur partagé

## The help window

shell-help-heading = Aide
shell-help-close = Fermer l'aide
shell-help-close-hover = Fermer l'aide (Échap ou F1)

## The message area (notices and errors at the bottom of the window)

shell-message-dismiss = Fermer
shell-message-dismiss-hover = Fermer ce message
# What a screen reader says for the Dismiss button of the newest message, and of an older
# one ($number: its place, newest first, from 2 up).
shell-message-dismiss-newest = Fermer le message le plus récent
shell-message-dismiss-number = Fermer le message { $number }
# The fold that holds the older messages.
shell-messages-earlier = { $count ->
    [one] { $count } message précédent
   *[other] { $count } messages précédents
}
shell-messages-dismiss-all = Tout fermer
# What was just done, read out by a screen reader ($words), ending with a full stop.
shell-said = { $words }.

## Small widgets every page uses

# Short label names on buttons (the full names are label-attribution and so on).
shell-label-short-attribution = Attribution
shell-label-short-opinion = Opinion
shell-label-short-unsupported = Non sourcée
shell-back-to-library = Retour à la bibliothèque

## The window's title ("newsmark" is the app's name)

shell-window-title-library = newsmark — Leçons
# $title: the lesson's title.
shell-window-title-lesson = newsmark — { $title }
shell-window-title-workshop = newsmark — atelier : { $title }
shell-window-title-class = newsmark — résultats de la classe : { $title }
shell-window-title-profile = newsmark — votre profil de compétences
shell-window-title-focus = newsmark — entraînement ciblé

## Settings and progress

# $reason: why, as the file system or the file's checker says it.
shell-settings-unreadable = Vos paramètres n'ont pas pu être lus ; les paramètres par défaut sont utilisés : { $reason }
shell-settings-not-saved = Vos paramètres n'ont pas pu être enregistrés
shell-progress-unreadable = Votre progression n'a pas pu être lue et ne sera pas modifiée : { $reason }
shell-progress-not-saved = Impossible d'enregistrer votre progression
shell-progress-unreadable-not-reset = Votre fichier de progression n'a pas pu être lu au démarrage ; il est donc laissé tel quel.
shell-progress-reset = Votre profil de compétences a été réinitialisé.
shell-progress-not-reset = Votre progression n'a pas pu être réinitialisée

## Opening things

# The title a new lesson starts with in the workshop.
shell-new-lesson-title = Nouvelle leçon
# While a page is being prepared the library says "Opening …" followed by one of these
# ($label: a label's full name; $lesson: the lesson's file name), or by a file name.
shell-opening-focus = entraînement ciblé ({ $label })
shell-opening-class = résultats de la classe pour { $lesson }
# Used in place of the file name of an article whose name cannot be read.
shell-article-fallback-name = article
# $count: how many lessons; $heading: the pack's heading in the library (class and due date).
shell-pack-added = { $count ->
        [one] { $count } leçon ajoutée
       *[other] { $count } leçons ajoutées
    } à votre bibliothèque, sous « { $heading } ».
shell-pack-no-data-folder = Les paquets sont ajoutés à votre dossier de données, et il n'y en a aucun.
# $path: the answer file; $lesson: the lesson's file name, already in quotes.
shell-answer-lesson-missing = { $path } : cette réponse correspond à la leçon { $lesson }, qui n'est pas dans la bibliothèque ; ouvrez d'abord la leçon, puis chargez la réponse
# A teacher's released answer key was put beside its lesson ($title: the lesson's title).
shell-key-released = Le corrigé de « { $title } » est en place : ouvrez la leçon, chargez votre réponse si elle n'y est pas, puis vérifiez-la.
# Stands for the lesson in shell-failure-key-no-lesson when the key does not say.
shell-key-unknown-lesson = une leçon inconnue
shell-key-not-placed = Le corrigé n'a pas été placé à côté de sa leçon

## File dialogs left behind

# $purpose: one of the picker-purpose-* messages ("opening a file").
shell-picker-closed = Le sélecteur de fichiers pour { $purpose } a été fermé, car vous avez quitté la page qui l'avait ouvert ; rien n'a été enregistré ni ouvert.
shell-dialog-answered-late = La boîte de dialogue de fichiers pour { $purpose } a reçu une réponse après que vous avez quitté la page qui l'avait ouverte : rien n'a donc été enregistré ni ouvert. Retournez sur cette page et réessayez.
# $why: why not, e.g. picker-no-system-dialog.
shell-picker-instead = La boîte de dialogue de fichiers du système n'a pas pu s'afficher ({ $why }) ; le sélecteur de fichiers de newsmark est ouvert à la place.
shell-workshop-unsaved = L'atelier contient des modifications non enregistrées. Enregistrez-les, ou appuyez de nouveau sur « Retour à la bibliothèque » pour les abandonner.

## What went wrong

# $what: what was not written ("The gradebook was not written"); $reason: why.
shell-failure-write = { $what } : { $reason }
# $lesson: the lesson's file name.
shell-failure-no-key = Aucun corrigé ne se trouve à côté de { $lesson } : les réponses ne peuvent donc pas être notées.
shell-failure-key-unusable = Le corrigé est inutilisable : { $reason }
# $key: the key file; $lesson: the lesson's file name it is for (or shell-key-unknown-lesson).
shell-failure-key-no-lesson = { $key } : aucune leçon de votre bibliothèque ne correspond à ce corrigé (il est destiné à { $lesson }) ; ouvrez d'abord la leçon ou son paquet
# $label: a label's full name.
shell-failure-no-paragraphs = Aucune leçon avec corrigé n'a de paragraphes pour s'entraîner sur { $label }.
# A bug: $why is what the program said (often in English), or shell-worker-no-reason.
shell-failure-worker = Une tâche de fond a échoué dans newsmark ({ $why }). Elle n'a rien modifié ; votre travail est toujours là, réessayez.
shell-worker-no-reason = aucune raison indiquée
# $reason: the operating system's words.
shell-failure-no-thread = newsmark n'a pas pu lancer de thread de travail : { $reason }

## What a file dialog is for, fitting "the file dialog for …" and "the file picker for …"

picker-purpose-open-file = ouvrir un fichier
picker-purpose-save-answer = rendre votre réponse
picker-purpose-open-answer = charger une réponse
picker-purpose-import-article = créer une leçon à partir d'un article
picker-purpose-save-lesson = enregistrer la leçon
picker-purpose-open-folder = choisir le dossier des réponses
picker-purpose-export = exporter
picker-purpose-save-profile = exporter votre profil de compétences
picker-purpose-save-pack = enregistrer le paquet pour les élèves
picker-purpose-save-gradebook = enregistrer le carnet de notes

## The system's file dialogs: titles and the names of the file type filters

picker-no-system-dialog = aucune boîte de dialogue de fichiers du système n'est disponible sur ce bureau
picker-dialog-open-file = Ouvrir une leçon, un paquet ou une réponse
picker-filter-open-file = Leçons, paquets et réponses
picker-dialog-save-answer = Enregistrer votre réponse
picker-filter-answer = Réponse newsmark
picker-dialog-open-answer = Charger une réponse
picker-dialog-import-article = Créer une leçon à partir d'un article
picker-filter-article = Pages web et texte
picker-dialog-save-lesson = Enregistrer la leçon (son corrigé est enregistré à côté)
picker-filter-lesson = Leçon newsmark
picker-dialog-open-folder = Choisir le dossier des réponses
# W3C Web Annotation, brat and newsmark are names of file formats.
picker-dialog-export = Exporter : W3C Web Annotation (.jsonld), brat (.ann) ou newsmark (.json)
picker-filter-export = W3C, brat ou newsmark
picker-dialog-save-profile = Exporter votre profil de compétences
picker-dialog-save-pack = Enregistrer le paquet pour les élèves
picker-filter-pack = Paquet newsmark pour les élèves
picker-dialog-save-gradebook = Enregistrer le carnet de notes

## newsmark's own file picker (when the system's file dialog cannot be shown)

picker-title-open-file = Ouvrir une leçon, un paquet ou une réponse
picker-title-save-answer = Rendre : enregistrer votre réponse
picker-title-open-answer = Charger une réponse
picker-title-import-article = Créer une leçon à partir d'un article
picker-title-save-lesson = Enregistrer la leçon
picker-title-open-folder = Choisir le dossier des réponses
picker-title-save-gradebook = Enregistrer le carnet de notes
picker-title-save-pack = Enregistrer le paquet pour les élèves
picker-title-export = Exporter (.jsonld, .ann ou .json)
picker-title-save-profile = Exporter votre profil de compétences
picker-explanation = Sélecteur de fichiers de newsmark (la boîte de dialogue de fichiers du système n'a pas pu s'afficher).
picker-up = Remonter
picker-up-hover = Le dossier parent
picker-home = Dossier personnel
# The name of the field that holds the folder shown, for a screen reader.
picker-folder-name = Dossier
picker-file-name-label = Nom du fichier :
# The name of the file name field, for a screen reader.
picker-file-name = Nom du fichier
picker-save-here = Enregistrer ici
picker-save-here-hover = Enregistrer sous ce nom dans ce dossier
picker-open = Ouvrir
picker-open-hover = Ouvrir le fichier indiqué ici (un nom dans ce dossier, ou un chemin complet)
picker-use-folder = Choisir ce dossier
picker-cancel = Annuler
# Shown in place of the list when the folder has nothing to choose.
picker-empty = (aucun fichier adapté ici)
# $folder: the folder's path; $reason: why.
picker-folder-not-listed = Impossible d'afficher le contenu de { $folder } : { $reason }
# $path: the file's path, typed where a folder was wanted.
picker-typed-file-not-folder = { $path } est un fichier. Choisissez le dossier qui contient les réponses.
picker-open-name-missing = Saisissez un nom de fichier, ou choisissez un fichier dans la liste.
picker-save-name-bad = Saisissez un nom de fichier (sans dossier).
# $name: the name typed; $folder: the folder shown.
picker-name-is-folder = { $name } est un dossier de { $folder } ; saisissez un nom de fichier sous lequel enregistrer.

# Asked before a file is saved over ($name: the file's name), with what the file holds and
# the folder it is in ($folder).
picker-replace-question = Remplacer { $name } ?
picker-replace-folder = Dans { $folder }
picker-keep = Conserver
picker-replace = Remplacer
# What an answer file holds: $who is one of the two next messages; $lesson is the lesson's
# file name and $time when it was handed in (2026-12-05T10:42:00Z), each when the file says.
picker-holds-named-answer = la réponse de l'élève { $student }
picker-holds-unnamed-answer = une réponse sans nom
picker-holds = Ce fichier contient { $who }.
picker-holds-lesson = Ce fichier contient { $who } pour la leçon { $lesson }.
picker-holds-time = Ce fichier contient { $who }, rendue le { $time }.
picker-holds-lesson-time = Ce fichier contient { $who } pour la leçon { $lesson }, rendue le { $time }.
# Any other file: its size ($size: one of the three next messages) and when it last changed
# ($time, as 2026-12-05T10:42:00Z).
picker-holds-file = C'est un fichier de { $size }.
picker-holds-file-changed = C'est un fichier de { $size }, modifié pour la dernière fois le { $time }.
picker-size-bytes = { $count ->
        [one] { $count } octet
       *[other] { $count } octets
    }
# $size: a number with one decimal.
picker-size-kilobytes = { $size } Ko
picker-size-megabytes = { $size } Mo

## The article (what a screen reader says, and images)

article-name = Article
# A highlight: $label is the label's full name, $quote the words highlighted.
article-mark-highlight = { $label } : { $quote }
# An item of the answer key shown over the article.
article-mark-key-item = Élément du corrigé, { $label } : { $quote }
# The class heat map: how many of the class marked these words, $level from 1 (few) to 4 (most).
article-mark-heat = { $label }, par { $level } parts sur 4 de la classe : { $quote }
# Shown in place of an image, which is never loaded: $alt is its description, $address
# where it is on the web.
article-image = [image : { $alt }]
article-image-remote = [image non chargée : { $alt }, { $address }]
# The description of an image that has none.
article-image-no-alt = image
