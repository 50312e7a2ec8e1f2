"""``demo``: fill an empty journal with realistic data (see ``needlejournal.demo``).

``--clients 1`` makes a personal journal with one client, "Me"; more clients make a clinic.
A journal that already holds data is refused (exit 2) and left untouched.
"""

from __future__ import annotations

import argparse
import time

from needlejournal.words import count

from . import _parsing as parse
from ._base import Context, Outcome, Subparsers, UsageError, add_command


def register(subparsers: Subparsers) -> None:
    parser = add_command(
        subparsers,
        "demo",
        run,
        "Fill an empty journal with realistic demo data → {mode, clients, treatments, …}.",
    )
    parser.add_argument(
        "--clients",
        type=parse.bounded_int(1, 100_000),
        default=12,
        metavar="N",
        help="clients (default 12; 1 makes a personal journal for “Me”)",
    )
    parser.add_argument(
        "--treatments",
        type=parse.bounded_int(0, 1_000),
        default=8,
        metavar="N",
        help="sessions per client (default 8)",
    )
    parser.add_argument(
        "--seed", type=parse.whole, default=1, metavar="N", help="random seed (default 1)"
    )
    parser.add_argument(
        "--photos",
        action=argparse.BooleanOptionalAction,
        default=True,
        help="also import synthetic before/after photos for the first 12 clients (default on)",
    )


def run(ctx: Context, args: argparse.Namespace) -> Outcome:
    from needlejournal.demo import DemoRefused, fill_demo

    started = time.perf_counter()
    try:
        summary = fill_demo(
            ctx.journal(),
            clients=args.clients,
            treatments=args.treatments,
            seed=args.seed,
            photos=args.photos,
        )
    except DemoRefused as e:
        raise UsageError(str(e)) from None
    seconds = time.perf_counter() - started
    data = {
        "mode": summary.mode,
        "clients": summary.clients,
        "treatments": summary.treatments,
        "observations": summary.observations,
        "devices": summary.devices,
        "products": summary.products,
        "photos": summary.photos,
        "first_date": summary.first_date.isoformat() if summary.first_date else None,
        "last_date": summary.last_date.isoformat() if summary.last_date else None,
        "seed": args.seed,
        "seconds": round(seconds, 3),
    }
    text = (
        f"Demo {summary.mode} journal in {ctx.paths.data_dir}: "
        f"{count(summary.clients, 'client')}, {count(summary.treatments, 'session')}, "
        f"{count(summary.observations, 'skin check')}, {count(summary.devices, 'device')}, "
        f"{count(summary.products, 'product')}, {count(summary.photos, 'photo')} "
        f"({seconds:.1f} s)."
    )
    return Outcome(data=data, text=text)
