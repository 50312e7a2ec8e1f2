"""PDF progress reports for one client (Qt-free: the CLI, the window's worker and the
benchmark share it).

``write_report`` gathers the client's sessions, skin checks and photos (``content``), decodes
the photos at print size on two threads with EXIF left behind (``images``), lays the pages out
with fpdf2 (``pdf``, ``chart``) on A4 or Letter from the locale (``paper``) and writes the file
atomically: a temp file beside the target, fsynced, renamed (``needlejournal.durable``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from needlejournal.durable import atomic_write
from needlejournal.report.paper import Paper, paper_for_locale

if TYPE_CHECKING:
    from needlejournal.journal.api import Journal

# progress(done, total): photos decoded count for most of the work, then the layout.
Progress = Callable[[int, int], None]


class ReportCancelled(Exception):
    """The user cancelled; nothing was written."""


@dataclass(frozen=True)
class WrittenReport:
    path: Path
    client_id: int
    client_name: str
    sessions: int
    photos: int
    pages: int
    paper: Paper
    shareable: bool
    photos_left_out: str | None
    bytes: int


def write_report(
    journal: Journal,
    client_id: int,
    target: Path,
    *,
    shareable: bool = False,
    paper: Paper | None = None,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
    now: datetime | None = None,
) -> WrittenReport:
    """Write the report of ``client_id`` to ``target`` (all or nothing)."""
    import threading

    from needlejournal.report.content import gather
    from needlejournal.report.images import print_images
    from needlejournal.report.pdf import render

    content = gather(journal, client_id, shareable=shareable, now=now or datetime.now(UTC))
    photos = [p for pair in content.pairs for p in pair.photos]
    total = len(photos) + 1
    counted = [0]
    lock = threading.Lock()

    def one_done() -> None:
        with lock:
            counted[0] += 1
            if progress is not None:
                progress(counted[0], total)

    if progress is not None:
        progress(0, total)
    files = [content.photo_files.get(p.sha256) for p in photos]
    decoded = print_images([f for f in files if f is not None], done=one_done, cancelled=cancelled)
    if cancelled is not None and cancelled():
        raise ReportCancelled("The report was cancelled; no file was written.")
    it = iter(decoded)
    images = {
        p.id: (next(it) if f is not None else None) for p, f in zip(photos, files, strict=True)
    }
    chosen: Paper = paper or paper_for_locale()
    data, pages = render(content, images, chosen)
    with atomic_write(target, suffix=".pdf") as handle:
        handle.write(data)
    target.chmod(0o600)
    from needlejournal.journal.audit import Action

    journal.record(
        Action.PRINTED_REPORT,
        client_id=content.client.id,
        details={"pages": pages, "photos": len(photos), "shareable": shareable},
    )
    if progress is not None:
        progress(total, total)
    return WrittenReport(
        path=target,
        client_id=content.client.id,
        client_name=content.client.name,
        sessions=len(content.sessions),
        photos=sum(1 for v in images.values() if v is not None),
        pages=pages,
        paper=chosen,
        shareable=shareable,
        photos_left_out=content.photos_left_out,
        bytes=len(data),
    )
