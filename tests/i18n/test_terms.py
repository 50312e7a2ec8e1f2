"""Every domain word the window shows has an entry in the translation table (ui/terms.py)."""

from __future__ import annotations

import pytest

from needlejournal.guidance import REDNESS_WORDS, Term
from needlejournal.guidance.vocabulary import (
    Area,
    DeviceKind,
    Endpoint,
    Indication,
    Phase,
    PhotoRole,
    PhotoView,
    ScreeningAnswer,
    ScreeningItem,
    SkinState,
)
from needlejournal.ui import terms


@pytest.mark.parametrize(
    "kind",
    [
        Area,
        Indication,
        Phase,
        Endpoint,
        DeviceKind,
        PhotoRole,
        PhotoView,
        SkinState,
        ScreeningItem,
        ScreeningAnswer,
    ],
)
def test_every_label_of_a_shown_vocabulary_is_in_the_table(kind: type[Term]) -> None:
    missing = [t.label for t in kind if (kind.__name__, t.label) not in terms.CATALOGUE]
    assert not missing, f"add to needlejournal/ui/terms.py CATALOGUE: {missing}"


def test_every_redness_word_is_in_the_table() -> None:
    missing = [w for w in REDNESS_WORDS if ("Redness", w) not in terms.CATALOGUE]
    assert not missing, missing


def test_a_label_in_english_is_the_guidance_label() -> None:
    assert terms.label(Area, "cheeks") == "Cheeks"
    assert terms.label(Area, "elbow") == "elbow"  # another version's word shows as it is
    assert terms.labels(Endpoint)["pinpoint_bleeding"] == "pinpoint bleeding"


def test_every_scale_title_and_meaning_is_in_the_table() -> None:
    from needlejournal.guidance.scales import SCALES
    from needlejournal.ui.scale_terms import SCALE_TEXTS

    missing = [t for s in SCALES for t in (s.title, s.meaning) if t not in SCALE_TEXTS]
    assert not missing, f"add to needlejournal/ui/scale_terms.py: {missing}"
