"""Guidance v2, intervals: every covering session counts, and the needle's area matters.

Hand-written histories for the two classes issue 10 found wrong in v1 (intervals looked at
the nearest neighbour only; intervals ignored where the needle went), with guards against the
false positives the fixes could bring.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest

from needlejournal.guidance import (
    AreaDose,
    GuidanceSettings,
    GuidanceWarning,
    TreatmentFacts,
    check_history,
    check_treatment,
)

DEFAULTS = GuidanceSettings()
FACE_AS_ONE = replace(DEFAULTS, face_as_one_area=True)
DAY0 = datetime(2026, 3, 3, 10, 0, tzinfo=UTC)


def at(day: int, *depths: tuple[str, float], id: int | None = None) -> TreatmentFacts:
    return TreatmentFacts(
        performed_at=DAY0 + timedelta(days=day),
        areas=tuple(AreaDose(area, depth) for area, depth in depths),
        id=id,
    )


def intervals(
    t: TreatmentFacts, history: list[TreatmentFacts], settings: GuidanceSettings = DEFAULTS
) -> list[GuidanceWarning]:
    found = check_treatment(t, history, settings, personal_mode=False, tz=UTC)
    return [w for w in found if w.rule == "interval"]


# --- every session whose window still covers the new one --------------------------------------


def test_a_deep_session_still_holds_back_the_third_after_two_light_ones() -> None:
    deep = at(0, ("cheeks", 1.5), id=1)  # 42-day window
    light1 = at(14, ("cheeks", 0.25), id=2)
    light2 = at(17, ("cheeks", 0.25), id=3)
    third = at(21, ("cheeks", 0.25))
    [warning] = intervals(third, [deep, light1, light2])
    assert "Only 21 days since the 1.5 mm session on 3 Mar 2026" in warning.message
    assert "at least 42 days" in warning.message


def test_the_window_reaches_forward_too_when_an_older_session_is_edited() -> None:
    light = at(0, ("cheeks", 0.25), id=1)
    light_later = at(4, ("cheeks", 0.25), id=2)
    deep_later = at(20, ("cheeks", 1.5), id=3)
    [warning] = intervals(light, [light, light_later, deep_later])
    assert "before the 1.5 mm session on 23 Mar 2026" in warning.message


@pytest.mark.parametrize("gap", [42, 50, 90])
def test_guard_no_warning_once_every_window_has_closed(gap: int) -> None:
    history = [at(0, ("cheeks", 1.5), id=1), at(gap - 3, ("cheeks", 0.25), id=2)]
    assert intervals(at(gap, ("cheeks", 0.25)), history) == []


def test_guard_one_warning_per_direction_however_many_windows_cover_it() -> None:
    history = [at(-d, ("cheeks", 1.0), id=d) for d in (2, 5, 9, 12)]
    history += [at(d, ("cheeks", 1.0), id=100 + d) for d in (3, 6)]
    found = intervals(at(0, ("cheeks", 1.0)), history)
    assert len(found) == 2
    assert "since" in found[0].message and "before" in found[1].message


def test_the_history_check_agrees_with_the_one_session_check() -> None:
    history = [
        at(0, ("cheeks", 1.5), id=1),
        at(14, ("cheeks", 0.25), id=2),
        at(17, ("forehead", 0.25), id=3),
        at(21, ("cheeks", 0.25), ("neck", 1.0), id=4),
        at(60, ("neck", 1.5), id=5),
        at(75, ("cheeks", 0.5), id=6),
    ]
    batch = check_history(history, DEFAULTS, personal_mode=False, tz=UTC)
    for t, found in zip(history, batch, strict=True):
        alone = check_treatment(t, history, DEFAULTS, personal_mode=False, tz=UTC)
        assert found == alone


# --- intervals are per area -------------------------------------------------------------------


def test_a_deep_neck_session_does_not_hold_back_a_light_forehead_one() -> None:
    neck = at(0, ("neck", 1.5), id=1)
    assert intervals(at(7, ("forehead", 0.25)), [neck]) == []


def test_a_shared_area_still_counts_and_is_named() -> None:
    neck_and_cheeks = at(0, ("neck", 1.5), ("cheeks", 0.5), id=1)
    [warning] = intervals(at(10, ("cheeks", 0.5), ("forehead", 0.5)), [neck_and_cheeks])
    assert "(cheeks)" in warning.message
    assert "at least 14 days" in warning.message  # the cheeks' depth, not the neck's 1.5 mm


def test_the_deepest_shared_area_decides() -> None:
    before = at(0, ("cheeks", 1.0), ("forehead", 0.25), id=1)
    [warning] = intervals(at(10, ("cheeks", 0.25), ("forehead", 0.25)), [before])
    assert "at least 28 days" in warning.message


def test_the_face_can_count_as_one_area_when_the_user_prefers() -> None:
    cheeks = at(0, ("cheeks", 1.0), id=1)
    forehead = at(10, ("forehead", 0.25))
    assert intervals(forehead, [cheeks]) == []  # default: each area heals on its own
    [warning] = intervals(forehead, [cheeks], FACE_AS_ONE)
    assert "(face)" in warning.message and "at least 28 days" in warning.message
    # The neck is not the face, even then.
    assert intervals(at(10, ("neck", 0.25)), [cheeks], FACE_AS_ONE) == []


def test_the_face_setting_survives_its_json_round_trip() -> None:
    assert GuidanceSettings.from_json(FACE_AS_ONE.to_json()) == FACE_AS_ONE
    assert GuidanceSettings.from_json({}).face_as_one_area is False
    with pytest.raises(ValueError, match="face_as_one_area"):
        GuidanceSettings.from_json({"face_as_one_area": "yes"})
