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
    <name>AppearanceMenu</name>
    <message>
        <source>Colours as the &amp;system</source>
        <translation>Farben wie das S&amp;ystem</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
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
        <source>Abdomen</source>
        <translation>Bauch</translation>
    </message>
    <message>
        <source>Thighs</source>
        <translation>Oberschenkel</translation>
    </message>
    <message>
        <source>Arms</source>
        <translation>Arme</translation>
    </message>
    <message>
        <source>Buttocks</source>
        <translation>Gesäß</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Rücken</translation>
    </message>
    <message>
        <source>Hands</source>
        <translation>Hände</translation>
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
    <name>AreaRow</name>
    <message>
        <source>Area</source>
        <translation>Zone</translation>
    </message>
    <message>
        <source>Indication</source>
        <translation>Indikation</translation>
    </message>
    <message>
        <source>Depth</source>
        <translation>Tiefe</translation>
    </message>
    <message>
        <source> mm</source>
        <translation> mm</translation>
    </message>
    <message>
        <source>Needle depth, at least {least} and at most {most}</source>
        <translation>Nadeltiefe, mindestens {least} und höchstens {most}</translation>
    </message>
    <message>
        <source>Passes</source>
        <translation>Durchgänge</translation>
    </message>
    <message>
        <source>Passes over the area (— if not counted)</source>
        <translation>Durchgänge über die Zone (— wenn nicht gezählt)</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Endpunkt</translation>
    </message>
    <message>
        <source>Remove this area</source>
        <translation>Diese Zone entfernen</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <source>Audit trail</source>
        <translation>Prüfprotokoll</translation>
    </message>
    <message>
        <source>Every client</source>
        <translation>Alle Kunden</translation>
    </message>
    <message>
        <source>Every action</source>
        <translation>Alle Aktionen</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Ab</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Als CSV exportieren…</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n Eintrag</numerusform>
            <numerusform>%n Einträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The audit trail is intact: %n line(s) verified.</source>
        <translation>
            <numerusform>Das Prüfprotokoll ist unversehrt: %n Eintrag geprüft.</numerusform>
            <numerusform>Das Prüfprotokoll ist unversehrt: %n Einträge geprüft.</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit trail is broken: {problem}.</source>
        <translation>Das Prüfprotokoll ist beschädigt: {problem}.</translation>
    </message>
    <message>
        <source>Export the audit trail</source>
        <translation>Prüfprotokoll exportieren</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n line(s) to {file}.</source>
        <translation>
            <numerusform>%n Eintrag in {file} geschrieben.</numerusform>
            <numerusform>%n Einträge in {file} geschrieben.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Seat</source>
        <translation>Platz</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
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
        <source>#{id} (erased)</source>
        <translation>#{id} (gelöscht)</translation>
    </message>
</context>
<context>
    <name>AuditWords</name>
    <message>
        <source>created</source>
        <translation>angelegt</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>gelöscht</translation>
    </message>
    <message>
        <source>viewed photos</source>
        <translation>Fotos angesehen</translation>
    </message>
    <message>
        <source>exported</source>
        <translation>exportiert</translation>
    </message>
    <message>
        <source>printed report</source>
        <translation>Bericht gedruckt</translation>
    </message>
    <message>
        <source>erased</source>
        <translation>endgültig gelöscht</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>importiert</translation>
    </message>
    <message>
        <source>backed up</source>
        <translation>gesichert</translation>
    </message>
    <message>
        <source>restored</source>
        <translation>wiederhergestellt</translation>
    </message>
    <message>
        <source>client</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>skin check</source>
        <translation>Hautkontrolle</translation>
    </message>
    <message>
        <source>consent</source>
        <translation>Einwilligung</translation>
    </message>
    <message>
        <source>rating</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>photo region</source>
        <translation>Fotoregion</translation>
    </message>
    <message>
        <source>device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>product lot</source>
        <translation>Produktcharge</translation>
    </message>
    <message>
        <source>setting</source>
        <translation>Einstellung</translation>
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
        <translation>Si&amp;chern…</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>Wieder&amp;herstellen…</translation>
    </message>
    <message>
        <source>&amp;Automatic backups…</source>
        <translation>&amp;Automatische Sicherungen…</translation>
    </message>
    <message>
        <source>none chosen (Journal → Automatic backups…)</source>
        <translation>keiner gewählt (Journal → Automatische Sicherungen…)</translation>
    </message>
    <message>
        <source>Automatic backups: {where}</source>
        <translation>Automatische Sicherungen: {where}</translation>
    </message>
    <message>
        <source>No backup yet: Journal → Back up…</source>
        <translation>Noch keine Sicherung: Journal → Sichern…</translation>
    </message>
    <message>
        <source>today {time}</source>
        <translation>heute {time}</translation>
    </message>
    <message>
        <source>yesterday {time}</source>
        <translation>gestern {time}</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago ({date})</source>
        <translation>
            <numerusform>vor %n Tag ({date})</numerusform>
            <numerusform>vor %n Tagen ({date})</numerusform>
        </translation>
    </message>
    <message>
        <source>Last backup: {when}</source>
        <translation>Letzte Sicherung: {when}</translation>
    </message>
    <message>
        <source> — older than a week, back up soon</source>
        <translation> — älter als eine Woche, bitte bald sichern</translation>
    </message>
    <message numerus="yes">
        <source> — older than %n day(s), back up soon</source>
        <translation>
            <numerusform> — älter als %n Tag, bitte bald sichern</numerusform>
            <numerusform> — älter als %n Tage, bitte bald sichern</numerusform>
        </translation>
    </message>
    <message>
        <source>Back up the journal</source>
        <translation>Journal sichern</translation>
    </message>
    <message>
        <source>Zip archives (*.zip)</source>
        <translation>Zip-Archive (*.zip)</translation>
    </message>
    <message>
        <source>Backing up the journal…</source>
        <translation>Journal wird gesichert…</translation>
    </message>
    <message>
        <source>Folder for automatic backups (an external drive, a synced folder)</source>
        <translation>Ordner für automatische Sicherungen (ein externes Laufwerk, ein synchronisierter Ordner)</translation>
    </message>
    <message>
        <source>Backing up into the automatic backup folder…</source>
        <translation>Sicherung in den Ordner für automatische Sicherungen…</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation>Sicherung wird geprüft…</translation>
    </message>
    <message>
        <source>Restore the backup {name}?

It is checked completely before anything changes. The current journal is not deleted: it is kept in {folder}.</source>
        <translation>Die Sicherung {name} wiederherstellen?

Sie wird vollständig geprüft, bevor sich etwas ändert. Das aktuelle Journal wird nicht gelöscht, sondern in {folder} aufbewahrt.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message numerus="yes">
        <source>Backed up %n photo(s) to {file} (verified).</source>
        <translation>
            <numerusform>%n Foto in {file} gesichert (geprüft).</numerusform>
            <numerusform>%n Fotos in {file} gesichert (geprüft).</numerusform>
        </translation>
    </message>
    <message>
        <source>The previous journal is kept in {folder}.</source>
        <translation>Das vorherige Journal liegt in {folder}.</translation>
    </message>
    <message>
        <source>Restored {name} (backed up {when}).</source>
        <translation>{name} wiederhergestellt (gesichert am {when}).</translation>
    </message>
</context>
<context>
    <name>BackupJob</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>BatchTable</name>
    <message>
        <source>Photos to import</source>
        <translation>Zu importierende Fotos</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
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
        <source>Check</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <source>Role of {file}</source>
        <translation>Rolle von {file}</translation>
    </message>
    <message>
        <source>View of {file}</source>
        <translation>Ansicht von {file}</translation>
    </message>
    <message>
        <source>no capture time</source>
        <translation>keine Aufnahmezeit</translation>
    </message>
    <message numerus="yes">
        <source>Taken %n day(s) from the session&apos;s date.</source>
        <translation>
            <numerusform>%n Tag vom Datum der Sitzung entfernt aufgenommen.</numerusform>
            <numerusform>%n Tage vom Datum der Sitzung entfernt aufgenommen.</numerusform>
        </translation>
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
    <name>ClientDataActions</name>
    <message>
        <source>C&amp;onsent on file…</source>
        <translation>E&amp;inwilligungen…</translation>
    </message>
    <message>
        <source>E&amp;xport client…</source>
        <translation>Kunden e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Erase client…</source>
        <translation>Kunden löschen…</translation>
    </message>
    <message>
        <source>Choose a client first.</source>
        <translation>Wählen Sie zuerst einen Kunden.</translation>
    </message>
    <message>
        <source>Export {name}</source>
        <translation>{name} exportieren</translation>
    </message>
    <message>
        <source>Zip archive (*.zip)</source>
        <translation>Zip-Archiv (*.zip)</translation>
    </message>
    <message>
        <source>Exporting {name}…</source>
        <translation>{name} wird exportiert…</translation>
    </message>
    <message numerus="yes">
        <source>Exported {name} (%n photo(s)) to {path}.</source>
        <translation>
            <numerusform>{name} exportiert (%n Foto) nach {path}.</numerusform>
            <numerusform>{name} exportiert (%n Fotos) nach {path}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Erasing {name}…</source>
        <translation>{name} wird gelöscht…</translation>
    </message>
    <message>
        <source>{name} is erased from the journal and its snapshots. These backup files still hold them:

{files}

Delete these files now?</source>
        <translation>{name} ist aus dem Journal und seinen Schnappschüssen gelöscht. Diese Sicherungsdateien enthalten die Person noch:

{files}

Diese Dateien jetzt löschen?</translation>
    </message>
    <message>
        <source>Erase client</source>
        <translation>Kunden löschen</translation>
    </message>
    <message>
        <source>Erased {name}, and deleted the backups that held them.</source>
        <translation>{name} gelöscht, ebenso die Sicherungen, die die Person enthielten.</translation>
    </message>
    <message>
        <source>Erased {name}; these archives still hold them: {files}</source>
        <translation>{name} gelöscht; diese Archive enthalten die Person noch: {files}</translation>
    </message>
    <message>
        <source>Erased {name}, including from the snapshots and backups.</source>
        <translation>{name} gelöscht, auch aus den Schnappschüssen und Sicherungen.</translation>
    </message>
</context>
<context>
    <name>ClientDialog</name>
    <message>
        <source>Edit client</source>
        <translation>Kunde bearbeiten</translation>
    </message>
    <message>
        <source>New client</source>
        <translation>Neuer Kunde</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Vollständiger Name</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>e.g. +49 170 1234567</source>
        <translation>z. B. +49 170 1234567</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>e.g. ada@example.com</source>
        <translation>z. B. ada@example.com</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Born on</source>
        <translation>Geboren am</translation>
    </message>
    <message>
        <source>Age band not recorded</source>
        <translation>Altersgruppe nicht erfasst</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Nicht erfasst</translation>
    </message>
    <message>
        <source>Type {type}</source>
        <translation>Typ {type}</translation>
    </message>
    <message>
        <source>Fitzpatrick skin type</source>
        <translation>Hauttyp nach Fitzpatrick</translation>
    </message>
    <message>
        <source>e.g. acne scars, texture, pigmentation</source>
        <translation>z. B. Aknenarben, Hautbild, Pigmentierung</translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation>Anliegen</translation>
    </message>
    <message>
        <source>e.g. isotretinoin in the last 6 months, active acne, keloid history</source>
        <translation>z. B. Isotretinoin in den letzten 6 Monaten, aktive Akne, Keloide in der Vorgeschichte</translation>
    </message>
    <message>
        <source>Contraindications</source>
        <translation>Kontraindikationen</translation>
    </message>
    <message>
        <source>Screening checklist…</source>
        <translation>Anamnese-Checkliste…</translation>
    </message>
    <message>
        <source>Yes / no / unknown per item of the screening list, with the date reviewed</source>
        <translation>Ja / nein / unbekannt je Punkt der Anamnese-Liste, mit dem Prüfdatum</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Unterschrieben am</translation>
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
        <source>Archived: off the client list and the due view, still found by a search</source>
        <translation>Archiviert: nicht in der Kundenliste und der Fälligkeitsansicht, aber über die Suche auffindbar</translation>
    </message>
    <message>
        <source>Another client is already called “{name}”.</source>
        <translation>Ein anderer Kunde heißt bereits „{name}“.</translation>
    </message>
    <message numerus="yes">
        <source>%n other clients are already called “{name}”.</source>
        <translation>
            <numerusform>%n anderer Kunde heißt bereits „{name}“.</numerusform>
            <numerusform>%n andere Kunden heißen bereits „{name}“.</numerusform>
        </translation>
    </message>
    <message>
        <source>You can still save: two people can share a name.</source>
        <translation>Sie können trotzdem speichern: Zwei Personen können gleich heißen.</translation>
    </message>
</context>
<context>
    <name>ClientListModel</name>
    <message>
        <source>Archived · {sessions}</source>
        <translation>Archiviert · {sessions}</translation>
    </message>
</context>
<context>
    <name>ClientListPanel</name>
    <message>
        <source>Find a client: name, phone, e-mail, notes</source>
        <translation>Kunden finden: Name, Telefon, E-Mail, Notizen</translation>
    </message>
    <message>
        <source>Searches names, phone numbers, e-mail addresses and notes (Ctrl+F)</source>
        <translation>Durchsucht Namen, Telefonnummern, E-Mail-Adressen und Notizen (Strg+F)</translation>
    </message>
    <message>
        <source>Find a client</source>
        <translation>Kunden finden</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Kunden</translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %n client(s)</source>
        <translation>
            <numerusform>{shown} von %n Kunde</numerusform>
            <numerusform>{shown} von %n Kunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} (%n archived)</source>
        <translation>
            <numerusform>{count} (%n archiviert)</numerusform>
            <numerusform>{count} (%n archiviert)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n client(s)</source>
        <translation>
            <numerusform>%n Kunde</numerusform>
            <numerusform>%n Kunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} · %n archived (a search finds them)</source>
        <translation>
            <numerusform>{count} · %n archiviert (eine Suche findet ihn)</numerusform>
            <numerusform>{count} · %n archiviert (eine Suche findet sie)</numerusform>
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
        <translation>&amp;Verlaufsbericht (PDF)…</translation>
    </message>
    <message>
        <source>Find &amp;lot…</source>
        <translation>&amp;Charge finden…</translation>
    </message>
    <message>
        <source>&amp;Audit trail…</source>
        <translation>Prü&amp;fprotokoll…</translation>
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
    <name>CompareHelp</name>
    <message>
        <source>Side by side · Wipe · Overlay · Difference</source>
        <translation>Nebeneinander · Wischen · Überlagerung · Differenz</translation>
    </message>
    <message>
        <source>Wheel / drag</source>
        <translation>Mausrad / Ziehen</translation>
    </message>
    <message>
        <source>Zoom / pan (double-click fits, 0 fits both)</source>
        <translation>Zoomen / verschieben (Doppelklick passt ein, 0 passt beide ein)</translation>
    </message>
    <message>
        <source>Sync zoom and pan on/off: off moves one side alone; the offset is kept</source>
        <translation>Zoom und Verschieben koppeln an/aus: aus bewegt eine Seite allein; der Versatz bleibt</translation>
    </message>
    <message>
        <source>F / hold Space</source>
        <translation>F / Leertaste halten</translation>
    </message>
    <message>
        <source>Overlay: flicker between A and B</source>
        <translation>Überlagerung: zwischen A und B wechseln</translation>
    </message>
    <message>
        <source>Anchors: click two matching points on each photo, then Save anchors</source>
        <translation>Anker: auf jedem Foto zwei passende Punkte anklicken, dann „Anker speichern“</translation>
    </message>
    <message>
        <source>Auto-align (then accept, or adjust with anchors)</source>
        <translation>Automatisch ausrichten (dann übernehmen oder mit Ankern anpassen)</translation>
    </message>
    <message>
        <source>Match B&apos;s lighting to A for display (the visible area when zoomed in)</source>
        <translation>Licht von B für die Anzeige an A angleichen (beim Zoomen der sichtbare Bereich)</translation>
    </message>
    <message>
        <source>Jump to baseline: A becomes the first photo of this view</source>
        <translation>Zum Ausgangsfoto: A wird das erste Foto dieser Ansicht</translation>
    </message>
    <message>
        <source>Previous / next photo of this view as B</source>
        <translation>Vorheriges / nächstes Foto dieser Ansicht als B</translation>
    </message>
    <message>
        <source>Shift+click</source>
        <translation>Umschalt+Klick</translation>
    </message>
    <message>
        <source>In the strip: make that photo A (a plain click makes it B)</source>
        <translation>In der Leiste: dieses Foto zu A machen (ein einfacher Klick macht es zu B)</translation>
    </message>
    <message>
        <source>Time-lapse of this view · Export the comparison (no EXIF/GPS)</source>
        <translation>Zeitraffer dieser Ansicht · Vergleich exportieren (ohne EXIF/GPS)</translation>
    </message>
    <message>
        <source>Date labels on exported images on/off</source>
        <translation>Datumsbeschriftung auf exportierten Bildern an/aus</translation>
    </message>
    <message>
        <source>Leave anchors / close help / close the window</source>
        <translation>Anker verlassen / Hilfe schließen / Fenster schließen</translation>
    </message>
    <message>
        <source>Compare: keys</source>
        <translation>Vergleichen: Tasten</translation>
    </message>
</context>
<context>
    <name>CompareSession</name>
    <message>
        <source>Opening photos…</source>
        <translation>Fotos werden geöffnet…</translation>
    </message>
    <message>
        <source>Aligning…</source>
        <translation>Wird ausgerichtet…</translation>
    </message>
    <message>
        <source>Aligning at full resolution…</source>
        <translation>Ausrichten in voller Auflösung…</translation>
    </message>
    <message>
        <source>Auto-aligning…</source>
        <translation>Automatische Ausrichtung…</translation>
    </message>
    <message>
        <source>The two anchor points on photo A coincide; place them apart.</source>
        <translation>Die beiden Anker auf Foto A liegen übereinander; setzen Sie sie auseinander.</translation>
    </message>
    <message>
        <source>The two anchor points on photo B coincide; place them apart.</source>
        <translation>Die beiden Anker auf Foto B liegen übereinander; setzen Sie sie auseinander.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Wird exportiert…</translation>
    </message>
</context>
<context>
    <name>CompareWindow</name>
    <message>
        <source>Side by side</source>
        <translation>Nebeneinander</translation>
    </message>
    <message>
        <source>Wipe</source>
        <translation>Wischen</translation>
    </message>
    <message>
        <source>Overlay</source>
        <translation>Überlagerung</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Differenz</translation>
    </message>
    <message>
        <source>Compare photos — {name}</source>
        <translation>Fotos vergleichen — {name}</translation>
    </message>
    <message>
        <source>Accept alignment</source>
        <translation>Ausrichtung übernehmen</translation>
    </message>
    <message>
        <source>Adjust with anchors</source>
        <translation>Mit Ankern anpassen</translation>
    </message>
    <message>
        <source>Save anchors</source>
        <translation>Anker speichern</translation>
    </message>
    <message>
        <source>Opacity of B</source>
        <translation>Deckkraft von B</translation>
    </message>
    <message>
        <source>Photos of this view</source>
        <translation>Fotos dieser Ansicht</translation>
    </message>
    <message>
        <source>Sync zoom</source>
        <translation>Zoom koppeln</translation>
    </message>
    <message>
        <source>Flicker A/B</source>
        <translation>A/B wechseln</translation>
    </message>
    <message>
        <source>Anchors</source>
        <translation>Anker</translation>
    </message>
    <message>
        <source>Auto-align</source>
        <translation>Automatisch ausrichten</translation>
    </message>
    <message>
        <source>Match lighting</source>
        <translation>Licht angleichen</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Ausgangsfoto</translation>
    </message>
    <message>
        <source>Time-lapse…</source>
        <translation>Zeitraffer…</translation>
    </message>
    <message>
        <source>Date labels</source>
        <translation>Datumsbeschriftung</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Hilfe</translation>
    </message>
    <message>
        <source>Previous B</source>
        <translation>Vorheriges B</translation>
    </message>
    <message>
        <source>Next B</source>
        <translation>Nächstes B</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Lighting matched for display</source>
        <translation>Licht für die Anzeige angeglichen</translation>
    </message>
    <message>
        <source>Aligning…</source>
        <translation>Wird ausgerichtet…</translation>
    </message>
    <message>
        <source>Computing the difference…</source>
        <translation>Differenz wird berechnet…</translation>
    </message>
    <message>
        <source>|A − B| ×4 · {a} vs {b}</source>
        <translation>|A − B| ×4 · {a} gegen {b}</translation>
    </message>
    <message>
        <source>Click two matching points on each photo (e.g. the inner eye corners); drag to adjust.</source>
        <translation>Klicken Sie auf jedem Foto zwei passende Punkte an (z. B. die inneren Augenwinkel); zum Anpassen ziehen.</translation>
    </message>
    <message>
        <source>Scale {scale} · rotation {degrees}° · shift ({x}, {y}) px. Save to align every comparison.</source>
        <translation>Maßstab {scale} · Drehung {degrees}° · Verschiebung ({x}; {y}) px. Speichern, um jeden Vergleich auszurichten.</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>Wird geöffnet…</translation>
    </message>
    <message>
        <source>This client has fewer than two photos to compare.</source>
        <translation>Dieser Kunde hat weniger als zwei Fotos zum Vergleichen.</translation>
    </message>
    <message>
        <source>Auto-aligned, confidence {percent}. Accept it, or adjust with anchors.</source>
        <translation>Automatisch ausgerichtet, Sicherheit {percent}. Übernehmen oder mit Ankern anpassen.</translation>
    </message>
    <message>
        <source>Aligned by saved anchors.</source>
        <translation>Nach gespeicherten Ankern ausgerichtet.</translation>
    </message>
    <message>
        <source>Not aligned: place anchors (A) or try Auto-align (Ctrl+L).</source>
        <translation>Nicht ausgerichtet: Anker setzen (A) oder automatisch ausrichten (Strg+L).</translation>
    </message>
    <message>
        <source>Export comparison (no location or camera data)</source>
        <translation>Vergleich exportieren (ohne Standort- und Kameradaten)</translation>
    </message>
    <message>
        <source>PNG image (*.png);;JPEG image (*.jpg);;WebP image (*.webp)</source>
        <translation>PNG-Bild (*.png);;JPEG-Bild (*.jpg);;WebP-Bild (*.webp)</translation>
    </message>
    <message>
        <source>Exported to {path}</source>
        <translation>Exportiert nach {path}</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Vergleichen</translation>
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
        <source>Date of birth</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <source>Age band</source>
        <translation>Altersgruppe</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
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
        <translation>Nebenwirkungen</translation>
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
    <name>ConsentModel</name>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>attached</source>
        <translation>angehängt</translation>
    </message>
</context>
<context>
    <name>ConsentsDialog</name>
    <message>
        <source>Given</source>
        <translation>Erteilt</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Taken by</source>
        <translation>Eingeholt von</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Gültig bis</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Gültig</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>Behandlung</translation>
    </message>
    <message>
        <source>Photography</source>
        <translation>Fotografie</translation>
    </message>
    <message>
        <source>Marketing / sharing</source>
        <translation>Marketing / Weitergabe</translation>
    </message>
    <message>
        <source>Consent on file — {name}</source>
        <translation>Einwilligungen — {name}</translation>
    </message>
    <message>
        <source>Open document</source>
        <translation>Dokument öffnen</translation>
    </message>
    <message>
        <source>Who took the consent</source>
        <translation>Wer die Einwilligung eingeholt hat</translation>
    </message>
    <message>
        <source>No document attached</source>
        <translation>Kein Dokument angehängt</translation>
    </message>
    <message>
        <source>Attach signed PDF or image…</source>
        <translation>Unterschriebenes PDF oder Bild anhängen…</translation>
    </message>
    <message>
        <source>Add consent</source>
        <translation>Einwilligung hinzufügen</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>Erteilt am</translation>
    </message>
    <message>
        <source>Signed document</source>
        <translation>Unterschriebenes Dokument</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Record a consent</source>
        <translation>Einwilligung erfassen</translation>
    </message>
    <message>
        <source>No consent on file yet.</source>
        <translation>Noch keine Einwilligung erfasst.</translation>
    </message>
    <message>
        <source>A treatment consent holds today.</source>
        <translation>Eine Behandlungseinwilligung ist heute gültig.</translation>
    </message>
    <message>
        <source>No treatment consent holds today.</source>
        <translation>Heute ist keine Behandlungseinwilligung gültig.</translation>
    </message>
    <message>
        <source>Signed consent document</source>
        <translation>Unterschriebene Einwilligung</translation>
    </message>
    <message>
        <source>PDF or image (*.pdf *.jpg *.jpeg *.png *.webp *.heic *.heif)</source>
        <translation>PDF oder Bild (*.pdf *.jpg *.jpeg *.png *.webp *.heic *.heif)</translation>
    </message>
    <message>
        <source>Choose a consent with a document first.</source>
        <translation>Wählen Sie zuerst eine Einwilligung mit Dokument.</translation>
    </message>
    <message>
        <source>This consent has no document in the store.</source>
        <translation>Zu dieser Einwilligung ist kein Dokument gespeichert.</translation>
    </message>
    <message>
        <source>No program opens this document here; a copy is at {path}</source>
        <translation>Kein Programm öffnet dieses Dokument hier; eine Kopie liegt unter {path}</translation>
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
    <name>DeviceLibraryDialog</name>
    <message>
        <source>e.g. 36-pin nano cartridge</source>
        <translation>z. B. 36-Pin-Nano-Kartusche</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Needle count</source>
        <translation>Nadelanzahl</translation>
    </message>
    <message>
        <source>Cartridge</source>
        <translation>Kartusche</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
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
    <name>DocumentViewer</name>
    <message>
        <source>This image cannot be shown.</source>
        <translation>Dieses Bild kann nicht angezeigt werden.</translation>
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
    <name>EditDialog</name>
    <message>
        <source>{label} note</source>
        <translation>Notiz zu {label}</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <translation>d. MMM yyyy</translation>
    </message>
    <message>
        <source>ddd d MMM yyyy   HH:mm</source>
        <translation>ddd, d. MMM yyyy   HH:mm</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <source>Delete this entry? This cannot be undone.</source>
        <translation>Diesen Eintrag löschen? Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Not saved:&lt;/b&gt;</source>
        <translation>&lt;b&gt;Nicht gespeichert:&lt;/b&gt;</translation>
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
    <name>EraseConfirmation</name>
    <message>
        <source>Erase {name}</source>
        <translation>{name} löschen</translation>
    </message>
    <message>
        <source>This erases {name} everywhere in this journal: their sessions, skin checks, photos, consent documents, and their copies in the journal&apos;s snapshots and backups. It cannot be undone. Export them first if they asked for a copy.

Type their name to confirm:</source>
        <translation>Dies löscht {name} überall in diesem Journal: Sitzungen, Hautkontrollen, Fotos, Einwilligungsdokumente und ihre Kopien in den Schnappschüssen und Sicherungen des Journals. Das kann nicht rückgängig gemacht werden. Exportieren Sie die Person zuerst, wenn sie eine Kopie wünscht.

Geben Sie zur Bestätigung ihren Namen ein:</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Löschen</translation>
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
    <name>FirstRunSetup</name>
    <message>
        <source>Same light each time: face a window, no flash.</source>
        <translation>Jedes Mal dasselbe Licht: zum Fenster schauen, kein Blitz.</translation>
    </message>
    <message>
        <source>Same distance: an arm&apos;s length, the camera at eye height.</source>
        <translation>Derselbe Abstand: eine Armlänge, die Kamera auf Augenhöhe.</translation>
    </message>
    <message>
        <source>Clean skin: no make-up, hair held back.</source>
        <translation>Saubere Haut: kein Make-up, Haare zurück.</translation>
    </message>
    <message>
        <source>Three views: front, then left 45° and right 45°.</source>
        <translation>Drei Ansichten: frontal, dann links 45° und rechts 45°.</translation>
    </message>
    <message>
        <source>Before photos at every session; after photos the next morning.</source>
        <translation>Vorher-Fotos bei jeder Sitzung; Nachher-Fotos am nächsten Morgen.</translation>
    </message>
    <message>
        <source>Set up your journal</source>
        <translation>Ihr Journal einrichten</translation>
    </message>
    <message>
        <source>Skip setup</source>
        <translation>Einrichtung überspringen</translation>
    </message>
    <message>
        <source>Skip this step</source>
        <translation>Diesen Schritt überspringen</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Which device do you use? Pick the nearest, then change what differs.</source>
        <translation>Welches Gerät verwenden Sie? Wählen Sie das ähnlichste und ändern Sie, was abweicht.</translation>
    </message>
    <message>
        <source>Device presets</source>
        <translation>Gerätevorlagen</translation>
    </message>
    <message>
        <source>{name} · {kind}</source>
        <translation>{name} · {kind}</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>nicht erfasst</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Needles</source>
        <translation>Nadeln</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Products you use, with their usual ingredients, so the journal can warn about retinol or vitamin C right after needling. Untick what you do not use; edit the ingredients to match your bottles later in Library → Products…</source>
        <translation>Produkte, die Sie verwenden, mit ihren üblichen Inhaltsstoffen, damit das Journal direkt nach dem Needling vor Retinol oder Vitamin C warnen kann. Entfernen Sie den Haken bei allem, was Sie nicht verwenden; die Inhaltsstoffe passen Sie später unter Bibliothek → Produkte… an Ihre Flaschen an.</translation>
    </message>
    <message>
        <source>Starter products</source>
        <translation>Startprodukte</translation>
    </message>
    <message>
        <source>Progress shows best in photos taken the same way every time. Take your first “before” photos now, then add them in the Photos tab (Ctrl+I):</source>
        <translation>Fortschritt zeigt sich am besten auf Fotos, die jedes Mal gleich aufgenommen werden. Machen Sie jetzt Ihre ersten „Vorher“-Fotos und fügen Sie sie im Reiter Fotos hinzu (Strg+I):</translation>
    </message>
    <message>
        <source>Your device</source>
        <translation>Ihr Gerät</translation>
    </message>
    <message>
        <source>Your products</source>
        <translation>Ihre Produkte</translation>
    </message>
    <message>
        <source>Your photos</source>
        <translation>Ihre Fotos</translation>
    </message>
    <message>
        <source>Step {n} of 3 — every step can be skipped</source>
        <translation>Schritt {n} von 3 – jeder Schritt kann übersprungen werden</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Fertig</translation>
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
    <name>GalleryModel</name>
    <message>
        <source>Progress photos</source>
        <translation>Verlaufsfotos</translation>
    </message>
    <message>
        <source>Session · {day}</source>
        <translation>Sitzung · {day}</translation>
    </message>
</context>
<context>
    <name>GalleryPanel</name>
    <message>
        <source>Import…</source>
        <translation>Importieren…</translation>
    </message>
    <message>
        <source>Compare…</source>
        <translation>Vergleichen…</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Undo delete (Ctrl+Z)</source>
        <translation>Löschen rückgängig machen (Strg+Z)</translation>
    </message>
    <message>
        <source>&amp;Import photos…</source>
        <translation>Fotos &amp;importieren…</translation>
    </message>
    <message>
        <source>&amp;Delete photo…</source>
        <translation>Foto &amp;löschen…</translation>
    </message>
    <message>
        <source>&amp;Undo delete</source>
        <translation>Löschen &amp;rückgängig</translation>
    </message>
    <message>
        <source>&amp;Compare…</source>
        <translation>&amp;Vergleichen…</translation>
    </message>
    <message>
        <source>&amp;Open photo</source>
        <translation>Foto ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Choose a client to see their photos.</source>
        <translation>Wählen Sie einen Kunden, um seine Fotos zu sehen.</translation>
    </message>
    <message>
        <source>No photos match these filters.</source>
        <translation>Keine Fotos passen zu diesen Filtern.</translation>
    </message>
    <message>
        <source>No photos yet.
Add them here (Ctrl+I), or drop them on this page: JPEG, PNG, WebP and HEIC straight from a phone are fine.</source>
        <translation>Noch keine Fotos.
Fügen Sie sie hier hinzu (Strg+I) oder legen Sie sie auf dieser Seite ab: JPEG, PNG, WebP und HEIC direkt vom Handy sind in Ordnung.</translation>
    </message>
    <message>
        <source>Add photos</source>
        <translation>Fotos hinzufügen</translation>
    </message>
    <message>
        <source>Import photos</source>
        <translation>Fotos importieren</translation>
    </message>
    <message>
        <source>An import is already running.</source>
        <translation>Es läuft bereits ein Import.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n photo(s)</source>
        <translation>
            <numerusform>%n Foto importiert</numerusform>
            <numerusform>%n Fotos importiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n not imported.</source>
        <translation>
            <numerusform>; %n nicht importiert.</numerusform>
            <numerusform>; %n nicht importiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Compare two selected photos, or one with its baseline.</source>
        <translation>Zwei ausgewählte Fotos vergleichen oder eines mit seinem Ausgangsfoto.</translation>
    </message>
    <message>
        <source>Delete this photo? You can undo this until you close NeedleJournal.</source>
        <translation>Dieses Foto löschen? Sie können das rückgängig machen, bis Sie NeedleJournal schließen.</translation>
    </message>
    <message numerus="yes">
        <source>Delete these %n photos? You can undo this until you close NeedleJournal.</source>
        <translation>
            <numerusform>Dieses %n Foto löschen? Sie können das rückgängig machen, bis Sie NeedleJournal schließen.</numerusform>
            <numerusform>Diese %n Fotos löschen? Sie können das rückgängig machen, bis Sie NeedleJournal schließen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete photos</source>
        <translation>Fotos löschen</translation>
    </message>
    <message>
        <source>Photo deleted — press Ctrl+Z or Undo to bring it back.</source>
        <translation>Foto gelöscht — mit Strg+Z oder „Rückgängig“ zurückholen.</translation>
    </message>
    <message>
        <source>Photo restored.</source>
        <translation>Foto wiederhergestellt.</translation>
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
            <numerusform>%n Foto</numerusform>
            <numerusform>%n Fotos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GuidanceDialog</name>
    <message>
        <source>Just me, at home (personal)</source>
        <translation>Nur ich, zu Hause (persönlich)</translation>
    </message>
    <message>
        <source>I see clients (clinic)</source>
        <translation>Ich habe Kunden (Praxis)</translation>
    </message>
    <message>
        <source>Retinoids</source>
        <translation>Retinoide</translation>
    </message>
    <message>
        <source>Exfoliating acids (AHA, BHA, PHA)</source>
        <translation>Peeling-Säuren (AHA, BHA, PHA)</translation>
    </message>
    <message>
        <source>Benzoyl peroxide</source>
        <translation>Benzoylperoxid</translation>
    </message>
    <message>
        <source>Hydroquinone</source>
        <translation>Hydrochinon</translation>
    </message>
    <message>
        <source>Drying alcohol</source>
        <translation>Austrocknender Alkohol</translation>
    </message>
    <message>
        <source>Fragrance</source>
        <translation>Duftstoffe</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Personal: one person at home, with the home-use depth limit.
Clinic: many clients. Adding clients never changes this.</source>
        <translation>Persönlich: eine Person zu Hause, mit der Tiefengrenze für die Anwendung zu Hause.
Praxis: viele Kunden. Kunden hinzuzufügen ändert das nie.</translation>
    </message>
    <message>
        <source>This journal is for</source>
        <translation>Dieses Journal ist für</translation>
    </message>
    <message>
        <source>The name this computer goes by in the audit trail and in change notes (e.g. FRONT-DESK). It is kept on this computer, not in the journal.</source>
        <translation>Der Name dieses Computers im Prüfprotokoll und in Änderungsvermerken (z. B. EMPFANG). Er wird auf diesem Computer gespeichert, nicht im Journal.</translation>
    </message>
    <message>
        <source>This computer&apos;s seat name</source>
        <translation>Platzname dieses Computers</translation>
    </message>
    <message>
        <source>Warnings are reminders drawn from published rules of thumb; they never block saving. Adjust them to your own protocol.</source>
        <translation>Hinweise sind Erinnerungen nach veröffentlichten Faustregeln; sie verhindern nie das Speichern. Passen Sie sie an Ihr eigenes Protokoll an.</translation>
    </message>
    <message>
        <source>Reset to defaults</source>
        <translation>Auf Standardwerte zurücksetzen</translation>
    </message>
    <message>
        <source>Every threshold back to the domain notes&apos; defaults (the mode stays)</source>
        <translation>Alle Schwellenwerte zurück auf die Standardwerte der Fachnotizen (der Modus bleibt)</translation>
    </message>
    <message>
        <source>Minimum days between sessions, by deepest depth</source>
        <translation>Mindestabstand in Tagen zwischen Sitzungen, nach größter Nadeltiefe</translation>
    </message>
    <message>
        <source>From depth (mm)</source>
        <translation>Ab Tiefe (mm)</translation>
    </message>
    <message>
        <source>Minimum days</source>
        <translation>Mindestens Tage</translation>
    </message>
    <message>
        <source>Add row</source>
        <translation>Zeile hinzufügen</translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation>Zeile entfernen</translation>
    </message>
    <message>
        <source>Count the whole face as one area (forehead, cheeks, nose, chin, lips, eyes)</source>
        <translation>Das ganze Gesicht als eine Zone zählen (Stirn, Wangen, Nase, Kinn, Lippen, Augen)</translation>
    </message>
    <message>
        <source>Off: each area heals on its own, so a neck session never holds back the face</source>
        <translation>Aus: jede Zone heilt für sich, eine Sitzung am Hals hält das Gesicht also nie auf</translation>
    </message>
    <message>
        <source>Usual maximum depth</source>
        <translation>Übliche maximale Tiefe</translation>
    </message>
    <message>
        <source> mm</source>
        <translation> mm</translation>
    </message>
    <message>
        <source>Home use: deepest depth</source>
        <translation>Zu Hause: größte Nadeltiefe</translation>
    </message>
    <message>
        <source>At home, by area and indication (mm)</source>
        <translation>Zu Hause, nach Zone und Indikation (mm)</translation>
    </message>
    <message>
        <source>In a clinic, by area and indication (mm)</source>
        <translation>In der Praxis, nach Zone und Indikation (mm)</translation>
    </message>
    <message>
        <source>Product cautions</source>
        <translation>Produkthinweise</translation>
    </message>
    <message>
        <source>L-ascorbic acid (vitamin C) when used</source>
        <translation>L-Ascorbinsäure (Vitamin C), wenn verwendet</translation>
    </message>
    <message>
        <source>Products to avoid after needling when used</source>
        <translation>Nach dem Needling zu meidende Produkte, wenn verwendet</translation>
    </message>
    <message>
        <source>Days to avoid after needling</source>
        <translation>Tage, die nach dem Needling zu meiden sind</translation>
    </message>
    <message>
        <source>Ingredient names each caution looks for</source>
        <translation>Inhaltsstoffnamen, nach denen jeder Hinweis sucht</translation>
    </message>
    <message>
        <source>Client screening</source>
        <translation>Anamnese-Check</translation>
    </message>
    <message>
        <source>Review the checklist every</source>
        <translation>Checkliste überprüfen alle</translation>
    </message>
    <message>
        <source>{item}: warn within</source>
        <translation>{item}: warnen innerhalb von</translation>
    </message>
    <message>
        <source>The domain notes say {words}</source>
        <translation>Die Fachnotizen nennen {words}</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>Row {row} of the interval table needs a depth in mm and whole days.</source>
        <translation>Zeile {row} der Abstandstabelle braucht eine Tiefe in mm und ganze Tage.</translation>
    </message>
    <message>
        <source>Depths at home</source>
        <translation>Tiefen zu Hause</translation>
    </message>
    <message>
        <source>Depths in a clinic</source>
        <translation>Tiefen in der Praxis</translation>
    </message>
    <message>
        <source>Every ingredient list needs at least one name; “{list}” is empty.</source>
        <translation>Jede Inhaltsstoffliste braucht mindestens einen Namen; „{list}“ ist leer.</translation>
    </message>
    <message>
        <source>Give this computer a seat name (for example FRONT-DESK).</source>
        <translation>Geben Sie diesem Computer einen Platznamen (zum Beispiel EMPFANG).</translation>
    </message>
    <message>
        <source>The seat name could not be saved: {reason}</source>
        <translation>Der Platzname konnte nicht gespeichert werden: {reason}</translation>
    </message>
</context>
<context>
    <name>GuidanceTables</name>
    <message>
        <source>Source: {source}</source>
        <translation>Quelle: {source}</translation>
    </message>
    <message>
        <source>Millimetres. Unspecified: the area&apos;s usual maximum (blank: none). Other columns: blank = as unspecified, — = no maximum for that indication.</source>
        <translation>Millimeter. Nicht angegeben: das übliche Maximum der Zone (leer: keins). Andere Spalten: leer = wie nicht angegeben, — = kein Maximum für diese Indikation.</translation>
    </message>
    <message>
        <source>{what}, {area} / {indication}: “{text}” is not a depth in mm (leave it blank or write —).</source>
        <translation>{what}, {area} / {indication}: „{text}“ ist keine Tiefe in mm (leer lassen oder — schreiben).</translation>
    </message>
    <message>
        <source>L-ascorbic acid (vitamin C)</source>
        <translation>L-Ascorbinsäure (Vitamin C)</translation>
    </message>
    <message>
        <source>“Vitamin C” named without a form</source>
        <translation>„Vitamin C“ ohne Angabe der Form</translation>
    </message>
    <message>
        <source>Vitamin C derivatives (never flagged)</source>
        <translation>Vitamin-C-Derivate (nie markiert)</translation>
    </message>
    <message>
        <source>Retinoids</source>
        <translation>Retinoide</translation>
    </message>
    <message>
        <source>Exfoliating acids</source>
        <translation>Peelende Säuren</translation>
    </message>
    <message>
        <source>Benzoyl peroxide</source>
        <translation>Benzoylperoxid</translation>
    </message>
    <message>
        <source>Hydroquinone</source>
        <translation>Hydrochinon</translation>
    </message>
    <message>
        <source>Drying alcohol</source>
        <translation>Austrocknender Alkohol</translation>
    </message>
    <message>
        <source>Fragrance</source>
        <translation>Duftstoffe</translation>
    </message>
    <message>
        <source>One name a line; case, accents and punctuation do not matter.</source>
        <translation>Ein Name pro Zeile; Groß-/Kleinschreibung, Akzente und Satzzeichen spielen keine Rolle.</translation>
    </message>
</context>
<context>
    <name>GuidanceWords</name>
    <message>
        <source>a retinoid</source>
        <translation>ein Retinoid</translation>
    </message>
    <message>
        <source>retinoids</source>
        <translation>Retinoide</translation>
    </message>
    <message>
        <source>an exfoliating acid</source>
        <translation>eine Peeling-Säure</translation>
    </message>
    <message>
        <source>exfoliating acids</source>
        <translation>Peeling-Säuren</translation>
    </message>
    <message>
        <source>benzoyl peroxide</source>
        <translation>Benzoylperoxid</translation>
    </message>
    <message>
        <source>hydroquinone</source>
        <translation>Hydrochinon</translation>
    </message>
    <message>
        <source>drying alcohol</source>
        <translation>austrocknenden Alkohol</translation>
    </message>
    <message>
        <source>alcohol-based products</source>
        <translation>alkoholhaltige Produkte</translation>
    </message>
    <message>
        <source>fragrance</source>
        <translation>Duftstoffe</translation>
    </message>
    <message>
        <source>fragranced products</source>
        <translation>parfümierte Produkte</translation>
    </message>
    <message>
        <source>3–6 months</source>
        <translation>3–6 Monate</translation>
    </message>
    <message>
        <source>6–12 months</source>
        <translation>6–12 Monate</translation>
    </message>
    <message>
        <source>3 months</source>
        <translation>3 Monate</translation>
    </message>
    <message>
        <source>2–4 weeks</source>
        <translation>2–4 Wochen</translation>
    </message>
    <message numerus="yes">
        <source>%Ln month(s)</source>
        <translation>
            <numerusform>%Ln Monat</numerusform>
            <numerusform>%Ln Monate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s)</source>
        <translation>
            <numerusform>%Ln Punkt</numerusform>
            <numerusform>%Ln Punkte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln Tag</numerusform>
            <numerusform>%Ln Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>the {depth} session on {date}</source>
        <translation>der Sitzung mit {depth} am {date}</translation>
    </message>
    <message>
        <source>the session on {date}</source>
        <translation>der Sitzung am {date}</translation>
    </message>
    <message>
        <source>face</source>
        <translation>Gesicht</translation>
    </message>
    <message>
        <source>Less than a day since {session}; at {depth}, sessions are usually at least {needed} apart.</source>
        <translation>Weniger als ein Tag seit {session}; bei {depth} liegen Sitzungen meist mindestens {needed} auseinander.</translation>
    </message>
    <message>
        <source>Less than a day before {session}; at {depth}, sessions are usually at least {needed} apart.</source>
        <translation>Weniger als ein Tag vor {session}; bei {depth} liegen Sitzungen meist mindestens {needed} auseinander.</translation>
    </message>
    <message>
        <source>Only {gap} since {session}; at {depth}, sessions are usually at least {needed} apart.</source>
        <translation>Erst {gap} seit {session}; bei {depth} liegen Sitzungen meist mindestens {needed} auseinander.</translation>
    </message>
    <message>
        <source>Only {gap} before {session}; at {depth}, sessions are usually at least {needed} apart.</source>
        <translation>Nur {gap} vor {session}; bei {depth} liegen Sitzungen meist mindestens {needed} auseinander.</translation>
    </message>
    <message>
        <source>{area}: {depth} is deeper than the usual maximum of {limit} for this area and indication at home.</source>
        <translation>{area}: {depth} ist tiefer als das übliche Maximum von {limit} für diese Zone und Indikation bei der Anwendung zu Hause.</translation>
    </message>
    <message>
        <source>{area}: {depth} is deeper than the usual maximum of {limit} for this area at home.</source>
        <translation>{area}: {depth} ist tiefer als das übliche Maximum von {limit} für diese Zone bei der Anwendung zu Hause.</translation>
    </message>
    <message>
        <source>{area}: {depth} is deeper than the usual maximum of {limit} for this area and indication in professional treatments.</source>
        <translation>{area}: {depth} ist tiefer als das übliche Maximum von {limit} für diese Zone und Indikation bei professionellen Behandlungen.</translation>
    </message>
    <message>
        <source>{area}: {depth} is deeper than the usual maximum of {limit} for this area in professional treatments.</source>
        <translation>{area}: {depth} ist tiefer als das übliche Maximum von {limit} für diese Zone bei professionellen Behandlungen.</translation>
    </message>
    <message>
        <source>{depth} ({areas}) is deeper than home-use guides advise: they say not to exceed {limit}.</source>
        <translation>{depth} ({areas}) ist tiefer, als Anleitungen für die Heimanwendung raten: Sie empfehlen, {limit} nicht zu überschreiten.</translation>
    </message>
    <message>
        <source>“{product}”</source>
        <translation>„{product}“</translation>
    </message>
    <message>
        <source>This product</source>
        <translation>Dieses Produkt</translation>
    </message>
    <message>
        <source>“{hit}”, in its name</source>
        <translation>„{hit}“, im Namen</translation>
    </message>
    <message>
        <source>“{hit}”, on its ingredient list</source>
        <translation>„{hit}“, auf der Inhaltsstoffliste</translation>
    </message>
    <message>
        <source>“{hit}”</source>
        <translation>„{hit}“</translation>
    </message>
    <message>
        <source>was used for aftercare from day {day} after the session</source>
        <translation>wurde ab Tag {day} nach der Sitzung zur Nachpflege verwendet</translation>
    </message>
    <message>
        <source>was used before needling</source>
        <translation>wurde vor dem Needling verwendet</translation>
    </message>
    <message>
        <source>was used during needling</source>
        <translation>wurde während des Needlings verwendet</translation>
    </message>
    <message>
        <source>was used right after needling</source>
        <translation>wurde direkt nach dem Needling verwendet</translation>
    </message>
    <message>
        <source>was used for aftercare</source>
        <translation>wurde zur Nachpflege verwendet</translation>
    </message>
    <message>
        <source>{subject} contains L-ascorbic acid ({found}) and {used}. Granulomas have been reported after needling with topical vitamin C serums; this caution is an inference from those case reports, not an established rule.</source>
        <translation>{subject} enthält L-Ascorbinsäure ({found}) und {used}. Nach dem Needling mit topischen Vitamin-C-Seren wurden Granulome berichtet; dieser Hinweis ist aus diesen Fallberichten abgeleitet, keine gesicherte Regel.</translation>
    </message>
    <message>
        <source>{subject} contains {what} ({found}) and {used}. Clinic aftercare handouts advise avoiding {avoid} for about {days} after needling.</source>
        <translation>{subject} enthält {what} ({found}) und {used}. Nachsorge-Merkblätter von Praxen raten, {avoid} etwa {days} nach dem Needling zu meiden.</translation>
    </message>
    <message>
        <source>There is no treatment consent on file for this client. Take and record their consent before treating them.</source>
        <translation>Für diesen Kunden ist keine Behandlungseinwilligung erfasst. Holen Sie die Einwilligung ein und erfassen Sie sie vor der Behandlung.</translation>
    </message>
    <message>
        <source>The client&apos;s treatment consent was given after this session&apos;s date. Take and record their consent before treating them.</source>
        <translation>Die Behandlungseinwilligung des Kunden wurde erst nach dem Datum dieser Sitzung gegeben. Holen Sie die Einwilligung ein und erfassen Sie sie vor der Behandlung.</translation>
    </message>
    <message>
        <source>The client&apos;s treatment consent on file has expired. Take and record their consent before treating them.</source>
        <translation>Die erfasste Behandlungseinwilligung des Kunden ist abgelaufen. Holen Sie die Einwilligung ein und erfassen Sie sie vor der Behandlung.</translation>
    </message>
    <message>
        <source>{product}, lot {lot}, expired on {expired}, before this session ({day}). Do not use expired product on needled skin.</source>
        <translation>{product}, Charge {lot}, ist am {expired} abgelaufen, vor dieser Sitzung ({day}). Verwenden Sie auf genadelter Haut kein abgelaufenes Produkt.</translation>
    </message>
    <message>
        <source>{product} expired on {expired}, before this session ({day}). Do not use expired product on needled skin.</source>
        <translation>{product} ist am {expired} abgelaufen, vor dieser Sitzung ({day}). Verwenden Sie auf genadelter Haut kein abgelaufenes Produkt.</translation>
    </message>
    <message>
        <source>reviewed {date}, {reviewer}</source>
        <translation>geprüft am {date}, {reviewer}</translation>
    </message>
    <message>
        <source>reviewed {date}</source>
        <translation>geprüft am {date}</translation>
    </message>
    <message>
        <source>Screening on file: {item} — yes ({reviewed}). A reason not to needle, or to ask first.</source>
        <translation>Anamnese erfasst: {item} — ja ({reviewed}). Ein Grund, nicht zu needeln oder vorher nachzufragen.</translation>
    </message>
    <message>
        <source>Screening on file: {item} — yes, with no date ({reviewed}); the domain notes say to wait {wait}, so record when it was.</source>
        <translation>Anamnese erfasst: {item} — ja, ohne Datum ({reviewed}); laut den Fachhinweisen sollten {wait} vergehen, tragen Sie also ein, wann es war.</translation>
    </message>
    <message>
        <source>Screening on file: {item} on {date}, {since} before this session; the domain notes say to wait {wait} (set: {days}).</source>
        <translation>Anamnese erfasst: {item} am {date}, {since} vor dieser Sitzung; laut den Fachhinweisen sollten {wait} vergehen (eingestellt: {days}).</translation>
    </message>
    <message>
        <source>The screening on file was reviewed on {date}, {age} before this session; review it every {every}.</source>
        <translation>Die erfasste Anamnese wurde am {date} geprüft, {age} vor dieser Sitzung; prüfen Sie sie alle {every}.</translation>
    </message>
    <message numerus="yes">
        <source>Screening: %Ln item(s) unknown or not asked — {items}.</source>
        <translation>
            <numerusform>Anamnese: %Ln Punkt unbekannt oder nicht erfragt — {items}.</numerusform>
            <numerusform>Anamnese: %Ln Punkte unbekannt oder nicht erfragt — {items}.</numerusform>
        </translation>
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
    <name>ImportDialog</name>
    <message>
        <source>Photos ({patterns})</source>
        <translation>Fotos ({patterns})</translation>
    </message>
    <message>
        <source>Import photos — {name}</source>
        <translation>Fotos importieren — {name}</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) to add to {name}. Each photo&apos;s role and view are guessed from when and how it was taken: check them below. The rest applies to all of them.</source>
        <translation>
            <numerusform>%n Foto für {name}. Rolle und Ansicht werden aus Aufnahmezeit und Dateiname erraten: Bitte unten prüfen. Der Rest gilt für das Foto.</numerusform>
            <numerusform>%n Fotos für {name}. Rolle und Ansicht jedes Fotos werden aus Aufnahmezeit und Dateiname erraten: Bitte unten prüfen. Der Rest gilt für alle.</numerusform>
        </translation>
    </message>
    <message>
        <source>No session (progress photo)</source>
        <translation>Keine Sitzung (Verlaufsfoto)</translation>
    </message>
    <message>
        <source>Session · {day}</source>
        <translation>Sitzung · {day}</translation>
    </message>
    <message>
        <source>Read from the photo when it says</source>
        <translation>Aus dem Foto gelesen, wenn es das angibt</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>Days after session</source>
        <translation>Tage nach der Sitzung</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n photo(s) taken far from this session&apos;s date ({day}): {names}. Is this the right session?</source>
        <translation>
            <numerusform>⚠ %n Foto weit entfernt vom Datum dieser Sitzung ({day}) aufgenommen: {names}. Ist das die richtige Sitzung?</numerusform>
            <numerusform>⚠ %n Fotos weit entfernt vom Datum dieser Sitzung ({day}) aufgenommen: {names}. Ist das die richtige Sitzung?</numerusform>
        </translation>
    </message>
    <message>
        <source>Before and after photos belong to a session: choose one.</source>
        <translation>Vorher- und Nachher-Fotos gehören zu einer Sitzung: Wählen Sie eine.</translation>
    </message>
</context>
<context>
    <name>ImportProgressDialog</name>
    <message>
        <source>Importing photos — {name}</source>
        <translation>Fotos werden importiert — {name}</translation>
    </message>
    <message numerus="yes">
        <source>Importing %n photo(s)…</source>
        <translation>
            <numerusform>%n Foto wird importiert…</numerusform>
            <numerusform>%n Fotos werden importiert…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Importing {done} of {total}…</source>
        <translation>{done} von {total} wird importiert…</translation>
    </message>
    <message>
        <source>Cancelling — finishing the photos already started…</source>
        <translation>Wird abgebrochen — die begonnenen Fotos werden fertiggestellt…</translation>
    </message>
    <message>
        <source>Import cancelled.</source>
        <translation>Import abgebrochen.</translation>
    </message>
    <message>
        <source>Import finished.</source>
        <translation>Import abgeschlossen.</translation>
    </message>
    <message>
        <source>The import stopped; the photos imported before that are kept.</source>
        <translation>Der Import wurde unterbrochen; die bis dahin importierten Fotos bleiben erhalten.</translation>
    </message>
</context>
<context>
    <name>ImportSummary</name>
    <message numerus="yes">
        <source>Imported %n photo(s).</source>
        <translation>
            <numerusform>%n Foto importiert.</numerusform>
            <numerusform>%n Fotos importiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in the journal and linked.</source>
        <translation>
            <numerusform>%n war schon im Journal und wurde verknüpft.</numerusform>
            <numerusform>%n waren schon im Journal und wurden verknüpft.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled: the photos imported before that are kept.</source>
        <translation>Abgebrochen: Die bis dahin importierten Fotos bleiben erhalten.</translation>
    </message>
    <message numerus="yes">
        <source>%n not imported:</source>
        <translation>
            <numerusform>%n nicht importiert:</numerusform>
            <numerusform>%n nicht importiert:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Indication</name>
    <message>
        <source>Unspecified</source>
        <translation>Nicht angegeben</translation>
    </message>
    <message>
        <source>Rejuvenation / fine lines</source>
        <translation>Verjüngung / feine Linien</translation>
    </message>
    <message>
        <source>Acne scars</source>
        <translation>Aknenarben</translation>
    </message>
    <message>
        <source>Surgical or other scars</source>
        <translation>Operations- oder andere Narben</translation>
    </message>
    <message>
        <source>Stretch marks</source>
        <translation>Dehnungsstreifen</translation>
    </message>
    <message>
        <source>Pigmentation / melasma</source>
        <translation>Pigmentierung / Melasma</translation>
    </message>
    <message>
        <source>Hair loss</source>
        <translation>Haarausfall</translation>
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
    <name>JournalWords</name>
    <message>
        <source>That record was changed elsewhere; reopen it and try again.</source>
        <translation>Dieser Eintrag wurde anderswo geändert; öffnen Sie ihn erneut und versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <source>This {what} was deleted elsewhere; nothing was saved.</source>
        <translation>{what} wurde anderswo gelöscht; nichts wurde gespeichert.</translation>
    </message>
    <message>
        <source>The journal refused this change ({detail}).</source>
        <translation>Das Journal hat diese Änderung abgelehnt ({detail}).</translation>
    </message>
    <message>
        <source>A number in this request is too large.</source>
        <translation>Eine Zahl in dieser Eingabe ist zu groß.</translation>
    </message>
    <message>
        <source>Some text holds bytes that are not valid UTF-8; type it again.</source>
        <translation>Ein Text enthält Bytes, die kein gültiges UTF-8 sind; geben Sie ihn erneut ein.</translation>
    </message>
    <message>
        <source>The journal can only be read; nothing was saved.</source>
        <translation>Das Journal kann nur gelesen werden; nichts wurde gespeichert.</translation>
    </message>
    <message>
        <source>The disk is full, so this change was not saved; free some space and try again (everything saved before is safe).</source>
        <translation>Der Datenträger ist voll, daher wurde diese Änderung nicht gespeichert; schaffen Sie Platz und versuchen Sie es erneut (alles zuvor Gespeicherte ist sicher).</translation>
    </message>
    <message>
        <source>The journal could not be written: {detail}.</source>
        <translation>Das Journal konnte nicht geschrieben werden: {detail}.</translation>
    </message>
    <message>
        <source>The journal could not be read: {detail}.</source>
        <translation>Das Journal konnte nicht gelesen werden: {detail}.</translation>
    </message>
    <message>
        <source>The journal holds text that cannot be read (bytes that are not UTF-8); run “needlejournal check --repair” to replace them.</source>
        <translation>Das Journal enthält Text, der nicht gelesen werden kann (Bytes, die kein UTF-8 sind); führen Sie „needlejournal check --repair“ aus, um sie zu ersetzen.</translation>
    </message>
    <message>
        <source>There is no {what} called “{name}”.</source>
        <translation>{what} „{name}“ gibt es nicht.</translation>
    </message>
    <message>
        <source>This client already exists; edit it instead.</source>
        <translation>Diesen Kunden gibt es schon; bearbeiten Sie ihn stattdessen.</translation>
    </message>
    <message>
        <source>Give a session or a skin check, not both.</source>
        <translation>Geben Sie eine Sitzung oder eine Hautkontrolle an, nicht beides.</translation>
    </message>
    <message>
        <source>That {what} belongs to another client.</source>
        <translation>{what} gehört zu einem anderen Kunden.</translation>
    </message>
    <message>
        <source>This client has no photo with id {id}.</source>
        <translation>Dieser Kunde hat kein Foto mit der ID {id}.</translation>
    </message>
    <message>
        <source>A {what} called “{name}” already exists.</source>
        <translation>{what} „{name}“ gibt es schon.</translation>
    </message>
    <message>
        <source>The mode must be “personal” or “clinic”.</source>
        <translation>Der Modus muss „personal“ oder „clinic“ sein.</translation>
    </message>
    <message>
        <source>The photo role must be one of: {choices}.</source>
        <translation>Die Rolle des Fotos muss eine der folgenden sein: {choices}.</translation>
    </message>
    <message>
        <source>The photo view must be one of: {choices}.</source>
        <translation>Die Ansicht des Fotos muss eine der folgenden sein: {choices}.</translation>
    </message>
    <message>
        <source>Session {id} is not one of this client&apos;s sessions.</source>
        <translation>Sitzung {id} gehört nicht zu den Sitzungen dieses Kunden.</translation>
    </message>
    <message>
        <source>A before or after photo belongs to a session; choose one.</source>
        <translation>Ein Vorher- oder Nachher-Foto gehört zu einer Sitzung; wählen Sie eine.</translation>
    </message>
    <message>
        <source>Give the region a name, such as “left cheek”.</source>
        <translation>Geben Sie der Region einen Namen, etwa „linke Wange“.</translation>
    </message>
    <message>
        <source>A region is a rectangle or an ellipse.</source>
        <translation>Eine Region ist ein Rechteck oder eine Ellipse.</translation>
    </message>
    <message>
        <source>Draw a larger region: at least {least} pixels each way.</source>
        <translation>Zeichnen Sie eine größere Region: mindestens {least} Pixel in jede Richtung.</translation>
    </message>
    <message>
        <source>The region reaches outside the photo; draw it inside.</source>
        <translation>Die Region reicht über das Foto hinaus; zeichnen Sie sie innerhalb.</translation>
    </message>
    <message>
        <source>This view already has a region called “{name}”.</source>
        <translation>Diese Ansicht hat schon eine Region namens „{name}“.</translation>
    </message>
    <message>
        <source>Mark a larger grey card: at least {least} pixels.</source>
        <translation>Markieren Sie eine größere Graukarte: mindestens {least} Pixel.</translation>
    </message>
    <message>
        <source>The grey card reaches outside the photo; mark it inside.</source>
        <translation>Die Graukarte reicht über das Foto hinaus; markieren Sie sie innerhalb.</translation>
    </message>
    <message>
        <source>Mark the grey card on the photo the region was drawn on.</source>
        <translation>Markieren Sie die Graukarte auf dem Foto, auf dem die Region gezeichnet wurde.</translation>
    </message>
    <message>
        <source>The chart&apos;s corners reach outside the photo; mark them inside.</source>
        <translation>Die Ecken der Farbkarte reichen über das Foto hinaus; markieren Sie sie innerhalb.</translation>
    </message>
    <message>
        <source>Mark the colour chart on the photo the region was drawn on.</source>
        <translation>Markieren Sie die Farbkarte auf dem Foto, auf dem die Region gezeichnet wurde.</translation>
    </message>
    <message>
        <source>The lot number is empty.</source>
        <translation>Die Chargennummer ist leer.</translation>
    </message>
    <message>
        <source>{product} has no lot {lot} on file.</source>
        <translation>Für {product} ist kein Lot {lot} erfasst.</translation>
    </message>
    <message>
        <source>{product} already has a lot {lot} on file.</source>
        <translation>Für {product} ist bereits ein Lot {lot} erfasst.</translation>
    </message>
    <message>
        <source>{scale} runs from {low} to {high}; {value} is outside it.</source>
        <translation>{scale} reicht von {low} bis {high}; {value} liegt außerhalb.</translation>
    </message>
    <message>
        <source>There is no scale called “{name}”; the scales are: {choices}.</source>
        <translation>Eine Skala „{name}“ gibt es nicht; die Skalen sind: {choices}.</translation>
    </message>
    <message>
        <source>Photo #{id} shows another view than the region.</source>
        <translation>Foto Nr. {id} zeigt eine andere Ansicht als die Region.</translation>
    </message>
    <message>
        <source>The photo “{name}” was drawn on was deleted; draw the region again.</source>
        <translation>Das Foto, auf dem „{name}“ gezeichnet wurde, wurde gelöscht; zeichnen Sie die Region erneut.</translation>
    </message>
    <message>
        <source>Photo #{id} could not be aligned with the region&apos;s photo; place anchors on both (Compare) and measure again.</source>
        <translation>Foto Nr. {id} ließ sich nicht am Foto der Region ausrichten; setzen Sie auf beiden Ankerpunkte (Vergleichen) und messen Sie erneut.</translation>
    </message>
    <message>
        <source>The region “{name}” falls outside photo #{id}.</source>
        <translation>Die Region „{name}“ liegt außerhalb von Foto Nr. {id}.</translation>
    </message>
    <message>
        <source>The grey card is not in photo #{id}.</source>
        <translation>Die Graukarte ist nicht auf Foto Nr. {id}.</translation>
    </message>
    <message>
        <source>Photo #{id} could not be read: {reason}</source>
        <translation>Foto Nr. {id} konnte nicht gelesen werden: {reason}</translation>
    </message>
    <message>
        <source>Photo #{id}: {detail}</source>
        <translation>Foto Nr. {id}: {detail}</translation>
    </message>
    <message>
        <source>The grey card is not in the photo or too dark.</source>
        <translation>Die Graukarte ist nicht auf dem Foto oder zu dunkel.</translation>
    </message>
    <message>
        <source>The region “{name}” falls outside the photo.</source>
        <translation>Die Region „{name}“ liegt außerhalb des Fotos.</translation>
    </message>
    <message>
        <source>This file is not an image.</source>
        <translation>Diese Datei ist kein Bild.</translation>
    </message>
    <message>
        <source>The image is truncated or damaged; copy or export it again from its source.</source>
        <translation>Das Bild ist abgeschnitten oder beschädigt; kopieren oder exportieren Sie es erneut aus seiner Quelle.</translation>
    </message>
    <message>
        <source>The image has more than {megapixels} megapixels, too many to open safely.</source>
        <translation>Das Bild hat mehr als {megapixels} Megapixel, zu viele, um es sicher zu öffnen.</translation>
    </message>
    <message>
        <source>{name} images are not supported; use JPEG, PNG, WebP or HEIC/HEIF.</source>
        <translation>{name}-Bilder werden nicht unterstützt; verwenden Sie JPEG, PNG, WebP oder HEIC/HEIF.</translation>
    </message>
    <message>
        <source>This kind of image is not supported; use JPEG, PNG, WebP or HEIC/HEIF.</source>
        <translation>Diese Art von Bild wird nicht unterstützt; verwenden Sie JPEG, PNG, WebP oder HEIC/HEIF.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Die Datei ist leer.</translation>
    </message>
    <message>
        <source>The file could not be read or stored (permission denied or a disk error).</source>
        <translation>Die Datei konnte nicht gelesen oder gespeichert werden (keine Berechtigung oder ein Datenträgerfehler).</translation>
    </message>
    <message>
        <source>This is not a regular file (a folder, a pipe or a device); choose a photo file.</source>
        <translation>Dies ist keine normale Datei (ein Ordner, eine Pipe oder ein Gerät); wählen Sie eine Fotodatei.</translation>
    </message>
    <message>
        <source>There is no such file (it may have been moved or renamed).</source>
        <translation>Diese Datei gibt es nicht (sie wurde vielleicht verschoben oder umbenannt).</translation>
    </message>
    <message>
        <source>The disk is full; free some space and import the photo again.</source>
        <translation>Der Datenträger ist voll; schaffen Sie Platz und importieren Sie das Foto erneut.</translation>
    </message>
    <message>
        <source>The kind of consent must be one of: {choices}.</source>
        <translation>Die Art der Einwilligung muss eine der folgenden sein: {choices}.</translation>
    </message>
    <message>
        <source>“Valid until” cannot be before the day the consent was given.</source>
        <translation>„Gültig bis“ kann nicht vor dem Tag liegen, an dem die Einwilligung erteilt wurde.</translation>
    </message>
    <message>
        <source>Say who took the consent.</source>
        <translation>Geben Sie an, wer die Einwilligung eingeholt hat.</translation>
    </message>
    <message>
        <source>{name}: {reason}</source>
        <translation>{name}: {reason}</translation>
    </message>
    <message>
        <source>The document is empty.</source>
        <translation>Das Dokument ist leer.</translation>
    </message>
    <message>
        <source>The document is larger than {most} MB.</source>
        <translation>Das Dokument ist größer als {most} MB.</translation>
    </message>
    <message>
        <source>The PDF is truncated or damaged; scan or save it again.</source>
        <translation>Das PDF ist abgeschnitten oder beschädigt; scannen oder speichern Sie es erneut.</translation>
    </message>
    <message>
        <source>A consent document must be a PDF or an image (JPEG, PNG, WebP or HEIC).</source>
        <translation>Ein Einwilligungsdokument muss ein PDF oder ein Bild sein (JPEG, PNG, WebP oder HEIC).</translation>
    </message>
    <message>
        <source>An anchor ({x}, {y}) lies outside the photo.</source>
        <translation>Ein Anker ({x}, {y}) liegt außerhalb des Fotos.</translation>
    </message>
    <message>
        <source>The two anchor points coincide; place them apart.</source>
        <translation>Die beiden Anker liegen übereinander; setzen Sie sie auseinander.</translation>
    </message>
    <message>
        <source>Mark the chart&apos;s four corners.</source>
        <translation>Markieren Sie die vier Ecken der Farbkarte.</translation>
    </message>
    <message>
        <source>The four corners do not go round the chart: mark dark skin, bluish green, black and white, in that order.</source>
        <translation>Die vier Ecken laufen nicht um die Farbkarte herum: Markieren Sie dunkle Haut, Blaugrün, Schwarz und Weiß, in dieser Reihenfolge.</translation>
    </message>
    <message>
        <source>Too many chart patches are clipped (too dark or too bright) to correct the colours: take the photo with less exposure contrast.</source>
        <translation>Zu viele Felder der Farbkarte sind abgeschnitten (zu dunkel oder zu hell), um die Farben zu korrigieren: Fotografieren Sie mit weniger Belichtungskontrast.</translation>
    </message>
    <message>
        <source>The marked corners do not seem to frame a ColorChecker under one light (the colours miss the chart&apos;s by ΔE {delta_e} on average); mark dark skin, bluish green, black and white, in that order.</source>
        <translation>Die markierten Ecken scheinen keinen ColorChecker unter einer einzigen Lichtquelle einzurahmen (die Farben weichen im Mittel um ΔE {delta_e} von denen der Karte ab); markieren Sie dunkle Haut, Blaugrün, Schwarz und Weiß, in dieser Reihenfolge.</translation>
    </message>
    <message>
        <source>{scale} is given twice by the same rater.</source>
        <translation>{scale} ist zweimal von derselben bewertenden Person angegeben.</translation>
    </message>
    <message>
        <source>{scale} has its own field; enter it there.</source>
        <translation>{scale} hat ein eigenes Feld; tragen Sie den Wert dort ein.</translation>
    </message>
    <message>
        <source>{scale} is given for the whole face, not per area.</source>
        <translation>{scale} wird für das ganze Gesicht angegeben, nicht je Bereich.</translation>
    </message>
    <message>
        <source>on seat {seat}</source>
        <translation>am Platz {seat}</translation>
    </message>
    <message>
        <source>elsewhere</source>
        <translation>anderswo</translation>
    </message>
    <message>
        <source>at {moment}</source>
        <translation>am {moment}</translation>
    </message>
    <message>
        <source>by {user}</source>
        <translation>von {user}</translation>
    </message>
    <message>
        <source>This {what} was changed {how}; reopen it and try again.</source>
        <translation>{what} wurde {how} geändert; öffnen Sie den Eintrag erneut und versuchen Sie es noch einmal.</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>Lan&amp;guage</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>As the &amp;system</source>
        <translation>Wie das &amp;System</translation>
    </message>
</context>
<context>
    <name>LibraryDialog</name>
    <message>
        <source>New item</source>
        <translation>Neuer Eintrag</translation>
    </message>
    <message>
        <source>Save item</source>
        <translation>Eintrag speichern</translation>
    </message>
    <message>
        <source>New product</source>
        <translation>Neues Produkt</translation>
    </message>
    <message>
        <source>Save product</source>
        <translation>Produkt speichern</translation>
    </message>
    <message>
        <source>Product library</source>
        <translation>Produktbibliothek</translation>
    </message>
    <message>
        <source>New device</source>
        <translation>Neues Gerät</translation>
    </message>
    <message>
        <source>Save device</source>
        <translation>Gerät speichern</translation>
    </message>
    <message>
        <source>Device library</source>
        <translation>Gerätebibliothek</translation>
    </message>
</context>
<context>
    <name>LotDialog</name>
    <message>
        <source>Find lot</source>
        <translation>Charge finden</translation>
    </message>
    <message>
        <source>every lot</source>
        <translation>jede Charge</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Finden</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Lot or batch</source>
        <translation>Charge oder Los</translation>
    </message>
    <message>
        <source>Sessions that used it</source>
        <translation>Sitzungen, die es verwendet haben</translation>
    </message>
    <message>
        <source>Choose a product, and a lot if the recall names one.</source>
        <translation>Wählen Sie ein Produkt und eine Charge, falls der Rückruf eine nennt.</translation>
    </message>
    <message>
        <source>Choose a product first.</source>
        <translation>Wählen Sie zuerst ein Produkt.</translation>
    </message>
    <message>
        <source>, lot {lot}</source>
        <translation>, Charge {lot}</translation>
    </message>
    <message>
        <source>No session used {what}.</source>
        <translation>Keine Sitzung hat {what} verwendet.</translation>
    </message>
    <message numerus="yes">
        <source>%n use(s)</source>
        <translation>
            <numerusform>%n Anwendung</numerusform>
            <numerusform>%n Anwendungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n client(s)</source>
        <translation>
            <numerusform>%n Kunde</numerusform>
            <numerusform>%n Kunden</numerusform>
        </translation>
    </message>
    <message>
        <source>{what}: {uses} on {clients}. Double-click a row to open that client.</source>
        <translation>{what}: {uses} bei {clients}. Doppelklicken Sie auf eine Zeile, um den Kunden zu öffnen.</translation>
    </message>
</context>
<context>
    <name>LotUseModel</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>Charge</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source> (archived)</source>
        <translation> (archiviert)</translation>
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
        <translation>Zeitachse</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Fotos</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Verlauf</translation>
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
        <source>Client scree&amp;ning…</source>
        <translation>&amp;Anamnese-Check…</translation>
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
    <name>Measuring</name>
    <message>
        <source>grey card</source>
        <translation>Graukarte</translation>
    </message>
    <message>
        <source>colour chart</source>
        <translation>Farbkarte</translation>
    </message>
    <message>
        <source>{what}: not recorded, so cannot tell if this compares.</source>
        <translation>{what}: nicht erfasst, daher unklar, ob dies vergleichbar ist.</translation>
    </message>
    <message>
        <source>{what}: {b}, not {a}; not comparable.</source>
        <translation>{what}: {b} statt {a}; nicht vergleichbar.</translation>
    </message>
    <message>
        <source>Colour-corrected to the colour chart: colours compare better.</source>
        <translation>Farbkorrigiert anhand der Farbkarte: Farben sind besser vergleichbar.</translation>
    </message>
    <message>
        <source>Not white-balanced: the grey card was not found.</source>
        <translation>Kein Weißabgleich: die Graukarte wurde nicht gefunden.</translation>
    </message>
    <message>
        <source>White-balanced to the grey card: colours compare better.</source>
        <translation>Weißabgleich mit der Graukarte: Farben sind besser vergleichbar.</translation>
    </message>
    <message>
        <source>Name the region</source>
        <translation>Region benennen</translation>
    </message>
    <message>
        <source>Region name:</source>
        <translation>Name der Region:</translation>
    </message>
    <message>
        <source>left cheek</source>
        <translation>linke Wange</translation>
    </message>
    <message>
        <source>dark skin</source>
        <translation>dunkle Haut</translation>
    </message>
    <message>
        <source>bluish green</source>
        <translation>Blaugrün</translation>
    </message>
    <message>
        <source>black</source>
        <translation>Schwarz</translation>
    </message>
    <message>
        <source>white</source>
        <translation>Weiß</translation>
    </message>
    <message>
        <source>Click the colour chart&apos;s corner at {patch} ({n} of 4).</source>
        <translation>Klicken Sie die Ecke der Farbkarte bei {patch} an ({n} von 4).</translation>
    </message>
    <message numerus="yes">
        <source>Measured on %n photo(s).</source>
        <translation>
            <numerusform>Auf %n Foto gemessen.</numerusform>
            <numerusform>Auf %n Fotos gemessen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Measuring… {done} of {total}</source>
        <translation>Messung… {done} von {total}</translation>
    </message>
</context>
<context>
    <name>MetricsPanel</name>
    <message>
        <source>&lt;b&gt;L*, a*, b*&lt;/b&gt;: the mean CIELAB colour of the region; a* is redness, b* yellowness. Pixels are first converted to sRGB from the photo&apos;s colour profile.</source>
        <translation>&lt;b&gt;L*, a*, b*&lt;/b&gt;: die mittlere CIELAB-Farbe der Region; a* ist die Rötung, b* der Gelbanteil. Die Pixel werden zuerst über das Farbprofil des Fotos nach sRGB umgerechnet.</translation>
    </message>
    <message>
        <source>&lt;b&gt;ITA°&lt;/b&gt; = arctan((L* − 50) / b*): the Individual Typology Angle, a skin-tone measure (higher is lighter).</source>
        <translation>&lt;b&gt;ITA°&lt;/b&gt; = arctan((L* − 50) / b*): der Individual Typology Angle, ein Maß für den Hautton (höher ist heller).</translation>
    </message>
    <message>
        <source>&lt;b&gt;Evenness&lt;/b&gt;: how much L* varies once the smooth fall-off of the light is removed; lower is more even.</source>
        <translation>&lt;b&gt;Gleichmäßigkeit&lt;/b&gt;: wie stark L* schwankt, nachdem der sanfte Lichtabfall entfernt ist; niedriger ist gleichmäßiger.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Texture&lt;/b&gt;: fine detail in L*, measured at a fixed fraction of the region so the photo&apos;s resolution does not change it; lower is smoother.</source>
        <translation>&lt;b&gt;Textur&lt;/b&gt;: feine Details in L*, gemessen in einem festen Bruchteil der Region, sodass die Auflösung des Fotos sie nicht ändert; niedriger ist glatter.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Spots&lt;/b&gt;: patches at least 6 L* darker than the skin around them, and their share of the region.</source>
        <translation>&lt;b&gt;Flecken&lt;/b&gt;: Stellen, die mindestens 6 L* dunkler sind als die Haut um sie herum, und ihr Anteil an der Region.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Grey card&lt;/b&gt;: when one is marked, colours are white-balanced against it first, which makes photos from different days more comparable.</source>
        <translation>&lt;b&gt;Graukarte&lt;/b&gt;: wenn eine markiert ist, werden die Farben zuerst auf sie abgeglichen, was Fotos verschiedener Tage vergleichbarer macht.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Colour chart&lt;/b&gt;: with a ColorChecker (24 patches) marked by its four corners, colours are corrected against the chart&apos;s known colours on each photo; the residual ΔE says how well the correction holds (under 2 is good).</source>
        <translation>&lt;b&gt;Farbkarte&lt;/b&gt;: Ist ein ColorChecker (24 Felder) an seinen vier Ecken markiert, werden die Farben auf jedem Foto anhand der bekannten Farben der Karte korrigiert; das verbleibende ΔE zeigt, wie gut die Korrektur passt (unter 2 ist gut).</translation>
    </message>
    <message>
        <source>These numbers describe the photo, not the skin: they compare only between photos taken under the same light, with the same camera and skin state.</source>
        <translation>Diese Zahlen beschreiben das Foto, nicht die Haut: sie sind nur zwischen Fotos mit gleichem Licht, gleicher Kamera und gleichem Hautzustand vergleichbar.</translation>
    </message>
    <message>
        <source>Measures compare only between photos taken under the same light, with the same camera and skin state.</source>
        <translation>Messwerte sind nur zwischen Fotos mit gleichem Licht, gleicher Kamera und gleichem Hautzustand vergleichbar.</translation>
    </message>
    <message>
        <source>Region shape</source>
        <translation>Form der Region</translation>
    </message>
    <message>
        <source>Rectangle</source>
        <translation>Rechteck</translation>
    </message>
    <message>
        <source>Ellipse</source>
        <translation>Ellipse</translation>
    </message>
    <message>
        <source>Draw a region</source>
        <translation>Region zeichnen</translation>
    </message>
    <message>
        <source>Drag on the photo, then name the region</source>
        <translation>Auf dem Foto ziehen, dann die Region benennen</translation>
    </message>
    <message>
        <source>What each measure means</source>
        <translation>Was jeder Messwert bedeutet</translation>
    </message>
    <message>
        <source>Regions of this view</source>
        <translation>Regionen dieser Ansicht</translation>
    </message>
    <message>
        <source>Measure on every photo of this view</source>
        <translation>Auf jedem Foto dieser Ansicht messen</translation>
    </message>
    <message>
        <source>Mark a grey card</source>
        <translation>Graukarte markieren</translation>
    </message>
    <message>
        <source>Drag over a grey card in this photo: the region&apos;s colours are balanced to it</source>
        <translation>Ziehen Sie über eine Graukarte in diesem Foto: die Farben der Region werden darauf abgeglichen</translation>
    </message>
    <message>
        <source>Mark a colour chart</source>
        <translation>Farbkarte markieren</translation>
    </message>
    <message>
        <source>Click the four corners of a ColorChecker in this photo: dark skin, bluish green, black, white. The region&apos;s colours are corrected against it.</source>
        <translation>Klicken Sie die vier Ecken eines ColorCheckers in diesem Foto an: dunkle Haut, Blaugrün, Schwarz, Weiß. Die Farben der Region werden daran korrigiert.</translation>
    </message>
    <message>
        <source>Delete region</source>
        <translation>Region löschen</translation>
    </message>
    <message>
        <source>ellipse</source>
        <translation>Ellipse</translation>
    </message>
    <message>
        <source>rectangle</source>
        <translation>Rechteck</translation>
    </message>
    <message>
        <source>grey card</source>
        <translation>Graukarte</translation>
    </message>
    <message>
        <source>colour chart</source>
        <translation>Farbkarte</translation>
    </message>
    <message>
        <source>drawn on this photo</source>
        <translation>auf diesem Foto gezeichnet</translation>
    </message>
    <message>
        <source>found through the anchors</source>
        <translation>über die Ankerpunkte gefunden</translation>
    </message>
    <message>
        <source>found by auto-align</source>
        <translation>durch automatisches Ausrichten gefunden</translation>
    </message>
    <message>
        <source>, white-balanced to the grey card</source>
        <translation>, mit Weißabgleich auf die Graukarte</translation>
    </message>
    <message>
        <source>, colour-corrected to the colour chart (residual ΔE {residual})</source>
        <translation>, farbkorrigiert anhand der Farbkarte (verbleibendes ΔE {residual})</translation>
    </message>
    <message>
        <source>{w}×{h} px at {x},{y}, {how}{balanced}.</source>
        <translation>{w}×{h} px bei {x},{y}, {how}{balanced}.</translation>
    </message>
    <message>
        <source>Taken under the same recorded conditions as the region&apos;s photo.</source>
        <translation>Unter denselben erfassten Bedingungen aufgenommen wie das Foto der Region.</translation>
    </message>
    <message>
        <source>Photo measures</source>
        <translation>Fotomesswerte</translation>
    </message>
</context>
<context>
    <name>ObservationDialog</name>
    <message>
        <source>Edit skin check</source>
        <translation>Hautkontrolle bearbeiten</translation>
    </message>
    <message>
        <source>New skin check</source>
        <translation>Neue Hautkontrolle</translation>
    </message>
    <message>
        <source>Delete this skin check? This cannot be undone.</source>
        <translation>Diese Hautkontrolle löschen? Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Datum und Uhrzeit</translation>
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
        <source>Redness of the whole face, 0 none to 4 marked: the VISIA redness scale, as rated by this check&apos;s rater</source>
        <translation>Rötung des ganzen Gesichts, 0 keine bis 4 deutlich: die VISIA-Rötungsskala, wie von der Person dieser Hautkontrolle bewertet</translation>
    </message>
    <message>
        <source>Redness</source>
        <translation>Rötung</translation>
    </message>
    <message>
        <source>What you see today</source>
        <translation>Was Sie heute sehen</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
</context>
<context>
    <name>Ops</name>
    <message>
        <source>Something went wrong: {error}</source>
        <translation>Etwas ist schiefgegangen: {error}</translation>
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
    <name>PhotoCanvas</name>
    <message>
        <source>Loading photo…</source>
        <translation>Foto wird geladen…</translation>
    </message>
</context>
<context>
    <name>PhotoDetailsForm</name>
    <message>
        <source>d MMM yyyy, HH:mm</source>
        <translation>d. MMM yyyy, HH:mm</translation>
    </message>
    <message>
        <source>A note about this photo</source>
        <translation>Eine Notiz zu diesem Foto</translation>
    </message>
    <message>
        <source>As the client&apos;s marketing consent</source>
        <translation>Wie die Marketing-Einwilligung des Kunden</translation>
    </message>
    <message>
        <source>May be shared</source>
        <translation>Darf geteilt werden</translation>
    </message>
    <message>
        <source>Not to be shared</source>
        <translation>Nicht teilen</translation>
    </message>
    <message>
        <source>Shareable reports leave out every photo that may not be shared.</source>
        <translation>Teilbare Berichte lassen jedes Foto weg, das nicht geteilt werden darf.</translation>
    </message>
    <message>
        <source>Save details</source>
        <translation>Angaben speichern</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Aufgenommen</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>Days after</source>
        <translation>Tage danach</translation>
    </message>
    <message>
        <source>Sharing</source>
        <translation>Teilen</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>No session</source>
        <translation>Keine Sitzung</translation>
    </message>
    <message>
        <source>Session · {day}</source>
        <translation>Sitzung · {day}</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>Nichts geändert.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
</context>
<context>
    <name>PhotoFields</name>
    <message>
        <source>Daylight (window)</source>
        <translation>Tageslicht (Fenster)</translation>
    </message>
    <message>
        <source>Ring light</source>
        <translation>Ringlicht</translation>
    </message>
    <message>
        <source>Overhead light</source>
        <translation>Deckenlicht</translation>
    </message>
    <message>
        <source>Flash</source>
        <translation>Blitz</translation>
    </message>
    <message>
        <source>Not noted</source>
        <translation>Nicht notiert</translation>
    </message>
    <message>
        <source>day </source>
        <translation>Tag </translation>
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
        <source>Skin</source>
        <translation>Haut</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Licht</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Kamera</translation>
    </message>
</context>
<context>
    <name>PhotoFilters</name>
    <message>
        <source>Show the photos of</source>
        <translation>Fotos zeigen von</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Ansicht</translation>
    </message>
    <message>
        <source>All views</source>
        <translation>Alle Ansichten</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>All roles</source>
        <translation>Alle Rollen</translation>
    </message>
    <message>
        <source>All sessions</source>
        <translation>Alle Sitzungen</translation>
    </message>
    <message>
        <source>Session · {day}</source>
        <translation>Sitzung · {day}</translation>
    </message>
    <message>
        <source>Progress photos</source>
        <translation>Verlaufsfotos</translation>
    </message>
</context>
<context>
    <name>PhotoLayouts</name>
    <message>
        <source>Progress grid</source>
        <translation>Fortschrittsraster</translation>
    </message>
    <message>
        <source>Views in rows, dates in columns</source>
        <translation>Ansichten in Zeilen, Daten in Spalten</translation>
    </message>
    <message>
        <source>By session</source>
        <translation>Nach Sitzung</translation>
    </message>
    <message>
        <source>Photos grouped by the session they belong to</source>
        <translation>Fotos nach ihrer Sitzung gruppiert</translation>
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
    <name>PhotoStripModel</name>
    <message>
        <source>Click: compare as B · Shift+click: make it A (the reference)</source>
        <translation>Klick: als B vergleichen · Umschalt+Klick: zu A machen (Referenz)</translation>
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
    <name>PhotoViewer</name>
    <message>
        <source>Photo — {name}</source>
        <translation>Foto — {name}</translation>
    </message>
    <message>
        <source>Previous photo (Left)</source>
        <translation>Vorheriges Foto (Links)</translation>
    </message>
    <message>
        <source>Next photo (Right)</source>
        <translation>Nächstes Foto (Rechts)</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <source>Fit to the window (F)</source>
        <translation>In das Fenster einpassen (F)</translation>
    </message>
    <message>
        <source>Actual pixels (1)</source>
        <translation>Originalgröße (1)</translation>
    </message>
    <message>
        <source>Zoom out (-)</source>
        <translation>Verkleinern (-)</translation>
    </message>
    <message>
        <source>Zoom in (+)</source>
        <translation>Vergrößern (+)</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <source>Delete this photo (Del)</source>
        <translation>Dieses Foto löschen (Entf)</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Messen</translation>
    </message>
    <message>
        <source>No photos left.</source>
        <translation>Keine Fotos mehr.</translation>
    </message>
    <message>
        <source>{number} of {total}</source>
        <translation>{number} von {total}</translation>
    </message>
    <message>
        <source> (fit)</source>
        <translation> (eingepasst)</translation>
    </message>
</context>
<context>
    <name>ProductKind</name>
    <message>
        <source>serum</source>
        <translation>Serum</translation>
    </message>
    <message>
        <source>numbing cream</source>
        <translation>Betäubungscreme</translation>
    </message>
    <message>
        <source>cleanser</source>
        <translation>Reinigungsprodukt</translation>
    </message>
    <message>
        <source>toner</source>
        <translation>Gesichtswasser</translation>
    </message>
    <message>
        <source>mask</source>
        <translation>Maske</translation>
    </message>
    <message>
        <source>moisturiser</source>
        <translation>Feuchtigkeitscreme</translation>
    </message>
    <message>
        <source>night cream</source>
        <translation>Nachtcreme</translation>
    </message>
    <message>
        <source>balm</source>
        <translation>Balsam</translation>
    </message>
    <message>
        <source>sunscreen</source>
        <translation>Sonnenschutz</translation>
    </message>
    <message>
        <source>antiseptic</source>
        <translation>Antiseptikum</translation>
    </message>
    <message>
        <source>other</source>
        <translation>Sonstiges</translation>
    </message>
</context>
<context>
    <name>ProductLibraryDialog</name>
    <message>
        <source>Key ingredients, comma-separated</source>
        <translation>Wichtige Inhaltsstoffe, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>Marke</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Ingredients</source>
        <translation>Inhaltsstoffe</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
</context>
<context>
    <name>ProductLots</name>
    <message>
        <source>No expiry date on file</source>
        <translation>Kein Verfallsdatum erfasst</translation>
    </message>
    <message>
        <source>Expired on {date}: do not use</source>
        <translation>Abgelaufen am {date}: nicht verwenden</translation>
    </message>
    <message>
        <source>Expires today</source>
        <translation>Läuft heute ab</translation>
    </message>
    <message numerus="yes">
        <source>Expires soon: in %n day(s)</source>
        <translation>
            <numerusform>Läuft bald ab: in %n Tag</numerusform>
            <numerusform>Läuft bald ab: in %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Good until {date}</source>
        <translation>Gut bis {date}</translation>
    </message>
    <message>
        <source>Lots and expiry dates</source>
        <translation>Lots und Verfallsdaten</translation>
    </message>
    <message>
        <source>Lot or batch</source>
        <translation>Lot oder Charge</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>Haltbarkeit</translation>
    </message>
    <message>
        <source>as printed on the packaging</source>
        <translation>wie auf der Verpackung gedruckt</translation>
    </message>
    <message>
        <source>No expiry date</source>
        <translation>Kein Verfallsdatum</translation>
    </message>
    <message>
        <source>Lot number</source>
        <translation>Lot-Nummer</translation>
    </message>
    <message>
        <source>Expires on</source>
        <translation>Verfällt am</translation>
    </message>
    <message>
        <source>New lot</source>
        <translation>Neues Lot</translation>
    </message>
    <message>
        <source>Save lot</source>
        <translation>Lot speichern</translation>
    </message>
    <message>
        <source>Save the product first, then its lots.</source>
        <translation>Speichern Sie zuerst das Produkt, dann seine Lots.</translation>
    </message>
    <message>
        <source>No lots on file for this product yet.</source>
        <translation>Für dieses Produkt ist noch kein Lot erfasst.</translation>
    </message>
    <message>
        <source>Add lot</source>
        <translation>Lot hinzufügen</translation>
    </message>
    <message>
        <source>Enter the lot number printed on the packaging.</source>
        <translation>Geben Sie die auf der Verpackung gedruckte Lot-Nummer ein.</translation>
    </message>
    <message>
        <source>Lot {lot} is already on file for this product.</source>
        <translation>Lot {lot} ist für dieses Produkt bereits erfasst.</translation>
    </message>
    <message>
        <source>Saved lot {lot}: {state}.</source>
        <translation>Lot {lot} gespeichert: {state}.</translation>
    </message>
</context>
<context>
    <name>ProductRow</name>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Aftercare start day</source>
        <translation>Starttag der Nachpflege</translation>
    </message>
    <message>
        <source>Lot number</source>
        <translation>Chargennummer</translation>
    </message>
    <message>
        <source>Remove this product</source>
        <translation>Dieses Produkt entfernen</translation>
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
        <source>photo</source>
        <translation>Foto</translation>
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
        <source>Taken under other conditions: {why}</source>
        <translation>Unter anderen Bedingungen aufgenommen: {why}</translation>
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
    <name>ProgressGrid</name>
    <message>
        <source>{date}, continued</source>
        <translation>{date}, Fortsetzung</translation>
    </message>
</context>
<context>
    <name>ProgressGridView</name>
    <message>
        <source>Progress grid</source>
        <translation>Fortschrittsraster</translation>
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
    <message>
        <source>These photos&apos; files could not be read.</source>
        <translation>Die Dateien dieser Fotos konnten nicht gelesen werden.</translation>
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
        <source>Hide photos taken under other conditions</source>
        <translation>Fotos unter anderen Bedingungen ausblenden</translation>
    </message>
    <message>
        <source>Photo measures whose light, camera or skin state differ from the region&apos;s photo</source>
        <translation>Fotomesswerte, deren Licht, Kamera oder Hautzustand vom Foto der Region abweichen</translation>
    </message>
    <message>
        <source>Save as PNG…</source>
        <translation>Als PNG speichern…</translation>
    </message>
    <message>
        <source>What worked…</source>
        <translation>Was gewirkt hat…</translation>
    </message>
    <message>
        <source>How scores and photo measures changed after sessions, by depth and product</source>
        <translation>Wie sich Bewertungen und Fotomesswerte nach Sitzungen verändert haben, nach Tiefe und Produkt</translation>
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
        <source>progress.png</source>
        <translation>verlauf.png</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
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
    <name>ScaleValues</name>
    <message>
        <source>always burns</source>
        <translation>verbrennt immer</translation>
    </message>
    <message>
        <source>usually burns</source>
        <translation>verbrennt meistens</translation>
    </message>
    <message>
        <source>sometimes burns</source>
        <translation>verbrennt manchmal</translation>
    </message>
    <message>
        <source>rarely burns</source>
        <translation>verbrennt selten</translation>
    </message>
    <message>
        <source>very rarely burns</source>
        <translation>verbrennt sehr selten</translation>
    </message>
    <message>
        <source>never burns</source>
        <translation>verbrennt nie</translation>
    </message>
    <message>
        <source>macular</source>
        <translation>makulär</translation>
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
        <source>severe</source>
        <translation>schwer</translation>
    </message>
    <message>
        <source>no wrinkles</source>
        <translation>keine Falten</translation>
    </message>
    <message>
        <source>in motion</source>
        <translation>bei Mimik</translation>
    </message>
    <message>
        <source>at rest</source>
        <translation>in Ruhe</translation>
    </message>
    <message>
        <source>only wrinkles</source>
        <translation>nur Falten</translation>
    </message>
    <message>
        <source>very much improved</source>
        <translation>sehr stark verbessert</translation>
    </message>
    <message>
        <source>much improved</source>
        <translation>stark verbessert</translation>
    </message>
    <message>
        <source>improved</source>
        <translation>verbessert</translation>
    </message>
    <message>
        <source>no change</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <source>worse</source>
        <translation>verschlechtert</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>minimal</source>
        <translation>minimal</translation>
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
    <message>
        <source>Texture score</source>
        <translation>Texturwert</translation>
    </message>
    <message>
        <source>How smooth the skin looks and feels, 0 (very rough, many scars or bumps) to 10 (smooth, even); the journal&apos;s own score.</source>
        <translation>Wie glatt die Haut aussieht und sich anfühlt, 0 (sehr rau, viele Narben oder Unebenheiten) bis 10 (glatt, ebenmäßig); der eigene Wert des Journals.</translation>
    </message>
    <message>
        <source>Tone score</source>
        <translation>Hautton-Wert</translation>
    </message>
    <message>
        <source>How even the colour is, 0 (very uneven: marks, redness, patches) to 10 (even); the journal&apos;s own score.</source>
        <translation>Wie gleichmäßig die Farbe ist, 0 (sehr ungleichmäßig: Flecken, Rötungen, Verfärbungen) bis 10 (gleichmäßig); der eigene Wert des Journals.</translation>
    </message>
    <message>
        <source>Fitzpatrick skin type</source>
        <translation>Hauttyp nach Fitzpatrick</translation>
    </message>
    <message>
        <source>Skin phototype, a baseline: I always burns, never tans … VI never burns, deeply pigmented. Types IV–VI carry more risk of marks after needling.</source>
        <translation>Hautphototyp, ein Ausgangswert: I verbrennt immer, bräunt nie … VI verbrennt nie, stark pigmentiert. Typen IV–VI haben nach dem Needling ein höheres Risiko für Verfärbungen.</translation>
    </message>
    <message>
        <source>Goodman &amp; Baron scar grade</source>
        <translation>Narbengrad nach Goodman &amp; Baron</translation>
    </message>
    <message>
        <source>Qualitative acne-scar grade: 1 macular (flat, coloured), 2 mild (hidden by make-up), 3 moderate (seen at conversation distance), 4 severe (not flattened by stretching).</source>
        <translation>Qualitativer Aknenarben-Grad: 1 makulär (flach, verfärbt), 2 leicht (durch Make-up verdeckt), 3 mittel (im Gesprächsabstand sichtbar), 4 schwer (durch Dehnen nicht abgeflacht).</translation>
    </message>
    <message>
        <source>Goodman &amp; Baron scar score</source>
        <translation>Narbenwert nach Goodman &amp; Baron</translation>
    </message>
    <message>
        <source>Quantitative acne-scar score: scars counted by type and number, 0 (none) to 84.</source>
        <translation>Quantitativer Aknenarben-Wert: Narben nach Art und Anzahl gezählt, 0 (keine) bis 84.</translation>
    </message>
    <message>
        <source>Glogau photoageing type</source>
        <translation>Lichtalterung nach Glogau</translation>
    </message>
    <message>
        <source>I no wrinkles, II wrinkles in motion, III wrinkles at rest, IV only wrinkles.</source>
        <translation>I keine Falten, II Falten bei Mimik, III Falten in Ruhe, IV nur Falten.</translation>
    </message>
    <message>
        <source>GAIS (against the baseline photo)</source>
        <translation>GAIS (gegenüber dem Ausgangsfoto)</translation>
    </message>
    <message>
        <source>Global Aesthetic Improvement Scale, judged against the client&apos;s first photo: 1 very much improved, 2 much improved, 3 improved, 4 no change, 5 worse.</source>
        <translation>Global Aesthetic Improvement Scale, beurteilt gegenüber dem ersten Foto: 1 sehr stark verbessert, 2 stark verbessert, 3 verbessert, 4 unverändert, 5 verschlechtert.</translation>
    </message>
    <message>
        <source>Spots (VISIA)</source>
        <translation>Flecken (VISIA)</translation>
    </message>
    <message>
        <source>Spots in the VISIA vocabulary, for one face area or the whole face: 0 none, 1 minimal, 2 mild, 3 moderate, 4 severe.</source>
        <translation>Flecken im VISIA-Vokabular, für eine Gesichtszone oder das ganze Gesicht: 0 keine, 1 minimal, 2 leicht, 3 mäßig, 4 schwer.</translation>
    </message>
    <message>
        <source>Wrinkles (VISIA)</source>
        <translation>Falten (VISIA)</translation>
    </message>
    <message>
        <source>Wrinkles in the VISIA vocabulary, for one face area or the whole face: 0 none, 1 minimal, 2 mild, 3 moderate, 4 severe.</source>
        <translation>Falten im VISIA-Vokabular, für eine Gesichtszone oder das ganze Gesicht: 0 keine, 1 minimal, 2 leicht, 3 mäßig, 4 schwer.</translation>
    </message>
    <message>
        <source>Texture (VISIA)</source>
        <translation>Textur (VISIA)</translation>
    </message>
    <message>
        <source>Texture in the VISIA vocabulary, for one face area or the whole face: 0 none, 1 minimal, 2 mild, 3 moderate, 4 severe.</source>
        <translation>Textur im VISIA-Vokabular, für eine Gesichtszone oder das ganze Gesicht: 0 keine, 1 minimal, 2 leicht, 3 mäßig, 4 schwer.</translation>
    </message>
    <message>
        <source>Pores (VISIA)</source>
        <translation>Poren (VISIA)</translation>
    </message>
    <message>
        <source>Pores in the VISIA vocabulary, for one face area or the whole face: 0 none, 1 minimal, 2 mild, 3 moderate, 4 severe.</source>
        <translation>Poren im VISIA-Vokabular, für eine Gesichtszone oder das ganze Gesicht: 0 keine, 1 minimal, 2 leicht, 3 mäßig, 4 schwer.</translation>
    </message>
    <message>
        <source>Redness (VISIA)</source>
        <translation>Rötung (VISIA)</translation>
    </message>
    <message>
        <source>Redness in the VISIA vocabulary, for one face area or the whole face: 0 none, 1 minimal, 2 mild, 3 moderate, 4 severe.</source>
        <translation>Rötung im VISIA-Vokabular, für eine Gesichtszone oder das ganze Gesicht: 0 keine, 1 minimal, 2 leicht, 3 mäßig, 4 schwer.</translation>
    </message>
    <message>
        <source>Brown areas (VISIA)</source>
        <translation>Braune Areale (VISIA)</translation>
    </message>
    <message>
        <source>Brown areas in the VISIA vocabulary, for one face area or the whole face: 0 none, 1 minimal, 2 mild, 3 moderate, 4 severe.</source>
        <translation>Braune Areale im VISIA-Vokabular, für eine Gesichtszone oder das ganze Gesicht: 0 keine, 1 minimal, 2 leicht, 3 mäßig, 4 schwer.</translation>
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
    <name>ScreeningAnswer</name>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
</context>
<context>
    <name>ScreeningDialog</name>
    <message>
        <source>Screening — {name}</source>
        <translation>Anamnese-Check — {name}</translation>
    </message>
    <message>
        <source>Answers stay on file with the day reviewed; a change keeps the earlier answer. A “yes” (or a date inside its window) is named on every session it concerns.</source>
        <translation>Antworten bleiben mit dem Prüfdatum gespeichert; eine Änderung behält die frühere Antwort. Ein „Ja“ (oder ein Datum innerhalb seiner Frist) wird bei jeder betroffenen Sitzung genannt.</translation>
    </message>
    <message>
        <source>— not asked</source>
        <translation>— nicht gefragt</translation>
    </message>
    <message>
        <source>last on YYYY-MM-DD</source>
        <translation>zuletzt am JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>{item}: date of the last one</source>
        <translation>{item}: Datum der letzten Behandlung</translation>
    </message>
    <message>
        <source>The day of the last one; the domain notes say to wait {words}</source>
        <translation>Der Tag der letzten Behandlung; die Fachnotizen nennen eine Wartezeit von {words}</translation>
    </message>
    <message>
        <source>Reviewed on</source>
        <translation>Geprüft am</translation>
    </message>
    <message>
        <source>Reviewed by</source>
        <translation>Geprüft von</translation>
    </message>
    <message>
        <source>Record the unchanged answers again (renews the review)</source>
        <translation>Unveränderte Antworten erneut erfassen (erneuert die Prüfung)</translation>
    </message>
    <message>
        <source>Earlier answers</source>
        <translation>Frühere Antworten</translation>
    </message>
    <message>
        <source>Nothing on file yet.</source>
        <translation>Noch nichts gespeichert.</translation>
    </message>
    <message>
        <source>{item}: “{text}” is not a date such as 2026-05-01.</source>
        <translation>{item}: „{text}“ ist kein Datum wie 2026-05-01.</translation>
    </message>
</context>
<context>
    <name>ScreeningItem</name>
    <message>
        <source>Active infection or acne</source>
        <translation>Aktive Infektion oder Akne</translation>
    </message>
    <message>
        <source>Eczema, psoriasis or rosacea flare</source>
        <translation>Schub von Ekzem, Psoriasis oder Rosazea</translation>
    </message>
    <message>
        <source>Keloid tendency</source>
        <translation>Neigung zu Keloiden</translation>
    </message>
    <message>
        <source>Bleeding disorder or anticoagulants</source>
        <translation>Gerinnungsstörung oder Antikoagulanzien</translation>
    </message>
    <message>
        <source>Uncontrolled diabetes</source>
        <translation>Nicht eingestellter Diabetes</translation>
    </message>
    <message>
        <source>Pregnancy or breastfeeding</source>
        <translation>Schwangerschaft oder Stillzeit</translation>
    </message>
    <message>
        <source>Isotretinoin</source>
        <translation>Isotretinoin</translation>
    </message>
    <message>
        <source>Malignancy, chemo- or radiotherapy</source>
        <translation>Krebserkrankung, Chemo- oder Strahlentherapie</translation>
    </message>
    <message>
        <source>Actinic keratoses or raised moles in the area</source>
        <translation>Aktinische Keratosen oder erhabene Muttermale in der Zone</translation>
    </message>
    <message>
        <source>Allergy to stainless steel or topical anaesthetics</source>
        <translation>Allergie gegen Edelstahl oder örtliche Betäubungsmittel</translation>
    </message>
    <message>
        <source>Recent filler</source>
        <translation>Kürzlich Filler</translation>
    </message>
    <message>
        <source>Recent neuromodulator</source>
        <translation>Kürzlich Neuromodulator</translation>
    </message>
    <message>
        <source>Recent peel or laser</source>
        <translation>Kürzlich Peeling oder Laser</translation>
    </message>
</context>
<context>
    <name>SeriesWords</name>
    <message>
        <source>Light</source>
        <translation>Licht</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Kamera</translation>
    </message>
    <message>
        <source>Skin state</source>
        <translation>Hautzustand</translation>
    </message>
    <message>
        <source>L* (lightness)</source>
        <translation>L* (Helligkeit)</translation>
    </message>
    <message>
        <source>a* (redness)</source>
        <translation>a* (Rötung)</translation>
    </message>
    <message>
        <source>b* (yellowness)</source>
        <translation>b* (Gelbanteil)</translation>
    </message>
    <message>
        <source>Evenness (lower is more even)</source>
        <translation>Gleichmäßigkeit (niedriger ist gleichmäßiger)</translation>
    </message>
    <message>
        <source>Texture (lower is smoother)</source>
        <translation>Textur (niedriger ist glatter)</translation>
    </message>
    <message>
        <source>Spots</source>
        <translation>Flecken</translation>
    </message>
    <message>
        <source>Spot area</source>
        <translation>Fleckenfläche</translation>
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
        <source>Adverse events</source>
        <translation>Nebenwirkungen</translation>
    </message>
    <message>
        <source>{condition}: not recorded</source>
        <translation>{condition}: nicht erfasst</translation>
    </message>
    <message>
        <source>{condition}: {value} (the region&apos;s photo: {reference})</source>
        <translation>{condition}: {value} (Foto der Region: {reference})</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <source>Edit session</source>
        <translation>Sitzung bearbeiten</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>Neue Sitzung</translation>
    </message>
    <message>
        <source>Delete this session? This cannot be undone.</source>
        <translation>Diese Sitzung löschen? Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Datum und Uhrzeit</translation>
    </message>
    <message>
        <source>No device recorded</source>
        <translation>Kein Gerät erfasst</translation>
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
        <source>Area</source>
        <translation>Zone</translation>
    </message>
    <message>
        <source>Indication</source>
        <translation>Indikation</translation>
    </message>
    <message>
        <source>Depth</source>
        <translation>Tiefe</translation>
    </message>
    <message>
        <source>Passes</source>
        <translation>Durchgänge</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Endpunkt</translation>
    </message>
    <message>
        <source>Add area</source>
        <translation>Zone hinzufügen</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produkte</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Aftercare start</source>
        <translation>Beginn der Nachpflege</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>Charge</translation>
    </message>
    <message>
        <source>Add product</source>
        <translation>Produkt hinzufügen</translation>
    </message>
    <message>
        <source>Your product library is empty: add products in Library → Products…, then log them here.</source>
        <translation>Ihre Produktbibliothek ist leer: Legen Sie Produkte unter Bibliothek → Produkte… an und erfassen Sie sie dann hier.</translation>
    </message>
    <message>
        <source>Numbing cream used</source>
        <translation>Betäubungscreme verwendet</translation>
    </message>
    <message>
        <source>Downtime </source>
        <translation>Ausfallzeit </translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>Schmerz</translation>
    </message>
    <message>
        <source>e.g. prolonged redness, breakout, none</source>
        <translation>z. B. anhaltende Rötung, Pickel, keine</translation>
    </message>
    <message>
        <source>Adverse events</source>
        <translation>Nebenwirkungen</translation>
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
        <source>Anything else worth remembering</source>
        <translation>Alles andere, was man sich merken sollte</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;⚠ Guidance&lt;/b&gt; (saving is still allowed)</source>
        <translation>&lt;b&gt;⚠ Hinweise&lt;/b&gt; (Speichern ist trotzdem möglich)</translation>
    </message>
</context>
<context>
    <name>SessionPhotoStrip</name>
    <message>
        <source>Show in Photos</source>
        <translation>In Fotos zeigen</translation>
    </message>
    <message>
        <source>Add photos…</source>
        <translation>Fotos hinzufügen…</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) of this session</source>
        <translation>
            <numerusform>%n Foto dieser Sitzung</numerusform>
            <numerusform>%n Fotos dieser Sitzung</numerusform>
        </translation>
    </message>
    <message>
        <source>No photos of this session yet — drop them here.</source>
        <translation>Noch keine Fotos dieser Sitzung — hier ablegen.</translation>
    </message>
</context>
<context>
    <name>SessionRows</name>
    <message>
        <source>Pick an area or type a name: upper lip, eyelid, abdomen, acne scars on cheeks…</source>
        <translation>Zone wählen oder einen Namen tippen: upper lip, eyelid, abdomen, acne scars on cheeks, Oberlippe, Wangen…</translation>
    </message>
    <message>
        <source>Why this area was treated: the usual depth depends on it</source>
        <translation>Warum diese Zone behandelt wurde: die übliche Tiefe hängt davon ab</translation>
    </message>
    <message>
        <source>from day </source>
        <translation>ab Tag </translation>
    </message>
    <message>
        <source>Aftercare: the day after the session this product was first used (— not recorded)</source>
        <translation>Nachpflege: der Tag nach der Sitzung, an dem das Produkt zuerst verwendet wurde (— nicht erfasst)</translation>
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
    <name>Sources</name>
    <message>
        <source>Clinic aftercare handouts: avoid retinoids (resume after ~7–14 days), AHA/BHA and other acids, exfoliants, benzoyl peroxide, hydroquinone, alcohol and fragrance for days after needling.</source>
        <translation>Nachsorge-Merkblätter von Praxen: Retinoide meiden (nach ~7–14 Tagen wieder aufnehmen), ebenso AHA/BHA und andere Säuren, Peelings, Benzoylperoxid, Hydrochinon, Alkohol und Duftstoffe in den Tagen nach dem Needling.</translation>
    </message>
    <message>
        <source>Consumer home-use microneedling guides (typical depth by area; weak evidence).</source>
        <translation>Ratgeber für Microneedling zu Hause (übliche Nadeltiefe je Bereich; schwache Evidenz).</translation>
    </message>
    <message>
        <source>Consumer home-use microneedling guides: do not exceed 1.0 mm at home.</source>
        <translation>Ratgeber für Microneedling zu Hause: zu Hause nicht tiefer als 1,0 mm.</translation>
    </message>
    <message>
        <source>Consumer rules of thumb for microneedling intervals (they disagree; weak evidence): 0.2–0.3 mm 1–2× a week, 0.5 mm every 2–4 weeks, ≥ 1.0 mm every 4–6 weeks, ≥ 1.5 mm every 6–8 weeks. Trials and clinics space sessions about 4 weeks apart (e.g. PMC6122507).</source>
        <translation>Faustregeln aus Verbraucherratgebern für Microneedling-Abstände (sie widersprechen sich; schwache Evidenz): 0,2–0,3 mm 1–2× pro Woche, 0,5 mm alle 2–4 Wochen, ≥ 1,0 mm alle 4–6 Wochen, ≥ 1,5 mm alle 6–8 Wochen. Studien und Praxen planen Sitzungen im Abstand von etwa 4 Wochen (z. B. PMC6122507).</translation>
    </message>
    <message>
        <source>ASJ Open Forum review of microneedling and RF microneedling depth by area (cheeks 1.0 mm, scars 1.5–2.0 mm; acne scars 1.5–2.0 mm, up to 2.5 mm).</source>
        <translation>Übersichtsarbeit in ASJ Open Forum zur Nadeltiefe beim Microneedling und RF-Microneedling je Bereich (Wangen 1,0 mm, Narben 1,5–2,0 mm; Aknenarben 1,5–2,0 mm, bis 2,5 mm).</translation>
    </message>
    <message>
        <source>ASJ Open Forum review: avoid the lash line (it gives no depth); home guides keep the under-eye at 0.2–0.3 mm. 1.0 mm is the app&apos;s cautious default for the thinnest facial skin, not a figure from the review.</source>
        <translation>Übersichtsarbeit in ASJ Open Forum: den Wimpernkranz meiden (sie nennt keine Tiefe); Ratgeber für zu Hause halten unter dem Auge 0,2–0,3 mm ein. 1,0 mm ist die vorsichtige Voreinstellung der App für die dünnste Gesichtshaut, keine Zahl aus der Übersichtsarbeit.</translation>
    </message>
    <message>
        <source>Inference from case reports: Soltani-Arabshahi et al., JAMA Dermatol 2014 (granulomas after microneedling with a topical vitamin C serum); systematic review Friedmann et al., Dermatol Surg 2024 (mostly motorised pens plus topical vitamin C).</source>
        <translation>Schluss aus Fallberichten: Soltani-Arabshahi et al., JAMA Dermatol 2014 (Granulome nach Microneedling mit einem topischen Vitamin-C-Serum); systematische Übersicht Friedmann et al., Dermatol Surg 2024 (meist motorisierte Pens mit topischem Vitamin C).</translation>
    </message>
    <message>
        <source>Informed consent before each course of treatment: UK JCCP/CPSA competency standards and US state cosmetology board rules; clinic suites (Aesthetic Record, Pabau) flag a missing consent before a treatment starts.</source>
        <translation>Aufgeklärte Einwilligung vor jeder Behandlungsreihe: Kompetenzstandards von UK JCCP/CPSA und Vorschriften der US-Kosmetikbehörden der Bundesstaaten; Praxisprogramme (Aesthetic Record, Pabau) melden eine fehlende Einwilligung, bevor eine Behandlung beginnt.</translation>
    </message>
    <message>
        <source>Manufacturer&apos;s expiry date on the packaging: past it, sterility and stability of a product applied to needled skin are no longer guaranteed.</source>
        <translation>Ablaufdatum des Herstellers auf der Verpackung: danach sind Sterilität und Stabilität eines auf genadelte Haut aufgetragenen Produkts nicht mehr gewährleistet.</translation>
    </message>
    <message>
        <source>Client screening before microneedling (domain notes): active infection or acne; eczema, psoriasis or rosacea flare; keloid tendency; bleeding disorder or anticoagulants; uncontrolled diabetes; pregnancy or breastfeeding; isotretinoin within 3–6 months; malignancy, chemo- or radiotherapy; actinic keratoses or raised moles in the area; allergy to stainless steel or topical anaesthetics; recent filler (≤ 6–12 months), neuromodulator (≤ 3 months), peel or laser (≤ 2–4 weeks).</source>
        <translation>Anamnese vor dem Microneedling (Fachhinweise): aktive Infektion oder Akne; Schub von Ekzem, Psoriasis oder Rosazea; Neigung zu Keloiden; Gerinnungsstörung oder Antikoagulanzien; nicht eingestellter Diabetes; Schwangerschaft oder Stillzeit; Isotretinoin in den letzten 3–6 Monaten; Krebserkrankung, Chemo- oder Strahlentherapie; aktinische Keratosen oder erhabene Muttermale im Bereich; Allergie gegen Edelstahl oder topische Betäubungsmittel; kürzlich Filler (≤ 6–12 Monate), Neuromodulator (≤ 3 Monate), Peeling oder Laser (≤ 2–4 Wochen).</translation>
    </message>
    <message>
        <source>Client screening is kept with the date it was reviewed (domain notes); how often to review it is the journal&apos;s setting (default every 6 months).</source>
        <translation>Die Anamnese wird mit dem Datum ihrer Überprüfung gespeichert (Fachhinweise); wie oft sie zu überprüfen ist, ist eine Einstellung des Journals (Standard: alle 6 Monate).</translation>
    </message>
</context>
<context>
    <name>TimelapseDialog</name>
    <message>
        <source>Time-lapse — {view} — {name}</source>
        <translation>Zeitraffer — {view} — {name}</translation>
    </message>
    <message>
        <source>Aligning every photo of this view…</source>
        <translation>Jedes Foto dieser Ansicht wird ausgerichtet…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Frame</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Abspielen</translation>
    </message>
    <message>
        <source>Export GIF…</source>
        <translation>GIF exportieren…</translation>
    </message>
    <message>
        <source>Export frames…</source>
        <translation>Einzelbilder exportieren…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>Cancelling the export…</source>
        <translation>Export wird abgebrochen…</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>No photos of this view yet.</source>
        <translation>Noch keine Fotos dieser Ansicht.</translation>
    </message>
    <message>
        <source>The time-lapse could not be made.</source>
        <translation>Der Zeitraffer konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <source>aligned by anchors</source>
        <translation>nach Ankern ausgerichtet</translation>
    </message>
    <message>
        <source>auto-aligned</source>
        <translation>automatisch ausgerichtet</translation>
    </message>
    <message>
        <source>not aligned</source>
        <translation>nicht ausgerichtet</translation>
    </message>
    <message>
        <source>reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Export time-lapse</source>
        <translation>Zeitraffer exportieren</translation>
    </message>
    <message>
        <source>GIF (*.gif)</source>
        <translation>GIF (*.gif)</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>Gespeichert: {path}</translation>
    </message>
    <message>
        <source>Export cancelled: nothing written.</source>
        <translation>Export abgebrochen: nichts geschrieben.</translation>
    </message>
    <message>
        <source>Export frames into a folder</source>
        <translation>Einzelbilder in einen Ordner exportieren</translation>
    </message>
    <message>
        <source>Saved {done} of {total} frames in {folder}</source>
        <translation>{done} von {total} Einzelbildern in {folder} gespeichert</translation>
    </message>
    <message>
        <source>Saved {done} frames in {folder}</source>
        <translation>{done} Einzelbilder in {folder} gespeichert</translation>
    </message>
</context>
<context>
    <name>TimelinePanel</name>
    <message>
        <source>Timeline</source>
        <translation>Zeitachse</translation>
    </message>
    <message>
        <source>Opening your journal…</source>
        <translation>Ihr Journal wird geöffnet…</translation>
    </message>
    <message>
        <source>Screening reviewed {day}</source>
        <translation>Anamnese geprüft am {day}</translation>
    </message>
    <message>
        <source>by {name}</source>
        <translation>von {name}</translation>
    </message>
    <message>
        <source>yes: {items}</source>
        <translation>ja: {items}</translation>
    </message>
    <message numerus="yes">
        <source>%n unknown or not asked</source>
        <translation>
            <numerusform>%n unbekannt oder nicht gefragt</numerusform>
            <numerusform>%n unbekannt oder nicht gefragt</numerusform>
        </translation>
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
<context>
    <name>ValidationWords</name>
    <message>
        <source>The session date</source>
        <translation>Sitzungsdatum</translation>
    </message>
    <message>
        <source>The date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>A lot number</source>
        <translation>Chargennummer</translation>
    </message>
    <message>
        <source>The lot number</source>
        <translation>Chargennummer</translation>
    </message>
    <message>
        <source>A product note</source>
        <translation>Produktnotiz</translation>
    </message>
    <message>
        <source>The aftercare start day</source>
        <translation>Starttag der Nachpflege</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>Schmerz</translation>
    </message>
    <message>
        <source>Downtime</source>
        <translation>Ausfallzeit</translation>
    </message>
    <message>
        <source>The texture score</source>
        <translation>Texturwert</translation>
    </message>
    <message>
        <source>The tone score</source>
        <translation>Hautton-Wert</translation>
    </message>
    <message>
        <source>Redness</source>
        <translation>Rötung</translation>
    </message>
    <message>
        <source>The notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>The note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>The adverse events</source>
        <translation>Nebenwirkungen</translation>
    </message>
    <message>
        <source>The texture note</source>
        <translation>Notiz zur Textur</translation>
    </message>
    <message>
        <source>The tone note</source>
        <translation>Notiz zum Hautton</translation>
    </message>
    <message>
        <source>The rater</source>
        <translation>Bewertet von</translation>
    </message>
    <message>
        <source>The rating note</source>
        <translation>Notiz zur Bewertung</translation>
    </message>
    <message>
        <source>The name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>The consent date</source>
        <translation>Datum der Einwilligung</translation>
    </message>
    <message>
        <source>The date of birth</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <source>The phone number</source>
        <translation>Telefonnummer</translation>
    </message>
    <message>
        <source>The e-mail address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <source>The concerns</source>
        <translation>Anliegen</translation>
    </message>
    <message>
        <source>The contraindications</source>
        <translation>Kontraindikationen</translation>
    </message>
    <message>
        <source>The needle count</source>
        <translation>Nadelanzahl</translation>
    </message>
    <message>
        <source>The device name</source>
        <translation>Gerätename</translation>
    </message>
    <message>
        <source>The cartridge</source>
        <translation>Kartusche</translation>
    </message>
    <message>
        <source>The product name</source>
        <translation>Produktname</translation>
    </message>
    <message>
        <source>The brand</source>
        <translation>Marke</translation>
    </message>
    <message>
        <source>The kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>An ingredient</source>
        <translation>Inhaltsstoff</translation>
    </message>
    <message>
        <source>Who took it</source>
        <translation>Eingeholt von</translation>
    </message>
    <message>
        <source>The reviewer</source>
        <translation>Geprüft von</translation>
    </message>
    <message>
        <source>The review date</source>
        <translation>Prüfdatum</translation>
    </message>
    <message>
        <source>The region&apos;s name</source>
        <translation>Name der Region</translation>
    </message>
    <message>
        <source>The photo date</source>
        <translation>Fotodatum</translation>
    </message>
    <message>
        <source>The expiry date</source>
        <translation>Ablaufdatum</translation>
    </message>
    <message>
        <source>The skin</source>
        <translation>Haut</translation>
    </message>
    <message>
        <source>The day after</source>
        <translation>Tage nach der Sitzung</translation>
    </message>
    <message>
        <source>The light</source>
        <translation>Licht</translation>
    </message>
    <message>
        <source>The camera</source>
        <translation>Kamera</translation>
    </message>
    <message>
        <source>client</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>skin check</source>
        <translation>Hautkontrolle</translation>
    </message>
    <message>
        <source>rating</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>consent</source>
        <translation>Einwilligung</translation>
    </message>
    <message>
        <source>The date for {item}</source>
        <translation>Datum zu {item}</translation>
    </message>
    <message>
        <source>{field}: contains bytes that are not valid text (UTF-8); type it again.</source>
        <translation>{field}: enthält Bytes, die kein gültiger Text (UTF-8) sind; bitte neu eingeben.</translation>
    </message>
    <message>
        <source>{field}: cannot contain control characters.</source>
        <translation>{field}: darf keine Steuerzeichen enthalten.</translation>
    </message>
    <message>
        <source>{field}: cannot contain a line break or control character.</source>
        <translation>{field}: darf keinen Zeilenumbruch und kein Steuerzeichen enthalten.</translation>
    </message>
    <message>
        <source>{field}: too long ({limit} characters at most).</source>
        <translation>{field}: zu lang (höchstens {limit} Zeichen).</translation>
    </message>
    <message>
        <source>{field}: must be between {lo} and {hi}.</source>
        <translation>{field}: muss zwischen {lo} und {hi} liegen.</translation>
    </message>
    <message>
        <source>{field}: cannot be negative.</source>
        <translation>{field}: darf nicht negativ sein.</translation>
    </message>
    <message>
        <source>There is no {what} with id {id}.</source>
        <translation>{what} mit der ID {id} gibt es nicht.</translation>
    </message>
    <message>
        <source>{field}: out of range.</source>
        <translation>{field}: außerhalb des gültigen Bereichs.</translation>
    </message>
    <message>
        <source>{field}: before {year}.</source>
        <translation>{field}: vor {year}.</translation>
    </message>
    <message>
        <source>{field}: in the future.</source>
        <translation>{field}: liegt in der Zukunft.</translation>
    </message>
    <message>
        <source>{field}: needs a time zone.</source>
        <translation>{field}: braucht eine Zeitzone.</translation>
    </message>
    <message>
        <source>The session date is in the future; log sessions once they are done.</source>
        <translation>Das Sitzungsdatum liegt in der Zukunft; erfassen Sie Sitzungen erst, wenn sie stattgefunden haben.</translation>
    </message>
    <message>
        <source>The skin check date is in the future.</source>
        <translation>Das Datum der Hautkontrolle liegt in der Zukunft.</translation>
    </message>
    <message>
        <source>A skin check needs at least one score or note.</source>
        <translation>Eine Hautkontrolle braucht mindestens einen Wert oder eine Notiz.</translation>
    </message>
    <message>
        <source>Add at least one treated area.</source>
        <translation>Fügen Sie mindestens eine behandelte Zone hinzu.</translation>
    </message>
    <message>
        <source>Unknown area “{value}”; choose one of: {choices}.</source>
        <translation>Unbekannte Zone „{value}“; wählen Sie eine von: {choices}.</translation>
    </message>
    <message>
        <source>Unknown indication “{value}”; choose one of: {choices}.</source>
        <translation>Unbekannte Indikation „{value}“; wählen Sie eine von: {choices}.</translation>
    </message>
    <message>
        <source>Unknown product phase “{value}”; use one of: {choices}.</source>
        <translation>Unbekannte Produktphase „{value}“; verwenden Sie eine von: {choices}.</translation>
    </message>
    <message>
        <source>Unknown endpoint “{value}” for {area}.</source>
        <translation>Unbekannter Endpunkt „{value}“ für {area}.</translation>
    </message>
    <message>
        <source>{area} is listed twice.</source>
        <translation>{area} ist doppelt aufgeführt.</translation>
    </message>
    <message>
        <source>Needle depth for {area}: at least {least} and at most {most} (got {got}).</source>
        <translation>Nadeltiefe für {area}: mindestens {least} und höchstens {most} (eingegeben: {got}).</translation>
    </message>
    <message>
        <source>Passes for {area}: at least 1.</source>
        <translation>Durchgänge für {area}: mindestens 1.</translation>
    </message>
    <message>
        <source>Passes for {area}: at most {most}.</source>
        <translation>Durchgänge für {area}: höchstens {most}.</translation>
    </message>
    <message>
        <source>A start day applies only to aftercare products.</source>
        <translation>Ein Starttag gilt nur für Produkte der Nachpflege.</translation>
    </message>
    <message>
        <source>The client needs a name.</source>
        <translation>Der Kunde braucht einen Namen.</translation>
    </message>
    <message>
        <source>Skin type must be a Fitzpatrick type from I to VI.</source>
        <translation>Der Hauttyp muss ein Fitzpatrick-Typ von I bis VI sein.</translation>
    </message>
    <message>
        <source>The age band must be one of: {choices}.</source>
        <translation>Die Altersgruppe muss eine von diesen sein: {choices}.</translation>
    </message>
    <message>
        <source>“{value}” is not a phone number: use digits, spaces and + ( ) - . / only, {least} to {most} digits (e.g. +49 170 1234567).</source>
        <translation>„{value}“ ist keine Telefonnummer: nur Ziffern, Leerzeichen und + ( ) - . / verwenden, {least} bis {most} Ziffern (z. B. +49 170 1234567).</translation>
    </message>
    <message>
        <source>“{value}” is not an e-mail address (it should look like name@example.com).</source>
        <translation>„{value}“ ist keine E-Mail-Adresse (sie sollte wie name@example.com aussehen).</translation>
    </message>
    <message>
        <source>The device needs a name.</source>
        <translation>Das Gerät braucht einen Namen.</translation>
    </message>
    <message>
        <source>Device kind must be one of: {choices}.</source>
        <translation>Die Geräteart muss eine von diesen sein: {choices}.</translation>
    </message>
    <message>
        <source>The product needs a name.</source>
        <translation>Das Produkt braucht einen Namen.</translation>
    </message>
    <message>
        <source>Unknown screening item “{value}”; use one of: {choices}.</source>
        <translation>Unbekannter Punkt „{value}“ im Anamnese-Check; verwenden Sie einen von: {choices}.</translation>
    </message>
    <message>
        <source>{item}: answered twice.</source>
        <translation>{item}: zweimal beantwortet.</translation>
    </message>
    <message>
        <source>{item}: answer yes, no or unknown (got “{value}”).</source>
        <translation>{item}: Antworten Sie mit Ja, Nein oder Unbekannt (erhalten: „{value}“).</translation>
    </message>
    <message>
        <source>{item}: takes no date; answer yes, no or unknown.</source>
        <translation>{item}: hat kein Datum; antworten Sie mit Ja, Nein oder Unbekannt.</translation>
    </message>
    <message>
        <source>{item}: a date means yes; give the date or answer no.</source>
        <translation>{item}: Ein Datum bedeutet Ja; geben Sie das Datum an oder antworten Sie mit Nein.</translation>
    </message>
    <message>
        <source>Nothing to record: give at least one answer, or renew the review.</source>
        <translation>Nichts zu erfassen: Geben Sie mindestens eine Antwort oder erneuern Sie die Prüfung.</translation>
    </message>
</context>
<context>
    <name>WhatWorked</name>
    <message>
        <source>lower is darker</source>
        <translation>niedriger ist dunkler</translation>
    </message>
    <message>
        <source>redness a*</source>
        <translation>Rötung a*</translation>
    </message>
    <message>
        <source>lower is less red</source>
        <translation>niedriger ist weniger rot</translation>
    </message>
    <message>
        <source>lower is less yellow</source>
        <translation>niedriger ist weniger gelb</translation>
    </message>
    <message>
        <source>evenness</source>
        <translation>Gleichmäßigkeit</translation>
    </message>
    <message>
        <source>lower is more even</source>
        <translation>niedriger ist gleichmäßiger</translation>
    </message>
    <message>
        <source>texture</source>
        <translation>Textur</translation>
    </message>
    <message>
        <source>lower is smoother</source>
        <translation>niedriger ist glatter</translation>
    </message>
    <message>
        <source>spot count</source>
        <translation>Anzahl der Flecken</translation>
    </message>
    <message>
        <source>lower is fewer spots</source>
        <translation>niedriger sind weniger Flecken</translation>
    </message>
    <message>
        <source>spot area %</source>
        <translation>Fleckenfläche %</translation>
    </message>
    <message>
        <source>lower is less spot area</source>
        <translation>niedriger ist weniger Fleckenfläche</translation>
    </message>
    <message>
        <source>under 0.5 mm</source>
        <translation>unter 0,5 mm</translation>
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
        <translation>Was gewirkt hat — {name}</translation>
    </message>
    <message>
        <source>How the scores and photo measures moved after sessions, by what the sessions did. Settings seen in fewer than two sessions are left out.</source>
        <translation>Wie sich Bewertungen und Fotomesswerte nach Sitzungen verändert haben, nach dem, was in den Sitzungen gemacht wurde. Einstellungen aus weniger als zwei Sitzungen sind ausgelassen.</translation>
    </message>
    <message>
        <source>Changes after sessions</source>
        <translation>Veränderungen nach Sitzungen</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>Scale or measure</source>
        <translation>Skala oder Messwert</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Mean change per session</source>
        <translation>Mittlere Veränderung pro Sitzung</translation>
    </message>
    <message>
        <source>A correlation in this journal, not proof: scores and photos also change with the season, the rest of the routine, who rated them and the light, and a few sessions can show a change by chance. Photo measures are compared only between photos under the same recorded conditions.</source>
        <translation>Ein Zusammenhang in diesem Journal, kein Beweis: Bewertungen und Fotos ändern sich auch mit der Jahreszeit, der übrigen Pflege, der bewertenden Person und dem Licht, und wenige Sitzungen können eine Veränderung zufällig zeigen. Fotomesswerte werden nur zwischen Fotos unter denselben erfassten Bedingungen verglichen.</translation>
    </message>
    <message>
        <source>Reading the journal…</source>
        <translation>Journal wird gelesen…</translation>
    </message>
    <message>
        <source>Not enough data yet: a score, or a region measured on comparable photos, before and after at least two sessions is needed.</source>
        <translation>Noch nicht genug Daten: Nötig ist eine Bewertung oder eine auf vergleichbaren Fotos gemessene Region vor und nach mindestens zwei Sitzungen.</translation>
    </message>
    <message numerus="yes">
        <source>%n before/after photo pair(s) left out: taken under other conditions or balanced differently.</source>
        <translation>
            <numerusform>%n Vorher/Nachher-Fotopaar ausgelassen: unter anderen Bedingungen aufgenommen oder anders abgeglichen.</numerusform>
            <numerusform>%n Vorher/Nachher-Fotopaare ausgelassen: unter anderen Bedingungen aufgenommen oder anders abgeglichen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WhatWorkedWords</name>
    <message>
        <source>all sessions</source>
        <translation>alle Sitzungen</translation>
    </message>
    <message>
        <source>{area}: sessions at {band}</source>
        <translation>{area}: Sitzungen mit {band}</translation>
    </message>
    <message>
        <source>sessions with {product} ({phase})</source>
        <translation>Sitzungen mit {product} ({phase})</translation>
    </message>
</context>
<context>
    <name>ZoomImage</name>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
</context>
</TS>
