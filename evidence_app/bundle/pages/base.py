"""Shared by every bundle page: page geometry, the content handed to the layout, words, times, names."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm

from evidence_app.bundle.fonts import has_glyph, markup
from evidence_app.bundle.images import ImagePlan
from evidence_app.bundle.pages.court_name import court_name
from evidence_app.bundle.pages.headers import Pair
from evidence_app.core.clock import Moment

# The wording helpers the custody sentences share with the pages, defined in core.events.
from evidence_app.core.events import SHORT_HASH as SHORT_HASH
from evidence_app.core.events import SHOWN_VALUE_CHARS as SHOWN_VALUE_CHARS
from evidence_app.core.events import duration_text as duration_text
from evidence_app.core.events import gap_text as gap_text
from evidence_app.core.events import human_size as human_size
from evidence_app.core.events import operator_text as operator_text
from evidence_app.core.events import short_hash as short_hash
from evidence_app.core.i18n import tr
from evidence_app.core.model import Case, Event, Item
from evidence_app.core.posted_time import (
    BASE_CAPTURE,
    BASE_EXIF,
    BASE_OBSERVED,
    PostedTime,
    item_posted,
    read_posted_time,
)
from evidence_app.core.review import ReviewState
from evidence_app.core.timefmt import DAY, HOUR, SECOND, instant_text

CONTEXT = "Bundle"


PAGE_WIDTH, PAGE_HEIGHT = A4


MARGIN_X = 18 * mm


MARGIN_TOP = 18 * mm


MARGIN_BOTTOM = 20 * mm


FRAME_WIDTH = PAGE_WIDTH - 2 * MARGIN_X


FRAME_HEIGHT = PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM


# Frame padding reportlab applies on each side.
PAD = 6


USABLE_WIDTH = FRAME_WIDTH - 2 * PAD


CAPTION_HEIGHT = 30


SLICE_MAX_HEIGHT = FRAME_HEIGHT - 2 * PAD - CAPTION_HEIGHT - 6


# Legibility: at most this many image pixels per PDF point (≈ 300 dpi, print quality). A phone
# screenshot (up to 1290×2796) fits one page within it, its text printed at about 10–12 pt; a
# taller capture is split over pages at full width instead of shrunk.
MAX_PIXELS_PER_POINT = 4.2


# Never enlarge beyond one CSS pixel per 0.75 pt (96 dpi): small images stay their natural size.
MAX_POINTS_PER_PIXEL = 0.75


SLICE_OVERLAP_PX = 40


# Shown in this order: the window with address bar and clock is what a court looks at first.
SHOWN_IMAGE_ROLES = ("window", "visible", "full_page", "original")


# Space between one picture and the caption of the next (dropped at the top of a page).
IMAGE_GAP = 14


PROVENANCE_READ_LIMIT = 256 * 1024


PAGES_PLACEHOLDER = "888–888"


@dataclass
class BundleContent:
    """Everything the pages show, gathered by the exporter (file data stays in the blob store)."""

    case: Case
    items: list[Item]
    events: list[Event]
    lang: str
    generated: Moment
    signer_subject: str
    signer_fingerprint: str
    custody_seq: int
    custody_head: str
    level: str  # "B-T" | "B-B"
    tsa_url: str | None
    tsa_unreachable: Sequence[str]
    gaps: Sequence[str]
    attachment_names: dict[int, str]  # StoredFile.id → attachment name
    image_plans: dict[int, ImagePlan]  # StoredFile.id → how its image is placed
    blob_path: Callable[[str], Path]
    review: ReviewState | None = None  # marks and verdict by support staff and lawyers
    tsa_roots: Sequence[tuple[str, str]] = ()  # (subject, SHA-256) of each attached TSA root
    tsa_subject: str = ""  # the document time-stamp authority's certificate subject, when known


@dataclass
class ImageSlot:
    """One placed image (or slice): the exporter draws the real image into this box."""

    file_id: int
    plan: ImagePlan
    scale: float  # points per pixel
    first_row: int  # first pixel row shown at the top of the box
    rows: int
    page: int = 0  # 1-based, set when the slot is drawn
    x: float = 0.0
    y: float = 0.0
    width: float = 0.0
    height: float = 0.0


@dataclass
class Layout:
    pdf: bytes
    pages: int
    slots: list[ImageSlot]
    item_pages: dict[str, tuple[int, int]]
    catalogue_rows: list[dict[str, Any]]


def other_language(lang: str) -> str:
    return "en" if lang == "zh_CN" else "zh_CN"


class Words:
    """Labels in the chosen language first, then the other one (once, if both read the same)."""

    def __init__(self, lang: str, zone: str = "") -> None:
        self.lang = lang
        self.other = other_language(lang)
        self.zone = zone  # the case's time zone: every printed time is shown in it

    def when(self, value: str | datetime, precision: str = SECOND, about: bool = False) -> str:
        """``2026-12-06 10:22:45 +08:00 (UTC 2026-12-06 02:22:45)`` in the case's zone, to
        *precision* (a clock reading: the second; a typed or displayed time: as it was given).
        A day says it is one; an hour, or an *about* time (a relative "3小时前"), says "about"."""
        text = instant_text(value, self.zone, precision=precision)
        if text == value:  # not a time: printed as it is
            return text
        if precision == DAY:
            text = self.one("{date} (the day only; no time of day given)").format(date=text)
        if about or precision == HOUR:
            text = self.one("about {time}").format(time=text)
        return text

    def posted(self, resolved: PostedTime) -> str:
        """A time read from what was typed or displayed, only as precise as it was given."""
        return self.when(resolved.moment, resolved.precision, resolved.approximate)

    def one(self, text: str) -> str:
        return tr(CONTEXT, text, self.lang)

    def _pair(self, text: str, context: str) -> tuple[str, str]:
        first = tr(context, text, self.lang)
        second = tr(context, text, self.other)
        # "Evidence catalogue (证据目录)" beside "证据目录" would say the Chinese twice
        return _without(first, second), _without(second, first)

    def each(self, text: str, context: str = CONTEXT) -> list[str]:
        """A sentence in the chosen language, then in the other one (once, if both read the same)."""
        first, second = self._pair(text, context)
        return [first] if first == second else [first, second]

    def only(self, text: str, context: str = CONTEXT) -> str:
        """The chosen language alone: an English label drops its Chinese gloss ("No. (序号)")."""
        first = tr(context, text, self.lang)
        if self.lang == "zh_CN":
            return first
        return re.sub(r"\s*\([^()]*[\u3400-\u9fff][^()]*\)", "", first).strip() or first

    def both(self, text: str, context: str = CONTEXT) -> str:
        """``操作人 / Operator``: a :class:`Pair`, which a table header breaks between the two."""
        first, second = self._pair(text, context)
        return first if first == second else Pair(first, second)


def _without(text: str, other: str) -> str:
    return text.replace(f" ({other})", "").replace(f"({other})", "")


# A space after a Chinese full stop (sentences joined with " ") is never wanted in Chinese text.
_CJK_SPACE = re.compile(r"([。；！？])[ \t]+(?=\S)")


def esc(text: Any) -> str:
    """*text* for a Paragraph: markup escaped, runs the main face lacks in their fallback face."""
    text = _CJK_SPACE.sub(r"\1", str(text))
    return markup(escape(text, {'"': "&quot;"})).replace("\n", "<br/>")


def lacks_glyphs(text: str) -> bool:
    return not all(has_glyph(char) for char in text)


def exact_size(size: int, words: Words) -> str:
    return words.one("{count} bytes").format(count=f"{size:,}")


def _parse_time(text: str) -> datetime | None:
    try:
        return datetime.fromisoformat(text.strip())
    except (ValueError, AttributeError):
        return None


def zone_sentence(words: Words) -> str:
    """Where the printed times come from and in which zone they are shown."""
    return words.one(
        "Times are shown in the case's time zone {zone} with the offset from UTC (+08:00 is "
        "eight hours ahead of UTC), and again in UTC in brackets. Times read from a clock "
        "(capture, custody, export, trusted time-stamps) are given to the second; times the "
        "owner typed or a page displayed are given only as precisely as they were written "
        "(“21:14” to the minute, a date alone as the day, “3小时前” as about that hour); "
        "custody-log.json and manifest.json hold them in UTC to the microsecond. Capture and "
        "custody times come from the capturing computer's clock; only a trusted time-stamp "
        "proves a time."
    ).format(zone=words.zone or words.one("of this computer"))


def typed_time_text(value: str, base_utc: str, words: Words) -> str:
    """A time the owner typed (``posted_at``, ``counts_observed_at``) as the bundle prints it: the
    instant in the case's zone with UTC, then the words as typed where they read otherwise; a
    relative form ("3小时前") or a date without a year says it was worked out from the capture."""
    resolved = read_posted_time(value, words.zone, base_utc)
    if resolved is None:
        return value + "\n" + words.one("(not readable as a time; printed as written)")
    return resolved_text(resolved, words)


def derived_from(text: str, base: str, words: Words) -> str:
    """Where a relative posting time ("3小时前") was counted back from, in words, and that the
    time printed is only as exact as the words it was worked out from."""
    sentences = {
        BASE_CAPTURE: words.one("worked out from “{text}” against the capture time"),
        BASE_OBSERVED: words.one(
            "worked out from “{text}” against the observation time the owner typed"
        ),
        BASE_EXIF: words.one(
            "worked out from “{text}” against the screenshot's EXIF time taken (the device's "
            "own clock)"
        ),
    }
    sentence = sentences.get(base, sentences[BASE_CAPTURE])
    return (sentence + words.one("; only as exact as “{text}” itself")).format(text=text)


def resolved_text(resolved: PostedTime, words: Words, base: str = BASE_CAPTURE) -> str:
    text = words.posted(resolved)  # no time of day, or no seconds, where none were given
    if resolved.derived:
        text += "\n" + derived_from(resolved.text, base, words)
    elif not resolved.text[:4].isdigit() or "年" in resolved.text or "/" in resolved.text:
        text += "\n" + words.one("as written: “{text}”").format(text=resolved.text)
    return text


def cannot_work_out(text: str, words: Words) -> str:
    return words.one(
        "“{text}” as the page showed it: cannot be worked out (an imported file with neither an "
        "observation time nor an EXIF time taken to count back from)"
    ).format(text=text)


def posted_text(item: Item, words: Words) -> str:
    """The item's posting time as printed ("" when it gives none; as written when unreadable;
    a relative time on an import with nothing to count back from says it cannot be worked out)."""
    posting = item_posted(item, words.zone)
    if posting is None:
        return ""
    if posting.resolved is not None:
        return resolved_text(posting.resolved, words, posting.base)
    if posting.unresolvable:
        return cannot_work_out(posting.text, words)
    return posting.text


def resolve_posted(item: Item, zone_key: str) -> PostedTime | None:
    """The item's posting time read from ``posted_at``, else from ``posted_at_displayed``; a
    relative form counts back from the capture (an import: the observation or EXIF time)."""
    posting = item_posted(item, zone_key)
    return posting.resolved if posting is not None else None


def evidence_name(item: Item, lang: str) -> str:
    """The 证据名称 as a court's catalogue states it (see :mod:`evidence_app.bundle.pages.court_name`)."""
    return court_name(item, lang)


def item_source(item: Item) -> tuple[str, str]:
    url = (
        item.fields.get("url") or item.fields.get("final_url") or item.fields.get("account_url", "")
    )
    return item.fields.get("platform", ""), url
