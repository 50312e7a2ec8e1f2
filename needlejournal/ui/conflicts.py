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

from needlejournal.journal.conflicts import Names, differences, resolved, who_and_when
from needlejournal.journal.errors import Conflict
from needlejournal.ui.conflict_dialog import ConflictDialog, ConflictField, Resolution
from needlejournal.ui.local_dates import format_date

T = TypeVar("T")
D = TypeVar("D")


def field_label(label: str) -> str:
    """A field's label (``journal.conflicts``' English words) in the window's language."""
    return _field_labels().get(label, label)


def _field_labels() -> dict[str, str]:
    # Literal calls, so lupdate finds them; the journal layer names fields in English.
    return {
        "Name": QCoreApplication.translate("ConflictFields", "Name"),
        "Fitzpatrick skin type": QCoreApplication.translate(
            "ConflictFields", "Fitzpatrick skin type"
        ),
        "Concerns": QCoreApplication.translate("ConflictFields", "Concerns"),
        "Contraindications": QCoreApplication.translate("ConflictFields", "Contraindications"),
        "Consent": QCoreApplication.translate("ConflictFields", "Consent"),
        "Date of birth": QCoreApplication.translate("ConflictFields", "Date of birth"),
        "Age band": QCoreApplication.translate("ConflictFields", "Age band"),
        "Phone": QCoreApplication.translate("ConflictFields", "Phone"),
        "E-mail": QCoreApplication.translate("ConflictFields", "E-mail"),
        "Notes": QCoreApplication.translate("ConflictFields", "Notes"),
        "Archived": QCoreApplication.translate("ConflictFields", "Archived"),
        "Date and time": QCoreApplication.translate("ConflictFields", "Date and time"),
        "Device": QCoreApplication.translate("ConflictFields", "Device"),
        "Areas": QCoreApplication.translate("ConflictFields", "Areas"),
        "Products": QCoreApplication.translate("ConflictFields", "Products"),
        "Pain": QCoreApplication.translate("ConflictFields", "Pain"),
        "Numbing": QCoreApplication.translate("ConflictFields", "Numbing"),
        "Downtime": QCoreApplication.translate("ConflictFields", "Downtime"),
        "Adverse events": QCoreApplication.translate("ConflictFields", "Adverse events"),
        "Texture": QCoreApplication.translate("ConflictFields", "Texture"),
        "Texture note": QCoreApplication.translate("ConflictFields", "Texture note"),
        "Tone": QCoreApplication.translate("ConflictFields", "Tone"),
        "Tone note": QCoreApplication.translate("ConflictFields", "Tone note"),
        "Session": QCoreApplication.translate("ConflictFields", "Session"),
        "Redness": QCoreApplication.translate("ConflictFields", "Redness"),
        "Note": QCoreApplication.translate("ConflictFields", "Note"),
        "Rated by": QCoreApplication.translate("ConflictFields", "Rated by"),
        "Taken": QCoreApplication.translate("ConflictFields", "Taken"),
        "Role": QCoreApplication.translate("ConflictFields", "Role"),
        "View": QCoreApplication.translate("ConflictFields", "View"),
        "How it was taken": QCoreApplication.translate("ConflictFields", "How it was taken"),
        "Anchor points": QCoreApplication.translate("ConflictFields", "Anchor points"),
        "Kind": QCoreApplication.translate("ConflictFields", "Kind"),
        "Needles": QCoreApplication.translate("ConflictFields", "Needles"),
        "Cartridge": QCoreApplication.translate("ConflictFields", "Cartridge"),
        "Brand": QCoreApplication.translate("ConflictFields", "Brand"),
        "Ingredients": QCoreApplication.translate("ConflictFields", "Ingredients"),
    }


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
    where = (
        QCoreApplication.translate("Conflicts", "on seat {seat}").format(seat=seat)
        if seat
        else QCoreApplication.translate("Conflicts", "elsewhere")
    )
    at = ""
    if when is not None and today:
        at = " " + QCoreApplication.translate("Conflicts", "at {time}").format(time=f"{when:%H:%M}")
    elif when is not None:
        at = " " + QCoreApplication.translate("Conflicts", "on {day} at {time}").format(
            day=format_date(when), time=f"{when:%H:%M}"
        )
    by = (
        " " + QCoreApplication.translate("Conflicts", "by {user}").format(user=user) if user else ""
    )
    said = QCoreApplication.translate(
        "Conflicts", "While you were editing, this record was changed {where}{at}{by}."
    )
    return (
        said.format(where=where, at=at, by=by)
        + " "
        + QCoreApplication.translate("Conflicts", "Choose what to keep:")
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
        ConflictField(field_label(d.label), d.theirs, d.mine, d.mine_changed)
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
