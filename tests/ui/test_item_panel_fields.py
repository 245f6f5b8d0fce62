"""The item panel's Details form and picture preview as an owner uses them: the fields the guide
asks for first, then the ones usual for the category, the rest behind "Show all fields"; the guide's
hints in full under each field; soft warnings for counts and times the app cannot read (saved all
the same); zoom buttons and shortcuts on the picture."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication

from evidence_app.core.fields import FIELD_BY_KEY, FIELD_KEYS, parse_count
from evidence_app.core.guide import required_fields
from evidence_app.core.i18n import tr
from evidence_app.core.model import CATEGORIES
from evidence_app.core.store import NewFile
from evidence_app.ui.item import CATEGORY_FIELDS, fields_for
from evidence_app.ui.language import LanguageSwitcher
from tests.ui.conftest import png_bytes

LONG_URL = "https://weibo.com/7788990011/PqRsT1?from=page_1005057788990011_profile&wvr=6&mod=wt"


def _shown(panel: Any) -> list[str]:
    """The fields the form shows, top to bottom."""
    rows = sorted(
        (key for key, row in panel.rows.items() if row.isVisibleTo(panel.form_host)),
        key=lambda key: panel.form.indexOf(panel.rows[key]),
    )
    return list(rows)


def _add(window: Any, category: str, fields: dict[str, str], picture: bytes | None = None) -> Any:
    case = window.case or window.create_case("t", "o", "2025年1月起有人在微博造谣。")
    item = window.store.add_item(
        case.id, category, fields, [NewFile("window", "w.png", data=picture or png_bytes())]
    )
    window.reload_case()
    window.select_item(item.id)
    window.item_panel.tabs.setCurrentIndex(1)
    return item


def _choose(panel: Any, category: str) -> None:
    row = panel.category.findData(category)
    panel.category.setCurrentIndex(row)
    panel.category.activated.emit(row)


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("1.2万", 12_000),
        ("3,456", 3_456),
        ("10w+", 100_000),
        ("很多", None),
        ("2亿", 200_000_000),
        ("3456", 3_456),
        ("5k", 5_000),
        ("1.5W", 15_000),
        ("", None),
        ("约一万", None),
        ("0.57万", 5_700),
        ("2.3亿", 230_000_000),
        ("12.3万+", 123_000),
        ("1,046", 1_046),
        ("3千", 3_000),
        ("1.2.3", None),
        ("-5", None),
    ],
)
def test_counts_are_read_as_platforms_show_them(text: str, number: int | None) -> None:
    # core's, which the bundle's threshold summary reads too: exact, "0.57万" is 5,700 not 5,699
    assert parse_count(text) == number


def test_every_category_has_its_fields() -> None:
    assert set(CATEGORY_FIELDS) == set(CATEGORIES)
    for category in CATEGORIES:
        shown = fields_for(category)
        assert set(shown) <= set(FIELD_KEYS) and len(set(shown)) == len(shown)
        assert shown[: len(required_fields(category))] == required_fields(category)


def test_a_post_shows_what_the_guide_asks_then_its_usual_fields(qtbot: Any, window: Any) -> None:
    _add(window, "post", {"url": LONG_URL, "platform": "微博"})
    panel = window.item_panel
    required = list(required_fields("post"))
    assert _shown(panel) == list(fields_for("post"))
    assert (
        _shown(panel)[: len(required)]
        == required
        == [
            "url",
            "account_id",
            "posted_at_displayed",
            "purpose",
        ]
    )
    for key in ("views", "reposts", "comments", "likes", "content_text", "ip_location"):
        assert key in _shown(panel)
    hidden = [key for key in FIELD_KEYS if key not in fields_for("post")]
    assert hidden and "harm_type" in hidden and "followers" in hidden
    for key in required:
        assert "*" in panel.labels[key].text()
    assert "*" not in panel.labels["platform"].text()
    assert "#b3261e" in panel.labels["account_id"].text()  # asked for and still empty: red
    assert "#b3261e" not in panel.labels["url"].text()
    assert not panel.other_heading.isVisibleTo(panel.form_host)

    # the hint in full, under its field; an empty field shows an example, never the hint
    for key in _shown(panel):
        spec = FIELD_BY_KEY[key]
        assert panel.hints[key].text() == spec.hint
        assert panel.hints[key].isVisibleTo(panel.form_host) and panel.hints[key].wordWrap()
        editor = panel.editors[key]
        assert getattr(editor, "placeholderText", lambda: "")() != spec.hint
    assert panel.hints["account_id"].text() == (
        "The platform ID or UID; a nickname alone identifies nobody."
    )
    assert panel.editors["account_id"].placeholderText() == "e.g. 7788990011"
    # a long address shows its start
    assert panel.editors["url"].text() == LONG_URL
    assert panel.editors["url"].cursorPosition() == 0

    # the rest behind one button, and back
    button = panel.more_button
    assert button.isVisibleTo(panel.form_host)
    assert button.text() == f"Show all fields ({len(hidden)} more)"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert set(_shown(panel)) == set(FIELD_KEYS)
    assert _shown(panel)[: len(fields_for("post"))] == list(fields_for("post"))
    assert panel.other_heading.isVisibleTo(panel.form_host)
    assert button.text() == "Show fewer fields"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert _shown(panel) == list(fields_for("post"))
    assert all(row.window() is window for row in panel.rows.values())  # no stray windows


def test_a_harm_item_shows_its_few_fields_and_any_filled_one(qtbot: Any, window: Any) -> None:
    _add(window, "harm_evidence", {"harm_type": "人肉搜索", "views": "300"})
    panel = window.item_panel
    shown = _shown(panel)
    assert shown[:2] == ["harm_type", "purpose"]
    assert shown == [*fields_for("harm_evidence"), "views"]  # filled, so shown, after the others
    assert panel.other_heading.isVisibleTo(panel.form_host)
    for key in ("reposts", "likes", "url", "posted_at", "followers"):
        assert key not in shown
    assert panel.more_button.isVisibleTo(panel.form_host)
    # another item folds "Show all fields" up again
    qtbot.mouseClick(panel.more_button, Qt.MouseButton.LeftButton)
    assert "reposts" in _shown(panel)
    _add(window, "harm_evidence", {"harm_type": "威胁"})
    assert not panel.more_button.isChecked()
    assert _shown(panel) == list(fields_for("harm_evidence"))


def test_a_new_category_lays_the_form_out_again(qtbot: Any, window: Any) -> None:
    _add(window, "other", {"account_id": "uid:42"})
    panel = window.item_panel
    assert _shown(panel) == list(fields_for("other"))
    assert "followers" not in _shown(panel)
    panel.editors["report_ticket"].setText("JB-2025-001")  # typed into a field not shown yet
    qtbot.mouseClick(panel.more_button, Qt.MouseButton.LeftButton)
    panel.editors["page_title"].setText("车圈真相哥的主页")
    qtbot.mouseClick(panel.more_button, Qt.MouseButton.LeftButton)
    _choose(panel, "account_profile")
    assert panel.item.category == "account_profile"
    shown = _shown(panel)
    assert shown[:3] == ["url", "account_id", "purpose"]
    assert shown[: len(fields_for("account_profile"))] == list(fields_for("account_profile"))
    assert "followers" in shown and "views" not in shown
    assert "page_title" in shown  # typed, not saved yet: kept and shown
    assert panel.editors["page_title"].text() == "车圈真相哥的主页"
    assert panel.changed_fields() == {
        "report_ticket": "JB-2025-001",
        "page_title": "车圈真相哥的主页",
    }


def test_hints_are_translated_in_chinese(qtbot: Any, window: Any) -> None:
    switcher = LanguageSwitcher()
    try:
        switcher.apply("zh_CN")
        _add(window, "post", {})
        panel = window.item_panel
        hint = FIELD_BY_KEY["account_id"].hint
        assert panel.hints["account_id"].text() == tr("Fields", hint, "zh_CN") != hint
        assert "UID" in panel.hints["account_id"].text()
        assert panel.more_button.text().startswith("显示全部字段")
        assert panel.image.fit_button.text() == "适应宽度"
    finally:
        switcher.apply("en")


def test_a_count_or_time_the_app_cannot_read_is_a_soft_warning_and_is_saved(
    qtbot: Any, window: Any
) -> None:
    item = _add(window, "post", {"url": "https://weibo.example/1", "likes": "很多"})
    panel = window.item_panel
    warnings, readings = panel.warnings, panel.readings
    # a stored value is checked when the item is shown
    assert warnings["likes"].isVisibleTo(panel.form_host)
    assert "cannot count this as a number" in warnings["likes"].text()

    def enter(key: str, text: str) -> None:
        editor = panel.editors[key]
        editor.setFocus()
        editor.clear()
        editor.insert(text)  # as typed (Chinese comes in through the input method like this)
        qtbot.keyClick(editor, Qt.Key.Key_Return)  # the owner is done with the field

    views = panel.editors["views"]
    views.setFocus()
    views.insert("很")
    views.insert("多")
    assert not warnings["views"].isVisibleTo(panel.form_host)  # not while typing
    qtbot.keyClick(views, Qt.Key.Key_Return)
    assert warnings["views"].isVisibleTo(panel.form_host)
    assert readings["views"].text() == ""

    enter("reposts", "1.2万")
    assert not warnings["reposts"].isVisibleTo(panel.form_host)
    assert readings["reposts"].text() == "≈ 12,000"
    enter("comments", "10w+")
    assert readings["comments"].text() == "≈ 100,000"
    enter("likes", "3,456")  # already plain: nothing to add, and the warning goes
    assert readings["likes"].text() == "" and not warnings["likes"].isVisibleTo(panel.form_host)

    enter("posted_at", "1月5号晚上")
    assert warnings["posted_at"].isVisibleTo(panel.form_host)
    assert "Posting time shown" in warnings["posted_at"].text()
    enter("posted_at_displayed", "1月5号晚上")  # free text: what the page shows, never warned
    assert not panel.warnings["posted_at_displayed"].isVisibleTo(panel.form_host)

    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    assert window.presenter.shown == []
    stored = window.store.get_item(window.case.id, item.id).fields
    assert stored["views"] == "很多" and stored["posted_at"] == "1月5号晚上"
    assert stored["reposts"] == "1.2万" and stored["comments"] == "10w+"
    assert stored["likes"] == "3,456"
    # shown again after saving: the warnings stay, the values are as written
    assert panel.editors["views"].text() == "很多"
    assert warnings["views"].isVisibleTo(panel.form_host)
    assert warnings["posted_at"].isVisibleTo(panel.form_host)
    assert readings["reposts"].text() == "≈ 12,000"

    enter("posted_at", "2025-01-05 21:14")
    assert not warnings["posted_at"].isVisibleTo(panel.form_host)
    enter("followers", "abc")  # outside the post's fields, but a count all the same
    assert warnings["followers"].text() == warnings["views"].text()


def _mapped_width(view: Any) -> float:
    return float(view.transform().mapRect(view.pixmap_item.boundingRect()).width())


def _activate(qtbot: Any, window: Any) -> None:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5000)


def test_zoom_buttons_and_shortcuts_change_only_the_view(qtbot: Any, window: Any) -> None:
    picture = png_bytes(2000, 3000, (20, 120, 220))
    item = _add(window, "post", {}, picture)
    panel = window.item_panel
    panel.tabs.setCurrentIndex(0)
    preview, view = panel.image, panel.image.view
    assert panel.preview.currentWidget() is preview
    assert preview.hint.isVisible() and "Ctrl + mouse wheel to zoom" in preview.hint.text()
    for button in (preview.fit_button, preview.actual_button, preview.in_button):
        assert button.isVisible()
    assert view.pixmap_item.pixmap().size().toTuple() == (2000, 3000)  # as stored

    # a new picture is fitted to the width, from its top
    viewport = view.viewport().width()
    assert view.fitting and view.zoom < 1
    assert viewport - 4 <= _mapped_width(view) <= viewport
    assert view.verticalScrollBar().value() == 0
    assert preview.zoom_label.text() == f"{round(view.zoom * 100)}%"
    fit = view.zoom

    qtbot.mouseClick(preview.actual_button, Qt.MouseButton.LeftButton)
    assert view.zoom == 1 and view.transform().m11() == 1
    assert _mapped_width(view) == 2000  # one pixel of the picture on one pixel of the screen
    assert preview.zoom_label.text() == "100%"
    middle = view.viewport().rect().center()
    seen = view.mapToScene(middle)
    qtbot.mouseClick(preview.in_button, Qt.MouseButton.LeftButton)
    assert view.zoom == pytest.approx(1.25)
    assert (view.mapToScene(middle) - seen).manhattanLength() < 3  # the middle stays put
    qtbot.mouseClick(preview.out_button, Qt.MouseButton.LeftButton)
    assert view.zoom == pytest.approx(1.0)
    qtbot.mouseClick(preview.fit_button, Qt.MouseButton.LeftButton)
    assert view.zoom == pytest.approx(fit) and view.fitting

    # the shortcuts
    _activate(qtbot, window)
    control = Qt.KeyboardModifier.ControlModifier
    qtbot.keyClick(view, Qt.Key.Key_1, control)
    assert view.zoom == 1
    qtbot.keyClick(view, Qt.Key.Key_Equal, control)
    assert view.zoom == pytest.approx(1.25)
    qtbot.keyClick(view, Qt.Key.Key_Plus, control)
    assert view.zoom == pytest.approx(1.25**2)
    qtbot.keyClick(view, Qt.Key.Key_Minus, control)
    qtbot.keyClick(view, Qt.Key.Key_Minus, control)
    assert view.zoom == pytest.approx(1.0)
    qtbot.keyClick(view, Qt.Key.Key_0, control)
    assert view.zoom == pytest.approx(fit)

    # Ctrl + wheel zooms around the pointer; the wheel alone scrolls
    qtbot.keyClick(view, Qt.Key.Key_1, control)
    view.verticalScrollBar().setValue(800)
    pointer = QPoint(view.viewport().width() // 3, view.viewport().height() // 3)
    under = view.mapToScene(pointer)

    def wheel(modifiers: Qt.KeyboardModifier, steps: int = 1) -> None:
        event = QWheelEvent(
            QPointF(pointer),
            QPointF(view.viewport().mapToGlobal(pointer)),
            QPoint(),
            QPoint(0, 120 * steps),
            Qt.MouseButton.NoButton,
            modifiers,
            Qt.ScrollPhase.NoScrollPhase,
            False,
        )
        QApplication.sendEvent(view.viewport(), event)

    wheel(control)
    assert view.zoom == pytest.approx(1.25) and not view.fitting
    assert (view.mapToScene(pointer) - under).manhattanLength() < 3
    wheel(control, -1)
    assert view.zoom == pytest.approx(1.0)
    assert (view.mapToScene(pointer) - under).manhattanLength() < 3
    top = view.verticalScrollBar().value()
    wheel(Qt.KeyboardModifier.NoModifier, -1)
    assert view.zoom == pytest.approx(1.0) and view.verticalScrollBar().value() > top
    qtbot.keyClick(view, Qt.Key.Key_0, control)
    assert view.zoom == pytest.approx(fit) and view.fitting
    # only while the picture is shown: not in the Details tab
    panel.tabs.setCurrentIndex(1)
    qtbot.keyClick(panel.editors["url"], Qt.Key.Key_1, control)
    assert view.zoom == pytest.approx(fit)

    # the stored file is never touched
    stored = window.store.get_item(window.case.id, item.id).files[0]
    assert window.store.blob_path(stored.sha256).read_bytes() == picture


def test_a_field_too_long_is_refused_saying_the_limit_and_what_to_do(
    qtbot: Any, window: Any
) -> None:
    """Pasting a whole thread into the post text: the app says how long it may be, how long it
    is and what to do, in the owner's language; nothing is saved and the app goes on."""
    switcher = LanguageSwitcher()
    try:
        switcher.apply("zh_CN")
        item = _add(window, "post", {"content_text": "原文"})
        panel = window.item_panel
        editor = panel.editors["content_text"]
        editor.setPlainText("骂" * 212_345)
        qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
        assert window.presenter.shown == [
            "“内容原文”最多 200,000 个字符，现在是 212,345 个。请删去多余的部分。"
        ]
        assert window.store.get_item(window.case.id, item.id).fields["content_text"] == "原文"
        editor.setPlainText("骂" * 200_000)  # cut down to the limit: saved
        qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
        assert len(window.presenter.shown) == 1
        stored = window.store.get_item(window.case.id, item.id).fields["content_text"]
        assert stored == "骂" * 200_000
    finally:
        switcher.apply("en")
