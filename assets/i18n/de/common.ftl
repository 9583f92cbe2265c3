# The three labels, everywhere. `.badge` is the one letter drawn beside a highlight.

label-attribution = Quellenangabe
    .badge = Q
label-opinion = Meinung
    .badge = M
label-unsupported = Unbelegte Behauptung
    .badge = U

# The top bar's language menu (followed by the language's own name).
chrome-language = Sprache
