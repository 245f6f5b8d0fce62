"""Honest timestamps: UTC with microseconds plus local time with offset and zone name (system clock)."""

from __future__ import annotations

import os
import time
from dataclasses import dataclass
from datetime import datetime, timezone


@dataclass(frozen=True)
class Moment:
    """One instant as read from the system clock, in UTC and in the user's local time."""

    utc: str  # 2026-11-22T03:00:07.123456+00:00
    local: str  # 2026-11-22T11:00:07.123456+08:00 CST (Asia/Shanghai)

    @property
    def utc_datetime(self) -> datetime:
        return datetime.fromisoformat(self.utc)


def _zone_name(local: datetime) -> str:
    abbreviation = local.tzname() or ""
    key = os.environ.get("TZ", "").lstrip(":")
    if not key:
        try:
            target = os.readlink("/etc/localtime")
            key = target.split("zoneinfo/", 1)[1] if "zoneinfo/" in target else ""
        except OSError:
            key = ""
    if key and key != abbreviation:
        return f"{abbreviation} ({key})" if abbreviation else key
    return abbreviation or "local"


def moment_from(utc: datetime) -> Moment:
    utc = utc.astimezone(timezone.utc)
    local = utc.astimezone()
    return Moment(
        utc=utc.isoformat(timespec="microseconds"),
        local=f"{local.isoformat(timespec='microseconds')} {_zone_name(local)}",
    )


def now() -> Moment:
    """The system clock now. It is the system clock: trusted time comes only from a TSA token."""
    return moment_from(datetime.fromtimestamp(time.time_ns() / 1e9, tz=timezone.utc))
