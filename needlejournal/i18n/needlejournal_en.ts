<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ChosenPhotosBar</name>
    <message numerus="yes">
        <source>%n photo(s) chosen.</source>
        <translation>
            <numerusform>%n photo chosen.</numerusform>
            <numerusform>%n photos chosen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClinicActions</name>
    <message numerus="yes">
        <source>Saved {name}&apos;s report (%n page(s)) to {path}.</source>
        <translation>
            <numerusform>Saved {name}&apos;s report (%n page) to {path}.</numerusform>
            <numerusform>Saved {name}&apos;s report (%n pages) to {path}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CountedWords</name>
    <message numerus="yes">
        <source>%n pass(es)</source>
        <translation>
            <numerusform>%n pass</numerusform>
            <numerusform>%n passes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n session</numerusform>
            <numerusform>%n sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>downtime %n day(s)</source>
        <translation>
            <numerusform>downtime %n day</numerusform>
            <numerusform>downtime %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) downtime</source>
        <translation>
            <numerusform>%n day downtime</numerusform>
            <numerusform>%n days downtime</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n needle(s)</source>
        <translation>
            <numerusform>%n needle</numerusform>
            <numerusform>%n needles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DueDialog</name>
    <message numerus="yes">
        <source>%n due, {overdue} overdue. Click a row to open that client.</source>
        <translation>
            <numerusform>%n due, {overdue} overdue. Click a row to open that client.</numerusform>
            <numerusform>%n due, {overdue} overdue. Click a row to open that client.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %n event(s) to {path}.</source>
        <translation>
            <numerusform>Saved %n event to {path}.</numerusform>
            <numerusform>Saved %n events to {path}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DueModel</name>
    <message numerus="yes">
        <source>{due} (overdue %n day(s))</source>
        <translation>
            <numerusform>{due} (overdue %n day)</numerusform>
            <numerusform>{due} (overdue %n days)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%n client(s)</source>
        <translation>
            <numerusform>%n client</numerusform>
            <numerusform>%n clients</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProgressHeader</name>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n session</numerusform>
            <numerusform>%n sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n week</numerusform>
            <numerusform>%n weeks</numerusform>
        </translation>
    </message>
</context>
</TS>
