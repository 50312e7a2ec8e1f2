<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About NeedleJournal</source>
        <translation>Acerca de NeedleJournal</translation>
    </message>
</context>
<context>
    <name>ActionBar</name>
    <message>
        <source>New session</source>
        <translation>Nueva sesión</translation>
    </message>
    <message>
        <source>Skin check</source>
        <translation>Control de piel</translation>
    </message>
    <message>
        <source>Add photos</source>
        <translation>Añadir fotos</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparar</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Informe</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>Copia de seguridad</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Acciones</translation>
    </message>
</context>
<context>
    <name>Area</name>
    <message>
        <source>Forehead</source>
        <translation>Frente</translation>
    </message>
    <message>
        <source>Cheeks</source>
        <translation>Mejillas</translation>
    </message>
    <message>
        <source>Nose</source>
        <translation>Nariz</translation>
    </message>
    <message>
        <source>Chin / jawline</source>
        <translation>Mentón / línea mandibular</translation>
    </message>
    <message>
        <source>Upper lip / perioral</source>
        <translation>Labio superior / perioral</translation>
    </message>
    <message>
        <source>Under-eye / periorbital</source>
        <translation>Contorno de ojos / periorbital</translation>
    </message>
    <message>
        <source>Neck</source>
        <translation>Cuello</translation>
    </message>
    <message>
        <source>Décolletage</source>
        <translation>Escote</translation>
    </message>
    <message>
        <source>Scalp</source>
        <translation>Cuero cabelludo</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Cuerpo</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otra</translation>
    </message>
</context>
<context>
    <name>CardPhotos</name>
    <message>
        <source>{role} · {view} · {date}
Click to open; Ctrl+click two to compare.</source>
        <translation>{role} · {view} · {date}
Clic para abrir; Ctrl+clic en dos para compararlas.</translation>
    </message>
</context>
<context>
    <name>ChosenPhotosBar</name>
    <message>
        <source>Compare</source>
        <translation>Comparar</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Quitar selección</translation>
    </message>
    <message>
        <source>1 photo chosen: Ctrl+click another to compare them.</source>
        <translation>1 foto elegida: Ctrl+clic en otra para compararlas.</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) chosen.</source>
        <translation>
            <numerusform>%n foto elegida.</numerusform>
            <numerusform>%n fotos elegidas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClientListPanel</name>
    <message>
        <source>Find a client  (Ctrl+F)</source>
        <translation>Buscar cliente  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Find a client</source>
        <translation>Buscar cliente</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <source>No clients yet.</source>
        <translation>Todavía no hay clientes.</translation>
    </message>
    <message>
        <source>Add the first client</source>
        <translation>Añadir el primer cliente</translation>
    </message>
    <message>
        <source>No client matches “{search}”.</source>
        <translation>Ningún cliente coincide con «{search}».</translation>
    </message>
</context>
<context>
    <name>ClinicActions</name>
    <message>
        <source>Who is &amp;due…</source>
        <translation>Pen&amp;dientes…</translation>
    </message>
    <message>
        <source>Progress &amp;report (PDF)…</source>
        <translation>Informe de &amp;progreso (PDF)…</translation>
    </message>
    <message>
        <source>Find &amp;lot…</source>
        <translation>Buscar &amp;lote…</translation>
    </message>
    <message>
        <source>Choose a client first, then write their report.</source>
        <translation>Elija primero un cliente y luego cree su informe.</translation>
    </message>
    <message numerus="yes">
        <source>Saved {name}&apos;s report (%n page(s)) to {path}.</source>
        <translation>
            <numerusform>Informe de {name} (%n página) guardado en {path}.</numerusform>
            <numerusform>Informe de {name} (%n páginas) guardado en {path}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Changed on another seat</source>
        <translation>Cambiado en otro puesto</translation>
    </message>
    <message>
        <source>Their version and yours hold the same details.</source>
        <translation>Su versión y la de usted tienen los mismos datos.</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Recargar</translation>
    </message>
    <message>
        <source>Discard my changes</source>
        <translation>Descartar mis cambios</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Conservar la mía</translation>
    </message>
    <message>
        <source>Save my version over theirs</source>
        <translation>Guardar mi versión sobre la suya</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Combinar</translation>
    </message>
    <message>
        <source>Save the version picked field by field</source>
        <translation>Guardar la versión elegida campo por campo</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>La suya</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>La mía</translation>
    </message>
</context>
<context>
    <name>ConflictFields</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Fitzpatrick skin type</source>
        <translation>Fototipo de Fitzpatrick</translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation>Motivos de consulta</translation>
    </message>
    <message>
        <source>Contraindications</source>
        <translation>Contraindicaciones</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentimiento</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archivado</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Fecha y hora</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>Zonas</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Productos</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>Dolor</translation>
    </message>
    <message>
        <source>Numbing</source>
        <translation>Anestesia</translation>
    </message>
    <message>
        <source>Downtime</source>
        <translation>Tiempo de recuperación</translation>
    </message>
    <message>
        <source>Adverse events</source>
        <translation>Efectos adversos</translation>
    </message>
    <message>
        <source>Texture</source>
        <translation>Textura</translation>
    </message>
    <message>
        <source>Texture note</source>
        <translation>Nota de textura</translation>
    </message>
    <message>
        <source>Tone</source>
        <translation>Tono</translation>
    </message>
    <message>
        <source>Tone note</source>
        <translation>Nota de tono</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <source>Redness</source>
        <translation>Enrojecimiento</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Rated by</source>
        <translation>Valorado por</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Tomada</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Vista</translation>
    </message>
    <message>
        <source>How it was taken</source>
        <translation>Cómo se tomó</translation>
    </message>
    <message>
        <source>Anchor points</source>
        <translation>Puntos de anclaje</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Needles</source>
        <translation>Agujas</translation>
    </message>
    <message>
        <source>Cartridge</source>
        <translation>Cartucho</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>Marca</translation>
    </message>
    <message>
        <source>Ingredients</source>
        <translation>Ingredientes</translation>
    </message>
</context>
<context>
    <name>Conflicts</name>
    <message>
        <source>on seat {seat}</source>
        <translation>en el puesto {seat}</translation>
    </message>
    <message>
        <source>elsewhere</source>
        <translation>en otro lugar</translation>
    </message>
    <message>
        <source>at {time}</source>
        <translation>a las {time}</translation>
    </message>
    <message>
        <source>on {day} at {time}</source>
        <translation>el {day} a las {time}</translation>
    </message>
    <message>
        <source>by {user}</source>
        <translation>por {user}</translation>
    </message>
    <message>
        <source>While you were editing, this record was changed {where}{at}{by}.</source>
        <translation>Mientras usted editaba, este registro se cambió {where}{at}{by}.</translation>
    </message>
    <message>
        <source>Choose what to keep:</source>
        <translation>Elija qué conservar:</translation>
    </message>
</context>
<context>
    <name>CountedWords</name>
    <message numerus="yes">
        <source>%n pass(es)</source>
        <translation>
            <numerusform>%n pasada</numerusform>
            <numerusform>%n pasadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n sesión</numerusform>
            <numerusform>%n sesiones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>downtime %n day(s)</source>
        <translation>
            <numerusform>inactividad %n día</numerusform>
            <numerusform>inactividad %n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) downtime</source>
        <translation>
            <numerusform>%n día de inactividad</numerusform>
            <numerusform>%n días de inactividad</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n needle(s)</source>
        <translation>
            <numerusform>%n aguja</numerusform>
            <numerusform>%n agujas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DataDialog</name>
    <message>
        <source>Where my data lives</source>
        <translation>Dónde están mis datos</translation>
    </message>
    <message>
        <source>Open the data folder</source>
        <translation>Abrir la carpeta de datos</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <source>{day} {month} {year}</source>
        <translation>{day} {month} {year}</translation>
    </message>
    <message>
        <source>{weekday} {date}</source>
        <translation>{weekday} {date}</translation>
    </message>
    <message>
        <source>{day}, {time}</source>
        <translation>{day}, {time}</translation>
    </message>
    <message>
        <source>{date} {time}</source>
        <translation>{date} {time}</translation>
    </message>
</context>
<context>
    <name>DetailsPanel</name>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <source>Select a session or skin check to see everything recorded for it.</source>
        <translation>Seleccione una sesión o un control de piel para ver todo lo registrado.</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <source>No guidance warnings.</source>
        <translation>Sin avisos.</translation>
    </message>
    <message>
        <source>Skin check</source>
        <translation>Control de piel</translation>
    </message>
</context>
<context>
    <name>DeviceKind</name>
    <message>
        <source>Roller</source>
        <translation>Roller</translation>
    </message>
    <message>
        <source>Pen</source>
        <translation>Pen</translation>
    </message>
    <message>
        <source>Stamp</source>
        <translation>Sello</translation>
    </message>
    <message>
        <source>RF microneedling</source>
        <translation>Microneedling por RF</translation>
    </message>
</context>
<context>
    <name>DialogOpener</name>
    <message>
        <source>Choose a client first.</source>
        <translation>Elija primero un cliente.</translation>
    </message>
    <message>
        <source>Delete this session? This cannot be undone.</source>
        <translation>¿Eliminar esta sesión? No se puede deshacer.</translation>
    </message>
    <message>
        <source>Delete this skin check? This cannot be undone.</source>
        <translation>¿Eliminar este control de piel? No se puede deshacer.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
</context>
<context>
    <name>DueDialog</name>
    <message>
        <source>Who is due</source>
        <translation>Pendientes</translation>
    </message>
    <message>
        <source>Reading the journal…</source>
        <translation>Leyendo el diario…</translation>
    </message>
    <message>
        <source>Save as calendar…</source>
        <translation>Guardar como calendario…</translation>
    </message>
    <message>
        <source>Nobody is due: no client who is not archived has a session yet.</source>
        <translation>Nadie está pendiente: ningún cliente no archivado tiene aún una sesión.</translation>
    </message>
    <message numerus="yes">
        <source>%n due, {overdue} overdue. Click a row to open that client.</source>
        <translation>
            <numerusform>%n pendiente, {overdue} con retraso. Haga clic en una fila para abrir ese cliente.</numerusform>
            <numerusform>%n pendientes, {overdue} con retraso. Haga clic en una fila para abrir ese cliente.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save who is due as a calendar</source>
        <translation>Guardar los pendientes como calendario</translation>
    </message>
    <message>
        <source>due</source>
        <translation>pendientes</translation>
    </message>
    <message>
        <source>Calendar (*.ics)</source>
        <translation>Calendario (*.ics)</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n event(s) to {path}.</source>
        <translation>
            <numerusform>%n evento guardado en {path}.</numerusform>
            <numerusform>%n eventos guardados en {path}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DueModel</name>
    <message>
        <source>Due</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Last session</source>
        <translation>Última sesión</translation>
    </message>
    <message>
        <source>Depth</source>
        <translation>Profundidad</translation>
    </message>
    <message numerus="yes">
        <source>{due} (overdue %n day(s))</source>
        <translation>
            <numerusform>{due} (%n día de retraso)</numerusform>
            <numerusform>{due} (%n días de retraso)</numerusform>
        </translation>
    </message>
    <message>
        <source>{due} (today)</source>
        <translation>{due} (hoy)</translation>
    </message>
    <message>
        <source>Aftercare check-in</source>
        <translation>Seguimiento de cuidados posteriores</translation>
    </message>
    <message>
        <source>Next session</source>
        <translation>Próxima sesión</translation>
    </message>
</context>
<context>
    <name>Endpoint</name>
    <message>
        <source>no visible endpoint</source>
        <translation>sin punto final visible</translation>
    </message>
    <message>
        <source>erythema</source>
        <translation>eritema</translation>
    </message>
    <message>
        <source>pinpoint bleeding</source>
        <translation>sangrado puntiforme</translation>
    </message>
</context>
<context>
    <name>FirstRun</name>
    <message>
        <source>Who is this journal for?</source>
        <translation>¿Para quién es este diario?</translation>
    </message>
    <message>
        <source>Welcome to NeedleJournal</source>
        <translation>Bienvenido a NeedleJournal</translation>
    </message>
    <message>
        <source>Just me: one person at home; sessions deeper than home-use guides advise are flagged.
I see clients: an esthetician&apos;s journal with a client list and search.

You can change this later in Library → Settings…; adding people never changes it.</source>
        <translation>Solo yo: una persona en casa; se marcan las sesiones más profundas de lo que aconsejan las guías de uso doméstico.
Atiendo a clientes: un diario de esteticista con lista de clientes y búsqueda.

Puede cambiarlo más tarde en Biblioteca → Ajustes…; añadir personas nunca lo cambia.</translation>
    </message>
    <message>
        <source>Just me</source>
        <translation>Solo yo</translation>
    </message>
    <message>
        <source>I see clients</source>
        <translation>Atiendo a clientes</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <source>, lot {lot}</source>
        <translation>, lote {lot}</translation>
    </message>
    <message>
        <source>No sessions yet</source>
        <translation>Todavía no hay sesiones</translation>
    </message>
    <message>
        <source>last {day}</source>
        <translation>última {day}</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <source>Skin check</source>
        <translation>Control de piel</translation>
    </message>
    <message>
        <source>Areas: {areas}</source>
        <translation>Zonas: {areas}</translation>
    </message>
    <message>
        <source>Products: {products}</source>
        <translation>Productos: {products}</translation>
    </message>
    <message>
        <source>pain {pain}/10</source>
        <translation>dolor {pain}/10</translation>
    </message>
    <message>
        <source>numbing</source>
        <translation>anestesia tópica</translation>
    </message>
    <message>
        <source>Texture</source>
        <translation>Textura</translation>
    </message>
    <message>
        <source>Tone</source>
        <translation>Tono</translation>
    </message>
    <message>
        <source>Adverse events: {events}</source>
        <translation>Efectos adversos: {events}</translation>
    </message>
    <message>
        <source>Redness {level}/4 ({word})</source>
        <translation>Enrojecimiento {level}/4 ({word})</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>Zonas</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Productos</translation>
    </message>
    <message>
        <source>no numbing</source>
        <translation>sin anestesia tópica</translation>
    </message>
    <message>
        <source>Comfort</source>
        <translation>Comodidad</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>ninguno registrado</translation>
    </message>
    <message>
        <source>Adverse</source>
        <translation>Efectos adversos</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <source>Source: {source}</source>
        <translation>Fuente: {source}</translation>
    </message>
    <message>
        <source>Redness</source>
        <translation>Enrojecimiento</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Rated by</source>
        <translation>Valorado por</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <source>Journal</source>
        <translation>Diario</translation>
    </message>
    <message>
        <source>Still opening…</source>
        <translation>Todavía abriéndose…</translation>
    </message>
    <message>
        <source>SQLite file {path}</source>
        <translation>Archivo SQLite {path}</translation>
    </message>
    <message>
        <source>PostgreSQL server</source>
        <translation>Servidor PostgreSQL</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Carpeta de datos</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de datos</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Fotos</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <source>A private journal for microneedling: sessions, skin checks and photos.</source>
        <translation>Un diario privado de microneedling (terapia de inducción de colágeno): sesiones, controles de piel y fotos.</translation>
    </message>
    <message>
        <source>Licence: MIT.</source>
        <translation>Licencia: MIT.</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <source>&amp;Where my data lives</source>
        <translation>&amp;Dónde están mis datos</translation>
    </message>
    <message>
        <source>&amp;About NeedleJournal</source>
        <translation>A&amp;cerca de NeedleJournal</translation>
    </message>
</context>
<context>
    <name>JournalOpening</name>
    <message>
        <source>Restore the snapshot</source>
        <translation>Restaurar la instantánea</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
    <message>
        <source>Restore the snapshot of {when}? Anything logged after it is not in it. The damaged journal is not deleted: it is moved to {folder}.</source>
        <translation>¿Restaurar la instantánea del {when}? Lo registrado después no está incluido. El diario dañado no se elimina: se mueve a {folder}.</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>As the &amp;system</source>
        <translation>Como el &amp;sistema</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Opening your journal…</source>
        <translation>Abriendo su diario…</translation>
    </message>
    <message>
        <source>&amp;Journal</source>
        <translation>&amp;Diario</translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation>&amp;Biblioteca</translation>
    </message>
    <message>
        <source>&amp;Photos</source>
        <translation>&amp;Fotos</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Cronología</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Fotos</translation>
    </message>
    <message>
        <source>New &amp;session…</source>
        <translation>Nueva &amp;sesión…</translation>
    </message>
    <message>
        <source>New s&amp;kin check…</source>
        <translation>Nuevo &amp;control de piel…</translation>
    </message>
    <message>
        <source>&amp;Find client</source>
        <translation>&amp;Buscar cliente</translation>
    </message>
    <message>
        <source>New &amp;client…</source>
        <translation>Nuevo c&amp;liente…</translation>
    </message>
    <message>
        <source>&amp;Edit client…</source>
        <translation>&amp;Editar cliente…</translation>
    </message>
    <message>
        <source>Clinic &amp;mode (many clients)</source>
        <translation>Modo clí&amp;nica (muchos clientes)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Sal&amp;ir</translation>
    </message>
    <message>
        <source>&amp;Products…</source>
        <translation>&amp;Productos…</translation>
    </message>
    <message>
        <source>&amp;Devices…</source>
        <translation>&amp;Dispositivos…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Ajustes…</translation>
    </message>
    <message>
        <source>The journal could not be opened.</source>
        <translation>No se pudo abrir el diario.</translation>
    </message>
    <message>
        <source>The journal could not be opened</source>
        <translation>No se pudo abrir el diario</translation>
    </message>
    <message>
        <source>Personal journal</source>
        <translation>Diario personal</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s)</source>
        <translation>
            <numerusform>%n cliente</numerusform>
            <numerusform>%n clientes</numerusform>
        </translation>
    </message>
    <message>
        <source>No clients yet.</source>
        <translation>Todavía no hay clientes.</translation>
    </message>
    <message>
        <source>Add the first client</source>
        <translation>Añadir el primer cliente</translation>
    </message>
    <message>
        <source>No client matches the search.
Choose a client in the list, or press Esc in the search box to see them all.</source>
        <translation>Ningún cliente coincide con la búsqueda.
Elija un cliente de la lista o pulse Esc en el cuadro de búsqueda para verlos todos.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
</context>
<context>
    <name>Phase</name>
    <message>
        <source>prep</source>
        <translation>preparación</translation>
    </message>
    <message>
        <source>during</source>
        <translation>durante</translation>
    </message>
    <message>
        <source>post</source>
        <translation>justo después</translation>
    </message>
    <message>
        <source>aftercare</source>
        <translation>cuidados posteriores</translation>
    </message>
</context>
<context>
    <name>PhotoRole</name>
    <message>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Después</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
</context>
<context>
    <name>PhotoView</name>
    <message>
        <source>Front</source>
        <translation>Frontal</translation>
    </message>
    <message>
        <source>Left 45°</source>
        <translation>Izquierda 45°</translation>
    </message>
    <message>
        <source>Right 45°</source>
        <translation>Derecha 45°</translation>
    </message>
    <message>
        <source>Left 90°</source>
        <translation>Izquierda 90°</translation>
    </message>
    <message>
        <source>Right 90°</source>
        <translation>Derecha 90°</translation>
    </message>
    <message>
        <source>Close-up</source>
        <translation>Primer plano</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otra</translation>
    </message>
</context>
<context>
    <name>ProgressHeader</name>
    <message>
        <source>Compare first and latest</source>
        <translation>Comparar la primera y la última</translation>
    </message>
    <message>
        <source>Add photos</source>
        <translation>Añadir fotos</translation>
    </message>
    <message>
        <source>Progress · {view}</source>
        <translation>Progreso · {view}</translation>
    </message>
    <message>
        <source>Only one photo of this view so far ({date}). Add a later photo of the same view to see the change here.</source>
        <translation>Por ahora solo hay una foto de esta vista ({date}). Añada una foto posterior de la misma vista para ver aquí el cambio.</translation>
    </message>
    <message>
        <source>{first} → {latest} · {sessions}, {span}</source>
        <translation>{first} → {latest} · {sessions}, {span}</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Your first and latest photo will show here side by side. Take “before” photos of the front view — same light, same distance, no make-up — and add them.</source>
        <translation>Aquí verá su primera y su última foto una al lado de la otra. Haga fotos «antes» de la vista frontal —misma luz, misma distancia, sin maquillaje— y añádalas.</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n sesión</numerusform>
            <numerusform>%n sesiones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n semana</numerusform>
            <numerusform>%n semanas</numerusform>
        </translation>
    </message>
    <message>
        <source>{label} {first} → {latest} (no change)</source>
        <translation>{label} {first} → {latest} (sin cambio)</translation>
    </message>
    <message>
        <source>{label} {first} → {latest} ({delta:+d})</source>
        <translation>{label} {first} → {latest} ({delta:+d})</translation>
    </message>
    <message>
        <source>Texture</source>
        <translation>Textura</translation>
    </message>
    <message>
        <source>Tone</source>
        <translation>Tono</translation>
    </message>
    <message>
        <source>Score texture and tone in two skin checks to see them change here.</source>
        <translation>Puntúe textura y tono en dos controles de piel para ver aquí el cambio.</translation>
    </message>
    <message>
        <source>{role} · {date}</source>
        <translation>{role} · {date}</translation>
    </message>
    <message>
        <source>Aligned on your anchors.</source>
        <translation>Alineadas con sus puntos de anclaje.</translation>
    </message>
    <message>
        <source>Not aligned: set anchors in Compare to line them up.</source>
        <translation>Sin alinear: ponga puntos de anclaje en Comparar para alinearlas.</translation>
    </message>
</context>
<context>
    <name>Redness</name>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>faint</source>
        <translation>muy leve</translation>
    </message>
    <message>
        <source>mild</source>
        <translation>leve</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>moderado</translation>
    </message>
    <message>
        <source>marked</source>
        <translation>marcado</translation>
    </message>
</context>
<context>
    <name>ReportExporter</name>
    <message>
        <source>client</source>
        <translation>cliente</translation>
    </message>
    <message>
        <source>{name} progress report</source>
        <translation>{name} informe de progreso</translation>
    </message>
    <message>
        <source>Save progress report</source>
        <translation>Guardar el informe de progreso</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Writing {name}&apos;s report…</source>
        <translation>Creando el informe de {name}…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Progress report</source>
        <translation>Informe de progreso</translation>
    </message>
    <message>
        <source>The report was cancelled; no file was written.</source>
        <translation>Se canceló el informe; no se escribió ningún archivo.</translation>
    </message>
</context>
<context>
    <name>ScoreChart</name>
    <message>
        <source>Texture and tone scores over time</source>
        <translation>Puntuaciones de textura y tono a lo largo del tiempo</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Puntuaciones</translation>
    </message>
    <message>
        <source>Texture</source>
        <translation>Textura</translation>
    </message>
    <message>
        <source>Tone</source>
        <translation>Tono</translation>
    </message>
    <message>
        <source>Texture and tone scores appear here once sessions or skin checks have them.</source>
        <translation>Las puntuaciones de textura y tono aparecen aquí cuando las sesiones o los controles de piel las tienen.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Clear the client search</source>
        <translation>Borrar la búsqueda de clientes</translation>
    </message>
    <message>
        <source>&lt;b&gt;Esc&lt;/b&gt;</source>
        <translation>&lt;b&gt;Esc&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>SkinState</name>
    <message>
        <source>Clean skin</source>
        <translation>Piel limpia</translation>
    </message>
    <message>
        <source>Make-up</source>
        <translation>Maquillaje</translation>
    </message>
    <message>
        <source>After a session</source>
        <translation>Tras una sesión</translation>
    </message>
</context>
<context>
    <name>TimelinePanel</name>
    <message>
        <source>Timeline</source>
        <translation>Cronología</translation>
    </message>
    <message>
        <source>Opening your journal…</source>
        <translation>Abriendo su diario…</translation>
    </message>
    <message>
        <source>Fitzpatrick {type}</source>
        <translation>Fitzpatrick {type}</translation>
    </message>
    <message>
        <source>No sessions yet.
Log your first session (Ctrl+N), or note a skin check (Ctrl+Shift+N).</source>
        <translation>Todavía no hay sesiones.
Registre su primera sesión (Ctrl+N) o anote un control de piel (Ctrl+Mayús+N).</translation>
    </message>
    <message>
        <source>Log the first session</source>
        <translation>Registrar la primera sesión</translation>
    </message>
</context>
</TS>
