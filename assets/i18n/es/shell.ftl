# Todo lo que rodea a las páginas: barra superior, mensajes, ayuda, título de la ventana,
# configuración y progreso, selector de archivos y nombres accesibles del artículo.

## Barra superior

shell-top-lesson-title = — { $title }
shell-top-workshop-title = — taller: { $title }
shell-help-button = Ayuda
shell-help-hover = Las tres etiquetas y cómo se puntúa (F1)
shell-theme-light = Tema claro
shell-theme-dark = Tema oscuro
shell-zoom-in = A+
shell-zoom-in-hover = Texto más grande en todas partes (Ctrl +; Ctrl 0 para el tamaño normal)
shell-zoom-out = A-
shell-zoom-out-hover = Texto más pequeño en todas partes (Ctrl -; Ctrl 0 para el tamaño normal)
shell-open-file = Abrir archivo…

shell-mode-none = Elige un modo
shell-mode-name = Modo: { $mode }
shell-mode-hover = El modo estudiante oculta las herramientas docentes (nuevas lecciones, claves de respuestas, paquetes, resultados de la clase); el modo ordenador compartido, además, no guarda el nombre, el trabajo ni las puntuaciones de un estudiante para el siguiente; el modo docente muestra todas las herramientas
shell-role-student = Modo estudiante
shell-role-teacher = Modo docente
shell-role-shared = Modo ordenador compartido

## Ventana de ayuda

shell-help-heading = Ayuda
shell-help-close = Cerrar la ayuda
shell-help-close-hover = Cerrar la ayuda (Esc o F1)

## Zona de mensajes

shell-message-dismiss = Descartar
shell-message-dismiss-hover = Descartar este mensaje
shell-message-dismiss-newest = Descartar el mensaje más reciente
shell-message-dismiss-number = Descartar el mensaje { $number }
shell-messages-earlier = { $count ->
    [one] { $count } mensaje anterior
   *[other] { $count } mensajes anteriores
}
shell-messages-dismiss-all = Descartar todos
shell-said = { $words }.

## Elementos comunes

shell-label-short-attribution = Atribución
shell-label-short-opinion = Opinión
shell-label-short-unsupported = Sin fuente
shell-back-to-library = Volver a la biblioteca

## Título de la ventana

shell-window-title-library = newsmark — Lecciones
shell-window-title-lesson = newsmark — { $title }
shell-window-title-workshop = newsmark — taller: { $title }
shell-window-title-class = newsmark — resultados de la clase: { $title }
shell-window-title-profile = newsmark — tu perfil de habilidades
shell-window-title-focus = newsmark — práctica enfocada

## Configuración y progreso

shell-settings-unreadable = No se pudo leer tu configuración; se usan los valores predeterminados: { $reason }
shell-settings-not-saved = No se pudo guardar tu configuración
shell-progress-unreadable = No se pudo leer tu progreso y no se modificará: { $reason }
shell-progress-not-saved = No se pudo guardar tu progreso
shell-progress-unreadable-not-reset = No se pudo leer tu archivo de progreso al iniciar, así que se deja como está.
shell-progress-reset = Se ha restablecido tu perfil de habilidades.
shell-progress-not-reset = No se pudo restablecer tu progreso

## Abrir cosas

shell-new-lesson-title = Nueva lección
# Tras «Abriendo …» (library-opening).
shell-opening-focus = la práctica enfocada de { $label }
shell-opening-class = los resultados de la clase de { $lesson }
shell-article-fallback-name = artículo
shell-pack-added = { $count ->
        [one] Se añadió { $count } lección
       *[other] Se añadieron { $count } lecciones
    } a tu biblioteca, en «{ $heading }».
shell-pack-no-data-folder = Los paquetes se añaden a tu carpeta de datos, y no hay ninguna.
shell-answer-lesson-missing = { $path }: esta respuesta es de la lección { $lesson }, que no está en la biblioteca; abre primero la lección y después carga la respuesta
shell-key-released = La clave de respuestas de «{ $title }» ya está en su sitio: abre la lección, carga tu respuesta si no aparece y compruébala.
shell-key-unknown-lesson = una lección desconocida
shell-key-not-placed = No se pudo colocar la clave de respuestas junto a su lección

## Diálogos de archivos abandonados

shell-picker-closed = El selector de archivos para { $purpose } se cerró porque saliste de la página que lo abrió; no se guardó ni se abrió nada.
shell-dialog-answered-late = El diálogo de archivos para { $purpose } se respondió después de que salieras de la página que lo abrió, así que no se guardó ni se abrió nada. Vuelve a esa página e inténtalo de nuevo.
shell-picker-instead = No se pudo mostrar el diálogo de archivos del sistema ({ $why }); en su lugar se ha abierto el selector de archivos de newsmark.
shell-workshop-unsaved = El taller tiene cambios sin guardar. Guárdalos o vuelve a pulsar «Volver a la biblioteca» para descartarlos.

## Errores

shell-failure-write = { $what }: { $reason }
shell-failure-no-key = { $lesson } no tiene clave de respuestas al lado, así que las respuestas no se pueden puntuar.
shell-failure-key-unusable = La clave de respuestas no se puede usar: { $reason }
shell-failure-key-no-lesson = { $key }: ninguna lección de tu biblioteca corresponde a esta clave (es para { $lesson }); abre primero la lección o su paquete
shell-failure-no-paragraphs = Ninguna lección con clave tiene párrafos para practicar { $label }.
shell-failure-worker = Falló una tarea en segundo plano dentro de newsmark ({ $why }). No ha cambiado nada; tu trabajo sigue aquí, así que inténtalo de nuevo.
shell-worker-no-reason = no se indicó el motivo
shell-failure-no-thread = newsmark no pudo iniciar un hilo de trabajo: { $reason }

## Para qué es un diálogo de archivos: encaja en «el diálogo de archivos para …» y
## «el selector de archivos para …»

picker-purpose-open-file = abrir un archivo
picker-purpose-save-answer = entregar tu respuesta
picker-purpose-open-answer = cargar una respuesta
picker-purpose-import-article = crear una lección a partir de un artículo
picker-purpose-save-lesson = guardar la lección
picker-purpose-open-folder = elegir la carpeta de respuestas
picker-purpose-export = exportar
picker-purpose-save-profile = exportar tu perfil de habilidades
picker-purpose-save-pack = guardar el paquete para estudiantes
picker-purpose-save-gradebook = guardar el libro de calificaciones

## Diálogos de archivos del sistema: títulos y filtros

picker-no-system-dialog = no hay ningún diálogo de archivos del sistema disponible en este escritorio
picker-dialog-open-file = Abrir una lección, un paquete o una respuesta
picker-filter-open-file = Lecciones, paquetes y respuestas
picker-dialog-save-answer = Guardar tu respuesta
picker-filter-answer = Respuesta de newsmark
picker-dialog-open-answer = Cargar una respuesta
picker-dialog-import-article = Crear una lección a partir de un artículo
picker-filter-article = Páginas web y texto
picker-dialog-save-lesson = Guardar la lección (su clave se guarda al lado)
picker-filter-lesson = Lección de newsmark
picker-dialog-open-folder = Elegir la carpeta de respuestas
picker-dialog-export = Exportar: W3C Web Annotation (.jsonld), brat (.ann) o newsmark (.json)
picker-filter-export = W3C, brat o newsmark
picker-dialog-save-profile = Exportar tu perfil de habilidades
picker-dialog-save-pack = Guardar el paquete para estudiantes
picker-filter-pack = Paquete de newsmark para estudiantes
picker-dialog-save-gradebook = Guardar el libro de calificaciones

## Selector de archivos propio de newsmark

picker-title-open-file = Abrir una lección, un paquete o una respuesta
picker-title-save-answer = Entregar: guarda tu respuesta
picker-title-open-answer = Cargar una respuesta
picker-title-import-article = Crear una lección a partir de un artículo
picker-title-save-lesson = Guardar la lección
picker-title-open-folder = Elegir la carpeta de respuestas
picker-title-save-gradebook = Guardar el libro de calificaciones
picker-title-save-pack = Guardar el paquete para estudiantes
picker-title-export = Exportar (.jsonld, .ann o .json)
picker-title-save-profile = Exportar tu perfil de habilidades
picker-explanation = Selector de archivos de newsmark (no se pudo mostrar el diálogo de archivos del sistema).
picker-up = Subir
picker-up-hover = La carpeta superior
picker-home = Inicio
picker-folder-name = Carpeta
picker-file-name-label = Nombre de archivo:
picker-file-name = Nombre de archivo
picker-save-here = Guardar aquí
picker-save-here-hover = Guardar con este nombre en esta carpeta
picker-open = Abrir
picker-open-hover = Abrir el archivo indicado aquí (un nombre de esta carpeta o una ruta completa)
picker-use-folder = Usar esta carpeta
picker-cancel = Cancelar
picker-empty = (aquí no hay archivos adecuados)
picker-folder-not-listed = No se puede listar { $folder }: { $reason }
picker-typed-file-not-folder = { $path } es un archivo. Elige la carpeta donde están las respuestas.
picker-open-name-missing = Escribe un nombre de archivo o elige uno de la lista.
picker-save-name-bad = Escribe un nombre de archivo (sin carpetas).
picker-name-is-folder = { $name } es una carpeta de { $folder }; escribe un nombre de archivo para guardar.

picker-replace-question = ¿Reemplazar { $name }?
picker-replace-folder = En { $folder }
picker-keep = Conservarlo
picker-replace = Reemplazar
picker-holds-named-answer = la respuesta de { $student }
picker-holds-unnamed-answer = una respuesta sin nombre
picker-holds = Contiene { $who }.
picker-holds-lesson = Contiene { $who } a { $lesson }.
picker-holds-time = Contiene { $who }, entregada el { $time }.
picker-holds-lesson-time = Contiene { $who } a { $lesson }, entregada el { $time }.
picker-holds-file = Es un archivo de { $size }.
picker-holds-file-changed = Es un archivo de { $size }, modificado por última vez el { $time }.
picker-size-bytes = { $count ->
        [one] { $count } byte
       *[other] { $count } bytes
    }
picker-size-kilobytes = { $size } KB
picker-size-megabytes = { $size } MB

## El artículo (lo que dice un lector de pantalla, e imágenes)

article-name = Artículo
article-mark-highlight = { $label }: { $quote }
article-mark-key-item = Elemento de la clave, { $label }: { $quote }
article-mark-heat = { $label } según { $level } de 4 partes de la clase: { $quote }
article-image = [imagen: { $alt }]
article-image-remote = [imagen, no cargada: { $alt }, { $address }]
article-image-no-alt = imagen
