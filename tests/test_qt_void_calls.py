"""Regression guard for the PySide6 6.12.0 / CPython 3.11 crash (issue 2, "Known trap").

With that pair every void-returning Qt call takes one reference off ``None``; a few thousand
calls later the interpreter aborts with "Fatal Python error: none_dealloc". On 3.12+ ``None``
is immortal and the same build is harmless. Three guards: the calls themselves survive, the
installed pair is not the broken one, and the dependency markers keep every 3.11 user off it.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tomllib
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name
from packaging.version import Version

ROOT = Path(__file__).resolve().parent.parent
BROKEN = Version("6.12.0")
KNOWN_GOOD = Version("6.11.3")
QT_DISTRIBUTIONS = {"pyside6", "pyside6-essentials", "pyside6-addons", "shiboken6"}
MARKER = "VOID-CALLS-DONE"
CALLS = 100_000

# Runs in a child process: the failure mode is an abort, which would kill pytest itself.
VOID_CALLS = f"""
import sys
from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QApplication, QLabel

app = QApplication([])
label = QLabel()
image = QImage(64, 64, QImage.Format.Format_ARGB32)
size = QSize(1, 1)
color = QColor(200, 80, 40)
rect = QRect(2, 2, 20, 20)
before = sys.getrefcount(None)
third = {CALLS} // 3
painter = QPainter(image)
for i in range(third):
    size.setWidth(i)                     # void
    label.setText("x")                   # void
    painter.fillRect(rect, color)        # void
for i in range({CALLS} - 3 * third):
    painter.drawLine(QPoint(0, 0), QPoint(i % 64, 63))  # void
painter.end()
drift = before - sys.getrefcount(None)
print("{MARKER}", size.width(), drift, flush=True)
"""


def _qt_env() -> dict[str, str]:
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    return env


def test_100k_void_qt_calls_do_not_abort_the_interpreter() -> None:
    done = subprocess.run(
        [sys.executable, "-c", VOID_CALLS],
        capture_output=True,
        text=True,
        timeout=120,
        env=_qt_env(),
    )
    assert done.returncode == 0, f"exit {done.returncode}: {done.stderr[-2000:]}"
    assert "none_dealloc" not in done.stderr
    lines = [line for line in done.stdout.splitlines() if line.startswith(MARKER)]
    assert lines, f"no completion marker; stdout={done.stdout!r} stderr={done.stderr[-2000:]!r}"
    _, width, drift = lines[-1].split()
    assert int(width) == CALLS // 3 - 1
    # The leak shows as None's refcount falling by one per call long before the abort; allow
    # slack for interpreter noise (None is immortal on 3.12+, so the drift there is 0).
    assert abs(int(drift)) < 1_000, f"None lost {drift} references over {CALLS} Qt calls"


def _installed(dist: str) -> Version | None:
    try:
        return Version(version(dist))
    except PackageNotFoundError:
        return None


def test_the_installed_pyside6_and_python_pair_is_not_the_broken_one() -> None:
    qt = _installed("PySide6-Essentials") or _installed("PySide6")
    assert qt is not None, "PySide6 is not installed"
    broken = qt.release[:3] == BROKEN.release and sys.version_info < (3, 12)
    assert not broken, f"PySide6 {qt} on Python {sys.version.split()[0]} aborts (none_dealloc)"
    # And what is installed is what pyproject allows for this interpreter.
    for req in _qt_requirements():
        if req.marker is None or req.marker.evaluate():
            assert req.specifier.contains(qt, prereleases=True), f"{qt} violates {req}"


def _qt_requirements() -> list[Requirement]:
    """Every Qt requirement in pyproject: core dependencies and every optional group."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    lines = list(project.get("dependencies", []))
    for group in project.get("optional-dependencies", {}).values():
        lines.extend(group)
    reqs = [Requirement(line) for line in lines]
    return [r for r in reqs if canonicalize_name(r.name) in QT_DISTRIBUTIONS]


def _allows(python: str, candidate: Version) -> bool:
    """Would pip accept ``candidate`` for every Qt requirement that applies on ``python``?"""
    env = {"python_version": python, "python_full_version": f"{python}.0"}
    applicable = [r for r in _qt_requirements() if r.marker is None or r.marker.evaluate(env)]
    assert applicable, f"no PySide6 requirement applies on Python {python}"
    return all(r.specifier.contains(candidate, prereleases=True) for r in applicable)


def test_pyproject_declares_pyside6() -> None:
    names = {canonicalize_name(r.name) for r in _qt_requirements()}
    assert "pyside6-essentials" in names


@pytest.mark.parametrize("python", ["3.11"])
def test_dependency_markers_keep_python_311_off_pyside6_6_12_0(python: str) -> None:
    assert not _allows(python, BROKEN)
    assert _allows(python, KNOWN_GOOD), "the markers leave no working PySide6 for 3.11"


@pytest.mark.parametrize("python", ["3.12", "3.13"])
def test_dependency_markers_allow_6_12_0_where_none_is_immortal(python: str) -> None:
    assert _allows(python, BROKEN)
