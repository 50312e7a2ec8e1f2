"""Product cautions: match a product's ingredients against the keyword lists, by phase.

Matching is word by word on normalised text (see ``vocabulary.normalise_text``), so accents,
case and punctuation never matter. It tolerates one typo in words of six letters or more
("retinool", "salicilic"), skips a match that is negated ("retinol-free", "sans parfum"), and
knows three traps of real ingredient lists:
- a vitamin C *derivative* (ascorbyl…, "SAP", "THD ascorbate") is not L-ascorbic acid;
- "BHA" on an ingredient list is butylated hydroxyanisole, a preservative: it means salicylic
  acid only in a product's name ("2% BHA Liquid Exfoliant");
- lactic, citric, malic or tartaric acid listed after the preservatives of an INCI list is
  there to adjust pH (INCI lists run by falling concentration; preservatives sit near 1 %).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping, Sequence

from needlejournal.phrases import params_of
from needlejournal.words import count

from .facts import GuidanceWarning
from .settings import GuidanceSettings
from .sources import SOURCE_AFTERCARE, SOURCE_VITAMIN_C
from .vocabulary import Phase, normalise_text

# "Avoid for days after" categories -> how a message names one ingredient of that kind.
_CAUTION_CATEGORIES: dict[str, str] = {
    "retinoids": "a retinoid",
    "acids": "an exfoliating acid",
    "benzoyl_peroxide": "benzoyl peroxide",
    "hydroquinone": "hydroquinone",
    "alcohol": "drying alcohol",
    "fragrance": "fragrance",
}
_PHASE_WORDS = {
    "prep": "before needling",
    "during": "during needling",
    "post": "right after needling",
    "aftercare": "for aftercare",
}
_CATEGORY_PLURALS = {
    "retinoids": "retinoids",
    "acids": "exfoliating acids",
    "benzoyl_peroxide": "benzoyl peroxide",
    "hydroquinone": "hydroquinone",
    "alcohol": "alcohol-based products",
    "fragrance": "fragranced products",
}
_ENTRY_SEPARATORS = re.compile(r"[,;|\n•]+")
# Categories matched against a whole ingredient entry, not a word in it: "cetyl alcohol".
_WHOLE_ENTRY = frozenset({"alcohol"})
# Keywords that name something else on an ingredient list than in a product's name.
_NAME_ONLY = frozenset({"bha"})
_PH_ADJUSTERS = frozenset({"lactic acid", "citric acid", "malic acid", "tartaric acid"})
# Ingredients used at about 1 % or less: whatever follows them on an INCI list is a trace.
_ONE_PERCENT_MARKERS = (
    "phenoxyethanol",
    "ethylhexylglycerin",
    "potassium sorbate",
    "sodium benzoate",
    "chlorphenesin",
    "disodium edta",
    "tetrasodium edta",
    "sodium hydroxide",
    "parfum",
    "fragrance",
)
_NEGATIONS_BEFORE = frozenset({"no", "non", "without", "sans", "sin", "ohne", "kein", "keine"})
_NEGATIONS_AFTER = frozenset({"free", "frei", "libre"})
_TYPO_MIN_LENGTH = 6
_TWO_TYPOS_MIN_LENGTH = 9


def _edits(a: str, b: str, cap: int) -> int:
    """Edits between a and b (insert, delete, substitute, swap neighbours), up to cap + 1."""
    if abs(len(a) - len(b)) > cap:
        return cap + 1
    previous2: list[int] = []
    previous = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        row = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            row[j] = min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                row[j] = min(row[j], previous2[j - 2] + 1)
        if min(row) > cap:
            return cap + 1
        previous2, previous = previous, row
    return previous[len(b)]


def _allowed_edits(keyword: str, *, beside_exact: bool = False) -> int:
    """One typo in words of six letters or more, two from nine ("salycilic"); a short word
    (four or five letters) of a phrase only beside a long word typed right ("ascorbic acd")."""
    if len(keyword) >= _TWO_TYPOS_MIN_LENGTH:
        return 2
    if len(keyword) >= _TYPO_MIN_LENGTH:
        return 1
    return 1 if beside_exact and len(keyword) >= 4 else 0


def _close(word: str, keyword: str, *, beside_exact: bool = False) -> bool:
    """Equal, or a few typos apart (see ``_allowed_edits``), with the same first letter."""
    if word == keyword:
        return True
    allowed = _allowed_edits(keyword, beside_exact=beside_exact)
    if not allowed or word[:1] != keyword[:1]:
        return False
    return _edits(word, keyword, allowed) <= allowed


def _phrase_at(words: Sequence[str], start: int, phrase: Sequence[str]) -> bool:
    candidates = words[start : start + len(phrase)]
    anchored = len(phrase) > 1 and any(
        w == k and len(k) >= _TYPO_MIN_LENGTH for w, k in zip(candidates, phrase, strict=True)
    )
    return all(_close(w, k, beside_exact=anchored) for w, k in zip(candidates, phrase, strict=True))


def _find(words: Sequence[str], phrase: Sequence[str]) -> bool:
    """Whether ``phrase`` occurs in ``words`` as whole words (typos tolerated), not negated."""
    n = len(phrase)
    for start in range(len(words) - n + 1):
        if _phrase_at(words, start, phrase):
            before = words[start - 1] if start else ""
            after = words[start + n] if start + n < len(words) else ""
            if before not in _NEGATIONS_BEFORE and after not in _NEGATIONS_AFTER:
                return True
    return False


# Matching is pure and a journal repeats the same few products in every session of every
# client: each (entry, keyword list) pair is matched once per process (a timeline of 50
# sessions spent 90 % of its time here, re-matching the same INCI lists with typo tolerance).
@functools.lru_cache(maxsize=1 << 16)
def _mentions(entry: str, keywords: tuple[str, ...], *, whole_entry: bool = False) -> bool:
    if whole_entry:
        # "alcohol", "alcohol denat", "sd alcohol 40 b": the entry is that alcohol, unless it
        # says it is free of it ("alcohol-free toner").
        return any(
            entry == k
            or (
                entry.startswith(f"{k} ") and entry[len(k) + 1 :].split()[0] not in _NEGATIONS_AFTER
            )
            for k in keywords
        )
    words = entry.split()
    return any(_find(words, k.split()) for k in keywords)


def _mask_derivatives(entry: str, keywords: Mapping[str, tuple[str, ...]]) -> str:
    return _masked(entry, keywords["vitamin_c_derivatives"])


@functools.lru_cache(maxsize=1 << 14)
def _masked(entry: str, derivatives: tuple[str, ...]) -> str:
    masked = entry
    for derivative in derivatives:
        if " " in derivative or len(derivative) <= 4:  # phrases and abbreviations: whole words
            masked = re.sub(rf"(?<!\S){re.escape(derivative)}(?!\S)", " | ", masked)
        else:  # a stem, also inside a compound word ("natriumascorbylphosphat")
            masked = re.sub(rf"\S*{re.escape(derivative)}\S*", " | ", masked)
    return masked


def _is_l_ascorbic_acid(
    entry: str, keywords: Mapping[str, tuple[str, ...]], *, derivative_listed: bool
) -> bool:
    masked = _mask_derivatives(entry, keywords)
    if _mentions(masked, keywords["l_ascorbic_acid"]):
        return True
    # A bare "vitamin C" means the derivative named beside it, in this entry or the list.
    if masked != entry or derivative_listed:
        return False
    return _mentions(entry, keywords["vitamin_c_generic"])


def _split(ingredients: Sequence[str]) -> list[tuple[str, str]]:
    return list(_split_once(tuple(ingredients)))


@functools.lru_cache(maxsize=1 << 12)
def _split_once(ingredients: tuple[str, ...]) -> tuple[tuple[str, str], ...]:
    return tuple(
        (raw.strip(), normalise_text(raw))
        for text in ingredients
        for raw in _ENTRY_SEPARATORS.split(text)
        if normalise_text(raw)
    )


def _trace_from(entries: Sequence[tuple[str, str]]) -> int:
    """Index of the first entry at about 1 % or less on an INCI list (len when none)."""
    return _trace_index(tuple(entry for _, entry in entries))


@functools.lru_cache(maxsize=1 << 12)
def _trace_index(entries: tuple[str, ...]) -> int:
    if len(entries) < 5:  # not an INCI list: a name or a short hand-typed note
        return len(entries)
    for i, entry in enumerate(entries):
        if _mentions(entry, _ONE_PERCENT_MARKERS):
            return i
    return len(entries)


def _category_hits(
    category: str,
    entries: Sequence[tuple[str, str]],
    keywords: Sequence[str],
    *,
    from_name: bool,
) -> list[str]:
    usable = tuple(keywords if from_name else (k for k in keywords if k not in _NAME_ONLY))
    trace = _trace_from(entries)
    hits = []
    for i, (raw, entry) in enumerate(entries):
        if not _mentions(entry, usable, whole_entry=category in _WHOLE_ENTRY):
            continue
        if category == "acids" and i >= trace and _only_ph_adjusters(entry, usable):
            continue  # lactic acid after the preservatives: a pH adjuster, not a peel
        hits.append(raw)
    return hits


def _only_ph_adjusters(entry: str, keywords: Sequence[str]) -> bool:
    words = entry.split()
    matched = [k for k in keywords if _find(words, k.split())]
    return bool(matched) and all(k in _PH_ADJUSTERS for k in matched)


def _where(found_in_name: bool, has_list: bool) -> str:
    if found_in_name:
        return ", in its name" if has_list else ""
    return ", on its ingredient list"


def _found_in(found_in_name: bool, has_list: bool) -> str:
    """Where the hit was, as a phrase parameter: "name", "list", or "" when it goes unsaid."""
    if found_in_name:
        return "name" if has_list else ""
    return "list"


def ingredient_cautions(
    ingredients: Sequence[str],
    phase: str,
    settings: GuidanceSettings,
    *,
    product: str | None = None,
    day_offset: int | None = None,
) -> list[GuidanceWarning]:
    """Cautions for one product used in this phase (rule "product_phase").

    Each ingredient string may hold a whole INCI list; it is split at commas and semicolons.
    The product's name is read too, as a name ("BHA" then means salicylic acid): a "Retinol
    Night Cream" whose list was typed partially is still a retinoid. The message says which
    matched. ``day_offset`` is the day after the session an aftercare product was started:
    from the washout day of its kind on, it is no caution.
    """
    if not Phase.has(phase):
        raise ValueError(f"unknown phase {phase!r}; expected one of {Phase.listed()}")
    if product is not None and tuple(ingredients) == (product,):
        ingredients = ()  # the caller passed the name as the list: read it once, as a name
    entries = _split(ingredients)
    name_entries = _split((product,)) if product else []
    has_list = bool(entries)
    keywords = settings.ingredient_keywords
    subject = f"“{product}”" if product else "This product"
    offset = day_offset if phase == Phase.AFTERCARE else None
    if offset is None:
        used = f"was used {_PHASE_WORDS[phase]}"
    else:
        used = f"was used for aftercare from day {offset} after the session"
    said = params_of(product=product or None, phase=phase, day_offset=offset)
    warnings = []
    if phase in settings.vitamin_c_phases:
        everything = entries + name_entries
        listed = any(_mask_derivatives(entry, keywords) != entry for _, entry in everything)
        found: tuple[str, bool] | None = None
        for in_name, group in ((False, entries), (True, name_entries)):
            hits = [
                raw
                for raw, entry in group
                if _is_l_ascorbic_acid(entry, keywords, derivative_listed=listed)
            ]
            if hits:
                found = (hits[0], in_name)
                break
        if found is not None:
            hit, in_name = found
            message = (
                f"{subject} contains L-ascorbic acid (“{hit}”{_where(in_name, has_list)}) and "
                f"{used}. Granulomas have been reported after needling with topical vitamin C "
                "serums; this caution is an inference from those case reports, not an "
                "established rule."
            )
            params = said + params_of(hit=hit, found_in=_found_in(in_name, has_list))
            warnings.append(
                GuidanceWarning(
                    "product_phase", message, SOURCE_VITAMIN_C, "product_vitamin_c", params
                )
            )
    if phase in settings.aftercare_caution_phases:
        for category, label in _CAUTION_CATEGORIES.items():
            days = settings.washout_days[category]
            if days == 0 or (offset is not None and offset >= days):
                continue  # no waiting time set, or started once the waiting time was over
            in_name = False
            hits = _category_hits(category, entries, keywords[category], from_name=False)
            if not hits:
                in_name = True
                hits = _category_hits(category, name_entries, keywords[category], from_name=True)
            if hits:
                message = (
                    f"{subject} contains {label} (“{hits[0]}”{_where(in_name, has_list)}) and "
                    f"{used}. Clinic aftercare handouts advise avoiding "
                    f"{_CATEGORY_PLURALS[category]} for about {count(days, 'day')} after "
                    "needling."
                )
                params = said + params_of(
                    hit=hits[0], found_in=_found_in(in_name, has_list), category=category, days=days
                )
                warnings.append(
                    GuidanceWarning(
                        "product_phase", message, SOURCE_AFTERCARE, "product_aftercare", params
                    )
                )
    return warnings
