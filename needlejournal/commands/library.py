"""The device and product libraries: ``device add|list`` and ``product add|list``.

``treatment add`` only accepts devices and products already in these libraries, so a typo
never creates a new product silently.
"""

from __future__ import annotations

import argparse

from needlejournal.dates import iso
from needlejournal.guidance import DeviceKind
from needlejournal.journal.records import DeviceDraft, ProductDraft

from . import _parsing as parse
from . import _records as out
from ._base import Context, JSONValue, Outcome, Subparsers, add_command, add_group


def register(subparsers: Subparsers) -> None:
    devices = add_group(
        add_command(subparsers, "device", None, "The device library."), "device commands"
    )
    add = add_command(devices, "add", run_device_add, "Add a device → {id, name, kind, …}.")
    add.add_argument("name", metavar="NAME")
    add.add_argument("--kind", required=True, choices=DeviceKind.values())
    add.add_argument("--needles", type=parse.bounded_int(1, 10_000), help="needle count")
    add.add_argument("--cartridge", default="", help="cartridge or roller head, e.g. “12-pin”")
    add.add_argument("--notes", default="")
    add_command(devices, "list", run_device_list, "List devices.", reads_only=True)

    products = add_group(
        add_command(subparsers, "product", None, "The product library."), "product commands"
    )
    add = add_command(products, "add", run_product_add, "Add a product → {id, name, …}.")
    add.add_argument("name", metavar="NAME")
    add.add_argument("--brand", default="")
    add.add_argument("--kind", default="serum", help="serum, numbing cream, sunscreen… (serum)")
    add.add_argument(
        "--ingredient",
        action="append",
        default=[],
        metavar="TEXT",
        help="a key ingredient (repeatable), e.g. “L-ascorbic acid 15%%”",
    )
    add.add_argument("--notes", default="")
    add_command(products, "list", run_product_list, "List products.", reads_only=True)
    expiry = add_command(
        products,
        "expiry",
        run_product_expiry,
        "Set (or show) the expiry date of a product or of one of its lots; a session that "
        "used it after that day is warned about.",
    )
    expiry.add_argument("--product", required=True, metavar="NAME_OR_ID")
    expiry.add_argument("--lot", metavar="LOT", help="one lot or batch (default: the product)")
    expiry.add_argument(
        "--expires", type=_expiry_day, metavar="DATE|none", help="omit to show the dates"
    )


def run_device_add(ctx: Context, args: argparse.Namespace) -> Outcome:
    draft = DeviceDraft(
        name=args.name,
        kind=args.kind,
        needle_count=args.needles,
        cartridge=args.cartridge,
        notes=args.notes,
    )
    d = ctx.journal().save_device(draft)
    return Outcome(data=out.device(d), text=f"Added device #{d.id} {d.name} ({d.kind}).")


def run_device_list(ctx: Context, args: argparse.Namespace) -> Outcome:
    records = ctx.journal().list_devices()
    rows = [
        (str(d.id), d.name, d.kind, str(d.needle_count or "—"), d.cartridge or "—") for d in records
    ]
    text = (
        out.table(("ID", "Name", "Kind", "Needles", "Cartridge"), rows)
        if rows
        else "No devices yet: add one with “needlejournal device add NAME --kind pen”."
    )
    return Outcome(data=[out.device(d) for d in records], text=text)


def run_product_add(ctx: Context, args: argparse.Namespace) -> Outcome:
    draft = ProductDraft(
        name=args.name,
        brand=args.brand,
        kind=args.kind,
        ingredients=tuple(args.ingredient),
        notes=args.notes,
    )
    p = ctx.journal().save_product(draft)
    return Outcome(data=out.product(p), text=f"Added product #{p.id} {p.name}.")


def run_product_list(ctx: Context, args: argparse.Namespace) -> Outcome:
    records = ctx.journal().list_products()
    rows = [(str(p.id), p.name, p.brand or "—", p.kind, ", ".join(p.ingredients)) for p in records]
    text = (
        out.table(("ID", "Name", "Brand", "Kind", "Ingredients"), rows)
        if rows
        else "No products yet: add one with “needlejournal product add NAME”."
    )
    return Outcome(data=[out.product(p) for p in records], text=text)


_NO_DATE = "none"


def _expiry_day(text: str) -> object:
    return _NO_DATE if text.strip().lower() == _NO_DATE else parse.day(text)


def run_product_expiry(ctx: Context, args: argparse.Namespace) -> Outcome:
    from needlejournal.journal.expiry import expiries, set_expiry

    journal = ctx.journal()
    if args.expires is not None:
        day = None if args.expires == _NO_DATE else args.expires
        set_expiry(journal, args.product, day, args.lot)
    found = expiries(journal, args.product)
    data: list[JSONValue] = [
        {"product": e.product, "lot": e.lot, "expires_on": iso(e.expires_on)} for e in found
    ]
    rows = [
        (e.lot or "(the product)", e.expires_on.isoformat() if e.expires_on else "—") for e in found
    ]
    return Outcome(data=data, text=f"{found[0].product}:\n" + out.table(("Lot", "Expires"), rows))
