"""Small builders for test inputs: images, PNG bombs, a store with a case."""

from __future__ import annotations

import struct
import zlib
from pathlib import Path

from PIL import Image


def make_png(path: Path, size: tuple[int, int] = (64, 48), color: str = "blue") -> Path:
    Image.new("RGB", size, color).save(path, format="PNG")
    return path


def make_jpeg_with_exif(path: Path) -> Path:
    image = Image.new("RGB", (80, 60), "red")
    exif = Image.Exif()
    exif[0x010F] = "Xiaomi"  # Make
    exif[0x0110] = "Redmi K70"  # Model
    exif.get_ifd(0x8769)[0x9003] = "2025:10:01 12:34:56"  # DateTimeOriginal
    exif.get_ifd(0x8769)[0x9011] = "+08:00"  # OffsetTimeOriginal
    image.save(path, format="JPEG", exif=exif)
    return path


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def make_png_bomb(path: Path, width: int = 30_000, height: int = 30_000) -> Path:
    """A valid 1-bit PNG of width×height pixels, all black, about 100 KB on disk."""
    row = b"\x00" + bytes((width + 7) // 8)
    compressor = zlib.compressobj(9)
    with open(path, "wb") as out:
        out.write(b"\x89PNG\r\n\x1a\n")
        out.write(_chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)))
        data = bytearray()
        for _ in range(height):
            data += compressor.compress(row)
        data += compressor.flush()
        out.write(_chunk(b"IDAT", bytes(data)))
        out.write(_chunk(b"IEND", b""))
    return path
