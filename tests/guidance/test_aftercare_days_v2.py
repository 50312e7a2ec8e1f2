"""Guidance v2, aftercare timing: a product's start day against the washout setting.

Hand-written cases for the class issue 10 found wrong in v1 (no aftercare timing, so the
washout setting controlled nothing), with guards against false positives, and the product's
name read beside its ingredient list.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

import pytest

from needlejournal.guidance import (
    AreaDose,
    GuidanceSettings,
    ProductApplied,
    TreatmentFacts,
    check_treatment,
    ingredient_cautions,
)

DEFAULTS = GuidanceSettings()
WHEN = datetime(2026, 3, 3, 10, tzinfo=UTC)


def product_warnings(*products: ProductApplied, settings: GuidanceSettings = DEFAULTS) -> list[str]:
    t = TreatmentFacts(WHEN, (AreaDose("cheeks", 1.0),), products)
    found = check_treatment(t, [t], settings, personal_mode=False, tz=UTC)
    return [w.message for w in found if w.rule == "product_phase"]


RETINOL = ("Aqua, Retinol, Glycerin",)
GLYCOLIC = ("Aqua, Glycolic Acid, Glycerin",)


@pytest.mark.parametrize(
    ("ingredients", "day", "washout"),
    [
        (RETINOL, 0, 14),
        (RETINOL, 3, 14),
        (RETINOL, 13, 14),
        (GLYCOLIC, 2, 7),
        (GLYCOLIC, 6, 7),
        (("Alcohol Denat., Aqua",), 1, 3),
        (("Aqua, Parfum",), 2, 3),
    ],
)
def test_started_before_the_washout_is_a_caution_naming_both_days(
    ingredients: tuple[str, ...], day: int, washout: int
) -> None:
    [message] = product_warnings(ProductApplied("Night cream", "aftercare", ingredients, day))
    assert f"from day {day} after the session" in message
    assert f"for about {washout} days after needling" in message


@pytest.mark.parametrize(
    ("ingredients", "day"),
    [
        (RETINOL, 14),
        (RETINOL, 30),
        (GLYCOLIC, 7),
        (("Alcohol Denat., Aqua",), 3),
        (("Aqua, Parfum",), 5),
    ],
)
def test_started_on_or_after_the_washout_is_no_caution(
    ingredients: tuple[str, ...], day: int
) -> None:
    assert product_warnings(ProductApplied("Night cream", "aftercare", ingredients, day)) == []


def test_the_washout_setting_decides() -> None:
    shorter = replace(DEFAULTS, washout_days={**DEFAULTS.washout_days, "retinoids": 7})
    used = ProductApplied("Night cream", "aftercare", RETINOL, 10)
    assert len(product_warnings(used)) == 1
    assert product_warnings(used, settings=shorter) == []
    none = replace(DEFAULTS, washout_days={**DEFAULTS.washout_days, "retinoids": 0})
    assert (
        product_warnings(ProductApplied("Night cream", "aftercare", RETINOL, 0), settings=none)
        == []
    )


def test_no_start_day_recorded_keeps_the_v1_caution() -> None:
    [message] = product_warnings(ProductApplied("Night cream", "aftercare", RETINOL))
    assert "was used for aftercare." in message
    assert "14 days" in message


def test_a_start_day_does_not_excuse_vitamin_c_during_needling() -> None:
    # The day offset belongs to aftercare: a serum used during needling is day 0 whatever is set.
    messages = product_warnings(ProductApplied("C serum", "during", ("L-Ascorbic Acid",), 20))
    assert len(messages) == 1 and "L-ascorbic acid" in messages[0]


def test_a_name_that_says_retinol_counts_even_with_a_partial_ingredient_list() -> None:
    [message] = product_warnings(
        ProductApplied("Retinol Night Cream", "aftercare", ("Aqua, Glycerin",))
    )
    assert "a retinoid" in message and "in its name" in message


def test_the_ingredient_list_is_named_when_it_matched() -> None:
    [message] = product_warnings(ProductApplied("Night cream", "aftercare", RETINOL))
    assert "on its ingredient list" in message


def test_guard_a_vitamin_c_name_with_a_derivative_listed_is_not_l_ascorbic_acid() -> None:
    found = ingredient_cautions(
        ("Aqua, Sodium Ascorbyl Phosphate",), "during", DEFAULTS, product="Vitamin C Serum"
    )
    assert found == []


def test_guard_a_gentle_name_with_a_gentle_list_is_no_caution() -> None:
    assert product_warnings(ProductApplied("Calm balm", "aftercare", ("Aqua, Panthenol",), 1)) == []
