"""The Progress tab's "What worked…" in German and Spanish (issue 14): the settings (a depth
on an area, a product in a phase) and the series (the texture score, a named scale by area and
rater, a region's photo measure and what a lower value means) come from the journal as data
and are said in the window's language; the command line's English is unchanged."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from needlejournal.journal.api import Journal
from needlejournal.journal.records import (
    AreaDraft,
    ClientDraft,
    ProductDraft,
    ProductUseDraft,
    RatingDraft,
    TreatmentDraft,
)
from needlejournal.journal.what_worked import summary_lines, what_worked
from needlejournal.ui.main_window import MainWindow
from needlejournal.ui.what_worked_dialog import WhatWorkedDialog

WindowIn = Callable[..., MainWindow]
ENGLISH = re.compile(
    r"\b(sessions?|with|at|on|all|cheeks|texture score|lower|is|darker|smoother|right after|"
    r"spot|evenness|photoageing|type)\b",
    re.IGNORECASE,
)
EXPECTED = {
    "de": {
        "all": "Alle Sitzungen",
        "depth": "Wangen: Sitzungen mit 1,0–1,4 mm",
        "texture": "Texturwert",
        "named": "Flecken (VISIA) · Stirn — Dr. Ruiz",
        "photo": "left cheek (Frontal) Textur",
        "hint": "niedriger ist glatter",
    },
    "es": {
        "all": "Todas las sesiones",
        "depth": "Mejillas: sesiones a 1,0–1,4 mm",
        "texture": "Puntuación de textura",
        "named": "Manchas (VISIA) · Frente — Dr. Ruiz",
        "photo": "left cheek (Frontal) textura",
        "hint": "menor es más liso",
    },
}


def history(journal: Journal, tmp_path: Path) -> int:
    """Measured photos around three sessions at 1.2 mm on the cheeks, texture scores, a
    VISIA spots grade on the forehead by Dr. Ruiz before and after each, a serum in aftercare."""
    from measured_photos import build

    client = journal.save_client(ClientDraft("Ana Lima")).client
    measured = build(journal, tmp_path, client_id=client.id)
    serum = journal.save_product(ProductDraft("Hyaluron Serum"))
    now = datetime.now(UTC).replace(microsecond=0)
    for n, session_id in enumerate(measured.sessions):
        old = next(
            t
            for t in journal.timeline(client.id).entries
            if t.kind == "treatment" and t.id == session_id
        )
        draft = TreatmentDraft(
            client.id,
            old.when,
            (AreaDraft("cheeks", 1.2),),
            products=(ProductUseDraft(serum.id, "aftercare", day_offset=0),),
            texture_score=4 + n,
            id=session_id,
            version=old.version,
        )
        journal.save_treatment(draft)
        journal.add_rating(
            client.id,
            RatingDraft("visia-spots", 3 - min(n, 1), area="forehead", rater="Dr. Ruiz"),
            treatment_id=session_id,
        )
    journal.add_rating(
        client.id,
        RatingDraft("visia-spots", 1, area="forehead", rater="Dr. Ruiz"),
        when=now - timedelta(days=1),
    )
    return client.id


@pytest.mark.parametrize("language", ["de", "es"])
def test_what_worked_speaks_the_language(
    qtbot: QtBot, window_in: WindowIn, journal: Journal, tmp_path: Path, language: str
) -> None:
    client_id = history(journal, tmp_path)
    window = window_in(language, "clinic")
    window.clients.select_client(client_id)
    window.middle.setCurrentWidget(window.progress)
    window.progress.what_worked_button.click()
    dialog = window.findChild(WhatWorkedDialog)
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.table.rowCount() > 0, timeout=20_000)

    def cell(r: int, c: int) -> str:
        item = dialog.table.item(r, c)
        assert item is not None
        return item.text()

    rows = [[cell(r, c) for c in range(4)] for r in range(dialog.table.rowCount())]
    want = EXPECTED[language]
    settings = {r[0] for r in rows}
    series = {r[1] for r in rows}
    assert want["all"] in settings and want["depth"] in settings, settings
    assert any("Hyaluron Serum" in s for s in settings), settings
    assert want["texture"] in series and want["named"] in series, series
    assert want["photo"] in series, series
    assert any(want["hint"] in r[3] for r in rows), rows
    for setting, name, _n, change in rows:
        words = f"{setting} | {name} | {change}".replace("Hyaluron Serum", "")
        assert not ENGLISH.search(words.replace("left cheek", "")), words
    dialog.close()


def test_the_command_line_sentences_are_unchanged(journal: Journal, tmp_path: Path) -> None:
    client_id = history(journal, tmp_path)
    lines = summary_lines(what_worked([journal.timeline(client_id, photos=True)]))
    assert lines[:6] == [
        "All sessions: n = 3, mean Spots (VISIA) · forehead — Dr. Ruiz change -0.7 per session",
        "All sessions: n = 2, mean texture change +1.0 per session",
        "Sessions at 1.0–1.4 mm on cheeks: n = 3, mean Spots (VISIA) · forehead — Dr. Ruiz "
        "change -0.7 per session",
        "Sessions with Hyaluron Serum in aftercare: n = 3, mean Spots (VISIA) · forehead — "
        "Dr. Ruiz change -0.7 per session",
        "Sessions at 1.0–1.4 mm on cheeks: n = 2, mean texture change +1.0 per session",
        "Sessions with Hyaluron Serum in aftercare: n = 2, mean texture change +1.0 per session",
    ]
