"""Screening on file: the rules on hand-made calendars, with false-positive guards.

Each case is a client's screening history (answers with the day reviewed, some changed later)
and a session day; the expected warnings follow the domain notes' list and time windows.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime

import pytest

from needlejournal.guidance import (
    SOURCE_SCREENING,
    SOURCE_SCREENING_REVIEW,
    AreaDose,
    GuidanceSettings,
    GuidanceWarning,
    ScreeningFact,
    ScreeningItem,
    TreatmentFacts,
    check_history,
    check_treatment,
    screening_warnings,
)

DEFAULTS = GuidanceSettings()
ALL_NO = tuple(
    ScreeningFact(item, "no", date(2026, 1, 10), reviewer="Dr Vega")
    for item in ScreeningItem.values()
)


def on(day: date) -> datetime:
    return datetime(day.year, day.month, day.day, 10, tzinfo=UTC)


def answered(
    *changes: ScreeningFact, base: tuple[ScreeningFact, ...] = ALL_NO
) -> list[ScreeningFact]:
    return [*base, *changes]


def warn(
    session: date,
    facts: list[ScreeningFact] | tuple[ScreeningFact, ...],
    *,
    clinic: bool = True,
    settings: GuidanceSettings = DEFAULTS,
) -> list[GuidanceWarning]:
    return screening_warnings(on(session), facts, settings, personal_mode=not clinic, tz=UTC)


def rules(found: list[GuidanceWarning]) -> list[str]:
    return [w.rule for w in found]


# --- a "yes" on file --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "item",
    ["active_infection", "skin_flare", "keloid", "bleeding", "diabetes", "pregnancy",
     "malignancy", "lesions", "allergy"],
)  # fmt: skip
def test_a_yes_on_file_warns_naming_the_item_and_its_source(item: str) -> None:
    facts = answered(ScreeningFact(item, "yes", date(2026, 2, 1), reviewer="Dr Vega"))
    [warning] = warn(date(2026, 2, 20), facts)
    assert warning.rule == "screening"
    assert ScreeningItem.label_of(item) in warning.message
    assert "Dr Vega" in warning.message
    assert warning.source == SOURCE_SCREENING


def test_guard_all_no_and_recently_reviewed_is_silent_in_a_clinic() -> None:
    assert warn(date(2026, 2, 20), ALL_NO) == []


def test_guard_a_yes_changed_to_no_before_the_session_is_silent_but_kept() -> None:
    facts = answered(
        ScreeningFact("pregnancy", "yes", date(2026, 1, 20)),
        ScreeningFact("pregnancy", "no", date(2026, 3, 1)),
    )
    assert rules(warn(date(2026, 2, 10), facts)) == ["screening"]  # still pregnant then
    assert warn(date(2026, 3, 10), facts) == []  # the later answer holds for later sessions


def test_guard_a_yes_recorded_after_a_session_does_not_reach_back() -> None:
    facts = answered(ScreeningFact("keloid", "yes", date(2026, 4, 1)))
    assert warn(date(2026, 2, 10), facts) == []
    assert rules(warn(date(2026, 4, 2), facts)) == ["screening"]


# --- time windows -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("item", "last", "session", "warns"),
    [
        ("isotretinoin", date(2026, 5, 1), date(2026, 7, 1), True),  # 2 months: inside 3–6
        ("isotretinoin", date(2026, 5, 1), date(2026, 9, 15), True),  # 4.5 months
        ("isotretinoin", date(2026, 5, 1), date(2026, 11, 5), False),  # > 6 months
        ("filler", date(2026, 1, 15), date(2026, 9, 1), True),  # 7.5 months of 6–12
        ("filler", date(2025, 1, 15), date(2026, 3, 1), False),  # 13.5 months
        ("neuromodulator", date(2026, 2, 1), date(2026, 3, 15), True),  # 6 weeks of 3 months
        ("neuromodulator", date(2026, 1, 1), date(2026, 5, 1), False),  # 4 months
        ("peel_laser", date(2026, 3, 1), date(2026, 3, 15), True),  # 2 weeks
        ("peel_laser", date(2026, 3, 1), date(2026, 4, 15), False),  # 6.5 weeks
    ],
)
def test_time_window_items_compute_the_time_since(
    item: str, last: date, session: date, warns: bool
) -> None:
    facts = answered(
        ScreeningFact(item, "yes", session.replace(day=1) if session.day > 1 else session, last)
    )
    # Reviewed within the month of the session, so the review age never speaks here.
    found = [w for w in warn(session, facts) if w.rule == "screening"]
    if warns:
        [warning] = found
        assert last.isoformat() in warning.message
        assert "before this session" in warning.message
    else:
        assert found == []


def test_the_isotretinoin_message_names_the_months_and_the_window() -> None:
    facts = answered(ScreeningFact("isotretinoin", "yes", date(2026, 6, 1), date(2026, 5, 1)))
    [warning] = warn(date(2026, 7, 1), facts)
    assert "2 months before this session" in warning.message
    assert "3–6 months" in warning.message


def test_a_time_window_yes_without_a_date_asks_for_it() -> None:
    facts = answered(ScreeningFact("filler", "yes", date(2026, 2, 1)))
    [warning] = warn(date(2026, 2, 20), facts)
    assert "no date" in warning.message


def test_guard_a_course_that_started_after_the_session_is_not_before_it() -> None:
    facts = answered(ScreeningFact("isotretinoin", "yes", date(2026, 2, 1), date(2026, 3, 1)))
    assert warn(date(2026, 2, 20), facts) == []


def test_the_window_setting_decides() -> None:
    shorter = replace(
        DEFAULTS, screening_window_days={**DEFAULTS.screening_window_days, "isotretinoin": 91}
    )
    fresh = tuple(replace(f, reviewed_on=date(2026, 9, 1)) for f in ALL_NO)
    facts = answered(
        ScreeningFact("isotretinoin", "yes", date(2026, 9, 1), date(2026, 5, 1)), base=fresh
    )
    assert rules(warn(date(2026, 9, 15), facts)) == ["screening"]  # 4.5 months < 6
    assert warn(date(2026, 9, 15), facts, settings=shorter) == []  # > 3 months


# --- the age of the review --------------------------------------------------------------------


def test_a_review_older_than_the_setting_warns_with_its_date() -> None:
    [warning] = warn(date(2026, 8, 1), ALL_NO)  # reviewed 10 Jan: about 7 months
    assert warning.rule == "screening_review"
    assert "2026-01-10" in warning.message and "every 6 months" in warning.message
    assert warning.source == SOURCE_SCREENING_REVIEW


def test_guard_a_review_within_the_setting_is_silent_and_the_setting_decides() -> None:
    assert warn(date(2026, 6, 30), ALL_NO) == []  # 171 days
    yearly = replace(DEFAULTS, screening_review_days=365)
    assert warn(date(2026, 8, 1), ALL_NO, settings=yearly) == []


def test_reviewing_again_renews_the_checklist() -> None:
    again = tuple(replace(f, reviewed_on=date(2026, 7, 15)) for f in ALL_NO)
    assert warn(date(2026, 8, 1), [*ALL_NO, *again]) == []


# --- unknown in clinic mode -------------------------------------------------------------------


def test_an_unknown_in_clinic_mode_warns_naming_it_and_not_at_home() -> None:
    facts = answered(ScreeningFact("bleeding", "unknown", date(2026, 2, 1)))
    [warning] = warn(date(2026, 2, 20), facts)
    assert warning.rule == "screening_unknown"
    assert "Bleeding disorder or anticoagulants" in warning.message
    assert warn(date(2026, 2, 20), facts, clinic=False) == []


def test_items_never_asked_count_as_unknown_in_a_clinic() -> None:
    only = [ScreeningFact("pregnancy", "no", date(2026, 2, 1))]
    [warning] = warn(date(2026, 2, 20), only)
    assert warning.rule == "screening_unknown"
    assert "12 items" in warning.message and "Pregnancy" not in warning.message


def test_guard_no_screening_on_file_adds_nothing() -> None:
    assert warn(date(2026, 2, 20), []) == []


# --- through the whole-history check ----------------------------------------------------------


def test_check_history_and_check_treatment_add_screening_per_session() -> None:
    facts = answered(ScreeningFact("isotretinoin", "yes", date(2026, 5, 1), date(2026, 5, 1)))
    sessions = [
        TreatmentFacts(on(date(2026, 4, 1)), (AreaDose("cheeks", 0.5),), id=1),
        TreatmentFacts(on(date(2026, 6, 1)), (AreaDose("cheeks", 0.5),), id=2),
        TreatmentFacts(on(date(2026, 12, 1)), (AreaDose("cheeks", 0.5),), id=3),
    ]
    found = check_history(sessions, DEFAULTS, personal_mode=False, tz=UTC, screening=facts)
    assert [rules(w) for w in found] == [[], ["screening"], ["screening_review"]]
    one = check_treatment(
        sessions[1], sessions, DEFAULTS, personal_mode=False, tz=UTC, screening=facts
    )
    assert rules(one) == ["screening"]
