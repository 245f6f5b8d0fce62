"""The bundle's pages, laid out with reportlab: cover, 证据目录, item sections, summaries, custody log, how to verify.

Images are not drawn here. Each screenshot (or slice of a tall one) is a placeholder flowable that
reserves its space and records where it landed; the exporter then appends the image data itself,
passed through losslessly, and draws it into exactly those boxes. The layout stays small (text
only) however many screenshots a case holds.
"""

from __future__ import annotations

import io
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    KeepTogether,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from evidence_app import __version__
from evidence_app.bundle.fonts import MONO, SANS, has_glyph, printable, register_fonts
from evidence_app.bundle.images import ImagePlan
from evidence_app.core.clock import Moment
from evidence_app.core.fields import (
    FIELD_BY_KEY,
    FIELDS,
    action_label,
    category_label,
    file_role_label,
    parse_count,
    role_label,
)
from evidence_app.core.guide import required_fields
from evidence_app.core.i18n import tr
from evidence_app.core.model import CATEGORIES, Case, Event, Item, Operator, StoredFile
from evidence_app.core.review import STATUSES, VERDICTS, ReviewMark, ReviewState, status_label

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
VIEWS_THRESHOLD = 5_000
REPOSTS_THRESHOLD = 500
# Shown in this order: the window with address bar and clock is what a court looks at first.
SHOWN_IMAGE_ROLES = ("window", "visible", "full_page", "original")
# Space between one picture and the caption of the next (dropped at the top of a page).
IMAGE_GAP = 14
SHORT_HASH = 16  # hex digits of a hash printed in a table
SHOWN_VALUE_CHARS = 80  # an old or new field value in the custody log, cut to this length
PROVENANCE_READ_LIMIT = 256 * 1024
PAGES_PLACEHOLDER = "888–888"


# -- inputs and outputs --------------------------------------------------------------------------


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


# -- text helpers --------------------------------------------------------------------------------


def other_language(lang: str) -> str:
    return "en" if lang == "zh_CN" else "zh_CN"


class Words:
    """Labels in the chosen language first, then the other one (once, if both read the same)."""

    def __init__(self, lang: str) -> None:
        self.lang = lang
        self.other = other_language(lang)

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

    def both(self, text: str, context: str = CONTEXT) -> str:
        first, second = self._pair(text, context)
        return first if first == second else f"{first} / {second}"


def _without(text: str, other: str) -> str:
    return text.replace(f" ({other})", "").replace(f"({other})", "")


def esc(text: Any) -> str:
    """*text* for a Paragraph: markup escaped, characters the font lacks as ``[U+XXXX]``."""
    return escape(printable(str(text)), {'"': "&quot;"}).replace("\n", "<br/>")


def lacks_glyphs(text: str) -> bool:
    return not all(has_glyph(char) for char in text)


def short_hash(sha256: str) -> str:
    return sha256[:SHORT_HASH]


def human_size(size: int) -> str:
    """``310226`` → ``303.0 KB`` (1 KB = 1,024 bytes, as file managers count); bytes below 1 KB."""
    if size < 1024:
        return f"{size} B"
    value = size / 1024
    for unit in ("KB", "MB", "GB"):
        if value < 1024 or unit == "GB":
            return f"{value:.1f} {unit}"
        value /= 1024
    return f"{size} B"  # not reached


def exact_size(size: int, words: Words) -> str:
    return words.one("{count} bytes").format(count=f"{size:,}")


# -- times ----------------------------------------------------------------------------------------


def _parse_time(text: str) -> datetime | None:
    try:
        return datetime.fromisoformat(text.strip())
    except (ValueError, AttributeError):
        return None


def utc_text(iso: str) -> str:
    """An ISO time → ``2026-12-01 18:46:55`` in UTC, to the second (truncated, so that it is the
    start of the exact value in manifest.json and custody-log.json); unreadable text as it is."""
    moment = _parse_time(iso)
    if moment is None or moment.tzinfo is None:
        return iso
    return moment.astimezone(timezone.utc).strftime("%Y-%m-%d %H:%M:%S")


def _local_parts(local: str) -> tuple[datetime, str] | None:
    """``2026-12-02T02:46:55.010856+08:00 CST (Asia/Shanghai)`` → (the time, "CST")."""
    stamp, _, zone = local.partition(" ")
    moment = _parse_time(stamp)
    if moment is None or moment.tzinfo is None:
        return None
    abbreviation = zone.partition(" (")[0].strip()
    if abbreviation.startswith(("+", "-", "(")) or abbreviation in ("local", "UTC"):
        abbreviation = ""  # "+08" says nothing the offset does not
    return moment, abbreviation


def _offset(moment: datetime) -> str:
    text = moment.strftime("%z")  # +0800
    return f"{text[:3]}:{text[3:]}" if len(text) == 5 else text


def local_text(local: str) -> str:
    """``2026-12-02 02:46:55 +08:00 CST``: the local time of the recording computer, with offset."""
    parts = _local_parts(local)
    if parts is None:
        return local
    moment, abbreviation = parts
    text = f"{moment.strftime('%Y-%m-%d %H:%M:%S')} {_offset(moment)}"
    return f"{text} {abbreviation}" if abbreviation else text


def when_text(utc: str, local: str, words: Words) -> str:
    """One instant, once: ``2026-12-01 18:46:55 UTC (local 2026-12-02 02:46:55 +08:00 CST)``.

    The local part is left out where it reads the same as UTC (a computer set to UTC).
    """
    if _parse_time(utc) is None:
        return local or utc
    parts = _local_parts(local)
    if parts is None or parts[0].utcoffset() == timedelta(0):
        return words.one("{utc} UTC").format(utc=utc_text(utc))
    return words.one("{utc} UTC (local {local})").format(utc=utc_text(utc), local=local_text(local))


def entered_time(text: str) -> str:
    """A time the owner typed (``posted_at``): ``2025-03-01 09:30:00 +08:00`` when it is ISO 8601,
    else exactly as typed."""
    moment = _parse_time(text)
    if moment is None:
        return text
    shown = moment.strftime("%Y-%m-%d %H:%M:%S" if moment.second else "%Y-%m-%d %H:%M")
    return f"{shown} {_offset(moment)}" if moment.tzinfo is not None else shown


def zones_text(locals_: Sequence[str]) -> str:
    """The local clocks behind *locals_*: ``UTC+08:00 (CST)``, several joined, in order met."""
    seen: list[str] = []
    for local in locals_:
        parts = _local_parts(local)
        if parts is None:
            continue
        moment, abbreviation = parts
        zone = "UTC" if moment.utcoffset() == timedelta(0) else f"UTC{_offset(moment)}"
        if abbreviation:
            zone += f" ({abbreviation})"
        if zone not in seen:
            seen.append(zone)
    return ", ".join(seen)


def duration_text(seconds: float, words: Words) -> str:
    """``125`` → ``2 min 5 s``: the largest unit and the one below it (``2 d 3 h``, never ``2 d 5 s``)."""
    total = round(abs(seconds))
    units = [
        (86_400, words.one("{n} d")),
        (3_600, words.one("{n} h")),
        (60, words.one("{n} min")),
        (1, words.one("{n} s")),
    ]
    for index, (size, label) in enumerate(units):
        if total >= size or size == 1:
            parts = [label.format(n=total // size)]
            if index + 1 < len(units):
                below, below_label = units[index + 1]
                rest = (total % size) // below
                if rest:
                    parts.append(below_label.format(n=rest))
            return " ".join(parts)
    return ""  # not reached: the last unit always matches


def gap_text(gap: Any, words: Words) -> str:
    """The gap between capture and trusted time, said honestly (a stamp before capture too)."""
    try:
        seconds = float(gap)
    except (TypeError, ValueError):
        return "—"
    if seconds < 0:
        return words.one(
            "{duration} before the recorded capture time (the capturing computer's clock was ahead)"
        ).format(duration=duration_text(seconds, words))
    return words.one("{duration} after capture").format(duration=duration_text(seconds, words))


# -- names ----------------------------------------------------------------------------------------


def _cut(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def evidence_name(item: Item, lang: str) -> str:
    """The catalogue's 证据名称: what it is, where, whose — ``帖子 · 微博 · 车圈真相哥 · <title>``."""
    fields = item.fields
    parts = [category_label(item.category, lang)]
    for key in ("platform", "account_name"):
        value = fields.get(key, "").strip()
        if value:
            parts.append(_cut(value, 40))
    if not fields.get("account_name", "").strip() and fields.get("account_id", "").strip():
        parts.append(_cut(fields["account_id"], 40))
    title = fields.get("page_title", "").strip()
    if title:
        parts.append(_cut(title, 60))
    elif fields.get("content_text", "").strip():
        parts.append("“" + _cut(fields["content_text"], 40) + "”")
    if len(parts) == 1:
        files = [f for f in item.files if f.role != "tsr"]
        if files:
            parts.append(_cut(files[0].name, 60))
    return " · ".join(parts)


def item_source(item: Item) -> tuple[str, str]:
    url = (
        item.fields.get("url") or item.fields.get("final_url") or item.fields.get("account_url", "")
    )
    return item.fields.get("platform", ""), url


def _styles() -> dict[str, ParagraphStyle]:
    sans, mono = register_fonts()
    base = ParagraphStyle("body", fontName=sans, fontSize=8.5, leading=11.5, wordWrap="CJK")
    styles = {
        "body": base,
        "small": ParagraphStyle("small", parent=base, fontSize=7.2, leading=9.2),
        "cell": ParagraphStyle("cell", parent=base, fontSize=7.2, leading=9.2),
        # text without Chinese breaks between words (a word too long for the cell still splits)
        "cell_latin": ParagraphStyle(
            "cell_latin", parent=base, fontSize=7.2, leading=9.2, wordWrap=None
        ),
        "mono": ParagraphStyle("mono", parent=base, fontName=mono, fontSize=6.8, leading=8.6),
        # a second, smaller line in a cell: a MIME type, an exact size, an event's hash chain
        "fine": ParagraphStyle(
            "fine",
            parent=base,
            fontSize=6.2,
            leading=8,
            wordWrap=None,
            textColor=colors.HexColor("#555555"),
        ),
        "h0": ParagraphStyle(
            "h0", parent=base, fontSize=22, leading=30, alignment=TA_CENTER, spaceAfter=6
        ),
        "h0sub": ParagraphStyle(
            "h0sub", parent=base, fontSize=13, leading=18, alignment=TA_CENTER, spaceAfter=14
        ),
        "h1": ParagraphStyle("h1", parent=base, fontSize=15, leading=20, spaceAfter=8),
        "h2": ParagraphStyle(
            "h2", parent=base, fontSize=11, leading=15, spaceBefore=8, spaceAfter=4
        ),
        # the space before a caption keeps it clear of the picture above (none at a page's top)
        "caption": ParagraphStyle(
            "caption", parent=base, fontSize=7.5, leading=9.5, spaceBefore=IMAGE_GAP
        ),
        "note": ParagraphStyle(
            "note", parent=base, fontSize=7.2, leading=9.2, textColor=colors.HexColor("#444444")
        ),
        "warn": ParagraphStyle(
            "warn",
            parent=base,
            textColor=colors.HexColor("#8a1c1c"),
            borderColor=colors.HexColor("#8a1c1c"),
            borderWidth=0.6,
            borderPadding=4,
            spaceBefore=6,
            spaceAfter=8,
        ),
    }
    # the fine line in the monospaced font (hashes)
    styles["chain"] = ParagraphStyle("chain", parent=styles["fine"], fontName=mono)
    return styles


TABLE_STYLE = TableStyle(
    [
        ("GRID", (0, 0), (-1, -1), 0.35, colors.HexColor("#888888")),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8e8e8")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("FONTNAME", (0, 0), (-1, -1), SANS),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]
)
KEY_VALUE_STYLE = TableStyle(
    [
        ("GRID", (0, 0), (-1, -1), 0.35, colors.HexColor("#888888")),
        ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#f0f0f0")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("FONTNAME", (0, 0), (-1, -1), SANS),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]
)


# -- flowables that record where they land -------------------------------------------------------


class Mark(Flowable):  # type: ignore[misc]
    """Zero-size: records its page for the catalogue and adds a bookmark for the reader's outline."""

    def __init__(self, key: str, title: str, level: int, seen: dict[str, int]) -> None:
        super().__init__()
        self.key, self.title, self.level, self.seen = key, title, level, seen
        self.width = self.height = 0

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.seen[self.key] = self.canv.getPageNumber()
        self.canv.bookmarkPage(self.key)
        self.canv.addOutlineEntry(self.title, self.key, self.level, closed=self.level > 0)


class ImageBox(Flowable):  # type: ignore[misc]
    """Reserves the box of one image slice; the exporter draws the image there afterwards."""

    def __init__(self, slot: ImageSlot, placed: list[ImageSlot]) -> None:
        super().__init__()
        self.slot, self.placed = slot, placed
        self.width = slot.plan.width * slot.scale
        self.height = slot.rows * slot.scale

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def drawOn(self, canvas: Any, x: float, y: float, _sW: float = 0) -> None:
        slot = self.slot
        slot.page, slot.x, slot.y = canvas.getPageNumber(), x, y
        slot.width, slot.height = self.width, self.height
        self.placed.append(slot)
        canvas.saveState()
        canvas.setStrokeColor(colors.HexColor("#999999"))
        canvas.setLineWidth(0.4)
        canvas.rect(x - 0.5, y - 0.5, self.width + 1, self.height + 1)
        canvas.restoreState()


def image_slices(plan: ImagePlan) -> tuple[float, list[tuple[int, int]]]:
    """(points per pixel, [(first row, rows)…]) for a legible placement of *plan*."""
    scale = min(USABLE_WIDTH / plan.width, MAX_POINTS_PER_PIXEL)
    if plan.height * scale <= SLICE_MAX_HEIGHT:
        return scale, [(0, plan.height)]
    fit_page = SLICE_MAX_HEIGHT / plan.height
    if 1 / fit_page <= MAX_PIXELS_PER_POINT:
        return fit_page, [(0, plan.height)]
    rows_per_page = int(SLICE_MAX_HEIGHT / scale)
    step = max(1, rows_per_page - SLICE_OVERLAP_PX)
    slices = []
    first = 0
    while True:
        rows = min(rows_per_page, plan.height - first)
        slices.append((first, rows))
        if first + rows >= plan.height:
            break
        first += step
    return scale, slices


# -- the document --------------------------------------------------------------------------------


class _Document(BaseDocTemplate):  # type: ignore[misc]
    def __init__(self, stream: io.BytesIO, content: BundleContent, words: Words) -> None:
        super().__init__(
            stream,
            pagesize=A4,
            leftMargin=MARGIN_X,
            rightMargin=MARGIN_X,
            topMargin=MARGIN_TOP,
            bottomMargin=MARGIN_BOTTOM,
            title=f"{content.case.title} — {words.one('Evidence bundle')}",
            author=content.signer_subject,
            subject=words.both("Evidence bundle"),
            creator=f"Evidence App {__version__}",
            producer=f"Evidence App {__version__} (reportlab, pyHanko)",
            invariant=False,
            pageCompression=1,
        )
        self.content, self.words = content, words
        # The canvas's default font would be Helvetica, which is never embedded.
        self.initialFontName = SANS
        frame = Frame(MARGIN_X, MARGIN_BOTTOM, FRAME_WIDTH, FRAME_HEIGHT, id="body")
        self.addPageTemplates([PageTemplate("page", [frame], onPage=self._decorate)])

    def _decorate(self, canvas: Any, doc: Any) -> None:
        canvas.saveState()
        canvas.setFont(SANS, 7)
        canvas.setFillColor(colors.HexColor("#555555"))
        title = printable(self.content.case.title)
        if len(title) > 60:
            title = title[:57] + "…"
        canvas.drawString(
            MARGIN_X,
            PAGE_HEIGHT - MARGIN_TOP + 6,
            f"{self.words.both('Evidence bundle')} · {title}",
        )
        canvas.drawRightString(
            PAGE_WIDTH - MARGIN_X,
            MARGIN_BOTTOM - 14,
            self.words.one("Page {page}").format(page=canvas.getPageNumber()),
        )
        canvas.drawString(
            MARGIN_X,
            MARGIN_BOTTOM - 14,
            self.words.one("Custody head {head}…").format(head=self.content.custody_head[:16]),
        )
        canvas.restoreState()


def build_layout(content: BundleContent, cancel: Callable[[], None] = lambda: None) -> Layout:
    """Lay out the bundle twice: the first pass finds each item's pages for the catalogue, the
    second prints them (and confirms them; a third pass runs only when they moved)."""
    words = Words(content.lang)
    styles = _styles()
    item_pages: dict[str, tuple[int, int]] = {}
    for _attempt in range(3):
        cancel()
        seen: dict[str, int] = {}
        placed: list[ImageSlot] = []
        stream = io.BytesIO()
        doc = _Document(stream, content, words)
        story, rows = _story(content, words, styles, seen, placed, item_pages)
        doc.build(story)
        new_pages = _item_page_ranges(content, seen, doc.page)
        if new_pages == item_pages:
            return Layout(stream.getvalue(), doc.page, placed, item_pages, rows)
        item_pages = new_pages
    return Layout(stream.getvalue(), doc.page, placed, item_pages, rows)


def _item_page_ranges(
    content: BundleContent, seen: dict[str, int], last_page: int
) -> dict[str, tuple[int, int]]:
    order = [f"item-{i.number}" for i in content.items] + ["after-items"]
    ranges = {}
    for index, item in enumerate(content.items):
        start = seen.get(order[index], 0)
        following = seen.get(order[index + 1], last_page + 1)
        end = max(start, following - 1 if following > start else start)
        ranges[item.number] = (start, end)
    return ranges


def _story(
    content: BundleContent,
    words: Words,
    styles: dict[str, ParagraphStyle],
    seen: dict[str, int],
    placed: list[ImageSlot],
    item_pages: dict[str, tuple[int, int]],
) -> tuple[list[Flowable], list[dict[str, Any]]]:
    story: list[Flowable] = []
    story += _cover(content, words, styles, seen)
    story.append(PageBreak())
    catalogue, rows = _catalogue(content, words, styles, seen, item_pages)
    story += catalogue
    for item in content.items:
        story.append(PageBreak())
        story += _item_section(item, content, words, styles, seen, placed)
    story.append(PageBreak())
    story.append(Mark("after-items", words.both("Timeline"), 0, seen))
    story += _timeline(content, words, styles)
    story += _thresholds(content, words, styles)
    story += _missing(content, words, styles)
    story.append(PageBreak())
    story += _custody_log(content, words, styles, seen)
    story.append(PageBreak())
    story += _environment(content, words, styles, seen)
    story.append(PageBreak())
    story += _how_to_verify(content, words, styles, seen)
    return story, rows


def _p(text: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(text, style)


def _has_cjk(text: str) -> bool:
    return any(ord(char) >= 0x2E80 for char in text)


def _cell(markup: str, styles: dict[str, ParagraphStyle]) -> Paragraph:
    """A table cell: Chinese text may break between any two characters, other text between words."""
    return _p(markup, styles["cell"] if _has_cjk(markup) else styles["cell_latin"])


def _time_cell(text: str, styles: dict[str, ParagraphStyle]) -> Paragraph:
    """A time breaks only at its spaces, never inside a date."""
    return _p(esc(text), styles["cell_latin"])


def _when_cell(utc: str, local: str, words: Words, styles: dict[str, ParagraphStyle]) -> Paragraph:
    """:func:`when_text` in a table cell: UTC on the first line, the local time below it."""
    if _parse_time(utc) is None:
        return _time_cell(local or utc, styles)
    first = words.one("{utc} UTC").format(utc=utc_text(utc))
    parts = _local_parts(local)
    if parts is None or parts[0].utcoffset() == timedelta(0):
        return _time_cell(first, styles)
    second = words.one("(local {local})").format(local=local_text(local))
    return _p(f"{esc(first)}<br/>{esc(second)}", styles["cell_latin"])


def _kv_table(
    rows: list[tuple[str, str]], styles: dict[str, ParagraphStyle], key_width: float = 120
) -> Table:
    data = [[_cell(esc(k), styles), _cell(v, styles)] for k, v in rows]
    table = Table(data, colWidths=[key_width, USABLE_WIDTH - key_width], repeatRows=0)
    table.setStyle(KEY_VALUE_STYLE)
    return table


def _grid(
    header: list[str],
    rows: list[list[Any]],
    widths: list[float],
    styles: dict[str, ParagraphStyle],
) -> Table:
    data: list[list[Any]] = [[_cell(esc(h), styles) for h in header]]
    for row in rows:
        data.append([c if isinstance(c, (Flowable, list)) else _cell(esc(c), styles) for c in row])
    scale = USABLE_WIDTH / sum(widths)
    table = Table(data, colWidths=[w * scale for w in widths], repeatRows=1)
    table.setStyle(TABLE_STYLE)
    return table


# -- sections ------------------------------------------------------------------------------------


def _period(items: list[Item], words: Words) -> str:
    times = sorted((i.captured_utc, i.captured_local) for i in items)
    if not times:
        return "—"
    first, last = (when_text(utc, local, words) for utc, local in (times[0], times[-1]))
    return first if first == last else f"{first} — {last}"


def _cover(
    content: BundleContent, words: Words, styles: dict[str, ParagraphStyle], seen: dict[str, int]
) -> list[Flowable]:
    case = content.case
    operators = sorted({operator_text(e.operator, words) for e in content.events})
    withdrawn = sum(1 for i in content.items if i.withdrawn)
    count = str(len(content.items))
    if withdrawn:
        count += " " + words.one("({count} withdrawn, still shown)").format(count=withdrawn)
    rows = [
        (words.both("Case"), esc(case.title)),
        (words.both("Case ID"), esc(case.id)),
        (words.both("Owner"), esc(case.owner)),
        (words.both("Period covered (capture times)"), esc(_period(content.items, words))),
        (words.both("Evidence items"), esc(count)),
        (words.both("Operators"), esc(", ".join(operators))),
        (
            words.both("Exported at"),
            esc(when_text(content.generated.utc, content.generated.local, words)),
        ),
        (words.both("Signer"), esc(content.signer_subject)),
        (
            words.both("Signer certificate SHA-256 fingerprint"),
            f'<font name="{MONO}">{esc(content.signer_fingerprint)}</font>',
        ),
        (
            words.both("Custody log head (event {seq})").format(seq=content.custody_seq),
            f'<font name="{MONO}">{esc(content.custody_head)}</font>',
        ),
        (words.both("Signature level"), esc(f"PAdES {content.level}")),
        *_cover_review_rows(content, words),
    ]
    story: list[Flowable] = [
        Mark("cover", words.both("Cover"), 0, seen),
        Spacer(1, 30),
        _p(esc(words.both("Evidence bundle")), styles["h0"]),
        _p(esc(case.title), styles["h0sub"]),
        _kv_table(rows, styles, 150),
        Spacer(1, 6),
    ]
    if content.level == "B-T":
        story.append(
            _p(
                esc(
                    words.one(
                        "Signed with a PAdES signature and a document time-stamp from {tsa}: "
                        "the time-stamp authority, not this computer, certifies when the bundle existed."
                    ).format(tsa=content.tsa_url)
                ),
                styles["body"],
            )
        )
    else:
        # in both languages: whoever reads the cover must not mistake the signer's clock for proof
        for text in words.each(
            "No time-stamping authority was used for this signature: the signing time "
            "comes from the signer's computer clock and proves nothing by itself."
        ):
            story.append(_p(esc(text), styles["warn"]))
        if content.tsa_unreachable:
            story.append(
                _p(
                    esc(
                        words.one(
                            "These time-stamping authorities could not be reached: {urls}"
                        ).format(urls=", ".join(content.tsa_unreachable))
                    ),
                    styles["small"],
                )
            )
    story += [
        Spacer(1, 10),
        _p(esc(words.both("How to verify, in short")), styles["h2"]),
        _p(
            esc(
                words.one(
                    "Open the signature panel of Adobe Reader, Foxit or WPS: the signature must be "
                    "valid and cover the whole document. Or run: evidence-app verify THIS.pdf. "
                    "Every original file is attached to this PDF; its SHA-256 is listed in the "
                    "catalogue, in the item's section and in manifest.json. Details on the last pages."
                )
            ),
            styles["body"],
        ),
    ]
    return story


def operator_text(operator: Operator, words: Words) -> str:
    """``王小明 (车主)``: the name and the role in words."""
    return f"{operator.name} ({role_label(operator.role, words.lang)})"


def _cover_review_rows(content: BundleContent, words: Words) -> list[tuple[str, str]]:
    """The screening verdict and the review counts; nothing when nobody reviewed the case."""
    review = content.review
    if review is None or (review.verdict is None and not review.marks):
        return []
    verdict = review.verdict
    if verdict is None:
        verdict_text = esc(words.one("No screening verdict given."))
    else:
        label = VERDICTS.get(verdict.verdict)
        verdict_text = "<b>{}</b><br/>{}".format(
            esc(words.both(label, "Review") if label else verdict.verdict),
            esc(
                words.one("by {who}, {when}").format(
                    who=operator_text(verdict.by, words),
                    when=when_text(verdict.at_utc, verdict.at_local, words),
                )
            ),
        )
        if verdict.notes:
            verdict_text += "<br/>" + esc(verdict.notes)
    latest: dict[str, ReviewMark] = {}
    for mark in review.marks:
        latest[mark.item_id] = mark
    reviewed = sum(1 for m in latest.values() if m.status == "reviewed")
    requests = [m for m in review.marks if m.status == "needs_recapture"]
    still_open = sum(1 for m in requests if m.open)
    counts = words.one(
        "{reviewed} items reviewed; {open} open recapture requests ({done} recaptured)."
    ).format(reviewed=reviewed, open=still_open, done=len(requests) - still_open)
    return [
        (words.both("Screening verdict"), verdict_text),
        (words.both("Review"), esc(counts)),
    ]


def mark_status_text(mark: ReviewMark, words: Words) -> str:
    label = STATUSES.get(mark.status)
    text = words.both(label, "Review") if label else mark.status
    if mark.status == "needs_recapture":
        if mark.closed_by:
            text += "\n" + words.one("recaptured as {number}").format(number=mark.closed_by)
        else:
            text += "\n" + words.one("open: not yet recaptured")
    return text


def _item_review(
    item: Item, content: BundleContent, words: Words, styles: dict[str, ParagraphStyle]
) -> list[Flowable]:
    """Every review mark of the item, oldest first, and which request this item answers."""
    review = content.review
    marks = [m for m in review.marks if m.item_id == item.id] if review else []
    answers = _recaptured_from(item, content)
    if not marks and not answers:
        return []
    story: list[Flowable] = [_p(esc(words.both("Review")), styles["h2"])]
    if answers:
        story.append(
            _p(
                esc(
                    words.one(
                        "This item is the recapture of {number}, as a reviewer asked."
                    ).format(number=answers)
                ),
                styles["body"],
            )
        )
    if marks:
        rows: list[list[Any]] = [
            [
                mark_status_text(mark, words),
                mark.comment or "—",
                operator_text(mark.by, words),
                _when_cell(mark.at_utc, mark.at_local, words, styles),
            ]
            for mark in marks
        ]
        story.append(
            _grid(
                [
                    words.both("Status"),
                    words.both("Comment"),
                    words.both("By"),
                    words.both("When"),
                ],
                rows,
                [72, 160, 78, 115],
                styles,
            )
        )
    return story


def _recaptured_from(item: Item, content: BundleContent) -> str:
    """The number of the item this one recaptures (its ``item_added`` says so), or ""."""
    for event in content.events:
        if event.action == "item_added" and event.item == item.id:
            original = event.payload.get("recapture_of")
            if original:
                numbers = {i.id: i.number for i in content.items}
                return numbers.get(str(original), str(original))
            break
    return ""


def _catalogue(
    content: BundleContent,
    words: Words,
    styles: dict[str, ParagraphStyle],
    seen: dict[str, int],
    item_pages: dict[str, tuple[int, int]],
) -> tuple[list[Flowable], list[dict[str, Any]]]:
    header = [
        words.both("No."),
        words.both("Evidence name"),
        words.both("Source (platform, URL)"),
        words.both("Capture time"),
        words.both("Purpose (证明目的)", "Fields"),
        words.both("Pages"),
        words.both("SHA-256 (first 16)"),
    ]
    table_rows: list[list[Any]] = []
    rows: list[dict[str, Any]] = []
    for item in content.items:
        platform, url = item_source(item)
        first, last = item_pages.get(item.number, (0, 0))
        if not item_pages:
            # the first pass: as wide as any page range of a bundle under 1,000 pages, so that the
            # second pass (with the real ranges) lays out the same rows and confirms them
            pages = PAGES_PLACEHOLDER
        elif not first:
            pages = "—"
        else:
            pages = str(first) if first == last else f"{first}–{last}"
        hashes = [f.sha256 for f in item.files if f.role != "tsr"]
        name = evidence_name(item, content.lang)
        if item.withdrawn:
            name += "\n" + words.one("Withdrawn: {reason}").format(reason=item.withdrawn_reason)
        rows.append(
            {
                "number": item.number,
                "name": name,
                "platform": platform,
                "url": url,
                "captured_at_utc": item.captured_utc,
                "purpose": item.fields.get("purpose", ""),
                "pages": pages,
                "sha256": [short_hash(h) for h in hashes],
            }
        )
        table_rows.append(
            [
                item.number,
                name,
                "\n".join(x for x in (platform, url) if x),
                _when_cell(item.captured_utc, item.captured_local, words, styles),
                item.fields.get("purpose", "").strip() or words.one("(not filled in)"),
                pages,
                _p("<br/>".join(esc(short_hash(h)) for h in hashes), styles["mono"]),
            ]
        )
    story: list[Flowable] = [
        Mark("catalogue", words.both("Evidence catalogue (证据目录)"), 0, seen),
        _p(esc(words.both("Evidence catalogue (证据目录)")), styles["h1"]),
        _grid(header, table_rows, [26, 88, 102, 88, 71, 34, 72], styles),
    ]
    return story, rows


def _field_rows(item: Item, words: Words) -> list[tuple[str, str]]:
    """The fields that hold a value, in the catalogue's order (empty ones are listed apart)."""
    rows = []
    for spec in FIELDS:
        value = item.fields.get(spec.key, "")
        if not value.strip():
            continue
        if spec.kind == "datetime":
            shown = entered_time(value)
            value = value if shown == value else f"{shown}\n({value})"
        rows.append((words.both(spec.label, "Fields"), esc(value)))
    return rows


def _not_filled_in(item: Item, words: Words) -> str:
    """The fields the guide asks for with this category that are empty, in words ("" if none)."""
    empty = [
        FIELD_BY_KEY[key].label_in(words.lang)
        for key in required_fields(item.category)
        if key in FIELD_BY_KEY and not item.fields.get(key, "").strip()
    ]
    if not empty:
        return ""
    return words.one("Not filled in: {fields}").format(fields=words.one(", ").join(empty))


def _item_section(
    item: Item,
    content: BundleContent,
    words: Words,
    styles: dict[str, ParagraphStyle],
    seen: dict[str, int],
    placed: list[ImageSlot],
) -> list[Flowable]:
    name = evidence_name(item, content.lang)
    story: list[Flowable] = [
        Mark(f"item-{item.number}", f"{item.number} {name[:40]}", 1, seen),
        _p(esc(f"{item.number} · {name}"), styles["h1"]),
    ]
    if item.withdrawn:
        story.append(
            _p(
                esc(words.one("Withdrawn: {reason}").format(reason=item.withdrawn_reason)),
                styles["warn"],
            )
        )
    story.append(
        _kv_table(
            [
                (words.both("Category"), esc(category_label(item.category, content.lang))),
                (
                    words.both("Captured"),
                    esc(when_text(item.captured_utc, item.captured_local, words)),
                ),
                (words.both("Captured by"), esc(operator_text(item.operator, words))),
                (words.both("Item ID"), esc(item.id)),
                *_field_rows(item, words),
            ],
            styles,
        )
    )
    missing = _not_filled_in(item, words)
    if missing:
        story.append(Spacer(1, 3))
        story.append(_p(esc(missing), styles["body"]))
    story.append(_p(esc(words.both("Files (attached to this PDF)")), styles["h2"]))
    story.append(_file_table(item, content, words, styles))
    if any(lacks_glyphs(content.attachment_names[f.id]) for f in item.files):
        story.append(Spacer(1, 3))
        story.append(
            _p(
                esc(
                    words.one(
                        "A character the bundle's font cannot show is printed as [U+…], its "
                        "Unicode code point; the attachment's name holds the character itself."
                    )
                ),
                styles["note"],
            )
        )
    story += _trusted_time(item, content, words, styles)
    story += _item_review(item, content, words, styles)
    story += _item_events(item, content, words, styles)
    shown = [
        (SHOWN_IMAGE_ROLES.index(stored.role), index, stored)
        for index, stored in enumerate(item.files)
        if stored.role in SHOWN_IMAGE_ROLES and stored.id in content.image_plans
    ]
    for _order, _index, stored in sorted(shown, key=lambda entry: entry[:2]):
        plan = content.image_plans[stored.id]
        story += _image_flowables(stored, plan, content, words, styles, placed)
    return story


def _file_role_text(stored: StoredFile, words: Words) -> str:
    role = file_role_label(stored.role, words.lang)
    stamps = stored.meta.get("stamps") or {}
    if stored.role == "tsr" and stamps.get("name"):
        return words.one("{role} for “{name}”").format(role=role, name=stamps["name"])
    return role


def _file_table(
    item: Item, content: BundleContent, words: Words, styles: dict[str, ParagraphStyle]
) -> Table:
    rows: list[list[Any]] = []
    for stored in item.files:
        rows.append(
            [
                _cell(esc(_file_role_text(stored, words)), styles),
                [
                    _cell(esc(content.attachment_names[stored.id]), styles),
                    _p(esc(stored.mime), styles["fine"]),
                ],
                _size_lines(stored.size, words, styles),
                _p(f'<font name="{MONO}">{esc(stored.sha256)}</font>', styles["cell"]),
            ]
        )
    return _grid(
        [words.both("What it is"), words.both("Attachment, type"), words.both("Size"), "SHA-256"],
        rows,
        [78, 150, 58, 160],
        styles,
    )


def _size_lines(size: int, words: Words, styles: dict[str, ParagraphStyle]) -> list[Flowable]:
    """``303.0 KB`` over the exact count of bytes (only the count, below 1 KB)."""
    exact = esc(exact_size(size, words))
    if size < 1024:
        return [_cell(exact, styles)]
    return [_cell(esc(human_size(size)), styles), _p(exact, styles["fine"])]


def _tsa_short(name: str) -> str:
    """``CN=Some TSA, O=Org, C=CN`` → ``Some TSA``; anything else as it is."""
    for part in name.split(","):
        key, _, value = part.strip().partition("=")
        if key.upper() == "CN" and value:
            return value
    return name


def _trusted_time(
    item: Item, content: BundleContent, words: Words, styles: dict[str, ParagraphStyle]
) -> list[Flowable]:
    story: list[Flowable] = [_p(esc(words.both("Trusted time")), styles["h2"])]
    tokens = item.files_with_role("tsr")
    if not tokens:
        story.append(
            _p(
                esc(
                    words.one(
                        "No trusted time-stamp: the capture time above comes from the capturing "
                        "computer's clock."
                    )
                ),
                styles["body"],
            )
        )
        return story
    rows: list[list[Any]] = []
    for token in tokens:
        meta = token.meta
        stamps = meta.get("stamps") or {}
        stamped = words.one("{role}: {name}").format(
            role=file_role_label(str(stamps.get("role", "")), words.lang),
            name=stamps.get("name", ""),
        )
        details = [
            stamped,
            words.one("serial number {serial}").format(serial=meta.get("serial", "")),
            words.one("policy {policy}").format(policy=meta.get("policy", "")),
        ]
        rows.append(
            [
                "\n".join(details),
                f"{meta.get('tsa_name') or ''}\n{meta.get('tsa_url') or ''}".strip(),
                _time_cell(utc_text(str(meta.get("gen_time_utc", ""))), styles),
                gap_text(meta.get("gap_seconds"), words),
                content.attachment_names[token.id],
            ]
        )
    story.append(
        _p(
            esc(
                words.one(
                    "Each token is an RFC 3161 time-stamp: the authority certifies that the file "
                    "with this SHA-256 existed no later than the stamp time."
                )
            ),
            styles["note"],
        )
    )
    story.append(Spacer(1, 2))
    story.append(
        _grid(
            [
                words.both("Stamped file"),
                words.both("Time-stamping authority"),
                words.both("Stamp time (UTC)"),
                words.both("Gap capture → stamp"),
                words.both("Token (attachment)"),
            ],
            rows,
            [118, 110, 72, 62, 100],
            styles,
        )
    )
    return story


def _value_text(value: Any, words: Words) -> str:
    text = "" if value is None else " ".join(str(value).split())
    if not text:
        return words.one("(empty)")
    return _cut(text, SHOWN_VALUE_CHARS)


def _field_name(key: Any, words: Words) -> str:
    spec = FIELD_BY_KEY.get(str(key))
    return spec.label_in(words.lang) if spec else str(key)


def _category_name(key: Any, words: Words) -> str:
    return category_label(str(key), words.lang) if key in CATEGORIES else str(key)


def _case_property(key: Any, words: Words) -> str:
    if key == "title":
        return words.one("Case")
    if key == "owner":
        return words.one("Owner")
    if key == "description":
        return words.one("What happened")
    return str(key)


def _plain(value: Any) -> str:
    """A payload value of an action this version does not know, without JSON punctuation."""
    if isinstance(value, dict):
        return "; ".join(f"{k}: {_plain(v)}" for k, v in value.items())
    if isinstance(value, list):
        return ", ".join(_plain(v) for v in value)
    return "—" if value is None else str(value)


def event_summary(event: Event, words: Words, numbers: dict[str, str] | None = None) -> str:
    """One short plain sentence saying what the event did (the JSON is in custody-log.json)."""
    p = event.payload
    one = words.one
    action = event.action
    if action == "case_created":
        text = one("Title: {title}").format(title=p.get("title", ""))
        if p.get("owner"):
            text += one("; owner: {owner}").format(owner=p["owner"])
        return text
    if action == "case_edited":
        return one("{field}: {old} → {new}").format(
            field=_case_property(p.get("key"), words),
            old=_value_text(p.get("old"), words),
            new=_value_text(p.get("new"), words),
        )
    if action == "item_added":
        text = one("{number} as {category}").format(
            number=p.get("number", ""), category=_category_name(p.get("category"), words)
        )
        given_keys = set(p.get("fields") or {})
        given = [spec.label_in(words.lang) for spec in FIELDS if spec.key in given_keys]
        given += [str(k) for k in sorted(given_keys - set(FIELD_BY_KEY))]
        if given:
            text += one("; filled in: {fields}").format(fields=one(", ").join(given))
        if p.get("recapture_of"):
            original = str(p["recapture_of"])
            text += one("; recapture of {number}, as a reviewer asked").format(
                number=(numbers or {}).get(original, original)
            )
        return text
    if action == "file_stored":
        return one("{role}: {name}, {size}, SHA-256 {sha256}…").format(
            role=file_role_label(str(p.get("role", "")), words.lang),
            name=p.get("name", ""),
            size=human_size(int(p.get("size") or 0)),
            sha256=short_hash(str(p.get("sha256", ""))),
        )
    if action == "field_edited":
        return one("{field}: {old} → {new}").format(
            field=_field_name(p.get("key"), words),
            old=_value_text(p.get("old"), words),
            new=_value_text(p.get("new"), words),
        )
    if action == "category_changed":
        return one("Category: {old} → {new}").format(
            old=_category_name(p.get("old"), words), new=_category_name(p.get("new"), words)
        )
    if action == "item_withdrawn":
        return one("Reason: {reason}").format(reason=p.get("reason", ""))
    if action == "timestamped":
        stamps = p.get("stamps") or {}
        return one("{role}: {name}, stamped by {tsa} at {time} UTC, {gap}").format(
            role=file_role_label(str(stamps.get("role", "")), words.lang),
            name=p.get("file") or stamps.get("name", ""),
            tsa=_tsa_short(str(p.get("tsa_name") or p.get("tsa_url") or "?")),
            time=utc_text(str(p.get("gen_time_utc", ""))),
            gap=gap_text(p.get("gap_seconds"), words),
        )
    if action == "exported":
        text = one("Bundle {file}: {items} items, signature PAdES {level}").format(
            file=p.get("bundle", ""), items=p.get("items", ""), level=p.get("level", "")
        )
        if p.get("tsa_url"):
            text += one("; time-stamp from {tsa}").format(tsa=p["tsa_url"])
        return text
    if action == "export_abandoned":
        reason = str(p.get("reason", ""))
        return one("Bundle {file} not written: {reason}").format(
            file=p.get("bundle", ""),
            reason=one("cancelled") if reason == "cancelled" else _cut(reason, 200),
        )
    if action == "verified":
        if p.get("ok"):
            return one("Intact (checked up to {hash}…)").format(
                hash=short_hash(str(p.get("head_checked", "")))
            )
        return one("{count} problems found").format(count=p.get("problems", "?"))
    if action == "packed":
        return one("Case package {file}, signed by {subject}").format(
            file=p.get("file", ""), subject=p.get("signer_subject", "")
        )
    if action == "received":
        return one("Case package {file} from {subject}: {count} events taken over").format(
            file=p.get("file", ""),
            subject=p.get("sender_subject", ""),
            count=p.get("events_imported", 0),
        )
    if action == "item_reviewed":
        status = status_label(str(p.get("status", "")), words.lang)
        comment = p.get("comment", "")
        return f"{p.get('number', '')} {status}" + (f": “{comment}”" if comment else "")
    if action == "case_screened":
        label = VERDICTS.get(str(p.get("verdict", "")))
        verdict = tr("Review", label, words.lang) if label else str(p.get("verdict", ""))
        return verdict + (f": {p['notes']}" if p.get("notes") else "")
    if action == "receipt_imported":
        document = p.get("receipt") or {}
        receipt = document.get("receipt") if isinstance(document, dict) else None
        receipt = receipt if isinstance(receipt, dict) else {}
        receiver = receipt.get("receiver") or {}
        return one("Receipt from {who} for {file}, received {when}").format(
            who=operator_text(
                Operator(str(receiver.get("name", "?")), str(receiver.get("role", ""))), words
            ),
            file=(receipt.get("file") or {}).get("name", ""),
            when=when_text(
                str(receipt.get("received_at_utc", "")),
                str(receipt.get("received_at_local", "")),
                words,
            ),
        )
    return _cut(_plain(p), 300)


def _event_rows(
    events: list[Event],
    numbers: dict[str, str],
    words: Words,
    styles: dict[str, ParagraphStyle],
    with_item: bool,
) -> list[list[Any]]:
    rows = []
    for e in events:
        # the key names of custody-log.json, so that a row can be found there
        chain = f"hash {short_hash(e.hash)} · prev {short_hash(e.prev_hash)}"
        row: list[Any] = [
            str(e.seq),
            _time_cell(utc_text(e.at_utc), styles),
            operator_text(e.operator, words),
            action_label(e.action, words.lang),
        ]
        if with_item:
            row.append(numbers.get(e.item or "", ""))
        # one paragraph per style: a cell mixing fonts costs reportlab far more to break
        row.append(
            [_cell(esc(event_summary(e, words, numbers)), styles), _p(chain, styles["chain"])]
        )
        rows.append(row)
    return rows


def _event_table(
    events: list[Event],
    numbers: dict[str, str],
    words: Words,
    styles: dict[str, ParagraphStyle],
    with_item: bool,
) -> Table:
    header = [
        words.both("No."),
        words.both("Time (UTC)"),
        words.both("Operator"),
        words.both("Action"),
    ]
    widths = [22, 72, 64, 72]
    if with_item:
        header.append(words.both("Item"))
        widths.append(26)
    header.append(words.both("What happened; hash chain"))
    widths.append(USABLE_WIDTH - sum(widths))
    return _grid(header, _event_rows(events, numbers, words, styles, with_item), widths, styles)


def _log_intro(events: list[Event], words: Words, head: str = "") -> str:
    """How a printed row ties to custody-log.json, and which local clock the UTC times were read on."""
    if head:
        text = words.one(
            "Each row is one event of the attached custody-log.json, where No. is its seq; hash "
            "and prev are the first 16 characters of its hash and prev_hash, and the details are "
            "its payload in words. Times are UTC to the second (the file has them to the "
            "microsecond, and in local time)."
        )
    else:
        text = words.one(
            "No. is the event's seq in the attached custody-log.json; hash and prev are the first "
            "16 characters of its hash and prev_hash. Times are UTC."
        )
    zones = zones_text([e.at_local for e in events])
    if zones:
        text += " " + words.one("Local time of the computer that recorded them: {zones}.").format(
            zones=zones
        )
    if head:
        text += " " + words.one("The last event's full hash (the head): {head}").format(head=head)
    return text


def _item_events(
    item: Item, content: BundleContent, words: Words, styles: dict[str, ParagraphStyle]
) -> list[Flowable]:
    events = [e for e in content.events if e.item == item.id]
    numbers = {i.id: i.number for i in content.items}
    return [
        _p(esc(words.both("Custody events of this item")), styles["h2"]),
        _p(esc(_log_intro(events, words)), styles["note"]),
        Spacer(1, 2),
        _event_table(events, numbers, words, styles, with_item=False),
    ]


def _image_flowables(
    stored: StoredFile,
    plan: ImagePlan,
    content: BundleContent,
    words: Words,
    styles: dict[str, ParagraphStyle],
    placed: list[ImageSlot],
) -> list[Flowable]:
    scale, slices = image_slices(plan)
    name = content.attachment_names[stored.id]
    role = file_role_label(stored.role, words.lang)
    how = {
        "png": words.one("PNG data placed unchanged"),
        "jpeg": words.one("JPEG data placed unchanged"),
        "reencoded": words.one("re-encoded without loss (identical pixels)"),
    }[plan.method]
    story: list[Flowable] = []
    for index, (first, rows) in enumerate(slices, start=1):
        if len(slices) == 1:
            where = ""
        else:
            where = " · " + words.one("part {part} of {parts}, pixel rows {first}–{last}").format(
                part=index, parts=len(slices), first=first, last=first + rows - 1
            )
        caption = _p(
            f"<b>{esc(role)}</b> · "
            + esc(
                f"{name} · {plan.width}×{plan.height} px · {how} · ≈{round(72 / scale)} dpi{where}"
            ),
            styles["caption"],
        )
        slot = ImageSlot(stored.id, plan, scale, first, rows)
        story.append(CondPageBreak(rows * scale + CAPTION_HEIGHT + IMAGE_GAP))
        story.append(KeepTogether([caption, Spacer(1, 3), ImageBox(slot, placed)]))
    return story


def _event_time(item: Item) -> str:
    """When it happened, as UTC for sorting: the posting time where known, else the capture."""
    posted = _parse_time(item.fields.get("posted_at", ""))
    if posted is not None and posted.tzinfo is not None:
        return posted.astimezone(timezone.utc).isoformat()
    return item.captured_utc


def _timeline(
    content: BundleContent, words: Words, styles: dict[str, ParagraphStyle]
) -> list[Flowable]:
    rows = []
    for item in sorted(content.items, key=lambda i: (_event_time(i), i.seq_number)):
        posted = entered_time(item.fields.get("posted_at", "")) or item.fields.get(
            "posted_at_displayed", ""
        )
        rows.append(
            [
                posted or "—",
                _when_cell(item.captured_utc, item.captured_local, words, styles),
                item.number,
                evidence_name(item, content.lang),
            ]
        )
    return [
        _p(esc(words.both("Timeline")), styles["h1"]),
        _p(
            esc(
                words.one(
                    "Items in the order things happened: posting time where known, else capture time."
                )
            ),
            styles["small"],
        ),
        Spacer(1, 4),
        _grid(
            [
                words.both("Posted"),
                words.both("Captured"),
                words.both("Item"),
                words.both("Evidence name"),
            ],
            rows,
            [90, 120, 30, 195],
            styles,
        ),
    ]


def _thresholds(
    content: BundleContent, words: Words, styles: dict[str, ParagraphStyle]
) -> list[Flowable]:
    rows = []
    total_views = total_reposts = 0
    for item in content.items:
        views = parse_count(item.fields.get("views", ""))
        reposts = parse_count(item.fields.get("reposts", ""))
        if views is None and reposts is None:
            continue
        total_views += views or 0
        total_reposts += reposts or 0
        met = (views or 0) >= VIEWS_THRESHOLD or (reposts or 0) >= REPOSTS_THRESHOLD
        rows.append(
            [
                item.number,
                item.fields.get("views", "—"),
                item.fields.get("reposts", "—"),
                entered_time(item.fields.get("counts_observed_at", "")) or "—",
                words.one("yes") if met else words.one("no"),
            ]
        )
    story: list[Flowable] = [
        Spacer(1, 10),
        _p(esc(words.both("Threshold summary")), styles["h1"]),
        _p(
            esc(
                words.one(
                    'Defamation online is "serious" when the same false content is viewed 5,000 '
                    "times or more, or reposted 500 times or more (SPC/SPP interpretation 2013, "
                    "art. 2); counts of repeated content within one year add up."
                )
            ),
            styles["small"],
        ),
        Spacer(1, 4),
    ]
    if not rows:
        story.append(_p(esc(words.one("No item records view or repost counts.")), styles["body"]))
        return story
    story.append(
        _grid(
            [
                words.both("Item"),
                words.both("Views"),
                words.both("Reposts"),
                words.both("Observed at"),
                words.both("Meets a threshold"),
            ],
            rows,
            [40, 80, 80, 130, 80],
            styles,
        )
    )
    story.append(
        _p(
            esc(
                words.one("Totals over all items: {views} views, {reposts} reposts.").format(
                    views=f"{total_views:,}", reposts=f"{total_reposts:,}"
                )
            ),
            styles["body"],
        )
    )
    return story


def _missing(
    content: BundleContent, words: Words, styles: dict[str, ParagraphStyle]
) -> list[Flowable]:
    story: list[Flowable] = [Spacer(1, 10), _p(esc(words.both("Missing evidence")), styles["h1"])]
    if not content.gaps:
        story.append(
            _p(
                esc(words.one("No missing evidence was listed when this bundle was exported.")),
                styles["body"],
            )
        )
        return story
    # The lines are the guide's reminders to the owner, quoted as the app showed them.
    story.append(
        _p(
            esc(
                words.one(
                    "When this bundle was exported, the app's evidence guide listed these gaps in "
                    "it (quoted as the guide words them for the owner):"
                )
            ),
            styles["body"],
        )
    )
    story.append(Spacer(1, 3))
    for gap in content.gaps:
        story.append(_p("• " + esc(gap), styles["body"]))
    return story


def _custody_log(
    content: BundleContent, words: Words, styles: dict[str, ParagraphStyle], seen: dict[str, int]
) -> list[Flowable]:
    numbers = {i.id: i.number for i in content.items}
    return [
        Mark("custody", words.both("Custody log"), 0, seen),
        _p(esc(words.both("Custody log")), styles["h1"]),
        _p(
            esc(
                words.one(
                    "Every action on this case, in order. Each event's hash covers its content and "
                    "the previous event's hash, from 64 zeros to the head."
                )
            ),
            styles["small"],
        ),
        _p(esc(_log_intro(content.events, words, content.custody_head)), styles["small"]),
        Spacer(1, 4),
        _event_table(content.events, numbers, words, styles, with_item=True),
    ]


def _flatten(value: Any, prefix: str = "") -> list[tuple[str, str]]:
    if isinstance(value, dict):
        rows = []
        for key, inner in value.items():
            rows += _flatten(inner, f"{prefix}.{key}" if prefix else str(key))
        return rows
    if isinstance(value, list) and value and all(isinstance(v, dict) for v in value):
        rows = []
        for index, inner in enumerate(value):
            rows += _flatten(inner, f"{prefix}[{index}]")
        return rows
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    return [(prefix, text if len(text) <= 2000 else text[:1997] + "…")]


def _read_provenance(path: Path) -> Any:
    with open(path, "rb") as stream:
        data = stream.read(PROVENANCE_READ_LIMIT + 1)
    if len(data) > PROVENANCE_READ_LIMIT:
        return None
    try:
        return json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        return None


def _environment(
    content: BundleContent, words: Words, styles: dict[str, ParagraphStyle], seen: dict[str, int]
) -> list[Flowable]:
    story: list[Flowable] = [
        Mark("environment", words.both("Capture environment"), 0, seen),
        _p(esc(words.both("Capture environment")), styles["h1"]),
    ]
    found = False
    for item in content.items:
        for stored in item.files_with_role("provenance"):
            found = True
            story.append(
                _p(esc(f"{item.number} · {content.attachment_names[stored.id]}"), styles["h2"])
            )
            data = _read_provenance(content.blob_path(stored.sha256))
            if data is None:
                story.append(
                    _p(
                        esc(words.one("Not readable as JSON here; see the attached file.")),
                        styles["body"],
                    )
                )
                continue
            rows = [(k, esc(v)) for k, v in _flatten(data)]
            if rows:
                story.append(_kv_table(rows, styles, 150))
    if not found:
        story.append(
            _p(
                esc(
                    words.one(
                        "No capture in this case recorded its environment (imported files only)."
                    )
                ),
                styles["body"],
            )
        )
    return story


def _how_to_verify(
    content: BundleContent, words: Words, styles: dict[str, ParagraphStyle], seen: dict[str, int]
) -> list[Flowable]:
    steps = [
        words.one(
            "1. In Adobe Acrobat Reader, Foxit Reader or WPS Office open the signature panel. "
            "The signature by {signer} must be shown as valid, and the document as not modified "
            "since it was signed (a later document time-stamp is allowed)."
        ).format(signer=content.signer_subject),
        words.one(
            "2. Compare the signer certificate's SHA-256 fingerprint with the one on the cover and "
            "with the one the owner gave you by another channel: {fingerprint}"
        ).format(fingerprint=content.signer_fingerprint),
        words.one(
            "3. Or run: evidence-app verify THIS.pdf --trust signer-cert.pem. It checks the "
            "signature, the time-stamps, every attachment against manifest.json and the custody log."
        ),
        words.one(
            "4. To check one original by hand, save the attachment (the paperclip panel) and hash it: "
            "Linux: sha256sum FILE; Windows: certutil -hashfile FILE SHA256; macOS: shasum -a 256 FILE. "
            "The result must equal the SHA-256 printed in the item's section and in manifest.json."
        ),
        words.one(
            "5. A trusted time-stamp token (.tsr) can be checked with: openssl ts -verify -data "
            "FILE -in FILE.tsr -CAfile TSA-ROOT.pem"
        ),
    ]
    story: list[Flowable] = [
        Mark("verify", words.both("How to verify"), 0, seen),
        _p(esc(words.both("How to verify")), styles["h1"]),
    ]
    for step in steps:
        story.append(_p(esc(step), styles["body"]))
        story.append(Spacer(1, 4))
    return story
