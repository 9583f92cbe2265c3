# Las páginas del estudiante: perfil de habilidades, práctica enfocada y las explicaciones
# de cada cifra (puntuación, encontrado, preciso, F1).


## Explicaciones de las cifras. «F1», «encontrado» y «preciso» son los nombres que muestran
## las páginas; 70 es la referencia de la guía docente.

words-benchmark = Los anotadores expertos coinciden en torno a 70.
words-benchmark-hover = Dos personas cuidadosas que marcan por separado el mismo artículo de noticias suelen coincidir en torno a 70-75 sobre 100. Por eso 70 es nivel experto: nadie espera que saques 100.
words-score = Cuánto coinciden tus resaltados con la clave: 100 = exactamente, 0 = nada en común.
words-score-hover = Tu puntuación compara tus resaltados con la clave, etiqueta por etiqueta. Sumas puntos por las palabras de la clave que has encontrado con la etiqueta correcta y pierdes puntos por resaltar palabras que la clave no marca. 100 = exactamente la clave, 0 = nada en común.
words-found = Encontrado (exhaustividad): cuánto de lo que la clave marca con esta etiqueta has resaltado con esta etiqueta. 100 % = lo has encontrado todo.
words-precise = Preciso (precisión): cuánto de lo que has resaltado con esta etiqueta marca también la clave con esta etiqueta. 100 % = nada de lo que has resaltado estaba fuera de lugar.
words-f1 = F1: encontrado y preciso combinados en un solo número para esta etiqueta. 100 = tus resaltados coinciden exactamente con la clave, 0 = nada en común.
words-table-help = encontrado: cuánto de la clave has resaltado · preciso: cuánto de lo que has resaltado está también en la clave · F1: ambos juntos, 100 = exactamente, 0 = nada en común
words-passage = Fragmentos correctos, con cualquier etiqueta (F1 de fragmentos): cuánto has acertado con las palabras importantes, aunque hayas elegido otra etiqueta. 100 = las mismas palabras que la clave, 0 = nada en común.
words-passage-help = Igual que la puntuación, pero una etiqueta equivocada también cuenta: ¿has encontrado las palabras correctas?
words-nothing-to-find = La clave no marca nada con esta etiqueta y tú no has resaltado nada con ella: no había nada que encontrar.
words-status-counts = Encontrado: has resaltado al menos la mitad del elemento con su etiqueta. Encontrado en parte: menos de la mitad. Etiqueta equivocada: lo has resaltado, pero con otra etiqueta. No encontrado: no lo has resaltado.
words-covered = Qué parte de las palabras de este elemento has resaltado con su etiqueta. La mitad o más cuenta como encontrado.
words-best = Tu mejor puntuación en esta lección hasta ahora y cuántas veces la has comprobado.
words-attempts = Tu puntuación en cada comprobación de esta lección, de la primera a la última.
words-extra = Sobrantes: los resaltados del estudiante que no se solapan con ningún elemento de la clave. Unos pocos pueden ser una lectura razonable que vale la pena comentar; muchos sugieren que adivina o resalta demasiado.


## Perfil de habilidades.

profile-back = Volver a la biblioteca
profile-heading = Tu perfil de habilidades
profile-empty = Comprueba una lección para empezar tu perfil.
profile-f1-value = F1 { $f1 }
profile-label-f1-hover = F1: cuánto coinciden con la clave tus resaltados con esta etiqueta, encontrado y preciso juntos, de media en tus lecciones. 100 = exactamente, 0 = nada en común. 70 es nivel experto.
profile-over-lessons = { $count ->
    [one] en { $count } lección
   *[other] en { $count } lecciones
}
profile-over-lessons-hover = Cuántas lecciones con esta etiqueta has comprobado; cuenta tu última comprobación de cada una.
profile-by-skill = Por habilidad, de la más floja a la más fuerte
profile-by-skill-hover = Tu puntuación en las lecciones que practican cada habilidad (las que aparecen bajo cada lección en la biblioteca); cuenta el último intento de cada lección.
profile-skill-f1-hover = Tu puntuación en las lecciones que practican esta habilidad: 100 = tus resaltados coinciden exactamente con la clave, 0 = nada en común. 70 es nivel experto.

## Gráfico de F1 intento a intento.

profile-chart-caption = F1 intento a intento:
profile-chart-caption-hover = F1 en cada comprobación, por etiqueta o para una habilidad: cuánto coinciden tus resaltados con la clave. 100 = exactamente, 0 = nada en común. 70 es nivel experto.
profile-chart-per-label = por etiqueta
profile-chart-point = { $series }
    comprobado el { $date }
    F1 { $f1 }
profile-chart-x-axis = fecha de comprobación (UTC)
profile-chart-y-axis = F1

## Acciones al pie del perfil.

profile-focus-caption = Práctica enfocada, párrafo a párrafo:
profile-practise-label = Practicar { $label }
profile-export = Exportar como CSV…
profile-export-hover = Todos los intentos comprobados, para tu portafolio
profile-reset-warning = Restablecer borra todos los intentos y puntuaciones.
profile-reset-confirm = Sí, restablecer
profile-reset-keep = Conservarlo
profile-reset = Restablecer perfil…
profile-exported = Tu perfil se ha exportado a { $path }


## Práctica enfocada: una etiqueta, párrafo a párrafo.

focus-back = Volver a la biblioteca
focus-heading = Práctica enfocada: { $label }
focus-label-button = { $key }  { $label }
focus-label-hover = Etiquetar la selección como { $label } (tecla { $key })
focus-delete = Borrar resaltado
focus-delete-hover = Borrar el resaltado seleccionado (tecla Supr)
focus-tally = { $found } de { $items ->
        [one] { $items } elemento encontrado
       *[other] { $items } elementos encontrados
    } · { $extra ->
        [one] { $extra } resaltado que no está en la clave
       *[other] { $extra } resaltados que no están en la clave
    }
focus-progress = { $position } · { $tally }
focus-session-done = { $count ->
    [one] Sesión terminada: { $count } párrafo.
   *[other] Sesión terminada: { $count } párrafos.
}
focus-again = Practicar otra vez
focus-again-hover = Otra sesión de { $label }
focus-profile = Tu perfil de habilidades…
focus-from-untried = Aún no has comprobado ninguna lección con { $labels }, así que estos párrafos vienen de lecciones que no has hecho, y su retroalimentación muestra parte de las respuestas de esas lecciones. Comprueba antes una lección para practicar con las que ya conoces.
# $label: nombre de la etiqueta en minúscula (las tres son femeninas).
focus-instructions = Marca cada { $label } de este párrafo (selecciónala y pulsa { $key } o el botón de abajo), o ninguna si no hay; después, comprueba.
focus-from-lesson = De «{ $title }»
focus-check = Comprobar este párrafo
focus-none-needed = Este párrafo no tiene ninguna: no había nada que marcar.
focus-none-right = Correcto: este párrafo no tiene ninguna.
focus-score = Puntuación: { $score }
focus-finish = Terminar la sesión
focus-next = Siguiente párrafo
focus-quote = «{ $quote }»
focus-optional = opcional: discutible, no resta nada
focus-extra-highlight = «{ $quote }»: en la clave no es { $label }. Pregúntate: { $kind ->
        [attribution] ¿a quién se atribuyen estas palabras?
        [opinion] ¿la palabra valora o solo informa?
       *[unsupported] ¿hay alguna fuente para esta afirmación?
    }
