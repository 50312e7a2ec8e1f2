"""Render every window and dialog of NeedleJournal to docs/screenshots/*.png (light and dark).

    QT_QPA_PLATFORM=offscreen .venv/bin/python docs/make_screenshots.py [--out docs/screenshots]

Uses ``needlejournal.demo.fill_demo`` when it exists, else a small realistic clinic journal
built here through the public Journal API.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("TZ", "Europe/London")

from needlejournal.journal.api import Journal
from needlejournal.journal.records import (
    AreaDraft,
    ClientDraft,
    DeviceDraft,
    ObservationDraft,
    ProductDraft,
    ProductUseDraft,
    TreatmentDraft,
)
from needlejournal.paths import resolve


def build_sample_journal(journal: Journal, now: datetime | None = None) -> None:
    """Four clinic clients; sessions four to six weeks apart with notes that change over time."""
    now = now or datetime.now(UTC).replace(hour=10, minute=30, second=0, microsecond=0)
    journal.set_mode("clinic")
    pen = journal.save_device(DeviceDraft("Dermapen 4", "pen", needle_count=16, cartridge="16-pin"))
    journal.save_device(DeviceDraft("Home roller 0.25", "roller", needle_count=540))
    p = {
        name: journal.save_product(ProductDraft(name, brand, kind, tuple(ingr)))
        for name, brand, kind, ingr in (
            ("Hyaluronic Glide", "Dermaplan", "serum", ["sodium hyaluronate", "glycerin"]),
            ("Lidocaine 4% cream", "LMX", "numbing cream", ["lidocaine"]),
            ("Peptide Recovery Mask", "Calmskin", "mask", ["copper peptides", "panthenol"]),
            ("Mineral SPF 50", "Sunwell", "sunscreen", ["zinc oxide"]),
            ("Vitamin C 15% serum", "Brightlab", "serum", ["L-ascorbic acid", "ferulic acid"]),
            ("Retinol 0.3% night cream", "Nightfix", "moisturiser", ["retinol"]),
        )
    }
    clients = [
        ClientDraft(
            "Amelia Hart",
            "III",
            "acne scarring on cheeks",
            "none",
            (now - timedelta(days=200)).date(),
        ),
        ClientDraft("Jonas Becker", "II", "fine lines, forehead", "", None),
        ClientDraft("Priya Raman", "IV", "post-inflammatory pigmentation", "keloid history: none"),
        ClientDraft("Sofia Álvarez", "V", "texture, enlarged pores", "isotretinoin ended 2024"),
    ]
    plans = [
        # (days ago, cheeks depth, texture, tone, note)
        [
            (170, 1.0, 4, 5, "Rolling scars visible in side light; skin otherwise calm."),
            (135, 1.25, 5, 5, "Scars a touch softer; mild redness lasted one day."),
            (100, 1.5, 6, 6, "Boxcar scars shallower at the edges; tone more even."),
            (64, 1.5, 6, 7, "Client notices makeup sits better; texture improving."),
            (30, 1.5, 7, 7, "Clear improvement on the left cheek; right cheek slower."),
        ],
        [
            (120, 0.75, 5, 6, "Forehead lines at rest; dry skin."),
            (85, 1.0, 6, 6, "Lines a little softer; hydration better."),
            (40, 1.0, 6, 7, "Steady; client happy with glow."),
        ],
        [(60, 0.5, 5, 4, "Pigment patches on both cheeks; first session kept gentle.")],
        [],
    ]
    for draft, plan in zip(clients, plans, strict=True):
        client = journal.save_client(draft)
        for i, (days, depth, texture, tone, note) in enumerate(plan):
            when = now - timedelta(days=days)
            products = [
                ProductUseDraft(p["Lidocaine 4% cream"].id, "prep"),
                ProductUseDraft(p["Hyaluronic Glide"].id, "during", lot_number=f"HG-24{i}7"),
                ProductUseDraft(p["Peptide Recovery Mask"].id, "post"),
                ProductUseDraft(p["Mineral SPF 50"].id, "aftercare"),
            ]
            if client.name == "Amelia Hart" and i == 4:
                products.append(ProductUseDraft(p["Retinol 0.3% night cream"].id, "aftercare"))
            areas = [
                AreaDraft("cheeks", depth, 3, "pinpoint_bleeding" if depth >= 1.5 else "erythema"),
                AreaDraft("forehead", min(depth, 0.75), 2, "erythema"),
            ]
            if i % 2 == 1:
                areas.append(AreaDraft("chin", min(depth, 1.0), 2, "erythema"))
            journal.save_treatment(
                TreatmentDraft(
                    client_id=client.id,
                    performed_at=when,
                    areas=tuple(areas),
                    device_id=pen.id,
                    products=tuple(products),
                    pain=3 + i % 3,
                    numbing=True,
                    downtime_days=1 + (depth >= 1.5),
                    texture_note=note,
                    texture_score=texture,
                    tone_note="More even" if tone > 5 else "Uneven, some redness",
                    tone_score=tone,
                    notes="Client to avoid actives for a week." if i == 0 else "",
                )
            )
            journal.save_observation(
                ObservationDraft(
                    client_id=client.id,
                    observed_at=when + timedelta(days=14),
                    texture_score=texture,
                    tone_score=min(tone + 1, 10),
                    redness=max(0, 2 - i),
                    note="Two-week check: healing well, no breakouts.",
                )
            )


def face_photo(path: Path, session: int, sessions: int, view: str, seed: int) -> Path:
    """A synthetic face-area photo: skin tone, texture, spots and redness that fade over time."""
    import random

    from PIL import Image, ImageDraw, ImageFilter

    rng = random.Random(seed)
    w, h = 1200, 900
    img = Image.new("RGB", (w, h), (222, 218, 212))
    d = ImageDraw.Draw(img)
    shift = rng.randint(-14, 14)
    cx = w // 2 + shift + {"front": 0, "left45": -90, "right45": 90}.get(view, 0)
    d.ellipse((cx - 300, 80, cx + 300, 880), fill=(214, 168, 140))
    d.rectangle((cx - 130, 780, cx + 130, 900), fill=(206, 160, 132))
    healing = 1 - session / max(1, sessions)
    for _ in range(int(60 * healing) + 8):  # spots and redness, fewer each session
        x, y = cx + rng.randint(-230, 230), rng.randint(330, 700)
        r = rng.randint(4, 11)
        d.ellipse((x - r, y - r, x + r, y + r), fill=(190, 110, 100))
    for ex in (-110, 110):  # eyes and brows
        if view == "front" or (view == "left45") == (ex < 0):
            d.ellipse((cx + ex - 48, 330, cx + ex + 48, 372), fill=(245, 240, 236))
            d.ellipse((cx + ex - 16, 336, cx + ex + 16, 368), fill=(92, 64, 48))
            d.rounded_rectangle((cx + ex - 62, 280, cx + ex + 58, 296), 8, fill=(120, 84, 64))
    d.rounded_rectangle((cx - 70, 690, cx + 70, 722), 16, fill=(176, 98, 96))
    img = img.filter(ImageFilter.GaussianBlur(2.5))
    grain = Image.effect_noise((w, h), 18).convert("RGB")
    img = Image.blend(img, grain, 0.06)
    img.save(path, "JPEG", quality=88)
    return path


def add_photos(journal: Journal, folder: Path) -> None:
    """Before/after photos for each session of the busiest client, and two progress photos."""
    from needlejournal.journal.photos import PhotoLibrary
    from needlejournal.journal.records import PhotoDraft, TreatmentRecord

    lib = PhotoLibrary(journal)
    client = max(journal.list_clients(), key=lambda c: c.treatment_count)
    if lib.list_photos(client.id):
        return  # the demo made them already
    sessions = [e for e in journal.timeline(client.id).entries if isinstance(e, TreatmentRecord)]
    folder.mkdir(parents=True, exist_ok=True)
    seed = 0
    for i, s in enumerate(sessions):
        for role, view in (("before", "front"), ("before", "left45"), ("after", "front")):
            seed += 1
            photo = face_photo(folder / f"s{i}-{role}-{view}.jpg", i, len(sessions), view, seed)
            capture: dict[str, object] = {"light": "Daylight (window)", "camera": "iPhone 15"}
            capture["skin"] = "clean" if role == "before" else "post"
            if role == "after":
                capture["day_after"] = 0
            when = s.performed_at.timestamp() + (0 if role == "before" else 3600)
            os.utime(photo, (when, when))  # no EXIF date: the file time is the date taken
            lib.import_one(photo, PhotoDraft(client.id, role, view, s.id, capture))
    for k in range(2):
        photo = face_photo(
            folder / f"progress-{k}.jpg", len(sessions), len(sessions), "front", 99 + k
        )
        lib.import_one(photo, PhotoDraft(client.id, "progress", "front", None, {"skin": "clean"}))


def render(out: Path, journal_dir: Path) -> list[Path]:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from needlejournal.ui import theme
    from needlejournal.ui.main_window import MainWindow
    from needlejournal.ui.tasks import TaskRunner

    app = QApplication.instance() or QApplication([sys.argv[0]])
    assert isinstance(app, QApplication)
    app.setStyle("Fusion")
    journal = Journal.open(resolve(journal_dir))
    made: list[Path] = []
    settings_file = journal_dir / "ui.ini"
    for scheme, palette in (("", theme.light_palette()), ("-dark", theme.dark_palette())):
        app.setPalette(palette)
        settings = QSettings(str(settings_file), QSettings.Format.IniFormat)
        settings.clear()
        window = MainWindow(settings, TaskRunner(inline=True))
        window.resize(1280, 800)
        window.show()
        window.attach_journal(journal)
        busiest = max(journal.list_clients(), key=lambda c: c.treatment_count)
        window.clients.select_client(busiest.id)
        window.timeline.view.setCurrentIndex(window.timeline_model.index(0))
        app.processEvents()

        def shot(widget: object, name: str, scheme: str = scheme) -> None:
            app.processEvents()
            path = out / f"{name}{scheme}.png"
            widget.grab().save(str(path))  # type: ignore[attr-defined]
            made.append(path)

        shot(window, "main-window")
        d = window.opener.edit_session(window.timeline_model.treatments()[0])
        assert d is not None
        shot(d, "session-dialog")
        d.close()
        o = window.opener.new_observation()
        assert o is not None
        shot(o, "observation-dialog")
        o.close()
        for name, opener in (
            ("product-library", window.opener.product_library),
            ("device-library", window.opener.device_library),
            ("guidance-settings", window.opener.guidance_settings),
            ("client-dialog", window.opener.edit_client),
        ):
            dialog = opener()
            assert dialog is not None
            shot(dialog, name)
            dialog.close()
        gallery_shots(window, journal, journal_dir, shot)
        window.close()
        window.deleteLater()
    journal.close()
    return made


def gallery_shots(window: Any, journal: Journal, folder: Path, shot: Callable[..., None]) -> None:
    """The Photos tab, the viewer and an import summary with a rejected file."""
    import time

    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    gallery = window.gallery

    def settle(until: Callable[[], bool], seconds: float = 20) -> None:
        end = time.perf_counter() + seconds
        while not until() and time.perf_counter() < end:
            app.processEvents()  # type: ignore[union-attr]
            time.sleep(0.005)

    window.middle.setCurrentWidget(gallery)
    settle(lambda: gallery.model.rowCount() > 0)
    settle(lambda: gallery.loader.pending_count() == 0 and gallery.loader.cached_count() > 8)
    settle(lambda: False, 0.3)
    gallery.view.setCurrentIndex(gallery.model.index(1))
    shot(window, "gallery")
    viewer = gallery.open_viewer(gallery.model.index(1))
    settle(lambda: viewer.image.reduced is not None)
    shot(viewer, "photo-viewer")
    viewer.image.actual_size()
    settle(lambda: viewer.image.full is not None)
    shot(viewer, "photo-viewer-100")
    viewer.close()
    files = [face_photo(folder / f"new-{k}.jpg", 5, 5, "front", 500 + k) for k in range(3)]
    broken = folder / "IMG_2041.HEIC"
    broken.write_bytes(b"ftypheic" + bytes(range(256)) * 4)
    dialog = gallery.start_import([files[0], broken, *files[1:]])
    assert dialog is not None
    dialog.accept()
    progress = gallery.progress
    settle(lambda: progress.outcome is not None)
    settle(lambda: False, 0.2)
    shot(progress, "import-progress")
    progress.close()
    window.middle.setCurrentWidget(window.timeline)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", default=str(Path(__file__).resolve().parent / "screenshots"))
    args = parser.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        journal = Journal.open(resolve(tmp))
        try:
            from needlejournal.demo import fill_demo  # type: ignore[import-not-found, unused-ignore]

            fill_demo(journal, clients=5, treatments=6, seed=7)
        except ImportError:
            build_sample_journal(journal)
        add_photos(journal, Path(tmp) / "photos")
        journal.close()
        for path in render(out, Path(tmp)):
            print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
