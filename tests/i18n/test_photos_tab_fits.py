"""The Photos tab's filter row at 1.5× the font in German (issue 14): its three lists and two
buttons wrap onto a second row instead of holding the main window wider than ~930 px, so the
window narrows to 820 px with nothing cut off and the client list keeps its width."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta

import pytest
from a11y import clipped
from pytestqt.qtbot import QtBot

from needlejournal.journal.api import Journal
from needlejournal.journal.records import AreaDraft, ClientDraft, TreatmentDraft
from needlejournal.ui.main_window import MainWindow

WindowIn = Callable[..., MainWindow]
NARROW = 820


@pytest.mark.parametrize("language", ["de", "es", "en"])
def test_the_window_narrows_to_820_px_at_a_large_font_with_the_photos_tab(
    qtbot: QtBot, window_in: WindowIn, journal: Journal, large_font: float, language: str
) -> None:
    client = journal.save_client(ClientDraft("Ana Ruiz")).client
    when = datetime.now(UTC) - timedelta(days=12)
    journal.save_treatment(TreatmentDraft(client.id, when, (AreaDraft("cheeks", 1.0),)))
    window = window_in(language, "clinic")
    window.select_client(client.id)
    window.middle.setCurrentWidget(window.gallery)
    # The widest list reads a session's date ("Sitzung · 21. Nov. 2026").
    qtbot.waitUntil(lambda: window.gallery.session_filter.count() > 2, timeout=5000)
    assert window.minimumSizeHint().width() <= NARROW, window.minimumSizeHint()
    window.resize(NARROW, 640)
    qtbot.wait(100)  # the layouts settle
    assert window.width() <= NARROW + 1
    gallery = window.gallery
    assert clipped(gallery) == []
    for control in (*gallery.filters.combos(), gallery.compare_button, gallery.import_button):
        assert control.isVisibleTo(window)
        inside = control.mapTo(gallery, control.rect().bottomRight())
        assert inside.x() <= gallery.width() and inside.y() <= gallery.height(), control
        assert control.width() >= control.minimumSizeHint().width(), control
    # The lists show their longest entry, not a cut-off one.
    for combo in gallery.filters.combos():
        assert combo.width() >= combo.minimumSizeHint().width()
    assert window.clients.width() >= window.clients.minimumSizeHint().width()
