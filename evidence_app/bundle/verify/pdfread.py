"""Reading a bundle's insides: its embedded files by name, and their SHA-256, hashed in place without loading big files."""

from __future__ import annotations

import hashlib
from typing import Any


def _name_tree_entries(node: Any) -> list[tuple[str, Any]]:
    entries: list[tuple[str, Any]] = []
    if "/Names" in node:
        names = node["/Names"]
        for index in range(0, len(names) - 1, 2):
            entries.append((str(names[index]), names[index + 1]))
    if "/Kids" in node:
        for kid in node["/Kids"]:
            entries.extend(_name_tree_entries(kid))
    return entries


def _attachments(reader: Any) -> dict[str, Any]:
    """Attachment name → its embedded file stream object (read on demand)."""
    root = reader.root
    found: dict[str, Any] = {}
    try:
        tree = root["/Names"]["/EmbeddedFiles"]
    except KeyError:
        return found
    for name, spec in _name_tree_entries(tree):
        try:
            # the reference, not the stream: resolving it would read the whole file into memory
            found[name] = spec["/EF"].raw_get("/F")
        except KeyError:
            found[name] = None
    return found


def _stream_bytes(stream: Any) -> bytes:
    """The decoded data of a (small) embedded file: manifest, log, certificate, token."""
    return bytes(stream.get_object().data)


HASH_CHUNK = 1 << 20


def _hash_in_place(ref: Any) -> tuple[str, int] | None:
    """SHA-256 and size of an embedded file's decoded data, read from the PDF in chunks.

    Only for the plain case: an uncompressed or Flate stream, stored directly in the file (not in
    an object stream), in an unencrypted PDF, with a direct /Length. Anything else returns None
    and is hashed from memory through pyHanko instead.
    """
    import zlib

    from pyhanko.pdf_utils import generic
    from pyhanko.pdf_utils.misc import read_non_whitespace, skip_over_whitespace
    from pyhanko.pdf_utils.xref import read_object_header

    if not isinstance(ref, generic.IndirectObject):
        return None
    reader = ref.get_pdf_handler()
    if reader is None or reader.encrypted:
        return None
    if reader.cache_get_indirect_object(ref.generation, ref.idnum) is not None:
        return None  # already in memory: nothing to save
    offset = reader.xrefs[ref.reference]
    if not isinstance(offset, int):
        return None
    stream = reader.stream
    try:
        stream.seek(offset)
        if read_object_header(stream, strict=False) != (ref.idnum, ref.generation):
            return None
        # Parsed as if inside an object, pyHanko stops after the dictionary instead of reading
        # the stream data; an indirect reference in it (e.g. /Length 12 0 R) makes this fail.
        dictionary = generic.read_object(
            stream, ref.reference, in_content_stream=generic.ContentOpReading.IN_OBJECT
        )
        if not isinstance(dictionary, generic.DictionaryObject):
            return None
        length = dictionary.get("/Length")
        filters = dictionary.get("/Filter")
        if isinstance(filters, generic.ArrayObject) and len(filters) == 1:
            filters = filters[0]
        if not isinstance(length, int) or "/DecodeParms" in dictionary:
            return None
        if filters is None:
            decoder = None
        elif filters == "/FlateDecode":
            decoder = zlib.decompressobj()
        else:
            return None
        if read_non_whitespace(stream) + stream.read(5) != b"stream":
            return None
        skip_over_whitespace(stream, stop_after_eol=True)
        digest = hashlib.sha256()
        size = 0
        remaining = length
        while remaining:
            chunk = stream.read(min(HASH_CHUNK, remaining))
            if not chunk:
                return None  # the file ends inside the stream: let pyHanko say why
            remaining -= len(chunk)
            if decoder is not None:
                # bounded output per call, so one small compressed chunk cannot balloon
                chunk = decoder.decompress(chunk, HASH_CHUNK)
                while chunk:
                    digest.update(chunk)
                    size += len(chunk)
                    chunk = decoder.decompress(decoder.unconsumed_tail, HASH_CHUNK)
            else:
                digest.update(chunk)
                size += len(chunk)
        if decoder is not None:
            tail = decoder.flush()
            digest.update(tail)
            size += len(tail)
        if read_non_whitespace(stream) + stream.read(8) != b"endstream":
            return None
        return digest.hexdigest(), size
    except (ValueError, KeyError, TypeError, OSError, zlib.error):
        return None
    except Exception as error:  # pyHanko's parse errors: leave them to the in-memory path
        if type(error).__module__.startswith("pyhanko"):
            return None
        raise


def _hash_stream(stream: Any, hashed: dict[Any, tuple[str, int]] | None = None) -> tuple[str, int]:
    key = (getattr(stream, "idnum", None), getattr(stream, "generation", None))
    if hashed is not None and key in hashed:
        return hashed[key]
    result = _hash_in_place(stream)
    if result is None:
        data = _stream_bytes(stream)
        result = hashlib.sha256(data).hexdigest(), len(data)
    if hashed is not None and key[0] is not None:
        hashed[key] = result
    return result
