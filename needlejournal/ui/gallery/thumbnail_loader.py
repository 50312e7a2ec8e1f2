"""Thumbnails for the grid, the way calibre's cover grid does it.

- A small pool of its own (``decode_threads``: one core is left to the GUI thread), separate
  from the single database lane, so scrolling never waits behind a save and a save never waits
  behind thumbnails.
- Requests form a stack: the newest (what was just painted, i.e. visible) is decoded first;
  ``keep_only`` drops pending requests that scrolled away; ``reset`` (new client) drops all of
  them and bumps a generation so results still in flight are thrown away, never painted.
- Workers asked for from a paint start after that paint (a zero timer), so they never compete
  with it for the GIL and the CPU.
- Workers decode with Pillow into a ``QImage`` and round its corners (``radius``), so a paint
  is one plain blit per tile; the ``QPixmap`` is made here on the GUI thread.
- An LRU of pixmaps bounds memory (300 × ~55 KB) however many photos are scrolled through.
- Each result is a queued signal carrying the photo's hash; the model repaints only its rows.
"""

from __future__ import annotations

import logging
import threading
from collections import OrderedDict
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QRectF, QRunnable, Qt, QThreadPool, QTimer, Signal, Slot
from PySide6.QtGui import QBrush, QImage, QPainter, QPainterPath, QPixmap

if TYPE_CHECKING:
    from needlejournal.journal.records import PhotoRecord

log = logging.getLogger(__name__)

Decoder = Callable[["PhotoRecord", int], QImage]


def decode_threads() -> int:
    """Thumbnail threads for this machine: every core but the one the GUI thread paints on,
    at most two. Measured paging 10,000 photos on 2 cores (issue 15): two decoders beside the
    GUI thread made its longest frame 19-21 ms and a page's paint 2.4 ms (median); one decoder
    made them 9-12 ms and 0.7 ms, and the pages filled as fast (11.4 s vs 10.5 s for all)."""
    from needlejournal.ui.ops import spare_cores

    return min(2, spare_cores())


class _ResultSignals(QObject):
    """Created on the GUI thread, so its slot runs there (queued from the workers)."""

    decoded = Signal(str, int, object)  # sha256, generation, QImage | None

    def __init__(self, on_result: Callable[[str, int, QImage | None], None]) -> None:
        super().__init__()
        self._on_result = on_result
        self.decoded.connect(self._deliver)

    @Slot(str, int, object)
    def _deliver(self, sha256: str, generation: int, image: object) -> None:
        self._on_result(sha256, generation, image if isinstance(image, QImage) else None)


def round_corners(image: QImage, radius: float) -> QImage:
    """A premultiplied-alpha copy with rounded corners (any thread: QPainter on a QImage)."""
    out = QImage(image.size(), QImage.Format.Format_ARGB32_Premultiplied)
    out.fill(Qt.GlobalColor.transparent)
    path = QPainterPath()
    path.addRoundedRect(QRectF(out.rect()), radius, radius)
    p = QPainter(out)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.fillPath(path, QBrush(image))
    p.end()
    return out


class _Worker(QRunnable):
    """Takes the newest pending request until none is left."""

    def __init__(self, loader: ThumbnailLoader) -> None:
        super().__init__()
        self._loader = loader
        self.setAutoDelete(True)

    def run(self) -> None:
        loader = self._loader
        while True:
            job = loader._next_job()
            if job is None:
                return
            photo, generation, decode = job
            try:
                image: QImage | None = decode(photo, loader.size)
                if image is not None and not image.isNull() and loader.radius > 0:
                    image = round_corners(image, loader.radius)
            except Exception:  # a missing or damaged file: a "cannot show" tile, not a crash
                log.warning("thumbnail of photo %s failed", photo.id, exc_info=True)
                image = None
            loader._signals.decoded.emit(photo.sha256, generation, image)


class ThumbnailLoader(QObject):
    ready = Signal(str)  # sha256: its pixmap is in the cache now
    failed = Signal(str)  # sha256: it could not be decoded

    def __init__(
        self,
        size: int = 136,
        capacity: int = 300,
        threads: int | None = None,
        parent: QObject | None = None,
        *,
        radius: float = 0,
    ) -> None:
        super().__init__(parent)
        self.size = size
        self.radius = radius
        self.capacity = capacity
        self.decoder: Decoder | None = None
        self.generation = 0
        self.dropped = 0  # results thrown away because their client is no longer shown
        self.decoded = 0
        self._cache: OrderedDict[str, QPixmap] = OrderedDict()
        self._broken: set[str] = set()
        self._lock = threading.Lock()
        self._pending: OrderedDict[str, PhotoRecord] = OrderedDict()  # newest last
        self._in_flight: set[str] = set()
        self._workers = 0
        self.threads = threads if threads is not None else decode_threads()
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(self.threads)
        self._signals = _ResultSignals(self._result)
        self._starting = False  # the starter timer is running
        self._starter = QTimer(self)
        self._starter.setSingleShot(True)
        self._starter.timeout.connect(self._start_workers)

    # ---- GUI thread ---------------------------------------------------------------------------

    def set_decoder(self, decoder: Decoder | None) -> None:
        self.decoder = decoder
        self.reset()

    def set_size(self, size: int) -> None:
        """Decode to another square from now on (a grid whose cells changed size): cached
        pixmaps of the old size are dropped, so a paint is a plain blit again, never a scale."""
        if size != self.size:
            self.size = size
            self._cache.clear()
            self._broken.clear()
            self.reset()

    def pixmap(self, photo: PhotoRecord) -> QPixmap | None:
        """The cached pixmap (marked as recently used), or None."""
        pix = self._cache.get(photo.sha256)
        if pix is not None:
            self._cache.move_to_end(photo.sha256)
        return pix

    def is_broken(self, sha256: str) -> bool:
        return sha256 in self._broken

    def request(self, photo: PhotoRecord, *, painting: bool = False) -> None:
        """Ask for a thumbnail; the newest request is served first.

        ``painting``: asked from a paint; workers then start once that paint is done, so they
        do not compete with it for the GIL and the CPU.
        """
        sha = photo.sha256
        if sha in self._cache or sha in self._broken or self.decoder is None:
            return
        with self._lock:
            if sha in self._in_flight:
                return
            self._pending[sha] = photo
            self._pending.move_to_end(sha)
        if painting:
            if not self._starting:  # a flag, not isActive(): this runs for every painted tile
                self._starting = True
                self._starter.start(0)
        else:
            self._start_workers()

    def _start_workers(self) -> None:
        self._starting = False
        with self._lock:
            n = max(0, min(self.threads - self._workers, len(self._pending)))
            self._workers += n
        for _ in range(n):
            self._pool.start(_Worker(self))

    def keep_only(self, wanted: Iterable[str]) -> int:
        """Drop pending requests not in ``wanted`` (scrolled out of view); returns how many."""
        keep = set(wanted)
        with self._lock:
            stale = [sha for sha in self._pending if sha not in keep]
            for sha in stale:
                del self._pending[sha]
        return len(stale)

    def reset(self) -> None:
        """Another client: forget pending requests; results still in flight are dropped."""
        with self._lock:
            self._pending.clear()
            self._in_flight.clear()
            self.generation += 1

    def pending_count(self) -> int:
        with self._lock:
            return len(self._pending)

    def idle(self) -> bool:
        """Nothing waiting or being decoded."""
        with self._lock:
            return not self._pending and not self._in_flight

    def cached_count(self) -> int:
        return len(self._cache)

    def wait(self, timeout_ms: int = -1) -> bool:
        with self._lock:
            self._pending.clear()
        return self._pool.waitForDone(timeout_ms)

    def _result(self, sha256: str, generation: int, image: QImage | None) -> None:
        with self._lock:
            self._in_flight.discard(sha256)
            current = generation == self.generation
        if not current:
            self.dropped += 1
            return
        if image is None or image.isNull():
            self._broken.add(sha256)
            self.failed.emit(sha256)
            return
        self.decoded += 1
        self._cache[sha256] = QPixmap.fromImage(image)  # GUI thread only
        self._cache.move_to_end(sha256)
        while len(self._cache) > self.capacity:
            self._cache.popitem(last=False)
        self.ready.emit(sha256)

    # ---- worker threads -------------------------------------------------------------------

    def _next_job(self) -> tuple[PhotoRecord, int, Decoder] | None:
        with self._lock:
            if not self._pending or self.decoder is None:
                self._workers -= 1
                return None
            sha, photo = self._pending.popitem(last=True)
            self._in_flight.add(sha)
            return photo, self.generation, self.decoder
