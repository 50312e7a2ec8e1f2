"""The ingredient vocabulary against a labelled table of a few hundred entries (issue 10).

``ingredient_table.txt`` is written by hand from DOMAIN.md: actives in INCI and in German,
Spanish and French, drug and brand names, obvious typos, and the traps (derivatives, BHA the
preservative, pH-adjusting acids, fatty alcohols, "-free" claims, gentle aftercare). Every row
must come out exactly as labelled; the failures are listed together so a change to the matcher
shows everything it broke at once.
"""

from __future__ import annotations

from pathlib import Path

from needlejournal.guidance import GuidanceSettings, ingredient_cautions

TABLE = Path(__file__).with_name("ingredient_table.txt")
DEFAULTS = GuidanceSettings()
KINDS = {
    "L-ascorbic acid": "vitamin_c",
    "a retinoid": "retinoid",
    "an exfoliating acid": "acid",
    "benzoyl peroxide": "bpo",
    "hydroquinone": "hydroquinone",
    "drying alcohol": "alcohol",
    "contains fragrance": "fragrance",
}


def _rows() -> list[tuple[set[str], str, bool]]:
    rows = []
    for line in TABLE.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        expected, _, text = line.partition(" | ")
        kinds = set() if expected.strip() == "-" else {k.strip() for k in expected.split(",")}
        as_name = text.startswith("name:")
        rows.append((kinds, text.removeprefix("name:"), as_name))
    return rows


def found(text: str, *, as_name: bool) -> set[str]:
    if as_name:
        warnings = ingredient_cautions((text,), "post", DEFAULTS, product=text)
    else:
        warnings = ingredient_cautions((text,), "post", DEFAULTS, product="Product")
    return {kind for label, kind in KINDS.items() for w in warnings if label in w.message}


def test_the_table_is_a_few_hundred_rows_with_both_kinds() -> None:
    rows = _rows()
    assert len(rows) >= 250
    assert sum(1 for kinds, _, _ in rows if not kinds) >= 100  # false-positive guards
    assert {k for kinds, _, _ in rows for k in kinds} == set(KINDS.values())


def test_every_labelled_entry_matches_exactly() -> None:
    wrong = []
    for kinds, text, as_name in _rows():
        got = found(text, as_name=as_name)
        if got != kinds:
            where = "name" if as_name else "list"
            wrong.append(f"{text!r} ({where}): expected {sorted(kinds)}, got {sorted(got)}")
    assert not wrong, f"{len(wrong)} of {len(_rows())} wrong:\n" + "\n".join(wrong)
