## Resultados de la comprobación de la clave (lista de problemas del taller; `newsmark check`).
## `level`, `instructions` y `source.licence` son nombres de campos y no se traducen.

check-no-level = el encabezado no tiene el campo level (1, 2 o 3)
check-no-instructions = el encabezado no tiene el campo instructions con las instrucciones para el estudiante
check-no-licence = el encabezado no tiene el campo source.licence: indica en qué condiciones se puede compartir el artículo
check-other-text-version = la clave se escribió sobre otra versión del texto (text_sha256 es distinto); los elementos se han vuelto a localizar por sus citas: revísalos y vuelve a guardar la clave
check-item = elemento { $number } (car. { $start }..{ $end } { $quote })
check-item-lost = el elemento { $number } ({ $quote }) ya no se encuentra en el texto; queda fuera de la puntuación hasta que lo vuelvas a colocar
check-item-moved = { $item } se ha movido: su cita ya no coincide con los car. { $start }..{ $end }; guarda la clave para actualizarlo
check-item-moved-roughly = { $item } se ha movido: su cita ya no coincide con los car. { $start }..{ $end } (coincidencia aproximada, { $edits ->
        [one] { $edits } letra distinta
       *[other] { $edits } letras distintas
    }); guarda la clave para actualizarlo
check-item-ragged = { $item } tiene límites irregulares: los fragmentos deben empezar y terminar en palabras completas, sin espacios ni signos de puntuación alrededor
check-item-no-rationale = { $item } no tiene justificación: explica en una frase por qué lleva la etiqueta { $label }
check-items-overlap = los elementos { $first } y { $second } tienen ambos la etiqueta { $label } y se solapan; la puntuación los fusiona, así que únelos o sepáralos

## El nivel del estudiante en palabras sencillas (perfil y biblioteca) y el motivo de la
## lección recomendada.

profile-model-attributions = atribuciones
    .start = Las atribuciones
    .count = { $count ->
        [one] { $count } atribución
       *[other] { $count } atribuciones
    }
profile-model-opinion-words = palabras de opinión
    .start = Las palabras de opinión
    .count = { $count ->
        [one] { $count } palabra de opinión
       *[other] { $count } palabras de opinión
    }
profile-model-unsupported-assertions = afirmaciones sin fuente
    .start = Las afirmaciones sin fuente
    .count = { $count ->
        [one] { $count } afirmación sin fuente
       *[other] { $count } afirmaciones sin fuente
    }

profile-model-reliable-one = Encuentras las { $labels } con seguridad.
profile-model-reliable-two = Encuentras las { $first } y las { $second } con seguridad.
profile-model-reliable-three = Encuentras las { $first }, las { $second } y las { $third } con seguridad.
profile-model-weakest = { $labels } son las que más se te escapan (F1 { $score }): practícalas a continuación.

profile-model-mix-up = { $mistake } ({ $count ->
        [one] { $count } elemento
       *[other] { $count } elementos
    }).
profile-model-mix-up-attribution-as-unsupported = Sueles marcar como afirmación sin fuente enunciados que sí tienen fuente; una fuente con nombre o concreta con un verbo declarativo es atribución, aunque la afirmación parezca dudosa
profile-model-mix-up-attribution-as-opinion = Sueles marcar como opinión una fuente y su verbo declarativo; quién lo dijo es atribución, y solo un verbo cargado aporta además opinión
profile-model-mix-up-opinion-as-attribution = Sueles marcar como atribución las palabras valorativas de una fuente; la fuente y el verbo son atribución, las palabras cargadas dentro de la cita son opinión
profile-model-mix-up-opinion-as-unsupported = Sueles marcar como afirmación sin fuente palabras valorativas; un punto de vista que no se puede demostrar verdadero ni falso es opinión
profile-model-mix-up-unsupported-as-attribution = Sueles tomar por atribución fuentes vagas («dicen los críticos», «los estudios demuestran»); una fuente que ningún lector puede identificar es una afirmación sin fuente
profile-model-mix-up-unsupported-as-opinion = Sueles marcar como opinión datos sin fuente; una afirmación que podría comprobarse pero no tiene fuente es una afirmación sin fuente

profile-model-reason-weakest-items = Las { $labels } son las que más se te escapan; esta lección tiene { $count } y aún no la has hecho.
profile-model-reason-weakest = Las { $labels } son las que más se te escapan; esta lección las practica y aún no la has hecho.
profile-model-reason-untried = Aún no has hecho esta lección.
profile-model-reason-start-items = Una buena lección para empezar: aún no la has hecho y tiene { $items } por encontrar.
profile-model-reason-start = Una buena lección para empezar: aún no la has hecho.
profile-model-reason-your-level = Está a tu nivel ({ $level }).
profile-model-reason-step-up = Es un paso más: nivel { $level }.
profile-model-reason-easier = Es de nivel { $level }, más fácil.
profile-model-reason-weak-skill = También practica { $skill }, una de las habilidades en las que más fallas.
profile-model-reason-try-again = Ya has hecho todas las lecciones; tu mejor puntuación aquí es { $score }, la más baja: vuelve a intentarlo.
profile-model-items-two = { $first } y { $second }
profile-model-items-three = { $first }, { $second } y { $third }

# Fechas del gráfico del perfil (UTC).
profile-model-month = { $month ->
        [1] ene
        [2] feb
        [3] mar
        [4] abr
        [5] may
        [6] jun
        [7] jul
        [8] ago
        [9] sept
        [10] oct
        [11] nov
       *[12] dic
    }
profile-model-date = { $day } { $month } { $year }
profile-model-day-and-time = { $day } { $month } { $time }

## Práctica enfocada.

focus-model-position = Párrafo { $number } de { $total }

## Cifras de la clase. El comentario es la última columna de los libros de calificaciones.

class-model-comment = Elementos de la clave encontrados: { $found } de { $total }; en parte: { $partly }; con etiqueta equivocada: { $wrong }; no encontrados: { $missed }.
class-model-comment-indiscriminate = Aviso: resaltó más o menos tanto como resaltaría el azar (sin criterio).
class-model-comment-unplaced = { $count ->
        [one] { $count } resaltado no se pudo colocar en el texto actual y quedó fuera.
       *[other] { $count } resaltados no se pudieron colocar en el texto actual y quedaron fuera.
    }
class-model-item-found = encontrado
class-model-item-partly-found = encontrado en parte
class-model-item-wrong-label = etiqueta equivocada
class-model-item-missed = no encontrado
class-model-highlight-matches-key = coincide con la clave
class-model-highlight-wrong-label = etiqueta equivocada
class-model-highlight-not-in-key = no está en la clave

## Problemas con archivos. Casi todos se muestran tras la ruta del archivo y dos puntos;
## empiezan en minúscula.

store-file-problem = { $path }: { $problem }
store-not-found = no existe ese archivo o carpeta
store-is-a-folder = es una carpeta, no un archivo
store-link-loop = un enlace de aquí lleva de vuelta a { $folder }, que ya se está recorriendo; se omite
store-too-large = el archivo ocupa { $size } bytes, más que el límite de { $limit } bytes; divide el artículo en lecciones más pequeñas
store-not-utf8 = línea { $line }, columna { $column }: el archivo no es UTF-8 válido; guárdalo como texto UTF-8
store-json = línea { $line }, columna { $column }: { $message }
store-newer-version = la versión de formato { $found } es más reciente que la que lee este programa ({ $reads }); actualiza newsmark para abrirlo
store-not-a-lesson = no es una lección: se esperaba un archivo .md o .txt
store-too-many-spans = tiene { $count } fragmentos, más que el límite de { $limit }; divide el artículo en lecciones más pequeñas
store-too-many-answer-files = tiene { $count } archivos de respuesta, más que el límite de { $limit }; reparte la clase en varias carpetas
store-too-many = tiene { $count } { $what }, más que el límite de { $limit }; { $advice }
store-spans-unusable = sus fragmentos no se pueden usar
store-not-json = no se puede escribir como JSON
store-not-csv = no se puede escribir como CSV
store-not-made-into-lesson = no se puede convertir en una lección
# attribution, opinion y unsupported se escriben así en los archivos: no se traducen.
store-unknown-label = etiqueta desconocida { $label }: las etiquetas son attribution, opinion y unsupported

store-cannot-read = no se puede leer
store-cannot-list = no se puede listar
store-cannot-write = no se puede escribir
store-cannot-remove = no se puede eliminar
store-cannot-replace = no se puede reemplazar
store-cannot-create-folder = no se puede crear la carpeta
store-cannot-create-temporary = no se puede crear un archivo temporal junto a él
store-cannot-sync-folder = no se puede sincronizar la carpeta que lo contiene
store-cannot-remove-stale = no se puede eliminar el archivo temporal sobrante
store-cannot-finish-csv = no se puede terminar el CSV

store-io-not-found = no existe ese archivo o carpeta
store-io-permission-denied = no tienes permiso
store-io-not-a-folder = una parte de la ruta es un archivo, no una carpeta
store-io-is-a-folder = es una carpeta, no un archivo
store-io-already-exists = ya existe
store-io-disk-full = el disco está lleno
store-io-read-only = el disco es de solo lectura
store-io-timed-out = el disco no respondió a tiempo

store-import-empty = el archivo está vacío
store-import-binary = el archivo no es texto (parece un archivo binario)
store-import-no-article = no se encontró ningún artículo en esta página (¿es un artículo de noticias guardado?)
store-import-too-large = el artículo ocupa { $size } bytes, más que el límite de { $limit } bytes
store-import-not-a-lesson = el artículo no se puede leer como lección
store-import-details-unwritable = no se pueden escribir los datos de la lección: { $reason }
