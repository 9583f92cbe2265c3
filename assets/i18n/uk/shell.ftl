# Everything around the pages: the top bar, the message area, the help window, the window's
# title, messages about settings, progress and files, newsmark's own file picker and the
# system's file dialogs, and the article's accessible names.

## The top bar

# After the app's name: the open lesson's title ($title).
shell-top-lesson-title = — { $title }
# After the app's name: the title of the lesson open in the workshop (the teacher's editor).
shell-top-workshop-title = — майстерня: { $title }
shell-help-button = Довідка
shell-help-hover = Три мітки та як обчислюється результат (F1)
# The theme button says what pressing it switches to.
shell-theme-light = Світла тема
shell-theme-dark = Темна тема
# Buttons that make all text larger or smaller.
shell-zoom-in = A+
shell-zoom-in-hover = Більший текст усюди (Ctrl +; Ctrl 0 — звичайний розмір)
shell-zoom-out = A-
shell-zoom-out-hover = Менший текст усюди (Ctrl -; Ctrl 0 — звичайний розмір)
shell-open-file = Відкрити файл…

# The mode menu. Shown before a mode is chosen:
shell-mode-none = Вибери режим
# The menu's name for a screen reader; $mode is one of the modes below (or shell-mode-none).
shell-mode-name = Режим: { $mode }
shell-mode-hover = Режим учня приховує інструменти вчителя (нові уроки, ключі відповідей, пакети, результати класу); режим спільного комп’ютера ще й не зберігає для наступного учня ні імені, ні роботи, ні балів попереднього; режим учителя показує всі інструменти
shell-role-student = Режим учня
shell-role-teacher = Режим учителя
shell-role-shared = Режим спільного комп’ютера

## The help window

shell-help-heading = Довідка
shell-help-close = Закрити довідку
shell-help-close-hover = Закрити довідку (Esc або F1)

## The message area (notices and errors at the bottom of the window)

shell-message-dismiss = Закрити
shell-message-dismiss-hover = Закрити це повідомлення
# What a screen reader says for the Dismiss button of the newest message, and of an older
# one ($number: its place, newest first, from 2 up).
shell-message-dismiss-newest = Закрити найновіше повідомлення
shell-message-dismiss-number = Закрити повідомлення { $number }
# The fold that holds the older messages.
shell-messages-earlier = { $count ->
    [one] { $count } попереднє повідомлення
    [few] { $count } попередні повідомлення
    [many] { $count } попередніх повідомлень
   *[other] { $count } попереднього повідомлення
}
shell-messages-dismiss-all = Закрити всі
# What was just done, read out by a screen reader ($words), ending with a full stop.
shell-said = { $words }.

## Small widgets every page uses

# Short label names on buttons (the full names are label-attribution and so on).
shell-label-short-attribution = Атрибуція
shell-label-short-opinion = Думка
shell-label-short-unsupported = Необґрунтоване
shell-back-to-library = До бібліотеки

## The window's title ("newsmark" is the app's name)

shell-window-title-library = newsmark — Уроки
# $title: the lesson's title.
shell-window-title-lesson = newsmark — { $title }
shell-window-title-workshop = newsmark — майстерня: { $title }
shell-window-title-class = newsmark — результати класу: { $title }
shell-window-title-profile = newsmark — твій профіль навичок
shell-window-title-focus = newsmark — прицільне тренування

## Settings and progress

# $reason: why, as the file system or the file's checker says it.
shell-settings-unreadable = Не вдалося прочитати твої налаштування; використано типові: { $reason }
shell-settings-not-saved = Не вдалося зберегти твої налаштування
shell-progress-unreadable = Не вдалося прочитати твій прогрес, тому його не буде змінено: { $reason }
shell-progress-not-saved = Не вдалося зберегти твій прогрес
shell-progress-unreadable-not-reset = Під час запуску не вдалося прочитати файл твого прогресу, тому його залишено як є.
shell-progress-reset = Твій профіль навичок скинуто.
shell-progress-not-reset = Не вдалося скинути твій прогрес

## Opening things

# The title a new lesson starts with in the workshop.
shell-new-lesson-title = Новий урок
# While a page is being prepared the library says "Opening …" followed by one of these
# ($label: a label's full name; $lesson: the lesson's file name), or by a file name.
shell-opening-focus = прицільне тренування «{ $label }»
shell-opening-class = результати класу для { $lesson }
# Used in place of the file name of an article whose name cannot be read.
shell-article-fallback-name = стаття
# $count: how many lessons; $heading: the pack's heading in the library (class and due date).
shell-pack-added = { $count ->
        [one] До бібліотеки додано { $count } урок
        [few] До бібліотеки додано { $count } уроки
        [many] До бібліотеки додано { $count } уроків
       *[other] До бібліотеки додано { $count } уроку
    } у розділ «{ $heading }».
shell-pack-no-data-folder = Пакети додаються до твоєї теки даних, а її немає.
# $path: the answer file; $lesson: the lesson's file name, already in quotes.
shell-answer-lesson-missing = { $path }: ця відповідь належить до уроку { $lesson }, якого немає в бібліотеці; спершу відкрий урок, а потім завантаж відповідь
# A teacher's released answer key was put beside its lesson ($title: the lesson's title).
shell-key-released = Ключ відповідей до уроку «{ $title }» на місці: відкрий урок, завантаж свою відповідь, якщо її там немає, і перевір її.
# Stands for the lesson in shell-failure-key-no-lesson when the key does not say.
shell-key-unknown-lesson = невідомого уроку
shell-key-not-placed = Не вдалося покласти ключ відповідей поруч з уроком

## File dialogs left behind

# $purpose: one of the picker-purpose-* messages ("opening a file").
shell-picker-closed = Вікно вибору файлу для { $purpose } закрито, бо сторінку, з якої його відкрито, уже покинуто; нічого не збережено й не відкрито.
shell-dialog-answered-late = Відповідь у вікні для { $purpose } надійшла вже після виходу зі сторінки, яка його відкрила, тому нічого не збережено й не відкрито. Повернися на ту сторінку й спробуй ще раз.
# $why: why not, e.g. picker-no-system-dialog.
shell-picker-instead = Не вдалося показати системне вікно вибору файлів ({ $why }); натомість відкрито власне вікно вибору newsmark.
shell-workshop-unsaved = У майстерні є незбережені зміни. Збережи їх або ще раз натисни «До бібліотеки», щоб їх відкинути.

## What went wrong

# $what: what was not written ("The gradebook was not written"); $reason: why.
shell-failure-write = { $what }: { $reason }
# $lesson: the lesson's file name.
shell-failure-no-key = Поруч з { $lesson } немає ключа відповідей, тому відповіді неможливо оцінити.
shell-failure-key-unusable = Ключ відповідей неможливо використати: { $reason }
# $key: the key file; $lesson: the lesson's file name it is for (or shell-key-unknown-lesson).
shell-failure-key-no-lesson = { $key }: жоден урок у твоїй бібліотеці не відповідає цьому ключу (ключ для { $lesson }); спершу відкрий урок або його пакет
# $label: a label's full name.
shell-failure-no-paragraphs = Жоден урок із ключем не має абзаців для тренування «{ $label }».
# A bug: $why is what the program said (often in English), or shell-worker-no-reason.
shell-failure-worker = Фонова робота всередині newsmark завершилася збоєм ({ $why }). Вона нічого не змінила; твоя робота на місці, тож спробуй ще раз.
shell-worker-no-reason = причину не вказано
# $reason: the operating system's words.
shell-failure-no-thread = newsmark не вдалося запустити робочий потік: { $reason }

## What a file dialog is for, fitting "the file dialog for …" and "the file picker for …"

picker-purpose-open-file = відкриття файлу
picker-purpose-save-answer = здачі твоєї відповіді
picker-purpose-open-answer = завантаження відповіді
picker-purpose-import-article = створення уроку зі статті
picker-purpose-save-lesson = збереження уроку
picker-purpose-open-folder = вибору теки з відповідями
picker-purpose-export = експорту
picker-purpose-save-profile = експорту твого профілю навичок
picker-purpose-save-pack = збереження пакета для учнів
picker-purpose-save-gradebook = збереження журналу оцінок

## The system's file dialogs: titles and the names of the file type filters

picker-no-system-dialog = на цьому робочому столі немає системного вікна вибору файлів
picker-dialog-open-file = Відкрити урок, пакет або відповідь
picker-filter-open-file = Уроки, пакети й відповіді
picker-dialog-save-answer = Зберегти твою відповідь
picker-filter-answer = Відповідь newsmark
picker-dialog-open-answer = Завантажити відповідь
picker-dialog-import-article = Створити урок зі статті
picker-filter-article = Вебсторінки й текст
picker-dialog-save-lesson = Зберегти урок (його ключ зберігається поруч)
picker-filter-lesson = Урок newsmark
picker-dialog-open-folder = Вибрати теку з відповідями
# W3C Web Annotation, brat and newsmark are names of file formats.
picker-dialog-export = Експорт: W3C Web Annotation (.jsonld), brat (.ann) або newsmark (.json)
picker-filter-export = W3C, brat або newsmark
picker-dialog-save-profile = Експортувати твій профіль навичок
picker-dialog-save-pack = Зберегти пакет для учнів
picker-filter-pack = Пакет newsmark для учнів
picker-dialog-save-gradebook = Зберегти журнал оцінок

## newsmark's own file picker (when the system's file dialog cannot be shown)

picker-title-open-file = Відкрити урок, пакет або відповідь
picker-title-save-answer = Здати: зберегти твою відповідь
picker-title-open-answer = Завантажити відповідь
picker-title-import-article = Створити урок зі статті
picker-title-save-lesson = Зберегти урок
picker-title-open-folder = Вибрати теку з відповідями
picker-title-save-gradebook = Зберегти журнал оцінок
picker-title-save-pack = Зберегти пакет для учнів
picker-title-export = Експорт (.jsonld, .ann або .json)
picker-title-save-profile = Експортувати твій профіль навичок
picker-explanation = Власне вікно вибору файлів newsmark (системне вікно вибору файлів не вдалося показати).
picker-up = Вгору
picker-up-hover = Батьківська тека
picker-home = Домівка
# The name of the field that holds the folder shown, for a screen reader.
picker-folder-name = Тека
picker-file-name-label = Назва файлу:
# The name of the file name field, for a screen reader.
picker-file-name = Назва файлу
picker-save-here = Зберегти тут
picker-save-here-hover = Зберегти під цією назвою в цій теці
picker-open = Відкрити
picker-open-hover = Відкрити вказаний тут файл (назву в цій теці або повний шлях)
picker-use-folder = Вибрати цю теку
picker-cancel = Скасувати
# Shown in place of the list when the folder has nothing to choose.
picker-empty = (тут немає відповідних файлів)
# $folder: the folder's path; $reason: why.
picker-folder-not-listed = Не вдалося переглянути вміст { $folder }: { $reason }
# $path: the file's path, typed where a folder was wanted.
picker-typed-file-not-folder = { $path } — це файл. Вибери теку, у якій лежать відповіді.
picker-open-name-missing = Введи назву файлу або вибери файл зі списку.
picker-save-name-bad = Введи назву файлу (без тек).
# $name: the name typed; $folder: the folder shown.
picker-name-is-folder = { $name } — це тека в { $folder }; введи назву файлу, під якою зберегти.

# Asked before a file is saved over ($name: the file's name), with what the file holds and
# the folder it is in ($folder).
picker-replace-question = Замінити { $name }?
picker-replace-folder = У теці { $folder }
picker-keep = Залишити
picker-replace = Замінити
# What an answer file holds: $who is one of the two next messages; $lesson is the lesson's
# file name and $time when it was handed in (2026-12-05T10:42:00Z), each when the file says.
picker-holds-named-answer = відповідь (ім’я: { $student })
picker-holds-unnamed-answer = відповідь без імені
picker-holds = Файл містить { $who }.
picker-holds-lesson = Файл містить { $who } до уроку { $lesson }.
picker-holds-time = Файл містить { $who }, здану { $time }.
picker-holds-lesson-time = Файл містить { $who } до уроку { $lesson }, здану { $time }.
# Any other file: its size ($size: one of the three next messages) and when it last changed
# ($time, as 2026-12-05T10:42:00Z).
picker-holds-file = Це файл розміром { $size }.
picker-holds-file-changed = Це файл розміром { $size }, востаннє змінений { $time }.
picker-size-bytes = { $count ->
        [one] { $count } байт
        [few] { $count } байти
        [many] { $count } байтів
       *[other] { $count } байта
    }
# $size: a number with one decimal.
picker-size-kilobytes = { $size } КБ
picker-size-megabytes = { $size } МБ

## The article (what a screen reader says, and images)

article-name = Стаття
# A highlight: $label is the label's full name, $quote the words highlighted.
article-mark-highlight = { $label }: { $quote }
# An item of the answer key shown over the article.
article-mark-key-item = Елемент ключа, { $label }: { $quote }
# The class heat map: how many of the class marked these words, $level from 1 (few) to 4 (most).
article-mark-heat = { $label }, частка класу — { $level } з 4: { $quote }
# Shown in place of an image, which is never loaded: $alt is its description, $address
# where it is on the web.
article-image = [зображення: { $alt }]
article-image-remote = [зображення, не завантажено: { $alt }, { $address }]
# The description of an image that has none.
article-image-no-alt = зображення
