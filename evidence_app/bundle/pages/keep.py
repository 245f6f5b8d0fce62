"""Page-break rules: a heading stays with what it introduces, and a table breaks only where at least
two rows (besides its repeated header) stay on each side, so that no page holds one stray row.

A reader of a printed bundle must never meet a heading alone at the foot of a page, nor turn the
page to find one custody row and nothing else. reportlab keeps neither rule by itself:
:class:`KeptTable` limits where a table may split (``rowSplitRange``), and :func:`keep_headings`
puts a conditional page break before each heading that moves it on when the heading, its notes
and the first rows of its table do not fit.
"""

from __future__ import annotations

from typing import Any

from reportlab.platypus import CondPageBreak, Flowable, Paragraph, Spacer, Table

from evidence_app.bundle.pages.base import FRAME_HEIGHT, PAD

# rows (after the repeated header) that stay together at the start and at the end of a table
MIN_ROWS = 2
# a table with fewer body rows than this is never split (while it fits a page): two rows here and
# three there read worse than the whole table on the next page
MIN_SPLIT_ROWS = 6
# paragraph styles that open a section
HEADING_STYLES = frozenset({"h1", "h2"})
# the most a heading may ask to keep with it: beyond this it starts where it is
MAX_KEEP = (FRAME_HEIGHT - 2 * PAD) * 0.5
# notes and spacers between a heading and its table that are kept with the heading
_MAX_INTRO = 4


class KeptTable(Table):  # type: ignore[misc]
    """A table that never leaves fewer than :data:`MIN_ROWS` body rows on either side of a break.

    A table of fewer than :data:`MIN_SPLIT_ROWS` body rows does not split at all (it moves to
    the next page whole), unless it cannot fit a whole page: then it splits as reportlab would.
    """

    _rowSplitRange: tuple[int, int] | None  # reportlab's: (first, last) row a split may fall on

    def __init__(self, data: Any, *args: Any, **kwargs: Any) -> None:
        super().__init__(data, *args, **kwargs)
        repeat = self.repeatRows if isinstance(self.repeatRows, int) else len(self.repeatRows)
        rows = len(self._cellvalues)
        body = rows - repeat
        self._kept_range: tuple[int, int] | None = None
        if body >= MIN_SPLIT_ROWS:
            self._kept_range = (repeat + MIN_ROWS, rows - MIN_ROWS)
        elif body >= 2:
            self._kept_range = (rows, rows)  # no split point allowed
        self._rowSplitRange = self._kept_range

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        self._rowSplitRange = self._kept_range
        parts: list[Flowable] = super().split(availWidth, availHeight)
        frame = getattr(self, "_frame", None)
        if not parts and self._kept_range and frame is not None and frame._atTop:
            # at the top of an empty page and still too tall: break anywhere rather than fail
            self._rowSplitRange = None
            parts = super().split(availWidth, availHeight)
        return parts


class HeadingRoom(CondPageBreak):  # type: ignore[misc]
    """Starts a new page unless the heading, its notes and the first rows of its table fit."""

    def __init__(self, kept: list[Flowable]) -> None:
        super().__init__(0)
        self.kept = kept

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.height = min(_needed(self.kept, availWidth, availHeight), MAX_KEEP)
        result: tuple[float, float] = super().wrap(availWidth, availHeight)
        return result

    def __repr__(self) -> str:
        return f"HeadingRoom({len(self.kept)} flowables)"


def _needed(kept: list[Flowable], width: float, height: float) -> float:
    total = 0.0
    for flowable in kept:
        if isinstance(flowable, Table):
            total += _first_rows_height(flowable, width, height)
            break
        _w, h = flowable.wrap(width, height)
        total += h + flowable.getSpaceBefore() + flowable.getSpaceAfter()
    return total


def _first_rows_height(table: Table, width: float, height: float) -> float:
    """The height of the table's header and first :data:`MIN_ROWS` rows (all of a table too short
    to split)."""
    repeat = table.repeatRows if isinstance(table.repeatRows, int) else len(table.repeatRows)
    rows = len(table._cellvalues)
    cells = table._cellvalues[: rows if rows - repeat < MIN_SPLIT_ROWS else repeat + MIN_ROWS]
    probe = Table(cells, colWidths=table._argW, repeatRows=0)
    probe._cellStyles = [list(row) for row in table._cellStyles[: len(cells)]]
    _w, h = probe.wrap(width, height)
    return float(h)


def _is_heading(flowable: Flowable) -> bool:
    return isinstance(flowable, Paragraph) and flowable.style.name in HEADING_STYLES


def keep_headings(story: list[Flowable]) -> list[Flowable]:
    """*story* with a :class:`HeadingRoom` before each heading (and the bookmarks just before it)."""
    result: list[Flowable] = []
    for index, flowable in enumerate(story):
        if _is_heading(flowable):
            kept = [flowable]
            for following in story[index + 1 : index + 2 + _MAX_INTRO]:
                if _is_heading(following):
                    break
                if not isinstance(following, (Paragraph, Spacer, Table)):
                    break  # a picture or a page break: it looks after itself
                kept.append(following)
                if isinstance(following, Table):
                    break
            # the bookmarks (zero-size) that precede the heading move with it
            at = len(result)
            while at and getattr(result[at - 1], "height", None) == 0 and _is_mark(result[at - 1]):
                at -= 1
            result.insert(at, HeadingRoom(kept))
        result.append(flowable)
    return result


def _is_mark(flowable: Flowable) -> bool:
    return type(flowable).__name__ == "Mark"
