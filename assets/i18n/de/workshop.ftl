# The instructor's workshop ("Werkstatt"): toolbar, details form, article editor, answer key
# editor with the key checker and the suggestion assistant, and their messages.

## Toolbar

workshop-tab-details = Details
workshop-tab-article = Artikel
workshop-tab-key = Lösungsschlüssel
workshop-save-button = Speichern
workshop-save-hover = Lektion und Schlüssel speichern (bei einer neuen Lektion in deinem Lektionsordner)
workshop-save-as-button = Speichern unter…
workshop-export-key-button = Schlüssel exportieren…
workshop-export-key-hover = W3C Web Annotation (.jsonld), brat (.ann) oder newsmark (.json)

workshop-status-unsaved = ungespeicherte Änderungen
workshop-status-saved = gespeichert: { $path }
workshop-status-bundled = eine mitgelieferte Lektion: „Speichern“ legt deine Kopie unter „Meine Lektionen“ ab
workshop-status-not-saved = noch nicht gespeichert

## Details tab

workshop-details-heading = Details zur Lektion
workshop-details-intro = Lernende sehen Titel, Quelle und Arbeitsanweisung über dem Artikel; die Bibliothek zeigt Stufe, Kompetenzen und Minuten.

workshop-field-title = Titel
    .hint = Die Überschrift des Artikels
workshop-field-summary = Zusammenfassung
    .hint = Ein oder zwei Sätze für die Bibliothek
workshop-field-outlet = Medium
    .hint = Zeitung oder Website
workshop-field-author = Autor/in
workshop-field-date = Datum
    .hint = 2026-11-29
workshop-field-url = Webadresse
    .hint = Wo der Artikel erschienen ist
workshop-field-licence = Lizenz
    .hint = z. B. Nutzung im Unterricht nach § 60a UrhG; CC BY 4.0
workshop-field-level = Stufe
    .expected = 1, 2 oder 3
workshop-field-skills = Kompetenzen
    .hint = Quellenangabe, vage Quellen, …
workshop-field-minutes = Minuten
    .hint = 20
    .expected = eine ganze Zahl, z. B. 20
workshop-field-instructions = Arbeitsanweisung
    .hint = Was sollen die Lernenden tun?
# "en, es" and "en, es, fr" are language codes: they stay as they are.
workshop-field-language = Sprache
    .hint = en, es (wird erkannt, wenn leer)
    .expected = ein Code aus zwei Buchstaben wie en, es, fr

workshop-level-none = keine
workshop-level-easy = 1 leicht
workshop-level-medium = 2
workshop-level-hard = 3 schwer

workshop-detail-error = { $field }: { $expected }
workshop-detail-should-be = „{ $field }“ muss { $expected } sein
workshop-save-details-invalid = Die Lektion wurde nicht gespeichert (Reiter „Details“): { $problems }.

## Article tab

workshop-article-heading = Artikel
workshop-apply-button = Änderungen übernehmen
workshop-apply-hover = Den bearbeiteten Artikel einlesen und die Schlüsseleinträge darin neu suchen
workshop-article-help = Füge den Artikel hier ein oder schreibe ihn (Markdown: Leerzeilen zwischen Absätzen, # für Überschriften, > für Zitate, *Hervorhebung*). Die Vorschau zeigt, was die Lernenden sehen.
workshop-article-hint = Artikel hier einfügen
workshop-article-text-name = Artikeltext
workshop-pasted-article-name = Artikel

workshop-orphans-heading = Neu zu setzende Einträge ({ $count })
workshop-orphans-help = Diese Schlüsseleinträge wurden im bearbeiteten Artikel nicht gefunden. Wähle die Wörter im Artikel aus (Reiter „Lösungsschlüssel“) und klicke auf „Hier setzen“ – oder lösche die Einträge.
workshop-place-here-button = Hier setzen
workshop-delete-button = Löschen
workshop-quote = „{ $quote }“

## Answer key tab

workshop-student-task = Deine Aufgabe
workshop-preview-student = Vorschau aus Schülersicht
workshop-preview-student-hover = Der Artikel, wie Lernende ihn vor dem Prüfen sehen: ohne Schlüssel
workshop-key-items = Schlüsseleinträge:
workshop-key-item-count = { $label }: { $count }
workshop-add-item-help = Wähle Wörter im Artikel aus und drücke 1, 2 oder 3 (oder die Schaltflächen), um einen Eintrag hinzuzufügen.
workshop-label-button = { $digit } { $label }
workshop-undo-button = Rückgängig
workshop-redo-button = Wiederholen
workshop-selected-item = Ausgewählter Eintrag
workshop-rationale-hint = Warum diese Kategorie? Die Lernenden lesen das nach dem Prüfen.
workshop-rationale-name = Begründung
workshop-optional-check = Optional (umstritten): zählt, wenn gefunden, kostet nichts, wenn übersehen
workshop-delete-item-button = Eintrag löschen
workshop-all-items = Alle Einträge
workshop-no-rationale = keine Begründung

workshop-checker-heading = Schlüsselprüfung
workshop-check-button = Schlüssel prüfen
workshop-check-hover = Überlappungen, unsaubere Grenzen, fehlende Begründungen, verschobene Einträge, Wendungen, die in anderen Schlüsseln anders gekennzeichnet sind
workshop-not-checked = Seit der letzten Änderung nicht geprüft.
workshop-no-problems = Keine Probleme gefunden.
workshop-select-item-hover = Diesen Eintrag auswählen

workshop-suggestions-heading = Vorschläge
workshop-suggest-button = Einträge vorschlagen
workshop-suggest-again-button = Erneut vorschlagen
workshop-suggest-hover = Regeln aus Wortlisten schlagen mögliche Einträge vor; nichts kommt in den Schlüssel, bevor du es annimmst
workshop-no-suggestions = Keine Vorschläge mehr.
workshop-suggestions-keys = Eingabetaste nimmt an, Rücktaste lehnt ab, Pfeiltasten wechseln (wenn kein Textfeld den Fokus hat).
workshop-rule-count = { $rule } ({ $count })
workshop-accept-all-button = Alle annehmen
workshop-reject-all-button = Alle ablehnen
workshop-accept-button = Annehmen
workshop-reject-button = Ablehnen

## The key checker's findings

workshop-check-labels-in-key = { $labels } in { $key }
workshop-check-labelled-differently = die Wendung { $phrase } ist in verschiedenen Schlüsseln unterschiedlich gekennzeichnet: { $keys }; wenn das so richtig ist, erkläre es in der Begründung
workshop-check-orphan = { $quote } ({ $label }) wurde im bearbeiteten Artikel nicht gefunden: Setze den Eintrag neu oder lösche ihn

## Messages (notices and errors)

workshop-article-changed = Der Artikel wurde geändert: { $moved ->
        [one] { $moved } Schlüsseleintrag wurde an seiner neuen Position gefunden.
       *[other] { $moved } Schlüsseleinträge wurden an ihrer neuen Position gefunden.
    }
workshop-article-changed-orphans = Der Artikel wurde geändert: { $moved ->
        [one] { $moved } Schlüsseleintrag wurde an seiner neuen Position gefunden
       *[other] { $moved } Schlüsseleinträge wurden an ihrer neuen Position gefunden
    }; { $orphans ->
        [one] { $orphans } wurde nicht gefunden und steht
       *[other] { $orphans } wurden nicht gefunden und stehen
    } unter „Neu zu setzende Einträge“.
workshop-key-items-unplaceable = Die Schlüsseleinträge können nicht gesetzt werden: { $error }
workshop-place-first = Wähle zuerst die Wörter im Artikel aus und klicke dann auf „Hier setzen“.
workshop-word-list-unusable = Eine Wortliste für Vorschläge ist nicht verwendbar: { $error }
workshop-save-unreadable-article = Die Lektion kann erst gespeichert werden, wenn der Artikel lesbar ist; siehe Reiter „Artikel“.
workshop-save-no-title = Gib der Lektion vor dem Speichern einen Titel (Details).
workshop-save-in-progress = Die Lektion wird gerade gespeichert; gleich erhält sie ihren Dateinamen.
workshop-save-no-free-name = Die Lektion wurde nicht gespeichert: In deinem Lektionsordner war kein freier Dateiname zu finden; versuch es mit „Speichern unter…“.
workshop-saved = Lektion gespeichert unter { $path }, ihr Schlüssel ({ $count ->
        [one] { $count } Eintrag
       *[other] { $count } Einträge
    }) unter { $key_path }
workshop-saved-with-orphans = Lektion gespeichert unter { $path }, ihr Schlüssel ({ $count ->
        [one] { $count } Eintrag
       *[other] { $count } Einträge
    }) unter { $key_path }; { $orphans ->
        [one] { $orphans } noch neu zu setzender Eintrag ist
       *[other] { $orphans } noch neu zu setzende Einträge sind
    } nicht im gespeicherten Schlüssel
workshop-save-failed = Die Lektion wurde nicht gespeichert: { $error }. Deine Arbeit ist noch in der Werkstatt; versuch es mit „Speichern unter…“.
workshop-exported-key = Schlüssel exportiert nach { $path }

## Told to the student when a lesson opens

workshop-load-key-unusable = Der Lösungsschlüssel ist nicht verwendbar; du kannst in dieser Lektion markieren, aber nicht prüfen: { $error }
workshop-load-autosave-unplaceable = Deine automatisch gespeicherte Antwort konnte nicht in diese Lektion übernommen werden; sie bleibt unverändert in { $path }: { $error }
workshop-load-autosave-unreadable = Deine automatisch gespeicherte Antwort konnte nicht gelesen werden; sie bleibt unverändert: { $error }
workshop-load-copy-unreadable = { $note } Deine frühere Antwort konnte nicht als Kopie beiseitegelegt werden: { $error }
workshop-load-copy-kept = { $note } Eine Kopie deiner früheren Antwort liegt in { $path }
workshop-load-copy-not-kept = { $note } Eine Kopie deiner früheren Antwort konnte nicht angelegt werden: { $error }. Die automatisch gespeicherte Antwort bleibt unverändert in { $path }, bis du die Antwort änderst.
workshop-accept-all-name = { $count ->
    [one] Den Vorschlag von { $rule } annehmen
   *[other] Alle { $count } Vorschläge von { $rule } annehmen
}
workshop-reject-all-name = { $count ->
    [one] Den Vorschlag von { $rule } ablehnen
   *[other] Alle { $count } Vorschläge von { $rule } ablehnen
}
workshop-suggestion-name = Vorschlag { $label }: „{ $quote }“ ({ $rule })
workshop-accept-name = { $quote } annehmen
workshop-reject-name = { $quote } ablehnen
