"""Every guidance threshold is editable in the Settings dialog, group by group, and the rules
honour what was saved; "Reset to defaults" puts the domain notes' values back."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from needlejournal.guidance import (
    SOURCE_AFTERCARE,
    SOURCE_INTERVAL,
    SOURCE_PRO_DEPTH,
    AreaDose,
    GuidanceSettings,
    GuidanceWarning,
    ProductApplied,
    TreatmentFacts,
    check_treatment,
)
from needlejournal.journal.api import Journal
from needlejournal.ui.guidance_dialog import GuidanceDialog
from needlejournal.ui.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")

MakeWindow = Callable[..., MainWindow]
DAY0 = datetime(2026, 3, 3, 10, tzinfo=UTC)


def open_dialog(make_window: MakeWindow, mode: str = "clinic") -> GuidanceDialog:
    window = make_window(mode)
    dialog = window.opener.guidance_settings()
    assert isinstance(dialog, GuidanceDialog)
    return dialog


def save(qtbot: QtBot, dialog: GuidanceDialog, journal: Journal) -> GuidanceSettings:
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)
    return journal.guidance_settings()


def session(
    day: int, *areas: AreaDose, products: tuple[ProductApplied, ...] = ()
) -> TreatmentFacts:
    return TreatmentFacts(DAY0 + timedelta(days=day), areas, products)


def rules(
    t: TreatmentFacts, history: list[TreatmentFacts], s: GuidanceSettings, *, clinic: bool = True
) -> list[GuidanceWarning]:
    return check_treatment(t, history, s, personal_mode=not clinic, tz=UTC)


def test_intervals_group_bands_and_face_as_one_area(
    qtbot: QtBot, journal: Journal, make_window: MakeWindow
) -> None:
    dialog = open_dialog(make_window)
    rows = {dialog.bands.item(r, 0).text(): r for r in range(dialog.bands.rowCount())}  # type: ignore[union-attr]
    dialog.bands.item(rows["1"], 1).setText("60")  # type: ignore[union-attr]
    dialog.face_as_one.setChecked(True)
    saved = save(qtbot, dialog, journal)
    assert dict(saved.interval_bands)[1.0] == 60 and saved.face_as_one_area
    first = session(0, AreaDose("cheeks", 1.0))
    later = session(45, AreaDose("forehead", 0.5))
    found = [w for w in rules(later, [first, later], saved) if w.rule == "interval"]
    assert len(found) == 1 and "60 days" in found[0].message
    assert found[0].source == SOURCE_INTERVAL
    assert [
        w for w in rules(later, [first, later], GuidanceSettings()) if w.rule == "interval"
    ] == []


def test_depth_group_home_limit_and_the_area_by_indication_grids(
    qtbot: QtBot, journal: Journal, make_window: MakeWindow
) -> None:
    dialog = open_dialog(make_window)
    dialog.home_max.setValue(0.8)
    dialog.clinic_depths.set_cell("abdomen", "stretch_marks", "1.5")
    dialog.clinic_depths.set_cell("cheeks", "acne_scars", "")  # back to the area's own 2.0
    dialog.home_depths.set_cell("forehead", "general", "")  # no home maximum for the forehead
    saved = save(qtbot, dialog, journal)
    assert saved.home_max_depth_mm == 0.8
    stretch = session(0, AreaDose("abdomen", 2.0, None, "stretch_marks"))
    [warning] = rules(stretch, [stretch], saved)
    assert "1.5 mm" in warning.message and warning.source == SOURCE_PRO_DEPTH
    scars = session(0, AreaDose("cheeks", 2.5, None, "acne_scars"))
    assert [w.rule for w in rules(scars, [scars], saved)] == ["depth_area"]
    forehead = session(0, AreaDose("forehead", 0.75))
    assert [w.rule for w in rules(forehead, [forehead], saved, clinic=False)] == []
    over = session(0, AreaDose("body", 0.9))
    assert [w.rule for w in rules(over, [over], saved, clinic=False)] == ["depth_home"]


def test_a_cell_that_is_not_a_depth_is_refused_in_words_and_nothing_is_saved(
    qtbot: QtBot, journal: Journal, make_window: MakeWindow
) -> None:
    dialog = open_dialog(make_window)
    dialog.clinic_depths.set_cell("neck", "general", "deep")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert "Neck" in dialog.problems.text() and "“deep”" in dialog.problems.text()
    assert journal.guidance_settings() == GuidanceSettings()


def test_product_group_phases_and_washout_days(
    qtbot: QtBot, journal: Journal, make_window: MakeWindow
) -> None:
    dialog = open_dialog(make_window)
    dialog.vitamin_c_phases.boxes["prep"].setChecked(True)
    dialog.aftercare_phases.boxes["post"].setChecked(False)
    dialog.washout["retinoids"].setValue(3)
    saved = save(qtbot, dialog, journal)
    assert "prep" in saved.vitamin_c_phases and "post" not in saved.aftercare_caution_phases
    vit_c = ProductApplied("C serum", "prep", ("L-ascorbic acid",))
    retinol_post = ProductApplied("Night cream", "post", ("retinol",))
    retinol_day3 = ProductApplied("Night cream", "aftercare", ("retinol",), 3)
    retinol_day2 = ProductApplied("Night cream", "aftercare", ("retinol",), 2)
    t = session(0, AreaDose("cheeks", 0.5), products=(vit_c, retinol_post, retinol_day3))
    messages = [w.message for w in rules(t, [t], saved)]
    assert len(messages) == 1 and "L-ascorbic acid" in messages[0]
    early = session(0, AreaDose("cheeks", 0.5), products=(retinol_day2,))
    [caution] = rules(early, [early], saved)
    assert "about 3 days" in caution.message and caution.source == SOURCE_AFTERCARE


def test_keyword_group_adds_a_name_and_an_empty_list_is_refused(
    qtbot: QtBot, journal: Journal, make_window: MakeWindow
) -> None:
    dialog = open_dialog(make_window)
    edit = dialog.keywords.edits["retinoids"]
    edit.setPlainText(edit.toPlainText() + "\nBakuchiol")
    dialog.keywords.edits["fragrance"].setPlainText("")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "Fragrance" in dialog.problems.text()
    dialog.keywords.edits["fragrance"].setPlainText("parfum")
    saved = save(qtbot, dialog, journal)
    assert "bakuchiol" in saved.ingredient_keywords["retinoids"]
    t = session(
        0, AreaDose("cheeks", 0.5), products=(ProductApplied("Serum", "aftercare", ("Bakuchiol",)),)
    )
    assert any("a retinoid" in w.message for w in rules(t, [t], saved))


def test_reset_to_defaults_puts_every_group_back(
    qtbot: QtBot, journal: Journal, make_window: MakeWindow
) -> None:
    edited = GuidanceSettings(
        interval_bands=((0.0, 5), (1.0, 40)),
        home_max_depth_mm=0.6,
        face_as_one_area=True,
        vitamin_c_phases=("prep",),
        washout_days={**GuidanceSettings().washout_days, "acids": 20},
    )
    journal.set_guidance_settings(edited)
    dialog = open_dialog(make_window, "personal")
    assert dialog.build_draft() == edited  # what is stored is what the groups show
    dialog.clinic_depths.set_cell("neck", "general", "2.2")
    dialog.keywords.edits["acids"].setPlainText("glycolic")
    dialog.reset_to_defaults()
    assert dialog.build_draft() == GuidanceSettings()
    assert dialog.chosen_mode() == "personal"  # the mode is not a threshold
    saved = save(qtbot, dialog, journal)
    assert saved == GuidanceSettings()


def test_each_group_shows_the_source_of_its_defaults(make_window: MakeWindow) -> None:
    dialog = open_dialog(make_window)
    texts = " ".join(label.text() for label in dialog.findChildren(QLabel))
    for source in (SOURCE_INTERVAL, SOURCE_PRO_DEPTH, SOURCE_AFTERCARE):
        assert source in texts
    dialog.reject()


def test_screening_group_review_age_and_time_windows(
    qtbot: QtBot, journal: Journal, make_window: MakeWindow
) -> None:
    from needlejournal.guidance import ScreeningFact, screening_warnings

    dialog = open_dialog(make_window)
    dialog.screening_review.setValue(365)
    dialog.screening_windows["isotretinoin"].setValue(91)
    saved = save(qtbot, dialog, journal)
    assert saved.screening_review_days == 365
    facts = [
        ScreeningFact("isotretinoin", "yes", date(2026, 1, 10), date(2025, 12, 1)),
        ScreeningFact("pregnancy", "no", date(2026, 1, 10)),
    ]
    april = datetime(2026, 4, 15, 10, tzinfo=UTC)  # 4.5 months after the last dose
    assert screening_warnings(april, facts, saved, personal_mode=True) == []
    defaults = [
        w.rule for w in screening_warnings(april, facts, GuidanceSettings(), personal_mode=True)
    ]
    assert defaults == ["screening"]
    september = datetime(2026, 9, 1, 10, tzinfo=UTC)  # 8 months after the review
    assert screening_warnings(september, facts, saved, personal_mode=True) == []
    stale = screening_warnings(september, facts, GuidanceSettings(), personal_mode=True)
    assert [w.rule for w in stale] == ["screening_review"]
