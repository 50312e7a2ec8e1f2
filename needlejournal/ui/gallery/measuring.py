"""The viewer's measuring: regions drawn on the photo, measured off the GUI thread, stored.

Reads and small writes (regions, grey cards, the list of measures) run on the journal lane;
decoding and measuring run on the import lane, one photo at a time, each result stored in a
short unit of work of its own, so the window never waits on a measure and a save never waits
on a long "measure every photo".
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QInputDialog, QWidget

from needlejournal.ui.gallery.measure_image import MeasureImage, Outline
from needlejournal.ui.gallery.metrics_panel import MetricsPanel
from needlejournal.ui.ops import Op, OpContext

if TYPE_CHECKING:
    from needlejournal.journal.records import PhotoRecord
    from needlejournal.journal.region_measure import MeasureRun
    from needlejournal.journal.region_records import MeasureRecord, RegionRecord
    from needlejournal.ui.gallery.controller import GalleryController


class Measuring(QObject):
    measured = Signal()  # stored measures changed (a chart may want to reload)

    def __init__(
        self,
        controller: GalleryController,
        image: MeasureImage,
        panel: MetricsPanel,
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self.image = image
        self.panel = panel
        self.parent_widget = parent
        self.photo: PhotoRecord | None = None
        self.photos: list[PhotoRecord] = []
        self.regions: list[RegionRecord] = []
        self.measures: dict[tuple[int, int], MeasureRecord] = {}
        self.chosen: int | None = None
        self.job: Op[Any] | None = None
        # Asks the new region's name; tests replace it (None: cancelled).
        self.ask_name: Callable[[], str | None] = self._ask_name
        panel.draw_toggled.connect(lambda on, shape: image.set_drawing(on, shape))
        panel.grey_card_toggled.connect(lambda on: image.set_drawing(on, "rect"))
        panel.colour_chart_toggled.connect(self._picking)
        image.corner_clicked.connect(self._corner_clicked)
        image.corners_marked.connect(self._chart_marked)
        panel.region_chosen.connect(self._chosen)
        panel.measure_all_requested.connect(self.measure_all)
        panel.delete_requested.connect(self._delete)
        image.region_drawn.connect(self._drawn)

    # ---- the photo shown ----------------------------------------------------------------

    def show_photo(self, photo: PhotoRecord | None, photos: list[PhotoRecord]) -> None:
        self.photo, self.photos = photo, list(photos)
        self.reload()

    def reload(self) -> None:
        photo, lib = self.photo, self.controller.library
        if photo is None or lib is None:
            self.panel.set_regions([])
            self.image.set_outlines([])
            return
        journal = lib.journal
        client, view = photo.client_id, photo.view

        def read() -> tuple[list[RegionRecord], list[MeasureRecord]]:
            return journal.regions(client, view), journal.measures(client)

        self.controller.lane.run(read, self._read)

    def _read(self, found: tuple[list[RegionRecord], list[MeasureRecord]]) -> None:
        regions, measures = found
        photo = self.photo
        if photo is None or (regions and regions[0].view != photo.view):
            return  # a stale answer: the viewer moved on
        self.regions = regions
        self.measures = {(m.photo_id, m.region_id): m for m in measures}
        if self.chosen not in {r.id for r in regions}:
            self.chosen = regions[0].id if regions else None
        self.panel.set_regions(regions, self.chosen)
        self._refresh()
        chosen = self.region(self.chosen)
        if chosen is not None and (photo.id, chosen.id) not in self.measures:
            self.measure_here(chosen)

    def region(self, region_id: int | None) -> RegionRecord | None:
        return next((r for r in self.regions if r.id == region_id), None)

    def _refresh(self) -> None:
        photo = self.photo
        if photo is None:
            return
        outlines = []
        for r in self.regions:
            m = self.measures.get((photo.id, r.id))
            if m is not None:
                box = m.px
            elif r.reference_photo_id == photo.id:
                box = r.box_in(photo.width, photo.height)
            else:
                continue
            outlines.append(Outline(box, r.shape, r.name, r.id == self.chosen))
            if r.grey_card is not None and r.reference_photo_id == photo.id:
                x, y, w, h = r.grey_card
                card = (
                    round(x * photo.width), round(y * photo.height),
                    round(w * photo.width), round(h * photo.height),
                )  # fmt: skip
                outlines.append(Outline(card, "rect", self.tr("grey card"), grey_card=True))
        self.image.set_outlines(outlines)
        region = self.region(self.chosen)
        chart = None
        if region is not None and region.reference_photo_id == photo.id:
            corners = region.chart_in(photo.width, photo.height)
            if corners is not None:
                chart = (corners, self.tr("colour chart"))
        self.image.set_chart(chart)
        region = self.region(self.chosen)
        m = self.measures.get((photo.id, region.id)) if region is not None else None
        self.panel.show_measure(m, self._notes(region, m))

    def _notes(self, region: RegionRecord | None, m: MeasureRecord | None) -> list[str]:
        """Why this photo's measure may not compare with the region's own photo."""
        if region is None or m is None or region.reference_photo_id == m.photo_id:
            return []
        from needlejournal.journal.progress_chart import CONDITIONS
        from needlejournal.ui.series_words import condition_name, condition_value

        ref = self.measures.get((region.reference_photo_id or 0, region.id))
        base = ref.capture if ref is not None else {}
        notes = []
        for key, _name in CONDITIONS:
            a, b = base.get(key), m.capture.get(key)
            what = condition_name(key)  # in the window's language, not the journal's English
            if not a or not b:
                notes.append(
                    self.tr("{what}: not recorded, so cannot tell if this compares.").format(
                        what=what
                    )
                )
            elif str(a).casefold() != str(b).casefold():
                notes.append(
                    self.tr("{what}: {b}, not {a}; not comparable.").format(
                        what=what, a=condition_value(key, a), b=condition_value(key, b)
                    )
                )
        if m.white_balance.startswith("colour chart"):
            notes.append(self.tr("Colour-corrected to the colour chart: colours compare better."))
        elif region.grey_card is not None and not m.white_balance:
            notes.append(self.tr("Not white-balanced: the grey card was not found."))
        elif region.grey_card is not None:
            notes.append(self.tr("White-balanced to the grey card: colours compare better."))
        return notes

    # ---- drawing ------------------------------------------------------------------------

    def _ask_name(self) -> str | None:
        name, ok = QInputDialog.getText(
            self.parent_widget, self.tr("Name the region"), self.tr("Region name:"),
            text=self.tr("left cheek"),
        )  # fmt: skip
        return name if ok else None

    def _drawn(self, box: tuple[int, int, int, int]) -> None:
        photo, lib = self.photo, self.controller.library
        if photo is None or lib is None:
            return
        journal = lib.journal
        if self.panel.grey_card.isChecked():
            region = self.region(self.chosen)
            self.panel.grey_card.setChecked(False)
            if region is None:
                return
            rid = region.id
            self.controller.lane.run(
                lambda: journal.set_grey_card(rid, photo.id, box),
                lambda r: self._saved(r, remeasure=True),
                self.panel.say,
            )
            return
        name = self.ask_name()
        self.panel.draw_button.setChecked(False)
        if not name:
            return
        from needlejournal.journal.region_records import RegionDraft

        draft = RegionDraft(
            photo.id, name, box, "ellipse" if self.image.draw_shape == "ellipse" else "rect"
        )
        self.controller.lane.run(
            lambda: journal.save_region(draft), lambda r: self._saved(r), self.panel.say
        )

    def _picking(self, on: bool) -> None:
        self.image.set_picking(on)
        if on:
            self._corner_clicked(0)

    def _corner_clicked(self, marked: int) -> None:
        if marked < 4:
            corner = (
                self.tr("dark skin"),
                self.tr("bluish green"),
                self.tr("black"),
                self.tr("white"),
            )[marked]
            self.panel.say(
                self.tr("Click the colour chart's corner at {patch} ({n} of 4).").format(
                    patch=corner, n=marked + 1
                )
            )

    def _chart_marked(self, corners: list[tuple[float, float]]) -> None:
        photo, lib, region = self.photo, self.controller.library, self.region(self.chosen)
        self.panel.colour_chart.setChecked(False)
        if photo is None or lib is None or region is None:
            return
        journal, rid = lib.journal, region.id
        self.controller.lane.run(
            lambda: journal.set_colour_chart(rid, photo.id, corners),
            lambda r: self._saved(r, remeasure=True),
            self.panel.say,
        )

    def _saved(self, region: RegionRecord, *, remeasure: bool = False) -> None:
        self.chosen = region.id
        self.panel.say("")
        if remeasure and self.photo is not None:  # the stored measure is not balanced yet
            self.measure_on(region, [self.photo])
        else:
            self.reload()

    def _chosen(self, region_id: int | None) -> None:
        self.chosen = region_id
        self._refresh()
        region, photo = self.region(region_id), self.photo
        if region is not None and photo is not None and (photo.id, region.id) not in self.measures:
            self.measure_here(region)

    def _delete(self, region_id: int) -> None:
        lib = self.controller.library
        if lib is not None:
            journal = lib.journal
            self.controller.lane.run(
                lambda: journal.delete_region(region_id), lambda _: self.reload(), self.panel.say
            )

    # ---- measuring (the import lane) ----------------------------------------------------

    def measure_here(self, region: RegionRecord) -> None:
        """The region on the photo shown, measured and stored (or why it cannot be)."""
        photo, lib = self.photo, self.controller.library
        if photo is None or lib is None:
            return
        self.measure_on(region, [photo])

    def measure_all(self, region_id: int) -> None:
        region = self.region(region_id)
        if region is not None:
            self.measure_on(region, [p for p in self.photos if p.view == region.view])

    def measure_on(self, region: RegionRecord, photos: list[PhotoRecord]) -> Op[Any] | None:
        lib = self.controller.library
        if lib is None or self.job is not None:
            return None
        from needlejournal.journal.region_measure import measure_view

        journal = lib.journal

        def work(context: OpContext) -> MeasureRun:
            return measure_view(
                journal,
                region,
                photos,
                progress=context.progress,
                cancelled=context.cancelled,
            )

        def settled(*_: object) -> None:
            self.job = None

        def done(run: MeasureRun) -> None:
            if len(photos) > 1 or run.skipped:
                text = self.tr("Measured on %n photo(s).", "", run.stored)
                if run.skipped:
                    text += " " + " ".join(run.skipped)
                self.panel.say(text)
            self.measured.emit()
            self.reload()

        def progress(done_count: int, total: int) -> None:
            self.panel.say(
                self.tr("Measuring… {done} of {total}").format(done=done_count, total=total)
            )

        job: Op[MeasureRun] = Op(work).progress(progress).success(settled).success(done)
        job.failure(settled, report=False).failure(self.panel.say)
        self.job = job
        job.run_in(self.controller.import_lane)
        return job

    def shutdown(self) -> None:
        if self.job is not None:
            self.job.cancel()
