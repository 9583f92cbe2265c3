## The key checker's findings. `level`, `instructions` and `source.licence` are field names
## and stay as they are.

check-no-level = im Kopfbereich fehlt level (1, 2 oder 3)
check-no-instructions = im Kopfbereich fehlt instructions (die Arbeitsanweisung für die Lernenden)
check-no-licence = im Kopfbereich fehlt source.licence: Gib an, unter welchen Bedingungen der Artikel weitergegeben werden darf
check-other-text-version = der Schlüssel wurde für eine andere Fassung des Texts geschrieben (text_sha256 weicht ab); die Einträge wurden anhand ihrer Zitate neu gesucht: Prüfe sie und speichere den Schlüssel erneut
check-item = Eintrag { $number } (Zeichen { $start }..{ $end } { $quote })
check-item-lost = Eintrag { $number } ({ $quote }) ist im Text nicht mehr zu finden; er wird nicht bewertet, bis du ihn neu setzt
check-item-moved = { $item } hat sich verschoben: Das Zitat passt nicht mehr zu Zeichen { $start }..{ $end }; speichere den Schlüssel, um ihn zu aktualisieren
# $edits arrives as text, so no plural select: "Zeichen" is the same in both numbers.
check-item-moved-roughly = { $item } hat sich verschoben: Das Zitat passt nicht mehr zu Zeichen { $start }..{ $end } (ungefähre Übereinstimmung, { $edits } Zeichen abweichend); speichere den Schlüssel, um ihn zu aktualisieren
check-item-ragged = { $item } hat unsaubere Grenzen: Markierungen beginnen und enden an ganzen Wörtern, ohne Leer- oder Satzzeichen am Rand
check-item-no-rationale = { $item } hat keine Begründung: Erkläre in einem Satz, warum der Eintrag als „{ $label }“ gilt
check-items-overlap = Einträge { $first } und { $second } sind beide „{ $label }“ und überlappen sich; die Bewertung führt sie zusammen, also verbinde oder trenne sie

## The learner's standing in plain words, and the reason for the lesson recommended next.

profile-model-attributions = Quellenangaben
    .start = Quellenangaben
    .count = { $count ->
        [one] { $count } Quellenangabe
       *[other] { $count } Quellenangaben
    }
profile-model-opinion-words = Meinungswörter
    .start = Meinungswörter
    .count = { $count ->
        [one] { $count } Meinungswort
       *[other] { $count } Meinungswörter
    }
profile-model-unsupported-assertions = unbelegte Behauptungen
    .start = Unbelegte Behauptungen
    .count = { $count ->
        [one] { $count } unbelegte Behauptung
       *[other] { $count } unbelegte Behauptungen
    }

profile-model-reliable-one = Du findest { $labels } zuverlässig.
profile-model-reliable-two = Du findest { $first } und { $second } zuverlässig.
profile-model-reliable-three = Du findest { $first }, { $second } und { $third } zuverlässig.
profile-model-weakest = { $labels } sind deine größte Schwäche (F1 { $score }): Übe sie als Nächstes.

profile-model-mix-up = { $mistake } ({ $count ->
        [one] { $count } Eintrag
       *[other] { $count } Einträge
    }).
profile-model-mix-up-attribution-as-unsupported = Du markierst belegte Aussagen oft als unbelegt; eine genannte oder konkrete Quelle mit einem Verb des Sagens ist eine Quellenangabe, auch wenn die Aussage zweifelhaft klingt
profile-model-mix-up-attribution-as-opinion = Du markierst eine Quelle und ihr Verb des Sagens oft als Meinung; wer etwas sagt, ist Quellenangabe, und nur ein wertendes Verb enthält zusätzlich eine Meinung
profile-model-mix-up-opinion-as-attribution = Du markierst die wertenden Wörter einer Quelle oft als Quellenangabe; Quelle und Verb sind Quellenangabe, die wertenden Wörter im Zitat sind Meinung
profile-model-mix-up-opinion-as-unsupported = Du markierst wertende Wörter oft als unbelegt; eine Ansicht, die sich weder beweisen noch widerlegen lässt, ist Meinung
profile-model-mix-up-unsupported-as-attribution = Du hältst vage Quellen („Kritiker sagen“, „Studien zeigen“) oft für Quellenangaben; eine Quelle, die niemand beim Lesen identifizieren kann, ist unbelegt
profile-model-mix-up-unsupported-as-opinion = Du markierst Tatsachenbehauptungen ohne Quelle oft als Meinung; eine Behauptung, die sich überprüfen ließe, aber keine Quelle hat, ist unbelegt

profile-model-reason-weakest-items = Du übersiehst am häufigsten { $labels }; diese Lektion enthält { $count } davon und ist für dich noch neu.
profile-model-reason-weakest = Du übersiehst am häufigsten { $labels }; diese Lektion übt genau das und ist für dich noch neu.
profile-model-reason-untried = Du hast diese Lektion noch nicht bearbeitet.
profile-model-reason-start-items = Gut für den Einstieg: Die Lektion ist für dich neu, und es gibt { $items } zu finden.
profile-model-reason-start = Gut für den Einstieg: Du hast sie noch nicht bearbeitet.
profile-model-reason-your-level = Sie entspricht deiner Stufe ({ $level }).
profile-model-reason-step-up = Sie ist eine Stufe schwieriger: Stufe { $level }.
profile-model-reason-easier = Sie ist auf Stufe { $level }, also leichter.
profile-model-reason-weak-skill = Sie übt außerdem „{ $skill }“, eine der Kompetenzen, bei denen du am meisten übersiehst.
profile-model-reason-try-again = Du hast alle Lektionen bearbeitet; hier ist dein bestes Ergebnis { $score }, das niedrigste: Versuch es noch einmal.
profile-model-items-two = { $first } und { $second }
profile-model-items-three = { $first }, { $second } und { $third }

# Dates on the profile chart ("12. März 2025", "12. Jan. 14:05").
profile-model-month = { $month ->
        [1] Jan.
        [2] Feb.
        [3] März
        [4] Apr.
        [5] Mai
        [6] Juni
        [7] Juli
        [8] Aug.
        [9] Sept.
        [10] Okt.
        [11] Nov.
       *[12] Dez.
    }
profile-model-date = { $day }. { $month } { $year }
profile-model-day-and-time = { $day }. { $month } { $time }

## Focus practice.

focus-model-position = Absatz { $number } von { $total }

## Class figures (the last column of exported gradebooks).

class-model-comment = { $found } von { $total } Schlüsseleinträgen gefunden, { $partly } teilweise gefunden, { $wrong } mit falscher Kategorie, { $missed } übersehen.
class-model-comment-indiscriminate = Warnung: ungefähr so viel markiert, wie der Zufall getroffen hätte (wahllos).
class-model-comment-unplaced = { $count ->
        [one] { $count } Markierung konnte im aktuellen Text nicht platziert werden und wurde nicht berücksichtigt.
       *[other] { $count } Markierungen konnten im aktuellen Text nicht platziert werden und wurden nicht berücksichtigt.
    }
class-model-item-found = gefunden
class-model-item-partly-found = teilweise gefunden
class-model-item-wrong-label = falsche Kategorie
class-model-item-missed = übersehen
class-model-highlight-matches-key = passt zum Schlüssel
class-model-highlight-wrong-label = falsche Kategorie
class-model-highlight-not-in-key = nicht im Schlüssel

## Problems with files: shown after the path and a colon.

store-file-problem = { $path }: { $problem }
store-not-found = Datei oder Ordner existiert nicht
store-is-a-folder = ist ein Ordner, keine Datei
store-link-loop = ein Link hier führt zurück zu { $folder }, der bereits durchsucht wird; er wird übersprungen
store-too-large = die Datei hat { $size } Bytes, mehr als die Grenze von { $limit } Bytes; teile den Artikel in kleinere Lektionen auf
store-not-utf8 = Zeile { $line }, Spalte { $column }: Die Datei ist kein gültiges UTF-8; speichere sie als UTF-8-Text
store-json = Zeile { $line }, Spalte { $column }: { $message }
store-newer-version = Formatversion { $found } ist neuer als die, die dieses Programm lesen kann ({ $reads }); aktualisiere newsmark, um sie zu öffnen
store-not-a-lesson = keine Lektion: erwartet wird eine .md- oder .txt-Datei
store-too-many-spans = enthält { $count } Markierungsbereiche, mehr als die Grenze von { $limit }; teile den Artikel in kleinere Lektionen auf
store-too-many-answer-files = enthält { $count } Antwortdateien, mehr als die Grenze von { $limit }; verteile die Klasse auf mehrere Ordner
store-too-many = enthält { $count } { $what }, mehr als die Grenze von { $limit }; { $advice }
store-spans-unusable = die Markierungsbereiche sind nicht verwendbar
store-not-json = kann nicht als JSON geschrieben werden
store-not-csv = kann nicht als CSV geschrieben werden
store-not-made-into-lesson = kann nicht in eine Lektion umgewandelt werden
# The names attribution, opinion and unsupported are written in files and stay in English.
store-unknown-label = unbekannte Kategorie { $label }: Gültig sind attribution, opinion und unsupported

# "/home/ana/lesson.md: kann nicht gelesen werden: du hast keine Berechtigung".
store-cannot-read = kann nicht gelesen werden
store-cannot-list = Inhalt kann nicht aufgelistet werden
store-cannot-write = kann nicht geschrieben werden
store-cannot-remove = kann nicht entfernt werden
store-cannot-replace = kann nicht ersetzt werden
store-cannot-create-folder = Ordner kann nicht angelegt werden
store-cannot-create-temporary = temporäre Datei daneben kann nicht angelegt werden
store-cannot-sync-folder = Ordner der Datei kann nicht synchronisiert werden
store-cannot-remove-stale = veraltete temporäre Datei kann nicht entfernt werden
store-cannot-finish-csv = CSV kann nicht abgeschlossen werden

store-io-not-found = Datei oder Ordner existiert nicht
store-io-permission-denied = du hast keine Berechtigung
store-io-not-a-folder = ein Teil des Pfads ist eine Datei, kein Ordner
store-io-is-a-folder = es ist ein Ordner, keine Datei
store-io-already-exists = existiert bereits
store-io-disk-full = der Datenträger ist voll
store-io-read-only = der Datenträger ist schreibgeschützt
store-io-timed-out = der Datenträger hat nicht rechtzeitig geantwortet

store-import-empty = die Datei ist leer
store-import-binary = die Datei ist kein Text (sie sieht nach einer Binärdatei aus)
store-import-no-article = auf dieser Seite wurde kein Artikel gefunden (ist es ein gespeicherter Nachrichtenartikel?)
store-import-too-large = der Artikel hat { $size } Bytes, mehr als die Grenze von { $limit } Bytes
store-import-not-a-lesson = der Artikel kann nicht als Lektion gelesen werden
store-import-details-unwritable = die Angaben zur Lektion können nicht geschrieben werden: { $reason }
