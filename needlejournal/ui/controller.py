"""Journal operations for the window: each one a task on the single worker, its result a signal.

Like Anki's ``aqt/operations``: widgets never call the journal themselves; they ask the
controller, which runs the call off the GUI thread and broadcasts what changed, so each view
refreshes only its part (the client list one row, the timeline one client).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QObject, Signal

from needlejournal.guidance import GuidanceSettings
from needlejournal.journal.records import (
    ClientDraft,
    ClientRecord,
    DeviceDraft,
    DeviceRecord,
    Mode,
    ObservationDraft,
    ObservationRecord,
    ProductDraft,
    ProductRecord,
    Timeline,
    TimelineEntry,
    TreatmentDraft,
    TreatmentRecord,
)
from needlejournal.ui.ops import ErrorHandler, Lane, Op

if TYPE_CHECKING:  # the journal module pulls in SQLAlchemy: never at import time of ui/
    from needlejournal.journal.api import Journal

Problems = Callable[[list[str]], None]
T = TypeVar("T")


def inline(problems: Problems | None) -> ErrorHandler | None:
    """A dialog's problem list as an op's failure handler (None: the window shows the error)."""
    return (lambda message: problems([message])) if problems is not None else None


@dataclass(frozen=True)
class Snapshot:
    """Everything the window needs right after opening (one task, one round trip)."""

    mode: Mode
    clients: list[ClientRecord]
    devices: list[DeviceRecord]
    products: list[ProductRecord]
    guidance: GuidanceSettings


def load_snapshot(journal: Journal) -> Snapshot:
    mode = journal.mode()
    clients = journal.list_clients()
    if mode == "personal":
        clients = [c for c in clients if c.is_self] or [journal.ensure_self()]
    return Snapshot(
        mode=mode,
        clients=clients,
        devices=journal.list_devices(),
        products=journal.list_products(),
        guidance=journal.guidance_settings(),
    )


class JournalController(QObject):
    loaded = Signal(object)  # Snapshot
    client_changed = Signal(object)  # ClientRecord (new or updated)
    timeline_loaded = Signal(object, object)  # Timeline, (kind, id) to select or None
    library_changed = Signal()
    saving = Signal(bool)  # a write is under way: the status line says "Saving…", then "Saved."

    def __init__(self, journal: Journal, lane: Lane, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.journal = journal
        self.lane = lane  # the journal lane: one writer at a time, in order
        self._writes = 0
        self.mode: Mode = "personal"
        self.devices: list[DeviceRecord] = []
        self.products: list[ProductRecord] = []
        self.guidance = GuidanceSettings()

    @property
    def personal(self) -> bool:
        return self.mode == "personal"

    def _save(
        self,
        fn: Callable[[], T],
        done: Callable[[T], None],
        problems: Problems | None,
        *,
        quiet: bool = False,
    ) -> None:
        """A write on the journal lane (reads use ``lane.run``: they say nothing).

        ``quiet``: a setting whose result the window shows at once (the journal's mode, chosen at
        the first run too), not something the user typed: no "Saving…"/"Saved." for it.
        """
        if quiet:
            Op.call(fn).success(done).run_in(self.lane)
            return
        self._writes += 1
        if self._writes == 1:
            self.saving.emit(True)

        def settled(*_: object) -> None:
            self._writes -= 1
            if self._writes == 0:
                self.saving.emit(False)

        op = Op.call(fn).success(settled).success(done)
        op.failure(settled, report=problems is None).failure(inline(problems)).run_in(self.lane)

    # ---- reading ---------------------------------------------------------------------------

    def load(self) -> None:
        j = self.journal
        self.lane.run(lambda: load_snapshot(j), self._loaded)

    def _loaded(self, snap: Snapshot) -> None:
        self.mode = snap.mode
        self.devices, self.products, self.guidance = snap.devices, snap.products, snap.guidance
        self.loaded.emit(snap)

    def load_timeline(
        self, client_id: int, select: tuple[str, int] | None = None, *, after_write: bool = False
    ) -> None:
        j = self.journal

        def work() -> tuple[Timeline, ClientRecord | None]:
            timeline = j.timeline(client_id)
            if not after_write:
                return timeline, None
            # After a write the list row's session count and last date change too.
            listed = [c for c in j.list_clients(include_archived=True) if c.id == client_id]
            return timeline, (listed[0] if listed else None)

        self.lane.run(work, lambda r: self._timeline(r[0], r[1], select))

    def _timeline(
        self, timeline: Timeline, client: ClientRecord | None, select: tuple[str, int] | None
    ) -> None:
        if client is not None:
            self.client_changed.emit(client)
        self.timeline_loaded.emit(timeline, select)

    # ---- writing: each answers the dialog (saved / problems) and refreshes what changed ----

    def save_treatment(
        self, draft: TreatmentDraft, saved: Callable[[], None], problems: Problems
    ) -> None:
        j = self.journal

        def done(result: Any) -> None:
            saved()
            t: TreatmentRecord = result.treatment
            self.load_timeline(t.client_id, ("treatment", t.id), after_write=True)

        self._save(lambda: j.save_treatment(draft), done, problems)

    def save_observation(
        self, draft: ObservationDraft, saved: Callable[[], None], problems: Problems
    ) -> None:
        j = self.journal

        def done(o: ObservationRecord) -> None:
            saved()
            self.load_timeline(o.client_id, ("observation", o.id), after_write=True)

        self._save(lambda: j.save_observation(draft), done, problems)

    def delete_entry(
        self, entry: TimelineEntry, deleted: Callable[[], None], problems: Problems | None = None
    ) -> None:
        j = self.journal
        if isinstance(entry, TreatmentRecord):
            fn: Callable[[], None] = lambda: j.delete_treatment(entry.id)  # noqa: E731
        else:
            fn = lambda: j.delete_observation(entry.id)  # noqa: E731

        def done(_: object) -> None:
            deleted()
            self.load_timeline(entry.client_id, after_write=True)

        self._save(fn, done, problems)

    def save_client(
        self, draft: ClientDraft, saved: Callable[[ClientRecord], None], problems: Problems
    ) -> None:
        j = self.journal

        def done(c: ClientRecord) -> None:
            self.client_changed.emit(c)  # first, so the list has the row when saved() selects it
            saved(c)

        self._save(lambda: j.save_client(draft), done, problems)

    def save_product(
        self, draft: ProductDraft, saved: Callable[[ProductRecord], None], problems: Problems
    ) -> None:
        j = self.journal

        def work() -> tuple[ProductRecord, list[ProductRecord]]:
            return j.save_product(draft), j.list_products()

        def done(result: tuple[ProductRecord, list[ProductRecord]]) -> None:
            self.products = result[1]
            saved(result[0])
            self.library_changed.emit()

        self._save(work, done, problems)

    def save_device(
        self, draft: DeviceDraft, saved: Callable[[DeviceRecord], None], problems: Problems
    ) -> None:
        j = self.journal

        def work() -> tuple[DeviceRecord, list[DeviceRecord]]:
            return j.save_device(draft), j.list_devices()

        def done(result: tuple[DeviceRecord, list[DeviceRecord]]) -> None:
            self.devices = result[1]
            saved(result[0])
            self.library_changed.emit()

        self._save(work, done, problems)

    def save_guidance(
        self, value: GuidanceSettings, saved: Callable[[], None], problems: Problems
    ) -> None:
        j = self.journal

        def done(_: object) -> None:
            self.guidance = value
            saved()
            self.library_changed.emit()  # warnings depend on it: the window reloads the timeline

        self._save(lambda: j.set_guidance_settings(value), done, problems)

    def set_mode(self, mode: Mode) -> None:
        j = self.journal
        self._save(lambda: j.set_mode(mode), lambda _: self.load(), None, quiet=True)
