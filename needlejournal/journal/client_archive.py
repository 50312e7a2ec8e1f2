"""Export one client as a zip anyone can read: JSON of every record, CSV per table, the
original photos byte for byte, and a manifest with the SHA-256 of every member.

Layout (format "needlejournal-client", ``FORMAT_VERSION``; documented in
docs/client-export.md)::

    manifest.json          {"format", "format_version", "exported_at",
                            "members": {name: {"sha256", "bytes"}}}
    client.json            {"format", "format_version", "exported_at", "client", "devices",
                            "products", "treatments", "observations", "ratings", "photos",
                            "consents", "screening", "regions", "measures"}
    csv/<table>.csv        the same records flattened, one file per table, UTF-8 with a header
    photos/<sha256><ext>   each original as stored (named by its content hash)
    documents/<sha256><ext> each signed consent document (PDF or image), byte for byte

The zip is written to a temp file beside the target and renamed into place (all or nothing).
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import zipfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from needlejournal.durable import atomic_write
from needlejournal.journal import archive_ratings, archive_regions, screening
from needlejournal.journal.api import Journal
from needlejournal.journal.audit import Action
from needlejournal.journal.consents import list_consents
from needlejournal.journal.records import (
    ClientRecord,
    DeviceRecord,
    ObservationRecord,
    PhotoRecord,
    ProductRecord,
    TreatmentRecord,
)
from needlejournal.photos.store import PhotoStore

FORMAT = "needlejournal-client"
# 2: contact details, date of birth or age band, consents and documents; 3: photo regions and
# their measures (an older app refuses a 3 rather than silently leaving them out)
FORMAT_VERSION = 3
MANIFEST = "manifest.json"
RECORDS = "client.json"
CHUNK = 1 << 20

CSV_COLUMNS: dict[str, tuple[str, ...]] = {
    "client": (
        "name",
        "skin_type",
        "concerns",
        "contraindications",
        "consent_on",
        "birth_date",
        "age_band",
        "phone",
        "email",
        "notes",
        "archived",
    ),
    "devices": ("key", "name", "kind", "needle_count", "cartridge", "notes"),
    "products": ("key", "name", "brand", "kind", "ingredients", "notes"),
    "treatments": (
        "key",
        "performed_at",
        "device",
        "pain",
        "numbing",
        "downtime_days",
        "adverse_events",
        "notes",
        "texture_score",
        "texture_note",
        "tone_score",
        "tone_note",
    ),
    "consents": (
        "kind",
        "given_on",
        "valid_until",
        "taken_by",
        "note",
        "document",
        "document_sha256",
        "document_type",
        "document_name",
    ),
    "treatment_areas": (
        "treatment",
        "position",
        "area",
        "depth_mm",
        "passes",
        "endpoint",
        "indication",
    ),
    "product_uses": (
        "treatment",
        "position",
        "product",
        "phase",
        "lot_number",
        "note",
        "day_offset",
    ),
    "observations": (
        "key",
        "observed_at",
        "treatment",
        "texture_score",
        "tone_score",
        "redness",
        "texture_note",
        "tone_note",
        "note",
        "rater",
    ),
    "ratings": archive_ratings.CSV_COLUMNS,
    "regions": archive_regions.REGION_COLUMNS,
    "measures": archive_regions.MEASURE_COLUMNS,
    "screening": (
        "item",
        "answer",
        "item_date",
        "reviewed_on",
        "reviewer",
        "recorded_at",
    ),
    "photos": (
        "sha256",
        "file",
        "treatment",
        "role",
        "view",
        "taken_at",
        "media_type",
        "width",
        "height",
        "bytes",
        "original_name",
        "capture",
        "landmarks",
        "note",
        "share_consent",
    ),
}


@dataclass(frozen=True)
class ExportedClient:
    path: Path
    client: str
    treatments: int
    observations: int
    photos: int
    bytes: int


def _iso(value: datetime | date | None) -> str | None:
    return None if value is None else value.isoformat()


def _client(c: ClientRecord) -> dict[str, Any]:
    return {
        "name": c.name,
        "skin_type": c.skin_type,
        "concerns": c.concerns,
        "contraindications": c.contraindications,
        "consent_on": _iso(c.consent_on),
        "birth_date": _iso(c.birth_date),
        "age_band": c.age_band,
        "phone": c.phone,
        "email": c.email,
        "notes": c.notes,
        "archived": c.archived,
    }


def _device(d: DeviceRecord) -> dict[str, Any]:
    return {
        "key": f"d{d.id}",
        "name": d.name,
        "kind": d.kind,
        "needle_count": d.needle_count,
        "cartridge": d.cartridge,
        "notes": d.notes,
    }


def _product(p: ProductRecord) -> dict[str, Any]:
    return {
        "key": f"p{p.id}",
        "name": p.name,
        "brand": p.brand,
        "kind": p.kind,
        "ingredients": list(p.ingredients),
        "notes": p.notes,
    }


def _treatment(t: TreatmentRecord) -> dict[str, Any]:
    return {
        "key": f"t{t.id}",
        "performed_at": _iso(t.performed_at),
        "device": None if t.device is None else f"d{t.device.id}",
        "pain": t.pain,
        "numbing": t.numbing,
        "downtime_days": t.downtime_days,
        "adverse_events": t.adverse_events,
        "notes": t.notes,
        "texture_score": t.texture_score,
        "texture_note": t.texture_note,
        "tone_score": t.tone_score,
        "tone_note": t.tone_note,
        "areas": [
            {
                "area": a.area,
                "depth_mm": a.depth_mm,
                "passes": a.passes,
                "endpoint": a.endpoint,
                "indication": a.indication,
            }
            for a in t.areas
        ],
        "products": [
            {
                "product": f"p{u.product_id}",
                "phase": u.phase,
                "lot_number": u.lot_number,
                "note": u.note,
                "day_offset": u.day_offset,
            }
            for u in t.products
        ],
    }


def _observation(o: ObservationRecord) -> dict[str, Any]:
    return {
        "key": f"o{o.id}",
        "observed_at": _iso(o.observed_at),
        "treatment": None if o.treatment_id is None else f"t{o.treatment_id}",
        "texture_score": o.texture_score,
        "tone_score": o.tone_score,
        "redness": o.redness,
        "texture_note": o.texture_note,
        "tone_note": o.tone_note,
        "note": o.note,
        "rater": o.rater,
    }


def photo_member(sha256: str, stored: Path) -> str:
    return f"photos/{sha256}{stored.suffix.lower()}"


def _photo(p: PhotoRecord, member: str) -> dict[str, Any]:
    return {
        "sha256": p.sha256,
        "file": member,
        "treatment": None if p.treatment_id is None else f"t{p.treatment_id}",
        "role": p.role,
        "view": p.view,
        "taken_at": _iso(p.taken_at),
        "media_type": p.media_type,
        "width": p.width,
        "height": p.height,
        "bytes": p.bytes,
        "original_name": p.original_name,
        "capture": p.capture,
        "landmarks": p.landmarks,
        "note": p.note,
        "share_consent": p.share_consent,
    }


def _csv(rows: Iterable[dict[str, Any]], columns: Sequence[str]) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(columns)
    for row in rows:
        cells = []
        for c in columns:
            value = row.get(c)
            if isinstance(value, dict | list):
                value = json.dumps(value, ensure_ascii=False, sort_keys=True)
            cells.append("" if value is None else value)
        writer.writerow(cells)
    return out.getvalue().encode("utf-8")


def _csv_tables(doc: dict[str, Any]) -> dict[str, bytes]:
    areas = [
        {"treatment": t["key"], "position": i, **a}
        for t in doc["treatments"]
        for i, a in enumerate(t["areas"])
    ]
    uses = [
        {"treatment": t["key"], "position": i, **u}
        for t in doc["treatments"]
        for i, u in enumerate(t["products"])
    ]
    tables = {
        "client": [doc["client"]],
        "devices": doc["devices"],
        "products": doc["products"],
        "treatments": doc["treatments"],
        "treatment_areas": areas,
        "product_uses": uses,
        "observations": doc["observations"],
        "ratings": doc["ratings"],
        "screening": doc.get("screening", []),
        "photos": doc["photos"],
        "consents": doc["consents"],
        "regions": doc["regions"],
        "measures": doc["measures"],
    }
    return {f"csv/{name}.csv": _csv(rows, CSV_COLUMNS[name]) for name, rows in tables.items()}


def build_document(
    journal: Journal, client_id: int, now: datetime
) -> tuple[dict[str, Any], dict[str, Path]]:
    """The records as one JSON document, and the stored originals it names (member → path)."""
    timeline = journal.timeline(client_id, photos=True)
    sessions = [e for e in timeline.entries if isinstance(e, TreatmentRecord)]
    checks = [e for e in timeline.entries if isinstance(e, ObservationRecord)]
    devices = {t.device.id: t.device for t in sessions if t.device is not None}
    product_ids = sorted({u.product_id for t in sessions for u in t.products})
    products = [journal.find_product(str(pid)) for pid in product_ids]
    store = PhotoStore(journal.paths.photo_dir)
    files: dict[str, Path] = {}
    photos = []
    for p in timeline.photos:
        stored = store.find(p.sha256)
        if stored is None:
            raise FileNotFoundError(
                f"The original of photo #{p.id} is missing from the photo store; run "
                "“needlejournal check” before exporting."
            )
        member = photo_member(p.sha256, stored)
        files[member] = stored
        photos.append(_photo(p, member))
    consents = []
    for c in journal.run(lambda s: list_consents(s, client_id)):
        document: str | None = None
        if c.document_sha256 is not None:
            stored = store.find(c.document_sha256)
            if stored is None:
                raise FileNotFoundError(
                    f"The signed document of consent #{c.id} is missing from the store; run "
                    "“needlejournal check” before exporting."
                )
            document = f"documents/{c.document_sha256}{stored.suffix.lower()}"
            files[document] = stored
        consents.append(
            {
                "kind": c.kind,
                "given_on": _iso(c.given_on),
                "valid_until": _iso(c.valid_until),
                "taken_by": c.taken_by,
                "note": c.note,
                "document": document,
                "document_sha256": c.document_sha256,
                "document_type": c.document_type or None,
                "document_name": c.document_name or None,
            }
        )
    hashes = {p.id: p.sha256 for p in timeline.photos}
    regions, measures = journal.run(lambda s: archive_regions.exported(s, client_id, hashes))
    doc = {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "exported_at": now.isoformat(),
        "client": _client(timeline.client),
        "devices": [_device(d) for d in sorted(devices.values(), key=lambda d: d.id)],
        "products": [_product(p) for p in products],
        "treatments": [_treatment(t) for t in sessions],
        "observations": [_observation(o) for o in checks],
        "ratings": archive_ratings.exported(timeline.ratings, hashes),
        # The screening checklist, every version (schema 0008; absent from older archives).
        "screening": screening.archived(timeline.screening) if timeline.screening else [],
        "photos": photos,
        "consents": consents,
        # Photo regions and their measures (format 3), photos named by content hash.
        "regions": regions,
        "measures": measures,
    }
    return doc, files


class _HashingZip:
    """Members written into a zip, each hashed for the manifest as it goes."""

    def __init__(self, archive: zipfile.ZipFile) -> None:
        self.archive = archive
        self.members: dict[str, dict[str, Any]] = {}

    def add_bytes(self, name: str, data: bytes) -> None:
        self.archive.writestr(name, data, compress_type=zipfile.ZIP_DEFLATED)
        self.members[name] = {"sha256": hashlib.sha256(data).hexdigest(), "bytes": len(data)}

    def add_file(self, name: str, path: Path) -> None:
        digest, size = hashlib.sha256(), 0
        info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
        info.compress_type = zipfile.ZIP_STORED  # photos are compressed already
        with path.open("rb") as src, self.archive.open(info, "w", force_zip64=True) as dst:
            while chunk := src.read(CHUNK):
                digest.update(chunk)
                size += len(chunk)
                dst.write(chunk)
        self.members[name] = {"sha256": digest.hexdigest(), "bytes": size}


def export_client(
    journal: Journal, client_id: int, target: Path, *, now: datetime | None = None
) -> ExportedClient:
    """Write the client's archive to ``target`` atomically."""
    when = now or datetime.now(UTC)
    doc, files = build_document(journal, client_id, when)
    with atomic_write(target, suffix=".zip") as handle, zipfile.ZipFile(handle, "w") as archive:
        z = _HashingZip(archive)
        z.add_bytes(RECORDS, json.dumps(doc, ensure_ascii=False, indent=2).encode("utf-8"))
        for name, data in _csv_tables(doc).items():
            z.add_bytes(name, data)
        for member, path in files.items():
            z.add_file(member, path)
        manifest = {
            "format": FORMAT,
            "format_version": FORMAT_VERSION,
            "exported_at": when.isoformat(),
            "members": z.members,
        }
        archive.writestr(
            MANIFEST, json.dumps(manifest, indent=2), compress_type=zipfile.ZIP_DEFLATED
        )
    target.chmod(0o600)
    journal.record(
        Action.EXPORTED,
        client_id=client_id,
        kind="client",
        record_id=client_id,
        details={"format": FORMAT, "photos": len(files), "sessions": len(doc["treatments"])},
    )
    return ExportedClient(
        path=target,
        client=doc["client"]["name"],
        treatments=len(doc["treatments"]),
        observations=len(doc["observations"]),
        photos=len(files),
        bytes=target.stat().st_size,
    )
