"""Compare two photos: side by side, wipe, overlay, difference, anchors, time-lapse, export.

Entry point for the rest of the window (the gallery's "Compare…" action)::

    open_compare(parent, library, client_id, photo_ids, client_name=name)

Importing this package is cheap: the window, Pillow and numpy load on the first call.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from needlejournal.journal.photos import PhotoLibrary
    from needlejournal.ui.compare.window import CompareWindow
    from needlejournal.ui.tasks import TaskRunner


def _journal_runner(parent: QWidget | None) -> TaskRunner | None:
    """The app's single journal lane (``MainWindow.runner``), found up the parent chain."""
    from needlejournal.ui.tasks import TaskRunner

    widget = parent
    while widget is not None:
        runner = getattr(widget, "runner", None)
        if isinstance(runner, TaskRunner):
            return runner
        widget = widget.parentWidget()
    return None


def open_compare(
    parent: QWidget | None,
    library: PhotoLibrary,
    client_id: int,
    photo_ids: Sequence[int],
    *,
    client_name: str,
    db_runner: TaskRunner | None = None,
    image_runner: TaskRunner | None = None,
    show: bool = True,
) -> CompareWindow:
    """Open the compare window on ``client_id``'s photos.

    ``photo_ids``: two ids compare exactly those (the older one is A); one id compares it with
    the first photo of its view (the baseline); none picks the latest photo and its baseline.
    Journal calls go through ``db_runner`` (default: the parent window's runner); image work
    through ``image_runner`` (default: a lane of the compare window's own).
    """
    from PySide6.QtCore import Qt

    from needlejournal.journal.compare import CompareService
    from needlejournal.ui.compare.session import CompareSession
    from needlejournal.ui.compare.window import CompareWindow
    from needlejournal.ui.tasks import TaskRunner

    owned: list[TaskRunner] = []  # lanes made here die with the window; never adopt another's
    db = db_runner or _journal_runner(parent)
    if db is None:
        db = TaskRunner()
        owned.append(db)
    images = image_runner
    if images is None:
        images = TaskRunner()
        owned.append(images)
    session = CompareSession(CompareService(library), client_id, db, images)
    window = CompareWindow(session, parent, client_name=client_name)
    session.setParent(window)
    for runner in owned:
        runner.setParent(window)
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    session.start(list(photo_ids))
    if show:
        window.resize(1280, 820)
        window.showMaximized()
    return window
