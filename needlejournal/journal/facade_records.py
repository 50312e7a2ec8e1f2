"""The ``Journal`` facade's use-cases over its records: settings, clients, the device and
product libraries, sessions and skin checks (each one unit of work, frozen records out)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from needlejournal.db import models as m
from needlejournal.journal import (
    clients,
    convert,
    library,
    named_session,
    settings,
    treatments,
)
from needlejournal.journal import timeline as timelines
from needlejournal.journal.records import (
    ClientDraft,
    ClientRecord,
    ClientSummary,
    DeviceDraft,
    DeviceRecord,
    Mode,
    NamedSession,
    ObservationDraft,
    ObservationRecord,
    ProductDraft,
    ProductRecord,
    SavedTreatment,
    Timeline,
    TreatmentDraft,
    TreatmentRecord,
)
from needlejournal.journal.unit_of_work import UnitsOfWork

if TYPE_CHECKING:
    from needlejournal.guidance import GuidanceSettings


class RecordUseCases(UnitsOfWork):
    """Settings, clients, libraries, sessions and skin checks (mixed into ``Journal``)."""

    # ---- settings ----------------------------------------------------------------------

    def mode(self) -> Mode:
        """The mode the guidance rules use (personal until the user chooses)."""
        return self.run(settings.get_mode)

    def chosen_mode(self) -> Mode | None:
        """The mode the user chose; None on a new journal (the window asks on first run)."""
        return self.run(settings.stored_mode)

    def set_mode(self, mode: Mode) -> None:
        self.run(lambda s: settings.set_mode(s, mode))

    def guidance_settings(self) -> GuidanceSettings:
        return self.run(settings.get_guidance)

    def set_guidance_settings(self, value: GuidanceSettings) -> None:
        self.run(lambda s: settings.set_guidance(s, value))

    # ---- clients -----------------------------------------------------------------------

    def list_clients(
        self, query: str = "", *, include_archived: bool = False
    ) -> list[ClientSummary]:
        return self.run(lambda s: clients.list_clients(s, query, include_archived=include_archived))

    def client_summary(self, client_id: int) -> ClientSummary:
        """One row of the client list, refreshed after a write, without listing every client."""
        return self.run(lambda s: clients.client_summary(s, client_id))

    def add_client(self, draft: ClientDraft) -> ClientSummary:
        """A new client; never switches the mode (see ``clients.add_client``)."""
        return self.run(lambda s: clients.add_client(s, draft))

    def save_client(self, draft: ClientDraft) -> ClientSummary:
        """Save a client as drafted (new or edited), without any mode rule."""
        return self.run_edit(lambda s: clients.save_client(s, draft), m.Client, draft.id, "client")

    def ensure_self(self) -> ClientSummary:
        return self.run(clients.ensure_self)

    def find_client(self, name_or_id: str) -> ClientRecord:
        return self.run(lambda s: convert.client(clients.find_client(s, name_or_id)))

    def delete_client(self, client_id: int) -> None:
        self.run(lambda s: clients.delete_client(s, client_id))

    # ---- libraries ---------------------------------------------------------------------

    def list_devices(self, *, include_archived: bool = False) -> list[DeviceRecord]:
        return self.run(lambda s: library.list_devices(s, include_archived=include_archived))

    def save_device(self, draft: DeviceDraft) -> DeviceRecord:
        return self.run_edit(lambda s: library.save_device(s, draft), m.Device, draft.id, "device")

    def find_device(self, name_or_id: str) -> DeviceRecord:
        return self.run(lambda s: convert.device(library.find_device(s, name_or_id)))

    def list_products(self, *, include_archived: bool = False) -> list[ProductRecord]:
        return self.run(lambda s: library.list_products(s, include_archived=include_archived))

    def save_product(self, draft: ProductDraft) -> ProductRecord:
        return self.run_edit(
            lambda s: library.save_product(s, draft), m.Product, draft.id, "product"
        )

    def find_product(self, name_or_id: str) -> ProductRecord:
        return self.run(lambda s: convert.product(library.find_product(s, name_or_id)))

    # ---- sessions and skin checks ------------------------------------------------------

    def save_treatment(self, draft: TreatmentDraft) -> SavedTreatment:
        return self.run_edit(
            lambda s: treatments.save_treatment(s, draft), m.Treatment, draft.id, "session"
        )

    def save_named_session(self, request: NamedSession) -> tuple[ClientRecord, SavedTreatment]:
        """A session given by names (the command line): resolved and saved in one unit."""
        return self.run(lambda s: named_session.save_named_session(s, request))

    def get_treatment(self, treatment_id: int) -> TreatmentRecord:
        return self.run(lambda s: treatments.get_treatment(s, treatment_id))

    def delete_treatment(self, treatment_id: int) -> None:
        self.run(lambda s: treatments.delete_treatment(s, treatment_id))

    def save_observation(self, draft: ObservationDraft) -> ObservationRecord:
        return self.run_edit(
            lambda s: treatments.save_observation(s, draft), m.Observation, draft.id, "skin check"
        )

    def delete_observation(self, observation_id: int) -> None:
        self.run(lambda s: treatments.delete_observation(s, observation_id))

    def timeline(self, client_id: int, *, photos: bool = False) -> Timeline:
        return self.run(lambda s: timelines.timeline(s, client_id, photos=photos))
