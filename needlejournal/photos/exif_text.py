"""EXIF's text fields as the journal keeps them: the capture time in UTC and the camera's name
(plain strings in, no Pillow: split out of ``photos.decode``)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone


def _clean_text(value: object) -> str:
    if isinstance(value, bytes):
        value = value.decode("utf-8", "replace")
    if not isinstance(value, str):
        return ""
    return "".join(ch for ch in value if ch.isprintable()).strip()[:100]


def camera_name(make: object, model: object) -> str | None:
    """The camera from EXIF's Make and Model, its maker said once ("Apple iPhone 15", not
    "Apple Apple iPhone 15"); None when neither holds printable text."""
    make_s, model_s = _clean_text(make), _clean_text(model)
    if make_s and model_s.lower().startswith(make_s.lower()):
        return model_s
    return " ".join(part for part in (make_s, model_s) if part) or None


def parse_exif_datetime(value: object, offset: object = None) -> datetime | None:
    """UTC datetime from EXIF ``"YYYY:MM:DD HH:MM:SS"`` and an optional ``"+HH:MM"`` offset.

    Without an offset the time is taken as this computer's local time (cameras keep local
    time). Placeholders such as ``"0000:00:00 00:00:00"`` give ``None``.
    """
    text = _clean_text(value)
    try:
        naive = datetime.strptime(text[:19], "%Y:%m:%d %H:%M:%S")
    except ValueError:
        return None
    tz = _parse_offset(_clean_text(offset))
    try:
        if tz is None:
            return naive.astimezone(UTC)  # a naive datetime's astimezone assumes local time
        return naive.replace(tzinfo=tz).astimezone(UTC)
    except (OverflowError, ValueError, OSError):
        return None


def _parse_offset(text: str) -> timezone | None:
    if len(text) != 6 or text[0] not in "+-" or text[3] != ":":
        return None
    hours, minutes = text[1:3], text[4:6]
    if not (hours.isdigit() and minutes.isdigit()) or int(hours) > 14 or int(minutes) > 59:
        return None
    delta = timedelta(hours=int(hours), minutes=int(minutes))
    return timezone(-delta if text[0] == "-" else delta)
