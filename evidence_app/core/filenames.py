"""Names of files the app writes for the owner: a new version, never a silent overwrite (Qt-free)."""

from __future__ import annotations

import re
from pathlib import Path

_VERSION = re.compile(r"^(?P<stem>.*)-v(?P<n>\d+)$")


def next_version_path(path: Path) -> Path:
    """*path* if nothing is there yet, else the next free ``…-v2``, ``…-v3`` beside it.

    ``case-2026-12-06.pdf`` → ``case-2026-12-06-v2.pdf`` when the first exists; a name that is
    already a version counts on from it (``…-v2.pdf`` → ``…-v3.pdf``).
    """
    path = Path(path)
    if not path.exists():
        return path
    match = _VERSION.match(path.stem)
    stem, number = (match["stem"], int(match["n"])) if match else (path.stem, 1)
    while True:
        number += 1
        candidate = path.with_name(f"{stem}-v{number}{path.suffix}")
        if not candidate.exists():
            return candidate
