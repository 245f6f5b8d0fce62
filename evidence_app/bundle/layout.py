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
from evidence_app.bundle.fonts import MONO, SANS, register_fonts
from evidence_app.bundle.images import ImagePlan
from evidence_app.core.clock import Moment
from evidence_app.core.fields import FIELDS, ROLE_LABELS, category_label, parse_count
from evidence_app.core.i18n import tr
from evidence_app.core.model import Case, Event, Item, Operator, StoredFile
from evidence_app.core.review import STATUSES, VERDICTS, ReviewMark, ReviewState

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
SHOWN_IMAGE_ROLES = ("window", "visible", "full_page", "original")
PROVENANCE_READ_LIMIT = 256 * 1024


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
    return escape(str(text), {'"': "&quot;"}).replace("\n", "<br/>")


def short_hash(sha256: str) -> str:
    return sha256[:16]


def human_size(size: int) -> str:
    if size < 1024:
        return f"{size} B"
    for unit in ("KiB", "MiB", "GiB"):
        size_f = size / 1024
        if size_f < 1024 or unit == "GiB":
            return f"{size_f:.1f} {unit}"
        size = int(size_f)
    return f"{size} B"


def evidence_name(item: Item, lang: str) -> str:
    fields = item.fields
    for key in ("page_title", "content_text", "account_name"):
        value = fields.get(key, "").strip()
        if value:
            return value if len(value) <= 80 else value[:77] + "…"
    files = [f for f in item.files if f.role != "tsr"]
    if files:
        return f"{category_label(item.category, lang)}: {files[0].name}"
    return category_label(item.category, lang)


def item_source(item: Item) -> tuple[str, str]:
    url = (
        item.fields.get("url") or item.fields.get("final_url") or item.fields.get("account_url", "")
    )
    return item.fields.get("platform", ""), url


def _styles() -> dict[str, ParagraphStyle]:
    sans, mono = register_fonts()
    base = ParagraphStyle("body", fontName=sans, fontSize=8.5, leading=11.5, wordWrap="CJK")
    return {
        "body": base,
        "small": ParagraphStyle("small", parent=base, fontSize=7.2, leading=9.2),
        "cell": ParagraphStyle("cell", parent=base, fontSize=7.2, leading=9.2),
        "mono": ParagraphStyle("mono", parent=base, fontName=mono, fontSize=6.8, leading=8.6),
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
        "caption": ParagraphStyle("caption", parent=base, fontSize=7.5, leading=9.5),
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
        title = self.content.case.title
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
    """Lay out the bundle twice: the first pass finds each item's pages for the catalogue."""
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


def _kv_table(
    rows: list[tuple[str, str]], styles: dict[str, ParagraphStyle], key_width: float = 120
) -> Table:
    data = [[_p(esc(k), styles["cell"]), _p(v, styles["cell"])] for k, v in rows]
    table = Table(data, colWidths=[key_width, USABLE_WIDTH - key_width], repeatRows=0)
    table.setStyle(KEY_VALUE_STYLE)
    return table


def _grid(
    header: list[str],
    rows: list[list[Any]],
    widths: list[float],
    styles: dict[str, ParagraphStyle],
) -> Table:
    data: list[list[Any]] = [[_p(esc(h), styles["cell"]) for h in header]]
    for row in rows:
        data.append([c if isinstance(c, Flowable) else _p(esc(c), styles["cell"]) for c in row])
    scale = USABLE_WIDTH / sum(widths)
    table = Table(data, colWidths=[w * scale for w in widths], repeatRows=1)
    table.setStyle(TABLE_STYLE)
    return table


# -- sections ------------------------------------------------------------------------------------


def _period(items: list[Item]) -> tuple[str, str]:
    times = sorted(i.captured_utc for i in items)
    return (times[0], times[-1]) if times else ("", "")


def _cover(
    content: BundleContent, words: Words, styles: dict[str, ParagraphStyle], seen: dict[str, int]
) -> list[Flowable]:
    case = content.case
    first, last = _period(content.items)
    operators = sorted({f"{e.operator.name} ({e.operator.role})" for e in content.events})
    withdrawn = sum(1 for i in content.items if i.withdrawn)
    count = str(len(content.items))
    if withdrawn:
        count += " " + words.one("({count} withdrawn, still shown)").format(count=withdrawn)
    rows = [
        (words.both("Case"), esc(case.title)),
        (words.both("Case ID"), esc(case.id)),
        (words.both("Owner"), esc(case.owner)),
        (
            words.both("Period covered (capture times, UTC)"),
            esc(f"{first} — {last}" if first else "—"),
        ),
        (words.both("Evidence items"), esc(count)),
        (words.both("Operators"), esc(", ".join(operators))),
        (
            words.both("Exported at"),
            esc(f"{content.generated.utc} (UTC)\n{content.generated.local}"),
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
    role = ROLE_LABELS.get(operator.role)
    return f"{operator.name} ({tr('Roles', role, words.lang) if role else operator.role})"


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
                    who=operator_text(verdict.by, words), when=verdict.at_local
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
                f"{mark.at_utc}\n{mark.at_local}",
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
        pages = "—" if not first else (str(first) if first == last else f"{first}–{last}")
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
                item.captured_local,
                item.fields.get("purpose", ""),
                pages,
                _p("<br/>".join(esc(short_hash(h)) for h in hashes), styles["mono"]),
            ]
        )
    story: list[Flowable] = [
        Mark("catalogue", words.both("Evidence catalogue (证据目录)"), 0, seen),
        _p(esc(words.both("Evidence catalogue (证据目录)")), styles["h1"]),
        _grid(header, table_rows, [28, 92, 112, 70, 86, 30, 76], styles),
    ]
    return story, rows


def _field_rows(item: Item, words: Words) -> list[tuple[str, str]]:
    rows = []
    for spec in FIELDS:
        value = item.fields.get(spec.key, "")
        rows.append((words.both(spec.label, "Fields"), esc(value) if value else "—"))
    return rows


def _item_section(
    item: Item,
    content: BundleContent,
    words: Words,
    styles: dict[str, ParagraphStyle],
    seen: dict[str, int],
    placed: list[ImageSlot],
) -> list[Flowable]:
    title = f"{item.number} · {category_label(item.category, content.lang)}"
    story: list[Flowable] = [
        Mark(
            f"item-{item.number}",
            f"{item.number} {evidence_name(item, content.lang)[:40]}",
            1,
            seen,
        ),
        _p(esc(title), styles["h1"]),
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
                (words.both("Captured (UTC)"), esc(item.captured_utc)),
                (words.both("Captured (local time)"), esc(item.captured_local)),
                (words.both("Captured by"), esc(f"{item.operator.name} ({item.operator.role})")),
                (words.both("Item ID"), esc(item.id)),
                *_field_rows(item, words),
            ],
            styles,
        )
    )
    story.append(_p(esc(words.both("Files (attached to this PDF)")), styles["h2"]))
    file_rows: list[list[Any]] = []
    for stored in item.files:
        file_rows.append(
            [
                stored.role,
                _p(esc(content.attachment_names[stored.id]), styles["cell"]),
                f"{human_size(stored.size)}\n{stored.mime}",
                _p(f'<font name="{MONO}">{esc(stored.sha256)}</font>', styles["cell"]),
            ]
        )
    story.append(
        _grid(
            [words.both("Role"), words.both("Attachment"), words.both("Size, type"), "SHA-256"],
            file_rows,
            [50, 150, 65, 160],
            styles,
        )
    )
    story += _trusted_time(item, content, words, styles)
    story += _item_review(item, content, words, styles)
    story += _item_events(item, content, words, styles)
    for stored in item.files:
        plan = content.image_plans.get(stored.id)
        if stored.role in SHOWN_IMAGE_ROLES and plan is not None:
            story += _image_flowables(stored, plan, content, words, styles, placed)
    return story


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
        gap = meta.get("gap_seconds")
        gap_text = (
            "—"
            if gap is None
            else words.one("{seconds} s after capture").format(seconds=f"{float(gap):,.0f}")
        )
        rows.append(
            [
                _p(esc(content.attachment_names[token.id]), styles["cell"]),
                f"{meta.get('tsa_name') or ''}\n{meta.get('tsa_url') or ''}".strip(),
                str(meta.get("gen_time_utc", "")),
                gap_text,
                _p(
                    esc(
                        f"{stamps.get('role', '')} {stamps.get('name', '')}\n"
                        f"serial {meta.get('serial', '')}\npolicy {meta.get('policy', '')}"
                    ),
                    styles["cell"],
                ),
            ]
        )
    story.append(
        _grid(
            [
                words.both("Token"),
                words.both("Time-stamping authority"),
                words.both("Stamp time (UTC)"),
                words.both("Gap capture → stamp"),
                words.both("Stamps"),
            ],
            rows,
            [110, 90, 85, 55, 100],
            styles,
        )
    )
    return story


def event_summary(event: Event) -> str:
    p = event.payload
    if event.action == "case_created":
        return str(p.get("title", ""))
    if event.action == "item_added":
        return f"{p.get('number', '')} {p.get('category', '')}"
    if event.action == "file_stored":
        return (
            f"{p.get('role')} {p.get('name')} sha256 {str(p.get('sha256'))[:16]}… {p.get('size')} B"
        )
    if event.action in ("field_edited", "case_edited"):
        return f"{p.get('key')}: {p.get('old')!r} → {p.get('new')!r}"
    if event.action == "item_withdrawn":
        return str(p.get("reason", ""))
    if event.action == "item_reviewed":
        return f"{p.get('number', '')} {p.get('status', '')}: {p.get('comment', '')}"
    if event.action == "case_screened":
        return f"{p.get('verdict', '')}: {p.get('notes', '')}"
    text = json.dumps(p, ensure_ascii=False, sort_keys=True)
    return text if len(text) <= 300 else text[:297] + "…"


def _event_rows(
    events: list[Event], numbers: dict[str, str], styles: dict[str, ParagraphStyle]
) -> list[list[Any]]:
    return [
        [
            str(e.seq),
            f"{e.at_utc}\n{e.at_local}",
            f"{e.operator.name}\n({e.operator.role})",
            e.action,
            numbers.get(e.item or "", ""),
            _p(
                f'{esc(event_summary(e))}<br/><font name="{MONO}">{esc(e.hash)}</font>',
                styles["cell"],
            ),
        ]
        for e in events
    ]


def _event_header(words: Words) -> list[str]:
    return [
        words.both("Seq"),
        words.both("Time"),
        words.both("Operator"),
        words.both("Action"),
        words.both("Item"),
        words.both("Details, event hash"),
    ]


def _item_events(
    item: Item, content: BundleContent, words: Words, styles: dict[str, ParagraphStyle]
) -> list[Flowable]:
    events = [e for e in content.events if e.item == item.id]
    numbers = {item.id: item.number}
    return [
        _p(esc(words.both("Custody events of this item")), styles["h2"]),
        _grid(
            _event_header(words),
            _event_rows(events, numbers, styles),
            [24, 88, 52, 48, 28, 185],
            styles,
        ),
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
            esc(
                f"{name} · {plan.width}×{plan.height} px · {how} · ≈{round(72 / scale)} dpi{where}"
            ),
            styles["caption"],
        )
        slot = ImageSlot(stored.id, plan, scale, first, rows)
        story.append(CondPageBreak(rows * scale + CAPTION_HEIGHT))
        story.append(KeepTogether([caption, Spacer(1, 3), ImageBox(slot, placed)]))
    return story


def _event_time(item: Item) -> str:
    return item.fields.get("posted_at") or item.captured_utc


def _timeline(
    content: BundleContent, words: Words, styles: dict[str, ParagraphStyle]
) -> list[Flowable]:
    rows = []
    for item in sorted(content.items, key=lambda i: (_event_time(i), i.seq_number)):
        posted = item.fields.get("posted_at") or item.fields.get("posted_at_displayed") or "—"
        who = " ".join(
            x for x in (item.fields.get("platform", ""), item.fields.get("account_name", "")) if x
        )
        rows.append(
            [posted, item.captured_utc, item.number, who or "—", evidence_name(item, content.lang)]
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
                words.both("Captured (UTC)"),
                words.both("Item"),
                words.both("Platform, account"),
                words.both("Evidence name"),
            ],
            rows,
            [80, 95, 30, 80, 150],
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
                item.fields.get("counts_observed_at", "—"),
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
                    "the previous event's hash, from 64 zeros to the head {head}. The same log is "
                    "attached as custody-log.json."
                ).format(head=content.custody_head)
            ),
            styles["small"],
        ),
        Spacer(1, 4),
        _grid(
            _event_header(words),
            _event_rows(content.events, numbers, styles),
            [24, 88, 52, 48, 28, 185],
            styles,
        ),
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
