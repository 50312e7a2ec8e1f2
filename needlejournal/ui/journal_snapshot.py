"""What the window reads right after opening a journal, in one task on the worker: the mode,
the clients, devices, products and guidance settings. Split out of ``ui.controller``."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from needlejournal.guidance import GuidanceSettings
from needlejournal.journal.records import ClientSummary, DeviceRecord, Mode, ProductRecord

if TYPE_CHECKING:  # the journal module pulls in SQLAlchemy: never at import time of ui/
    from needlejournal.journal.api import Journal


@dataclass(frozen=True)
class Snapshot:
    """Everything the window needs right after opening (one task, one round trip)."""

    mode: Mode
    mode_chosen: bool  # False on a new, empty journal: the window asks who it is for
    clients: list[ClientSummary]
    devices: list[DeviceRecord]
    products: list[ProductRecord]
    guidance: GuidanceSettings


def load_snapshot(journal: Journal) -> Snapshot:
    chosen = journal.chosen_mode()
    mode = chosen or journal.mode()
    # Archived clients too: the list leaves them out, its search finds them.
    clients = journal.list_clients(include_archived=True)
    # Only an empty journal asks; one that already holds people (made before modes were
    # chosen, or through the API) works in the mode it is read in, personal.
    ask = chosen is None and not clients
    if mode == "personal" and not ask and not any(c.client.is_self for c in clients):
        # A personal journal always has its "Me"; anyone else added is listed too (a partner
        # added with ``needlejournal client add`` must not vanish from the window).
        clients = [journal.ensure_self(), *clients]
    return Snapshot(
        mode=mode,
        mode_chosen=not ask,
        clients=clients,
        devices=journal.list_devices(),
        products=journal.list_products(),
        guidance=journal.guidance_settings(),
    )
