"""Helpers the clinic tests import: build clients, sessions and photos through the journal API,
and run the CLI in a subprocess."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import UTC, date, datetime, time
from pathlib import Path
from typing import Any

from needlejournal.journal.api import Journal
from needlejournal.journal.records import (
    AreaDraft,
    ClientDraft,
    ClientRecord,
    DeviceDraft,
    ObservationDraft,
    ProductDraft,
    ProductUseDraft,
    TreatmentDraft,
    TreatmentRecord,
)


def noon(day: date) -> datetime:
    """Midday UTC: the same local day in every zone from UTC−11 to UTC+11."""
    return datetime.combine(day, time(12, 0), tzinfo=UTC)


class Clinic:
    """A small clinic on a real journal: one pen, two serums, clients made on demand."""

    def __init__(self, journal: Journal) -> None:
        self.journal = journal
        self.pen = journal.save_device(DeviceDraft("Dermapen 4", "pen", needle_count=16))
        self.serum = journal.save_product(
            ProductDraft("Hyaluronic serum", "Lab A", "serum", ("hyaluronic acid",))
        )
        self.balm = journal.save_product(ProductDraft("Recovery balm", "Lab B", "balm"))

    def client(self, name: str, **kw: Any) -> ClientRecord:
        return self.journal.save_client(ClientDraft(name, **kw)).client

    def session(
        self,
        client: ClientRecord,
        day: date,
        depths: dict[str, float],
        *,
        lot: str = "",
        notes: str = "",
        texture: int | None = None,
        tone: int | None = None,
    ) -> TreatmentRecord:
        products = (ProductUseDraft(self.serum.id, "post", lot_number=lot),) if lot else ()
        draft = TreatmentDraft(
            client_id=client.id,
            performed_at=noon(day),
            areas=tuple(AreaDraft(a, d, passes=2) for a, d in depths.items()),
            device_id=self.pen.id,
            products=products,
            notes=notes,
            texture_score=texture,
            tone_score=tone,
        )
        return self.journal.save_treatment(draft).treatment

    def skin_check(self, client: ClientRecord, day: date) -> None:
        self.journal.save_observation(
            ObservationDraft(client.id, noon(day), texture_score=5, tone_score=5)
        )


def run_cli(env: dict[str, str], *args: str | Path | int) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "needlejournal", *map(str, args)],
        capture_output=True,
        text=True,
        env=env,
        timeout=180,
    )


def cli_json(env: dict[str, str], *args: str | Path | int) -> Any:
    done = run_cli(env, *args, "--json")
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def photo_with_gps(path: Path, seed: int, size: tuple[int, int] = (1600, 1200)) -> Path:
    """A JPEG whose EXIF carries GPS, a camera serial and a date: what must not leak."""
    from PIL import Image, ImageDraw

    im = Image.new("RGB", size, (200 - seed % 50, 150 + seed % 60, 120 + (seed * 7) % 90))
    draw = ImageDraw.Draw(im)
    draw.ellipse(
        (size[0] // 4, size[1] // 4, size[0] * 3 // 4, size[1] * 3 // 4),
        fill=(seed * 13 % 255, 90, 60),
    )
    exif = Image.Exif()
    exif[0x010F] = "LeakyCam"  # Make
    exif[0x0110] = "Model S"  # Model
    exif[0x0132] = "2026:03:01 12:00:00"  # DateTime
    gps = exif.get_ifd(0x8825)
    gps[1], gps[2] = "N", (51.0, 30.0, 12.0)  # GPSLatitudeRef, GPSLatitude
    gps[3], gps[4] = "W", (0.0, 7.0, 39.0)
    exif_ifd = exif.get_ifd(0x8769)
    exif_ifd[0xA431] = "SERIAL-424242"  # BodySerialNumber
    im.save(path, "JPEG", quality=80, exif=exif)
    return path


def import_photo(
    journal: Journal, path: Path, client_id: int, treatment_id: int | None, role: str, view: str
) -> int:
    from needlejournal.journal.photos import PhotoLibrary
    from needlejournal.journal.records import PhotoDraft

    library = PhotoLibrary(journal)
    draft = PhotoDraft(client_id, role=role, view=view, treatment_id=treatment_id)
    return library.import_one(path, draft).id
