"""The guidance a session being edited gets, from its draft and the client's other sessions
(no widgets: the session dialog shows what this returns). Split out of ``ui.session_dialog``."""

from __future__ import annotations

from collections.abc import Sequence

from needlejournal.guidance import (
    GuidanceSettings,
    GuidanceWarning,
    ScreeningFact,
    check_treatment,
    facts_from_draft,
    facts_from_record,
)
from needlejournal.guidance.consent import Span, consent_warning
from needlejournal.journal.records import ProductRecord, TreatmentDraft, TreatmentRecord


class SessionGuidance:
    """The rules over one client's history, for the draft of a new or edited session."""

    def __init__(
        self,
        products: Sequence[ProductRecord],
        history: Sequence[TreatmentRecord],
        settings: GuidanceSettings,
        *,
        personal: bool,
        screening: Sequence[ScreeningFact],
        consent_applies: bool,
    ) -> None:
        self._names = {p.id: p.name for p in products}
        self._ingredients = {p.id: p.ingredients for p in products}
        self._history = list(history)  # the client's other sessions (not the one edited)
        self._settings = settings
        self._personal = personal
        self._screening = tuple(screening)  # the client's screening answers, every version
        # A new clinic session of a client (not "Me") is checked against the consents on file.
        self._consent_applies = consent_applies
        self.consents: tuple[Span, ...] | None = None  # None: not read (yet)

    def warnings(self, draft: TreatmentDraft) -> list[GuidanceWarning]:
        try:
            facts = facts_from_draft(draft, self._names, self._ingredients)
        except ValueError:  # a date the rules cannot read: its field note says so
            return []
        history = [facts_from_record(t, self._ingredients) for t in self._history]
        found = check_treatment(
            facts,
            history,
            self._settings,
            personal_mode=self._personal,
            screening=self._screening,
        )
        missing = self._consent_warning(draft)
        return [missing, *found] if missing is not None else found

    def _consent_warning(self, draft: TreatmentDraft) -> GuidanceWarning | None:
        if self.consents is None or not self._consent_applies:
            return None
        day = draft.performed_at.astimezone().date()
        return consent_warning(day, self.consents)
