"""How the window words what the journal answers a save (issue 14): records missing or changed
elsewhere, names taken, the write backstops (disk full, read only), photo and region problems.

The journal raises each as a ``phrases.Said`` (the command line's English, unchanged, with a
phrase id and parameters). Most are one translated pattern filled in with the parameters:
``{what}`` names a record ("device"), ``{field}`` a field (both by ``ui.validation_words``),
numbers by QLocale, moments by ``local_dates``, stored domain words by ``ui.terms``; a name
the user gave, or the database's own detail, stays as it is. ``ui.validation_words`` looks here
for every phrase it has no wording of its own for (tests/i18n/test_journal_answers.py fails
when the journal writes a phrase neither knows).
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QObject

from needlejournal.phrases import Param
from needlejournal.ui.language import QT_TRANSLATE_NOOP, translate
from needlejournal.ui.local_dates import format_moment

Args = dict[str, Param]

PATTERNS: dict[str, str] = {
    "record_changed": QT_TRANSLATE_NOOP(
        "JournalWords", "That record was changed elsewhere; reopen it and try again."
    ),
    "record_deleted": QT_TRANSLATE_NOOP(
        "JournalWords", "This {what} was deleted elsewhere; nothing was saved."
    ),
    "change_refused": QT_TRANSLATE_NOOP(
        "JournalWords", "The journal refused this change ({detail})."
    ),
    "number_too_large": QT_TRANSLATE_NOOP("JournalWords", "A number in this request is too large."),
    "some_text_not_utf8": QT_TRANSLATE_NOOP(
        "JournalWords", "Some text holds bytes that are not valid UTF-8; type it again."
    ),
    "read_only": QT_TRANSLATE_NOOP(
        "JournalWords", "The journal can only be read; nothing was saved."
    ),
    "disk_full": QT_TRANSLATE_NOOP(
        "JournalWords",
        "The disk is full, so this change was not saved; free some space and try again "
        "(everything saved before is safe).",
    ),
    "not_written": QT_TRANSLATE_NOOP("JournalWords", "The journal could not be written: {detail}."),
    "not_read": QT_TRANSLATE_NOOP("JournalWords", "The journal could not be read: {detail}."),
    "unreadable_text": QT_TRANSLATE_NOOP(
        "JournalWords",
        "The journal holds text that cannot be read (bytes that are not UTF-8); run "
        "“needlejournal check --repair” to replace them.",
    ),
    "no_record_called": QT_TRANSLATE_NOOP("JournalWords", "There is no {what} called “{name}”."),
    "client_exists": QT_TRANSLATE_NOOP(
        "JournalWords", "This client already exists; edit it instead."
    ),
    "session_or_check": QT_TRANSLATE_NOOP(
        "JournalWords", "Give a session or a skin check, not both."
    ),
    "other_clients_record": QT_TRANSLATE_NOOP(
        "JournalWords", "That {what} belongs to another client."
    ),
    "no_such_photo": QT_TRANSLATE_NOOP("JournalWords", "This client has no photo with id {id}."),
    "name_taken": QT_TRANSLATE_NOOP("JournalWords", "A {what} called “{name}” already exists."),
    "mode_choice": QT_TRANSLATE_NOOP("JournalWords", "The mode must be “personal” or “clinic”."),
    "photo_role": QT_TRANSLATE_NOOP("JournalWords", "The photo role must be one of: {choices}."),
    "photo_view": QT_TRANSLATE_NOOP("JournalWords", "The photo view must be one of: {choices}."),
    "not_clients_session": QT_TRANSLATE_NOOP(
        "JournalWords", "Session {id} is not one of this client's sessions."
    ),
    "photo_needs_session": QT_TRANSLATE_NOOP(
        "JournalWords", "A before or after photo belongs to a session; choose one."
    ),
    "region_needs_name": QT_TRANSLATE_NOOP(
        "JournalWords", "Give the region a name, such as “left cheek”."
    ),
    "region_shape": QT_TRANSLATE_NOOP("JournalWords", "A region is a rectangle or an ellipse."),
    "region_too_small": QT_TRANSLATE_NOOP(
        "JournalWords", "Draw a larger region: at least {least} pixels each way."
    ),
    "region_outside": QT_TRANSLATE_NOOP(
        "JournalWords", "The region reaches outside the photo; draw it inside."
    ),
    "region_name_taken": QT_TRANSLATE_NOOP(
        "JournalWords", "This view already has a region called “{name}”."
    ),
    "grey_card_too_small": QT_TRANSLATE_NOOP(
        "JournalWords", "Mark a larger grey card: at least {least} pixels."
    ),
    "grey_card_outside": QT_TRANSLATE_NOOP(
        "JournalWords", "The grey card reaches outside the photo; mark it inside."
    ),
    "grey_card_photo": QT_TRANSLATE_NOOP(
        "JournalWords", "Mark the grey card on the photo the region was drawn on."
    ),
    "chart_outside": QT_TRANSLATE_NOOP(
        "JournalWords", "The chart's corners reach outside the photo; mark them inside."
    ),
    "chart_photo": QT_TRANSLATE_NOOP(
        "JournalWords", "Mark the colour chart on the photo the region was drawn on."
    ),
    "lot_empty": QT_TRANSLATE_NOOP("JournalWords", "The lot number is empty."),
    "lot_not_on_file": QT_TRANSLATE_NOOP("JournalWords", "{product} has no lot {lot} on file."),
    "lot_taken": QT_TRANSLATE_NOOP("JournalWords", "{product} already has a lot {lot} on file."),
    "scale_range": QT_TRANSLATE_NOOP(
        "JournalWords", "{scale} runs from {low} to {high}; {value} is outside it."
    ),
    "unknown_scale": QT_TRANSLATE_NOOP(
        "JournalWords", "There is no scale called “{name}”; the scales are: {choices}."
    ),
    # Measuring a region on a photo (journal.region_measure).
    "measure_other_view": QT_TRANSLATE_NOOP(
        "JournalWords", "Photo #{id} shows another view than the region."
    ),
    "measure_reference_gone": QT_TRANSLATE_NOOP(
        "JournalWords",
        "The photo “{name}” was drawn on was deleted; draw the region again.",
    ),
    "measure_not_aligned": QT_TRANSLATE_NOOP(
        "JournalWords",
        "Photo #{id} could not be aligned with the region's photo; place anchors on both "
        "(Compare) and measure again.",
    ),
    "measure_outside": QT_TRANSLATE_NOOP(
        "JournalWords", "The region “{name}” falls outside photo #{id}."
    ),
    "measure_no_grey_card": QT_TRANSLATE_NOOP(
        "JournalWords", "The grey card is not in photo #{id}."
    ),
    "measure_unreadable": QT_TRANSLATE_NOOP(
        "JournalWords", "Photo #{id} could not be read: {reason}"
    ),
    "measure_chart": QT_TRANSLATE_NOOP("JournalWords", "Photo #{id}: {detail}"),
    "measure_grey_card_dark": QT_TRANSLATE_NOOP(
        "JournalWords", "The grey card is not in the photo or too dark."
    ),
    "measure_outside_turned": QT_TRANSLATE_NOOP(
        "JournalWords", "The region “{name}” falls outside the photo."
    ),
    # A photo import's rejections (photos.rejections), one per file.
    "rejected_not_an_image": QT_TRANSLATE_NOOP("JournalWords", "This file is not an image."),
    "rejected_truncated": QT_TRANSLATE_NOOP(
        "JournalWords",
        "The image is truncated or damaged; copy or export it again from its source.",
    ),
    "rejected_too_many_pixels": QT_TRANSLATE_NOOP(
        "JournalWords",
        "The image has more than {megapixels} megapixels, too many to open safely.",
    ),
    "rejected_unsupported_format": QT_TRANSLATE_NOOP(
        "JournalWords", "{name} images are not supported; use JPEG, PNG, WebP or HEIC/HEIF."
    ),
    "rejected_unsupported_kind": QT_TRANSLATE_NOOP(
        "JournalWords", "This kind of image is not supported; use JPEG, PNG, WebP or HEIC/HEIF."
    ),
    "rejected_empty_file": QT_TRANSLATE_NOOP("JournalWords", "The file is empty."),
    "rejected_unreadable": QT_TRANSLATE_NOOP(
        "JournalWords",
        "The file could not be read or stored (permission denied or a disk error).",
    ),
    "rejected_not_a_file": QT_TRANSLATE_NOOP(
        "JournalWords",
        "This is not a regular file (a folder, a pipe or a device); choose a photo file.",
    ),
    "rejected_not_found": QT_TRANSLATE_NOOP(
        "JournalWords", "There is no such file (it may have been moved or renamed)."
    ),
    "rejected_disk_full": QT_TRANSLATE_NOOP(
        "JournalWords", "The disk is full; free some space and import the photo again."
    ),
    # A consent on file and its signed document (journal.consents, photos.documents).
    "consent_kind": QT_TRANSLATE_NOOP(
        "JournalWords", "The kind of consent must be one of: {choices}."
    ),
    "consent_until_before": QT_TRANSLATE_NOOP(
        "JournalWords", "“Valid until” cannot be before the day the consent was given."
    ),
    "consent_needs_taker": QT_TRANSLATE_NOOP("JournalWords", "Say who took the consent."),
    "document_rejected": QT_TRANSLATE_NOOP("JournalWords", "{name}: {reason}"),
    "document_empty": QT_TRANSLATE_NOOP("JournalWords", "The document is empty."),
    "document_too_large": QT_TRANSLATE_NOOP(
        "JournalWords", "The document is larger than {most} MB."
    ),
    "document_pdf_damaged": QT_TRANSLATE_NOOP(
        "JournalWords", "The PDF is truncated or damaged; scan or save it again."
    ),
    "document_kind": QT_TRANSLATE_NOOP(
        "JournalWords",
        "A consent document must be a PDF or an image (JPEG, PNG, WebP or HEIC).",
    ),
    # Anchors placed in the compare window (journal.compare).
    "anchor_outside": QT_TRANSLATE_NOOP(
        "JournalWords", "An anchor ({x}, {y}) lies outside the photo."
    ),
    "anchors_coincide": QT_TRANSLATE_NOOP(
        "JournalWords", "The two anchor points coincide; place them apart."
    ),
    # A colour chart's corners and its fit (photos.colour_chart).
    "chart_four_corners": QT_TRANSLATE_NOOP("JournalWords", "Mark the chart's four corners."),
    "chart_corner_order": QT_TRANSLATE_NOOP(
        "JournalWords",
        "The four corners do not go round the chart: mark dark skin, bluish green, black "
        "and white, in that order.",
    ),
    "chart_clipped": QT_TRANSLATE_NOOP(
        "JournalWords",
        "Too many chart patches are clipped (too dark or too bright) to correct the "
        "colours: take the photo with less exposure contrast.",
    ),
    "chart_not_a_chart": QT_TRANSLATE_NOOP(
        "JournalWords",
        "The marked corners do not seem to frame a ColorChecker under one light (the colours "
        "miss the chart's by ΔE {delta_e} on average); mark dark skin, bluish green, black "
        "and white, in that order.",
    ),
    "scale_twice": QT_TRANSLATE_NOOP("JournalWords", "{scale} is given twice by the same rater."),
    "scale_own_field": QT_TRANSLATE_NOOP(
        "JournalWords", "{scale} has its own field; enter it there."
    ),
    "scale_whole_face": QT_TRANSLATE_NOOP(
        "JournalWords", "{scale} is given for the whole face, not per area."
    ),
}


class JournalWords(QObject):
    """Wordings that are more than one pattern (``self.tr``, so lupdate finds them)."""

    def changed_by(self, a: Args, what: str) -> str:
        """ "Diese Sitzung wurde an Platz EMPFANG um 10:42 von ana geändert; …"."""
        seat, user, at = str(a.get("seat") or ""), str(a.get("user") or ""), a.get("at")
        where = self.tr("on seat {seat}").format(seat=seat) if seat else self.tr("elsewhere")
        when = (
            self.tr("at {moment}").format(moment=format_moment(at))
            if isinstance(at, datetime)
            else ""
        )
        by = self.tr("by {user}").format(user=user) if user else ""
        how = " ".join(part for part in (where, when, by) if part)
        return self.tr("This {what} was changed {how}; reopen it and try again.").format(
            what=what, how=how
        )


WORDS = JournalWords()


def journal_text(phrase: str, a: Args, say: dict[str, str]) -> str | None:
    """The phrase in the window's language, or None when it is not one of the journal's
    answers; ``say`` holds each parameter already worded (``{what}``, numbers, fields)."""
    if phrase == "record_changed_by":
        text = WORDS.changed_by(a, say.get("what", ""))
    elif phrase in PATTERNS:
        pattern = translate("JournalWords", PATTERNS[phrase])
        text = pattern.format(**say)
        if pattern.startswith("{") and not pattern.startswith("{what}"):
            return text  # opens on a name as it was given ("form.pdf: …"), kept as typed
    else:
        return None
    # A sentence may open on a record's word ("el dispositivo …"): a capital, as sentences do.
    return text[:1].upper() + text[1:]
