"""The ``Journal`` facade's use-cases that assess a client: ratings on the named scales,
photo regions and their stored measures, the screening checklist (each one unit of work)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime

from needlejournal.journal import ratings, screening
from needlejournal.journal.records import RatingDraft, RatingRecord
from needlejournal.journal.region_records import Box, MeasureRecord, RegionDraft, RegionRecord
from needlejournal.journal.screening_records import ScreeningDraft, ScreeningRecord
from needlejournal.journal.unit_of_work import UnitsOfWork


class AssessmentUseCases(UnitsOfWork):
    """Named-scale ratings, photo regions and measures, screening (mixed into ``Journal``)."""

    # ---- named scales ------------------------------------------------------------------

    def add_rating(
        self,
        client_id: int,
        draft: RatingDraft,
        *,
        treatment_id: int | None = None,
        observation_id: int | None = None,
        when: datetime | None = None,
    ) -> RatingRecord:
        """Rate a session or skin check on a named scale (a new skin check when neither)."""
        return self.run(
            lambda s: ratings.add_rating(
                s,
                client_id,
                draft,
                treatment_id=treatment_id,
                observation_id=observation_id,
                when=when,
            )
        )

    def delete_rating(self, rating_id: int) -> None:
        self.run(lambda s: ratings.delete_rating(s, rating_id))

    def ratings(self, client_id: int, scale: str | None = None) -> list[RatingRecord]:
        """One client's ratings on the named scales (one scale when given), oldest first."""
        return self.run(lambda s: ratings.client_ratings(s, client_id, scale))

    # ---- photo regions and their measures (measuring itself: ``region_measure``) -------

    def save_region(self, draft: RegionDraft) -> RegionRecord:
        from needlejournal.journal import regions  # photos.metrics: numpy, Pillow

        return self.run(lambda s: regions.save_region(s, draft))

    def regions(self, client_id: int, view: str | None = None) -> list[RegionRecord]:
        from needlejournal.journal import regions  # photos.metrics: numpy, Pillow

        return self.run(lambda s: regions.list_regions(s, client_id, view))

    def delete_region(self, region_id: int) -> None:
        from needlejournal.journal import regions  # photos.metrics: numpy, Pillow

        self.run(lambda s: regions.delete_region(s, region_id))

    def set_grey_card(self, region_id: int, photo_id: int, box: Box | None) -> RegionRecord:
        """The grey card (on the region's own photo) its measures are balanced against."""
        from needlejournal.journal import regions  # photos.metrics: numpy, Pillow

        return self.run(lambda s: regions.set_grey_card(s, region_id, photo_id, box))

    def set_colour_chart(
        self, region_id: int, photo_id: int, corners: Sequence[tuple[float, float]] | None
    ) -> RegionRecord:
        """The ColorChecker (four corners on the region's own photo) its measures are
        colour-corrected against."""
        from needlejournal.journal import regions  # photos.metrics: numpy, Pillow

        return self.run(lambda s: regions.set_colour_chart(s, region_id, photo_id, corners))

    def measures(self, client_id: int) -> list[MeasureRecord]:
        """Every stored region measure of the client's photos, oldest photo first."""
        from needlejournal.journal import regions  # photos.metrics: numpy, Pillow

        return self.run(lambda s: regions.list_measures(s, client_id))

    # ---- screening ---------------------------------------------------------------------

    def screening(self, client_id: int) -> ScreeningRecord:
        """The client's screening checklist: current answers and every earlier version."""
        return self.run(lambda s: screening.get_screening(s, client_id))

    def save_screening(self, draft: ScreeningDraft) -> ScreeningRecord:
        """Record answers (rows are only added: the previous answers stay on file)."""
        now = datetime.now(UTC)
        return self.run(lambda s: screening.save_screening(s, draft, now=now))
