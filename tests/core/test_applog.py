"""The app's log file (core/applog.py): owner-only, rotated when it has grown, never a traceback on
the terminal when it cannot be written."""

from __future__ import annotations

import logging
import stat
from pathlib import Path

import pytest

from evidence_app.core.applog import MAX_BYTES, AppLogHandler, log_path


def _record(text: str) -> logging.LogRecord:
    return logging.LogRecord("evidence_app.test", logging.INFO, __file__, 1, text, None, None)


def test_the_log_is_owner_only_and_rotated_when_opened_large(tmp_path: Path) -> None:
    data = tmp_path / "data"
    handler = AppLogHandler(data)
    assert not data.exists()  # nothing is created until something is logged
    handler.emit(_record("first"))
    handler.close()
    path = log_path(data)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    path.write_text("x" * (MAX_BYTES + 1), "utf-8")
    for n in range(5):
        handler = AppLogHandler(data)
        handler.emit(_record(f"run {n}"))
        handler.close()
        path.write_text(path.read_text("utf-8") + "x" * MAX_BYTES, "utf-8")
    names = sorted(p.name for p in path.parent.iterdir())
    assert names == ["app.log", "app.log.1", "app.log.2", "app.log.3"]  # three kept, no more
    assert "run 4" in path.read_text("utf-8") and "run 3" in (path.parent / "app.log.1").read_text()


def test_an_unwritable_log_is_skipped_quietly(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    blocked = tmp_path / "file-not-folder"
    blocked.write_text("", "utf-8")
    handler = AppLogHandler(blocked)  # logs/ cannot be made under a file
    handler.emit(_record("lost"))
    handler.close()
    assert capsys.readouterr().err == ""
