"""The import's file chooser (Qt's own one, where the desktop has no native chooser) is wide enough
that its columns show what they hold: "plain text document" in the type column, not "pla…ent"."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QTreeView, QWidget

from tests.ui.conftest import png_bytes


@pytest.fixture
def chinese() -> Iterator[None]:
    from evidence_app.ui.language import LanguageSwitcher

    switcher = LanguageSwitcher()
    assert switcher.apply("zh_CN") == "zh_CN"
    yield
    switcher.apply("en")


def _folder(tmp_path: Path) -> Path:
    folder = tmp_path / "图片"
    folder.mkdir()
    (folder / "聊天记录说明.txt").write_text("对方在微博上造谣。", "utf-8")
    (folder / "截图.png").write_bytes(png_bytes())
    (folder / "订单取消通知.pdf").write_bytes(b"%PDF-1.4\n%%EOF\n")
    return folder


def _widths(dialog: QFileDialog) -> dict[str, Any]:
    dialog.setViewMode(QFileDialog.ViewMode.Detail)
    tree = next(t for t in dialog.findChildren(QTreeView) if t.isVisible())
    header = tree.header()
    model = tree.model()
    root = tree.rootIndex()
    cut = []
    for row in range(model.rowCount(root)):
        for column in range(1, header.count()):
            if header.isSectionHidden(column):
                continue
            text = str(model.index(row, column, root).data() or "")
            need = tree.fontMetrics().horizontalAdvance(text) + 2 * tree.style().pixelMetric(
                tree.style().PixelMetric.PM_FocusFrameHMargin
            )
            if need > header.sectionSize(column):
                cut.append((text, need, header.sectionSize(column)))
    return {
        "rows": model.rowCount(root),
        "cut": cut,
        "name": header.sectionSize(0),
        "width": dialog.width(),
    }


def test_the_import_chooser_shows_whole_file_types(
    qtbot: Any, tmp_path: Path, chinese: None
) -> None:
    from evidence_app.ui.file_chooser import open_file_names
    from evidence_app.ui.geometry import available_area

    folder = _folder(tmp_path)
    parent = QWidget()
    qtbot.addWidget(parent)
    seen: dict[str, Any] = {}
    poll = QTimer()
    poll.setInterval(30)
    tries = [0]

    def look() -> None:  # runs inside the chooser's own event loop
        tries[0] += 1
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QFileDialog):
            return
        found = _widths(dialog)
        if (found["rows"] >= 3 and not found["cut"]) or tries[0] > 200:
            seen.update(found)
            poll.stop()
            dialog.reject()

    poll.timeout.connect(look)
    poll.start()
    names = open_file_names(parent, "选择要保存为证据的文件", str(folder))
    poll.stop()
    assert names == []  # cancelled: nothing chosen
    assert seen["rows"] == 3, seen
    assert seen["cut"] == [], seen  # every type, size and date shown whole
    assert seen["name"] >= 200, seen  # the name keeps room too
    assert seen["width"] >= min(900, available_area(parent).width() - 60), seen


def test_without_a_chooser_on_screen_the_fitting_does_nothing(qtbot: Any) -> None:
    from evidence_app.ui.file_chooser import fit_open_file_dialog

    assert fit_open_file_dialog() is None
