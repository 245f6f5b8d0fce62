"""Attachment names in the bundle: ``E001-<role>-<original name>``, flat, safe on every OS, unique."""

from __future__ import annotations

import re
import unicodedata
from typing import Any

from evidence_app.core.fields import file_role_label
from evidence_app.core.i18n import tr

# Characters Windows, macOS or Linux refuse (or treat specially) in a file name, controls, and the
# bidirectional overrides that make "evil<U+202E>gnp.exe" look like "evilexe.png" when saved.
_UNSAFE = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]')
# Most file systems limit a name to 255 bytes; leave room for a "-99" made unique.
MAX_NAME_BYTES = 240


def safe_file_name(name: str) -> str:
    """*name* with unsafe characters replaced by ``_`` and no trailing dots or spaces."""
    cleaned = _UNSAFE.sub("_", unicodedata.normalize("NFC", name)).strip()
    cleaned = cleaned.rstrip(". ") or "file"
    return _truncate(cleaned)


def _truncate(name: str) -> str:
    if len(name.encode("utf-8")) <= MAX_NAME_BYTES:
        return name
    stem, dot, ext = name.rpartition(".")
    if not dot or len(ext) > 16:
        stem, ext = name, ""
    suffix = "." + ext if ext else ""
    budget = MAX_NAME_BYTES - len(suffix.encode("utf-8")) - len("…".encode())
    while len(stem.encode("utf-8")) > budget:
        stem = stem[:-1]
    return stem + "…" + suffix


def attachment_name(number: str, role: str, name: str) -> str:
    return safe_file_name(f"{number}-{role}-{name}")


class UniqueNames:
    """Hands out names, adding ``-2``, ``-3`` … before the extension when one is taken already."""

    def __init__(self, reserved: tuple[str, ...] = ()) -> None:
        self._taken = {n.casefold() for n in reserved}

    def claim(self, name: str) -> str:
        candidate, counter = name, 1
        while candidate.casefold() in self._taken:  # case-insensitive: Windows and macOS
            counter += 1
            stem, dot, ext = name.rpartition(".")
            candidate = f"{stem}-{counter}.{ext}" if dot and stem else f"{name}-{counter}"
        self._taken.add(candidate.casefold())
        return candidate


def attachment_description(number: str, stored: Any, lang: str) -> str:
    """An attachment's description in the bundle's language: ``E001 原始文件：photo.jpg（SHA-256 …）``."""
    return tr("Attachments", "{number} {role}: {name} (SHA-256 {sha256})", lang).format(
        number=number,
        role=file_role_label(stored.role, lang),
        name=stored.name,
        sha256=stored.sha256,
    )
