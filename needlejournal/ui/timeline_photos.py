"""The timeline's photos: the progress header and the cards' thumbnails, kept in step.

The Photos tab's model already holds the shown client's photos and follows every import, edit,
delete and undo (``GalleryModel.photos_changed``); the timeline reads them from there rather
than asking the journal again, so a photo added in one place shows in the other at once.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QImage

if TYPE_CHECKING:
    from needlejournal.journal.records import PhotoRecord
    from needlejournal.ui.gallery.panel import GalleryPanel
    from needlejournal.ui.progress_header import ProgressHeader
    from needlejournal.ui.timeline_model import TimelineModel
    from needlejournal.ui.timeline_view import TimelinePanel

HEADER_DECODE_SIDE = 480  # pixels: the tiles are ~132 px high, sharp on a 2x screen too


class TimelinePhotos(QObject):
    def __init__(
        self,
        gallery: GalleryPanel,
        panel: TimelinePanel,
        header: ProgressHeader,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        from needlejournal.ui.card_photos import SIDE
        from needlejournal.ui.gallery.thumbnail_loader import ThumbnailLoader

        self.gallery = gallery
        self.panel = panel
        self.timeline: TimelineModel = panel.model
        self.header = header
        self.client_id: int | None = None
        # The cards' thumbnails: small, from the disk cache, on a pool of their own.
        self.loader = ThumbnailLoader(size=SIDE, capacity=200, parent=self, radius=4)
        self.loader.ready.connect(self.timeline.thumbnail_arrived)
        panel.show_card_photos(self.loader)
        panel.photo_clicks.opened.connect(gallery.open_photo)
        panel.chosen_bar.compare_requested.connect(
            lambda: gallery.compare_photos(panel.chosen_photos())
        )
        timeline = self.timeline
        header.add_photos_action = gallery.import_action
        header.compare_requested.connect(lambda a, b: gallery.compare_photos([a, b]))
        # Refreshed a turn after what changed, once for a burst of changes: a client's photos
        # arriving repaint the grid in one frame and the cards and header in the next
        # (together, after a 200-photo import, one 16 ms frame; issue 15).
        self._later = QTimer(self)
        self._later.setSingleShot(True)
        self._later.timeout.connect(self.refresh)
        gallery.model.photos_changed.connect(self._refresh_later)
        gallery.model.arranged.connect(self._refresh_later)
        timeline.modelReset.connect(self._refresh_later)
        gallery.controller.library_ready.connect(self._library_ready)
        gallery.import_action.changed.connect(self._refresh_later)
        self.refresh()

    def _refresh_later(self, *_args: object) -> None:
        self._later.start(0)

    @property
    def settled(self) -> bool:
        """No refresh waiting for its turn or for the gallery's rows (tests wait on it)."""
        return not self._later.isActive() and not self.gallery.model.arranging

    def _library_ready(self) -> None:
        lib = self.gallery.controller.library
        if lib is None:
            return

        def decode(first: PhotoRecord, latest: PhotoRecord) -> tuple[QImage, QImage, bool]:
            from needlejournal.journal.progress import glance_images
            from needlejournal.ui.gallery.imaging import to_qimage

            a, b, aligned = glance_images(lib, first, latest, HEADER_DECODE_SIDE)
            return to_qimage(a), to_qimage(b), aligned

        from needlejournal.ui.gallery.imaging import decode_thumbnail

        self.loader.set_decoder(lambda photo, size: decode_thumbnail(lib, photo, size))
        self.header.decoder = decode
        self.header.shown_key = None  # decode what is shown now that it can be
        self.refresh()

    def photos(self) -> list[PhotoRecord]:
        """The shown client's photos, if the Photos tab holds the timeline's client."""
        entries = self.timeline.entries()
        model = self.gallery.model
        if model.client_id is None or (entries and entries[0].client_id != model.client_id):
            return []
        return model.all_photos()

    def refresh(self, *_args: object) -> None:
        if self.gallery.model.arranging:
            # The rows' arrival asks again. Run beside the arranging worker, this Python on
            # the GUI thread and the worker's shared the GIL, each turn twice as long (a
            # 10,000-photo client's header and cards: an 18-22 ms frame).
            return
        photos = self.photos()
        client_id = self.gallery.model.client_id
        if client_id != self.client_id:
            self.client_id = client_id
            self.loader.reset()  # thumbnails asked for another client are not wanted now
        self.header.update_from(photos, self.timeline.entries())
        self.timeline.set_photos(photos)
        self.panel.photo_clicks.keep_only({p.id for p in photos})

    def shutdown(self) -> None:
        """The window closes: no thumbnail or pair decode outlives it."""
        self.loader.wait()
        self.header.lane.wait()
