"""The bundle's one typeface: WenQuanYi Micro Hei (CJK and Latin), shipped in resources/fonts and embedded as subsets."""

from __future__ import annotations

import functools
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

FONTS_DIR = Path(__file__).resolve().parent.parent.parent / "resources" / "fonts"
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
