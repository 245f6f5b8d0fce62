"""The bundle's pages, laid out with reportlab: cover, 证据目录, item sections, summaries, custody log, how to verify.

Images are not drawn here. Each screenshot (or slice of a tall one) is a placeholder flowable that
reserves its space and records where it landed; the exporter then appends the image data itself,
passed through losslessly, and draws it into exactly those boxes. The layout stays small (text
only) however many screenshots a case holds.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    PageBreak,
    PageTemplate,
    Table,
)

from evidence_app import __version__
from evidence_app.bundle.fonts import SANS, draw_string
from evidence_app.bundle.pages.appendix import _environment
from evidence_app.bundle.pages.base import (
    FRAME_HEIGHT,
    FRAME_WIDTH,
    MARGIN_BOTTOM,
    MARGIN_TOP,
    MARGIN_X,
    PAGE_HEIGHT,
    PAGE_WIDTH,
    BundleContent,
    ImageSlot,
    Layout,
    Words,
)
from evidence_app.bundle.pages.campaign import _campaign
from evidence_app.bundle.pages.case import _case_section
from evidence_app.bundle.pages.catalogue import _catalogue
from evidence_app.bundle.pages.cover import _cover
from evidence_app.bundle.pages.events import _custody_log
from evidence_app.bundle.pages.flow import Mark, _styles
from evidence_app.bundle.pages.howto import _how_to_verify
from evidence_app.bundle.pages.items import _item_section
from evidence_app.bundle.pages.keep import keep_headings
from evidence_app.bundle.pages.summaries import _accounts, _missing, _thresholds, _timeline

CONTEXT = "Bundle"
# the first pass does not know the page count yet: a number as wide as any bundle's under 1,000 pages
PAGES_PLACEHOLDER_TOTAL = 888


class _Document(BaseDocTemplate):  # type: ignore[misc]
    def __init__(
        self,
        stream: io.BytesIO,
        content: BundleContent,
        words: Words,
        item_pages: dict[str, tuple[int, int]],
        total: int,
    ) -> None:
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
        # from the pass before: which item each page belongs to, and how many pages there are
        self.item_pages, self.total = item_pages, total
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
        draw_string(
            canvas,
            MARGIN_X,
            PAGE_HEIGHT - MARGIN_TOP + 6,
            f"{self.words.both('Evidence bundle')} · {title}",
            7,
        )
        page = canvas.getPageNumber()
        footer = self.words.one("Page {page} of {pages}").format(
            page=page, pages=self.total or PAGES_PLACEHOLDER_TOTAL
        )
        number = self._item_on(page)
        if number:
            footer = f"{self.words.one('Evidence {number}').format(number=number)} · {footer}"
        draw_string(canvas, PAGE_WIDTH - MARGIN_X, MARGIN_BOTTOM - 14, footer, 7, right=True)
        draw_string(
            canvas,
            MARGIN_X,
            MARGIN_BOTTOM - 14,
            self.words.one("Custody head {head}…").format(head=self.content.custody_head[:16]),
            7,
        )
        canvas.restoreState()

    def _item_on(self, page: int) -> str:
        """The evidence number of the item whose section holds *page* ("" outside the items)."""
        for number, (first, last) in self.item_pages.items():
            if first and first <= page <= last:
                return number
        return ""


def build_layout(content: BundleContent, cancel: Callable[[], None] = lambda: None) -> Layout:
    """Lay out the bundle twice: the first pass finds each item's pages for the catalogue, the
    second prints them (and confirms them; a third pass runs only when they moved)."""
    words = Words(content.lang, content.case.zone_key)
    styles = _styles()
    item_pages: dict[str, tuple[int, int]] = {}
    total = 0
    for _attempt in range(3):
        cancel()
        seen: dict[str, int] = {}
        placed: list[ImageSlot] = []
        stream = io.BytesIO()
        doc = _Document(stream, content, words, item_pages, total)
        story, rows = _story(content, words, styles, seen, placed, item_pages)
        _let_rows_split(story)
        doc.build(story)
        new_pages = _item_page_ranges(content, seen, doc.page)
        if new_pages == item_pages and doc.page == total:
            break
        item_pages, total = new_pages, doc.page
    return Layout(stream.getvalue(), doc.page, placed, item_pages, rows)


def _let_rows_split(flowables: list[Any]) -> None:
    """Let every table continue a row on the next page: a field as long as a long post (a
    5,000-character text, a 100,000-character address) is one row taller than a page, which
    ReportLab otherwise refuses with a LayoutError, failing the whole export."""
    for flowable in flowables:
        if isinstance(flowable, Table):
            flowable.splitInRow = 1
            for row in flowable._cellvalues:
                for cell in row:
                    if isinstance(cell, list):
                        _let_rows_split(cell)
        inner = getattr(flowable, "_content", None)  # KeepTogether and friends
        if isinstance(inner, list):
            _let_rows_split(inner)


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
    story += _case_section(content, words, styles, seen)
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
    story += _accounts(content, words, styles)
    story += _campaign(content, words, styles)  # only when the case has groups
    if content.gaps:  # only when the owner chose to put the list in (see bundle.export)
        story += _missing(content, words, styles)
    story.append(PageBreak())
    story += _custody_log(content, words, styles, seen)
    story.append(PageBreak())
    story += _environment(content, words, styles, seen)
    story.append(PageBreak())
    story += _how_to_verify(content, words, styles, seen)
    return keep_headings(story), rows
