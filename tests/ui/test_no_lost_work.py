"""Nothing the owner types is lost: the form saves as they type (one custody event per committed
change, a typed sentence is one event), before another item shows, on Ctrl+S and on Ctrl+Q; and
the app reopens the case used last."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from evidence_app.core.store import NewFile
from tests.ui.conftest import png_bytes


def two_posts(window: Any) -> tuple[Any, Any, Any]:
    store = window.store
    case = window.create_case("不丢字")
    first = store.add_item(case.id, "post", {}, [NewFile("window", "a.png", data=png_bytes())])
    second = store.add_item(case.id, "post", {}, [NewFile("window", "b.png", data=png_bytes())])
    window.reload_case()
    return case, first, second


def type_text(qtbot: Any, editor: Any, text: str) -> None:
    """Type *text* as the owner does: Latin letters as key presses, Chinese through the input
    method (one committed character at a time, as pinyin input hands them over)."""
    for char in text:
        if char.isascii():
            qtbot.keyClicks(editor, char)
        else:
            event = QInputMethodEvent()
            event.setCommitString(char)
            QApplication.sendEvent(editor, event)


def type_into(qtbot: Any, window: Any, key: str, text: str) -> Any:
    editor = window.item_panel.editors[key]
    window.item_panel.tabs.setCurrentIndex(1)
    editor.setFocus()
    qtbot.waitUntil(editor.hasFocus, timeout=2000)
    type_text(qtbot, editor, text)
    return editor


def shown_text(editor: Any) -> str:
    return editor.text() if hasattr(editor, "text") else editor.toPlainText()


def edits(store: Any, case_id: str, item_id: str) -> list[dict[str, Any]]:
    return [e.payload for e in store.events(case_id, item_id) if e.action == "field_edited"]


def test_switching_items_keeps_what_was_typed(qtbot: Any, window: Any) -> None:
    store = window.store
    window.activateWindow()
    case, first, second = two_posts(window)
    window.select_item(second.id)
    typed = {
        "account_id": "uid:7788990011",
        "posted_at_displayed": "3小时前",
        "url": "https://weibo.example/p/1",
        "notes": "他在评论区也发过",
    }
    for key, text in typed.items():
        editor = type_into(qtbot, window, key, text)
    assert editor.hasFocus()  # the last field is still being typed in: nothing forced it out
    # Click E001 in the table, as the owner does.
    window.select_item(first.id)
    assert window.item_panel.item.id == first.id
    assert {k: store.get_item(case.id, second.id).fields.get(k) for k in typed} == typed
    # One event per field, not per key (the store adds the platform it reads from the address).
    assert sorted(
        e["key"] for e in edits(store, case.id, second.id) if e["key"] in typed
    ) == sorted(typed)
    window.select_item(second.id)
    assert {k: shown_text(window.item_panel.editors[k]) for k in typed} == typed
    assert window.presenter.shown == []


def test_a_typed_sentence_is_one_event_after_a_pause(qtbot: Any, window: Any) -> None:
    store = window.store
    case, first, _second = two_posts(window)
    window.select_item(first.id)
    panel = window.item_panel
    panel.autosave.timer.setInterval(200)
    editor = type_into(qtbot, window, "content_text", "我的车没有自燃，")
    type_text(qtbot, editor, "这是谣言。")
    assert edits(store, case.id, first.id) == []  # still typing
    qtbot.waitUntil(lambda: bool(edits(store, case.id, first.id)), timeout=3000)
    [event] = edits(store, case.id, first.id)
    assert event["key"] == "content_text" and event["new"] == "我的车没有自燃，这是谣言。"
    assert editor.hasFocus()  # saving does not take the field away from the owner


def test_ctrl_s_saves(qtbot: Any, window: Any) -> None:
    store = window.store
    case, first, _second = two_posts(window)
    window.select_item(first.id)
    editor = type_into(qtbot, window, "purpose", "证明对方造谣")
    QTest.keySequence(editor, "Ctrl+S")
    assert store.get_item(case.id, first.id).fields["purpose"] == "证明对方造谣"
    assert editor.hasFocus()
    # A multi-line field gives Tab back to the form: it moves on, it types no tab.
    text = type_into(qtbot, window, "content_text", "第一句")
    QTest.keyClick(text, Qt.Key.Key_Tab)
    assert not text.hasFocus() and "\t" not in text.toPlainText()
    assert store.get_item(case.id, first.id).fields["content_text"] == "第一句"  # left: saved


def test_ctrl_q_while_a_field_is_dirty_saves_then_quits(qtbot: Any, window: Any) -> None:
    store = window.store
    case, first, _second = two_posts(window)
    window.select_item(first.id)
    editor = type_into(qtbot, window, "notes", "退出前写的备注")
    assert store.get_item(case.id, first.id).fields.get("notes") is None
    QTest.keySequence(editor, "Ctrl+Q")
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=5000)
    assert store.get_item(case.id, first.id).fields["notes"] == "退出前写的备注"


def test_the_case_used_last_opens_at_start(qtbot: Any, app_window: Any) -> None:
    first = app_window()
    older = first.store.create_case("用过的案件")
    first.store.add_item(older.id, "other", {}, [NewFile("original", "a.png", data=png_bytes())])
    first.refresh_cases()
    first.open_case(older.id)
    newer = first.store.create_case("新建的空案件")  # the newest, with nothing in it
    assert newer.id != older.id
    from evidence_app.core.settings import Settings

    assert Settings.load(first.data_dir).last_case == older.id  # kept at once, not only at close
    first.close()

    second = app_window(show=False)
    with qtbot.waitSignal(second.caseOpened, timeout=30_000) as opened:
        second.show()
    assert opened.args == [older.id]
    assert second.case.title == "用过的案件"


def test_what_happened_is_kept_on_quit_and_only_cancel_discards(qtbot: Any, window: Any) -> None:
    store = window.store
    case, _first, _second = two_posts(window)
    dialog = window.edit_narrative_dialog()
    dialog.editor.setFocus()
    qtbot.waitUntil(dialog.editor.hasFocus, timeout=2000)
    type_text(qtbot, dialog.editor, "丢弃的话")
    dialog.buttons.button(dialog.buttons.StandardButton.Cancel).click()  # the one discard
    assert store.get_case(case.id).description == ""
    dialog = window.edit_narrative_dialog()
    dialog.editor.setFocus()
    qtbot.waitUntil(dialog.editor.hasFocus, timeout=2000)
    type_text(qtbot, dialog.editor, "从一月起有人造谣我的车自燃。")
    # The dialog blocks the main window; Ctrl+Q still quits, and the account is saved first.
    QTest.keySequence(dialog.editor, "Ctrl+Q")
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=5000)
    assert store.get_case(case.id).description == "从一月起有人造谣我的车自燃。"


def test_a_refused_save_is_said_once_not_in_a_loop(
    qtbot: Any, window: Any, monkeypatch: Any
) -> None:
    from evidence_app.core.errors import UserError

    store = window.store
    _case, first, _second = two_posts(window)
    window.select_item(first.id)
    calls: list[dict[str, str]] = []

    def refuse(_case: str, _item: str, changes: dict[str, str]) -> Any:
        calls.append(changes)
        raise UserError("The disk is full.")

    monkeypatch.setattr(store, "edit_fields", refuse)
    editor = type_into(qtbot, window, "account_id", "uid:1")
    other = window.item_panel.editors["url"]
    other.setFocus()  # leaving the field saves: refused, said once
    qtbot.waitUntil(other.hasFocus, timeout=2000)
    editor.setFocus()
    qtbot.waitUntil(editor.hasFocus, timeout=2000)
    other.setFocus()  # the same refused change is not sent again by itself
    qtbot.waitUntil(other.hasFocus, timeout=2000)
    assert len(calls) == 1 and len(window.presenter.shown) == 1
    window.act_save.trigger()  # Ctrl+S tries again
    assert len(calls) == 2
