"""A streaming incremental update: new PDF objects appended to a finished PDF, file data copied in chunks.

reportlab lays out the pages (small: text only); this writer then appends, one object at a time,
the image XObjects and the attached files straight from the blob store, so memory stays bounded
whatever the size of the case. Nothing here keeps more than one chunk of file data in memory.
"""

from __future__ import annotations

import io
import os
import secrets
from collections.abc import Iterable
from typing import BinaryIO

from pyhanko.pdf_utils import generic

CHUNK = 1 << 20


class IncrementalUpdate:
    """Appends objects to *out* (already holding the base PDF) and ends with an xref section."""

    def __init__(self, out: BinaryIO, next_number: int, prev_startxref: int) -> None:
        self.out = out
        self.next_number = next_number
        self.prev_startxref = prev_startxref
        self.offsets: dict[int, int] = {}
        out.seek(0, os.SEEK_END)
        if out.tell() and not self._ends_with_newline():
            out.write(b"\n")

    def _ends_with_newline(self) -> bool:
        self.out.seek(-1, os.SEEK_END)
        last = self.out.read(1)
        self.out.seek(0, os.SEEK_END)
        return last in (b"\n", b"\r")

    def reserve(self) -> generic.IndirectObject:
        number = self.next_number
        self.next_number += 1
        return generic.IndirectObject(number, 0, None)

    def _begin(self, ref: generic.IndirectObject) -> None:
        self.offsets[ref.idnum] = self.out.tell()
        self.out.write(f"{ref.idnum} {ref.generation} obj\n".encode("ascii"))

    def write_object(
        self, ref: generic.IndirectObject, obj: generic.PdfObject
    ) -> generic.IndirectObject:
        self._begin(ref)
        buffer = io.BytesIO()
        obj.write_to_stream(buffer)
        self.out.write(buffer.getvalue())
        self.out.write(b"\nendobj\n")
        return ref

    def add_object(self, obj: generic.PdfObject) -> generic.IndirectObject:
        return self.write_object(self.reserve(), obj)

    def write_stream(
        self,
        ref: generic.IndirectObject,
        dictionary: generic.DictionaryObject,
        chunks: Iterable[bytes],
        length: int,
    ) -> generic.IndirectObject:
        """A stream whose (already encoded) data arrives in *chunks* totalling *length* bytes."""
        dictionary = generic.DictionaryObject(dictionary)
        dictionary[generic.NameObject("/Length")] = generic.NumberObject(length)
        self._begin(ref)
        buffer = io.BytesIO()
        dictionary.write_to_stream(buffer)
        self.out.write(buffer.getvalue())
        self.out.write(b"\nstream\n")
        written = 0
        for chunk in chunks:
            self.out.write(chunk)
            written += len(chunk)
        if written != length:  # the source changed under us: never write a lying /Length
            raise OSError(f"stream data was {written} bytes, expected {length}")
        self.out.write(b"\nendstream\nendobj\n")
        return ref

    def add_stream_bytes(
        self, dictionary: generic.DictionaryObject, data: bytes
    ) -> generic.IndirectObject:
        return self.write_stream(self.reserve(), dictionary, [data], len(data))

    def finish(self, trailer: generic.DictionaryObject, document_id: bytes) -> None:
        """Write the xref section and a trailer pointing back at the previous one."""
        start = self.out.tell()
        numbers = sorted(self.offsets)
        lines = [b"xref\n"]
        run: list[int] = []
        for number in numbers:
            if run and number != run[-1] + 1:
                lines.append(self._subsection(run))
                run = []
            run.append(number)
        if run:
            lines.append(self._subsection(run))
        self.out.write(b"".join(lines))
        trailer = generic.DictionaryObject(trailer)
        trailer[generic.NameObject("/Size")] = generic.NumberObject(self.next_number)
        trailer[generic.NameObject("/Prev")] = generic.NumberObject(self.prev_startxref)
        trailer[generic.NameObject("/ID")] = generic.ArrayObject(
            [
                generic.ByteStringObject(document_id),
                generic.ByteStringObject(secrets.token_bytes(16)),
            ]
        )
        buffer = io.BytesIO()
        trailer.write_to_stream(buffer)
        self.out.write(b"trailer\n" + buffer.getvalue() + b"\n")
        self.out.write(f"startxref\n{start}\n%%EOF\n".encode("ascii"))

    def _subsection(self, run: list[int]) -> bytes:
        entries = "".join(f"{self.offsets[n]:010d} 00000 n\r\n" for n in run)
        return f"{run[0]} {len(run)}\n{entries}".encode("ascii")


def file_chunks(
    path: os.PathLike[str] | str, offset: int = 0, length: int | None = None
) -> Iterable[bytes]:
    """Read *length* bytes (default: to the end) of a file from *offset*, one chunk at a time."""
    with open(path, "rb") as stream:
        stream.seek(offset)
        remaining = length
        while remaining is None or remaining > 0:
            chunk = stream.read(CHUNK if remaining is None else min(CHUNK, remaining))
            if not chunk:
                break
            if remaining is not None:
                remaining -= len(chunk)
            yield chunk
