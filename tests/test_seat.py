"""The seat name: saved per computer (config folder), overridable, never empty."""

from __future__ import annotations

import pytest

from needlejournal import seat


def test_default_is_host_then_saved_then_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(seat.SEAT_ENV, raising=False)
    seat.seat_file().unlink(missing_ok=True)
    assert seat.seat_name()  # the host name, never empty
    assert seat.set_seat_name("  Front   desk ") == "Front desk"
    assert seat.seat_name() == "Front desk"
    monkeypatch.setenv(seat.SEAT_ENV, "ROOM-2")
    assert seat.seat_name() == "ROOM-2"
    seat.seat_file().unlink()


@pytest.mark.parametrize("bad", ["", "   ", "x" * 41])
def test_bad_names_are_refused_and_keep_the_old_one(bad: str) -> None:
    seat.set_seat_name("Front desk")
    with pytest.raises(seat.SeatNameError):
        seat.set_seat_name(bad)
    assert seat.seat_file().read_text(encoding="utf-8") == "Front desk"
    seat.seat_file().unlink()


def test_os_user_is_named() -> None:
    assert seat.os_user()
