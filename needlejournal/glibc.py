"""glibc's allocator functions (``mallopt``, ``malloc_trim``), found once, or None elsewhere.

Shared by the window's allocator tuning (``ui.memory``) and the demo's painter
(``demo.skin``), so the lookup and its "not glibc" cases live in one place. ``ctypes`` is
imported on the first call, not with this module: the window's first paint does not wait for it.
"""

from __future__ import annotations

import functools
import sys
from collections.abc import Callable
from typing import Any


@functools.cache
def function(name: str) -> Callable[..., Any] | None:
    """The C library's ``name`` on Linux with glibc; None on another OS or libc (musl has no
    ``mallopt`` or ``malloc_trim``)."""
    if not sys.platform.startswith("linux"):
        return None
    import ctypes

    try:
        found: Callable[..., Any] = getattr(ctypes.CDLL(None), name)
    except (OSError, AttributeError):
        return None
    return found
