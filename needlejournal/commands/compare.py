"""``compare A_ID B_ID --mode … --out FILE``: one comparison image of two photos, no metadata.

JSON: ``{"out", "mode", "aligned", "alignment": "anchors"|"auto"|"none", "confidence",
"width", "height", "a", "b", "labels", "warnings"}``. ``warnings`` are the compare window's
comparability hints (different view, light, camera or skin state); the text prints each
with ⚠. Date labels (local day and view) are on by default, as in the window's export
(``--no-labels`` leaves them off). ``--align`` uses both photos' saved anchors and falls back
to auto-align when a photo has none; ``confidence`` is auto-align's 0..1 (null otherwise).
The image is written from pixels only (no EXIF, GPS, XMP or ICC data), PNG, JPEG or WebP by
suffix.
"""

from __future__ import annotations

import argparse
import errno
from pathlib import Path
from typing import TYPE_CHECKING

from needlejournal.journal.limits import parse_id

from ._base import Context, Outcome, Subparsers, UsageError, add_command

if TYPE_CHECKING:
    from needlejournal.journal.api import Journal
    from needlejournal.journal.compare import Rendered
    from needlejournal.journal.records import PhotoRecord

MODES = ("side-by-side", "wipe", "overlay", "difference")


def _fraction(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"“{text}” is not a number between 0 and 1") from None
    if not 0.0 <= value <= 1.0:
        raise argparse.ArgumentTypeError(f"{text} is not between 0 and 1")
    return value


def _photo_id(text: str) -> int:
    value = parse_id(text)
    if value is None:
        raise argparse.ArgumentTypeError(f"“{text}” is not a photo id (a number from 1)")
    return value


def _side(text: str) -> int:
    if not (text.strip().isascii() and text.strip().isdigit() and len(text.strip()) < 7):
        raise argparse.ArgumentTypeError(f"“{text}” is not a size in pixels")
    value = int(text)
    if not 64 <= value <= 20000:
        raise argparse.ArgumentTypeError(f"{text} is not between 64 and 20000 pixels")
    return value


def _why_unwritten(error: OSError) -> str:
    if error.errno in (errno.ENOSPC, errno.EDQUOT):
        return "the disk is full"
    if error.errno == errno.EROFS:
        return "the disk is read-only"
    if error.errno in (errno.EACCES, errno.EPERM):
        return "you are not allowed to write in that folder"
    return (error.strerror or str(error)).lower()


def register(subparsers: Subparsers) -> None:
    parser = add_command(
        subparsers,
        "compare",
        run,
        "Render two photos side by side, as a wipe, an overlay or a difference → {out, …}.",
        reads_only=True,
    )
    parser.add_argument("a", type=_photo_id, metavar="A_ID", help="reference photo (before)")
    parser.add_argument("b", type=_photo_id, metavar="B_ID", help="photo compared with it")
    parser.add_argument("--mode", choices=MODES, default="side-by-side")
    parser.add_argument(
        "--align",
        action="store_true",
        help="register B onto A by the saved anchors, else by auto-align",
    )
    parser.add_argument(
        "--labels",
        action=argparse.BooleanOptionalAction,
        default=True,
        help="print the dates on the image, as the window's export does (default: on)",
    )
    parser.add_argument(
        "--position", type=_fraction, default=0.5, help="wipe divider, 0 (left) … 1 (right)"
    )
    parser.add_argument(
        "--opacity", type=_fraction, default=0.5, help="overlay: how much of B shows, 0 … 1"
    )
    parser.add_argument(
        "--max-side", type=_side, default=None, metavar="PX", help="fit each photo into PX"
    )
    parser.add_argument("--out", required=True, type=Path, metavar="FILE.png")


def run(ctx: Context, args: argparse.Namespace) -> Outcome:
    out: Path = args.out
    if out.suffix.lower() not in (".png", ".jpg", ".jpeg", ".webp"):
        raise UsageError(f"The output file must end in .png, .jpg or .webp, not “{out.name}”.")
    if not out.parent.is_dir():
        raise UsageError(f"The folder {out.parent} does not exist.")
    if args.a == args.b:
        raise UsageError("Give two different photo ids to compare.")
    from needlejournal.journal.compare import PhotoSource, comparability, date_label, render_pair
    from needlejournal.journal.errors import JournalError
    from needlejournal.photos.compose import save_clean
    from needlejournal.photos.rejections import PhotoRejected

    def render(source: PhotoSource) -> tuple[PhotoRecord, PhotoRecord, Rendered]:
        return render_pair(
            source,
            args.a,
            args.b,
            args.mode,
            align=args.align,
            labels=args.labels,
            position=args.position,
            opacity=args.opacity,
            max_side=args.max_side,
        )

    def through_journal(journal: Journal) -> tuple[PhotoRecord, PhotoRecord, Rendered]:
        from needlejournal.journal.photos import PhotoLibrary

        return render(PhotoLibrary(journal))

    try:
        # An ordinary SQLite journal is read with plain sqlite3 (no SQLAlchemy import: a
        # third of a second of a 2 s goal); anything unusual goes through Journal.
        a, b, rendered = ctx.read(render, through_journal)
    except PhotoRejected as e:
        raise JournalError(f"A photo could not be read: {e.message}") from None
    try:
        save_clean(rendered.image, out)
    except OSError as e:
        # atomic_write has removed its temp file: say so, naming the file the user asked for
        # (not the hidden temp file the error names).
        raise JournalError(
            f"Could not write {out}: {_why_unwritten(e)}; no file was written."
        ) from None
    warnings = comparability(a, b)
    alignment = rendered.alignment
    data = {
        "out": str(out),
        "mode": args.mode,
        "aligned": alignment.aligned,
        "alignment": alignment.method,
        "confidence": None if alignment.confidence is None else round(alignment.confidence, 3),
        "width": rendered.image.width,
        "height": rendered.image.height,
        "a": args.a,
        "b": args.b,
        "labels": [date_label(a), date_label(b)] if args.labels else None,
        "warnings": warnings,
    }
    how = {
        "anchors": "aligned by saved anchors",
        "auto": f"auto-aligned (confidence {alignment.confidence or 0:.0%})",
        "none": "not aligned",
    }[alignment.method]
    lines = [f"Wrote {out} ({args.mode}, {rendered.image.width}×{rendered.image.height}, {how})."]
    lines += [f"A: {date_label(a)}   B: {date_label(b)}"]
    lines += [f"⚠ {w}" for w in warnings]
    return Outcome(data=data, text="\n".join(lines))
