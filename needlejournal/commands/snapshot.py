"""``snapshot list|take|restore``: the journal's verified snapshots in ``backups/``.

``snapshot list`` → ``[{"file", "taken_at", "reason", "ok"}]`` newest first;
``snapshot take`` → ``{"file"}`` (a verified copy now, whatever the daily schedule);
``snapshot restore [FILE] --yes`` → ``{"restored", "moved_aside"}``: puts the newest verified
snapshot (or FILE) in place of the journal; the old journal is moved aside, never deleted.
SQLite journals only: a clinic's PostgreSQL is backed up by its server.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from needlejournal.dates import format_moment
from needlejournal.words import count

from ._base import Context, Outcome, Subparsers, UsageError, add_command, add_group


def register(subparsers: Subparsers) -> None:
    group = add_group(
        add_command(subparsers, "snapshot", None, "Verified snapshots of the journal."),
        "snapshot commands",
    )
    add_command(group, "list", run_list, "List snapshots, newest first → [{file, taken_at, …}].")
    add_command(group, "take", run_take, "Take a verified snapshot now → {file}.")
    restore = add_command(
        group,
        "restore",
        run_restore,
        "Replace the journal by a snapshot (default: the newest verified one); the current "
        "journal is moved aside, not deleted.",
    )
    restore.add_argument("file", nargs="?", type=Path, metavar="FILE")
    restore.add_argument("--yes", action="store_true", help="confirm the restore")
    restore.add_argument(
        "--newer-photos",
        choices=("reattach", "quarantine"),
        default="reattach",
        help="photos stored after the snapshot: re-attach them to their clients (default; "
        "those whose client is not in the snapshot go to the quarantine) or quarantine all",
    )


def _sqlite_only(ctx: Context) -> None:
    if not ctx.paths.is_sqlite:
        raise UsageError("Snapshots are for a local journal; back up PostgreSQL on its server.")


def run_list(ctx: Context, args: argparse.Namespace) -> Outcome:
    from needlejournal.journal import backups

    _sqlite_only(ctx)
    found = backups.list_snapshots(ctx.paths)
    data = [
        {"file": str(s.path), "taken_at": s.taken_at.isoformat(), "reason": s.reason, "ok": s.ok}
        for s in found
    ]
    lines = [f"{count(len(found), 'snapshot')} in {ctx.paths.backup_dir}."]
    lines += [
        f"  {format_moment(s.taken_at)}  {s.reason:<16} {'ok' if s.ok else 'DAMAGED'}  "
        f"{s.path.name}"
        for s in found
    ]
    return Outcome(data=data, text="\n".join(lines))


def run_take(ctx: Context, args: argparse.Namespace) -> Outcome:
    from needlejournal.journal import backups

    _sqlite_only(ctx)
    ctx.journal()  # opens (and migrates) it first: only a healthy journal is snapshotted
    path = backups.take_snapshot(ctx.paths)
    return Outcome(data={"file": str(path)}, text=f"Snapshot saved: {path}")


def run_restore(ctx: Context, args: argparse.Namespace) -> Outcome:
    from needlejournal.instance_lock import AlreadyRunning, InstanceLock
    from needlejournal.journal.api import restore_snapshot
    from needlejournal.journal.backups import newest_verified, why_not_restorable
    from needlejournal.journal.restored_photos import settle_newer_photos

    _sqlite_only(ctx)
    if args.file is not None:
        chosen = args.file.expanduser().resolve()
        if not chosen.is_file():
            raise UsageError(f"There is no snapshot file {chosen}.")
        why_not = why_not_restorable(chosen)  # before anything live is touched or confirmed
        if why_not is not None:
            raise UsageError(f"{why_not}; nothing was changed.")
    else:
        newest = newest_verified(ctx.paths)
        if newest is None:
            raise UsageError(f"There is no verified snapshot with data in {ctx.paths.backup_dir}.")
        chosen = newest.path
    if not args.yes:
        raise UsageError(f"Restoring replaces the journal by {chosen.name}; add --yes to confirm.")
    try:
        lock = InstanceLock(ctx.paths.lock_file).acquire(timeout_s=0.5)
    except AlreadyRunning:
        raise UsageError("Close the NeedleJournal window first, then restore.") from None
    try:
        aside = restore_snapshot(ctx.paths, chosen)
        newer = settle_newer_photos(ctx.journal(), aside, reattach=args.newer_photos == "reattach")
    finally:
        lock.release()
    return Outcome(
        data={
            "restored": str(chosen),
            "moved_aside": str(aside),
            "reattached": list(newer.reattached),
            "quarantined": list(newer.quarantined),
        },
        text="\n".join(
            [
                f"Restored {chosen.name}; the previous journal was moved to {aside}.",
                *newer.sentences(),
            ]
        ),
    )
