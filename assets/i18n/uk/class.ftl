# The class results page: a folder of students' answers graded against a lesson's key.

## The toolbar

# The page's tabs, beside the "Back to library" button.
class-tab-students = Учні
class-tab-items = Елементи ключа
class-tab-figures = Плутанина й бали
class-tab-heat-map = Теплова карта класу
# A checkbox: projector mode hides the students' names and makes the text larger.
class-projector = Проєктор (великий текст, без імен)
# Before the buttons that export the gradebook (the grades) for a learning platform.
class-gradebook = Журнал оцінок:
# The export buttons: a plain CSV file, and the learning platforms Canvas and Moodle
# (product names). The "…" says a save dialog opens.
class-gradebook-csv = CSV…
class-gradebook-canvas = Canvas…
class-gradebook-moodle = Moodle…
class-gradebook-hover = Записати журнал оцінок для твоєї навчальної платформи
# The small line at the end of the toolbar: $folder is the folder of answers, $title the
# lesson's title.
class-toolbar-source = { $folder } · { $title }
# A notice once the gradebook is written: $count students, $path the file written.
class-gradebook-written = Журнал оцінок ({ $count ->
        [one] { $count } учень
        [few] { $count } учні
        [many] { $count } учнів
       *[other] { $count } учня
    }) записано у файл { $path }

## The summary above every tab

# The heading: $count answers graded.
class-summary-answers = { $count ->
        [one] { $count } відповідь
        [few] { $count } відповіді
        [many] { $count } відповідей
       *[other] { $count } відповіді
    }
# $mean and $median are whole-number scores out of 100.
class-summary-mean-median = середній бал { $mean }, медіана { $median }
    .hover = Середній бал класу й медіана — бал посередині, якщо впорядкувати всі бали (половина класу має більше, половина — менше). Бали — зі 100.
# Beside the mean score; its hover explains the benchmark.
class-summary-benchmark = 70 — рівень експерта
# $count answers were made on an earlier or later version of the lesson's text and placed
# on this one.
class-summary-reanchored = { $count ->
        [one] { $count } відповідь зроблено на іншій версії уроку (переприв’язано)
        [few] { $count } відповіді зроблено на іншій версії уроку (переприв’язано)
        [many] { $count } відповідей зроблено на іншій версії уроку (переприв’язано)
       *[other] { $count } відповіді зроблено на іншій версії уроку (переприв’язано)
    }
# A collapsible list of the answer files with problems: $count files.
class-summary-problems = { $count ->
        [one] { $count } файл не враховано або враховано з попередженням
        [few] { $count } файли не враховано або враховано з попередженням
        [many] { $count } файлів не враховано або враховано з попередженням
       *[other] { $count } файлу не враховано або враховано з попередженням
    }
# One line of that list: $file is the file, $message what is wrong with it.
class-summary-problem = { $file }: { $message }

## The Students tab: a table with a column per figure

class-students-help = Бали — зі 100: 100 = точно як у ключі, 0 = жодного збігу. Наведи курсор на назву стовпця, щоб побачити, що він означає; клацни її, щоб відсортувати.
# The column names (short: the columns are narrow) and, as .hover, what each means.
# "Attr", "Opin", "Unsup": Attribution, Opinion, Unsupported assertion.
class-column-student = Учень
    .hover = Ім’я учня (або назва файлу відповіді). Клацни ім’я в таблиці, щоб побачити виділення учня поверх ключа.
class-column-score = Бал
    .hover = Наскільки виділення учня збіглися з ключем, усі мітки разом (100 × F1): 100 = точно, 0 = жодного збігу. 70 — рівень експерта.
class-column-attribution = Атриб. F1
    .hover = F1 лише для «Атрибуції»: наскільки виділення учня з міткою «Атрибуція» збіглися з ключем. Поєднує «знайдено» (яку частину елементів ключа виділено) і «точність» (яку частину виділеного має й ключ). 100 = точно, 0 = жодного збігу; – = нема чого шукати.
class-column-opinion = Думка F1
    .hover = F1 лише для «Думки»: наскільки виділення учня з міткою «Думка» збіглися з ключем. Поєднує «знайдено» (яку частину елементів ключа виділено) і «точність» (яку частину виділеного має й ключ). 100 = точно, 0 = жодного збігу; – = нема чого шукати.
class-column-unsupported = Необґр. F1
    .hover = F1 лише для «Необґрунтованого твердження»: наскільки виділення учня з міткою «Необґрунтоване» збіглися з ключем. Поєднує «знайдено» (яку частину елементів ключа виділено) і «точність» (яку частину виділеного має й ключ). 100 = точно, 0 = жодного збігу; – = нема чого шукати.
class-column-passage = Фрагменти
    .hover = Правильні фрагменти, будь-яка мітка (F1 фрагментів): наскільки добре знайдено слова, які позначає ключ, навіть якщо мітку вибрано іншу. 100 = ті самі слова, 0 = жодного збігу.
class-column-statuses = Знайдено / частково / хибно / пропущено
    .hover = Елементи ключа: знайдені (щонайменше половину виділено його міткою), частково знайдені (менше половини), виділені з хибною міткою та пропущені.
class-column-extra = Зайві
# The hover of a column's name: $help is what the column means (above).
class-column-sort-hover = { $help } Клацни, щоб відсортувати.
# The name of the column the table is sorted by, with the order: $name is the column's
# name. Names A to Z or Z to A; figures from high or from low.
class-column-sorted-a-z = { $name } (А–Я)
class-column-sorted-z-a = { $name } (Я–А)
class-column-sorted-high = { $name } (від більшого)
class-column-sorted-low = { $name } (від меншого)
# The last column: what to look at in an answer (the flags below, separated by commas).
class-column-flags = Зауваги
# Flags: the student highlighted nearly everything; the answer was made on another version
# of the lesson; $count highlights could not be placed on this version.
class-flag-indiscriminate = невибірково
class-flag-reanchored = переприв’язано
class-flag-unplaced = не розміщено: { $count }
# In projector mode the names are hidden: $number is the row in the table.
class-projector-student = Учень { $number }
class-student-row-hover = Показати виділення цього учня поверх ключа

## One student's highlights, beside the table

# $score is out of 100.
class-student-score = бал { $score }
    .hover = Наскільки виділення цього учня збіглися з ключем: 100 = точно, 0 = жодного збігу. 70 — рівень експерта.
class-student-close = Закрити
class-student-legend = Заливка: виділення учня. Контур: ключ.

## The Key items tab

class-items-help = Елементи ключа, від найважчого: частка учнів, які знайшли кожен елемент, знайшли його частково, дали йому іншу мітку або пропустили.
# An item: $number is its number in the key, $quote its words in the article.
class-item-quote = { $number }. «{ $quote }»
# An item the key marks as optional.
class-item-optional = необов’язковий
# The shares of the class, in per cent (whole numbers): $found, $partly, $wrong (wrong
# label), $missed.
class-item-shares = знайдено { $found }% · частково { $partly }% · хибна мітка { $wrong }% · пропущено { $missed }%
    .hover = Знайдено: щонайменше половину елемента виділено його міткою. Частково: менше половини. Хибна мітка: виділено, але іншою міткою. Пропущено: не виділено.
# The same line when most students who gave the item another label chose $label (a label's
# short name: Attribution, Opinion or Unsupported); $shares is the line above.
class-item-shares-instead = { $shares } · натомість найчастіше позначали як «{ $label }»

## The Confusion and scores tab

class-confusion-heading = Які мітки плутали
class-confusion-help = Символи, сумарно за весь клас. Рядки: ключ; стовпці: учні. Темніше — більше.
# The rows and columns of the confusion table: the three labels and no label at all.
class-confusion-attribution = атрибуція
class-confusion-opinion = думка
class-confusion-unsupported = необґрунтоване
class-confusion-none = без мітки
# The hover of a cell of the table: $count characters.
class-confusion-cell = { $count ->
        [one] { $count } символ
        [few] { $count } символи
        [many] { $count } символів
       *[other] { $count } символу
    }
class-scores-heading = Бали
# The score histogram: the axes, and a bar's range of scores ($low to $high, out of 100).
class-histogram-score = бал
class-histogram-students = учні
class-histogram-range = { $low }–{ $high }

## The Class heat map tab

# Before the three label buttons.
class-heat-show = Показати:
class-heat-help = Темніше: більша частина класу позначила це цією міткою. Контур: елементи ключа з цією міткою.
