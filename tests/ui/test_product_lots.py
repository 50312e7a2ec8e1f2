"""Library → Products… shows each product's lots with their expiry dates, says in words which
have expired or expire soon, and lets a user add a lot or correct one's number and date
(issue 11: the command line could, the window could not)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QApplication, QTableWidgetItem

from needlejournal.journal.api import Journal
from needlejournal.journal.errors import InvalidInput
from needlejournal.journal.expiry import expiries, save_lot, set_expiry
from needlejournal.journal.records import ProductDraft
from needlejournal.ui import theme
from needlejournal.ui.library_dialogs import ProductLibraryDialog
from needlejournal.ui.main_window import MainWindow
from needlejournal.ui.product_lots import ProductLots

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")

MakeWindow = Callable[..., MainWindow]


def _lots_of(journal: Journal, product: str) -> dict[str, date | None]:
    return {e.lot: e.expires_on for e in expiries(journal, product) if e.lot is not None}


def _library(window: MainWindow) -> tuple[ProductLibraryDialog, ProductLots]:
    dialog = window.opener.product_library()
    assert dialog is not None and dialog.lots is not None
    return dialog, dialog.lots


def _cell(lots: ProductLots, row: int, column: int) -> QTableWidgetItem:
    item = lots.table.item(row, column)
    assert item is not None
    return item


def _rows(lots: ProductLots) -> list[tuple[str, str]]:
    """Each lot's number and what its date means."""
    rows = range(lots.table.rowCount())
    return [(_cell(lots, r, 0).text(), _cell(lots, r, 1).text()) for r in rows]


def test_each_lot_is_shown_with_what_its_date_means(
    make_window: MakeWindow, journal: Journal
) -> None:
    journal.save_product(ProductDraft("Hyaluronic Glide", "Dermaplan", "serum", ()))
    today = date.today()
    set_expiry(journal, "Hyaluronic Glide", today - timedelta(days=3), lot="HG-OLD")
    set_expiry(journal, "Hyaluronic Glide", today + timedelta(days=10), lot="HG-SOON")
    set_expiry(journal, "Hyaluronic Glide", today + timedelta(days=400), lot="HG-NEW")
    set_expiry(journal, "Hyaluronic Glide", None, lot="HG-UNDATED")
    window = make_window("clinic")
    _dialog, lots = _library(window)
    rows = dict(_rows(lots))
    assert rows["HG-OLD"].startswith("Expired on ") and rows["HG-OLD"].endswith("do not use")
    assert rows["HG-SOON"] == "Expires soon: in 10 days"
    assert rows["HG-NEW"].startswith("Good until ")
    assert rows["HG-UNDATED"] == "No expiry date on file"
    assert lots.status.text() == ""  # not "No lots on file" while they are listed
    # The colour is a calm warning on the ones that want attention, never the only sign.
    warning = theme.warning_color(lots.palette())
    marked = {
        _cell(lots, r, 0).text()
        for r in range(lots.table.rowCount())
        if _cell(lots, r, 1).foreground().color() == warning
    }
    assert marked == {"HG-OLD", "HG-SOON"}


def test_a_lot_is_added_and_a_typo_in_its_number_corrected(
    make_window: MakeWindow, journal: Journal
) -> None:
    journal.save_product(ProductDraft("Hyaluronic Glide", "Dermaplan", "serum", ()))
    window = make_window("clinic")
    _dialog, lots = _library(window)
    assert lots.isEnabled() and lots.table.rowCount() == 0
    assert lots.status.text() == "No lots on file for this product yet."
    lots.number.setText("HG-2O26")  # a letter O where a zero belongs
    lots.expires.setDate(QDate(2027, 5, 31))
    assert lots.save_button.text() == "Add lot"
    lots.save_button.click()
    assert _lots_of(journal, "Hyaluronic Glide") == {"HG-2O26": date(2027, 5, 31)}
    assert "Saved lot HG-2O26" in lots.status.text()
    lots.table.setCurrentCell(0, 0)  # choose it: the form is filled
    assert lots.number.text() == "HG-2O26" and lots.save_button.text() == "Save lot"
    lots.number.setText("HG-2026")
    lots.no_date.setChecked(True)
    lots.save_button.click()
    assert _lots_of(journal, "Hyaluronic Glide") == {"HG-2026": None}
    assert _rows(lots) == [("HG-2026", "No expiry date on file")]


def test_a_number_already_on_file_is_refused_in_words(
    make_window: MakeWindow, journal: Journal
) -> None:
    journal.save_product(ProductDraft("Hyaluronic Glide", "Dermaplan", "serum", ()))
    set_expiry(journal, "Hyaluronic Glide", date(2027, 1, 1), lot="A-1")
    set_expiry(journal, "Hyaluronic Glide", date(2028, 1, 1), lot="B-2")
    window = make_window("clinic")
    _dialog, lots = _library(window)
    lots.table.setCurrentCell(1, 0)
    lots.number.setText("a-1")
    assert not lots.save()
    assert lots.status.text() == "Lot A-1 is already on file for this product."
    lots.edit(None)
    assert not lots.save()  # no number
    assert "lot number" in lots.status.text()
    assert _lots_of(journal, "Hyaluronic Glide") == {
        "A-1": date(2027, 1, 1),
        "B-2": date(2028, 1, 1),
    }
    with pytest.raises(InvalidInput, match="already has a lot A-1"):
        save_lot(journal, "Hyaluronic Glide", "A-1", None, was="B-2")


def test_a_new_product_has_no_lots_until_it_is_saved(
    make_window: MakeWindow, journal: Journal
) -> None:
    window = make_window("clinic")
    dialog, lots = _library(window)
    dialog.edit(None)
    assert not lots.isEnabled() and "Save the product first" in lots.status.text()


def test_the_lots_speak_german(
    make_window: MakeWindow, journal: Journal, qapp: QApplication
) -> None:
    from needlejournal.ui import language

    journal.save_product(ProductDraft("Hyaluronic Glide", "Dermaplan", "serum", ()))
    set_expiry(journal, "Hyaluronic Glide", date.today() + timedelta(days=1), lot="HG-1")
    language.install(qapp, "de")
    try:
        window = make_window("clinic")
        _dialog, lots = _library(window)
        assert _rows(lots)[0][1] == "Läuft bald ab: in 1 Tag"
        assert lots.save_button.text() == "Lot hinzufügen"
    finally:
        language.install(qapp, "en")
