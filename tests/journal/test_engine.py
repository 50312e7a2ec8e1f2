"""Engine pragmas, migrations, backups, refusal of newer or damaged journals."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import text

import needlejournal.db.migrate as migrate
from needlejournal.db.engine import make_engine
from needlejournal.db.migrate import check_models_match, head_revision, upgrade_to_head
from needlejournal.journal.api import Journal
from needlejournal.journal.errors import JournalDamaged, JournalUnavailable
from needlejournal.journal.records import AreaDraft, TreatmentDraft
from needlejournal.paths import DataPaths

FIXTURES = Path(__file__).parent.parent / "fixtures" / "databases"


def test_pragmas_on_every_pooled_connection(sqlite_paths: DataPaths) -> None:
    j = Journal.open(sqlite_paths)
    conns = [j.engine.connect() for _ in range(4)]  # four distinct pooled connections
    try:
        for c in conns:
            assert c.execute(text("PRAGMA foreign_keys")).scalar() == 1
            assert c.execute(text("PRAGMA journal_mode")).scalar() == "wal"
            assert c.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL
            assert c.execute(text("PRAGMA busy_timeout")).scalar() == 5000
    finally:
        for c in conns:
            c.close()
        j.close()


def test_models_match_migrations(journal: Journal) -> None:
    check_models_match(journal.engine)  # alembic check: raises on drift


def test_data_dir_private_and_db_file_0600(sqlite_paths: DataPaths) -> None:
    Journal.open(sqlite_paths).close()
    assert sqlite_paths.data_dir.stat().st_mode & 0o777 == 0o700
    assert sqlite_paths.photo_dir.stat().st_mode & 0o777 == 0o700
    assert sqlite_paths.db_file.stat().st_mode & 0o777 == 0o600


def test_newer_journal_is_refused_untouched(sqlite_paths: DataPaths) -> None:
    Journal.open(sqlite_paths).close()
    with sqlite3.connect(sqlite_paths.db_file) as c:
        c.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    before = hashlib.sha256(sqlite_paths.db_file.read_bytes()).hexdigest()
    with pytest.raises(JournalUnavailable, match="newer version"):
        Journal.open(sqlite_paths)
    assert hashlib.sha256(sqlite_paths.db_file.read_bytes()).hexdigest() == before
    assert not list(sqlite_paths.backup_dir.iterdir())


def test_foreign_database_is_refused(sqlite_paths: DataPaths) -> None:
    sqlite_paths.data_dir.mkdir(parents=True)
    with sqlite3.connect(sqlite_paths.db_file) as c:
        c.execute("CREATE TABLE recipes (id INTEGER PRIMARY KEY, name TEXT)")
    with pytest.raises(JournalUnavailable, match="not a NeedleJournal journal"):
        Journal.open(sqlite_paths)


def test_damaged_journal_is_refused_with_backup_hint(
    sqlite_paths: DataPaths, ago: Callable[[float], datetime]
) -> None:
    j = Journal.open(sqlite_paths)
    me = j.ensure_self()
    for i in range(200):
        j.save_treatment(
            TreatmentDraft(me.id, ago(400 - i), (AreaDraft("cheeks", 0.5),), notes="x" * 500)
        )
    j.close()
    raw = bytearray(sqlite_paths.db_file.read_bytes())
    # Scribble over the middle pages (b-tree pages of the treatment table).
    mid = len(raw) // 2
    raw[mid : mid + 8192] = b"\xa5" * 8192
    sqlite_paths.db_file.write_bytes(bytes(raw))
    with pytest.raises(JournalDamaged, match="damaged"):
        Journal.open(sqlite_paths)


def test_fixture_of_every_released_schema_opens(tmp_path: Path) -> None:
    """Every schema version ever released migrates to the current one (digiKam's method)."""
    fixtures = sorted(FIXTURES.glob("*.sqlite3"))
    assert fixtures, "keep one fixture journal per released schema version"
    for fixture in fixtures:
        data = tmp_path / fixture.stem
        data.mkdir()
        shutil.copy(fixture, data / "journal.sqlite3")
        from needlejournal.paths import resolve

        j = Journal.open(resolve(data))
        clients = j.list_clients()
        assert [c.name for c in clients] == ["Me", "Ada Lovelace"]
        entries = j.timeline(clients[1].id).entries
        assert len(entries) == 3
        j.close()


def _extra_revision(tmp_path: Path) -> Path:
    """A copy of the migrations plus a 9999 that rebuilds a parent table in batch mode."""
    folder = tmp_path / "migrations"
    shutil.copytree(migrate.MIGRATIONS_DIR, folder)
    (folder / "versions" / "9999_test.py").write_text(
        f"""
import sqlalchemy as sa
from alembic import op

revision = "9999"
down_revision = "{head_revision()}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("client", recreate="always") as batch:
        batch.add_column(sa.Column("nickname", sa.String(50), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("client") as batch:
        batch.drop_column("nickname")
"""
    )
    return folder


def test_upgrade_backs_up_first_and_keeps_children(
    sqlite_paths: DataPaths,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    ago: Callable[[float], datetime],
) -> None:
    j = Journal.open(sqlite_paths)
    me = j.ensure_self()
    saved = j.save_treatment(TreatmentDraft(me.id, ago(3), (AreaDraft("chin", 0.5),)))
    j.close()
    released = head_revision()

    monkeypatch.setattr(migrate, "MIGRATIONS_DIR", _extra_revision(tmp_path))
    engine = make_engine(sqlite_paths.sqlite_url)
    report = upgrade_to_head(engine, sqlite_paths.backup_dir)
    engine.dispose()
    assert (report.from_revision, report.to_revision) == (released, "9999")
    assert report.backup is not None and report.backup.exists()
    with sqlite3.connect(report.backup) as c:
        assert c.execute("SELECT version_num FROM alembic_version").fetchone() == (released,)
        assert c.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    with sqlite3.connect(sqlite_paths.db_file) as c:
        # Rebuilding the parent table with foreign keys on would have cascaded the delete.
        assert c.execute("SELECT count(*) FROM treatment_area").fetchone() == (1,)
        assert c.execute("SELECT id FROM treatment").fetchone() == (saved.treatment.id,)
        cols = [r[1] for r in c.execute("PRAGMA table_info(client)")]
        assert "nickname" in cols


def test_fresh_journal_is_at_head(journal: Journal) -> None:
    assert journal.migration.to_revision == head_revision()
    assert journal.migration.backup is None


def test_the_revision_chain_read_without_alembic_agrees_with_alembic() -> None:
    """Opening a current journal reads the chain from the version files (no Alembic import)."""
    from alembic.script import ScriptDirectory

    from needlejournal.db import revisions

    script = ScriptDirectory.from_config(migrate.alembic_config())
    assert revisions.head() == script.get_current_head()
    walked = {r.revision: r.down_revision for r in script.walk_revisions()}
    assert revisions.chain() == walked


def test_opening_knows_the_backup_restore_leftover_names() -> None:
    """``opening`` checks for them without importing the backup layer: same names."""
    from needlejournal.backup import restore as backup_restore
    from needlejournal.journal import opening

    assert opening.BACKUP_RESTORE_PLAN == backup_restore.PLAN
    assert opening.BACKUP_RESTORE_STAGING == backup_restore.STAGING


def test_alembic_never_writes_to_the_stdout_it_was_imported_under(tmp_path: Path) -> None:
    """Alembic binds its default stdout at import; imported lazily under a stream that has
    closed since (a captured test, a finished pipe), ``alembic check`` used to fail."""
    script = f"""
import io, sys
captured = io.StringIO()
sys.stdout = captured
import alembic.config
captured.close()
sys.stdout = sys.__stdout__
from needlejournal.db.migrate import check_models_match
from needlejournal.journal.api import Journal
from needlejournal.paths import resolve
journal = Journal.open(resolve({str(tmp_path)!r}))
check_models_match(journal.engine)
journal.close()
print("ok")
"""
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120, check=False
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "ok"
