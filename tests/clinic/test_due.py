"""Who is due, on hand-made calendars: interval by depth, overdue, aftercare, archived left out;
the CLI's text, JSON and .ics (parsed back) through a real process."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

from clinic_helpers import Clinic, cli_json, run_cli

from needlejournal.journal.api import Journal
from needlejournal.journal.due import DueItem, due_in
from needlejournal.journal.records import ClientDraft
from needlejournal.paths import DataPaths

TODAY = date(2026, 6, 15)


def _by(items: list[DueItem]) -> dict[tuple[str, str], DueItem]:
    return {(i.client_name, i.kind): i for i in items}


def test_next_session_follows_the_interval_of_the_deepest_area(clinic: Clinic) -> None:
    shallow = clinic.client("Shallow")  # 0.5 mm → 14 days
    deep = clinic.client("Deep")  # 0.5 and 1.5 mm: the deepest, 1.5 mm → 42 days
    medium = clinic.client("Medium")  # 1.0 mm → 28 days
    clinic.session(shallow, TODAY - timedelta(days=10), {"cheeks": 0.5})
    clinic.session(deep, TODAY - timedelta(days=10), {"forehead": 0.5, "cheeks": 1.5})
    clinic.session(medium, TODAY - timedelta(days=60), {"cheeks": 1.5})  # older, deeper
    clinic.session(medium, TODAY - timedelta(days=40), {"cheeks": 1.0})  # the last one counts
    for c in (shallow, deep, medium):
        clinic.skin_check(c, TODAY - timedelta(days=5))
    items = _by(due_in(clinic.journal, TODAY))
    assert items[("Shallow", "session")].due_on == TODAY + timedelta(days=4)
    assert items[("Shallow", "session")].interval_days == 14
    assert items[("Deep", "session")].due_on == TODAY + timedelta(days=32)
    assert items[("Deep", "session")].deepest_mm == 1.5
    assert items[("Medium", "session")].due_on == TODAY - timedelta(days=12)
    assert items[("Medium", "session")].overdue
    assert items[("Medium", "session")].late_by(TODAY) == 12
    assert not items[("Shallow", "session")].overdue
    assert set(items) == {("Shallow", "session"), ("Deep", "session"), ("Medium", "session")}


def test_items_are_sorted_by_date_and_archived_or_sessionless_clients_are_left_out(
    clinic: Clinic,
) -> None:
    late = clinic.client("Late")
    soon = clinic.client("Soon")
    gone = clinic.client("Gone")
    clinic.client("Never treated")
    clinic.session(soon, TODAY - timedelta(days=20), {"cheeks": 0.5})
    clinic.session(late, TODAY - timedelta(days=50), {"cheeks": 1.0})
    clinic.session(gone, TODAY - timedelta(days=50), {"cheeks": 1.0})
    clinic.journal.save_client(replace(_draft(clinic.journal, gone.id), archived=True))
    items = due_in(clinic.journal, TODAY)
    assert [(i.client_name, i.kind) for i in items] == [("Late", "session"), ("Soon", "session")]
    assert [i.due_on for i in items] == sorted(i.due_on for i in items)


def _draft(journal: Journal, client_id: int) -> ClientDraft:
    c = journal.find_client(str(client_id))
    return ClientDraft(
        c.name,
        c.skin_type,
        c.concerns,
        c.contraindications,
        c.consent_on,
        c.notes,
        c.is_self,
        c.archived,
        c.id,
        c.version,
    )


def test_aftercare_check_in_until_a_skin_check_is_logged(clinic: Clinic) -> None:
    ana = clinic.client("Ana")
    ben = clinic.client("Ben")
    old = clinic.client("Old")
    clinic.session(ana, TODAY - timedelta(days=1), {"cheeks": 1.0})
    clinic.session(ben, TODAY - timedelta(days=5), {"cheeks": 1.0})
    clinic.session(old, TODAY - timedelta(days=30), {"cheeks": 0.5})
    items = _by(due_in(clinic.journal, TODAY))
    ana_care = items[("Ana", "aftercare")]
    assert ana_care.due_on == TODAY + timedelta(days=1)  # day 2 after yesterday's session
    assert not ana_care.overdue
    ben_care = items[("Ben", "aftercare")]
    assert ben_care.overdue and ben_care.late_by(TODAY) == 2  # day 5: two days past day 3
    assert ("Old", "aftercare") not in items  # a month ago: no longer a check-in
    clinic.skin_check(ben, TODAY - timedelta(days=2))
    clinic.skin_check(ana, TODAY - timedelta(days=3))  # before her session: does not count
    items = _by(due_in(clinic.journal, TODAY))
    assert ("Ben", "aftercare") not in items
    assert ("Ana", "aftercare") in items


def _unfold(text: str) -> list[str]:
    assert "\n" not in text.replace("\r\n", ""), "every line ends in CRLF"
    lines: list[str] = []
    for raw in text.split("\r\n"):
        if raw.startswith(" "):
            lines[-1] += raw[1:]
        elif raw:
            lines.append(raw)
    return lines


def _events(lines: list[str]) -> list[dict[str, str]]:
    events: list[dict[str, str]] = []
    current: dict[str, str] | None = None
    for line in lines:
        if line == "BEGIN:VEVENT":
            current = {}
        elif line == "END:VEVENT":
            assert current is not None
            events.append(current)
            current = None
        elif current is not None:
            name, _, value = line.partition(":")
            current[name] = value
    return events


def test_cli_due_text_json_and_ics(
    clinic: Clinic, data_paths: DataPaths, cli_env: dict[str, str], tmp_path: Path
) -> None:
    long_name = "Zoë Ångström-Łukasiewicz, née Þórsdóttir; the client with a very long name"
    zoe = clinic.client(long_name)
    bo = clinic.client("Bo")
    clinic.session(zoe, TODAY - timedelta(days=2), {"cheeks": 1.5})
    clinic.session(bo, TODAY - timedelta(days=40), {"cheeks": 1.0})
    clinic.journal.close()
    ics = tmp_path / "due.ics"
    data = cli_json(
        cli_env, "--data-dir", data_paths.data_dir, "due", "--on", TODAY.isoformat(), "--ics", ics
    )
    kinds = [(i["client"], i["kind"], i["due_on"], i["overdue"]) for i in data["items"]]
    assert kinds == [
        ("Bo", "session", "2026-06-03", True),
        (long_name, "aftercare", "2026-06-15", False),
        (long_name, "session", "2026-07-25", False),
    ]
    raw = ics.read_bytes()
    assert raw.startswith(b"BEGIN:VCALENDAR\r\n") and raw.endswith(b"END:VCALENDAR\r\n")
    assert all(len(line) <= 75 for line in raw.split(b"\r\n")), "folded at 75 octets"
    lines = _unfold(raw.decode("utf-8"))
    assert "VERSION:2.0" in lines and any(line.startswith("PRODID:") for line in lines)
    events = _events(lines)
    assert len(events) == 3
    for event in events:
        assert {"UID", "DTSTAMP", "DTSTART;VALUE=DATE", "SUMMARY"} <= set(event)
        assert event["DTSTAMP"].endswith("Z") and len(event["DTSTAMP"]) == 16
    starts = [e["DTSTART;VALUE=DATE"] for e in events]
    assert starts == ["20260603", "20260615", "20260725"]
    summary = events[1]["SUMMARY"].replace("\\,", ",").replace("\\;", ";")
    assert summary.startswith(long_name)
    # Stable UIDs: the same calendar written again carries the same UIDs, new DTSTAMPs aside.
    again = tmp_path / "again.ics"
    done = run_cli(
        cli_env, "--data-dir", data_paths.data_dir, "due", "--on", TODAY.isoformat(), "--ics", again
    )
    assert done.returncode == 0, done.stderr
    assert [e["UID"] for e in _events(_unfold(again.read_bytes().decode("utf-8")))] == [
        e["UID"] for e in events
    ]
    assert len({e["UID"] for e in events}) == 3
    assert "overdue 12 days" in done.stdout and "aftercare check-in" in done.stdout


def test_cli_due_into_a_missing_folder_is_one_sentence(
    data_paths: DataPaths, cli_env: dict[str, str], tmp_path: Path
) -> None:
    done = run_cli(
        cli_env, "--data-dir", data_paths.data_dir, "due", "--ics", tmp_path / "no" / "x.ics"
    )
    assert done.returncode == 1
    assert len(done.stderr.strip().splitlines()) == 1 and "Traceback" not in done.stderr
