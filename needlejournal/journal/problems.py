"""What ``check`` reports: one problem each (no SQLAlchemy, so the plain ``check`` path can say
them too)."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Problem:
    kind: str  # e.g. "database", "foreign_key", "missing_file", "orphan_file"
    message: str
    detail: dict[str, object] = field(default_factory=dict)
