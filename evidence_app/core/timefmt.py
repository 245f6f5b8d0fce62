"""Printed times: local time with its numeric offset first, UTC after it; never a zone abbreviation.

One instant reads ``2026-12-06 10:22:45 +08:00 (UTC 2026-12-06 02:22:45)`` everywhere a person reads
it (bundle pages, verify output, the app). "CST" is never printed: it also reads as US Central time.
Stored and JSON times stay UTC ISO 8601; this module only formats.

A clock reading (capture, custody, export, a trusted time-stamp) prints to the second. A time a
person typed or a page displayed prints only as precisely as it was given (*precision*): "21:14"
as ``2026-11-28 21:14 +08:00``, a date alone as ``2026-11-28``; the instant behind it, used for
sorting and arithmetic, is unchanged.
"""

from __future__ import annotations

import os
from datetime import datetime, timedelta, timezone, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

# How precisely a time was given: what a printed time may show of it, and no more.
SECOND, MINUTE, HOUR, DAY = "second", "minute", "hour", "day"
PRECISIONS = (SECOND, MINUTE, HOUR, DAY)
# HOUR prints the start of the hour ("18:00"): callers say "about" beside it (bundle Words.when).
_FORMATS = {SECOND: "%Y-%m-%d %H:%M:%S", MINUTE: "%Y-%m-%d %H:%M", HOUR: "%Y-%m-%d %H:00"}


def _truncated(moment: datetime, precision: str) -> datetime:
    """*moment* cut to *precision* in its own zone (the local hour, not the UTC one: +05:30)."""
    if precision == SECOND:
        return moment.replace(microsecond=0)
    if precision == MINUTE:
        return moment.replace(second=0, microsecond=0)
    return moment.replace(minute=0, second=0, microsecond=0)


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


def zone_known(key: str) -> bool:
    """Whether *key* names a time zone this computer knows (``Asia/Shanghai``)."""
    return _zone_from_key(key) is not None


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


def local_time(
    value: str | datetime,
    zone_key: str | None = None,
    *,
    precision: str = SECOND,
) -> str:
    """``2026-12-06 10:22:45 +08:00``: the instant in the zone *zone_key* (else the PC's), to
    *precision*; a DAY is the local date alone."""
    moment = parse_instant(value)
    if moment is None:
        return value if isinstance(value, str) else value.isoformat()
    local = moment.astimezone(zone(zone_key))
    if precision == DAY:  # a day in the case's zone: no time of day, so no offset to go with one
        return local.strftime("%Y-%m-%d")
    shown = _truncated(local, precision).strftime(_FORMATS[precision])
    return f"{shown} {offset_text(local)}"


def utc_time(value: str | datetime, zone_key: str | None = None, precision: str = SECOND) -> str:
    """``2026-12-06 02:22:45`` in UTC, to the second (truncated: the start of the exact ISO value);
    to the minute or the hour when *precision* says so (the hour cut in the zone *zone_key*)."""
    moment = parse_instant(value)
    if moment is None:
        return value if isinstance(value, str) else value.isoformat()
    if precision not in (MINUTE, HOUR):
        return moment.astimezone(timezone.utc).strftime(_FORMATS[SECOND])
    moment = _truncated(moment.astimezone(zone(zone_key)), precision)
    return moment.astimezone(timezone.utc).strftime(_FORMATS[MINUTE])  # a local hour: 12:30 UTC


def instant_text(
    value: str | datetime,
    zone_key: str | None = None,
    *,
    utc_label: str = "UTC",
    precision: str = SECOND,
) -> str:
    """``2026-12-06 10:22:45 +08:00 (UTC 2026-12-06 02:22:45)``: local first, UTC in brackets.

    Where the zone is UTC itself the bracket is left out (it would repeat the same time). To
    *precision* (see :data:`PRECISIONS`): ``2026-12-06 10:22 +08:00 (UTC 2026-12-06 02:22)``; a
    DAY is the local date alone (a day in one zone is no one day in UTC).
    Text that is not an aware ISO time is returned as it is.
    """
    moment = parse_instant(value)
    if moment is None:
        return value if isinstance(value, str) else value.isoformat()
    local = moment.astimezone(zone(zone_key))
    shown = local_time(moment, zone_key, precision=precision)
    if local.utcoffset() == timedelta(0) or precision == DAY:
        return shown
    return f"{shown} ({utc_label} {utc_time(moment, zone_key, precision)})"
