"""The bundle's typefaces: WenQuanYi Micro Hei first, then fallbacks for what it lacks, character by character.

WenQuanYi Micro Hei (shipped in resources/fonts) draws Chinese, Latin and most punctuation. A
character it has no glyph for (CJK Extension A/B such as 𠮷 in real names, emoji such as 😡) is
drawn in the first fallback that has it:

- the whole Hanazono Mincho A/B, Symbola and DejaVu Sans when installed (Debian's
  fonts-hanazono, fonts-symbola, fonts-dejavu-core: the Makefile's DEB_PACKAGES);
- else the subsets shipped in resources/fonts (made by tools/subset_fonts.py): Extension A,
  the Extension B characters used in names, symbols and emoji.

reportlab embeds a subset of every face it draws with, so the PDF prints the same on any machine.
A character no face has stays visible as its code (``[U+E000]``), never as a blank or a box.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import TTFont

from evidence_app.core.resources import RESOURCES

FONTS_DIR = RESOURCES / "fonts"
FONT_FILE = FONTS_DIR / "wqy-microhei.ttc"
SANS = "EvidenceSans"
MONO = "EvidenceMono"

_SYSTEM = Path("/usr/share/fonts/truetype")
# (registered name, candidate files, first found wins): the whole font first, then the shipped subset
FALLBACKS: tuple[tuple[str, tuple[Path, ...]], ...] = (
    (
        "EvidenceHanA",
        (_SYSTEM / "hanazono" / "HanaMinA.ttf", FONTS_DIR / "hanazono-exta-subset.ttf"),
    ),
    (
        "EvidenceHanB",
        (_SYSTEM / "hanazono" / "HanaMinB.ttf", FONTS_DIR / "hanazono-extb-names-subset.ttf"),
    ),
    (
        "EvidenceSymbols",
        (
            _SYSTEM / "ancient-scripts" / "Symbola_hint.ttf",
            FONTS_DIR / "symbola-symbols-subset.ttf",
        ),
    ),
    ("EvidenceDejaVu", (_SYSTEM / "dejavu" / "DejaVuSans.ttf",)),
)

# Line breaks and tabs are layout, not glyphs: the paragraph code handles them itself.
_LAYOUT = frozenset({"\n", "\t", "\r"})
# Variation selectors and joiners belong to the character before them (😡️, 👍🏻): no glyph of their own.
_JOINING = frozenset({0x200D, *range(0xFE00, 0xFE10), *range(0x1F3FB, 0x1F400)})


def _utf16_hex(code: int) -> str:
    return chr(code).encode("utf-16-be").hex().upper()


def _to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    """reportlab's ToUnicode map, with characters beyond U+FFFF written as UTF-16 (a surrogate
    pair) as the PDF standard asks: reportlab writes ``<20BB7>``, which text extraction, search
    and copy read as U+20BB, so 𠮷 would come out as "₻"."""
    cmap = _reportlab_to_unicode_cmap(fontname, subset)
    for index, code in enumerate(subset):
        if code > 0xFFFF:
            cmap = cmap.replace(
                f"<{index:02X}> <{code:04X}>", f"<{index:02X}> <{_utf16_hex(code)}>"
            )
    return str(cmap)


_reportlab_to_unicode_cmap = ttfonts.makeToUnicodeCMap


@functools.cache
def register_fonts() -> tuple[str, str]:
    """Register the proportional and the monospaced face once; reportlab subsets what is used."""
    ttfonts.makeToUnicodeCMap = _to_unicode_cmap
    pdfmetrics.registerFont(TTFont(SANS, str(FONT_FILE), subfontIndex=0))
    pdfmetrics.registerFont(TTFont(MONO, str(FONT_FILE), subfontIndex=1))
    return SANS, MONO


@functools.cache
def _covered() -> frozenset[int]:
    """Every code point the bundle's main face has a glyph for (both faces cover the same set)."""
    register_fonts()
    sans = pdfmetrics.getFont(SANS).face.charToGlyph
    mono = pdfmetrics.getFont(MONO).face.charToGlyph
    return frozenset(code for code, glyph in sans.items() if glyph and code in mono)


@functools.cache
def _fallback(index: int) -> tuple[str, frozenset[int]] | None:
    """The *index*-th fallback face, registered on first need (the whole fonts take a while to
    read, and most cases never need them), with the code points it draws; None if not found."""
    name, candidates = FALLBACKS[index]
    for path in candidates:
        if path.is_file():
            try:
                font = TTFont(name, str(path))
            except Exception:  # an unreadable or unsupported file: try the next one
                continue
            pdfmetrics.registerFont(font)
            codes = frozenset(c for c, g in font.face.charToGlyph.items() if g)
            return name, codes
    return None


@functools.cache
def font_for(code: int) -> str | None:
    """The name of the face that draws *code*: None for the main face, or no face at all."""
    if code in _covered():
        return None
    for index in range(len(FALLBACKS)):
        found = _fallback(index)
        if found is not None and code in found[1]:
            return found[0]
    return ""


def _face_has(face: str | None, code: int) -> bool:
    if face is None:
        return code in _covered()
    return any(
        found is not None and found[0] == face and code in found[1]
        for found in map(_fallback, range(len(FALLBACKS)))
    )


def has_glyph(char: str) -> bool:
    code = ord(char)
    return char in _LAYOUT or code in _JOINING or font_for(code) != ""


def _all_main(text: str) -> bool:
    if text.isascii() and text.isprintable():
        return True
    covered = _covered()
    return all(char in _LAYOUT or ord(char) in covered for char in text)


def runs(text: str) -> Iterator[tuple[str | None, str]]:
    """*text* cut into runs of one face: (None for the main face or a fallback's name, text).

    A character no face has comes as its own run ``(None, "[U+E000]")``.
    """
    if _all_main(text):
        yield None, text
        return
    current: str | None = None
    buffer: list[str] = []
    for char in text:
        code = ord(char)
        if char in _LAYOUT:
            face, shown = current, char
        elif code in _JOINING:  # kept where the face of the character before has it, else dropped
            face, shown = current, char if _face_has(current, code) else ""
        else:
            found = font_for(code)
            face, shown = (None, f"[U+{code:04X}]") if found == "" else (found, char)
        if face != current and buffer:
            yield current, "".join(buffer)
            buffer = []
        current = face
        buffer.append(shown)
    if buffer:
        yield current, "".join(buffer)


def printable(text: str) -> str:
    """*text* with only the characters no face can draw written as ``[U+E000]`` (for plain strings
    that do not take markup; paragraphs use :func:`markup`)."""
    if _all_main(text):
        return text
    return "".join(shown for _face, shown in runs(text))


def markup(escaped: str) -> str:
    """Already-escaped paragraph text with every run the main face lacks in ``<font name=…>``."""
    if _all_main(escaped):
        return escaped
    parts = []
    for face, shown in runs(escaped):
        parts.append(f'<font name="{face}">{shown}</font>' if face else shown)
    return "".join(parts)


def draw_string(
    canvas: Any, x: float, y: float, text: str, size: float, right: bool = False
) -> None:
    """``canvas.drawString`` in the main face with the fallbacks for what it lacks."""
    pieces = [(face or SANS, shown) for face, shown in runs(text)]
    width = sum(pdfmetrics.stringWidth(shown, face, size) for face, shown in pieces)
    if right:
        x -= width
    for face, shown in pieces:
        canvas.setFont(face, size)
        canvas.drawString(x, y, shown)
        x += pdfmetrics.stringWidth(shown, face, size)
    canvas.setFont(SANS, size)
