"""Atomic small-file writes: temp file in the same folder, fsync, rename; nothing half-written."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from evidence_app.core.private import make_private_dir


def write_atomic(path: Path, data: bytes, mode: int = 0o644) -> None:
    """Write *path* whole or not at all, with *mode*; a private file's missing folders are 0700."""
    if mode & 0o077:
        path.parent.mkdir(parents=True, exist_ok=True)
    else:
        make_private_dir(path.parent)
    fd, temp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temp, mode)
        os.replace(temp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise
