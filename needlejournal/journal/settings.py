"""Settings stored in the journal (shared by every seat): mode and guidance thresholds."""

from __future__ import annotations

from typing import cast

from sqlalchemy.orm import Session

from needlejournal.db import models as m
from needlejournal.guidance import GuidanceSettings
from needlejournal.journal.errors import InvalidInput
from needlejournal.journal.records import Mode

MODE_KEY = "mode"
GUIDANCE_KEY = "guidance"


def get_mode(s: Session) -> Mode:
    row = s.get(m.Setting, MODE_KEY)
    value = row.value.get("mode") if row else None
    return cast(Mode, value) if value in ("personal", "clinic") else "personal"


def set_mode(s: Session, mode: Mode) -> None:
    if mode not in ("personal", "clinic"):
        raise InvalidInput(["The mode must be “personal” or “clinic”."])
    _put(s, MODE_KEY, {"mode": mode})


def get_guidance(s: Session) -> GuidanceSettings:
    row = s.get(m.Setting, GUIDANCE_KEY)
    if row is None:
        return GuidanceSettings()
    try:
        return GuidanceSettings.from_json(row.value)
    except ValueError:
        # A hand-edited or older value must not stop the journal from opening.
        return GuidanceSettings()


def set_guidance(s: Session, settings: GuidanceSettings) -> None:
    _put(s, GUIDANCE_KEY, settings.to_json())


def _put(s: Session, key: str, value: dict[str, object]) -> None:
    row = s.get(m.Setting, key)
    if row is None:
        s.add(m.Setting(key=key, value=value))
    else:
        row.value = value
    s.flush()
