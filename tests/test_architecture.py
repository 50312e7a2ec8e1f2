"""The layer rules of DESIGN.md §1, checked by machine.

Three independent checks, so one tool's blind spot is covered by another:
- import-linter's contracts from pyproject.toml (the whole import graph);
- a walk over every ``import`` statement in the source, including ones inside functions and
  relative ones, which the contracts see only once the module is importable;
- what a fresh interpreter has actually loaded after importing the window modules: the first
  paint must not wait for SQLAlchemy (≈ 290 ms) or Pillow.
"""

from __future__ import annotations

import ast
import importlib.util
import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "needlejournal"

QT_PACKAGES = ("PySide6", "shiboken6")
STORAGE_PACKAGES = ("sqlalchemy", "alembic", "needlejournal.db")
# Only these may import Qt: the widgets and the GUI entry point (composition root).
QT_ALLOWED = ("needlejournal/ui/", "needlejournal/app.py")
# Importing any of these must leave SQLAlchemy and Pillow unloaded, so the window paints
# before the journal opens. The first existing main-window module is the one checked.
MAIN_WINDOW_CANDIDATES = ("needlejournal.ui.main_window", "needlejournal.ui.window")
FIRST_PAINT_FORBIDDEN = ("sqlalchemy", "alembic", "PIL", "pillow_heif", "numpy")


def _module_name(path: Path, root: Path) -> str:
    parts = list(path.relative_to(root).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _imports(path: Path, root: Path = ROOT) -> Iterator[tuple[int, str]]:
    """(line, absolute module name) for every import in a file, relative ones resolved."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    package = _module_name(path, root)
    if path.name != "__init__.py":
        package = package.rpartition(".")[0]
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield node.lineno, alias.name
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - (node.level - 1)]
                stem = ".".join([*base, node.module] if node.module else base)
            else:
                stem = node.module or ""
            yield node.lineno, stem
            # ``from needlejournal import db`` imports the package needlejournal.db.
            for alias in node.names:
                yield node.lineno, f"{stem}.{alias.name}"


def _within(module: str, packages: tuple[str, ...]) -> bool:
    return any(module == p or module.startswith(p + ".") for p in packages)


def _sources() -> list[Path]:
    return sorted(PACKAGE.rglob("*.py"))


def _relative(path: Path) -> str:
    return path.relative_to(ROOT).as_posix()


def test_source_tree_is_found() -> None:
    # Guards the walks below against passing vacuously on a moved package.
    assert len(_sources()) > 10
    assert (PACKAGE / "ui" / "__init__.py").exists()


def test_import_resolution_sees_relative_nested_and_from_imports(tmp_path: Path) -> None:
    probe = tmp_path / "needlejournal" / "ui" / "probe.py"
    probe.parent.mkdir(parents=True)
    probe.write_text(
        "from ..db import models\n"
        "from needlejournal import db\n"
        "def later():\n"
        "    import PySide6.QtCore\n",
        encoding="utf-8",
    )
    found = {name for _, name in _imports(probe, tmp_path)}
    assert {"needlejournal.db", "needlejournal.db.models", "PySide6.QtCore"} <= found
    assert _within("needlejournal.db.models", STORAGE_PACKAGES)
    assert not _within("needlejournal.dbx", STORAGE_PACKAGES)


def test_qt_is_imported_only_by_the_ui_and_the_gui_entry_point() -> None:
    offenders = [
        f"{_relative(path)}:{line} imports {name}"
        for path in _sources()
        if not _relative(path).startswith(QT_ALLOWED)
        for line, name in _imports(path)
        if _within(name, QT_PACKAGES)
    ]
    assert offenders == [], "Qt outside needlejournal/ui/ and app.py:\n" + "\n".join(offenders)


def test_the_ui_never_imports_the_database_layer() -> None:
    offenders = [
        f"{_relative(path)}:{line} imports {name}"
        for path in sorted((PACKAGE / "ui").rglob("*.py"))
        for line, name in _imports(path)
        if _within(name, STORAGE_PACKAGES)
    ]
    assert offenders == [], "storage imports inside needlejournal/ui/:\n" + "\n".join(offenders)


def test_commands_reach_storage_only_through_the_journal() -> None:
    offenders = [
        f"{_relative(path)}:{line} imports {name}"
        for path in sorted((PACKAGE / "commands").rglob("*.py"))
        for line, name in _imports(path)
        if _within(name, ("alembic", "needlejournal.db"))
    ]
    assert offenders == [], "database imports in needlejournal/commands/:\n" + "\n".join(offenders)


def test_the_layers_contract_is_configured() -> None:
    import tomllib

    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    layered = [c for c in config["tool"]["importlinter"]["contracts"] if c["type"] == "layers"]
    assert len(layered) == 1
    layers = [[m.strip() for m in layer.split("|")] for layer in layered[0]["layers"]]
    assert layers == [
        ["needlejournal.ui", "needlejournal.commands"],
        ["needlejournal.journal"],
        ["needlejournal.db", "needlejournal.photos"],
        ["needlejournal.guidance"],
        ["needlejournal.paths"],
    ]


def test_import_linter_contracts_hold() -> None:
    # Run as a separate process: import-linter builds its graph by importing nothing, but it
    # configures global state we do not want inside the test process.
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys; from importlinter.cli import lint_imports_command; "
            "sys.exit(lint_imports_command())",
            "--no-cache",
            "--no-logo",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    report = done.stdout + done.stderr
    assert done.returncode == 0, report
    assert " broken" in report and " 0 broken" in report, report


def _exists(module: str) -> bool:
    try:
        return importlib.util.find_spec(module) is not None
    except ModuleNotFoundError:  # a missing parent package
        return False


@pytest.mark.parametrize("module", ["needlejournal.app", "needlejournal.ui.startup", "main window"])
def test_first_paint_path_leaves_the_database_and_pillow_unloaded(module: str) -> None:
    if module == "main window":
        window = [name for name in MAIN_WINDOW_CANDIDATES if _exists(name)]
        if not window:
            pytest.skip("no main window module yet (" + ", ".join(MAIN_WINDOW_CANDIDATES) + ")")
        module = window[0]
    elif not _exists(module):
        pytest.skip(f"{module} does not exist yet")
    probe = (
        "import importlib, json, sys\n"
        f"importlib.import_module({module!r})\n"
        "print(json.dumps(sorted(sys.modules)))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        env=_offscreen_env(),
    )
    assert done.returncode == 0, done.stderr
    loaded = json.loads(done.stdout.strip().splitlines()[-1])
    assert module in loaded
    heavy = sorted(m for m in loaded if _within(m, FIRST_PAINT_FORBIDDEN))
    assert heavy == [], f"importing {module} loads {heavy[:8]}: import them after the first paint"


def _offscreen_env() -> dict[str, str]:
    import os

    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    return env
