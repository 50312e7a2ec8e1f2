"""Seats stay in step: another seat's change refreshes this window's list and open timeline.

In clinic mode the journal hands us a listener (``Journal.listen``: PostgreSQL LISTEN on a
connection of its own, in a thread of its own) that calls back with the id of every client a
seat changed. The ids are gathered for ``DEBOUNCE_MS`` (a photo import or a busy desk sends
bursts) and then refreshed in one read on the journal lane: the changed rows of the client
list and, when the shown client is among them, its timeline, re-selecting the entry the
person had selected. Edit dialogs are left alone: a save of a record changed meanwhile meets
the conflict dialog. On SQLite ``listen`` answers None and nothing runs.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal

if TYPE_CHECKING:
    from needlejournal.ui.controller import JournalController

DEBOUNCE_MS = 50

# What the window shows now: the client's id (or None) and the selected entry (kind, id).
Shown = Callable[[], tuple[int | None, tuple[str, int] | None]]


class SeatSync(QObject):
    heard = Signal(int)  # a client id, emitted on the listener's thread (queued to ours)
    refreshing = Signal(object)  # the set of client ids about to be re-read

    def __init__(
        self, controller: JournalController, shown: Shown, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self._shown = shown
        self._pending: set[int] = set()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self._refresh)
        self.heard.connect(self._collect)
        self.listener: Any = None  # a journal.notify.ClientListener once listening
        self._stopped = False

    def start(self) -> None:
        """Listen (connecting is network work: on the journal lane, not the GUI thread)."""
        journal = self.controller.journal
        self.controller.lane.run(lambda: journal.listen(self.heard.emit), self._listening)

    def _listening(self, listener: Any) -> None:
        if listener is not None and self._stopped:
            listener.stop()  # the window closed while it connected
            return
        self.listener = listener

    @property
    def listening(self) -> bool:
        return self.listener is not None and bool(self.listener.running)

    def stop(self) -> None:
        self._stopped = True
        self._timer.stop()
        if self.listener is not None:
            self.listener.stop()
            self.listener = None

    def _collect(self, client_id: int) -> None:
        self._pending.add(client_id)
        if not self._timer.isActive():
            self._timer.start()

    def _refresh(self) -> None:
        ids, self._pending = self._pending, set()
        if not ids or self._stopped:
            return
        self.refreshing.emit(ids)
        shown, selected = self._shown()
        self.controller.refresh_clients(ids, shown if shown in ids else None, selected)
