"""Content-addressed, write-once blob storage: ``blobs/ab/<sha256>``, atomic, read-only, deduplicated.

A file is copied in one streaming pass that hashes what it reads while it writes a temp file; a
second thread re-reads the temp file as it grows and hashes that independently, so the copy is
checked against what actually landed in the file without a second pass over the source. Only when
both hashes agree is the temp file fsynced, made read-only and renamed to its final name.
"""

from __future__ import annotations

import contextlib
import errno
import mmap
import os
import queue
import stat
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any, BinaryIO, cast

from evidence_app.core.errors import IntegrityError, StorageError, UserError
from evidence_app.core.partfile import pid_alive as _pid_alive
from evidence_app.core.private import PRIVATE_DIR, READ_ONLY_FILE, make_private_dir

CHUNK_SIZE = 4 << 20  # big enough that hashing and I/O release the GIL for most of the time
ALIGNMENT = 4096  # O_DIRECT transfers: whole blocks from page-aligned memory
# Linux only: unbuffered writes skip the page cache (several times faster for big files on
# virtual machines) and let the check read back from the device itself.
_O_DIRECT: int = getattr(os, "O_DIRECT", 0)
_O_NONBLOCK: int = getattr(os, "O_NONBLOCK", 0)
TEMP_DIR_NAME = ".tmp"
_DISK_FULL = {errno.ENOSPC, errno.EFBIG, getattr(errno, "EDQUOT", errno.ENOSPC)}
_NOT_WRITABLE = {errno.EACCES, errno.EPERM, errno.EROFS}

ProgressCallback = Callable[[int, int], None]  # (bytes done, bytes total)


@dataclass(frozen=True)
class BlobInfo:
    sha256: str
    size: int
    deduplicated: bool


def is_sha256(text: str) -> bool:
    return len(text) == 64 and all(c in "0123456789abcdef" for c in text)


def hash_stream(stream: BinaryIO, chunk_size: int = CHUNK_SIZE) -> tuple[str, int]:
    """SHA-256 and length of a stream, in constant memory."""
    import hashlib  # OpenSSL loads when first hashing, not at start-up (issue 14)

    digest = hashlib.sha256()
    size = 0
    buffer = bytearray(chunk_size)
    view = memoryview(buffer)
    while n := stream.readinto(buffer):  # type: ignore[attr-defined]
        digest.update(view[:n])
        size += n
    return digest.hexdigest(), size


def hash_file(path: Path) -> tuple[str, int]:
    with open(path, "rb", buffering=0) as stream:
        return hash_stream(stream)


def _fsync_dir(path: Path) -> None:
    if os.name == "nt":  # directories cannot be opened for fsync on Windows; NTFS journals renames
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def storage_error(error: OSError, where: Path) -> StorageError:
    """Turn an OSError met while writing into the store into one clear sentence."""
    if error.errno in _DISK_FULL:
        return StorageError(
            "The disk holding the data directory {path} is full; nothing was stored. "
            "Free some space and try again.",
            path=str(where),
        )
    if error.errno in _NOT_WRITABLE:
        return StorageError(
            "The data directory {path} cannot be written to ({reason}); nothing was stored.",
            path=str(where),
            reason=error.strerror or str(error),
        )
    return StorageError(
        "Writing to the data directory {path} failed ({reason}); nothing was stored.",
        path=str(where),
        reason=error.strerror or str(error),
    )


def _aligned_buffer(size: int) -> mmap.mmap:
    """Page-aligned memory, as unbuffered (O_DIRECT) I/O requires."""
    return mmap.mmap(-1, size)


class _TrailingVerifier(threading.Thread):
    """Re-reads a file as another thread appends to it, hashing what the file really holds.

    With *direct* (Linux O_DIRECT) it reads from the device, not from the page cache the writer
    just filled, so it checks what really landed on disk.
    """

    def __init__(self, path: Path, direct: bool) -> None:
        super().__init__(name="blob-verify", daemon=True)
        self._path = path
        self._direct = direct
        self._written = 0
        self._finished = False
        self._cond = threading.Condition()
        import hashlib

        self.digest = hashlib.sha256()
        self.size = 0
        self.error: BaseException | None = None

    def advance(self, written: int) -> None:
        with self._cond:
            self._written = written
            self._cond.notify()

    def finish(self) -> None:
        with self._cond:
            self._finished = True
            self._cond.notify()

    def _wait(self) -> tuple[int, bool]:
        with self._cond:
            while self.size >= self._written and not self._finished:
                self._cond.wait()
            return self._written - self.size, self._finished

    def run(self) -> None:
        try:
            if self._direct:
                self._run_direct()
            else:
                self._run_buffered()
        except BaseException as exc:  # handed back to the copying thread
            self.error = exc

    def _run_buffered(self) -> None:
        buffer = bytearray(CHUNK_SIZE)
        view = memoryview(buffer)
        with open(self._path, "rb", buffering=0) as stream:
            while True:
                available, finished = self._wait()
                if available <= 0 and finished:
                    # one last read: anything beyond what the writer reported is an error
                    if stream.readinto(buffer):
                        self.size += 1
                    return
                while available > 0:
                    n = stream.readinto(view[: min(available, CHUNK_SIZE)])
                    if not n:
                        raise OSError(errno.EIO, "short read while verifying the copy")
                    self.digest.update(view[:n])
                    self.size += n
                    available -= n

    def _run_direct(self) -> None:
        buffer = _aligned_buffer(CHUNK_SIZE)
        view = memoryview(buffer)
        fd = os.open(self._path, os.O_RDONLY | _O_DIRECT)
        try:
            while True:
                available, finished = self._wait()
                if available <= 0 and finished:
                    if os.preadv(fd, [view[:ALIGNMENT]], self.size):  # nothing may follow
                        self.size += 1
                    return
                while available > 0:
                    # offsets stay aligned (whole chunks); only the length of the tail is rounded up
                    want = min(available, CHUNK_SIZE)
                    length = -(-want // ALIGNMENT) * ALIGNMENT
                    n = os.preadv(fd, [view[:length]], self.size)
                    if n < want:
                        raise OSError(errno.EIO, "short read while verifying the copy")
                    self.digest.update(view[:want])
                    self.size += want
                    available -= want
        finally:
            view.release()
            buffer.close()
            os.close(fd)


class _Writer(threading.Thread):
    """Writes chunks handed over by the reading thread, so reading+hashing overlaps writing.

    With *direct* (O_DIRECT) every write is a whole number of aligned blocks: the last chunk is
    written padded and the file is cut back to its real length when writing finishes.
    """

    BUFFERS = 3

    def __init__(self, fd: int, verifier: _TrailingVerifier, direct: bool) -> None:
        super().__init__(name="blob-write", daemon=True)
        self._fd = fd
        self._verifier = verifier
        self._direct = direct
        self._pending: queue.Queue[tuple[memoryview, int] | None] = queue.Queue()
        self._free: queue.Queue[memoryview] = queue.Queue()
        self._memory = [_aligned_buffer(CHUNK_SIZE) for _ in range(self.BUFFERS)]
        for memory in self._memory:
            self._free.put(memoryview(memory))
        self._done = False
        self.written = 0
        self.error: OSError | None = None

    def free_buffer(self) -> memoryview | None:
        buffer = self._free.get()
        return None if self.error is not None else buffer

    def give_back(self, buffer: memoryview) -> None:
        self._free.put(buffer)

    def write(self, buffer: memoryview, n: int) -> None:
        self._pending.put((buffer, n))

    def finish(self) -> None:
        """Wait until every handed-over chunk is written (or writing failed)."""
        if not self._done:
            self._done = True
            self._pending.put(None)
            self.join()
            if self._direct and self.error is None:
                try:
                    os.ftruncate(self._fd, self.written)
                except OSError as error:
                    self.error = error

    def close(self) -> None:
        while not self._free.empty():
            self._free.get().release()
        for memory in self._memory:
            with contextlib.suppress(BufferError):
                memory.close()

    def run(self) -> None:
        while (job := self._pending.get()) is not None:
            buffer, n = job
            if self.error is None:
                try:
                    length = -(-n // ALIGNMENT) * ALIGNMENT if self._direct else n
                    view = buffer[:length]
                    done = 0
                    while done < length:
                        done += os.write(self._fd, view[done:])
                    self.written += n
                    self._verifier.advance(self.written)
                except OSError as error:
                    self.error = error
            self._free.put(buffer)


class BlobStore:
    """The ``blobs/`` folder of a data directory."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.temp_dir = root / TEMP_DIR_NAME

    def path_for(self, sha256: str) -> Path:
        if not is_sha256(sha256):
            raise ValueError(f"not a SHA-256 hex digest: {sha256!r}")
        return self.root / sha256[:2] / sha256

    def exists(self, sha256: str) -> bool:
        return self.path_for(sha256).is_file()

    def open(self, sha256: str) -> BinaryIO:
        return open(self.path_for(sha256), "rb")

    def iter_blobs(self) -> Iterator[tuple[str, Path]]:
        if not self.root.is_dir():
            return
        for sub in sorted(self.root.iterdir()):
            if sub.name == TEMP_DIR_NAME or not sub.is_dir():
                continue
            for blob in sorted(sub.iterdir()):
                yield blob.name, blob

    def ensure_dirs(self) -> None:
        try:
            make_private_dir(self.temp_dir)
        except OSError as error:
            raise storage_error(error, self.root) from error

    def remove_stale_temps(self) -> None:
        """Remove temp files of copies whose process is gone (a crash or kill mid-copy)."""
        if not self.temp_dir.is_dir():
            return
        for temp in self.temp_dir.iterdir():
            pid_text = temp.name.split("-")[0]
            if pid_text.isdigit() and _pid_alive(int(pid_text)):
                continue
            with contextlib.suppress(OSError):
                temp.chmod(stat.S_IWRITE | stat.S_IREAD)
                temp.unlink()

    def put_file(self, source: Path, progress: ProgressCallback | None = None) -> BlobInfo:
        """Copy *source* into the store (never touching it) and return its hash and size."""
        with contextlib.suppress(OSError):  # opening a FIFO or device could block or consume it
            if not stat.S_ISREG(os.stat(source).st_mode) and not os.path.isdir(source):
                raise UserError("{path} is not a regular file.", path=str(source))
        try:
            # Non-blocking: if *source* became a FIFO since it was checked, opening it must not
            # wait for a writer that never comes (the fstat below refuses it).
            fd = os.open(source, os.O_RDONLY | _O_NONBLOCK | getattr(os, "O_BINARY", 0))
            src = open(fd, "rb", buffering=0)  # noqa: SIM115 - closed by the with below
        except FileNotFoundError as error:
            raise UserError("The file {path} does not exist.", path=str(source)) from error
        except IsADirectoryError as error:
            raise UserError(
                "{path} is a folder, not a file; choose the files inside it.", path=str(source)
            ) from error
        except PermissionError as error:
            raise UserError(
                "The file {path} cannot be read (permission denied).", path=str(source)
            ) from error
        except OSError as error:
            raise UserError(
                "The file {path} cannot be read ({reason}).",
                path=str(source),
                reason=error.strerror or str(error),
            ) from error
        with src:
            st = os.fstat(src.fileno())
            if stat.S_ISDIR(st.st_mode):
                raise UserError(
                    "{path} is a folder, not a file; choose the files inside it.", path=str(source)
                )
            if not stat.S_ISREG(st.st_mode):
                raise UserError("{path} is not a regular file.", path=str(source))
            if _O_NONBLOCK:
                os.set_blocking(src.fileno(), True)
            return self._copy_in(
                src, source, st.st_size, progress, lambda size: _unchanged(src, source, st, size)
            )

    def put_bytes(self, data: bytes) -> BlobInfo:
        import io

        return self._copy_in(io.BytesIO(data), Path("<memory>"), len(data), None)

    def put_stream(self, stream: IO[bytes], label: Path, expected_size: int) -> BlobInfo:
        """Store what *stream* yields (e.g. a member of a ZIP), checked like any copy."""
        return self._copy_in(cast(BinaryIO, stream), label, expected_size, None)

    def _new_temp(self) -> tuple[int, Path, bool]:
        """A new temp file: (fd, path, whether it is open for unbuffered direct I/O)."""
        self.ensure_dirs()
        import secrets  # with hmac and OpenSSL: not loaded at start-up (issue 14)

        name = f"{os.getpid()}-{secrets.token_hex(8)}"
        path = self.temp_dir / name
        flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
        if _O_DIRECT:
            try:
                return os.open(path, flags | _O_DIRECT, 0o600), path, True
            except OSError as error:
                if error.errno != errno.EINVAL:  # EINVAL: this file system has no direct I/O
                    raise storage_error(error, self.root) from error
        try:
            return os.open(path, flags, 0o600), path, False
        except OSError as error:
            raise storage_error(error, self.root) from error

    def _copy_in(
        self,
        src: BinaryIO,
        source: Path,
        expected_size: int,
        progress: ProgressCallback | None,
        unchanged: Callable[[int], None] | None = None,
    ) -> BlobInfo:
        fd, temp, direct = self._new_temp()
        verifier = _TrailingVerifier(temp, direct)
        writer = _Writer(fd, verifier, direct)
        verifier.start()
        writer.start()
        renamed = False
        try:
            digest, size = self._read_and_hash(src, source, writer, expected_size, progress)
            writer.finish()
            if writer.error is not None:
                raise storage_error(writer.error, self.root) from writer.error
            try:
                os.fsync(fd)
            except OSError as error:
                raise storage_error(error, self.root) from error
            verifier.finish()
            verifier.join()
            failure = verifier.error
            if failure is not None:
                raise storage_error(
                    failure if isinstance(failure, OSError) else OSError(errno.EIO, str(failure)),
                    self.root,
                ) from failure
            if unchanged is not None:
                unchanged(size)  # before anything is named: a half-written source is not kept
            sha256 = digest.hexdigest()
            if verifier.digest.hexdigest() != sha256 or verifier.size != size:
                raise IntegrityError(
                    "The copy of {path} read back differently from what was written; "
                    "the disk may be failing. Nothing was stored.",
                    path=str(source),
                )
            os.close(fd)
            fd = -1
            final = self.path_for(sha256)
            if final.exists():
                self._check_existing(final, sha256, size)
                return BlobInfo(sha256, size, deduplicated=True)
            try:
                os.chmod(temp, READ_ONLY_FILE)  # owner-only, like the whole data directory
                final.parent.mkdir(mode=PRIVATE_DIR, exist_ok=True)
                # link (POSIX) and rename (Windows) both refuse to replace an existing blob
                os.rename(temp, final) if os.name == "nt" else os.link(temp, final)
                renamed = True
                _fsync_dir(final.parent)
            except FileExistsError:  # another process stored the same bytes a moment ago
                self._check_existing(final, sha256, size)
                return BlobInfo(sha256, size, deduplicated=True)
            except OSError as error:
                raise storage_error(error, self.root) from error
            return BlobInfo(sha256, size, deduplicated=False)
        finally:
            writer.finish()
            writer.close()
            verifier.finish()
            verifier.join()
            if fd >= 0:
                os.close(fd)
            with contextlib.suppress(OSError):
                if not renamed:  # never chmod after linking: the blob shares the temp's inode
                    temp.chmod(stat.S_IWRITE | stat.S_IREAD)
                if temp.exists():
                    temp.unlink()

    @staticmethod
    def _read_and_hash(
        src: BinaryIO,
        source: Path,
        writer: _Writer,
        expected_size: int,
        progress: ProgressCallback | None,
    ) -> tuple[Any, int]:
        """Read and hash on this thread while the writer thread writes the previous chunk."""
        import hashlib

        digest = hashlib.sha256()
        size = 0
        while True:
            buffer = writer.free_buffer()
            if buffer is None:  # the writer failed; its error is reported by the caller
                return digest, size
            try:
                n = _fill(src, buffer)
            except OSError as error:
                raise UserError(
                    "Reading {path} failed after {done} bytes ({reason}); nothing was stored.",
                    path=str(source),
                    done=size,
                    reason=error.strerror or str(error),
                ) from error
            if not n:
                writer.give_back(buffer)
                return digest, size
            digest.update(buffer[:n])
            writer.write(buffer, n)
            size += n
            if progress is not None:
                progress(size, max(expected_size, size))

    @staticmethod
    def _check_existing(final: Path, sha256: str, size: int) -> None:
        actual, actual_size = hash_file(final)
        if actual != sha256 or actual_size != size:
            raise IntegrityError(
                "The stored copy {blob} is damaged (its content no longer matches its name). "
                "Run verify-case; nothing was stored.",
                blob=str(final),
            )


def _unchanged(src: BinaryIO, source: Path, before: os.stat_result, copied: int) -> None:
    """Refuse a source that was written to while it was copied (a recording still running, a
    download not finished): what was read is not what the file now holds."""
    after = os.fstat(src.fileno())
    if (
        copied != before.st_size
        or after.st_size != before.st_size
        or after.st_mtime_ns != before.st_mtime_ns
    ):
        raise UserError(
            "The file {path} changed while it was being copied (is it still being written?); "
            "nothing was stored. Try again once it is finished.",
            path=str(source),
        )


def _fill(src: BinaryIO, buffer: memoryview) -> int:
    """Read until *buffer* is full or the source ends: only the last chunk may be short."""
    filled = 0
    while filled < len(buffer):
        n = src.readinto(buffer[filled:])  # type: ignore[attr-defined]
        if not n:
            break
        filled += n
    return filled
