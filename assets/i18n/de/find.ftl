# The library's search and filters.

library-search = Lektionen durchsuchen
library-search-hint = Titel, Zusammenfassung, Kompetenz, Medium…
# A filter set to nothing: every lesson.
library-filter-any = Alle
library-filter-level = Stufe:
library-filter-language = Sprache:
library-filter-class = Klasse:
library-filter-tried = Bearbeitet:
library-filter-tried-yes = Bearbeitet
library-filter-tried-no = Noch nicht bearbeitet
library-filter-key = Schlüssel:
library-filter-key-yes = Mit Schlüssel
library-filter-key-no = Ohne Schlüssel
library-filter-clear = Alle anzeigen
# $shown lessons match the search and filters, of $total.
library-filter-count = { $shown } von { $total ->
        [one] { $total } Lektion
       *[other] { $total } Lektionen
    }
library-filter-none = Keine Lektion passt. Versuche es mit weniger Wörtern oder mit „Alle anzeigen“.

# The class heat map's legend: what each shade means.
class-heat-legend = Lernende, die es markiert haben:
# One step of the legend: $from to $to of $total students.
class-heat-step = { $from }–{ $to } von { $total }
# Beside the heat map: the key items of one label ($label).
class-heat-items = { $label }: Schlüsseleinträge
# How many students marked a key item with its label.
class-heat-item-count = { $marked } von { $total }

# The Roster tab: the score's scale in the gradebook for a plain name,id roster.
lms-points = Punkte:

# The workshop's *Compare with another key…*: two keys of one lesson, their agreement and
# their disagreements decided one by one.
workshop-compare-button = Mit anderem Schlüssel vergleichen…
workshop-compare-hover = Der Schlüssel einer Kollegin oder eines Kollegen zu dieser Lektion (oder die Antwort von jemandem, der ohne den Schlüssel markiert hat): die Übereinstimmung und jede Abweichung zwischen beiden, die du einzeln entscheidest
workshop-compare-purpose = die Auswahl des Schlüssels zum Vergleich
workshop-compare-dialog = Schlüssel zum Vergleich wählen
# $count: items of the other key that could not be placed on this article.
workshop-compare-unplaced = { $count ->
        [one] { $count } Eintrag des anderen Schlüssels konnte in diesem Artikel nicht gesetzt werden und wird nicht berücksichtigt.
       *[other] { $count } Einträge des anderen Schlüssels konnten in diesem Artikel nicht gesetzt werden und werden nicht berücksichtigt.
    }
# $file: the other key's file name.
workshop-compare-heading = Vergleich mit { $file }
# Cohen's kappa (mean and per label) and F1 between the two keys.
workshop-compare-figures = Übereinstimmung: kappa { $kappa } (Quellenangabe { $attribution }, Meinung { $opinion }, Unbelegt { $unsupported }), F1 { $f1 }
workshop-compare-done = Keine Abweichung mehr zu entscheiden. Speichere, um den zusammengeführten Schlüssel zu behalten.
workshop-compare-position = Abweichung { $number } von { $total }
workshop-compare-only-mine = Nur dieser Schlüssel markiert diese Wörter.
workshop-compare-only-theirs = Nur der andere Schlüssel markiert diese Wörter.
workshop-compare-label-differs = Beide markieren diese Wörter, aber mit verschiedenen Kategorien.
workshop-compare-boundary = Beide geben diesen Wörtern dieselbe Kategorie, grenzen sie aber anders ab.
workshop-compare-nothing = nichts
# One side: a label and its words.
workshop-compare-side = { $label } „{ $quote }“
workshop-compare-mine = Dieser Schlüssel: { $side }
workshop-compare-theirs = Der andere Schlüssel: { $side }
workshop-compare-keep-mine = Meinen behalten
workshop-compare-take-theirs = Anderen übernehmen
workshop-compare-keep-both = Beide behalten
workshop-compare-drop = Verwerfen
workshop-compare-end = Vergleich beenden

# A lesson file that cannot be read ($line, $column: where in the file).
lesson-error-front-matter = Kopfbereich, Zeile { $line }, Spalte { $column }: { $message }
lesson-error-unclosed = der in Zeile 1 mit +++ geöffnete Kopfbereich wird nirgends mit einer +++-Zeile geschlossen
lesson-error-no-title = im Kopfbereich fehlt der Titel: Füge eine Zeile wie title = "Meine Lektion" hinzu
lesson-error-level = Kopfbereich: level ist { $level }, muss aber 1, 2 oder 3 sein
lesson-error-empty = die Lektion hat keinen Artikeltext
# A highlight or key item that cannot be used ($number: its place in the file's list; $start, $end: characters).
span-error-reversed = Markierungsbereich { $number } (Zeichen { $start }..{ $end }): Der Anfang muss vor dem Ende liegen
span-error-out-of-range = Markierungsbereich { $number } (Zeichen { $start }..{ $end }) reicht über das Textende hinaus ({ $length } Zeichen) und hat kein Zitat, anhand dessen er sich wiederfinden ließe
span-error-different-text = die Datei wurde für einen anderen Text erstellt (ihr text_sha256 passt nicht zu dieser Lektion), und ihre Markierungsbereiche haben keine Zitate, anhand derer sie sich wiederfinden ließen; verwende die Lektion, für die sie erstellt wurde
# What a file holds, fitting "NAME war schon belegt (…)" (lesson-handed-in-renamed).
store-taken-other-student = Antwort einer anderen Person
store-taken-nameless = Antwort ohne Namen
store-taken-other-lesson = Antwort zu einer anderen Lektion
store-taken-not-an-answer = Datei, die keine newsmark-Antwort ist
store-convert-formats = die Konvertierung liest und schreibt .json (newsmark), .ann (brat) und .jsonld (W3C)
# The checker on a lesson's skill tags ($tag in quotes; $examples: tags of the vocabulary).
check-skill-empty = ein leeres Kompetenz-Schlagwort: Entferne es
check-skill-language = das Kompetenz-Schlagwort { $tag } ist eine Sprache, keine Kompetenz: Entferne es (die Sprache der Lektion gehört in `language = ".."`)
check-skill-unknown = unbekanntes Kompetenz-Schlagwort { $tag }: Es zählt im Kompetenzprofil als eigene Kompetenz; verwende nach Möglichkeit ein Schlagwort aus dem Kompetenz-Vokabular (auf Englisch, Spanisch oder Französisch), z. B. { $examples }
