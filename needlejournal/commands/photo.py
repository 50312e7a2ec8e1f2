"""``photo import`` and ``photo list``: before/after/progress photos into the loss-proof store.

``photo import --client NAME_OR_ID [--treatment ID] --role before|after|progress
[--view VIEW] [--skin clean|makeup|post] [--day-after N] [--light TEXT] [--camera TEXT] FILE…``
→ ``{"imported": [{"id", "file", "sha256", "duplicate"}], "rejected": [{"file", "reason",
"code"}]}``; exit 1 when any file was rejected (the others are imported). Importing the same
file twice links the photo already there and says so (``duplicate: true``).

``photo list --client NAME_OR_ID [--treatment ID] [--view VIEW] [--role ROLE]`` → a list of
photos with their id, role, view, date taken, size and file.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from needlejournal.dates import format_date, iso
from needlejournal.guidance import PhotoRole, PhotoView, SkinState
from needlejournal.words import count

from . import _parsing as parse
from . import _records as out
from . import photo_metrics
from ._base import (
    EXIT_OK,
    EXIT_REJECTED,
    Context,
    Outcome,
    Subparsers,
    UsageError,
    add_command,
    add_group,
)

if TYPE_CHECKING:
    from needlejournal.journal.records import ImportedPhoto, KnownPhoto, PhotoDraft

ROLES, VIEWS, SKIN = PhotoRole.values(), PhotoView.values(), SkinState.values()


def register(subparsers: Subparsers) -> None:
    group = add_group(
        add_command(subparsers, "photo", None, "Photos: import, list, measure."), "photo commands"
    )
    imp = add_command(
        group,
        "import",
        run_import,
        "Import photo files (JPEG, PNG, WebP, HEIC) → {imported: […], rejected: […]}; "
        "exit 1 if any file was rejected.",
    )
    imp.add_argument("files", nargs="+", metavar="FILE", type=Path)
    imp.add_argument("--client", required=True, metavar="NAME_OR_ID")
    imp.add_argument(
        "--treatment", type=parse.record_id, metavar="ID", help="the session they belong to"
    )
    imp.add_argument("--role", required=True, choices=ROLES)
    imp.add_argument("--view", default="front", choices=VIEWS)
    imp.add_argument("--skin", choices=SKIN, help="clean skin, make-up, or after a session")
    imp.add_argument(
        "--day-after", type=parse.bounded_int(0, 3650), metavar="N", help="days after the session"
    )
    imp.add_argument("--light", metavar="TEXT", help="light source, e.g. 'daylight window'")
    imp.add_argument("--camera", metavar="TEXT", help="camera (default: from the photo's EXIF)")

    lst = add_command(group, "list", run_list, "List a client's photos → [{id, role, view, …}].")
    lst.add_argument("--client", required=True, metavar="NAME_OR_ID")
    lst.add_argument("--treatment", type=parse.record_id, metavar="ID")
    lst.add_argument("--view", choices=VIEWS)
    lst.add_argument("--role", choices=ROLES)
    photo_metrics.register(group)


def _library(ctx: Context) -> Any:
    from needlejournal.journal.photos import PhotoLibrary

    library = PhotoLibrary(ctx.journal())
    library.recover()  # roll back imports a crash interrupted before adding more
    return library


def run_import(ctx: Context, args: argparse.Namespace) -> Outcome:
    from needlejournal.journal.records import PhotoDraft

    if args.day_after is not None and args.day_after < 0:
        raise UsageError("--day-after cannot be negative.")
    client = ctx.journal().find_client(args.client)
    capture: dict[str, object] = {}
    for key, value in (("skin", args.skin), ("day_after", args.day_after)):
        if value is not None:
            capture[key] = value
    for key, value in (("light", args.light), ("camera", args.camera)):
        if value:
            capture[key] = value
    draft = PhotoDraft(
        client_id=client.id,
        role=args.role,
        view=args.view,
        treatment_id=args.treatment,
        capture=capture,
    )
    result = _library(ctx).import_files(list(args.files), draft)
    imported = [
        {
            "id": p.id,
            "file": p.file,
            "sha256": p.sha256,
            "duplicate": p.duplicate,
            "existing": _known_json(p.existing),
            "linked": None
            if p.linked_to is None
            else {
                "photo_id": p.linked_to.photo.id,
                "client_id": p.linked_to.photo.client_id,
                "client": p.linked_to.client_name,
            },
        }
        for p in result.imported
    ]
    rejected = [{"file": r.file, "reason": r.reason, "code": r.code} for r in result.rejected]
    new = sum(1 for p in result.imported if not p.duplicate)
    lines = [f"Imported {count(new, 'photo')} for {client.name}."]
    lines += [_import_line(p, draft) for p in result.imported if p.duplicate or p.linked_to]
    errors = tuple(f"{r.file}: {r.reason}" for r in result.rejected)
    return Outcome(
        data={"imported": imported, "rejected": rejected},
        text="\n".join(lines),
        exit_code=EXIT_REJECTED if rejected else EXIT_OK,
        errors=errors,
    )


def _known_json(known: KnownPhoto | None) -> dict[str, object] | None:
    if known is None:
        return None
    p = known.photo
    return {
        "id": p.id,
        "client_id": p.client_id,
        "client": known.client_name,
        "taken_at": iso(p.taken_at),
        "treatment_id": p.treatment_id,
        "role": p.role,
        "view": p.view,
    }


def _describe(known: KnownPhoto) -> str:
    p = known.photo
    session = f", session #{p.treatment_id}" if p.treatment_id is not None else ""
    return (
        f"photo #{p.id} of {known.client_name}, taken {format_date(p.taken_at)} "
        f"({PhotoView.label_of(p.view)} · {PhotoRole.label_of(p.role)}{session})"
    )


def _import_line(p: ImportedPhoto, draft: PhotoDraft) -> str:
    """What happened to a file the journal already had: which photo it is, what was linked."""
    name = Path(p.file).name
    if p.existing is not None:
        there = p.existing.photo
        asked = (draft.role, draft.view, draft.treatment_id)
        kept = (
            " It stays as it was filed; change it in the window."
            if asked != (there.role, there.view, there.treatment_id)
            else ""
        )
        return (
            f"{name} is already in the journal as {_describe(p.existing)}: nothing was "
            f"imported or linked.{kept}"
        )
    assert p.linked_to is not None
    return (
        f"{name}: the same file is already stored for {_describe(p.linked_to)}; photo #{p.id} "
        "is linked to that file, not copied."
    )


def run_list(ctx: Context, args: argparse.Namespace) -> Outcome:
    client = ctx.journal().find_client(args.client)
    library = _library(ctx)
    photos = library.list_photos(
        client.id, treatment_id=args.treatment, view=args.view, role=args.role, viewed=True
    )
    data = [{**out.photo(p), "file": str(library.original_path(p))} for p in photos]
    lines = [f"{client.name}: {count(len(photos), 'photo')}."]
    lines += [
        f"  #{p.id} {format_date(p.taken_at):<11} {p.role:<8} {p.view:<8} {p.width}×{p.height} "
        f"{p.original_name}"
        for p in photos
    ]
    return Outcome(data=data, text="\n".join(lines))
