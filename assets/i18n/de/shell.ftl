## The top bar

shell-top-lesson-title = — { $title }
shell-top-workshop-title = — Werkstatt: { $title }
shell-help-button = Hilfe
shell-help-hover = Die drei Kategorien und wie die Bewertung funktioniert (F1)
shell-theme-light = Helles Design
shell-theme-dark = Dunkles Design
shell-zoom-in = A+
shell-zoom-in-hover = Überall größere Schrift (Strg +; Strg 0 für die normale Größe)
shell-zoom-out = A-
shell-zoom-out-hover = Überall kleinere Schrift (Strg -; Strg 0 für die normale Größe)
shell-open-file = Datei öffnen…

shell-mode-none = Modus wählen
shell-mode-name = Modus: { $mode }
shell-mode-hover = Der Schülermodus blendet die Werkzeuge für Lehrkräfte aus (neue Lektionen, Lösungsschlüssel, Pakete, Klassenergebnisse); der Modus für geteilte Computer bewahrt außerdem keine Namen, Arbeiten oder Ergebnisse für die nächste Person auf; der Lehrermodus zeigt alle Werkzeuge
shell-role-student = Schülermodus
shell-role-teacher = Lehrermodus
shell-role-shared = Modus für geteilte Computer

## The help window

shell-help-heading = Hilfe
shell-help-close = Hilfe schließen
shell-help-close-hover = Hilfe schließen (Esc oder F1)

## The message area

shell-message-dismiss = Schließen
shell-message-dismiss-hover = Diese Meldung schließen
shell-message-dismiss-newest = Neueste Meldung schließen
shell-message-dismiss-number = Meldung { $number } schließen
shell-messages-earlier = { $count ->
    [one] { $count } ältere Meldung
   *[other] { $count } ältere Meldungen
}
shell-messages-dismiss-all = Alle schließen
shell-said = { $words }.

## Small widgets every page uses

shell-label-short-attribution = Quellenangabe
shell-label-short-opinion = Meinung
shell-label-short-unsupported = Unbelegt
shell-back-to-library = Zur Bibliothek

## The window's title

shell-window-title-library = newsmark — Lektionen
shell-window-title-lesson = newsmark — { $title }
shell-window-title-workshop = newsmark — Werkstatt: { $title }
shell-window-title-class = newsmark — Klassenergebnisse: { $title }
shell-window-title-profile = newsmark — dein Kompetenzprofil
shell-window-title-focus = newsmark — gezieltes Üben

## Settings and progress

shell-settings-unreadable = Deine Einstellungen konnten nicht gelesen werden; es gelten die Standardwerte: { $reason }
shell-settings-not-saved = Deine Einstellungen konnten nicht gespeichert werden
shell-progress-unreadable = Dein Fortschritt konnte nicht gelesen werden und wird nicht verändert: { $reason }
shell-progress-not-saved = Dein Fortschritt konnte nicht gespeichert werden
shell-progress-unreadable-not-reset = Deine Fortschrittsdatei konnte beim Start nicht gelesen werden, deshalb bleibt sie unverändert.
shell-progress-reset = Dein Kompetenzprofil wurde zurückgesetzt.
shell-progress-not-reset = Dein Fortschritt konnte nicht zurückgesetzt werden

## Opening things

shell-new-lesson-title = Neue Lektion
# Follows "Wird geöffnet: " (library-opening).
shell-opening-focus = gezieltes Üben zu „{ $label }“
shell-opening-class = Klassenergebnisse zu { $lesson }
shell-article-fallback-name = Artikel
shell-pack-added = { $count ->
        [one] { $count } Lektion
       *[other] { $count } Lektionen
    } unter „{ $heading }“ zu deiner Bibliothek hinzugefügt.
shell-pack-no-data-folder = Pakete werden in deinem Datenordner abgelegt, aber es gibt keinen.
shell-answer-lesson-missing = { $path }: Diese Antwort gehört zur Lektion { $lesson }, die nicht in der Bibliothek ist; öffne zuerst die Lektion und lade dann die Antwort
shell-key-released = Der Lösungsschlüssel zu „{ $title }“ liegt jetzt bereit: Öffne die Lektion, lade deine Antwort, falls sie nicht schon da ist, und prüfe sie.
shell-key-unknown-lesson = eine unbekannte Lektion
shell-key-not-placed = Der Lösungsschlüssel konnte nicht neben seine Lektion gelegt werden

## File dialogs left behind. $purpose is a picker-purpose-* message (accusative, after "für").

shell-picker-closed = Die Dateiauswahl für { $purpose } wurde geschlossen, weil du die Seite verlassen hast, die sie geöffnet hat; es wurde nichts gespeichert oder geöffnet.
shell-dialog-answered-late = Der Dateidialog für { $purpose } wurde erst beantwortet, nachdem du die Seite verlassen hattest, die ihn geöffnet hat; deshalb wurde nichts gespeichert oder geöffnet. Geh zurück und versuch es noch einmal.
shell-picker-instead = Der Dateidialog des Systems konnte nicht angezeigt werden ({ $why }); stattdessen ist die Dateiauswahl von newsmark geöffnet.
shell-workshop-unsaved = Die Werkstatt hat ungespeicherte Änderungen. Speichere sie oder klicke noch einmal auf „Zur Bibliothek“, um sie zu verwerfen.

## What went wrong

shell-failure-write = { $what }: { $reason }
shell-failure-no-key = Neben { $lesson } liegt kein Lösungsschlüssel, daher können Antworten nicht bewertet werden.
shell-failure-key-unusable = Der Lösungsschlüssel ist nicht verwendbar: { $reason }
shell-failure-key-no-lesson = { $key }: Keine Lektion in deiner Bibliothek passt zu diesem Schlüssel (er gehört zu { $lesson }); öffne zuerst die Lektion oder ihr Paket
shell-failure-no-paragraphs = Keine Lektion mit Schlüssel hat Absätze, um „{ $label }“ zu üben.
shell-failure-worker = Eine Hintergrundaufgabe in newsmark ist fehlgeschlagen ({ $why }). Sie hat nichts verändert; deine Arbeit ist noch da, versuch es also noch einmal.
shell-worker-no-reason = kein Grund angegeben
shell-failure-no-thread = newsmark konnte keinen Hintergrund-Thread starten: { $reason }

## What a file dialog is for, fitting "der Dateidialog für …" and "die Dateiauswahl für …"

picker-purpose-open-file = das Öffnen einer Datei
picker-purpose-save-answer = die Abgabe deiner Antwort
picker-purpose-open-answer = das Laden einer Antwort
picker-purpose-import-article = das Erstellen einer Lektion aus einem Artikel
picker-purpose-save-lesson = das Speichern der Lektion
picker-purpose-open-folder = die Auswahl des Antwortordners
picker-purpose-export = den Export
picker-purpose-save-profile = den Export deines Kompetenzprofils
picker-purpose-save-pack = das Speichern des Schülerpakets
picker-purpose-save-gradebook = das Speichern der Notenliste

## The system's file dialogs: titles and file type filters

picker-no-system-dialog = auf diesem Desktop ist kein Dateidialog des Systems verfügbar
picker-dialog-open-file = Lektion, Paket oder Antwort öffnen
picker-filter-open-file = Lektionen, Pakete und Antworten
picker-dialog-save-answer = Antwort speichern
picker-filter-answer = newsmark-Antwort
picker-dialog-open-answer = Antwort laden
picker-dialog-import-article = Lektion aus einem Artikel erstellen
picker-filter-article = Webseiten und Text
picker-dialog-save-lesson = Lektion speichern (ihr Schlüssel wird daneben gespeichert)
picker-filter-lesson = newsmark-Lektion
picker-dialog-open-folder = Ordner mit den Antworten wählen
picker-dialog-export = Exportieren: W3C Web Annotation (.jsonld), brat (.ann) oder newsmark (.json)
picker-filter-export = W3C, brat oder newsmark
picker-dialog-save-profile = Kompetenzprofil exportieren
picker-dialog-save-pack = Schülerpaket speichern
picker-filter-pack = newsmark-Schülerpaket
picker-dialog-save-gradebook = Notenliste speichern

## newsmark's own file picker

picker-title-open-file = Lektion, Paket oder Antwort öffnen
picker-title-save-answer = Abgeben: Antwort speichern
picker-title-open-answer = Antwort laden
picker-title-import-article = Lektion aus einem Artikel erstellen
picker-title-save-lesson = Lektion speichern
picker-title-open-folder = Ordner mit den Antworten wählen
picker-title-save-gradebook = Notenliste speichern
picker-title-save-pack = Schülerpaket speichern
picker-title-export = Exportieren (.jsonld, .ann oder .json)
picker-title-save-profile = Kompetenzprofil exportieren
picker-explanation = Die Dateiauswahl von newsmark (der Dateidialog des Systems konnte nicht angezeigt werden).
picker-up = Nach oben
picker-up-hover = Der übergeordnete Ordner
picker-home = Persönlicher Ordner
picker-folder-name = Ordner
picker-file-name-label = Dateiname:
picker-file-name = Dateiname
picker-save-here = Hier speichern
picker-save-here-hover = Unter diesem Namen in diesem Ordner speichern
picker-open = Öffnen
picker-open-hover = Die hier angegebene Datei öffnen (ein Name in diesem Ordner oder ein vollständiger Pfad)
picker-use-folder = Diesen Ordner verwenden
picker-cancel = Abbrechen
picker-empty = (keine passenden Dateien hier)
picker-folder-not-listed = { $folder } kann nicht aufgelistet werden: { $reason }
picker-typed-file-not-folder = { $path } ist eine Datei. Wähle den Ordner, in dem die Antworten liegen.
picker-open-name-missing = Gib einen Dateinamen ein oder wähle eine Datei aus der Liste.
picker-save-name-bad = Gib einen Dateinamen ein (ohne Ordner).
picker-name-is-folder = { $name } ist ein Ordner in { $folder }; gib einen Dateinamen zum Speichern ein.

picker-replace-question = { $name } ersetzen?
picker-replace-folder = In { $folder }
picker-keep = Behalten
picker-replace = Ersetzen
picker-holds-named-answer = die Antwort von { $student }
picker-holds-unnamed-answer = eine Antwort ohne Namen
picker-holds = Die Datei enthält { $who }.
picker-holds-lesson = Die Datei enthält { $who } zu { $lesson }.
picker-holds-time = Die Datei enthält { $who }, abgegeben am { $time }.
picker-holds-lesson-time = Die Datei enthält { $who } zu { $lesson }, abgegeben am { $time }.
picker-holds-file = Die Datei ist { $size } groß.
picker-holds-file-changed = Die Datei ist { $size } groß, zuletzt geändert am { $time }.
picker-size-bytes = { $count ->
        [one] { $count } Byte
       *[other] { $count } Bytes
    }
picker-size-kilobytes = { $size } KB
picker-size-megabytes = { $size } MB

## The article (what a screen reader says, and images)

article-name = Artikel
article-mark-highlight = { $label }: { $quote }
article-mark-key-item = Schlüsseleintrag, { $label }: { $quote }
article-mark-heat = { $label }, Anteil der Klasse { $level } von 4: { $quote }
article-image = [Bild: { $alt }]
article-image-remote = [Bild, nicht geladen: { $alt }, { $address }]
article-image-no-alt = Bild
