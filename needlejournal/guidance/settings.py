"""GuidanceSettings: every threshold the rules use, validated, and its JSON form."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import TypeVar

from .defaults import (
    DEFAULT_HOME_MAX_DEPTH,
    DEFAULT_HOME_MAX_DEPTH_BY_INDICATION,
    DEFAULT_INTERVAL_BANDS,
    DEFAULT_KEYWORDS,
    DEFAULT_PRO_MAX_DEPTH,
    DEFAULT_PRO_MAX_DEPTH_BY_INDICATION,
    DEFAULT_SCREENING_REVIEW_DAYS,
    DEFAULT_SCREENING_WINDOW_DAYS,
    DEFAULT_WASHOUT_DAYS,
)
from .vocabulary import Area, Indication, Phase, check_depth, format_depth, normalise_text

# indication -> area -> usual maximum (None: no maximum), for the areas that differ by it.
DepthOverrides = Mapping[str, Mapping[str, float | None]]


def _frozen_overrides(table: Mapping[str, Mapping[str, float | None]]) -> DepthOverrides:
    return MappingProxyType({k: MappingProxyType(dict(v)) for k, v in table.items()})


_V = TypeVar("_V")


@dataclass(frozen=True)
class GuidanceSettings:
    """All thresholds, with DOMAIN.md defaults. Stored by the app as JSON (see to_json)."""

    interval_bands: tuple[tuple[float, int], ...] = DEFAULT_INTERVAL_BANDS
    home_max_depth_by_area: Mapping[str, float | None] = field(
        default_factory=lambda: MappingProxyType(dict(DEFAULT_HOME_MAX_DEPTH))
    )
    professional_max_depth_by_area: Mapping[str, float | None] = field(
        default_factory=lambda: MappingProxyType(dict(DEFAULT_PRO_MAX_DEPTH))
    )
    home_max_depth_by_indication: DepthOverrides = field(
        default_factory=lambda: _frozen_overrides(DEFAULT_HOME_MAX_DEPTH_BY_INDICATION)
    )
    professional_max_depth_by_indication: DepthOverrides = field(
        default_factory=lambda: _frozen_overrides(DEFAULT_PRO_MAX_DEPTH_BY_INDICATION)
    )
    home_max_depth_mm: float = 1.0
    vitamin_c_phases: tuple[str, ...] = ("during", "post")
    aftercare_caution_phases: tuple[str, ...] = ("during", "post", "aftercare")
    ingredient_keywords: Mapping[str, tuple[str, ...]] = field(
        default_factory=lambda: MappingProxyType(dict(DEFAULT_KEYWORDS))
    )
    washout_days: Mapping[str, int] = field(
        default_factory=lambda: MappingProxyType(dict(DEFAULT_WASHOUT_DAYS))
    )
    # Intervals are per area by default; some users prefer the whole face to count as one.
    face_as_one_area: bool = False
    screening_window_days: Mapping[str, int] = field(
        default_factory=lambda: MappingProxyType(dict(DEFAULT_SCREENING_WINDOW_DAYS))
    )
    screening_review_days: int = DEFAULT_SCREENING_REVIEW_DAYS

    def __post_init__(self) -> None:
        _validate_bands(self.interval_bands)
        # Lists from callers become tuples, so equality and the JSON round trip stay exact.
        bands = tuple((float(f), d) for f, d in self.interval_bands)
        object.__setattr__(self, "interval_bands", bands)
        for name in ("home_max_depth_by_area", "professional_max_depth_by_area"):
            table: Mapping[str, float | None] = getattr(self, name)
            if set(table) != set(Area.values()):
                raise ValueError(f"guidance settings: {name!r} must give a value for every area")
            for area, depth in table.items():
                if depth is not None:
                    check_depth(depth, f"guidance settings: {name}[{area!r}]")
            object.__setattr__(self, name, MappingProxyType(dict(table)))
        for name in ("home_max_depth_by_indication", "professional_max_depth_by_indication"):
            overrides: DepthOverrides = getattr(self, name)
            for indication, by_area in overrides.items():
                if not Indication.has(indication) or indication == Indication.GENERAL:
                    raise ValueError(
                        f"guidance settings: {name!r} has an unknown indication {indication!r}"
                    )
                for area, depth in by_area.items():
                    if not Area.has(area):
                        raise ValueError(
                            f"guidance settings: {name}[{indication!r}] has an unknown "
                            f"area {area!r}"
                        )
                    if depth is not None:
                        check_depth(depth, f"guidance settings: {name}[{indication!r}][{area!r}]")
            # Every indication has a row, empty when none of its areas differ: the JSON then
            # says "no figures" rather than leaving the row to fall back to the defaults.
            full = {i: dict(overrides.get(i, {})) for i in Indication.values() if i != "general"}
            object.__setattr__(self, name, _frozen_overrides(full))
        check_depth(self.home_max_depth_mm, "guidance settings: 'home_max_depth_mm'")
        for name in ("vitamin_c_phases", "aftercare_caution_phases"):
            bad = [p for p in getattr(self, name) if not Phase.has(p)]
            if bad:
                raise ValueError(
                    f"guidance settings: {name!r} has unknown phases {bad}; "
                    f"expected some of {Phase.listed()}"
                )
            object.__setattr__(self, name, tuple(getattr(self, name)))
        if set(self.ingredient_keywords) != set(DEFAULT_KEYWORDS):
            raise ValueError("guidance settings: 'ingredient_keywords' must list every category")
        keywords = {}
        for category, words in self.ingredient_keywords.items():
            cleaned = tuple(normalise_text(w) for w in words)
            if any(not w for w in cleaned):
                raise ValueError(f"guidance settings: empty keyword in {category!r}")
            keywords[category] = cleaned
        object.__setattr__(self, "ingredient_keywords", MappingProxyType(keywords))
        if set(self.washout_days) != set(DEFAULT_WASHOUT_DAYS):
            raise ValueError("guidance settings: 'washout_days' must list every category")
        for category, days in self.washout_days.items():
            _check_days(days, f"guidance settings: washout_days[{category!r}]")
        object.__setattr__(self, "washout_days", MappingProxyType(dict(self.washout_days)))
        if set(self.screening_window_days) != set(DEFAULT_SCREENING_WINDOW_DAYS):
            raise ValueError("guidance settings: 'screening_window_days' must list every item")
        for item, days in self.screening_window_days.items():
            _check_days(days, f"guidance settings: screening_window_days[{item!r}]")
        window = MappingProxyType(dict(self.screening_window_days))
        object.__setattr__(self, "screening_window_days", window)
        _check_days(self.screening_review_days, "guidance settings: 'screening_review_days'")

    def usual_max_depth(
        self, area: str, *, personal_mode: bool, indication: str = Indication.GENERAL.value
    ) -> float | None:
        """The usual maximum for this area and indication, at home or in a clinic (None: none).

        An indication's own figure for the area wins; otherwise the area's (the "unspecified"
        row), so acne scars on the cheeks may go deeper than rejuvenation there."""
        if personal_mode:
            table, overrides = self.home_max_depth_by_area, self.home_max_depth_by_indication
        else:
            table = self.professional_max_depth_by_area
            overrides = self.professional_max_depth_by_indication
        own = overrides.get(indication, {})
        if area in own:
            return own[area]
        return table.get(area)

    def to_json(self) -> dict[str, object]:
        return {
            "interval_bands": [{"from_mm": f, "min_days": d} for f, d in self.interval_bands],
            "home_max_depth_by_area": dict(self.home_max_depth_by_area),
            "professional_max_depth_by_area": dict(self.professional_max_depth_by_area),
            "home_max_depth_by_indication": {
                k: dict(v) for k, v in self.home_max_depth_by_indication.items()
            },
            "professional_max_depth_by_indication": {
                k: dict(v) for k, v in self.professional_max_depth_by_indication.items()
            },
            "home_max_depth_mm": self.home_max_depth_mm,
            "vitamin_c_phases": list(self.vitamin_c_phases),
            "aftercare_caution_phases": list(self.aftercare_caution_phases),
            "ingredient_keywords": {k: list(v) for k, v in self.ingredient_keywords.items()},
            "washout_days": dict(self.washout_days),
            "face_as_one_area": self.face_as_one_area,
            "screening_window_days": dict(self.screening_window_days),
            "screening_review_days": self.screening_review_days,
        }

    @classmethod
    def from_json(cls, data: Mapping[str, object]) -> GuidanceSettings:
        """Missing keys take defaults, unknown keys are ignored, bad values raise ValueError."""
        if not isinstance(data, Mapping):
            raise ValueError("guidance settings must be a JSON object")
        default = cls()
        kwargs: dict[str, object] = {}
        if "interval_bands" in data:
            kwargs["interval_bands"] = _bands_from_json(data["interval_bands"])
        for name in ("home_max_depth_by_area", "professional_max_depth_by_area"):
            if name in data:
                kwargs[name] = _merge(
                    getattr(default, name), data[name], name, _optional_depth_from_json
                )
        for name in ("home_max_depth_by_indication", "professional_max_depth_by_indication"):
            if name in data:
                kwargs[name] = _overrides_from_json(getattr(default, name), data[name], name)
        if "home_max_depth_mm" in data:
            kwargs["home_max_depth_mm"] = _number(data["home_max_depth_mm"], "home_max_depth_mm")
        for name in ("vitamin_c_phases", "aftercare_caution_phases"):
            if name in data:
                kwargs[name] = tuple(_string_list(data[name], name))
        if "ingredient_keywords" in data:
            kwargs["ingredient_keywords"] = _merge(
                default.ingredient_keywords,
                data["ingredient_keywords"],
                "ingredient_keywords",
                lambda v, what: tuple(_string_list(v, what)),
            )
        if "washout_days" in data:
            kwargs["washout_days"] = _merge(
                default.washout_days, data["washout_days"], "washout_days", _days_from_json
            )
        if "face_as_one_area" in data:
            flag = data["face_as_one_area"]
            if not isinstance(flag, bool):
                raise ValueError(
                    f"guidance settings: 'face_as_one_area' must be true or false, got {flag!r}"
                )
            kwargs["face_as_one_area"] = flag
        if "screening_window_days" in data:
            kwargs["screening_window_days"] = _merge(
                default.screening_window_days,
                data["screening_window_days"],
                "screening_window_days",
                _days_from_json,
            )
        if "screening_review_days" in data:
            kwargs["screening_review_days"] = _days_from_json(
                data["screening_review_days"], "screening_review_days"
            )
        return cls(**kwargs)  # type: ignore[arg-type]  # each value was checked above


def _check_days(days: object, what: str) -> None:
    if isinstance(days, bool) or not isinstance(days, int) or not 0 <= days <= 3650:
        raise ValueError(f"{what} must be a whole number of days from 0 to 3650, got {days!r}")


def _validate_bands(bands: Sequence[tuple[float, int]]) -> None:
    what = "guidance settings: 'interval_bands'"
    if not bands or bands[0][0] != 0:
        raise ValueError(f"{what} must start with a band from 0 mm")
    previous = -1.0
    for from_mm, days in bands:
        if from_mm != 0:
            check_depth(from_mm, f"{what} depth")
        if from_mm <= previous:
            raise ValueError(f"{what} depths must increase, got {format_depth(from_mm)} again")
        previous = from_mm
        _check_days(days, f"{what} minimum days")


def _number(value: object, what: str) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ValueError(f"guidance settings: {what!r} must be a number, got {value!r}")
    return float(value)


def _optional_depth_from_json(value: object, what: str) -> float | None:
    return None if value is None else _number(value, what)


def _days_from_json(value: object, what: str) -> int:
    _check_days(value, f"guidance settings: {what!r}")
    assert isinstance(value, int)
    return value


def _string_list(value: object, what: str) -> list[str]:
    if isinstance(value, str) or not isinstance(value, Sequence):
        raise ValueError(f"guidance settings: {what!r} must be a list of text, got {value!r}")
    if not all(isinstance(v, str) for v in value):
        raise ValueError(f"guidance settings: {what!r} must contain only text, got {value!r}")
    return list(value)


def _merge(
    defaults: Mapping[str, _V], value: object, name: str, convert: Callable[[object, str], _V]
) -> dict[str, _V]:
    """Overlay a JSON object on the defaults; keys the app does not know are ignored."""
    if not isinstance(value, Mapping):
        raise ValueError(f"guidance settings: {name!r} must be an object, got {value!r}")
    merged = dict(defaults)
    for key, item in value.items():
        if key in merged:
            merged[key] = convert(item, f"{name}[{key!r}]")
    return merged


def _bands_from_json(value: object) -> tuple[tuple[float, int], ...]:
    what = "interval_bands"
    if isinstance(value, str) or not isinstance(value, Sequence):
        raise ValueError(f"guidance settings: {what!r} must be a list, got {value!r}")
    bands = []
    for item in value:
        if not isinstance(item, Mapping) or "from_mm" not in item or "min_days" not in item:
            raise ValueError(
                f"guidance settings: each of {what!r} needs 'from_mm' and 'min_days', got {item!r}"
            )
        days = item["min_days"]
        _check_days(days, f"guidance settings: {what!r} min_days")
        assert isinstance(days, int)
        bands.append((_number(item["from_mm"], f"{what} from_mm"), days))
    return tuple(bands)


def _overrides_from_json(defaults: DepthOverrides, value: object, name: str) -> DepthOverrides:
    """An indication given replaces its whole row (so a figure can be removed); the others
    keep their defaults. Indications and areas the app does not know are ignored."""
    if not isinstance(value, Mapping):
        raise ValueError(f"guidance settings: {name!r} must be an object, got {value!r}")
    merged: dict[str, Mapping[str, float | None]] = dict(defaults)
    for indication, by_area in value.items():
        if not Indication.has(indication) or indication == Indication.GENERAL:
            continue
        if not isinstance(by_area, Mapping):
            raise ValueError(
                f"guidance settings: {name}[{indication!r}] must be an object, got {by_area!r}"
            )
        merged[indication] = {
            area: _optional_depth_from_json(depth, f"{name}[{indication!r}][{area!r}]")
            for area, depth in by_area.items()
            if Area.has(area)
        }
    return merged
