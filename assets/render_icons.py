"""Render assets/needlejournal.svg to the PNG sizes desktops and window managers ask for.

    QT_QPA_PLATFORM=offscreen .venv/bin/python assets/render_icons.py

The PNGs are also copied into needlejournal/ui/assets/ so an installed app finds its icon.
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
HERE = Path(__file__).resolve().parent
PACKAGE_ASSETS = HERE.parent / "needlejournal" / "ui" / "assets"


def main() -> int:
    _app = QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(HERE / "needlejournal.svg"))
    if not renderer.isValid():
        print("needlejournal.svg could not be read", file=sys.stderr)
        return 1
    PACKAGE_ASSETS.mkdir(parents=True, exist_ok=True)
    shutil.copy2(HERE / "needlejournal.svg", PACKAGE_ASSETS / "needlejournal.svg")
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        name = f"needlejournal-{size}.png"
        image.save(str(HERE / name))
        shutil.copy2(HERE / name, PACKAGE_ASSETS / name)
        print(HERE / name)
    return 0


if __name__ == "__main__":
    sys.exit(main())
