"""The client list wired to the rest of the window: choosing a client shows its timeline,
gallery, header and progress; changes read elsewhere update the list in place."""

from __future__ import annotations

from typing import TYPE_CHECKING

from needlejournal.ui.language import translate
from needlejournal.ui.window_parts import WindowParts

if TYPE_CHECKING:
    from needlejournal.journal.progress_chart import ChartData
    from needlejournal.journal.records import ClientRecord, ClientSummary, Timeline
    from needlejournal.journal.what_worked import Effect
    from needlejournal.journal.what_worked_photos import PhotoWhatWorked


class ClientWiring(WindowParts):
    def _client_selected(self, client: ClientRecord | None) -> None:
        """The shown client changed: a choice, or None while the search matches nobody."""
        self.details.show_entry(None)
        self.timeline_model.set_entries(())
        self.gallery.show_client(client)
        self._set_client_actions(client is not None and self.controller is not None)
        if client is None:
            self.timeline.show_message(
                translate(
                    "MainWindow",
                    "No client matches the search.\nChoose a client in the list, or press Esc in "
                    "the search box to see them all.",
                )
            )
            return
        if self.controller is None:
            return
        self.settings.setValue("ui/last_client", client.id)
        self._show_client_header(client.id, loading=True)
        self.controller.load_timeline(client.id)

    def _client_changed(self, summary: ClientSummary) -> None:
        self.client_model.update_client(summary)
        current = self.current_client()
        if current is not None and current.id == summary.id:
            self.timeline.show_client(summary, loading=self.timeline.loading)
            self.gallery.show_heading(summary.client)

    def _client_removed(self, client_id: int) -> None:
        shown = self.current_client()
        self.client_model.remove_client(client_id)
        rest = self.client_model.clients()
        if shown is not None and shown.id == client_id and rest:
            self.clients.select_client(rest[0].id)  # the one shown is gone: show another

    def _shown_now(self) -> tuple[int | None, tuple[str, int] | None]:
        """The client shown and the entry selected (kept across a refresh from elsewhere)."""
        client = self.current_client()
        entry = self.timeline.current_entry()
        return (client.id if client else None), ((entry.kind, entry.id) if entry else None)

    def _timeline_loaded(self, timeline: Timeline, select: tuple[str, int] | None) -> None:
        current = self.current_client()
        if current is None or current.id != timeline.client.id:
            return  # a stale answer for a client no longer shown
        self.timeline_model.set_entries(timeline.entries, timeline.ratings)
        self.screening_record = timeline.screening
        self.timeline.show_screening(timeline.screening)
        sessions = {e.id: e.performed_at for e in timeline.entries if e.kind == "treatment"}
        self.gallery.set_sessions(current.id, sessions)
        self._show_client_header(current.id)  # the list's summary carries the session count
        self._refresh_progress()
        if select is not None:
            self.timeline.select_entry(*select)
        else:
            self.details.show_entry(None)

    def _refresh_progress(self) -> None:
        """The Progress tab's chart, read on the journal lane while the tab is shown."""
        client = self.current_client()
        if (
            self.controller is None
            or client is None
            or self.middle.currentWidget() is not (self.progress)
        ):
            return

        def loaded(data: ChartData) -> None:
            now = self.current_client()
            if now is not None and now.id == client.id:  # not a stale answer
                self.progress.set_data(data)

        self.controller.load_progress(client.id, loaded)

    def _show_what_worked(self) -> None:
        """The Progress tab's "What worked…": read on the journal lane, shown in a dialog."""
        from PySide6.QtCore import Qt  # not at import: this module loads before the first paint

        from needlejournal.ui.what_worked_dialog import WhatWorkedDialog

        client = self.current_client()
        if self.controller is None or client is None:
            return
        dialog = WhatWorkedDialog(client.name, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.what_worked_dialog = dialog
        dialog.open()
        from shiboken6 import isValid

        def found(effects: tuple[tuple[Effect, ...], PhotoWhatWorked]) -> None:
            if isValid(dialog):  # not closed while the journal was read
                dialog.show_effects(*effects)

        self.controller.load_what_worked(client.id, found)

    def _show_client_header(self, client_id: int, *, loading: bool = False) -> None:
        summary = self.client_model.summary_of(client_id)
        if summary is not None:
            self.timeline.show_client(summary, loading=loading)

    def _reload_current(self) -> None:
        client = self.current_client()
        if client is not None and self.controller is not None:
            entry = self.timeline.current_entry()
            self.controller.load_timeline(client.id, (entry.kind, entry.id) if entry else None)
