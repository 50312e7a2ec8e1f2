"""Install it like an app: the built wheel works outside the checkout.

Builds the wheel, installs it into a fresh venv in a temporary folder (its dependencies taken
from this test environment's site-packages through a ``.pth`` file, so the test needs no
network and no second copy of Qt), then runs the installed ``needlejournal`` the way a user
would: ``--version``, ``demo``, ``check``, the window (offscreen), ``--install-desktop-entry``.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest
from window_probe import window_probe

from needlejournal import __version__

REPO = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(out), str(REPO)],
        check=True,
        capture_output=True,
        timeout=600,
    )
    (built,) = out.glob("needlejournal-*.whl")
    return built


@pytest.fixture(scope="module")
def venv(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("venv") / "v"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(root)], check=True)
    python = root / "bin" / "python"
    site = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.strip()
    # Dependencies from this environment. A path added by a .pth is not a site dir, so the
    # editable install's own .pth finder there is not run: only the wheel's copy is importable.
    deps = {sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"]}
    Path(site, "needlejournal_test_deps.pth").write_text("\n".join(sorted(deps)) + "\n")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "--python",
            str(python),
            "install",
            "-q",
            "--no-deps",
            str(wheel),
        ],
        check=True,
        capture_output=True,
        timeout=300,
    )
    return root


def _run(venv: Path, *args: str, cwd: Path, **env: str) -> subprocess.CompletedProcess[str]:
    environ = {k: v for k, v in os.environ.items() if not k.startswith("NEEDLEJOURNAL_")}
    environ.update(QT_QPA_PLATFORM="offscreen", **env)
    return subprocess.run(
        [str(venv / "bin" / "needlejournal"), *args],
        cwd=cwd,
        env=environ,
        capture_output=True,
        text=True,
        timeout=300,
    )


def test_wheel_carries_migrations_icons_and_desktop_files(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "needlejournal/db/migrations/env.py" in names
    assert "needlejournal/db/migrations/script.py.mako" in names
    assert any(n.startswith("needlejournal/db/migrations/versions/0001_") for n in names)
    assert "needlejournal/ui/assets/needlejournal-256.png" in names
    assert "needlejournal/ui/assets/needlejournal.svg" in names
    assert "needlejournal/data/needlejournal.desktop" in names
    assert "needlejournal/data/io.github.needlejournal.NeedleJournal.metainfo.xml" in names
    assert "needlejournal/py.typed" in names
    for language in ("en", "de", "es"):  # the compiled catalogues the window loads (not the .ts)
        assert f"needlejournal/i18n/needlejournal_{language}.qm" in names
    assert not any(n.startswith(("tests/", "benchmarks/")) for n in names)


def test_installed_command_runs_outside_the_checkout(venv: Path, tmp_path: Path) -> None:
    where = subprocess.run(
        [str(venv / "bin" / "python"), "-c", "import needlejournal; print(needlejournal.__file__)"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    assert Path(where).is_relative_to(venv), where

    version = _run(venv, "--version", cwd=tmp_path)
    assert version.returncode == 0, version.stderr
    assert version.stdout.strip() == f"needlejournal {__version__}"

    data = tmp_path / "journal"
    demo = _run(
        venv, "demo", "--data-dir", str(data), "--clients", "2", "--treatments", "2", cwd=tmp_path
    )
    assert demo.returncode == 0, demo.stderr
    check = _run(venv, "check", "--data-dir", str(data), "--json", cwd=tmp_path)
    assert check.returncode == 0, check.stderr
    assert json.loads(check.stdout)["ok"] is True
    listed = _run(venv, "client", "list", "--data-dir", str(data), "--json", cwd=tmp_path)
    assert len(json.loads(listed.stdout)) == 2


def test_installed_window_opens_offscreen(venv: Path, tmp_path: Path) -> None:
    data = tmp_path / "journal"
    probe = window_probe(data)
    environ = {k: v for k, v in os.environ.items() if not k.startswith("NEEDLEJOURNAL_")}
    environ["QT_QPA_PLATFORM"] = "offscreen"
    done = subprocess.run(
        [str(venv / "bin" / "python"), "-c", probe],
        cwd=tmp_path,
        env=environ,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr, done.stderr
    assert "WINDOWS" in done.stdout and "NeedleJournal" in done.stdout, done.stdout
    assert (data / "journal.sqlite3").stat().st_size > 0  # the journal was created and opened


def test_install_desktop_entry_registers_file_icons_and_metainfo(
    venv: Path, tmp_path: Path
) -> None:
    home = tmp_path / "share"
    done = _run(venv, "--install-desktop-entry", cwd=tmp_path, XDG_DATA_HOME=str(home))
    assert done.returncode == 0, done.stderr
    entry = (home / "applications" / "needlejournal.desktop").read_text()
    exec_line = next(line for line in entry.splitlines() if line.startswith("Exec="))
    # The absolute path of the installed command: ~/.local/bin is often not on a menu's PATH.
    assert exec_line == f"Exec={venv / 'bin' / 'needlejournal'}"
    assert "Icon=needlejournal" in entry
    for size in (16, 48, 256, 512):
        icon = home / "icons" / "hicolor" / f"{size}x{size}" / "apps" / "needlejournal.png"
        assert icon.read_bytes().startswith(b"\x89PNG")
    assert (home / "icons" / "hicolor" / "scalable" / "apps" / "needlejournal.svg").exists()
    metainfo = home / "metainfo" / "io.github.needlejournal.NeedleJournal.metainfo.xml"
    assert "<id>io.github.needlejournal.NeedleJournal</id>" in metainfo.read_text()
