"""Taking files in: the checks before anything is stored, the copy into the blob store, the
MIME type sniffed from the first bytes, and what the file system said about the source."""

from __future__ import annotations

import errno
import os
import sqlite3
import stat
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from evidence_app.core import clock
from evidence_app.core.blobs import BlobInfo, BlobStore, ProgressCallback
from evidence_app.core.errors import StorageError, UserError
from evidence_app.core.imaging import describe_image, guess_mime
from evidence_app.core.model import FILE_ROLES


@dataclass
class NewFile:
    """A file to store with an item: from a path (streamed) or from bytes the app produced."""

    role: str
    name: str
    path: Path | None = None
    data: bytes | None = None
    meta: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_path(cls, path: Path, role: str = "original", name: str | None = None) -> NewFile:
        return cls(role=role, name=name or display_name(path), path=path)


def display_name(path: Path) -> str:
    """A file name that can be stored and shown: undecodable bytes become U+FFFD."""
    raw = os.fsencode(path.name)
    return raw.decode("utf-8", errors="replace")


# A file copied into the blob store and not yet recorded: source, blob, MIME type, metadata.
Stored = tuple[NewFile, BlobInfo, str, dict[str, Any]]


def store_blobs(
    blobs: BlobStore, files: Sequence[NewFile], progress: ProgressCallback | None
) -> list[Stored]:
    """Check every source, then copy each into the blob store (hashed as it is read), with its
    MIME type sniffed from its first bytes and a picture's size: nothing is recorded yet."""
    for new in files:
        if new.role not in FILE_ROLES:
            raise UserError(
                "Unknown file role “{role}”. Use one of: {known}.",
                role=new.role,
                known=", ".join(FILE_ROLES),
            )
        if new.path is not None:
            check_source(new.path)
    total = sum(source_size(f) for f in files)
    check_room(blobs, total)
    done_before = 0
    stored = []
    for new in files:
        relay: ProgressCallback | None = None
        if progress is not None:
            base = done_before

            def relay(done: int, _total: int, base: int = base) -> None:
                progress(base + done, max(total, base + done))

        if new.path is not None:
            info = blobs.put_file(new.path, relay)
            meta = {**source_meta(new.path), **new.meta}
        elif new.data is not None:
            info = blobs.put_bytes(new.data)
            meta = dict(new.meta)
        else:
            raise ValueError("NewFile needs a path or data")
        blob_path = blobs.path_for(info.sha256)
        with open(blob_path, "rb") as head_stream:
            head = head_stream.read(64)
        mime = guess_mime(new.name, head)
        image = describe_image(blob_path, mime, new.name)
        if image:
            meta["image"] = image
        done_before += info.size
        stored.append((new, info, mime, meta))
    return stored


# Room the database, its journal and the log still need once the copies are in.
SPARE_BYTES = 64 << 20


def check_room(blobs: BlobStore, needed: int) -> None:
    """Refuse, before a byte is written, files the disk has no room for (a 20 GB recording, a
    huge sparse file): a full disk would stop the database and every other program too."""
    import shutil

    from evidence_app.core.events import human_size

    probe = Path(blobs.root)
    while not probe.exists() and probe != probe.parent:
        probe = probe.parent
    try:
        free = shutil.disk_usage(probe).free
    except OSError:
        return  # the copy itself reports what the disk says
    if needed + SPARE_BYTES > free:
        raise StorageError(
            "The disk holding the data directory {path} has {free} free, but the files need "
            "{needed}; nothing was stored. Free some space and try again.",
            path=str(blobs.root.parent),
            free=human_size(free),
            needed=human_size(needed),
        )


def new_file_id(db: sqlite3.Connection, case_id: str) -> int:
    """A random id (safe as a JSON number): it stays the same in every copy of the case."""
    import secrets  # with hmac and OpenSSL: not loaded at start-up (issue 14)

    while True:
        file_id = secrets.randbits(53) or 1
        if not db.execute(
            "SELECT 1 FROM files WHERE case_id = ? AND id = ?", (case_id, file_id)
        ).fetchone():
            return file_id


def check_source(path: Path) -> None:
    """Refuse, before anything is stored, a path that is not a non-empty regular file."""
    if not os.path.lexists(path):
        raise UserError("The file {path} does not exist.", path=str(path))
    if os.path.isdir(path):
        raise UserError(
            "{path} is a folder, not a file; choose the files inside it.", path=str(path)
        )
    if not os.path.exists(path):
        try:
            os.stat(path)
        except OSError as error:
            if error.errno == errno.ELOOP:
                raise UserError(
                    "{path} is a link that leads back to itself (a loop of links); "
                    "choose the file it was meant to point to.",
                    path=str(path),
                ) from None
        raise UserError("{path} is a link to something that does not exist.", path=str(path))
    if not stat.S_ISREG(os.stat(path).st_mode):
        raise UserError("{path} is not a regular file.", path=str(path))
    if os.path.getsize(path) == 0:
        raise UserError(
            "The file {path} is empty (0 bytes); there is nothing to keep.", path=str(path)
        )


def source_size(new: NewFile) -> int:
    if new.path is not None:
        return os.path.getsize(new.path)
    return len(new.data or b"")


def source_meta(path: Path) -> dict[str, Any]:
    """Where a file came from: its path, link target and times as the file system reported them."""
    meta: dict[str, Any] = {"source_path": os.fsencode(path).decode("utf-8", errors="replace")}
    raw_name = os.fsencode(path.name)
    try:
        raw_name.decode("utf-8")
    except UnicodeDecodeError:
        meta["source_name_bytes_hex"] = raw_name.hex()
    if os.path.islink(path):
        meta["symlink"] = os.fsencode(os.readlink(path)).decode("utf-8", errors="replace")
        meta["resolved_path"] = os.fsencode(os.path.realpath(path)).decode(
            "utf-8", errors="replace"
        )
    st = os.stat(path)
    meta["source_mtime_utc"] = clock.moment_from(
        datetime.fromtimestamp(st.st_mtime, tz=timezone.utc)
    ).utc
    return meta
