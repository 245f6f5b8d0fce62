"""Lossless image placement: PNG IDAT data and JPEG files pass into the PDF as they are (as img2pdf does).

A PNG without transparency or interlacing is already a Flate stream with PNG predictors, which PDF
reads directly: its IDAT chunks are copied, never decoded. JPEG is copied whole as DCTDecode.
Anything else (alpha, interlaced, GIF, WebP, BMP…) is decoded once and re-encoded losslessly
(pixels identical) through a temporary PNG, the alpha channel becoming a soft mask.
"""

from __future__ import annotations

import contextlib
import struct
import tempfile
import warnings
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from PIL import Image
from pyhanko.pdf_utils import generic

from evidence_app.bundle.pdfupdate import IncrementalUpdate, file_chunks
from evidence_app.core.imaging import MAX_DECODE_PIXELS

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
_COLOURS = {0: 1, 2: 3, 3: 1}  # PNG colour type → components, for the types PDF reads as they are


@dataclass
class PngLayout:
    width: int
    height: int
    bit_depth: int
    colour_type: int
    interlaced: bool
    palette: bytes = b""
    transparency: bool = False
    idat: list[tuple[int, int]] = field(default_factory=list)  # (offset, length) of each chunk

    @property
    def passthrough(self) -> bool:
        return self.colour_type in _COLOURS and not self.interlaced and not self.transparency

    @property
    def idat_length(self) -> int:
        return sum(length for _, length in self.idat)


def read_png_layout(path: Path) -> PngLayout | None:
    """The header facts and where the IDAT chunks are, read without loading the image data."""
    with open(path, "rb") as stream:
        if stream.read(8) != PNG_SIGNATURE:
            return None
        layout: PngLayout | None = None
        while True:
            head = stream.read(8)
            if len(head) < 8:
                return None
            length, kind = struct.unpack(">I4s", head)
            if kind == b"IHDR":
                data = stream.read(length)
                width, height, depth, colour, _, _, interlace = struct.unpack(">IIBBBBB", data[:13])
                layout = PngLayout(width, height, depth, colour, interlace != 0)
                stream.seek(4, 1)
            elif layout is None:
                return None
            elif kind == b"PLTE":
                layout.palette = stream.read(length)
                stream.seek(4, 1)
            elif kind == b"tRNS":
                layout.transparency = True
                stream.seek(length + 4, 1)
            elif kind == b"IDAT":
                layout.idat.append((stream.tell(), length))
                stream.seek(length + 4, 1)
            elif kind == b"IEND":
                return layout if layout.idat else None
            else:
                stream.seek(length + 4, 1)


@dataclass(frozen=True)
class ImagePlan:
    """How an image file goes into the PDF: its pixel size and the way its data is carried."""

    path: Path
    width: int
    height: int
    method: str  # "png" (IDAT passed through) | "jpeg" (DCT passed through) | "reencoded"
    jpeg_mode: str = ""


def plan_image(path: Path, mime: str) -> ImagePlan | None:
    """None when the file cannot be shown as an image (it is still attached as it is)."""
    if mime == "image/png":
        layout = read_png_layout(path)
        if layout is not None and layout.passthrough:
            return ImagePlan(path, layout.width, layout.height, "png")
    try:
        with _opened(path) as image:
            width, height = image.size
            if (
                mime == "image/jpeg"
                and image.format == "JPEG"
                and image.mode in ("L", "RGB", "CMYK")
            ):
                return ImagePlan(path, width, height, "jpeg", image.mode)
            if width * height > MAX_DECODE_PIXELS:
                return None
            return ImagePlan(path, width, height, "reencoded")
    except Exception:
        return None


@contextlib.contextmanager
def _opened(path: Path) -> Iterator[Image.Image]:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", Image.DecompressionBombWarning)
        image = Image.open(path)
    try:
        yield image
    finally:
        image.close()


def _name(value: str) -> generic.NameObject:
    return generic.NameObject(value)


def _png_xobject(layout: PngLayout) -> generic.DictionaryObject:
    colours = _COLOURS[layout.colour_type]
    if layout.colour_type == 3:
        colour_space: generic.PdfObject = generic.ArrayObject(
            [
                _name("/Indexed"),
                _name("/DeviceRGB"),
                generic.NumberObject(len(layout.palette) // 3 - 1),
                generic.ByteStringObject(layout.palette),
            ]
        )
    else:
        colour_space = _name("/DeviceGray" if colours == 1 else "/DeviceRGB")
    return generic.DictionaryObject(
        {
            _name("/Type"): _name("/XObject"),
            _name("/Subtype"): _name("/Image"),
            _name("/Width"): generic.NumberObject(layout.width),
            _name("/Height"): generic.NumberObject(layout.height),
            _name("/ColorSpace"): colour_space,
            _name("/BitsPerComponent"): generic.NumberObject(layout.bit_depth),
            _name("/Filter"): _name("/FlateDecode"),
            _name("/DecodeParms"): generic.DictionaryObject(
                {
                    _name("/Predictor"): generic.NumberObject(15),
                    _name("/Colors"): generic.NumberObject(colours),
                    _name("/BitsPerComponent"): generic.NumberObject(layout.bit_depth),
                    _name("/Columns"): generic.NumberObject(layout.width),
                }
            ),
        }
    )


def _write_png(
    update: IncrementalUpdate, path: Path, smask: generic.IndirectObject | None = None
) -> generic.IndirectObject:
    layout = read_png_layout(path)
    if layout is None or not layout.passthrough:
        raise ValueError(f"{path} is not a PNG that PDF can carry as it is")
    dictionary = _png_xobject(layout)
    if smask is not None:
        dictionary[_name("/SMask")] = smask

    def chunks() -> Iterator[bytes]:
        for offset, length in layout.idat:
            yield from file_chunks(path, offset, length)

    return update.write_stream(update.reserve(), dictionary, chunks(), layout.idat_length)


def _write_jpeg(update: IncrementalUpdate, plan: ImagePlan) -> generic.IndirectObject:
    size = plan.path.stat().st_size
    dictionary = generic.DictionaryObject(
        {
            _name("/Type"): _name("/XObject"),
            _name("/Subtype"): _name("/Image"),
            _name("/Width"): generic.NumberObject(plan.width),
            _name("/Height"): generic.NumberObject(plan.height),
            _name("/ColorSpace"): _name(
                {"L": "/DeviceGray", "RGB": "/DeviceRGB", "CMYK": "/DeviceCMYK"}[plan.jpeg_mode]
            ),
            _name("/BitsPerComponent"): generic.NumberObject(8),
            _name("/Filter"): _name("/DCTDecode"),
        }
    )
    if plan.jpeg_mode == "CMYK":  # Adobe writes CMYK JPEGs inverted; so does every viewer expect
        dictionary[_name("/Decode")] = generic.ArrayObject(
            [generic.NumberObject(v) for v in (1, 0) * 4]
        )
    return update.write_stream(update.reserve(), dictionary, file_chunks(plan.path), size)


def _write_reencoded(update: IncrementalUpdate, plan: ImagePlan) -> generic.IndirectObject:
    with tempfile.TemporaryDirectory(prefix="evidence-img-") as folder, _opened(plan.path) as image:
        image.seek(0)  # the first frame of an animation is what the page shows
        alpha = None
        if image.mode in ("RGBA", "LA", "PA") or "transparency" in image.info:
            rgba = image.convert("RGBA")
            alpha = rgba.getchannel("A")
            if alpha.getextrema() == (255, 255):
                alpha = None
            colour = rgba.convert("RGB")
        elif image.mode in ("1", "L", "I;16"):
            colour = image.convert("L")
        else:
            colour = image.convert("RGB")
        colour_path = Path(folder) / "colour.png"
        colour.save(colour_path, compress_level=6)
        del colour
        smask = None
        if alpha is not None:
            alpha_path = Path(folder) / "alpha.png"
            alpha.save(alpha_path, compress_level=6)
            del alpha
            smask = _write_png(update, alpha_path)
        return _write_png(update, colour_path, smask)


def write_image(update: IncrementalUpdate, plan: ImagePlan) -> generic.IndirectObject:
    """Append *plan*'s image as an XObject and return its reference."""
    if plan.method == "png":
        return _write_png(update, plan.path)
    if plan.method == "jpeg":
        return _write_jpeg(update, plan)
    return _write_reencoded(update, plan)
