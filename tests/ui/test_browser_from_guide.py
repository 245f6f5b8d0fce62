"""The browser opened from the guide and the next-step bar: the recording step really records,
the account step chooses its page kind, the window fits the screen, Ctrl+Q quits the app."""

from __future__ import annotations

from typing import Any

import pytest

pytest.importorskip("evidence_app.ui.browser")


def test_the_next_step_bar_recording_button_records_the_visit(qtbot: Any, window: Any) -> None:
    from evidence_app.core.evidence_names import evidence_name
    from evidence_app.core.store import NewFile
    from evidence_app.ui.geometry import available_area
    from tests.ui.conftest import png_bytes

    case = window.create_case("录制", "", "2025年1月起有人造谣我的车自燃。")
    window.store.add_item(
        case.id, "post",
        {"url": "https://weibo.example/1", "account_id": "uid:1", "purpose": "p",
         "posted_at_displayed": "2025-01-12", "views": "10", "counts_observed_at": "2025-01-13"},
        [NewFile("window", "w.png", data=png_bytes()), NewFile("mhtml", "p.mhtml", data=b"x")],
    )  # fmt: skip
    window.store.add_item(
        case.id, "account_profile", {"url": "https://weibo.example/u/1", "account_id": "uid:1",
                                     "purpose": "p"},
    )  # fmt: skip
    window.reload_case()
    qtbot.waitUntil(lambda: window.next_step_id == "recording", timeout=10_000)
    assert window.next_button.text() == "Record the visit"  # the browser's own words
    window.next_button.click()
    browser = window.browser_window
    assert browser is not None and browser.isVisible()
    area = available_area(browser)
    assert browser.width() <= max(area.width(), browser.minimumSizeHint().width())
    assert browser.height() <= max(area.height(), browser.minimumSizeHint().height())
    assert browser.recorder is not None and browser.recording_indicator.isVisible()
    qtbot.waitUntil(lambda: browser.recorder.elapsed.elapsed() >= 1000, timeout=5000)
    with qtbot.waitSignal(window.caseChanged, timeout=60_000):
        browser.stop_recording()
    recording = next(i for i in window.store.list_items(case.id) if i.number == "E003")
    assert recording.category == "other" and evidence_name(recording) == "Recording of the visit"
    model = window.item_model  # the table names it
    qtbot.waitUntil(lambda: model.row_of(recording.id) >= 0, timeout=10_000)
    cell = model.index(model.row_of(recording.id), model.COLUMNS.index("category"))
    assert cell.data() == "Recording of the visit"

    # The account-page step opens the same window with "account home page" chosen.
    window.open_tool("browser", "account_profiles")
    assert window.browser_window is browser and browser.page_kind() == "account_profile"

    # Where the owner left it comes back next time (clamped to the screen).
    browser.move(browser.x() + 7, browser.y() + 5)
    inner = browser.geometry()
    left_at = [inner.x(), inner.y(), inner.width(), inner.height()]
    browser.close()
    qtbot.waitUntil(lambda: window.browser_window is None, timeout=10_000)
    assert window.settings.window_geometry["browser"][:4] == left_at
    window.open_tool("browser", "")
    browser = window.browser_window
    again = browser.geometry()
    if area.contains(inner):
        assert [again.x(), again.y(), again.width(), again.height()] == left_at
    else:  # this test screen is smaller than the window was: clamped to it
        assert again.width() <= area.width() and again.height() <= area.height()
        assert again.size() != inner.size()

    # Ctrl+Q in the browser: the app quits through the main window's own close.
    browser.quit_action.trigger()
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=10_000)
    qtbot.waitUntil(lambda: window.browser_window is None, timeout=10_000)


def test_quitting_while_recording_stores_the_recording_then_quits(qtbot: Any, window: Any) -> None:
    """Ctrl+Q in the browser while it records: the recording is stored as evidence first, then
    the browser and the app close (nothing is thrown away without asking)."""
    case = window.create_case("退出时录像", "", "2025年1月起有人造谣我的车自燃。")
    window.open_tool("browser", "recording")
    browser = window.browser_window
    assert browser is not None and browser.recorder is not None
    qtbot.waitUntil(lambda: browser.recorder.elapsed.elapsed() >= 1500, timeout=5000)
    with qtbot.waitSignal(browser.itemCaptured, timeout=60_000):
        browser.quit_action.trigger()
        assert window.isVisible() and browser.isVisible()  # both wait for the recording
        browser.quit_action.trigger()  # pressed again while it is stored: still one item
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=10_000)
    qtbot.waitUntil(lambda: window.browser_window is None, timeout=10_000)
    items = window.store.list_items(case.id)
    assert [i.category for i in items] == ["other"]
    assert {f.role for f in items[0].files} == {"video", "navigation_log"}
