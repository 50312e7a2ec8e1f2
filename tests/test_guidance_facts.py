"""facts_from_record and facts_from_draft: one conversion into what the rules read (no Qt)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from needlejournal.guidance import (
    MAX_DEPTH_MM,
    AreaDose,
    GuidanceSettings,
    ProductApplied,
    check_treatment,
    facts_from_draft,
    facts_from_record,
)
from needlejournal.journal.records import (
    AreaDraft,
    AreaRecord,
    ProductUseDraft,
    ProductUseRecord,
    TreatmentDraft,
    TreatmentRecord,
)

WHEN = datetime(2026, 3, 3, 10, 0, tzinfo=UTC)
VIT_C = ("L-ascorbic acid",)


def stored(depth: float = 1.0) -> TreatmentRecord:
    return TreatmentRecord(
        id=7,
        client_id=1,
        performed_at=WHEN,
        device=None,
        areas=(
            AreaRecord("cheeks", depth, 2, "erythema"),
            AreaRecord("forehead", 0.5, None, "none"),
        ),
        products=(ProductUseRecord(3, "Vitamin C 15%", "Brightlab", "during", "L1", ""),),
        pain=None,
        numbing=False,
        downtime_days=None,
        adverse_events="",
        notes="",
        texture_note="",
        texture_score=None,
        tone_note="",
        tone_score=None,
        version=1,
    )


def draft(*areas: AreaDraft, products: tuple[ProductUseDraft, ...] = ()) -> TreatmentDraft:
    return TreatmentDraft(
        client_id=1, performed_at=WHEN + timedelta(days=40), areas=areas, products=products
    )


def test_facts_from_record_reads_areas_products_and_ingredients() -> None:
    facts = facts_from_record(stored(), {3: VIT_C})
    assert facts.id == 7 and facts.performed_at == WHEN
    assert facts.areas == (AreaDose("cheeks", 1.0, 2), AreaDose("forehead", 0.5, None))
    assert facts.products == (ProductApplied("Vitamin C 15%", "during", VIT_C),)
    assert facts_from_record(stored(), {}).products[0].ingredients == ()


def test_facts_from_draft_names_products_and_keeps_what_is_checkable() -> None:
    d = draft(
        AreaDraft("cheeks", 1.25, 3),
        AreaDraft("nose", 0.0),  # no depth yet: left out, the field says why
        products=(ProductUseDraft(3, "during"), ProductUseDraft(4, "sometime")),
    )
    facts = facts_from_draft(d, {3: "Vitamin C 15%"}, {3: VIT_C})
    assert facts.id is None and facts.performed_at == d.performed_at
    assert facts.areas == (AreaDose("cheeks", 1.25, 3),)
    assert facts.products == (ProductApplied("Vitamin C 15%", "during", VIT_C),)


def test_a_depth_over_the_maximum_is_still_read_so_guidance_warns_about_it() -> None:
    too_deep = MAX_DEPTH_MM + 2.0
    facts = facts_from_draft(draft(AreaDraft("cheeks", too_deep)), {}, {})
    assert facts.areas == (AreaDose("cheeks", too_deep),)
    history = [facts_from_record(stored(), {})]
    warnings = check_treatment(facts, history, GuidanceSettings(), personal_mode=False)
    depth = [w for w in warnings if w.rule == "depth_area"]
    assert depth and "5.0 mm" in depth[0].message
    interval = [w for w in warnings if w.rule == "interval"]
    assert interval and "5.0 mm" in interval[0].message  # the 5 mm band's interval, not 1 mm's


@pytest.mark.parametrize("depth", [0.0, -1.0, float("nan"), float("inf")])
def test_area_dose_still_refuses_nonsense_depths(depth: float) -> None:
    with pytest.raises(ValueError, match="above 0 mm"):
        AreaDose("cheeks", depth)
