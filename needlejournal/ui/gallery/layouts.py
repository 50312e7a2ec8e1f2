"""The Photos tab's two layouts: the progress grid (views × dates, the default) and the
session grouping, one shown at a time over one model and one selection.

Each layout has its own thumbnail loader (the grid's tiles are larger); a loader whose layout is
hidden is told to keep nothing pending, so switching never leaves a queue decoding for nobody.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QHBoxLayout,
    QStackedWidget,
    QToolButton,
    QWidget,
)

from needlejournal.ui.gallery.delegate import RADIUS
from needlejournal.ui.gallery.progress_grid import GRID_THUMB, ProgressGridView
from needlejournal.ui.gallery.thumbnail_loader import Decoder, ThumbnailLoader

if TYPE_CHECKING:
    from needlejournal.ui.gallery.model import GalleryModel
    from needlejournal.ui.gallery.view import GalleryView

GRID = "grid"
SESSIONS = "sessions"


class PhotoLayouts(QStackedWidget):
    visible_changed = Signal()  # the shown layout's cells on screen changed
    activated = Signal(QModelIndex)  # double-click or Enter in either layout
    layout_changed = Signal(str)

    def __init__(
        self,
        model: GalleryModel,
        sessions: GalleryView,
        sessions_loader: ThumbnailLoader,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.model = model
        self.sessions = sessions
        self.sessions_loader = sessions_loader
        self.grid_loader = ThumbnailLoader(size=GRID_THUMB, parent=self, radius=RADIUS)
        self.grid = ProgressGridView(model, self.grid_loader, self)
        self.grid.setSelectionModel(sessions.selectionModel())  # one choice, both layouts
        self.grid_loader.ready.connect(model.thumbnail_arrived)
        self.addWidget(self.grid)
        self.addWidget(sessions)
        for view in (self.grid, sessions):
            view.visible_changed.connect(self._visible_changed)
            view.activated.connect(self.activated)
        self.grid_button = QToolButton()
        self.grid_button.setText(self.tr("Progress grid"))
        self.grid_button.setToolTip(self.tr("Views in rows, dates in columns"))
        self.sessions_button = QToolButton()
        self.sessions_button.setText(self.tr("By session"))
        self.sessions_button.setToolTip(self.tr("Photos grouped by the session they belong to"))
        self.buttons = QButtonGroup(self)
        for button in (self.grid_button, self.sessions_button):
            button.setCheckable(True)
            button.setAutoRaise(True)
            self.buttons.addButton(button)
        self.grid_button.setChecked(True)
        self.grid_button.toggled.connect(lambda on: self.set_layout(GRID if on else SESSIONS))

    def switch(self, parent: QWidget) -> QWidget:
        """The two buttons that choose the layout, for the tab's bar."""
        box = QWidget(parent)
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(2)
        row.addWidget(self.grid_button)
        row.addWidget(self.sessions_button)
        return box

    def layout_name(self) -> str:
        return GRID if self.currentWidget() is self.grid else SESSIONS

    def set_layout(self, name: str) -> None:
        view: QAbstractItemView = self.grid if name == GRID else self.sessions
        if self.currentWidget() is view:
            return
        self.setCurrentWidget(view)
        (self.grid_button if name == GRID else self.sessions_button).setChecked(True)
        current = self.sessions.currentIndex()
        if current.isValid():
            view.scrollTo(current)
        self._visible_changed()
        self.layout_changed.emit(name)

    def current_view(self) -> QAbstractItemView:
        view = self.currentWidget()
        assert isinstance(view, QAbstractItemView)
        return view

    def set_decoder(self, decoder: Decoder | None) -> None:
        self.grid_loader.set_decoder(decoder)

    def reset(self) -> None:
        self.grid_loader.reset()

    def wait(self) -> None:
        self.grid_loader.wait()

    def _visible_changed(self) -> None:
        shown: Callable[[], list[int] | range]
        if self.currentWidget() is self.grid:
            shown, loader, idle = self.grid.visible_rows, self.grid_loader, self.sessions_loader
        else:
            shown, loader, idle = self.sessions.visible_rows, self.sessions_loader, self.grid_loader
        loader.keep_only(self.model.photo_at(r).sha256 for r in shown())
        idle.keep_only(())
        self.visible_changed.emit()
