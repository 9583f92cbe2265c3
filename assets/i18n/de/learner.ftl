## Plain words for figures. "F1", "gefunden" and "genau" are the names the pages show for
## the figures; 70 is the benchmark from the teacher guide.

words-benchmark = Fachleute kommen untereinander auf etwa 70.
words-benchmark-hover = Zwei sorgfältige Personen, die denselben Nachrichtenartikel unabhängig voneinander markieren, kommen im Vergleich miteinander meist auf etwa 70 bis 75 von 100. 70 ist also Expertenniveau: Niemand muss 100 erreichen.
words-score = Wie gut deine Markierungen zum Schlüssel passten: 100 = exakt, 0 = keine Überschneidung.
words-score-hover = Deine Punktzahl vergleicht deine Markierungen Kategorie für Kategorie mit dem Schlüssel. Du bekommst Punkte für Wörter des Schlüssels, die du mit der richtigen Kategorie gefunden hast, und verlierst Punkte für markierte Wörter, die der Schlüssel nicht markiert. 100 = exakt der Schlüssel, 0 = keine Überschneidung.
words-found = Gefunden (Trefferquote): wie viel von dem, was der Schlüssel mit dieser Kategorie markiert, du mit dieser Kategorie markiert hast. 100 % = du hast alles gefunden.
words-precise = Genau (Präzision): wie viel von deinen Markierungen mit dieser Kategorie der Schlüssel ebenfalls mit dieser Kategorie markiert. 100 % = keine deiner Markierungen lag daneben.
words-f1 = F1: „gefunden“ und „genau“ zu einer Zahl für diese Kategorie zusammengefasst. 100 = deine Markierungen passten exakt zum Schlüssel, 0 = keine Überschneidung.
words-table-help = gefunden: wie viel des Schlüssels du markiert hast · genau: wie viel deiner Markierungen auch im Schlüssel steht · F1: beides zusammen, 100 = exakt, 0 = keine Überschneidung
words-passage = Richtige Textstellen, Kategorie egal (Textstellen-F1): wie gut du die entscheidenden Wörter gefunden hast, auch wo du eine andere Kategorie gewählt hast. 100 = dieselben Wörter wie der Schlüssel, 0 = keine Überschneidung.
words-passage-help = Wie die Punktzahl, aber eine falsche Kategorie zählt trotzdem: Hast du die richtigen Wörter gefunden?
words-nothing-to-find = Der Schlüssel markiert nichts mit dieser Kategorie, und du hast nichts damit markiert: Es gab nichts zu finden.
words-status-counts = Gefunden: Du hast mindestens die Hälfte des Eintrags mit seiner Kategorie markiert. Teilweise gefunden: weniger als die Hälfte. Falsche Kategorie: Du hast ihn markiert, aber mit einer anderen Kategorie. Übersehen: Du hast ihn nicht markiert.
words-covered = Wie viel von den Wörtern dieses Eintrags du mit seiner Kategorie markiert hast. Ab der Hälfte gilt er als gefunden.
words-best = Dein bisher bestes Ergebnis in dieser Lektion und wie oft du sie geprüft hast.
words-attempts = Deine Punktzahl bei jeder Prüfung dieser Lektion, von der ersten bis zur letzten.
words-extra = Extra: Markierungen, die sich mit keinem Schlüsseleintrag überschneiden. Einige können eine vertretbare Lesart sein, über die es sich zu sprechen lohnt; viele deuten auf Raten oder zu viel Markieren hin.


## The skills profile page.

profile-back = Zur Bibliothek
profile-heading = Dein Kompetenzprofil
profile-empty = Prüfe eine Lektion, um dein Profil zu beginnen.
profile-f1-value = F1 { $f1 }
profile-label-f1-hover = F1: wie gut deine Markierungen mit dieser Kategorie zum Schlüssel passten, „gefunden“ und „genau“ zusammen, gemittelt über deine Lektionen. 100 = exakt, 0 = keine Überschneidung. 70 ist Expertenniveau.
profile-over-lessons = { $count ->
    [one] aus { $count } Lektion
   *[other] aus { $count } Lektionen
}
profile-over-lessons-hover = Wie viele Lektionen mit dieser Kategorie du geprüft hast; jeweils deine letzte Prüfung zählt.
profile-by-skill = Nach Kompetenz, schwächste zuerst
profile-by-skill-hover = Deine Punktzahl in den Lektionen, die die jeweilige Kompetenz üben (die Schlagwörter unter jeder Lektion in der Bibliothek); jeweils der letzte Versuch einer Lektion zählt.
profile-skill-f1-hover = Deine Punktzahl in den Lektionen, die diese Kompetenz üben: 100 = deine Markierungen passten exakt zum Schlüssel, 0 = keine Überschneidung. 70 ist Expertenniveau.

## The chart of F1 attempt by attempt.

profile-chart-caption = F1 Versuch für Versuch:
profile-chart-caption-hover = F1 bei jeder Prüfung, je Kategorie oder für eine Kompetenz: wie gut deine Markierungen zum Schlüssel passten. 100 = exakt, 0 = keine Überschneidung. 70 ist Expertenniveau.
profile-chart-per-label = je Kategorie
profile-chart-point = { $series }
    geprüft: { $date }
    F1 { $f1 }
profile-chart-x-axis = Prüfdatum (UTC)
profile-chart-y-axis = F1

## Actions at the foot of the profile.

profile-focus-caption = Gezieltes Üben, Absatz für Absatz:
profile-practise-label = Üben: { $label }
profile-export = Als CSV exportieren…
profile-export-hover = Alle geprüften Versuche, für dein Portfolio
profile-reset-warning = Zurücksetzen löscht alle Versuche und Punktzahlen.
profile-reset-confirm = Ja, zurücksetzen
profile-reset-keep = Behalten
profile-reset = Profil zurücksetzen…
profile-exported = Profil exportiert nach { $path }


## Focus practice: one label, paragraph by paragraph.

focus-back = Zur Bibliothek
focus-heading = Gezieltes Üben: { $label }
focus-label-button = { $key }  { $label }
focus-label-hover = Auswahl als „{ $label }“ kennzeichnen (Taste { $key })
focus-delete = Markierung löschen
focus-delete-hover = Ausgewählte Markierung löschen (Taste Entf)
focus-tally = { $found } von { $items ->
        [one] { $items } Eintrag
       *[other] { $items } Einträgen
    } gefunden · { $extra ->
        [one] { $extra } Markierung
       *[other] { $extra } Markierungen
    } nicht im Schlüssel
focus-progress = { $position } · { $tally }
focus-session-done = { $count ->
    [one] Runde beendet: { $count } Absatz.
   *[other] Runde beendet: { $count } Absätze.
}
focus-again = Noch eine Runde
focus-again-hover = Noch eine Runde zu „{ $label }“
focus-profile = Dein Kompetenzprofil…
focus-from-untried = Du hast noch keine Lektion geprüft, in der { $labels } vorkommen. Deshalb stammen diese Absätze aus Lektionen, die du noch nicht bearbeitet hast, und ihre Rückmeldung verrät einen Teil der Schlüssel dieser Lektionen. Prüfe zuerst eine Lektion, um mit bekannten Lektionen zu üben.
# The program passes $label in lower case ("meinung"), which is wrong for German nouns, so
# the select picks the right words from it; all three labels are feminine.
focus-instructions = Markiere { $label ->
        [quellenangabe] jede Quellenangabe
        [meinung] jede Meinung
       *[other] jede unbelegte Behauptung
    } in diesem Absatz (auswählen, dann { $key } oder die Schaltfläche unten drücken) oder nichts, wenn er keine enthält; prüfe dann.
focus-from-lesson = Aus „{ $title }“
focus-check = Absatz prüfen
focus-none-needed = Dieser Absatz enthält nichts davon: Es war nichts zu markieren.
focus-none-right = Richtig: Dieser Absatz enthält nichts davon.
focus-score = Punktzahl { $score }
focus-finish = Runde beenden
focus-next = Nächster Absatz
focus-quote = „{ $quote }“
focus-optional = optional: umstritten, kostet nichts
# $label in lower case as in focus-instructions.
focus-extra-highlight = „{ $quote }“: laut Schlüssel { $label ->
        [quellenangabe] keine Quellenangabe
        [meinung] keine Meinung
       *[other] keine unbelegte Behauptung
    }. Frag dich: { $kind ->
        [attribution] Wem wird die Aussage zugeschrieben?
        [opinion] Wertet das Wort oder berichtet es nur?
       *[unsupported] Gibt es eine Quelle für diese Behauptung?
    }
