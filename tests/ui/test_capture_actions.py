"""Capture actions of the main window add items with the capture engines (issue 3)."""

from __future__ import annotations

import json

import pytest
from PySide6.QtGui import QKeySequence

pytest.importorskip("evidence_app.capture.screen")


def test_capture_screen_action_stores_an_item_with_the_app_hidden(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    case = window.create_case("截屏")
    assert window.act_capture_screen.shortcut() == QKeySequence("Ctrl+Shift+S")
    with qtbot.waitSignal(window.caseChanged, timeout=10_000):
        window.act_capture_screen.trigger()
    [item] = window.store.list_items(case.id)
    assert {f.role for f in item.files} == {"visible", "provenance"}
    provenance = json.loads(
        window.store.blob_path(
            next(f for f in item.files if f.role == "provenance").sha256
        ).read_bytes()
    )
    assert provenance["own_windows_hidden"] >= 1  # the main window was out of the shot
    assert window.isVisible()  # and is back
    assert window.item_panel.item.id == item.id and "E001 captured" in (
        window.statusBar().currentMessage()
    )


def test_the_browser_captures_a_page_into_the_table_and_shows_it_again(
    qtbot, window, web_site
) -> None:  # type: ignore[no-untyped-def]
    pytest.importorskip("evidence_app.ui.browser")
    case = window.create_case("网页取证")
    window.act_browser.trigger()
    browser = window.browser_window
    assert browser is not None and browser.isVisible() and browser.property("caseId") == case.id
    with qtbot.waitSignal(browser.view.loadFinished, timeout=20_000):
        browser.load(web_site.http + "/chinese")
    with qtbot.waitSignal(window.caseChanged, timeout=60_000):
        browser.capture_page()
    [item] = window.store.list_items(case.id)
    roles = {f.role for f in item.files}
    assert {"visible", "full_page", "window", "mhtml", "provenance"} <= roles
    assert item.fields["url"] == web_site.http + "/chinese"
    assert window.item_panel.item.id == item.id  # the table follows, the new item is shown
    window.act_browser.trigger()
    assert window.browser_window is browser  # kept alive: one browser per case
    # The saved page opens in the same browser from the item preview.
    mhtml = next(f for f in item.files if f.role == "mhtml")
    with qtbot.waitSignal(browser.view.loadFinished, timeout=20_000):
        window.item_panel.openPage.emit(str(window.store.blob_path(mhtml.sha256)))
    assert browser.page.url().isLocalFile()
    window.close()  # the browser goes with the main window
    qtbot.waitUntil(lambda: window.browser_window is None, timeout=5_000)
