# Las tres etiquetas, en todas partes. `.badge` es la letra que se dibuja junto a un
# resaltado para que el color nunca sea la única pista.

label-attribution = Atribución
    .badge = A
label-opinion = Opinión
    .badge = O
label-unsupported = Afirmación sin fuente
    .badge = S

# El menú de idioma de la barra superior (seguido del nombre propio del idioma).
chrome-language = Idioma
