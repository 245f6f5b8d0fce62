"""Support staff screening a case in the app: the bar says what is left to review (not the owner's
guide), F8 and Ctrl+R walk the items, the hand-off reads "back to the owner", and a long recapture
comment is shown whole in the to-do list."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from evidence_app.core.model import Operator
from evidence_app.core.store import CaseStore, NewFile
from tests.ui.conftest import png_bytes

LONG_COMMENT = (
    "截图里看不到发布时间，请重新打开帖子，截取包含发布时间和地址栏的完整窗口，不要裁剪。"
)


@pytest.fixture
def support(qtbot: Any, data_dir: Path):  # type: ignore[no-untyped-def]
    """A support worker's window on a case of three items (one withdrawn), as a package brings it."""
    from evidence_app.ui.errors import ErrorPresenter, set_presenter
    from evidence_app.ui.main_window import MainWindow

    presenter = ErrorPresenter(data_dir, dialogs=False)
    set_presenter(presenter)
    with CaseStore(data_dir, Operator("张客服", "support")) as store:
        case = store.create_case("微博造谣", "李女士", "有账号造谣我的车自燃。")
        for n in range(3):
            store.add_item(
                case.id, "post", {"url": f"https://weibo.example/{n}", "account_id": f"uid{n}"},
                [NewFile("window", f"w{n}.png", data=png_bytes(color=(n * 80, 10, 10)))],
            )  # fmt: skip
        store.withdraw_item(case.id, "E003", "重复")
        window = MainWindow(store)
        qtbot.addWidget(window)
        window.show()
        window.open_case(case.id)
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5000)
        yield window
        window.runner.shutdown(60_000)
    set_presenter(None)


def _review_column(window: Any, row: int) -> str:
    return str(window.item_model.index(row, 8).data() or "")


def _events(window: Any) -> list[str]:
    return [e.action for e in window.store.events(window.case.id)]


def test_support_walks_the_items_by_keyboard_and_the_bar_says_what_is_left(
    qtbot: Any, support: Any
) -> None:
    window = support
    # Not the owner's guide ("fill in the details"): what is left to screen, and why.
    assert window.next_step_tool == "review"
    assert "To review: 2 item(s)." in window.next_label.text()
    assert "E001" in window.next_label.text() and "missing:" in window.next_label.text()
    assert "Posting time shown" in window.next_label.text()  # the gap, by its label
    assert window.next_button.text() == "Review E001 (F8)"

    qtbot.keyClick(window.table, Qt.Key.Key_F8)
    assert window.item_panel.item.number == "E001"
    # the item shown waits for review: the bar's button marks it (it used to offer to skip it)
    assert "Now: E001" in window.next_label.text()
    assert window.next_step_tool == "mark"
    assert window.next_button.text() == "Mark reviewed (Ctrl+R)"

    with qtbot.waitSignal(window.caseChanged, timeout=10_000):
        qtbot.keyClick(window.table, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    assert _review_column(window, 0) == "✓ reviewed"
    assert window.item_panel.item.number == "E002"  # went on to the next one waiting
    assert window.statusBar().currentMessage() == "E001 is marked reviewed. Next: E002."
    assert window.next_step_tool == "mark"  # E002, shown, waits for review
    assert "Now: E002" in window.next_label.text()
    assert window.next_button.text() == "Mark reviewed (Ctrl+R)"

    with qtbot.waitSignal(window.caseChanged, timeout=10_000):
        qtbot.keyClick(window.table, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    assert _review_column(window, 1) == "✓ reviewed"
    assert window.next_step_tool == "verdict"
    assert "Every item has been looked at." in window.next_label.text()
    # Ctrl+R on an item already reviewed adds nothing to the log; F8 says nothing is left.
    before = _events(window)
    qtbot.keyClick(window.table, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    assert _events(window) == before
    assert window.statusBar().currentMessage() == "E002 is already marked reviewed."
    qtbot.keyClick(window.table, Qt.Key.Key_F8)
    assert "No item waits for review" in window.statusBar().currentMessage()

    dialog = window.verdict_dialog()
    dialog.choices["not_yet"].setChecked(True)
    dialog.ok_button.click()
    assert window.next_step_tool == "pack"
    assert window.next_label.text().startswith(
        "<b>Screening verdict: More evidence needed.</b> Save the case"
    )
    assert window.next_button.text() == "Send back to the owner…"
    assert window.act_pack.text() == "Send the case back to the owner…"
    window.next_button.click()
    [pack] = [d for d in window.dialogs if d.objectName() == "packDialog"]
    assert pack.windowTitle() == "Send the case back to the owner"
    assert "The owner opens it" in pack.intro.text()
    pack.close()


def test_a_recapture_request_moves_on_and_its_comment_is_shown_whole(
    qtbot: Any, support: Any
) -> None:
    window = support
    window.select_item(window.items[0].id)
    ask = window.ask_recapture_dialog()
    ask.comment.setPlainText(LONG_COMMENT)
    with qtbot.waitSignal(window.caseChanged, timeout=10_000):
        ask.ok_button.click()
    assert window.item_panel.item.number == "E002"
    assert window.statusBar().currentMessage() == "Recapture of E001 requested. Next: E002."
    assert _review_column(window, 0) == "⟲ capture again"
    # Hovering the table: who asked, in words ("Support staff", not "support"), and a capture
    # time with its offset and zone name, never an abbreviation such as "CST".
    tip = window.item_model.index(0, 8).data(Qt.ItemDataRole.ToolTipRole)
    assert tip.startswith("张客服 (Support staff), ") and tip.endswith(f": {LONG_COMMENT}")
    captured = window.item_model.index(0, 5).data(Qt.ItemDataRole.ToolTipRole)
    assert re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d \(UTC[+-]\d\d:\d\d, [\w/]+\)", captured), (
        captured
    )
    assert "1 recapture request(s) wait for the owner" in window.guide_panel.requests_heading.text()
    # The to-do list in the narrow left pane shows every line of the comment.
    requests = window.guide_panel.requests
    for width in (260, 320, 420):
        window.guide_panel.resize(width, window.guide_panel.height())
        QApplication.processEvents()
        entry = requests.item(0)
        rect = requests.visualItemRect(entry)
        text_width = requests.viewport().width() - 8
        needed = requests.fontMetrics().boundingRect(
            0, 0, text_width, 100_000, int(Qt.TextFlag.TextWordWrap), entry.text()
        )
        assert rect.height() >= needed.height(), (width, rect.height(), needed.height())
        assert rect.bottom() <= requests.viewport().height(), (width, rect, requests.height())


def test_the_owner_keeps_the_owner_words(qtbot: Any, window: Any) -> None:
    window.create_case("网暴案")
    assert window.act_pack.text() == "Save the case as a file for support…"
    assert not window.act_mark_reviewed.isVisible() and not window.act_review_next.isVisible()
    dialog = window.pack_dialog()
    assert dialog.windowTitle() == "Send the case to support"
    dialog.close()


def test_the_package_that_comes_back_tells_the_owner_what_to_redo(
    qtbot: Any, store: Any, tmp_path: Path
) -> None:
    """Owner → support (what waits for review; the same package again is no error) → owner (the
    verdict and each recapture asked for, with its comment, in the import's outcome)."""
    from evidence_app.ui.errors import ErrorPresenter, set_presenter
    from tests.ui.test_handoff import OWNER_PASS, SUPPORT_PASS, _pack, _unpack, _window

    set_presenter(ErrorPresenter(store.data_dir, dialogs=False))
    try:
        owner = _window(qtbot, store)
        case = owner.create_case("抖音造谣", "李女士", "有人在抖音造谣。")
        for n in range(2):
            store.add_item(
                case.id, "post", {"url": f"https://douyin.example/{n}"},
                [NewFile("window", f"s{n}.png", data=png_bytes(color=(n * 90, 20, 20)))],
            )  # fmt: skip
        owner.reload_case()
        first = _pack(qtbot, owner, tmp_path / "to-support.evcase", OWNER_PASS)
        with CaseStore(tmp_path / "support", Operator("张客服", "support")) as support_store:
            support = _window(qtbot, support_store)
            dialog = _unpack(qtbot, support, first.path)
            assert "2 item(s) wait for your review: E001, E002." in dialog.message.text()
            dialog.close()
            events = len(support_store.events(case.id))
            again = _unpack(qtbot, support, first.path)
            assert "You opened this same package on" in again.message.text()
            assert "#1b7f3b" in again.message.text()  # said in green: nothing is wrong
            assert not again.receipt_button.isVisible()
            assert len(support_store.events(case.id)) == events
            again.close()
            support.select_item(support.items[0].id)
            ask = support.ask_recapture_dialog()
            ask.comment.setPlainText(LONG_COMMENT)
            ask.ok_button.click()
            support.give_verdict("not_yet", "缺少发布时间")
            back = _pack(qtbot, support, tmp_path / "to-owner.evcase", SUPPORT_PASS)
            dialog = _unpack(qtbot, owner, back.path)
            text = dialog.message.text()
            assert (
                "Screening verdict: More evidence needed (张客服)" in text
                and "缺少发布时间" in text
            )
            assert "张客服 (Support staff) asks you to capture 1 item(s) again:" in text
            assert f"E001: “{LONG_COMMENT}”" in text
            assert "Capture again…" in text
            dialog.close()
    finally:
        set_presenter(None)


def test_ctrl_r_saves_what_support_typed_before_the_mark(qtbot: Any, support: Any) -> None:
    """Support fills in what the owner could not (the posting time), then Ctrl+R at once: the
    field is logged before the mark, so "reviewed" covers it."""
    window = support
    window.select_item(window.items[0].id)
    window.item_panel.tabs.setCurrentIndex(1)
    editor = window.item_panel.editors["posted_at_displayed"]
    editor.setFocus()
    qtbot.keyClicks(editor, "2025-01-03 21:14")
    with qtbot.waitSignal(window.caseChanged, timeout=10_000):
        qtbot.keyClick(editor, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    actions = _events(window)
    assert actions[-2:] == ["field_edited", "item_reviewed"], actions[-4:]
    item = window.store.get_item(window.case.id, "E001")
    assert item.fields["posted_at_displayed"] == "2025-01-03 21:14"
    assert window.item_panel.item.number == "E002"
