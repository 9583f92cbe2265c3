# The class results page: a folder of students' answers graded against a lesson's key.

## The toolbar

class-tab-students = Lernende
class-tab-items = Schlüsseleinträge
class-tab-figures = Verwechslungen und Punkte
class-tab-heat-map = Klassen-Heatmap
class-projector = Beamer (große Schrift, keine Namen)
class-gradebook = Notenliste:
class-gradebook-csv = CSV…
class-gradebook-canvas = Canvas…
class-gradebook-moodle = Moodle…
class-gradebook-hover = Die Notenliste für deine Lernplattform erstellen
class-toolbar-source = { $folder } · { $title }
class-gradebook-written = Notenliste ({ $count ->
        [one] { $count } Person
       *[other] { $count } Personen
    }) gespeichert unter { $path }

## The summary above every tab

class-summary-answers = { $count ->
        [one] { $count } Antwort
       *[other] { $count } Antworten
    }
class-summary-mean-median = Mittelwert { $mean }, Median { $median }
    .hover = Die durchschnittliche Punktzahl der Klasse und der mittlere Wert, wenn man die Punktzahlen der Reihe nach ordnet (die Hälfte der Klasse hat mehr, die Hälfte weniger). Die Höchstpunktzahl ist 100.
class-summary-benchmark = 70 ist Expertenniveau
class-summary-reanchored = { $count } davon auf einer anderen Fassung der Lektion erstellt (neu verankert)
class-summary-problems = { $count ->
        [one] { $count } Datei nicht oder nur mit Warnung gezählt
       *[other] { $count } Dateien nicht oder nur mit Warnung gezählt
    }
class-summary-problem = { $file }: { $message }

## The Students tab

class-students-help = Punktzahlen von 0 bis 100: 100 = exakt der Schlüssel, 0 = keine Überschneidung. Zeige mit der Maus auf einen Spaltennamen, um zu sehen, was er bedeutet; klicke darauf, um zu sortieren.
# Column names are short (the columns are narrow): "Quel.", "Mein.", "Unbel." stand for
# Quellenangabe, Meinung, Unbelegte Behauptung.
class-column-student = Name
    .hover = Der Name der Schülerin oder des Schülers (oder der Antwortdatei). Klicke in der Tabelle auf einen Namen, um die Markierungen dieser Person über dem Schlüssel zu sehen.
class-column-score = Punkte
    .hover = Wie gut die Markierungen zum Schlüssel passten, alle Kategorien zusammen (100 × F1): 100 = exakt, 0 = keine Überschneidung. 70 ist Expertenniveau.
class-column-attribution = Quel. F1
    .hover = F1 nur für Quellenangabe: wie gut die Markierungen „Quellenangabe“ zum Schlüssel passten. Der Wert verbindet „gefunden“ (wie viel der Schlüsseleinträge markiert wurde) und „genau“ (wie viel der Markierungen auch im Schlüssel steht). 100 = exakt, 0 = keine Überschneidung; – = nichts zu finden.
class-column-opinion = Mein. F1
    .hover = F1 nur für Meinung: wie gut die Markierungen „Meinung“ zum Schlüssel passten. Der Wert verbindet „gefunden“ (wie viel der Schlüsseleinträge markiert wurde) und „genau“ (wie viel der Markierungen auch im Schlüssel steht). 100 = exakt, 0 = keine Überschneidung; – = nichts zu finden.
class-column-unsupported = Unbel. F1
    .hover = F1 nur für Unbelegte Behauptung: wie gut die Markierungen „Unbelegt“ zum Schlüssel passten. Der Wert verbindet „gefunden“ (wie viel der Schlüsseleinträge markiert wurde) und „genau“ (wie viel der Markierungen auch im Schlüssel steht). 100 = exakt, 0 = keine Überschneidung; – = nichts zu finden.
class-column-passage = Textstellen
    .hover = Richtige Textstellen, Kategorie egal (Textstellen-F1): wie gut die Wörter gefunden wurden, die der Schlüssel markiert, auch wo eine andere Kategorie gewählt wurde. 100 = dieselben Wörter, 0 = keine Überschneidung.
class-column-statuses = Gefunden / teilw. / falsch / übersehen
    .hover = Schlüsseleinträge, die gefunden (mindestens zur Hälfte mit ihrer Kategorie markiert), teilweise gefunden (weniger als die Hälfte), mit falscher Kategorie markiert oder übersehen wurden.
class-column-extra = Extra
class-column-sort-hover = { $help } Zum Sortieren klicken.
class-column-sorted-a-z = { $name } (A–Z)
class-column-sorted-z-a = { $name } (Z–A)
class-column-sorted-high = { $name } (höchste)
class-column-sorted-low = { $name } (niedrigste)
class-column-flags = Hinweise
class-flag-indiscriminate = wahllos
class-flag-reanchored = neu verankert
class-flag-unplaced = { $count } nicht platziert
class-projector-student = Person { $number }
class-student-row-hover = Die Markierungen dieser Person über dem Schlüssel zeigen

## One student's highlights, beside the table

class-student-score = Punktzahl { $score }
    .hover = Wie gut die Markierungen dieser Person zum Schlüssel passten: 100 = exakt, 0 = keine Überschneidung. 70 ist Expertenniveau.
class-student-close = Schließen
class-student-legend = Gefüllt: die Markierungen der Person. Umrandet: der Schlüssel.

## The Key items tab

class-items-help = Schlüsseleinträge, schwierigste zuerst: der Anteil der Lernenden, die den Eintrag jeweils gefunden, teilweise gefunden, mit einer anderen Kategorie markiert oder übersehen haben.
class-item-quote = { $number }. „{ $quote }“
class-item-optional = optional
class-item-shares = gefunden { $found } % · teilweise { $partly } % · falsche Kategorie { $wrong } % · übersehen { $missed } %
    .hover = Gefunden: mindestens die Hälfte des Eintrags mit seiner Kategorie markiert. Teilweise: weniger als die Hälfte. Falsche Kategorie: markiert, aber mit einer anderen Kategorie. Übersehen: nicht markiert.
class-item-shares-instead = { $shares } · meist stattdessen als „{ $label }“ markiert

## The Confusion and scores tab

class-confusion-heading = Welche Kategorien verwechselt wurden
class-confusion-help = Zeichen, über die Klasse summiert. Zeilen: der Schlüssel; Spalten: die Lernenden. Dunkler: mehr.
class-confusion-attribution = Quellenangabe
class-confusion-opinion = Meinung
class-confusion-unsupported = Unbelegt
class-confusion-none = keine
class-confusion-cell = { $count } Zeichen
class-scores-heading = Punktzahlen
class-histogram-score = Punktzahl
class-histogram-students = Lernende
class-histogram-range = { $low }–{ $high }

## The Class heat map tab

class-heat-show = Ansicht:
class-heat-help = Dunkler: Mehr Lernende haben es mit dieser Kategorie markiert. Umrandet: die Schlüsseleinträge dieser Kategorie.
