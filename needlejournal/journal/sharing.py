"""Which photos may be shared (a "shareable" report, anything meant for the client to pass
on): each photo's own flag, or, where none was set, the client's marketing/sharing consent.

The default is read when the question is asked, not stored when the photo is imported: a
marketing consent recorded after the photos covers them, and one that ends (``valid_until``)
stops covering those not set by hand.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from needlejournal.journal.api import Journal
from needlejournal.journal.consents import marketing_consent_on
from needlejournal.journal.records import PhotoRecord


def may_share(photo: PhotoRecord, marketing_consent: bool) -> bool:
    return marketing_consent if photo.share_consent is None else photo.share_consent


def client_allows_sharing(journal: Journal, client_id: int, day: date | None = None) -> bool:
    on = day or date.today()
    return journal.run(lambda s: marketing_consent_on(s, client_id, on))


def shareable(
    journal: Journal, client_id: int, photos: Iterable[PhotoRecord], day: date | None = None
) -> list[PhotoRecord]:
    """The photos of ``client_id`` that may be shared on ``day`` (today by default)."""
    consent = client_allows_sharing(journal, client_id, day)
    return [p for p in photos if may_share(p, consent)]
