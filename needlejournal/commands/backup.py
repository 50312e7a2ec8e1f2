"""``backup FILE.zip`` and ``restore FILE.zip``: the journal and its photos in one archive.

``backup FILE.zip`` → ``{"file", "bytes", "photos", "counts", "created_at", "skipped"}``;
exit 1 when some photos could not be included (missing or damaged in the store, named in
``skipped``), the rest done. ``restore FILE.zip [--replace]`` → ``{"restored", "created_at",
"counts", "moved_aside", "photos_added", "photos_set_aside"}``; a damaged, truncated or
foreign archive is refused (exit 2) before anything live is touched. SQLite journals only.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from ._base import EXIT_OK, EXIT_REJECTED, Context, Outcome, Subparsers, UsageError, add_command

ORDER = 85


def register(subparsers: Subparsers) -> None:
    backup = add_command(
        subparsers,
        "backup",
        run_backup,
        "Back up the journal and its photos to a verified zip file (safe while the app runs).",
    )
    backup.add_argument("file", type=Path, metavar="FILE.zip", help="the archive to write")
    restore = add_command(
        subparsers,
        "restore",
        run_restore,
        "Restore a backup archive into an empty data folder, or in place of the journal "
        "(--replace: the current one is kept in backups/replaced-…).",
    )
    restore.add_argument("file", type=Path, metavar="FILE.zip", help="the archive to restore")
    restore.add_argument(
        "--replace", action="store_true", help="replace a journal that holds data (kept aside)"
    )


def _sqlite_only(ctx: Context, what: str) -> None:
    if not ctx.paths.is_sqlite:
        raise UsageError(
            f"{what} is for a local journal; a clinic's PostgreSQL is backed up on its server."
        )


def run_backup(ctx: Context, args: argparse.Namespace) -> Outcome:
    from needlejournal.backup.archive import write_backup

    _sqlite_only(ctx, "backup FILE.zip")
    if not ctx.paths.db_file.exists():
        raise UsageError(f"There is no journal in {ctx.paths.data_dir} to back up.")
    ctx.journal()  # opens it first: a restore left half done is finished, a newer one refused
    ctx.close()
    result = write_backup(ctx.paths, args.file)
    m = result.manifest
    data = {
        "file": str(result.path),
        "bytes": result.size,
        "photos": result.photo_count,
        "counts": m.counts,
        "created_at": m.created_at.isoformat(),
        "skipped": result.skipped,
    }
    text = (
        f"Backed up {m.counts.get('client', 0)} client(s), {m.counts.get('treatment', 0)} "
        f"session(s) and {result.photo_count} photo(s) to {result.path} "
        f"({result.size / 1e6:.1f} MB, verified)."
    )
    code = EXIT_REJECTED if result.skipped else EXIT_OK
    return Outcome(data=data, text=text, exit_code=code, errors=tuple(
        f"{s[0].upper()}{s[1:]}; it is not in the backup (run “needlejournal check”)."
        for s in result.skipped))  # fmt: skip


def run_restore(ctx: Context, args: argparse.Namespace) -> Outcome:
    from needlejournal.backup.errors import ArchiveRefused
    from needlejournal.backup.restore import JournalHasData, restore_backup
    from needlejournal.instance_lock import AlreadyRunning, InstanceLock

    _sqlite_only(ctx, "restore")
    ctx.paths.ensure()
    try:
        lock = InstanceLock(ctx.paths.lock_file).acquire(timeout_s=0.5)
    except AlreadyRunning:
        raise UsageError("Close the NeedleJournal window first, then restore.") from None
    try:
        result = restore_backup(ctx.paths, args.file, replace=args.replace)
    except (ArchiveRefused, JournalHasData) as e:
        raise UsageError(str(e)) from None
    finally:
        lock.release()
    m = result.manifest
    data = {
        "restored": str(result.archive),
        "created_at": m.created_at.isoformat(),
        "counts": m.counts,
        "moved_aside": None if result.moved_aside is None else str(result.moved_aside),
        "photos_added": result.photos_added,
        "photos_set_aside": result.photos_set_aside,
    }
    lines = [
        f"Restored the backup of {m.created_at:%d %b %Y %H:%M} UTC: "
        f"{m.counts.get('client', 0)} client(s), {m.counts.get('treatment', 0)} session(s), "
        f"{len(m.photos)} photo(s)."
    ]
    if result.moved_aside is not None:
        lines.append(
            f"The previous journal was kept in {result.moved_aside}"
            + (
                f" with {result.photos_set_aside} photo(s) only it had."
                if result.photos_set_aside
                else "."
            )
        )
    return Outcome(data=data, text="\n".join(lines))
