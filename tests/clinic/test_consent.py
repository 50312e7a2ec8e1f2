"""Consent on file (issue 11): consent entries with a signed document stored by content hash
like a photo (and as crash-safe), the warning on a new session without a current treatment
consent, and documents carried by export/import and removed by erasure."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from clinic_helpers import Clinic, cli_json, photo_with_gps, run_cli
from fork_server import ForkServer, cli_modules

from needlejournal.journal.api import Journal
from needlejournal.journal.client_archive import export_client
from needlejournal.journal.client_erase import erase_client
from needlejournal.journal.client_import import import_client
from needlejournal.journal.consents import (
    ConsentDraft,
    document_path,
    list_consents,
    save_consent,
)
from needlejournal.journal.errors import InvalidInput
from needlejournal.paths import resolve


def signed_pdf(path: Path, text: str = "signed consent") -> Path:
    """A small real PDF (fpdf2 is a dependency: the report uses it)."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", size=12)
    pdf.cell(text=text)
    pdf.output(str(path))
    return path


def _store_files(data: Path) -> dict[str, bytes]:
    photos = data / "photos"
    return {
        p.name: p.read_bytes()
        for p in photos.rglob("*")
        if p.is_file() and not p.relative_to(photos).parts[0].startswith(".")
    }


def _warned(session: dict[str, object]) -> list[str]:
    warnings = session.get("warnings")
    assert isinstance(warnings, list)
    return [w["rule"] for w in warnings if w["rule"] == "consent"]


def test_consent_with_a_pdf_is_stored_by_hash_and_listed(
    cli_env: dict[str, str], tmp_path: Path
) -> None:
    d = tmp_path / "data"
    cli_json(cli_env, "mode", "clinic", "--data-dir", d)
    cli_json(cli_env, "client", "add", "Ana Lima", "--data-dir", d)
    pdf = signed_pdf(tmp_path / "ana-consent.pdf")
    added = cli_json(
        cli_env, "consent", "add", "--client", "Ana Lima", "--kind", "treatment",
        "--date", "2026-11-02", "--by", "Eva Costa", "--document", pdf, "--data-dir", d,
    )  # fmt: skip
    import hashlib

    sha = hashlib.sha256(pdf.read_bytes()).hexdigest()
    assert added["document"]["sha256"] == sha
    stored = Path(added["document"]["path"])
    assert stored == d / "photos" / sha[:2] / f"{sha}.pdf"
    assert stored.read_bytes() == pdf.read_bytes()
    (listed,) = cli_json(cli_env, "consent", "list", "--client", "Ana Lima", "--data-dir", d)
    assert (listed["kind"], listed["given_on"], listed["taken_by"], listed["current"]) == (
        "treatment",
        "2026-11-02",
        "Eva Costa",
        True,
    )
    assert listed["document"]["name"] == "ana-consent.pdf"
    # The store's check knows the document: not an orphan, not a stray; repair keeps it.
    check = run_cli(cli_env, "check", "--data-dir", d, "--json")
    assert "orphan" not in check.stdout and "stray" not in check.stdout, check.stdout
    run_cli(cli_env, "check", "--repair", "--data-dir", d)
    assert stored.read_bytes() == pdf.read_bytes()


def test_a_document_that_is_not_a_pdf_or_image_is_refused_and_nothing_is_kept(
    cli_env: dict[str, str], tmp_path: Path
) -> None:
    d = tmp_path / "data"
    cli_json(cli_env, "mode", "clinic", "--data-dir", d)
    cli_json(cli_env, "client", "add", "Ana Lima", "--data-dir", d)
    before = _store_files(d)
    notes = tmp_path / "notes.txt"
    notes.write_text("not a consent form")
    truncated = tmp_path / "cut.pdf"
    truncated.write_bytes(signed_pdf(tmp_path / "whole.pdf").read_bytes()[:300])
    for bad, said in ((notes, "must be a PDF or an image"), (truncated, "truncated")):
        refused = run_cli(
            cli_env, "consent", "add", "--client", "Ana Lima", "--kind", "treatment",
            "--by", "Eva", "--document", bad, "--data-dir", d,
        )  # fmt: skip
        assert refused.returncode != 0
        assert said in refused.stderr and len(refused.stderr.strip().splitlines()) == 1
    no_taker = run_cli(
        cli_env, "consent", "add", "--client", "Ana Lima", "--kind", "treatment", "--by", " ",
        "--data-dir", d,
    )  # fmt: skip
    assert no_taker.returncode != 0 and "who took the consent" in no_taker.stderr
    assert cli_json(cli_env, "consent", "list", "--data-dir", d) == []
    assert _store_files(d) == before


def test_a_new_session_without_a_current_treatment_consent_is_warned(
    cli_env: dict[str, str], tmp_path: Path
) -> None:
    d = tmp_path / "data"
    cli_json(cli_env, "mode", "clinic", "--data-dir", d)
    cli_json(cli_env, "device", "add", "Pen", "--kind", "pen", "--data-dir", d)
    for name in ("Ana", "Bea", "Cy", "Dee"):
        cli_json(cli_env, "client", "add", name, "--data-dir", d)
    consent = ("consent", "add", "--kind", "treatment", "--by", "Eva", "--data-dir", d)
    cli_json(cli_env, *consent, "--client", "Bea", "--date", "2026-10-01")
    cli_json(cli_env, *consent, "--client", "Cy", "--date", "2025-01-01", "--until", "2025-12-31")
    cli_json(cli_env, *consent, "--client", "Dee", "--date", "2026-11-20")
    photography = ("--kind", "photography", "--by", "Eva", "--client", "Ana")
    cli_json(cli_env, "consent", "add", *photography, "--date", "2026-10-01", "--data-dir", d)

    def session(client: str) -> dict[str, object]:
        done: dict[str, object] = cli_json(
            cli_env, "treatment", "add", "--client", client, "--date", "2026-11-10",
            "--device", "Pen", "--area", "cheeks:0.5", "--data-dir", d,
        )  # fmt: skip
        return done

    ana = session("Ana")  # only a photography consent
    assert _warned(ana) == ["consent"]
    ana_warning = next(w for w in ana["warnings"] if w["rule"] == "consent")  # type: ignore[attr-defined]
    assert "no treatment consent on file" in ana_warning["message"]
    assert ana_warning["source"]
    assert _warned(session("Bea")) == []
    assert "expired" in str(session("Cy")["warnings"])
    assert "after this session" in str(session("Dee")["warnings"])
    text = run_cli(
        cli_env, "treatment", "add", "--client", "Ana", "--date", "2026-11-12",
        "--device", "Pen", "--area", "cheeks:0.5", "--data-dir", d,
    ).stdout  # fmt: skip
    assert "no treatment consent on file" in text and "source:" in text


def test_my_own_sessions_in_a_personal_journal_are_not_warned(
    cli_env: dict[str, str], tmp_path: Path
) -> None:
    d = tmp_path / "data"
    cli_json(cli_env, "client", "add", "Me", "--data-dir", d)
    cli_json(cli_env, "device", "add", "Roller", "--kind", "roller", "--data-dir", d)
    mine = cli_json(
        cli_env, "treatment", "add", "--client", "Me", "--date", "2026-11-10",
        "--device", "Roller", "--area", "cheeks:0.25", "--data-dir", d,
    )  # fmt: skip
    assert _warned(mine) == []


def test_the_older_consent_date_on_the_client_counts_as_treatment_consent(
    clinic: Clinic,
) -> None:
    ana = clinic.client("Ana", consent_on=date(2026, 1, 5))
    saved = clinic.session(ana, date(2026, 2, 1), {"cheeks": 1.0})
    assert [w for w in saved.warnings if w.rule == "consent"] == []
    clinic.journal.set_mode("clinic")
    bea = clinic.client("Bea")
    warned = clinic.session(bea, date(2026, 2, 1), {"cheeks": 1.0})
    assert [w.rule for w in warned.warnings if w.rule == "consent"] == ["consent"]


def test_documents_go_with_export_and_import_and_go_away_with_erasure(
    clinic: Clinic, tmp_path: Path
) -> None:
    j = clinic.journal
    ana = clinic.client("Ana Lima")
    bea = clinic.client("Bea Klein")
    pdf = signed_pdf(tmp_path / "ana.pdf", "Ana Lima consents")
    scan = photo_with_gps(tmp_path / "scan.jpg", 3)
    save_consent(j, ConsentDraft(ana.id, "treatment", date(2026, 1, 5), "Eva"), pdf)
    save_consent(j, ConsentDraft(ana.id, "marketing", date(2026, 1, 5), "Eva"), scan)
    shared = save_consent(j, ConsentDraft(bea.id, "treatment", date(2026, 1, 6), "Eva"), scan)
    archive = tmp_path / "ana.zip"
    export_client(j, ana.id, archive)
    other = Journal.open(resolve(tmp_path / "other"))
    try:
        report = import_client(other, archive)
        assert report.added["consents"] == 2
        got = other.run(lambda s: list_consents(s, report.client_id))
        assert sorted(c.kind for c in got) == ["marketing", "treatment"]
        by_kind = {c.kind: c for c in got}
        path = document_path(other, by_kind["treatment"])
        assert path is not None and path.read_bytes() == pdf.read_bytes()
        assert by_kind["treatment"].document_name == "ana.pdf"
        again = import_client(other, archive)
        assert again.added["consents"] == 0 and again.already_there["consents"] == 2
    finally:
        other.close()

    pdf_path = document_path(j, j.run(lambda s: list_consents(s, ana.id))[-1])
    assert pdf_path is not None and pdf_path.exists()
    erase_client(j, ana.id)
    assert not pdf_path.exists()  # only Ana had it
    kept = document_path(j, shared)
    assert kept is not None and kept.exists()  # Bea's copy of the same scan stays


def test_an_invalid_consent_stores_nothing(clinic: Clinic, tmp_path: Path) -> None:
    ana = clinic.client("Ana")
    pdf = signed_pdf(tmp_path / "a.pdf")
    before = _store_files(clinic.journal.paths.data_dir)
    with pytest.raises(InvalidInput):
        save_consent(
            clinic.journal,
            ConsentDraft(ana.id, "treatment", date(2026, 1, 5), "Eva", date(2025, 1, 1)),
            pdf,
        )
    with pytest.raises(InvalidInput):
        save_consent(clinic.journal, ConsentDraft(ana.id, "haircut", date(2026, 1, 5), "E"), pdf)
    assert _store_files(clinic.journal.paths.data_dir) == before


def _points(env: dict[str, str], args: list[str], log: Path) -> list[str]:
    done = subprocess.run(
        [sys.executable, "-m", "needlejournal", *args],
        env={**env, "NEEDLEJOURNAL_FAULT_LOG": str(log)},
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert done.returncode == 0, done.stderr
    return [line.split()[-1] for line in log.read_text().splitlines()]  # "N name" per step


# What ``consent add --document`` imports, so no forked child does (tests/fork_server.py).
CONSENT_ADD_MODULES = cli_modules(
    "needlejournal.commands.consent",
    "needlejournal.journal.consents",
    "needlejournal.photos.documents",
    "needlejournal.photos.store",
)


@pytest.mark.slow
def test_a_kill_at_any_step_of_adding_a_document_leaves_row_and_file_together(
    cli_env: dict[str, str], tmp_path: Path
) -> None:
    """kill -9 at each durable step of ``consent add --document``: after the next start,
    either the consent is there with its document, or neither is (no stray file).

    Each kill point starts from a copy of one prepared journal, and the killed command is
    forked from a process that imported the CLI once: what a kill leaves is the same, this
    loop just no longer starts four interpreters per step (it took ~50 s of CI)."""
    pdf = signed_pdf(tmp_path / "c.pdf")
    import hashlib

    sha = hashlib.sha256(pdf.read_bytes()).hexdigest()
    template = tmp_path / "template"
    cli_json(cli_env, "mode", "clinic", "--data-dir", template)
    cli_json(cli_env, "client", "add", "Ana", "--data-dir", template)

    add = ["consent", "add", "--client", "Ana", "--kind", "treatment", "--by", "Eva"]
    probe = tmp_path / "probe"
    shutil.copytree(template, probe)
    names = _points(
        cli_env, [*add, "--document", str(pdf), "--data-dir", str(probe)], tmp_path / "log"
    )
    assert any(n.startswith("photos.place") for n in names), names
    server = ForkServer(CONSENT_ADD_MODULES, cli_env)
    try:
        for k in range(1, len(names) + 1):
            d = tmp_path / f"k{k}"
            shutil.copytree(template, d)
            argv = [*add, "--document", str(pdf), "--data-dir", str(d)]
            killed = server.run(
                argv, {**cli_env, "NEEDLEJOURNAL_FAULT_AT": str(k)}, module="needlejournal"
            )
            assert killed.returncode == -9, (k, killed.stderr)
            listed = cli_json(cli_env, "consent", "list", "--data-dir", d)  # opening recovers
            stored = d / "photos" / sha[:2] / f"{sha}.pdf"
            if listed:
                assert listed[0]["document"]["sha256"] == sha and stored.exists(), k
            else:
                assert not stored.exists(), f"kill at step {k} ({names[k - 1]}) left a stray file"
            leftovers = [
                p for p in (d / "photos" / ".staging").iterdir() if p.suffix in (".part", ".claim")
            ]
            assert leftovers == [], (k, leftovers)
    finally:
        server.close()
    assert os.environ.get("NEEDLEJOURNAL_FAULT_AT") is None


def test_a_journal_that_records_no_consent_at_all_is_not_warned_until_it_does(
    clinic: Clinic,
) -> None:
    clinic.journal.set_mode("clinic")
    ana = clinic.client("Ana")
    quiet = clinic.session(ana, date(2026, 2, 1), {"cheeks": 1.0})
    assert [w for w in quiet.warnings if w.rule == "consent"] == []
    bea = clinic.client("Bea")
    save_consent(clinic.journal, ConsentDraft(bea.id, "treatment", date(2026, 1, 1), "Eva"))
    warned = clinic.session(ana, date(2026, 3, 1), {"cheeks": 1.0})
    assert [w.rule for w in warned.warnings if w.rule == "consent"] == ["consent"]
    assert [
        w
        for w in clinic.session(bea, date(2026, 3, 1), {"cheeks": 1.0}).warnings
        if w.rule == "consent"
    ] == []
