"""Compare two photos: side by side, wipe, overlay, difference, anchors, time-lapse, export.

Entry point for the rest of the window (the gallery's "Compare…" action)::

    open_compare(parent, library, client_id, photo_ids, client_name=name, workers=workers)

Importing this package is cheap: the window, Pillow and numpy load on the first call.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from needlejournal.journal.photos import PhotoLibrary
    from needlejournal.ui.compare.window import CompareWindow
    from needlejournal.ui.ops import Workers


def open_compare(
    parent: QWidget | None,
    library: PhotoLibrary,
    client_id: int,
    photo_ids: Sequence[int],
    *,
    client_name: str,
    workers: Workers,
    show: bool = True,
) -> CompareWindow:
    """Open the compare window on ``client_id``'s photos.

    ``photo_ids``: two ids compare exactly those (the older one is A); one id compares it with
    the first photo of its view (the baseline); none picks the latest photo and its baseline.
    Journal calls go through ``workers.journal`` (the app's one writer); image work through a
    lane of the compare window's own, so a long decode never delays a save.
    """
    from PySide6.QtCore import Qt

    from needlejournal.journal.compare import CompareService
    from needlejournal.ui.compare.session import CompareSession
    from needlejournal.ui.compare.window import CompareWindow

    images = workers.lane()
    session = CompareSession(CompareService(library), client_id, workers.journal, images)
    window = CompareWindow(session, parent, client_name=client_name)
    session.setParent(window)
    images.setParent(window)
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    session.start(list(photo_ids))
    if show:
        window.resize(1280, 820)
        window.showMaximized()
    return window
