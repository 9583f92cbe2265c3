# The library's search and filters.

library-search = Пошук уроків
library-search-hint = Назва, опис, навичка, видання…
# A filter set to nothing: every lesson.
library-filter-any = Усі
library-filter-level = Рівень:
library-filter-language = Мова:
library-filter-class = Клас:
library-filter-tried = Спроби:
library-filter-tried-yes = Зі спробами
library-filter-tried-no = Ще без спроб
library-filter-key = Ключ:
library-filter-key-yes = З ключем
library-filter-key-no = Без ключа
library-filter-clear = Показати всі
# $shown lessons match the search and filters, of $total.
library-filter-count = Уроків: { $shown } з { $total }
library-filter-none = Жоден урок не підходить. Спробуй ввести менше слів або натисни «Показати всі».

# The class heat map's legend: what each shade means.
class-heat-legend = Учні, які це позначили:
# One step of the legend: $from to $to of $total students.
class-heat-step = { $from }–{ $to } з { $total }
# Beside the heat map: the key items of one label ($label).
class-heat-items = { $label }: елементи ключа
# How many students marked a key item with its label.
class-heat-item-count = { $marked } з { $total }

# The Roster tab: the score's scale in the gradebook for a plain name,id roster.
lms-points = Бали:

# The workshop's *Compare with another key…*: two keys of one lesson, their agreement and
# their disagreements decided one by one.
workshop-compare-button = Порівняти з іншим ключем…
workshop-compare-hover = Ключ колеги до цього уроку (або відповідь людини, яка розмітила статтю, не бачивши ключа): рівень узгодженості й кожне місце, де ключі розходяться, — щоб вирішити їх по черзі
workshop-compare-purpose = вибору ключа для порівняння
workshop-compare-dialog = Вибрати ключ для порівняння
# $count: items of the other key that could not be placed on this article.
workshop-compare-unplaced = { $count ->
        [one] { $count } елемент іншого ключа не вдалося розмістити в цій статті, тому його пропущено.
        [few] { $count } елементи іншого ключа не вдалося розмістити в цій статті, тому їх пропущено.
        [many] { $count } елементів іншого ключа не вдалося розмістити в цій статті, тому їх пропущено.
       *[other] { $count } елемента іншого ключа не вдалося розмістити в цій статті, тому їх пропущено.
    }
# $file: the other key's file name.
workshop-compare-heading = Порівняння з файлом { $file }
# Cohen's kappa (mean and per label) and F1 between the two keys.
workshop-compare-figures = Узгодженість: kappa { $kappa } (атрибуція { $attribution }, думка { $opinion }, необґрунтоване { $unsupported }), F1 { $f1 }
workshop-compare-done = Розбіжностей, які треба вирішити, більше немає. Натисни «Зберегти», щоб залишити об’єднаний ключ.
workshop-compare-position = Розбіжність { $number } з { $total }
workshop-compare-only-mine = Ці слова позначено лише в цьому ключі.
workshop-compare-only-theirs = Ці слова позначено лише в іншому ключі.
workshop-compare-label-differs = Обидва ключі позначають ці слова, але різними мітками.
workshop-compare-boundary = Обидва ключі дають цим словам ту саму мітку, але з різними межами.
workshop-compare-nothing = нічого
# One side: a label and its words.
workshop-compare-side = { $label } «{ $quote }»
workshop-compare-mine = Цей ключ: { $side }
workshop-compare-theirs = Інший ключ: { $side }
workshop-compare-keep-mine = Залишити мій
workshop-compare-take-theirs = Взяти інший
workshop-compare-keep-both = Залишити обидва
workshop-compare-drop = Відкинути
workshop-compare-end = Завершити порівняння

# A lesson file that cannot be read ($line, $column: where in the file).
lesson-error-front-matter = заголовний блок (front matter), рядок { $line }, стовпець { $column }: { $message }
lesson-error-unclosed = заголовний блок (front matter), відкритий рядком +++ у рядку 1, так і не закрито рядком +++
lesson-error-no-title = у заголовному блоці (front matter) немає назви — поля title: додай рядок на кшталт title = "Мій урок"
lesson-error-level = заголовний блок (front matter): рівень (level) дорівнює { $level }, а має бути 1, 2 або 3
lesson-error-empty = в уроці немає тексту статті
# A highlight or key item that cannot be used ($number: its place in the file's list; $start, $end: characters).
span-error-reversed = фрагмент { $number } (символи { $start }..{ $end }): початок має бути перед кінцем
span-error-out-of-range = фрагмент { $number } (символи { $start }..{ $end }) виходить за кінець тексту (довжина тексту — { $length } симв.) і не має цитати, за якою його можна знайти знову
span-error-different-text = файл створено для іншого тексту (його text_sha256 не відповідає цьому уроку), а фрагменти в ньому не мають цитат, за якими їх можна знайти знову; використай урок, для якого його створено
# What a file holds, fitting "файл NAME уже зайнятий (…)" (lesson-handed-in-renamed).
store-taken-other-student = відповідь іншого учня
store-taken-nameless = відповідь без імені учня
store-taken-other-lesson = відповідь до іншого уроку
store-taken-not-an-answer = файл, що не є відповіддю newsmark
store-convert-formats = конвертування читає й записує файли .json (newsmark), .ann (brat) і .jsonld (W3C)
# The checker on a lesson's skill tags ($tag in quotes; $examples: tags of the vocabulary).
check-skill-empty = порожній тег навички: видали його
check-skill-language = тег навички { $tag } — це мова, а не навичка: видали його (мову уроку вказують у `language = ".."`)
check-skill-unknown = невідомий тег навички { $tag }: у профілі навичок учня він вважатиметься окремою навичкою; за можливості використай тег зі словника навичок (англійською, іспанською чи французькою), наприклад { $examples }
