"""From a journal ``Conflict`` to the conflict dialog and back to a save, for every edit dialog.

A save runs ``catching(work)`` on the journal lane: a conflict that carries the stored record
comes back as a ``Conflicted`` result instead of an error message, and ``offer`` shows the
dialog with the fields that differ (``journal.conflicts.differences``). The caller says how
to save a draft again (``resave``: Keep mine and Merge land through it, against the stored
version) and how to show the stored record (``reload``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from needlejournal.dates import format_date
from needlejournal.journal.conflicts import Names, differences, resolved, who_and_when
from needlejournal.journal.errors import Conflict
from needlejournal.ui.conflict_dialog import ConflictDialog, ConflictField, Resolution

T = TypeVar("T")
D = TypeVar("D")
_CONTEXT = "Conflicts"


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


@dataclass(frozen=True)
class Conflicted:
    """A save refused because another seat changed the record: what it holds now."""

    error: Conflict


def catching(fn: Callable[[], T]) -> Callable[[], T | Conflicted]:
    """``fn``, with a resolvable conflict returned rather than raised (run on the lane)."""

    def work() -> T | Conflicted:
        try:
            return fn()
        except Conflict as e:
            if e.theirs is None:  # deleted elsewhere: nothing to compare, a plain message
                raise
            return Conflicted(e)

    return work


def headline(error: Conflict) -> str:
    """'While you were editing, this record was changed on seat FRONT-DESK at 10:42 by ana.'"""
    seat, user, when, today = who_and_when(error.changed_by, error.changed_at)
    where = _tr("on seat {seat}").format(seat=seat) if seat else _tr("elsewhere")
    if when is None:
        at = ""
    elif today:
        at = " " + _tr("at {time}").format(time=f"{when:%H:%M}")
    else:
        at = " " + _tr("on {day} at {time}").format(day=format_date(when), time=f"{when:%H:%M}")
    by = " " + _tr("by {user}").format(user=user) if user else ""
    return (
        _tr("While you were editing, this record was changed {where}{at}{by}.").format(
            where=where, at=at, by=by
        )
        + " "
        + _tr("Choose what to keep:")
    )


def offer(
    parent: QWidget,
    error: Conflict,
    mine: D,
    base: object | None,
    *,
    resave: Callable[[D], None],
    reload: Callable[[object], None],
    cancelled: Callable[[], None],
    names: Names | None = None,
) -> ConflictDialog:
    """Show the conflict over ``parent``; the person's choice saves, reloads or goes back."""
    found = differences(error.theirs, mine, base, names)
    rows = [
        ConflictField(QCoreApplication.translate("ConflictFields", d.label), d.theirs, d.mine,
                      d.mine_changed)
        for d in found
    ]  # fmt: skip
    dialog = ConflictDialog(headline(error), rows, parent)
    theirs = error.theirs

    def chosen(resolution: Resolution, picks: tuple[int, ...]) -> None:
        if resolution is Resolution.RELOAD:
            reload(theirs)
        elif resolution is Resolution.KEEP_MINE:
            resave(resolved(mine, theirs))
        else:
            resave(resolved(mine, theirs, {found[i].field for i in picks}))

    dialog.chosen.connect(chosen)
    dialog.rejected.connect(cancelled)
    dialog.open()
    return dialog
