# The instructor's workshop (authoring a lesson): the toolbar, the details form, the article
# editor with its preview, the answer key editor with the key checker and the suggestion
# assistant, and the messages they give.

## Toolbar

# The workshop's three tabs.
workshop-tab-details = Відомості
workshop-tab-article = Стаття
workshop-tab-key = Ключ відповідей
workshop-save-button = Зберегти
workshop-save-hover = Зберегти урок і його ключ (новий урок — у твою теку уроків)
workshop-save-as-button = Зберегти як…
workshop-export-key-button = Експорт ключа…
# The formats the key can be exported in: names and file extensions stay as they are.
workshop-export-key-hover = W3C Web Annotation (.jsonld), brat (.ann) або newsmark (.json)

# Whether the lesson is saved, beside the toolbar's buttons.
workshop-status-unsaved = незбережені зміни
# $path: the lesson's file.
workshop-status-saved = збережено: { $path }
# "Save" is the toolbar's button; "My lessons" is the library's list of the instructor's lessons.
workshop-status-bundled = вбудований урок: «Зберегти» збереже твою копію в «Мої уроки»
workshop-status-not-saved = ще не збережено

## Details tab

workshop-details-heading = Відомості про урок
workshop-details-intro = Учні бачать назву, джерело та інструкції над статтею; бібліотека показує рівень, навички й тривалість у хвилинах.

# The details form's fields: the name beside each field (also the screen reader's name for
# it, and used in the messages about a field that cannot be used). `.hint` is shown greyed in
# the empty field; `.expected` says what a field takes when what is typed cannot be used.
workshop-field-title = Назва
    .hint = Заголовок статті
workshop-field-summary = Опис
    .hint = Одне-два речення для бібліотеки
workshop-field-outlet = Видання
    .hint = Газета або вебсайт
workshop-field-author = Автор
# The hint is an example date.
workshop-field-date = Дата
    .hint = 2026-11-29
workshop-field-url = Вебадреса
    .hint = Де статтю опубліковано
workshop-field-licence = Ліцензія
    .hint = напр. вільне використання в навчанні; CC BY 4.0
workshop-field-level = Рівень
    .expected = 1, 2 або 3
workshop-field-skills = Навички
    .hint = атрибуція, розмиті джерела, …
# The hint is an example number of minutes.
workshop-field-minutes = Хвилини
    .hint = 20
    .expected = ціле число, напр. 20
workshop-field-instructions = Інструкції
    .hint = Що має зробити учень?
# "en, es" and "en, es, fr" are language codes: they stay as they are.
workshop-field-language = Мова
    .hint = en, es (якщо порожньо — визначається автоматично)
    .expected = код із двох літер, як-от en, es, fr

# The level buttons: no level, then levels 1 to 3.
workshop-level-none = немає
workshop-level-easy = 1 легкий
workshop-level-medium = 2
workshop-level-hard = 3 складний

# Under a field that cannot be used. $field: the field's name; $expected: what it takes
# (a field's `.expected` above).
workshop-detail-error = { $field }: { $expected }
# One field in workshop-save-details-invalid. $field: the field's name; $expected: what it takes.
workshop-detail-should-be = поле «{ $field }» має містити { $expected }
# $problems: one or more workshop-detail-should-be, separated by "; ".
workshop-save-details-invalid = Урок не збережено: на вкладці «Відомості» { $problems }.

## Article tab

workshop-article-heading = Стаття
workshop-apply-button = Застосувати зміни
workshop-apply-hover = Прочитати відредаговану статтю й заново знайти в ній елементи ключа
# The Markdown signs (#, >, *…*) stay as they are.
workshop-article-help = Встав або напиши статтю тут (Markdown: порожні рядки між абзацами, # для заголовків, > для цитат, *курсив*). Попередній перегляд показує, що побачать учні.
workshop-article-hint = Встав статтю сюди
# The screen reader's name for the Markdown editor.
workshop-article-text-name = Текст статті
# In messages about a pasted or imported article (which has no file name yet), in place of
# a file name: "article: …".
workshop-pasted-article-name = стаття

# Key items that could not be found again after the article was edited. $count: how many.
workshop-orphans-heading = Розмістити знову ({ $count })
# "Answer key" is the tab; "Place here" the button beside each item.
workshop-orphans-help = Ці елементи ключа не знайдено у відредагованій статті. Виділи слова в статті (вкладка «Ключ відповідей») і натисни «Розмістити тут» або видали елементи.
workshop-place-here-button = Розмістити тут
workshop-delete-button = Видалити
# Words quoted from the article. $quote: the words.
workshop-quote = «{ $quote }»

## Answer key tab

# Above the instructions when the article is previewed as the student sees it (as on the
# student's lesson page).
workshop-student-task = Твоє завдання
workshop-preview-student = Переглянути як учень
workshop-preview-student-hover = Стаття такою, якою її бачать учні до перевірки: без ключа
workshop-key-items = Елементи ключа:
# Beside each label's badge: how many key items have that label. $label: the label's short name.
workshop-key-item-count = { $label }: { $count }
workshop-add-item-help = Виділи слова в статті й натисни 1, 2 або 3 (чи кнопку), щоб додати елемент.
# A button that gives the selected words a label. $digit: its key (1, 2 or 3);
# $label: the label's short name.
workshop-label-button = { $digit } { $label }
workshop-undo-button = Скасувати
workshop-redo-button = Повторити
workshop-selected-item = Вибраний елемент
workshop-rationale-hint = Чому саме ця мітка? Учні прочитають це після перевірки.
# The screen reader's name for the selected item's rationale field.
workshop-rationale-name = Пояснення
workshop-optional-check = Необов’язковий (спірний): зараховується, якщо знайдено, і нічого не коштує, якщо пропущено
workshop-delete-item-button = Видалити елемент
workshop-all-items = Усі елементи
# Beside an item in the list of all items.
workshop-no-rationale = без пояснення

# The key checker.
workshop-checker-heading = Перевірка ключа
workshop-check-button = Перевірити ключ
workshop-check-hover = Перекриття, нерівні межі, відсутні пояснення, зміщені елементи, фрази з іншими мітками в інших ключах
workshop-not-checked = Не перевірено після останньої зміни.
workshop-no-problems = Проблем не знайдено.
# On a finding about one item: clicking it selects the item.
workshop-select-item-hover = Вибрати цей елемент

# The suggestion assistant.
workshop-suggestions-heading = Пропозиції
workshop-suggest-button = Запропонувати елементи
workshop-suggest-again-button = Запропонувати ще раз
workshop-suggest-hover = Правила на основі списків слів пропонують можливі елементи; до ключа нічого не потрапить, доки ти цього не приймеш
workshop-no-suggestions = Пропозицій більше немає.
# "Enter" and "Backspace" are keys on the keyboard.
workshop-suggestions-keys = Enter — прийняти, Backspace — відхилити, стрілки — перейти (коли жодне текстове поле не у фокусі).
# A word-list rule and how many suggestions it made. $rule: the rule's name; $count: how many.
workshop-rule-count = { $rule } ({ $count })
workshop-accept-all-button = Прийняти всі
workshop-reject-all-button = Відхилити всі
workshop-accept-button = Прийняти
workshop-reject-button = Відхилити

## The key checker's findings (beside the checker)

# One key's labels for a phrase. $labels: the label names, joined with " + "; $key: the
# lesson file the key belongs to.
workshop-check-labels-in-key = { $labels } у { $key }
# $phrase: the phrase, in quotation marks; $keys: one or more workshop-check-labels-in-key,
# separated by "; ".
workshop-check-labelled-differently = фразу { $phrase } у різних ключах позначено по-різному: { $keys }; якщо так і має бути, поясни чому в полі пояснення
# An item kept aside after the article changed. $quote: its words, in quotation marks;
# $label: its label's name.
workshop-check-orphan = { $quote } ({ $label }) не знайдено у відредагованій статті: розмісти елемент знову або видали його

## Messages (notices and errors)

# After the edited article is applied. $moved: how many key items moved.
workshop-article-changed = Статтю змінено: { $moved ->
        [one] { $moved } елемент ключа знайдено на новому місці.
        [few] { $moved } елементи ключа знайдено на новому місці.
        [many] { $moved } елементів ключа знайдено на новому місці.
       *[other] { $moved } елемента ключа знайдено на новому місці.
    }
# As workshop-article-changed, and $orphans: how many items could not be found ("Items to
# place again" is the list's heading, workshop-orphans-heading).
workshop-article-changed-orphans = Статтю змінено: { $moved ->
        [one] { $moved } елемент ключа знайдено на новому місці
        [few] { $moved } елементи ключа знайдено на новому місці
        [many] { $moved } елементів ключа знайдено на новому місці
       *[other] { $moved } елемента ключа знайдено на новому місці
    }; ще { $orphans } не вдалося знайти — їх перелічено в розділі «Розмістити знову».
# $error: why.
workshop-key-items-unplaceable = Елементи ключа неможливо розмістити: { $error }
# "Place here" is the button beside an item to place again.
workshop-place-first = Спершу виділи слова в статті, потім натисни «Розмістити тут».
# $error: which list and why.
workshop-word-list-unusable = Список слів для пропозицій неможливо використати: { $error }
workshop-save-unreadable-article = Статтю неможливо зберегти, доки її не вдасться прочитати; див. вкладку «Стаття».
workshop-save-no-title = Перш ніж зберігати, дай уроку назву («Відомості»).
workshop-save-in-progress = Урок зберігається; назву файлу він отримає за мить.
# "Save as…" is the toolbar's button.
workshop-save-no-free-name = Урок не збережено: у твоїй теці уроків не знайшлося вільної назви файлу; спробуй «Зберегти як…».
# $path: the lesson's file; $count: how many items the key has; $key_path: the key's file.
workshop-saved = Урок збережено у файл { $path }, а його ключ ({ $count ->
        [one] { $count } елемент
        [few] { $count } елементи
        [many] { $count } елементів
       *[other] { $count } елемента
    }) — у файл { $key_path }
# As workshop-saved, and $orphans: how many items still to place again were left out.
workshop-saved-with-orphans = Урок збережено у файл { $path }, а його ключ ({ $count ->
        [one] { $count } елемент
        [few] { $count } елементи
        [many] { $count } елементів
       *[other] { $count } елемента
    }) — у файл { $key_path }; елементи, які ще треба розмістити знову ({ $orphans }), до збереженого ключа не ввійшли
# $error: why. "Save as…" is the toolbar's button.
workshop-save-failed = Урок не збережено: { $error }. Твоя робота й далі в майстерні; спробуй «Зберегти як…».
# $path: the exported file.
workshop-exported-key = Ключ експортовано у файл { $path }

## Told to the student when a lesson opens (its key and autosaved answer are read)

# $error: why.
workshop-load-key-unusable = Ключ відповідей неможливо використати, тому в цьому уроці можна виділяти, але не можна перевірити відповіді: { $error }
# $path: the autosave file; $error: why.
workshop-load-autosave-unplaceable = Твою автоматично збережену відповідь не вдалося розмістити в цьому уроці; її залишено без змін у файлі { $path }: { $error }
# $error: why.
workshop-load-autosave-unreadable = Твою автоматично збережену відповідь не вдалося прочитати; її залишено без змін: { $error }
# An autosave whose highlights could not all be placed is copied aside. $note: the sentence
# before, which says what could not be placed; $error: why.
workshop-load-copy-unreadable = { $note } Не вдалося відкласти копію твоєї попередньої відповіді: { $error }
# $note: as above; $path: the copy.
workshop-load-copy-kept = { $note } Копію твоєї попередньої відповіді збережено у файлі { $path }
# $note: as above; $error: why; $path: the autosave file.
workshop-load-copy-not-kept = { $note } Не вдалося зберегти копію твоєї попередньої відповіді: { $error }. Автозбереження залишено без змін у файлі { $path }, доки ти не зміниш відповідь.
workshop-accept-all-name = Прийняти всі пропозиції правила { $rule } ({ $count })
workshop-reject-all-name = Відхилити всі пропозиції правила { $rule } ({ $count })
workshop-suggestion-name = Пропозиція «{ $label }»: «{ $quote }» ({ $rule })
workshop-accept-name = Прийняти { $quote }
workshop-reject-name = Відхилити { $quote }
