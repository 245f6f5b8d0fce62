"""Paragraph styles, table styles and the flowables that record where they land."""

from __future__ import annotations

import math
from datetime import timedelta
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import (
    Flowable,
    Paragraph,
    Table,
    TableStyle,
)

from evidence_app.bundle.fonts import SANS, register_fonts
from evidence_app.bundle.images import ImagePlan
from evidence_app.bundle.linebreak import CJKParagraph
from evidence_app.bundle.pages.base import (
    IMAGE_GAP,
    MAX_PIXELS_PER_POINT,
    MAX_POINTS_PER_PIXEL,
    SLICE_MAX_HEIGHT,
    SLICE_OVERLAP_PX,
    USABLE_WIDTH,
    ImageSlot,
    Words,
    esc,
)
from evidence_app.bundle.pages.headers import fit_widths, label_lines
from evidence_app.bundle.pages.keep import KeptTable
from evidence_app.core.timefmt import local_time, parse_instant, utc_time, zone

CONTEXT = "Bundle"
# the font size of a table cell ("cell" and "cell_latin")
CELL_FONT_SIZE = 7.2
# a cell's left plus right padding (TABLE_STYLE, KEY_VALUE_STYLE)
CELL_PADDING = 6


def _styles() -> dict[str, ParagraphStyle]:
    sans, mono = register_fonts()
    base = ParagraphStyle("body", fontName=sans, fontSize=8.5, leading=11.5, wordWrap="CJK")
    styles = {
        "body": base,
        "small": ParagraphStyle("small", parent=base, fontSize=7.2, leading=9.2),
        "cell": ParagraphStyle("cell", parent=base, fontSize=7.2, leading=9.2),
        # text without Chinese: the same line breaking (between words; numbers, IDs and URLs
        # whole where they fit, see bundle/linebreak.py)
        "cell_latin": ParagraphStyle("cell_latin", parent=base, fontSize=7.2, leading=9.2),
        "mono": ParagraphStyle("mono", parent=base, fontName=mono, fontSize=6.8, leading=8.6),
        # a second, smaller line in a cell: a MIME type, an exact size, an event's hash chain
        "fine": ParagraphStyle(
            "fine",
            parent=base,
            fontSize=6.2,
            leading=8,
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
    overlap = min(SLICE_OVERLAP_PX, rows_per_page - 1)
    # as few slices as fit, all of about one height: never a last page holding a few rows
    count = math.ceil((plan.height - overlap) / (rows_per_page - overlap))
    rows = min(rows_per_page, math.ceil((plan.height + (count - 1) * overlap) / count))
    step = rows - overlap
    slices = []
    first = 0
    while True:
        slices.append((first, min(rows, plan.height - first)))
        if first + rows >= plan.height:
            break
        first += step
    return scale, slices


def _p(text: str, style: ParagraphStyle) -> Paragraph:
    """A paragraph; Chinese-wrapped text breaks by the rules of :mod:`evidence_app.bundle.linebreak`."""
    if style.wordWrap == "CJK":
        return CJKParagraph(text, style)
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
    """An instant in a table cell: the case's local time with its offset, UTC below it in brackets
    (*local*, the recording computer's own reading, is kept in custody-log.json and not needed)."""
    moment = parse_instant(utc)
    if moment is None:
        return _time_cell(utc or local, styles)
    first = local_time(moment, words.zone)
    if moment.astimezone(zone(words.zone)).utcoffset() == timedelta(0):
        return _time_cell(first, styles)
    return _p(f"{esc(first)}<br/>{esc(f'(UTC {utc_time(moment)})')}", styles["cell_latin"])


def _label_cell(label: str, width: float, styles: dict[str, ParagraphStyle]) -> Paragraph:
    """A header or key cell *width* points wide: its two languages on lines of their own when
    it does not fit on one, each broken only where a reader expects (see ``pages/headers.py``)."""
    lines = label_lines(label, width - CELL_PADDING, CELL_FONT_SIZE)
    return _cell(esc("\n".join(lines)), styles)


def _kv_table(
    rows: list[tuple[str, str]], styles: dict[str, ParagraphStyle], key_width: float = 120
) -> Table:
    data = [[_label_cell(k, key_width, styles), _cell(v, styles)] for k, v in rows]
    table = KeptTable(data, colWidths=[key_width, USABLE_WIDTH - key_width], repeatRows=0)
    table.setStyle(KEY_VALUE_STYLE)
    return table


def _grid(
    header: list[str],
    rows: list[list[Any]],
    widths: list[float],
    styles: dict[str, ParagraphStyle],
) -> Table:
    scale = USABLE_WIDTH / sum(widths)
    columns = fit_widths(header, [w * scale for w in widths], CELL_FONT_SIZE, CELL_PADDING)
    data: list[list[Any]] = [
        [_label_cell(h, width, styles) for h, width in zip(header, columns, strict=True)]
    ]
    for row in rows:
        data.append([c if isinstance(c, (Flowable, list)) else _cell(esc(c), styles) for c in row])
    table = KeptTable(data, colWidths=columns, repeatRows=1)
    table.setStyle(TABLE_STYLE)
    return table
