<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>Dates</name>
    <message>
        <source>{day} {month} {year}</source>
        <translation>{day}. {month} {year}</translation>
    </message>
    <message>
        <source>{weekday} {date}</source>
        <translation>{weekday}, {date}</translation>
    </message>
    <message>
        <source>{day}, {time}</source>
        <translation>{day}, {time}</translation>
    </message>
    <message>
        <source>{date} {time}</source>
        <translation>{date}, {time}</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>As the &amp;system</source>
        <translation>Wie das &amp;System</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Progress</source>
        <translation>Verlauf</translation>
    </message>
</context>
<context>
    <name>ObservationDialog</name>
    <message>
        <source>Redness of the whole face, 0 none to 4 marked: the VISIA redness scale, as rated by this check&apos;s rater</source>
        <translation>Rötung des ganzen Gesichts, 0 keine bis 4 deutlich: die VISIA-Rötungsskala, wie von der Person dieser Hautkontrolle bewertet</translation>
    </message>
</context>
<context>
    <name>ProgressChart</name>
    <message>
        <source>Progress chart</source>
        <translation>Verlaufsdiagramm</translation>
    </message>
    <message>
        <source>┆ session   ◆ skin check   ■ photo day</source>
        <translation>┆ Sitzung   ◆ Hautkontrolle   ■ Fototag</translation>
    </message>
    <message>
        <source>Pick a series to show: a scale or a photo measure.</source>
        <translation>Wählen Sie eine Reihe: eine Skala oder ein Fotomesswert.</translation>
    </message>
    <message>
        <source>Ratings on the named scales and photo measures appear here once sessions or skin checks have them.</source>
        <translation>Bewertungen auf den benannten Skalen und Fotomesswerte erscheinen hier, sobald Sitzungen oder Hautkontrollen sie haben.</translation>
    </message>
    <message>
        <source>Session {date}: {what}</source>
        <translation>Sitzung {date}: {what}</translation>
    </message>
    <message>
        <source>Skin check {date}</source>
        <translation>Hautkontrolle {date}</translation>
    </message>
    <message>
        <source>Photos {date}</source>
        <translation>Fotos {date}</translation>
    </message>
    <message>
        <source>Session: {what}</source>
        <translation>Sitzung: {what}</translation>
    </message>
    <message>
        <source>low</source>
        <translation>niedrig</translation>
    </message>
    <message>
        <source>high</source>
        <translation>hoch</translation>
    </message>
</context>
<context>
    <name>ProgressPanel</name>
    <message>
        <source>Series to show</source>
        <translation>Angezeigte Reihen</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Save as PNG…</source>
        <translation>Als PNG speichern…</translation>
    </message>
    <message>
        <source>Each line keeps its own scale and rater; photo measures compare only between photos taken under the same light.</source>
        <translation>Jede Linie behält ihre eigene Skala und bewertende Person; Fotomesswerte sind nur zwischen Fotos unter gleichem Licht vergleichbar.</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>{n} values, {first} to {last}</source>
        <translation>{n} Werte, {first} bis {last}</translation>
    </message>
    <message>
        <source>Save the chart</source>
        <translation>Diagramm speichern</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>progress.png</source>
        <translation>verlauf.png</translation>
    </message>
    <message>
        <source>Chart saved to {path}.</source>
        <translation>Diagramm gespeichert unter {path}.</translation>
    </message>
    <message>
        <source>The chart could not be saved to {path}; choose another folder.</source>
        <translation>Das Diagramm konnte nicht unter {path} gespeichert werden; wählen Sie einen anderen Ordner.</translation>
    </message>
</context>
<context>
    <name>Scales</name>
    <message>
        <source>, by {rater}</source>
        <translation>, von {rater}</translation>
    </message>
    <message>
        <source>Scales</source>
        <translation>Skalen</translation>
    </message>
    <message>
        <source>Whole face</source>
        <translation>Ganzes Gesicht</translation>
    </message>
    <message>
        <source>Self</source>
        <translation>Selbst</translation>
    </message>
    <message>
        <source>Who rated: empty for the client, or a name</source>
        <translation>Wer bewertet hat: leer für die Person selbst, oder ein Name</translation>
    </message>
    <message>
        <source>Remove this rating</source>
        <translation>Diese Bewertung entfernen</translation>
    </message>
    <message>
        <source>Remove rating</source>
        <translation>Bewertung entfernen</translation>
    </message>
</context>
<context>
    <name>ScalesSection</name>
    <message>
        <source>Scales</source>
        <translation>Skalen</translation>
    </message>
    <message>
        <source>Add rating</source>
        <translation>Bewertung hinzufügen</translation>
    </message>
    <message>
        <source>Fitzpatrick, Goodman &amp; Baron, Glogau, GAIS or a VISIA 0–4 rating</source>
        <translation>Fitzpatrick, Goodman &amp; Baron, Glogau, GAIS oder eine VISIA-Bewertung 0–4</translation>
    </message>
    <message>
        <source>Rate on a named scale: each rating keeps its scale and who rated it.</source>
        <translation>Auf einer benannten Skala bewerten: jede Bewertung behält ihre Skala und wer sie vergeben hat.</translation>
    </message>
</context>
</TS>
