"""A worker's large allocations come from fresh pages, never from glibc's heap (issue 15).

Pillow makes an image's memory with ``calloc`` holding the GIL. Once glibc had freed one large
block it served the next from its heap, zeroing and faulting in every byte under the GIL: the
GUI thread stood still ~10 ms each time a measuring worker began to decode a 2 MP photo. The
window's worker pools fix glibc's threshold, so large blocks stay fresh pages (zeroed by the
kernel as the decoder writes them, the GIL released).

The threshold sits above a photo file's size, though: at glibc's own 128 KiB every file the
decoder read whole and every preview was fresh pages too, faulted in and handed back per
photo: the window imported 8-13 % slower than the CLI and measured 50 photos half as fast."""

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
    return _run(PROBE, setup)


def _run(probe: str, setup: str) -> str:
    done = subprocess.run(
        [sys.executable, "-c", probe.format(setup=setup)],
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


# A 3 MB block (a 12 MP photo's file, read whole by the decoder) freed and asked for again,
# then written: how many pages the kernel had to fault in for it.
REUSE_PROBE = """
import ctypes, resource
{setup}
libc = ctypes.CDLL(None)
libc.malloc.restype = ctypes.c_void_p
libc.malloc.argtypes, libc.free.argtypes = [ctypes.c_size_t], [ctypes.c_void_p]
size = 3 << 20
for _ in range(3):  # as photo after photo does
    block = libc.malloc(size)
    ctypes.memset(block, 1, size)
    libc.free(block)
before = resource.getrusage(resource.RUSAGE_SELF).ru_minflt
block = libc.malloc(size)
ctypes.memset(block, 1, size)
print(resource.getrusage(resource.RUSAGE_SELF).ru_minflt - before)
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc's allocator")
def test_a_photo_sized_block_is_reused_not_faulted_in_again() -> None:
    pages = int(_run(REUSE_PROBE, "from needlejournal.ui.ops import threads; threads()"))
    assert pages < 64, f"{pages} pages faulted in for a reused 3 MB block (768 if all fresh)"
