"""Back up and restore a clinic's PostgreSQL journal: a logical dump, the photos, a manifest.

``backup FILE.zip`` on PostgreSQL writes one zip: ``journal.pgdump`` (``pg_dump`` custom
format) when PostgreSQL's client tools are installed, else ``journal.json`` (every table's
rows, the journal's own export, readable without them); the originals as
``photos/ab/<sha256>.<ext>``; and ``manifest.json`` with the schema revision, row counts and
the SHA-256 of every member. ``restore FILE.zip`` into an *empty* database checks every
member first, then loads the dump (``pg_restore``, or the rows at the archive's schema
revision, migrated to this version's after), then puts the photos in place.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import tempfile
import zipfile
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Date, Engine, Table, func, insert, inspect, select, text
from sqlalchemy.engine import make_url

from needlejournal.backup.errors import ArchiveRefused
from needlejournal.db import models as m
from needlejournal.db.engine import make_engine
from needlejournal.db.migrate import alembic_config, current_revision, is_known_revision
from needlejournal.durable import atomic_write
from needlejournal.paths import DataPaths
from needlejournal.photos.media_types import EXTENSIONS

FORMAT = "needlejournal-clinic-backup"
FORMAT_VERSION = 1
MANIFEST = "manifest.json"
PG_DUMP_MEMBER = "journal.pgdump"
ROWS_MEMBER = "journal.json"
CHUNK = 1 << 20


@dataclass(frozen=True)
class ClinicBackup:
    path: Path
    dump: str  # "pg_dump" or "rows"
    schema_revision: str | None
    counts: dict[str, int]
    photos: int
    skipped: tuple[str, ...]  # photos missing from the shared folder
    created_at: datetime
    size: int


def _libpq(url: str) -> tuple[str, dict[str, str]]:
    """A libpq URL without the password (which goes by PGPASSWORD, not the command line)."""
    parsed = make_url(url)
    env = {**os.environ}
    if parsed.password:
        env["PGPASSWORD"] = str(parsed.password)
    plain = parsed.set(drivername="postgresql", password=None)
    return plain.render_as_string(hide_password=False), env


def _tables() -> list[Table]:
    return [t for t in m.Base.metadata.sorted_tables]


def _json_value(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


def _rows_document(engine: Engine) -> bytes:
    doc: dict[str, Any] = {}
    with engine.connect() as c:
        for table in _tables():
            rows = c.execute(select(table).order_by(*table.primary_key.columns)).mappings()
            doc[table.name] = [{k: _json_value(v) for k, v in r.items()} for r in rows]
    return json.dumps(doc, ensure_ascii=False).encode("utf-8")


def _pg_dump(url: str, into: Path) -> bool:
    tool = shutil.which("pg_dump")
    if tool is None:
        return False
    target, env = _libpq(url)
    done = subprocess.run(
        [tool, "-Fc", "--no-owner", "--no-privileges", "-f", str(into), "-d", target],
        env=env,
        capture_output=True,
        text=True,
    )
    return done.returncode == 0  # e.g. an older pg_dump than the server: the rows instead


def _counts(engine: Engine) -> dict[str, int]:
    with engine.connect() as c:
        return {t.name: int(c.scalar(select(func.count()).select_from(t)) or 0) for t in _tables()}


def _entry(path: Path) -> dict[str, Any]:
    """What the manifest says of a member: its SHA-256 and size."""
    digest, size = hashlib.sha256(), 0
    with path.open("rb") as f:
        while chunk := f.read(CHUNK):
            digest.update(chunk)
            size += len(chunk)
    return {"sha256": digest.hexdigest(), "bytes": size}


def write_clinic_backup(paths: DataPaths, target: Path) -> ClinicBackup:
    """Dump the clinic database and copy its photos into ``target`` (written atomically)."""
    url = paths.sqlite_url
    engine = make_engine(url)
    try:
        with engine.connect() as c:
            revision = current_revision(c)
            photos = c.execute(select(m.Photo.sha256, m.Photo.media_type).distinct()).all()
        counts = _counts(engine)
        created = datetime.now(UTC)
        members: dict[str, dict[str, Any]] = {}
        skipped: list[str] = []
        with tempfile.TemporaryDirectory(prefix=".clinic-backup-") as scratch:
            dump_file = Path(scratch) / PG_DUMP_MEMBER
            if _pg_dump(url, dump_file):
                dump_kind, dump_name = "pg_dump", PG_DUMP_MEMBER
            else:
                dump_kind, dump_name = "rows", ROWS_MEMBER
                dump_file = Path(scratch) / ROWS_MEMBER
                dump_file.write_bytes(_rows_document(engine))
            with (
                atomic_write(target, suffix=".zip") as handle,
                zipfile.ZipFile(handle, "w", allowZip64=True) as z,
            ):
                z.write(dump_file, dump_name, compress_type=zipfile.ZIP_DEFLATED)
                members[dump_name] = _entry(dump_file)
                for sha, media_type in photos:
                    ext = EXTENSIONS.get(media_type, ".jpg")
                    src = paths.photo_dir / sha[:2] / f"{sha}{ext}"
                    if not src.is_file():
                        skipped.append(f"the photo {sha[:12]}… is missing from {paths.photo_dir}")
                        continue
                    name = f"photos/{sha[:2]}/{sha}{ext}"
                    z.write(src, name, compress_type=zipfile.ZIP_STORED)
                    members[name] = _entry(src)
                manifest = {
                    "format": FORMAT,
                    "format_version": FORMAT_VERSION,
                    "created_at": created.isoformat(),
                    "schema_revision": revision,
                    "dump": dump_kind,
                    "counts": counts,
                    "members": members,
                }
                z.writestr(MANIFEST, json.dumps(manifest, indent=2))
        target.chmod(0o600)
        return ClinicBackup(
            target, dump_kind, revision, counts, len(members) - 1, tuple(skipped), created,
            target.stat().st_size,
        )  # fmt: skip
    finally:
        engine.dispose()


@dataclass(frozen=True)
class ClinicRestore:
    archive: Path
    dump: str
    created_at: datetime
    schema_revision: str | None
    counts: dict[str, int]
    photos_added: int


def _verified(archive: Path) -> dict[str, Any]:
    """The manifest, once every member it names has its size and SHA-256."""
    try:
        with zipfile.ZipFile(archive) as z:
            manifest = json.loads(z.read(MANIFEST))
            if manifest.get("format") != FORMAT:
                raise ArchiveRefused(f"{archive.name} is not a clinic backup of NeedleJournal.")
            for name, entry in manifest["members"].items():
                digest, size = hashlib.sha256(), 0
                with z.open(name) as member:
                    while chunk := member.read(CHUNK):
                        digest.update(chunk)
                        size += len(chunk)
                if digest.hexdigest() != entry["sha256"] or size != entry["bytes"]:
                    raise ArchiveRefused(
                        f"{archive.name} is damaged ({name} does not match its checksum); "
                        "nothing was restored."
                    )
    except (OSError, KeyError, ValueError, zipfile.BadZipFile) as e:
        if isinstance(e, ArchiveRefused):
            raise
        raise ArchiveRefused(
            f"{archive.name} cannot be read as a clinic backup ({e}); nothing was restored."
        ) from None
    revision = manifest.get("schema_revision")
    if revision is not None and not is_known_revision(revision):
        raise ArchiveRefused(
            f"{archive.name} was made by a newer version of NeedleJournal (schema {revision}); "
            "update the app to restore it."
        )
    return dict(manifest)


def _refuse_unless_empty(engine: Engine) -> None:
    with engine.connect() as c:
        tables = set(inspect(c).get_table_names())
    if tables:
        raise ArchiveRefused(
            "The database already holds tables; restore a clinic backup into a new, empty "
            "database (CREATE DATABASE …) and point --database-url at it."
        )


def _load_rows(engine: Engine, doc: dict[str, Any], revision: str | None) -> None:
    from alembic import command

    from needlejournal.db.types import UTCDateTime

    with engine.connect() as c:
        command.upgrade(alembic_config(c), revision or "head")
        c.commit()
    with engine.begin() as c:
        c.execute(text("DELETE FROM audit_head"))  # the archive's own head replaces it
        c.execute(text("DELETE FROM setting"))
        for table in _tables():
            rows = doc.get(table.name, [])
            if not rows:
                continue
            for row in rows:
                for col in table.columns:
                    value = row.get(col.key)
                    if isinstance(value, str) and isinstance(col.type, UTCDateTime):
                        row[col.key] = datetime.fromisoformat(value)
                    elif isinstance(value, str) and isinstance(col.type, Date):
                        row[col.key] = date.fromisoformat(value)
            c.execute(insert(table), rows)
        for table in _tables():  # serial ids continue after the restored ones
            pk = list(table.primary_key.columns)
            if len(pk) != 1 or not doc.get(table.name):
                continue
            sequence = c.execute(
                text("SELECT pg_get_serial_sequence(:t, :c)"), {"t": table.name, "c": pk[0].name}
            ).scalar()
            if sequence is not None:
                top = c.execute(select(func.max(pk[0]))).scalar()
                c.execute(text("SELECT setval(:s, :v)"), {"s": sequence, "v": top})


def _pg_restore(url: str, dump: Path) -> None:
    tool = shutil.which("pg_restore")
    if tool is None:
        raise ArchiveRefused(
            "This backup holds a pg_dump archive and pg_restore is not installed; install "
            "PostgreSQL's client tools (postgresql-client) and restore again."
        )
    target, env = _libpq(url)
    done = subprocess.run(
        [tool, "--no-owner", "--no-privileges", "--exit-on-error", "-d", target, str(dump)],
        env=env,
        capture_output=True,
        text=True,
    )
    if done.returncode != 0:
        first = (done.stderr.strip().splitlines() or ["no message"])[0]
        raise ArchiveRefused(f"pg_restore could not load the backup ({first}).")


def restore_clinic_backup(paths: DataPaths, archive: Path) -> ClinicRestore:
    """Restore ``archive`` into the empty database at ``paths`` and its photo folder."""
    manifest = _verified(archive)
    url = paths.sqlite_url
    engine = make_engine(url)
    try:
        _refuse_unless_empty(engine)
        photos_added = 0
        with (
            tempfile.TemporaryDirectory(prefix=".clinic-restore-") as scratch,
            zipfile.ZipFile(archive) as z,
        ):
            if manifest["dump"] == "pg_dump":
                dump = Path(scratch) / PG_DUMP_MEMBER
                with z.open(PG_DUMP_MEMBER) as src, dump.open("wb") as dst:
                    shutil.copyfileobj(src, dst, CHUNK)
                _pg_restore(url, dump)
            else:
                _load_rows(engine, json.loads(z.read(ROWS_MEMBER)), manifest["schema_revision"])
            for name in manifest["members"]:
                if not name.startswith("photos/"):
                    continue
                target = paths.photo_dir / name.removeprefix("photos/")
                if target.exists():
                    continue
                target.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
                with atomic_write(target) as handle, z.open(name) as src:
                    shutil.copyfileobj(src, handle, CHUNK)
                photos_added += 1
    finally:
        engine.dispose()
    return ClinicRestore(
        archive,
        str(manifest["dump"]),
        datetime.fromisoformat(manifest["created_at"]),
        manifest.get("schema_revision"),
        dict(manifest.get("counts", {})),
        photos_added,
    )
