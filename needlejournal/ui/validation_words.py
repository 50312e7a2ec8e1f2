"""How the window words the journal's input problems ("Not saved: …", the notes under fields).

``journal.validation`` and ``journal.limits`` write each problem in English for the command line
(unchanged: scripts read it) as a ``phrases.Said``: the same string, carrying which wording it
is and what it says. Here each wording has its translated pattern, filled in with depths and
numbers by QLocale and domain words by ``ui.terms``; the field a problem is about is named by
``FIELDS`` and leads the sentence ("Notizen: zu lang …"), which reads in every language without
agreeing with the noun. ``RENDERERS`` must cover every phrase the journal writes, and
``FIELDS`` every field it names (tests/i18n/test_validation_words.py fails otherwise). A
message without a phrase (a rating's scale, a conflict) is shown as it comes.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QLocale, QObject

from needlejournal.guidance import (
    Area,
    DeviceKind,
    Indication,
    Phase,
    PhotoRole,
    PhotoView,
    ScreeningItem,
    Term,
)
from needlejournal.phrases import DateOf, Depth, Param, Said, Words, sentences
from needlejournal.ui import terms
from needlejournal.ui.journal_words import journal_text
from needlejournal.ui.language import QT_TRANSLATE_NOOP, translate, translate_known
from needlejournal.ui.local_dates import format_moment, local_depth

_ENUMS: dict[str, type[Term]] = {
    "Area": Area,
    "DeviceKind": DeviceKind,
    "Indication": Indication,
    "Phase": Phase,
    "PhotoRole": PhotoRole,
    "PhotoView": PhotoView,
    "ScreeningItem": ScreeningItem,
}

# The fields problems name, by their English label (which the command line prints).
FIELDS: dict[str, str] = {
    label: label
    for label in (
        QT_TRANSLATE_NOOP("ValidationWords", "The session date"),
        QT_TRANSLATE_NOOP("ValidationWords", "The date"),
        QT_TRANSLATE_NOOP("ValidationWords", "A lot number"),
        QT_TRANSLATE_NOOP("ValidationWords", "The lot number"),
        QT_TRANSLATE_NOOP("ValidationWords", "A product note"),
        QT_TRANSLATE_NOOP("ValidationWords", "The aftercare start day"),
        QT_TRANSLATE_NOOP("ValidationWords", "Pain"),
        QT_TRANSLATE_NOOP("ValidationWords", "Downtime"),
        QT_TRANSLATE_NOOP("ValidationWords", "The texture score"),
        QT_TRANSLATE_NOOP("ValidationWords", "The tone score"),
        QT_TRANSLATE_NOOP("ValidationWords", "Redness"),
        QT_TRANSLATE_NOOP("ValidationWords", "The notes"),
        QT_TRANSLATE_NOOP("ValidationWords", "The note"),
        QT_TRANSLATE_NOOP("ValidationWords", "The adverse events"),
        QT_TRANSLATE_NOOP("ValidationWords", "The texture note"),
        QT_TRANSLATE_NOOP("ValidationWords", "The tone note"),
        QT_TRANSLATE_NOOP("ValidationWords", "The rater"),
        QT_TRANSLATE_NOOP("ValidationWords", "The rating note"),
        QT_TRANSLATE_NOOP("ValidationWords", "The name"),
        QT_TRANSLATE_NOOP("ValidationWords", "The consent date"),
        QT_TRANSLATE_NOOP("ValidationWords", "The date of birth"),
        QT_TRANSLATE_NOOP("ValidationWords", "The phone number"),
        QT_TRANSLATE_NOOP("ValidationWords", "The e-mail address"),
        QT_TRANSLATE_NOOP("ValidationWords", "The concerns"),
        QT_TRANSLATE_NOOP("ValidationWords", "The contraindications"),
        QT_TRANSLATE_NOOP("ValidationWords", "The needle count"),
        QT_TRANSLATE_NOOP("ValidationWords", "The device name"),
        QT_TRANSLATE_NOOP("ValidationWords", "The cartridge"),
        QT_TRANSLATE_NOOP("ValidationWords", "The product name"),
        QT_TRANSLATE_NOOP("ValidationWords", "The brand"),
        QT_TRANSLATE_NOOP("ValidationWords", "The kind"),
        QT_TRANSLATE_NOOP("ValidationWords", "An ingredient"),
        QT_TRANSLATE_NOOP("ValidationWords", "Who took it"),
        QT_TRANSLATE_NOOP("ValidationWords", "The reviewer"),
        QT_TRANSLATE_NOOP("ValidationWords", "The review date"),
        QT_TRANSLATE_NOOP("ValidationWords", "The region's name"),
        QT_TRANSLATE_NOOP("ValidationWords", "The photo date"),
        QT_TRANSLATE_NOOP("ValidationWords", "The expiry date"),
        # A photo's capture conditions, named by their key ("The day after": day_after).
        QT_TRANSLATE_NOOP("ValidationWords", "The skin"),
        QT_TRANSLATE_NOOP("ValidationWords", "The day after"),
        QT_TRANSLATE_NOOP("ValidationWords", "The light"),
        QT_TRANSLATE_NOOP("ValidationWords", "The camera"),
    )
}

# The records "There is no … with id …" names.
RECORDS: dict[str, str] = {
    "client": QT_TRANSLATE_NOOP("ValidationWords", "client"),
    "device": QT_TRANSLATE_NOOP("ValidationWords", "device"),
    "product": QT_TRANSLATE_NOOP("ValidationWords", "product"),
    "session": QT_TRANSLATE_NOOP("ValidationWords", "session"),
    "photo": QT_TRANSLATE_NOOP("ValidationWords", "photo"),
    "skin check": QT_TRANSLATE_NOOP("ValidationWords", "skin check"),
    "rating": QT_TRANSLATE_NOOP("ValidationWords", "rating"),
    "region": QT_TRANSLATE_NOOP("ValidationWords", "region"),
    "consent": QT_TRANSLATE_NOOP("ValidationWords", "consent"),
}

Args = dict[str, Param]


def _text(value: Param) -> str:
    return "" if value is None else str(value)


class ValidationWords(QObject):
    """The translated patterns (``self.tr`` in a class, like ``GuidanceWords``)."""

    def value(self, value: Param) -> str:
        if isinstance(value, Depth):
            return local_depth(value.mm)
        if isinstance(value, Words) and value.kind == "Scale":
            return ", ".join(scale_title(v) for v in value.values)
        if isinstance(value, Words):
            kind = _ENUMS.get(value.kind)
            if kind is None:
                return ", ".join(value.values)
            return ", ".join(terms.label(kind, v) for v in value.values)
        if isinstance(value, int) and not isinstance(value, bool):
            return QLocale().toString(value)
        if isinstance(value, datetime):
            return format_moment(value)
        return _text(value)

    def record(self, a: Args) -> str:
        what = _text(a.get("what"))
        return translate_known("ValidationWords", RECORDS, what)

    def field(self, a: Args) -> str:
        named = a.get("field")
        if isinstance(named, DateOf):  # a field named at run time ("The date for Isotretinoin")
            return self.tr("The date for {item}").format(item=self.value(named.of))
        label = _text(named)
        return translate_known("ValidationWords", FIELDS, label)

    def text_not_utf8(self, a: Args) -> str:
        return self.tr(
            "{field}: contains bytes that are not valid text (UTF-8); type it again."
        ).format(field=self.field(a))

    def text_control(self, a: Args) -> str:
        return self.tr("{field}: cannot contain control characters.").format(field=self.field(a))

    def text_line_break(self, a: Args) -> str:
        return self.tr("{field}: cannot contain a line break or control character.").format(
            field=self.field(a)
        )

    def text_too_long(self, a: Args) -> str:
        return self.tr("{field}: too long ({limit} characters at most).").format(
            field=self.field(a), limit=self.value(a["limit"])
        )

    def int_range(self, a: Args) -> str:
        return self.tr("{field}: must be between {lo} and {hi}.").format(
            field=self.field(a), lo=self.value(a["lo"]), hi=self.value(a["hi"])
        )

    def not_negative(self, a: Args) -> str:
        return self.tr("{field}: cannot be negative.").format(field=self.field(a))

    def no_such_record(self, a: Args) -> str:
        return self.tr("There is no {what} with id {id}.").format(
            what=self.record(a), id=_text(a["id"])
        )

    def out_of_range(self, a: Args) -> str:
        return self.tr("{field}: out of range.").format(field=self.field(a))

    def before_year(self, a: Args) -> str:
        return self.tr("{field}: before {year}.").format(field=self.field(a), year=a["year"])

    def in_future(self, a: Args) -> str:
        return self.tr("{field}: in the future.").format(field=self.field(a))

    def needs_time_zone(self, a: Args) -> str:
        return self.tr("{field}: needs a time zone.").format(field=self.field(a))

    def session_in_future(self, a: Args) -> str:
        return self.tr("The session date is in the future; log sessions once they are done.")

    def check_in_future(self, a: Args) -> str:
        return self.tr("The skin check date is in the future.")

    def check_needs_content(self, a: Args) -> str:
        return self.tr("A skin check needs at least one score or note.")

    def no_areas(self, a: Args) -> str:
        return self.tr("Add at least one treated area.")

    def unknown_area(self, a: Args) -> str:
        return self.tr("Unknown area “{value}”; choose one of: {choices}.").format(
            value=_text(a["value"]), choices=self.value(a["choices"])
        )

    def unknown_indication(self, a: Args) -> str:
        return self.tr("Unknown indication “{value}”; choose one of: {choices}.").format(
            value=_text(a["value"]), choices=self.value(a["choices"])
        )

    def unknown_phase(self, a: Args) -> str:
        return self.tr("Unknown product phase “{value}”; use one of: {choices}.").format(
            value=_text(a["value"]), choices=self.value(a["choices"])
        )

    def unknown_endpoint(self, a: Args) -> str:
        return self.tr("Unknown endpoint “{value}” for {area}.").format(
            value=_text(a["value"]), area=self.value(a["area"])
        )

    def area_twice(self, a: Args) -> str:
        return self.tr("{area} is listed twice.").format(area=self.value(a["area"]))

    def depth_range(self, a: Args) -> str:
        return self.tr(
            "Needle depth for {area}: at least {least} and at most {most} (got {got})."
        ).format(
            area=self.value(a["area"]),
            least=self.value(a["least"]),
            most=self.value(a["most"]),
            got=self.value(a["got"]),
        )

    def passes_min(self, a: Args) -> str:
        return self.tr("Passes for {area}: at least 1.").format(area=self.value(a["area"]))

    def passes_max(self, a: Args) -> str:
        return self.tr("Passes for {area}: at most {most}.").format(
            area=self.value(a["area"]), most=self.value(a["most"])
        )

    def start_day_aftercare_only(self, a: Args) -> str:
        return self.tr("A start day applies only to aftercare products.")

    def client_needs_name(self, a: Args) -> str:
        return self.tr("The client needs a name.")

    def skin_type(self, a: Args) -> str:
        return self.tr("Skin type must be a Fitzpatrick type from I to VI.")

    def age_band(self, a: Args) -> str:
        return self.tr("The age band must be one of: {choices}.").format(
            choices=self.value(a["choices"])
        )

    def not_a_phone(self, a: Args) -> str:
        return self.tr(
            "“{value}” is not a phone number: use digits, spaces and + ( ) - . / only, "
            "{least} to {most} digits (e.g. +49 170 1234567)."
        ).format(value=_text(a["value"]), least=self.value(a["least"]), most=self.value(a["most"]))

    def not_an_email(self, a: Args) -> str:
        return self.tr(
            "“{value}” is not an e-mail address (it should look like name@example.com)."
        ).format(value=_text(a["value"]))

    def device_needs_name(self, a: Args) -> str:
        return self.tr("The device needs a name.")

    def device_kind(self, a: Args) -> str:
        return self.tr("Device kind must be one of: {choices}.").format(
            choices=self.value(a["choices"])
        )

    def product_needs_name(self, a: Args) -> str:
        return self.tr("The product needs a name.")

    # The screening checklist (journal.screening_records).
    def unknown_screening_item(self, a: Args) -> str:
        return self.tr("Unknown screening item “{value}”; use one of: {choices}.").format(
            value=_text(a["value"]), choices=self.value(a["choices"])
        )

    def screening_twice(self, a: Args) -> str:
        return self.tr("{item}: answered twice.").format(item=self.value(a["item"]))

    def screening_answer(self, a: Args) -> str:
        return self.tr("{item}: answer yes, no or unknown (got “{value}”).").format(
            item=self.value(a["item"]), value=_text(a["value"])
        )

    def screening_no_date(self, a: Args) -> str:
        return self.tr("{item}: takes no date; answer yes, no or unknown.").format(
            item=self.value(a["item"])
        )

    def screening_date_means_yes(self, a: Args) -> str:
        return self.tr("{item}: a date means yes; give the date or answer no.").format(
            item=self.value(a["item"])
        )

    def screening_nothing(self, a: Args) -> str:
        return self.tr("Nothing to record: give at least one answer, or renew the review.")


WORDS = ValidationWords()

RENDERERS: dict[str, Callable[[Args], str]] = {
    name: getattr(WORDS, name)
    for name in (
        "text_not_utf8",
        "text_control",
        "text_line_break",
        "text_too_long",
        "int_range",
        "not_negative",
        "no_such_record",
        "out_of_range",
        "before_year",
        "in_future",
        "needs_time_zone",
        "session_in_future",
        "check_in_future",
        "check_needs_content",
        "no_areas",
        "unknown_area",
        "unknown_indication",
        "unknown_phase",
        "unknown_endpoint",
        "area_twice",
        "depth_range",
        "passes_min",
        "passes_max",
        "start_day_aftercare_only",
        "client_needs_name",
        "skin_type",
        "age_band",
        "not_a_phone",
        "not_an_email",
        "device_needs_name",
        "device_kind",
        "product_needs_name",
        "unknown_screening_item",
        "screening_twice",
        "screening_answer",
        "screening_no_date",
        "screening_date_means_yes",
        "screening_nothing",
    )
}


def scale_title(name: str) -> str:
    """A named scale's title in the window's language (``ui.scale_terms`` lists them)."""
    from needlejournal.guidance.scales import find_scale

    scale = find_scale(name)
    return translate("Scales", scale.title) if scale is not None else name


def _worded(a: Args) -> dict[str, str]:
    """Each parameter as the window words it, for ``journal_words``' patterns."""
    # A parameter that is itself a sentence (a photo's rejection) is said in the language too.
    said = {
        key: problem_text(value) if isinstance(value, Said) else WORDS.value(value)
        for key, value in a.items()
    }
    if "id" in a:  # a record's number, never grouped ("1234", not "1.234")
        said["id"] = _text(a["id"])
    if "what" in a:
        said["what"] = WORDS.record(a)
    if "field" in a:
        said["field"] = WORDS.field(a)
    return said


def problem_text(message: str) -> str:
    """A problem in the window's language; English is the journal's own sentence."""
    if not isinstance(message, Said) or QLocale().language() == QLocale.Language.English:
        return str(message)
    render = RENDERERS.get(message.phrase)
    if render is not None:
        return render(dict(message.params))
    worded = journal_text(message.phrase, dict(message.params), _worded(dict(message.params)))
    return worded if worded is not None else str(message)


def said_text(message: str) -> str:
    """What the journal said (one sentence, or several in a ``Told``) in the window's
    language: each sentence worded on its own, joined as the command line joins them."""
    return " ".join(problem_text(part) for part in sentences(message))
