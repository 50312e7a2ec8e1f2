"""Read and verify a client archive (``client_archive``) before anything is written.

Everything is checked first: the zip opens, its manifest is ours and not newer, every
member's SHA-256 and size match the manifest, nothing unlisted rides along, the records
parse, every photo decodes. A damaged or foreign archive is refused in one sentence
(``ArchiveRefused``); ``client_import`` merges what passed.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import zipfile
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path, PurePosixPath
from typing import Any

from needlejournal.guidance import ScreeningAnswer, ScreeningItem
from needlejournal.journal import archive_regions as regions_archive
from needlejournal.journal.client_archive import FORMAT, FORMAT_VERSION, MANIFEST, RECORDS
from needlejournal.journal.errors import JournalError
from needlejournal.photos.decode import inspect_image
from needlejournal.photos.rejections import PhotoRejected

CHUNK = 1 << 20


class ArchiveRefused(JournalError):
    """The archive cannot be imported; nothing was changed."""


@dataclass(frozen=True)
class VerifiedArchive:
    path: Path
    doc: dict[str, Any]


def refusal(path: Path, why: str) -> ArchiveRefused:
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
        raise refusal(path, "it is not a zip file, or it is damaged") from None
    with archive:
        try:
            manifest = json.loads(archive.read(MANIFEST))
        except KeyError:
            raise refusal(path, "it is not a NeedleJournal client export (no manifest)") from None
        except (ValueError, zipfile.BadZipFile, OSError):
            raise refusal(path, "its manifest is damaged") from None
        if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
            raise refusal(path, "it is not a NeedleJournal client export")
        version = manifest.get("format_version")
        if not isinstance(version, int) or version > FORMAT_VERSION:
            raise refusal(path, "it was written by a newer NeedleJournal; update this one first")
        members = manifest.get("members")
        if not isinstance(members, dict):
            raise refusal(path, "its manifest is damaged")
        names = set(archive.namelist()) - {MANIFEST}
        if names != set(members) or RECORDS not in names:
            raise refusal(path, "its files do not match its manifest")
        for name, expected in members.items():
            try:
                digest, size = _hash_member(archive, name)
            except (zipfile.BadZipFile, OSError, EOFError, ValueError):
                raise refusal(path, f"{name} inside it is damaged") from None
            if not isinstance(expected, dict) or (digest, size) != (
                expected.get("sha256"),
                expected.get("bytes"),
            ):
                raise refusal(path, f"{name} inside it does not match its checksum")
        try:
            doc = json.loads(archive.read(RECORDS))
        except ValueError:
            raise refusal(path, "its records are not valid JSON") from None
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise refusal(path, "its records are not a client export")
    return VerifiedArchive(path, doc)


# ---- records: JSON → drafts ------------------------------------------------------------------


def moment_from(value: Any) -> datetime:
    when = datetime.fromisoformat(value)
    if when.tzinfo is None:
        raise ValueError("a moment without a time zone")
    return when


def day_from(value: Any) -> date | None:
    return None if value is None else date.fromisoformat(value)


def check_records(v: VerifiedArchive) -> None:
    """Parse every record once before anything is written (drafts are built again later)."""
    doc = v.doc
    try:
        c = doc["client"]
        if not isinstance(c["name"], str) or not c["name"].strip():
            raise ValueError("no client name")
        day_from(c.get("consent_on"))
        day_from(c.get("birth_date"))
        for text in ("phone", "email", "age_band"):
            if not isinstance(c.get(text) or "", str):
                raise ValueError(text)
        for t in doc["treatments"]:
            moment_from(t["performed_at"])
            for a in t["areas"]:
                float(a["depth_mm"])
        for o in doc["observations"]:
            moment_from(o["observed_at"])
        for r in doc.get("ratings", ()):
            str(r["record"]), str(r["scale"]), int(r["value"])
            if not isinstance(r.get("baseline_photo") or "", str):
                raise ValueError("baseline photo")
        for p in doc["photos"]:
            moment_from(p["taken_at"])
            if not isinstance(p["sha256"], str) or not isinstance(p["file"], str):
                raise ValueError("photo entry")
        for k in doc.get("consents", []):
            day_from(k["given_on"])
            day_from(k.get("valid_until"))
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
        raise refusal(v.path, "its records are incomplete or damaged") from None


def safe_file_name(name: str, fallback: str) -> str:
    base = PurePosixPath(name.replace("\\", "/")).name.strip()
    cleaned = "".join(ch for ch in base if ch.isprintable() and ch not in "/\0")
    return cleaned[:200] or fallback


def extract_photos(v: VerifiedArchive, into: Path) -> dict[str, Path]:
    """Each photo member to its own folder under its original name; every one must decode."""
    out: dict[str, Path] = {}
    with zipfile.ZipFile(v.path) as archive:
        for i, p in enumerate(v.doc["photos"]):
            member = p["file"]
            folder = into / str(i)
            folder.mkdir()
            target = folder / safe_file_name(
                p.get("original_name") or "", PurePosixPath(member).name
            )
            try:
                with archive.open(member) as src, target.open("wb") as dst:
                    shutil.copyfileobj(src, dst, CHUNK)
            except KeyError:
                raise refusal(v.path, f"{member} is listed but missing") from None
            try:
                inspect_image(target)
            except PhotoRejected as e:
                raise refusal(v.path, f"the photo {member} is not usable ({e.message})") from None
            out[p["sha256"]] = target
    return out
