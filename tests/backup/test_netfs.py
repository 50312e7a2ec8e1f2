"""A journal on a network file system is refused with a pointer to clinic mode (promise 10).

Detection reads the mount table; the tests feed it tables instead of mounting anything."""

from __future__ import annotations

from pathlib import Path

import pytest

from needlejournal import netfs
from needlejournal.journal.api import Journal
from needlejournal.journal.errors import JournalUnavailable
from needlejournal.paths import resolve

MOUNTS = """\
/dev/vda / ext4 rw,relatime 0 0
proc /proc proc rw 0 0
server:/export /mnt/share nfs4 rw,vers=4.2 0 0
/dev/sdb1 /mnt/share/local-disk ext4 rw 0 0
//nas/photos /media/my\\040share cifs rw 0 0
me@host:/home /home/me/remote fuse.sshfs rw 0 0
//nas/new /srv/smb smb3 rw 0 0
tmpfs /tmp tmpfs rw 0 0
"""


@pytest.mark.parametrize(
    ("folder", "expected"),
    [
        ("/home/me/journal", None),
        ("/mnt/share/journal", "nfs4"),
        ("/mnt/share", "nfs4"),
        ("/mnt/share/local-disk/journal", None),  # a local disk mounted inside the share
        ("/mnt/shared/journal", None),  # a sibling name is not inside /mnt/share
        ("/media/my share/NeedleJournal", "cifs"),
        ("/home/me/remote/j", "fuse.sshfs"),
        ("/srv/smb/j", "smb3"),
        ("/tmp/j", None),
    ],
)
def test_network_fs_type_from_a_mount_table(folder: str, expected: str | None) -> None:
    assert netfs.network_fs_type(Path(folder), MOUNTS) == expected


def test_the_real_mount_table_calls_this_test_folder_local(tmp_path: Path) -> None:
    assert netfs.network_fs_type(tmp_path) is None


def test_a_journal_on_a_network_share_is_refused_untouched(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    table = tmp_path / "mounts"
    table.write_text(f"/dev/vda / ext4 rw 0 0\nnas:/x {tmp_path / 'share'} nfs rw 0 0\n")
    monkeypatch.setattr(netfs, "PROC_MOUNTS", table)
    data = tmp_path / "share" / "journal"
    with pytest.raises(JournalUnavailable) as info:
        Journal.open(resolve(data))
    message = str(info.value)
    assert "network drive (nfs)" in message and "PostgreSQL" in message and "clinic" in message
    assert not data.exists()  # nothing was created there
    Journal.open(resolve(tmp_path / "local")).close()  # a local folder still opens
