<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
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
        <source>Progress</source>
        <translation>Evolución</translation>
    </message>
</context>
<context>
    <name>ObservationDialog</name>
    <message>
        <source>Redness of the whole face, 0 none to 4 marked: the VISIA redness scale, as rated by this check&apos;s rater</source>
        <translation>Enrojecimiento de todo el rostro, de 0 nada a 4 marcado: la escala de enrojecimiento VISIA, según quien hizo este control</translation>
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
        <source>Save as PNG…</source>
        <translation>Guardar como PNG…</translation>
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
        <source>PNG images (*.png)</source>
        <translation>Imágenes PNG (*.png)</translation>
    </message>
    <message>
        <source>progress.png</source>
        <translation>evolucion.png</translation>
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
</TS>
