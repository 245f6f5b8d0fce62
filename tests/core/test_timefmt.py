"""Printed times: local with its offset first, UTC after; never an abbreviation."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from evidence_app.core import timefmt


def test_local_first_with_offset_then_utc() -> None:
    text = timefmt.instant_text("2026-12-06T02:22:45.123456+00:00", "Asia/Shanghai")
    assert text == "2026-12-06 10:22:45 +08:00 (UTC 2026-12-06 02:22:45)"


def test_custody_at_local_form_is_read() -> None:
    text = timefmt.local_time("2026-12-06T10:22:45.5+08:00 CST (Asia/Shanghai)", "Asia/Shanghai")
    assert text == "2026-12-06 10:22:45 +08:00"
    assert "CST" not in text


def test_utc_zone_prints_once() -> None:
    assert timefmt.instant_text(datetime(2026, 1, 2, 3, 4, 5, tzinfo=timezone.utc), "UTC") == (
        "2026-01-02 03:04:05 +00:00"
    )


def test_negative_and_half_hour_offsets() -> None:
    assert timefmt.local_time("2026-07-01T12:00:00+00:00", "America/New_York").endswith("-04:00")
    assert (
        timefmt.local_time("2026-07-01T12:00:00+00:00", "Asia/Kolkata")
        == "2026-07-01 17:30:00 +05:30"
    )


def test_system_zone_from_tz(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TZ", "Asia/Shanghai")
    assert timefmt.system_zone_key() == "Asia/Shanghai"
    assert timefmt.local_time("2026-12-06T02:22:45+00:00").endswith("+08:00")


def test_unknown_zone_falls_back_and_naive_text_is_kept(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TZ", "Asia/Shanghai")
    assert timefmt.local_time("2026-12-06T02:22:45+00:00", "Not/AZone").endswith("+08:00")
    assert timefmt.instant_text("2025-09-20 13:05") == "2025-09-20 13:05"
    assert timefmt.parse_instant("yesterday") is None


def test_a_time_prints_only_as_precisely_as_it_was_given() -> None:
    moment = "2026-11-28T13:14:35.5+00:00"  # 21:14:35 in Shanghai
    shown = {
        p: timefmt.instant_text(moment, "Asia/Shanghai", precision=p) for p in timefmt.PRECISIONS
    }
    assert shown == {
        "second": "2026-11-28 21:14:35 +08:00 (UTC 2026-11-28 13:14:35)",
        "minute": "2026-11-28 21:14 +08:00 (UTC 2026-11-28 13:14)",
        "hour": "2026-11-28 21:00 +08:00 (UTC 2026-11-28 13:00)",
        "day": "2026-11-28",  # a day in the case's zone is no one day in UTC: no bracket
    }
    # a day is the case zone's day, not UTC's (13:14 UTC on the 27th is the 28th in Shanghai)
    assert timefmt.instant_text("2026-11-27T20:00:00+00:00", "Asia/Shanghai", precision="day") == (
        "2026-11-28"
    )
    # the hour is the local one: with +05:30 its start is :30 in UTC
    assert timefmt.instant_text(moment, "Asia/Kolkata", precision="hour") == (
        "2026-11-28 18:00 +05:30 (UTC 2026-11-28 12:30)"
    )
    assert timefmt.local_time(moment, "Asia/Shanghai", precision="minute") == (
        "2026-11-28 21:14 +08:00"
    )
