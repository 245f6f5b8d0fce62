"""Printed times: local time with its numeric offset first, UTC after it; never a zone abbreviation.

One instant reads ``2026-12-06 10:22:45 +08:00 (UTC 2026-12-06 02:22:45)`` everywhere a person reads
it (bundle pages, verify output, the app). "CST" is never printed: it also reads as US Central time.
Stored and JSON times stay UTC ISO 8601; this module only formats.
"""

from __future__ import annotations

import os
from datetime import datetime, timedelta, timezone, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError


def system_zone_key() -> str:
    """The PC's IANA zone name (``Asia/Shanghai``), or ``""`` when the system does not say."""
    key = os.environ.get("TZ", "").lstrip(":")
    if key:
        return key if _zone_from_key(key) is not None else ""
    try:
        target = os.readlink("/etc/localtime")
    except OSError:
        target = ""
    if "zoneinfo/" in target:
        key = target.split("zoneinfo/", 1)[1]
        return key if _zone_from_key(key) is not None else ""
    try:  # Debian keeps the name in a file too; Windows and macOS have neither: the offset serves
        with open("/etc/timezone", encoding="utf-8") as handle:
            key = handle.read().strip()
    except OSError:
        return ""
    return key if key and _zone_from_key(key) is not None else ""


def _zone_from_key(key: str) -> tzinfo | None:
    try:
        return ZoneInfo(key)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        return None


def zone(key: str | None = None) -> tzinfo:
    """The zone named *key* (a case's zone); the PC's own zone when *key* is empty or unknown."""
    if key:
        found = _zone_from_key(key)
        if found is not None:
            return found
    system_key = system_zone_key()
    found = _zone_from_key(system_key) if system_key else None
    if found is not None:
        return found
    local = datetime.now().astimezone().tzinfo
    return local if local is not None else timezone.utc


def offset_text(moment: datetime) -> str:
    """``+08:00`` (``+00:00`` for UTC): the numeric offset of an aware *moment*."""
    delta = moment.utcoffset() or timedelta(0)
    sign = "-" if delta < timedelta(0) else "+"
    minutes = abs(int(delta.total_seconds())) // 60
    return f"{sign}{minutes // 60:02d}:{minutes % 60:02d}"


def parse_instant(value: str | datetime) -> datetime | None:
    """An aware datetime from an ISO string or datetime; None for text without an offset or unreadable.

    Accepts the custody log's ``at_local`` form too (``2026-12-06T10:22:45.1+08:00 CST (Asia/Shanghai)``).
    """
    if isinstance(value, datetime):
        return value if value.tzinfo is not None else None
    stamp = value.strip().split(" ", 1)[0] if "T" in value else value.strip()
    try:
        moment = datetime.fromisoformat(stamp)
    except ValueError:
        return None
    return moment if moment.tzinfo is not None else None


def local_time(value: str | datetime, zone_key: str | None = None, *, seconds: bool = True) -> str:
    """``2026-12-06 10:22:45 +08:00``: the instant in the zone *zone_key* (else the PC's)."""
    moment = parse_instant(value)
    if moment is None:
        return value if isinstance(value, str) else value.isoformat()
    local = moment.astimezone(zone(zone_key))
    shown = local.strftime("%Y-%m-%d %H:%M:%S" if seconds else "%Y-%m-%d %H:%M")
    return f"{shown} {offset_text(local)}"


def utc_time(value: str | datetime) -> str:
    """``2026-12-06 02:22:45`` in UTC, to the second (truncated: the start of the exact ISO value)."""
    moment = parse_instant(value)
    if moment is None:
        return value if isinstance(value, str) else value.isoformat()
    return moment.astimezone(timezone.utc).strftime("%Y-%m-%d %H:%M:%S")


def instant_text(
    value: str | datetime, zone_key: str | None = None, *, utc_label: str = "UTC"
) -> str:
    """``2026-12-06 10:22:45 +08:00 (UTC 2026-12-06 02:22:45)``: local first, UTC in brackets.

    Where the zone is UTC itself the bracket is left out (it would repeat the same time).
    Text that is not an aware ISO time is returned as it is.
    """
    moment = parse_instant(value)
    if moment is None:
        return value if isinstance(value, str) else value.isoformat()
    local = moment.astimezone(zone(zone_key))
    shown = local_time(moment, zone_key)
    if local.utcoffset() == timedelta(0):
        return shown
    return f"{shown} ({utc_label} {utc_time(moment)})"
