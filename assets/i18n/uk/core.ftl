## The key checker's findings (the authoring view's list of problems; `newsmark check`).
## "front matter" is the block of settings at the top of a lesson file; `level`,
## `instructions` and `source.licence` are names of its fields and stay as they are.

check-no-level = у заголовному блоці (front matter) немає рівня — поля level (1, 2 або 3)
check-no-instructions = у заголовному блоці (front matter) немає поля instructions з інструкціями для учня
check-no-licence = у заголовному блоці (front matter) немає поля source.licence: вкажи, на яких умовах статтю можна поширювати
# "text_sha256" is the name of a field in the key file.
check-other-text-version = ключ складено для іншої версії тексту (text_sha256 відрізняється); елементи знайдено заново за їхніми цитатами: перевір їх і збережи ключ ще раз
# A key item, named at the start of the findings below (as their $item).
# $number: its number in the key (1, 2, …); $start, $end: where it is in the text, in
# characters; $quote: the start of its text, in quotation marks.
check-item = елемент { $number } (символи { $start }..{ $end } { $quote })
# $number: the item's number in the key; $quote: its text, in quotation marks.
check-item-lost = елемент { $number } ({ $quote }) більше не вдається знайти в тексті; його не враховано в оцінюванні, доки ти не розмістиш його знову
# $item: the item (check-item); $start, $end: where it was before, in characters.
check-item-moved = { $item } змістився: його цитата більше не збігається із символами { $start }..{ $end }; збережи ключ, щоб його оновити
# As check-item-moved, found again by a near match; $edits: how many letters differ (plural
# forms may be used with it).
check-item-moved-roughly = { $item } змістився: його цитата більше не збігається із символами { $start }..{ $end } (приблизний збіг, { $edits ->
        [one] { $edits } відмінність
        [few] { $edits } відмінності
        [many] { $edits } відмінностей
       *[other] { $edits } відмінності
    }); збережи ключ, щоб його оновити
# $item: the item (check-item).
check-item-ragged = { $item } має нерівні межі: фрагменти мають починатися й закінчуватися цілими словами, без пробілів і розділових знаків навколо
# $item: the item (check-item); $label: its label's name ("Opinion").
check-item-no-rationale = { $item } не має пояснення: напиши одним реченням, чому це «{ $label }»
# $first, $second: the items' numbers in the key; $label: their label's name ("Opinion").
check-items-overlap = елементи { $first } і { $second } обидва мають мітку «{ $label }» і перекриваються; під час оцінювання їх буде об’єднано, тож з’єднай або розділи їх

## The learner's standing in plain words (the profile and the library), and the reason for
## the lesson recommended next.

# A label's items in the plural, inside a sentence ("You find attributions reliably.").
# .start: the same at the start of a sentence. .count: a number of them ("5 attributions").
profile-model-attributions = атрибуції
    .start = Атрибуції
    .count = { $count ->
        [one] { $count } атрибуція
        [few] { $count } атрибуції
        [many] { $count } атрибуцій
       *[other] { $count } атрибуції
    }
profile-model-opinion-words = оцінні слова
    .start = Оцінні слова
    .count = { $count ->
        [one] { $count } оцінне слово
        [few] { $count } оцінні слова
        [many] { $count } оцінних слів
       *[other] { $count } оцінного слова
    }
profile-model-unsupported-assertions = необґрунтовані твердження
    .start = Необґрунтовані твердження
    .count = { $count ->
        [one] { $count } необґрунтоване твердження
        [few] { $count } необґрунтовані твердження
        [many] { $count } необґрунтованих тверджень
       *[other] { $count } необґрунтованого твердження
    }

# The labels the learner finds reliably: one, two or all three of the words above.
profile-model-reliable-one = Ти впевнено знаходиш { $labels }.
profile-model-reliable-two = Ти впевнено знаходиш { $first } і { $second }.
profile-model-reliable-three = Ти впевнено знаходиш { $first }, { $second } і { $third }.
# $labels: the label's items, as at the start of a sentence ("Opinion words");
# $score: the learner's F1 on it, 0 to 100.
profile-model-weakest = { $labels } ти пропускаєш найчастіше (F1 { $score }): потренуйся саме на них.

# The learner's most frequent mix-up: $mistake is one of the sentences below, $count how
# many key items it happened on (2 or more).
profile-model-mix-up = { $mistake } ({ $count ->
        [one] { $count } елемент
        [few] { $count } елементи
        [many] { $count } елементів
       *[other] { $count } елемента
    }).
profile-model-mix-up-attribution-as-unsupported = Ти часто позначаєш твердження з джерелом як необґрунтовані; назване чи конкретне джерело з дієсловом мовлення — це атрибуція, навіть коли саме твердження викликає сумнів
profile-model-mix-up-attribution-as-opinion = Ти часто позначаєш джерело та його дієслово мовлення як думку; те, хто це сказав, — атрибуція, і лише оцінне дієслово водночас несе ще й думку
profile-model-mix-up-opinion-as-attribution = Ти часто позначаєш оцінні слова джерела як атрибуцію; джерело й дієслово — це атрибуція, а оцінні слова всередині цитати — думка
profile-model-mix-up-opinion-as-unsupported = Ти часто позначаєш оцінні слова як необґрунтовані твердження; погляд, який неможливо ні довести, ні спростувати, — це думка
profile-model-mix-up-unsupported-as-attribution = Ти часто сприймаєш розмиті посилання («критики кажуть», «дослідження показують») як атрибуцію; якщо жоден читач не може встановити джерело, твердження необґрунтоване
profile-model-mix-up-unsupported-as-opinion = Ти часто позначаєш фактичні твердження без джерела як думку; твердження, яке можна перевірити, але яке не має джерела, — необґрунтоване

# Why a lesson is recommended next: one to three of these sentences, one after the other.
# $labels: the label's items where the learner misses most ("opinion words"); $count: how
# many of them the lesson's key has.
profile-model-reason-weakest-items = Найчастіше ти пропускаєш { $labels }; у цьому уроці їх { $count }, і він для тебе ще новий.
profile-model-reason-weakest = Найчастіше ти пропускаєш { $labels }; цей урок їх тренує, і він для тебе ще новий.
profile-model-reason-untried = Цей урок для тебе ще новий.
# $items: what the lesson's key has ("5 attributions and 1 opinion word").
profile-model-reason-start-items = Добрий урок для початку: він для тебе новий. Що в ньому треба знайти: { $items }.
profile-model-reason-start = Добрий урок для початку: він для тебе ще новий.
# $level: the lesson's level, 1 to 3.
profile-model-reason-your-level = Він відповідає твоєму рівню ({ $level }).
profile-model-reason-step-up = Це крок уперед: рівень { $level }.
profile-model-reason-easier = Він легший: рівень { $level }.
# $skill: a skill's name as the lessons tag it ("Hedges").
profile-model-reason-weak-skill = Він також тренує навичку «{ $skill }» — одну з тих, де ти помиляєшся найчастіше.
# $score: the learner's best score on the lesson, 0 to 79.
profile-model-reason-try-again = У тебе вже є спроби в усіх уроках; тут твій найкращий результат — { $score }, найнижчий серед усіх: спробуй ще раз.
# Two or three numbers of label items (profile-model-*.count) in a list.
profile-model-items-two = { $first } і { $second }
profile-model-items-three = { $first }, { $second } і { $third }

# Dates on the profile chart's axis and in its hover text (UTC).
# A month, short: $month is 1 to 12.
profile-model-month = { $month ->
        [1] січ.
        [2] лют.
        [3] бер.
        [4] квіт.
        [5] трав.
        [6] черв.
        [7] лип.
        [8] серп.
        [9] вер.
        [10] жовт.
        [11] лист.
       *[12] груд.
    }
# "12 Mar 2025": $day is 1 to 31, $month the short month (profile-model-month).
profile-model-date = { $day } { $month } { $year }
# "12 Mar 14:05": the same without the year, with the time of day ($time, 24-hour).
profile-model-day-and-time = { $day } { $month } { $time }

## Focus practice.

# Where the learner is in a session: $number is the paragraph's, $total how many there are.
focus-model-position = Абзац { $number } з { $total }

## Class figures. The comment is the last column of the gradebooks teachers export, and
## students may read it.

# The numbers are key items: $found of the $total found, $partly partly found, $wrong
# marked with another label, $missed not marked at all.
class-model-comment = Елементи ключа: знайдено { $found } з { $total }, частково знайдено { $partly }, з хибною міткою { $wrong }, пропущено { $missed }.
# Added after class-model-comment when the student highlighted nearly everything.
class-model-comment-indiscriminate = Увага: виділено приблизно стільки, скільки дав би випадковий вибір (невибіркове виділення).
# Added after class-model-comment: $count highlights made on another version of the text
# (plural forms may be used with it).
class-model-comment-unplaced = { $count ->
        [one] { $count } виділення не вдалося розмістити в поточному тексті, тому його не враховано.
        [few] { $count } виділення не вдалося розмістити в поточному тексті, тому їх не враховано.
        [many] { $count } виділень не вдалося розмістити в поточному тексті, тому їх не враховано.
       *[other] { $count } виділення не вдалося розмістити в поточному тексті, тому їх не враховано.
    }
# How well a key item was found (on the item cards of the feedback and focus practice).
class-model-item-found = знайдено
class-model-item-partly-found = частково знайдено
class-model-item-wrong-label = хибна мітка
class-model-item-missed = пропущено
# How a learner's highlight relates to the answer key.
class-model-highlight-matches-key = збігається з ключем
class-model-highlight-wrong-label = хибна мітка
class-model-highlight-not-in-key = немає в ключі

## Problems with files. Most are shown after the file's path and a colon
## ("/home/ana/lesson.md: no such file or folder"), often followed by the cause
## (": you do not have permission"); they start with a small letter.

# A file's path and what is wrong with it (one of the messages below).
store-file-problem = { $path }: { $problem }
store-not-found = немає такого файлу чи теки
store-is-a-folder = це тека, а не файл
# $folder: the folder's path.
store-link-loop = посилання тут веде назад до { $folder }, яку вже переглядають; його пропущено
# $size, $limit: numbers of bytes, written without grouping ("4194304").
store-too-large = розмір файлу — { $size } Б, це більше за ліміт { $limit } Б; розділи статтю на менші уроки
# $line, $column: where in the file, counted from 1.
store-not-utf8 = рядок { $line }, стовпець { $column }: файл не є коректним UTF-8; збережи його як текст у кодуванні UTF-8
# $message: what the file reader said (in English).
store-json = рядок { $line }, стовпець { $column }: { $message }
# $found: the file's format version; $reads: the newest this program reads.
store-newer-version = версія формату { $found } новіша, ніж може прочитати ця програма ({ $reads }); онови newsmark, щоб відкрити файл
store-not-a-lesson = це не урок: очікується файл .md або .txt
# $count: how many there are; $limit: how many newsmark takes (written without grouping,
# "100000").
store-too-many-spans = фрагментів у ньому { $count } — це більше за ліміт { $limit }; розділи статтю на менші уроки
store-too-many-answer-files = файлів відповідей у ньому { $count } — це більше за ліміт { $limit }; розподіли клас по кількох теках
# The same for other things: $what is what there is too much of and $advice what to do
# (both in English).
store-too-many = забагато: { $what } — { $count }, а ліміт — { $limit }; { $advice }
store-spans-unusable = його фрагменти неможливо використати
store-not-json = неможливо записати як JSON
store-not-csv = неможливо записати як CSV
store-not-made-into-lesson = неможливо перетворити на урок
# A label name in a key or answer file that newsmark does not know. $label: the name as
# written, in backquotes. The names attribution, opinion and unsupported are written in files
# and stay in English.
store-unknown-label = невідома мітка { $label }: можливі мітки — attribution, opinion і unsupported

# What was being done when the operating system refused. Shown after the path and before the
# reason: "/home/ana/lesson.md: cannot read: you do not have permission".
store-cannot-read = не вдалося прочитати
store-cannot-list = не вдалося переглянути вміст
store-cannot-write = не вдалося записати
store-cannot-remove = не вдалося видалити
store-cannot-replace = не вдалося замінити
store-cannot-create-folder = не вдалося створити теку
# After the path of the file being saved: "/home/ana/a.key.json: cannot create a temporary
# file beside".
store-cannot-create-temporary = не вдалося створити поруч тимчасовий файл
# After the path of the file being saved: "/home/ana/a.key.json: cannot sync the folder of".
store-cannot-sync-folder = не вдалося синхронізувати теку цього файлу
store-cannot-remove-stale = не вдалося видалити застарілий тимчасовий файл
store-cannot-finish-csv = не вдалося завершити CSV

# Why the operating system refused, in plain words.
store-io-not-found = такого файлу чи теки немає
store-io-permission-denied = у тебе немає дозволу
store-io-not-a-folder = частина шляху — це файл, а не тека
store-io-is-a-folder = це тека, а не файл
store-io-already-exists = такий уже існує
store-io-disk-full = диск заповнено
store-io-read-only = диск доступний лише для читання
store-io-timed-out = диск не відповів вчасно

# Why an article could not be made into a new lesson.
store-import-empty = файл порожній
store-import-binary = файл не текстовий (схоже, що він двійковий)
store-import-no-article = на цій сторінці не знайдено статті (це точно збережена новинна стаття?)
# $size, $limit: numbers of bytes, written without grouping ("4194304").
store-import-too-large = розмір статті — { $size } Б, це більше за ліміт { $limit } Б
store-import-not-a-lesson = статтю неможливо прочитати як урок
# The new lesson's details (title, source and so on) could not be put into the lesson file;
# $reason: why (in English).
store-import-details-unwritable = не вдалося записати відомості про урок: { $reason }
