## The top of the page

library-title = Lektionen
library-intro = Wähle einen Artikel. Markiere, wer spricht (Quellenangabe), welche Wörter werten (Meinung) und welche Behauptungen keine Quelle haben (Unbelegte Behauptung), und prüfe dann deine Antworten.
# $name: a file name or shell-opening-focus / shell-opening-class.
library-opening = Wird geöffnet: { $name }…
library-open-file-button = Lektion oder Antwortdatei öffnen…
library-skills = Deine Kompetenzen: { $words }
library-skills-profile-button = Dein Kompetenzprofil…
library-recommended-next = Als Nächstes empfohlen: { $title }
library-start-button = Starten
library-open-title = { $title } öffnen

## "Continue" bar

library-continue-label = Hier hast du aufgehört:
library-continue-button = { $title } fortsetzen
library-continue-hover = Mit deinen Markierungen öffnen, so wie du sie verlassen hast

## The first start's question

library-role-question = Wer nutzt newsmark auf diesem Computer?
library-role-explanation = Für Lernende zeigt newsmark Lektionen, Rückmeldungen und die Abgabe. Auf einem Computer, den sich mehrere Lernende teilen, wird nichts von einer Person (Name, Arbeit, Ergebnisse) für die nächste aufbewahrt. Für Lehrkräfte zeigt newsmark zusätzlich die Werkzeuge für den Unterricht: neue Lektionen, Lösungsschlüssel, Schülerpakete und Klassenergebnisse. Du kannst das jederzeit im Modus-Menü in der oberen Leiste ändern.
library-role-student-button = Ich bin Schüler/in
library-role-shared-button = Lernende teilen sich diesen Computer
library-role-shared-hover = Ein Computer im Computerraum oder aus dem Laptopwagen: Name, Arbeit und Ergebnisse einer Person werden nicht für die nächste aufbewahrt
library-role-teacher-button = Ich bin Lehrkraft

## Instructor tools (teacher mode)

library-instructors = Für Lehrkräfte:
library-new-lesson-button = Neue Lektion…
library-new-lesson-hover = Einen Artikel einfügen und seinen Lösungsschlüssel schreiben
library-import-article-button = Lektion aus Artikel erstellen…
library-import-article-hover = Eine gespeicherte Webseite (.html), eine .txt- oder eine .md-Datei
library-instructor-tool-refused = Das ist ein Werkzeug für Lehrkräfte; wechsle in der oberen Leiste in den Lehrermodus, um es zu nutzen.

## Sections of the list

library-section-lessons = Lektionen
library-section-mine = Meine Lektionen

## One lesson's card

library-recommended-badge = Als Nächstes empfohlen
library-in-progress = In Bearbeitung
library-in-progress-hover = Deine Markierungen sind gespeichert, aber noch nicht geprüft: Öffne die Lektion, um weiterzumachen
library-level = Stufe { $level }
library-minutes = { $minutes } Min.
library-cannot-open = Kann nicht geöffnet werden: { $problem }
library-open-button = Öffnen
library-best-score = Bestwert { $score }
library-attempts = { $count ->
        [one] { $count } Versuch
       *[other] { $count } Versuche
    }
library-not-tried = Noch nicht bearbeitet

## Instructor buttons on a card (teacher mode)

library-pack-checkbox = Paket
library-pack-checkbox-name = { $title } ins Schülerpaket aufnehmen
library-pack-checkbox-hover = Lektionen für ein Schülerpaket zum Verteilen auswählen
library-class-results-button = Klassenergebnisse…
library-class-results-name = Klassenergebnisse zu { $title }
library-class-results-hover = Einen Ordner mit abgegebenen Antworten anhand des Schlüssels dieser Lektion bewerten
library-edit-button = Bearbeiten
library-edit-name = { $title } bearbeiten
library-edit-hover = Lektion und Lösungsschlüssel in der Werkstatt bearbeiten

## The student pack being put together (teacher mode)

library-pack-bar-title = Schülerpaket: { $count ->
        [one] { $count } Lektion
       *[other] { $count } Lektionen
    }
library-pack-class = Klasse
library-pack-class-hint = z. B. 9b Medien
library-pack-due = Abgabe bis
library-pack-due-hint = z. B. Freitag
library-pack-shared = Für geteilte Computer
library-pack-shared-hover = Computerraum oder Laptopwagen: Die Lektionen des Pakets bewahren keine Namen, Arbeiten oder Ergebnisse für die nächste Person auf
library-pack-save-button = Paket speichern…
library-pack-save-hover = Eine Datei mit diesen Lektionen (nie mit ihren Schlüsseln) zum Mailen oder Hochladen
library-pack-written = Schülerpaket ({ $count ->
        [one] { $count } Lektion
       *[other] { $count } Lektionen
    }, ohne Schlüssel{ $shared ->
        [yes] , für geteilte Computer
       *[no] {""}
    }) gespeichert unter { $path }
