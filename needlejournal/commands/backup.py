"""``backup FILE.zip`` and ``restore FILE.zip``: the journal and its photos in one archive.

``backup FILE.zip`` → ``{"file", "bytes", "photos", "counts", "created_at", "skipped"}``;
exit 1 when some photos could not be included (missing or damaged in the store, named in
``skipped``), the rest done. ``restore FILE.zip [--replace]`` → ``{"restored", "created_at",
"counts", "moved_aside", "photos_added", "photos_set_aside"}``; a damaged, truncated or
foreign archive is refused (exit 2) before anything live is touched. SQLite journals only.

Automatic backups (a folder; photos stored once by hash, rotated 7 daily / 4 weekly / 12
monthly): ``backup --auto-folder DIR [--warn-after DAYS]`` chooses the folder (kept in the
journal) and backs up there now; ``backup --auto`` backs up there now; ``backup --auto-off``;
``backup --status`` → ``{"folder", "warn_after_days", "last_at", "last_file", "overdue"}``.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from needlejournal.dates import format_moment
from needlejournal.words import count

from ._base import EXIT_OK, EXIT_REJECTED, Context, Outcome, Subparsers, UsageError, add_command
from ._parsing import bounded_int

if TYPE_CHECKING:
    from needlejournal.backup.archive import BackupResult
    from needlejournal.backup.schedule import BackupSettings


def register(subparsers: Subparsers) -> None:
    backup = add_command(
        subparsers,
        "backup",
        run_backup,
        "Back up the journal and its photos to a verified zip file (safe while the app runs).",
    )
    backup.add_argument(
        "file", type=Path, nargs="?", metavar="FILE.zip", help="the archive to write"
    )
    auto = backup.add_argument_group("automatic backups (into a folder, photos stored once)")
    auto.add_argument(
        "--auto-folder",
        type=Path,
        metavar="DIR",
        help="back up automatically into DIR (on close, at most daily) and back up there now",
    )
    auto.add_argument("--auto", action="store_true", help="back up into that folder now")
    auto.add_argument("--auto-off", action="store_true", help="stop automatic backups")
    auto.add_argument(
        "--warn-after",
        type=bounded_int(1, 3650),
        metavar="DAYS",
        help="warn when the last backup is older than DAYS (default 7)",
    )
    auto.add_argument("--status", action="store_true", help="show the last backup and settings")
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

    chosen = [
        bool(args.file), bool(args.auto_folder), args.auto, args.auto_off,
        args.status or (args.warn_after is not None and not args.auto_folder),
    ]  # fmt: skip
    if sum(chosen) != 1:
        raise UsageError(
            "Give one of FILE.zip, --auto-folder DIR, --auto, --auto-off or --status "
            "(see “needlejournal backup --help”)."
        )
    if not ctx.paths.is_sqlite and args.file:
        return _clinic_backup(ctx, args.file)
    _sqlite_only(ctx, "backup")
    if not ctx.paths.db_file.exists():
        raise UsageError(f"There is no journal in {ctx.paths.data_dir} to back up.")
    if not args.file:
        return _run_auto(ctx, args)
    from needlejournal.journal.backup_settings import record_backing_up

    # Opened first: a restore left half done is finished, a newer one refused.
    record_backing_up(ctx.journal(), "archive")
    ctx.close()
    result = write_backup(ctx.paths, args.file)
    _record(ctx, result)
    return _backup_outcome(result)


def _clinic_backup(ctx: Context, target: Path) -> Outcome:
    """PostgreSQL: a logical dump (pg_dump, else the rows), the photos and a manifest."""
    from needlejournal.backup.clinic import write_clinic_backup
    from needlejournal.journal.backup_settings import record_backing_up

    if not target.parent.is_dir():
        raise UsageError(f"The folder {target.parent} does not exist.")
    record_backing_up(ctx.journal(), "clinic archive")  # opened first: refuses a newer schema
    ctx.close()
    done = write_clinic_backup(ctx.paths, target)
    data = {
        "file": str(done.path),
        "bytes": done.size,
        "dump": done.dump,
        "photos": done.photos,
        "counts": done.counts,
        "created_at": done.created_at.isoformat(),
        "skipped": list(done.skipped),
    }
    how = "pg_dump custom format" if done.dump == "pg_dump" else "the journal's own export"
    text = (
        f"Backed up {count(done.counts.get('client', 0), 'client')}, "
        f"{count(done.counts.get('treatment', 0), 'session')} ({how}) and "
        f"{count(done.photos, 'photo')} to {done.path} ({done.size / 1e6:.1f} MB)."
    )
    errors = tuple(f"{s[0].upper()}{s[1:]}; it is not in the backup." for s in done.skipped)
    code = EXIT_REJECTED if done.skipped else EXIT_OK
    return Outcome(data=data, text=text, exit_code=code, errors=errors)


def _clinic_restore(ctx: Context, args: argparse.Namespace) -> Outcome:
    from needlejournal.backup.clinic import restore_clinic_backup
    from needlejournal.backup.errors import ArchiveRefused
    from needlejournal.journal.audit_actions import record_restore

    if args.replace:
        raise UsageError(
            "A clinic backup is restored into a new, empty database (no --replace): create "
            "one and point --database-url at it."
        )
    if not args.file.is_file():
        raise UsageError(f"There is no file {args.file}.")
    ctx.paths.ensure()
    try:
        done = restore_clinic_backup(ctx.paths, args.file)
    except ArchiveRefused as e:
        raise UsageError(str(e)) from None
    journal = ctx.journal()  # migrates a backup from an older version to this one
    record_restore(journal, done.created_at)
    data = {
        "restored": str(done.archive),
        "dump": done.dump,
        "created_at": done.created_at.isoformat(),
        "counts": done.counts,
        "photos_added": done.photos_added,
    }
    text = (
        f"Restored the clinic backup of {format_moment(done.created_at)}: "
        f"{count(done.counts.get('client', 0), 'client')}, "
        f"{count(done.counts.get('treatment', 0), 'session')}, "
        f"{count(done.photos_added, 'photo')} put in {ctx.paths.photo_dir}."
    )
    return Outcome(data=data, text=text)


def _record(ctx: Context, result: BackupResult) -> None:
    from needlejournal.journal.backup_settings import record_backup

    record_backup(ctx.journal(), result.manifest.created_at, str(result.path))


def _run_auto(ctx: Context, args: argparse.Namespace) -> Outcome:
    from dataclasses import replace

    from needlejournal.backup.auto import auto_backup
    from needlejournal.journal import backup_settings

    journal = ctx.journal()
    current = backup_settings.load(journal)
    if args.warn_after is not None:
        current = replace(current, warn_after_days=args.warn_after)
    if args.auto_off:
        backup_settings.save(journal, replace(current, folder=None))
        return Outcome(data={"folder": None}, text="Automatic backups are off.")
    if args.auto_folder:
        folder = args.auto_folder.expanduser().absolute()
        if not folder.is_dir():
            raise UsageError(f"The folder {folder} does not exist; create it first.")
        current = replace(current, folder=str(folder))
        backup_settings.save(journal, current)
    if args.status:
        if args.warn_after is not None:
            backup_settings.save(journal, current)
        return _status(current)
    if current.folder is None:
        raise UsageError("No backup folder is set; choose one with --auto-folder DIR.")
    backup_settings.record_backing_up(journal, "automatic")
    ctx.close()
    result = auto_backup(ctx.paths, Path(current.folder))
    _record(ctx, result.backup)
    outcome = _backup_outcome(result.backup)
    data: dict[str, object] = dict(outcome.data)
    data["photos_copied"] = result.photos_copied
    data["rotated_out"] = [str(p) for p in result.removed]
    text = outcome.text + f" New photos copied: {result.photos_copied}."
    return Outcome(data=data, text=text, exit_code=outcome.exit_code, errors=outcome.errors)


def _status(current: BackupSettings) -> Outcome:
    from needlejournal.backup.schedule import status_line

    data = {
        "folder": current.folder,
        "warn_after_days": current.warn_after_days,
        "last_at": None if current.last_at is None else current.last_at.isoformat(),
        "last_file": current.last_file,
        "overdue": current.overdue(),
    }
    where = current.folder or "not set (backup --auto-folder DIR)"
    return Outcome(data=data, text=f"{status_line(current)}\nAutomatic backups: {where}")


def _backup_outcome(result: BackupResult) -> Outcome:
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
        f"Backed up {count(m.counts.get('client', 0), 'client')}, "
        f"{count(m.counts.get('treatment', 0), 'session')} and "
        f"{count(result.photo_count, 'photo')} to {result.path} "
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

    if not ctx.paths.is_sqlite:
        return _clinic_restore(ctx, args)
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
    from needlejournal.journal.audit_actions import record_restore

    record_restore(ctx.journal(), m.created_at)
    data = {
        "restored": str(result.archive),
        "created_at": m.created_at.isoformat(),
        "counts": m.counts,
        "moved_aside": None if result.moved_aside is None else str(result.moved_aside),
        "photos_added": result.photos_added,
        "photos_set_aside": result.photos_set_aside,
    }
    lines = [
        f"Restored the backup of {format_moment(m.created_at)}: "
        f"{count(m.counts.get('client', 0), 'client')}, "
        f"{count(m.counts.get('treatment', 0), 'session')}, {count(len(m.photos), 'photo')}."
    ]
    if result.moved_aside is not None:
        lines.append(
            f"The previous journal was kept in {result.moved_aside}"
            + (
                f" with {count(result.photos_set_aside, 'photo')} only it had."
                if result.photos_set_aside
                else "."
            )
        )
    return Outcome(data=data, text="\n".join(lines))
