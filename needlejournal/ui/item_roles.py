"""Qt's item data roles as plain ints, for the code that fills and paints the client list
before anything else is on screen.

The first use of PySide's ``Qt`` namespace (``Qt.ItemDataRole.DisplayRole``, or importing
``Qt`` at all) builds all 93 of its enum types, ~25 ms of Python that the list's first paint
would wait for; a model's ``data()`` receives the role as an int anyway. The values are Qt's
(``Qt::ItemDataRole``, unchanged since Qt 4); a test compares them with PySide's.
"""

from __future__ import annotations

DISPLAY_ROLE = 0
EDIT_ROLE = 2
TOOLTIP_ROLE = 3
USER_ROLE = 0x0100
