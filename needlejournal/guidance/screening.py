"""Client screening on file: the checklist from the domain notes, and the rules that read it.

Each item is answered yes / no / unknown, with the day it was reviewed and who reviewed it;
items with a time window (isotretinoin, filler, neuromodulator, peel or laser) carry the day
of the last course or treatment, and the rule computes the time since. Answers are versioned:
a change adds a row, so the journal keeps what was on file before.

A session gets a warning when, with the answers on file at its day:
- an item is "yes" (a time-window item only while its window still covers the session);
- the checklist was last reviewed longer ago than the review setting (default 6 months);
- in clinic mode, an item is "unknown" or was never asked (one warning names them all).
A client with no screening on file gets none of these: the checklist is kept, not imposed.
"""

from __future__ import annotations

import difflib
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, tzinfo

from needlejournal.phrases import Words, as_count, params_of
from needlejournal.words import count

from .facts import GuidanceWarning
from .settings import GuidanceSettings
from .vocabulary import ScreeningAnswer, ScreeningItem, normalise_text

# Items whose "yes" matters only for a while after a dated course or treatment, with the
# window the domain notes give (words) — the days themselves are a setting.
WINDOW_WORDS: dict[str, str] = {
    "isotretinoin": "3–6 months",
    "filler": "6–12 months",
    "neuromodulator": "3 months",
    "peel_laser": "2–4 weeks",
}
TIMED_ITEMS: frozenset[str] = frozenset(WINDOW_WORDS)

SOURCE_SCREENING = (
    "Client screening before microneedling (domain notes): active infection or acne; eczema, "
    "psoriasis or rosacea flare; keloid tendency; bleeding disorder or anticoagulants; "
    "uncontrolled diabetes; pregnancy or breastfeeding; isotretinoin within 3–6 months; "
    "malignancy, chemo- or radiotherapy; actinic keratoses or raised moles in the area; allergy "
    "to stainless steel or topical anaesthetics; recent filler (≤ 6–12 months), neuromodulator "
    "(≤ 3 months), peel or laser (≤ 2–4 weeks)."
)
SOURCE_SCREENING_REVIEW = (
    "Client screening is kept with the date it was reviewed (domain notes); how often to "
    "review it is the journal's setting (default every 6 months)."
)


@dataclass(frozen=True)
class ScreeningFact:
    """One answer as it was recorded (a later change is another fact, never an edit)."""

    item: str  # a ScreeningItem
    answer: str  # an ScreeningAnswer
    reviewed_on: date
    item_date: date | None = None  # time-window items: the last course or treatment
    reviewer: str = ""
    recorded_at: datetime | None = None  # the order of versions; None sorts first

    def __post_init__(self) -> None:
        if not ScreeningItem.has(self.item):
            raise ValueError(f"unknown screening item {self.item!r}")
        if not ScreeningAnswer.has(self.answer):
            raise ValueError(f"unknown screening answer {self.answer!r}")


def screening_order(f: ScreeningFact) -> tuple[date, float]:
    """The order versions were recorded in: by review day, then as they were saved."""
    return (f.reviewed_on, f.recorded_at.timestamp() if f.recorded_at else 0.0)


def answers_on(facts: Sequence[ScreeningFact], day: date) -> dict[str, ScreeningFact]:
    """The answer per item on file on ``day``: the latest reviewed on or before it. An item
    first reviewed after ``day`` counts with that first answer (a checklist filled in at the
    first visit describes the skin at the sessions logged around it)."""
    return _answers_on_ordered(sorted(facts, key=screening_order), day)


def _answers_on_ordered(ordered: Sequence[ScreeningFact], day: date) -> dict[str, ScreeningFact]:
    found: dict[str, ScreeningFact] = {}
    for f in ordered:
        if f.reviewed_on <= day or f.item not in found:
            found[f.item] = f
    return found


def _months(days: int) -> str:
    if days < 45:
        return count(days, "day")
    return count(round(days / 30.44), "month")


def _yes_warning(
    f: ScreeningFact, session_day: date, settings: GuidanceSettings
) -> GuidanceWarning | None:
    label = ScreeningItem.label_of(f.item)
    said = params_of(
        item=Words("ScreeningItem", (f.item,)), reviewed_on=f.reviewed_on, reviewer=f.reviewer
    )
    reviewed = f" (reviewed {f.reviewed_on.isoformat()}{', ' + f.reviewer if f.reviewer else ''})"
    if f.item not in TIMED_ITEMS:
        message = (
            f"Screening on file: {label} — yes{reviewed}. A reason not to needle, or to ask first."
        )
        return GuidanceWarning("screening", message, SOURCE_SCREENING, "screening_yes", said)
    window = settings.screening_window_days[f.item]
    words = WINDOW_WORDS[f.item]
    if f.item_date is None:
        message = (
            f"Screening on file: {label} — yes, with no date{reviewed}; the domain notes say to "
            f"wait {words}, so record when it was."
        )
        return GuidanceWarning("screening", message, SOURCE_SCREENING, "screening_undated", said)
    since = (session_day - f.item_date).days
    if since < 0 or since >= window:
        return None  # after the session, or its window is over
    message = (
        f"Screening on file: {label} on {f.item_date.isoformat()}, {_months(since)} before this "
        f"session; the domain notes say to wait {words} (set: {count(window, 'day')})."
    )
    params = params_of(
        item=Words("ScreeningItem", (f.item,)),
        item_date=f.item_date,
        since=as_count(since),
        set_days=window,
    )
    return GuidanceWarning("screening", message, SOURCE_SCREENING, "screening_recent", params)


def screening_warnings(
    performed_at: datetime,
    facts: Sequence[ScreeningFact],
    settings: GuidanceSettings,
    *,
    personal_mode: bool,
    tz: tzinfo | None = None,
) -> list[GuidanceWarning]:
    """The screening warnings for a session on ``performed_at`` (see the module's rules)."""
    if not facts:
        return []
    ordered = sorted(facts, key=screening_order)
    return warnings_on_day(performed_at.astimezone(tz).date(), ordered, settings, personal_mode)


def warnings_on_day(
    session_day: date,
    ordered: Sequence[ScreeningFact],
    settings: GuidanceSettings,
    personal_mode: bool,
) -> list[GuidanceWarning]:
    """``screening_warnings`` for a session on ``session_day`` (its local date), with the
    facts already sorted by ``screening_order`` (a whole history sorts them once)."""
    if not ordered:
        return []
    on_file = _answers_on_ordered(ordered, session_day)
    warnings: list[GuidanceWarning] = []
    for item in ScreeningItem.values():
        f = on_file.get(item)
        if f is not None and f.answer == ScreeningAnswer.YES:
            found = _yes_warning(f, session_day, settings)
            if found is not None:
                warnings.append(found)
    oldest = min(f.reviewed_on for f in on_file.values())
    age = (session_day - oldest).days
    if age > settings.screening_review_days:
        message = (
            f"The screening on file was reviewed on {oldest.isoformat()}, {_months(age)} before "
            f"this session; review it every {_months(settings.screening_review_days)}."
        )
        params = params_of(
            reviewed_on=oldest,
            age=as_count(age),
            every=as_count(settings.screening_review_days),
        )
        warnings.append(
            GuidanceWarning(
                "screening_review", message, SOURCE_SCREENING_REVIEW, "screening_review", params
            )
        )
    if not personal_mode:
        open_values = [
            i
            for i in ScreeningItem.values()
            if i not in on_file or on_file[i].answer == ScreeningAnswer.UNKNOWN
        ]
        open_items = [ScreeningItem.label_of(i) for i in open_values]
        if open_items:
            message = (
                f"Screening: {count(len(open_items), 'item')} unknown or not asked — "
                + "; ".join(open_items)
                + "."
            )
            params = params_of(items=Words("ScreeningItem", tuple(open_values)))
            warnings.append(
                GuidanceWarning(
                    "screening_unknown", message, SOURCE_SCREENING, "screening_unknown", params
                )
            )
    return warnings


_ITEM_NAMES: dict[str, tuple[str, ...]] = {
    "active_infection": (
        "infection",
        "active infection",
        "active acne",
        "acne",
        "herpes",
        "cold sore",
    ),
    "skin_flare": ("flare", "eczema", "psoriasis", "rosacea", "dermatitis"),
    "keloid": ("keloid", "keloids", "keloid tendency", "hypertrophic scars"),
    "bleeding": (
        "bleeding",
        "bleeding disorder",
        "anticoagulant",
        "anticoagulants",
        "blood thinners",
        "warfarin",
    ),
    "diabetes": ("diabetes", "uncontrolled diabetes", "diabetic"),
    "pregnancy": ("pregnancy", "pregnant", "breastfeeding", "nursing", "lactation"),
    "isotretinoin": ("isotretinoin", "accutane", "roaccutane", "isotretinoina"),
    "malignancy": (
        "malignancy",
        "cancer",
        "chemo",
        "chemotherapy",
        "radiotherapy",
        "radiation",
    ),
    "lesions": (
        "lesions",
        "moles",
        "raised moles",
        "actinic keratoses",
        "actinic keratosis",
        "keratoses",
    ),
    "allergy": (
        "allergy",
        "allergies",
        "stainless steel",
        "nickel",
        "anaesthetic allergy",
        "anesthetic allergy",
        "lidocaine",
    ),
    "filler": ("filler", "fillers", "dermal filler", "hyaluronic filler"),
    "neuromodulator": ("neuromodulator", "botox", "botulinum", "toxin", "dysport"),
    "peel_laser": ("peel", "laser", "peel or laser", "chemical peel", "peel laser"),
}


def read_screening_item(text: str) -> str:
    """'accutane' → isotretinoin, 'pregnant' → pregnancy; ValueError (one sentence) if unknown."""
    key = normalise_text(text)
    for item in ScreeningItem:
        names = {normalise_text(item.value), normalise_text(item.label)}
        names |= {normalise_text(n) for n in _ITEM_NAMES.get(item.value, ())}
        if key in names:
            return item.value
    known = [normalise_text(i) for i in ScreeningItem.values()]
    known += [normalise_text(n) for names in _ITEM_NAMES.values() for n in names]
    close = difflib.get_close_matches(key, known, n=1, cutoff=0.75)
    hint = f" Did you mean “{close[0].replace(' ', '_')}”?" if close else ""
    raise ValueError(
        f"Unknown screening item “{text.strip()}”.{hint} Use one of: {ScreeningItem.listed()}."
    )
