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
    window.settings.screen_capture_delay = 0  # the countdown's own tests are below
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
    window.settings.screen_capture_delay = 0
    window.act_capture_region.trigger()
    picker = _picker(qtbot, window)
    qtbot.keyClick(picker, Qt.Key.Key_Escape)
    qtbot.waitUntil(window.isVisible, timeout=5_000)
    assert window.store.list_items(case.id) == []
    assert window.statusBar().currentMessage() == "Capture cancelled; nothing was stored."
    qtbot.waitUntil(lambda: window.region_picker is None, timeout=5_000)


TICK_MS = 40


def _countdown(qtbot, window):  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: window.capture_countdown is not None, timeout=5_000)
    countdown = window.capture_countdown
    qtbot.waitExposed(countdown)
    assert not window.isVisible()
    return countdown


def _drag(qtbot, picker) -> None:  # type: ignore[no-untyped-def]
    qtbot.mousePress(picker, Qt.MouseButton.LeftButton, pos=QPoint(10, 20))
    qtbot.mouseMove(picker, QPoint(110, 70))
    qtbot.mouseRelease(picker, Qt.MouseButton.LeftButton, pos=QPoint(110, 70))


@pytest.mark.parametrize("kind", ["region", "window"])
def test_the_picker_comes_after_the_countdown(qtbot, window, kind: str) -> None:  # type: ignore[no-untyped-def]
    """Time to bring the app that shows the post to the front: the screen is frozen for picking
    only when the count reaches zero, with our windows hidden all the while."""
    case = window.create_case("倒计时后框选")
    start = window.capture_window if kind == "window" else window.capture_region
    start(delay=2, tick_ms=TICK_MS)
    countdown = _countdown(qtbot, window)
    assert countdown.kind == kind
    assert ("window" in countdown.message.text()) == (kind == "window")
    assert window.region_picker is None  # nothing frozen yet
    with qtbot.waitSignal(countdown.finished, timeout=5_000):
        pass
    picker = _picker(qtbot, window)  # the window is still hidden (asserted there)
    hint = picker.findChild(type(countdown.message), "regionPickerHint")
    assert hint is not None and hint.isVisible()
    assert ("window" in hint.text()) == (kind == "window") and "Esc" in hint.text()
    assert window.capture_countdown is None or not window.capture_countdown.isVisible()
    with qtbot.waitSignal(window.caseChanged, timeout=10_000):
        _drag(qtbot, picker)
    [item] = window.store.list_items(case.id)
    assert {f.name for f in item.files} == {"region.png", "provenance.json"}
    assert window.isVisible()
    qtbot.waitUntil(lambda: window.region_picker is None, timeout=5_000)


def test_the_window_action_counts_down_as_the_settings_say(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    case = window.create_case("窗口")
    assert window.settings.screen_capture_delay == 3  # the default
    window.act_capture_window.trigger()
    countdown = _countdown(qtbot, window)
    assert countdown.kind == "window" and countdown.number.text() == "3"
    with qtbot.waitSignal(countdown.cancelled, timeout=5_000):
        qtbot.keyClick(countdown, Qt.Key.Key_Escape)
    assert window.isVisible() and window.store.list_items(case.id) == []


def test_a_picker_closed_by_the_window_manager_brings_the_app_back(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """Alt+F4 on the frozen screen: the same as Esc, not an app stuck with its windows hidden."""
    case = window.create_case("关掉框选")
    window.capture_region(delay=1, tick_ms=TICK_MS)
    picker = _picker(qtbot, window)
    with qtbot.waitSignal(picker.cancelled, timeout=5_000):
        picker.close()
    assert window.isVisible()
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
