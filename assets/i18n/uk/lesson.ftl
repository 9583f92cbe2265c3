## The lesson page: the student highlights an article, checks the answer against the key
## and hands it in. Also the feedback side panel shown after checking, and the words a
## screen reader says after an edit of the highlights.

# Toolbar (under the title bar).

lesson-back-button = До бібліотеки
lesson-back-hover = Назад до списку уроків (твою роботу збережено)
# Hover on the label buttons. $label: the label's name ("Opinion"); $key: the digit key
# that does the same (1, 2 or 3).
lesson-label-hover = Позначити виділене як «{ $label }» (клавіша { $key })
lesson-undo-button = Скасувати
# Keyboard shortcut of Undo (key names may follow your keyboard).
lesson-undo-hover = Ctrl+Z
lesson-redo-button = Повторити
# Keyboard shortcut of Redo (key names may follow your keyboard).
lesson-redo-hover = Ctrl+Shift+Z
lesson-check-button = Перевірити відповіді
# Hover on the disabled "Check my answers" button.
lesson-check-no-key-hover = Цей урок не має ключа відповідей
lesson-try-again-button = Спробувати ще раз
lesson-try-again-hover = Залиш свої виділення й покращ їх
# After checking: which highlights the article shows, followed by the choices "mine",
# "key" and "both".
lesson-show-overlay = Показати:
lesson-overlay-mine = мої
lesson-overlay-key = ключ
lesson-overlay-both = разом
lesson-hand-in-button = Здати…
lesson-hand-in-hover = Записати твою відповідь у файл для вчителя (потрібне твоє ім’я)
# The menu of less frequent actions.
lesson-more-button = Ще…
# The menu's name for a screen reader.
lesson-more-menu-name = Інші дії
lesson-more-hover = Інші дії: завантажити відповідь, експортувати виділення
lesson-load-answer-button = Завантажити відповідь…
lesson-export-button = Експорт…
# The file formats' names stay as they are.
lesson-export-hover = Твої виділення у форматі W3C Web Annotation (.jsonld), brat (.ann) або newsmark (.json)

# Above the article.

lesson-task-heading = Твоє завдання
# Key names (Shift, Ctrl, Tab, Delete, Escape) may follow your keyboard.
lesson-task-help = Миша: проведи курсором по фразі, затиснувши кнопку, потім натисни 1, 2 або 3; клацни виділення, щоб його змінити. Клавіатура: у статті Shift+стрілки виділяють текст (із Ctrl — по словах), 1, 2 або 3 ставлять мітку, Tab переходить між виділеннями, Delete видаляє виділення, Ctrl+↑ і Ctrl+↓ переходять між абзацами, Esc — вихід зі статті.
lesson-no-usable-key = Цей урок не має придатного ключа відповідей: у ньому можна виділяти, але не можна перевірити відповіді.

# The side panel while highlighting ("Your highlights").

lesson-highlights-heading = Твої виділення
# How many highlights have a label: $count, then the label's short name ("3 Opinion").
lesson-label-count = { $label }: { $count }
lesson-selected-heading = Вибране виділення
# A highlighted phrase, quoted.
lesson-quote = «{ $quote }»
lesson-note-hint = Додай примітку (чому?)
# The note field's name for a screen reader.
lesson-note-name = Примітка до вибраного виділення
lesson-delete-highlight-button = Видалити виділення
# Hover on "Delete highlight": the key that does the same.
lesson-delete-highlight-hover = Delete
lesson-nothing-highlighted = Поки що нічого не виділено. Виділи фразу в статті (мишею або клавішами Shift+стрілки), потім натисни 1, 2 або 3.
# What a screen reader adds to a highlight in the list that has a note. $label: its
# label's name; $note: the student's note.
lesson-highlight-with-note = { $label }; примітка: { $note }
# Shown beside a highlight in the list that has a note.
lesson-has-note = (примітка)

# The hand-in dialog.

lesson-hand-in-heading = Здати відповідь
lesson-hand-in-intro = Учитель побачить це ім’я разом із твоєю відповіддю.
lesson-hand-in-name = Твоє ім’я
# Hint inside the empty name field.
lesson-hand-in-name-hint = обов’язково
lesson-hand-in-id = Номер учня
# Hint inside the empty student id field.
lesson-hand-in-id-hint = якщо у твоїй школі такі є
lesson-hand-in-shared = Цей комп’ютер спільний: після здачі твоє ім’я не зберігається.
lesson-hand-in-name-needed = Щоб здати відповідь, введи своє ім’я.
lesson-hand-in-save-button = Вибрати, куди зберегти…
lesson-hand-in-cancel = Скасувати

# Above the article after a hand-in, or when someone's unfinished work is found on a shared
# computer.

# $count: how many highlights the unfinished work has.
lesson-unfinished-question = Тут є чиясь незавершена робота ({ $count ->
        [one] { $count } виділення
        [few] { $count } виділення
        [many] { $count } виділень
       *[other] { $count } виділення
    }): продовжити її чи почати заново?
# As lesson-unfinished-question, with $time: when it was saved (local time, "10:31").
lesson-unfinished-question-time = Тут є чиясь незавершена робота ({ $count ->
        [one] { $count } виділення
        [few] { $count } виділення
        [many] { $count } виділень
       *[other] { $count } виділення
    }, { $time }): продовжити її чи почати заново?
# As lesson-unfinished-question, with $name: the name that was typed in the hand-in form.
lesson-unfinished-question-name = Тут є чиясь незавершена робота ({ $count ->
        [one] { $count } виділення
        [few] { $count } виділення
        [many] { $count } виділень
       *[other] { $count } виділення
    }, введене ім’я: { $name }): продовжити її чи почати заново?
# As lesson-unfinished-question, with the time it was saved and the name that was typed.
lesson-unfinished-question-time-name = Тут є чиясь незавершена робота ({ $count ->
        [one] { $count } виділення
        [few] { $count } виділення
        [many] { $count } виділень
       *[other] { $count } виділення
    }, { $time }, введене ім’я: { $name }): продовжити її чи почати заново?
lesson-continue-button = Продовжити
lesson-start-fresh-button = Почати заново
lesson-start-fresh-hover = Видалити незавершену роботу з цього комп’ютера
# $time: local time of day ("10:42"); $name: the student's name; $file: the file's name.
lesson-handed-in = Здано о { $time } від імені { $name } (файл { $file }).
lesson-handed-in-shared = На цьому комп’ютері від неї нічого не залишилося: урок готовий для наступного учня.
lesson-next-student-button = Наступний учень
lesson-handed-in-locked = Твої виділення заблоковано. Щоб їх змінити, натисни «Внести зміни» й здай відповідь ще раз.
lesson-make-changes-button = Внести зміни
lesson-start-fresh-another-button = Почати заново для іншого учня
lesson-start-fresh-another-hover = Очистити виділення, збережену роботу та ім’я

# Notices, errors and spoken words of the lesson page.

# Said by a screen reader when Tab walks to a highlight. $label: its label's name;
# $quote: its words; $position and $total: where it is among the highlights ("2 of 5").
lesson-selected-spoken = { $label }: { $quote }, { $position } з { $total }
# "Make changes" is the button lesson-make-changes-button.
lesson-locked-notice = Твою відповідь здано, тому виділення заблоковано. Натисни «Внести зміни», щоб їх змінити (а потім здай ще раз).
# $path: the file written.
lesson-exported = Твої виділення експортовано у файл { $path }
# Starts an error message; the reason follows after a colon.
lesson-export-not-written = Експорт не записано
# An answer file was loaded. $path: the file.
lesson-answer-loaded = Завантажено { $path }.
# As lesson-answer-loaded, with $note: what loading it found (a full sentence).
lesson-answer-loaded-note = Завантажено { $path }. { $note }
lesson-no-key-error = Цей урок не має ключа відповідей, тому його неможливо перевірити.
# Said by a screen reader after checking. $score: 0 to 100; the others: how many key
# items have each status.
lesson-checked-spoken = Результат { $score } зі 100: знайдено { $found }, частково знайдено { $partly }, хибна мітка { $wrong }, пропущено { $missed }
# $error: why.
lesson-check-failed = Не вдалося перевірити відповідь: { $error }
# $lesson: the lesson's file name; $error: why.
lesson-hand-in-failed = Твою відповідь до { $lesson } не здано: { $error }. Вона й далі є в уроці; спробуй іншу теку.
# $error: why.
lesson-autosave-failed = Автозбереження не вдалося; твоя робота залишається тут, здай або експортуй її: { $error }
# $lesson: the lesson's file name; $path: the answer file written.
lesson-handed-in-saved = Твою відповідь до { $lesson } здано: збережено у файл { $path }
# The chosen file held something else, so the answer went to a free name beside it.
# $chosen: the chosen file's name; $taken: what it holds ("another student's answer");
# $path: the file written.
lesson-handed-in-renamed = Твою відповідь до { $lesson } здано: файл { $chosen } уже зайнятий ({ $taken }), тому твою відповідь збережено як { $path } (інший файл залишено без змін).
lesson-changes-allowed = Твої виділення знову можна змінювати. Коли закінчиш, здай ще раз, інакше вчитель отримає попередню відповідь.
lesson-cleared = Урок очищено: ні виділень, ні імені. Усе готово для наступного учня.
# Starts an error message; the reason follows after a colon.
lesson-saved-work-not-removed = Не вдалося видалити з цього комп’ютера збережену роботу з цього уроку

## The feedback side panel, after "Check my answers".

# What the score means, by score: 85 to 100, 70 to 84, 50 to 69, 25 to 49, below 25.
feedback-meaning-excellent = Відмінно: твої виділення збігаються з ключем точніше, ніж зазвичай збігаються між собою розмітки двох підготовлених анотаторів.
feedback-meaning-expert = Рівень експерта: твої виділення збігаються з ключем приблизно так, як зазвичай збігаються між собою розмітки двох уважних анотаторів.
feedback-meaning-good-start = Добрий початок: знайдено чимало з того, що позначає ключ. Прочитай про пропущені елементи нижче й спробуй ще раз.
feedback-meaning-some = Деякі твої виділення збігаються з ключем. Пояснення нижче підкажуть, на що звертати увагу.
feedback-meaning-few = Поки що мало твоїх виділень збігається з ключем. Прочитай про елементи нижче: у кожному пояснено, чому в нього саме така мітка.

# Beside the big score number.
feedback-out-of-100 = зі 100
# $best: the best score so far; $attempt: how many checks so far.
feedback-best-attempt = найкраще { $best } · спроба { $attempt }
feedback-indiscriminate = Увага: виділено приблизно стільки, скільки дав би випадковий вибір. Виділяти все невигідно: познач лише фрази, яким справді підходить мітка.
# Column headings of the per-label table: recall, precision and F1.
feedback-column-found = знайдено
feedback-column-precise = точність
feedback-column-f1 = F1
# A percentage in the per-label table.
feedback-percent = { $percent }%
# In the per-label table, for a label the key does not use.
feedback-nothing-to-find = нема чого шукати
# $f1: passage F1, 0 to 100.
feedback-passages = Правильні фрагменти, будь-яка мітка: { $f1 }
feedback-opinion-differs = Найбільше уважні читачі розходяться щодо «Думки», найменше — щодо «Атрибуції».

# A key item's status on its card (beside the statuses "found", "partly found", "wrong
# label", "missed"): the student gave the words one of the key's two labels but not the
# other.
feedback-status-second-label-missed = другу мітку пропущено
# A status of an item the key marks as optional. $status: the status.
feedback-status-optional = { $status } (необов’язковий елемент)
# How much of a partly found item was highlighted.
feedback-covered = охоплено { $percent }%
# A key item's words (or the student's), quoted; a link into the article.
feedback-quote = «{ $quote }»
feedback-show-in-article = Показати в статті
# What a screen reader says on an item card. $status: its status (capitalised); $label:
# the key's label; $quote: the words; $reason: why the key labels them so.
feedback-item-spoken = { $status }. { $label }: «{ $quote }». { $reason }
# As feedback-item-spoken, for an item without an explanation.
feedback-item-spoken-no-reason = { $status }. { $label }: «{ $quote }»
# The counts of key items by status.
feedback-key-items = Елементи ключа: знайдено { $found }, частково знайдено { $partly }, хибна мітка { $wrong }, пропущено { $missed }

# A wrong-label card. $count: how many other labels the student chose (1 or 2); $first
# and $second: their short names; $label: the key's label; $rationale: why the key labels
# the words so.
feedback-wrong-label-chose = Твій вибір: { $count ->
        [one] «{ $first }»
       *[other] «{ $first }» і «{ $second }»
    }; у ключі — «{ $label }»: { $rationale }
# As feedback-wrong-label-chose, when the key gives no reason.
feedback-wrong-label-chose-no-rationale = Твій вибір: { $count ->
        [one] «{ $first }»
       *[other] «{ $first }» і «{ $second }»
    }; у ключі — «{ $label }».
# A wrong-label card when the student found one of two labels the key gives the same
# words. $count: how many labels the student gave them (1 or 2); $first and $second:
# their names; $quote: the words; $label: the key's other label; $rationale: why.
feedback-wrong-label-second = У тебе ці слова позначено як частину { $count ->
        [one] фрагмента з міткою «{ $first }»
       *[other] фрагментів із мітками «{ $first }» і «{ $second }»
    }; ключ також позначає «{ $quote }» як «{ $label }»: { $rationale }
# As feedback-wrong-label-second, when the key gives no reason.
feedback-wrong-label-second-no-rationale = У тебе ці слова позначено як частину { $count ->
        [one] фрагмента з міткою «{ $first }»
       *[other] фрагментів із мітками «{ $first }» і «{ $second }»
    }; ключ також позначає «{ $quote }» як «{ $label }».

# The student's highlights that the key does not have.
feedback-extra-heading = Твої виділення, яких немає в ключі
feedback-other-label = Ключ позначає цей фрагмент іншою міткою: порівняй із поясненням елемента, що з ним перекривається.
# $label: the student's label; $count: how many other labels the key has there (1 or 2);
# $first and $second: their names.
feedback-other-label-chose = Твій вибір: «{ $label }»; у ключі тут { $count ->
        [one] «{ $first }»
       *[other] «{ $first }» і «{ $second }»
    }: прочитай пояснення до цього елемента вище.
feedback-not-in-key = Немає в ключі. Запитай себе: хто це каже? Це оцінка? Чи це твердження без джерела?
feedback-attempts-heading = Твої спроби

# After "Try again": the last check's item cards, collapsed. $score: 0 to 100.
feedback-last-check = Пояснення з останньої перевірки (результат { $score })
feedback-last-check-note = Що показував ключ під час останньої перевірки; відтоді твої виділення могли змінитися.

## What a screen reader says after an edit of the highlights.

# A highlight made. $label: its label's name; $quote: its words.
spoken-highlight = { $label }: { $quote }
# A highlight given another label.
spoken-relabelled = Тепер { $label }: { $quote }
spoken-deleted = Виділення видалено: { $label }: { $quote }
# Several highlights changed at once.
spoken-many-changed = Додано виділень: { $added }, видалено: { $removed }
# $change: what the undo or redo changed (one of the spoken- sentences above).
spoken-undone = Скасовано; { $change }
spoken-redone = Повторено; { $change }
