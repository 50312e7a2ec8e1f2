"""Importing a photo the journal already has says which photo it is and what was linked."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

from cli_helpers import Run
from PIL import Image

from needlejournal.demo.photos import write_photo

TAKEN = datetime(2026, 3, 3, 20, 0, tzinfo=UTC)  # 4 Mar 2026, 09:00 in Auckland


def _photo(path: Path) -> Path:
    write_photo(Image.new("RGB", (320, 240), (190, 140, 120)), path, TAKEN)
    return path


def test_a_duplicate_import_names_the_existing_photo(run: Run, tmp_path: Path) -> None:
    run = Run({**run.env, "TZ": "Pacific/Auckland"})
    data = tmp_path / "data"
    run.json("--data-dir", data, "client", "add", "Ada Lovelace")
    cheek = _photo(tmp_path / "cheek.jpg")
    first = run.json(
        "--data-dir", data, "photo", "import", "--client", "Ada Lovelace", "--role", "progress",
        "--view", "left45", cheek,
    )  # fmt: skip
    photo_id = first["imported"][0]["id"]

    again = run(
        "--data-dir", data, "photo", "import", "--client", "Ada Lovelace", "--role", "progress",
        "--view", "front", cheek,
    )  # fmt: skip
    assert again.returncode == 0, again.stderr
    text = again.stdout
    assert "Imported 0 photos" in text
    assert f"photo #{photo_id}" in text and "Ada Lovelace" in text and "4 Mar 2026" in text
    assert "cheek.jpg" in text
    assert "nothing was imported or linked" in text
    # It says how the photo there is filed, since this import asked for something else.
    assert "Left 45° · Progress" in text
    assert "linked, not copied" not in text  # the old, untrue sentence

    doc = json.loads(
        run(
            "--data-dir", data, "--json", "photo", "import", "--client", "1", "--role", "progress",
            cheek,
        ).stdout
    )  # fmt: skip
    (entry,) = doc["imported"]
    assert entry["duplicate"] is True and entry["id"] == photo_id
    assert entry["existing"] == {
        "id": photo_id,
        "client_id": 1,
        "client": "Ada Lovelace",
        "taken_at": "2026-03-03T20:00:00+00:00",
        "treatment_id": None,
        "role": "progress",
        "view": "left45",
    }
    assert entry["linked"] is None
    listed = run.json("--data-dir", data, "photo", "list", "--client", "1")
    assert [(p["id"], p["view"]) for p in listed] == [(photo_id, "left45")]  # left as it was


def test_the_same_file_for_another_client_is_linked_to_the_stored_original(
    run: Run, tmp_path: Path
) -> None:
    data = tmp_path / "data"
    for name in ("Ada Lovelace", "Bea Quinn", "Cleo Park"):
        run.json("--data-dir", data, "client", "add", name)
    cheek = _photo(tmp_path / "cheek.jpg")
    ada = run.json(
        "--data-dir", data, "photo", "import", "--client", "Ada Lovelace", "--role", "progress",
        cheek,
    )["imported"][0]  # fmt: skip
    done = run(
        "--data-dir", data, "photo", "import", "--client", "Bea Quinn", "--role", "progress",
        cheek,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "Imported 1 photo for Bea Quinn" in done.stdout
    assert f"already stored for photo #{ada['id']} of Ada Lovelace" in done.stdout
    assert "linked to that file, not copied" in done.stdout

    (cleo,) = run.json(
        "--data-dir", data, "photo", "import", "--client", "Cleo Park", "--role", "progress",
        cheek,
    )["imported"]  # fmt: skip
    assert cleo["duplicate"] is False and cleo["id"] != ada["id"]
    assert cleo["existing"] is None
    assert cleo["linked"]["photo_id"] in {ada["id"], ada["id"] + 1}
    assert cleo["linked"]["client"] in {"Ada Lovelace", "Bea Quinn"}
