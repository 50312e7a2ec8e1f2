"""``lot --product NAME_OR_ID [--lot L]``: lot recall, who received a product (or one lot).

JSON: ``{"product": {id, name, brand}, "lot": L|null, "clients": N, "uses": [{client_id,
client, archived, treatment_id, performed_at, phase, lot_number, note}]}``, oldest first.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from needlejournal.dates import format_date, iso

from . import _records as out
from ._base import Context, JSONValue, Outcome, Subparsers, add_command

if TYPE_CHECKING:  # the journal (and SQLAlchemy) load only when the command runs
    from needlejournal.journal.lots import LotRecall, LotUse


def register(subparsers: Subparsers) -> None:
    parser = add_command(
        subparsers,
        "lot",
        run,
        "Lot recall: which clients and sessions received a product (and lot) → {uses: […]}.",
        reads_only=True,
    )
    parser.add_argument("--product", required=True, metavar="NAME_OR_ID")
    parser.add_argument("--lot", metavar="LOT", help="only this lot or batch number")


def _use(u: LotUse) -> dict[str, JSONValue]:
    return {
        "client_id": u.client_id,
        "client": u.client_name,
        "archived": u.client_archived,
        "phone": u.client_phone,
        "email": u.client_email,
        "treatment_id": u.treatment_id,
        "performed_at": iso(u.performed_at),
        "phase": u.phase,
        "lot_number": u.lot_number,
        "note": u.note,
    }


def _text(found: LotRecall) -> str:
    what = found.product.name + (f", lot {found.lot}" if found.lot is not None else "")
    if not found.uses:
        return f"No session used {what}."
    count = len(found.client_ids)
    rows = [
        (
            format_date(u.performed_at),
            u.client_name + (" (archived)" if u.client_archived else ""),
            f"#{u.client_id}",
            f"#{u.treatment_id}",
            u.phase,
            u.lot_number or "—",
            u.contact or "—",
        )
        for u in found.uses
    ]
    head = (
        f"{what}: {len(found.uses)} use{'' if len(found.uses) == 1 else 's'} "
        f"on {count} client{'' if count == 1 else 's'}."
    )
    return (
        head
        + "\n"
        + out.table(("Date", "Client", "ID", "Session", "Phase", "Lot", "Contact"), rows)
    )


def run(ctx: Context, args: argparse.Namespace) -> Outcome:
    from needlejournal.journal.lots import recall_in

    found = recall_in(ctx.journal(), args.product, args.lot)
    data = {
        "product": {
            "id": found.product.id,
            "name": found.product.name,
            "brand": found.product.brand,
        },
        "lot": found.lot,
        "clients": len(found.client_ids),
        "uses": [_use(u) for u in found.uses],
    }
    return Outcome(data=data, text=_text(found))
