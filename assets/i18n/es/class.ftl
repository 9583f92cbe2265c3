# Resultados de la clase: una carpeta de respuestas de estudiantes puntuadas con la clave
# de una lección.

## Barra de herramientas

class-tab-students = Estudiantes
class-tab-items = Elementos de la clave
class-tab-figures = Confusiones y puntuaciones
class-tab-heat-map = Mapa de calor de la clase
class-projector = Proyector (texto grande, sin nombres)
class-gradebook = Libro de calificaciones:
class-gradebook-csv = CSV…
class-gradebook-canvas = Canvas…
class-gradebook-moodle = Moodle…
class-gradebook-hover = Guarda el libro de calificaciones para tu plataforma de aprendizaje
class-toolbar-source = { $folder } · { $title }
class-gradebook-written = Libro de calificaciones ({ $count ->
        [one] { $count } estudiante
       *[other] { $count } estudiantes
    }) guardado en { $path }

## Resumen encima de todas las pestañas

class-summary-answers = { $count ->
        [one] { $count } respuesta
       *[other] { $count } respuestas
    }
class-summary-mean-median = puntuación media { $mean }, mediana { $median }
    .hover = La puntuación media de la clase y la puntuación central cuando se ordenan las puntuaciones (la mitad de la clase sacó más y la otra mitad, menos). Las puntuaciones son sobre 100.
class-summary-benchmark = 70 es nivel experto
class-summary-reanchored = { $count ->
        [one] { $count } hecha sobre otra versión de la lección (reubicada)
       *[other] { $count } hechas sobre otra versión de la lección (reubicadas)
    }
class-summary-problems = { $count ->
        [one] { $count } archivo sin contar o contado con un aviso
       *[other] { $count } archivos sin contar o contados con un aviso
    }
class-summary-problem = { $file }: { $message }

## Pestaña Estudiantes

class-students-help = Las puntuaciones son sobre 100: 100 = exactamente la clave, 0 = nada en común. Pasa el ratón por el nombre de una columna para ver qué significa; haz clic para ordenar.
# Nombres de columna cortos: las columnas son estrechas.
class-column-student = Estudiante
    .hover = El nombre del estudiante (o el del archivo de respuesta). Haz clic en un nombre de la tabla para ver sus resaltados sobre la clave.
class-column-score = Puntuación
    .hover = Cuánto coinciden los resaltados del estudiante con la clave, con todas las etiquetas juntas (100 × F1): 100 = exactamente, 0 = nada en común. 70 es nivel experto.
class-column-attribution = F1 Atrib.
    .hover = F1 solo de Atribución: cuánto coinciden los resaltados de Atribución del estudiante con los de la clave. Combina encontrado (cuánto de los elementos de la clave ha resaltado) y preciso (cuánto de lo que ha resaltado está en la clave). 100 = exactamente, 0 = nada en común; – = nada que encontrar.
class-column-opinion = F1 Opin.
    .hover = F1 solo de Opinión: cuánto coinciden los resaltados de Opinión del estudiante con los de la clave. Combina encontrado (cuánto de los elementos de la clave ha resaltado) y preciso (cuánto de lo que ha resaltado está en la clave). 100 = exactamente, 0 = nada en común; – = nada que encontrar.
class-column-unsupported = F1 S/fuente
    .hover = F1 solo de Afirmación sin fuente: cuánto coinciden los resaltados Sin fuente del estudiante con los de la clave. Combina encontrado (cuánto de los elementos de la clave ha resaltado) y preciso (cuánto de lo que ha resaltado está en la clave). 100 = exactamente, 0 = nada en común; – = nada que encontrar.
class-column-passage = Fragmentos
    .hover = Fragmentos correctos, con cualquier etiqueta (F1 de fragmentos): cuánto ha acertado el estudiante con las palabras que marca la clave, aunque haya elegido otra etiqueta. 100 = las mismas palabras, 0 = nada en común.
class-column-statuses = Encontrados / en parte / equivocados / no encontrados
    .hover = Elementos de la clave que el estudiante ha encontrado (al menos la mitad resaltada con su etiqueta), encontrado en parte (menos de la mitad), resaltado con la etiqueta equivocada y no encontrado.
class-column-extra = Sobrantes
class-column-sort-hover = { $help } Haz clic para ordenar.
class-column-sorted-a-z = { $name } (A-Z)
class-column-sorted-z-a = { $name } (Z-A)
class-column-sorted-high = { $name } (mayor)
class-column-sorted-low = { $name } (menor)
class-column-flags = Avisos
class-flag-indiscriminate = sin criterio
class-flag-reanchored = reubicada
class-flag-unplaced = { $count } sin colocar
class-projector-student = Estudiante { $number }
class-student-row-hover = Mostrar los resaltados de este estudiante sobre la clave

## Resaltados de un estudiante, junto a la tabla

class-student-score = puntuación { $score }
    .hover = Cuánto coinciden los resaltados de este estudiante con la clave: 100 = exactamente, 0 = nada en común. 70 es nivel experto.
class-student-close = Cerrar
class-student-legend = Relleno: los resaltados del estudiante. Contorno: la clave.

## Pestaña Elementos de la clave

class-items-help = Elementos de la clave, del más difícil al más fácil: la proporción de estudiantes que encontró cada uno, lo encontró en parte, le puso otra etiqueta o no lo encontró.
class-item-quote = { $number }. «{ $quote }»
class-item-optional = opcional
class-item-shares = encontrado { $found } % · en parte { $partly } % · etiqueta equivocada { $wrong } % · no encontrado { $missed } %
    .hover = Encontrado: al menos la mitad del elemento resaltada con su etiqueta. En parte: menos de la mitad. Etiqueta equivocada: resaltado, pero con otra etiqueta. No encontrado: sin resaltar.
class-item-shares-instead = { $shares } · la mayoría lo marcó como { $label }

## Pestaña Confusiones y puntuaciones

class-confusion-heading = Qué etiquetas se confundieron
class-confusion-help = Caracteres, sumados en toda la clase. Filas: la clave; columnas: los estudiantes. Más oscuro: más.
class-confusion-attribution = atribución
class-confusion-opinion = opinión
class-confusion-unsupported = sin fuente
class-confusion-none = ninguna
class-confusion-cell = { $count ->
        [one] { $count } carácter
       *[other] { $count } caracteres
    }
class-scores-heading = Puntuaciones
class-histogram-score = puntuación
class-histogram-students = estudiantes
class-histogram-range = { $low }–{ $high }

## Pestaña Mapa de calor

class-heat-show = Mostrar:
class-heat-help = Más oscuro: más parte de la clase lo marcó con esta etiqueta. Contorno: los elementos de la clave con esta etiqueta.
