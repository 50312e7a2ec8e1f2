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
The records' fields and CSV tables are ``journal.archive_tables``'.
"""

from __future__ import annotations

import hashlib
import json
import zipfile
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from needlejournal.durable import atomic_write
from needlejournal.journal import archive_ratings, archive_regions, screening
from needlejournal.journal.api import Journal
from needlejournal.journal.archive_tables import (
    client_fields,
    csv_tables,
    device_fields,
    iso,
    observation_fields,
    photo_fields,
    photo_member,
    product_fields,
    treatment_fields,
)
from needlejournal.journal.audit import Action
from needlejournal.journal.consents import list_consents
from needlejournal.journal.records import ObservationRecord, TreatmentRecord
from needlejournal.photos.store import PhotoStore

FORMAT = "needlejournal-client"
# 2: contact details, date of birth or age band, consents and documents; 3: photo regions and
# their measures (an older app refuses a 3 rather than silently leaving them out)
FORMAT_VERSION = 3
MANIFEST = "manifest.json"
RECORDS = "client.json"
CHUNK = 1 << 20


@dataclass(frozen=True)
class ExportedClient:
    path: Path
    client: str
    treatments: int
    observations: int
    photos: int
    bytes: int


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
        photos.append(photo_fields(p, member))
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
                "given_on": iso(c.given_on),
                "valid_until": iso(c.valid_until),
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
        "client": client_fields(timeline.client),
        "devices": [device_fields(d) for d in sorted(devices.values(), key=lambda d: d.id)],
        "products": [product_fields(p) for p in products],
        "treatments": [treatment_fields(t) for t in sessions],
        "observations": [observation_fields(o) for o in checks],
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
        for name, data in csv_tables(doc).items():
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
