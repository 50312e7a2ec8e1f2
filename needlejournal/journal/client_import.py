"""Import a client archive (``client_archive``) into this journal, merging, never duplicating.

Everything is checked before anything changes: the zip opens, its manifest is ours and not
newer, every member's SHA-256 and size match the manifest, nothing unlisted rides along, the
records parse, every photo decodes. A damaged or foreign archive is refused in one sentence.

Merging: the client is matched by name (ignoring case), devices and products by name,
sessions by their moment, skin checks by theirs, photos by content hash (the store keeps one
copy of the bytes, and a client never gets the same photo twice). So importing the same
archive again adds nothing. The records go in one unit of work; then each new photo goes
through the crash-safe import path, so an interrupted import is finished by running it again.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import tempfile
import zipfile
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from pathlib import Path, PurePosixPath
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from needlejournal.db import models as m
from needlejournal.guidance import ScreeningAnswer, ScreeningItem
from needlejournal.journal import archive_ratings, library, screening, settings, treatments
from needlejournal.journal import archive_regions as regions_archive
from needlejournal.journal import clients as client_cases
from needlejournal.journal.api import Journal
from needlejournal.journal.audit import Action
from needlejournal.journal.client_archive import FORMAT, FORMAT_VERSION, MANIFEST, RECORDS
from needlejournal.journal.errors import JournalError
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
from needlejournal.photos.decode import inspect_image
from needlejournal.photos.rejections import PhotoRejected

CHUNK = 1 << 20


class ArchiveRefused(JournalError):
    """The archive cannot be imported; nothing was changed."""


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


@dataclass(frozen=True)
class VerifiedArchive:
    path: Path
    doc: dict[str, Any]


def _refuse(path: Path, why: str) -> ArchiveRefused:
    return ArchiveRefused(f"{path.name} cannot be imported: {why}; nothing was changed.")


def _hash_member(archive: zipfile.ZipFile, name: str) -> tuple[str, int]:
    digest, size = hashlib.sha256(), 0
    with archive.open(name) as f:
        while chunk := f.read(CHUNK):
            digest.update(chunk)
            size += len(chunk)
    return digest.hexdigest(), size


def verify_archive(path: Path) -> VerifiedArchive:
    """Open and check the whole archive; ``ArchiveRefused`` with one sentence otherwise."""
    try:
        archive = zipfile.ZipFile(path)
    except FileNotFoundError:
        raise ArchiveRefused(f"There is no file {path}.") from None
    except (zipfile.BadZipFile, OSError, ValueError):
        raise _refuse(path, "it is not a zip file, or it is damaged") from None
    with archive:
        try:
            manifest = json.loads(archive.read(MANIFEST))
        except KeyError:
            raise _refuse(path, "it is not a NeedleJournal client export (no manifest)") from None
        except (ValueError, zipfile.BadZipFile, OSError):
            raise _refuse(path, "its manifest is damaged") from None
        if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
            raise _refuse(path, "it is not a NeedleJournal client export")
        version = manifest.get("format_version")
        if not isinstance(version, int) or version > FORMAT_VERSION:
            raise _refuse(path, "it was written by a newer NeedleJournal; update this one first")
        members = manifest.get("members")
        if not isinstance(members, dict):
            raise _refuse(path, "its manifest is damaged")
        names = set(archive.namelist()) - {MANIFEST}
        if names != set(members) or RECORDS not in names:
            raise _refuse(path, "its files do not match its manifest")
        for name, expected in members.items():
            try:
                digest, size = _hash_member(archive, name)
            except (zipfile.BadZipFile, OSError, EOFError, ValueError):
                raise _refuse(path, f"{name} inside it is damaged") from None
            if not isinstance(expected, dict) or (digest, size) != (
                expected.get("sha256"),
                expected.get("bytes"),
            ):
                raise _refuse(path, f"{name} inside it does not match its checksum")
        try:
            doc = json.loads(archive.read(RECORDS))
        except ValueError:
            raise _refuse(path, "its records are not valid JSON") from None
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise _refuse(path, "its records are not a client export")
    return VerifiedArchive(path, doc)


# ---- records: JSON → drafts ------------------------------------------------------------------


def _when(value: Any) -> datetime:
    when = datetime.fromisoformat(value)
    if when.tzinfo is None:
        raise ValueError("a moment without a time zone")
    return when


def _day(value: Any) -> date | None:
    return None if value is None else date.fromisoformat(value)


def _check_shapes(v: VerifiedArchive) -> None:
    """Parse every record once before anything is written (drafts are built again later)."""
    doc = v.doc
    try:
        c = doc["client"]
        if not isinstance(c["name"], str) or not c["name"].strip():
            raise ValueError("no client name")
        _day(c.get("consent_on"))
        _day(c.get("birth_date"))
        for text in ("phone", "email", "age_band"):
            if not isinstance(c.get(text) or "", str):
                raise ValueError(text)
        for t in doc["treatments"]:
            _when(t["performed_at"])
            for a in t["areas"]:
                float(a["depth_mm"])
        for o in doc["observations"]:
            _when(o["observed_at"])
        for r in doc.get("ratings", ()):
            str(r["record"]), str(r["scale"]), int(r["value"])
            if not isinstance(r.get("baseline_photo") or "", str):
                raise ValueError("baseline photo")
        for p in doc["photos"]:
            _when(p["taken_at"])
            if not isinstance(p["sha256"], str) or not isinstance(p["file"], str):
                raise ValueError("photo entry")
        for k in doc.get("consents", []):
            _day(k["given_on"])
            _day(k.get("valid_until"))
            if k.get("document") is not None and not isinstance(k["document"], str):
                raise ValueError("consent document")
        for d in doc["devices"]:
            str(d["name"])
        for p in doc["products"]:
            str(p["name"])
        regions_archive.check(doc)
        for e in doc.get("screening", []):
            if not ScreeningItem.has(e["item"]) or not ScreeningAnswer.has(e["answer"]):
                raise ValueError("screening entry")
            date.fromisoformat(e["reviewed_on"])
            if e.get("item_date"):
                date.fromisoformat(e["item_date"])
            datetime.fromisoformat(e["recorded_at"])
    except (KeyError, TypeError, ValueError, AttributeError):
        raise _refuse(v.path, "its records are incomplete or damaged") from None


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
                consent_on=_day(c.get("consent_on")),
                notes=c.get("notes", ""),
                archived=bool(c.get("archived", False)),
                birth_date=_day(c.get("birth_date")),
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
        when = _when(t["performed_at"])
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
        when = _when(o["observed_at"])
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


def _safe_name(name: str, fallback: str) -> str:
    base = PurePosixPath(name.replace("\\", "/")).name.strip()
    cleaned = "".join(ch for ch in base if ch.isprintable() and ch not in "/\0")
    return cleaned[:200] or fallback


def _extract_photos(v: VerifiedArchive, into: Path) -> dict[str, Path]:
    """Each photo member to its own folder under its original name; every one must decode."""
    out: dict[str, Path] = {}
    with zipfile.ZipFile(v.path) as archive:
        for i, p in enumerate(v.doc["photos"]):
            member = p["file"]
            folder = into / str(i)
            folder.mkdir()
            target = folder / _safe_name(p.get("original_name") or "", PurePosixPath(member).name)
            try:
                with archive.open(member) as src, target.open("wb") as dst:
                    shutil.copyfileobj(src, dst, CHUNK)
            except KeyError:
                raise _refuse(v.path, f"{member} is listed but missing") from None
            try:
                inspect_image(target)
            except PhotoRejected as e:
                raise _refuse(v.path, f"the photo {member} is not usable ({e.message})") from None
            out[p["sha256"]] = target
    return out


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
                name = _safe_name(k.get("document_name") or "", PurePosixPath(k["document"]).name)
                (folder / str(i)).mkdir()
                document = folder / str(i) / name
                try:
                    with archive.open(k["document"]) as src, document.open("wb") as dst:
                        shutil.copyfileobj(src, dst, CHUNK)
                except KeyError:
                    raise _refuse(v.path, f"{k['document']} is listed but missing") from None
            save_consent(
                journal,
                ConsentDraft(
                    client_id=report.client_id,
                    kind=k["kind"],
                    given_on=given,
                    taken_by=str(k.get("taken_by") or ""),
                    valid_until=_day(k.get("valid_until")),
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
    _check_shapes(verified)
    report = ImportReport()
    scratch = Path(tempfile.mkdtemp(prefix=".client-import-", dir=journal.paths.data_dir))
    try:
        extracted = _extract_photos(verified, scratch)
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
                    taken_at=_when(p["taken_at"]),
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
