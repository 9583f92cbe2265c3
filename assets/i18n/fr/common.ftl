# The three labels, everywhere. `.badge` is the one letter drawn beside a highlight so that
# colour is never the only cue: the first letter of the name, told apart from the others.

label-attribution = Attribution
    .badge = A
label-opinion = Opinion
    .badge = O
label-unsupported = Affirmation non sourcée
    .badge = N

# The top bar's language menu (followed by the language's own name).
chrome-language = Langue
