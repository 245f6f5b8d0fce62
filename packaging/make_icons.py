"""Draw the app icon (a white shield with a check mark on a blue tile) and write every format.

Run ``python packaging/make_icons.py``; it writes packaging/icons/:

- ``evidence-app-<N>.png`` for the Linux hicolor theme (16 … 512 px),
- ``evidence-app.ico`` (Windows, 16 … 256 px in one file),
- ``evidence-app.icns`` (macOS, 16 … 1024 px in one file).

The outputs are committed (they are small); re-run this script only when the drawing changes.
The drawing is made once at 1024 px and scaled down with a Lanczos filter, so every size is the
same picture.
"""

from __future__ import annotations

import math
from pathlib import Path

from PIL import Image, ImageDraw

ICONS = Path(__file__).resolve().parent / "icons"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICNS_SIZES = (16, 32, 64, 128, 256, 512, 1024)
BASE = 1024
TILE_TOP = (38, 99, 178)  # blue, lighter at the top …
TILE_BOTTOM = (20, 58, 115)  # … darker at the bottom
SHIELD = (255, 255, 255)
CHECK = (33, 150, 83)  # green: verified


def _tile(size: int) -> Image.Image:
    """A rounded square with a vertical gradient, the shape most desktops expect for an app icon."""
    gradient = Image.new("RGBA", (size, size))
    draw = ImageDraw.Draw(gradient)
    for y in range(size):
        t = y / (size - 1)
        colour = tuple(round(a + (b - a) * t) for a, b in zip(TILE_TOP, TILE_BOTTOM, strict=True))
        draw.line([(0, y), (size, y)], fill=(*colour, 255))
    mask = Image.new("L", (size, size), 0)
    margin = round(size * 0.06)
    ImageDraw.Draw(mask).rounded_rectangle(
        [margin, margin, size - margin, size - margin], radius=round(size * 0.2), fill=255
    )
    tile = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    tile.paste(gradient, (0, 0), mask)
    return tile


def _shield_outline(size: int) -> list[tuple[float, float]]:
    """A shield: flat top, straight sides, then a quarter ellipse on each side down to the point."""
    cx, half_width = size / 2, size * 0.29
    top, waist, bottom = size * 0.20, size * 0.42, size * 0.84
    steps = 48
    right = [
        (cx + half_width * math.cos(a), waist + (bottom - waist) * math.sin(a))
        for a in (math.pi / 2 * i / steps for i in range(steps + 1))
    ]
    left = [(size - x, y) for x, y in reversed(right[:-1])]
    return [(cx - half_width, top), (cx + half_width, top), *right, *left]


def draw_icon(size: int = BASE) -> Image.Image:
    icon = _tile(size)
    draw = ImageDraw.Draw(icon)
    draw.polygon(_shield_outline(size), fill=SHIELD)
    check = [(size * 0.385, size * 0.50), (size * 0.47, size * 0.59), (size * 0.63, size * 0.40)]
    draw.line(check, fill=CHECK, width=round(size * 0.075), joint="curve")
    radius = size * 0.075 / 2
    for x, y in (check[0], check[-1]):  # round caps
        draw.ellipse([x - radius, y - radius, x + radius, y + radius], fill=CHECK)
    return icon


def main() -> None:
    ICONS.mkdir(parents=True, exist_ok=True)
    master = draw_icon()
    sizes = {*PNG_SIZES, *ICO_SIZES, *ICNS_SIZES}
    scaled = {n: master.resize((n, n), Image.Resampling.LANCZOS) for n in sizes}
    for n in PNG_SIZES:
        scaled[n].save(ICONS / f"evidence-app-{n}.png", optimize=True)
    scaled[256].save(ICONS / "evidence-app.ico", sizes=[(n, n) for n in ICO_SIZES],
                     append_images=[scaled[n] for n in ICO_SIZES])  # fmt: skip
    scaled[1024].save(ICONS / "evidence-app.icns", append_images=[scaled[n] for n in ICNS_SIZES])
    for path in sorted(ICONS.iterdir()):
        print(f"{path.relative_to(ICONS.parent.parent)}  {path.stat().st_size} bytes")


if __name__ == "__main__":
    main()
