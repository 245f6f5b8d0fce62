"""The bundle's one typeface: WenQuanYi Micro Hei (CJK and Latin), shipped in resources/fonts and embedded as subsets."""

from __future__ import annotations

import functools

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from evidence_app.core.resources import RESOURCES

FONTS_DIR = RESOURCES / "fonts"
FONT_FILE = FONTS_DIR / "wqy-microhei.ttc"
SANS = "EvidenceSans"
MONO = "EvidenceMono"


@functools.cache
def register_fonts() -> tuple[str, str]:
    """Register the proportional and the monospaced face once; reportlab subsets what is used.

    Every glyph on every page comes from this file, so no PDF viewer has to substitute a font
    (pdffonts lists only embedded subsets).
    """
    pdfmetrics.registerFont(TTFont(SANS, str(FONT_FILE), subfontIndex=0))
    pdfmetrics.registerFont(TTFont(MONO, str(FONT_FILE), subfontIndex=1))
    return SANS, MONO


@functools.cache
def _covered() -> frozenset[int]:
    """Every code point the bundle's face has a glyph for (both faces cover the same set)."""
    register_fonts()
    sans = pdfmetrics.getFont(SANS).face.charToGlyph
    mono = pdfmetrics.getFont(MONO).face.charToGlyph
    return frozenset(code for code, glyph in sans.items() if glyph and code in mono)


# Line breaks and tabs are layout, not glyphs: the paragraph code handles them itself.
_LAYOUT = frozenset({"\n", "\t", "\r"})


def has_glyph(char: str) -> bool:
    return char in _LAYOUT or ord(char) in _covered()


def printable(text: str) -> str:
    """*text* with every character the font cannot draw written as ``[U+1F621]``.

    A reader would otherwise see a blank or a box where the character is, and a printed file
    name would no longer match the attachment's name; the code point says exactly what stands
    there (the attachment itself keeps the character).
    """
    if text.isascii() and text.isprintable():
        return text
    covered = _covered()
    if all(char in _LAYOUT or ord(char) in covered for char in text):
        return text
    return "".join(
        char if char in _LAYOUT or ord(char) in covered else f"[U+{ord(char):04X}]" for char in text
    )
