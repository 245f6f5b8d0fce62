"""Owner-only data: on POSIX the data directory and everything in it is 0700 (folders) / 0600 (files).

Evidence of harassment, the owner's phone number and ID documents sit on shared family and office
PCs. The data directory is created 0700; every file the app writes into it is created 0600 (blobs
0400, read-only); an older data directory is tightened once, on the first start that finds it open
to other accounts, and the log says so. On Windows the folder lives in the user's profile
(platformdirs), which other standard accounts cannot read; the modes below do nothing there.

Files the owner exports for someone else (the PDF bundle, a case package, a receipt) are written
outside the data directory with the ordinary permissions of the owner's other files.
"""

from __future__ import annotations

import contextlib
import logging
import os
import stat
from pathlib import Path

PRIVATE_DIR = 0o700
PRIVATE_FILE = 0o600
READ_ONLY_FILE = 0o400
_OTHERS = stat.S_IRWXG | stat.S_IRWXO

log = logging.getLogger("evidence_app.core.private")


def make_private_dir(path: Path) -> None:
    """Create *path* and any missing folder above it as 0700 (what already exists is left as is)."""
    missing = []
    folder = Path(path)
    while not folder.is_dir():
        missing.append(folder)
        if folder.parent == folder:
            break
        folder = folder.parent
    for folder in reversed(missing):
        with contextlib.suppress(FileExistsError):
            folder.mkdir(mode=PRIVATE_DIR)


def create_private_file(path: Path) -> None:
    """Create *path* empty and 0600 if it does not exist (so that what opens it next keeps 0600)."""
    with contextlib.suppress(FileExistsError):
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE))


def prepare_data_dir(data_dir: Path) -> None:
    """The data directory exists and is owner-only; an older, open one is tightened (and logged)."""
    make_private_dir(data_dir)
    if os.name != "posix":
        return
    mode = stat.S_IMODE(os.stat(data_dir).st_mode)
    if mode & _OTHERS:
        changed = tighten(data_dir)
        log.warning(
            "data folder %s was open to other accounts (mode %03o): made %d folders and files "
            "in it owner-only",
            data_dir,
            mode,
            changed,
        )


def tighten(data_dir: Path) -> int:
    """Take group and other permissions off *data_dir* and everything below it; how many changed."""
    changed = 0

    def strip(path: str) -> None:
        nonlocal changed
        st = os.lstat(path)
        if stat.S_ISLNK(st.st_mode) or not st.st_mode & _OTHERS:
            return
        os.chmod(path, stat.S_IMODE(st.st_mode) & ~_OTHERS)
        changed += 1

    for folder, dirs, files in os.walk(data_dir, topdown=True):
        for name in (*dirs, *files):
            with contextlib.suppress(OSError):  # a file removed meanwhile, a foreign owner
                strip(os.path.join(folder, name))
    strip(str(data_dir))  # last: the walk above must still be able to enter it
    return changed
