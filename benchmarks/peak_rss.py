"""Run a Python command in this very process, then write its peak RSS (KiB) to a file.

    python benchmarks/peak_rss.py OUT -m needlejournal ARGS…
    python benchmarks/peak_rss.py OUT -c CODE ARGS…

Why not ``os.wait4``'s ``ru_maxrss``: Linux counts in it the memory of the process that
started the child. When the child execs, the kernel keeps the high-water mark of the memory
map it leaves (the copy of its parent's), so a benchmark process that had grown to 1.4 GB
read 1,378 MB for every child of 150 MB (5 Dec). ``VmHWM`` in ``/proc/self/status`` belongs to
the memory map the exec made: this program's own peak, whoever started it.

Standalone on purpose (it imports nothing of ``benchmarks`` or the app): what it measures is
the command's memory, not the wrapper's.
"""

from __future__ import annotations

import os
import runpy
import sys


def peak_kib() -> int:
    """This process's peak resident set since its exec (``VmHWM``), in KiB."""
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    raise RuntimeError("no VmHWM in /proc/self/status")


def main() -> None:
    out, kind, target, *args = sys.argv[1:]
    try:
        if kind == "-m":
            sys.argv = [target, *args]
            sys.path[0] = os.getcwd()  # as ``python -m`` puts the working folder first
            runpy.run_module(target, run_name="__main__", alter_sys=True)
        elif kind == "-c":
            sys.argv = ["-c", *args]
            sys.path[0] = ""
            exec(compile(target, "<string>", "exec"), {"__name__": "__main__"})
        else:
            raise SystemExit(f"peak_rss: expected -m or -c, got {kind!r}")
    finally:
        with open(out, "w", encoding="ascii") as f:
            f.write(str(peak_kib()))


if __name__ == "__main__":
    main()
