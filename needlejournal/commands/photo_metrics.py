"""``photo metrics PHOTO_ID --region X,Y,W,H``: CIELAB L*, a*, b*, ITA°, evenness, texture.

JSON: ``{"photo_id", "region", "shape", "L", "a", "b", "ita", "evenness", "texture",
"spot_count", "spot_area_pct", "pixels", "note", "version", "colour_space",
"colour_correction"}`` (``version``: of the definitions in photos/metrics.py;
``colour_space``: how the pixels reached sRGB). The region is in the original photo's upright
pixels. The figures describe the photo, not the skin: they are only comparable between photos
taken under the same light. ``--colour-chart`` gives the four corners of a ColorChecker in the
photo (dark skin, bluish green, black, white): the colours are corrected against it first and
``colour_correction`` says how well (``{"chart", "matrix", "mean_delta_e", "max_delta_e",
"patches"}``; null without a chart).

Registered under the ``photo`` command group by ``photo.register``, after ``import`` and
``list``.
"""

from __future__ import annotations

import argparse

from . import _parsing as parse
from ._base import CommandParser, Context, Outcome, Subparsers, add_command

NOTE = "comparable only under the same light"


def _region(text: str) -> tuple[int, int, int, int]:
    parts = text.split(",")
    try:
        x, y, w, h = (int(p.strip()) for p in parts)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"“{text}” is not a region X,Y,W,H of four whole numbers, e.g. 100,200,300,300"
        ) from None
    if x < 0 or y < 0 or w <= 0 or h <= 0:
        raise argparse.ArgumentTypeError(
            f"the region {text} needs X and Y of 0 or more and a positive width and height"
        )
    return x, y, w, h


def _corners(text: str) -> list[tuple[float, float]]:
    try:
        values = [float(p.strip()) for p in text.split(",")]
    except ValueError:
        values = []
    if len(values) != 8:
        raise argparse.ArgumentTypeError(
            f"“{text}” is not four corners X1,Y1,X2,Y2,X3,Y3,X4,Y4 (dark skin, bluish green, "
            "black, white), e.g. 60,80,360,80,360,280,60,280"
        )
    return [(values[i], values[i + 1]) for i in range(0, 8, 2)]


def register(photo_commands: Subparsers) -> None:
    """Add ``metrics`` to the ``photo`` group's sub-commands."""
    parser: CommandParser = add_command(
        photo_commands,
        "metrics",
        run,
        "Measure colour and texture in a region of a photo → {L, a, b, ita, …}.",
    )
    parser.add_argument("photo_id", type=parse.record_id, metavar="PHOTO_ID")
    parser.add_argument("--region", type=_region, metavar="X,Y,W,H", default=None)
    parser.add_argument(
        "--shape",
        choices=("rect", "ellipse"),
        default="rect",
        help="the region as drawn: a rectangle, or the ellipse inside it",
    )
    parser.add_argument(
        "--colour-chart",
        "--colorchecker",
        dest="chart",
        type=_corners,
        metavar="X1,Y1,…,X4,Y4",
        help="a ColorChecker's corners in the photo (dark skin, bluish green, black, white): "
        "correct the colours against it first",
    )


def run(ctx: Context, args: argparse.Namespace) -> Outcome:
    from needlejournal.journal.errors import JournalError
    from needlejournal.journal.photos import PhotoLibrary
    from needlejournal.photos.decode import decode_upright
    from needlejournal.photos.metrics import METRICS_VERSION, region_metrics
    from needlejournal.photos.rejections import PhotoRejected

    from ._base import UsageError

    library = PhotoLibrary(ctx.journal())
    photo = library.get(args.photo_id)
    region = args.region or (0, 0, photo.width, photo.height)
    x, y, w, h = region
    if x + w > photo.width or y + h > photo.height:
        raise UsageError(
            f"The region {x},{y},{w},{h} lies outside photo {photo.id} "
            f"({photo.width}×{photo.height} pixels)."
        )
    try:
        # As stored: alpha, 16-bit and the colour profile are honoured by the measure.
        image = decode_upright(library.original_path(photo))
    except PhotoRejected as e:
        raise JournalError(f"Photo {photo.id} could not be read: {e.message}") from None
    correction = None
    if args.chart is not None:
        from needlejournal.photos.colour_chart import CHART_NAME, fit_colour_chart

        try:
            correction = fit_colour_chart(image, args.chart)
        except ValueError as e:
            raise UsageError(f"{e}".rstrip(".") + f" (photo {photo.id}).") from None
    m = region_metrics(
        image,
        region,
        shape=args.shape,
        correction=correction.as_array() if correction is not None else None,
    )
    data = {
        "photo_id": photo.id,
        "region": list(region),
        "shape": args.shape,
        "L": round(m.L, 3),
        "a": round(m.a, 3),
        "b": round(m.b, 3),
        "ita": round(m.ita_deg, 3),
        "evenness": round(m.evenness, 3),
        "texture": round(m.texture, 3),
        "spot_count": m.spot_count,
        "spot_area_pct": round(m.spot_area_pct, 3),
        "pixels": m.pixels,
        "note": NOTE,
        "version": METRICS_VERSION,
        "colour_space": m.colour_space,
        "colour_correction": None
        if correction is None
        else {
            "chart": CHART_NAME,
            "matrix": [list(row) for row in correction.matrix],
            "mean_delta_e": round(correction.mean_delta_e, 3),
            "max_delta_e": round(correction.max_delta_e, 3),
            "patches": correction.patches,
        },
    }
    text = (
        f"Photo {photo.id}, region {x},{y} {w}×{h}: L* {m.L:.1f}, a* {m.a:.1f}, b* {m.b:.1f}, "
        f"ITA {m.ita_deg:.1f}°, evenness {m.evenness:.2f}, texture {m.texture:.2f}, "
        f"{m.spot_count} spots ({m.spot_area_pct:.1f}% of the region) "
        f"({NOTE}; {m.colour_space}"
        + (f"; {correction.describe()}" if correction is not None else "")
        + ")."
    )
    return Outcome(data=data, text=text)
