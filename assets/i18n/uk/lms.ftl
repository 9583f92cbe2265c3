# Результати класу з навчальною платформою (Canvas, Moodle): здані роботи з архіву, який
# видає платформа, список класу й журнал оцінок у власному форматі списку.

# Меню *Результати класу…* у бібліотеці: де лежать здані роботи.
lms-from-folder = Тека зі зданими роботами…
lms-from-zip = Архів із Canvas або Moodle (.zip)…
lms-from-zip-hover = Zip-архів, який платформа дає за командою «Download Submissions» (Canvas) або «Download all submissions» (Moodle), без змін

# Діалоги файлів (мета доповнює «діалог файлів для …», тому в родовому відмінку).
lms-purpose-open-zip = вибору архіву зданих робіт із платформи
lms-purpose-open-roster = вибору списку класу
lms-purpose-save-gradebook = збереження журналу оцінок для списку класу
lms-dialog-open-zip = Вибрати архів зі зданими роботами (.zip)
lms-dialog-open-roster = Вибрати список класу (CSV із Canvas або Moodle)
lms-dialog-save-gradebook = Зберегти журнал оцінок для імпорту
lms-filter-zip = Zip-архів

# Здані роботи або список класу, які не вдається прочитати; $reason пояснює чому.
lms-failure-download = Не вдається прочитати здані роботи: { $reason }

# Вкладка *Список класу* на сторінці результатів класу.
lms-tab-roster = Список класу
lms-roster-heading = Список класу
lms-roster-help = Список класу з твоєї платформи (Canvas: «Grades > Export»; Moodle: «Download grading worksheet»). З ним результати класу показують, хто нічого не здав, а журнал оцінок записується у власному форматі платформи.
lms-roster-button = Список класу…
lms-roster-hover = Вибери список класу, експортований із Canvas або Moodle, або CSV зі стовпцями імені та ідентифікатора
# $kind: Canvas, Moodle або CSV; $file: шлях до списку; $count: кількість учнів у ньому.
lms-roster-chosen = Список класу ({ $kind }) { $file }: { $count ->
    [one] { $count } учень
    [few] { $count } учні
    [many] { $count } учнів
   *[other] { $count } учня
}
lms-assignment = Стовпець завдання:
lms-missing-zero = Нездані роботи — 0 балів
lms-missing-zero-hover = Учні, які нічого не здали, отримують у журналі оцінок 0 замість порожньої оцінки
lms-gradebook-button = Журнал оцінок для списку класу…
lms-gradebook-hover = Файл самого списку класу із заповненими оцінками, готовий до імпорту на твою платформу
# $count: учні зі списку (родовий відмінок після «для»); $path: куди записано.
lms-gradebook-written = Журнал оцінок для { $count ->
    [one] { $count } учня
    [few] { $count } учнів
    [many] { $count } учнів
   *[other] { $count } учня
} записано в { $path }. Імпортуй його на свою платформу без змін.
lms-gradebook-not-written = Журнал оцінок не записано
lms-missing-heading = Нічого не здали ({ $count })
lms-missing-none = Усі зі списку щось здали.
# $name: учень, як його записано в списку; $note: що він здав натомість.
lms-missing-row-note = { $name }: { $note }
lms-unmatched-heading = Роботи, що не відповідають нікому зі списку ({ $count })
lms-unmatched-help = Вибери, якому учневі належить кожна робота; вибір запам’ятовується поруч з архівом.
# $name: введене ім’я; $lms: обліковий запис на платформі («Canvas user 5000»), може бути порожнім.
lms-unmatched-row = { $name } { $lms }
lms-unmatched-choose = Належить учневі…
lms-mismatches-heading = Імена, що відрізняються від імен на платформі ({ $count })
lms-late-heading = Здано із запізненням ({ $count })
lms-other-files-heading = Файли, що не є відповідями ({ $count })
lms-nothing-to-say = Вибери список класу, щоб побачити, хто нічого не здав.
# Позначка в таблиці учнів.
lms-flag-late = із запізненням
