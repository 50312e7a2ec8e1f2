"""The archive's seal: a SHA-256 over every byte the manifest's hashes do not cover.

The manifest holds the SHA-256 of each photo; the seal, kept in the zip comment (the file's
last bytes), covers everything else — local headers, the compressed journal, the manifest,
the central directory — so a flipped byte anywhere in the file is caught, even one that zip
itself would ignore (a timestamp, an unused Huffman code length). Photos are left out of the
seal so it costs a few kilobytes of reading, not another pass over gigabytes.
"""

from __future__ import annotations

import hashlib
import os
import struct
import zipfile
from collections.abc import Iterator
from pathlib import Path

PREFIX = b"needlejournal-seal-sha256:"
DIGEST_LEN = 64
CHUNK = 1024 * 1024
_NAME_AND_EXTRA = struct.Struct("<HH")


def placeholder() -> bytes:
    return PREFIX + b"0" * DIGEST_LEN


def _read_at(f: int, n: int, offset: int) -> bytes:
    os.lseek(f, offset, os.SEEK_SET)
    out = b""
    while len(out) < n:
        chunk = os.read(f, n - len(out))
        if not chunk:
            break
        out += chunk
    return out


def _skipped(f: int, infos: list[zipfile.ZipInfo]) -> list[tuple[int, int]]:
    """The data regions the manifest hashes already: stored photos."""
    regions = []
    for info in infos:
        if info.filename.startswith("photos/") and info.compress_type == zipfile.ZIP_STORED:
            lengths = _read_at(f, 4, info.header_offset + 26)
            if len(lengths) != 4:
                raise ValueError("cut short")
            n, m = _NAME_AND_EXTRA.unpack(lengths)
            start = info.header_offset + 30 + n + m
            regions.append((start, start + info.compress_size))
    return sorted(regions)


def _covered(size: int, skipped: list[tuple[int, int]]) -> Iterator[tuple[int, int]]:
    pos = 0
    for start, end in skipped:
        if start < pos or end > size:
            raise ValueError("overlapping members")
        yield pos, start
        pos = end
    yield pos, size - DIGEST_LEN


def digest(path: Path, infos: list[zipfile.ZipInfo]) -> str:
    hasher = hashlib.sha256()
    f = os.open(path, os.O_RDONLY | getattr(os, "O_BINARY", 0))
    try:
        size = os.fstat(f).st_size
        for start, end in _covered(size, _skipped(f, infos)):
            while start < end:
                chunk = _read_at(f, min(CHUNK, end - start), start)
                if not chunk:
                    raise ValueError("cut short")
                hasher.update(chunk)
                start += len(chunk)
    finally:
        os.close(f)
    return hasher.hexdigest()


def seal(path: Path) -> None:
    """Write the digest into the placeholder comment at the end of a closed archive."""
    with zipfile.ZipFile(path) as zf:
        infos = zf.infolist()
    value = digest(path, infos).encode()
    with open(path, "r+b") as f:
        f.seek(-DIGEST_LEN, os.SEEK_END)
        f.write(value)


def is_intact(path: Path, zf: zipfile.ZipFile) -> bool:
    comment = zf.comment
    if len(comment) != len(PREFIX) + DIGEST_LEN or not comment.startswith(PREFIX):
        return False
    try:
        return digest(path, zf.infolist()).encode() == comment[len(PREFIX) :]
    except (ValueError, OSError):
        return False
