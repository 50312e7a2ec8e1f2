"""A worker's large allocations come from fresh pages, never from glibc's heap (issue 15).

Pillow makes an image's memory with ``calloc`` holding the GIL. Once glibc had freed one large
block it served the next from its heap, zeroing and faulting in every byte under the GIL: the
GUI thread stood still ~10 ms each time a measuring worker began to decode a 2 MP photo. The
window's worker pools fix glibc's threshold, so large blocks stay fresh pages (zeroed by the
kernel as the decoder writes them, the GIL released)."""

from __future__ import annotations

import subprocess
import sys

import pytest

# In a fresh process (the setting is process-wide and one-way): free one 8 MB block, as glibc
# would after a first photo, then ask for another and say where it came from.
PROBE = """
import ctypes, sys
{setup}
libc = ctypes.CDLL(None)
libc.malloc.restype = libc.sbrk.restype = ctypes.c_void_p
libc.malloc.argtypes, libc.free.argtypes = [ctypes.c_size_t], [ctypes.c_void_p]
libc.sbrk.argtypes = [ctypes.c_ssize_t]
first = libc.malloc(8 << 20)
libc.free(first)
second = libc.malloc(8 << 20)
print("heap" if second < libc.sbrk(0) else "fresh pages")
"""


def _where(setup: str) -> str:
    done = subprocess.run(
        [sys.executable, "-c", PROBE.format(setup=setup)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc's allocator")
def test_the_window_s_worker_pools_keep_large_blocks_on_fresh_pages() -> None:
    assert _where("") == "heap"  # glibc as it comes: the probe can tell
    assert _where("from needlejournal.ui.ops import threads; threads()") == "fresh pages"
