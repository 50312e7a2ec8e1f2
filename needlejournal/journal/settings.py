"""Settings stored in the journal (shared by every seat): mode and guidance thresholds."""

from __future__ import annotations

import functools
import json
from typing import Any, cast

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from needlejournal.db import models as m
from needlejournal.guidance import GuidanceSettings
from needlejournal.journal.errors import InvalidInput
from needlejournal.journal.records import MODES, Mode
from needlejournal.phrases import said

MODE_KEY = "mode"
GUIDANCE_KEY = "guidance"


def _value(s: Session, key: str) -> dict[str, Any] | None:
    # A column read, not ``s.get``: settings are read on every timeline, and an entity load
    # through the identity map costs several times more.
    return s.scalar(select(m.Setting.value).where(m.Setting.key == key))


def stored_mode(s: Session) -> Mode | None:
    """The mode the user chose (or a migration wrote down); None on a new journal."""
    row = _value(s, MODE_KEY)
    value = row.get("mode") if row else None
    return cast(Mode, value) if value in MODES else None


def get_mode(s: Session) -> Mode:
    """The mode the rules use: the chosen one, personal until one is chosen."""
    return stored_mode(s) or "personal"


def set_mode(s: Session, mode: Mode) -> None:
    if mode not in MODES:
        raise InvalidInput([said("The mode must be “personal” or “clinic”.", "mode_choice")])
    _put(s, MODE_KEY, {"mode": mode})


def get_guidance(s: Session) -> GuidanceSettings:
    value = _value(s, GUIDANCE_KEY)
    return _DEFAULT if value is None else _parse(json.dumps(value, sort_keys=True))


_DEFAULT = GuidanceSettings()
# Both settings the rules read, in one statement (every timeline reads them).
_RULE_SETTINGS = select(m.Setting.key, m.Setting.value).where(
    or_(m.Setting.key == MODE_KEY, m.Setting.key == GUIDANCE_KEY)
)


def rules_settings(s: Session) -> tuple[GuidanceSettings, Mode]:
    """``get_guidance`` and ``get_mode`` read together (one plain statement: timelines)."""
    stored: dict[str, dict[str, Any] | None] = dict(s.connection().execute(_RULE_SETTINGS).all())
    guidance = stored.get(GUIDANCE_KEY)
    mode_row = stored.get(MODE_KEY)
    mode = mode_row.get("mode") if mode_row else None
    return (
        _DEFAULT if guidance is None else _parse(json.dumps(guidance, sort_keys=True)),
        cast(Mode, mode) if mode in MODES else "personal",
    )


@functools.lru_cache(maxsize=8)
def _parse(text: str) -> GuidanceSettings:
    try:
        return GuidanceSettings.from_json(json.loads(text))
    except ValueError:
        # A hand-edited or older value must not stop the journal from opening.
        return _DEFAULT


def set_guidance(s: Session, settings: GuidanceSettings) -> None:
    _put(s, GUIDANCE_KEY, settings.to_json())


def _put(s: Session, key: str, value: dict[str, object]) -> None:
    row = s.get(m.Setting, key)
    if row is None:
        s.add(m.Setting(key=key, value=value))
    else:
        row.value = value
    s.flush()
