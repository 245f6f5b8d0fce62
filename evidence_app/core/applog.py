"""The app's log file (logs/app.log in the data directory), and Python warnings sent there instead of a terminal.

A library's warning (say cryptography's deprecation notice when pyHanko loads) means nothing to an
owner or a lawyer at the command line; it belongs in the log a developer reads. The command line
opens the file only when something is logged; the desktop app adds the same handler once its
window is up (app.py).
"""

from __future__ import annotations

import contextlib
import io
import logging
import os
import sys
import warnings
from pathlib import Path
from typing import TextIO

from evidence_app.core.private import PRIVATE_FILE, make_private_dir

LOG_DIR = "logs"
LOG_NAME = "app.log"
MAX_BYTES = 2_000_000  # a longer log is moved to app.log.1 (… .3) when the next run opens it
KEEP = 3
WARNINGS_LOGGER = "evidence_app.warnings"
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"

# Where no log file is open (a batch-verify worker), a warning goes nowhere rather than to stderr.
logging.getLogger(WARNINGS_LOGGER).addHandler(logging.NullHandler())


def log_path(data_dir: Path) -> Path:
    return Path(data_dir) / LOG_DIR / LOG_NAME


class AppLogHandler(logging.FileHandler):
    """logs/app.log, owner-only, opened at the first record; a log that cannot be written is skipped.

    (Not logging.handlers.RotatingFileHandler: importing logging.handlers takes the desktop app
    about 18 ms before its first frame; this log is rotated when it is opened instead.)
    """

    def __init__(self, data_dir: Path) -> None:
        self.data_dir = Path(data_dir)
        super().__init__(log_path(data_dir), encoding="utf-8", delay=True)
        self.setFormatter(logging.Formatter(FORMAT))

    def _open(self) -> io.TextIOWrapper:
        make_private_dir(self.data_dir / LOG_DIR)
        path = Path(self.baseFilename)
        with contextlib.suppress(OSError):
            if path.stat().st_size > MAX_BYTES:
                for n in range(KEEP - 1, 0, -1):
                    with contextlib.suppress(FileNotFoundError):
                        os.replace(f"{path}.{n}", f"{path}.{n + 1}")
                os.replace(path, f"{path}.1")
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, PRIVATE_FILE)
        return open(fd, "a", encoding=self.encoding, errors=self.errors)

    def open_now(self) -> bool:
        """Open the file at once (the desktop app, to copy in what was logged before)."""
        if self.stream is None:
            try:
                self.stream = self._open()
            except OSError:
                return False
        return True

    def emit(self, record: logging.LogRecord) -> None:
        if self.open_now():  # FileHandler would let an OSError of the first open escape
            super().emit(record)

    def handleError(self, record: logging.LogRecord) -> None:
        # An unwritable data folder must not put a logging traceback on the user's terminal.
        pass


def _show_warning(
    message: Warning | str,
    category: type[Warning],
    filename: str,
    lineno: int,
    file: TextIO | None = None,
    line: str | None = None,
) -> None:
    text = warnings.formatwarning(message, category, filename, lineno, line).rstrip()
    logging.getLogger(WARNINGS_LOGGER).warning("%s", text)


def route_warnings() -> None:
    """Python warnings that are shown at all (the filters still decide) go to the log, not stderr."""
    warnings.showwarning = _show_warning


def log_to_file(data_dir: Path, level: int = logging.INFO) -> AppLogHandler:
    """The command line's log: evidence_app.* (and routed warnings) into *data_dir*/logs/app.log."""
    root = logging.getLogger("evidence_app")
    for handler in list(root.handlers):
        if isinstance(handler, AppLogHandler):
            if handler.data_dir == Path(data_dir):
                return handler
            root.removeHandler(handler)  # main() called again in one process, another data dir
            handler.close()
    handler = AppLogHandler(data_dir)
    root.addHandler(handler)
    if root.level == logging.NOTSET or root.level > level:
        root.setLevel(level)
    return handler


# -- what C++ libraries print ---------------------------------------------------------------------
# Qt and Chromium (QtWebEngine and its helper processes) write their own lines straight to file
# descriptor 2: "QRhiGles2: Failed to create context", "[…:ERROR:bus.cc] Failed to connect to the
# bus", "GPUInfo not initialized". Nothing but the app's own sentences may reach a user's terminal
# (design.md), so a command that starts Qt points descriptor 2 at the log file first, while
# sys.stderr (the app's sentences) keeps writing to the terminal.

_native_log_dir: Path | None = None
_terminal_fd: int | None = None


def keep_native_output_in_log(data_dir: Path | None) -> None:
    """The command line's wish (None: withdrawn): when Qt starts, its output goes to the log."""
    global _native_log_dir
    _native_log_dir = Path(data_dir) if data_dir is not None else None


def divert_native_output() -> bool:
    """If the command line asked for it, point descriptor 2 at logs/app.log (helper processes
    started later inherit it) and give sys.stderr a stream of its own on the terminal. It stays so
    until the process ends: Chromium's processes still write while they shut down."""
    global _terminal_fd
    if _native_log_dir is None or _terminal_fd is not None:
        return _terminal_fd is not None
    try:
        make_private_dir(_native_log_dir / LOG_DIR)
        log_fd = os.open(
            log_path(_native_log_dir), os.O_WRONLY | os.O_CREAT | os.O_APPEND, PRIVATE_FILE
        )
    except OSError:
        try:  # an unwritable data folder: the lines are lost rather than shown
            log_fd = os.open(os.devnull, os.O_WRONLY)
        except OSError:
            return False
    terminal = sys.stderr
    with contextlib.suppress(Exception):
        terminal.flush()
    try:
        _terminal_fd = os.dup(2)
        os.dup2(log_fd, 2)
    finally:
        os.close(log_fd)
    encoding = getattr(terminal, "encoding", None) or "utf-8"
    sys.stderr = open(  # noqa: SIM115 - the process's stderr from now on
        _terminal_fd, "w", encoding=encoding, errors="backslashreplace", buffering=1, closefd=False
    )
    return True
