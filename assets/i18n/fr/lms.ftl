# Résultats de la classe avec une plateforme pédagogique (Canvas, Moodle) : les rendus tirés
# du téléchargement de la plateforme, une liste de classe, et le carnet de notes écrit au
# format propre à la liste.

# Le menu *Résultats de la classe…* de la bibliothèque : où se trouvent les rendus.
lms-from-folder = Un dossier de rendus…
lms-from-zip = Un téléchargement depuis Canvas ou Moodle (.zip)…
lms-from-zip-hover = Le zip que fournit la plateforme avec « Télécharger les soumissions » (Canvas) ou « Télécharger tous les travaux remis » (Moodle), tel quel

# Boîtes de dialogue de fichier (les objets complètent « la boîte de dialogue pour … »).
lms-purpose-open-zip = choisir le téléchargement des rendus depuis la plateforme
lms-purpose-open-roster = choisir la liste de classe
lms-purpose-save-gradebook = enregistrer le carnet de notes pour la liste de classe
lms-dialog-open-zip = Choisissez le téléchargement des rendus (.zip)
lms-dialog-open-roster = Choisissez la liste de classe (CSV de Canvas ou Moodle)
lms-dialog-save-gradebook = Enregistrez le carnet de notes à importer
lms-filter-zip = Archive zip

# Rendus ou liste de classe illisibles ; $reason dit pourquoi.
lms-failure-download = Impossible de lire les rendus : { $reason }

# L'onglet *Liste de classe* de la page des résultats de la classe.
lms-tab-roster = Liste de classe
lms-roster-heading = Liste de classe
lms-roster-help = La liste de la classe issue de votre plateforme (Canvas : Notes > Exporter ; Moodle : Télécharger le formulaire d'évaluation). Avec elle, les résultats de la classe indiquent qui n'a rien rendu, et le carnet de notes est écrit au format propre à la plateforme.
lms-roster-button = Liste de classe…
lms-roster-hover = Choisissez la liste de classe exportée de Canvas ou de Moodle, ou un CSV avec des colonnes nom et identifiant
# $kind : Canvas, Moodle ou CSV ; $file : le chemin de la liste ; $count : le nombre d'élèves.
lms-roster-chosen = Liste de classe ({ $kind }) { $file } : { $count ->
    [one] { $count } élève
   *[other] { $count } élèves
}
lms-assignment = Colonne du travail :
lms-missing-zero = Non rendu compte pour zéro
lms-missing-zero-hover = Les élèves qui n'ont rien rendu reçoivent 0 dans le carnet de notes au lieu d'une note vide
lms-gradebook-button = Carnet de notes pour la liste de classe…
lms-gradebook-hover = Le fichier même de la liste de classe, notes remplies, prêt à importer dans votre plateforme
# $count : élèves de la liste ; $path : où le fichier a été écrit.
lms-gradebook-written = Carnet de notes de { $count ->
    [one] { $count } élève
   *[other] { $count } élèves
} enregistré dans { $path }. Importez-le tel quel dans votre plateforme.
lms-gradebook-not-written = Le carnet de notes n'a pas été enregistré
lms-missing-heading = N'ont rien rendu ({ $count })
lms-missing-none = Tous les élèves de la liste ont rendu quelque chose.
# $name : l'élève tel qu'il figure dans la liste ; $note : ce qu'il a rendu à la place.
lms-missing-row-note = { $name } : { $note }
lms-unmatched-heading = Rendus qui ne correspondent à personne dans la liste ({ $count })
lms-unmatched-help = Choisissez l'élève à qui appartient chacun ; ce choix est mémorisé à côté du téléchargement.
# $name : le nom saisi ; $lms : l'identité sur la plateforme (« Canvas user 5000 »), peut être vide.
lms-unmatched-row = { $name } { $lms }
lms-unmatched-choose = Appartient à…
lms-mismatches-heading = Noms différents de ceux de la plateforme ({ $count })
lms-late-heading = Rendus en retard ({ $count })
lms-other-files-heading = Fichiers qui ne sont pas des réponses ({ $count })
lms-nothing-to-say = Choisissez une liste de classe pour voir qui n'a rien rendu.
# Une mention dans le tableau des élèves.
lms-flag-late = en retard
