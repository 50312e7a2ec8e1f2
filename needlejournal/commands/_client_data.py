"""``client export``, ``client import`` and ``client erase``: a client's data leaves and
arrives whole. Registered by ``client.register`` under the ``client`` group.

export JSON: ``{"file", "client", "treatments", "observations", "photos", "bytes"}``.
import JSON: ``{"client_id", "client", "created_client", "added": {devices, products,
treatments, observations, photos, consents, regions, measures}, "already_there":
{treatments, observations, photos, consents, regions}}``.
erase JSON: ``{"client_id", "client", "erased": {treatments, observations, photos,
files_removed, shared_kept}, "vacuumed", "still_holding": [FILE…]}``.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from needlejournal.words import count

from ._base import Context, Outcome, Subparsers, UsageError, add_command


def add_client_data_commands(commands: Subparsers) -> None:
    export = add_command(
        commands,
        "export",
        run_export,
        "Export one client as a zip: JSON of every record, CSV per table, the original "
        "photos and a manifest of SHA-256 hashes → {file, photos, …}.",
    )
    export.add_argument("client_arg", nargs="?", metavar="NAME_OR_ID")
    export.add_argument("--client", metavar="NAME_OR_ID")
    export.add_argument("--out", required=True, type=Path, metavar="FILE.zip")

    imp = add_command(
        commands,
        "import",
        run_import,
        "Import a client exported from another journal, merging by content (never "
        "duplicating a photo) → {added: {…}}.",
    )
    imp.add_argument("file", type=Path, metavar="FILE.zip")

    erase = add_command(
        commands,
        "erase",
        run_erase,
        "Erase a client for good (right to erasure): their rows, the photos only they had, "
        "thumbnails, then the database rewritten; names the snapshots and backups that still "
        "hold them → {erased: {…}, still_holding: [FILE…]}.",
    )
    erase.add_argument("client_arg", nargs="?", metavar="NAME_OR_ID")
    erase.add_argument("--client", metavar="NAME_OR_ID")
    erase.add_argument("--yes", action="store_true", help="yes, erase them; this cannot be undone")
    erase.add_argument(
        "--delete-archives",
        action="store_true",
        help="also delete the backup archives that still hold them (snapshots are rewritten)",
    )


def chosen_client(args: argparse.Namespace) -> str:
    given = [v for v in (getattr(args, "client_arg", None), args.client) if v]
    if not given:
        raise UsageError("Name the client: --client NAME_OR_ID.")
    if len(given) == 2 and given[0] != given[1]:
        raise UsageError("Name one client, either as an argument or with --client.")
    return str(given[0])


def run_export(ctx: Context, args: argparse.Namespace) -> Outcome:
    from needlejournal.journal.client_archive import export_client

    target: Path = args.out
    if target.suffix.lower() != ".zip":
        raise UsageError(f"The export is a zip file: name it with .zip (got “{target.name}”).")
    if not target.parent.is_dir():
        raise UsageError(f"The folder {target.parent} does not exist.")
    journal = ctx.journal()
    client = journal.find_client(chosen_client(args))
    done = export_client(journal, client.id, target)
    data = {
        "file": str(done.path),
        "client": done.client,
        "treatments": done.treatments,
        "observations": done.observations,
        "photos": done.photos,
        "bytes": done.bytes,
    }
    text = (
        f"Exported {done.client} to {done.path}: {count(done.treatments, 'session')}, "
        f"{count(done.observations, 'skin check')}, {count(done.photos, 'photo')}."
    )
    return Outcome(data=data, text=text)


def run_import(ctx: Context, args: argparse.Namespace) -> Outcome:
    from needlejournal.journal.client_import import import_client, verify_archive

    # Checked before the journal is even opened: a foreign file never creates a journal.
    verified = verify_archive(args.file)
    report = import_client(ctx.journal(), args.file, verified=verified)
    data = {
        "client_id": report.client_id,
        "client": report.client,
        "created_client": report.created_client,
        "added": report.added,
        "already_there": report.already_there,
    }
    if not report.added_anything:
        text = f"Nothing to add: everything of {report.client} in {args.file.name} is here already."
    else:
        added = ", ".join(f"{n} {what}" for what, n in report.added.items() if n)
        new = "new client" if report.created_client else "existing client"
        text = (
            f"Imported {report.client} (#{report.client_id}, {new}): added {added or 'the client'}."
        )
    return Outcome(data=data, text=text)


def run_erase(ctx: Context, args: argparse.Namespace) -> Outcome:
    from needlejournal.journal.client_erase import erase_client

    key = chosen_client(args)
    if not args.yes:
        raise UsageError(
            f"Erasing “{key}” cannot be undone; run it again with --yes to erase them."
        )
    journal = ctx.journal()
    client = journal.find_client(key)
    done = erase_client(journal, client.id, delete_archives=args.delete_archives)
    data = {
        "client_id": done.client_id,
        "client": done.client,
        "erased": {
            "treatments": done.treatments,
            "observations": done.observations,
            "photos": done.photos,
            "files_removed": done.files_removed,
            "shared_kept": done.shared_kept,
        },
        "vacuumed": done.vacuumed,
        "still_holding": [str(p) for p in done.still_holding],
        "rewritten": [str(p) for p in done.rewritten],
        "deleted": [str(p) for p in done.deleted],
    }
    lines = [
        f"Erased client #{done.client_id}: {count(done.treatments, 'session')}, "
        f"{count(done.observations, 'skin check')}, {count(done.photos, 'photo')} "
        f"({count(done.files_removed, 'file')} removed"
        + (
            f", {done.shared_kept} kept for another client who has the same photo"
            if done.shared_kept
            else ""
        )
        + ")."
    ]
    if not done.vacuumed:
        lines.append(
            "The clinic database was not rewritten here; ask its administrator to run VACUUM FULL."
        )
    if done.rewritten:
        lines.append(f"Rewrote {count(len(done.rewritten), 'snapshot')} without this client:")
        lines += [f"  {p}" for p in done.rewritten]
    if done.deleted:
        lines.append(f"Deleted {count(len(done.deleted), 'backup file')}:")
        lines += [f"  {p}" for p in done.deleted]
    if done.still_holding:
        lines.append(
            f"{count(len(done.still_holding), 'backup file')} still hold this client; delete "
            "them, or keep them only as long as you must (erasing with --delete-archives "
            "deletes them too):"
        )
        lines += [f"  {p}" for p in done.still_holding]
    return Outcome(data=data, text="\n".join(lines))
