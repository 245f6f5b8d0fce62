"""The item panel as an owner reads it: the category chosen in the Details tab (a custody event at
once), files and history in plain words in both languages, a sentence for a picture that is not one."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

from evidence_app.core.guide import DONE, MISSING
from evidence_app.core.model import CATEGORIES
from evidence_app.core.store import NewFile
from evidence_app.ui.language import LanguageSwitcher
from tests.ui.conftest import png_bytes

NOT_A_PICTURE = "This file is not a picture that can be shown; it is kept unchanged."


def _choose(panel: Any, category: str) -> None:
    """Pick *category* in the combo the way a click on it does (``activated``)."""
    row = panel.category.findData(category)
    panel.category.setCurrentIndex(row)
    panel.category.activated.emit(row)


def _post_and_imported_profile(window: Any) -> tuple[str, str]:
    case = window.create_case("t", "o", "2025年1月起有人在微博造谣。")
    window.store.add_item(
        case.id,
        "post",
        {"url": "https://weibo.example/1", "account_id": "uid:42"},
        [NewFile("window", "w.png", data=png_bytes())],
    )
    profile = window.store.add_item(
        case.id,
        "other",
        {"account_id": "uid:42", "account_name": "汽车爆料君"},
        [NewFile("original", "主页.png", data=png_bytes(color=(0, 0, 200)))],
    )
    window.reload_case()
    return case.id, profile.id


def test_choosing_a_category_records_it_and_completes_the_guide_step(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    case_id, profile_id = _post_and_imported_profile(window)
    window.select_item(profile_id)
    panel = window.item_panel
    assert [panel.category.itemData(i) for i in range(panel.category.count())] == list(CATEGORIES)
    assert panel.category.currentText() == "Other" and panel.category.isEnabled()
    assert window.completeness.status("account_profiles").state == MISSING
    panel.editors["report_ticket"].setText("typed, not saved yet")
    before = len(window.store.events(case_id))
    _choose(panel, "account_profile")
    events = window.store.events(case_id)[before:]
    assert [(e.action, e.item, e.payload) for e in events] == [
        ("category_changed", profile_id, {"old": "other", "new": "account_profile"})
    ]
    assert window.store.get_item(case_id, profile_id).category == "account_profile"
    # the table, the guide and the panel follow at once
    row = window.item_model.row_of(profile_id)
    column = window.item_model.COLUMNS.index("category")
    assert window.item_model.index(row, column).data() == "Account profile"
    assert window.completeness.status("account_profiles").state == DONE
    assert window.guide_panel.state_of("account_profiles") == DONE
    assert panel.item.category == "account_profile"
    assert panel.category.currentText() == "Account profile"
    assert "Account profile" in panel.title.text()
    assert window.statusBar().currentMessage() == (
        "Saved. The change is recorded in the custody log."
    )
    assert panel.editors["report_ticket"].text() == "typed, not saved yet"  # kept, unsaved
    assert "Category: Other → Account profile" in panel.history.toPlainText()
    # choosing the category it already has records nothing
    before = len(window.store.events(case_id))
    _choose(panel, "account_profile")
    assert len(window.store.events(case_id)) == before
    assert window.presenter.shown == []


def test_a_withdrawn_item_keeps_its_category(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    case_id, profile_id = _post_and_imported_profile(window)
    window.store.withdraw_item(case_id, profile_id, "拍错了")
    window.reload_case()
    window.select_item(profile_id)
    panel = window.item_panel
    assert not panel.category.isEnabled()
    before = len(window.store.events(case_id))
    window.set_category("account_profile")  # even if asked directly: one sentence, no change
    assert window.presenter.shown == ["E002 is withdrawn; its category can no longer be changed."]
    assert len(window.store.events(case_id)) == before
    assert panel.category.currentData() == "other"


def test_files_and_history_are_plain_words(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    case = window.create_case("t")
    item = window.store.add_item(
        case.id,
        "post",
        {"url": "https://weibo.example/1"},
        [
            NewFile("window", "window.png", data=png_bytes()),
            NewFile("full_page", "page.png", data=b"\x89PNG" + bytes(34_397)),
            NewFile("provenance", "capture.json", data=b"{}"),
        ],
    )
    window.store.edit_fields(case.id, item.id, {"account_name": "汽车爆料君"})
    window.reload_case()
    window.select_item(item.id)
    panel = window.item_panel
    files = panel.files.toPlainText()
    assert "Window with address bar and clock" in files and "Whole page" in files
    assert "Capture record (JSON)" in files
    assert "33.6 KB" in files and "2 bytes" in files
    for raw in ("full_page", "provenance", "image/png", "34,401 B"):
        assert raw not in files
    for stored in item.files:
        assert f"SHA-256: {stored.sha256}" in files  # in full, for the lawyer to compare
    history = panel.history.toPlainText()
    for raw in ("item_added", "file_stored", "field_edited", "(owner)", "captured_at_local"):
        assert raw not in history
    assert "Item added" in history and "Added as Post" in history
    assert "(Owner)" in history
    assert "Window with address bar and clock: window.png" in history
    assert "Account name: (empty) → 汽车爆料君" in history
    event = window.store.events(case.id, item.id)[-1]
    shown = event.at_local[:19].replace("T", " ")
    assert shown in history and event.at_local not in history  # the exact value: a tooltip
    assert any(event.at_local in tip for tip in _tooltips(panel.history.document()))


def _tooltips(document) -> list[str]:  # type: ignore[no-untyped-def]
    """The tooltips of a rich-text document's fragments (a span's title)."""
    tips = []
    block = document.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            tip = it.fragment().charFormat().toolTip()
            if tip:
                tips.append(tip)
            it += 1
        block = block.next()
    return tips


def test_in_chinese_the_panel_reads_in_chinese(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    case_id, profile_id = _post_and_imported_profile(window)
    window.store.edit_fields(case_id, profile_id, {"account_name": ""})
    switcher = LanguageSwitcher()
    try:
        switcher.apply("zh_CN")
        window.select_item(profile_id)
        panel = window.item_panel
        assert panel.category.currentText() == "其他"
        history = panel.history.toPlainText()
        assert "（车主）" in history and "Owner" not in history
        assert "新增证据" in history and "Item added" not in history
        assert "账号名称：汽车爆料君 → （空）" in history
        files = panel.files.toPlainText()
        assert "原始文件" in files and "字节" in files
        _choose(panel, "account_profile")
        assert "类别：其他 → 账号主页" in panel.history.toPlainText()
        assert window.statusBar().currentMessage() == QCoreApplication.translate(
            "MainWindow", "Saved. The change is recorded in the custody log."
        )
    finally:
        switcher.apply("en")


def test_a_text_file_named_png_is_a_sentence_in_the_preview(
    qtbot: Any, window: Any, tmp_path: Path
) -> None:
    case = window.create_case("t")
    fake = tmp_path / "截图.png"
    fake.write_text("这不是图片，只是一段文字。", encoding="utf-8")
    [item] = window.store.import_files(case.id, [fake])
    assert item.files[0].mime == "image/png"  # by its name: kept as it is
    window.reload_case()
    window.select_item(item.id)
    panel = window.item_panel
    assert panel.preview.currentWidget() is panel.no_preview
    assert panel.no_preview.text() == NOT_A_PICTURE
    assert NOT_A_PICTURE in panel.files.toPlainText()
    assert window.store.blob_path(item.files[0].sha256).read_bytes() == fake.read_bytes()
    # a real picture after it is shown again
    good = window.store.add_item(
        case.id, "other", {}, [NewFile("original", "ok.png", data=png_bytes())]
    )
    window.reload_case()
    window.select_item(good.id)
    assert panel.preview.currentWidget() is panel.image
    assert not panel.image.pixmap_item.pixmap().isNull()


def test_the_header_says_the_time_is_the_computers_clock_and_whether_it_was_imported(
    qtbot, window
) -> None:  # type: ignore[no-untyped-def]
    """Rule 3: the system clock is labelled as such, and an import is not called a capture."""
    from html import unescape

    case_id, profile_id = _post_and_imported_profile(window)
    panel = window.item_panel
    post = next(i for i in window.store.list_items(case_id) if i.id != profile_id)
    window.select_item(post.id)
    header = unescape(panel.title.text())
    assert "Captured " in header and "time from this computer's clock" in header
    window.select_item(profile_id)
    header = unescape(panel.title.text())
    assert "Imported " in header and "Captured" not in header
    assert "time from this computer's clock" in header
