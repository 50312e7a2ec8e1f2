"""Lot recall on a real journal and through the CLI process."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from clinic_helpers import Clinic, cli_json, run_cli

from needlejournal.journal.lots import recall_in
from needlejournal.journal.records import ClientDraft
from needlejournal.paths import DataPaths


def _calendar(clinic: Clinic) -> None:
    ana, ben, cy = clinic.client("Ana"), clinic.client("Ben"), clinic.client("Cy")
    clinic.session(ana, date(2026, 3, 1), {"cheeks": 1.0}, lot="HA-100")
    clinic.session(ben, date(2026, 3, 5), {"cheeks": 1.0}, lot=" ha-100 ")
    clinic.session(ben, date(2026, 4, 5), {"cheeks": 1.0}, lot="HA-200")
    clinic.session(cy, date(2026, 4, 9), {"cheeks": 1.0})  # no product at all
    # An archived client still has to be reached by a recall.
    c = clinic.journal.find_client("Ana")
    clinic.journal.save_client(
        replace(ClientDraft(c.name), id=c.id, version=c.version, archived=True)
    )


def test_recall_by_product_and_by_lot(clinic: Clinic) -> None:
    _calendar(clinic)
    every = recall_in(clinic.journal, "hyaluronic SERUM")
    assert [(u.client_name, u.lot_number) for u in every.uses] == [
        ("Ana", "HA-100"),
        ("Ben", " ha-100 "),
        ("Ben", "HA-200"),
    ]
    one = recall_in(clinic.journal, str(clinic.serum.id), "ha-100")
    assert [u.client_name for u in one.uses] == ["Ana", "Ben"]
    assert one.uses[0].client_archived
    assert one.client_ids == (one.uses[0].client_id, one.uses[1].client_id)
    assert recall_in(clinic.journal, "Recovery balm").uses == ()


def test_cli_lot_json_text_and_unknown_product(
    clinic: Clinic, data_paths: DataPaths, cli_env: dict[str, str]
) -> None:
    _calendar(clinic)
    clinic.journal.close()
    base = ("--data-dir", data_paths.data_dir, "lot")
    data = cli_json(cli_env, *base, "--product", "Hyaluronic serum", "--lot", "HA-100")
    assert data["clients"] == 2 and data["lot"] == "HA-100"
    assert [(u["client"], u["performed_at"][:10], u["phase"]) for u in data["uses"]] == [
        ("Ana", "2026-03-01", "post"),
        ("Ben", "2026-03-05", "post"),
    ]
    text = run_cli(cli_env, *base, "--product", "Hyaluronic serum")
    assert text.returncode == 0
    assert "3 uses on 2 clients" in text.stdout and "Ana (archived)" in text.stdout
    unknown = run_cli(cli_env, *base, "--product", "Nope")
    assert unknown.returncode == 2
    assert unknown.stderr.strip().splitlines() == [
        "needlejournal: There is no product called “Nope”."
    ]
