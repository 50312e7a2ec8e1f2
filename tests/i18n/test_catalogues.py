"""The German and Spanish catalogues are complete, current and compiled.

Runs the real Qt tools (``pyside6-lupdate``/``pyside6-lrelease``, as
``scripts/update-translations`` does) on copies in a temp folder: a string added to the window
without a translation fails here, and so does a .qm not rebuilt after its .ts changed.
"""

from __future__ import annotations

import importlib.util
import shutil
import sys
from importlib.machinery import SourceFileLoader
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]
CATALOGUES = ROOT / "needlejournal" / "i18n"
LANGUAGES = ("en", "de", "es")
FIX = "run scripts/update-translations and translate what it lists"


def _script() -> ModuleType:
    path = ROOT / "scripts" / "update-translations"
    loader = SourceFileLoader("update_translations", str(path))
    spec = importlib.util.spec_from_loader(loader.name, loader)
    assert spec is not None
    module = importlib.util.module_from_spec(spec)
    loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def refreshed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The catalogues as scripts/update-translations would leave them, in a temp folder."""
    script = _script()
    folder = tmp_path_factory.mktemp("i18n")
    for language in LANGUAGES:
        shutil.copy(CATALOGUES / f"needlejournal_{language}.ts", folder)
    setattr(script, "CATALOGUES", folder)  # noqa: B010  (a module loaded from a file)
    for language in LANGUAGES:
        script.update(language, quiet=True)
    return folder


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_string_of_the_window_is_translated(refreshed: Path, language: str) -> None:
    left = _script().unfinished(refreshed / f"needlejournal_{language}.ts")
    assert not left, f"{language}: {len(left)} unfinished ({FIX}):\n" + "\n".join(left)


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_committed_catalogue_is_current(refreshed: Path, language: str) -> None:
    name = f"needlejournal_{language}"
    fresh = (refreshed / f"{name}.ts").read_text(encoding="utf-8")
    assert (CATALOGUES / f"{name}.ts").read_text(encoding="utf-8") == fresh, (
        f"{name}.ts is not what lupdate makes of the code ({FIX})"
    )
    assert (CATALOGUES / f"{name}.qm").read_bytes() == (refreshed / f"{name}.qm").read_bytes(), (
        f"{name}.qm was not rebuilt from its .ts ({FIX})"
    )


def test_an_unfinished_entry_is_reported(tmp_path: Path) -> None:
    ts = tmp_path / "x_de.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="de">'
        "<context><name>Window</name>"
        "<message><source>Save</source><translation>Speichern</translation></message>"
        '<message><source>Open</source><translation type="unfinished"></translation></message>'
        '<message numerus="yes"><source>%n photo(s)</source><translation>'
        "<numerusform>%n Foto</numerusform><numerusform></numerusform></translation></message>"
        "</context></TS>",
        encoding="utf-8",
    )
    assert _script().unfinished(ts) == ["Window: 'Open'", "Window: '%n photo(s)'"]


def test_the_script_runs_with_this_python() -> None:
    assert Path(_script().tool("lupdate")).exists(), sys.executable
