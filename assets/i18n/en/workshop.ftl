# The instructor's workshop (authoring a lesson): the toolbar, the details form, the article
# editor with its preview, the answer key editor with the key checker and the suggestion
# assistant, and the messages they give.

## Toolbar

# The workshop's three tabs.
workshop-tab-details = Details
workshop-tab-article = Article
workshop-tab-key = Answer key
workshop-save-button = Save
workshop-save-hover = Save the lesson and its key (into your lessons folder for a new lesson)
workshop-save-as-button = Save as…
workshop-export-key-button = Export key…
# The formats the key can be exported in: names and file extensions stay as they are.
workshop-export-key-hover = W3C Web Annotation (.jsonld), brat (.ann) or newsmark (.json)

# Whether the lesson is saved, beside the toolbar's buttons.
workshop-status-unsaved = unsaved changes
# $path: the lesson's file.
workshop-status-saved = saved: { $path }
# "Save" is the toolbar's button; "My lessons" is the library's list of the instructor's lessons.
workshop-status-bundled = a bundled lesson: Save keeps your copy in My lessons
workshop-status-not-saved = not saved yet

## Details tab

workshop-details-heading = Lesson details
workshop-details-intro = Students see the title, source and instructions above the article; the library shows level, skills and minutes.

# The details form's fields: the name beside each field (also the screen reader's name for
# it, and used in the messages about a field that cannot be used). `.hint` is shown greyed in
# the empty field; `.expected` says what a field takes when what is typed cannot be used.
workshop-field-title = Title
    .hint = The article's headline
workshop-field-summary = Summary
    .hint = One or two sentences for the library
workshop-field-outlet = Outlet
    .hint = Newspaper or website
workshop-field-author = Author
# The hint is an example date.
workshop-field-date = Date
    .hint = 2026-11-29
workshop-field-url = Web address
    .hint = Where it was published
workshop-field-licence = Licence
    .hint = e.g. used in class under fair use; CC BY 4.0
workshop-field-level = Level
    .expected = 1, 2 or 3
workshop-field-skills = Skills
    .hint = attribution, vague sourcing, …
# The hint is an example number of minutes.
workshop-field-minutes = Minutes
    .hint = 20
    .expected = a whole number, e.g. 20
workshop-field-instructions = Instructions
    .hint = What should the student do?
# "en, es" and "en, es, fr" are language codes: they stay as they are.
workshop-field-language = Language
    .hint = en, es (guessed when empty)
    .expected = a two-letter code such as en, es, fr

# The level buttons: no level, then levels 1 to 3.
workshop-level-none = none
workshop-level-easy = 1 easy
workshop-level-medium = 2
workshop-level-hard = 3 hard

# Under a field that cannot be used. $field: the field's name; $expected: what it takes
# (a field's `.expected` above).
workshop-detail-error = { $field }: { $expected }
# One field in workshop-save-details-invalid. $field: the field's name; $expected: what it takes.
workshop-detail-should-be = { $field } should be { $expected }
# $problems: one or more workshop-detail-should-be, separated by "; ".
workshop-save-details-invalid = The lesson was not saved: on the Details tab, { $problems }.

## Article tab

workshop-article-heading = Article
workshop-apply-button = Apply changes
workshop-apply-hover = Read the edited article and find the key items again on it
# The Markdown signs (#, >, *…*) stay as they are.
workshop-article-help = Paste or write the article here (Markdown: blank lines between paragraphs, # for headings, > for quotes, *emphasis*). The preview shows what students will see.
workshop-article-hint = Paste the article here
# The screen reader's name for the Markdown editor.
workshop-article-text-name = Article text
# In messages about a pasted or imported article (which has no file name yet), in place of
# a file name: "article: …".
workshop-pasted-article-name = article

# Key items that could not be found again after the article was edited. $count: how many.
workshop-orphans-heading = Items to place again ({ $count })
# "Answer key" is the tab; "Place here" the button beside each item.
workshop-orphans-help = These key items could not be found in the edited article. Select the words in the article (Answer key tab) and press "Place here", or delete them.
workshop-place-here-button = Place here
workshop-delete-button = Delete
# Words quoted from the article. $quote: the words.
workshop-quote = “{ $quote }”

## Answer key tab

# Above the instructions when the article is previewed as the student sees it (as on the
# student's lesson page).
workshop-student-task = Your task
workshop-preview-student = Preview as student
workshop-preview-student-hover = The article as students see it before they check: no key
workshop-key-items = Key items:
# Beside each label's badge: how many key items have that label. $label: the label's short name.
workshop-key-item-count = { $count } { $label }
workshop-add-item-help = Select words in the article and press 1, 2 or 3 (or the buttons) to add an item.
# A button that gives the selected words a label. $digit: its key (1, 2 or 3);
# $label: the label's short name.
workshop-label-button = { $digit } { $label }
workshop-undo-button = Undo
workshop-redo-button = Redo
workshop-selected-item = Selected item
workshop-rationale-hint = Why this label? Students read this after they check.
# The screen reader's name for the selected item's rationale field.
workshop-rationale-name = Rationale
workshop-optional-check = Optional (debatable): earns credit when found, costs nothing when missed
workshop-delete-item-button = Delete item
workshop-all-items = All items
# Beside an item in the list of all items.
workshop-no-rationale = no rationale

# The key checker.
workshop-checker-heading = Key checker
workshop-check-button = Check key
workshop-check-hover = Overlaps, ragged boundaries, missing rationales, moved items, phrases labelled differently in other keys
workshop-not-checked = Not checked since the last change.
workshop-no-problems = No problems found.
# On a finding about one item: clicking it selects the item.
workshop-select-item-hover = Select this item

# The suggestion assistant.
workshop-suggestions-heading = Suggestions
workshop-suggest-button = Suggest items
workshop-suggest-again-button = Suggest again
workshop-suggest-hover = Word-list rules propose candidate items; nothing enters the key until you accept it
workshop-no-suggestions = No suggestions left.
# "Enter" and "Backspace" are keys on the keyboard.
workshop-suggestions-keys = Enter accepts, Backspace rejects, arrows move (when no text field has focus).
# A word-list rule and how many suggestions it made. $rule: the rule's name; $count: how many.
workshop-rule-count = { $rule } ({ $count })
workshop-accept-all-button = Accept all
workshop-reject-all-button = Reject all
workshop-accept-button = Accept
workshop-reject-button = Reject

## The key checker's findings (beside the checker)

# One key's labels for a phrase. $labels: the label names, joined with " + "; $key: the
# lesson file the key belongs to.
workshop-check-labels-in-key = { $labels } in { $key }
# $phrase: the phrase, in quotation marks; $keys: one or more workshop-check-labels-in-key,
# separated by "; ".
workshop-check-labelled-differently = the phrase { $phrase } is labelled differently across keys: { $keys }; if that is right, say why in the rationale
# An item kept aside after the article changed. $quote: its words, in quotation marks;
# $label: its label's name.
workshop-check-orphan = { $quote } ({ $label }) could not be found in the edited article: place it again or delete it

## Messages (notices and errors)

# After the edited article is applied. $moved: how many key items moved.
workshop-article-changed = The article changed: { $moved } key item(s) were found at their new place.
# As workshop-article-changed, and $orphans: how many items could not be found ("Items to
# place again" is the list's heading, workshop-orphans-heading).
workshop-article-changed-orphans = The article changed: { $moved } key item(s) were found at their new place; { $orphans } could not be found and are listed under "Items to place again".
# $error: why.
workshop-key-items-unplaceable = The key items cannot be placed: { $error }
# "Place here" is the button beside an item to place again.
workshop-place-first = Select the words in the article first, then press "Place here".
# $error: which list and why.
workshop-word-list-unusable = A suggestion word list cannot be used: { $error }
workshop-save-unreadable-article = The article cannot be saved until it can be read; see the Article tab.
workshop-save-no-title = Give the lesson a title before saving (Details).
workshop-save-in-progress = The lesson is being saved; it gets its file name in a moment.
# "Save as…" is the toolbar's button.
workshop-save-no-free-name = The lesson was not saved: no free file name was found in your lessons folder; try "Save as…".
# $path: the lesson's file; $count: how many items the key has; $key_path: the key's file.
workshop-saved = Saved the lesson to { $path } and its key ({ $count } item(s)) to { $key_path }
# As workshop-saved, and $orphans: how many items still to place again were left out.
workshop-saved-with-orphans = Saved the lesson to { $path } and its key ({ $count } item(s)) to { $key_path }; { $orphans } item(s) still to place again are not in the saved key
# $error: why. "Save as…" is the toolbar's button.
workshop-save-failed = The lesson was not saved: { $error }. Your work is still in the workshop; try "Save as…".
# $path: the exported file.
workshop-exported-key = Exported the key to { $path }

## Told to the student when a lesson opens (its key and autosaved answer are read)

# $error: why.
workshop-load-key-unusable = The answer key cannot be used, so this lesson can be highlighted but not checked: { $error }
# $path: the autosave file; $error: why.
workshop-load-autosave-unplaceable = Your autosaved answer could not be placed on this lesson; it is left as it is in { $path }: { $error }
# $error: why.
workshop-load-autosave-unreadable = Your autosaved answer could not be read; it is left as it is: { $error }
# An autosave whose highlights could not all be placed is copied aside. $note: the sentence
# before, which says what could not be placed; $error: why.
workshop-load-copy-unreadable = { $note } Your earlier answer could not be copied aside: { $error }
# $note: as above; $path: the copy.
workshop-load-copy-kept = { $note } A copy of your earlier answer is kept in { $path }
# $note: as above; $error: why; $path: the autosave file.
workshop-load-copy-not-kept = { $note } A copy of your earlier answer could not be kept: { $error }. The autosave is left as it is in { $path } until you change the answer.
workshop-accept-all-name = { $count ->
    [one] Accept the one suggestion of { $rule }
   *[other] Accept all { $count } suggestions of { $rule }
}
workshop-reject-all-name = { $count ->
    [one] Reject the one suggestion of { $rule }
   *[other] Reject all { $count } suggestions of { $rule }
}
# $label: the suggested label's name; $quote: the suggested words; $rule: the rule's id.
workshop-suggestion-name = { $label } suggested: “{ $quote }” ({ $rule })
# $quote: the suggested words, already in quotation marks.
workshop-accept-name = Accept { $quote }
workshop-reject-name = Reject { $quote }
