"""Capturing a region from the main window: the app picks it (ui), capture.screen grabs it headless
and writes the provenance, the item is stored off the GUI thread like every capture (issue 14)."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QKeySequence

pytest.importorskip("evidence_app.capture.screen")


def _picker(qtbot, window):  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: window.region_picker is not None, timeout=5_000)
    picker = window.region_picker
    qtbot.waitExposed(picker)
    assert not window.isVisible()  # our own windows are out of the way while the owner picks
    return picker


def test_a_dragged_region_is_stored_with_its_provenance(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    case = window.create_case("区域截图")
    assert window.act_capture_region.shortcut() == QKeySequence("Ctrl+Shift+R")
    window.act_capture_region.trigger()
    picker = _picker(qtbot, window)
    origin = picker.geometry().topLeft()  # the picker covers the screen: global = local + this
    with qtbot.waitSignal(window.caseChanged, timeout=10_000):
        qtbot.mousePress(picker, Qt.MouseButton.LeftButton, pos=QPoint(10, 20))
        qtbot.mouseMove(picker, QPoint(110, 70))
        qtbot.mouseRelease(picker, Qt.MouseButton.LeftButton, pos=QPoint(110, 70))
    [item] = window.store.list_items(case.id)
    assert {f.name for f in item.files} == {"region.png", "provenance.json"}
    provenance = json.loads(
        window.store.blob_path(
            next(f for f in item.files if f.role == "provenance").sha256
        ).read_bytes()
    )
    assert provenance["kind"] == "region"
    # QRect(corner, corner) includes both corners: a drag over 100 × 50 pixels takes 101 × 51.
    assert provenance["shots"][0]["region"] == [origin.x() + 10, origin.y() + 20, 101, 51]
    assert provenance["own_windows_hidden"] >= 1
    assert window.isVisible()  # back after the shot
    assert window.item_panel.item.id == item.id
    assert "E001 captured" in window.statusBar().currentMessage()
    qtbot.waitUntil(lambda: window.region_picker is None, timeout=5_000)  # gone, not leaked


def test_escape_cancels_the_region_and_stores_nothing(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    case = window.create_case("取消")
    window.act_capture_region.trigger()
    picker = _picker(qtbot, window)
    qtbot.keyClick(picker, Qt.Key.Key_Escape)
    qtbot.waitUntil(window.isVisible, timeout=5_000)
    assert window.store.list_items(case.id) == []
    assert window.statusBar().currentMessage() == "Capture cancelled; nothing was stored."
    qtbot.waitUntil(lambda: window.region_picker is None, timeout=5_000)


def test_capture_screen_runs_headless_with_a_rectangle(store, qapp) -> None:  # type: ignore[no-untyped-def]
    """No widget, no event loop: the rectangle in, the files and provenance out."""
    from evidence_app.capture.result import store_capture
    from evidence_app.capture.screen import take_screen_capture

    case = store.create_case("无界面")
    capture = take_screen_capture(region=(0, 0, 40, 30))
    try:
        assert capture.provenance["kind"] == "region"
        assert capture.provenance["own_windows_hidden"] == 0
        item = store_capture(store, case.id, capture, "other")
    finally:
        capture.cleanup()
    assert not capture.folder.exists()
    assert item.category == "other" and {f.role for f in item.files} == {"visible", "provenance"}
