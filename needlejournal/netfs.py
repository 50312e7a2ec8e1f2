"""Is a folder on a network file system? SQLite must not keep a journal there.

SQLite's WAL mode needs shared memory between every process that opens the database, which a
network file system cannot give (sqlite.org/wal.html, "useovernet"): two machines writing one
file over NFS or SMB corrupt it. On Linux the answer comes from the mount table
(``/proc/mounts``, the longest mount point containing the folder); on Windows from the drive
type or a UNC path; elsewhere it is a best effort (unknown counts as local). Stdlib only.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

NETWORK_FS_TYPES = frozenset(
    {
        "nfs", "nfs4", "cifs", "smb", "smb2", "smb3", "smbfs", "ncpfs", "afs", "9p", "ceph",
        "glusterfs", "lustre", "gpfs", "davfs", "coda", "fuse.sshfs", "fuse.glusterfs",
        "fuse.davfs2", "fuse.rclone", "fuse.s3fs", "fuse.gcsfuse", "fuse.cephfs",
        "fuse.smbnetfs", "fuse.curlftpfs",
    }
)  # fmt: skip
PROC_MOUNTS = Path("/proc/mounts")


def _unescape(field: str) -> str:
    # /proc/mounts writes space, tab, newline and backslash as octal escapes (\040 …).
    out, i = [], 0
    while i < len(field):
        if field[i] == "\\" and field[i + 1 : i + 4].isdigit():
            out.append(chr(int(field[i + 1 : i + 4], 8)))
            i += 4
        else:
            out.append(field[i])
            i += 1
    return "".join(out)


def fs_type_from_mounts(folder: Path, mounts: str) -> str | None:
    """The file system type of ``folder`` according to a ``/proc/mounts`` text."""
    best: tuple[int, str] | None = None
    target = folder.as_posix()
    for line in mounts.splitlines():
        fields = line.split()
        if len(fields) < 3:
            continue
        point, fstype = _unescape(fields[1]), fields[2]
        inside = target == point or target.startswith(point.rstrip("/") + "/")
        if inside and (best is None or len(point) >= best[0]):
            best = (len(point), fstype)
    return None if best is None else best[1]


def network_fs_type(folder: Path, mounts: str | None = None) -> str | None:
    """The network file system type ``folder`` lives on, or None when it is local/unknown."""
    resolved = _existing(folder)
    if mounts is None and sys.platform == "win32":  # pragma: no cover - Windows only
        return _windows_remote(resolved)
    if mounts is None:
        try:
            mounts = PROC_MOUNTS.read_text(encoding="utf-8", errors="replace")
        except OSError:
            return None  # macOS and the BSDs: no mount table to read cheaply
    fstype = fs_type_from_mounts(resolved, mounts)
    if fstype is None:
        return None
    if fstype in NETWORK_FS_TYPES or fstype.split(".")[0] in NETWORK_FS_TYPES:
        return fstype
    return None


def _existing(folder: Path) -> Path:
    """The folder with symlinks resolved as far as it exists (it may not exist yet)."""
    path = Path(os.path.abspath(folder))
    tail: list[str] = []
    while not path.exists() and path != path.parent:
        tail.insert(0, path.name)
        path = path.parent
    return path.resolve().joinpath(*tail)


def _windows_remote(folder: Path) -> str | None:  # pragma: no cover - Windows only
    text = str(folder)
    if text.startswith("\\\\"):
        return "smb"
    import ctypes

    drive_remote = 4
    kind = ctypes.windll.kernel32.GetDriveTypeW(folder.anchor)  # type: ignore[attr-defined]
    return "smb" if kind == drive_remote else None
