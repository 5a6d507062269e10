<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>GoPrep::AnswerDocument</name>
    <message>
        <source>Level: %1 · Tags: %2</source>
        <translation>Nivel: %1 · Etiquetas: %2</translation>
    </message>
    <message>
        <source>Short answer</source>
        <translation>Respuesta breve</translation>
    </message>
    <message>
        <source>Related questions</source>
        <translation>Preguntas relacionadas</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Preguntas</translation>
    </message>
</context>
<context>
    <name>GoPrep::AnswerView</name>
    <message>
        <source>Copy Code Block</source>
        <translation>Copiar bloque de código</translation>
    </message>
</context>
<context>
    <name>GoPrep::BarChart</name>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
</context>
<context>
    <name>GoPrep::CheatSheet</name>
    <message>
        <source>Weak topics</source>
        <translation>Temas débiles</translation>
    </message>
    <message>
        <source>Bookmarks</source>
        <translation>Marcadores</translation>
    </message>
    <message>
        <source>All questions</source>
        <translation>Todas las preguntas</translation>
    </message>
    <message>
        <source>GoPrep cheat sheet: %1</source>
        <translation>Hoja de referencia de GoPrep: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) · %1</source>
        <translation>
            <numerusform>%n pregunta · %1</numerusform>
            <numerusform>%n preguntas · %1</numerusform>
        </translation>
    </message>
    <message>
        <source>My note</source>
        <translation>Mi nota</translation>
    </message>
    <message>
        <source>No weak topics yet: mark some with Ctrl+E, or choose bookmarks or all questions.</source>
        <translation>Aún no hay temas débiles: marque alguno con Ctrl+E o elija los marcadores o todas las preguntas.</translation>
    </message>
    <message>
        <source>No bookmarks yet: add some with Ctrl+D, or choose weak topics or all questions.</source>
        <translation>Aún no hay marcadores: añada alguno con Ctrl+D o elija los temas débiles o todas las preguntas.</translation>
    </message>
    <message>
        <source>There are no questions in %1.</source>
        <translation>No hay preguntas en %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>GoPrep::CheatSheetDialog</name>
    <message>
        <source>Cheat Sheet</source>
        <translation>Hoja de referencia</translation>
    </message>
    <message>
        <source>Questions on the sheet</source>
        <translation>Preguntas de la hoja</translation>
    </message>
    <message>
        <source>&amp;Section:</source>
        <translation>&amp;Sección:</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Sección</translation>
    </message>
    <message numerus="yes">
        <source>&amp;All %n question(s)</source>
        <translation>
            <numerusform>&amp;Todas las preguntas (%n)</numerusform>
            <numerusform>&amp;Todas las preguntas (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Your &amp;notes</source>
        <translation>Sus &amp;notas</translation>
    </message>
    <message>
        <source>Short Go &amp;examples</source>
        <translation>&amp;Ejemplos breves de Go</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Guardar como &amp;PDF…</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>&amp;Weak topics (%1)</source>
        <translation>Temas &amp;débiles (%1)</translation>
    </message>
    <message>
        <source>&amp;Bookmarks (%1)</source>
        <translation>&amp;Marcadores (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) on the sheet.</source>
        <translation>
            <numerusform>%n pregunta en la hoja.</numerusform>
            <numerusform>%n preguntas en la hoja.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to put on the sheet: choose other questions.</source>
        <translation>No hay nada que poner en la hoja: elija otras preguntas.</translation>
    </message>
    <message>
        <source>GoPrep cheat sheet %1.pdf</source>
        <translation>Hoja de referencia de GoPrep %1.pdf</translation>
    </message>
    <message>
        <source>Save Cheat Sheet</source>
        <translation>Guardar hoja de referencia</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The cheat sheet was not saved</source>
        <translation>La hoja de referencia no se ha guardado</translation>
    </message>
    <message>
        <source>GoPrep cheat sheet</source>
        <translation>Hoja de referencia de GoPrep</translation>
    </message>
</context>
<context>
    <name>GoPrep::CliActions</name>
    <message>
        <source>Nothing to search for: give --search some words.</source>
        <translation>No hay nada que buscar: indique algunas palabras a --search.</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Exportado a %1.</translation>
    </message>
    <message>
        <source>Imported %1: %2 notes added, %3 updated, %4 merged keeping both texts; %5 marks and %6 reviews added.</source>
        <translation>Importado desde %1: %2 notas añadidas, %3 actualizadas, %4 combinadas conservando ambos textos; %5 marcas y %6 repasos añadidos.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found.</source>
        <translation>
            <numerusform>%n problema encontrado.</numerusform>
            <numerusform>%n problemas encontrados.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: valid pack &apos;%2&apos; %3, %4 sections, %5 questions.</source>
        <translation>%1: paquete «%2» %3 válido, %4 secciones, %5 preguntas.</translation>
    </message>
    <message>
        <source>Unknown filter &apos;%1&apos;.</source>
        <translation>Filtro desconocido «%1».</translation>
    </message>
    <message>
        <source>No section &apos;%1&apos; (see --list).</source>
        <translation>No existe la sección «%1» (vea --list).</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n question(s) to %1.</source>
        <translation>
            <numerusform>Se ha escrito %n pregunta en %1.</numerusform>
            <numerusform>Se han escrito %n preguntas en %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GoPrep::CommandLine</name>
    <message>
        <source>Prepare for Go interviews: questions and answers, your notes and bookmarks of weak topics.</source>
        <translation>Prepárese para entrevistas de Go: preguntas y respuestas, sus notas, marcadores y temas débiles.</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>Muestra esta ayuda y sale.</translation>
    </message>
    <message>
        <source>Print the version and exit.</source>
        <translation>Muestra la versión y sale.</translation>
    </message>
    <message>
        <source>Print every question as tab-separated section id, question id and title.</source>
        <translation>Muestra cada pregunta como id de sección, id de pregunta y título, separados por tabuladores.</translation>
    </message>
    <message>
        <source>Check the pack in DIR; print file:line: message for each problem. Exit 0 if valid, 1 if not.</source>
        <translation>Comprueba el paquete de DIR; muestra archivo:línea: mensaje por cada problema. Sale con 0 si es válido, 1 si no.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>Print the questions matching QUERY, best first: id and title, tab-separated. Exit 0 with results, 1 with none.</source>
        <translation>Muestra las preguntas que coinciden con QUERY, las mejores primero: id y título, separados por tabulador. Sale con 0 si hay resultados, 1 si no.</translation>
    </message>
    <message>
        <source>QUERY</source>
        <translation>QUERY</translation>
    </message>
    <message>
        <source>Write all your data to FILE: JSON (notes, marks, reviews, preferences), or your notes as Markdown when FILE ends in .md.</source>
        <translation>Escribe todos sus datos en FILE: JSON (notas, marcas, repasos, preferencias), o sus notas en Markdown si FILE termina en .md.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Merge a JSON export into your data: by question, newer notes win and differing notes are both kept.</source>
        <translation>Combina una exportación JSON con sus datos, por pregunta: prevalece la nota más reciente y, si difieren, se conservan ambas.</translation>
    </message>
    <message>
        <source>Also load the pack in DIR (may be repeated).</source>
        <translation>Carga también el paquete de DIR (se puede repetir).</translation>
    </message>
    <message>
        <source>Keep notes and settings in DIR instead of the standard location (also GOPREP_DATA_DIR).</source>
        <translation>Guarda notas y configuración en DIR en lugar de la ubicación estándar (también GOPREP_DATA_DIR).</translation>
    </message>
    <message>
        <source>Render the main window offscreen to the PNG FILE and exit.</source>
        <translation>Dibuja la ventana principal fuera de pantalla en el archivo PNG FILE y sale.</translation>
    </message>
    <message>
        <source>With --screenshot: the question to open, by id (see --list).</source>
        <translation>Con --screenshot: la pregunta que abrir, por id (vea --list).</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>With --screenshot: light or dark.</source>
        <translation>Con --screenshot: light (claro) o dark (oscuro).</translation>
    </message>
    <message>
        <source>THEME</source>
        <translation>THEME</translation>
    </message>
    <message>
        <source>With --screenshot: the page to show, reading (the default), review, drill (its first question) or progress.</source>
        <translation>Con --screenshot: la página que mostrar: reading (predeterminada), review, drill (su primera pregunta) o progress.</translation>
    </message>
    <message>
        <source>PAGE</source>
        <translation>PAGE</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Argumento inesperado: %1</translation>
    </message>
    <message>
        <source>Choose one of %1.</source>
        <translation>Elija solo una de estas opciones: %1.</translation>
    </message>
    <message>
        <source>--question, --theme and --page go with --screenshot.</source>
        <translation>--question, --theme y --page solo se usan con --screenshot.</translation>
    </message>
    <message>
        <source>--page takes %1, not &apos;%2&apos;.</source>
        <translation>--page admite %1, no «%2».</translation>
    </message>
    <message>
        <source>--theme takes light or dark, not &apos;%1&apos;.</source>
        <translation>--theme admite light o dark, no «%1».</translation>
    </message>
    <message>
        <source>Write a printable cheat sheet to the PDF FILE: each chosen question with its short answer, a Go example and your note.</source>
        <translation>Escribe una hoja de referencia imprimible en el archivo PDF FILE: cada pregunta elegida con su respuesta breve, un ejemplo de Go y su nota.</translation>
    </message>
    <message>
        <source>With --cheat-sheet: weak (the default), bookmarked, all, or section:ID (see --list).</source>
        <translation>Con --cheat-sheet: weak (predeterminado), bookmarked, all o section:ID (vea --list).</translation>
    </message>
    <message>
        <source>FILTER</source>
        <translation>FILTER</translation>
    </message>
    <message>
        <source>--filter goes with --cheat-sheet.</source>
        <translation>--filter solo se usa con --cheat-sheet.</translation>
    </message>
    <message>
        <source>--filter takes weak, bookmarked, all or section:ID, not &apos;%1&apos;.</source>
        <translation>--filter admite weak, bookmarked, all o section:ID, no «%1».</translation>
    </message>
</context>
<context>
    <name>GoPrep::DataTransfer</name>
    <message>
        <source>not valid JSON (%1 at byte %2)</source>
        <translation>JSON no válido (%1 en el byte %2)</translation>
    </message>
    <message>
        <source>not a GoPrep export (no &quot;format&quot;: &quot;%1&quot;)</source>
        <translation>no es una exportación de GoPrep (falta &quot;format&quot;: &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>format version %1, but this GoPrep reads up to %2; update GoPrep</source>
        <translation>versión de formato %1, pero esta versión de GoPrep lee hasta la %2; actualice GoPrep</translation>
    </message>
    <message>
        <source>note %1 has no question or no text</source>
        <translation>a la nota %1 le falta la pregunta o el texto</translation>
    </message>
    <message>
        <source>mark %1 is not a bookmark or weak mark of a question</source>
        <translation>la marca %1 no es un marcador ni una marca de tema débil de una pregunta</translation>
    </message>
    <message>
        <source>review %1 needs a question, a rating from 1 to 4 and a time</source>
        <translation>el repaso %1 necesita una pregunta, una calificación del 1 al 4 y una hora</translation>
    </message>
    <message>
        <source>My GoPrep notes</source>
        <translation>Mis notas de GoPrep</translation>
    </message>
    <message>
        <source>updated %1</source>
        <translation>actualizada el %1</translation>
    </message>
    <message>
        <source>Questions not in the loaded packs</source>
        <translation>Preguntas que no están en los paquetes cargados</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is larger than 256 MiB: not a GoPrep export.</source>
        <translation>%1 ocupa más de 256 MiB: no es una exportación de GoPrep.</translation>
    </message>
    <message>
        <source>%1: %2. Nothing was imported.</source>
        <translation>%1: %2. No se ha importado nada.</translation>
    </message>
</context>
<context>
    <name>GoPrep::DrillPage</name>
    <message>
        <source>Again</source>
        <translation>Otra vez</translation>
    </message>
    <message>
        <source>Hard</source>
        <translation>Difícil</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Bien</translation>
    </message>
    <message>
        <source>Easy</source>
        <translation>Fácil</translation>
    </message>
    <message>
        <source>Questions as an interviewer would ask them, one at a time against the clock. Answer out loud, then reveal the answer and rate yourself honestly. Weak topics are drawn first.</source>
        <translation>Preguntas como las haría un entrevistador, de una en una y contra reloj. Responda en voz alta, luego muestre la respuesta y califíquese con sinceridad. Los temas débiles salen primero.</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Secciones</translation>
    </message>
    <message>
        <source>&amp;Weak topics only</source>
        <translation>Solo temas &amp;débiles</translation>
    </message>
    <message>
        <source>&amp;Bookmarked only</source>
        <translation>Solo en &amp;marcadores</translation>
    </message>
    <message>
        <source>Not yet &amp;reviewed only</source>
        <translation>Solo sin &amp;repasar</translation>
    </message>
    <message>
        <source>&amp;Start Drill</source>
        <translation>Empezar &amp;simulacro</translation>
    </message>
    <message>
        <source>Question cou&amp;nt:</source>
        <translation>&amp;Número de preguntas:</translation>
    </message>
    <message>
        <source>&amp;Time per question:</source>
        <translation>&amp;Tiempo por pregunta:</translation>
    </message>
    <message>
        <source>Se&amp;ctions:</source>
        <translation>Secci&amp;ones:</translation>
    </message>
    <message>
        <source>Levels:</source>
        <translation>Niveles:</translation>
    </message>
    <message>
        <source>Only:</source>
        <translation>Solo:</translation>
    </message>
    <message>
        <source>Mock drill</source>
        <translation>Simulacro de entrevista</translation>
    </message>
    <message>
        <source>En&amp;d Drill</source>
        <translation>&amp;Terminar simulacro</translation>
    </message>
    <message>
        <source>Stop here and see the summary of the questions answered so far</source>
        <translation>Parar aquí y ver el resumen de las preguntas respondidas hasta ahora</translation>
    </message>
    <message>
        <source>Drill results</source>
        <translation>Resultados del simulacro</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tiempo</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Calificación</translation>
    </message>
    <message>
        <source>&amp;New Drill</source>
        <translation>&amp;Nuevo simulacro</translation>
    </message>
    <message>
        <source>Drill summary</source>
        <translation>Resumen del simulacro</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Drills need your data file, which is unavailable.</source>
        <translation>Los simulacros necesitan su archivo de datos, que no está disponible.</translation>
    </message>
    <message>
        <source>No question matches these choices.</source>
        <translation>Ninguna pregunta coincide con esta selección.</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) match</source>
        <translation>
            <numerusform>%n pregunta coincide</numerusform>
            <numerusform>%n preguntas coinciden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the drill asks %n.</source>
        <translation>
            <numerusform>el simulacro hará %n.</numerusform>
            <numerusform>el simulacro hará %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Question %1 of %2</source>
        <translation>Pregunta %1 de %2</translation>
    </message>
    <message>
        <source>Time&apos;s up</source>
        <translation>Tiempo agotado</translation>
    </message>
    <message>
        <source>Answered in %1</source>
        <translation>Respondida en %1</translation>
    </message>
    <message>
        <source>%1 (time&apos;s up)</source>
        <translation>%1 (tiempo agotado)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%2: %1</translation>
    </message>
    <message>
        <source>The drill ended before any question was rated.</source>
        <translation>El simulacro terminó antes de calificar ninguna pregunta.</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n pregunta</numerusform>
            <numerusform>%n preguntas</numerusform>
        </translation>
    </message>
    <message>
        <source>in %1, %2 on average</source>
        <translation>en %1, con una media de %2</translation>
    </message>
    <message numerus="yes">
        <source>%n over time</source>
        <translation>
            <numerusform>%n fuera de tiempo</numerusform>
            <numerusform>%n fuera de tiempo</numerusform>
        </translation>
    </message>
    <message>
        <source>No question was forgotten, so no new weak topics.</source>
        <translation>No se olvidó ninguna pregunta, así que no hay temas débiles nuevos.</translation>
    </message>
    <message>
        <source>Marked as weak topics (they come first in review and the next drill): %1</source>
        <translation>Marcadas como temas débiles (saldrán primero en el repaso y en el próximo simulacro): %1</translation>
    </message>
</context>
<context>
    <name>GoPrep::ListItemDelegate</name>
    <message>
        <source>answer changed since</source>
        <translation>la respuesta ha cambiado desde entonces</translation>
    </message>
</context>
<context>
    <name>GoPrep::MainWindow</name>
    <message>
        <source>&amp;Questions</source>
        <translation>&amp;Preguntas</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>N&amp;otas</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Notes are off: %1</source>
        <translation>Notas desactivadas: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n pregunta</numerusform>
            <numerusform>%n preguntas</numerusform>
        </translation>
    </message>
    <message>
        <source> · notes in %1</source>
        <translation> · notas en %1</translation>
    </message>
    <message>
        <source> · notes are off</source>
        <translation> · notas desactivadas</translation>
    </message>
    <message>
        <source>Notes are unavailable</source>
        <translation>Las notas no están disponibles</translation>
    </message>
    <message>
        <source>GoPrep cannot keep notes and bookmarks right now. You can still read every question.</source>
        <translation>GoPrep no puede guardar notas ni marcadores en este momento. Aún puede leer todas las preguntas.</translation>
    </message>
    <message>
        <source>&amp;Previous Question</source>
        <translation>Pregunta &amp;anterior</translation>
    </message>
    <message>
        <source>Alt+Up</source>
        <translation>Alt+Up</translation>
    </message>
    <message>
        <source>Ctrl+PgUp</source>
        <translation>Ctrl+PgUp</translation>
    </message>
    <message>
        <source>&amp;Next Question</source>
        <translation>Pregunta &amp;siguiente</translation>
    </message>
    <message>
        <source>Alt+Down</source>
        <translation>Alt+Down</translation>
    </message>
    <message>
        <source>Ctrl+PgDown</source>
        <translation>Ctrl+PgDown</translation>
    </message>
    <message>
        <source>&amp;Bookmark</source>
        <translation>Añadir a &amp;marcadores</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>Bookmark this question (Ctrl+D)</source>
        <translation>Añadir esta pregunta a marcadores (Ctrl+D)</translation>
    </message>
    <message>
        <source>Mark as &amp;Weak Topic</source>
        <translation>Marcar como tema &amp;débil</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Mark this topic as one to work on (Ctrl+E)</source>
        <translation>Marcar este tema como uno que debe reforzar (Ctrl+E)</translation>
    </message>
    <message>
        <source>Copy &amp;Code Block</source>
        <translation>&amp;Copiar bloque de código</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>Copy the code block at the cursor, or the first one (Ctrl+Shift+C)</source>
        <translation>Copiar el bloque de código del cursor, o el primero (Ctrl+Mayús+C)</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Ampliar</translation>
    </message>
    <message>
        <source>Ctrl+=</source>
        <translation>Ctrl+=</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>&amp;Reducir</translation>
    </message>
    <message>
        <source>&amp;Reset Zoom</source>
        <translation>Restablecer &amp;zoom</translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <source>&amp;Export Your Data…</source>
        <translation>&amp;Exportar sus datos…</translation>
    </message>
    <message>
        <source>&amp;Import Data…</source>
        <translation>&amp;Importar datos…</translation>
    </message>
    <message>
        <source>&amp;Back Up Now</source>
        <translation>Hacer &amp;copia de seguridad ahora</translation>
    </message>
    <message>
        <source>&amp;Restore from Backup…</source>
        <translation>&amp;Restaurar copia de seguridad…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Go to &amp;Questions</source>
        <translation>Ir a las &amp;preguntas</translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <source>Go to &amp;Answer</source>
        <translation>Ir a la &amp;respuesta</translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <source>Go to &amp;Notes</source>
        <translation>Ir a las &amp;notas</translation>
    </message>
    <message>
        <source>Ctrl+3</source>
        <translation>Ctrl+3</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <source>All &amp;Notes</source>
        <translation>&amp;Todas las notas</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>Note &amp;Preview</source>
        <translation>&amp;Vista previa de la nota</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>Atajos de &amp;teclado</translation>
    </message>
    <message>
        <source>Ctrl+/</source>
        <translation>Ctrl+/</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;About GoPrep</source>
        <translation>&amp;Acerca de GoPrep</translation>
    </message>
    <message>
        <source>&amp;Read</source>
        <translation>&amp;Leer</translation>
    </message>
    <message>
        <source>F4</source>
        <translation>F4</translation>
    </message>
    <message>
        <source>Read the questions and answers, with your notes</source>
        <translation>Leer las preguntas y respuestas, con sus notas</translation>
    </message>
    <message>
        <source>Re&amp;view</source>
        <translation>&amp;Repasar</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <source>Review what is due, then new questions</source>
        <translation>Repasar lo pendiente y después preguntas nuevas</translation>
    </message>
    <message>
        <source>Mock &amp;Drill</source>
        <translation>&amp;Simulacro de entrevista</translation>
    </message>
    <message>
        <source>F6</source>
        <translation>F6</translation>
    </message>
    <message>
        <source>Answer questions against the clock, as in an interview</source>
        <translation>Responder preguntas contra reloj, como en una entrevista</translation>
    </message>
    <message>
        <source>&amp;Plan and Progress</source>
        <translation>&amp;Plan y progreso</translation>
    </message>
    <message>
        <source>F7</source>
        <translation>F7</translation>
    </message>
    <message>
        <source>Your plan for the interview date, and your progress</source>
        <translation>Su plan para la fecha de la entrevista y su progreso</translation>
    </message>
    <message>
        <source>&amp;Back to Reading</source>
        <translation>&amp;Volver a la lectura</translation>
    </message>
    <message>
        <source>Code copied to the clipboard</source>
        <translation>Código copiado al portapapeles</translation>
    </message>
    <message>
        <source>This page has no code block</source>
        <translation>Esta página no tiene bloques de código</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>Copia de seguridad guardada en %1</translation>
    </message>
    <message>
        <source>Follow &amp;System</source>
        <translation>Seguir al &amp;sistema</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Claro</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Oscuro</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Tema</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <source>&amp;Question</source>
        <translation>Pre&amp;gunta</translation>
    </message>
    <message>
        <source>&amp;Practice</source>
        <translation>Prá&amp;ctica</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Bookmark</source>
        <translation>Marcador</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Débil</translation>
    </message>
    <message>
        <source>Copy code</source>
        <translation>Copiar código</translation>
    </message>
    <message>
        <source>Larger</source>
        <translation>Más grande</translation>
    </message>
    <message>
        <source>Smaller</source>
        <translation>Más pequeño</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Leer</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Repasar</translation>
    </message>
    <message>
        <source>Drill</source>
        <translation>Simulacro</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message numerus="yes">
        <source>%n due for review</source>
        <translation>
            <numerusform>%n pendiente de repaso</numerusform>
            <numerusform>%n pendientes de repaso</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing due</source>
        <translation>Nada pendiente</translation>
    </message>
    <message>
        <source>Review (%1)</source>
        <translation>Repasar (%1)</translation>
    </message>
    <message>
        <source>Bookmarks</source>
        <translation>Marcadores</translation>
    </message>
    <message>
        <source>Weak topics</source>
        <translation>Temas débiles</translation>
    </message>
    <message>
        <source>Nothing bookmarked yet. Press Ctrl+D on a question to keep it here.</source>
        <translation>Aún no hay marcadores. Pulse Ctrl+D en una pregunta para guardarla aquí.</translation>
    </message>
    <message>
        <source>No weak topics yet. Press Ctrl+E on a question you cannot answer well yet; it collects here for practice.</source>
        <translation>Aún no hay temas débiles. Pulse Ctrl+E en una pregunta que todavía no sepa responder bien; se reunirán aquí para practicar.</translation>
    </message>
    <message>
        <source>The questions you bookmarked.</source>
        <translation>Las preguntas que ha añadido a marcadores.</translation>
    </message>
    <message>
        <source>The topics you marked as weak: practise these first.</source>
        <translation>Los temas que ha marcado como débiles: practíquelos primero.</translation>
    </message>
    <message>
        <source>Export Your Data</source>
        <translation>Exportar sus datos</translation>
    </message>
    <message>
        <source>Everything, to import again (*.json);;Notes to read (*.md)</source>
        <translation>Todo, para volver a importarlo (*.json);;Notas para leer (*.md)</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exportado a %1</translation>
    </message>
    <message>
        <source>Import Data</source>
        <translation>Importar datos</translation>
    </message>
    <message>
        <source>GoPrep exports (*.json)</source>
        <translation>Exportaciones de GoPrep (*.json)</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importación completada</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) added, %1 updated, %2 merged keeping both texts.</source>
        <translation>
            <numerusform>%n nota añadida, %1 actualizadas, %2 combinadas conservando ambos textos.</numerusform>
            <numerusform>%n notas añadidas, %1 actualizadas, %2 combinadas conservando ambos textos.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 bookmarks and weak marks added, %2 reviews added. A backup of your data from before the import was made first (File → Restore from Backup).</source>
        <translation>Se han añadido %1 marcadores y marcas de tema débil, y %2 repasos. Antes de importar se hizo una copia de seguridad de sus datos (Archivo → Restaurar copia de seguridad).</translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation>Restaurar copia de seguridad</translation>
    </message>
    <message>
        <source>GoPrep backs up your notes, marks and reviews when it starts and every day, and keeps the last %1. Restoring replaces your current data; it is backed up first, so a restore can be undone.</source>
        <translation>GoPrep hace una copia de seguridad de sus notas, marcas y repasos al iniciarse y cada día, y conserva las últimas %1. Al restaurar se sustituyen los datos actuales; antes se hace una copia de ellos, así que la restauración se puede deshacer.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <source>%1 — %2 KB</source>
        <translation>%1 — %2 KB</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurar</translation>
    </message>
    <message>
        <source>Restored the backup from %1</source>
        <translation>Se ha restaurado la copia de seguridad del %1</translation>
    </message>
    <message>
        <source>Your note is not saved</source>
        <translation>Su nota no está guardada</translation>
    </message>
    <message>
        <source>The note could not be saved. Close anyway and lose the latest changes?</source>
        <translation>No se ha podido guardar la nota. ¿Cerrar de todos modos y perder los últimos cambios?</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>No guardado</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Atajo</translation>
    </message>
    <message>
        <source>Move in the question list</source>
        <translation>Moverse por la lista de preguntas</translation>
    </message>
    <message>
        <source>Up, Down</source>
        <translation>Arriba, Abajo</translation>
    </message>
    <message>
        <source>Next field</source>
        <translation>Campo siguiente</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <source>Show the answer (review and drill)</source>
        <translation>Mostrar la respuesta (repaso y simulacro)</translation>
    </message>
    <message>
        <source>Space; Ctrl+Return in the answer box</source>
        <translation>Espacio; Ctrl+Intro en el cuadro de respuesta</translation>
    </message>
    <message>
        <source>Rate: Again, Hard, Good, Easy</source>
        <translation>Calificar: Otra vez, Difícil, Bien, Fácil</translation>
    </message>
    <message>
        <source>1, 2, 3, 4</source>
        <translation>1, 2, 3, 4</translation>
    </message>
    <message>
        <source>Rate in pass/fail mode: Forgot, Remembered</source>
        <translation>Calificar en modo acierto/fallo: Olvidada, Recordada</translation>
    </message>
    <message>
        <source>1, 2</source>
        <translation>1, 2</translation>
    </message>
    <message numerus="yes">
        <source>%1 %2 (%n question(s))</source>
        <translation>
            <numerusform>%1 %2 (%n pregunta)</numerusform>
            <numerusform>%1 %2 (%n preguntas)</numerusform>
        </translation>
    </message>
    <message>
        <source>About GoPrep</source>
        <translation>Acerca de GoPrep</translation>
    </message>
    <message>
        <source>&lt;h3&gt;GoPrep %1&lt;/h3&gt;&lt;p&gt;Prepare for Go interviews: read the answers, say them in your own words, mark what you are weak on.&lt;/p&gt;&lt;p&gt;Packs: %2&lt;/p&gt;&lt;p&gt;Code highlighting: %3&lt;/p&gt;&lt;p&gt;Your notes: %4&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;%5&quot;&gt;%5&lt;/a&gt;&lt;/p&gt;</source>
        <translation>&lt;h3&gt;GoPrep %1&lt;/h3&gt;&lt;p&gt;Prepárese para entrevistas de Go: lea las respuestas, dígalas con sus propias palabras y marque sus puntos débiles.&lt;/p&gt;&lt;p&gt;Paquetes: %2&lt;/p&gt;&lt;p&gt;Resaltado de código: %3&lt;/p&gt;&lt;p&gt;Sus notas: %4&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;%5&quot;&gt;%5&lt;/a&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>unavailable</source>
        <translation>no disponible</translation>
    </message>
    <message>
        <source>The new language applies when GoPrep starts again.</source>
        <translation>El nuevo idioma se aplicará cuando GoPrep se vuelva a iniciar.</translation>
    </message>
    <message>
        <source>&amp;Cheat Sheet…</source>
        <translation>&amp;Hoja de referencia…</translation>
    </message>
    <message>
        <source>Your weak topics, bookmarks or a section on paper or in a PDF</source>
        <translation>Sus temas débiles, marcadores o una sección, en papel o en PDF</translation>
    </message>
</context>
<context>
    <name>GoPrep::NotesListModel</name>
    <message>
        <source>%1 (not in any loaded pack)</source>
        <translation>%1 (no está en ningún paquete cargado)</translation>
    </message>
    <message>
        <source>The answer has changed since you wrote this note.</source>
        <translation>La respuesta ha cambiado desde que escribió esta nota.</translation>
    </message>
    <message>
        <source>%1, note from %2%3</source>
        <translation>%1, nota del %2%3</translation>
    </message>
    <message>
        <source>, the answer changed since</source>
        <translation>, la respuesta ha cambiado desde entonces</translation>
    </message>
</context>
<context>
    <name>GoPrep::NotesOverview</name>
    <message>
        <source>Find in your notes</source>
        <translation>Buscar en sus notas</translation>
    </message>
    <message>
        <source>Your notes</source>
        <translation>Sus notas</translation>
    </message>
    <message>
        <source>No notes yet. Open a question and write the answer in your own words: your notes collect here, newest first.</source>
        <translation>Aún no hay notas. Abra una pregunta y escriba la respuesta con sus propias palabras: sus notas se reúnen aquí, las más recientes primero.</translation>
    </message>
    <message>
        <source>No note matches “%1”.</source>
        <translation>Ninguna nota coincide con «%1».</translation>
    </message>
</context>
<context>
    <name>GoPrep::NotesPane</name>
    <message>
        <source>Your notes</source>
        <translation>Sus notas</translation>
    </message>
    <message>
        <source>Note save status</source>
        <translation>Estado de guardado de la nota</translation>
    </message>
    <message>
        <source>The answer has changed since you wrote this note. Read it again and update your note.</source>
        <translation>La respuesta ha cambiado desde que escribió esta nota. Vuelva a leerla y actualice su nota.</translation>
    </message>
    <message>
        <source>Note editor</source>
        <translation>Editor de notas</translation>
    </message>
    <message>
        <source>Your answer in your own words, in Markdown. Saved automatically.</source>
        <translation>Su respuesta con sus propias palabras, en Markdown. Se guarda automáticamente.</translation>
    </message>
    <message>
        <source>Say the answer in your own words, as you would in the interview.

Markdown works: **bold**, `code`, lists and ```go code blocks.

Saved automatically.</source>
        <translation>Diga la respuesta con sus propias palabras, como lo haría en la entrevista.

Puede usar Markdown: **negrita**, `código`, listas y bloques de código ```go.

Se guarda automáticamente.</translation>
    </message>
    <message>
        <source>Note preview</source>
        <translation>Vista previa de la nota</translation>
    </message>
    <message>
        <source>&amp;Write</source>
        <translation>E&amp;scribir</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>Vista p&amp;revia</translation>
    </message>
    <message>
        <source>Open a question to write a note</source>
        <translation>Abra una pregunta para escribir una nota</translation>
    </message>
    <message>
        <source>No note yet</source>
        <translation>Aún no hay nota</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Guardada</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Guardada el %1</translation>
    </message>
    <message>
        <source>Editing…</source>
        <translation>Editando…</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>No guardada</translation>
    </message>
    <message>
        <source>Notes off</source>
        <translation>Notas desactivadas</translation>
    </message>
</context>
<context>
    <name>GoPrep::PracticeCard</name>
    <message>
        <source>Your answer</source>
        <translation>Su respuesta</translation>
    </message>
    <message>
        <source>Say your answer out loud, or type the points you would make.

Ctrl+Return shows the answer. This box is not saved.</source>
        <translation>Diga su respuesta en voz alta o escriba los puntos que mencionaría.

Ctrl+Intro muestra la respuesta. Este cuadro no se guarda.</translation>
    </message>
    <message>
        <source>Your &amp;answer</source>
        <translation>Su &amp;respuesta</translation>
    </message>
    <message>
        <source>&lt;b&gt;Space&lt;/b&gt; shows the answer.&lt;br&gt;&lt;br&gt;To write your answer first, &lt;b&gt;Tab&lt;/b&gt; to the box on the left; there, &lt;b&gt;Ctrl+Return&lt;/b&gt; shows the answer.</source>
        <translation>&lt;b&gt;Espacio&lt;/b&gt; muestra la respuesta.&lt;br&gt;&lt;br&gt;Para escribir antes su respuesta, pulse &lt;b&gt;Tab&lt;/b&gt; para ir al cuadro de la izquierda; allí, &lt;b&gt;Ctrl+Intro&lt;/b&gt; muestra la respuesta.</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Show Answer  (Space)</source>
        <translation>Mostrar respuesta  (Espacio)</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n d</source>
        <translation>
            <numerusform>%n d</numerusform>
            <numerusform>%n d</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mo</source>
        <translation>
            <numerusform>%n mes</numerusform>
            <numerusform>%n meses</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 y</source>
        <translation>%1 a</translation>
    </message>
    <message>
        <source>weak topic</source>
        <translation>tema débil</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nueva</translation>
    </message>
    <message>
        <source>due</source>
        <translation>pendiente</translation>
    </message>
    <message>
        <source>due %1 ago</source>
        <translation>pendiente desde hace %1</translation>
    </message>
    <message numerus="yes">
        <source>reviewed %n time(s)</source>
        <translation>
            <numerusform>repasada %n vez</numerusform>
            <numerusform>repasada %n veces</numerusform>
        </translation>
    </message>
    <message>
        <source>Forgot</source>
        <translation>Olvidada</translation>
    </message>
    <message>
        <source>Remembered</source>
        <translation>Recordada</translation>
    </message>
    <message>
        <source>Again</source>
        <translation>Otra vez</translation>
    </message>
    <message>
        <source>Hard</source>
        <translation>Difícil</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Bien</translation>
    </message>
    <message>
        <source>Easy</source>
        <translation>Fácil</translation>
    </message>
    <message>
        <source>Rate %1 (key %2)</source>
        <translation>Calificar como «%1» (tecla %2)</translation>
    </message>
    <message>
        <source>Question: %1</source>
        <translation>Pregunta: %1</translation>
    </message>
    <message>
        <source>%1. Space shows the answer; Tab goes to the box for your answer.</source>
        <translation>%1. Espacio muestra la respuesta; Tab lleva al cuadro para su respuesta.</translation>
    </message>
</context>
<context>
    <name>GoPrep::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Seguir al sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>&amp;Appearance:</source>
        <translation>&amp;Apariencia:</translation>
    </message>
    <message>
        <source>Automatic (light or dark, with the window)</source>
        <translation>Automático (claro u oscuro, según la ventana)</translation>
    </message>
    <message>
        <source>&amp;Code colours:</source>
        <translation>&amp;Colores del código:</translation>
    </message>
    <message>
        <source>The system&apos;s (%1)</source>
        <translation>El del sistema (%1)</translation>
    </message>
    <message>
        <source>The language of menus, buttons and messages; the questions stay in their pack&apos;s language. Applies when GoPrep starts again.</source>
        <translation>El idioma de los menús, botones y mensajes; las preguntas siguen en el idioma de su paquete. Se aplica cuando GoPrep se vuelve a iniciar.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>A new language applies when GoPrep starts again.</source>
        <translation>El nuevo idioma se aplicará cuando GoPrep se vuelva a iniciar.</translation>
    </message>
</context>
<context>
    <name>GoPrep::ProgressPage</name>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>&amp;Interview on:</source>
        <translation>&amp;Fecha de la entrevista:</translation>
    </message>
    <message>
        <source>Tick this and choose the day: the plan spreads your reviews over the days left.</source>
        <translation>Marque esta casilla y elija el día: el plan reparte sus repasos entre los días que quedan.</translation>
    </message>
    <message>
        <source>Interview date</source>
        <translation>Fecha de la entrevista</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>How likely you want to be to recall each answer. Reviews are scheduled to keep every answer at least this likely to come back; higher means more reviews.</source>
        <translation>Probabilidad con la que quiere recordar cada respuesta. Los repasos se programan para que cada respuesta conserve al menos esta probabilidad de recordarse; cuanto más alta, más repasos.</translation>
    </message>
    <message>
        <source>&amp;Target recall:</source>
        <translation>Retención &amp;objetivo:</translation>
    </message>
    <message>
        <source>Review today</source>
        <translation>Repasar hoy</translation>
    </message>
    <message>
        <source>Review These &amp;Now</source>
        <translation>&amp;Repasar estas ahora</translation>
    </message>
    <message>
        <source>Most at risk</source>
        <translation>Más en riesgo</translation>
    </message>
    <message>
        <source>Most at risk on the day</source>
        <translation>Más en riesgo el día de la entrevista</translation>
    </message>
    <message>
        <source>Predicted recall of every question</source>
        <translation>Retención prevista de cada pregunta</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Sección</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Ahora</translation>
    </message>
    <message>
        <source>On the day</source>
        <translation>En la entrevista</translation>
    </message>
    <message>
        <source>Your plan</source>
        <translation>Su plan</translation>
    </message>
    <message>
        <source>Every question</source>
        <translation>Todas las preguntas</translation>
    </message>
    <message>
        <source>Sections: reviewed and predicted recall now</source>
        <translation>Secciones: repasadas y retención prevista actual</translation>
    </message>
    <message>
        <source>Reviews per day, last 30 days</source>
        <translation>Repasos por día, últimos 30 días</translation>
    </message>
    <message>
        <source>No reviews yet. F5 starts your first round.</source>
        <translation>Aún no hay repasos. F5 inicia su primera ronda.</translation>
    </message>
    <message>
        <source>Due in the next 14 days</source>
        <translation>Pendientes en los próximos 14 días</translation>
    </message>
    <message>
        <source>Nothing scheduled yet.</source>
        <translation>Aún no hay nada programado.</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Plans and progress need your data file, which is unavailable.</source>
        <translation>El plan y el progreso necesitan su archivo de datos, que no está disponible.</translation>
    </message>
    <message>
        <source>Set the date of your interview, and GoPrep works out what to review each day so that every answer reaches %1 recall by then.</source>
        <translation>Indique la fecha de su entrevista y GoPrep calculará qué repasar cada día para que todas las respuestas alcancen una retención del %1 para entonces.</translation>
    </message>
    <message>
        <source>Your interview is &lt;b&gt;today&lt;/b&gt;.</source>
        <translation>Su entrevista es &lt;b&gt;hoy&lt;/b&gt;.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n day(s)&lt;/b&gt; to your interview</source>
        <translation>
            <numerusform>Falta &lt;b&gt;%n día&lt;/b&gt; para su entrevista</numerusform>
            <numerusform>Faltan &lt;b&gt;%n días&lt;/b&gt; para su entrevista</numerusform>
        </translation>
    </message>
    <message>
        <source> on %1.</source>
        <translation> (%1).</translation>
    </message>
    <message>
        <source>On the day, &lt;b&gt;%1 of %2&lt;/b&gt; answers are predicted at %3 recall or better</source>
        <translation>Para ese día, se prevé que &lt;b&gt;%1 de %2&lt;/b&gt; respuestas tengan una retención del %3 o más</translation>
    </message>
    <message numerus="yes">
        <source>; %n not started yet</source>
        <translation>
            <numerusform>; %n sin empezar</numerusform>
            <numerusform>; %n sin empezar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n at risk.</source>
        <translation>
            <numerusform>, %n en riesgo.</numerusform>
            <numerusform>, %n en riesgo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing more to review today.</source>
        <translation>No queda nada por repasar hoy.</translation>
    </message>
    <message numerus="yes">
        <source>Review &lt;b&gt;%n&lt;/b&gt; today to stay on course.</source>
        <translation>
            <numerusform>Repase &lt;b&gt;%n&lt;/b&gt; hoy para seguir el plan.</numerusform>
            <numerusform>Repase &lt;b&gt;%n&lt;/b&gt; hoy para seguir el plan.</numerusform>
        </translation>
    </message>
    <message>
        <source>new</source>
        <translation>nueva</translation>
    </message>
    <message>
        <source>%1 now</source>
        <translation>%1 ahora</translation>
    </message>
    <message>
        <source>%1 on the day</source>
        <translation>%1 en la entrevista</translation>
    </message>
    <message>
        <source>None: everything you reviewed holds until then.</source>
        <translation>Ninguna: todo lo que ha repasado se mantiene hasta entonces.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n-day&lt;/b&gt; streak</source>
        <translation>
            <numerusform>Racha de &lt;b&gt;%n día&lt;/b&gt;</numerusform>
            <numerusform>Racha de &lt;b&gt;%n días&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>No streak yet</source>
        <translation>Aún sin racha</translation>
    </message>
    <message numerus="yes">
        <source>%n review(s) in all</source>
        <translation>
            <numerusform>%n repaso en total</numerusform>
            <numerusform>%n repasos en total</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n due today</source>
        <translation>
            <numerusform>%n pendiente hoy</numerusform>
            <numerusform>%n pendientes hoy</numerusform>
        </translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Repasadas</translation>
    </message>
    <message>
        <source>Predicted recall</source>
        <translation>Retención prevista</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Repasos</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Pendientes</translation>
    </message>
</context>
<context>
    <name>GoPrep::Question</name>
    <message>
        <source>Junior</source>
        <translation>Júnior</translation>
    </message>
    <message>
        <source>Mid-level</source>
        <translation>Intermedio</translation>
    </message>
    <message>
        <source>Senior</source>
        <translation>Sénior</translation>
    </message>
</context>
<context>
    <name>GoPrep::QuestionBrowser</name>
    <message>
        <source>Search questions and notes (Ctrl+K)</source>
        <translation>Buscar en preguntas y notas (Ctrl+K)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Type to search titles, answers, code and your notes. Up and Down choose a result, Enter opens it, Escape clears the search.</source>
        <translation>Escriba para buscar en títulos, respuestas, código y sus notas. Arriba y Abajo eligen un resultado, Intro lo abre y Esc borra la búsqueda.</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtro</translation>
    </message>
    <message>
        <source>Filter questions</source>
        <translation>Filtrar preguntas</translation>
    </message>
    <message>
        <source>Show only some sections, levels, tags or marked questions</source>
        <translation>Mostrar solo algunas secciones, niveles, etiquetas o preguntas marcadas</translation>
    </message>
    <message>
        <source>&amp;Filter</source>
        <translation>&amp;Filtrar</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Preguntas</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Resultados de la búsqueda</translation>
    </message>
    <message>
        <source>Nothing matches “%1”.</source>
        <translation>No hay coincidencias con «%1».</translation>
    </message>
    <message>
        <source>Nothing matches “%1” with the current filters.</source>
        <translation>No hay coincidencias con «%1» con los filtros actuales.</translation>
    </message>
    <message>
        <source>&amp;Bookmarked</source>
        <translation>En &amp;marcadores</translation>
    </message>
    <message>
        <source>&amp;Weak topics</source>
        <translation>Temas &amp;débiles</translation>
    </message>
    <message>
        <source>With a &amp;note</source>
        <translation>Con &amp;nota</translation>
    </message>
    <message>
        <source>Not yet &amp;reviewed</source>
        <translation>Sin &amp;repasar</translation>
    </message>
    <message>
        <source>&amp;Level</source>
        <translation>Ni&amp;vel</translation>
    </message>
    <message>
        <source>&amp;Section</source>
        <translation>&amp;Sección</translation>
    </message>
    <message>
        <source>&amp;Tag</source>
        <translation>&amp;Etiqueta</translation>
    </message>
    <message>
        <source>&amp;Clear Filters</source>
        <translation>&amp;Borrar filtros</translation>
    </message>
    <message>
        <source>Filter (%1)</source>
        <translation>Filtro (%1)</translation>
    </message>
    <message>
        <source>Showing: %1 — &lt;a href=&quot;clear&quot;&gt;show all&lt;/a&gt;</source>
        <translation>Mostrando: %1 — &lt;a href=&quot;clear&quot;&gt;mostrar todo&lt;/a&gt;</translation>
    </message>
    <message numerus="yes">
        <source>Preparing search over %n question(s)… The results appear here in a moment.</source>
        <translation>
            <numerusform>Preparando la búsqueda en %n pregunta… Los resultados aparecerán aquí en un momento.</numerusform>
            <numerusform>Preparando la búsqueda en %n preguntas… Los resultados aparecerán aquí en un momento.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GoPrep::QuestionTreeModel</name>
    <message>
        <source>Bookmarks</source>
        <translation>Marcadores</translation>
    </message>
    <message>
        <source>Weak topics</source>
        <translation>Temas débiles</translation>
    </message>
    <message>
        <source>Questions you bookmarked (Ctrl+D)</source>
        <translation>Preguntas que ha añadido a marcadores (Ctrl+D)</translation>
    </message>
    <message>
        <source>Topics you marked as weak (Ctrl+E)</source>
        <translation>Temas que ha marcado como débiles (Ctrl+E)</translation>
    </message>
    <message>
        <source>A guide to preparing for the interview</source>
        <translation>Una guía para preparar la entrevista</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n pregunta</numerusform>
            <numerusform>%n preguntas</numerusform>
        </translation>
    </message>
    <message>
        <source>%1
Level: %2 · Tags: %3</source>
        <translation>%1
Nivel: %2 · Etiquetas: %3</translation>
    </message>
    <message>
        <source>bookmarked</source>
        <translation>en marcadores</translation>
    </message>
    <message>
        <source>marked weak</source>
        <translation>marcada como débil</translation>
    </message>
    <message>
        <source>has a note</source>
        <translation>tiene nota</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n question(s)</source>
        <translation>
            <numerusform>%1, %n pregunta</numerusform>
            <numerusform>%1, %n preguntas</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, guide</source>
        <translation>%1, guía</translation>
    </message>
</context>
<context>
    <name>GoPrep::ReviewPage</name>
    <message>
        <source>Review</source>
        <translation>Repaso</translation>
    </message>
    <message>
        <source>Pa&amp;ss/fail</source>
        <translation>Acierto/&amp;fallo</translation>
    </message>
    <message>
        <source>Rate with two buttons, Forgot and Remembered, instead of four</source>
        <translation>Calificar con dos botones, Olvidada y Recordada, en lugar de cuatro</translation>
    </message>
    <message>
        <source>Open in &amp;Reader</source>
        <translation>Abrir en el &amp;lector</translation>
    </message>
    <message>
        <source>Read this question with its note (Esc comes back to reading)</source>
        <translation>Leer esta pregunta con su nota (Esc vuelve a la lectura)</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>Review needs your data</source>
        <translation>El repaso necesita sus datos</translation>
    </message>
    <message>
        <source>GoPrep cannot open the file that keeps your reviews, so it cannot schedule them. The reason is in the message shown at start.</source>
        <translation>GoPrep no puede abrir el archivo donde guarda sus repasos, así que no puede programarlos. El motivo aparece en el mensaje que se mostró al inicio.</translation>
    </message>
    <message>
        <source>The next question comes due in %1 (%2).</source>
        <translation>El próximo repaso será dentro de %1 (%2).</translation>
    </message>
    <message>
        <source>&lt;p&gt;F6 starts a timed mock drill; F7 shows your plan and progress; Esc goes back to reading.&lt;/p&gt;</source>
        <translation>&lt;p&gt;F6 inicia un simulacro de entrevista cronometrado; F7 muestra su plan y su progreso; Esc vuelve a la lectura.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Round complete</source>
        <translation>Ronda completada</translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;%n question(s) reviewed</source>
        <translation>
            <numerusform>&lt;p&gt;%n pregunta repasada</numerusform>
            <numerusform>&lt;p&gt;%n preguntas repasadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n again</source>
        <translation>
            <numerusform>, %n olvidada</numerusform>
            <numerusform>, %n olvidadas</numerusform>
        </translation>
    </message>
    <message>
        <source>, in %1.&lt;/p&gt;</source>
        <translation>, en %1.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Nothing to review</source>
        <translation>Nada que repasar</translation>
    </message>
    <message>
        <source>&lt;p&gt;You are up to date.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Está al día.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n to go</source>
        <translation>
            <numerusform>queda %n</numerusform>
            <numerusform>quedan %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reviewed</source>
        <translation>
            <numerusform>%n repasada</numerusform>
            <numerusform>%n repasadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n again</source>
        <translation>
            <numerusform>%n olvidada</numerusform>
            <numerusform>%n olvidadas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GoPrep::SearchIndex</name>
    <message>
        <source>Search is unavailable: %1</source>
        <translation>La búsqueda no está disponible: %1</translation>
    </message>
    <message>
        <source>Search is unavailable (SQLite needs FTS5): %1</source>
        <translation>La búsqueda no está disponible (SQLite necesita FTS5): %1</translation>
    </message>
</context>
<context>
    <name>GoPrep::SearchResultsModel</name>
    <message>
        <source>%1, in %2</source>
        <translation>%1, en %2</translation>
    </message>
</context>
<context>
    <name>GoPrep::UserStore</name>
    <message>
        <source>Your notes database was damaged. GoPrep moved it aside to %1 (it was not deleted) and started a new, empty one, because there was no usable backup.</source>
        <translation>La base de datos de sus notas estaba dañada. GoPrep la ha apartado a %1 (no se ha borrado) y ha creado una nueva vacía, porque no había ninguna copia de seguridad utilizable.</translation>
    </message>
    <message>
        <source>Your notes database was damaged. GoPrep moved it aside to %1 (it was not deleted) and restored the backup from %2. Anything written after that backup is only in the damaged file.</source>
        <translation>La base de datos de sus notas estaba dañada. GoPrep la ha apartado a %1 (no se ha borrado) y ha restaurado la copia de seguridad del %2. Lo escrito después de esa copia solo está en el archivo dañado.</translation>
    </message>
    <message>
        <source>The Qt SQLite driver (QSQLITE) is not available, so GoPrep cannot keep notes. Install it (Debian: libqt6sql6-sqlite).</source>
        <translation>El controlador SQLite de Qt (QSQLITE) no está disponible, así que GoPrep no puede guardar notas. Instálelo (Debian: libqt6sql6-sqlite).</translation>
    </message>
    <message>
        <source>Cannot open the notes database %1: %2</source>
        <translation>No se puede abrir la base de datos de notas %1: %2</translation>
    </message>
    <message>
        <source>The data folder %1 is a file, not a folder. Move the file away or choose another folder with --data-dir.</source>
        <translation>La carpeta de datos %1 es un archivo, no una carpeta. Mueva el archivo a otro sitio o elija otra carpeta con --data-dir.</translation>
    </message>
    <message>
        <source>Cannot create the data folder %1. Check that its parent folder exists and is writable, or choose another folder with --data-dir.</source>
        <translation>No se puede crear la carpeta de datos %1. Compruebe que su carpeta superior existe y tiene permiso de escritura, o elija otra carpeta con --data-dir.</translation>
    </message>
    <message>
        <source>%1 exists but is not a file. Move it away so GoPrep can keep your notes there.</source>
        <translation>%1 existe, pero no es un archivo. Muévalo a otro sitio para que GoPrep pueda guardar ahí sus notas.</translation>
    </message>
    <message>
        <source>The notes database %1 is damaged (%2), and it could not be moved aside. Move it away yourself and start GoPrep again.</source>
        <translation>La base de datos de notas %1 está dañada (%2) y no se ha podido apartar. Muévala manualmente a otro sitio y vuelva a iniciar GoPrep.</translation>
    </message>
    <message>
        <source>Cannot check the notes database</source>
        <translation>No se puede comprobar la base de datos de notas</translation>
    </message>
    <message>
        <source>The notes database %1 failed its integrity check (%2).</source>
        <translation>La base de datos de notas %1 no ha superado la comprobación de integridad (%2).</translation>
    </message>
    <message>
        <source> Check that the folder is writable, or start GoPrep with --data-dir pointing to a writable folder.</source>
        <translation> Compruebe que la carpeta tiene permiso de escritura o inicie GoPrep con --data-dir apuntando a una carpeta con permiso de escritura.</translation>
    </message>
    <message>
        <source> The file is damaged or is not a GoPrep database.</source>
        <translation> El archivo está dañado o no es una base de datos de GoPrep.</translation>
    </message>
    <message>
        <source>%1 (%2): %3.%4</source>
        <translation>%1 (%2): %3.%4</translation>
    </message>
    <message>
        <source>Cannot use the notes database</source>
        <translation>No se puede usar la base de datos de notas</translation>
    </message>
    <message>
        <source>Cannot use the notes database %1: it could not be switched to write-ahead logging (journal mode is &apos;%2&apos;). Is the folder writable?</source>
        <translation>No se puede usar la base de datos de notas %1: no se ha podido activar el registro de escritura anticipada (el modo de diario es «%2»). ¿Tiene la carpeta permiso de escritura?</translation>
    </message>
    <message>
        <source>Cannot configure the notes database</source>
        <translation>No se puede configurar la base de datos de notas</translation>
    </message>
    <message>
        <source>Cannot read the notes database</source>
        <translation>No se puede leer la base de datos de notas</translation>
    </message>
    <message>
        <source>The notes database %1 was written by a newer version of GoPrep (schema %2; this version knows up to %3). Update GoPrep; the file was left untouched.</source>
        <translation>La base de datos de notas %1 la escribió una versión más reciente de GoPrep (esquema %2; esta versión conoce hasta el %3). Actualice GoPrep; el archivo no se ha modificado.</translation>
    </message>
    <message>
        <source>Cannot update the notes database</source>
        <translation>No se puede actualizar la base de datos de notas</translation>
    </message>
    <message>
        <source>Cannot update the notes database to schema %1</source>
        <translation>No se puede actualizar la base de datos de notas al esquema %1</translation>
    </message>
    <message>
        <source>Cannot update the notes database %1: %2</source>
        <translation>No se puede actualizar la base de datos de notas %1: %2</translation>
    </message>
    <message>
        <source>Cannot read notes</source>
        <translation>No se pueden leer las notas</translation>
    </message>
    <message>
        <source>Cannot read bookmarks</source>
        <translation>No se pueden leer los marcadores</translation>
    </message>
    <message>
        <source>Cannot read the review history</source>
        <translation>No se puede leer el historial de repasos</translation>
    </message>
    <message>
        <source>Cannot read preferences</source>
        <translation>No se pueden leer las preferencias</translation>
    </message>
    <message>
        <source>Your note was not saved</source>
        <translation>Su nota no se ha guardado</translation>
    </message>
    <message>
        <source>The bookmark was not saved</source>
        <translation>El marcador no se ha guardado</translation>
    </message>
    <message>
        <source>The weak-topic mark was not saved</source>
        <translation>La marca de tema débil no se ha guardado</translation>
    </message>
    <message>
        <source>A rating is 1 (again) to 4 (easy), not %1.</source>
        <translation>La calificación va de 1 (otra vez) a 4 (fácil), no %1.</translation>
    </message>
    <message>
        <source>The review was not saved (%1): %2</source>
        <translation>El repaso no se ha guardado (%1): %2</translation>
    </message>
    <message>
        <source>The review was not saved</source>
        <translation>El repaso no se ha guardado</translation>
    </message>
    <message>
        <source>The practice session could not be started</source>
        <translation>No se ha podido iniciar la sesión de práctica</translation>
    </message>
    <message>
        <source>The practice session could not be closed</source>
        <translation>No se ha podido cerrar la sesión de práctica</translation>
    </message>
    <message>
        <source>The setting was not saved</source>
        <translation>El ajuste no se ha guardado</translation>
    </message>
    <message>
        <source>Cannot create the backup folder %1.</source>
        <translation>No se puede crear la carpeta de copias de seguridad %1.</translation>
    </message>
    <message>
        <source>The backup was not made</source>
        <translation>No se ha hecho la copia de seguridad</translation>
    </message>
    <message>
        <source>%1 is not a usable GoPrep backup: it is damaged or not a database.</source>
        <translation>%1 no es una copia de seguridad de GoPrep utilizable: está dañada o no es una base de datos.</translation>
    </message>
    <message>
        <source>The backup could not be read</source>
        <translation>No se ha podido leer la copia de seguridad</translation>
    </message>
    <message>
        <source>%1 was made by a newer version of GoPrep; update GoPrep to restore it.</source>
        <translation>%1 se hizo con una versión más reciente de GoPrep; actualice GoPrep para restaurarla.</translation>
    </message>
    <message>
        <source>The backup was not restored: %1</source>
        <translation>No se ha restaurado la copia de seguridad: %1</translation>
    </message>
    <message>
        <source>The backup was not restored; nothing was changed</source>
        <translation>No se ha restaurado la copia de seguridad; no se ha cambiado nada</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>No se ha importado nada: %1</translation>
    </message>
    <message>
        <source>Also written on %1, kept when importing:</source>
        <translation>También escrita el %1, conservada al importar:</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>No se ha importado nada</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Unknown question id &apos;%1&apos; (see --list).</source>
        <translation>Id de pregunta desconocido «%1» (vea --list).</translation>
    </message>
    <message>
        <source>Cannot write the screenshot to %1.</source>
        <translation>No se puede escribir la captura de pantalla en %1.</translation>
    </message>
    <message>
        <source>Run goprep --help for the options.</source>
        <translation>Ejecute goprep --help para ver las opciones.</translation>
    </message>
    <message>
        <source>GoPrep is already running; its window was brought to the front.</source>
        <translation>GoPrep ya se está ejecutando; se ha traído su ventana al frente.</translation>
    </message>
    <message>
        <source>Your notes were recovered</source>
        <translation>Se han recuperado sus notas</translation>
    </message>
    <message>
        <source>A pack was not loaded</source>
        <translation>No se ha cargado un paquete</translation>
    </message>
    <message>
        <source>Some question packs have problems and were left out. The others are ready.</source>
        <translation>Algunos paquetes de preguntas tienen problemas y se han omitido. Los demás están listos.</translation>
    </message>
</context>
</TS>
