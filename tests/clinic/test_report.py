"""The PDF progress report: opens, has its pages, its text is extractable (name, dates,
depths, lots), its photos carry no EXIF, the shareable variant has none; paper from the
locale; written all or nothing. Read back with pypdf."""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from clinic_helpers import Clinic, cli_json, import_photo, photo_with_gps, run_cli
from PIL import Image
from pypdf import PdfReader

from needlejournal.journal.consents import ConsentDraft, save_consent
from needlejournal.journal.photos import PhotoLibrary
from needlejournal.journal.records import ClientRecord, PhotoEdit
from needlejournal.paths import DataPaths
from needlejournal.report import ReportCancelled, write_report
from needlejournal.report.paper import paper_for_locale

NAME = "Zoë Marchetti"
NOTE = "internal-note-7f3a"
DAYS = (date(2026, 3, 2), date(2026, 4, 6), date(2026, 5, 11))
LEAKS = (b"LeakyCam", b"SERIAL-424242", b"Exif\x00", b"http://ns.adobe.com/xap")


def _client_with_photos(
    clinic: Clinic, tmp_path: Path, consent: date | None = None
) -> ClientRecord:
    zoe = clinic.client(NAME, skin_type="III", concerns="acne scars", consent_on=consent)
    sessions = [
        clinic.session(
            zoe,
            DAYS[0],
            {"cheeks": 1.0, "forehead": 0.5},
            lot="HA-1",
            notes=NOTE,
            texture=4,
            tone=5,
        ),
        clinic.session(zoe, DAYS[1], {"cheeks": 1.5}, lot="HA-2", texture=6, tone=6),
        clinic.session(zoe, DAYS[2], {"cheeks": 1.75}, texture=7, tone=7),
    ]
    for i, t in enumerate(sessions[:2]):
        for role in ("before", "after"):
            path = photo_with_gps(tmp_path / f"{i}-{role}.jpg", seed=i * 2 + (role == "after"))
            import_photo(clinic.journal, path, zoe.id, t.id, role, "front")
    return zoe


def _text(reader: PdfReader) -> str:
    return "\n".join(page.extract_text() for page in reader.pages)


def test_report_pages_text_and_clean_images(clinic: Clinic, tmp_path: Path) -> None:
    zoe = _client_with_photos(clinic, tmp_path)
    out = tmp_path / "zoe.pdf"
    written = write_report(clinic.journal, zoe.id, out, paper="A4")
    reader = PdfReader(out)
    assert 2 <= len(reader.pages) <= 6 and written.pages == len(reader.pages)
    assert round(float(reader.pages[0].mediabox.width)) == 595  # A4: 210 mm
    text = _text(reader)
    for expected in (
        NAME,
        "Sessions: 3",
        "2 Mar 2026",
        "6 Apr 2026",
        "11 May 2026",
        "1.75 mm",
        "1.5 mm",
        "0.5 mm",
        "lot HA-1",
        "Dermapen 4",
        NOTE,
    ):
        assert expected in text, expected
    images = [im for page in reader.pages for im in page.images]
    assert len(images) == written.photos == 4
    raw = out.read_bytes()
    for leak in LEAKS:
        assert leak not in raw, leak
    for im in images:
        assert im.data[:2] == b"\xff\xd8"  # the JPEG we encoded, embedded as it is
        decoded = Image.open(io.BytesIO(im.data))
        assert not decoded.getexif() and "exif" not in decoded.info and "xmp" not in decoded.info
        assert max(decoded.size) <= 1008  # print size (PRINT_SIDE), not the 1600 px original
    assert out.stat().st_mode & 0o777 == 0o600


def test_shareable_report_leaves_out_photos_and_internal_notes(
    clinic: Clinic, tmp_path: Path
) -> None:
    zoe = _client_with_photos(clinic, tmp_path)
    out = tmp_path / "share.pdf"
    written = write_report(clinic.journal, zoe.id, out, shareable=True, paper="Letter")
    reader = PdfReader(out)
    assert [im for page in reader.pages for im in page.images] == []
    assert written.photos == 0 and written.photos_left_out
    text = _text(reader)
    assert NAME in text and "1.75 mm" in text and NOTE not in text
    assert "no consent to share" in text
    assert round(float(reader.pages[0].mediabox.width)) == 612  # Letter: 8.5 in


def test_shareable_with_marketing_consent_on_file_keeps_photos(
    clinic: Clinic, tmp_path: Path
) -> None:
    zoe = _client_with_photos(clinic, tmp_path, consent=date(2026, 3, 1))
    # A treatment consent is not a consent to share photos.
    treated = write_report(clinic.journal, zoe.id, tmp_path / "t.pdf", shareable=True)
    assert treated.photos == 0
    marketing = ConsentDraft(zoe.id, "marketing", date(2026, 3, 1), "Eva")
    save_consent(clinic.journal, marketing)
    written = write_report(clinic.journal, zoe.id, tmp_path / "c.pdf", shareable=True)
    assert written.photos == 4
    assert NOTE not in _text(PdfReader(tmp_path / "c.pdf"))


def test_shareable_report_omits_a_photo_without_sharing_consent(
    clinic: Clinic, tmp_path: Path
) -> None:
    """Per-photo sharing consent: defaults from the marketing consent, set per photo."""
    zoe = _client_with_photos(clinic, tmp_path)
    save_consent(clinic.journal, ConsentDraft(zoe.id, "marketing", date(2026, 3, 1), "Eva"))
    library = PhotoLibrary(clinic.journal)
    photos = library.list_photos(zoe.id)
    assert all(p.share_consent is None for p in photos)  # as the marketing consent says
    private = photos[0]
    library.update(replace(PhotoEdit.of(private), share_consent=False))
    assert library.get(private.id).share_consent is False
    out = tmp_path / "share.pdf"
    written = write_report(clinic.journal, zoe.id, out, shareable=True)
    assert written.photos == 3
    reader = PdfReader(out)
    assert len([im for page in reader.pages for im in page.images]) == 3
    assert "1 photo left out" in _text(reader)
    full = write_report(clinic.journal, zoe.id, tmp_path / "full.pdf")
    assert full.photos == 4  # the clinic's own report keeps every photo

    # Without a marketing consent only a photo allowed by hand is shared.
    bea = clinic.client("Bea")
    path = photo_with_gps(tmp_path / "bea.jpg", seed=9)
    import_photo(clinic.journal, path, bea.id, None, "progress", "front")
    path2 = photo_with_gps(tmp_path / "bea2.jpg", seed=10)
    allowed_id = import_photo(clinic.journal, path2, bea.id, None, "progress", "front")
    library.update(replace(PhotoEdit.of(library.get(allowed_id)), share_consent=True))
    shared = write_report(clinic.journal, bea.id, tmp_path / "bea.pdf", shareable=True)
    assert shared.photos == 1


def test_cancelled_report_writes_nothing(clinic: Clinic, tmp_path: Path) -> None:
    zoe = _client_with_photos(clinic, tmp_path)
    folder = tmp_path / "out"
    folder.mkdir()
    with pytest.raises(ReportCancelled):
        write_report(clinic.journal, zoe.id, folder / "x.pdf", cancelled=lambda: True)
    assert list(folder.iterdir()) == []


@pytest.mark.parametrize(
    ("env", "paper"),
    [
        ({"LANG": "en_US.UTF-8"}, "Letter"),
        ({"LANG": "fr_CA.UTF-8"}, "Letter"),
        ({"LANG": "en_GB.UTF-8"}, "A4"),
        ({"LANG": "en_US.UTF-8", "LC_PAPER": "de_DE.UTF-8"}, "A4"),
        ({"LC_ALL": "en_US.UTF-8", "LC_PAPER": "de_DE.UTF-8"}, "Letter"),
        ({"LANG": "C.UTF-8"}, "A4"),
        ({}, "A4"),
    ],
)
def test_paper_follows_the_locale(env: dict[str, str], paper: str) -> None:
    assert paper_for_locale(env) == paper


def test_cli_report_letter_from_locale_and_bad_input(
    clinic: Clinic, data_paths: DataPaths, cli_env: dict[str, str], tmp_path: Path
) -> None:
    _client_with_photos(clinic, tmp_path)
    clinic.journal.close()
    base = ("--data-dir", data_paths.data_dir, "report")
    env = {**cli_env, "LANG": "en_US.UTF-8"}
    env.pop("LC_ALL", None)
    env.pop("LC_PAPER", None)
    out = tmp_path / "r.pdf"
    data = cli_json(env, *base, "--client", NAME, "--out", out)
    assert data["paper"] == "Letter" and data["photos"] == 4 and data["sessions"] == 3
    assert len(PdfReader(out).pages) == data["pages"]
    for args, code in (
        (("--client", "Nobody", "--out", tmp_path / "n.pdf"), 2),
        (("--client", NAME, "--out", tmp_path / "r.txt"), 2),
        (("--client", NAME, "--out", tmp_path / "missing" / "r.pdf"), 2),
    ):
        done = run_cli(cli_env, *base, *args)
        assert done.returncode == code, done.stderr
        assert len(done.stderr.strip().splitlines()) == 1 and "Traceback" not in done.stderr
    assert not (tmp_path / "n.pdf").exists()
