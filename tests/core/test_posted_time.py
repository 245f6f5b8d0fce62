"""Posting times as people type them and platforms show them (core.posted_time)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from evidence_app.core.posted_time import posted_time_problem, read_posted_time

BASE = "2026-12-06T10:00:00+00:00"  # captured 18:00 in Shanghai
ZONE = "Asia/Shanghai"
SHANGHAI = timezone(timedelta(hours=8))


@pytest.mark.parametrize(
    ("typed", "expected", "derived"),
    [
        ("2025-09-20 13:05", datetime(2025, 9, 20, 13, 5, tzinfo=SHANGHAI), False),
        ("2025/9/20 13:05", datetime(2025, 9, 20, 13, 5, tzinfo=SHANGHAI), False),
        ("2025年9月20日 13:05", datetime(2025, 9, 20, 13, 5, tzinfo=SHANGHAI), False),
        ("9月20日", datetime(2026, 9, 20, 0, 0, tzinfo=SHANGHAI), True),  # year from the capture
        ("12月20日 08:00", datetime(2025, 12, 20, 8, 0, tzinfo=SHANGHAI), True),  # not the future
        ("昨天 13:05", datetime(2026, 12, 5, 13, 5, tzinfo=SHANGHAI), True),
        ("3小时前", datetime(2026, 12, 6, 15, 0, tzinfo=SHANGHAI), True),
        ("3 hours ago", datetime(2026, 12, 6, 15, 0, tzinfo=SHANGHAI), True),
        ("2025-09-20T13:05:00+00:00", datetime(2025, 9, 20, 13, 5, tzinfo=timezone.utc), False),
    ],
)
def test_forms_people_type_are_read_in_the_case_zone(typed, expected, derived) -> None:
    read = read_posted_time(typed, ZONE, BASE)
    assert read is not None, typed
    assert read.moment == expected and read.derived is derived
    assert read.zone_assumed is (typed[-6:] != "+00:00")


def test_the_case_zone_decides_what_a_time_without_zone_means() -> None:
    berlin = read_posted_time("2025-09-20 13:05", "Europe/Berlin", BASE)
    assert berlin is not None and berlin.utc == datetime(2025, 9, 20, 11, 5, tzinfo=timezone.utc)


def test_what_cannot_be_read_is_said_in_one_sentence() -> None:
    assert posted_time_problem("2025-09-20 13:05") is None
    assert posted_time_problem("") is None
    problem = posted_time_problem("上周某天", "posted_at", lang="en")
    assert problem is not None and "上周某天" in problem and "\n" not in problem
    assert read_posted_time("上周某天", ZONE, BASE) is None


def test_a_date_without_a_time_of_day_is_marked_as_the_day_only() -> None:
    for typed in ("9月20日", "2025-09-20", "2025年9月20日", "昨天"):
        read = read_posted_time(typed, ZONE, BASE)
        assert read is not None and read.date_only, typed
    for typed in ("2025-09-20 13:05", "3小时前", "昨天 13:05"):
        read = read_posted_time(typed, ZONE, BASE)
        assert read is not None and not read.date_only, typed


@pytest.mark.parametrize("typed", ["昨天 25:61", "昨天 24:00", "今天 12:60", "2025-09-20 25:61"])
def test_a_clock_time_that_does_not_exist_is_refused_not_dropped(typed) -> None:
    """dateparser used to drop "25:61" and answer yesterday at the capture time, silently."""
    assert read_posted_time(typed, ZONE, BASE) is None
    assert posted_time_problem(typed, "posted_at", ZONE, lang="en") is not None


def test_the_clock_time_typed_is_the_one_read_with_am_pm() -> None:
    for typed, clock in (
        ("Sep 20, 2025 1:05 PM", (13, 5)),
        ("昨天 下午 1:05", (13, 5)),
        ("12:30 AM", (0, 30)),
        ("昨天 23:59", (23, 59)),
    ):
        read = read_posted_time(typed, ZONE, BASE)
        assert read is not None and (read.moment.hour, read.moment.minute) == clock, typed


@pytest.mark.parametrize("typed", ["0001-01-01 00:00", "9999-12-31 23:59", "1900-01-01"])
def test_a_year_no_post_can_have_is_refused(typed) -> None:
    """Year 1 in Shanghai is before datetime.min in UTC: the export crashed on it (exit 3)."""
    assert read_posted_time(typed, ZONE, BASE) is None


@pytest.mark.parametrize(
    ("typed", "precision", "approximate"),
    [
        ("2026-11-28 21:14", "minute", False),  # the lawyer's case: no ":00" seconds to invent
        ("11月28日 21:14", "minute", False),
        ("2026-11-28T21:14:05+08:00", "second", False),  # typed with seconds: kept
        ("2026-11-28 21:14:05", "second", False),
        ("2026年11月28日 21点14分", "minute", False),
        ("2026-11-28", "day", False),  # a date alone: never midnight
        ("2026-11-28T21+08:00", "hour", False),
        ("2026-11-28 21", "hour", False),
        ("11月28日", "day", False),
        ("昨天", "day", False),  # a named day: that day, exactly
        ("昨天 21:14", "minute", False),
        ("3小时前", "hour", True),  # a platform rounds "3 hours ago" down: about that hour
        ("3 hours ago", "hour", True),
        ("5分钟前", "minute", True),
        ("2天前", "day", True),
        ("3 weeks ago", "day", True),
    ],
)
def test_a_reading_keeps_the_precision_its_words_had(typed, precision, approximate) -> None:
    read = read_posted_time(typed, ZONE, BASE)
    assert read is not None, typed
    assert (read.precision, read.approximate) == (precision, approximate), typed
    assert read.date_only is (precision == "day")


def test_the_instant_behind_a_reading_is_unchanged_by_its_precision() -> None:
    """Sorting and the one-year windows still use the instant the words resolve to."""
    minute = read_posted_time("2026-11-28 21:14", ZONE, BASE)
    second = read_posted_time("2026-11-28 21:14:05", ZONE, BASE)
    hours = read_posted_time("3小时前", ZONE, BASE)
    assert minute is not None and second is not None and hours is not None
    assert minute.moment == datetime(2026, 11, 28, 21, 14, tzinfo=SHANGHAI)
    assert second.moment - minute.moment == timedelta(seconds=5)
    assert hours.moment == datetime(2026, 12, 6, 15, 0, tzinfo=SHANGHAI)
