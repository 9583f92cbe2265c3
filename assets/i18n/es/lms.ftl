# Resultados de la clase con una plataforma educativa (Canvas, Moodle): entregas desde la
# descarga de la plataforma, una lista de clase y el libro de calificaciones con el formato
# de esa lista.

# Menú «Resultados de la clase…» de la biblioteca: dónde están las entregas.
lms-from-folder = Una carpeta de entregas…
lms-from-zip = Una descarga de Canvas o Moodle (.zip)…
lms-from-zip-hover = El zip que da la plataforma con «Descargar entregas» o «Descargar todas las entregas», tal como viene

# Diálogos de archivos (encajan en «el diálogo de archivos para …»).
lms-purpose-open-zip = elegir la descarga de entregas de la plataforma
lms-purpose-open-roster = elegir la lista de clase
lms-purpose-save-gradebook = guardar el libro de calificaciones para la lista de clase
lms-dialog-open-zip = Elegir la descarga de entregas (.zip)
lms-dialog-open-roster = Elegir la lista de clase (CSV de Canvas o Moodle)
lms-dialog-save-gradebook = Guardar el libro de calificaciones para importarlo
lms-filter-zip = Archivo zip

lms-failure-download = No se pueden leer las entregas: { $reason }

# Pestaña «Lista de clase» de los resultados de la clase.
lms-tab-roster = Lista de clase
lms-roster-heading = Lista de clase
lms-roster-help = La lista de la clase de tu plataforma (Canvas: Calificaciones > Exportar; Moodle: Descargar la hoja de calificaciones). Con ella, los resultados de la clase indican quién no ha entregado nada y el libro de calificaciones se escribe con el formato propio de la plataforma.
lms-roster-button = Lista de clase…
lms-roster-hover = Elige la lista de clase exportada de Canvas o Moodle, o un CSV con columnas de nombre e identificador
lms-roster-chosen = Lista de clase de { $kind } { $file }: { $count ->
    [one] { $count } estudiante
   *[other] { $count } estudiantes
}
lms-assignment = Columna de la tarea:
lms-missing-zero = No entregado cuenta como cero
lms-missing-zero-hover = Quien no ha entregado nada recibe un 0 en el libro de calificaciones en lugar de una calificación vacía
lms-gradebook-button = Libro de calificaciones para la lista de clase…
lms-gradebook-hover = El propio archivo de la lista de clase con las calificaciones rellenadas, listo para importarlo en tu plataforma
lms-gradebook-written = Libro de calificaciones de { $count ->
    [one] { $count } estudiante
   *[other] { $count } estudiantes
} guardado en { $path }. Impórtalo tal cual en tu plataforma.
lms-gradebook-not-written = No se pudo escribir el libro de calificaciones
lms-missing-heading = No han entregado nada ({ $count })
lms-missing-none = Todos los de la lista de clase han entregado algo.
lms-missing-row-note = { $name }: { $note }
lms-unmatched-heading = Entregas que no coinciden con nadie de la lista de clase ({ $count })
lms-unmatched-help = Elige a qué estudiante pertenece cada una; la elección se recuerda junto a la descarga.
lms-unmatched-row = { $name } { $lms }
lms-unmatched-choose = Pertenece a…
lms-mismatches-heading = Nombres distintos de los de la plataforma ({ $count })
lms-late-heading = Entregadas con retraso ({ $count })
lms-other-files-heading = Archivos que no son respuestas ({ $count })
lms-nothing-to-say = Elige una lista de clase para ver quién no ha entregado nada.
lms-flag-late = con retraso
