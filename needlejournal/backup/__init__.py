"""Backups of the journal and its photos, and restoring them (no Qt; below the front ends).

- ``archive``: ``backup FILE.zip`` — the database by SQLite's online backup API, the photos
  ``ZIP_STORED``, ``manifest.json`` with every file's SHA-256; temp name, verified, renamed.
- ``verify`` and ``seal``: reading an archive with suspicion (damaged, truncated, foreign).
- ``restore``: verify everything, then swap crash-safely; the replaced journal is kept.
- ``progress``: the progress callback and cancel token the window's worker passes in.
"""
