"""What a stored file is: MIME type by content, and image facts (size, format, EXIF) read with Pillow."""

from __future__ import annotations

import mimetypes
import threading
import warnings
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # Pillow is imported where an image is read: the app's start-up never needs it
    from PIL import Image

# Decoding more than this many pixels could exhaust memory (a decompression bomb); such images
# are stored and described from their header, but never decoded.
MAX_DECODE_PIXELS = 200_000_000
_EXIF_IFD = 0x8769
_MAX_EXIF_VALUE = 512
_open_lock = threading.Lock()

_MAGIC: tuple[tuple[bytes, int, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", 0, "image/png"),
    (b"\xff\xd8\xff", 0, "image/jpeg"),
    (b"GIF87a", 0, "image/gif"),
    (b"GIF89a", 0, "image/gif"),
    (b"BM", 0, "image/bmp"),
    (b"%PDF-", 0, "application/pdf"),
    (b"ftyp", 4, "video/mp4"),
    (b"PK\x03\x04", 0, "application/zip"),
    (b"\x1aE\xdf\xa3", 0, "video/webm"),
)


def sniff_mime(head: bytes) -> str | None:
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "image/webp"
    if head[:4] == b"RIFF" and head[8:12] == b"WAVE":
        return "audio/wav"
    for magic, offset, mime in _MAGIC:
        if head[offset : offset + len(magic)] == magic:
            return mime
    return None


def guess_mime(name: str, head: bytes) -> str:
    """MIME type by content where the bytes say, else by the file name's extension."""
    sniffed = sniff_mime(head)
    if sniffed:
        if sniffed == "application/zip" or sniffed == "video/mp4":
            by_name = mimetypes.guess_type(name)[0]
            if by_name and by_name.split("/")[0] in ("video", "audio", "application"):
                return by_name if sniffed == "video/mp4" or by_name.endswith("zip") else sniffed
        return sniffed
    return mimetypes.guess_type(name)[0] or "application/octet-stream"


def _exif_value(value: Any) -> Any:
    if isinstance(value, bytes):
        text = value.rstrip(b"\x00")
        try:
            decoded = text.decode("utf-8")
        except UnicodeDecodeError:
            return f"<{len(value)} bytes>"
        return decoded[:_MAX_EXIF_VALUE] if decoded.isprintable() else f"<{len(value)} bytes>"
    if isinstance(value, (int, str)):
        return value if not isinstance(value, str) else value.rstrip("\x00")[:_MAX_EXIF_VALUE]
    if isinstance(value, float):
        return value
    if isinstance(value, tuple):
        return [_exif_value(v) for v in value[:16]]
    try:
        return float(value)
    except (TypeError, ValueError):
        return str(value)[:_MAX_EXIF_VALUE]


def _read_exif(image: Image.Image) -> dict[str, Any]:
    from PIL import ExifTags

    exif = image.getexif()
    tags: dict[str, Any] = {}
    for tag, value in exif.items():
        tags[ExifTags.TAGS.get(tag, f"0x{tag:04x}")] = _exif_value(value)
    for tag, value in exif.get_ifd(_EXIF_IFD).items():
        tags[ExifTags.TAGS.get(tag, f"0x{tag:04x}")] = _exif_value(value)
    tags.pop("ExifOffset", None)
    tags.pop("MakerNote", None)
    return tags


def _add_exif(image: Image.Image, info: dict[str, Any]) -> None:
    try:
        exif = _read_exif(image)
    except Exception as error:  # damaged EXIF must not stop the import
        info["exif_error"] = str(error)[:200]
        return
    if not exif:
        return
    info["exif"] = exif
    taken = exif.get("DateTimeOriginal") or exif.get("DateTime")
    if taken:
        info["taken_at"] = taken
        if exif.get("OffsetTimeOriginal"):
            info["taken_at_offset"] = exif["OffsetTimeOriginal"]
    device = " ".join(str(exif[k]) for k in ("Make", "Model") if exif.get(k))
    if device:
        info["device"] = device


def describe_image(path: Path, mime: str, name: str) -> dict[str, Any]:
    """Image facts for the file's ``meta``; ``{}`` for files that are not images at all.

    A file that claims to be an image (by content or by name) but cannot be decoded is described
    with ``undecodable`` and the reason: it is still stored, and flagged, never dropped.
    """
    claims_image = mime.startswith("image/") or (mimetypes.guess_type(name)[0] or "").startswith(
        "image/"
    )
    if not claims_image:
        return {}
    from PIL import Image, UnidentifiedImageError

    try:
        with _open_lock:  # the header is read with the pixel limit lifted; decoding obeys ours
            limit, Image.MAX_IMAGE_PIXELS = Image.MAX_IMAGE_PIXELS, None
            try:
                image = Image.open(path)
            finally:
                Image.MAX_IMAGE_PIXELS = limit
    except (UnidentifiedImageError, OSError, ValueError, SyntaxError) as error:
        return {"undecodable": True, "reason": f"not a readable image: {error}"}
    with image:
        width, height = image.size
        info: dict[str, Any] = {
            "format": image.format,
            "width": width,
            "height": height,
            "mode": image.mode,
        }
        too_large = width * height > MAX_DECODE_PIXELS
        # PNG keeps EXIF after the pixel data, so Pillow decodes the whole image to find it:
        # never for an image too large to decode safely. JPEG and TIFF keep it in the header.
        if not too_large or image.format in ("JPEG", "MPO", "TIFF"):
            _add_exif(image, info)
        if too_large:
            info["too_large_to_decode"] = True
            info["reason"] = (
                f"{width}×{height} pixels is more than the {MAX_DECODE_PIXELS:,}-pixel "
                "safety limit; kept as a file, not decoded"
            )
            return info
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore", Image.DecompressionBombWarning)
                image.load()
        except Exception as error:
            info["undecodable"] = True
            info["reason"] = f"the image data is damaged or truncated: {error}"
    return info
