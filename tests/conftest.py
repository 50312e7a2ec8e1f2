"""Suite-wide set-up: headless Qt before anything imports it, and the PostgreSQL URL fixture.

Fixtures for one area live next to its tests (tests/journal/conftest.py and friends).
"""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

# First, before any test module (or pytest-qt) imports Qt: without a display Qt's default
# platform plugin aborts the whole process, so every test runs on the offscreen platform.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Qt would otherwise warn about (and, as root in CI, refuse) a missing or world-readable
# runtime dir; give it a private one.
if "XDG_RUNTIME_DIR" not in os.environ:
    _runtime = tempfile.mkdtemp(prefix="nj-xdg-runtime-")
    os.chmod(_runtime, 0o700)
    os.environ["XDG_RUNTIME_DIR"] = _runtime
    atexit.register(shutil.rmtree, _runtime, ignore_errors=True)

# QSettings (the window's state) and anything else following XDG write under
# XDG_CONFIG_HOME: a test must never touch the real user's settings, nor read them.
_config_home = tempfile.mkdtemp(prefix="nj-xdg-config-")
os.environ["XDG_CONFIG_HOME"] = _config_home
atexit.register(shutil.rmtree, _config_home, ignore_errors=True)  # one per pytest process

PG_URL_ENV = "NEEDLEJOURNAL_TEST_PG_URL"


@pytest.fixture(scope="session")
def qapp_cls() -> type:
    """pytest-qt's QApplication, with the English catalogue the app installs at start-up
    (``ui.language``): without it "%n session(s)" would read "2 session(s)"."""
    from PySide6.QtWidgets import QApplication

    from needlejournal.ui import language

    class StartedApplication(QApplication):
        def __init__(self, args: list[str]) -> None:
            super().__init__(args)
            language.install(self, "en")

    return StartedApplication


@pytest.fixture
def large_font(qapp: QApplication) -> Iterator[float]:
    """The system font at 1.5× (what a user with "Large text" gets), restored after."""
    from PySide6.QtGui import QFont

    before = QFont(qapp.font())
    bigger = QFont(before)
    bigger.setPointSizeF(before.pointSizeF() * 1.5)
    qapp.setFont(bigger)
    yield bigger.pointSizeF()
    qapp.setFont(before)


@pytest.fixture(scope="session")
def pg_url() -> str:
    """The clinic-mode test server (``postgresql+psycopg://…``); skips the test without one."""
    url = os.environ.get(PG_URL_ENV, "").strip()
    if not url:
        pytest.skip(f"{PG_URL_ENV} is not set (no PostgreSQL server for clinic-mode tests)")
    return url
