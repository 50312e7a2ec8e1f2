"""The journal's backup settings and the "Last backup: …" line (pure: no SQL, no Qt)."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from typing import Any

from needlejournal.dates import format_date
from needlejournal.words import count

DEFAULT_WARN_AFTER_DAYS = 7


@dataclass(frozen=True)
class BackupSettings:
    """Stored in the journal (setting "backup"): where automatic backups go, when to warn,
    and the last backup made (automatic or ``backup FILE.zip``)."""

    folder: str | None = None
    warn_after_days: int = DEFAULT_WARN_AFTER_DAYS
    last_at: datetime | None = None
    last_file: str | None = None

    def to_json(self) -> dict[str, object]:
        return {
            "folder": self.folder,
            "warn_after_days": self.warn_after_days,
            "last_at": None if self.last_at is None else self.last_at.isoformat(),
            "last_file": self.last_file,
        }

    @classmethod
    def from_json(cls, doc: dict[str, Any] | None) -> BackupSettings:
        if not isinstance(doc, dict):
            return cls()
        try:
            last = doc.get("last_at")
            warn = int(doc.get("warn_after_days") or DEFAULT_WARN_AFTER_DAYS)
            return cls(
                folder=str(doc["folder"]) if doc.get("folder") else None,
                warn_after_days=max(1, warn),
                last_at=datetime.fromisoformat(last) if isinstance(last, str) else None,
                last_file=str(doc["last_file"]) if doc.get("last_file") else None,
            )
        except (TypeError, ValueError):
            return cls()  # a hand-edited value must not stop the journal from opening

    def backed_up(self, at: datetime, file: str) -> BackupSettings:
        return replace(self, last_at=at, last_file=file)

    def overdue(self, now: datetime | None = None) -> bool:
        if self.last_at is None:
            return True
        return (now or datetime.now(UTC)) - self.last_at > timedelta(days=self.warn_after_days)


def status_line(settings: BackupSettings, now: datetime | None = None) -> str:
    """ "Last backup: today 09:30" / "… 9 days ago — back up soon" / "No backup yet"."""
    now = now or datetime.now(UTC)
    if settings.last_at is None:
        return "No backup yet: Journal → Back up…"
    local = settings.last_at.astimezone()
    days = (now.astimezone().date() - local.date()).days
    if days <= 0:
        when = f"today {local:%H:%M}"
    elif days == 1:
        when = f"yesterday {local:%H:%M}"
    else:
        when = f"{count(days, 'day')} ago ({format_date(local)})"
    line = f"Last backup: {when}"
    if settings.overdue(now):
        line += " — older than a week, back up soon" if settings.warn_after_days == 7 else (
            f" — older than {count(settings.warn_after_days, 'day')}, back up soon")  # fmt: skip
    return line
