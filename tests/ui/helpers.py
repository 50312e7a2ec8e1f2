"""Small builders for the window tests (through the public Journal API only)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from needlejournal.journal.api import Journal
from needlejournal.journal.records import (
    AreaDraft,
    ClientDraft,
    ClientRecord,
    DeviceDraft,
    DeviceRecord,
    ObservationDraft,
    ProductDraft,
    ProductRecord,
    ProductUseDraft,
    TreatmentDraft,
)


def library(journal: Journal) -> tuple[DeviceRecord, ProductRecord, ProductRecord]:
    pen = journal.save_device(DeviceDraft("Dermapen 4", "pen", needle_count=16))
    ha = journal.save_product(
        ProductDraft("Hyaluronic Glide", "Dermaplan", "serum", ("hyaluronic acid",))
    )
    vit_c = journal.save_product(
        ProductDraft("Vitamin C 15%", "Brightlab", "serum", ("L-ascorbic acid",))
    )
    return pen, ha, vit_c


def client_with_history(journal: Journal, name: str = "Amelia Hart") -> ClientRecord:
    pen, ha, _ = library(journal)
    client = journal.save_client(ClientDraft(name, skin_type="III", concerns="acne scars")).client
    now = datetime.now(UTC).replace(microsecond=0)
    for i, days in enumerate((90, 45)):
        journal.save_treatment(
            TreatmentDraft(
                client_id=client.id,
                performed_at=now - timedelta(days=days),
                areas=(AreaDraft("cheeks", 1.0 + 0.25 * i, 2, "erythema"),),
                device_id=pen.id,
                products=(ProductUseDraft(ha.id, "during", lot_number=f"HG-{i}"),),
                texture_score=4 + i,
                texture_note=f"scars round {i}",
                tone_score=5,
            )
        )
    journal.save_observation(
        ObservationDraft(client.id, now - timedelta(days=30), texture_score=6, note="healing well")
    )
    return client
