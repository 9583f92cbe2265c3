# The library page: the list of lessons, the first start's question, the instructor tools
# and the student pack being put together.

## The top of the page

# The page's main heading.
library-title = Уроки
# The line under the heading. The names in brackets are the three labels (see common.ftl):
# use the same words as there.
library-intro = Вибери статтю. Виділи, хто говорить (Атрибуція), слова, що оцінюють (Думка), і твердження без джерела (Необґрунтоване твердження), а потім перевір свої відповіді.
# Shown beside a spinner while a lesson opens. $name: the lesson's file name.
library-opening = Відкривається: { $name }…
# The button at the bottom of the page.
library-open-file-button = Відкрити файл уроку або відповіді…
# $words: a sentence or two about the learner's skills, already translated.
library-skills = Твої навички: { $words }
library-skills-profile-button = Твій профіль навичок…
# The lesson to do next, at the top. $title: the lesson's title.
library-recommended-next = Радимо далі: { $title }
library-start-button = Почати
# Hover text and screen-reader name of the buttons that open a lesson. $title: the
# lesson's title (for the screen reader, with its number or class in front).
library-open-title = Відкрити { $title }

## "Continue" bar: the lesson with autosaved work that is not checked yet

library-continue-label = Незавершена робота:
# $title: the lesson's title.
library-continue-button = Продовжити: { $title }
library-continue-hover = Відкрити урок із твоїми виділеннями в тому вигляді, як вони були

## The first start's question: whose copy is this?

library-role-question = Хто користується newsmark на цьому комп’ютері?
library-role-explanation = Для учня newsmark показує уроки, відгуки та здачу робіт. На комп’ютері, яким користуються кілька учнів, нічого з роботи одного учня (ім’я, робота, бали) не зберігається для наступного. Для вчителя newsmark показує ще й інструменти вчителя: нові уроки, ключі відповідей, пакети для учнів і результати класу. Це можна будь-коли змінити в меню режимів на верхній панелі.
library-role-student-button = Я навчаюся
library-role-shared-button = Цей комп’ютер спільний для учнів
library-role-shared-hover = Комп’ютер у комп’ютерному класі чи ноутбук зі спільного візка: ім’я, роботу й бали одного учня не зберігаються для наступного
library-role-teacher-button = Я викладаю

## Instructor tools (teacher mode)

# Before the "New lesson…" and "Make a lesson from an article…" buttons.
library-instructors = Для вчителя:
library-new-lesson-button = Новий урок…
library-new-lesson-hover = Встав статтю й напиши до неї ключ відповідей
library-import-article-button = Створити урок зі статті…
library-import-article-hover = Збережена вебсторінка (.html), файл .txt або .md
# Shown in an error when a student-mode copy is asked for an instructor tool.
library-instructor-tool-refused = Це інструмент учителя; щоб ним скористатися, перемкнися в режим учителя на верхній панелі.

## Sections of the list (class packs are headed by their own names)

# The lessons that come with newsmark.
library-section-lessons = Уроки
# Lessons the teacher wrote or the learner opened from a file.
library-section-mine = Мої уроки

## One lesson's card

# A badge above the title of the lesson recommended next.
library-recommended-badge = Радимо далі
# A badge above the title of a lesson with saved, unchecked work.
library-in-progress = Розпочато
library-in-progress-hover = Твої виділення збережено, але ще не перевірено: відкрий урок, щоб продовжити
# The lesson's difficulty level, a number from the lesson's file.
library-level = Рівень { $level }
# The expected time of work, in minutes.
library-minutes = { $minutes } хв
# $problem: why the file cannot be read, already translated.
library-cannot-open = Неможливо відкрити: { $problem }
library-open-button = Відкрити
# The learner's best score on the lesson, a whole number (out of 100).
library-best-score = Найкраще: { $score }
# How many times the learner checked this lesson.
library-attempts = { $count ->
        [one] { $count } спроба
        [few] { $count } спроби
        [many] { $count } спроб
       *[other] { $count } спроби
    }
library-not-tried = Ще без спроб

## Instructor buttons on a card (teacher mode)

# A checkbox: put this lesson in the student pack.
library-pack-checkbox = У пакет
# The screen-reader name of that checkbox. $title: the lesson's title.
library-pack-checkbox-name = Додати { $title } до пакета для учнів
library-pack-checkbox-hover = Вибери уроки для пакета, який роздаси учням
library-class-results-button = Результати класу…
# Screen-reader name of the button. $title: the lesson's title.
library-class-results-name = Результати класу для { $title }
library-class-results-hover = Оцінити теку зданих відповідей за ключем цього уроку
library-edit-button = Редагувати
# Screen-reader name of the button. $title: the lesson's title.
library-edit-name = Редагувати { $title }
library-edit-hover = Редагувати урок і його ключ відповідей у майстерні

## The student pack being put together (teacher mode)

# $count: how many lessons are chosen.
library-pack-bar-title = Пакет для учнів: { $count ->
        [one] { $count } урок
        [few] { $count } уроки
        [many] { $count } уроків
       *[other] { $count } уроку
    }
# Label of the text field for the class's name, and the grey example inside it.
library-pack-class = Клас
library-pack-class-hint = напр. 9-Б, медіа
# Label of the text field for the due date, and the grey example inside it.
library-pack-due = Термін
library-pack-due-hint = напр. п’ятниця
# A checkbox.
library-pack-shared = Для спільних комп’ютерів
library-pack-shared-hover = Комп’ютерний клас або спільні ноутбуки: уроки з пакета не зберігають для наступного учня ні імені, ні роботи, ні балів попереднього
library-pack-save-button = Зберегти пакет…
library-pack-save-hover = Один файл із цими уроками (ключі ніколи не додаються), щоб надіслати поштою або завантажити на платформу
# Notice after the pack is saved. $count: how many lessons; $shared: "yes" when the pack
# is for shared computers, else "no"; $path: the file written.
library-pack-written = Пакет для учнів ({ $count ->
        [one] { $count } урок
        [few] { $count } уроки
        [many] { $count } уроків
       *[other] { $count } уроку
    }, без ключів{ $shared ->
        [yes] , для спільних комп’ютерів
       *[no] {""}
    }) записано у файл { $path }
