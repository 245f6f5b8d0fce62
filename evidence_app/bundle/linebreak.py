"""Chinese line breaking for the bundle's paragraphs: the kinsoku rules reportlab's ``wordWrap="CJK"`` lacks.

reportlab breaks CJK text between any two characters. Its only rule lets one character of a short
list (which lacks "，", "：", "；", "！", "？", "》" …) hang past the right edge, so lines start
with "，" and a "。" runs into the next table column. :class:`CJKParagraph` breaks instead:

- never before closing punctuation (，。、；：！？）」』】》… : :data:`CANNOT_START`) and never after
  opening punctuation (（「『【《“‘ … : :data:`CANNOT_END`); the character before moves down
  with it (oidashi), so nothing passes the edge;
- not inside a run of Latin letters, digits and the characters of numbers, IDs and URLs, where a
  break before or after the run will do; a run longer than a line breaks after "/", "?", "&", "-"
  and the like first, and only then anywhere;
- a line that would still overflow breaks at the edge, as before.
"""

from __future__ import annotations

import functools
from typing import Any

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph
from reportlab.platypus.paragraph import ParaLines, _processed_frags, cjkU, makeCJKParaLine
from reportlab.rl_config import _FUZZ

CANNOT_START = frozenset(
    "!),.:;?]}"
    "、。，．：；！？）］｝〕〉》」』】〙〗〟’”｠»"
    "ゝゞーァィゥェォッャュョヮヵヶぁぃぅぇぉっゃゅょゎゕゖ々〻‐゠–〜～"
    "・·‥…%‰℃°′″％"
)
CANNOT_END = frozenset("([{（［｛〔〈《「『【〘〖〝‘“｟«＄￥$£¥#＃@＠")
# Characters that glue a number, an ID or a URL together: no break between two of them.
_WORD_PUNCT = frozenset("._-/:%@#?&=+~,'")
# Inside such a run longer than a line: break after one of these first.
_SOFT_AFTER = frozenset("/?&=-_.,;#")


def _in_word(char: str) -> bool:
    return (char.isascii() and char.isalnum()) or char in _WORD_PUNCT


def _kinsoku_ok(units: list[Any], at: int) -> bool:
    """May a line end before ``units[at]``?"""
    return units[at] not in CANNOT_START and units[at - 1] not in CANNOT_END


def _break_at(units: list[Any], start: int, over: int) -> int:
    """Where the next line starts when ``units[over]`` no longer fits on the line from *start*."""
    best_soft = best_any = 0
    for at in range(over, start, -1):
        if not _kinsoku_ok(units, at):
            continue
        before, after = units[at - 1], units[at]
        inside = _in_word(before) and _in_word(after)
        if not inside:
            return at
        if not best_soft and before in _SOFT_AFTER:
            best_soft = at
        if not best_any:
            best_any = at
    return best_soft or best_any or over


class _Unit(str):
    """One character (or, for a line that needs no breaking, a frag's whole text) with its frag
    and width: what reportlab's ``makeCJKParaLine`` reads (``cjkU`` measured every character
    anew; here each character of a face and size is measured once)."""

    frag: Any
    width: float


def _unit(text: str, frag: Any, width: float) -> _Unit:
    unit = _Unit(text)
    unit.frag, unit.width = frag, width
    return unit


@functools.cache
def _char_width(char: str, font: str, size: float) -> float:
    return float(stringWidth(char, font, size))


def _frag_text(frag: Any) -> str:
    text = frag.text
    return text.decode("utf8") if isinstance(text, bytes) else str(text)


def _one_line(frags: list[Any], max_width: float, calc_bounds: bool) -> Any | None:
    """The paragraph as one line when it has no break and fits (most table cells), else None."""
    total = 0.0
    units = []
    for frag in frags:
        if hasattr(frag, "lineBreak") or hasattr(frag, "cbDefn"):
            return None
        text = _frag_text(frag)
        width = float(stringWidth(text, frag.fontName, frag.fontSize))
        total += width
        if total > max_width + _FUZZ:
            return None
        units.append(_unit(text, frag, width))
    line = makeCJKParaLine(units, max_width, total, max_width - total, False, calc_bounds)
    return ParaLines(kind=1, lines=[line])


def _units(frags: list[Any]) -> list[Any]:
    units: list[Any] = []
    for frag in frags:
        text = _frag_text(frag)
        if hasattr(frag, "cbDefn"):
            units.append(cjkU(text, frag, "utf8"))
        elif text:
            font, size = frag.fontName, frag.fontSize
            units.extend(_unit(char, frag, _char_width(char, font, size)) for char in text)
        else:
            units.append(_unit(text, frag, 0.0))
    return units


def split_lines(frags: list[Any], max_widths: list[float], calc_bounds: bool) -> Any:
    """reportlab's ``cjkFragSplit`` with the rules above: the frags' characters into lines."""
    single = _one_line(frags, max_widths[0], calc_bounds)
    if single is not None:
        return single
    units = _units(frags)
    lines: list[Any] = []
    start = index = 0
    used = 0.0
    max_width = max_widths[0]
    count = len(units)
    while index < count:
        unit = units[index]
        width = unit.width
        if hasattr(width, "normalizedValue"):
            width._normalizer = max_width
            width = width.normalizedValue(max_width)
        if hasattr(unit.frag, "lineBreak"):
            lines.append(
                makeCJKParaLine(
                    units[start : index + 1], max_width, used, max_width - used, True, calc_bounds
                )
            )
            index += 1
        elif used + width > max_width + _FUZZ and index > start:
            at = _break_at(units, start, index)
            while at < count and units[at] == " ":  # a space at the break ends the line
                at += 1
            shown = sum(u.width for u in units[start:at])
            lines.append(
                makeCJKParaLine(
                    units[start:at], max_width, shown, max_width - shown, False, calc_bounds
                )
            )
            index = at
        else:
            used += width
            index += 1
            continue
        start = index
        used = 0.0
        max_width = max_widths[min(len(lines), len(max_widths) - 1)]
    if start < count:
        lines.append(
            makeCJKParaLine(units[start:], max_width, used, max_width - used, False, calc_bounds)
        )
    return ParaLines(kind=1, lines=lines)


class CJKParagraph(Paragraph):  # type: ignore[misc]
    """A Paragraph with ``wordWrap="CJK"`` that breaks its lines by :func:`split_lines`.

    Its lines are broken once per width: a table asks a cell's height many times while it looks
    for a page break, and the part of a long text that goes on to the next page takes the lines
    already broken with it instead of breaking the rest again. Without this a field of 200,000
    characters spread over a hundred pages was broken hundreds of times over (quadratic: minutes).
    """

    _broken: tuple[tuple[float, ...], Any] | None = None  # (widths, lines) of the last breaking

    def breakLinesCJK(self, maxWidths: Any) -> Any:  # reportlab's names
        if not isinstance(maxWidths, (list, tuple)):
            maxWidths = [maxWidths]
        if hasattr(self, "blPara") and getattr(self, "_splitpara", False):
            return self.blPara
        widths = tuple(float(width) for width in maxWidths)
        if self._broken is not None and self._broken[0] == widths:
            self.height = 0
            return self._broken[1]
        style = self.style
        self.height = 0
        if not self.frags:
            return ParaLines(
                kind=0,
                fontSize=style.fontSize,
                fontName=style.fontName,
                textColor=style.textColor,
                lines=[],
                ascent=style.fontSize,
                descent=-0.2 * style.fontSize,
            )
        auto_leading = getattr(self, "autoLeading", getattr(style, "autoLeading", ""))
        lines = split_lines(self.frags, list(widths), auto_leading not in ("", "off"))
        self._broken = (widths, lines)
        return lines

    def split(self, availWidth: float, availHeight: float) -> list[Any]:
        parts: list[Any] = super().split(availWidth, availHeight)
        broken = self._broken
        if len(parts) != 2 or broken is None or getattr(self, "blPara", None) is not broken[1]:
            return parts
        first, rest = parts
        lines: Any = broken[1]
        later = broken[0][-1]
        # the rest starts on a line of its own at the later lines' width: its lines are the
        # ones already broken (unless reportlab rebuilt its pieces from processed fragments)
        if lines.kind == 1 and not _processed_frags(rest.frags):
            rest._broken = (
                (later, later),
                ParaLines(kind=1, lines=lines.lines[len(first.blPara.lines) :]),
            )
        return parts
