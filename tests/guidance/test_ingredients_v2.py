"""Guidance v2, ingredients: other languages, typos, brand and drug names, a PHA, alcohol and
fragrance; and the false positives v1 had (a vitamin C derivative in shorthand, "BHA" the
preservative, an acid that only adjusts pH, fatty alcohols, "fragrance-free")."""

from __future__ import annotations

from dataclasses import replace
from types import MappingProxyType

import pytest

from needlejournal.guidance import GuidanceSettings, ingredient_cautions

DEFAULTS = GuidanceSettings()


def kinds(ingredients: str, phase: str = "post", *, name: str | None = None) -> set[str]:
    """Which cautions fire, by the word each message uses."""
    given = (ingredients,) if ingredients else ((name,) if name else ())
    found = ingredient_cautions(given, phase, DEFAULTS, product=name)
    labels = {
        "L-ascorbic acid": "vitamin_c",
        "a retinoid": "retinoid",
        "an exfoliating acid": "acid",
        "benzoyl peroxide": "bpo",
        "hydroquinone": "hydroquinone",
        "drying alcohol": "alcohol",
        "contains fragrance": "fragrance",
    }
    return {kind for text, kind in labels.items() for w in found if text in w.message}


@pytest.mark.parametrize(
    ("ingredients", "expected"),
    [
        # Other languages (labels and hand-typed lists are not always INCI).
        ("Aqua, Retinsäure, Glycerin", "retinoid"),
        ("Agua, ácido retinoico", "retinoid"),
        ("Eau, acide rétinoïque", "retinoid"),
        ("Wasser, Ascorbinsäure", "vitamin_c"),
        ("Agua, Ácido L-ascórbico, Glicerina", "vitamin_c"),
        ("Vitamina C pura 20%", "vitamin_c"),
        ("Wasser, Glykolsäure", "acid"),
        ("Agua, ácido salicílico", "acid"),
        ("Eau, acide glycolique", "acid"),
        ("Benzoylperoxid 5%", "bpo"),
        ("Hidroquinona 2%", "hydroquinone"),
        # Obvious typos.
        ("Aqua, Retinool, Squalane", "retinoid"),
        ("Aqua, Salicilic Acid", "acid"),
        ("Aqua, Glycollic Acid", "acid"),
        ("Aqua, Tretinion", "retinoid"),
        # Brand and drug names.
        ("Differin gel", "retinoid"),
        ("Retin-A 0.025%", "retinoid"),
        ("Epiduo", "retinoid"),
        ("Aklief cream", "retinoid"),
        # A PHA by its INCI name.
        ("Aqua, Gluconolactone, Glycerin", "acid"),
        ("Aqua, Lactobionic Acid", "acid"),
        # Alcohol and fragrance, listed in the brief and new in v2.
        ("Alcohol Denat., Aqua, Glycerin", "alcohol"),
        ("SD Alcohol 40-B, Aqua", "alcohol"),
        ("Aqua, Alcohol, Glycerin", "alcohol"),
        ("Aqua, Glycerin, Parfum", "fragrance"),
        ("Aqua, Fragrance, Linalool", "fragrance"),
    ],
)
def test_each_class_of_missed_ingredient_is_found(ingredients: str, expected: str) -> None:
    assert expected in kinds(ingredients)


def test_epiduo_is_both_a_retinoid_and_benzoyl_peroxide() -> None:
    assert {"retinoid", "bpo"} <= kinds("Epiduo")


@pytest.mark.parametrize(
    "ingredients",
    [
        # Vitamin C derivatives, also in the shorthand labels use.
        "Aqua, Vitamin C (SAP), Glycerin",
        "Aqua, Vitamin C (MAP)",
        "Aqua, THD Ascorbate",
        "Aqua, 3-O-Ethyl Ascorbic Acid",
        "Wasser, Natriumascorbylphosphat",
        "Agua, Fosfato de ascorbilo sódico",
        "Aqua, Sodium Ascorbyl Phosphate, Vitamin C",
    ],
)
def test_guard_vitamin_c_derivatives_are_not_l_ascorbic_acid(ingredients: str) -> None:
    assert "vitamin_c" not in kinds(ingredients)


INCI_WITH_BHA = (
    "Aqua, Glycerin, Squalane, Sodium Hyaluronate, Tocopherol, BHA, Phenoxyethanol, "
    "Ethylhexylglycerin"
)


def test_guard_bha_on_an_ingredient_list_is_the_preservative() -> None:
    assert "acid" not in kinds(INCI_WITH_BHA)
    # In a product's name, BHA means salicylic acid.
    assert "acid" in kinds("", name="2% BHA Liquid Exfoliant")


def test_guard_an_acid_that_only_adjusts_ph_is_not_an_exfoliant() -> None:
    inci = (
        "Aqua, Glycerin, Niacinamide, Panthenol, Sodium Hyaluronate, Phenoxyethanol, "
        "Ethylhexylglycerin, Sodium Lactate, Lactic Acid"
    )
    assert "acid" not in kinds(inci)
    # The same acid high on the list is the active.
    assert "acid" in kinds("Aqua, Lactic Acid, Glycerin, Sodium Lactate, Phenoxyethanol")
    # And an exfoliant is an exfoliant wherever it sits.
    assert "acid" in kinds(inci.replace("Lactic Acid", "Glycolic Acid"))


@pytest.mark.parametrize(
    "ingredients",
    [
        "Aqua, Cetyl Alcohol, Cetearyl Alcohol, Stearyl Alcohol, Glycerin",
        "Aqua, Benzyl Alcohol",
        "Aqua, Hyaluronic Acid, Ferulic Acid, Tranexamic Acid",
        "Aqua, Bakuchiol, Squalane",
        "Aqua, Glycerin, Citric Acid",
        "Aqua, Glycerin, Panthenol, Allantoin",
    ],
)
def test_guard_harmless_lists_raise_nothing(ingredients: str) -> None:
    assert kinds(ingredients) == set()


@pytest.mark.parametrize("name", ["Fragrance-free barrier balm", "Retinol-free night cream"])
def test_guard_a_negated_name_is_not_a_match(name: str) -> None:
    assert kinds("", name=name) == set()


def test_a_washout_of_zero_days_silences_that_caution() -> None:
    none_for_retinoids = replace(
        DEFAULTS, washout_days=MappingProxyType({**DEFAULTS.washout_days, "retinoids": 0})
    )
    found = ingredient_cautions(("Aqua, Retinol",), "aftercare", none_for_retinoids)
    assert found == []
    [warning] = ingredient_cautions(("Aqua, Retinol",), "aftercare", DEFAULTS)
    assert "about 14 days" in warning.message
