"""Fixtures for the desktop app's tests: a real store in the per-test data dir, sample images."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("EVIDENCE_APP_NO_CRASH_DIALOG", "1")


def png_bytes(
    width: int = 40, height: int = 30, color: tuple[int, int, int] = (200, 30, 30)
) -> bytes:
    import io

    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (width, height), color).save(buffer, "PNG")
    return buffer.getvalue()


@pytest.fixture
def store(data_dir: Path) -> Iterator[object]:
    from evidence_app.core.model import Operator
    from evidence_app.core.store import CaseStore

    with CaseStore(data_dir, Operator("测试车主", "owner")) as s:
        yield s


@pytest.fixture
def sample_png(tmp_path: Path) -> Path:
    path = tmp_path / "截图.png"
    path.write_bytes(png_bytes())
    return path


@pytest.fixture
def window(qtbot, store):  # type: ignore[no-untyped-def]
    """The main window on the test store, shown, with error dialogs turned into records."""
    from evidence_app.ui.errors import ErrorPresenter, set_presenter
    from evidence_app.ui.main_window import MainWindow

    presenter = ErrorPresenter(store.data_dir, dialogs=False)
    set_presenter(presenter)
    w = MainWindow(store)
    w.presenter = presenter
    qtbot.addWidget(w)
    w.show()
    yield w
    w.runner.shutdown(60_000)  # an export or capture may still be finishing
    set_presenter(None)
