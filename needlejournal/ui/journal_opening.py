"""Opening the journal off the GUI thread, and offering a snapshot when it is damaged.

RELIABILITY.md promise 3: a journal that fails its start-up check is never overwritten
silently; the user is told what is wrong and offered the newest verified snapshot. Restoring
moves the damaged files aside (``backups/damaged-…``) and opens the snapshot.

The full integrity check runs while opening only when it is owed at once (an unclean exit,
see ``journal.shutdown_mark``); the daily one, and the daily snapshot, run on a lane of their
own once the client list is on screen (``Journal.daily_upkeep``), so neither the first
screen nor the user's first save waits for them. Damage found there is handled like damage
found on opening: the journal is closed and the snapshot offered.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from needlejournal import APP_NAME
from needlejournal.paths import DataPaths
from needlejournal.ui.language import translate
from needlejournal.ui.local_dates import format_when

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from needlejournal.journal.api import Journal
    from needlejournal.ui.main_window import MainWindow

Confirm = Callable[["QWidget", str], bool]


@dataclass(frozen=True)
class Damaged:
    """The journal failed its integrity check; ``snapshot`` is the newest verified one."""

    message: str
    snapshot: Path | None
    taken_at: datetime | None


def open_journal(paths: DataPaths) -> Journal | Damaged:
    """Runs on the worker thread: the only place the database layer gets imported."""
    from needlejournal.journal.api import Journal
    from needlejournal.journal.errors import JournalDamaged

    try:
        return Journal.open(paths, defer_daily_check=True)
    except JournalDamaged as e:
        return Damaged(str(e), e.snapshot, e.snapshot_taken_at)


def daily_upkeep(journal: Journal) -> Damaged | None:
    """Runs on a lane of its own after the first screen: the daily check and snapshot."""
    found = journal.daily_upkeep()
    return None if found is None else Damaged(str(found), found.snapshot, found.snapshot_taken_at)


def restore_and_open(paths: DataPaths, snapshot: Path) -> Journal | Damaged:
    from needlejournal.journal.api import restore_snapshot
    from needlejournal.journal.restored_photos import settle_newer_photos

    kept = restore_snapshot(paths, snapshot)
    opened = open_journal(paths)
    if not isinstance(opened, Damaged):
        # Photos stored after the snapshot go back to their clients (or to the quarantine),
        # so ``check`` is clean after a restore.
        settle_newer_photos(opened, kept, reattach=True)
    return opened


def ask_to_restore(parent: QWidget, question: str) -> bool:
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(QMessageBox.Icon.Warning, APP_NAME, question, parent=parent)
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    box.setDefaultButton(QMessageBox.StandardButton.Yes)
    box.button(QMessageBox.StandardButton.Yes).setText(
        translate("JournalOpening", "Restore the snapshot")
    )
    box.button(QMessageBox.StandardButton.No).setText(translate("JournalOpening", "Not now"))
    return box.exec() == QMessageBox.StandardButton.Yes


def start_opening(
    window: MainWindow,
    paths: DataPaths,
    opened: list[Journal],
    confirm: Confirm = ask_to_restore,
) -> None:
    """Open the journal on the worker; attach it, or offer the newest verified snapshot."""

    def arrived(result: Journal | Damaged) -> None:
        if not isinstance(result, Damaged):
            opened.append(result)
            window.attach_journal(result)
            if window.controller is not None:
                _upkeep_after_first_screen(result)
            return
        window.show_open_error(result.message)
        if result.snapshot is None or result.taken_at is None:
            return
        question = (
            result.message
            + "\n\n"
            + translate(
                "JournalOpening",
                "Restore the snapshot of {when}? Anything logged after it is not in it. The "
                "damaged journal is not deleted: it is moved to {folder}.",
            ).format(when=format_when(result.taken_at), folder=paths.backup_dir)
        )
        if confirm(window, question):
            snapshot = result.snapshot
            window.workers.journal.run(
                lambda: restore_and_open(paths, snapshot), arrived, window.show_open_error
            )

    def _upkeep_after_first_screen(journal: Journal) -> None:
        controller = window.controller
        assert controller is not None

        def start(_snapshot: object) -> None:
            controller.loaded.disconnect(start)
            lane = window.workers.lane(window)
            lane.run(lambda: daily_upkeep(journal), lambda found: damage_found(journal, found))

        controller.loaded.connect(start)

    def damage_found(journal: Journal, found: Damaged | None) -> None:
        if found is None or journal not in opened:
            return
        window.workers.journal.wait()  # let a running save finish first
        opened.remove(journal)
        journal.close()
        window.clients.setEnabled(False)
        window._set_journal_actions(False)  # nothing reaches the closed journal
        arrived(found)

    window.workers.journal.run(lambda: open_journal(paths), arrived, window.show_open_error)
