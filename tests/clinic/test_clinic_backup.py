"""Backup → restore of a clinic's PostgreSQL journal (issue 13), on the real server, through
the command line: pg_dump's custom format when the client tools are there, the journal's own
export when they are not; photos byte-identical; the audit trail intact with the restore as
its one new line; a non-empty target database refused in one sentence."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from clinic_helpers import Clinic, import_photo, photo_with_gps
from pg_databases import create_database, database_url, drop_database
from sqlalchemy import create_engine, select

from needlejournal.db import models as m
from needlejournal.journal.api import Journal
from needlejournal.journal.records import ClientDraft
from needlejournal.paths import DataPaths, resolve

pytestmark = pytest.mark.postgres


@pytest.fixture
def new_database(pg_url: str) -> Iterator[Callable[[], str]]:
    admin = create_engine(pg_url, isolation_level="AUTOCOMMIT")
    made: list[str] = []

    def make() -> str:
        made.append(create_database(admin, "nj_backup_"))
        return database_url(pg_url, made[-1])

    yield make
    for name in made:
        drop_database(admin, name)
    admin.dispose()


def _cli(
    env: dict[str, str], paths: DataPaths, *args: str | Path
) -> subprocess.CompletedProcess[str]:
    assert paths.database_url is not None
    return subprocess.run(
        [sys.executable, "-m", "needlejournal", "--database-url", paths.database_url,
         "--data-dir", paths.data_dir, "--photo-dir", paths.photo_dir, *map(str, args)],
        capture_output=True, text=True, env=env, timeout=300,
    )  # fmt: skip


def _content(url: str) -> dict[str, list[tuple[Any, ...]]]:
    engine = create_engine(url)
    try:
        with engine.connect() as c:
            return {
                t.name: sorted(c.execute(select(t)).all(), key=repr)
                for t in m.Base.metadata.sorted_tables
                if not t.name.startswith("audit_")
            }
    finally:
        engine.dispose()


def _photos(folder: Path) -> dict[str, str]:
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest()
        for p in folder.glob("??/*")
        if p.is_file()
    }


@pytest.mark.parametrize("dump", ["pg_dump", "rows"])
def test_clinic_backup_then_restore_round_trip(
    dump: str, new_database: Callable[[], str], tmp_path: Path
) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("NEEDLEJOURNAL_")}
    env["NEEDLEJOURNAL_SEAT"] = "FRONT-DESK"
    if dump == "rows":
        env["PATH"] = str(tmp_path / "no-client-tools")  # no pg_dump, no pg_restore
    elif shutil.which("pg_dump") is None:
        pytest.skip("pg_dump is not installed (postgresql-client)")
    live = resolve(tmp_path / "seat", database_url=new_database(), photo_dir=tmp_path / "shared")
    journal = Journal.open(live)
    try:
        clinic = Clinic(journal)
        ana = clinic.client("Ana Backup", skin_type="III")
        t = clinic.session(ana, date(2026, 5, 1), {"cheeks": 1.0}, lot="L-7", notes="ok")
        clinic.skin_check(ana, date(2026, 5, 3))
        for n in range(2):
            import_photo(journal, photo_with_gps(tmp_path / f"p{n}.jpg", n), ana.id, t.id,
                         "before", "front")  # fmt: skip
    finally:
        journal.close()
    archive = tmp_path / "clinic.zip"
    done = _cli(env, live, "backup", archive, "--json")
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    assert report["dump"] == dump and report["photos"] == 2 and report["skipped"] == []
    assert report["counts"]["client"] == 1 and report["counts"]["treatment"] == 1

    restored = resolve(tmp_path / "new-seat", database_url=new_database(),
                       photo_dir=tmp_path / "new-shared")  # fmt: skip
    back = _cli(env, restored, "restore", archive, "--json")
    assert back.returncode == 0, back.stderr
    assert json.loads(back.stdout)["photos_added"] == 2
    assert restored.database_url is not None and live.database_url is not None
    assert _content(restored.database_url) == _content(live.database_url)
    assert _photos(restored.photo_dir) == _photos(live.photo_dir) != {}
    before, after = Journal.open(live), Journal.open(restored)
    try:
        old, new = before.audit_entries(), after.audit_entries()
        assert [r.to_json() for r in new[:-1]] == [r.to_json() for r in old]
        assert old[-1].action == "backed up" and new[-1].action == "restored"
        assert after.verify_audit().ok
        # The restored journal works on: a new client gets the next id.
        ben = after.save_client(ClientDraft("Ben")).client
        assert ben.id > ana.id
    finally:
        before.close()
        after.close()

    again = _cli(env, restored, "restore", archive)
    assert again.returncode == 2
    lines = again.stderr.strip().splitlines()
    assert len(lines) == 1 and "empty database" in lines[0]
