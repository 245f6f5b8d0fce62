"""One rule for "required": the form's red * marks, the table's "N missing" and the guide's gaps
name the same fields in the same words; one name per platform; Tab leaves the table."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from evidence_app.core.fields import FIELD_BY_KEY
from evidence_app.core.platforms import canonical_platform, platform_label
from evidence_app.core.store import NewFile
from evidence_app.ui.models import ItemRole
from tests.ui.conftest import png_bytes


def red_fields(panel: Any) -> set[str]:
    return {key for key, label in panel.labels.items() if "#b3261e" in label.text()}


def complete_text(window: Any, item_id: str) -> tuple[str, str]:
    model = window.item_model
    row = model.row_of(item_id)
    column = model.COLUMNS.index("complete")
    index = model.index(row, column)
    return index.data(), index.data(Qt.ItemDataRole.ToolTipRole)


def test_form_table_and_guide_name_the_same_missing_fields(qtbot: Any, window: Any) -> None:
    store = window.store
    case = window.create_case("一条规则")
    harm = store.add_item(
        case.id, "harm_evidence", {}, [NewFile("original", "h.png", data=png_bytes())]
    )
    message = store.add_item(
        case.id,
        "private_message",
        {"purpose": "证明威胁"},
        [NewFile("original", "m.png", data=png_bytes())],
    )
    window.reload_case()
    for item, fields in ((harm, {"harm_type", "purpose"}), (message, {"account_id"})):
        window.select_item(item.id)
        assert red_fields(window.item_panel) == fields  # the form
        text, tooltip = complete_text(window, item.id)
        assert text == f"{len(fields)} missing"  # the table counts each field
        labels = [FIELD_BY_KEY[k].label_in() for k in fields]
        assert all(label in tooltip for label in labels), tooltip  # with the same words
        guide = [g.message() for g in window.completeness.gaps() if g.item == item.number]
        assert guide and all(any(label in line for line in guide) for label in labels)
        assert set(window.completeness.item_missing_fields[item.number]) == fields
    # Filled in: the red goes, the table says complete (for fields), the guide's gap goes.
    window.select_item(harm.id)
    window.item_panel.editors["harm_type"].setText("名誉受损")
    window.item_panel.editors["purpose"].setPlainText("证明损失")
    window.commit_edits()
    assert red_fields(window.item_panel) == set()
    assert "harm_type" not in window.completeness.item_missing_fields.get(harm.number, ())


def test_one_name_per_platform_in_the_filter(qtbot: Any, window: Any) -> None:
    store = window.store
    case = window.create_case("平台")
    for name in ("Weibo", "微博", "weibo", "抖音", "某论坛"):
        store.add_item(
            case.id, "post", {"platform": name}, [NewFile("window", "a.png", data=png_bytes())]
        )
    window.reload_case()
    entries = [window.platform_filter.itemText(i) for i in range(1, window.platform_filter.count())]
    assert sorted(entries) == sorted(["Weibo", "Douyin", "某论坛"])  # the English UI of the test
    assert (
        canonical_platform(" 新浪微博 ") == "Weibo" and platform_label("weibo", "zh_CN") == "微博"
    )
    window.platform_filter.setCurrentIndex(window.platform_filter.findData("Weibo"))
    assert window.proxy.rowCount() == 3


def test_tab_leaves_the_evidence_table(qtbot: Any, window: Any) -> None:
    store = window.store
    case = window.create_case("键盘")
    item = store.add_item(case.id, "post", {}, [NewFile("window", "a.png", data=png_bytes())])
    window.reload_case()
    window.activateWindow()
    window.table.setFocus()
    qtbot.waitUntil(window.table.hasFocus, timeout=2000)
    window.select_item(item.id)
    QTest.keyClick(window.table, Qt.Key.Key_Tab)
    assert not window.table.hasFocus()
    assert window.table.selectionModel().selectedRows()[0].data(ItemRole).id == item.id
