"""Item models under QAbstractItemModelTester; window state; libraries and guidance settings."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from helpers import client_with_history, library
from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QAbstractItemModelTester
from pytestqt.qtbot import QtBot

from needlejournal.journal.api import Journal
from needlejournal.journal.records import ClientDraft
from needlejournal.ui.client_list import ClientListModel
from needlejournal.ui.main_window import MainWindow
from needlejournal.ui.ops import InlinePool, Workers
from needlejournal.ui.timeline_model import TimelineModel

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")

MakeWindow = Callable[..., MainWindow]
Mode = QAbstractItemModelTester.FailureReportingMode


def test_models_pass_the_model_tester(qtlog: object, journal: Journal) -> None:
    client = client_with_history(journal)
    journal.save_client(ClientDraft("Jonas Becker"))
    clients = ClientListModel()
    timeline = TimelineModel()
    testers = [QAbstractItemModelTester(m, Mode.Warning) for m in (clients, timeline)]
    clients.set_clients(journal.list_clients())
    clients.update_client(journal.save_client(ClientDraft("Priya Raman")))
    clients.update_client(journal.list_clients()[0])
    timeline.set_entries(journal.timeline(client.id).entries)
    timeline.set_entries(())
    timeline.set_entries(journal.timeline(client.id).entries)
    assert testers
    problems = [r.message for r in qtlog.records if "qt_modeltester" in r.message.lower()]  # type: ignore[attr-defined]
    assert problems == []
    assert clients.rowCount() == 3
    assert clients.roleNames()[ClientListModel.ClientRole].data() == b"client"
    assert timeline.rowCount() == 3
    whens = [timeline.data(timeline.index(r), TimelineModel.WhenRole) for r in range(3)]
    assert whens == sorted(whens, reverse=True)
    assert timeline.data(timeline.index(5), TimelineModel.EntryRole) is None


def test_geometry_and_splitter_sizes_persist(
    qtbot: QtBot, journal: Journal, settings_path: Path
) -> None:
    first = MainWindow(
        QSettings(str(settings_path), QSettings.Format.IniFormat), Workers(InlinePool())
    )
    qtbot.addWidget(first)
    first.show()
    first.resize(720, 530)
    first.splitter.setSizes([200, 300, 196])
    qtbot.waitUntil(lambda: first.width() == 720)
    sizes = first.splitter.sizes()
    first.close()

    second = MainWindow(
        QSettings(str(settings_path), QSettings.Format.IniFormat), Workers(InlinePool())
    )
    qtbot.addWidget(second)
    second.show()
    assert (second.width(), second.height()) == (720, 530)
    assert second.splitter.sizes() == sizes
    assert sizes != [0, 0, 0] and sizes[0] != sizes[1]


def test_product_and_device_libraries_save(
    qtbot: QtBot, journal: Journal, make_window: MakeWindow
) -> None:
    window = make_window("clinic")
    products = window.opener.product_library()
    assert products is not None
    products.name.setText("Copper Peptide Serum")
    products.brand.setText("Calmskin")
    products.ingredients.setText("copper tripeptide-1, panthenol , ")
    qtbot.mouseClick(products.save_button, Qt.MouseButton.LeftButton)
    stored = journal.list_products()
    assert [(p.name, p.ingredients) for p in stored] == [
        ("Copper Peptide Serum", ("copper tripeptide-1", "panthenol"))
    ]
    assert products.list.count() == 1 and window.controller is not None
    assert window.controller.products == stored  # the session dialog sees it at once
    products.name.setText("")
    qtbot.mouseClick(products.save_button, Qt.MouseButton.LeftButton)
    assert "needs a name" in products.problems.text()

    devices = window.opener.device_library()
    assert devices is not None
    devices.name.setText("Clinic pen")
    devices.kind.setCurrentIndex(devices.kind.findData("pen"))
    devices.needles.setValue(12)
    qtbot.mouseClick(devices.save_button, Qt.MouseButton.LeftButton)
    assert [(d.name, d.kind, d.needle_count) for d in journal.list_devices()] == [
        ("Clinic pen", "pen", 12)
    ]


def test_guidance_settings_are_stored(
    qtbot: QtBot, journal: Journal, make_window: MakeWindow
) -> None:
    window = make_window("clinic")
    d = window.opener.guidance_settings()
    assert d is not None
    d.home_max.setValue(0.8)
    d.washout["retinoids"].setValue(10)
    d.bands.item(1, 1).setText("21")  # type: ignore[union-attr]
    qtbot.mouseClick(d.save_button, Qt.MouseButton.LeftButton)
    stored = journal.guidance_settings()
    assert stored.home_max_depth_mm == 0.8
    assert stored.washout_days["retinoids"] == 10
    assert stored.interval_bands[1][1] == 21

    bad = window.opener.guidance_settings()
    assert bad is not None
    bad.bands.item(0, 1).setText("soon")  # type: ignore[union-attr]
    qtbot.mouseClick(bad.save_button, Qt.MouseButton.LeftButton)
    assert "Row 1" in bad.problem_text()
    assert journal.guidance_settings() == stored


def test_client_edit_keeps_identity(
    qtbot: QtBot, journal: Journal, make_window: MakeWindow
) -> None:
    library(journal)
    client = journal.save_client(ClientDraft("Amelia Hart"))
    window = make_window("clinic")
    d = window.opener.edit_client()
    assert d is not None
    d.concerns.setText("rolling scars")
    d.has_consent.setChecked(True)
    qtbot.mouseClick(d.save_button, Qt.MouseButton.LeftButton)
    stored = journal.find_client(str(client.id))
    assert stored.concerns == "rolling scars" and stored.consent_on is not None
    assert window.client_model.rowCount() == 1
    assert "rolling scars" in window.timeline.subtitle.text()
