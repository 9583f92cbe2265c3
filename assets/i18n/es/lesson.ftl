## La página de la lección: el estudiante resalta un artículo, comprueba la respuesta con
## la clave y la entrega. También el panel de retroalimentación tras comprobar y lo que dice un
## lector de pantalla tras editar los resaltados.

# Barra de herramientas.

lesson-back-button = Volver a la biblioteca
lesson-back-hover = Volver a la lista de lecciones (tu trabajo se guarda)
lesson-label-hover = Etiquetar la selección como { $label } (tecla { $key })
lesson-undo-button = Deshacer
lesson-undo-hover = Ctrl+Z
lesson-redo-button = Rehacer
lesson-redo-hover = Ctrl+Mayús+Z
lesson-check-button = Comprobar mis respuestas
lesson-check-no-key-hover = Esta lección no tiene clave de respuestas
lesson-try-again-button = Intentar de nuevo
lesson-try-again-hover = Conserva tus resaltados y mejóralos
lesson-show-overlay = Mostrar:
lesson-overlay-mine = míos
lesson-overlay-key = clave
lesson-overlay-both = ambos
lesson-hand-in-button = Entregar…
lesson-hand-in-hover = Guarda tu respuesta en un archivo para tu docente (te pide tu nombre)
lesson-more-button = Más…
lesson-more-menu-name = Más acciones
lesson-more-hover = Más acciones: cargar una respuesta, exportar tus resaltados
lesson-load-answer-button = Cargar respuesta…
lesson-export-button = Exportar…
lesson-export-hover = Tus resaltados como W3C Web Annotation (.jsonld), brat (.ann) o newsmark (.json)

# Encima del artículo.

lesson-task-heading = Tu tarea
lesson-task-help = Ratón: arrastra sobre un fragmento y pulsa 1, 2 o 3; haz clic en un resaltado para cambiarlo. Teclado: en el artículo, Mayús+flechas selecciona (con Ctrl, por palabras), 1, 2 o 3 etiqueta, Tab recorre los resaltados, Supr borra uno, Ctrl+Flecha arriba y Ctrl+Flecha abajo saltan de párrafo en párrafo, Esc sale del artículo.
lesson-no-usable-key = Esta lección no tiene una clave de respuestas utilizable: se puede resaltar, pero no comprobar.

# Panel lateral mientras se resalta.

lesson-highlights-heading = Tus resaltados
lesson-label-count = { $label }: { $count }
lesson-selected-heading = Resaltado seleccionado
lesson-quote = «{ $quote }»
lesson-note-hint = Añade una nota (¿por qué?)
lesson-note-name = Nota del resaltado seleccionado
lesson-delete-highlight-button = Borrar resaltado
lesson-delete-highlight-hover = Supr
lesson-nothing-highlighted = Aún no has resaltado nada. Selecciona un fragmento del artículo (arrastrando con el ratón o con Mayús+flechas en el teclado) y pulsa 1, 2 o 3.
lesson-highlight-with-note = { $label }; nota: { $note }
lesson-has-note = (nota)

# Diálogo de entrega.

lesson-hand-in-heading = Entrega tu respuesta
lesson-hand-in-intro = Tu docente verá este nombre junto a tu respuesta.
lesson-hand-in-name = Tu nombre
lesson-hand-in-name-hint = obligatorio
lesson-hand-in-id = ID de estudiante
lesson-hand-in-id-hint = si tu centro lo usa
lesson-hand-in-shared = Este ordenador es compartido: tu nombre no se guarda después de entregar.
lesson-hand-in-name-needed = Escribe tu nombre para entregar.
lesson-hand-in-save-button = Elegir dónde guardar…
lesson-hand-in-cancel = Cancelar

# Encima del artículo tras una entrega, o cuando hay trabajo sin terminar en un ordenador
# compartido.

lesson-unfinished-question = Aquí hay un trabajo sin terminar de otra persona ({ $count ->
        [one] { $count } resaltado
       *[other] { $count } resaltados
    }): ¿lo continúas o empiezas de cero?
lesson-unfinished-question-time = Aquí hay un trabajo sin terminar de otra persona ({ $count ->
        [one] { $count } resaltado
       *[other] { $count } resaltados
    }, { $time }): ¿lo continúas o empiezas de cero?
lesson-unfinished-question-name = Aquí hay un trabajo sin terminar de otra persona ({ $count ->
        [one] { $count } resaltado
       *[other] { $count } resaltados
    }, nombre escrito: { $name }): ¿lo continúas o empiezas de cero?
lesson-unfinished-question-time-name = Aquí hay un trabajo sin terminar de otra persona ({ $count ->
        [one] { $count } resaltado
       *[other] { $count } resaltados
    }, { $time }, nombre escrito: { $name }): ¿lo continúas o empiezas de cero?
lesson-continue-button = Continuarlo
lesson-start-fresh-button = Empezar de cero
lesson-start-fresh-hover = Elimina de este ordenador el trabajo sin terminar
lesson-handed-in = Entregado a las { $time } como { $name } (archivo { $file }).
lesson-handed-in-shared = No queda nada en este ordenador: la lección está lista para el siguiente estudiante.
lesson-next-student-button = Siguiente estudiante
lesson-handed-in-locked = Tus resaltados están bloqueados. Para cambiarlos, pulsa «Hacer cambios» y vuelve a entregar.
lesson-make-changes-button = Hacer cambios
lesson-start-fresh-another-button = Empezar de cero para otro estudiante
lesson-start-fresh-another-hover = Borra los resaltados, el trabajo guardado y el nombre

# Avisos, errores y frases habladas de la página de la lección.

lesson-selected-spoken = { $label }: { $quote }, { $position } de { $total }
lesson-locked-notice = Tu respuesta está entregada, así que los resaltados están bloqueados. Pulsa «Hacer cambios» para cambiarlos (y luego vuelve a entregar).
lesson-exported = Tus resaltados se han exportado a { $path }
lesson-export-not-written = No se pudo escribir la exportación
lesson-answer-loaded = Se ha cargado { $path }.
lesson-answer-loaded-note = Se ha cargado { $path }. { $note }
lesson-no-key-error = Esta lección no tiene clave de respuestas, así que no se puede comprobar.
lesson-checked-spoken = Puntuación: { $score } de 100. { $found ->
        [one] { $found } encontrado
       *[other] { $found } encontrados
    }, { $partly ->
        [one] { $partly } encontrado en parte
       *[other] { $partly } encontrados en parte
    }, { $wrong } con etiqueta equivocada, { $missed ->
        [one] { $missed } no encontrado
       *[other] { $missed } no encontrados
    }
lesson-check-failed = No se pudo comprobar la respuesta: { $error }
lesson-hand-in-failed = Tu respuesta a { $lesson } no se ha entregado: { $error }. Sigue en la lección; prueba con otra carpeta.
lesson-autosave-failed = Falló el guardado automático; tu trabajo se conserva aquí, entrégalo o expórtalo: { $error }
lesson-handed-in-saved = Has entregado tu respuesta a { $lesson }: se ha guardado en { $path }
lesson-handed-in-renamed = Has entregado tu respuesta a { $lesson }: { $chosen } ya contenía { $taken }, así que la tuya se ha guardado como { $path } (el otro archivo queda como estaba).
lesson-changes-allowed = Puedes volver a cambiar tus resaltados. Cuando termines, vuelve a entregar; si no, tu docente tendrá la respuesta anterior.
lesson-cleared = La lección está limpia: sin resaltados y sin nombre. Lista para el siguiente estudiante.
lesson-saved-work-not-removed = No se pudo eliminar de este ordenador el trabajo guardado de esta lección

## Panel de retroalimentación, tras «Comprobar mis respuestas».

feedback-meaning-excellent = Excelente: coincides con la clave más de lo que suelen coincidir entre sí dos anotadores con formación.
feedback-meaning-expert = Nivel experto: coincides con la clave tanto como suelen coincidir entre sí dos anotadores cuidadosos.
feedback-meaning-good-start = Buen comienzo: has encontrado buena parte de lo que marca la clave. Lee abajo los elementos no encontrados y vuelve a intentarlo.
feedback-meaning-some = Algunos de tus resaltados coinciden con la clave. Las justificaciones de abajo explican qué buscar.
feedback-meaning-few = Todavía pocos de tus resaltados coinciden con la clave. Lee los elementos de abajo: cada uno explica por qué lleva su etiqueta.

feedback-out-of-100 = de 100
feedback-best-attempt = mejor { $best } · intento { $attempt }
feedback-indiscriminate = Atención: has resaltado más o menos lo mismo que resaltaría el azar. Resaltarlo todo no sale a cuenta: marca solo los fragmentos que llevan etiqueta.
feedback-column-found = encontrado
feedback-column-precise = preciso
feedback-column-f1 = F1
feedback-percent = { $percent } %
feedback-nothing-to-find = nada que encontrar
feedback-passages = Fragmentos correctos, con cualquier etiqueta: { $f1 }
feedback-opinion-differs = Opinión es la etiqueta en la que más discrepan los lectores atentos; Atribución, en la que menos.

feedback-status-second-label-missed = falta la segunda etiqueta
feedback-status-optional = { $status } (opcional)
feedback-covered = { $percent } % cubierto
feedback-quote = «{ $quote }»
feedback-show-in-article = Mostrar en el artículo
feedback-item-spoken = { $status }. { $label }: «{ $quote }». { $reason }
feedback-item-spoken-no-reason = { $status }. { $label }: «{ $quote }»
feedback-key-items = Elementos de la clave: { $found ->
        [one] { $found } encontrado
       *[other] { $found } encontrados
    }, { $partly ->
        [one] { $partly } encontrado en parte
       *[other] { $partly } encontrados en parte
    }, { $wrong } con etiqueta equivocada, { $missed ->
        [one] { $missed } no encontrado
       *[other] { $missed } no encontrados
    }

# Tarjeta de etiqueta equivocada. Las tres etiquetas son femeninas.
feedback-wrong-label-chose = Has elegido { $count ->
        [one] { $first }
       *[other] { $first } y { $second }
    }; en la clave es { $label }: { $rationale }
feedback-wrong-label-chose-no-rationale = Has elegido { $count ->
        [one] { $first }
       *[other] { $first } y { $second }
    }; en la clave es { $label }.
feedback-wrong-label-second = Has marcado estas palabras como parte de { $count ->
        [one] una { $first }
       *[other] una { $first } y una { $second }
    }; la clave también etiqueta «{ $quote }» como { $label }: { $rationale }
feedback-wrong-label-second-no-rationale = Has marcado estas palabras como parte de { $count ->
        [one] una { $first }
       *[other] una { $first } y una { $second }
    }; la clave también etiqueta «{ $quote }» como { $label }.

feedback-extra-heading = Tus resaltados que no están en la clave
feedback-other-label = La clave marca este fragmento con otra etiqueta: compara la justificación del elemento que se solapa.
feedback-other-label-chose = Has elegido { $label }; aquí la clave tiene { $count ->
        [one] { $first }
       *[other] { $first } y { $second }
    }: lee la justificación de ese elemento más arriba.
feedback-not-in-key = No está en la clave. Pregúntate: ¿quién lo dice?, ¿es una valoración?, ¿o es una afirmación sin fuente?
feedback-attempts-heading = Tus intentos

feedback-last-check = Explicaciones de la última comprobación (puntuación { $score })
feedback-last-check-note = Lo que decía la clave la última vez que comprobaste; puede que tus resaltados hayan cambiado desde entonces.

## Lo que dice un lector de pantalla tras editar los resaltados.

spoken-highlight = { $label }: { $quote }
spoken-relabelled = Ahora { $label }: { $quote }
spoken-deleted = Resaltado borrado: { $label }: { $quote }
spoken-many-changed = { $added ->
        [one] { $added } resaltado añadido
       *[other] { $added } resaltados añadidos
    }, { $removed ->
        [one] { $removed } eliminado
       *[other] { $removed } eliminados
    }
spoken-undone = Deshecho; { $change }
spoken-redone = Rehecho; { $change }
