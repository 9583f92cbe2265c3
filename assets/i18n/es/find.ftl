# Búsqueda y filtros de la biblioteca.

library-search = Buscar lecciones
library-search-hint = Título, resumen, habilidad, medio…
# Un filtro sin valor: todas las lecciones.
library-filter-any = Cualquiera
library-filter-level = Nivel:
library-filter-language = Idioma:
library-filter-class = Clase:
library-filter-tried = Intentos:
library-filter-tried-yes = Con intentos
library-filter-tried-no = Sin intentar
library-filter-key = Clave:
library-filter-key-yes = Con clave
library-filter-key-no = Sin clave
library-filter-clear = Mostrar todas
# $shown lecciones coinciden con la búsqueda y los filtros, de $total.
library-filter-count = { $shown } de { $total ->
        [one] { $total } lección
       *[other] { $total } lecciones
    }
library-filter-none = Ninguna lección coincide. Prueba con menos palabras o pulsa «Mostrar todas».

# Leyenda del mapa de calor de la clase: qué significa cada tono.
class-heat-legend = Estudiantes que lo marcaron:
# Un escalón de la leyenda: de $from a $to de $total estudiantes.
class-heat-step = { $from }–{ $to } de { $total }
# Junto al mapa de calor: los elementos de la clave de una etiqueta ($label).
class-heat-items = { $label }: elementos de la clave
# Cuántos estudiantes marcaron un elemento de la clave con su etiqueta.
class-heat-item-count = { $marked } de { $total }

# Pestaña «Lista de clase»: la escala de la puntuación en el libro de calificaciones para
# una lista sencilla de nombre e identificador.
lms-points = Puntos:

# El botón *Comparar con otra clave…* del taller: dos claves de una misma lección, su grado de
# acuerdo y sus desacuerdos, que se deciden uno a uno.
workshop-compare-button = Comparar con otra clave…
workshop-compare-hover = La clave de esta lección hecha por un colega (o la respuesta de alguien que la marcó sin ver la clave): el grado de acuerdo y cada punto en que difieren, para decidirlos uno a uno
workshop-compare-purpose = elegir la clave con la que comparar
workshop-compare-dialog = Elegir la clave con la que comparar
# $count: elementos de la otra clave que no se han podido colocar en este artículo.
workshop-compare-unplaced = { $count ->
        [one] { $count } elemento de la otra clave no se ha podido colocar en este artículo y se deja fuera.
       *[other] { $count } elementos de la otra clave no se han podido colocar en este artículo y se dejan fuera.
    }
# $file: el nombre de archivo de la otra clave.
workshop-compare-heading = Comparación con { $file }
# La kappa de Cohen (media y por etiqueta) y el F1 entre las dos claves.
workshop-compare-figures = Acuerdo: kappa { $kappa } (atribución { $attribution }, opinión { $opinion }, sin fuente { $unsupported }), F1 { $f1 }
workshop-compare-done = No quedan desacuerdos por decidir. Guarda para conservar la clave combinada.
workshop-compare-position = Desacuerdo { $number } de { $total }
workshop-compare-only-mine = Solo esta clave marca estas palabras.
workshop-compare-only-theirs = Solo la otra clave marca estas palabras.
workshop-compare-label-differs = Las dos marcan estas palabras, pero con etiquetas distintas.
workshop-compare-boundary = Las dos dan la misma etiqueta a estas palabras, pero las delimitan de otra forma.
workshop-compare-nothing = nada
# Una de las dos claves: una etiqueta y sus palabras.
workshop-compare-side = { $label } «{ $quote }»
workshop-compare-mine = Esta clave: { $side }
workshop-compare-theirs = La otra clave: { $side }
workshop-compare-keep-mine = Conservar la mía
workshop-compare-take-theirs = Usar la otra
workshop-compare-keep-both = Conservar ambas
workshop-compare-drop = Descartar
workshop-compare-end = Dejar de comparar

# Un archivo de lección que no se puede leer ($line, $column: dónde, en el archivo).
# El «encabezado» es el bloque de ajustes entre líneas +++ al principio del archivo.
lesson-error-front-matter = encabezado, línea { $line }, columna { $column }: { $message }
lesson-error-unclosed = el encabezado abierto con +++ en la línea 1 nunca se cierra con una línea +++
lesson-error-no-title = el encabezado no tiene el campo title: añade una línea como title = "Mi lección"
lesson-error-level = encabezado: level vale { $level }, pero debe ser 1, 2 o 3
lesson-error-empty = la lección no tiene texto de artículo
# Un resaltado o un elemento de la clave que no se puede usar ($number: su posición en la lista del archivo; $start, $end: caracteres).
span-error-reversed = fragmento { $number } (car. { $start }..{ $end }): el inicio debe ir antes del final
span-error-out-of-range = el fragmento { $number } (car. { $start }..{ $end }) termina más allá del final del texto ({ $length } car.) y no tiene cita con la que volver a localizarlo
span-error-different-text = se hizo sobre otro texto (su text_sha256 no coincide con esta lección) y sus fragmentos no tienen citas con las que volver a localizarlos; usa la lección sobre la que se hizo
# Lo que contiene un archivo; encaja en «NOMBRE ya contenía …» (lesson-handed-in-renamed).
store-taken-other-student = la respuesta de otro estudiante
store-taken-nameless = una respuesta sin nombre de estudiante
store-taken-other-lesson = una respuesta a otra lección
store-taken-not-an-answer = un archivo que no es una respuesta de newsmark
store-convert-formats = la conversión lee y escribe .json (newsmark), .ann (brat) y .jsonld (W3C)
# El comprobador de las etiquetas de habilidad de una lección ($tag entre comillas; $examples: etiquetas del vocabulario).
check-skill-empty = una etiqueta de habilidad vacía: elimínala
check-skill-language = la etiqueta de habilidad { $tag } es un idioma, no una habilidad: elimínala (el idioma de la lección va en `language = ".."`)
check-skill-unknown = etiqueta de habilidad desconocida { $tag }: cuenta como una habilidad aparte en el perfil de habilidades del estudiante; usa una etiqueta del vocabulario de habilidades (en inglés, español o francés) cuando haya una adecuada, por ejemplo { $examples }
