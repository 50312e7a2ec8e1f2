"""Opens the edit dialogs with what they need and wires their drafts to the controller.

Dialogs are opened window-modal with ``open()`` (not ``exec()``), so the event loop keeps
running while they are up: worker results still arrive, and tests can drive them directly.
Each opener returns the dialog it opened. Dialog modules are imported on first use, so they
cost nothing on the way to the first paint.

The opener is given what it uses: a parent for the dialogs, an ``OpenerHost`` (the few things
it asks of the window), and the controller once the journal is open.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QWidget
from shiboken6 import isValid

from needlejournal.phrases import sentences
from needlejournal.ui.dialog_base import EditDialog, confirm
from needlejournal.ui.language import translate
from needlejournal.ui.ops import user_message

D = TypeVar("D")

if TYPE_CHECKING:
    from needlejournal.journal.errors import Conflict
    from needlejournal.journal.records import (
        ClientRecord,
        DeviceRecord,
        ObservationRecord,
        ProductRecord,
        RatingRecord,
        TimelineEntry,
        TreatmentRecord,
    )
    from needlejournal.journal.screening_records import ScreeningRecord
    from needlejournal.ui.client_dialog import ClientDialog
    from needlejournal.ui.conflict_dialog import ConflictDialog
    from needlejournal.ui.controller import JournalController
    from needlejournal.ui.guidance_dialog import GuidanceDialog
    from needlejournal.ui.library_dialogs import DeviceLibraryDialog, ProductLibraryDialog
    from needlejournal.ui.observation_dialog import ObservationDialog
    from needlejournal.ui.screening_dialog import ScreeningDialog
    from needlejournal.ui.session_dialog import SessionDialog


class OpenerHost(Protocol):
    """What the opener asks of the window: who is shown, their sessions, and a status line."""

    def current_client(self) -> ClientRecord | None: ...

    def treatments(self) -> list[TreatmentRecord]: ...

    def screening(self) -> ScreeningRecord | None: ...
    def ratings_of(self, kind: str, record_id: int) -> tuple[RatingRecord, ...]: ...

    def listed_clients(self) -> list[ClientRecord]: ...

    def select_client(self, client_id: int) -> None: ...

    def say(self, text: str) -> None: ...


class DialogOpener:
    def __init__(self, parent: QWidget, host: OpenerHost) -> None:
        self.parent = parent
        self.host = host
        self.controller: JournalController | None = None  # set when the journal is open
        self.current: QDialog | None = None
        self.conflict: ConflictDialog | None = None  # the conflict dialog last shown

    def _on_conflict(
        self,
        dialog: EditDialog,
        draft: D,
        base: object | None,
        resave: Callable[[D], None],
        reopen: Callable[[Any], object],
    ) -> Callable[[Conflict], None]:
        """What a conflicting save of ``dialog`` does: the conflict dialog, whose Keep mine or
        Merge saves again through ``resave`` and whose Reload shows the stored record afresh
        (``reopen``); closing it leaves the edit open, the conflict said in its problem list."""
        from needlejournal.ui.conflicts import offer

        def conflicted(error: Conflict) -> None:
            dialog.show_problems(
                sentences(user_message(error))
            )  # said in the edit until it is resolved

            def again(resolved: D) -> None:
                dialog.set_busy(True)
                resave(resolved)

            def reload(theirs: object) -> None:
                dialog.reject()
                self._refresh_after(theirs)
                reopen(theirs)

            self.conflict = offer(
                dialog,
                error,
                draft,
                base,
                resave=again,
                reload=reload,
                cancelled=lambda: None,
                names=self._names(),
            )

        return conflicted

    def _names(self) -> Any:
        from needlejournal.journal.conflicts import Names

        c = self.controller
        devices = {d.id: d.name for d in c.devices} if c else {}
        products = {p.id: p.name for p in c.products} if c else {}
        sessions = {t.id: t.performed_at for t in self.host.treatments()}
        return Names(devices, products, sessions)

    def _refresh_after(self, theirs: object) -> None:
        """The list row and the timeline show the stored record (Reload)."""
        from needlejournal.journal.conflicts import client_of

        client_id = client_of(theirs)
        if self.controller is not None and client_id is not None:
            self.controller.load_timeline(client_id, after_write=True)

    def _show(self, dialog: QDialog) -> QDialog:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.current = dialog
        dialog.open()
        return dialog

    def _client(self) -> ClientRecord | None:
        client = self.host.current_client()
        if client is None:
            self.host.say(translate("DialogOpener", "Choose a client first."))
        return client

    # ---- sessions and skin checks ------------------------------------------------------------

    def new_session(self) -> SessionDialog | None:
        return self.edit_session(None)

    def edit_session(self, existing: TreatmentRecord | None) -> SessionDialog | None:
        c = self.controller
        client = self._client()
        if c is None or client is None:
            return None
        from needlejournal.guidance import ScreeningFact
        from needlejournal.ui.session_dialog import SessionDialog

        record = self.host.screening()
        facts = [
            ScreeningFact(e.item, e.answer, e.reviewed_on, e.item_date, e.reviewer, e.recorded_at)
            for e in (record.history if record is not None else ())
        ]
        dialog = SessionDialog(
            client,
            c.devices,
            c.products,
            self.host.treatments(),
            c.guidance,
            personal=c.personal,
            existing=existing,
            ratings=self.host.ratings_of("treatment", existing.id) if existing else (),
            parent=self.parent,
            screening=facts,
        )

        def save(draft: Any) -> None:
            assert c is not None
            conflicted = self._on_conflict(dialog, draft, existing, save, self.edit_session)
            c.save_treatment(draft, dialog.saved, dialog.show_problems, conflicted)

        dialog.save_requested.connect(save)
        self._wire_delete(dialog)
        self._show(dialog)
        if existing is None and not c.personal and not client.is_self:
            self._read_consents(dialog, client.id)
        return dialog

    def _read_consents(self, dialog: SessionDialog, client_id: int) -> None:
        """Tell a new session's dialog the client's treatment consents (read on the lane)."""
        c = self.controller
        if c is None:
            return
        from needlejournal.journal.consents import treatment_consents

        journal = c.journal

        def arrived(spans: object) -> None:
            if isValid(dialog) and isinstance(spans, tuple):  # None: consent not recorded here
                dialog.set_treatment_consents(spans)

        c.lane.run(lambda: journal.run(lambda s: treatment_consents(s, client_id)), arrived)

    def new_observation(self) -> ObservationDialog | None:
        return self.edit_observation(None)

    def edit_observation(self, existing: ObservationRecord | None) -> ObservationDialog | None:
        c = self.controller
        client = self._client()
        if c is None or client is None:
            return None
        from needlejournal.ui.observation_dialog import ObservationDialog

        ratings = self.host.ratings_of("observation", existing.id) if existing else ()
        dialog = ObservationDialog(client, existing=existing, ratings=ratings, parent=self.parent)

        def save(draft: Any) -> None:
            assert c is not None
            conflicted = self._on_conflict(dialog, draft, existing, save, self.edit_observation)
            c.save_observation(draft, dialog.saved, dialog.show_problems, conflicted)

        dialog.save_requested.connect(save)
        self._wire_delete(dialog)
        self._show(dialog)
        return dialog

    def _wire_delete(self, dialog: EditDialog) -> None:
        c = self.controller
        if c is not None:
            dialog.delete_requested.connect(
                lambda entry: c.delete_entry(entry, dialog.saved, dialog.show_problems)
            )

    def delete_entry(self, entry: TimelineEntry) -> bool:
        """Delete from the details panel, after asking."""
        c = self.controller
        if c is None:
            return False
        question = (
            translate("DialogOpener", "Delete this session? This cannot be undone.")
            if entry.kind == "treatment"
            else translate("DialogOpener", "Delete this skin check? This cannot be undone.")
        )
        if not confirm(self.parent, translate("DialogOpener", "Delete"), question):
            return False
        c.delete_entry(entry, lambda: None)
        return True

    # ---- clients -------------------------------------------------------------------------------

    def new_client(self) -> ClientDialog | None:
        return self._client_dialog(None)

    def edit_client(self) -> ClientDialog | None:
        client = self._client()
        return self._client_dialog(client) if client is not None else None

    def _client_dialog(self, existing: ClientRecord | None) -> ClientDialog | None:
        c = self.controller
        if c is None:
            return None
        from needlejournal.ui.client_dialog import ClientDialog

        dialog = ClientDialog(existing, parent=self.parent, others=self.host.listed_clients())
        dialog.screening_requested.connect(self.client_screening)

        def saved(client: ClientRecord) -> None:
            dialog.saved()
            self.host.select_client(client.id)

        def save(draft: Any) -> None:
            assert c is not None
            conflicted = self._on_conflict(dialog, draft, existing, save, self._client_dialog)
            c.save_client(draft, saved, dialog.show_problems, conflicted)

        dialog.save_requested.connect(save)
        self._show(dialog)
        return dialog

    def client_screening(self) -> ScreeningDialog | None:
        """The shown client's screening checklist (also from the client dialog's button)."""
        c = self.controller
        client = self._client()
        if c is None or client is None:
            return None
        from needlejournal.ui.screening_dialog import ScreeningDialog

        dialog = ScreeningDialog(client.id, client.name, self.host.screening(), self.parent)
        dialog.save_requested.connect(
            lambda draft: c.save_screening(draft, dialog.saved, dialog.show_problems)
        )
        self._show(dialog)
        return dialog

    # ---- libraries and settings ------------------------------------------------------------------

    def product_library(self) -> ProductLibraryDialog | None:
        c = self.controller
        if c is None:
            return None
        from needlejournal.ui.library_dialogs import ProductLibraryDialog
        from needlejournal.ui.product_lots import ProductLots

        lots = ProductLots(c.journal, c.lane)
        dialog = ProductLibraryDialog(c.products, parent=self.parent, lots=lots)

        def saved(p: ProductRecord) -> None:
            assert c is not None
            dialog.set_items(c.products, p.id)

        dialog.save_requested.connect(lambda d: c.save_product(d, saved, dialog.show_problems))
        self._show(dialog)
        return dialog

    def device_library(self) -> DeviceLibraryDialog | None:
        c = self.controller
        if c is None:
            return None
        from needlejournal.ui.library_dialogs import DeviceLibraryDialog

        dialog = DeviceLibraryDialog(c.devices, parent=self.parent)

        def saved(d: DeviceRecord) -> None:
            assert c is not None
            dialog.set_items(c.devices, d.id)

        dialog.save_requested.connect(lambda d: c.save_device(d, saved, dialog.show_problems))
        self._show(dialog)
        return dialog

    def guidance_settings(self) -> GuidanceDialog | None:
        c = self.controller
        if c is None:
            return None
        from needlejournal.ui.guidance_dialog import GuidanceDialog

        dialog = GuidanceDialog(c.guidance, c.mode, parent=self.parent)
        dialog.save_requested.connect(
            lambda value: c.save_settings(
                value, dialog.chosen_mode(), dialog.saved, dialog.show_problems
            )
        )
        self._show(dialog)
        return dialog
