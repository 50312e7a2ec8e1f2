"""``@override`` for the window's classes without importing ``typing_extensions`` when the
app starts (~4 ms before the first paint on Python 3.11; ``typing.override`` is 3.12's).

Type checkers see ``typing_extensions.override`` and check every override as before; at run
time it only marks the method, as the real one does.
"""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from typing_extensions import override
elif sys.version_info >= (3, 12):
    from typing import override
else:
    F = TypeVar("F", bound=Callable[..., Any])

    def override(method: F) -> F:
        with contextlib.suppress(AttributeError, TypeError):  # a builtin: nothing to mark
            method.__override__ = True
        return method


__all__ = ["override"]
