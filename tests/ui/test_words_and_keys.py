"""Chinese throughout (Qt's own file chooser too), a title bar that names the app once, Tab out of
the wizard's story, the verify chooser opening where bundles are saved, a seek-free quit key in the
log window."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QFileDialog, QLabel


def test_qt_file_chooser_reads_chinese(qtbot: Any, app_window: Any) -> None:
    app_window(lang="zh_CN")
    chooser = QFileDialog(None, "选择文件")
    chooser.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(chooser)
    texts = [label.text() for label in chooser.findChildren(QLabel) if label.text()]
    assert "查找范围(&L)：" in texts and "文件类型(&T)：" in texts, texts
    words = [re.sub(r"\(&\w\)", "", t) for t in texts]  # without the access keys "(&L)"
    assert not [w for w in words if any("a" <= c.lower() <= "z" for c in w)], texts


def test_title_bar_names_the_case_once(qtbot: Any, window: Any) -> None:
    assert window.windowTitle() == ""  # Qt shows the app's name alone
    window.create_case("网暴案")
    assert window.windowTitle() == "网暴案"  # shown as "网暴案 — Evidence App"


def test_tab_leaves_what_happened_in_the_wizard(qtbot: Any, window: Any) -> None:
    wizard = window.new_case_wizard()
    wizard.owner_page.owner.setText("李女士")
    wizard.next()
    wizard.next()
    what = wizard.what_page.what
    what.setFocus()
    qtbot.waitUntil(what.hasFocus, timeout=2000)
    QTest.keyClick(what, Qt.Key.Key_Tab)
    assert not what.hasFocus() and "\t" not in what.toPlainText()
    wizard.reject()


def test_verify_chooser_opens_where_bundles_are_saved(
    qtbot: Any, window: Any, monkeypatch: Any, tmp_path: Path
) -> None:
    asked: list[str] = []
    monkeypatch.setattr(
        QFileDialog,
        "getOpenFileName",
        staticmethod(lambda _parent, _title, start, _filter: asked.append(start) or ("", "")),
    )
    bundle = tmp_path / "out" / "案件-2026-12-06.pdf"
    bundle.parent.mkdir()
    bundle.write_bytes(b"%PDF-1.7\n")
    window._remember_bundle_dir(str(bundle))  # as the export dialog reports when it closes
    dialog = window.verify_dialog()
    dialog._choose()
    assert asked == [str(bundle.parent)]
    dialog.close()


def test_ctrl_q_quits_from_the_log_window(qtbot: Any, window: Any) -> None:
    log = window.show_log()
    log.activateWindow()
    qtbot.waitUntil(log.isActiveWindow, timeout=2000)
    QTest.keySequence(log.view, "Ctrl+Q")
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=5000)
