# The library page: the list of lessons, the first start's question, the instructor tools
# and the student pack being put together.

## The top of the page

# The page's main heading.
library-title = Leçons
# The line under the heading. The names in brackets are the three labels (see common.ftl):
# use the same words as there.
library-intro = Choisissez un article. Surlignez qui parle (Attribution), les mots qui jugent (Opinion) et les affirmations sans source (Affirmation non sourcée), puis vérifiez vos réponses.
# Shown beside a spinner while a lesson opens. $name: the lesson's file name.
library-opening = Ouverture : { $name }…
# The button at the bottom of the page.
library-open-file-button = Ouvrir un fichier de leçon ou de réponse…
# $words: a sentence or two about the learner's skills, already translated.
library-skills = Vos compétences : { $words }
library-skills-profile-button = Votre profil de compétences…
# The lesson to do next, at the top. $title: the lesson's title.
library-recommended-next = À faire ensuite : { $title }
library-start-button = Commencer
# Hover text and screen-reader name of the buttons that open a lesson. $title: the
# lesson's title (for the screen reader, with its number or class in front).
library-open-title = Ouvrir { $title }

## "Continue" bar: the lesson with autosaved work that is not checked yet

library-continue-label = Où vous en étiez :
# $title: the lesson's title.
library-continue-button = Reprendre { $title }
library-continue-hover = L'ouvrir avec vos surlignages tels que vous les avez laissés

## The first start's question: whose copy is this?

library-role-question = Qui utilise newsmark sur cet ordinateur ?
library-role-explanation = En mode élève, newsmark affiche les leçons, les retours et la remise des réponses. Sur un ordinateur que des élèves se partagent, rien d'un élève (nom, travail, scores) n'est gardé pour le suivant. En mode enseignant, il affiche aussi les outils de l'enseignant : nouvelles leçons, corrigés, paquets pour les élèves et résultats de la classe. Vous pouvez changer cela à tout moment avec le menu des modes, dans la barre du haut.
library-role-student-button = Je suis élève
library-role-shared-button = Des élèves se partagent cet ordinateur
library-role-shared-hover = Un ordinateur de salle informatique ou de classe mobile : aucun nom, travail ni score d'un élève n'est gardé pour le suivant
library-role-teacher-button = J'enseigne

## Instructor tools (teacher mode)

# Before the "New lesson…" and "Make a lesson from an article…" buttons.
library-instructors = Pour les enseignants :
library-new-lesson-button = Nouvelle leçon…
library-new-lesson-hover = Coller un article et rédiger son corrigé
library-import-article-button = Créer une leçon à partir d'un article…
library-import-article-hover = Une page web enregistrée (.html), un fichier .txt ou .md
# Shown in an error when a student-mode copy is asked for an instructor tool.
library-instructor-tool-refused = C'est un outil pour les enseignants ; passez en mode enseignant dans la barre du haut pour l'utiliser.

## Sections of the list (class packs are headed by their own names)

# The lessons that come with newsmark.
library-section-lessons = Leçons
# Lessons the teacher wrote or the learner opened from a file.
library-section-mine = Mes leçons

## One lesson's card

# A badge above the title of the lesson recommended next.
library-recommended-badge = À faire ensuite
# A badge above the title of a lesson with saved, unchecked work.
library-in-progress = En cours
library-in-progress-hover = Vos surlignages sont enregistrés mais pas encore vérifiés : ouvrez la leçon pour continuer
# The lesson's difficulty level, a number from the lesson's file.
library-level = Niveau { $level }
# The expected time of work, in minutes.
library-minutes = { $minutes } min
# $problem: why the file cannot be read, already translated.
library-cannot-open = Impossible d'ouvrir : { $problem }
library-open-button = Ouvrir
# The learner's best score on the lesson, a whole number (out of 100).
library-best-score = Meilleur score : { $score }
# How many times the learner checked this lesson.
library-attempts = { $count ->
        [one] { $count } tentative
       *[other] { $count } tentatives
    }
library-not-tried = Pas encore essayée

## Instructor buttons on a card (teacher mode)

# A checkbox: put this lesson in the student pack.
library-pack-checkbox = Paquet
# The screen-reader name of that checkbox. $title: the lesson's title.
library-pack-checkbox-name = Mettre { $title } dans le paquet pour les élèves
library-pack-checkbox-hover = Choisir les leçons d'un paquet à distribuer aux élèves
library-class-results-button = Résultats de la classe…
# Screen-reader name of the button. $title: the lesson's title.
library-class-results-name = Résultats de la classe pour { $title }
library-class-results-hover = Noter un dossier de réponses rendues avec le corrigé de cette leçon
library-edit-button = Modifier
# Screen-reader name of the button. $title: the lesson's title.
library-edit-name = Modifier { $title }
library-edit-hover = Modifier la leçon et son corrigé dans l'atelier

## The student pack being put together (teacher mode)

# $count: how many lessons are chosen.
library-pack-bar-title = Paquet pour les élèves : { $count ->
        [one] { $count } leçon
       *[other] { $count } leçons
    }
# Label of the text field for the class's name, and the grey example inside it.
library-pack-class = Classe
library-pack-class-hint = p. ex. 2de B EMI
# Label of the text field for the due date, and the grey example inside it.
library-pack-due = Date limite
library-pack-due-hint = p. ex. vendredi
# A checkbox.
library-pack-shared = Pour ordinateurs partagés
library-pack-shared-hover = Ordinateurs de salle informatique ou de classe mobile : les leçons du paquet ne gardent aucun nom, travail ni score d'un élève pour le suivant
library-pack-save-button = Enregistrer le paquet…
library-pack-save-hover = Un seul fichier avec ces leçons (jamais leurs corrigés), à envoyer par e-mail ou à déposer en ligne
# Notice after the pack is saved. $count: how many lessons; $shared: "yes" when the pack
# is for shared computers, else "no"; $path: the file written.
library-pack-written = Paquet pour les élèves enregistré ({ $count ->
        [one] { $count } leçon
       *[other] { $count } leçons
    }, sans corrigés{ $shared ->
        [yes] , pour ordinateurs partagés
       *[no] {""}
    }) dans { $path }
