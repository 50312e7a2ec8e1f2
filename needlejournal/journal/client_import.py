"""Import a client archive (``client_archive``) into this journal, merging, never duplicating.

Everything is checked before anything changes (``archive_reading``): the zip opens, its
manifest is ours and not newer, every member's SHA-256 and size match the manifest, nothing
unlisted rides along, the records parse, every photo decodes. A damaged or foreign archive
is refused in one sentence.

Merging: the client is matched by name (ignoring case), devices and products by name,
sessions by their moment, skin checks by theirs, photos by content hash (the store keeps one
copy of the bytes, and a client never gets the same photo twice). So importing the same
archive again adds nothing. The records go in one unit of work; then each new photo goes
through the crash-safe import path, so an interrupted import is finished by running it again.
"""

from __future__ import annotations

import shutil
import tempfile
import zipfile
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path, PurePosixPath
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from needlejournal.db import models as m
from needlejournal.journal import archive_ratings, library, screening, settings, treatments
from needlejournal.journal import archive_regions as regions_archive
from needlejournal.journal import clients as client_cases
from needlejournal.journal.api import Journal
from needlejournal.journal.archive_reading import (
    CHUNK,
    ArchiveRefused,
    VerifiedArchive,
    check_records,
    day_from,
    extract_photos,
    moment_from,
    refusal,
    safe_file_name,
    verify_archive,
)
from needlejournal.journal.audit import Action
from needlejournal.journal.records import (
    AreaDraft,
    ClientDraft,
    DeviceDraft,
    ObservationDraft,
    PhotoDraft,
    PhotoEdit,
    ProductDraft,
    ProductUseDraft,
    TreatmentDraft,
)

# Reading and verifying moved to ``archive_reading``; importable from here as before.
__all__ = [
    "CHUNK",
    "ArchiveRefused",
    "ImportReport",
    "VerifiedArchive",
    "import_client",
    "verify_archive",
]

# What an import counts as added; the records, photos and regions it finds already in
# the journal are counted apart, so a second import of the same archive reports 0 added.
_FOUND = ("treatments", "observations", "photos", "consents", "regions")
_ADDED = ("devices", "products", *_FOUND, "measures")


@dataclass
class ImportReport:
    client_id: int = 0
    client: str = ""
    created_client: bool = False
    added: dict[str, int] = field(default_factory=lambda: dict.fromkeys(_ADDED, 0))
    already_there: dict[str, int] = field(default_factory=lambda: dict.fromkeys(_FOUND, 0))

    @property
    def added_anything(self) -> bool:
        return any(self.added.values()) or self.created_client


def _find_client(s: Session, name: str) -> m.Client | None:
    found = s.scalars(
        select(m.Client).where(func.lower(m.Client.name) == name.strip().lower())
    ).all()
    if len(found) > 1:
        raise ArchiveRefused(
            f"Several clients here are called “{name}”, so the import cannot tell which one to "
            "merge into; nothing was changed."
        )
    return found[0] if found else None


def _merge_records(s: Session, doc: dict[str, Any], report: ImportReport) -> dict[str, int]:
    """Client, library entries, sessions and skin checks; returns session key → id here."""
    c = doc["client"]
    row = _find_client(s, c["name"])
    if row is None:
        record = client_cases.save_client(
            s,
            ClientDraft(
                name=c["name"],
                skin_type=c.get("skin_type"),
                concerns=c.get("concerns", ""),
                contraindications=c.get("contraindications", ""),
                consent_on=day_from(c.get("consent_on")),
                notes=c.get("notes", ""),
                archived=bool(c.get("archived", False)),
                birth_date=day_from(c.get("birth_date")),
                age_band=c.get("age_band") or None,
                phone=c.get("phone") or "",
                email=c.get("email") or "",
            ),
        )
        report.created_client = True
        client_id = record.id
        if settings.get_mode(s) != "clinic":
            settings.set_mode(s, "clinic")
    else:
        client_id = row.id
    report.client_id, report.client = client_id, c["name"]

    devices: dict[str, int] = {}
    for d in doc["devices"]:
        hit = s.scalars(
            select(m.Device.id).where(func.lower(m.Device.name) == d["name"].strip().lower())
        ).first()
        if hit is None:
            hit = library.save_device(
                s,
                DeviceDraft(
                    d["name"],
                    d["kind"],
                    d.get("needle_count"),
                    d.get("cartridge", ""),
                    d.get("notes", ""),
                ),
            ).id
            report.added["devices"] += 1
        devices[d["key"]] = hit
    products: dict[str, int] = {}
    for p in doc["products"]:
        hit = s.scalars(
            select(m.Product.id).where(func.lower(m.Product.name) == p["name"].strip().lower())
        ).first()
        if hit is None:
            hit = library.save_product(
                s,
                ProductDraft(
                    p["name"],
                    p.get("brand", ""),
                    p.get("kind", "serum"),
                    tuple(p.get("ingredients", ())),
                    p.get("notes", ""),
                ),
            ).id
            report.added["products"] += 1
        products[p["key"]] = hit

    existing_sessions = {
        when: tid
        for tid, when in s.execute(
            select(m.Treatment.id, m.Treatment.performed_at).where(
                m.Treatment.client_id == client_id
            )
        )
    }
    sessions: dict[str, int] = {}
    for t in doc["treatments"]:
        when = moment_from(t["performed_at"])
        if when in existing_sessions:
            sessions[t["key"]] = existing_sessions[when]
            report.already_there["treatments"] += 1
            continue
        draft = TreatmentDraft(
            client_id=client_id,
            performed_at=when,
            areas=tuple(
                AreaDraft(
                    a["area"],
                    float(a["depth_mm"]),
                    a.get("passes"),
                    a.get("endpoint", "none"),
                    a.get("indication", "general"),
                )
                for a in t["areas"]
            ),
            device_id=devices.get(t["device"]) if t.get("device") else None,
            products=tuple(
                ProductUseDraft(
                    products[u["product"]],
                    u["phase"],
                    u.get("lot_number", ""),
                    u.get("note", ""),
                    u.get("day_offset"),
                )
                for u in t["products"]
            ),
            pain=t.get("pain"),
            numbing=bool(t.get("numbing", False)),
            downtime_days=t.get("downtime_days"),
            adverse_events=t.get("adverse_events", ""),
            notes=t.get("notes", ""),
            texture_note=t.get("texture_note", ""),
            texture_score=t.get("texture_score"),
            tone_note=t.get("tone_note", ""),
            tone_score=t.get("tone_score"),
            ratings=archive_ratings.drafts_for(doc, t["key"], ""),
        )
        saved = treatments.save_treatment(s, draft)
        sessions[t["key"]] = saved.treatment.id
        existing_sessions[when] = saved.treatment.id
        report.added["treatments"] += 1

    seen_checks = set(
        s.scalars(select(m.Observation.observed_at).where(m.Observation.client_id == client_id))
    )
    for o in doc["observations"]:
        when = moment_from(o["observed_at"])
        if when in seen_checks:
            report.already_there["observations"] += 1
            continue
        treatments.save_observation(
            s,
            ObservationDraft(
                client_id=client_id,
                observed_at=when,
                texture_score=o.get("texture_score"),
                tone_score=o.get("tone_score"),
                redness=o.get("redness"),
                texture_note=o.get("texture_note", ""),
                tone_note=o.get("tone_note", ""),
                note=o.get("note", ""),
                rater=o.get("rater", ""),
                treatment_id=sessions.get(o["treatment"]) if o.get("treatment") else None,
                ratings=archive_ratings.drafts_for(doc, o["key"], o.get("rater", "")),
            ),
        )
        seen_checks.add(when)
        report.added["observations"] += 1
    # The screening checklist (older archives have none): answers not held here yet are added.
    screening.merge_archived(s, client_id, doc.get("screening", []))
    return sessions


def _merge_consents(
    journal: Journal, v: VerifiedArchive, scratch: Path, report: ImportReport
) -> None:
    """Consents not here yet (same kind, date and taker), each with its document (stored
    by the same crash-safe path as a new one; the store keeps one copy of any bytes)."""
    from needlejournal.journal.consents import ConsentDraft, list_consents, save_consent

    here = {
        (c.kind, c.given_on, c.taken_by.casefold())
        for c in journal.run(lambda s: list_consents(s, report.client_id))
    }
    folder = scratch / "documents"
    folder.mkdir()
    with zipfile.ZipFile(v.path) as archive:
        for i, k in enumerate(v.doc.get("consents", [])):
            given = date.fromisoformat(k["given_on"])
            key = (k["kind"], given, str(k.get("taken_by") or "").casefold())
            if key in here:
                report.already_there["consents"] += 1
                continue
            document: Path | None = None
            if k.get("document"):
                name = safe_file_name(
                    k.get("document_name") or "", PurePosixPath(k["document"]).name
                )
                (folder / str(i)).mkdir()
                document = folder / str(i) / name
                try:
                    with archive.open(k["document"]) as src, document.open("wb") as dst:
                        shutil.copyfileobj(src, dst, CHUNK)
                except KeyError:
                    raise refusal(v.path, f"{k['document']} is listed but missing") from None
            save_consent(
                journal,
                ConsentDraft(
                    client_id=report.client_id,
                    kind=k["kind"],
                    given_on=given,
                    taken_by=str(k.get("taken_by") or ""),
                    valid_until=day_from(k.get("valid_until")),
                    note=str(k.get("note") or ""),
                ),
                document,
            )
            here.add(key)
            report.added["consents"] += 1


def import_client(
    journal: Journal, path: Path, *, verified: VerifiedArchive | None = None
) -> ImportReport:
    """Verify (unless ``verified`` is that check's result for ``path``), then merge the
    archive's client into ``journal``; returns what was added."""
    from needlejournal.journal.photos import PhotoLibrary

    if verified is None or verified.path != path:
        verified = verify_archive(path)
    check_records(verified)
    report = ImportReport()
    scratch = Path(tempfile.mkdtemp(prefix=".client-import-", dir=journal.paths.data_dir))
    try:
        extracted = extract_photos(verified, scratch)
        sessions = journal.run(lambda s: _merge_records(s, verified.doc, report))
        have = set(
            journal.run(
                lambda s: s.scalars(
                    select(m.Photo.sha256).where(m.Photo.client_id == report.client_id)
                ).all()
            )
        )
        photos = PhotoLibrary(journal)
        for p in verified.doc["photos"]:
            if p["sha256"] in have:
                report.already_there["photos"] += 1
                continue
            treatment_id = sessions.get(p["treatment"]) if p.get("treatment") else None
            draft = PhotoDraft(
                client_id=report.client_id,
                role=p["role"] if treatment_id is not None else "progress",
                view=p.get("view", "front"),
                treatment_id=treatment_id,
                capture=dict(p.get("capture") or {}),
                note=p.get("note", ""),
            )
            imported = photos.import_one(extracted[p["sha256"]], draft)
            stored = PhotoEdit.of(photos.get(imported.id))
            landmarks = p.get("landmarks") or stored.landmarks
            share = p.get("share_consent")
            photos.update(
                replace(
                    stored,
                    taken_at=moment_from(p["taken_at"]),
                    landmarks=landmarks,
                    share_consent=share if isinstance(share, bool) else None,
                )
            )
            have.add(p["sha256"])
            report.added["photos"] += 1
        journal.run(
            lambda s: archive_ratings.link_baselines(s, report.client_id, verified.doc, sessions)
        )
        regions = journal.run(lambda s: regions_archive.merge(s, report.client_id, verified.doc))
        report.added["regions"], report.already_there["regions"] = regions[0], regions[1]
        report.added["measures"] = regions[2]
        _merge_consents(journal, verified, scratch, report)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    journal.record(
        Action.IMPORTED,
        client_id=report.client_id,
        kind="client",
        record_id=report.client_id,
        details={"added": dict(report.added)},
    )
    return report
