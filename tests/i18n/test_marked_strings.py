"""Every user-visible string in the window goes through Qt's translation system.

The scanner (``unmarked.py``) is itself tested on small sources, so a scan that finds nothing
means the window is clean, not that the scanner is blind.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from unmarked import scan, scan_source

ROOT = Path(__file__).resolve().parents[2]
UI = ROOT / "needlejournal" / "ui"


def test_every_visible_string_in_the_window_is_marked_for_translation() -> None:
    found = scan(UI, ROOT)
    assert not found, (
        "Wrap these in self.tr(…) (QObject subclasses) or QCoreApplication.translate(…), "
        "then run scripts/update-translations and translate the new entries:\n"
        + "\n".join(map(str, found))
    )


@pytest.mark.parametrize(
    "source",
    [
        'label.setText("Save")',
        'QLabel("Client name", self)',
        'menu.addAction("&Open…")',
        'box.setToolTip(f"{n} photos")',
        'QMessageBox.warning(self, "Oops", "It broke")',
        'combo.addItem("Cheeks", "cheeks")',
        'w.setText("{} sessions".format(n))',
        'w.setText("Total: " + str(n))',
        'w.setHorizontalHeaderLabels(["Area", "Depth"])',
        'QFileDialog.getSaveFileName(self, "Save as", "", "PNG images (*.png)")',
        'translate("Ctx", "%n photo(s)", "", n)',
        'confirm(self, "Delete", question)',
    ],
)
def test_the_scanner_finds_an_unmarked_string(source: str) -> None:
    assert scan_source(source, Path("x.py")), source


@pytest.mark.parametrize(
    "source",
    [
        'label.setText(self.tr("Save"))',
        'QLabel(QCoreApplication.translate("Ctx", "Client name"), self)',
        'w.setText(self.tr("{n} photos").format(n=n))',
        'w.setText(self.tr("%n photo(s)", "", n))',
        'w.setText("—")',
        "w.setText(name)",
        'w.setWindowTitle("NeedleJournal")',
        'w.setText("x")  # i18n: not shown',
    ],
)
def test_the_scanner_lets_marked_and_wordless_text_pass(source: str) -> None:
    assert not scan_source(source, Path("x.py")), source
