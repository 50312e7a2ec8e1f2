"""The main window's sizes: restored from the saved state, saved on close, and the narrow
fit (below ``NARROW_WIDTH`` the details panel steps aside)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from needlejournal.ui.overrides import override
from needlejournal.ui.window_parts import WindowParts

if TYPE_CHECKING:
    from PySide6.QtGui import QResizeEvent

STRETCH = (0, 1, 0)  # clients, middle, details: the middle takes what the window gains
NARROW_WIDTH = 960  # below this the details panel steps aside (the cards say the same)
DETAILS_WIDTH = 300  # what the details panel gets back when it returns with no width
CLIENTS_WIDTH = 200  # what a squeezed client list gets back when the details step aside
CLIENTS_SQUEEZED = 150  # narrower than this, names are cut off
MIDDLE_KEPT = 460  # what the middle keeps when the details come back (its minimum may be less)


class WindowLayout(WindowParts):
    def _restore_geometry(self) -> None:
        geometry = self.settings.value("ui/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1240, 780)
        self._restore_splitter()

    def _restore_splitter(self) -> None:
        sizes = self.settings.value("ui/splitter")
        if sizes is not None:
            self.splitter.restoreState(sizes)
        else:
            self.splitter.setSizes([250, 620, 340])

    def _restore_tab(self) -> None:
        tab = self.settings.value("ui/middle_tab")
        if isinstance(tab, int | str) and str(tab).isdigit():
            self.middle.setCurrentIndex(int(tab))

    def _fit_narrow(self) -> None:
        """A narrow window hides the details panel rather than squeezing the client list to a
        strip (800 px: clients 89 px before); wide again, it comes back with room to read."""
        if not self.panels_ready:
            return
        if self.width() < NARROW_WIDTH:
            if self.details.isHidden():
                return
            self.details.hide()
            self.splitter.refresh()  # lay out now: saved and restored sizes must agree
            clients, middle, _ = self.splitter.sizes()
            total = clients + middle
            want = min(CLIENTS_WIDTH, total - self.middle.minimumSizeHint().width())
            if clients < CLIENTS_SQUEEZED <= want:  # the details' room goes to the names first
                self.splitter.setSizes([want, total - want, 0])
            return
        self.details.show()
        sizes = self.splitter.sizes()
        if sizes[2] == 0 and sum(sizes) > 0:  # hidden until now, or saved while hidden
            keep = max(self.middle.minimumSizeHint().width(), MIDDLE_KEPT)
            give = min(DETAILS_WIDTH, max(0, sizes[1] - keep))
            self.splitter.setSizes([sizes[0], sizes[1] - give, give])

    @override
    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_narrow()

    def save_state(self) -> None:
        self.settings.setValue("ui/geometry", self.saveGeometry())
        self.settings.setValue("ui/splitter", self.splitter.saveState())
        if self.panels_ready:
            self.settings.setValue("ui/middle_tab", self.middle.currentIndex())
        self.settings.sync()
