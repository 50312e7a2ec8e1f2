"""Journal operations for the window: each one a task on the single worker, its result a signal.

Like Anki's ``aqt/operations``: widgets never call the journal themselves; they ask the
controller, which runs the call off the GUI thread and broadcasts what changed, so each view
refreshes only its part (the client list one row, the timeline one client).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QObject, Signal

from needlejournal.guidance import GuidanceSettings
from needlejournal.journal.records import (
    ClientDraft,
    ClientRecord,
    ClientSummary,
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
from needlejournal.journal.screening_records import ScreeningDraft
from needlejournal.ui.conflicts import Conflicted, catching
from needlejournal.ui.journal_snapshot import Snapshot, load_snapshot
from needlejournal.ui.ops import Lane, Op, inline

if TYPE_CHECKING:  # the journal module pulls in SQLAlchemy: never at import time of ui/
    from needlejournal.journal.api import Journal
    from needlejournal.journal.errors import Conflict
    from needlejournal.journal.progress_chart import ChartData
    from needlejournal.journal.what_worked import Effect
    from needlejournal.journal.what_worked_photos import PhotoWhatWorked

Problems = Callable[[list[str]], None]
OnConflict = Callable[["Conflict"], None]
T = TypeVar("T")


def resolvable(
    fn: Callable[[], T], done: Callable[[T], None], conflicted: OnConflict | None
) -> tuple[Callable[[], Any], Callable[[Any], None]]:
    """``fn``/``done`` with a conflict a person can resolve handed to ``conflicted`` (when
    given) as a result, not shown as an error: the edit stays open for the conflict dialog."""
    if conflicted is None:
        return fn, done

    def finish(result: Any) -> None:
        if isinstance(result, Conflicted):
            conflicted(result.error)
        else:
            done(result)

    return catching(fn), finish


class JournalController(QObject):
    loaded = Signal(object)  # Snapshot
    client_changed = Signal(object)  # ClientSummary: a list row added or changed
    client_removed = Signal(int)  # a client deleted or archived (at another seat)
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
        conflicted: OnConflict | None = None,
    ) -> None:
        """A write on the journal lane (reads use ``lane.run``: they say nothing).

        ``quiet``: a setting whose result the window shows at once (the journal's mode, chosen at
        the first run too), not something the user typed: no "Saving…"/"Saved." for it.
        ``conflicted``: where a conflict with another seat's save goes (the conflict dialog).
        """
        fn, done = resolvable(fn, done, conflicted)
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

        def work() -> tuple[Timeline, ClientSummary | None]:
            timeline = j.timeline(client_id)
            # After a write the list row's session count and last date change too.
            return timeline, (j.client_summary(client_id) if after_write else None)

        self.lane.run(work, lambda r: self._timeline(r[0], r[1], select))

    def load_progress(self, client_id: int, done: Callable[[ChartData], None]) -> None:
        """The client's progress chart (scales, sessions, skin checks, photo days, notes)."""
        j = self.journal

        def work() -> ChartData:
            from needlejournal.journal.progress_chart import chart_data, metric_series

            measured = metric_series(j.measures(client_id))
            return chart_data(j.timeline(client_id, photos=True), measured)

        self.lane.run(work, done)

    def load_what_worked(
        self, client_id: int, done: Callable[[tuple[tuple[Effect, ...], PhotoWhatWorked]], None]
    ) -> None:
        """What worked for the client: its scales' and photo measures' changes by setting."""
        j = self.journal

        def work() -> tuple[tuple[Effect, ...], PhotoWhatWorked]:
            from needlejournal.journal.what_worked import what_worked
            from needlejournal.journal.what_worked_photos import photo_what_worked

            timeline = j.timeline(client_id, photos=True)
            return what_worked([timeline]), photo_what_worked([(timeline, j.measures(client_id))])

        self.lane.run(work, done)

    def _timeline(
        self, timeline: Timeline, client: ClientSummary | None, select: tuple[str, int] | None
    ) -> None:
        if client is not None:
            self.client_changed.emit(client)
        self.timeline_loaded.emit(timeline, select)

    def refresh_clients(
        self, client_ids: set[int], shown: int | None, select: tuple[str, int] | None
    ) -> None:
        """Re-read clients another seat changed: their list rows and, for ``shown``, the
        timeline (``select`` re-selected). Deleted or archived ones leave the list."""
        j = self.journal

        def work() -> tuple[list[ClientSummary], list[int], Timeline | None]:
            from needlejournal.journal.errors import NotFound

            rows, gone = [], []
            for client_id in sorted(client_ids):
                try:
                    summary = j.client_summary(client_id)
                except NotFound:
                    gone.append(client_id)
                    continue
                if summary.client.archived:  # the list shows clients at work only
                    gone.append(client_id)
                else:
                    rows.append(summary)
            timeline = j.timeline(shown) if shown is not None and shown not in gone else None
            return rows, gone, timeline

        def done(result: tuple[list[ClientSummary], list[int], Timeline | None]) -> None:
            rows, gone, timeline = result
            for summary in rows:
                self.client_changed.emit(summary)
            for client_id in gone:
                self.client_removed.emit(client_id)
            if timeline is not None:
                self.timeline_loaded.emit(timeline, select)

        self.lane.run(work, done)

    # ---- writing: each answers the dialog (saved / problems) and refreshes what changed ----

    def save_treatment(
        self,
        draft: TreatmentDraft,
        saved: Callable[[], None],
        problems: Problems,
        conflicted: OnConflict | None = None,
    ) -> None:
        j = self.journal

        def done(result: Any) -> None:
            saved()
            t: TreatmentRecord = result.treatment
            self.load_timeline(t.client_id, ("treatment", t.id), after_write=True)

        self._save(lambda: j.save_treatment(draft), done, problems, conflicted=conflicted)

    def save_observation(
        self,
        draft: ObservationDraft,
        saved: Callable[[], None],
        problems: Problems,
        conflicted: OnConflict | None = None,
    ) -> None:
        j = self.journal

        def done(o: ObservationRecord) -> None:
            saved()
            self.load_timeline(o.client_id, ("observation", o.id), after_write=True)

        self._save(lambda: j.save_observation(draft), done, problems, conflicted=conflicted)

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
        self,
        draft: ClientDraft,
        saved: Callable[[ClientRecord], None],
        problems: Problems,
        conflicted: OnConflict | None = None,
    ) -> None:
        j = self.journal

        def done(c: ClientSummary) -> None:
            self.client_changed.emit(c)  # first, so the list has the row when saved() selects it
            saved(c.client)

        # A new client goes through add_client, which owns the rules for who joins a journal.
        add = draft.id is None
        self._save(
            lambda: j.add_client(draft) if add else j.save_client(draft),
            done,
            problems,
            conflicted=conflicted,
        )

    def save_screening(
        self, draft: ScreeningDraft, saved: Callable[[], None], problems: Problems
    ) -> None:
        """The client's screening answers; the timeline reloads (its warnings read them)."""
        j = self.journal

        def done(_: object) -> None:
            saved()
            self.library_changed.emit()

        self._save(lambda: j.save_screening(draft), done, problems)

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

    def add_starter_kit(self, device: DeviceDraft | None, products: list[ProductDraft]) -> None:
        """The first run's choices: the device and starter products, in one write."""
        j = self.journal

        def work() -> tuple[list[DeviceRecord], list[ProductRecord]]:
            from needlejournal.journal.starter_kit import add_starter_kit

            add_starter_kit(j, device, products)
            return j.list_devices(), j.list_products()

        def done(result: tuple[list[DeviceRecord], list[ProductRecord]]) -> None:
            self.devices, self.products = result
            self.library_changed.emit()

        if device is not None or products:
            self._save(work, done, None)

    def save_settings(
        self,
        value: GuidanceSettings,
        mode: Mode,
        saved: Callable[[], None],
        problems: Problems,
    ) -> None:
        """The settings dialog: guidance thresholds and who the journal is for."""
        j = self.journal
        switch = mode != self.mode

        def work() -> None:
            j.set_guidance_settings(value)
            if switch:
                j.set_mode(mode)

        def done(_: object) -> None:
            self.guidance = value
            saved()
            if switch:
                self.load()  # the client list and the rules change with the mode
            else:
                self.library_changed.emit()  # warnings depend on it: reload the timeline

        self._save(work, done, problems)

    def set_mode(self, mode: Mode) -> None:
        j = self.journal
        self._save(lambda: j.set_mode(mode), lambda _: self.load(), None, quiet=True)
