# The three labels, everywhere. `.badge` is the one letter drawn beside a highlight so that
# colour is never the only cue: the first letter of the name, told apart from the others.

label-attribution = Атрибуція
    .badge = А
label-opinion = Думка
    .badge = Д
label-unsupported = Необґрунтоване твердження
    .badge = Н

# The top bar's language menu (followed by the language's own name).
chrome-language = Мова
