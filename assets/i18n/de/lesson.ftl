## The lesson page, the feedback side panel, and the words a screen reader says after an
## edit of the highlights.

# Toolbar (under the title bar).

lesson-back-button = Zur Bibliothek
lesson-back-hover = Zurück zur Lektionsliste (deine Arbeit ist gespeichert)
lesson-label-hover = Auswahl als „{ $label }“ kennzeichnen (Taste { $key })
lesson-undo-button = Rückgängig
lesson-undo-hover = Strg+Z
lesson-redo-button = Wiederholen
lesson-redo-hover = Strg+Umschalt+Z
lesson-check-button = Antworten prüfen
lesson-check-no-key-hover = Diese Lektion hat keinen Lösungsschlüssel
lesson-try-again-button = Erneut versuchen
lesson-try-again-hover = Markierungen behalten und verbessern
lesson-show-overlay = Ansicht:
lesson-overlay-mine = meine
lesson-overlay-key = Schlüssel
lesson-overlay-both = beide
lesson-hand-in-button = Abgeben…
lesson-hand-in-hover = Deine Antwort für deine Lehrkraft in eine Datei schreiben (fragt nach deinem Namen)
lesson-more-button = Mehr…
lesson-more-menu-name = Weitere Aktionen
lesson-more-hover = Weitere Aktionen: Antwort laden, Markierungen exportieren
lesson-load-answer-button = Antwort laden…
lesson-export-button = Exportieren…
lesson-export-hover = Deine Markierungen als W3C Web Annotation (.jsonld), brat (.ann) oder newsmark (.json)

# Above the article.

lesson-task-heading = Deine Aufgabe
lesson-task-help = Maus: Ziehe über eine Wendung und drücke dann 1, 2 oder 3; klicke auf eine Markierung, um sie zu ändern. Tastatur: Im Artikel wählen Umschalt+Pfeiltasten aus (mit Strg wortweise), 1, 2 oder 3 vergeben die Kategorie, Tab springt von Markierung zu Markierung, Entf löscht eine, Strg+Pfeil hoch und Strg+Pfeil runter springen absatzweise, Esc verlässt den Artikel.
lesson-no-usable-key = Diese Lektion hat keinen verwendbaren Lösungsschlüssel: Du kannst markieren, aber nicht prüfen.

# The side panel while highlighting.

lesson-highlights-heading = Deine Markierungen
# "Meinung: 3" (the count after the label's short name reads better in German).
lesson-label-count = { $label }: { $count }
lesson-selected-heading = Ausgewählte Markierung
lesson-quote = „{ $quote }“
lesson-note-hint = Notiz hinzufügen (warum?)
lesson-note-name = Notiz zur ausgewählten Markierung
lesson-delete-highlight-button = Markierung löschen
lesson-delete-highlight-hover = Entf
lesson-nothing-highlighted = Noch nichts markiert. Wähle eine Wendung im Artikel aus (mit der Maus darüberziehen oder mit Umschalt+Pfeiltasten) und drücke dann 1, 2 oder 3.
lesson-highlight-with-note = { $label }; Notiz: { $note }
lesson-has-note = (Notiz)

# The hand-in dialog.

lesson-hand-in-heading = Antwort abgeben
lesson-hand-in-intro = Deine Lehrkraft sieht diesen Namen zusammen mit deiner Antwort.
lesson-hand-in-name = Dein Name
lesson-hand-in-name-hint = Pflichtfeld
lesson-hand-in-id = Schüler-ID
lesson-hand-in-id-hint = falls deine Schule eine verwendet
lesson-hand-in-shared = Dieser Computer wird geteilt: Dein Name wird nach der Abgabe nicht gespeichert.
lesson-hand-in-name-needed = Gib deinen Namen ein, um abzugeben.
lesson-hand-in-save-button = Speicherort wählen…
lesson-hand-in-cancel = Abbrechen

# After a hand-in, or unfinished work found on a shared computer.

lesson-unfinished-question = Hier liegt eine unfertige Arbeit ({ $count ->
        [one] { $count } Markierung
       *[other] { $count } Markierungen
    }): fortsetzen oder neu anfangen?
lesson-unfinished-question-time = Hier liegt eine unfertige Arbeit ({ $count ->
        [one] { $count } Markierung
       *[other] { $count } Markierungen
    }, { $time }): fortsetzen oder neu anfangen?
lesson-unfinished-question-name = Hier liegt eine unfertige Arbeit ({ $count ->
        [one] { $count } Markierung
       *[other] { $count } Markierungen
    }, eingegebener Name: { $name }): fortsetzen oder neu anfangen?
lesson-unfinished-question-time-name = Hier liegt eine unfertige Arbeit ({ $count ->
        [one] { $count } Markierung
       *[other] { $count } Markierungen
    }, { $time }, eingegebener Name: { $name }): fortsetzen oder neu anfangen?
lesson-continue-button = Fortsetzen
lesson-start-fresh-button = Neu anfangen
lesson-start-fresh-hover = Die unfertige Arbeit von diesem Computer entfernen
lesson-handed-in = Um { $time } als { $name } abgegeben (Datei { $file }).
lesson-handed-in-shared = Davon bleibt nichts auf diesem Computer: Die Lektion ist bereit für die nächste Person.
lesson-next-student-button = Nächste Person
lesson-handed-in-locked = Deine Markierungen sind gesperrt. Um sie zu ändern, klicke auf „Ändern“ und gib danach erneut ab.
lesson-make-changes-button = Ändern
lesson-start-fresh-another-button = Neu anfangen für andere Person
lesson-start-fresh-another-hover = Markierungen, gespeicherte Arbeit und Namen löschen

# Notices, errors and spoken words of the lesson page.

lesson-selected-spoken = { $label }: { $quote }, { $position } von { $total }
lesson-locked-notice = Deine Antwort ist abgegeben, daher sind die Markierungen gesperrt. Klicke auf „Ändern“, um sie zu ändern (und gib danach erneut ab).
lesson-exported = Markierungen exportiert nach { $path }
lesson-export-not-written = Der Export wurde nicht geschrieben
lesson-answer-loaded = { $path } geladen.
lesson-answer-loaded-note = { $path } geladen. { $note }
lesson-no-key-error = Diese Lektion hat keinen Lösungsschlüssel und kann daher nicht geprüft werden.
lesson-checked-spoken = { $score } von 100 Punkten: { $found } gefunden, { $partly } teilweise gefunden, { $wrong } falsche Kategorie, { $missed } übersehen
lesson-check-failed = Die Antwort konnte nicht geprüft werden: { $error }
lesson-hand-in-failed = Deine Antwort zu { $lesson } wurde nicht abgegeben: { $error }. Sie ist noch in der Lektion; versuch es mit einem anderen Ordner.
lesson-autosave-failed = Automatisches Speichern fehlgeschlagen; deine Arbeit bleibt hier erhalten, gib sie ab oder exportiere sie: { $error }
lesson-handed-in-saved = Deine Antwort zu { $lesson } ist abgegeben: gespeichert unter { $path }
lesson-handed-in-renamed = Deine Antwort zu { $lesson } ist abgegeben: { $chosen } war schon belegt ({ $taken }), daher ist deine unter { $path } gespeichert (die andere Datei bleibt unverändert).
lesson-changes-allowed = Deine Markierungen können wieder geändert werden. Gib erneut ab, wenn du fertig bist, sonst erhält deine Lehrkraft die frühere Antwort.
lesson-cleared = Die Lektion ist leer: keine Markierungen und kein Name. Bereit für die nächste Person.
lesson-saved-work-not-removed = Die gespeicherte Arbeit dieser Lektion konnte nicht von diesem Computer entfernt werden

## The feedback side panel, after "Antworten prüfen".

feedback-meaning-excellent = Ausgezeichnet: Du stimmst enger mit dem Schlüssel überein, als zwei geschulte Fachleute es üblicherweise untereinander tun.
feedback-meaning-expert = Expertenniveau: Du stimmst etwa so gut mit dem Schlüssel überein wie zwei sorgfältige Fachleute untereinander.
feedback-meaning-good-start = Ein guter Anfang: Du hast vieles gefunden, was der Schlüssel markiert. Lies unten die übersehenen Einträge und versuch es noch einmal.
feedback-meaning-some = Einige deiner Markierungen stimmen mit dem Schlüssel überein. Die Begründungen unten erklären, worauf du achten solltest.
feedback-meaning-few = Bisher stimmen nur wenige deiner Markierungen mit dem Schlüssel überein. Lies die Einträge unten: Jeder erklärt, warum er seine Kategorie hat.

feedback-out-of-100 = von 100
feedback-best-attempt = Bestwert { $best } · Versuch { $attempt }
feedback-indiscriminate = Warnung: Du hast ungefähr so viel markiert, wie der Zufall getroffen hätte. Alles zu markieren lohnt sich nicht: Markiere nur die Wendungen, die zu einer Kategorie gehören.
feedback-column-found = gefunden
feedback-column-precise = genau
feedback-column-f1 = F1
feedback-percent = { $percent } %
feedback-nothing-to-find = nichts zu finden
feedback-passages = Richtige Textstellen, Kategorie egal: { $f1 }
feedback-opinion-differs = Bei Meinung gehen die Urteile sorgfältiger Leserinnen und Leser am weitesten auseinander, bei Quellenangaben am wenigsten.

feedback-status-second-label-missed = zweite Kategorie übersehen
feedback-status-optional = { $status } (optional)
feedback-covered = { $percent } % abgedeckt
feedback-quote = „{ $quote }“
feedback-show-in-article = Im Artikel zeigen
feedback-item-spoken = { $status }. { $label }: „{ $quote }“. { $reason }
feedback-item-spoken-no-reason = { $status }. { $label }: „{ $quote }“
feedback-key-items = Schlüsseleinträge: { $found } gefunden, { $partly } teilweise gefunden, { $wrong } falsche Kategorie, { $missed } übersehen

feedback-wrong-label-chose = Du hast { $count ->
        [one] „{ $first }“
       *[other] „{ $first }“ und „{ $second }“
    } gewählt; der Schlüssel sagt „{ $label }“: { $rationale }
feedback-wrong-label-chose-no-rationale = Du hast { $count ->
        [one] „{ $first }“
       *[other] „{ $first }“ und „{ $second }“
    } gewählt; der Schlüssel sagt „{ $label }“.
feedback-wrong-label-second = Diese Wörter gehören zu { $count ->
        [one] deiner Markierung „{ $first }“
       *[other] deinen Markierungen „{ $first }“ und „{ $second }“
    }; der Schlüssel kennzeichnet „{ $quote }“ außerdem als „{ $label }“: { $rationale }
feedback-wrong-label-second-no-rationale = Diese Wörter gehören zu { $count ->
        [one] deiner Markierung „{ $first }“
       *[other] deinen Markierungen „{ $first }“ und „{ $second }“
    }; der Schlüssel kennzeichnet „{ $quote }“ außerdem als „{ $label }“.

feedback-extra-heading = Deine Markierungen, die nicht im Schlüssel sind
feedback-other-label = Der Schlüssel kennzeichnet diese Textstelle mit einer anderen Kategorie: Vergleiche die Begründung des überlappenden Eintrags.
feedback-other-label-chose = Du hast „{ $label }“ gewählt; der Schlüssel hat hier { $count ->
        [one] „{ $first }“
       *[other] „{ $first }“ und „{ $second }“
    }: Lies oben die Begründung dieses Eintrags.
feedback-not-in-key = Nicht im Schlüssel. Frag dich: Wer sagt das? Ist das eine Wertung? Oder eine Behauptung ohne Quelle?
feedback-attempts-heading = Deine Versuche

feedback-last-check = Erklärungen der letzten Prüfung (Punktzahl { $score })
feedback-last-check-note = Was der Schlüssel bei deiner letzten Prüfung sagte; deine Markierungen haben sich seitdem vielleicht geändert.

## What a screen reader says after an edit of the highlights.

spoken-highlight = { $label }: { $quote }
spoken-relabelled = Jetzt { $label }: { $quote }
spoken-deleted = Markierung gelöscht: { $label }: { $quote }
spoken-many-changed = { $added ->
        [one] { $added } Markierung hinzugefügt
       *[other] { $added } Markierungen hinzugefügt
    }, { $removed } entfernt
spoken-undone = Rückgängig gemacht; { $change }
spoken-redone = Wiederholt; { $change }
