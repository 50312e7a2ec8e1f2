<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About NeedleJournal</source>
        <translation>Über NeedleJournal</translation>
    </message>
</context>
<context>
    <name>ActionBar</name>
    <message>
        <source>New session</source>
        <translation>Neue Sitzung</translation>
    </message>
    <message>
        <source>Skin check</source>
        <translation>Hautkontrolle</translation>
    </message>
    <message>
        <source>Add photos</source>
        <translation>Fotos hinzufügen</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Vergleichen</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>Sichern</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Aktionen</translation>
    </message>
</context>
<context>
    <name>Area</name>
    <message>
        <source>Forehead</source>
        <translation>Stirn</translation>
    </message>
    <message>
        <source>Cheeks</source>
        <translation>Wangen</translation>
    </message>
    <message>
        <source>Nose</source>
        <translation>Nase</translation>
    </message>
    <message>
        <source>Chin / jawline</source>
        <translation>Kinn / Kieferlinie</translation>
    </message>
    <message>
        <source>Upper lip / perioral</source>
        <translation>Oberlippe / perioral</translation>
    </message>
    <message>
        <source>Under-eye / periorbital</source>
        <translation>Unter den Augen / periorbital</translation>
    </message>
    <message>
        <source>Neck</source>
        <translation>Hals</translation>
    </message>
    <message>
        <source>Décolletage</source>
        <translation>Dekolleté</translation>
    </message>
    <message>
        <source>Scalp</source>
        <translation>Kopfhaut</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Körper</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Andere</translation>
    </message>
</context>
<context>
    <name>CardPhotos</name>
    <message>
        <source>{role} · {view} · {date}
Click to open; Ctrl+click two to compare.</source>
        <translation>{role} · {view} · {date}
Klicken zum Öffnen; zwei mit Strg+Klick wählen zum Vergleichen.</translation>
    </message>
</context>
<context>
    <name>ChosenPhotosBar</name>
    <message>
        <source>Compare</source>
        <translation>Vergleichen</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Auswahl aufheben</translation>
    </message>
    <message>
        <source>1 photo chosen: Ctrl+click another to compare them.</source>
        <translation>1 Foto gewählt: ein weiteres mit Strg+Klick wählen, um beide zu vergleichen.</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) chosen.</source>
        <translation>
            <numerusform>%n Foto gewählt.</numerusform>
            <numerusform>%n Fotos gewählt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClientListPanel</name>
    <message>
        <source>Find a client  (Ctrl+F)</source>
        <translation>Kunden finden  (Strg+F)</translation>
    </message>
    <message>
        <source>Find a client</source>
        <translation>Kunden finden</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>No clients yet.</source>
        <translation>Noch keine Kunden.</translation>
    </message>
    <message>
        <source>Add the first client</source>
        <translation>Ersten Kunden anlegen</translation>
    </message>
    <message>
        <source>No client matches “{search}”.</source>
        <translation>Kein Kunde passt zu „{search}“.</translation>
    </message>
</context>
<context>
    <name>ClinicActions</name>
    <message>
        <source>Who is &amp;due…</source>
        <translation>&amp;Wer ist fällig…</translation>
    </message>
    <message>
        <source>Progress &amp;report (PDF)…</source>
        <translation>Verlaufs&amp;bericht (PDF)…</translation>
    </message>
    <message>
        <source>Find &amp;lot…</source>
        <translation>&amp;Charge finden…</translation>
    </message>
    <message>
        <source>Choose a client first, then write their report.</source>
        <translation>Wählen Sie zuerst einen Kunden, dann erstellen Sie den Bericht.</translation>
    </message>
    <message numerus="yes">
        <source>Saved {name}&apos;s report (%n page(s)) to {path}.</source>
        <translation>
            <numerusform>Bericht von {name} (%n Seite) gespeichert unter {path}.</numerusform>
            <numerusform>Bericht von {name} (%n Seiten) gespeichert unter {path}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Changed on another seat</source>
        <translation>Auf einem anderen Platz geändert</translation>
    </message>
    <message>
        <source>Their version and yours hold the same details.</source>
        <translation>Deren Fassung und Ihre enthalten dieselben Angaben.</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <source>Discard my changes</source>
        <translation>Meine Änderungen verwerfen</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Meine behalten</translation>
    </message>
    <message>
        <source>Save my version over theirs</source>
        <translation>Meine Fassung über deren speichern</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Zusammenführen</translation>
    </message>
    <message>
        <source>Save the version picked field by field</source>
        <translation>Die Feld für Feld gewählte Fassung speichern</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>Deren</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Meine</translation>
    </message>
</context>
<context>
    <name>ConflictFields</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Fitzpatrick skin type</source>
        <translation>Hauttyp nach Fitzpatrick</translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation>Anliegen</translation>
    </message>
    <message>
        <source>Contraindications</source>
        <translation>Kontraindikationen</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Einwilligung</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archiviert</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Datum und Uhrzeit</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>Zonen</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produkte</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>Schmerz</translation>
    </message>
    <message>
        <source>Numbing</source>
        <translation>Betäubung</translation>
    </message>
    <message>
        <source>Downtime</source>
        <translation>Ausfallzeit</translation>
    </message>
    <message>
        <source>Adverse events</source>
        <translation>Unerwünschte Ereignisse</translation>
    </message>
    <message>
        <source>Texture</source>
        <translation>Textur</translation>
    </message>
    <message>
        <source>Texture note</source>
        <translation>Notiz zur Textur</translation>
    </message>
    <message>
        <source>Tone</source>
        <translation>Hautton</translation>
    </message>
    <message>
        <source>Tone note</source>
        <translation>Notiz zum Hautton</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>Redness</source>
        <translation>Rötung</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Rated by</source>
        <translation>Bewertet von</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Aufgenommen</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Ansicht</translation>
    </message>
    <message>
        <source>How it was taken</source>
        <translation>Aufnahmebedingungen</translation>
    </message>
    <message>
        <source>Anchor points</source>
        <translation>Ankerpunkte</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Needles</source>
        <translation>Nadeln</translation>
    </message>
    <message>
        <source>Cartridge</source>
        <translation>Kartusche</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>Marke</translation>
    </message>
    <message>
        <source>Ingredients</source>
        <translation>Inhaltsstoffe</translation>
    </message>
</context>
<context>
    <name>Conflicts</name>
    <message>
        <source>on seat {seat}</source>
        <translation>am Platz {seat}</translation>
    </message>
    <message>
        <source>elsewhere</source>
        <translation>anderswo</translation>
    </message>
    <message>
        <source>at {time}</source>
        <translation>um {time}</translation>
    </message>
    <message>
        <source>on {day} at {time}</source>
        <translation>am {day} um {time}</translation>
    </message>
    <message>
        <source>by {user}</source>
        <translation>von {user}</translation>
    </message>
    <message>
        <source>While you were editing, this record was changed {where}{at}{by}.</source>
        <translation>Während Sie bearbeitet haben, wurde dieser Eintrag {where}{at}{by} geändert.</translation>
    </message>
    <message>
        <source>Choose what to keep:</source>
        <translation>Wählen Sie, was bleiben soll:</translation>
    </message>
</context>
<context>
    <name>CountedWords</name>
    <message numerus="yes">
        <source>%n pass(es)</source>
        <translation>
            <numerusform>%n Durchgang</numerusform>
            <numerusform>%n Durchgänge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n Sitzung</numerusform>
            <numerusform>%n Sitzungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>downtime %n day(s)</source>
        <translation>
            <numerusform>Ausfallzeit %n Tag</numerusform>
            <numerusform>Ausfallzeit %n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) downtime</source>
        <translation>
            <numerusform>%n Tag Ausfallzeit</numerusform>
            <numerusform>%n Tage Ausfallzeit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n needle(s)</source>
        <translation>
            <numerusform>%n Nadel</numerusform>
            <numerusform>%n Nadeln</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DataDialog</name>
    <message>
        <source>Where my data lives</source>
        <translation>Wo meine Daten liegen</translation>
    </message>
    <message>
        <source>Open the data folder</source>
        <translation>Datenordner öffnen</translation>
    </message>
</context>
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
    <name>DetailsPanel</name>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <source>Select a session or skin check to see everything recorded for it.</source>
        <translation>Wählen Sie eine Sitzung oder Hautkontrolle, um alles dazu Erfasste zu sehen.</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>No guidance warnings.</source>
        <translation>Keine Hinweise.</translation>
    </message>
    <message>
        <source>Skin check</source>
        <translation>Hautkontrolle</translation>
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
        <translation>Stempel</translation>
    </message>
    <message>
        <source>RF microneedling</source>
        <translation>RF-Microneedling</translation>
    </message>
</context>
<context>
    <name>DialogOpener</name>
    <message>
        <source>Choose a client first.</source>
        <translation>Wählen Sie zuerst einen Kunden.</translation>
    </message>
    <message>
        <source>Delete this session? This cannot be undone.</source>
        <translation>Diese Sitzung löschen? Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>Delete this skin check? This cannot be undone.</source>
        <translation>Diese Hautkontrolle löschen? Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
</context>
<context>
    <name>DueDialog</name>
    <message>
        <source>Who is due</source>
        <translation>Wer ist fällig</translation>
    </message>
    <message>
        <source>Reading the journal…</source>
        <translation>Journal wird gelesen…</translation>
    </message>
    <message>
        <source>Save as calendar…</source>
        <translation>Als Kalender speichern…</translation>
    </message>
    <message>
        <source>Nobody is due: no client who is not archived has a session yet.</source>
        <translation>Niemand ist fällig: Kein nicht archivierter Kunde hat bisher eine Sitzung.</translation>
    </message>
    <message numerus="yes">
        <source>%n due, {overdue} overdue. Click a row to open that client.</source>
        <translation>
            <numerusform>%n fällig, {overdue} überfällig. Klicken Sie auf eine Zeile, um den Kunden zu öffnen.</numerusform>
            <numerusform>%n fällig, {overdue} überfällig. Klicken Sie auf eine Zeile, um den Kunden zu öffnen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save who is due as a calendar</source>
        <translation>Fällige als Kalender speichern</translation>
    </message>
    <message>
        <source>due</source>
        <translation>fällig</translation>
    </message>
    <message>
        <source>Calendar (*.ics)</source>
        <translation>Kalender (*.ics)</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n event(s) to {path}.</source>
        <translation>
            <numerusform>%n Termin gespeichert unter {path}.</numerusform>
            <numerusform>%n Termine gespeichert unter {path}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DueModel</name>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Last session</source>
        <translation>Letzte Sitzung</translation>
    </message>
    <message>
        <source>Depth</source>
        <translation>Tiefe</translation>
    </message>
    <message numerus="yes">
        <source>{due} (overdue %n day(s))</source>
        <translation>
            <numerusform>{due} (%n Tag überfällig)</numerusform>
            <numerusform>{due} (%n Tage überfällig)</numerusform>
        </translation>
    </message>
    <message>
        <source>{due} (today)</source>
        <translation>{due} (heute)</translation>
    </message>
    <message>
        <source>Aftercare check-in</source>
        <translation>Nachsorge-Kontakt</translation>
    </message>
    <message>
        <source>Next session</source>
        <translation>Nächste Sitzung</translation>
    </message>
</context>
<context>
    <name>Endpoint</name>
    <message>
        <source>no visible endpoint</source>
        <translation>kein sichtbarer Endpunkt</translation>
    </message>
    <message>
        <source>erythema</source>
        <translation>Erythem</translation>
    </message>
    <message>
        <source>pinpoint bleeding</source>
        <translation>punktförmige Blutung</translation>
    </message>
</context>
<context>
    <name>FirstRun</name>
    <message>
        <source>Who is this journal for?</source>
        <translation>Für wen ist dieses Journal?</translation>
    </message>
    <message>
        <source>Welcome to NeedleJournal</source>
        <translation>Willkommen bei NeedleJournal</translation>
    </message>
    <message>
        <source>Just me: one person at home; sessions deeper than home-use guides advise are flagged.
I see clients: an esthetician&apos;s journal with a client list and search.

You can change this later in Library → Settings…; adding people never changes it.</source>
        <translation>Nur ich: eine Person zu Hause; Sitzungen, die tiefer gehen als Anleitungen für zu Hause raten, werden markiert.
Ich habe Kunden: ein Journal für Kosmetiker:innen mit Kundenliste und Suche.

Sie können das später unter Bibliothek → Einstellungen… ändern; weitere Personen anzulegen ändert es nie.</translation>
    </message>
    <message>
        <source>Just me</source>
        <translation>Nur ich</translation>
    </message>
    <message>
        <source>I see clients</source>
        <translation>Ich habe Kunden</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <source>, lot {lot}</source>
        <translation>, Charge {lot}</translation>
    </message>
    <message>
        <source>No sessions yet</source>
        <translation>Noch keine Sitzungen</translation>
    </message>
    <message>
        <source>last {day}</source>
        <translation>zuletzt {day}</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>Skin check</source>
        <translation>Hautkontrolle</translation>
    </message>
    <message>
        <source>Areas: {areas}</source>
        <translation>Zonen: {areas}</translation>
    </message>
    <message>
        <source>Products: {products}</source>
        <translation>Produkte: {products}</translation>
    </message>
    <message>
        <source>pain {pain}/10</source>
        <translation>Schmerz {pain}/10</translation>
    </message>
    <message>
        <source>numbing</source>
        <translation>Betäubung</translation>
    </message>
    <message>
        <source>Texture</source>
        <translation>Textur</translation>
    </message>
    <message>
        <source>Tone</source>
        <translation>Hautton</translation>
    </message>
    <message>
        <source>Adverse events: {events}</source>
        <translation>Nebenwirkungen: {events}</translation>
    </message>
    <message>
        <source>Redness {level}/4 ({word})</source>
        <translation>Rötung {level}/4 ({word})</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>Zonen</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produkte</translation>
    </message>
    <message>
        <source>no numbing</source>
        <translation>keine Betäubung</translation>
    </message>
    <message>
        <source>Comfort</source>
        <translation>Befinden</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>keine erfasst</translation>
    </message>
    <message>
        <source>Adverse</source>
        <translation>Nebenwirkungen</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Source: {source}</source>
        <translation>Quelle: {source}</translation>
    </message>
    <message>
        <source>Redness</source>
        <translation>Rötung</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Rated by</source>
        <translation>Bewertet von</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>Still opening…</source>
        <translation>Wird noch geöffnet…</translation>
    </message>
    <message>
        <source>SQLite file {path}</source>
        <translation>SQLite-Datei {path}</translation>
    </message>
    <message>
        <source>PostgreSQL server</source>
        <translation>PostgreSQL-Server</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Datenordner</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Fotos</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <source>A private journal for microneedling: sessions, skin checks and photos.</source>
        <translation>Ein privates Journal für Microneedling (Kollageninduktionstherapie): Sitzungen, Hautkontrollen und Fotos.</translation>
    </message>
    <message>
        <source>Licence: MIT.</source>
        <translation>Lizenz: MIT.</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;Where my data lives</source>
        <translation>&amp;Wo meine Daten liegen</translation>
    </message>
    <message>
        <source>&amp;About NeedleJournal</source>
        <translation>Ü&amp;ber NeedleJournal</translation>
    </message>
</context>
<context>
    <name>JournalOpening</name>
    <message>
        <source>Restore the snapshot</source>
        <translation>Momentaufnahme wiederherstellen</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Jetzt nicht</translation>
    </message>
    <message>
        <source>Restore the snapshot of {when}? Anything logged after it is not in it. The damaged journal is not deleted: it is moved to {folder}.</source>
        <translation>Die Momentaufnahme vom {when} wiederherstellen? Was danach erfasst wurde, ist nicht darin enthalten. Das beschädigte Journal wird nicht gelöscht, sondern nach {folder} verschoben.</translation>
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
        <source>Opening your journal…</source>
        <translation>Ihr Journal wird geöffnet…</translation>
    </message>
    <message>
        <source>&amp;Journal</source>
        <translation>&amp;Journal</translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation>&amp;Bibliothek</translation>
    </message>
    <message>
        <source>&amp;Photos</source>
        <translation>&amp;Fotos</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Fotos</translation>
    </message>
    <message>
        <source>New &amp;session…</source>
        <translation>Neue &amp;Sitzung…</translation>
    </message>
    <message>
        <source>New s&amp;kin check…</source>
        <translation>Neue Haut&amp;kontrolle…</translation>
    </message>
    <message>
        <source>&amp;Find client</source>
        <translation>Kunden &amp;finden</translation>
    </message>
    <message>
        <source>New &amp;client…</source>
        <translation>Neuer K&amp;unde…</translation>
    </message>
    <message>
        <source>&amp;Edit client…</source>
        <translation>Kunde b&amp;earbeiten…</translation>
    </message>
    <message>
        <source>Clinic &amp;mode (many clients)</source>
        <translation>&amp;Praxismodus (viele Kunden)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Products…</source>
        <translation>&amp;Produkte…</translation>
    </message>
    <message>
        <source>&amp;Devices…</source>
        <translation>&amp;Geräte…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>The journal could not be opened.</source>
        <translation>Das Journal konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>The journal could not be opened</source>
        <translation>Das Journal konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Personal journal</source>
        <translation>Persönliches Journal</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s)</source>
        <translation>
            <numerusform>%n Kunde</numerusform>
            <numerusform>%n Kunden</numerusform>
        </translation>
    </message>
    <message>
        <source>No clients yet.</source>
        <translation>Noch keine Kunden.</translation>
    </message>
    <message>
        <source>Add the first client</source>
        <translation>Ersten Kunden anlegen</translation>
    </message>
    <message>
        <source>No client matches the search.
Choose a client in the list, or press Esc in the search box to see them all.</source>
        <translation>Kein Kunde passt zur Suche.
Wählen Sie einen Kunden in der Liste oder drücken Sie Esc im Suchfeld, um alle zu sehen.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
</context>
<context>
    <name>Phase</name>
    <message>
        <source>prep</source>
        <translation>Vorbereitung</translation>
    </message>
    <message>
        <source>during</source>
        <translation>während</translation>
    </message>
    <message>
        <source>post</source>
        <translation>direkt danach</translation>
    </message>
    <message>
        <source>aftercare</source>
        <translation>Nachpflege</translation>
    </message>
</context>
<context>
    <name>PhotoRole</name>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Verlauf</translation>
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
        <translation>Links 45°</translation>
    </message>
    <message>
        <source>Right 45°</source>
        <translation>Rechts 45°</translation>
    </message>
    <message>
        <source>Left 90°</source>
        <translation>Links 90°</translation>
    </message>
    <message>
        <source>Right 90°</source>
        <translation>Rechts 90°</translation>
    </message>
    <message>
        <source>Close-up</source>
        <translation>Nahaufnahme</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Andere</translation>
    </message>
</context>
<context>
    <name>ProgressHeader</name>
    <message>
        <source>Compare first and latest</source>
        <translation>Erstes und neuestes vergleichen</translation>
    </message>
    <message>
        <source>Add photos</source>
        <translation>Fotos hinzufügen</translation>
    </message>
    <message>
        <source>Progress · {view}</source>
        <translation>Fortschritt · {view}</translation>
    </message>
    <message>
        <source>Only one photo of this view so far ({date}). Add a later photo of the same view to see the change here.</source>
        <translation>Bisher nur ein Foto dieser Ansicht ({date}). Fügen Sie ein späteres Foto derselben Ansicht hinzu, um hier die Veränderung zu sehen.</translation>
    </message>
    <message>
        <source>{first} → {latest} · {sessions}, {span}</source>
        <translation>{first} → {latest} · {sessions}, {span}</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Your first and latest photo will show here side by side. Take “before” photos of the front view — same light, same distance, no make-up — and add them.</source>
        <translation>Hier erscheinen Ihr erstes und Ihr neuestes Foto nebeneinander. Machen Sie „Vorher“-Fotos der Frontansicht – gleiches Licht, gleicher Abstand, kein Make-up – und fügen Sie sie hinzu.</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n Sitzung</numerusform>
            <numerusform>%n Sitzungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n Woche</numerusform>
            <numerusform>%n Wochen</numerusform>
        </translation>
    </message>
    <message>
        <source>{label} {first} → {latest} (no change)</source>
        <translation>{label} {first} → {latest} (unverändert)</translation>
    </message>
    <message>
        <source>{label} {first} → {latest} ({delta:+d})</source>
        <translation>{label} {first} → {latest} ({delta:+d})</translation>
    </message>
    <message>
        <source>Texture</source>
        <translation>Textur</translation>
    </message>
    <message>
        <source>Tone</source>
        <translation>Hautton</translation>
    </message>
    <message>
        <source>Score texture and tone in two skin checks to see them change here.</source>
        <translation>Bewerten Sie Textur und Hautton in zwei Hautkontrollen, um hier die Veränderung zu sehen.</translation>
    </message>
    <message>
        <source>{role} · {date}</source>
        <translation>{role} · {date}</translation>
    </message>
    <message>
        <source>Aligned on your anchors.</source>
        <translation>An Ihren Ankerpunkten ausgerichtet.</translation>
    </message>
    <message>
        <source>Not aligned: set anchors in Compare to line them up.</source>
        <translation>Nicht ausgerichtet: Setzen Sie Ankerpunkte im Vergleich, um sie anzugleichen.</translation>
    </message>
</context>
<context>
    <name>Redness</name>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>faint</source>
        <translation>sehr leicht</translation>
    </message>
    <message>
        <source>mild</source>
        <translation>leicht</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>mäßig</translation>
    </message>
    <message>
        <source>marked</source>
        <translation>deutlich</translation>
    </message>
</context>
<context>
    <name>ReportExporter</name>
    <message>
        <source>client</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>{name} progress report</source>
        <translation>{name} Verlaufsbericht</translation>
    </message>
    <message>
        <source>Save progress report</source>
        <translation>Verlaufsbericht speichern</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Writing {name}&apos;s report…</source>
        <translation>Bericht von {name} wird erstellt…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Progress report</source>
        <translation>Verlaufsbericht</translation>
    </message>
    <message>
        <source>The report was cancelled; no file was written.</source>
        <translation>Der Bericht wurde abgebrochen; es wurde keine Datei geschrieben.</translation>
    </message>
</context>
<context>
    <name>ScoreChart</name>
    <message>
        <source>Texture and tone scores over time</source>
        <translation>Textur- und Hautton-Werte im Zeitverlauf</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Werte</translation>
    </message>
    <message>
        <source>Texture</source>
        <translation>Textur</translation>
    </message>
    <message>
        <source>Tone</source>
        <translation>Hautton</translation>
    </message>
    <message>
        <source>Texture and tone scores appear here once sessions or skin checks have them.</source>
        <translation>Textur- und Hautton-Werte erscheinen hier, sobald Sitzungen oder Hautkontrollen welche haben.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Clear the client search</source>
        <translation>Kundensuche leeren</translation>
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
        <translation>Saubere Haut</translation>
    </message>
    <message>
        <source>Make-up</source>
        <translation>Make-up</translation>
    </message>
    <message>
        <source>After a session</source>
        <translation>Nach einer Sitzung</translation>
    </message>
</context>
<context>
    <name>TimelinePanel</name>
    <message>
        <source>Timeline</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Opening your journal…</source>
        <translation>Ihr Journal wird geöffnet…</translation>
    </message>
    <message>
        <source>Fitzpatrick {type}</source>
        <translation>Fitzpatrick {type}</translation>
    </message>
    <message>
        <source>No sessions yet.
Log your first session (Ctrl+N), or note a skin check (Ctrl+Shift+N).</source>
        <translation>Noch keine Sitzungen.
Erfassen Sie Ihre erste Sitzung (Strg+N) oder notieren Sie eine Hautkontrolle (Strg+Umschalt+N).</translation>
    </message>
    <message>
        <source>Log the first session</source>
        <translation>Erste Sitzung erfassen</translation>
    </message>
</context>
</TS>
