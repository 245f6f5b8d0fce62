"""Posting times as people type them and platforms show them, read into instants for the timeline.

``2025-09-20 13:05``, ``2025/9/20 13:05``, ``2025年9月20日 13:05``, ``9月20日``, ``昨天 13:05``,
``3小时前``, ``3 hours ago``: read with ``dateparser`` (Chinese and English). A value without a zone
takes the case's zone. A relative form (``3小时前``, ``昨天``) or a date without a year is resolved
against a base time (when the page was captured, or when the counts were read) and is marked as
*derived*: the bundle says so beside it. Nothing here guesses silently.

Each reading keeps the precision its words had (``timefmt.SECOND`` … ``DAY``): "21:14" is a
minute, "2025-09-20" a day, "3小时前" an hour and "2天前" a day, both *approximate* (a platform
rounds "3 hours ago" down). The instant serves sorting and the one-year windows; the bundle prints
only the precision.
"""

from __future__ import annotations

import re
import warnings
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from evidence_app.core import timefmt
from evidence_app.core.i18n import N_, tr
from evidence_app.core.model import Item

ERROR_CONTEXT = "Errors"

UNREADABLE = N_(
    ERROR_CONTEXT,
    "“{value}” in {field} cannot be read as a date and time. Write it like 2025-09-20 13:05; "
    "the time exactly as the page shows it goes in posted_at_displayed.",
)

# Words that make a time relative to when it was seen (resolved against a base time).
_RELATIVE = re.compile(
    r"前|刚刚|今天|昨天|ago|yesterday|today|just now|now|last|hours?|minutes?|"
    r"mins?|seconds?|secs?|days?|weeks?",
    re.IGNORECASE,
)
_YEAR = re.compile(r"(?<!\d)(19|20)\d{2}(?!\d)")
_MONTH_DAY_ZH = re.compile(r"^\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]?(.*)$")
_LANGUAGES = ["zh", "en"]
# How precisely a time of day was given: with seconds, to the minute, to the hour ("13点", "1 PM").
_CLOCK_SECONDS = re.compile(
    r"\d{1,2}\s*[:：]\s*\d{2}\s*[:：]\s*\d{2}|\d\s*[点时]\s*\d{1,2}\s*分\s*\d{1,2}\s*秒"
)
_CLOCK_MINUTES = re.compile(r"\d{1,2}\s*[:：]\s*\d{2}|\d\s*[点时]\s*(\d{1,2}\s*分|半)")
_CLOCK_HOURS = re.compile(
    r"\d\s*[点时](?!间)|\d\s*[ap]\.?\s*m\b|\d{4}-\d{1,2}-\d{1,2}[T ]\d{1,2}$", re.IGNORECASE
)
# A zone at the end ("+08:00", "Z"): not a clock time.
_ZONE_SUFFIX = re.compile(r"(Z|UTC|GMT|[+-]\d{2}:?\d{2})\s*$", re.IGNORECASE)
# The unit a relative form counts in, finest first ("3小时前": hours; "刚刚": about a minute).
_RELATIVE_UNITS = (
    (timefmt.SECOND, re.compile(r"秒|seconds?|secs?", re.IGNORECASE)),
    (timefmt.MINUTE, re.compile(r"分钟|刚刚|minutes?|mins?|just now|\bnow\b", re.IGNORECASE)),
    (timefmt.HOUR, re.compile(r"小时|hours?", re.IGNORECASE)),
)
# A clock time as typed ("13:05", "13：05"): its hour and minute must be real ones ("25:61" is not).
_CLOCK = re.compile(r"(?<!\d)(\d{1,2})\s*[:：]\s*(\d{2})(?!\d)")
# Years a posting or observation time can have: outside them a value is a slip of the keyboard
# (and "0001-01-01" in a zone east of UTC is not even a datetime in UTC).
_FIRST_YEAR, _LAST_YEAR = 1970, 2100


def _plausible(moment: datetime) -> bool:
    return _FIRST_YEAR <= moment.year <= _LAST_YEAR


def _clock_times_valid(text: str, moment: datetime | None) -> bool:
    """Every clock time in *text* is a real one, and the one typed is the one read (dateparser
    quietly drops a time it cannot use: "昨天 25:61" would become yesterday at the base time)."""
    clocks = [(int(h), int(m)) for h, m in _CLOCK.findall(text)]
    if any(hour > 23 or minute > 59 for hour, minute in clocks):
        return False
    if moment is not None and len(clocks) == 1:  # modulo 12: "1:05 PM", "下午1:05" are 13:05
        hour, minute = clocks[0]
        return (moment.hour % 12, moment.minute) == (hour % 12, minute)
    return True


# "昨天", "yesterday": a named day, exact to the day (not "2天前", which a platform rounds down).
_RELATIVE_DAYS = re.compile(r"^\s*(今天|昨天|前天|today|yesterday)\s*$", re.IGNORECASE)


def precision_of(text: str, relative: bool = False) -> tuple[str, bool]:
    """How precisely *text* gives a time (``timefmt.SECOND`` … ``DAY``), and whether it is only
    approximate: a relative form without a clock time counts in whole units a platform rounds
    down ("3小时前" is an hour, about; "2天前" a day, about)."""
    clock = _ZONE_SUFFIX.sub("", text.strip())
    if _CLOCK_SECONDS.search(clock):
        return timefmt.SECOND, False
    if _CLOCK_MINUTES.search(clock):
        return timefmt.MINUTE, False
    if _CLOCK_HOURS.search(clock):
        return timefmt.HOUR, False
    if relative:
        for precision, unit in _RELATIVE_UNITS:
            if unit.search(clock):
                return precision, True
        return timefmt.DAY, _RELATIVE_DAYS.search(clock) is None
    return timefmt.DAY, False


@dataclass(frozen=True)
class PostedTime:
    """A time read from *text*: the instant, whether it was worked out from a base time, and how
    precisely the text gave it (the bundle prints no more than that)."""

    text: str
    moment: datetime  # aware
    derived: bool  # relative ("3小时前") or without a year: resolved against the base time
    zone_assumed: bool  # the text named no zone: the case's zone was taken
    precision: str = timefmt.SECOND  # timefmt.SECOND | MINUTE | HOUR | DAY, as the text gave it
    approximate: bool = False  # a relative count ("3小时前", "2天前"): about, not exactly

    @property
    def utc(self) -> datetime:
        return self.moment.astimezone(timezone.utc)

    @property
    def date_only(self) -> bool:
        """No time of day given ("9月20日"): only the day is printed."""
        return self.precision == timefmt.DAY


def _parse(text: str, zone_key: str, base_local: datetime) -> datetime | None:
    import dateparser  # imported here: about 0.3 s, needed only when a time is read

    settings = {
        "RELATIVE_BASE": base_local,
        "TIMEZONE": zone_key or "UTC",
        "RETURN_AS_TIMEZONE_AWARE": True,
        "PREFER_DATES_FROM": "past",
        "PREFER_DAY_OF_MONTH": "first",
    }
    with warnings.catch_warnings():  # dateparser warns about pytz/tz details: not for the user
        warnings.simplefilter("ignore")
        moment = dateparser.parse(text, languages=_LANGUAGES, settings=settings)
    return moment if isinstance(moment, datetime) and moment.tzinfo is not None else None


def _iso(text: str, zone_key: str) -> tuple[datetime, bool] | None:
    """ISO 8601 (``2025-09-20T13:05:00+08:00``, ``2025-09-20 13:05``): exact, no guessing."""
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        return None
    if moment.tzinfo is not None:
        return moment, False
    return moment.replace(tzinfo=timefmt.zone(zone_key)), True


def read_posted_time(
    value: str, zone_key: str = "", base: datetime | str | None = None
) -> PostedTime | None:
    """*value* as an instant, or None when it cannot be read.

    *zone_key* is the case's zone (a value without one is taken as local time there); *base* is
    the instant relative forms count back from (capture or observation time; now when not given).
    """
    text = " ".join((value or "").split())
    if not text:
        return None
    zone_key = zone_key or timefmt.system_zone_key()
    if not _clock_times_valid(text, None):
        return None
    exact = _iso(text, zone_key)
    if exact is not None:
        if not _plausible(exact[0]):
            return None
        return PostedTime(text, exact[0], False, exact[1], precision_of(text)[0])
    base_moment = timefmt.parse_instant(base) if base is not None else None
    if base_moment is None:
        base_moment = datetime.now(timezone.utc)
    local_zone = timefmt.zone(zone_key)
    base_local = base_moment.astimezone(local_zone).replace(tzinfo=None)
    has_year = _YEAR.search(text) is not None
    relative = _RELATIVE.search(text) is not None
    query = text
    month_day = _MONTH_DAY_ZH.match(text)
    if month_day and not has_year:  # "9月20日": dateparser wants a year with Chinese month-day
        query = (
            f"{base_local.year}年{month_day.group(1)}月{month_day.group(2)}日{month_day.group(3)}"
        )
    moment = _parse(query, zone_key, base_local)
    if moment is None or not _plausible(moment):
        return None
    named_zone = bool(re.search(r"(Z|UTC|GMT|[+-]\d{2}:?\d{2})\s*$", text))
    if not named_zone and not _clock_times_valid(text, moment):
        return None
    if (
        not has_year
        and not relative
        and moment.replace(tzinfo=None) > base_local + timedelta(days=1)
    ):
        moment = moment.replace(year=moment.year - 1)  # a date "9月20日" seen in March: last year
    moment = moment.astimezone(local_zone) if not named_zone else moment
    precision, approximate = precision_of(text, relative)
    return PostedTime(
        text, moment, relative or not has_year, not named_zone, precision, approximate
    )


def posted_time_problem(
    value: str, field: str = "posted_at", zone_key: str = "", lang: str | None = None
) -> str | None:
    """None when *value* can be read as a time; else one sentence (in *lang*) saying it cannot."""
    if not (value or "").strip() or read_posted_time(value, zone_key) is not None:
        return None
    return tr(ERROR_CONTEXT, UNREADABLE, lang).format(value=value.strip(), field=field)


# Where the base time of a relative posting time ("3小时前") comes from.
BASE_CAPTURE = "capture"  # the app captured the page: its capture time
BASE_OBSERVED = "observed"  # an imported file: the time the owner typed as counts_observed_at
BASE_EXIF = "exif"  # an imported picture: its EXIF time taken (the device's own clock)
BASE_NONE = "none"  # an imported file with neither: a relative time cannot be worked out

# Files only the app's own captures store: an item without any of them was imported.
_CAPTURE_ROLES = frozenset(
    {"mhtml", "full_page", "html", "video", "navigation_log", "provenance", "window", "visible"}
)


def is_imported(item: Item) -> bool:
    """The item's files were made outside the app (a phone screenshot) and imported."""
    roles = {stored.role for stored in item.files}
    return "original" in roles and not roles & _CAPTURE_ROLES


def exif_taken(item: Item, zone_key: str = "") -> datetime | None:
    """The EXIF time taken of the item's imported picture (the device's clock), with its offset,
    else in the case's zone; None when there is none."""
    for stored in item.files:
        if stored.role != "original":
            continue
        image = stored.meta.get("image") or {}
        taken = image.get("taken_at") if isinstance(image, dict) else None
        if not taken:
            continue
        date, _, clock = str(taken).partition(" ")
        offset = str(image.get("taken_at_offset") or "")
        try:
            moment = datetime.fromisoformat(f"{date.replace(':', '-')}T{clock}{offset}")
        except ValueError:
            continue
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=timefmt.zone(zone_key or timefmt.system_zone_key()))
        return moment
    return None


def posting_base(item: Item, zone_key: str = "") -> tuple[datetime | None, str]:
    """The instant a relative posting time of *item* counts back from, and where it comes from:
    the capture time of the app's own capture; for an import, the observation time the owner
    typed, else the picture's EXIF time taken; else nothing (``BASE_NONE``)."""
    if not is_imported(item):
        return timefmt.parse_instant(item.captured_utc), BASE_CAPTURE
    observed = item.fields.get("counts_observed_at", "").strip()
    if observed:
        read = read_posted_time(observed, zone_key, item.captured_utc)
        if read is not None and not read.derived:
            return read.moment, BASE_OBSERVED
    taken = exif_taken(item, zone_key)
    if taken is not None:
        return taken, BASE_EXIF
    return None, BASE_NONE


@dataclass(frozen=True)
class ItemPosted:
    """An item's posting time: the text it was read from, the instant (None when it cannot be
    read, or is relative with nothing to count back from), and the base it was counted from."""

    text: str
    resolved: PostedTime | None
    base: str  # BASE_*; meaningful when resolved.derived, or when unresolvable
    unresolvable: bool = False  # relative, but the import gives no time to count back from


def item_posted(item: Item, zone_key: str = "") -> ItemPosted | None:
    """The item's posting time from ``posted_at``, else ``posted_at_displayed``; None when both
    are empty."""
    base, source = posting_base(item, zone_key)
    first: ItemPosted | None = None
    for key in ("posted_at", "posted_at_displayed"):
        value = item.fields.get(key, "").strip()
        if not value:
            continue
        resolved = read_posted_time(value, zone_key, base or item.captured_utc)
        if resolved is not None and resolved.derived and base is None:
            found = ItemPosted(value, None, source, unresolvable=True)
        elif resolved is not None:
            return ItemPosted(value, resolved, source)
        else:
            found = ItemPosted(value, None, source)
        first = first or found
    return first
