"""Run every benchmark and print one JSON object: ``python -m benchmarks [--quick]``.

Sections (``--only NAME``, repeatable): "startup" (first paint and the client list vs a bare
window), "queries" (ORM vs raw SQL), "import" (photo import vs its copy-hash-decode floor),
"gallery" (GUI stalls, memory), "bundle", "scaling" (10 → 10,000 clients and photos),
"demo" (``demo --clients N``: time and peak memory), "report" (a PDF vs the same pages
without photos), "metrics", "compare" (exports vs a Pillow script), "backup", "audit",
"clinic". Each section carries its floor, its figure, their ratio and the goal, all from
this run (or, where the goal is a shape, the curve and its growth).
A section that fails reports {"error": …}; the exit status is then 1. The package's bytecode
is compiled first, as an install does (``benchmarks.compile_like_an_install``).
"""

from __future__ import annotations

import argparse
import importlib
import importlib.util
import inspect
import json
import os
import platform
import sys
import time
import traceback
from collections.abc import Callable
from typing import Any

from benchmarks import compile_like_an_install

SECTIONS = {
    "startup": "benchmarks.bench_startup",
    "queries": "benchmarks.bench_queries",
    "import": "benchmarks.bench_import",
    "gallery": "benchmarks.bench_gallery",
    "bundle": "benchmarks.bench_bundle",
    "scaling": "benchmarks.bench_scaling",
    "demo": "benchmarks.bench_demo",
    "report": "benchmarks.bench_report",
    "metrics": "benchmarks.bench_metrics",
    "compare": "benchmarks.bench_compare",
    "backup": "benchmarks.bench_backup",
    "audit": "benchmarks.bench_audit",
    "clinic": "benchmarks.bench_clinic",
}


def _call(run: Callable[..., dict[str, Any]], quick: bool) -> dict[str, Any]:
    # bench_import is another module's; pass --quick only if its run() takes it.
    if "quick" in inspect.signature(run).parameters:
        return run(quick=quick)
    return run()


def _meta(quick: bool) -> dict[str, Any]:
    from importlib.metadata import PackageNotFoundError, version

    def installed(name: str) -> str | None:
        try:
            return version(name)
        except PackageNotFoundError:
            return None

    return {
        "quick": quick,
        "python": platform.python_version(),
        "pyside6": installed("PySide6-Essentials") or installed("PySide6"),
        "sqlalchemy": installed("SQLAlchemy"),
        "cpus": os.cpu_count(),
        "machine": platform.machine(),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__)
    parser.add_argument("--quick", action="store_true", help="smaller journals, fewer repeats")
    parser.add_argument(
        "--only", choices=sorted(SECTIONS), action="append", help="run only these sections"
    )
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    out: dict[str, Any] = {"meta": _meta(args.quick)}
    out["meta"]["bytecode_compiled"] = compile_like_an_install()
    failed = False
    for name, module_name in SECTIONS.items():
        if args.only and name not in args.only:
            continue
        if importlib.util.find_spec(module_name) is None:
            out[name] = {"skipped": f"{module_name} does not exist yet"}
            continue
        start = time.perf_counter()
        try:
            module = importlib.import_module(module_name)
            out[name] = _call(module.run, args.quick)
        except Exception as e:  # one broken section must not hide the others' figures
            failed = True
            traceback.print_exc(file=sys.stderr)
            out[name] = {"error": f"{type(e).__name__}: {e}"}
        out[name]["elapsed_s"] = round(time.perf_counter() - start, 1)
    print(json.dumps(out, indent=2, ensure_ascii=False))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
