"""Temp files beside an output (export, case package): named for the process that writes them, swept once it is gone.

A bundle or package is written to ``.NAME.HOST-PID-TOKEN.part`` in the output's folder and renamed
over NAME only when complete, so a crash never leaves half a file under the real name. A SIGKILL
leaves the ``.part`` behind; the next export or pack into that folder removes it, but only when it
is provably abandoned: it has our name pattern, was written on this computer (HOST is a tag of the
host name, so a shared network folder never loses another PC's export in progress) and its
process (PID) is no longer running. On Windows a file still open in its writer cannot be removed,
which protects a live writer there.
"""

from __future__ import annotations

import contextlib
import logging
import os
import re
from pathlib import Path

SUFFIX = ".part"
_PATTERN = re.compile(r"^\..+\.(?P<host>[0-9a-f]{8})-(?P<pid>[0-9]+)-[0-9a-f]{12}\.part$")

log = logging.getLogger("evidence_app.core.partfile")


def _host_tag() -> str:
    import hashlib
    import socket  # only when a part file is named or swept: not at start-up (issue 14)

    return hashlib.sha256(socket.gethostname().encode("utf-8", "replace")).hexdigest()[:8]


def part_path(out: Path) -> Path:
    """A new temp path beside *out*, for this process (hidden on POSIX by its leading dot)."""
    import secrets

    return out.with_name(f".{out.name}.{_host_tag()}-{os.getpid()}-{secrets.token_hex(6)}{SUFFIX}")


def pid_alive(pid: int) -> bool:
    """Whether process *pid* runs on this computer (on Windows: assumed not; see the module)."""
    if pid == os.getpid():
        return True
    if os.name == "nt":
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # someone else's process: alive
        return True
    return True


def sweep_abandoned(folder: Path) -> list[Path]:
    """Remove this computer's ``.part`` files in *folder* whose writing process has gone."""
    removed: list[Path] = []
    host = _host_tag()
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return removed
    for entry in entries:
        match = _PATTERN.match(entry.name)
        if match is None or match["host"] != host or pid_alive(int(match["pid"])):
            continue
        with contextlib.suppress(OSError):
            if entry.is_file(follow_symlinks=False):
                os.unlink(entry.path)
                removed.append(Path(entry.path))
                log.info("removed %s, left by an interrupted export or pack", entry.path)
    return removed
