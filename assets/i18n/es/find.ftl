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
