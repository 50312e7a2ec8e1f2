"""The client list's words: counted nouns and a client's subtitle ("12 sessions · last 3 Nov").

Apart from ``formatting`` (which re-exports them) so the client list, shown before the other
panels at start-up, does not import the guidance package on its way to the screen.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from needlejournal.ui.language import translate
from needlejournal.ui.local_dates import format_day

if TYPE_CHECKING:
    from needlejournal.journal.client_records import ClientSummary


class CountedWords(QObject):
    """Counted nouns ("1 pass", "2 passes"): Qt's plurals need ``tr(text, "", n)`` in a class,
    where lupdate records the plural forms (it does not for ``translate(…, n)``)."""

    def passes(self, n: int) -> str:
        return self.tr("%n pass(es)", "", n)

    def sessions(self, n: int) -> str:
        return self.tr("%n session(s)", "", n)

    def downtime(self, n: int) -> str:
        return self.tr("downtime %n day(s)", "", n)

    def days_downtime(self, n: int) -> str:
        return self.tr("%n day(s) downtime", "", n)

    def needles(self, n: int) -> str:
        return self.tr("%n needle(s)", "", n)


COUNTED = CountedWords()


def client_subtitle(c: ClientSummary) -> str:
    if c.treatment_count == 0:
        return translate("Formatting", "No sessions yet")
    sessions = COUNTED.sessions(c.treatment_count)
    if c.last_treatment_at is not None:
        last = translate("Formatting", "last {day}").format(day=format_day(c.last_treatment_at))
        return f"{sessions} · {last}"
    return sessions
