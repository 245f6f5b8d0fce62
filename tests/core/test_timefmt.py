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
