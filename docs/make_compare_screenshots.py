"""Render the compare window in each mode to docs/screenshots/compare-*.png and timelapse.png.

    QT_QPA_PLATFORM=offscreen .venv/bin/python docs/make_compare_screenshots.py [--out DIR]

Uses the generated (synthetic, no real person) photos of the compare tests.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from dataclasses import replace
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests" / "compare_ui"))

from face_photos import journal_with_pair  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from needlejournal.journal.records import PhotoEdit  # noqa: E402
from needlejournal.ui.compare import open_compare  # noqa: E402
from needlejournal.ui.ops import Workers  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as tmp:
        pair = journal_with_pair(Path(tmp), size=(1200, 900))
        capture = {"skin": "clean", "light": "ring light", "camera": "Pixel 8"}
        b = PhotoEdit.of(pair.library.get(pair.b_id))
        pair.library.update(replace(b, capture=capture))  # shows the comparability hint
        window = open_compare(
            None,
            pair.library,
            pair.client_id,
            [pair.a_id, pair.b_id],
            client_name="Ines Moreau",
            workers=Workers.inline(),
            show=False,
        )
        window.resize(1280, 820)
        window.show()
        app.processEvents()
        window.toggle_anchor_mode()
        app.processEvents()
        window.grab().save(str(args.out / "compare-anchors-unaligned.png"))
        window.toggle_anchor_mode()
        window.session.request_auto_align()
        app.processEvents()
        window.grab().save(str(args.out / "compare-autoalign.png"))
        window.session.accept_suggestion()
        for mode in ("side-by-side", "wipe", "overlay", "difference"):
            window.set_mode(mode)  # type: ignore[arg-type]
            if mode == "wipe":
                window.left.set_wipe(0.42)
            app.processEvents()
            window.grab().save(str(args.out / f"compare-{mode}.png"))
        window.set_mode("side-by-side")
        window.toggle_anchor_mode()
        app.processEvents()
        window.grab().save(str(args.out / "compare-anchors.png"))
        window.toggle_anchor_mode()
        window.help.toggle()
        app.processEvents()
        window.grab().save(str(args.out / "compare-help.png"))
        window.help.toggle()
        window.open_timelapse()
        dialog = window.timelapse
        dialog.resize(900, 720)
        dialog.show()
        app.processEvents()
        dialog.show_frame(1)
        dialog.grab().save(str(args.out / "timelapse.png"))
        window.close()
        pair.journal.close()
    print(f"screenshots in {args.out}")


if __name__ == "__main__":
    main()
