"""Keep the garbage collector's full passes short enough for the GUI thread.

A full (generation 2) collection walks every tracked object and holds the GIL while it does,
on whichever thread triggered it. Once the journal is open, ~100,000 of those objects are
modules, classes and functions of Qt, SQLAlchemy and the app that live as long as the process;
walking them made each full pass take 55-80 ms here: a visible stall while scrolling or
importing. ``gc.freeze()`` moves what is alive at that moment out of the collector's view
(it is still freed by reference counting), and full passes take 7-20 ms.
"""

from __future__ import annotations

import gc

_frozen = False


def freeze_long_lived() -> bool:
    """Once per process, after start-up: hide the objects alive now from future collections.

    No ``gc.collect()`` first: that would itself be a full pass on the GUI thread. The price
    is that cyclic garbage alive at this moment is never reclaimed (a one-off, small amount).
    """
    global _frozen
    if _frozen:
        return False
    _frozen = True
    gc.freeze()
    return True
