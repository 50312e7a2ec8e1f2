"""Bug 3: one photo, one day, in every view — the user's local day, never the UTC one.

At 20:00 UTC on 3 March it is 09:00 on Wednesday 4 March in Auckland. The gallery, the
compare window's captions and strip, exported comparison labels and time-lapse captions
must all say 4 March (they used to disagree: "03 Mar 2026" vs "Wed 4 Mar 2026").
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from needlejournal.dates import format_date, format_day, format_moment, format_when
from needlejournal.demo.photos import write_photo
from needlejournal.journal.api import Journal
from needlejournal.journal.compare import date_label
from needlejournal.journal.photos import PhotoLibrary
from needlejournal.journal.records import AreaDraft, ClientDraft, PhotoDraft, TreatmentDraft
from needlejournal.paths import resolve
from needlejournal.ui.compare import open_compare
from needlejournal.ui.gallery.model import GalleryModel
from needlejournal.ui.ops import Workers

EVENING_UTC = datetime(2026, 3, 3, 20, 0, tzinfo=UTC)


@pytest.fixture
def auckland() -> Iterator[None]:
    """This process in New Zealand (NZDT, UTC+13) for one test."""
    before = os.environ.get("TZ")
    os.environ["TZ"] = "Pacific/Auckland"
    time.tzset()
    try:
        yield
    finally:
        if before is None:
            del os.environ["TZ"]
        else:
            os.environ["TZ"] = before
        time.tzset()


@pytest.fixture
def journal_and_photos(tmp_path: Path) -> Iterator[tuple[PhotoLibrary, int, int, list[int]]]:
    journal = Journal.open(resolve(tmp_path / "data"))
    library = PhotoLibrary(journal)
    client = journal.save_client(ClientDraft("Ada Lovelace"))
    session = journal.save_treatment(
        TreatmentDraft(client.id, EVENING_UTC, (AreaDraft("cheeks", 1.0),))
    ).treatment
    ids = []
    for weeks in (0, 2):
        path = tmp_path / f"photo-{weeks}.jpg"
        taken = EVENING_UTC + timedelta(weeks=weeks)
        write_photo(Image.new("RGB", (320, 240), (180 - weeks, 140, 120)), path, taken)
        draft = PhotoDraft(client.id, treatment_id=session.id if weeks == 0 else None)
        ids.append(library.import_one(path, draft).id)
    yield library, client.id, session.id, ids
    journal.close()


def test_the_one_formatter_gives_the_local_day(auckland: None) -> None:
    assert format_date(EVENING_UTC) == "4 Mar 2026"
    assert format_day(EVENING_UTC) == "Wed 4 Mar 2026"
    assert format_when(EVENING_UTC) == "Wed 4 Mar 2026, 09:00"
    assert format_moment(EVENING_UTC) == "4 Mar 2026 09:00"


def test_every_window_view_and_export_label_says_the_local_day(
    auckland: None,
    qtbot: QtBot,
    journal_and_photos: tuple[PhotoLibrary, int, int, list[int]],
) -> None:
    library, client_id, session_id, (first, later) = journal_and_photos
    photos = library.list_photos(client_id)
    photo = next(p for p in photos if p.id == first)
    assert photo.taken_at == EVENING_UTC  # stored in UTC

    # The gallery: tooltip and the session's section title.
    gallery = GalleryModel()
    gallery.set_photos(client_id, photos, {session_id: EVENING_UTC})
    row = next(
        r for r in range(gallery.rowCount()) if gallery.index(r).data(gallery.IdRole) == first
    )
    assert "Wed 4 Mar 2026" in gallery.index(row).data(Qt.ItemDataRole.ToolTipRole)
    assert gallery.sections()[0].title == "Session · Wed 4 Mar 2026"

    # Exported comparisons and time-lapse captions are drawn from date_label.
    assert date_label(photo) == "4 Mar 2026 · Front"

    # The compare window: A's caption and the strip under it.
    window = open_compare(
        None,
        library,
        client_id,
        [first, later],
        client_name="Ada Lovelace",
        workers=Workers.inline(),
        show=False,
    )
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.left.caption.startswith("A · "), timeout=5000)
    assert "4 Mar 2026" in window.left.caption and "3 Mar" not in window.left.caption
    strip = window.strip_model
    texts = [strip.index(r).data(Qt.ItemDataRole.DisplayRole) for r in range(strip.rowCount())]
    assert sorted(t.splitlines()[0] for t in texts) == ["A · 4 Mar 2026", "B · 18 Mar 2026"]
