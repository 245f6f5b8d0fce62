"""Attachments are hashed by streaming them from the PDF in chunks (plain or Flate), with the
in-memory pyHanko path as the fallback for every other layout; both give the same digest."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.pdf_utils.writer import PdfFileWriter

from evidence_app.bundle.verify import (
    HASH_CHUNK,
    _attachments,
    _hash_in_place,
    _hash_stream,
    verify_bundle,
)

# compressible, several chunks long, and not a multiple of the chunk size
BIG = (b"evidence " * 100_000 + os.urandom(1000)) * 4


def _write(path: Path, streams: dict[str, generic.StreamObject]) -> dict[str, int]:
    writer = PdfFileWriter()
    numbers = {}
    for name, stream in streams.items():
        numbers[name] = writer.add_object(stream).idnum
    with open(path, "wb") as out:
        writer.write(out)
    return numbers


def _embedded(data: bytes, compress: bool = False) -> generic.StreamObject:
    stream = generic.StreamObject(
        {generic.NameObject("/Type"): generic.NameObject("/EmbeddedFile")}, stream_data=data
    )
    if compress:
        stream.compress()
    return stream


def test_plain_and_flate_streams_hash_in_place(tmp_path):
    path = tmp_path / "streams.pdf"
    numbers = _write(
        path,
        {
            "plain": _embedded(BIG),
            "flate": _embedded(BIG, compress=True),
            "empty": _embedded(b""),
            "hex": generic.StreamObject(
                {generic.NameObject("/Filter"): generic.NameObject("/ASCIIHexDecode")},
                encoded_data=BIG[:5000].hex().encode() + b">",
            ),
        },
    )
    assert len(BIG) > 3 * HASH_CHUNK
    expected = (hashlib.sha256(BIG).hexdigest(), len(BIG))
    with open(path, "rb") as stream:
        reader = PdfFileReader(stream, strict=False)

        def ref(name: str) -> generic.IndirectObject:
            return generic.IndirectObject(numbers[name], 0, reader)

        assert b"/FlateDecode" in path.read_bytes()
        assert _hash_in_place(ref("plain")) == expected
        assert _hash_in_place(ref("flate")) == expected
        assert _hash_in_place(ref("empty")) == (hashlib.sha256(b"").hexdigest(), 0)
        # a filter it does not stream: left to pyHanko, same answer through _hash_stream
        assert _hash_in_place(ref("hex")) is None
        assert _hash_stream(ref("hex")) == (hashlib.sha256(BIG[:5000]).hexdigest(), 5000)
        # nothing was read into pyHanko's object cache by the streaming path
        assert reader.cache_get_indirect_object(0, numbers["plain"]) is None


def test_a_stream_with_an_indirect_length_falls_back(tmp_path):
    path = tmp_path / "indirect.pdf"
    writer = PdfFileWriter()
    length = writer.add_object(generic.NumberObject(len(BIG)))
    ref = writer.add_object(_embedded(BIG))
    with open(path, "wb") as out:
        writer.write(out)
    data = path.read_bytes()
    direct = f"/Length {len(BIG)}".encode()
    indirect = f"/Length {length.idnum} 0 R".encode()
    assert direct in data
    # the same object with its /Length made indirect (pad to keep every xref offset right)
    data = data.replace(direct, indirect.ljust(len(direct)), 1)
    path.write_bytes(data)
    with open(path, "rb") as stream:
        reader = PdfFileReader(stream, strict=False)
        target = generic.IndirectObject(ref.idnum, 0, reader)
        assert _hash_in_place(target) is None
        assert _hash_stream(target) == (hashlib.sha256(BIG).hexdigest(), len(BIG))


def test_every_attachment_of_a_bundle_is_streamed(bundle_bb):
    with open(bundle_bb.path, "rb") as stream:
        reader = PdfFileReader(stream, strict=False)
        attachments = _attachments(reader)
        assert len(attachments) >= 10
        for name, ref in attachments.items():
            assert _hash_in_place(ref) is not None, name
    assert verify_bundle(bundle_bb.path).valid
