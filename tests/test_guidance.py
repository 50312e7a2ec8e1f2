"""Guidance v1 rules: each fires when it should, stays quiet when it should, and names a source."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta, timezone

import pytest

from needlejournal.dates import format_date
from needlejournal.guidance import (
    Area,
    AreaDose,
    GuidanceSettings,
    GuidanceWarning,
    Phase,
    ProductApplied,
    TreatmentFacts,
    check_history,
    check_treatment,
    format_depth,
    ingredient_cautions,
    interval_days_for_depth,
)

DEFAULTS = GuidanceSettings()
MAR_3 = datetime(2026, 3, 3, 10, 0, tzinfo=UTC)


def session(
    when: datetime,
    *depths: tuple[str, float],
    products: tuple[ProductApplied, ...] = (),
    id: int | None = None,
) -> TreatmentFacts:
    return TreatmentFacts(
        performed_at=when,
        areas=tuple(AreaDose(area, depth) for area, depth in depths),
        products=products,
        id=id,
    )


def check(
    t: TreatmentFacts,
    history: list[TreatmentFacts] | None = None,
    settings: GuidanceSettings = DEFAULTS,
    *,
    personal_mode: bool = False,
) -> list[GuidanceWarning]:
    return check_treatment(t, history or [], settings, personal_mode=personal_mode, tz=UTC)


def rules(warnings: list[GuidanceWarning]) -> list[str]:
    return [w.rule for w in warnings]


# --- Formatting and constants -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("mm", "text"), [(1.0, "1.0 mm"), (0.25, "0.25 mm"), (0.5, "0.5 mm"), (2, "2.0 mm")]
)
def test_format_depth(mm: float, text: str) -> None:
    assert format_depth(mm) == text


def test_format_date_is_day_month_year_in_the_given_zone() -> None:
    assert format_date(MAR_3, UTC) == "3 Mar 2026"
    late = datetime(2026, 3, 3, 23, 30, tzinfo=UTC)
    assert format_date(late, timezone(timedelta(hours=2))) == "4 Mar 2026"


def test_every_area_has_a_label_and_table_entries() -> None:
    assert all(a.label for a in Area)
    assert Area.label_of("decolletage") == "Décolletage"
    assert Area.PERIORBITAL.label == "Under-eye / periorbital"
    assert set(DEFAULTS.home_max_depth_by_area) == set(Area.values())
    assert set(DEFAULTS.professional_max_depth_by_area) == set(Area.values())


@pytest.mark.parametrize(
    ("make", "fragment"),
    [
        (lambda: AreaDose("cheek", 0.5), "unknown area"),
        (lambda: AreaDose("cheeks", 0.0), "above 0"),
        (lambda: AreaDose("cheeks", float("nan")), "above 0"),
        (lambda: AreaDose("cheeks", 0.5, passes=0), "at least 1"),
        (lambda: ProductApplied("Serum", "after"), "unknown phase"),
        (lambda: TreatmentFacts(datetime(2026, 3, 3), ()), "timezone-aware"),
    ],
)
def test_facts_reject_nonsense(make: object, fragment: str) -> None:
    with pytest.raises(ValueError, match=fragment):
        make()  # type: ignore[operator]


def test_deepest_mm() -> None:
    assert session(MAR_3, ("cheeks", 0.5), ("forehead", 1.25)).deepest_mm == 1.25
    assert session(MAR_3).deepest_mm == 0.0


# --- Interval ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("depth", "days"),
    [
        (0.2, 3),
        (0.3, 3),  # DOMAIN.md: 0.2–0.3 mm 1–2× a week
        (0.5, 14),
        (0.75, 14),
        (0.99, 14),
        (1.0, 28),
        (1.25, 28),
        (1.5, 42),
        (2.5, 42),
        (0.1 + 0.2, 3),  # 0.30000000000000004 is still the 0.3 mm class
    ],
)
def test_interval_days_for_depth_defaults(depth: float, days: int) -> None:
    assert interval_days_for_depth(depth, DEFAULTS) == days


def test_interval_warns_with_the_example_wording() -> None:
    earlier = session(MAR_3, ("cheeks", 1.0), id=1)
    new = session(MAR_3 + timedelta(days=9), ("cheeks", 1.0))
    [warning] = check(new, [earlier])
    assert warning.rule == "interval"
    assert warning.message == (
        "Only 9 days since the 1.0 mm session on 3 Mar 2026; "
        "at 1.0 mm, sessions are usually at least 28 days apart."
    )
    assert "PMC6122507" in warning.source and "rules of thumb" in warning.source


@pytest.mark.parametrize(
    ("depth", "gap", "warns"),
    [
        (1.0, timedelta(days=28), False),  # exactly at the interval
        (1.0, timedelta(days=27), True),  # one day short
        (1.0, timedelta(days=27, hours=13), False),  # counts as 28 whole days
        (1.0, timedelta(days=27, hours=11), True),
        (0.5, timedelta(days=14), False),
        (0.5, timedelta(days=13), True),
        (0.25, timedelta(days=3), False),
        (0.25, timedelta(days=2), True),
        (1.5, timedelta(days=42), False),
        (1.5, timedelta(days=41), True),
    ],
)
def test_interval_boundaries(depth: float, gap: timedelta, warns: bool) -> None:
    earlier = session(MAR_3, ("cheeks", depth), id=1)
    new = session(MAR_3 + gap, ("cheeks", depth))
    assert rules(check(new, [earlier])) == (["interval"] if warns else [])


def test_interval_uses_the_deeper_of_the_two_sessions() -> None:
    deep = session(MAR_3, ("cheeks", 1.5), id=1)
    shallow = session(MAR_3 + timedelta(days=30), ("cheeks", 0.5))
    [warning] = check(shallow, [deep])
    assert "Only 30 days since the 1.5 mm session" in warning.message
    assert "at least 42 days" in warning.message
    # The other way round: a shallow earlier session does not excuse a deep new one.
    new_deep = session(MAR_3 + timedelta(days=20), ("cheeks", 1.0))
    [warning] = check(new_deep, [session(MAR_3, ("cheeks", 0.25), id=1)])
    assert "0.25 mm session" in warning.message and "at least 28 days" in warning.message


def test_history_containing_the_treatment_itself_is_skipped() -> None:
    saved = session(MAR_3, ("cheeks", 1.0), id=7)
    # Same id, same moment: the saved row of the session being edited, not a second session.
    assert check(saved, [saved]) == []
    copy = session(MAR_3, ("cheeks", 1.0), id=7)
    assert check(saved, [copy]) == []
    # A different saved session at the same moment is a real conflict.
    twin = session(MAR_3, ("cheeks", 1.0), id=8)
    [warning] = check(saved, [copy, twin])
    assert warning.message.startswith("Less than a day since the 1.0 mm session on 3 Mar 2026")


def test_only_the_nearest_neighbours_are_compared() -> None:
    history = [
        session(MAR_3 - timedelta(days=60), ("cheeks", 1.0), id=1),
        session(MAR_3 - timedelta(days=10), ("cheeks", 1.0), id=2),
        session(MAR_3 - timedelta(days=5), ("cheeks", 0.25), id=3),  # the nearest one
    ]
    [warning] = check(session(MAR_3, ("cheeks", 1.0)), history)
    assert "Only 5 days since the 0.25 mm session on 26 Feb 2026" in warning.message


def test_editing_an_older_session_warns_about_a_later_one_too_close() -> None:
    older = session(MAR_3, ("cheeks", 1.0), id=1)
    later = session(MAR_3 + timedelta(days=9), ("cheeks", 1.0), id=2)
    much_older = session(MAR_3 - timedelta(days=60), ("cheeks", 1.0), id=3)
    warnings = check(older, [much_older, older, later])
    assert rules(warnings) == ["interval"]
    assert warnings[0].message == (
        "Only 9 days before the 1.0 mm session on 12 Mar 2026; "
        "at 1.0 mm, sessions are usually at least 28 days apart."
    )


def test_a_session_squeezed_between_two_warns_twice() -> None:
    before = session(MAR_3 - timedelta(days=1), ("cheeks", 0.5), id=1)
    after = session(MAR_3 + timedelta(days=1), ("cheeks", 0.5), id=2)
    warnings = check(session(MAR_3, ("cheeks", 0.5)), [after, before])
    assert [w.message.split(" the ")[0] for w in warnings] == [
        "Only 1 day since",
        "Only 1 day before",
    ]


def test_a_first_session_has_no_interval_warning() -> None:
    assert check(session(MAR_3, ("cheeks", 2.0)), []) == []


# --- Depth -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("area", "depth", "personal", "expected"),
    [
        ("periorbital", 0.3, True, []),
        ("periorbital", 0.5, True, ["depth_area"]),
        ("cheeks", 1.0, True, []),  # exactly the home maximum
        ("cheeks", 1.25, True, ["depth_area"]),  # one fact, one warning: not the home limit too
        ("nose", 0.75, True, []),
        ("neck", 0.75, True, []),  # no home number for the neck: only the 1.0 mm limit
        ("neck", 1.5, True, ["depth_home"]),
        ("cheeks", 1.5, False, []),  # professional table: cheeks up to 2.0 mm
        ("cheeks", 2.5, False, ["depth_area"]),
        ("perioral", 0.75, False, ["depth_area"]),
        ("neck", 2.0, False, ["depth_area"]),
        ("forehead", 2.5, False, []),  # the review gives no forehead maximum
    ],
)
def test_depth_rules(area: str, depth: float, personal: bool, expected: list[str]) -> None:
    assert rules(check(session(MAR_3, (area, depth)), personal_mode=personal)) == expected


def test_depth_messages_name_area_depth_limit_and_source() -> None:
    warnings = check(
        session(MAR_3, ("cheeks", 1.5), ("chin", 1.25), ("neck", 1.25), ("scalp", 1.5)),
        personal_mode=True,
    )
    assert [w.rule for w in warnings] == ["depth_area", "depth_area", "depth_home"]
    assert warnings[0].message == (
        "Cheeks: 1.5 mm is deeper than the usual maximum of 1.0 mm for this area at home."
    )
    assert "home-use" in warnings[0].source
    # Cheeks and chin have their own warnings; the home limit speaks for the areas without one.
    assert warnings[2].message == (
        "1.5 mm (neck, scalp) is deeper than home-use guides advise: they say not to exceed 1.0 mm."
    )
    [pro] = check(session(MAR_3, ("neck", 2.0)), personal_mode=False)
    assert "Neck: 2.0 mm" in pro.message and "1.5 mm" in pro.message
    assert "ASJ Open Forum" in pro.source


# --- Products ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "ingredient",
    [
        "L-Ascorbic Acid",
        "ascorbic acid",
        "vitamin C (L-AA)",
        "Vitamin C",
        "Aqua, Ascorbic Acid 15%, Ferulic Acid, Tocopherol",
        "ascorbic acid; sodium ascorbyl phosphate",  # a derivative beside the real thing
    ],
)
def test_l_ascorbic_acid_during_needling_is_flagged_as_an_inference(ingredient: str) -> None:
    [warning] = ingredient_cautions([ingredient], "during", DEFAULTS, product="Glow C")
    assert warning.rule == "product_phase"
    assert warning.message.startswith("“Glow C” contains L-ascorbic acid")
    assert "inference from those case reports" in warning.message
    assert "Soltani-Arabshahi" in warning.source and "Friedmann" in warning.source


@pytest.mark.parametrize(
    "ingredient",
    [
        "ascorbyl glucoside",
        "Sodium Ascorbyl Phosphate",
        "tetrahexyldecyl ascorbate",
        "3-O-Ethyl Ascorbic Acid",
        "Ascorbic Acid 2-Glucoside",
        "Vitamin C (ascorbyl glucoside)",
        "hyaluronic acid",
        "niacinamide",
    ],
)
def test_vitamin_c_derivatives_are_not_l_ascorbic_acid(ingredient: str) -> None:
    assert ingredient_cautions([ingredient], "during", DEFAULTS) == []


@pytest.mark.parametrize(
    ("phase", "flagged"), [("prep", False), ("during", True), ("post", True), ("aftercare", False)]
)
def test_l_ascorbic_acid_phases(phase: str, flagged: bool) -> None:
    assert bool(ingredient_cautions(["L-ascorbic acid"], phase, DEFAULTS)) is flagged


@pytest.mark.parametrize(
    ("ingredient", "kind", "days"),
    [
        ("Retinol 0.5%", "a retinoid", 14),
        ("retinaldehyde", "a retinoid", 14),
        ("Retinal", "a retinoid", 14),
        ("tretinoin 0.025% cream", "a retinoid", 14),
        ("Adapalene", "a retinoid", 14),
        ("tazarotene", "a retinoid", 14),
        ("Retinyl Palmitate", "a retinoid", 14),
        ("Glycolic Acid", "an exfoliating acid", 7),
        ("lactic acid", "an exfoliating acid", 7),
        ("Mandelic acid", "an exfoliating acid", 7),
        ("Salicylic Acid 2%", "an exfoliating acid", 7),
        ("AHA/BHA blend", "an exfoliating acid", 7),
        ("azelaic acid 10%", "an exfoliating acid", 7),
        ("Benzoyl Peroxide 5%", "benzoyl peroxide", 7),
        ("hydroquinone 4%", "hydroquinone", 7),
    ],
)
def test_aftercare_cautions(ingredient: str, kind: str, days: int) -> None:
    [warning] = ingredient_cautions([ingredient], "aftercare", DEFAULTS, product="Night cream")
    assert warning.rule == "product_phase"
    assert (
        f"contains {kind} (“{ingredient}”, on its ingredient list) and was used for aftercare"
        in (warning.message)
    )
    assert f"for about {days} days after needling" in warning.message
    assert "aftercare handouts" in warning.source


@pytest.mark.parametrize(
    "ingredient",
    [
        "Hyaluronic Acid",
        "sodium hyaluronate",
        "ferulic acid",
        "tranexamic acid",
        "polyglutamic acid",
        "citric acid",
        "peptides",
        "Mahala extract",  # "aha" only as a whole word
        "bakuchiol",  # marketed as a retinol alternative, not a retinoid
        "ascorbyl glucoside",  # vitamin C is not an aftercare caution
    ],
)
def test_aftercare_false_positive_guards(ingredient: str) -> None:
    assert ingredient_cautions([ingredient], "aftercare", DEFAULTS) == []


def test_retinoid_in_prep_is_not_flagged_by_default() -> None:
    assert ingredient_cautions(["retinol"], "prep", DEFAULTS) == []


def test_one_warning_per_category_even_with_several_hits() -> None:
    warnings = ingredient_cautions(
        ["Glycolic Acid, Lactic Acid, Retinol, Hyaluronic Acid"], "post", DEFAULTS
    )
    assert [w.message.split(" contains ")[1].split(" (")[0] for w in warnings] == [
        "a retinoid",
        "an exfoliating acid",
    ]


def test_check_treatment_uses_the_product_name_when_no_ingredients_are_recorded() -> None:
    products = (
        ProductApplied("Retinol night serum", "aftercare"),
        ProductApplied("Vitamin C booster", "during", ("sodium ascorbyl phosphate",)),
        ProductApplied("HA serum", "during", ("hyaluronic acid",)),
    )
    warnings = check(session(MAR_3, ("cheeks", 0.5), products=products))
    assert rules(warnings) == ["product_phase"]
    assert warnings[0].message.startswith("“Retinol night serum” contains a retinoid")


def test_unknown_phase_is_an_error() -> None:
    with pytest.raises(ValueError, match="unknown phase"):
        ingredient_cautions(["retinol"], "later", DEFAULTS)


# --- Settings ----------------------------------------------------------------------------------


def test_settings_round_trip_through_json_text() -> None:
    text = json.dumps(DEFAULTS.to_json())
    assert GuidanceSettings.from_json(json.loads(text)) == DEFAULTS


def test_custom_settings_round_trip() -> None:
    custom = GuidanceSettings.from_json(
        {
            "interval_bands": [{"from_mm": 0, "min_days": 7}, {"from_mm": 0.5, "min_days": 30}],
            "home_max_depth_by_area": {"cheeks": 0.75, "neck": 0.5},
            "professional_max_depth_by_area": {"forehead": None},
            "home_max_depth_mm": 0.75,
            "vitamin_c_phases": ["prep", "during", "post"],
            "ingredient_keywords": {"hydroquinone": ["Hydroquinone", "HQ"]},
            "washout_days": {"retinoids": 10},
        }
    )
    assert GuidanceSettings.from_json(json.loads(json.dumps(custom.to_json()))) == custom
    assert custom.interval_bands == ((0.0, 7), (0.5, 30))
    assert custom.home_max_depth_by_area["cheeks"] == 0.75
    assert custom.home_max_depth_by_area["forehead"] == 0.5  # untouched default kept
    assert custom.ingredient_keywords["hydroquinone"] == ("hydroquinone", "hq")  # normalised
    assert custom.washout_days == {**DEFAULTS.washout_days, "retinoids": 10}


def test_missing_keys_take_defaults_and_unknown_keys_are_ignored() -> None:
    assert GuidanceSettings.from_json({}) == DEFAULTS
    loaded = GuidanceSettings.from_json(
        {
            "home_max_depth_mm": 0.5,
            "from_a_future_version": {"x": 1},
            "home_max_depth_by_area": {"elbow": 2.0},
        }
    )
    assert loaded.home_max_depth_mm == 0.5
    assert loaded.home_max_depth_by_area == DEFAULTS.home_max_depth_by_area
    assert "from_a_future_version" not in loaded.to_json()


@pytest.mark.parametrize(
    ("data", "fragment"),
    [
        ({"home_max_depth_mm": "1.0"}, "must be a number"),
        ({"home_max_depth_mm": True}, "must be a number"),
        ({"home_max_depth_mm": 5.0}, "at most 3.0 mm"),
        ({"home_max_depth_mm": -1}, "above 0"),
        ({"interval_bands": []}, "start with a band from 0 mm"),
        ({"interval_bands": [{"from_mm": 0.5, "min_days": 7}]}, "start with a band from 0 mm"),
        (
            {
                "interval_bands": [
                    {"from_mm": 0, "min_days": 3},
                    {"from_mm": 1.0, "min_days": 28},
                    {"from_mm": 0.5, "min_days": 14},
                ]
            },
            "must increase",
        ),
        ({"interval_bands": [{"from_mm": 0, "min_days": 2.5}]}, "whole number of days"),
        ({"interval_bands": [{"from_mm": 0}]}, "needs 'from_mm' and 'min_days'"),
        ({"interval_bands": "3 days"}, "must be a list"),
        ({"home_max_depth_by_area": {"cheeks": "deep"}}, r"home_max_depth_by_area\['cheeks'\]"),
        ({"home_max_depth_by_area": []}, "must be an object"),
        ({"vitamin_c_phases": ["during", "after"]}, "unknown phase"),
        ({"vitamin_c_phases": "during"}, "list of text"),
        ({"ingredient_keywords": {"retinoids": ["retinol", ""]}}, "empty keyword"),
        ({"ingredient_keywords": {"retinoids": [1]}}, "only text"),
        ({"washout_days": {"acids": -1}}, "whole number of days"),
    ],
)
def test_invalid_settings_raise_a_clear_value_error(data: dict[str, object], fragment: str) -> None:
    with pytest.raises(ValueError, match=fragment):
        GuidanceSettings.from_json(data)


def test_from_json_rejects_a_non_object() -> None:
    with pytest.raises(ValueError, match="JSON object"):
        GuidanceSettings.from_json([])  # type: ignore[arg-type]


def test_custom_interval_threshold_changes_the_outcome() -> None:
    earlier = session(MAR_3, ("cheeks", 1.0), id=1)
    new = session(MAR_3 + timedelta(days=21), ("cheeks", 1.0))
    assert rules(check(new, [earlier])) == ["interval"]
    relaxed = GuidanceSettings.from_json(
        {
            "interval_bands": [
                {"from_mm": 0, "min_days": 3},
                {"from_mm": 0.5, "min_days": 14},
                {"from_mm": 1.0, "min_days": 21},
            ]
        }
    )
    assert check(new, [earlier], relaxed) == []


def test_custom_depth_and_keyword_settings_change_the_outcome() -> None:
    t = session(MAR_3, ("cheeks", 1.0), products=(ProductApplied("Toner", "post", ("HQ 2%",)),))
    assert check(t, personal_mode=True) == []
    strict = GuidanceSettings.from_json(
        {
            "home_max_depth_by_area": {"cheeks": 0.5},
            "home_max_depth_mm": 0.75,
            "ingredient_keywords": {"hydroquinone": ["hydroquinone", "HQ"]},
            "washout_days": {"hydroquinone": 10},
        }
    )
    warnings = check(t, settings=strict, personal_mode=True)
    # The cheeks' own 0.5 mm says more than the 0.75 mm home limit: one warning for the depth.
    assert rules(warnings) == ["depth_area", "product_phase"]
    assert "usual maximum of 0.5 mm" in warnings[0].message
    assert "about 10 days" in warnings[1].message
    looser_area = GuidanceSettings.from_json(
        {"home_max_depth_by_area": {"cheeks": 1.5}, "home_max_depth_mm": 0.75}
    )
    deep = session(MAR_3, ("cheeks", 1.75))
    warnings = check(deep, settings=looser_area, personal_mode=True)
    # A home limit stricter than the area's is a second fact: both are said.
    assert rules(warnings) == ["depth_area", "depth_home"]
    assert "not to exceed 0.75 mm" in warnings[1].message


def test_direct_construction_normalises_lists() -> None:
    made = GuidanceSettings(
        interval_bands=[(0, 3), (0.31, 14), (1.0, 28), (1.5, 42)],  # type: ignore[arg-type]
        aftercare_caution_phases=["during", "post", "aftercare"],  # type: ignore[arg-type]
    )
    assert made == DEFAULTS


def test_settings_are_immutable() -> None:
    with pytest.raises(TypeError):
        DEFAULTS.home_max_depth_by_area["cheeks"] = 3.0  # type: ignore[index]


def test_phases_are_the_stored_words_in_session_order() -> None:
    assert Phase.values() == ("prep", "during", "post", "aftercare")
    assert Phase("during") is Phase.DURING and Phase.label_of("during") == "during"


# --- Whole history ------------------------------------------------------------------------------


def test_check_history_matches_check_treatment_one_by_one() -> None:
    start = datetime(2026, 1, 1, 9, 0, tzinfo=UTC)
    depths = [0.25, 1.0, 0.5, 1.5, 0.25, 0.25, 1.0, 0.5, 2.0, 0.3, 0.75, 1.0]
    gaps = [0, 2, 5, 0, 20, 1, 3, 30, 0, 9, 45, 2]  # gap 0: sessions at the same moment
    history = []
    when = start
    for i, (depth, gap) in enumerate(zip(depths, gaps, strict=True)):
        when += timedelta(days=gap)
        history.append(session(when, ("cheeks", depth), id=i + 1))
    history.append(session(start + timedelta(days=11), ("nose", 1.0)))  # an unsaved one
    history.append(history[3])  # the same row twice must not count as a conflict
    shuffled = history[5:] + history[:5]
    batch = check_history(shuffled, DEFAULTS, personal_mode=True, tz=UTC)
    one_by_one = [
        check_treatment(t, shuffled, DEFAULTS, personal_mode=True, tz=UTC) for t in shuffled
    ]
    assert batch == one_by_one
    assert sum(rules(w).count("interval") for w in batch) >= 10  # the scenario is not trivial


def test_check_history_scales_to_a_long_history() -> None:
    start = datetime(2000, 1, 1, tzinfo=UTC)
    history = [session(start + timedelta(days=2 * i), ("cheeks", 0.5), id=i) for i in range(20_000)]
    results = check_history(history, DEFAULTS, personal_mode=False, tz=UTC)
    assert len(results) == 20_000
    assert all(
        rules(w) == ["interval"] * (2 if 0 < i < 19_999 else 1) for i, w in enumerate(results)
    )


def test_check_history_skips_a_duplicate_row_of_the_same_session() -> None:
    first = session(MAR_3, ("cheeks", 1.0), id=1)
    second = session(MAR_3 + timedelta(days=5), ("cheeks", 1.0), id=2)
    copy = session(second.performed_at, ("cheeks", 1.0), id=2)
    batch = check_history([copy, first, second], DEFAULTS, personal_mode=False, tz=UTC)
    assert [rules(w) for w in batch] == [["interval"]] * 3
    assert "Only 5 days since the 1.0 mm session on 3 Mar 2026" in batch[2][0].message


def test_vocabulary_terms_know_their_words_and_labels() -> None:
    from needlejournal.guidance import DeviceKind, Endpoint, PhotoView

    assert (
        DeviceKind.has("pen")
        and not DeviceKind.has("laser")
        and not DeviceKind.has(3)
        and not DeviceKind.has(["pen"])
    )
    assert DeviceKind.label_of("rf") == "RF microneedling"
    assert PhotoView.labels()["left45"] == "Left 45°"
    # A word another version stored shows as it is rather than failing the view.
    assert Endpoint.label_of("blanching") == "blanching"
    assert Endpoint.sql_check("endpoint") == "endpoint IN ('none','erythema','pinpoint_bleeding')"
