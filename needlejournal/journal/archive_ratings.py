"""Ratings on named scales in a client archive (``client_archive``, ``client_import``).

Each rating names its session or skin check by the archive's key ("t12", "o3"). The ones a
record's own score fields hold (its rater's whole-face texture, tone, redness) are exported
too, for readers of the archive, and on import come back through those fields.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from needlejournal.guidance.scales import CHECK_COLUMNS, SESSION_COLUMNS
from needlejournal.journal.records import RatingDraft, RatingRecord

CSV_COLUMNS = ("record", "scale", "scale_version", "area", "value", "rater", "note")


def exported(ratings: Iterable[RatingRecord]) -> list[dict[str, Any]]:
    return [
        {
            "record": f"t{r.treatment_id}"
            if r.treatment_id is not None
            else f"o{r.observation_id}",
            "scale": r.scale,
            "scale_version": r.scale_version,
            "area": r.area,
            "value": r.value,
            "rater": r.rater,
            "note": r.note,
        }
        for r in ratings
    ]


def drafts_for(doc: dict[str, Any], key: str, own_rater: str) -> tuple[RatingDraft, ...] | None:
    """The other ratings of the record ``key`` as drafts (None: an archive without ratings)."""
    if "ratings" not in doc:
        return None
    fields = SESSION_COLUMNS if key.startswith("t") else CHECK_COLUMNS
    return tuple(
        RatingDraft(
            str(r["scale"]),
            int(r["value"]),
            str(r.get("area", "")),
            str(r.get("rater", "")),
            str(r.get("note", "")),
        )
        for r in doc["ratings"]
        if r["record"] == key
        and not (r["scale"] in fields and not r.get("area") and r.get("rater", "") == own_rater)
    )
