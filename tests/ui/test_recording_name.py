"""A recording of the visit is named the same in the item form's category box as in the table and
the bundle (访问过程录像), while its stored category stays ``other`` (the design contract)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from evidence_app.core.store import NewFile
from tests.ui.conftest import png_bytes


@pytest.fixture
def chinese() -> Iterator[None]:
    from evidence_app.ui.language import LanguageSwitcher

    switcher = LanguageSwitcher()
    assert switcher.apply("zh_CN") == "zh_CN"
    yield
    switcher.apply("en")


def _recording(window: Any) -> tuple[str, str, str]:
    case = window.create_case("录像", "车主", "2025年1月起有人在微博造谣我的车。")
    recording = window.store.add_item(
        case.id,
        "other",
        {"purpose": "打开帖子的过程"},
        [
            NewFile("video", "visit.mp4", data=b"\x00\x00\x00\x18ftypmp42" + bytes(64)),
            NewFile("navigation_log", "navigation.json", data=b'{"events": []}'),
        ],
    )
    imported = window.store.add_item(
        case.id, "other", {"purpose": "其他"}, [NewFile("original", "a.png", data=png_bytes())]
    )
    window.reload_case()
    return case.id, recording.id, imported.id


def _table_name(window: Any, item_id: str) -> str:
    model = window.item_model
    column = model.COLUMNS.index("category")
    for row in range(model.rowCount()):
        if model.items[row].id == item_id:
            return str(model.data(model.index(row, column)))
    raise AssertionError(item_id)


def test_the_form_names_a_recording_as_the_table_does(
    qtbot: Any, window: Any, chinese: None
) -> None:
    case_id, recording_id, imported_id = _recording(window)
    panel = window.item_panel
    window.select_item(recording_id)
    assert _table_name(window, recording_id) == "访问过程录像"
    assert panel.category.currentText() == "访问过程录像"
    assert panel.category.currentData() == "other"  # the stored value is unchanged
    assert "访问过程录像" in panel.title.text()
    # Another item of category other is still 其他, in the box and in the table.
    window.select_item(imported_id)
    assert panel.category.currentText() == "其他" == _table_name(window, imported_id)
    assert panel.category.itemText(panel.category.findData("other")) == "其他"
    # Back on the recording: still its own name (the box is renamed per item, not once).
    window.select_item(recording_id)
    assert panel.category.currentText() == "访问过程录像"
    assert window.store.get_item(case_id, recording_id).category == "other"


def test_in_english_too(qtbot: Any, window: Any) -> None:
    _case_id, recording_id, _imported = _recording(window)
    window.select_item(recording_id)
    assert window.item_panel.category.currentText() == "Recording of the visit"
    assert _table_name(window, recording_id) == "Recording of the visit"
