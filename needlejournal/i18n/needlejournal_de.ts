<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>ClientDialog</name>
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
        <source>Archived: off the client list and the due view, still found by a search</source>
        <translation>Archiviert: nicht in der Kundenliste und der Fälligkeitsansicht, aber über die Suche auffindbar</translation>
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
    <name>LotDialog</name>
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
</context>
</TS>
