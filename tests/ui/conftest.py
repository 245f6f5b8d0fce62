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


def case_with_gaps(window):  # type: ignore[no-untyped-def]
    """A case with one post that has a window capture but gaps the guide lists (export tests)."""
    from evidence_app.core.store import NewFile

    case = window.create_case("微博造谣", "李女士", "2025年1月起，有账号在微博造谣我的车自燃。")
    window.store.add_item(
        case.id, "post",
        {"url": "https://weibo.example/1", "account_id": "uid:1", "purpose": "证明造谣"},
        [NewFile("window", "w.png", data=png_bytes())],
    )  # fmt: skip
    window.reload_case()
    return case


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


@pytest.fixture
def app_window(qtbot, data_dir: Path):  # type: ignore[no-untyped-def]
    """``create_main_window`` as ``run_app`` calls it (the frame first, the panes after it shows):
    ``app_window(lang=…)`` makes one and, unless ``show=False``, shows it and waits for its panes.
    Windows, translators and the error presenter are cleaned up after."""
    from evidence_app.app import create_main_window
    from evidence_app.ui.errors import set_presenter

    made: list = []

    def make(show: bool = True, **kwargs):  # type: ignore[no-untyped-def]
        window, presenter = create_main_window(data_dir, **kwargs)
        presenter.dialogs = False
        qtbot.addWidget(window)
        made.append((window, presenter))
        if show:
            with qtbot.waitSignal(window.panesReady, timeout=30_000):
                window.show()
        return window

    yield make
    for window, presenter in made:
        window.runner.shutdown(30_000)
        window.close()
        if window.switcher is not None:
            window.switcher.apply("en")
        presenter.uninstall()
    set_presenter(None)
