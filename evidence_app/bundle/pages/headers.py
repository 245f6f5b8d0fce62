"""Bilingual table headers ("操作人 / Operator") and key cells that wrap only where a reader expects.

A narrow header left to the Chinese line breaker split "操作人" into "操" and "作人" and "时间戳令牌"
into "时间戳令" and "牌". Here a label that does not fit on one line breaks first between its two
languages (the " / " stays at the end of the first line), then inside each language only at
sensible points: English between words, Chinese after "，、；：/）" and "的", before "（", and at
spaces. A table whose column is narrower than the longest such piece of its header is widened
(the width comes from columns with room to spare); only a piece wider than any column could be
is left to break between characters.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from reportlab.pdfbase.pdfmetrics import stringWidth

from evidence_app.bundle.fonts import SANS, register_fonts

# reportlab's rounding: a line exactly as wide as the column still fits
_FUZZ = 0.5
SEPARATOR = " / "
# Chinese pieces end after these characters (a phrase, a list item, a bracket closed) …
_CJK_AFTER = frozenset("，、；：/）」》的")
# … and start before these (a bracket opened)
_CJK_BEFORE = frozenset("（「《")


class Pair(str):
    """A label in two languages (``first / second``) that remembers where the languages meet."""

    parts: tuple[str, str]

    def __new__(cls, first: str, second: str) -> Pair:
        pair = super().__new__(cls, f"{first}{SEPARATOR}{second}")
        pair.parts = (first, second)
        return pair

    def format(self, *args: object, **kwargs: object) -> str:
        first, second = self.parts
        return Pair(first.format(*args, **kwargs), second.format(*args, **kwargs))


def _has_cjk(text: str) -> bool:
    return any(ord(char) >= 0x2E80 for char in text)


def _width(text: str, size: float) -> float:
    return float(stringWidth(text, SANS, size))


def pieces(part: str) -> list[str]:
    """*part* (one language of a label) cut where a line may end; each piece keeps its trailing
    space, so that the pieces joined give *part* again."""
    if not _has_cjk(part):
        words = re.findall(r"\S+\s*", part)
        glued: list[str] = []
        for word in words:  # "Captured / imported": a line never starts with "/"
            if glued and word.strip() in ("/", "→", "-", "–"):
                glued[-1] += word
            else:
                glued.append(word)
        return glued
    found: list[str] = []
    current = ""
    for index, char in enumerate(part):
        if char in _CJK_BEFORE and current.strip():
            found.append(current)
            current = ""
        current += char
        following = part[index + 1] if index + 1 < len(part) else ""
        ends = char in _CJK_AFTER or (char == " " and following != " ")
        # "/" inside a run of Latin letters ("SHA-256/ID") is no place for a break
        if ends and not (char == "/" and following.isascii() and following.isalnum()):
            found.append(current)
            current = ""
    if current:
        found.append(current)
    return [piece for piece in found if piece]


def _parts(label: str) -> list[str]:
    """The label's languages, the separator kept at the end of the first."""
    parts = getattr(label, "parts", None)
    if parts is None:
        return [label]
    first, second = parts
    return [first + SEPARATOR.rstrip(), second]


def _part_pieces(label: str) -> list[list[str]]:
    parts = _parts(label)
    result = []
    for index, part in enumerate(parts):
        cut = pieces(part)
        if index < len(parts) - 1 and len(cut) > 1 and cut[-1].strip() == "/":
            cut[-2:] = [cut[-2] + cut[-1]]  # "Operator /" is one piece
        result.append(cut)
    return result


def label_lines(label: str, width: float, size: float) -> list[str]:
    """*label* as the lines it is printed in, in a cell *width* points wide inside its padding."""
    register_fonts()
    if _width(label, size) <= width + _FUZZ:
        return [label]
    lines: list[str] = []
    for part in _part_pieces(label):
        line = ""
        for piece in part:
            if line and _width((line + piece).rstrip(), size) > width + _FUZZ:
                lines.append(line.rstrip())
                line = ""
            line += piece
        if line.strip():
            lines.append(line.rstrip())
    return lines


def needed_width(label: str, size: float) -> float:
    """The narrowest width in which *label* breaks only at its sensible points."""
    register_fonts()
    return max(
        (_width(piece.rstrip(), size) for part in _part_pieces(label) for piece in part),
        default=0.0,
    )


def fit_widths(
    labels: Sequence[str], widths: Sequence[float], size: float, padding: float
) -> list[float]:
    """*widths* with every column at least as wide as its label's longest piece: what a narrow
    column lacks is taken from the columns with room to spare, in proportion to that room. Left
    as they are when the labels together need more than the table has."""
    needs = [needed_width(label, size) + padding + _FUZZ for label in labels]
    shortfall = sum(max(0.0, need - width) for need, width in zip(needs, widths, strict=True))
    if shortfall <= 0:
        return list(widths)
    room = [max(0.0, width - need) for need, width in zip(needs, widths, strict=True)]
    spare = sum(room)
    if spare < shortfall:
        return list(widths)
    return [
        max(need, width) if width < need else width - shortfall * free / spare
        for need, width, free in zip(needs, widths, room, strict=True)
    ]
