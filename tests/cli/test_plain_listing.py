"""``client list`` reads an ordinary SQLite journal without SQLAlchemy (issue 15).

Real processes on real journal files: the listing's output is the journal's, and whatever
is unusual (an older schema, damage, a writer holding the journal open) is handled as it
always was, through ``Journal``.
"""

from __future__ import annotations

import json
import shutil
from datetime import UTC, datetime, timedelta
from pathlib import Path

from cli_helpers import Run, assert_one_line_error, probe

from needlejournal.commands import _records as out
from needlejournal.journal import clients
from needlejournal.journal.api import Journal
from needlejournal.journal.records import AreaDraft, ClientDraft, TreatmentDraft
from needlejournal.paths import resolve

FIXTURES = Path(__file__).parents[1] / "fixtures" / "databases"


def _probe(run: Run, *args: str | Path) -> tuple[str, bool, int, str]:
    got = probe(run, *args)
    return got.stdout, got.imported["sqlalchemy"], got.code, got.stderr


def _journal(data: Path) -> list[dict[str, object]]:
    """A journal with clients, sessions and an archived client; its list as the ORM reads it."""
    journal = Journal.open(resolve(data))
    try:
        zoe = journal.save_client(ClientDraft(name="Zoë", skin_type="IV", phone="0170 1234"))
        journal.save_client(ClientDraft(name="Bo", archived=True))
        journal.save_client(ClientDraft(name="ada", notes="likes mornings"))
        journal.save_treatment(
            TreatmentDraft(zoe.id, datetime.now(UTC) - timedelta(days=2), (AreaDraft("chin", 0.5),))
        )
        return [out.client(c) for c in journal.run(clients.list_clients_orm)]
    finally:
        journal.close()


def test_client_list_reads_without_sqlalchemy_and_lists_what_the_journal_holds(
    run: Run, tmp_path: Path
) -> None:
    data = tmp_path / "journal"
    expected = _journal(data)
    stdout, imported, code, said = _probe(run, "--data-dir", data, "client", "list", "--json")
    assert code == 0, said
    assert not imported
    assert json.loads(stdout) == expected
    # Searches and archived clients, and the text table, the same way.
    stdout, imported, code, _ = _probe(run, "client", "list", "--all", "--data-dir", data)
    assert (code, imported) == (0, False)
    assert [line.split()[1] for line in stdout.splitlines()[1:]] == ["ada", "Bo", "Zoë"]
    found = run.json("client", "list", "--search", "1234", "--data-dir", data)
    assert [c["name"] for c in found] == ["Zoë"]


def test_an_older_journal_is_migrated_by_a_listing_as_before(run: Run, tmp_path: Path) -> None:
    data = tmp_path / "journal"
    data.mkdir(mode=0o700)
    shutil.copy(FIXTURES / "0001.sqlite3", data / "journal.sqlite3")
    stdout, imported, code, said = _probe(run, "client", "list", "--json", "--data-dir", data)
    assert code == 0, said
    assert imported  # the journal path migrated it
    listed = json.loads(stdout)
    again, imported, code, _ = _probe(run, "client", "list", "--json", "--data-dir", data)
    assert (code, imported) == (0, False)
    assert json.loads(again) == listed


def test_a_new_folder_gets_the_usual_empty_answer(run: Run, tmp_path: Path) -> None:
    done = run("client", "list", "--data-dir", tmp_path / "new")
    assert done.returncode == 0, done.stderr
    assert "No clients yet" in done.stdout
    assert (tmp_path / "new" / "journal.sqlite3").exists()


def test_a_listing_that_meets_damage_is_one_sentence_with_the_snapshot(
    run: Run, tmp_path: Path
) -> None:
    from needlejournal.db import snapshots

    data = tmp_path / "journal"
    _journal(data)
    paths = resolve(data)
    journal = Journal.open(paths)
    try:  # enough sessions that the damage lands in their pages, not the header or schema
        me = journal.ensure_self()
        for i in range(150):
            journal.save_treatment(
                TreatmentDraft(
                    me.id,
                    datetime(2025, 1, 1, tzinfo=UTC) + timedelta(hours=i),
                    (AreaDraft("chin", 0.5),),
                    notes="n" * 400,
                )
            )
    finally:
        journal.close()
    snapshots.take_daily_snapshot(paths.db_file, paths.backup_dir)
    raw = bytearray(paths.db_file.read_bytes())
    raw[len(raw) // 4 :] = b"\xa5" * (len(raw) - len(raw) // 4)
    paths.db_file.write_bytes(bytes(raw))
    done = run("client", "list", "--data-dir", data)
    assert done.returncode == 1
    assert_one_line_error(done.stderr)
    assert "damaged" in done.stderr and "snapshot restore" in done.stderr


def test_a_listing_sees_what_an_open_writer_committed(run: Run, tmp_path: Path) -> None:
    """The window keeps the journal open (its saves still in the -wal): a listing sees them."""
    data = tmp_path / "journal"
    _journal(data)
    journal = Journal.open(resolve(data))
    try:
        journal.save_client(ClientDraft(name="Cy"))
        assert (data / "journal.sqlite3-wal").stat().st_size > 0
        stdout, imported, code, said = _probe(run, "client", "list", "--json", "--data-dir", data)
        assert code == 0, said
        assert not imported
        assert [c["name"] for c in json.loads(stdout)] == ["ada", "Cy", "Zoë"]
    finally:
        journal.close()
