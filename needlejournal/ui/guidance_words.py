"""How the window words a guidance warning: the one seam between guidance/ and translation.

Decision (issue 14): a warning's sentence is domain text, composed by ``needlejournal.guidance``
from the facts it checked (depths, days, product names, the source it cites), and the command
line and the PDF report print the same sentence; it stays English everywhere for now, like the
sources it quotes. The words around it ("Source:", the guidance settings dialog, the rule
names) are translated. Translating the sentences themselves needs the warning to carry its
rule id and parameters as data (``GuidanceWarning`` has only ``rule`` and the finished
``message``): then this module looks up a translated pattern by rule id and fills it in, and
no caller changes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from needlejournal.guidance import GuidanceWarning


def warning_text(warning: GuidanceWarning) -> str:
    return warning.message


def warning_source(warning: GuidanceWarning) -> str:
    return warning.source
