"""A Python snippet that opens the real window on a journal, reports what is shown, and quits."""

from __future__ import annotations

from pathlib import Path


def window_probe(data_dir: Path, after_ms: int = 4000) -> str:
    """Source for ``python -c``: prints ``WINDOWS [titles]`` after ``after_ms``, exits 0."""
    return (
        "import sys\n"
        "from PySide6.QtCore import QTimer\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from needlejournal.paths import resolve\n"
        "from needlejournal.ui.startup import run\n"
        "app = QApplication(sys.argv[:1])\n"
        "def report():\n"
        "    shown = [w.windowTitle() for w in app.topLevelWidgets() if w.isVisible()]\n"
        "    print('WINDOWS', shown, flush=True)\n"
        "    app.quit()\n"
        f"QTimer.singleShot({after_ms}, report)\n"
        f"sys.exit(run(resolve({str(data_dir)!r}), sys.argv[:1]))\n"
    )
