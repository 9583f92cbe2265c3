# Klassenergebnisse mit einer Lernplattform (Canvas, Moodle): Abgaben aus dem Download der
# Plattform, eine Klassenliste und die Notenliste im Format der Klassenliste selbst.

# Das Menü *Klassenergebnisse…* der Bibliothek: wo die Abgaben liegen.
lms-from-folder = Ein Ordner mit Abgaben…
lms-from-zip = Ein Download aus Canvas oder Moodle (.zip)…
lms-from-zip-hover = Das ZIP, das die Plattform bei „Abgaben herunterladen“ (Canvas) oder „Alle Abgaben herunterladen“ (Moodle) liefert, unverändert

# Dateidialoge (die Zwecke ergänzen „der Dateidialog für …“, daher im Akkusativ).
lms-purpose-open-zip = die Auswahl des Plattform-Downloads mit den Abgaben
lms-purpose-open-roster = die Auswahl der Klassenliste
lms-purpose-save-gradebook = das Speichern der Notenliste für die Klassenliste
lms-dialog-open-zip = Download mit den Abgaben wählen (.zip)
lms-dialog-open-roster = Klassenliste wählen (CSV aus Canvas oder Moodle)
lms-dialog-save-gradebook = Notenliste zum Importieren speichern
lms-filter-zip = ZIP-Archiv

# Abgaben oder eine Klassenliste, die sich nicht lesen lassen; $reason sagt, warum.
lms-failure-download = Die Abgaben können nicht gelesen werden: { $reason }

# Der Reiter *Klassenliste* der Seite mit den Klassenergebnissen.
lms-tab-roster = Klassenliste
lms-roster-heading = Klassenliste
lms-roster-help = Die Klassenliste aus deiner Plattform (Canvas: Noten > Exportieren; Moodle: Bewertungstabelle herunterladen). Damit zeigen die Klassenergebnisse, wer nichts abgegeben hat, und die Notenliste wird im eigenen Format der Plattform geschrieben.
lms-roster-button = Klassenliste…
lms-roster-hover = Wähle die aus Canvas oder Moodle exportierte Klassenliste oder eine CSV-Datei mit Spalten für Name und ID
# $kind: Canvas, Moodle oder CSV; $file: der Pfad der Klassenliste; $count: Schüler darin.
lms-roster-chosen = Klassenliste ({ $kind }) { $file }: { $count ->
    [one] { $count } Schüler
   *[other] { $count } Schüler
}
lms-assignment = Spalte der Aufgabe:
lms-missing-zero = Fehlende Abgabe zählt als null
lms-missing-zero-hover = Wer nichts abgegeben hat, bekommt in der Notenliste eine 0 statt einer leeren Note
lms-gradebook-button = Notenliste für die Klassenliste…
lms-gradebook-hover = Die Datei der Klassenliste selbst, mit eingetragenen Noten, fertig zum Import in deine Plattform
# $count: Schüler in der Klassenliste; $path: wohin die Notenliste geschrieben wurde.
lms-gradebook-written = Notenliste für { $count ->
    [one] { $count } Schüler
   *[other] { $count } Schüler
} in { $path } gespeichert. Importiere sie unverändert in deine Plattform.
lms-gradebook-not-written = Die Notenliste wurde nicht gespeichert
lms-missing-heading = Nichts abgegeben ({ $count })
lms-missing-none = Alle auf der Klassenliste haben etwas abgegeben.
# $name: der Schüler, wie er in der Klassenliste steht; $note: was stattdessen abgegeben wurde.
lms-missing-row-note = { $name }: { $note }
lms-unmatched-heading = Abgaben, die zu niemandem auf der Klassenliste passen ({ $count })
lms-unmatched-help = Wähle für jede Abgabe, zu wem sie gehört; die Auswahl wird neben dem Download gespeichert.
# $name: der eingetippte Name; $lms: die Identität auf der Plattform („Canvas user 5000“), kann leer sein.
lms-unmatched-row = { $name } { $lms }
lms-unmatched-choose = Gehört zu…
lms-mismatches-heading = Namen, die von der Plattform abweichen ({ $count })
lms-late-heading = Verspätet abgegeben ({ $count })
lms-other-files-heading = Dateien, die keine Antworten sind ({ $count })
lms-nothing-to-say = Wähle eine Klassenliste, um zu sehen, wer nichts abgegeben hat.
# Ein Hinweis in der Schülertabelle.
lms-flag-late = verspätet
