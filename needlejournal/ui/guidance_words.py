"""How the window words a guidance warning: the one seam between guidance/ and translation.

``needlejournal.guidance`` composes each warning's English sentence for the command line and
the PDF report (scripts read that text; it never changes with the language) and hands over,
with it, which sentence it is (``phrase``, one of ``guidance.PHRASE_IDS``) and what it says
(``params``: depths, days, dates, areas…). Here each phrase id has its translated pattern,
filled in with depths and numbers by QLocale, dates by ``ui.local_dates`` and domain words by
``ui.terms``. ``RENDERERS`` must cover every phrase id (tests/i18n/test_guidance_words.py
fails otherwise), so a new rule cannot reach the window in English. The sources a warning
cites are translated around their citations (``ui.source_terms``).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QObject

from needlejournal.guidance import Area, Indication, Phase, ScreeningItem, Term
from needlejournal.phrases import Count, Depth, Param, Words
from needlejournal.ui import terms
from needlejournal.ui.language import QT_TRANSLATE_NOOP, translate
from needlejournal.ui.local_dates import format_date, local_depth
from needlejournal.ui.source_terms import source_text

if TYPE_CHECKING:
    from needlejournal.guidance import GuidanceWarning

_ENUMS: dict[str, type[Term]] = {
    "Area": Area,
    "Indication": Indication,
    "Phase": Phase,
    "ScreeningItem": ScreeningItem,
}

# What each caution category reads as: in "contains …" and in "advise avoiding …".
CATEGORIES: dict[str, tuple[str, str]] = {
    "retinoids": (
        QT_TRANSLATE_NOOP("GuidanceWords", "a retinoid"),
        QT_TRANSLATE_NOOP("GuidanceWords", "retinoids"),
    ),
    "acids": (
        QT_TRANSLATE_NOOP("GuidanceWords", "an exfoliating acid"),
        QT_TRANSLATE_NOOP("GuidanceWords", "exfoliating acids"),
    ),
    "benzoyl_peroxide": (
        QT_TRANSLATE_NOOP("GuidanceWords", "benzoyl peroxide"),
        QT_TRANSLATE_NOOP("GuidanceWords", "benzoyl peroxide"),
    ),
    "hydroquinone": (
        QT_TRANSLATE_NOOP("GuidanceWords", "hydroquinone"),
        QT_TRANSLATE_NOOP("GuidanceWords", "hydroquinone"),
    ),
    "alcohol": (
        QT_TRANSLATE_NOOP("GuidanceWords", "drying alcohol"),
        QT_TRANSLATE_NOOP("GuidanceWords", "alcohol-based products"),
    ),
    "fragrance": (
        QT_TRANSLATE_NOOP("GuidanceWords", "fragrance"),
        QT_TRANSLATE_NOOP("GuidanceWords", "fragranced products"),
    ),
}

# How long the domain notes say to wait after a timed screening item.
WAITS: dict[str, str] = {
    "isotretinoin": QT_TRANSLATE_NOOP("GuidanceWords", "3–6 months"),
    "filler": QT_TRANSLATE_NOOP("GuidanceWords", "6–12 months"),
    "neuromodulator": QT_TRANSLATE_NOOP("GuidanceWords", "3 months"),
    "peel_laser": QT_TRANSLATE_NOOP("GuidanceWords", "2–4 weeks"),
}

Args = dict[str, Param]


def _text(value: Param) -> str:
    return "" if value is None else str(value)


def _mid_sentence(label: str) -> str:
    """A label inside a sentence: lower case, except in German, where nouns keep theirs."""
    return label if QLocale().language() == QLocale.Language.German else label.lower()


class GuidanceWords(QObject):
    """The translated patterns (``self.tr``: lupdate records plural forms only in a class)."""

    def count(self, value: Count) -> str:
        if value.noun == "month":
            return self.tr("%Ln month(s)", "", value.n)
        if value.noun == "item":
            return self.tr("%Ln item(s)", "", value.n)
        return self.tr("%Ln day(s)", "", value.n)

    def days(self, n: Param) -> str:
        return self.count(Count(n if isinstance(n, int) else 0, "day"))

    def value(self, value: Param, *, inline: bool = False) -> str:
        """One parameter in the window's words."""
        if isinstance(value, Depth):
            return local_depth(value.mm)
        if isinstance(value, Count):
            return self.count(value)
        if isinstance(value, date):
            return format_date(value)
        if isinstance(value, Words):
            kind = _ENUMS[value.kind]
            found = [terms.label(kind, v) for v in value.values]
            return ", ".join(_mid_sentence(x) if inline else x for x in found)
        if isinstance(value, bool):
            return str(value)
        if isinstance(value, int):
            return QLocale().toString(value)
        return _text(value)

    # ---- interval and depth ------------------------------------------------------------

    def interval(self, a: Args) -> str:
        on = self.value(a["on"])
        if a["depth"] is not None:
            session = self.tr("the {depth} session on {date}").format(
                depth=self.value(a["depth"]), date=on
            )
        else:
            session = self.tr("the session on {date}").format(date=on)
        site = a["site"]
        if site is not None:
            where = self.tr("face") if site == "face" else terms.label(Area, _text(site))
            session += f" ({_mid_sentence(where)})"
        since = a["relation"] == "since"
        if a["days"] == 0:
            pattern = (
                self.tr(
                    "Less than a day since {session}; at {depth}, sessions are usually at "
                    "least {needed} apart."
                )
                if since
                else self.tr(
                    "Less than a day before {session}; at {depth}, sessions are usually at "
                    "least {needed} apart."
                )
            )
        else:
            pattern = (
                self.tr(
                    "Only {gap} since {session}; at {depth}, sessions are usually at least "
                    "{needed} apart."
                )
                if since
                else self.tr(
                    "Only {gap} before {session}; at {depth}, sessions are usually at least "
                    "{needed} apart."
                )
            )
        return pattern.format(
            gap=self.days(a["days"]),
            session=session,
            depth=self.value(a["at"]),
            needed=self.days(a["needed"]),
        )

    def depth_area(self, a: Args) -> str:
        what = self.value(a["area"])
        if a["indication"] is not None:
            what += f" ({self.value(a['indication'], inline=True)})"
        if a["personal"]:
            pattern = (
                self.tr(
                    "{area}: {depth} is deeper than the usual maximum of {limit} for this area "
                    "and indication at home."
                )
                if a["own_figure"]
                else self.tr(
                    "{area}: {depth} is deeper than the usual maximum of {limit} for this area "
                    "at home."
                )
            )
        else:
            pattern = (
                self.tr(
                    "{area}: {depth} is deeper than the usual maximum of {limit} for this area "
                    "and indication in professional treatments."
                )
                if a["own_figure"]
                else self.tr(
                    "{area}: {depth} is deeper than the usual maximum of {limit} for this area "
                    "in professional treatments."
                )
            )
        return pattern.format(area=what, depth=self.value(a["depth"]), limit=self.value(a["limit"]))

    def depth_home(self, a: Args) -> str:
        return self.tr(
            "{depth} ({areas}) is deeper than home-use guides advise: they say not to exceed "
            "{limit}."
        ).format(
            depth=self.value(a["depth"]),
            areas=self.value(a["areas"], inline=True),
            limit=self.value(a["limit"]),
        )

    # ---- products ----------------------------------------------------------------------

    def _product(self, a: Args) -> tuple[str, str, str]:
        """The subject, where the hit was, and how the product was used."""
        product = a["product"]
        subject = (
            self.tr("“{product}”").format(product=product) if product else self.tr("This product")
        )
        hit = _text(a["hit"])
        if a["found_in"] == "name":
            found = self.tr("“{hit}”, in its name").format(hit=hit)
        elif a["found_in"] == "list":
            found = self.tr("“{hit}”, on its ingredient list").format(hit=hit)
        else:
            found = self.tr("“{hit}”").format(hit=hit)
        phase, offset = a["phase"], a["day_offset"]
        if offset is not None:
            used = self.tr("was used for aftercare from day {day} after the session").format(
                day=self.value(offset)
            )
        elif phase == Phase.PREP:
            used = self.tr("was used before needling")
        elif phase == Phase.DURING:
            used = self.tr("was used during needling")
        elif phase == Phase.POST:
            used = self.tr("was used right after needling")
        else:
            used = self.tr("was used for aftercare")
        return subject, found, used

    def product_vitamin_c(self, a: Args) -> str:
        subject, found, used = self._product(a)
        return self.tr(
            "{subject} contains L-ascorbic acid ({found}) and {used}. Granulomas have been "
            "reported after needling with topical vitamin C serums; this caution is an "
            "inference from those case reports, not an established rule."
        ).format(subject=subject, found=found, used=used)

    def product_aftercare(self, a: Args) -> str:
        subject, found, used = self._product(a)
        one, many = CATEGORIES[_text(a["category"])]
        return self.tr(
            "{subject} contains {what} ({found}) and {used}. Clinic aftercare handouts advise "
            "avoiding {avoid} for about {days} after needling."
        ).format(
            subject=subject,
            what=translate("GuidanceWords", one),
            found=found,
            used=used,
            avoid=translate("GuidanceWords", many),
            days=self.days(a["days"]),
        )

    # ---- record keeping ----------------------------------------------------------------

    def consent_missing(self, a: Args) -> str:
        return self.tr(
            "There is no treatment consent on file for this client. Take and record their "
            "consent before treating them."
        )

    def consent_later(self, a: Args) -> str:
        return self.tr(
            "The client's treatment consent was given after this session's date. Take and "
            "record their consent before treating them."
        )

    def consent_expired(self, a: Args) -> str:
        return self.tr(
            "The client's treatment consent on file has expired. Take and record their "
            "consent before treating them."
        )

    def expired_product(self, a: Args) -> str:
        pattern = (
            self.tr(
                "{product}, lot {lot}, expired on {expired}, before this session ({day}). "
                "Do not use expired product on needled skin."
            )
            if a["lot"]
            else self.tr(
                "{product} expired on {expired}, before this session ({day}). Do not use "
                "expired product on needled skin."
            )
        )
        return pattern.format(
            product=_text(a["product"]),
            lot=_text(a["lot"]),
            expired=self.value(a["expired_on"]),
            day=self.value(a["day"]),
        )

    # ---- screening ---------------------------------------------------------------------

    def _reviewed(self, a: Args) -> str:
        on = self.value(a["reviewed_on"])
        if a["reviewer"]:
            return self.tr("reviewed {date}, {reviewer}").format(
                date=on, reviewer=_text(a["reviewer"])
            )
        return self.tr("reviewed {date}").format(date=on)

    def _wait(self, a: Args) -> str:
        item = a["item"]
        value = item.values[0] if isinstance(item, Words) else ""
        return translate("GuidanceWords", WAITS.get(value, ""))

    def screening_yes(self, a: Args) -> str:
        return self.tr(
            "Screening on file: {item} — yes ({reviewed}). A reason not to needle, or to ask first."
        ).format(item=self.value(a["item"]), reviewed=self._reviewed(a))

    def screening_undated(self, a: Args) -> str:
        return self.tr(
            "Screening on file: {item} — yes, with no date ({reviewed}); the domain notes say "
            "to wait {wait}, so record when it was."
        ).format(item=self.value(a["item"]), reviewed=self._reviewed(a), wait=self._wait(a))

    def screening_recent(self, a: Args) -> str:
        return self.tr(
            "Screening on file: {item} on {date}, {since} before this session; the domain "
            "notes say to wait {wait} (set: {days})."
        ).format(
            item=self.value(a["item"]),
            date=self.value(a["item_date"]),
            since=self.value(a["since"]),
            wait=self._wait(a),
            days=self.days(a["set_days"]),
        )

    def screening_review(self, a: Args) -> str:
        return self.tr(
            "The screening on file was reviewed on {date}, {age} before this session; review "
            "it every {every}."
        ).format(
            date=self.value(a["reviewed_on"]),
            age=self.value(a["age"]),
            every=self.value(a["every"]),
        )

    def screening_unknown(self, a: Args) -> str:
        items = a["items"]
        values = items.values if isinstance(items, Words) else ()
        named = "; ".join(terms.label(ScreeningItem, v) for v in values)
        return self.tr(
            "Screening: %Ln item(s) unknown or not asked — {items}.", "", len(values)
        ).format(items=named)


WORDS = GuidanceWords()

RENDERERS: dict[str, Callable[[Args], str]] = {
    "interval": WORDS.interval,
    "depth_area": WORDS.depth_area,
    "depth_home": WORDS.depth_home,
    "product_vitamin_c": WORDS.product_vitamin_c,
    "product_aftercare": WORDS.product_aftercare,
    "consent_missing": WORDS.consent_missing,
    "consent_later": WORDS.consent_later,
    "consent_expired": WORDS.consent_expired,
    "expired_product": WORDS.expired_product,
    "screening_yes": WORDS.screening_yes,
    "screening_undated": WORDS.screening_undated,
    "screening_recent": WORDS.screening_recent,
    "screening_review": WORDS.screening_review,
    "screening_unknown": WORDS.screening_unknown,
}


def warning_text(warning: GuidanceWarning) -> str:
    """The warning in the window's language (its English ``message`` if its phrase is
    unknown here, which tests/i18n/test_guidance_words.py does not let happen)."""
    render = RENDERERS.get(warning.phrase)
    return render(dict(warning.params)) if render is not None else warning.message


def warning_source(warning: GuidanceWarning) -> str:
    """The source the warning cites, in the window's language (its citation as published)."""
    return source_text(warning.source)
