<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>ClientDialog</name>
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
        <source>Archived: off the client list and the due view, still found by a search</source>
        <translation>Archivado: fuera de la lista de clientes y de la vista de citas pendientes, pero se encuentra al buscar</translation>
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
    <name>LotDialog</name>
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
</context>
</TS>
