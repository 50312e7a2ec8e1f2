"""Register NeedleJournal with the Linux desktop for the current user (``--install-desktop-entry``).

Follows the freedesktop.org specs: the ``.desktop`` file goes to
``$XDG_DATA_HOME/applications``, the icon to the ``hicolor`` theme in every size we ship, and
the AppStream metainfo to ``$XDG_DATA_HOME/metainfo``. A pipx or ``pip --user`` install puts
the command in ``~/.local/bin``, which a desktop session's PATH often lacks, so ``Exec=`` names
the command by its absolute path. Qt-free: the files are data shipped inside the package.
"""

from __future__ import annotations

import os
import shlex
import shutil
import sys
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from needlejournal.durable import atomic_write

DESKTOP_FILE = "needlejournal.desktop"
METAINFO_FILE = "io.github.needlejournal.NeedleJournal.metainfo.xml"
ICON_NAME = "needlejournal"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


@dataclass(frozen=True)
class InstalledEntry:
    desktop_file: Path
    icons: tuple[Path, ...]
    metainfo: Path


def xdg_data_home() -> Path:
    value = os.environ.get("XDG_DATA_HOME", "")
    # The spec: an unset, empty or relative value means the default.
    return Path(value) if os.path.isabs(value) else Path.home() / ".local" / "share"


def launch_command() -> str:
    """How the desktop should start this installation, as an ``Exec=`` value."""
    script = Path(sys.argv[0]).resolve() if sys.argv and sys.argv[0] else None
    if script is not None and script.name == "needlejournal" and os.access(script, os.X_OK):
        return shlex.quote(str(script))
    return f"{shlex.quote(sys.executable)} -m needlejournal"


def desktop_entry_text(exec_command: str) -> str:
    template = resources.files("needlejournal.data").joinpath(DESKTOP_FILE).read_text("utf-8")
    lines = [
        f"Exec={exec_command}" if line.startswith("Exec=") else line
        for line in template.splitlines()
    ]
    return "\n".join(lines) + "\n"


def _write(target: Path, data: bytes) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    # Rebuildable files: atomic (a menu never reads half an entry), no fsync needed.
    with atomic_write(target, fsync=False) as handle:
        handle.write(data)
    os.chmod(target, 0o644)  # desktop files and icons are not private


def install(data_home: Path | None = None, exec_command: str | None = None) -> InstalledEntry:
    """Write the desktop entry, icons and metainfo; safe to run again (files are replaced)."""
    home = data_home or xdg_data_home()
    assets = resources.files("needlejournal.ui").joinpath("assets")
    desktop = home / "applications" / DESKTOP_FILE
    _write(desktop, desktop_entry_text(exec_command or launch_command()).encode())

    icons: list[Path] = []
    for size in ICON_SIZES:
        target = home / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{ICON_NAME}.png"
        _write(target, assets.joinpath(f"{ICON_NAME}-{size}.png").read_bytes())
        icons.append(target)
    scalable = home / "icons" / "hicolor" / "scalable" / "apps" / f"{ICON_NAME}.svg"
    _write(scalable, assets.joinpath(f"{ICON_NAME}.svg").read_bytes())
    icons.append(scalable)

    metainfo = home / "metainfo" / METAINFO_FILE
    _write(metainfo, resources.files("needlejournal.data").joinpath(METAINFO_FILE).read_bytes())
    _refresh_desktop_caches(home)
    return InstalledEntry(desktop, tuple(icons), metainfo)


def _refresh_desktop_caches(home: Path) -> None:
    # Best effort: menus pick the entry up without these on most desktops, just later.
    import subprocess

    for tool, argument in (
        ("update-desktop-database", home / "applications"),
        ("gtk-update-icon-cache", home / "icons" / "hicolor"),
    ):
        if shutil.which(tool):
            subprocess.run(
                [tool, "-q", str(argument)], check=False, capture_output=True, timeout=30
            )
