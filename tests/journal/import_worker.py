"""The importing process the kill tests murder: imports photos into a journal, forever or once.

Runs as ``python import_worker.py DATA_DIR once FILE…`` (one import of the given files; each
progress report is printed as ``saved N`` once the import says N files are done) or
``python import_worker.py DATA_DIR loop SEED`` (new small photos until killed).
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

from PIL import Image

from needlejournal.journal.api import Journal
from needlejournal.journal.photos import PhotoLibrary
from needlejournal.journal.records import PhotoDraft
from needlejournal.paths import resolve


def main(argv: list[str]) -> int:
    data_dir, how = argv[0], argv[1]
    journal = Journal.open(resolve(data_dir))
    library = PhotoLibrary(journal)
    me = journal.ensure_self()
    if how == "once":
        result = library.import_files(
            [Path(f) for f in argv[2:]],
            PhotoDraft(me.id),
            progress=lambda done, _total: print(f"saved {done}", flush=True),
        )
        print(f"imported {len(result.imported)}", flush=True)
        return 0
    rng = random.Random(int(argv[2]))
    # Beside the journal (inside the test's tmp_path): a folder per run in /tmp piled up by
    # the thousand, as every kill leaves its sources behind.
    scratch = Path(data_dir).with_name(Path(data_dir).name + "-sources")
    scratch.mkdir(exist_ok=True)
    print("ready", flush=True)
    n = 0
    while True:
        n += 1
        src = scratch / f"p{n}.jpg"
        colour = tuple(rng.randrange(256) for _ in range(3))
        Image.new("RGB", (96 + rng.randrange(64), 64), colour).save(src, quality=90)
        library.import_one(src, PhotoDraft(me.id))
        if n % 7 == 0:  # deletes and purges are durable steps too
            photos = library.list_photos(me.id)
            gone = library.delete(photos[rng.randrange(len(photos))].id)
            library.purge([gone.record.sha256])


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
