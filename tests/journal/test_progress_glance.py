"""Progress at a glance, the facts: main view, first vs latest, sessions between, score change."""

from __future__ import annotations

import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

from needlejournal.journal.progress import glance, main_view
from needlejournal.journal.records import (
    ObservationRecord,
    PhotoRecord,
    TimelineEntry,
    TreatmentRecord,
)

T0 = datetime(2026, 1, 5, 10, 0, tzinfo=UTC)


def photo(pid: int, view: str, days: int, role: str = "before") -> PhotoRecord:
    return PhotoRecord(
        id=pid,
        client_id=1,
        treatment_id=None,
        role=role,
        view=view,
        taken_at=T0 + timedelta(days=days),
        sha256=f"{pid:064x}",
        media_type="image/jpeg",
        width=640,
        height=480,
        bytes=1000,
        original_name=f"{pid}.jpg",
        capture={},
        landmarks=None,
        note="",
        version=1,
    )


def session(
    sid: int, days: int, texture: int | None = None, tone: int | None = None
) -> TreatmentRecord:
    return TreatmentRecord(
        id=sid,
        client_id=1,
        performed_at=T0 + timedelta(days=days, minutes=5),
        pain=None,
        numbing=False,
        downtime_days=None,
        adverse_events="",
        notes="",
        texture_note="",
        texture_score=texture,
        tone_note="",
        tone_score=tone,
        version=1,
        device=None,
        areas=(),
        products=(),
    )


def check(oid: int, days: int, texture: int | None, tone: int | None) -> ObservationRecord:
    return ObservationRecord(
        id=oid,
        client_id=1,
        observed_at=T0 + timedelta(days=days),
        treatment_id=None,
        texture_score=texture,
        tone_score=tone,
        redness=None,
        texture_note="",
        tone_note="",
        note="",
        rater="",
        version=1,
    )


def test_the_main_view_has_the_most_photos_and_front_wins_a_tie() -> None:
    assert main_view([]) is None
    assert (
        main_view([photo(1, "left45", 0), photo(2, "left45", 1), photo(3, "front", 2)]) == "left45"
    )
    assert main_view([photo(1, "closeup", 0), photo(2, "front", 1)]) == "front"


def test_first_and_latest_of_the_main_view_with_sessions_weeks_and_score_change() -> None:
    photos = [
        photo(1, "front", 0),
        photo(2, "front", 0, "after"),
        photo(3, "closeup", 20),
        photo(4, "front", 70),
        photo(5, "front", 42),
        photo(6, "left45", 90),  # later, but not the main view
    ]
    entries: list[TimelineEntry] = [
        session(10, 0, texture=4, tone=6),
        session(11, 28),
        session(12, 70, texture=6),
        session(13, 100),  # after the latest front photo: not between the two
        check(20, 56, texture=5, tone=4),
    ]
    g = glance(photos, entries)
    assert g.view == "front"
    assert g.first is not None and g.first.id == 1
    assert g.latest is not None and g.latest.id == 4
    assert g.photos_of_view == 4
    assert (g.sessions, g.days, g.weeks) == (3, 70, 10)
    assert g.texture is not None and (g.texture.first, g.texture.latest, g.texture.delta) == (
        4,
        6,
        2,
    )
    assert g.tone is not None and (g.tone.first, g.tone.latest, g.tone.delta) == (6, 4, -2)
    assert g.pair_key == (1, 1, 4, 1)
    assert not g.anchored


def test_one_photo_has_no_pair_and_no_photos_no_view() -> None:
    g = glance([photo(1, "front", 3)], [session(1, 0, texture=3)])
    assert g.first is not None and g.latest is None and g.pair_key is None
    assert g.sessions == 1 and g.texture is None  # one score is no change yet
    empty = glance([], [])
    assert empty.view is None and empty.first is None and empty.sessions == 0


GLANCE_SCRIPT = """
import sys
from dataclasses import replace
from pathlib import Path
from PIL import Image
from needlejournal.journal.api import Journal
from needlejournal.journal.anchors import with_anchors
from needlejournal.journal.photos import PhotoLibrary
from needlejournal.journal.progress import glance_images
from needlejournal.journal.records import ClientDraft, PhotoDraft
from needlejournal.paths import resolve

tmp = Path(sys.argv[1])
journal = Journal.open(resolve(tmp / "data"))
me = journal.save_client(ClientDraft("Mila"))
files = []
for i, colour in enumerate([(200, 120, 110), (190, 125, 115)]):
    files.append(tmp / f"{i}.jpg")
    Image.new("RGB", (640, 480), colour).save(files[-1])
lib = PhotoLibrary(journal)
first, latest = [lib.get(p.id) for p in lib.import_files(files, PhotoDraft(me.id)).imported]
a, b, aligned = glance_images(lib, first, latest, 320)
print(aligned, a.size, "numpy" in sys.modules)
anchored = [
    replace(p, landmarks=with_anchors(p.landmarks, ((100.0, 200.0), (500.0, 210.0))))
    for p in (first, latest)
]
a, b, aligned = glance_images(lib, anchored[0], anchored[1], 320)
print(aligned, b.size, "numpy" in sys.modules)
journal.close()
"""


def test_the_glance_imports_the_compare_modules_only_to_register(tmp_path: Path) -> None:
    """The first glance after an import imported numpy and the compare modules on a worker
    (~110 ms holding the GIL the window paints with; issue 15) for photos without anchors,
    which it never registers."""
    out = subprocess.run(
        [sys.executable, "-c", GLANCE_SCRIPT, str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    ).stdout.splitlines()
    assert out == ["False (320, 240) False", "True (320, 240) True"]
