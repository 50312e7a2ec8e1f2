"""Product and lot expiry (issue 11): a session that used a lot past its expiry date, or a
product past its own when the lot has none, carries a warning; before that day it does not."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from clinic_helpers import Clinic, cli_json, run_cli

from needlejournal.guidance import GuidanceWarning
from needlejournal.journal.errors import InvalidInput
from needlejournal.journal.expiry import expiries, set_expiry
from needlejournal.journal.records import TreatmentRecord


def _expired(warnings: tuple[GuidanceWarning, ...]) -> list[str]:
    return [w.message for w in warnings if w.rule == "expired_product"]


def test_a_session_using_an_expired_lot_is_warned(clinic: Clinic) -> None:
    ana = clinic.client("Ana")
    serum = clinic.serum.name
    set_expiry(clinic.journal, serum, date(2026, 3, 31), lot="HA-1")
    before = clinic.session(ana, date(2026, 3, 31), {"cheeks": 1.0}, lot="HA-1")
    assert _expired(before.warnings) == []
    after = clinic.session(ana, date(2026, 4, 20), {"cheeks": 1.0}, lot="ha-1 ")
    (message,) = _expired(after.warnings)
    assert "lot ha-1 expired" in message.casefold() and "2026-03-31" in message
    other_lot = clinic.session(ana, date(2026, 5, 20), {"cheeks": 1.0}, lot="HA-2")
    assert _expired(other_lot.warnings) == []  # HA-2 has no date, nor has the product
    set_expiry(clinic.journal, serum, date(2026, 5, 1))  # the product's own date
    timeline = clinic.journal.timeline(ana.id).entries
    by_day = {e.when.date(): e for e in timeline if isinstance(e, TreatmentRecord)}
    assert len(_expired(by_day[date(2026, 5, 20)].warnings)) == 1  # read again: warned now
    assert len(_expired(by_day[date(2026, 4, 20)].warnings)) == 1  # its lot's date wins
    assert [(e.lot, e.expires_on) for e in expiries(clinic.journal, serum)] == [
        (None, date(2026, 5, 1)),
        ("HA-1", date(2026, 3, 31)),
    ]
    with pytest.raises(InvalidInput):
        set_expiry(clinic.journal, serum, date(2026, 1, 1), lot="   ")


def test_expiry_from_the_command_line(cli_env: dict[str, str], tmp_path: Path) -> None:
    d = tmp_path / "data"
    cli_json(cli_env, "product", "add", "HA serum", "--data-dir", d)
    shown = cli_json(
        cli_env, "product", "expiry", "--product", "HA serum", "--lot", "L1",
        "--expires", "2026-06-30", "--data-dir", d,
    )  # fmt: skip
    assert shown == [
        {"product": "HA serum", "lot": None, "expires_on": None},
        {"product": "HA serum", "lot": "L1", "expires_on": "2026-06-30"},
    ]
    cleared = cli_json(
        cli_env, "product", "expiry", "--product", "HA serum", "--lot", "L1", "--expires",
        "none", "--data-dir", d,
    )  # fmt: skip
    assert cleared[1]["expires_on"] is None
    bad = run_cli(
        cli_env, "product", "expiry", "--product", "HA serum", "--expires", "soon",
        "--data-dir", d,
    )  # fmt: skip
    assert bad.returncode == 2 and "not an ISO date" in bad.stderr
    missing = run_cli(cli_env, "product", "expiry", "--product", "Nope", "--data-dir", d)
    assert missing.returncode != 0 and len(missing.stderr.strip().splitlines()) == 1
