"""A pool for lanes in tests that keeps each op until ``release()`` (then runs it here).

Lets a test look at the window while an answer is still on its way, deterministically.
"""

from __future__ import annotations

from PySide6.QtCore import QRunnable


class HeldPool:
    def __init__(self) -> None:
        self.held: list[QRunnable] = []

    def start(self, runnable: QRunnable, priority: int = 0) -> None:
        self.held.append(runnable)

    def waitForDone(self, msecs: int = -1) -> bool:
        self.release()
        return True

    def release(self) -> None:
        while self.held:
            self.held.pop(0).run()
