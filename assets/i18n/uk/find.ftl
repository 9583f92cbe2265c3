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
