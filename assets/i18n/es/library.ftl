# La biblioteca: lista de lecciones, pregunta del primer inicio, herramientas docentes y
# paquete para estudiantes.

## Parte superior

library-title = Lecciones
library-intro = Elige un artículo. Resalta quién habla (Atribución), las palabras que juzgan (Opinión) y las afirmaciones sin fuente (Afirmación sin fuente); después, comprueba tus respuestas.
library-opening = Abriendo { $name }…
library-open-file-button = Abrir una lección o una respuesta…
library-skills = Tus habilidades: { $words }
library-skills-profile-button = Tu perfil de habilidades…
library-recommended-next = Te recomendamos: { $title }
library-start-button = Empezar
library-open-title = Abrir { $title }

## Barra «Continuar»

library-continue-label = Donde lo dejaste:
library-continue-button = Continuar { $title }
library-continue-hover = Ábrela con tus resaltados tal como los dejaste

## Primer inicio: ¿de quién es esta copia?

library-role-question = ¿Quién usa newsmark en este ordenador?
library-role-explanation = La copia de un estudiante muestra las lecciones, la retroalimentación y la entrega. En un ordenador que comparten varios estudiantes no se guarda nada de uno (nombre, trabajo, puntuaciones) para el siguiente. La copia de un docente muestra además las herramientas docentes: lecciones nuevas, claves de respuestas, paquetes para estudiantes y resultados de la clase. Puedes cambiarlo cuando quieras con el menú de modo de la barra superior.
library-role-student-button = Soy estudiante
library-role-shared-button = Es un ordenador compartido
library-role-shared-hover = Un ordenador de aula o de carro de portátiles: no se guarda el nombre, el trabajo ni la puntuación de un estudiante para el siguiente
library-role-teacher-button = Soy docente

## Herramientas docentes

library-instructors = Para docentes:
library-new-lesson-button = Nueva lección…
library-new-lesson-hover = Pega un artículo y escribe su clave de respuestas
library-import-article-button = Crear una lección a partir de un artículo…
library-import-article-hover = Una página web guardada (.html) o un archivo .txt o .md
library-instructor-tool-refused = Es una herramienta docente; cambia al modo docente en la barra superior para usarla.

## Secciones de la lista

library-section-lessons = Lecciones
library-section-mine = Mis lecciones

## Tarjeta de una lección

library-recommended-badge = Recomendada
library-in-progress = En curso
library-in-progress-hover = Tus resaltados están guardados y aún sin comprobar: abre la lección para seguir
library-level = Nivel { $level }
library-minutes = { $minutes } min
library-cannot-open = No se puede abrir: { $problem }
library-open-button = Abrir
library-best-score = Mejor: { $score }
library-attempts = { $count ->
        [one] { $count } intento
       *[other] { $count } intentos
    }
library-not-tried = Sin intentar

## Botones docentes de una tarjeta

library-pack-checkbox = Paquete
library-pack-checkbox-name = Incluir { $title } en el paquete para estudiantes
library-pack-checkbox-hover = Elige lecciones para un paquete que repartir a los estudiantes
library-class-results-button = Resultados de la clase…
library-class-results-name = Resultados de la clase de { $title }
library-class-results-hover = Puntúa una carpeta de respuestas entregadas con la clave de esta lección
library-edit-button = Editar
library-edit-name = Editar { $title }
library-edit-hover = Edita la lección y su clave de respuestas en el taller

## Paquete para estudiantes en preparación

library-pack-bar-title = Paquete para estudiantes: { $count ->
        [one] { $count } lección
       *[other] { $count } lecciones
    }
library-pack-class = Clase
library-pack-class-hint = p. ej., 4.º B Lengua
library-pack-due = Entrega
library-pack-due-hint = p. ej., viernes
library-pack-shared = Para ordenadores compartidos
library-pack-shared-hover = Ordenadores de aula o de carro de portátiles: las lecciones del paquete no guardan el nombre, el trabajo ni la puntuación de un estudiante para el siguiente
library-pack-save-button = Guardar paquete…
library-pack-save-hover = Un solo archivo con estas lecciones (nunca sus claves) para enviar por correo o subir
library-pack-written = Paquete para estudiantes guardado ({ $count ->
        [one] { $count } lección
       *[other] { $count } lecciones
    }, sin claves{ $shared ->
        [yes] , para ordenadores compartidos
       *[no] {""}
    }) en { $path }
