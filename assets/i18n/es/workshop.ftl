# El taller docente (creación de lecciones): barra de herramientas, formulario de datos,
# editor del artículo con vista previa, editor de la clave con su comprobación y el asistente de
# sugerencias, y sus mensajes.

## Barra de herramientas

workshop-tab-details = Detalles
workshop-tab-article = Artículo
workshop-tab-key = Clave de respuestas
workshop-save-button = Guardar
workshop-save-hover = Guarda la lección y su clave (en tu carpeta de lecciones si es una lección nueva)
workshop-save-as-button = Guardar como…
workshop-export-key-button = Exportar clave…
workshop-export-key-hover = W3C Web Annotation (.jsonld), brat (.ann) o newsmark (.json)

workshop-status-unsaved = cambios sin guardar
workshop-status-saved = guardado: { $path }
workshop-status-bundled = una lección incluida: Guardar conserva tu copia en Mis lecciones
workshop-status-not-saved = aún sin guardar

## Pestaña Detalles

workshop-details-heading = Detalles de la lección
workshop-details-intro = Los estudiantes ven el título, la fuente y las instrucciones encima del artículo; la biblioteca muestra el nivel, las habilidades y los minutos.

workshop-field-title = Título
    .hint = El titular del artículo
workshop-field-summary = Resumen
    .hint = Una o dos frases para la biblioteca
workshop-field-outlet = Medio
    .hint = Periódico o sitio web
workshop-field-author = Autor
workshop-field-date = Fecha
    .hint = 2026-11-29
workshop-field-url = Dirección web
    .hint = Dónde se publicó
workshop-field-licence = Licencia
    .hint = p. ej., uso en clase con fines educativos; CC BY 4.0
workshop-field-level = Nivel
    .expected = 1, 2 o 3
workshop-field-skills = Habilidades
    .hint = atribución, fuentes vagas, …
workshop-field-minutes = Minutos
    .hint = 20
    .expected = un número entero, p. ej., 20
workshop-field-instructions = Instrucciones
    .hint = ¿Qué debe hacer el estudiante?
workshop-field-language = Idioma
    .hint = en, es (se detecta si se deja vacío)
    .expected = un código de dos letras, como en, es, fr

workshop-level-none = ninguno
workshop-level-easy = 1 fácil
workshop-level-medium = 2
workshop-level-hard = 3 difícil

workshop-detail-error = { $field }: { $expected }
workshop-detail-should-be = { $field } debe ser { $expected }
workshop-save-details-invalid = La lección no se ha guardado: en la pestaña Detalles, { $problems }.

## Pestaña Artículo

workshop-article-heading = Artículo
workshop-apply-button = Aplicar cambios
workshop-apply-hover = Lee el artículo editado y vuelve a buscar en él los elementos de la clave
workshop-article-help = Pega o escribe aquí el artículo (Markdown: líneas en blanco entre párrafos, # para títulos, > para citas, *énfasis*). La vista previa muestra lo que verán los estudiantes.
workshop-article-hint = Pega aquí el artículo
workshop-article-text-name = Texto del artículo
workshop-pasted-article-name = artículo

workshop-orphans-heading = Elementos por colocar de nuevo ({ $count })
workshop-orphans-help = Estos elementos de la clave no se han encontrado en el artículo editado. Selecciona las palabras en el artículo (pestaña Clave de respuestas) y pulsa «Colocar aquí», o bórralos.
workshop-place-here-button = Colocar aquí
workshop-delete-button = Borrar
workshop-quote = «{ $quote }»

## Pestaña Clave de respuestas

workshop-student-task = Tu tarea
workshop-preview-student = Vista previa como estudiante
workshop-preview-student-hover = El artículo tal como lo ven los estudiantes antes de comprobar: sin clave
workshop-key-items = Elementos de la clave:
workshop-key-item-count = { $label }: { $count }
workshop-add-item-help = Selecciona palabras en el artículo y pulsa 1, 2 o 3 (o los botones) para añadir un elemento.
workshop-label-button = { $digit } { $label }
workshop-undo-button = Deshacer
workshop-redo-button = Rehacer
workshop-selected-item = Elemento seleccionado
workshop-rationale-hint = ¿Por qué esta etiqueta? Los estudiantes lo leen después de comprobar.
workshop-rationale-name = Justificación
workshop-optional-check = Opcional (discutible): suma si se encuentra, no resta si no se encuentra
workshop-delete-item-button = Borrar elemento
workshop-all-items = Todos los elementos
workshop-no-rationale = sin justificación

# La comprobación de la clave.
workshop-checker-heading = Comprobación de la clave
workshop-check-button = Comprobar la clave
workshop-check-hover = Solapamientos, límites irregulares, justificaciones que faltan, elementos movidos, fragmentos etiquetados de otra forma en otras claves
workshop-not-checked = Sin comprobar desde el último cambio.
workshop-no-problems = No se han encontrado problemas.
workshop-select-item-hover = Seleccionar este elemento

# El asistente de sugerencias.
workshop-suggestions-heading = Sugerencias
workshop-suggest-button = Sugerir elementos
workshop-suggest-again-button = Volver a sugerir
workshop-suggest-hover = Unas reglas basadas en listas de palabras proponen elementos candidatos; nada entra en la clave hasta que lo aceptes
workshop-no-suggestions = No quedan sugerencias.
workshop-suggestions-keys = Intro acepta, Retroceso rechaza, las flechas se mueven entre ellas (cuando ningún campo de texto tiene el foco).
workshop-rule-count = { $rule } ({ $count })
workshop-accept-all-button = Aceptar todas
workshop-reject-all-button = Rechazar todas
workshop-accept-button = Aceptar
workshop-reject-button = Rechazar

## Resultados de la comprobación de la clave

workshop-check-labels-in-key = { $labels } en { $key }
workshop-check-labelled-differently = el fragmento { $phrase } tiene etiquetas distintas en distintas claves: { $keys }; si es correcto, explica el motivo en la justificación
workshop-check-orphan = { $quote } ({ $label }) no se ha encontrado en el artículo editado: vuelve a colocarlo o bórralo

## Mensajes (avisos y errores)

workshop-article-changed = El artículo ha cambiado: { $moved ->
        [one] { $moved } elemento de la clave se ha encontrado en su nuevo sitio.
       *[other] { $moved } elementos de la clave se han encontrado en su nuevo sitio.
    }
workshop-article-changed-orphans = El artículo ha cambiado: { $moved ->
        [one] { $moved } elemento de la clave se ha encontrado en su nuevo sitio
       *[other] { $moved } elementos de la clave se han encontrado en su nuevo sitio
    }; { $orphans ->
        [one] { $orphans } no se ha encontrado y aparece en «Elementos por colocar de nuevo».
       *[other] { $orphans } no se han encontrado y aparecen en «Elementos por colocar de nuevo».
    }
workshop-key-items-unplaceable = Los elementos de la clave no se pueden colocar: { $error }
workshop-place-first = Primero selecciona las palabras en el artículo y luego pulsa «Colocar aquí».
workshop-word-list-unusable = No se puede usar una lista de palabras de sugerencias: { $error }
workshop-save-unreadable-article = El artículo no se puede guardar hasta que se pueda leer; consulta la pestaña Artículo.
workshop-save-no-title = Ponle un título a la lección antes de guardarla (Detalles).
workshop-save-in-progress = La lección se está guardando; en un momento tendrá su nombre de archivo.
workshop-save-no-free-name = La lección no se ha guardado: no hay ningún nombre de archivo libre en tu carpeta de lecciones; prueba con «Guardar como…».
workshop-saved = Lección guardada en { $path } y su clave ({ $count ->
        [one] { $count } elemento
       *[other] { $count } elementos
    }) en { $key_path }
workshop-saved-with-orphans = Lección guardada en { $path } y su clave ({ $count ->
        [one] { $count } elemento
       *[other] { $count } elementos
    }) en { $key_path }; { $orphans ->
        [one] { $orphans } elemento por colocar de nuevo no está en la clave guardada
       *[other] { $orphans } elementos por colocar de nuevo no están en la clave guardada
    }
workshop-save-failed = La lección no se ha guardado: { $error }. Tu trabajo sigue en el taller; prueba con «Guardar como…».
workshop-exported-key = Clave exportada a { $path }

## Lo que se le dice al estudiante al abrir una lección

workshop-load-key-unusable = La clave de respuestas no se puede usar, así que esta lección se puede resaltar, pero no comprobar: { $error }
workshop-load-autosave-unplaceable = Tu respuesta guardada automáticamente no se ha podido colocar en esta lección; se deja como está en { $path }: { $error }
workshop-load-autosave-unreadable = No se ha podido leer tu respuesta guardada automáticamente; se deja como está: { $error }
workshop-load-copy-unreadable = { $note } No se ha podido apartar una copia de tu respuesta anterior: { $error }
workshop-load-copy-kept = { $note } Hay una copia de tu respuesta anterior en { $path }
workshop-load-copy-not-kept = { $note } No se ha podido guardar una copia de tu respuesta anterior: { $error }. El guardado automático se deja como está en { $path } hasta que cambies la respuesta.
workshop-accept-all-name = { $count ->
    [one] Aceptar la sugerencia de { $rule }
   *[other] Aceptar las { $count } sugerencias de { $rule }
}
workshop-reject-all-name = { $count ->
    [one] Rechazar la sugerencia de { $rule }
   *[other] Rechazar las { $count } sugerencias de { $rule }
}
workshop-suggestion-name = { $label } sugerida: «{ $quote }» ({ $rule })
workshop-accept-name = Aceptar { $quote }
workshop-reject-name = Rechazar { $quote }
