"""Make the fallback fonts shipped in resources/fonts from Debian's fonts-hanazono and fonts-symbola.

The bundle prefers the whole fonts when they are installed (Makefile DEB_PACKAGES); these subsets
are what a machine without them (Windows, macOS, a frozen app) still prints with:

- ``hanazono-exta-subset.ttf``: CJK Extension A (U+3400–U+4DBF) from HanaMinA;
- ``hanazono-extb-names-subset.ttf``: the Extension B–F characters of JIS X 0213 and HKSCS-2008
  (the sets used for names in Japan and Hong Kong) and rare characters known from mainland names
  (𠮷 and the like), from HanaMinB;
- ``symbola-symbols-subset.ttf``: symbols and emoji (U+2000–U+2BFF, U+1F000–U+1FAFF …) from Symbola.

Licences: the Hanazono fonts are dual-licensed; the subsets are made under the Hanazono Font
License (unlimited use, copy and distribution, with or without modification). Symbola is "free for
any use; may be opened, edited, modified, regenerated, packaged and redistributed".

Run: ``.venv/bin/pip install fonttools && .venv/bin/python tools/subset_fonts.py``.
"""

from __future__ import annotations

import sys
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTFont

REPO = Path(__file__).resolve().parent.parent
OUT = REPO / "resources" / "fonts"
HANA_A = Path("/usr/share/fonts/truetype/hanazono/HanaMinA.ttf")
HANA_B = Path("/usr/share/fonts/truetype/hanazono/HanaMinB.ttf")
SYMBOLA = Path("/usr/share/fonts/truetype/ancient-scripts/Symbola_hint.ttf")

# Rare characters met in mainland names, beyond what the codecs below list.
NAME_CHARACTERS = "𠮷𡒄𨭉𬱖𬌗𫖯𬀩𫭟𬍛𬘬𫖳𬜬𫘝𬬭𫐐𬴂𫗧𬇕𬣞𬤇𬣙𬍤𬀪𫓧𬶋𬶍𬭊𬭎𫟹𫇭𬒗𠇔𠀾𪚏𪟝𡿺𬮿𬬻𬘓"


def _plane2_from_codec(codec: str) -> set[int]:
    found = set()
    for code in range(0x20000, 0x30000):
        try:
            chr(code).encode(codec)
        except UnicodeEncodeError:
            continue
        found.add(code)
    return found


def _subset(source: Path, codes: set[int], target: Path) -> None:
    font = TTFont(source)
    present = [c for c in codes if c in font.getBestCmap()]
    options = subset.Options()
    options.name_IDs = ["*"]
    options.name_languages = ["*"]
    options.notdef_outline = True
    options.hinting = False
    options.layout_features = []
    options.drop_tables += ["FFTM"]
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=present)
    subsetter.subset(font)
    font.save(target)
    print(f"{target.name}: {len(present)} characters, {target.stat().st_size:,} bytes")


def main() -> int:
    for path in (HANA_A, HANA_B, SYMBOLA):
        if not path.is_file():
            print(f"missing {path}: apt-get install fonts-hanazono fonts-symbola", file=sys.stderr)
            return 1
    _subset(HANA_A, set(range(0x3400, 0x4DC0)), OUT / "hanazono-exta-subset.ttf")
    names = _plane2_from_codec("euc_jis_2004") | _plane2_from_codec("big5hkscs")
    names |= {ord(c) for c in NAME_CHARACTERS}
    _subset(HANA_B, names, OUT / "hanazono-extb-names-subset.ttf")
    symbols = set(range(0x2000, 0x2C00)) | set(range(0x1F000, 0x1FB00)) | set(range(0x3200, 0x3300))
    _subset(SYMBOLA, symbols, OUT / "symbola-symbols-subset.ttf")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
