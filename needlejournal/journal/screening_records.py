"""The screening checklist as plain records (what the front ends read and send back), and
the check of a draft both front ends run before saving."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from needlejournal.guidance import TIMED_ITEMS, ScreeningAnswer, ScreeningItem
from needlejournal.journal.limits import day_problems, text_problems
from needlejournal.phrases import DateOf, Words, said


@dataclass(frozen=True)
class ScreeningEntryRecord:
    id: int
    item: str  # a ScreeningItem
    answer: str  # a ScreeningAnswer
    item_date: date | None  # time-window items: the last course or treatment
    reviewed_on: date
    reviewer: str
    recorded_at: datetime

    @property
    def label(self) -> str:
        return ScreeningItem.label_of(self.item)


@dataclass(frozen=True)
class ScreeningRecord:
    client_id: int
    current: tuple[ScreeningEntryRecord, ...]  # the latest answer per item, checklist order
    history: tuple[ScreeningEntryRecord, ...]  # every answer ever recorded, oldest first

    def answer(self, item: str) -> ScreeningEntryRecord | None:
        return next((e for e in self.current if e.item == item), None)

    @property
    def on_file(self) -> bool:
        return bool(self.history)


@dataclass(frozen=True)
class ScreeningChange:
    item: str
    answer: str
    item_date: date | None = None


@dataclass(frozen=True)
class ScreeningDraft:
    client_id: int
    changes: tuple[ScreeningChange, ...]
    reviewed_on: date
    reviewer: str = ""
    review_all: bool = False  # also re-record every unchanged answer with this review


def batches(record: ScreeningRecord) -> list[tuple[ScreeningEntryRecord, ...]]:
    """The history grouped by the save that recorded it (same time, review day and reviewer),
    oldest first: one timeline entry per review."""
    groups: dict[tuple[datetime, date, str], list[ScreeningEntryRecord]] = {}
    for e in record.history:
        groups.setdefault((e.recorded_at, e.reviewed_on, e.reviewer), []).append(e)
    ordered = sorted(groups.items(), key=lambda kv: (kv[0][1], kv[0][0]))
    return [tuple(entries) for _, entries in ordered]


def answers_text(entries: Sequence[ScreeningEntryRecord]) -> str:
    """'Pregnancy or breastfeeding: no; Isotretinoin (last dose): yes (2026-05-01)'."""
    parts = []
    for e in entries:
        when = f" ({e.item_date.isoformat()})" if e.item_date else ""
        parts.append(f"{e.label}: {ScreeningAnswer.label_of(e.answer).lower()}{when}")
    return "; ".join(parts)


def screening_problems(d: ScreeningDraft) -> list[str]:
    """One sentence per problem, each a ``phrases.Said`` (the window words it in its language;
    the item is named by its stored word)."""
    problems: list[str] = []
    seen: set[str] = set()
    for c in d.changes:
        if not ScreeningItem.has(c.item):
            message = f"Unknown screening item “{c.item}”; use one of: {ScreeningItem.listed()}."
            choices = Words("ScreeningItem", ScreeningItem.values())
            problems.append(said(message, "unknown_screening_item", value=c.item, choices=choices))
            continue
        label = ScreeningItem.label_of(c.item)
        item = Words("ScreeningItem", (c.item,))
        if c.item in seen:
            problems.append(said(f"{label} is answered twice.", "screening_twice", item=item))
        seen.add(c.item)
        if not ScreeningAnswer.has(c.answer):
            message = f"{label}: answer yes, no or unknown (got “{c.answer}”)."
            problems.append(said(message, "screening_answer", item=item, value=c.answer))
        if c.item_date is not None:
            if c.item not in TIMED_ITEMS:
                message = f"{label} takes no date; answer yes, no or unknown."
                problems.append(said(message, "screening_no_date", item=item))
            elif c.answer != ScreeningAnswer.YES:
                message = f"{label}: a date means yes; give the date or answer no."
                problems.append(said(message, "screening_date_means_yes", item=item))
            problems += day_problems(f"The date for {label}", c.item_date, field=DateOf(item))
    problems += day_problems("The review date", d.reviewed_on)
    problems += text_problems("The reviewer", d.reviewer)
    if not d.changes and not d.review_all:
        message = "Nothing to record: give at least one answer, or review all of them."
        problems.append(said(message, "screening_nothing"))
    return problems
