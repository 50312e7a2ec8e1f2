"""The manifest of a backup archive: what it holds, and the SHA-256 of every file.

``manifest.json`` (the archive's last member) names the format and its version, the app and
schema revision that wrote it, row counts, and for each file its size and SHA-256. Photos live
either inside the archive (``photos_in = "archive"``, a self-contained ``backup FILE.zip``) or
in the content-addressed ``photos/`` folder beside it (``"folder"``, the automatic backups, so
an unchanged photo is stored once for every archive). Names are checked against a strict
pattern, so a manifest can never point outside its archive or folder (``../x``).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Literal

from needlejournal.backup.errors import ArchiveRefused

FORMAT = "needlejournal-backup"
FORMAT_VERSION = 1
MANIFEST_NAME = "manifest.json"
DB_NAME = "journal.sqlite3"
MAX_MANIFEST_BYTES = 64 * 1024 * 1024  # ≈ 400,000 photos; a larger one is not ours
PHOTO_SUFFIXES = (".jpg", ".png", ".webp", ".heic", ".heif")
_PHOTO_NAME = re.compile(r"photos/([0-9a-f]{2})/(\1[0-9a-f]{62})(\.[a-z]{3,4})")
_SHA256 = re.compile(r"[0-9a-f]{64}")

PhotosIn = Literal["archive", "folder"]


@dataclass(frozen=True, slots=True)
class Entry:
    sha256: str
    size: int


@dataclass(frozen=True)
class Manifest:
    created_at: datetime
    app_version: str
    schema_revision: str | None
    photos_in: PhotosIn
    files: dict[str, Entry]  # DB_NAME and photos/ab/<sha>.<ext>
    counts: dict[str, int] = field(default_factory=dict)
    format_version: int = FORMAT_VERSION

    @property
    def photos(self) -> dict[str, Entry]:
        return {name: e for name, e in self.files.items() if name != DB_NAME}

    @property
    def total_bytes(self) -> int:
        return sum(e.size for e in self.files.values())

    def to_json(self) -> bytes:
        doc: dict[str, Any] = {
            "format": FORMAT,
            "format_version": self.format_version,
            "created_at": self.created_at.isoformat(),
            "app_version": self.app_version,
            "schema_revision": self.schema_revision,
            "photos_in": self.photos_in,
            "counts": self.counts,
            "files": {n: {"sha256": e.sha256, "size": e.size} for n, e in self.files.items()},
        }
        return json.dumps(doc, sort_keys=True, separators=(",", ":")).encode()

    @classmethod
    def from_json(cls, raw: bytes) -> Manifest:
        """Parse and validate; anything unexpected is refused with one sentence."""
        try:
            doc = json.loads(raw)
        except (UnicodeDecodeError, json.JSONDecodeError):
            raise _foreign("its manifest is not readable") from None
        if not isinstance(doc, dict) or doc.get("format") != FORMAT:
            raise _foreign("it has no NeedleJournal manifest")
        version = doc.get("format_version")
        if not isinstance(version, int) or version < 1:
            raise _foreign("its manifest has no format version")
        if version > FORMAT_VERSION:
            raise ArchiveRefused(
                "This backup was written by a newer version of NeedleJournal (backup format "
                f"{version}); update the app to restore it. Nothing was changed."
            )
        try:
            created = datetime.fromisoformat(str(doc["created_at"]))
            files = {str(n): _entry(n, v) for n, v in dict(doc["files"]).items()}
            counts = {str(k): int(v) for k, v in dict(doc.get("counts") or {}).items()}
            photos_in = doc["photos_in"]
            revision = doc.get("schema_revision")
        except (KeyError, TypeError, ValueError):
            raise _foreign("its manifest is incomplete") from None
        if photos_in not in ("archive", "folder") or DB_NAME not in files:
            raise _foreign("its manifest is incomplete")
        if revision is not None and not isinstance(revision, str):
            raise _foreign("its manifest is incomplete")
        return cls(
            created_at=created,
            app_version=str(doc.get("app_version", "")),
            schema_revision=revision,
            photos_in=photos_in,
            files=files,
            counts=counts,
            format_version=version,
        )


def photo_name(sha256: str, suffix: str) -> str:
    return f"photos/{sha256[:2]}/{sha256}{suffix}"


def check_name(name: str) -> str | None:
    """Only the journal and well-formed photo names: no ``..``, no absolute or odd paths.

    Returns the SHA-256 a photo's name spells (None for the journal).
    """
    if name == DB_NAME:
        return None
    m = _PHOTO_NAME.fullmatch(name)
    if m is None or m.group(3) not in PHOTO_SUFFIXES:
        raise ArchiveRefused(
            f"This is not a NeedleJournal backup: it holds an unexpected file “{name[:80]}”. "
            "Nothing was changed."
        )
    return m.group(2)


def _entry(name: object, value: object) -> Entry:
    named = check_name(str(name))  # one regex per entry: manifests list 10,000s of photos
    if not isinstance(value, dict):
        raise ValueError(name)
    sha, size = value.get("sha256"), value.get("size")
    if named is not None:
        if sha != named:
            raise ValueError(name)  # a content-addressed name must be its own hash
    elif not isinstance(sha, str) or not _SHA256.fullmatch(sha):
        raise ValueError(name)
    if not isinstance(size, int) or isinstance(size, bool) or size < 0:
        raise ValueError(name)
    return Entry(str(sha), size)


def listed_photos(raw: bytes) -> set[str] | None:
    """The photo names a manifest lists, read fast (no checks): for sweeping shared photos."""
    try:
        files = json.loads(raw)["files"]
        return {str(n) for n in files if n != DB_NAME}
    except (ValueError, KeyError, TypeError):
        return None


def _foreign(why: str) -> ArchiveRefused:
    return ArchiveRefused(f"This is not a NeedleJournal backup ({why}); nothing was changed.")
