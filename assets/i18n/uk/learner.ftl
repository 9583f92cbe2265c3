# The learner's pages: the skills profile, focus practice, and the plain words that explain
# every figure (score, found, precise, F1) on the feedback, class results and profile.


## Plain words for figures (hovers and lines of help). "F1", "found" and "precise" are the
## names the pages show for the figures; 70 is the benchmark from the teacher guide.

# Shown next to the score.
words-benchmark = Досвідчені анотатори збігаються приблизно на 70.
# Hover on the benchmark.
words-benchmark-hover = Двоє уважних людей, які розмічають ту саму новинну статтю незалежно одне від одного, зазвичай збігаються приблизно на 70–75 зі 100. Тож 70 — це рівень експерта: ніхто не очікує від тебе 100.
# A line of help under the score.
words-score = Наскільки твої виділення збіглися з ключем: 100 = точно як у ключі, 0 = жодного збігу.
# Hover on the score.
words-score-hover = Результат порівнює твої виділення з ключем, мітку за міткою. Бали нараховуються за слова з ключа, знайдені з правильною міткою, і знімаються за виділені слова, яких ключ не позначає. 100 = точно як у ключі, 0 = жодного збігу.
# Hover on the "found" figure (recall).
words-found = Знайдено (повнота): яку частину того, що ключ позначає цією міткою, ти виділяєш саме цією міткою. 100% = знайдено все.
# Hover on the "precise" figure (precision).
words-precise = Точність: яку частину твоїх виділень із цією міткою ключ теж позначає цією міткою. 100% = жодне твоє виділення не пройшло повз ціль.
# Hover on a label's F1.
words-f1 = F1: «знайдено» й «точність», поєднані в одне число для цієї мітки. 100 = твої виділення точно збіглися з ключем, 0 = жодного збігу.
# The line of help under the per-label table.
words-table-help = знайдено: яку частину ключа ти виділяєш · точність: яка частина твоїх виділень є і в ключі · F1: обидва разом, 100 = точно, 0 = жодного збігу
# Hover on the passage figure, shown as "Right passages, any label".
words-passage = Правильні фрагменти, будь-яка мітка (F1 фрагментів): наскільки добре знайдено важливі слова, навіть якщо мітку вибрано іншу. 100 = ті самі слова, що й у ключі, 0 = жодного збігу.
# The line of help under the passage figure.
words-passage-help = Те саме, що й результат, але хибна мітка теж зараховується: чи знайдено правильні слова?
# Hover on a label the key has nothing for.
words-nothing-to-find = Ключ нічого не позначає цією міткою, і в тебе з нею немає виділень: шукати не було чого.
# Hover on the counts of the key's items by status.
words-status-counts = Знайдено: щонайменше половину елемента виділено його міткою. Частково знайдено: менше половини. Хибна мітка: виділено, але іншою міткою. Пропущено: не виділено.
# Hover on how much of a partly found item was highlighted.
words-covered = Яку частину слів цього елемента виділено його міткою. Половина або більше — це вже «знайдено».
# Hover on the best score and the number of attempts.
words-best = Твій найкращий результат у цьому уроці на цей момент і кількість перевірок.
# Hover on the list of attempts' scores.
words-attempts = Твій результат на кожній перевірці цього уроку, від першої до останньої.
# Hover on the "Extra" column of the class results (the teacher reads it).
words-extra = Зайві: виділення учня, що не перетинаються з жодним елементом ключа. Кілька таких можуть бути слушним прочитанням, яке варто обговорити; багато — ознака вгадування або надмірного виділення.


## The skills profile page.

profile-back = До бібліотеки
profile-heading = Твій профіль навичок
# Shown instead of the profile in words before any lesson has been checked.
profile-empty = Перевір будь-який урок, і тут з’явиться твій профіль.
# A label's or a skill's F1 as a whole number out of 100: "F1 62".
profile-f1-value = F1 { $f1 }
# Hover on a label's F1.
profile-label-f1-hover = F1: наскільки добре твої виділення з цією міткою збігаються з ключем — «знайдено» й «точність» разом, у середньому за твоїми уроками. 100 = точно, 0 = жодного збігу. 70 — рівень експерта.
# Beside a label's or a skill's F1: how many lessons it is averaged over.
profile-over-lessons = { $count ->
    [one] за { $count } урок
    [few] за { $count } уроки
    [many] за { $count } уроків
   *[other] за { $count } уроку
}
profile-over-lessons-hover = Скільки перевірених уроків мають цю мітку; враховується твоя остання перевірка кожного з них.
# Caption of the list of skills (the tags of the lessons), the weakest first.
profile-by-skill = За навичками, від найслабшої
profile-by-skill-hover = Твій результат в уроках, що тренують кожну навичку (теги під кожним уроком у бібліотеці); враховується остання спроба кожного уроку.
# Hover on a skill's bar.
profile-skill-f1-hover = Твій результат в уроках, що тренують цю навичку: 100 = твої виділення точно збіглися з ключем, 0 = жодного збігу. 70 — рівень експерта.

## The chart of F1 attempt by attempt.

# Caption before the menu that picks what the chart shows.
profile-chart-caption = F1 від спроби до спроби:
profile-chart-caption-hover = F1 на кожній перевірці, за мітками або для однієї навички: наскільки твої виділення збіглися з ключем. 100 = точно, 0 = жодного збігу. 70 — рівень експерта.
# The choice in that menu that shows one line per label (the others are skill tags).
profile-chart-per-label = за мітками
# Hover on a point of the chart: $series is the label or skill, $date the date and time
# it was checked, $f1 the F1 as a whole number out of 100.
profile-chart-point = { $series }
    перевірено { $date }
    F1 { $f1 }
profile-chart-x-axis = дата перевірки (UTC)
profile-chart-y-axis = F1

## Actions at the foot of the profile.

profile-focus-caption = Прицільне тренування, абзац за абзацом:
# A button per label ($label is its short name: "Attribution", "Opinion", "Unsupported").
profile-practise-label = Тренування: { $label }
profile-export = Експортувати в CSV…
profile-export-hover = Усі перевірені спроби — для твого портфоліо
# Shown after "Reset profile…" was pressed once, with the two buttons below.
profile-reset-warning = Скидання видалить усі спроби й результати.
profile-reset-confirm = Так, скинути
profile-reset-keep = Залишити
profile-reset = Скинути профіль…
# A notice once the CSV is written; $path is the file.
profile-exported = Твій профіль експортовано у файл { $path }


## Focus practice: one label, paragraph by paragraph.

focus-back = До бібліотеки
# $label is the name of the label practised.
focus-heading = Прицільне тренування: { $label }
# The label's button: $key is the digit that labels from the keyboard, $label the label's
# short name ("1  Attribution", two spaces, as in the lesson's toolbar).
focus-label-button = { $key }  { $label }
focus-label-hover = Позначити виділене як «{ $label }» (клавіша { $key })
focus-delete = Видалити виділення
focus-delete-hover = Видалити вибране виділення (клавіша Delete)
# The running tally: items of the key found, and highlights the key does not have. The
# page starts it with a capital letter where it begins a line.
focus-tally = знайдено { $found } з { $items ->
        [one] { $items } елемента
        [few] { $items } елементів
        [many] { $items } елементів
       *[other] { $items } елемента
    } · { $extra ->
        [one] { $extra } виділення, якого немає в ключі
        [few] { $extra } виділення, яких немає в ключі
        [many] { $extra } виділень, яких немає в ключі
       *[other] { $extra } виділення, яких немає в ключі
    }
# Under the heading: $position is "Paragraph 2 of 10", $tally the running tally above.
focus-progress = { $position } · { $tally }
# The end of a session.
focus-session-done = { $count ->
    [one] Тренування завершено: { $count } абзац.
    [few] Тренування завершено: { $count } абзаци.
    [many] Тренування завершено: { $count } абзаців.
   *[other] Тренування завершено: { $count } абзацу.
}
focus-again = Тренуватися ще
# $label is the name of the label practised.
focus-again-hover = Ще одне тренування: «{ $label }»
focus-profile = Твій профіль навичок…
# $labels is what the label marks, in the plural ("attributions", "opinion words",
# "unsupported assertions").
focus-from-untried = Серед твоїх перевірених уроків ще немає таких, де є { $labels }, тож ці абзаци взято з нових для тебе уроків, і відгук на них розкриває частину відповідей цих уроків. Щоб тренуватися на знайомих уроках, спершу перевір якийсь урок.
# $label is the label's name in lower case ("opinion"), $key the digit that labels.
focus-instructions = Познач у цьому абзаці все, що належить до категорії «{ $label }» (виділи й натисни { $key } або кнопку нижче), або нічого, якщо такого немає; потім перевір.
# Where the paragraph comes from: $title is the lesson's title.
focus-from-lesson = З уроку «{ $title }»
focus-check = Перевірити абзац
# After checking a paragraph that has nothing for the label, with and without highlights.
focus-none-needed = У цьому абзаці такого немає: нічого не треба було позначати.
focus-none-right = Правильно: у цьому абзаці такого немає.
# $score is out of 100.
focus-score = Результат { $score }
focus-finish = Завершити тренування
focus-next = Наступний абзац
# A quotation of the paragraph's words.
focus-quote = «{ $quote }»
# Under an optional item of the key that was not found.
focus-optional = необов’язковий: спірний, пропуск нічого не коштує
# A highlight the key does not have: $quote is its words, $label the label's name in lower
# case, and the question depends on the label ($kind is attribution, opinion or unsupported).
focus-extra-highlight = «{ $quote }»: у ключі це не «{ $label }». Запитай себе: { $kind ->
        [attribution] кому приписують ці слова?
        [opinion] це слово оцінює чи лише повідомляє?
       *[unsupported] чи є в цього твердження джерело?
    }
