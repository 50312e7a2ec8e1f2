"""Keep the garbage collector's full passes, and large allocations, short for the GUI thread.

A full (generation 2) collection walks every tracked object and holds the GIL while it does,
on whichever thread triggered it. Once the journal is open, ~100,000 of those objects are
modules, classes and functions of Qt, SQLAlchemy and the app that live as long as the process;
walking them made each full pass take 55-80 ms here: a visible stall while scrolling or
importing. ``gc.freeze()`` moves what is alive at that moment out of the collector's view
(it is still freed by reference counting), and full passes take 7-20 ms.

Large allocations: see ``fresh_pages_for_large_blocks``.
"""

from __future__ import annotations

import gc

from needlejournal import glibc

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


# glibc's mallopt parameters.
_M_TRIM_THRESHOLD = -1
_M_MMAP_THRESHOLD = -3
# Image buffers from here up (a 1600 × 1200 photo's is 7.7 MB) come from fresh pages; below it,
# a 12 MP photo's file (2.5-4 MB, read whole by the decoder) and its 1/8 preview (0.8 MB) reuse
# heap memory. At glibc's own 128 KiB, every such buffer was fresh pages too, faulted in and
# handed back per photo: an import in the window ran 8-13 % slower than the CLI's.
MMAP_THRESHOLD_BYTES = 4 * 1024 * 1024
# Free heap memory kept for reuse before it is handed back (glibc's own 128 KiB would hand
# back, and fault in again, the buffers just above for every photo).
TRIM_THRESHOLD_BYTES = 16 * 1024 * 1024
_fresh_pages = False


def fresh_pages_for_large_blocks() -> bool:
    """Once per process (Linux, glibc): serve every block of 4 MiB or more from fresh pages.

    Pillow makes an image's memory with ``calloc`` while holding the GIL. glibc serves large
    blocks from fresh, already-zero pages at first, but after the first one is freed it raises
    its threshold to that size and serves the next from its heap, zeroing (and faulting in)
    every byte: ~10 ms for a 1600 × 1200 photo, with the GIL held, so the GUI thread stood
    still while a worker merely started decoding (the measuring test's 11-17 ms gaps; 9-12 ms
    with this). Fixing the threshold keeps fresh pages: the kernel zeroes them as the decoder
    writes, with the GIL released. Smaller blocks stay on the heap, kept for reuse
    (``TRIM_THRESHOLD_BYTES``). Elsewhere (another libc, another OS) nothing changes.
    """
    global _fresh_pages
    if _fresh_pages:
        return False
    _fresh_pages = True
    mallopt = glibc.function("mallopt")
    if mallopt is None:
        return False  # another OS, or not glibc (musl has no such knob to turn)
    return bool(mallopt(_M_MMAP_THRESHOLD, MMAP_THRESHOLD_BYTES)) and bool(
        mallopt(_M_TRIM_THRESHOLD, TRIM_THRESHOLD_BYTES)
    )
