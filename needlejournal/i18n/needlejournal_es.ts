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
    <name>AppearanceMenu</name>
    <message>
        <source>Colours as the &amp;system</source>
        <translation>Colores como el &amp;sistema</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>C&amp;laro</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Oscuro</translation>
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
        <source>Abdomen</source>
        <translation>Abdomen</translation>
    </message>
    <message>
        <source>Thighs</source>
        <translation>Muslos</translation>
    </message>
    <message>
        <source>Arms</source>
        <translation>Brazos</translation>
    </message>
    <message>
        <source>Buttocks</source>
        <translation>Glúteos</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Espalda</translation>
    </message>
    <message>
        <source>Hands</source>
        <translation>Manos</translation>
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
    <name>AreaRow</name>
    <message>
        <source>Area</source>
        <translation>Zona</translation>
    </message>
    <message>
        <source>Indication</source>
        <translation>Indicación</translation>
    </message>
    <message>
        <source>Depth</source>
        <translation>Profundidad</translation>
    </message>
    <message>
        <source> mm</source>
        <translation> mm</translation>
    </message>
    <message>
        <source>Needle depth, at least {least} and at most {most}</source>
        <translation>Profundidad de aguja, como mínimo {least} y como máximo {most}</translation>
    </message>
    <message>
        <source>Passes</source>
        <translation>Pasadas</translation>
    </message>
    <message>
        <source>Passes over the area (— if not counted)</source>
        <translation>Pasadas sobre la zona (— si no se contaron)</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Punto final</translation>
    </message>
    <message>
        <source>Remove this area</source>
        <translation>Quitar esta zona</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <source>Audit trail</source>
        <translation>Registro de auditoría</translation>
    </message>
    <message>
        <source>Every client</source>
        <translation>Todos los clientes</translation>
    </message>
    <message>
        <source>Every action</source>
        <translation>Todas las acciones</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n línea</numerusform>
            <numerusform>%n líneas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The audit trail is intact: %n line(s) verified.</source>
        <translation>
            <numerusform>El registro de auditoría está intacto: %n línea verificada.</numerusform>
            <numerusform>El registro de auditoría está intacto: %n líneas verificadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit trail is broken: {problem}.</source>
        <translation>El registro de auditoría está dañado: {problem}.</translation>
    </message>
    <message>
        <source>Export the audit trail</source>
        <translation>Exportar el registro de auditoría</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n line(s) to {file}.</source>
        <translation>
            <numerusform>Se escribió %n línea en {file}.</numerusform>
            <numerusform>Se escribieron %n líneas en {file}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Seat</source>
        <translation>Puesto</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
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
        <source>#{id} (erased)</source>
        <translation>#{id} (borrado)</translation>
    </message>
</context>
<context>
    <name>AuditWords</name>
    <message>
        <source>created</source>
        <translation>creado</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>modificado</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>eliminado</translation>
    </message>
    <message>
        <source>viewed photos</source>
        <translation>fotos vistas</translation>
    </message>
    <message>
        <source>exported</source>
        <translation>exportado</translation>
    </message>
    <message>
        <source>printed report</source>
        <translation>informe impreso</translation>
    </message>
    <message>
        <source>erased</source>
        <translation>borrado definitivamente</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>importado</translation>
    </message>
    <message>
        <source>backed up</source>
        <translation>copia de seguridad hecha</translation>
    </message>
    <message>
        <source>restored</source>
        <translation>restaurado</translation>
    </message>
    <message>
        <source>client</source>
        <translation>cliente</translation>
    </message>
    <message>
        <source>session</source>
        <translation>sesión</translation>
    </message>
    <message>
        <source>skin check</source>
        <translation>control de piel</translation>
    </message>
    <message>
        <source>consent</source>
        <translation>consentimiento</translation>
    </message>
    <message>
        <source>rating</source>
        <translation>valoración</translation>
    </message>
    <message>
        <source>photo</source>
        <translation>foto</translation>
    </message>
    <message>
        <source>photo region</source>
        <translation>región de foto</translation>
    </message>
    <message>
        <source>device</source>
        <translation>dispositivo</translation>
    </message>
    <message>
        <source>product</source>
        <translation>producto</translation>
    </message>
    <message>
        <source>product lot</source>
        <translation>lote de producto</translation>
    </message>
    <message>
        <source>setting</source>
        <translation>ajuste</translation>
    </message>
    <message>
        <source>{what}: {action}</source>
        <translation>{what}: {action}</translation>
    </message>
</context>
<context>
    <name>BackupActions</name>
    <message>
        <source>&amp;Back up…</source>
        <translation>Hacer copia de seg&amp;uridad…</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Restaurar…</translation>
    </message>
    <message>
        <source>&amp;Automatic backups…</source>
        <translation>Copias &amp;automáticas…</translation>
    </message>
    <message>
        <source>none chosen (Journal → Automatic backups…)</source>
        <translation>ninguna elegida (Diario → Copias automáticas…)</translation>
    </message>
    <message>
        <source>Automatic backups: {where}</source>
        <translation>Copias automáticas: {where}</translation>
    </message>
    <message>
        <source>No backup yet: Journal → Back up…</source>
        <translation>Aún no hay copia de seguridad: Diario → Hacer copia de seguridad…</translation>
    </message>
    <message>
        <source>today {time}</source>
        <translation>hoy {time}</translation>
    </message>
    <message>
        <source>yesterday {time}</source>
        <translation>ayer {time}</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago ({date})</source>
        <translation>
            <numerusform>hace %n día ({date})</numerusform>
            <numerusform>hace %n días ({date})</numerusform>
        </translation>
    </message>
    <message>
        <source>Last backup: {when}</source>
        <translation>Última copia: {when}</translation>
    </message>
    <message>
        <source> — older than a week, back up soon</source>
        <translation> — de hace más de una semana, haga pronto una copia</translation>
    </message>
    <message numerus="yes">
        <source> — older than %n day(s), back up soon</source>
        <translation>
            <numerusform> — de hace más de %n día, haga pronto una copia</numerusform>
            <numerusform> — de hace más de %n días, haga pronto una copia</numerusform>
        </translation>
    </message>
    <message>
        <source>Back up the journal</source>
        <translation>Hacer copia de seguridad del diario</translation>
    </message>
    <message>
        <source>Zip archives (*.zip)</source>
        <translation>Archivos zip (*.zip)</translation>
    </message>
    <message>
        <source>Backing up the journal…</source>
        <translation>Haciendo copia de seguridad del diario…</translation>
    </message>
    <message>
        <source>Folder for automatic backups (an external drive, a synced folder)</source>
        <translation>Carpeta para copias automáticas (un disco externo, una carpeta sincronizada)</translation>
    </message>
    <message>
        <source>Backing up into the automatic backup folder…</source>
        <translation>Copiando en la carpeta de copias automáticas…</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurar una copia de seguridad</translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation>Comprobando la copia de seguridad…</translation>
    </message>
    <message>
        <source>Restore the backup {name}?

It is checked completely before anything changes. The current journal is not deleted: it is kept in {folder}.</source>
        <translation>¿Restaurar la copia {name}?

Se comprueba por completo antes de cambiar nada. El diario actual no se elimina: se guarda en {folder}.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message numerus="yes">
        <source>Backed up %n photo(s) to {file} (verified).</source>
        <translation>
            <numerusform>Copia de %n foto en {file} (verificada).</numerusform>
            <numerusform>Copia de %n fotos en {file} (verificada).</numerusform>
        </translation>
    </message>
    <message>
        <source>The previous journal is kept in {folder}.</source>
        <translation>El diario anterior se guarda en {folder}.</translation>
    </message>
    <message>
        <source>Restored {name} (backed up {when}).</source>
        <translation>{name} restaurada (copia del {when}).</translation>
    </message>
</context>
<context>
    <name>BackupJob</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>BatchTable</name>
    <message>
        <source>Photos to import</source>
        <translation>Fotos para importar</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Vista</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Revisar</translation>
    </message>
    <message>
        <source>Role of {file}</source>
        <translation>Función de {file}</translation>
    </message>
    <message>
        <source>View of {file}</source>
        <translation>Vista de {file}</translation>
    </message>
    <message>
        <source>no capture time</source>
        <translation>sin hora de captura</translation>
    </message>
    <message numerus="yes">
        <source>Taken %n day(s) from the session&apos;s date.</source>
        <translation>
            <numerusform>Tomada a %n día de la fecha de la sesión.</numerusform>
            <numerusform>Tomada a %n días de la fecha de la sesión.</numerusform>
        </translation>
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
    <name>ClientDataActions</name>
    <message>
        <source>C&amp;onsent on file…</source>
        <translation>C&amp;onsentimientos…</translation>
    </message>
    <message>
        <source>E&amp;xport client…</source>
        <translation>E&amp;xportar cliente…</translation>
    </message>
    <message>
        <source>Erase client…</source>
        <translation>Borrar cliente…</translation>
    </message>
    <message>
        <source>Choose a client first.</source>
        <translation>Elija primero un cliente.</translation>
    </message>
    <message>
        <source>Export {name}</source>
        <translation>Exportar a {name}</translation>
    </message>
    <message>
        <source>Zip archive (*.zip)</source>
        <translation>Archivo zip (*.zip)</translation>
    </message>
    <message>
        <source>Exporting {name}…</source>
        <translation>Exportando a {name}…</translation>
    </message>
    <message numerus="yes">
        <source>Exported {name} (%n photo(s)) to {path}.</source>
        <translation>
            <numerusform>{name} exportado (%n foto) a {path}.</numerusform>
            <numerusform>{name} exportado (%n fotos) a {path}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Erasing {name}…</source>
        <translation>Borrando a {name}…</translation>
    </message>
    <message>
        <source>{name} is erased from the journal and its snapshots. These backup files still hold them:

{files}

Delete these files now?</source>
        <translation>{name} se ha borrado del diario y de sus instantáneas. Estas copias de seguridad aún lo contienen:

{files}

¿Borrar estos archivos ahora?</translation>
    </message>
    <message>
        <source>Erase client</source>
        <translation>Borrar cliente</translation>
    </message>
    <message>
        <source>Erased {name}, and deleted the backups that held them.</source>
        <translation>{name} borrado, y borradas las copias de seguridad que lo contenían.</translation>
    </message>
    <message>
        <source>Erased {name}; these archives still hold them: {files}</source>
        <translation>{name} borrado; estos archivos aún lo contienen: {files}</translation>
    </message>
    <message>
        <source>Erased {name}, including from the snapshots and backups.</source>
        <translation>{name} borrado, también de las instantáneas y copias de seguridad.</translation>
    </message>
</context>
<context>
    <name>ClientDialog</name>
    <message>
        <source>Edit client</source>
        <translation>Editar cliente</translation>
    </message>
    <message>
        <source>New client</source>
        <translation>Nuevo cliente</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nombre completo</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>e.g. +49 170 1234567</source>
        <translation>p. ej. +34 612 345 678</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>e.g. ada@example.com</source>
        <translation>p. ej. ada@example.com</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Born on</source>
        <translation>Nacido el</translation>
    </message>
    <message>
        <source>Age band not recorded</source>
        <translation>Franja de edad sin registrar</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Sin registrar</translation>
    </message>
    <message>
        <source>Type {type}</source>
        <translation>Tipo {type}</translation>
    </message>
    <message>
        <source>Fitzpatrick skin type</source>
        <translation>Fototipo de Fitzpatrick</translation>
    </message>
    <message>
        <source>e.g. acne scars, texture, pigmentation</source>
        <translation>p. ej. cicatrices de acné, textura, pigmentación</translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation>Preocupaciones</translation>
    </message>
    <message>
        <source>e.g. isotretinoin in the last 6 months, active acne, keloid history</source>
        <translation>p. ej. isotretinoína en los últimos 6 meses, acné activo, antecedentes de queloides</translation>
    </message>
    <message>
        <source>Contraindications</source>
        <translation>Contraindicaciones</translation>
    </message>
    <message>
        <source>Screening checklist…</source>
        <translation>Lista de cribado…</translation>
    </message>
    <message>
        <source>Yes / no / unknown per item of the screening list, with the date reviewed</source>
        <translation>Sí / no / desconocido por cada punto de la lista de cribado, con la fecha de revisión</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Firmado el</translation>
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
        <source>Archived: off the client list and the due view, still found by a search</source>
        <translation>Archivado: fuera de la lista de clientes y de la vista de citas pendientes, pero se encuentra al buscar</translation>
    </message>
    <message>
        <source>Another client is already called “{name}”.</source>
        <translation>Otro cliente ya se llama «{name}».</translation>
    </message>
    <message numerus="yes">
        <source>%n other clients are already called “{name}”.</source>
        <translation>
            <numerusform>%n cliente más ya se llama «{name}».</numerusform>
            <numerusform>%n clientes más ya se llaman «{name}».</numerusform>
        </translation>
    </message>
    <message>
        <source>You can still save: two people can share a name.</source>
        <translation>Puede guardar igualmente: dos personas pueden llamarse igual.</translation>
    </message>
</context>
<context>
    <name>ClientListModel</name>
    <message>
        <source>Archived · {sessions}</source>
        <translation>Archivado · {sessions}</translation>
    </message>
</context>
<context>
    <name>ClientListPanel</name>
    <message>
        <source>Find a client: name, phone, e-mail, notes</source>
        <translation>Buscar cliente: nombre, teléfono, correo, notas</translation>
    </message>
    <message>
        <source>Searches names, phone numbers, e-mail addresses and notes (Ctrl+F)</source>
        <translation>Busca nombres, teléfonos, correos electrónicos y notas (Ctrl+F)</translation>
    </message>
    <message>
        <source>Find a client</source>
        <translation>Buscar cliente</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Clientes</translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %n client(s)</source>
        <translation>
            <numerusform>{shown} de %n cliente</numerusform>
            <numerusform>{shown} de %n clientes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} (%n archived)</source>
        <translation>
            <numerusform>{count} (%n archivado)</numerusform>
            <numerusform>{count} (%n archivados)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n client(s)</source>
        <translation>
            <numerusform>%n cliente</numerusform>
            <numerusform>%n clientes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} · %n archived (a search finds them)</source>
        <translation>
            <numerusform>{count} · %n archivado (una búsqueda lo encuentra)</numerusform>
            <numerusform>{count} · %n archivados (una búsqueda los encuentra)</numerusform>
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
        <source>&amp;Audit trail…</source>
        <translation>&amp;Registro de auditoría…</translation>
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
    <name>CompareHelp</name>
    <message>
        <source>Side by side · Wipe · Overlay · Difference</source>
        <translation>Lado a lado · Cortina · Superposición · Diferencia</translation>
    </message>
    <message>
        <source>Wheel / drag</source>
        <translation>Rueda / arrastrar</translation>
    </message>
    <message>
        <source>Zoom / pan (double-click fits, 0 fits both)</source>
        <translation>Zoom / desplazar (doble clic ajusta, 0 ajusta ambas)</translation>
    </message>
    <message>
        <source>Sync zoom and pan on/off: off moves one side alone; the offset is kept</source>
        <translation>Sincronizar zoom y desplazamiento sí/no: sin sincronizar se mueve un lado solo; se conserva el desfase</translation>
    </message>
    <message>
        <source>F / hold Space</source>
        <translation>F / mantener Espacio</translation>
    </message>
    <message>
        <source>Overlay: flicker between A and B</source>
        <translation>Superposición: alternar entre A y B</translation>
    </message>
    <message>
        <source>Anchors: click two matching points on each photo, then Save anchors</source>
        <translation>Anclas: haga clic en dos puntos coincidentes de cada foto y luego en «Guardar anclas»</translation>
    </message>
    <message>
        <source>Auto-align (then accept, or adjust with anchors)</source>
        <translation>Alinear automáticamente (luego aceptar o ajustar con anclas)</translation>
    </message>
    <message>
        <source>Match B&apos;s lighting to A for display (the visible area when zoomed in)</source>
        <translation>Igualar la luz de B a A en pantalla (la zona visible al ampliar)</translation>
    </message>
    <message>
        <source>Jump to baseline: A becomes the first photo of this view</source>
        <translation>Ir a la foto inicial: A pasa a ser la primera foto de esta vista</translation>
    </message>
    <message>
        <source>Previous / next photo of this view as B</source>
        <translation>Foto anterior / siguiente de esta vista como B</translation>
    </message>
    <message>
        <source>Shift+click</source>
        <translation>Mayús+clic</translation>
    </message>
    <message>
        <source>In the strip: make that photo A (a plain click makes it B)</source>
        <translation>En la tira: convertir esa foto en A (un clic normal la convierte en B)</translation>
    </message>
    <message>
        <source>Time-lapse of this view · Export the comparison (no EXIF/GPS)</source>
        <translation>Secuencia de esta vista · Exportar la comparación (sin EXIF/GPS)</translation>
    </message>
    <message>
        <source>Date labels on exported images on/off</source>
        <translation>Etiquetas de fecha en las imágenes exportadas sí/no</translation>
    </message>
    <message>
        <source>Leave anchors / close help / close the window</source>
        <translation>Salir de anclas / cerrar la ayuda / cerrar la ventana</translation>
    </message>
    <message>
        <source>Compare: keys</source>
        <translation>Comparar: teclas</translation>
    </message>
</context>
<context>
    <name>CompareSession</name>
    <message>
        <source>Opening photos…</source>
        <translation>Abriendo fotos…</translation>
    </message>
    <message>
        <source>Aligning…</source>
        <translation>Alineando…</translation>
    </message>
    <message>
        <source>Aligning at full resolution…</source>
        <translation>Alineando a resolución completa…</translation>
    </message>
    <message>
        <source>Auto-aligning…</source>
        <translation>Alineando automáticamente…</translation>
    </message>
    <message>
        <source>The two anchor points on photo A coincide; place them apart.</source>
        <translation>Las dos anclas de la foto A coinciden; sepárelas.</translation>
    </message>
    <message>
        <source>The two anchor points on photo B coincide; place them apart.</source>
        <translation>Las dos anclas de la foto B coinciden; sepárelas.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
</context>
<context>
    <name>CompareWindow</name>
    <message>
        <source>Side by side</source>
        <translation>Lado a lado</translation>
    </message>
    <message>
        <source>Wipe</source>
        <translation>Cortina</translation>
    </message>
    <message>
        <source>Overlay</source>
        <translation>Superposición</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Diferencia</translation>
    </message>
    <message>
        <source>Compare photos — {name}</source>
        <translation>Comparar fotos — {name}</translation>
    </message>
    <message>
        <source>Accept alignment</source>
        <translation>Aceptar la alineación</translation>
    </message>
    <message>
        <source>Adjust with anchors</source>
        <translation>Ajustar con anclas</translation>
    </message>
    <message>
        <source>Save anchors</source>
        <translation>Guardar anclas</translation>
    </message>
    <message>
        <source>Opacity of B</source>
        <translation>Opacidad de B</translation>
    </message>
    <message>
        <source>Photos of this view</source>
        <translation>Fotos de esta vista</translation>
    </message>
    <message>
        <source>Sync zoom</source>
        <translation>Sincronizar zoom</translation>
    </message>
    <message>
        <source>Flicker A/B</source>
        <translation>Alternar A/B</translation>
    </message>
    <message>
        <source>Anchors</source>
        <translation>Anclas</translation>
    </message>
    <message>
        <source>Auto-align</source>
        <translation>Alinear automáticamente</translation>
    </message>
    <message>
        <source>Match lighting</source>
        <translation>Igualar la luz</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Foto inicial</translation>
    </message>
    <message>
        <source>Time-lapse…</source>
        <translation>Secuencia…</translation>
    </message>
    <message>
        <source>Date labels</source>
        <translation>Etiquetas de fecha</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajustar</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Ayuda</translation>
    </message>
    <message>
        <source>Previous B</source>
        <translation>B anterior</translation>
    </message>
    <message>
        <source>Next B</source>
        <translation>B siguiente</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Lighting matched for display</source>
        <translation>Luz igualada en pantalla</translation>
    </message>
    <message>
        <source>Aligning…</source>
        <translation>Alineando…</translation>
    </message>
    <message>
        <source>Computing the difference…</source>
        <translation>Calculando la diferencia…</translation>
    </message>
    <message>
        <source>|A − B| ×4 · {a} vs {b}</source>
        <translation>|A − B| ×4 · {a} frente a {b}</translation>
    </message>
    <message>
        <source>Click two matching points on each photo (e.g. the inner eye corners); drag to adjust.</source>
        <translation>Haga clic en dos puntos coincidentes de cada foto (p. ej. los lagrimales); arrastre para ajustar.</translation>
    </message>
    <message>
        <source>Scale {scale} · rotation {degrees}° · shift ({x}, {y}) px. Save to align every comparison.</source>
        <translation>Escala {scale} · rotación {degrees}° · desplazamiento ({x}; {y}) px. Guarde para alinear todas las comparaciones.</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>Abriendo…</translation>
    </message>
    <message>
        <source>This client has fewer than two photos to compare.</source>
        <translation>Este cliente tiene menos de dos fotos para comparar.</translation>
    </message>
    <message>
        <source>Auto-aligned, confidence {percent}. Accept it, or adjust with anchors.</source>
        <translation>Alineado automáticamente, confianza {percent}. Acéptelo o ajústelo con anclas.</translation>
    </message>
    <message>
        <source>Aligned by saved anchors.</source>
        <translation>Alineado con las anclas guardadas.</translation>
    </message>
    <message>
        <source>Not aligned: place anchors (A) or try Auto-align (Ctrl+L).</source>
        <translation>Sin alinear: coloque anclas (A) o pruebe la alineación automática (Ctrl+L).</translation>
    </message>
    <message>
        <source>Export comparison (no location or camera data)</source>
        <translation>Exportar la comparación (sin datos de ubicación ni de cámara)</translation>
    </message>
    <message>
        <source>PNG image (*.png);;JPEG image (*.jpg);;WebP image (*.webp)</source>
        <translation>Imagen PNG (*.png);;Imagen JPEG (*.jpg);;Imagen WebP (*.webp)</translation>
    </message>
    <message>
        <source>Exported to {path}</source>
        <translation>Exportado a {path}</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparar</translation>
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
        <translation>Preocupaciones</translation>
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
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <source>Age band</source>
        <translation>Franja de edad</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
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
        <translation>Tipo</translation>
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
    <name>ConsentModel</name>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>attached</source>
        <translation>adjunto</translation>
    </message>
</context>
<context>
    <name>ConsentsDialog</name>
    <message>
        <source>Given</source>
        <translation>Otorgado</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Taken by</source>
        <translation>Recogido por</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Válido hasta</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Vigente</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>Tratamiento</translation>
    </message>
    <message>
        <source>Photography</source>
        <translation>Fotografía</translation>
    </message>
    <message>
        <source>Marketing / sharing</source>
        <translation>Marketing / difusión</translation>
    </message>
    <message>
        <source>Consent on file — {name}</source>
        <translation>Consentimientos — {name}</translation>
    </message>
    <message>
        <source>Open document</source>
        <translation>Abrir documento</translation>
    </message>
    <message>
        <source>Who took the consent</source>
        <translation>Quién recogió el consentimiento</translation>
    </message>
    <message>
        <source>No document attached</source>
        <translation>Ningún documento adjunto</translation>
    </message>
    <message>
        <source>Attach signed PDF or image…</source>
        <translation>Adjuntar PDF o imagen firmados…</translation>
    </message>
    <message>
        <source>Add consent</source>
        <translation>Añadir consentimiento</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>Otorgado el</translation>
    </message>
    <message>
        <source>Signed document</source>
        <translation>Documento firmado</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Record a consent</source>
        <translation>Registrar un consentimiento</translation>
    </message>
    <message>
        <source>No consent on file yet.</source>
        <translation>Aún no hay consentimientos registrados.</translation>
    </message>
    <message>
        <source>A treatment consent holds today.</source>
        <translation>Hay un consentimiento de tratamiento vigente hoy.</translation>
    </message>
    <message>
        <source>No treatment consent holds today.</source>
        <translation>Hoy no hay ningún consentimiento de tratamiento vigente.</translation>
    </message>
    <message>
        <source>Signed consent document</source>
        <translation>Consentimiento firmado</translation>
    </message>
    <message>
        <source>PDF or image (*.pdf *.jpg *.jpeg *.png *.webp *.heic *.heif)</source>
        <translation>PDF o imagen (*.pdf *.jpg *.jpeg *.png *.webp *.heic *.heif)</translation>
    </message>
    <message>
        <source>Choose a consent with a document first.</source>
        <translation>Elija primero un consentimiento con documento.</translation>
    </message>
    <message>
        <source>This consent has no document in the store.</source>
        <translation>Este consentimiento no tiene documento guardado.</translation>
    </message>
    <message>
        <source>No program opens this document here; a copy is at {path}</source>
        <translation>Ningún programa abre este documento aquí; hay una copia en {path}</translation>
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
    <name>DeviceLibraryDialog</name>
    <message>
        <source>e.g. 36-pin nano cartridge</source>
        <translation>p. ej. cartucho nano de 36 agujas</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Needle count</source>
        <translation>Número de agujas</translation>
    </message>
    <message>
        <source>Cartridge</source>
        <translation>Cartucho</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
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
    <name>DocumentViewer</name>
    <message>
        <source>This image cannot be shown.</source>
        <translation>Esta imagen no se puede mostrar.</translation>
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
    <name>EditDialog</name>
    <message>
        <source>{label} note</source>
        <translation>Nota de {label}</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <translation>d MMM yyyy</translation>
    </message>
    <message>
        <source>ddd d MMM yyyy   HH:mm</source>
        <translation>ddd d MMM yyyy   HH:mm</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <source>Delete this entry? This cannot be undone.</source>
        <translation>¿Eliminar esta entrada? No se puede deshacer.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Not saved:&lt;/b&gt;</source>
        <translation>&lt;b&gt;No guardado:&lt;/b&gt;</translation>
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
    <name>EraseConfirmation</name>
    <message>
        <source>Erase {name}</source>
        <translation>Borrar a {name}</translation>
    </message>
    <message>
        <source>This erases {name} everywhere in this journal: their sessions, skin checks, photos, consent documents, and their copies in the journal&apos;s snapshots and backups. It cannot be undone. Export them first if they asked for a copy.

Type their name to confirm:</source>
        <translation>Esto borra a {name} en todo este diario: sus sesiones, controles de piel, fotos, documentos de consentimiento y sus copias en las instantáneas y copias de seguridad del diario. No se puede deshacer. Expórtelo primero si pidió una copia.

Escriba su nombre para confirmar:</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Borrar</translation>
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
    <name>FirstRunSetup</name>
    <message>
        <source>Same light each time: face a window, no flash.</source>
        <translation>La misma luz cada vez: de cara a una ventana, sin flash.</translation>
    </message>
    <message>
        <source>Same distance: an arm&apos;s length, the camera at eye height.</source>
        <translation>La misma distancia: un brazo, la cámara a la altura de los ojos.</translation>
    </message>
    <message>
        <source>Clean skin: no make-up, hair held back.</source>
        <translation>Piel limpia: sin maquillaje, el pelo recogido.</translation>
    </message>
    <message>
        <source>Three views: front, then left 45° and right 45°.</source>
        <translation>Tres vistas: de frente, luego izquierda 45° y derecha 45°.</translation>
    </message>
    <message>
        <source>Before photos at every session; after photos the next morning.</source>
        <translation>Fotos «antes» en cada sesión; fotos «después» a la mañana siguiente.</translation>
    </message>
    <message>
        <source>Set up your journal</source>
        <translation>Configurar su diario</translation>
    </message>
    <message>
        <source>Skip setup</source>
        <translation>Omitir la configuración</translation>
    </message>
    <message>
        <source>Skip this step</source>
        <translation>Omitir este paso</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Which device do you use? Pick the nearest, then change what differs.</source>
        <translation>¿Qué aparato usa? Elija el más parecido y cambie lo que difiera.</translation>
    </message>
    <message>
        <source>Device presets</source>
        <translation>Aparatos predefinidos</translation>
    </message>
    <message>
        <source>{name} · {kind}</source>
        <translation>{name} · {kind}</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>sin registrar</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Needles</source>
        <translation>Agujas</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Products you use, with their usual ingredients, so the journal can warn about retinol or vitamin C right after needling. Untick what you do not use; edit the ingredients to match your bottles later in Library → Products…</source>
        <translation>Productos que usa, con sus ingredientes habituales, para que el diario pueda advertir del retinol o la vitamina C justo después del microneedling. Desmarque lo que no use; ajuste los ingredientes a sus frascos más tarde en Biblioteca → Productos…</translation>
    </message>
    <message>
        <source>Starter products</source>
        <translation>Productos iniciales</translation>
    </message>
    <message>
        <source>Progress shows best in photos taken the same way every time. Take your first “before” photos now, then add them in the Photos tab (Ctrl+I):</source>
        <translation>El progreso se ve mejor en fotos tomadas siempre igual. Haga ahora sus primeras fotos «antes» y añádalas en la pestaña Fotos (Ctrl+I):</translation>
    </message>
    <message>
        <source>Your device</source>
        <translation>Su aparato</translation>
    </message>
    <message>
        <source>Your products</source>
        <translation>Sus productos</translation>
    </message>
    <message>
        <source>Your photos</source>
        <translation>Sus fotos</translation>
    </message>
    <message>
        <source>Step {n} of 3 — every step can be skipped</source>
        <translation>Paso {n} de 3: cada paso se puede omitir</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Terminar</translation>
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
    <name>GalleryModel</name>
    <message>
        <source>Progress photos</source>
        <translation>Fotos de progreso</translation>
    </message>
    <message>
        <source>Session · {day}</source>
        <translation>Sesión · {day}</translation>
    </message>
</context>
<context>
    <name>GalleryPanel</name>
    <message>
        <source>Import…</source>
        <translation>Importar…</translation>
    </message>
    <message>
        <source>Compare…</source>
        <translation>Comparar…</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Undo delete (Ctrl+Z)</source>
        <translation>Deshacer la eliminación (Ctrl+Z)</translation>
    </message>
    <message>
        <source>&amp;Import photos…</source>
        <translation>&amp;Importar fotos…</translation>
    </message>
    <message>
        <source>&amp;Delete photo…</source>
        <translation>&amp;Eliminar foto…</translation>
    </message>
    <message>
        <source>&amp;Undo delete</source>
        <translation>&amp;Deshacer eliminación</translation>
    </message>
    <message>
        <source>&amp;Compare…</source>
        <translation>&amp;Comparar…</translation>
    </message>
    <message>
        <source>&amp;Open photo</source>
        <translation>&amp;Abrir foto</translation>
    </message>
    <message>
        <source>Choose a client to see their photos.</source>
        <translation>Elija un cliente para ver sus fotos.</translation>
    </message>
    <message>
        <source>No photos match these filters.</source>
        <translation>Ninguna foto coincide con estos filtros.</translation>
    </message>
    <message>
        <source>No photos yet.
Add them here (Ctrl+I), or drop them on this page: JPEG, PNG, WebP and HEIC straight from a phone are fine.</source>
        <translation>Todavía no hay fotos.
Añádalas aquí (Ctrl+I) o suéltelas en esta página: sirven JPEG, PNG, WebP y HEIC directamente del móvil.</translation>
    </message>
    <message>
        <source>Add photos</source>
        <translation>Añadir fotos</translation>
    </message>
    <message>
        <source>Import photos</source>
        <translation>Importar fotos</translation>
    </message>
    <message>
        <source>An import is already running.</source>
        <translation>Ya hay una importación en curso.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n photo(s)</source>
        <translation>
            <numerusform>%n foto importada</numerusform>
            <numerusform>%n fotos importadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n not imported.</source>
        <translation>
            <numerusform>; %n no importada.</numerusform>
            <numerusform>; %n no importadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Compare two selected photos, or one with its baseline.</source>
        <translation>Comparar dos fotos seleccionadas, o una con su foto inicial.</translation>
    </message>
    <message>
        <source>Delete this photo? You can undo this until you close NeedleJournal.</source>
        <translation>¿Eliminar esta foto? Puede deshacerlo hasta que cierre NeedleJournal.</translation>
    </message>
    <message numerus="yes">
        <source>Delete these %n photos? You can undo this until you close NeedleJournal.</source>
        <translation>
            <numerusform>¿Eliminar esta %n foto? Puede deshacerlo hasta que cierre NeedleJournal.</numerusform>
            <numerusform>¿Eliminar estas %n fotos? Puede deshacerlo hasta que cierre NeedleJournal.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete photos</source>
        <translation>Eliminar fotos</translation>
    </message>
    <message>
        <source>Photo deleted — press Ctrl+Z or Undo to bring it back.</source>
        <translation>Foto eliminada: pulse Ctrl+Z o Deshacer para recuperarla.</translation>
    </message>
    <message>
        <source>Photo restored.</source>
        <translation>Foto recuperada.</translation>
    </message>
</context>
<context>
    <name>GalleryView</name>
    <message>
        <source>Photos</source>
        <translation>Fotos</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n foto</numerusform>
            <numerusform>%n fotos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GuidanceDialog</name>
    <message>
        <source>Just me, at home (personal)</source>
        <translation>Solo yo, en casa (personal)</translation>
    </message>
    <message>
        <source>I see clients (clinic)</source>
        <translation>Atiendo a clientes (clínica)</translation>
    </message>
    <message>
        <source>Retinoids</source>
        <translation>Retinoides</translation>
    </message>
    <message>
        <source>Exfoliating acids (AHA, BHA, PHA)</source>
        <translation>Ácidos exfoliantes (AHA, BHA, PHA)</translation>
    </message>
    <message>
        <source>Benzoyl peroxide</source>
        <translation>Peróxido de benzoilo</translation>
    </message>
    <message>
        <source>Hydroquinone</source>
        <translation>Hidroquinona</translation>
    </message>
    <message>
        <source>Drying alcohol</source>
        <translation>Alcohol secante</translation>
    </message>
    <message>
        <source>Fragrance</source>
        <translation>Fragancias</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Personal: one person at home, with the home-use depth limit.
Clinic: many clients. Adding clients never changes this.</source>
        <translation>Personal: una persona en casa, con el límite de profundidad para uso doméstico.
Clínica: muchos clientes. Añadir clientes nunca lo cambia.</translation>
    </message>
    <message>
        <source>This journal is for</source>
        <translation>Este diario es para</translation>
    </message>
    <message>
        <source>The name this computer goes by in the audit trail and in change notes (e.g. FRONT-DESK). It is kept on this computer, not in the journal.</source>
        <translation>El nombre de este ordenador en el registro de auditoría y en las notas de cambios (p. ej. RECEPCIÓN). Se guarda en este ordenador, no en el diario.</translation>
    </message>
    <message>
        <source>This computer&apos;s seat name</source>
        <translation>Nombre del puesto de este ordenador</translation>
    </message>
    <message>
        <source>Warnings are reminders drawn from published rules of thumb; they never block saving. Adjust them to your own protocol.</source>
        <translation>Los avisos son recordatorios basados en reglas prácticas publicadas; nunca impiden guardar. Ajústelos a su propio protocolo.</translation>
    </message>
    <message>
        <source>Reset to defaults</source>
        <translation>Restablecer valores predeterminados</translation>
    </message>
    <message>
        <source>Every threshold back to the domain notes&apos; defaults (the mode stays)</source>
        <translation>Todos los umbrales vuelven a los valores de las notas del dominio (el modo se mantiene)</translation>
    </message>
    <message>
        <source>Minimum days between sessions, by deepest depth</source>
        <translation>Días mínimos entre sesiones, según la mayor profundidad</translation>
    </message>
    <message>
        <source>From depth (mm)</source>
        <translation>Desde profundidad (mm)</translation>
    </message>
    <message>
        <source>Minimum days</source>
        <translation>Días mínimos</translation>
    </message>
    <message>
        <source>Add row</source>
        <translation>Añadir fila</translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation>Quitar fila</translation>
    </message>
    <message>
        <source>Count the whole face as one area (forehead, cheeks, nose, chin, lips, eyes)</source>
        <translation>Contar toda la cara como una sola zona (frente, mejillas, nariz, mentón, labios, ojos)</translation>
    </message>
    <message>
        <source>Off: each area heals on its own, so a neck session never holds back the face</source>
        <translation>Desactivado: cada zona cicatriza por separado, así una sesión en el cuello nunca retrasa la cara</translation>
    </message>
    <message>
        <source>Usual maximum depth</source>
        <translation>Profundidad máxima habitual</translation>
    </message>
    <message>
        <source> mm</source>
        <translation> mm</translation>
    </message>
    <message>
        <source>Home use: deepest depth</source>
        <translation>Uso en casa: profundidad máxima</translation>
    </message>
    <message>
        <source>At home, by area and indication (mm)</source>
        <translation>En casa, por zona e indicación (mm)</translation>
    </message>
    <message>
        <source>In a clinic, by area and indication (mm)</source>
        <translation>En clínica, por zona e indicación (mm)</translation>
    </message>
    <message>
        <source>Product cautions</source>
        <translation>Advertencias sobre productos</translation>
    </message>
    <message>
        <source>L-ascorbic acid (vitamin C) when used</source>
        <translation>Ácido L-ascórbico (vitamina C) cuando se usa</translation>
    </message>
    <message>
        <source>Products to avoid after needling when used</source>
        <translation>Productos a evitar tras el microneedling cuando se usan</translation>
    </message>
    <message>
        <source>Days to avoid after needling</source>
        <translation>Días a evitar tras el microneedling</translation>
    </message>
    <message>
        <source>Ingredient names each caution looks for</source>
        <translation>Nombres de ingredientes que busca cada advertencia</translation>
    </message>
    <message>
        <source>Client screening</source>
        <translation>Cribado del cliente</translation>
    </message>
    <message>
        <source>Review the checklist every</source>
        <translation>Revisar la lista cada</translation>
    </message>
    <message>
        <source>{item}: warn within</source>
        <translation>{item}: avisar dentro de</translation>
    </message>
    <message>
        <source>The domain notes say {words}</source>
        <translation>Las notas del dominio indican {words}</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message>
        <source>Row {row} of the interval table needs a depth in mm and whole days.</source>
        <translation>La fila {row} de la tabla de intervalos necesita una profundidad en mm y días enteros.</translation>
    </message>
    <message>
        <source>Depths at home</source>
        <translation>Profundidades en casa</translation>
    </message>
    <message>
        <source>Depths in a clinic</source>
        <translation>Profundidades en clínica</translation>
    </message>
    <message>
        <source>Every ingredient list needs at least one name; “{list}” is empty.</source>
        <translation>Cada lista de ingredientes necesita al menos un nombre; «{list}» está vacía.</translation>
    </message>
    <message>
        <source>Give this computer a seat name (for example FRONT-DESK).</source>
        <translation>Dé a este ordenador un nombre de puesto (por ejemplo RECEPCIÓN).</translation>
    </message>
    <message>
        <source>The seat name could not be saved: {reason}</source>
        <translation>No se pudo guardar el nombre del puesto: {reason}</translation>
    </message>
</context>
<context>
    <name>GuidanceTables</name>
    <message>
        <source>Source: {source}</source>
        <translation>Fuente: {source}</translation>
    </message>
    <message>
        <source>Millimetres. Unspecified: the area&apos;s usual maximum (blank: none). Other columns: blank = as unspecified, — = no maximum for that indication.</source>
        <translation>Milímetros. Sin especificar: el máximo habitual de la zona (vacío: ninguno). Otras columnas: vacío = como sin especificar, — = sin máximo para esa indicación.</translation>
    </message>
    <message>
        <source>{what}, {area} / {indication}: “{text}” is not a depth in mm (leave it blank or write —).</source>
        <translation>{what}, {area} / {indication}: «{text}» no es una profundidad en mm (déjelo vacío o escriba —).</translation>
    </message>
    <message>
        <source>L-ascorbic acid (vitamin C)</source>
        <translation>Ácido L-ascórbico (vitamina C)</translation>
    </message>
    <message>
        <source>“Vitamin C” named without a form</source>
        <translation>«Vitamina C» sin indicar la forma</translation>
    </message>
    <message>
        <source>Vitamin C derivatives (never flagged)</source>
        <translation>Derivados de la vitamina C (nunca se marcan)</translation>
    </message>
    <message>
        <source>Retinoids</source>
        <translation>Retinoides</translation>
    </message>
    <message>
        <source>Exfoliating acids</source>
        <translation>Ácidos exfoliantes</translation>
    </message>
    <message>
        <source>Benzoyl peroxide</source>
        <translation>Peróxido de benzoilo</translation>
    </message>
    <message>
        <source>Hydroquinone</source>
        <translation>Hidroquinona</translation>
    </message>
    <message>
        <source>Drying alcohol</source>
        <translation>Alcohol secante</translation>
    </message>
    <message>
        <source>Fragrance</source>
        <translation>Fragancia</translation>
    </message>
    <message>
        <source>One name a line; case, accents and punctuation do not matter.</source>
        <translation>Un nombre por línea; mayúsculas, acentos y puntuación no importan.</translation>
    </message>
</context>
<context>
    <name>GuidanceWords</name>
    <message>
        <source>a retinoid</source>
        <translation>un retinoide</translation>
    </message>
    <message>
        <source>retinoids</source>
        <translation>los retinoides</translation>
    </message>
    <message>
        <source>an exfoliating acid</source>
        <translation>un ácido exfoliante</translation>
    </message>
    <message>
        <source>exfoliating acids</source>
        <translation>los ácidos exfoliantes</translation>
    </message>
    <message>
        <source>benzoyl peroxide</source>
        <translation>peróxido de benzoilo</translation>
    </message>
    <message>
        <source>hydroquinone</source>
        <translation>hidroquinona</translation>
    </message>
    <message>
        <source>drying alcohol</source>
        <translation>alcohol secante</translation>
    </message>
    <message>
        <source>alcohol-based products</source>
        <translation>los productos con alcohol</translation>
    </message>
    <message>
        <source>fragrance</source>
        <translation>fragancia</translation>
    </message>
    <message>
        <source>fragranced products</source>
        <translation>los productos con fragancia</translation>
    </message>
    <message>
        <source>3–6 months</source>
        <translation>3–6 meses</translation>
    </message>
    <message>
        <source>6–12 months</source>
        <translation>6–12 meses</translation>
    </message>
    <message>
        <source>3 months</source>
        <translation>3 meses</translation>
    </message>
    <message>
        <source>2–4 weeks</source>
        <translation>2–4 semanas</translation>
    </message>
    <message numerus="yes">
        <source>%Ln month(s)</source>
        <translation>
            <numerusform>%Ln mes</numerusform>
            <numerusform>%Ln meses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s)</source>
        <translation>
            <numerusform>%Ln punto</numerusform>
            <numerusform>%Ln puntos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln día</numerusform>
            <numerusform>%Ln días</numerusform>
        </translation>
    </message>
    <message>
        <source>the {depth} session on {date}</source>
        <translation>la sesión de {depth} del {date}</translation>
    </message>
    <message>
        <source>the session on {date}</source>
        <translation>la sesión del {date}</translation>
    </message>
    <message>
        <source>face</source>
        <translation>cara</translation>
    </message>
    <message>
        <source>Less than a day since {session}; at {depth}, sessions are usually at least {needed} apart.</source>
        <translation>Menos de un día desde {session}; con {depth}, las sesiones suelen espaciarse al menos {needed}.</translation>
    </message>
    <message>
        <source>Less than a day before {session}; at {depth}, sessions are usually at least {needed} apart.</source>
        <translation>Menos de un día antes de {session}; con {depth}, las sesiones suelen espaciarse al menos {needed}.</translation>
    </message>
    <message>
        <source>Only {gap} since {session}; at {depth}, sessions are usually at least {needed} apart.</source>
        <translation>Solo {gap} desde {session}; con {depth}, las sesiones suelen espaciarse al menos {needed}.</translation>
    </message>
    <message>
        <source>Only {gap} before {session}; at {depth}, sessions are usually at least {needed} apart.</source>
        <translation>Solo {gap} antes de {session}; con {depth}, las sesiones suelen espaciarse al menos {needed}.</translation>
    </message>
    <message>
        <source>{area}: {depth} is deeper than the usual maximum of {limit} for this area and indication at home.</source>
        <translation>{area}: {depth} supera la profundidad máxima habitual de {limit} para esta zona e indicación en casa.</translation>
    </message>
    <message>
        <source>{area}: {depth} is deeper than the usual maximum of {limit} for this area at home.</source>
        <translation>{area}: {depth} supera la profundidad máxima habitual de {limit} para esta zona en casa.</translation>
    </message>
    <message>
        <source>{area}: {depth} is deeper than the usual maximum of {limit} for this area and indication in professional treatments.</source>
        <translation>{area}: {depth} supera la profundidad máxima habitual de {limit} para esta zona e indicación en tratamientos profesionales.</translation>
    </message>
    <message>
        <source>{area}: {depth} is deeper than the usual maximum of {limit} for this area in professional treatments.</source>
        <translation>{area}: {depth} supera la profundidad máxima habitual de {limit} para esta zona en tratamientos profesionales.</translation>
    </message>
    <message>
        <source>{depth} ({areas}) is deeper than home-use guides advise: they say not to exceed {limit}.</source>
        <translation>{depth} ({areas}) es más profundo de lo que aconsejan las guías de uso en casa: indican no superar {limit}.</translation>
    </message>
    <message>
        <source>“{product}”</source>
        <translation>«{product}»</translation>
    </message>
    <message>
        <source>This product</source>
        <translation>Este producto</translation>
    </message>
    <message>
        <source>“{hit}”, in its name</source>
        <translation>«{hit}», en su nombre</translation>
    </message>
    <message>
        <source>“{hit}”, on its ingredient list</source>
        <translation>«{hit}», en su lista de ingredientes</translation>
    </message>
    <message>
        <source>“{hit}”</source>
        <translation>«{hit}»</translation>
    </message>
    <message>
        <source>was used for aftercare from day {day} after the session</source>
        <translation>se usó en los cuidados posteriores desde el día {day} tras la sesión</translation>
    </message>
    <message>
        <source>was used before needling</source>
        <translation>se usó antes del microneedling</translation>
    </message>
    <message>
        <source>was used during needling</source>
        <translation>se usó durante el microneedling</translation>
    </message>
    <message>
        <source>was used right after needling</source>
        <translation>se usó justo después del microneedling</translation>
    </message>
    <message>
        <source>was used for aftercare</source>
        <translation>se usó en los cuidados posteriores</translation>
    </message>
    <message>
        <source>{subject} contains L-ascorbic acid ({found}) and {used}. Granulomas have been reported after needling with topical vitamin C serums; this caution is an inference from those case reports, not an established rule.</source>
        <translation>{subject} contiene ácido L-ascórbico ({found}) y {used}. Se han descrito granulomas tras el microneedling con sérums tópicos de vitamina C; esta advertencia es una deducción de esos casos publicados, no una regla establecida.</translation>
    </message>
    <message>
        <source>{subject} contains {what} ({found}) and {used}. Clinic aftercare handouts advise avoiding {avoid} for about {days} after needling.</source>
        <translation>{subject} contiene {what} ({found}) y {used}. Las hojas de cuidados posteriores de las clínicas aconsejan evitar {avoid} durante unos {days} después del microneedling.</translation>
    </message>
    <message>
        <source>There is no treatment consent on file for this client. Take and record their consent before treating them.</source>
        <translation>No hay ningún consentimiento de tratamiento registrado para este cliente. Obtenga y registre su consentimiento antes de tratarlo.</translation>
    </message>
    <message>
        <source>The client&apos;s treatment consent was given after this session&apos;s date. Take and record their consent before treating them.</source>
        <translation>El consentimiento de tratamiento del cliente se dio después de la fecha de esta sesión. Obtenga y registre su consentimiento antes de tratarlo.</translation>
    </message>
    <message>
        <source>The client&apos;s treatment consent on file has expired. Take and record their consent before treating them.</source>
        <translation>El consentimiento de tratamiento registrado del cliente ha caducado. Obtenga y registre su consentimiento antes de tratarlo.</translation>
    </message>
    <message>
        <source>{product}, lot {lot}, expired on {expired}, before this session ({day}). Do not use expired product on needled skin.</source>
        <translation>{product}, lote {lot}, caducó el {expired}, antes de esta sesión ({day}). No use productos caducados sobre la piel tratada con microneedling.</translation>
    </message>
    <message>
        <source>{product} expired on {expired}, before this session ({day}). Do not use expired product on needled skin.</source>
        <translation>{product} caducó el {expired}, antes de esta sesión ({day}). No use productos caducados sobre la piel tratada con microneedling.</translation>
    </message>
    <message>
        <source>reviewed {date}, {reviewer}</source>
        <translation>revisado el {date}, {reviewer}</translation>
    </message>
    <message>
        <source>reviewed {date}</source>
        <translation>revisado el {date}</translation>
    </message>
    <message>
        <source>Screening on file: {item} — yes ({reviewed}). A reason not to needle, or to ask first.</source>
        <translation>Cribado registrado: {item} — sí ({reviewed}). Un motivo para no hacer microneedling, o para consultar antes.</translation>
    </message>
    <message>
        <source>Screening on file: {item} — yes, with no date ({reviewed}); the domain notes say to wait {wait}, so record when it was.</source>
        <translation>Cribado registrado: {item} — sí, sin fecha ({reviewed}); las notas de referencia indican esperar {wait}, así que registre cuándo fue.</translation>
    </message>
    <message>
        <source>Screening on file: {item} on {date}, {since} before this session; the domain notes say to wait {wait} (set: {days}).</source>
        <translation>Cribado registrado: {item} el {date}, {since} antes de esta sesión; las notas de referencia indican esperar {wait} (configurado: {days}).</translation>
    </message>
    <message>
        <source>The screening on file was reviewed on {date}, {age} before this session; review it every {every}.</source>
        <translation>El cribado registrado se revisó el {date}, {age} antes de esta sesión; revíselo cada {every}.</translation>
    </message>
    <message numerus="yes">
        <source>Screening: %Ln item(s) unknown or not asked — {items}.</source>
        <translation>
            <numerusform>Cribado: %Ln punto desconocido o sin preguntar — {items}.</numerusform>
            <numerusform>Cribado: %Ln puntos desconocidos o sin preguntar — {items}.</numerusform>
        </translation>
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
    <name>ImportDialog</name>
    <message>
        <source>Photos ({patterns})</source>
        <translation>Fotos ({patterns})</translation>
    </message>
    <message>
        <source>Import photos — {name}</source>
        <translation>Importar fotos — {name}</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) to add to {name}. Each photo&apos;s role and view are guessed from when and how it was taken: check them below. The rest applies to all of them.</source>
        <translation>
            <numerusform>%n foto para {name}. Su función y su vista se deducen de cuándo y cómo se tomó: revíselas abajo. El resto se aplica a ella.</numerusform>
            <numerusform>%n fotos para {name}. La función y la vista de cada foto se deducen de cuándo y cómo se tomó: revíselas abajo. El resto se aplica a todas.</numerusform>
        </translation>
    </message>
    <message>
        <source>No session (progress photo)</source>
        <translation>Sin sesión (foto de progreso)</translation>
    </message>
    <message>
        <source>Session · {day}</source>
        <translation>Sesión · {day}</translation>
    </message>
    <message>
        <source>Read from the photo when it says</source>
        <translation>Se lee de la foto si lo indica</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <source>Days after session</source>
        <translation>Días después de la sesión</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n photo(s) taken far from this session&apos;s date ({day}): {names}. Is this the right session?</source>
        <translation>
            <numerusform>⚠ %n foto tomada lejos de la fecha de esta sesión ({day}): {names}. ¿Es la sesión correcta?</numerusform>
            <numerusform>⚠ %n fotos tomadas lejos de la fecha de esta sesión ({day}): {names}. ¿Es la sesión correcta?</numerusform>
        </translation>
    </message>
    <message>
        <source>Before and after photos belong to a session: choose one.</source>
        <translation>Las fotos de antes y después pertenecen a una sesión: elija una.</translation>
    </message>
</context>
<context>
    <name>ImportProgressDialog</name>
    <message>
        <source>Importing photos — {name}</source>
        <translation>Importando fotos — {name}</translation>
    </message>
    <message numerus="yes">
        <source>Importing %n photo(s)…</source>
        <translation>
            <numerusform>Importando %n foto…</numerusform>
            <numerusform>Importando %n fotos…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Importing {done} of {total}…</source>
        <translation>Importando {done} de {total}…</translation>
    </message>
    <message>
        <source>Cancelling — finishing the photos already started…</source>
        <translation>Cancelando — terminando las fotos ya empezadas…</translation>
    </message>
    <message>
        <source>Import cancelled.</source>
        <translation>Importación cancelada.</translation>
    </message>
    <message>
        <source>Import finished.</source>
        <translation>Importación terminada.</translation>
    </message>
    <message>
        <source>The import stopped; the photos imported before that are kept.</source>
        <translation>La importación se detuvo; se conservan las fotos importadas hasta entonces.</translation>
    </message>
</context>
<context>
    <name>ImportSummary</name>
    <message numerus="yes">
        <source>Imported %n photo(s).</source>
        <translation>
            <numerusform>%n foto importada.</numerusform>
            <numerusform>%n fotos importadas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in the journal and linked.</source>
        <translation>
            <numerusform>%n ya estaba en el diario y se vinculó.</numerusform>
            <numerusform>%n ya estaban en el diario y se vincularon.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled: the photos imported before that are kept.</source>
        <translation>Cancelado: se conservan las fotos importadas hasta entonces.</translation>
    </message>
    <message numerus="yes">
        <source>%n not imported:</source>
        <translation>
            <numerusform>%n no importada:</numerusform>
            <numerusform>%n no importadas:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Indication</name>
    <message>
        <source>Unspecified</source>
        <translation>Sin especificar</translation>
    </message>
    <message>
        <source>Rejuvenation / fine lines</source>
        <translation>Rejuvenecimiento / líneas finas</translation>
    </message>
    <message>
        <source>Acne scars</source>
        <translation>Cicatrices de acné</translation>
    </message>
    <message>
        <source>Surgical or other scars</source>
        <translation>Cicatrices quirúrgicas u otras</translation>
    </message>
    <message>
        <source>Stretch marks</source>
        <translation>Estrías</translation>
    </message>
    <message>
        <source>Pigmentation / melasma</source>
        <translation>Pigmentación / melasma</translation>
    </message>
    <message>
        <source>Hair loss</source>
        <translation>Caída del cabello</translation>
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
    <name>JournalWords</name>
    <message>
        <source>That record was changed elsewhere; reopen it and try again.</source>
        <translation>Ese registro se cambió en otro lugar; vuelva a abrirlo e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>This {what} was deleted elsewhere; nothing was saved.</source>
        <translation>Se eliminó {what} en otro lugar; no se guardó nada.</translation>
    </message>
    <message>
        <source>The journal refused this change ({detail}).</source>
        <translation>El diario rechazó este cambio ({detail}).</translation>
    </message>
    <message>
        <source>A number in this request is too large.</source>
        <translation>Un número de esta entrada es demasiado grande.</translation>
    </message>
    <message>
        <source>Some text holds bytes that are not valid UTF-8; type it again.</source>
        <translation>Un texto contiene bytes que no son UTF-8 válido; escríbalo de nuevo.</translation>
    </message>
    <message>
        <source>The journal can only be read; nothing was saved.</source>
        <translation>El diario solo se puede leer; no se guardó nada.</translation>
    </message>
    <message>
        <source>The disk is full, so this change was not saved; free some space and try again (everything saved before is safe).</source>
        <translation>El disco está lleno, así que este cambio no se guardó; libere espacio e inténtelo de nuevo (todo lo guardado antes está a salvo).</translation>
    </message>
    <message>
        <source>The journal could not be written: {detail}.</source>
        <translation>No se pudo escribir en el diario: {detail}.</translation>
    </message>
    <message>
        <source>The journal could not be read: {detail}.</source>
        <translation>No se pudo leer el diario: {detail}.</translation>
    </message>
    <message>
        <source>The journal holds text that cannot be read (bytes that are not UTF-8); run “needlejournal check --repair” to replace them.</source>
        <translation>El diario contiene texto que no se puede leer (bytes que no son UTF-8); ejecute «needlejournal check --repair» para reemplazarlos.</translation>
    </message>
    <message>
        <source>There is no {what} called “{name}”.</source>
        <translation>No existe {what} «{name}».</translation>
    </message>
    <message>
        <source>This client already exists; edit it instead.</source>
        <translation>Este cliente ya existe; edítelo en su lugar.</translation>
    </message>
    <message>
        <source>Give a session or a skin check, not both.</source>
        <translation>Indique una sesión o un control de piel, no ambos.</translation>
    </message>
    <message>
        <source>That {what} belongs to another client.</source>
        <translation>{what} pertenece a otro cliente.</translation>
    </message>
    <message>
        <source>This client has no photo with id {id}.</source>
        <translation>Este cliente no tiene ninguna foto con el id {id}.</translation>
    </message>
    <message>
        <source>A {what} called “{name}” already exists.</source>
        <translation>Ya existe {what} «{name}».</translation>
    </message>
    <message>
        <source>The mode must be “personal” or “clinic”.</source>
        <translation>El modo debe ser «personal» o «clinic».</translation>
    </message>
    <message>
        <source>The photo role must be one of: {choices}.</source>
        <translation>El tipo de foto debe ser uno de: {choices}.</translation>
    </message>
    <message>
        <source>The photo view must be one of: {choices}.</source>
        <translation>La vista de la foto debe ser una de: {choices}.</translation>
    </message>
    <message>
        <source>Session {id} is not one of this client&apos;s sessions.</source>
        <translation>La sesión {id} no es una de las sesiones de este cliente.</translation>
    </message>
    <message>
        <source>A before or after photo belongs to a session; choose one.</source>
        <translation>Una foto de antes o de después pertenece a una sesión; elija una.</translation>
    </message>
    <message>
        <source>Give the region a name, such as “left cheek”.</source>
        <translation>Dé un nombre a la región, por ejemplo «mejilla izquierda».</translation>
    </message>
    <message>
        <source>A region is a rectangle or an ellipse.</source>
        <translation>Una región es un rectángulo o una elipse.</translation>
    </message>
    <message>
        <source>Draw a larger region: at least {least} pixels each way.</source>
        <translation>Dibuje una región más grande: al menos {least} píxeles en cada dirección.</translation>
    </message>
    <message>
        <source>The region reaches outside the photo; draw it inside.</source>
        <translation>La región sale de la foto; dibújela dentro.</translation>
    </message>
    <message>
        <source>This view already has a region called “{name}”.</source>
        <translation>Esta vista ya tiene una región llamada «{name}».</translation>
    </message>
    <message>
        <source>Mark a larger grey card: at least {least} pixels.</source>
        <translation>Marque una tarjeta gris más grande: al menos {least} píxeles.</translation>
    </message>
    <message>
        <source>The grey card reaches outside the photo; mark it inside.</source>
        <translation>La tarjeta gris sale de la foto; márquela dentro.</translation>
    </message>
    <message>
        <source>Mark the grey card on the photo the region was drawn on.</source>
        <translation>Marque la tarjeta gris en la foto en la que se dibujó la región.</translation>
    </message>
    <message>
        <source>The chart&apos;s corners reach outside the photo; mark them inside.</source>
        <translation>Las esquinas de la carta de color salen de la foto; márquelas dentro.</translation>
    </message>
    <message>
        <source>Mark the colour chart on the photo the region was drawn on.</source>
        <translation>Marque la carta de color en la foto en la que se dibujó la región.</translation>
    </message>
    <message>
        <source>The lot number is empty.</source>
        <translation>El número de lote está vacío.</translation>
    </message>
    <message>
        <source>{product} has no lot {lot} on file.</source>
        <translation>{product} no tiene ningún lote {lot} registrado.</translation>
    </message>
    <message>
        <source>{product} already has a lot {lot} on file.</source>
        <translation>{product} ya tiene un lote {lot} registrado.</translation>
    </message>
    <message>
        <source>{scale} runs from {low} to {high}; {value} is outside it.</source>
        <translation>{scale} va de {low} a {high}; {value} queda fuera.</translation>
    </message>
    <message>
        <source>There is no scale called “{name}”; the scales are: {choices}.</source>
        <translation>No existe ninguna escala «{name}»; las escalas son: {choices}.</translation>
    </message>
    <message>
        <source>Photo #{id} shows another view than the region.</source>
        <translation>La foto n.º {id} muestra otra vista que la región.</translation>
    </message>
    <message>
        <source>The photo “{name}” was drawn on was deleted; draw the region again.</source>
        <translation>Se eliminó la foto en la que se dibujó «{name}»; vuelva a dibujar la región.</translation>
    </message>
    <message>
        <source>Photo #{id} could not be aligned with the region&apos;s photo; place anchors on both (Compare) and measure again.</source>
        <translation>La foto n.º {id} no se pudo alinear con la foto de la región; coloque puntos de anclaje en ambas (Comparar) y vuelva a medir.</translation>
    </message>
    <message>
        <source>The region “{name}” falls outside photo #{id}.</source>
        <translation>La región «{name}» queda fuera de la foto n.º {id}.</translation>
    </message>
    <message>
        <source>The grey card is not in photo #{id}.</source>
        <translation>La tarjeta gris no está en la foto n.º {id}.</translation>
    </message>
    <message>
        <source>Photo #{id} could not be read: {reason}</source>
        <translation>No se pudo leer la foto n.º {id}: {reason}</translation>
    </message>
    <message>
        <source>Photo #{id}: {detail}</source>
        <translation>Foto n.º {id}: {detail}</translation>
    </message>
    <message>
        <source>The grey card is not in the photo or too dark.</source>
        <translation>La tarjeta gris no está en la foto o está demasiado oscura.</translation>
    </message>
    <message>
        <source>The region “{name}” falls outside the photo.</source>
        <translation>La región «{name}» queda fuera de la foto.</translation>
    </message>
    <message>
        <source>This file is not an image.</source>
        <translation>Este archivo no es una imagen.</translation>
    </message>
    <message>
        <source>The image is truncated or damaged; copy or export it again from its source.</source>
        <translation>La imagen está truncada o dañada; vuelva a copiarla o exportarla desde su origen.</translation>
    </message>
    <message>
        <source>The image has more than {megapixels} megapixels, too many to open safely.</source>
        <translation>La imagen tiene más de {megapixels} megapíxeles, demasiados para abrirla con seguridad.</translation>
    </message>
    <message>
        <source>{name} images are not supported; use JPEG, PNG, WebP or HEIC/HEIF.</source>
        <translation>Las imágenes {name} no son compatibles; use JPEG, PNG, WebP o HEIC/HEIF.</translation>
    </message>
    <message>
        <source>This kind of image is not supported; use JPEG, PNG, WebP or HEIC/HEIF.</source>
        <translation>Este tipo de imagen no es compatible; use JPEG, PNG, WebP o HEIC/HEIF.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>El archivo está vacío.</translation>
    </message>
    <message>
        <source>The file could not be read or stored (permission denied or a disk error).</source>
        <translation>No se pudo leer ni guardar el archivo (permiso denegado o un error de disco).</translation>
    </message>
    <message>
        <source>This is not a regular file (a folder, a pipe or a device); choose a photo file.</source>
        <translation>No es un archivo normal (una carpeta, una tubería o un dispositivo); elija un archivo de foto.</translation>
    </message>
    <message>
        <source>There is no such file (it may have been moved or renamed).</source>
        <translation>No existe ese archivo (puede que se haya movido o cambiado de nombre).</translation>
    </message>
    <message>
        <source>The disk is full; free some space and import the photo again.</source>
        <translation>El disco está lleno; libere espacio y vuelva a importar la foto.</translation>
    </message>
    <message>
        <source>The kind of consent must be one of: {choices}.</source>
        <translation>El tipo de consentimiento debe ser uno de: {choices}.</translation>
    </message>
    <message>
        <source>“Valid until” cannot be before the day the consent was given.</source>
        <translation>«Válido hasta» no puede ser anterior al día en que se dio el consentimiento.</translation>
    </message>
    <message>
        <source>Say who took the consent.</source>
        <translation>Indique quién recogió el consentimiento.</translation>
    </message>
    <message>
        <source>{name}: {reason}</source>
        <translation>{name}: {reason}</translation>
    </message>
    <message>
        <source>The document is empty.</source>
        <translation>El documento está vacío.</translation>
    </message>
    <message>
        <source>The document is larger than {most} MB.</source>
        <translation>El documento supera los {most} MB.</translation>
    </message>
    <message>
        <source>The PDF is truncated or damaged; scan or save it again.</source>
        <translation>El PDF está truncado o dañado; vuelva a escanearlo o a guardarlo.</translation>
    </message>
    <message>
        <source>A consent document must be a PDF or an image (JPEG, PNG, WebP or HEIC).</source>
        <translation>Un documento de consentimiento debe ser un PDF o una imagen (JPEG, PNG, WebP o HEIC).</translation>
    </message>
    <message>
        <source>An anchor ({x}, {y}) lies outside the photo.</source>
        <translation>Un ancla ({x}, {y}) queda fuera de la foto.</translation>
    </message>
    <message>
        <source>The two anchor points coincide; place them apart.</source>
        <translation>Las dos anclas coinciden; sepárelas.</translation>
    </message>
    <message>
        <source>Mark the chart&apos;s four corners.</source>
        <translation>Marque las cuatro esquinas de la carta de color.</translation>
    </message>
    <message>
        <source>The four corners do not go round the chart: mark dark skin, bluish green, black and white, in that order.</source>
        <translation>Las cuatro esquinas no rodean la carta: marque piel oscura, verde azulado, negro y blanco, en ese orden.</translation>
    </message>
    <message>
        <source>Too many chart patches are clipped (too dark or too bright) to correct the colours: take the photo with less exposure contrast.</source>
        <translation>Demasiados parches de la carta están saturados (demasiado oscuros o demasiado claros) para corregir los colores: tome la foto con menos contraste de exposición.</translation>
    </message>
    <message>
        <source>The marked corners do not seem to frame a ColorChecker under one light (the colours miss the chart&apos;s by ΔE {delta_e} on average); mark dark skin, bluish green, black and white, in that order.</source>
        <translation>Las esquinas marcadas no parecen enmarcar un ColorChecker bajo una sola luz (los colores se apartan de los de la carta en ΔE {delta_e} de media); marque piel oscura, verde azulado, negro y blanco, en ese orden.</translation>
    </message>
    <message>
        <source>{scale} is given twice by the same rater.</source>
        <translation>{scale} está indicada dos veces por la misma persona evaluadora.</translation>
    </message>
    <message>
        <source>{scale} has its own field; enter it there.</source>
        <translation>{scale} tiene su propio campo; introdúzcalo allí.</translation>
    </message>
    <message>
        <source>{scale} is given for the whole face, not per area.</source>
        <translation>{scale} se indica para toda la cara, no por zona.</translation>
    </message>
    <message>
        <source>on seat {seat}</source>
        <translation>en el puesto {seat}</translation>
    </message>
    <message>
        <source>elsewhere</source>
        <translation>en otro lugar</translation>
    </message>
    <message>
        <source>at {moment}</source>
        <translation>el {moment}</translation>
    </message>
    <message>
        <source>by {user}</source>
        <translation>por {user}</translation>
    </message>
    <message>
        <source>This {what} was changed {how}; reopen it and try again.</source>
        <translation>{what} se cambió {how}; vuelva a abrirlo e inténtelo de nuevo.</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>Lan&amp;guage</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>As the &amp;system</source>
        <translation>Como el &amp;sistema</translation>
    </message>
</context>
<context>
    <name>LibraryDialog</name>
    <message>
        <source>New item</source>
        <translation>Nueva entrada</translation>
    </message>
    <message>
        <source>Save item</source>
        <translation>Guardar entrada</translation>
    </message>
    <message>
        <source>New product</source>
        <translation>Nuevo producto</translation>
    </message>
    <message>
        <source>Save product</source>
        <translation>Guardar producto</translation>
    </message>
    <message>
        <source>Product library</source>
        <translation>Biblioteca de productos</translation>
    </message>
    <message>
        <source>New device</source>
        <translation>Nuevo dispositivo</translation>
    </message>
    <message>
        <source>Save device</source>
        <translation>Guardar dispositivo</translation>
    </message>
    <message>
        <source>Device library</source>
        <translation>Biblioteca de dispositivos</translation>
    </message>
</context>
<context>
    <name>LotDialog</name>
    <message>
        <source>Find lot</source>
        <translation>Buscar lote</translation>
    </message>
    <message>
        <source>every lot</source>
        <translation>todos los lotes</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <source>Lot or batch</source>
        <translation>Lote</translation>
    </message>
    <message>
        <source>Sessions that used it</source>
        <translation>Sesiones que lo usaron</translation>
    </message>
    <message>
        <source>Choose a product, and a lot if the recall names one.</source>
        <translation>Elija un producto, y un lote si la retirada menciona uno.</translation>
    </message>
    <message>
        <source>Choose a product first.</source>
        <translation>Elija primero un producto.</translation>
    </message>
    <message>
        <source>, lot {lot}</source>
        <translation>, lote {lot}</translation>
    </message>
    <message>
        <source>No session used {what}.</source>
        <translation>Ninguna sesión usó {what}.</translation>
    </message>
    <message numerus="yes">
        <source>%n use(s)</source>
        <translation>
            <numerusform>%n uso</numerusform>
            <numerusform>%n usos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n client(s)</source>
        <translation>
            <numerusform>%n cliente</numerusform>
            <numerusform>%n clientes</numerusform>
        </translation>
    </message>
    <message>
        <source>{what}: {uses} on {clients}. Double-click a row to open that client.</source>
        <translation>{what}: {uses} en {clients}. Haga doble clic en una fila para abrir ese cliente.</translation>
    </message>
</context>
<context>
    <name>LotUseModel</name>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>Lote</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source> (archived)</source>
        <translation> (archivado)</translation>
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
        <source>Progress</source>
        <translation>Progreso</translation>
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
        <source>Client scree&amp;ning…</source>
        <translation>C&amp;ribado del cliente…</translation>
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
    <name>Measuring</name>
    <message>
        <source>grey card</source>
        <translation>tarjeta gris</translation>
    </message>
    <message>
        <source>colour chart</source>
        <translation>carta de color</translation>
    </message>
    <message>
        <source>{what}: not recorded, so cannot tell if this compares.</source>
        <translation>{what}: sin registrar, así que no se sabe si es comparable.</translation>
    </message>
    <message>
        <source>{what}: {b}, not {a}; not comparable.</source>
        <translation>{what}: {b} en lugar de {a}; no comparable.</translation>
    </message>
    <message>
        <source>Colour-corrected to the colour chart: colours compare better.</source>
        <translation>Corregido con la carta de color: los colores se comparan mejor.</translation>
    </message>
    <message>
        <source>Not white-balanced: the grey card was not found.</source>
        <translation>Sin balance de blancos: no se encontró la tarjeta gris.</translation>
    </message>
    <message>
        <source>White-balanced to the grey card: colours compare better.</source>
        <translation>Balance de blancos con la tarjeta gris: los colores se comparan mejor.</translation>
    </message>
    <message>
        <source>Name the region</source>
        <translation>Nombrar la región</translation>
    </message>
    <message>
        <source>Region name:</source>
        <translation>Nombre de la región:</translation>
    </message>
    <message>
        <source>left cheek</source>
        <translation>mejilla izquierda</translation>
    </message>
    <message>
        <source>dark skin</source>
        <translation>piel oscura</translation>
    </message>
    <message>
        <source>bluish green</source>
        <translation>verde azulado</translation>
    </message>
    <message>
        <source>black</source>
        <translation>negro</translation>
    </message>
    <message>
        <source>white</source>
        <translation>blanco</translation>
    </message>
    <message>
        <source>Click the colour chart&apos;s corner at {patch} ({n} of 4).</source>
        <translation>Haga clic en la esquina de la carta de color en {patch} ({n} de 4).</translation>
    </message>
    <message numerus="yes">
        <source>Measured on %n photo(s).</source>
        <translation>
            <numerusform>Medido en %n foto.</numerusform>
            <numerusform>Medido en %n fotos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Measuring… {done} of {total}</source>
        <translation>Midiendo… {done} de {total}</translation>
    </message>
</context>
<context>
    <name>MetricsPanel</name>
    <message>
        <source>&lt;b&gt;L*, a*, b*&lt;/b&gt;: the mean CIELAB colour of the region; a* is redness, b* yellowness. Pixels are first converted to sRGB from the photo&apos;s colour profile.</source>
        <translation>&lt;b&gt;L*, a*, b*&lt;/b&gt;: el color CIELAB medio de la región; a* es el enrojecimiento, b* el amarillo. Los píxeles se convierten primero a sRGB con el perfil de color de la foto.</translation>
    </message>
    <message>
        <source>&lt;b&gt;ITA°&lt;/b&gt; = arctan((L* − 50) / b*): the Individual Typology Angle, a skin-tone measure (higher is lighter).</source>
        <translation>&lt;b&gt;ITA°&lt;/b&gt; = arctan((L* − 50) / b*): el ángulo de tipología individual, una medida del tono de piel (más alto es más claro).</translation>
    </message>
    <message>
        <source>&lt;b&gt;Evenness&lt;/b&gt;: how much L* varies once the smooth fall-off of the light is removed; lower is more even.</source>
        <translation>&lt;b&gt;Uniformidad&lt;/b&gt;: cuánto varía L* una vez quitada la caída suave de la luz; más bajo es más uniforme.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Texture&lt;/b&gt;: fine detail in L*, measured at a fixed fraction of the region so the photo&apos;s resolution does not change it; lower is smoother.</source>
        <translation>&lt;b&gt;Textura&lt;/b&gt;: detalle fino en L*, medido a una fracción fija de la región para que la resolución de la foto no la cambie; más bajo es más liso.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Spots&lt;/b&gt;: patches at least 6 L* darker than the skin around them, and their share of the region.</source>
        <translation>&lt;b&gt;Manchas&lt;/b&gt;: zonas al menos 6 L* más oscuras que la piel de alrededor, y su parte de la región.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Grey card&lt;/b&gt;: when one is marked, colours are white-balanced against it first, which makes photos from different days more comparable.</source>
        <translation>&lt;b&gt;Tarjeta gris&lt;/b&gt;: si se marca una, los colores se equilibran primero con ella, lo que hace más comparables las fotos de días distintos.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Colour chart&lt;/b&gt;: with a ColorChecker (24 patches) marked by its four corners, colours are corrected against the chart&apos;s known colours on each photo; the residual ΔE says how well the correction holds (under 2 is good).</source>
        <translation>&lt;b&gt;Carta de color&lt;/b&gt;: con un ColorChecker (24 parches) marcado por sus cuatro esquinas, los colores se corrigen en cada foto según los colores conocidos de la carta; el ΔE residual indica lo bien que se sostiene la corrección (menos de 2 es bueno).</translation>
    </message>
    <message>
        <source>These numbers describe the photo, not the skin: they compare only between photos taken under the same light, with the same camera and skin state.</source>
        <translation>Estos números describen la foto, no la piel: solo se comparan entre fotos tomadas con la misma luz, la misma cámara y el mismo estado de la piel.</translation>
    </message>
    <message>
        <source>Measures compare only between photos taken under the same light, with the same camera and skin state.</source>
        <translation>Las medidas solo se comparan entre fotos tomadas con la misma luz, la misma cámara y el mismo estado de la piel.</translation>
    </message>
    <message>
        <source>Region shape</source>
        <translation>Forma de la región</translation>
    </message>
    <message>
        <source>Rectangle</source>
        <translation>Rectángulo</translation>
    </message>
    <message>
        <source>Ellipse</source>
        <translation>Elipse</translation>
    </message>
    <message>
        <source>Draw a region</source>
        <translation>Dibujar una región</translation>
    </message>
    <message>
        <source>Drag on the photo, then name the region</source>
        <translation>Arrastre en la foto y luego nombre la región</translation>
    </message>
    <message>
        <source>What each measure means</source>
        <translation>Qué significa cada medida</translation>
    </message>
    <message>
        <source>Regions of this view</source>
        <translation>Regiones de esta vista</translation>
    </message>
    <message>
        <source>Measure on every photo of this view</source>
        <translation>Medir en todas las fotos de esta vista</translation>
    </message>
    <message>
        <source>Mark a grey card</source>
        <translation>Marcar una tarjeta gris</translation>
    </message>
    <message>
        <source>Drag over a grey card in this photo: the region&apos;s colours are balanced to it</source>
        <translation>Arrastre sobre una tarjeta gris en esta foto: los colores de la región se equilibran con ella</translation>
    </message>
    <message>
        <source>Mark a colour chart</source>
        <translation>Marcar una carta de color</translation>
    </message>
    <message>
        <source>Click the four corners of a ColorChecker in this photo: dark skin, bluish green, black, white. The region&apos;s colours are corrected against it.</source>
        <translation>Haga clic en las cuatro esquinas de un ColorChecker en esta foto: piel oscura, verde azulado, negro, blanco. Los colores de la región se corrigen con él.</translation>
    </message>
    <message>
        <source>Delete region</source>
        <translation>Eliminar región</translation>
    </message>
    <message>
        <source>ellipse</source>
        <translation>elipse</translation>
    </message>
    <message>
        <source>rectangle</source>
        <translation>rectángulo</translation>
    </message>
    <message>
        <source>grey card</source>
        <translation>tarjeta gris</translation>
    </message>
    <message>
        <source>colour chart</source>
        <translation>carta de color</translation>
    </message>
    <message>
        <source>drawn on this photo</source>
        <translation>dibujada en esta foto</translation>
    </message>
    <message>
        <source>found through the anchors</source>
        <translation>encontrada con los puntos de anclaje</translation>
    </message>
    <message>
        <source>found by auto-align</source>
        <translation>encontrada con la alineación automática</translation>
    </message>
    <message>
        <source>, white-balanced to the grey card</source>
        <translation>, con balance de blancos a la tarjeta gris</translation>
    </message>
    <message>
        <source>, colour-corrected to the colour chart (residual ΔE {residual})</source>
        <translation>, corregido con la carta de color (ΔE residual {residual})</translation>
    </message>
    <message>
        <source>{w}×{h} px at {x},{y}, {how}{balanced}.</source>
        <translation>{w}×{h} px en {x},{y}, {how}{balanced}.</translation>
    </message>
    <message>
        <source>Taken under the same recorded conditions as the region&apos;s photo.</source>
        <translation>Tomada en las mismas condiciones registradas que la foto de la región.</translation>
    </message>
    <message>
        <source>Photo measures</source>
        <translation>Medidas de la foto</translation>
    </message>
</context>
<context>
    <name>ObservationDialog</name>
    <message>
        <source>Edit skin check</source>
        <translation>Editar control de piel</translation>
    </message>
    <message>
        <source>New skin check</source>
        <translation>Nuevo control de piel</translation>
    </message>
    <message>
        <source>Delete this skin check? This cannot be undone.</source>
        <translation>¿Eliminar este control de piel? No se puede deshacer.</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Fecha y hora</translation>
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
        <source>Redness of the whole face, 0 none to 4 marked: the VISIA redness scale, as rated by this check&apos;s rater</source>
        <translation>Enrojecimiento de todo el rostro, de 0 nada a 4 marcado: la escala de enrojecimiento VISIA, según quien hizo este control</translation>
    </message>
    <message>
        <source>Redness</source>
        <translation>Enrojecimiento</translation>
    </message>
    <message>
        <source>What you see today</source>
        <translation>Lo que ve hoy</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
</context>
<context>
    <name>Ops</name>
    <message>
        <source>Something went wrong: {error}</source>
        <translation>Algo salió mal: {error}</translation>
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
    <name>PhotoCanvas</name>
    <message>
        <source>Loading photo…</source>
        <translation>Cargando foto…</translation>
    </message>
</context>
<context>
    <name>PhotoDetailsForm</name>
    <message>
        <source>d MMM yyyy, HH:mm</source>
        <translation>d MMM yyyy, HH:mm</translation>
    </message>
    <message>
        <source>A note about this photo</source>
        <translation>Una nota sobre esta foto</translation>
    </message>
    <message>
        <source>As the client&apos;s marketing consent</source>
        <translation>Según el consentimiento de marketing del cliente</translation>
    </message>
    <message>
        <source>May be shared</source>
        <translation>Se puede compartir</translation>
    </message>
    <message>
        <source>Not to be shared</source>
        <translation>No compartir</translation>
    </message>
    <message>
        <source>Shareable reports leave out every photo that may not be shared.</source>
        <translation>Los informes para compartir omiten toda foto que no se pueda compartir.</translation>
    </message>
    <message>
        <source>Save details</source>
        <translation>Guardar datos</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Tomada</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <source>Days after</source>
        <translation>Días después</translation>
    </message>
    <message>
        <source>Sharing</source>
        <translation>Compartir</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>No session</source>
        <translation>Sin sesión</translation>
    </message>
    <message>
        <source>Session · {day}</source>
        <translation>Sesión · {day}</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>No ha cambiado nada.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
</context>
<context>
    <name>PhotoFields</name>
    <message>
        <source>Daylight (window)</source>
        <translation>Luz natural (ventana)</translation>
    </message>
    <message>
        <source>Ring light</source>
        <translation>Aro de luz</translation>
    </message>
    <message>
        <source>Overhead light</source>
        <translation>Luz cenital</translation>
    </message>
    <message>
        <source>Flash</source>
        <translation>Flash</translation>
    </message>
    <message>
        <source>Not noted</source>
        <translation>Sin anotar</translation>
    </message>
    <message>
        <source>day </source>
        <translation>día </translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Vista</translation>
    </message>
    <message>
        <source>Skin</source>
        <translation>Piel</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Luz</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Cámara</translation>
    </message>
</context>
<context>
    <name>PhotoFilters</name>
    <message>
        <source>Show the photos of</source>
        <translation>Mostrar las fotos de</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Vista</translation>
    </message>
    <message>
        <source>All views</source>
        <translation>Todas las vistas</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>All roles</source>
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <source>All sessions</source>
        <translation>Todas las sesiones</translation>
    </message>
    <message>
        <source>Session · {day}</source>
        <translation>Sesión · {day}</translation>
    </message>
    <message>
        <source>Progress photos</source>
        <translation>Fotos de progreso</translation>
    </message>
</context>
<context>
    <name>PhotoLayouts</name>
    <message>
        <source>Progress grid</source>
        <translation>Cuadrícula de progreso</translation>
    </message>
    <message>
        <source>Views in rows, dates in columns</source>
        <translation>Vistas en filas, fechas en columnas</translation>
    </message>
    <message>
        <source>By session</source>
        <translation>Por sesión</translation>
    </message>
    <message>
        <source>Photos grouped by the session they belong to</source>
        <translation>Fotos agrupadas por la sesión a la que pertenecen</translation>
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
    <name>PhotoStripModel</name>
    <message>
        <source>Click: compare as B · Shift+click: make it A (the reference)</source>
        <translation>Clic: comparar como B · Mayús+clic: convertir en A (la referencia)</translation>
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
    <name>PhotoViewer</name>
    <message>
        <source>Photo — {name}</source>
        <translation>Foto — {name}</translation>
    </message>
    <message>
        <source>Previous photo (Left)</source>
        <translation>Foto anterior (Izquierda)</translation>
    </message>
    <message>
        <source>Next photo (Right)</source>
        <translation>Foto siguiente (Derecha)</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajustar</translation>
    </message>
    <message>
        <source>Fit to the window (F)</source>
        <translation>Ajustar a la ventana (F)</translation>
    </message>
    <message>
        <source>Actual pixels (1)</source>
        <translation>Píxeles reales (1)</translation>
    </message>
    <message>
        <source>Zoom out (-)</source>
        <translation>Reducir (-)</translation>
    </message>
    <message>
        <source>Zoom in (+)</source>
        <translation>Ampliar (+)</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <source>Delete this photo (Del)</source>
        <translation>Eliminar esta foto (Supr)</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Medir</translation>
    </message>
    <message>
        <source>No photos left.</source>
        <translation>No quedan fotos.</translation>
    </message>
    <message>
        <source>{number} of {total}</source>
        <translation>{number} de {total}</translation>
    </message>
    <message>
        <source> (fit)</source>
        <translation> (ajustado)</translation>
    </message>
</context>
<context>
    <name>ProductKind</name>
    <message>
        <source>serum</source>
        <translation>sérum</translation>
    </message>
    <message>
        <source>numbing cream</source>
        <translation>crema anestésica</translation>
    </message>
    <message>
        <source>cleanser</source>
        <translation>limpiador</translation>
    </message>
    <message>
        <source>toner</source>
        <translation>tónico</translation>
    </message>
    <message>
        <source>mask</source>
        <translation>mascarilla</translation>
    </message>
    <message>
        <source>moisturiser</source>
        <translation>hidratante</translation>
    </message>
    <message>
        <source>night cream</source>
        <translation>crema de noche</translation>
    </message>
    <message>
        <source>balm</source>
        <translation>bálsamo</translation>
    </message>
    <message>
        <source>sunscreen</source>
        <translation>protector solar</translation>
    </message>
    <message>
        <source>antiseptic</source>
        <translation>antiséptico</translation>
    </message>
    <message>
        <source>other</source>
        <translation>otro</translation>
    </message>
</context>
<context>
    <name>ProductLibraryDialog</name>
    <message>
        <source>Key ingredients, comma-separated</source>
        <translation>Ingredientes clave, separados por comas</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>Marca</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Ingredients</source>
        <translation>Ingredientes</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
</context>
<context>
    <name>ProductLots</name>
    <message>
        <source>No expiry date on file</source>
        <translation>Sin fecha de caducidad registrada</translation>
    </message>
    <message>
        <source>Expired on {date}: do not use</source>
        <translation>Caducado el {date}: no usar</translation>
    </message>
    <message>
        <source>Expires today</source>
        <translation>Caduca hoy</translation>
    </message>
    <message numerus="yes">
        <source>Expires soon: in %n day(s)</source>
        <translation>
            <numerusform>Caduca pronto: en %n día</numerusform>
            <numerusform>Caduca pronto: en %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>Good until {date}</source>
        <translation>Válido hasta el {date}</translation>
    </message>
    <message>
        <source>Lots and expiry dates</source>
        <translation>Lotes y fechas de caducidad</translation>
    </message>
    <message>
        <source>Lot or batch</source>
        <translation>Lote</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>Caducidad</translation>
    </message>
    <message>
        <source>as printed on the packaging</source>
        <translation>tal como figura en el envase</translation>
    </message>
    <message>
        <source>No expiry date</source>
        <translation>Sin fecha de caducidad</translation>
    </message>
    <message>
        <source>Lot number</source>
        <translation>Número de lote</translation>
    </message>
    <message>
        <source>Expires on</source>
        <translation>Caduca el</translation>
    </message>
    <message>
        <source>New lot</source>
        <translation>Lote nuevo</translation>
    </message>
    <message>
        <source>Save lot</source>
        <translation>Guardar lote</translation>
    </message>
    <message>
        <source>Save the product first, then its lots.</source>
        <translation>Guarde primero el producto y después sus lotes.</translation>
    </message>
    <message>
        <source>No lots on file for this product yet.</source>
        <translation>Todavía no hay lotes registrados de este producto.</translation>
    </message>
    <message>
        <source>Add lot</source>
        <translation>Añadir lote</translation>
    </message>
    <message>
        <source>Enter the lot number printed on the packaging.</source>
        <translation>Escriba el número de lote que figura en el envase.</translation>
    </message>
    <message>
        <source>Lot {lot} is already on file for this product.</source>
        <translation>El lote {lot} ya está registrado para este producto.</translation>
    </message>
    <message>
        <source>Saved lot {lot}: {state}.</source>
        <translation>Lote {lot} guardado: {state}.</translation>
    </message>
</context>
<context>
    <name>ProductRow</name>
    <message>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Aftercare start day</source>
        <translation>Día de inicio de los cuidados posteriores</translation>
    </message>
    <message>
        <source>Lot number</source>
        <translation>Número de lote</translation>
    </message>
    <message>
        <source>Remove this product</source>
        <translation>Quitar este producto</translation>
    </message>
</context>
<context>
    <name>ProgressChart</name>
    <message>
        <source>Progress chart</source>
        <translation>Gráfico de evolución</translation>
    </message>
    <message>
        <source>┆ session   ◆ skin check   ■ photo day</source>
        <translation>┆ sesión   ◆ control de piel   ■ día de fotos</translation>
    </message>
    <message>
        <source>photo</source>
        <translation>foto</translation>
    </message>
    <message>
        <source>Pick a series to show: a scale or a photo measure.</source>
        <translation>Elija una serie: una escala o una medida de foto.</translation>
    </message>
    <message>
        <source>Ratings on the named scales and photo measures appear here once sessions or skin checks have them.</source>
        <translation>Las valoraciones en las escalas y las medidas de fotos aparecen aquí en cuanto las sesiones o los controles de piel las tengan.</translation>
    </message>
    <message>
        <source>Session {date}: {what}</source>
        <translation>Sesión {date}: {what}</translation>
    </message>
    <message>
        <source>Skin check {date}</source>
        <translation>Control de piel {date}</translation>
    </message>
    <message>
        <source>Photos {date}</source>
        <translation>Fotos {date}</translation>
    </message>
    <message>
        <source>Taken under other conditions: {why}</source>
        <translation>Tomada en otras condiciones: {why}</translation>
    </message>
    <message>
        <source>Session: {what}</source>
        <translation>Sesión: {what}</translation>
    </message>
    <message>
        <source>low</source>
        <translation>bajo</translation>
    </message>
    <message>
        <source>high</source>
        <translation>alto</translation>
    </message>
</context>
<context>
    <name>ProgressGrid</name>
    <message>
        <source>{date}, continued</source>
        <translation>{date}, continuación</translation>
    </message>
</context>
<context>
    <name>ProgressGridView</name>
    <message>
        <source>Progress grid</source>
        <translation>Cuadrícula de progreso</translation>
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
    <message>
        <source>These photos&apos; files could not be read.</source>
        <translation>No se pudieron leer los archivos de estas fotos.</translation>
    </message>
</context>
<context>
    <name>ProgressPanel</name>
    <message>
        <source>Series to show</source>
        <translation>Series mostradas</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Hide photos taken under other conditions</source>
        <translation>Ocultar fotos tomadas en otras condiciones</translation>
    </message>
    <message>
        <source>Photo measures whose light, camera or skin state differ from the region&apos;s photo</source>
        <translation>Medidas de fotos cuya luz, cámara o estado de la piel difieren de la foto de la región</translation>
    </message>
    <message>
        <source>Save as PNG…</source>
        <translation>Guardar como PNG…</translation>
    </message>
    <message>
        <source>What worked…</source>
        <translation>Qué funcionó…</translation>
    </message>
    <message>
        <source>How scores and photo measures changed after sessions, by depth and product</source>
        <translation>Cómo cambiaron las puntuaciones y las medidas de fotos tras las sesiones, por profundidad y producto</translation>
    </message>
    <message>
        <source>Each line keeps its own scale and rater; photo measures compare only between photos taken under the same light.</source>
        <translation>Cada línea conserva su escala y quien valoró; las medidas de fotos solo se comparan entre fotos tomadas con la misma luz.</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>{n} values, {first} to {last}</source>
        <translation>{n} valores, de {first} a {last}</translation>
    </message>
    <message>
        <source>Save the chart</source>
        <translation>Guardar el gráfico</translation>
    </message>
    <message>
        <source>progress.png</source>
        <translation>evolucion.png</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Imágenes PNG (*.png)</translation>
    </message>
    <message>
        <source>Chart saved to {path}.</source>
        <translation>Gráfico guardado en {path}.</translation>
    </message>
    <message>
        <source>The chart could not be saved to {path}; choose another folder.</source>
        <translation>No se pudo guardar el gráfico en {path}; elija otra carpeta.</translation>
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
    <name>ScaleValues</name>
    <message>
        <source>always burns</source>
        <translation>siempre se quema</translation>
    </message>
    <message>
        <source>usually burns</source>
        <translation>casi siempre se quema</translation>
    </message>
    <message>
        <source>sometimes burns</source>
        <translation>a veces se quema</translation>
    </message>
    <message>
        <source>rarely burns</source>
        <translation>rara vez se quema</translation>
    </message>
    <message>
        <source>very rarely burns</source>
        <translation>muy rara vez se quema</translation>
    </message>
    <message>
        <source>never burns</source>
        <translation>nunca se quema</translation>
    </message>
    <message>
        <source>macular</source>
        <translation>macular</translation>
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
        <source>severe</source>
        <translation>grave</translation>
    </message>
    <message>
        <source>no wrinkles</source>
        <translation>sin arrugas</translation>
    </message>
    <message>
        <source>in motion</source>
        <translation>en movimiento</translation>
    </message>
    <message>
        <source>at rest</source>
        <translation>en reposo</translation>
    </message>
    <message>
        <source>only wrinkles</source>
        <translation>solo arrugas</translation>
    </message>
    <message>
        <source>very much improved</source>
        <translation>muchísimo mejor</translation>
    </message>
    <message>
        <source>much improved</source>
        <translation>mucho mejor</translation>
    </message>
    <message>
        <source>improved</source>
        <translation>mejor</translation>
    </message>
    <message>
        <source>no change</source>
        <translation>sin cambios</translation>
    </message>
    <message>
        <source>worse</source>
        <translation>peor</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>minimal</source>
        <translation>mínimo</translation>
    </message>
</context>
<context>
    <name>Scales</name>
    <message>
        <source>, by {rater}</source>
        <translation>, por {rater}</translation>
    </message>
    <message>
        <source>Scales</source>
        <translation>Escalas</translation>
    </message>
    <message>
        <source>Whole face</source>
        <translation>Todo el rostro</translation>
    </message>
    <message>
        <source>Self</source>
        <translation>Uno mismo</translation>
    </message>
    <message>
        <source>Who rated: empty for the client, or a name</source>
        <translation>Quién valoró: vacío para la propia persona, o un nombre</translation>
    </message>
    <message>
        <source>Remove this rating</source>
        <translation>Quitar esta valoración</translation>
    </message>
    <message>
        <source>Remove rating</source>
        <translation>Quitar valoración</translation>
    </message>
    <message>
        <source>Texture score</source>
        <translation>Puntuación de textura</translation>
    </message>
    <message>
        <source>How smooth the skin looks and feels, 0 (very rough, many scars or bumps) to 10 (smooth, even); the journal&apos;s own score.</source>
        <translation>Lo lisa que se ve y se nota la piel, de 0 (muy áspera, muchas cicatrices o relieves) a 10 (lisa, uniforme); la puntuación propia del diario.</translation>
    </message>
    <message>
        <source>Tone score</source>
        <translation>Puntuación de tono</translation>
    </message>
    <message>
        <source>How even the colour is, 0 (very uneven: marks, redness, patches) to 10 (even); the journal&apos;s own score.</source>
        <translation>Lo uniforme que es el color, de 0 (muy desigual: marcas, enrojecimiento, manchas) a 10 (uniforme); la puntuación propia del diario.</translation>
    </message>
    <message>
        <source>Fitzpatrick skin type</source>
        <translation>Fototipo de Fitzpatrick</translation>
    </message>
    <message>
        <source>Skin phototype, a baseline: I always burns, never tans … VI never burns, deeply pigmented. Types IV–VI carry more risk of marks after needling.</source>
        <translation>Fototipo cutáneo, un valor de partida: I siempre se quema, nunca se broncea … VI nunca se quema, muy pigmentado. Los tipos IV–VI tienen más riesgo de manchas tras el microneedling.</translation>
    </message>
    <message>
        <source>Goodman &amp; Baron scar grade</source>
        <translation>Grado de cicatrices de Goodman y Baron</translation>
    </message>
    <message>
        <source>Qualitative acne-scar grade: 1 macular (flat, coloured), 2 mild (hidden by make-up), 3 moderate (seen at conversation distance), 4 severe (not flattened by stretching).</source>
        <translation>Grado cualitativo de cicatrices de acné: 1 macular (plana, con color), 2 leve (se oculta con maquillaje), 3 moderado (visible a distancia de conversación), 4 grave (no se aplana al estirar).</translation>
    </message>
    <message>
        <source>Goodman &amp; Baron scar score</source>
        <translation>Puntuación de cicatrices de Goodman y Baron</translation>
    </message>
    <message>
        <source>Quantitative acne-scar score: scars counted by type and number, 0 (none) to 84.</source>
        <translation>Puntuación cuantitativa de cicatrices de acné: cicatrices contadas por tipo y número, de 0 (ninguna) a 84.</translation>
    </message>
    <message>
        <source>Glogau photoageing type</source>
        <translation>Tipo de foto­enve­jeci­miento de Glogau</translation>
    </message>
    <message>
        <source>I no wrinkles, II wrinkles in motion, III wrinkles at rest, IV only wrinkles.</source>
        <translation>I sin arrugas, II arrugas en movimiento, III arrugas en reposo, IV solo arrugas.</translation>
    </message>
    <message>
        <source>GAIS (against the baseline photo)</source>
        <translation>GAIS (frente a la foto inicial)</translation>
    </message>
    <message>
        <source>Global Aesthetic Improvement Scale, judged against the client&apos;s first photo: 1 very much improved, 2 much improved, 3 improved, 4 no change, 5 worse.</source>
        <translation>Escala global de mejora estética, valorada frente a la primera foto del cliente: 1 muchísimo mejor, 2 mucho mejor, 3 mejor, 4 sin cambios, 5 peor.</translation>
    </message>
    <message>
        <source>Spots (VISIA)</source>
        <translation>Manchas (VISIA)</translation>
    </message>
    <message>
        <source>Spots in the VISIA vocabulary, for one face area or the whole face: 0 none, 1 minimal, 2 mild, 3 moderate, 4 severe.</source>
        <translation>Manchas en el vocabulario VISIA, para una zona del rostro o todo el rostro: 0 ninguno, 1 mínimo, 2 leve, 3 moderado, 4 grave.</translation>
    </message>
    <message>
        <source>Wrinkles (VISIA)</source>
        <translation>Arrugas (VISIA)</translation>
    </message>
    <message>
        <source>Wrinkles in the VISIA vocabulary, for one face area or the whole face: 0 none, 1 minimal, 2 mild, 3 moderate, 4 severe.</source>
        <translation>Arrugas en el vocabulario VISIA, para una zona del rostro o todo el rostro: 0 ninguno, 1 mínimo, 2 leve, 3 moderado, 4 grave.</translation>
    </message>
    <message>
        <source>Texture (VISIA)</source>
        <translation>Textura (VISIA)</translation>
    </message>
    <message>
        <source>Texture in the VISIA vocabulary, for one face area or the whole face: 0 none, 1 minimal, 2 mild, 3 moderate, 4 severe.</source>
        <translation>Textura en el vocabulario VISIA, para una zona del rostro o todo el rostro: 0 ninguno, 1 mínimo, 2 leve, 3 moderado, 4 grave.</translation>
    </message>
    <message>
        <source>Pores (VISIA)</source>
        <translation>Poros (VISIA)</translation>
    </message>
    <message>
        <source>Pores in the VISIA vocabulary, for one face area or the whole face: 0 none, 1 minimal, 2 mild, 3 moderate, 4 severe.</source>
        <translation>Poros en el vocabulario VISIA, para una zona del rostro o todo el rostro: 0 ninguno, 1 mínimo, 2 leve, 3 moderado, 4 grave.</translation>
    </message>
    <message>
        <source>Redness (VISIA)</source>
        <translation>Enrojecimiento (VISIA)</translation>
    </message>
    <message>
        <source>Redness in the VISIA vocabulary, for one face area or the whole face: 0 none, 1 minimal, 2 mild, 3 moderate, 4 severe.</source>
        <translation>Enrojecimiento en el vocabulario VISIA, para una zona del rostro o todo el rostro: 0 ninguno, 1 mínimo, 2 leve, 3 moderado, 4 grave.</translation>
    </message>
    <message>
        <source>Brown areas (VISIA)</source>
        <translation>Zonas marrones (VISIA)</translation>
    </message>
    <message>
        <source>Brown areas in the VISIA vocabulary, for one face area or the whole face: 0 none, 1 minimal, 2 mild, 3 moderate, 4 severe.</source>
        <translation>Zonas marrones en el vocabulario VISIA, para una zona del rostro o todo el rostro: 0 ninguno, 1 mínimo, 2 leve, 3 moderado, 4 grave.</translation>
    </message>
</context>
<context>
    <name>ScalesSection</name>
    <message>
        <source>Scales</source>
        <translation>Escalas</translation>
    </message>
    <message>
        <source>Add rating</source>
        <translation>Añadir valoración</translation>
    </message>
    <message>
        <source>Fitzpatrick, Goodman &amp; Baron, Glogau, GAIS or a VISIA 0–4 rating</source>
        <translation>Fitzpatrick, Goodman &amp; Baron, Glogau, GAIS o una valoración VISIA 0–4</translation>
    </message>
    <message>
        <source>Rate on a named scale: each rating keeps its scale and who rated it.</source>
        <translation>Valorar en una escala con nombre: cada valoración conserva su escala y quién la dio.</translation>
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
    <name>ScreeningAnswer</name>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
</context>
<context>
    <name>ScreeningDialog</name>
    <message>
        <source>Screening — {name}</source>
        <translation>Cribado — {name}</translation>
    </message>
    <message>
        <source>Answers stay on file with the day reviewed; a change keeps the earlier answer. A “yes” (or a date inside its window) is named on every session it concerns.</source>
        <translation>Las respuestas quedan registradas con la fecha de revisión; un cambio conserva la respuesta anterior. Un «sí» (o una fecha dentro de su plazo) se indica en cada sesión afectada.</translation>
    </message>
    <message>
        <source>— not asked</source>
        <translation>— sin preguntar</translation>
    </message>
    <message>
        <source>last on YYYY-MM-DD</source>
        <translation>última vez AAAA-MM-DD</translation>
    </message>
    <message>
        <source>{item}: date of the last one</source>
        <translation>{item}: fecha de la última</translation>
    </message>
    <message>
        <source>The day of the last one; the domain notes say to wait {words}</source>
        <translation>El día de la última; las notas del dominio indican esperar {words}</translation>
    </message>
    <message>
        <source>Reviewed on</source>
        <translation>Revisado el</translation>
    </message>
    <message>
        <source>Reviewed by</source>
        <translation>Revisado por</translation>
    </message>
    <message>
        <source>Record the unchanged answers again (renews the review)</source>
        <translation>Registrar de nuevo las respuestas sin cambios (renueva la revisión)</translation>
    </message>
    <message>
        <source>Earlier answers</source>
        <translation>Respuestas anteriores</translation>
    </message>
    <message>
        <source>Nothing on file yet.</source>
        <translation>Aún no hay nada registrado.</translation>
    </message>
    <message>
        <source>{item}: “{text}” is not a date such as 2026-05-01.</source>
        <translation>{item}: «{text}» no es una fecha como 2026-05-01.</translation>
    </message>
</context>
<context>
    <name>ScreeningItem</name>
    <message>
        <source>Active infection or acne</source>
        <translation>Infección activa o acné</translation>
    </message>
    <message>
        <source>Eczema, psoriasis or rosacea flare</source>
        <translation>Brote de eccema, psoriasis o rosácea</translation>
    </message>
    <message>
        <source>Keloid tendency</source>
        <translation>Tendencia a queloides</translation>
    </message>
    <message>
        <source>Bleeding disorder or anticoagulants</source>
        <translation>Trastorno de coagulación o anticoagulantes</translation>
    </message>
    <message>
        <source>Uncontrolled diabetes</source>
        <translation>Diabetes no controlada</translation>
    </message>
    <message>
        <source>Pregnancy or breastfeeding</source>
        <translation>Embarazo o lactancia</translation>
    </message>
    <message>
        <source>Isotretinoin</source>
        <translation>Isotretinoína</translation>
    </message>
    <message>
        <source>Malignancy, chemo- or radiotherapy</source>
        <translation>Cáncer, quimio- o radioterapia</translation>
    </message>
    <message>
        <source>Actinic keratoses or raised moles in the area</source>
        <translation>Queratosis actínicas o lunares elevados en la zona</translation>
    </message>
    <message>
        <source>Allergy to stainless steel or topical anaesthetics</source>
        <translation>Alergia al acero inoxidable o a anestésicos tópicos</translation>
    </message>
    <message>
        <source>Recent filler</source>
        <translation>Relleno reciente</translation>
    </message>
    <message>
        <source>Recent neuromodulator</source>
        <translation>Neuromodulador reciente</translation>
    </message>
    <message>
        <source>Recent peel or laser</source>
        <translation>Peeling o láser reciente</translation>
    </message>
</context>
<context>
    <name>SeriesWords</name>
    <message>
        <source>Light</source>
        <translation>Luz</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Cámara</translation>
    </message>
    <message>
        <source>Skin state</source>
        <translation>Estado de la piel</translation>
    </message>
    <message>
        <source>L* (lightness)</source>
        <translation>L* (luminosidad)</translation>
    </message>
    <message>
        <source>a* (redness)</source>
        <translation>a* (enrojecimiento)</translation>
    </message>
    <message>
        <source>b* (yellowness)</source>
        <translation>b* (amarillez)</translation>
    </message>
    <message>
        <source>Evenness (lower is more even)</source>
        <translation>Uniformidad (menor es más uniforme)</translation>
    </message>
    <message>
        <source>Texture (lower is smoother)</source>
        <translation>Textura (menor es más liso)</translation>
    </message>
    <message>
        <source>Spots</source>
        <translation>Manchas</translation>
    </message>
    <message>
        <source>Spot area</source>
        <translation>Área de manchas</translation>
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
        <source>Adverse events</source>
        <translation>Efectos adversos</translation>
    </message>
    <message>
        <source>{condition}: not recorded</source>
        <translation>{condition}: sin registrar</translation>
    </message>
    <message>
        <source>{condition}: {value} (the region&apos;s photo: {reference})</source>
        <translation>{condition}: {value} (foto de la región: {reference})</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <source>Edit session</source>
        <translation>Editar sesión</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>Nueva sesión</translation>
    </message>
    <message>
        <source>Delete this session? This cannot be undone.</source>
        <translation>¿Eliminar esta sesión? No se puede deshacer.</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Fecha y hora</translation>
    </message>
    <message>
        <source>No device recorded</source>
        <translation>Sin dispositivo registrado</translation>
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
        <source>Area</source>
        <translation>Zona</translation>
    </message>
    <message>
        <source>Indication</source>
        <translation>Indicación</translation>
    </message>
    <message>
        <source>Depth</source>
        <translation>Profundidad</translation>
    </message>
    <message>
        <source>Passes</source>
        <translation>Pasadas</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Punto final</translation>
    </message>
    <message>
        <source>Add area</source>
        <translation>Añadir zona</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Productos</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Aftercare start</source>
        <translation>Inicio de cuidados posteriores</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>Lote</translation>
    </message>
    <message>
        <source>Add product</source>
        <translation>Añadir producto</translation>
    </message>
    <message>
        <source>Your product library is empty: add products in Library → Products…, then log them here.</source>
        <translation>Su biblioteca de productos está vacía: añada productos en Biblioteca → Productos… y regístrelos aquí.</translation>
    </message>
    <message>
        <source>Numbing cream used</source>
        <translation>Se usó crema anestésica</translation>
    </message>
    <message>
        <source>Downtime </source>
        <translation>Inactividad </translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>Dolor</translation>
    </message>
    <message>
        <source>e.g. prolonged redness, breakout, none</source>
        <translation>p. ej. enrojecimiento prolongado, brote, ninguno</translation>
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
        <source>Tone</source>
        <translation>Tono</translation>
    </message>
    <message>
        <source>Anything else worth remembering</source>
        <translation>Cualquier otra cosa que valga la pena recordar</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;⚠ Guidance&lt;/b&gt; (saving is still allowed)</source>
        <translation>&lt;b&gt;⚠ Avisos&lt;/b&gt; (se puede guardar igualmente)</translation>
    </message>
</context>
<context>
    <name>SessionPhotoStrip</name>
    <message>
        <source>Show in Photos</source>
        <translation>Mostrar en Fotos</translation>
    </message>
    <message>
        <source>Add photos…</source>
        <translation>Añadir fotos…</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) of this session</source>
        <translation>
            <numerusform>%n foto de esta sesión</numerusform>
            <numerusform>%n fotos de esta sesión</numerusform>
        </translation>
    </message>
    <message>
        <source>No photos of this session yet — drop them here.</source>
        <translation>Todavía no hay fotos de esta sesión: suéltelas aquí.</translation>
    </message>
</context>
<context>
    <name>SessionRows</name>
    <message>
        <source>Pick an area or type a name: upper lip, eyelid, abdomen, acne scars on cheeks…</source>
        <translation>Elija una zona o escriba un nombre: upper lip, eyelid, abdomen, acne scars on cheeks, mejillas…</translation>
    </message>
    <message>
        <source>Why this area was treated: the usual depth depends on it</source>
        <translation>Por qué se trató esta zona: la profundidad habitual depende de ello</translation>
    </message>
    <message>
        <source>from day </source>
        <translation>desde el día </translation>
    </message>
    <message>
        <source>Aftercare: the day after the session this product was first used (— not recorded)</source>
        <translation>Cuidados posteriores: el día tras la sesión en que se usó el producto por primera vez (— no registrado)</translation>
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
    <name>Sources</name>
    <message>
        <source>Clinic aftercare handouts: avoid retinoids (resume after ~7–14 days), AHA/BHA and other acids, exfoliants, benzoyl peroxide, hydroquinone, alcohol and fragrance for days after needling.</source>
        <translation>Hojas de cuidados posteriores de clínicas: evitar retinoides (retomarlos tras ~7–14 días), AHA/BHA y otros ácidos, exfoliantes, peróxido de benzoilo, hidroquinona, alcohol y fragancias durante los días posteriores al microneedling.</translation>
    </message>
    <message>
        <source>Consumer home-use microneedling guides (typical depth by area; weak evidence).</source>
        <translation>Guías de microneedling en casa para consumidores (profundidad habitual por zona; evidencia débil).</translation>
    </message>
    <message>
        <source>Consumer home-use microneedling guides: do not exceed 1.0 mm at home.</source>
        <translation>Guías de microneedling en casa para consumidores: en casa no superar 1,0 mm.</translation>
    </message>
    <message>
        <source>Consumer rules of thumb for microneedling intervals (they disagree; weak evidence): 0.2–0.3 mm 1–2× a week, 0.5 mm every 2–4 weeks, ≥ 1.0 mm every 4–6 weeks, ≥ 1.5 mm every 6–8 weeks. Trials and clinics space sessions about 4 weeks apart (e.g. PMC6122507).</source>
        <translation>Reglas prácticas de guías para consumidores sobre los intervalos de microneedling (no coinciden; evidencia débil): 0,2–0,3 mm 1–2× por semana, 0,5 mm cada 2–4 semanas, ≥ 1,0 mm cada 4–6 semanas, ≥ 1,5 mm cada 6–8 semanas. Los ensayos y las clínicas espacian las sesiones unas 4 semanas (p. ej., PMC6122507).</translation>
    </message>
    <message>
        <source>ASJ Open Forum review of microneedling and RF microneedling depth by area (cheeks 1.0 mm, scars 1.5–2.0 mm; acne scars 1.5–2.0 mm, up to 2.5 mm).</source>
        <translation>Revisión de ASJ Open Forum sobre la profundidad del microneedling y del microneedling con RF por zona (mejillas 1,0 mm, cicatrices 1,5–2,0 mm; cicatrices de acné 1,5–2,0 mm, hasta 2,5 mm).</translation>
    </message>
    <message>
        <source>ASJ Open Forum review: avoid the lash line (it gives no depth); home guides keep the under-eye at 0.2–0.3 mm. 1.0 mm is the app&apos;s cautious default for the thinnest facial skin, not a figure from the review.</source>
        <translation>Revisión de ASJ Open Forum: evitar la línea de las pestañas (no da profundidad); las guías para casa mantienen la zona bajo el ojo en 0,2–0,3 mm. 1,0 mm es el valor prudente de la aplicación para la piel más fina de la cara, no una cifra de la revisión.</translation>
    </message>
    <message>
        <source>Inference from case reports: Soltani-Arabshahi et al., JAMA Dermatol 2014 (granulomas after microneedling with a topical vitamin C serum); systematic review Friedmann et al., Dermatol Surg 2024 (mostly motorised pens plus topical vitamin C).</source>
        <translation>Inferencia a partir de casos clínicos: Soltani-Arabshahi et al., JAMA Dermatol 2014 (granulomas tras microneedling con un sérum tópico de vitamina C); revisión sistemática Friedmann et al., Dermatol Surg 2024 (sobre todo plumas motorizadas con vitamina C tópica).</translation>
    </message>
    <message>
        <source>Informed consent before each course of treatment: UK JCCP/CPSA competency standards and US state cosmetology board rules; clinic suites (Aesthetic Record, Pabau) flag a missing consent before a treatment starts.</source>
        <translation>Consentimiento informado antes de cada tanda de tratamiento: estándares de competencia de UK JCCP/CPSA y normas de las juntas estatales de cosmetología de EE. UU.; los programas para clínicas (Aesthetic Record, Pabau) avisan de un consentimiento que falta antes de empezar un tratamiento.</translation>
    </message>
    <message>
        <source>Manufacturer&apos;s expiry date on the packaging: past it, sterility and stability of a product applied to needled skin are no longer guaranteed.</source>
        <translation>Fecha de caducidad del fabricante en el envase: pasada esa fecha, ya no se garantizan la esterilidad ni la estabilidad de un producto aplicado sobre la piel tratada con microneedling.</translation>
    </message>
    <message>
        <source>Client screening before microneedling (domain notes): active infection or acne; eczema, psoriasis or rosacea flare; keloid tendency; bleeding disorder or anticoagulants; uncontrolled diabetes; pregnancy or breastfeeding; isotretinoin within 3–6 months; malignancy, chemo- or radiotherapy; actinic keratoses or raised moles in the area; allergy to stainless steel or topical anaesthetics; recent filler (≤ 6–12 months), neuromodulator (≤ 3 months), peel or laser (≤ 2–4 weeks).</source>
        <translation>Cribado del cliente antes del microneedling (notas del dominio): infección o acné activos; brote de eccema, psoriasis o rosácea; tendencia a queloides; trastorno de la coagulación o anticoagulantes; diabetes no controlada; embarazo o lactancia; isotretinoína en los últimos 3–6 meses; cáncer, quimio- o radioterapia; queratosis actínicas o lunares elevados en la zona; alergia al acero inoxidable o a anestésicos tópicos; relleno reciente (≤ 6–12 meses), neuromodulador (≤ 3 meses), peeling o láser (≤ 2–4 semanas).</translation>
    </message>
    <message>
        <source>Client screening is kept with the date it was reviewed (domain notes); how often to review it is the journal&apos;s setting (default every 6 months).</source>
        <translation>El cribado del cliente se guarda con la fecha en que se revisó (notas del dominio); cada cuánto revisarla es un ajuste del diario (por defecto, cada 6 meses).</translation>
    </message>
</context>
<context>
    <name>TimelapseDialog</name>
    <message>
        <source>Time-lapse — {view} — {name}</source>
        <translation>Secuencia — {view} — {name}</translation>
    </message>
    <message>
        <source>Aligning every photo of this view…</source>
        <translation>Alineando todas las fotos de esta vista…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Frame</source>
        <translation>Fotograma</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Reproducir</translation>
    </message>
    <message>
        <source>Export GIF…</source>
        <translation>Exportar GIF…</translation>
    </message>
    <message>
        <source>Export frames…</source>
        <translation>Exportar fotogramas…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <source>Cancelling the export…</source>
        <translation>Cancelando la exportación…</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>No photos of this view yet.</source>
        <translation>Todavía no hay fotos de esta vista.</translation>
    </message>
    <message>
        <source>The time-lapse could not be made.</source>
        <translation>No se pudo crear la secuencia.</translation>
    </message>
    <message>
        <source>aligned by anchors</source>
        <translation>alineada con anclas</translation>
    </message>
    <message>
        <source>auto-aligned</source>
        <translation>alineada automáticamente</translation>
    </message>
    <message>
        <source>not aligned</source>
        <translation>sin alinear</translation>
    </message>
    <message>
        <source>reference</source>
        <translation>referencia</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Export time-lapse</source>
        <translation>Exportar la secuencia</translation>
    </message>
    <message>
        <source>GIF (*.gif)</source>
        <translation>GIF (*.gif)</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>Guardado: {path}</translation>
    </message>
    <message>
        <source>Export cancelled: nothing written.</source>
        <translation>Exportación cancelada: no se escribió nada.</translation>
    </message>
    <message>
        <source>Export frames into a folder</source>
        <translation>Exportar los fotogramas a una carpeta</translation>
    </message>
    <message>
        <source>Saved {done} of {total} frames in {folder}</source>
        <translation>{done} de {total} fotogramas guardados en {folder}</translation>
    </message>
    <message>
        <source>Saved {done} frames in {folder}</source>
        <translation>{done} fotogramas guardados en {folder}</translation>
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
        <source>Screening reviewed {day}</source>
        <translation>Cribado revisado el {day}</translation>
    </message>
    <message>
        <source>by {name}</source>
        <translation>por {name}</translation>
    </message>
    <message>
        <source>yes: {items}</source>
        <translation>sí: {items}</translation>
    </message>
    <message numerus="yes">
        <source>%n unknown or not asked</source>
        <translation>
            <numerusform>%n desconocido o sin preguntar</numerusform>
            <numerusform>%n desconocidos o sin preguntar</numerusform>
        </translation>
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
<context>
    <name>ValidationWords</name>
    <message>
        <source>The session date</source>
        <translation>Fecha de la sesión</translation>
    </message>
    <message>
        <source>The date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>A lot number</source>
        <translation>Número de lote</translation>
    </message>
    <message>
        <source>The lot number</source>
        <translation>Número de lote</translation>
    </message>
    <message>
        <source>A product note</source>
        <translation>Nota del producto</translation>
    </message>
    <message>
        <source>The aftercare start day</source>
        <translation>Día de inicio de los cuidados posteriores</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>Dolor</translation>
    </message>
    <message>
        <source>Downtime</source>
        <translation>Tiempo de recuperación</translation>
    </message>
    <message>
        <source>The texture score</source>
        <translation>Puntuación de textura</translation>
    </message>
    <message>
        <source>The tone score</source>
        <translation>Puntuación de tono</translation>
    </message>
    <message>
        <source>Redness</source>
        <translation>Enrojecimiento</translation>
    </message>
    <message>
        <source>The notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>The note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>The adverse events</source>
        <translation>Efectos adversos</translation>
    </message>
    <message>
        <source>The texture note</source>
        <translation>Nota de textura</translation>
    </message>
    <message>
        <source>The tone note</source>
        <translation>Nota de tono</translation>
    </message>
    <message>
        <source>The rater</source>
        <translation>Evaluador</translation>
    </message>
    <message>
        <source>The rating note</source>
        <translation>Nota de la valoración</translation>
    </message>
    <message>
        <source>The name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>The consent date</source>
        <translation>Fecha del consentimiento</translation>
    </message>
    <message>
        <source>The date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <source>The phone number</source>
        <translation>Número de teléfono</translation>
    </message>
    <message>
        <source>The e-mail address</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>The concerns</source>
        <translation>Preocupaciones</translation>
    </message>
    <message>
        <source>The contraindications</source>
        <translation>Contraindicaciones</translation>
    </message>
    <message>
        <source>The needle count</source>
        <translation>Número de agujas</translation>
    </message>
    <message>
        <source>The device name</source>
        <translation>Nombre del dispositivo</translation>
    </message>
    <message>
        <source>The cartridge</source>
        <translation>Cartucho</translation>
    </message>
    <message>
        <source>The product name</source>
        <translation>Nombre del producto</translation>
    </message>
    <message>
        <source>The brand</source>
        <translation>Marca</translation>
    </message>
    <message>
        <source>The kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>An ingredient</source>
        <translation>Ingrediente</translation>
    </message>
    <message>
        <source>Who took it</source>
        <translation>Quién lo recogió</translation>
    </message>
    <message>
        <source>The reviewer</source>
        <translation>Revisado por</translation>
    </message>
    <message>
        <source>The review date</source>
        <translation>Fecha de revisión</translation>
    </message>
    <message>
        <source>The region&apos;s name</source>
        <translation>Nombre de la región</translation>
    </message>
    <message>
        <source>The photo date</source>
        <translation>Fecha de la foto</translation>
    </message>
    <message>
        <source>The expiry date</source>
        <translation>Fecha de caducidad</translation>
    </message>
    <message>
        <source>The skin</source>
        <translation>Piel</translation>
    </message>
    <message>
        <source>The day after</source>
        <translation>Días tras la sesión</translation>
    </message>
    <message>
        <source>The light</source>
        <translation>Luz</translation>
    </message>
    <message>
        <source>The camera</source>
        <translation>Cámara</translation>
    </message>
    <message>
        <source>client</source>
        <translation>el cliente</translation>
    </message>
    <message>
        <source>device</source>
        <translation>el dispositivo</translation>
    </message>
    <message>
        <source>product</source>
        <translation>el producto</translation>
    </message>
    <message>
        <source>session</source>
        <translation>la sesión</translation>
    </message>
    <message>
        <source>photo</source>
        <translation>la foto</translation>
    </message>
    <message>
        <source>skin check</source>
        <translation>el control de piel</translation>
    </message>
    <message>
        <source>rating</source>
        <translation>la valoración</translation>
    </message>
    <message>
        <source>region</source>
        <translation>la región</translation>
    </message>
    <message>
        <source>consent</source>
        <translation>el consentimiento</translation>
    </message>
    <message>
        <source>The date for {item}</source>
        <translation>Fecha de {item}</translation>
    </message>
    <message>
        <source>{field}: contains bytes that are not valid text (UTF-8); type it again.</source>
        <translation>{field}: contiene bytes que no son texto válido (UTF-8); vuelva a escribirlo.</translation>
    </message>
    <message>
        <source>{field}: cannot contain control characters.</source>
        <translation>{field}: no puede contener caracteres de control.</translation>
    </message>
    <message>
        <source>{field}: cannot contain a line break or control character.</source>
        <translation>{field}: no puede contener saltos de línea ni caracteres de control.</translation>
    </message>
    <message>
        <source>{field}: too long ({limit} characters at most).</source>
        <translation>{field}: demasiado largo (como máximo {limit} caracteres).</translation>
    </message>
    <message>
        <source>{field}: must be between {lo} and {hi}.</source>
        <translation>{field}: debe estar entre {lo} y {hi}.</translation>
    </message>
    <message>
        <source>{field}: cannot be negative.</source>
        <translation>{field}: no puede ser negativo.</translation>
    </message>
    <message>
        <source>There is no {what} with id {id}.</source>
        <translation>No existe {what} con el id {id}.</translation>
    </message>
    <message>
        <source>{field}: out of range.</source>
        <translation>{field}: fuera del rango válido.</translation>
    </message>
    <message>
        <source>{field}: before {year}.</source>
        <translation>{field}: anterior a {year}.</translation>
    </message>
    <message>
        <source>{field}: in the future.</source>
        <translation>{field}: está en el futuro.</translation>
    </message>
    <message>
        <source>{field}: needs a time zone.</source>
        <translation>{field}: necesita una zona horaria.</translation>
    </message>
    <message>
        <source>The session date is in the future; log sessions once they are done.</source>
        <translation>La fecha de la sesión está en el futuro; registre las sesiones una vez realizadas.</translation>
    </message>
    <message>
        <source>The skin check date is in the future.</source>
        <translation>La fecha del control de piel está en el futuro.</translation>
    </message>
    <message>
        <source>A skin check needs at least one score or note.</source>
        <translation>Un control de piel necesita al menos una puntuación o una nota.</translation>
    </message>
    <message>
        <source>Add at least one treated area.</source>
        <translation>Añada al menos una zona tratada.</translation>
    </message>
    <message>
        <source>Unknown area “{value}”; choose one of: {choices}.</source>
        <translation>Zona desconocida «{value}»; elija una de: {choices}.</translation>
    </message>
    <message>
        <source>Unknown indication “{value}”; choose one of: {choices}.</source>
        <translation>Indicación desconocida «{value}»; elija una de: {choices}.</translation>
    </message>
    <message>
        <source>Unknown product phase “{value}”; use one of: {choices}.</source>
        <translation>Fase de producto desconocida «{value}»; use una de: {choices}.</translation>
    </message>
    <message>
        <source>Unknown endpoint “{value}” for {area}.</source>
        <translation>Punto final desconocido «{value}» para {area}.</translation>
    </message>
    <message>
        <source>{area} is listed twice.</source>
        <translation>{area} aparece dos veces.</translation>
    </message>
    <message>
        <source>Needle depth for {area}: at least {least} and at most {most} (got {got}).</source>
        <translation>Profundidad de aguja para {area}: como mínimo {least} y como máximo {most} (se indicó {got}).</translation>
    </message>
    <message>
        <source>Passes for {area}: at least 1.</source>
        <translation>Pasadas para {area}: como mínimo 1.</translation>
    </message>
    <message>
        <source>Passes for {area}: at most {most}.</source>
        <translation>Pasadas para {area}: como máximo {most}.</translation>
    </message>
    <message>
        <source>A start day applies only to aftercare products.</source>
        <translation>Un día de inicio solo se aplica a productos de cuidados posteriores.</translation>
    </message>
    <message>
        <source>The client needs a name.</source>
        <translation>El cliente necesita un nombre.</translation>
    </message>
    <message>
        <source>Skin type must be a Fitzpatrick type from I to VI.</source>
        <translation>El tipo de piel debe ser un fototipo de Fitzpatrick de I a VI.</translation>
    </message>
    <message>
        <source>The age band must be one of: {choices}.</source>
        <translation>El grupo de edad debe ser uno de: {choices}.</translation>
    </message>
    <message>
        <source>“{value}” is not a phone number: use digits, spaces and + ( ) - . / only, {least} to {most} digits (e.g. +49 170 1234567).</source>
        <translation>«{value}» no es un número de teléfono: use solo dígitos, espacios y + ( ) - . /, de {least} a {most} dígitos (p. ej., +49 170 1234567).</translation>
    </message>
    <message>
        <source>“{value}” is not an e-mail address (it should look like name@example.com).</source>
        <translation>«{value}» no es una dirección de correo electrónico (debería tener la forma nombre@example.com).</translation>
    </message>
    <message>
        <source>The device needs a name.</source>
        <translation>El dispositivo necesita un nombre.</translation>
    </message>
    <message>
        <source>Device kind must be one of: {choices}.</source>
        <translation>El tipo de dispositivo debe ser uno de: {choices}.</translation>
    </message>
    <message>
        <source>The product needs a name.</source>
        <translation>El producto necesita un nombre.</translation>
    </message>
    <message>
        <source>Unknown screening item “{value}”; use one of: {choices}.</source>
        <translation>Punto de cribado desconocido «{value}»; use uno de: {choices}.</translation>
    </message>
    <message>
        <source>{item}: answered twice.</source>
        <translation>{item}: respondido dos veces.</translation>
    </message>
    <message>
        <source>{item}: answer yes, no or unknown (got “{value}”).</source>
        <translation>{item}: responda sí, no o desconocido (se recibió «{value}»).</translation>
    </message>
    <message>
        <source>{item}: takes no date; answer yes, no or unknown.</source>
        <translation>{item}: no lleva fecha; responda sí, no o desconocido.</translation>
    </message>
    <message>
        <source>{item}: a date means yes; give the date or answer no.</source>
        <translation>{item}: una fecha significa sí; indique la fecha o responda no.</translation>
    </message>
    <message>
        <source>Nothing to record: give at least one answer, or renew the review.</source>
        <translation>Nada que registrar: dé al menos una respuesta o renueve la revisión.</translation>
    </message>
</context>
<context>
    <name>WhatWorked</name>
    <message>
        <source>lower is darker</source>
        <translation>menor es más oscuro</translation>
    </message>
    <message>
        <source>redness a*</source>
        <translation>enrojecimiento a*</translation>
    </message>
    <message>
        <source>lower is less red</source>
        <translation>menor es menos rojo</translation>
    </message>
    <message>
        <source>lower is less yellow</source>
        <translation>menor es menos amarillo</translation>
    </message>
    <message>
        <source>evenness</source>
        <translation>uniformidad</translation>
    </message>
    <message>
        <source>lower is more even</source>
        <translation>menor es más uniforme</translation>
    </message>
    <message>
        <source>texture</source>
        <translation>textura</translation>
    </message>
    <message>
        <source>lower is smoother</source>
        <translation>menor es más liso</translation>
    </message>
    <message>
        <source>spot count</source>
        <translation>número de manchas</translation>
    </message>
    <message>
        <source>lower is fewer spots</source>
        <translation>menor son menos manchas</translation>
    </message>
    <message>
        <source>spot area %</source>
        <translation>área de manchas %</translation>
    </message>
    <message>
        <source>lower is less spot area</source>
        <translation>menor es menos área de manchas</translation>
    </message>
    <message>
        <source>under 0.5 mm</source>
        <translation>menos de 0,5 mm</translation>
    </message>
    <message>
        <source>0.5–0.9 mm</source>
        <translation>0,5–0,9 mm</translation>
    </message>
    <message>
        <source>1.0–1.4 mm</source>
        <translation>1,0–1,4 mm</translation>
    </message>
    <message>
        <source>≥ 1.5 mm</source>
        <translation>≥ 1,5 mm</translation>
    </message>
</context>
<context>
    <name>WhatWorkedDialog</name>
    <message>
        <source>What worked — {name}</source>
        <translation>Qué funcionó — {name}</translation>
    </message>
    <message>
        <source>How the scores and photo measures moved after sessions, by what the sessions did. Settings seen in fewer than two sessions are left out.</source>
        <translation>Cómo cambiaron las puntuaciones y las medidas de fotos tras las sesiones, según lo que se hizo en ellas. Se omiten los ajustes vistos en menos de dos sesiones.</translation>
    </message>
    <message>
        <source>Changes after sessions</source>
        <translation>Cambios tras las sesiones</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>Scale or measure</source>
        <translation>Escala o medida</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Mean change per session</source>
        <translation>Cambio medio por sesión</translation>
    </message>
    <message>
        <source>A correlation in this journal, not proof: scores and photos also change with the season, the rest of the routine, who rated them and the light, and a few sessions can show a change by chance. Photo measures are compared only between photos under the same recorded conditions.</source>
        <translation>Una correlación en este diario, no una prueba: las puntuaciones y las fotos también cambian con la estación, el resto de la rutina, quién las valoró y la luz, y pocas sesiones pueden mostrar un cambio por azar. Las medidas de fotos solo se comparan entre fotos con las mismas condiciones registradas.</translation>
    </message>
    <message>
        <source>Reading the journal…</source>
        <translation>Leyendo el diario…</translation>
    </message>
    <message>
        <source>Not enough data yet: a score, or a region measured on comparable photos, before and after at least two sessions is needed.</source>
        <translation>Aún no hay datos suficientes: hace falta una puntuación, o una región medida en fotos comparables, antes y después de al menos dos sesiones.</translation>
    </message>
    <message numerus="yes">
        <source>%n before/after photo pair(s) left out: taken under other conditions or balanced differently.</source>
        <translation>
            <numerusform>%n par de fotos antes/después omitido: tomado en otras condiciones o equilibrado de otra forma.</numerusform>
            <numerusform>%n pares de fotos antes/después omitidos: tomados en otras condiciones o equilibrados de otra forma.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WhatWorkedWords</name>
    <message>
        <source>all sessions</source>
        <translation>todas las sesiones</translation>
    </message>
    <message>
        <source>{area}: sessions at {band}</source>
        <translation>{area}: sesiones a {band}</translation>
    </message>
    <message>
        <source>sessions with {product} ({phase})</source>
        <translation>sesiones con {product} ({phase})</translation>
    </message>
</context>
<context>
    <name>ZoomImage</name>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
</context>
</TS>
