<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AuditDialog</name>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n line</numerusform>
            <numerusform>%n lines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The audit trail is intact: %n line(s) verified.</source>
        <translation>
            <numerusform>The audit trail is intact: %n line verified.</numerusform>
            <numerusform>The audit trail is intact: %n lines verified.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n line(s) to {file}.</source>
        <translation>
            <numerusform>Wrote %n line to {file}.</numerusform>
            <numerusform>Wrote %n lines to {file}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupActions</name>
    <message numerus="yes">
        <source>%n day(s) ago ({date})</source>
        <translation>
            <numerusform>%n day ago ({date})</numerusform>
            <numerusform>%n days ago ({date})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> — older than %n day(s), back up soon</source>
        <translation>
            <numerusform> — older than %n day, back up soon</numerusform>
            <numerusform> — older than %n days, back up soon</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Backed up %n photo(s) to {file} (verified).</source>
        <translation>
            <numerusform>Backed up %n photo to {file} (verified).</numerusform>
            <numerusform>Backed up %n photos to {file} (verified).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchTable</name>
    <message numerus="yes">
        <source>Taken %n day(s) from the session&apos;s date.</source>
        <translation>
            <numerusform>Taken %n day from the session&apos;s date.</numerusform>
            <numerusform>Taken %n days from the session&apos;s date.</numerusform>
        </translation>
    </message>
</context>
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
    <name>ClientDataActions</name>
    <message numerus="yes">
        <source>Exported {name} (%n photo(s)) to {path}.</source>
        <translation>
            <numerusform>Exported {name} (%n photo) to {path}.</numerusform>
            <numerusform>Exported {name} (%n photos) to {path}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClientDialog</name>
    <message numerus="yes">
        <source>%n other clients are already called “{name}”.</source>
        <translation>
            <numerusform>%n other client is already called “{name}”.</numerusform>
            <numerusform>%n other clients are already called “{name}”.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClientListPanel</name>
    <message numerus="yes">
        <source>{shown} of %n client(s)</source>
        <translation>
            <numerusform>{shown} of %n client</numerusform>
            <numerusform>{shown} of %n clients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} (%n archived)</source>
        <translation>
            <numerusform>{count} (%n archived)</numerusform>
            <numerusform>{count} (%n archived)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n client(s)</source>
        <translation>
            <numerusform>%n client</numerusform>
            <numerusform>%n clients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} · %n archived (a search finds them)</source>
        <translation>
            <numerusform>{count} · %n archived (a search finds it)</numerusform>
            <numerusform>{count} · %n archived (a search finds them)</numerusform>
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
    <name>GalleryPanel</name>
    <message numerus="yes">
        <source>Imported %n photo(s)</source>
        <translation>
            <numerusform>Imported %n photo</numerusform>
            <numerusform>Imported %n photos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n not imported.</source>
        <translation>
            <numerusform>; %n not imported.</numerusform>
            <numerusform>; %n not imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete these %n photos? You can undo this until you close NeedleJournal.</source>
        <translation>
            <numerusform>Delete these %n photos? You can undo this until you close NeedleJournal.</numerusform>
            <numerusform>Delete these %n photos? You can undo this until you close NeedleJournal.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GalleryView</name>
    <message numerus="yes">
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n photo</numerusform>
            <numerusform>%n photos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GuidanceDialog</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GuidanceWords</name>
    <message numerus="yes">
        <source>%Ln month(s)</source>
        <translation>
            <numerusform>%Ln month</numerusform>
            <numerusform>%Ln months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s)</source>
        <translation>
            <numerusform>%Ln item</numerusform>
            <numerusform>%Ln items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln day</numerusform>
            <numerusform>%Ln days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Screening: %Ln item(s) unknown or not asked — {items}.</source>
        <translation>
            <numerusform>Screening: %Ln item unknown or not asked — {items}.</numerusform>
            <numerusform>Screening: %Ln items unknown or not asked — {items}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message numerus="yes">
        <source>%n photo(s) to add to {name}. Each photo&apos;s role and view are guessed from when and how it was taken: check them below. The rest applies to all of them.</source>
        <translation>
            <numerusform>%n photo to add to {name}. Its role and view are guessed from when and how it was taken: check them below. The rest applies to it.</numerusform>
            <numerusform>%n photos to add to {name}. Each photo&apos;s role and view are guessed from when and how it was taken: check them below. The rest applies to all of them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n photo(s) taken far from this session&apos;s date ({day}): {names}. Is this the right session?</source>
        <translation>
            <numerusform>⚠ %n photo taken far from this session&apos;s date ({day}): {names}. Is this the right session?</numerusform>
            <numerusform>⚠ %n photos taken far from this session&apos;s date ({day}): {names}. Is this the right session?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportProgressDialog</name>
    <message numerus="yes">
        <source>Importing %n photo(s)…</source>
        <translation>
            <numerusform>Importing %n photo…</numerusform>
            <numerusform>Importing %n photos…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportSummary</name>
    <message numerus="yes">
        <source>Imported %n photo(s).</source>
        <translation>
            <numerusform>Imported %n photo.</numerusform>
            <numerusform>Imported %n photos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in the journal and linked.</source>
        <translation>
            <numerusform>%n was already in the journal and linked.</numerusform>
            <numerusform>%n were already in the journal and linked.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not imported:</source>
        <translation>
            <numerusform>%n not imported:</numerusform>
            <numerusform>%n not imported:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LotDialog</name>
    <message numerus="yes">
        <source>%n use(s)</source>
        <translation>
            <numerusform>%n use</numerusform>
            <numerusform>%n uses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n client(s)</source>
        <translation>
            <numerusform>%n client</numerusform>
            <numerusform>%n clients</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Measuring</name>
    <message numerus="yes">
        <source>Measured on %n photo(s).</source>
        <translation>
            <numerusform>Measured on %n photo.</numerusform>
            <numerusform>Measured on %n photos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProductLots</name>
    <message numerus="yes">
        <source>Expires soon: in %n day(s)</source>
        <translation>
            <numerusform>Expires soon: in %n day</numerusform>
            <numerusform>Expires soon: in %n days</numerusform>
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
<context>
    <name>SessionDialog</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionPhotoStrip</name>
    <message numerus="yes">
        <source>%n photo(s) of this session</source>
        <translation>
            <numerusform>%n photo of this session</numerusform>
            <numerusform>%n photos of this session</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelinePanel</name>
    <message numerus="yes">
        <source>%n unknown or not asked</source>
        <translation>
            <numerusform>%n unknown or not asked</numerusform>
            <numerusform>%n unknown or not asked</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WhatWorkedDialog</name>
    <message numerus="yes">
        <source>%n before/after photo pair(s) left out: taken under other conditions or balanced differently.</source>
        <translation>
            <numerusform>%n before/after photo pair left out: taken under other conditions or balanced differently.</numerusform>
            <numerusform>%n before/after photo pairs left out: taken under other conditions or balanced differently.</numerusform>
        </translation>
    </message>
</context>
</TS>
