"""Guidance v2, depth: area × indication × setting, and the names people give areas.

Hand-written sessions for the class issue 10 found wrong in v1 (areas were only anatomical: no
professional maximum under the eye, acne scars on the cheeks flagged at a depth the domain
notes allow), with guards against the false positives the fix could bring.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

import pytest

from needlejournal.guidance import (
    SOURCE_PRO_DEPTH,
    SOURCE_PRO_PERIORBITAL,
    Area,
    AreaDose,
    GuidanceSettings,
    GuidanceWarning,
    Indication,
    TreatmentFacts,
    check_treatment,
    read_indication,
    read_treated_area,
)

DEFAULTS = GuidanceSettings()
WHEN = datetime(2026, 3, 3, 10, tzinfo=UTC)


def depth_warnings(
    area: str,
    depth: float,
    indication: str = "general",
    *,
    clinic: bool,
    settings: GuidanceSettings = DEFAULTS,
) -> list[GuidanceWarning]:
    t = TreatmentFacts(WHEN, (AreaDose(area, depth, None, indication),))
    found = check_treatment(t, [t], settings, personal_mode=not clinic, tz=UTC)
    return [w for w in found if w.rule in ("depth_area", "depth_home")]


# --- warns ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("area", "depth", "indication"),
    [
        ("periorbital", 2.5, "general"),  # the example
        ("periorbital", 1.5, "rejuvenation"),
        ("periorbital", 2.0, "acne_scars"),  # an indication never deepens the thin eye skin
        ("cheeks", 1.5, "rejuvenation"),  # "cheeks 1.0"
        ("cheeks", 1.5, "pigmentation"),
        ("cheeks", 2.25, "scars"),  # "scars 1.5–2.0"
        ("cheeks", 3.0, "acne_scars"),  # "up to 2.5"
        ("perioral", 1.0, "acne_scars"),  # "0.5"
        ("neck", 2.0, "general"),  # "1.5"
        ("nose", 2.5, "acne_scars"),  # "≤ 2.0 sidewall"
    ],
)
def test_clinic_depths_past_the_usual_maximum_warn(
    area: str, depth: float, indication: str
) -> None:
    [warning] = depth_warnings(area, depth, indication, clinic=True)
    assert warning.rule == "depth_area"
    assert Area.label_of(area) in warning.message
    expected = SOURCE_PRO_PERIORBITAL if area == "periorbital" else SOURCE_PRO_DEPTH
    assert warning.source == expected


def test_the_message_names_the_indication_and_its_maximum() -> None:
    [warning] = depth_warnings("cheeks", 3.0, "acne_scars", clinic=True)
    assert warning.message.startswith("Cheeks (acne scars): 3.0 mm")
    assert "2.5 mm" in warning.message
    assert "indication" in warning.message


@pytest.mark.parametrize(
    ("area", "depth", "indication"),
    [
        ("periorbital", 0.5, "general"),  # above the home range, a professional one
        ("cheeks", 1.5, "stretch_marks"),  # not an indication with its own figure: the area's
        ("chin", 2.0, "general"),
        ("nose", 1.5, "acne_scars"),
    ],
)
def test_home_depths_warn_whatever_the_indication(area: str, depth: float, indication: str) -> None:
    found = depth_warnings(area, depth, indication, clinic=False)
    assert found, (area, depth, indication)
    assert {w.rule for w in found} <= {"depth_area", "depth_home"}


# --- false-positive guards --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("area", "depth", "indication"),
    [
        ("cheeks", 2.0, "acne_scars"),  # the example: the brief allows 1.5–2.0
        ("cheeks", 2.5, "acne_scars"),  # "up to 2.5"
        ("chin", 2.5, "acne_scars"),
        ("forehead", 2.25, "acne_scars"),
        ("cheeks", 2.0, "scars"),
        ("cheeks", 1.75, "general"),  # unspecified: as v1, the most the area allows
        ("cheeks", 1.0, "rejuvenation"),
        ("periorbital", 0.5, "rejuvenation"),
        ("periorbital", 1.0, "general"),
        ("abdomen", 2.5, "stretch_marks"),
        ("thighs", 2.0, "stretch_marks"),
        ("buttocks", 2.0, "stretch_marks"),
        ("arms", 1.5, "stretch_marks"),
        ("back", 2.0, "acne_scars"),
        ("scalp", 1.5, "hair_loss"),
        ("decolletage", 1.0, "rejuvenation"),
        ("hands", 1.0, "pigmentation"),
        ("neck", 1.5, "general"),
    ],
)
def test_clinic_depths_the_domain_notes_allow_do_not_warn(
    area: str, depth: float, indication: str
) -> None:
    assert depth_warnings(area, depth, indication, clinic=True) == []


@pytest.mark.parametrize(
    ("area", "depth", "indication"),
    [
        ("periorbital", 0.25, "general"),
        ("cheeks", 1.0, "acne_scars"),
        ("abdomen", 1.0, "stretch_marks"),
        ("scalp", 0.5, "hair_loss"),
        ("forehead", 0.5, "rejuvenation"),
    ],
)
def test_home_depths_within_the_guides_do_not_warn(
    area: str, depth: float, indication: str
) -> None:
    assert depth_warnings(area, depth, indication, clinic=False) == []


def test_an_edited_indication_maximum_is_honoured() -> None:
    stricter = replace(
        DEFAULTS,
        professional_max_depth_by_indication={
            **DEFAULTS.professional_max_depth_by_indication,
            "stretch_marks": {"abdomen": 1.5},
        },
    )
    assert depth_warnings("abdomen", 2.0, "stretch_marks", clinic=True) == []
    [warning] = depth_warnings("abdomen", 2.0, "stretch_marks", clinic=True, settings=stricter)
    assert "1.5 mm" in warning.message


def test_indication_maxima_round_trip_through_json_and_a_removed_one_stays_removed() -> None:
    edited = replace(
        DEFAULTS,
        professional_max_depth_by_indication={"acne_scars": {"cheeks": 2.0}},
    )
    again = GuidanceSettings.from_json(edited.to_json())
    assert again == edited
    assert again.usual_max_depth("chin", personal_mode=False, indication="acne_scars") is None
    assert again.usual_max_depth("cheeks", personal_mode=False, indication="rejuvenation") == 2.0
    # An indication absent from stored JSON (an older version's) keeps its defaults.
    older = GuidanceSettings.from_json({"professional_max_depth_by_indication": {}})
    assert older.usual_max_depth("cheeks", personal_mode=False, indication="rejuvenation") == 1.0


def test_settings_refuse_an_unknown_indication_or_area() -> None:
    with pytest.raises(ValueError, match="unknown indication"):
        replace(DEFAULTS, professional_max_depth_by_indication={"tattoo": {"cheeks": 1.0}})
    with pytest.raises(ValueError, match="unknown area"):
        replace(DEFAULTS, professional_max_depth_by_indication={"acne_scars": {"ear": 1.0}})


# --- names people use -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "area", "indication"),
    [
        ("eyelid", "periorbital", None),
        ("upper lip", "perioral", None),
        ("Under-eye", "periorbital", None),
        ("crow's feet", "periorbital", None),
        ("décolleté", "decolletage", None),
        ("chest", "decolletage", None),
        ("stomach", "abdomen", None),
        ("belly", "abdomen", None),
        ("legs", "thighs", None),
        ("upper arms", "arms", None),
        ("glutes", "buttocks", None),
        ("back of hands", "hands", None),
        ("jawline", "chin", None),
        ("temples", "forehead", None),
        ("hairline", "scalp", None),
        ("stretch marks", "body", "stretch_marks"),
        ("hair loss", "scalp", "hair_loss"),
        ("acne scars on cheeks", "cheeks", "acne_scars"),
        ("cheeks/acne scars", "cheeks", "acne_scars"),
        ("stretch marks on the thighs", "thighs", "stretch_marks"),
        ("abdomen striae", "abdomen", "stretch_marks"),
        ("melasma cheeks", "cheeks", "pigmentation"),
        ("Wangen", "cheeks", None),
        ("fine lines around the mouth", "perioral", "rejuvenation"),
    ],
)
def test_common_names_map_to_an_area_and_indication(
    text: str, area: str, indication: str | None
) -> None:
    found = read_treated_area(text)
    assert (found.area, found.indication) == (area, indication)
    assert Area.has(found.area)


@pytest.mark.parametrize("text", ["ear", "cheecks", "acne scars", "cheeks tattoo", ""])
def test_unknown_or_incomplete_names_are_refused_in_one_sentence(text: str) -> None:
    with pytest.raises(ValueError) as refused:
        read_treated_area(text)
    assert "\n" not in str(refused.value)


def test_a_typo_gets_a_did_you_mean() -> None:
    with pytest.raises(ValueError, match="Did you mean “cheeks”"):
        read_treated_area("cheecks")


def test_indications_by_their_common_names() -> None:
    assert read_indication("Stretch marks") == Indication.STRETCH_MARKS
    assert read_indication("melasma") == Indication.PIGMENTATION
    assert read_indication("surgical scars") == Indication.SCARS
    assert read_indication("alopecia") == Indication.HAIR_LOSS
    with pytest.raises(ValueError, match="Unknown indication"):
        read_indication("tattoo removal")
