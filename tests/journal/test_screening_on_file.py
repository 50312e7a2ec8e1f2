"""The screening checklist on file: versioned answers, refused input, warnings on sessions."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from needlejournal.journal.api import Journal
from needlejournal.journal.errors import InvalidInput
from needlejournal.journal.records import AreaDraft, ClientDraft, TreatmentDraft
from needlejournal.journal.screening_records import ScreeningChange, ScreeningDraft
from needlejournal.paths import resolve


@pytest.fixture
def journal(tmp_path: Path) -> Journal:
    j = Journal.open(resolve(tmp_path / "data"))
    j.set_mode("clinic")
    return j


def _client(j: Journal) -> int:
    return j.save_client(ClientDraft("Ada")).client.id


def test_a_change_keeps_the_previous_answers(journal: Journal) -> None:
    ada = _client(journal)
    journal.save_screening(
        ScreeningDraft(
            ada,
            (ScreeningChange("pregnancy", "yes"), ScreeningChange("keloid", "no")),
            date(2026, 1, 10),
            "Dr Vega",
        )
    )
    record = journal.save_screening(
        ScreeningDraft(ada, (ScreeningChange("pregnancy", "no"),), date(2026, 6, 1), "Dr Kim")
    )
    current = {e.item: (e.answer, e.reviewer) for e in record.current}
    assert current == {"pregnancy": ("no", "Dr Kim"), "keloid": ("no", "Dr Vega")}
    assert [(e.item, e.answer) for e in record.history] == [
        ("pregnancy", "yes"),
        ("keloid", "no"),
        ("pregnancy", "no"),
    ]
    journal.close()


def test_review_all_renews_every_answer(journal: Journal) -> None:
    ada = _client(journal)
    journal.save_screening(
        ScreeningDraft(ada, (ScreeningChange("keloid", "no"),), date(2026, 1, 10), "Dr Vega")
    )
    record = journal.save_screening(ScreeningDraft(ada, (), date(2026, 7, 1), "Dr Kim", True))
    assert [(e.item, e.reviewed_on) for e in record.current] == [("keloid", date(2026, 7, 1))]
    assert len(record.history) == 2
    journal.close()


@pytest.mark.parametrize(
    ("change", "said"),
    [
        (ScreeningChange("tattoo", "no"), "Unknown screening item"),
        (ScreeningChange("keloid", "maybe"), "answer yes, no or unknown"),
        (ScreeningChange("keloid", "yes", date(2026, 1, 1)), "takes no date"),
        (ScreeningChange("isotretinoin", "no", date(2026, 1, 1)), "a date means yes"),
        (ScreeningChange("isotretinoin", "yes", date(2099, 1, 1)), "in the future"),
    ],
)
def test_bad_answers_are_refused_and_nothing_is_recorded(
    journal: Journal, change: ScreeningChange, said: str
) -> None:
    ada = _client(journal)
    with pytest.raises(InvalidInput, match=said):
        journal.save_screening(ScreeningDraft(ada, (change,), date(2026, 1, 10)))
    assert journal.screening(ada).history == ()
    journal.close()


def test_sessions_carry_screening_warnings_from_the_answers_on_file_then(
    journal: Journal,
) -> None:
    ada = _client(journal)
    every_no = tuple(
        ScreeningChange(i, "no")
        for i in (
            "active_infection", "skin_flare", "keloid", "bleeding", "diabetes", "pregnancy",
            "malignancy", "lesions", "allergy", "filler", "neuromodulator", "peel_laser",
        )
    )  # fmt: skip
    journal.save_screening(
        ScreeningDraft(
            ada,
            (*every_no, ScreeningChange("isotretinoin", "yes", date(2025, 12, 15))),
            date(2026, 1, 10),
            "Dr Vega",
        )
    )
    for day in (date(2026, 2, 1), date(2026, 9, 1)):
        journal.save_treatment(
            TreatmentDraft(
                ada,
                datetime(day.year, day.month, day.day, 10, tzinfo=UTC),
                (AreaDraft("cheeks", 0.5),),
            )
        )
    timeline = journal.timeline(ada)
    rules = [[w.rule for w in e.warnings] for e in timeline.entries]  # type: ignore[union-attr]
    assert rules == [["screening"], ["screening_review"]]
    assert timeline.screening is not None and len(timeline.screening.current) == 13
    journal.close()


def test_a_client_without_screening_gets_no_screening_warning(journal: Journal) -> None:
    ada = _client(journal)
    saved = journal.save_treatment(
        TreatmentDraft(ada, datetime(2026, 3, 3, 10, tzinfo=UTC), (AreaDraft("cheeks", 0.5),))
    )
    assert saved.treatment.warnings == ()
    journal.close()
