"""The main window on a real store: wizard, drop to import, field edits, guide, language, errors."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication, QWizard

from evidence_app.core.guide import DONE, MISSING
from evidence_app.ui.language import LanguageSwitcher
from evidence_app.ui.models import ItemRole
from tests.ui.conftest import png_bytes

TEST_QM = Path(__file__).resolve().parent.parent / "data" / "ui"


def test_the_wizard_collects_and_finish_creates_the_case(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    wizard = window.new_case_wizard()
    assert window.store.list_cases() == []
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()  # a name is required
    wizard.owner_page.owner.setText("李女士")
    wizard.owner_page.contact.setText("138 0000 0000")
    wizard.button(QWizard.WizardButton.NextButton).click()
    wizard.vehicle_page.model.setText("星越L")
    wizard.button(QWizard.WizardButton.NextButton).click()
    assert not wizard.button(
        QWizard.WizardButton.NextButton
    ).isEnabled()  # what happened is required
    wizard.what_page.what.setPlainText("2025年1月起，多个账号在微博和抖音造谣我的车自燃。")
    wizard.button(QWizard.WizardButton.NextButton).click()
    wizard.platforms_page.boxes[0].setChecked(True)
    wizard.platforms_page.other.setText("车友群")
    assert window.store.list_cases() == []  # pages collect; nothing is written before Finish
    with qtbot.waitSignal(window.caseOpened):
        wizard.button(QWizard.WizardButton.FinishButton).click()
    [case] = window.store.list_cases()
    assert case.owner == "李女士"
    assert "星越L" in case.title or "李女士" in case.title
    assert (
        "造谣" in case.description
        and "微博 Weibo" in case.description
        and "车友群" in case.description
    )
    assert window.case.id == case.id
    # The narrative from the wizard satisfies the guide's narrative step.
    assert window.completeness.status("narrative").state == DONE


def _drop(widget, paths: list[Path]) -> None:  # type: ignore[no-untyped-def]
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    for kind in ("enter", "drop"):
        from PySide6.QtGui import QDragEnterEvent

        cls = QDragEnterEvent if kind == "enter" else QDropEvent
        args = (QPointF(10, 10),)
        event = cls(
            *args,
            Qt.DropAction.CopyAction,
            mime,
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
        )
        QApplication.sendEvent(widget, event)
        assert event.isAccepted()


def test_dropping_files_on_the_table_imports_them(qtbot, window, tmp_path) -> None:  # type: ignore[no-untyped-def]
    window.create_case("t", "o", "")
    paths = []
    for n in range(3):
        path = tmp_path / f"shot{n}.png"
        path.write_bytes(png_bytes(color=(n * 60, 10, 10)))
        paths.append(path)
    with qtbot.waitSignal(window.caseChanged, timeout=10_000):
        _drop(window.table.viewport(), paths)
    assert [i.number for i in window.store.list_items(window.case.id)] == ["E001", "E002", "E003"]
    assert window.proxy.rowCount() == 3
    assert window.item_model.items[0].files[0].name == "shot0.png"
    # Thumbnails are decoded off the GUI thread and then shown.
    index = window.item_model.index(0, 1)
    window.item_model.data(index, Qt.ItemDataRole.DecorationRole)
    qtbot.waitUntil(
        lambda: window.item_model.data(index, Qt.ItemDataRole.DecorationRole) is not None
    )


def test_bad_files_in_a_drop_are_named_and_the_good_ones_all_imported(
    qtbot, window, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    window.create_case("t")
    good = tmp_path / "good.png"
    good.write_bytes(png_bytes())
    empty = tmp_path / "empty.png"
    empty.write_bytes(b"")
    folder = tmp_path / "a folder"
    folder.mkdir()
    later = tmp_path / "later.png"
    later.write_bytes(png_bytes(color=(0, 90, 0)))
    task = window.import_paths([good, empty, folder, later])
    qtbot.waitUntil(lambda: task.done, timeout=10_000)
    items = window.store.list_items(window.case.id)
    assert [i.files[0].name for i in items] == ["good.png", "later.png"]
    assert len(window.presenter.shown) == 1  # one sentence for the whole drop
    message = window.presenter.shown[0]
    assert message.startswith("2 file(s) added; 2 could not be added:")
    assert "empty.png" in message and "a folder" in message
    assert window.presenter.crash_logs == []


def test_editing_a_field_records_custody_and_updates_completeness(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    from evidence_app.core.store import NewFile

    case = window.create_case("t", "o", "2025年1月起有人在微博造谣。")
    window.store.add_item(
        case.id,
        "post",
        {"url": "https://weibo.example/1"},
        [NewFile("window", "w.png", data=png_bytes())],
    )
    window.reload_case()
    window.select_item(window.item_model.items[0].id)
    assert window.item_panel.item.number == "E001"
    assert window.completeness.status("post_details").state == MISSING
    assert "account_id" in window.item_panel.missing_fields
    before = len(window.store.events(case.id))
    window.item_panel.editors["account_id"].setText("uid:42")
    window.item_panel.editors["posted_at_displayed"].setText("2025-01-03 10:00")
    window.item_panel.save_button.click()
    events = window.store.events(case.id)[before:]
    assert [(e.action, e.payload["key"], e.payload["new"]) for e in events] == [
        ("field_edited", "account_id", "uid:42"),
        ("field_edited", "posted_at_displayed", "2025-01-03 10:00"),
    ]
    assert window.completeness.status("post_details").state == DONE
    assert (
        window.completeness.status("account_profiles").state == MISSING
    )  # uid:42 now needs a profile
    assert "field_edited" in window.item_panel.history.toPlainText()


def test_the_guide_panel_follows_the_case(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    panel = window.guide_panel
    assert window.next_step_tool == "new_case"
    case = window.create_case("t")
    assert panel.state_of("capture_first") == MISSING
    assert panel.progress.value() == 0
    assert window.next_step_tool == "browser"
    window.store.add_item(
        case.id, "harm_evidence", {"purpose": "证明损失", "harm_type": "收入损失"}
    )
    window.reload_case()
    assert panel.state_of("capture_first") == DONE and panel.state_of("harm") == DONE
    assert panel.progress.value() == window.completeness.done >= 3
    window.set_narrative("2025年1月起多个账号造谣，我的生意受到影响。")
    assert panel.state_of("narrative") == DONE
    assert panel.steps.item(0).text().startswith("✓")
    # The step button opens the step's tool (the narrative dialog here).
    panel.steps.setCurrentRow([s.id for s in panel.guide.steps].index("narrative"))
    panel.action.click()
    assert any(type(d).__name__ == "NarrativeDialog" for d in window.dialogs)


def test_the_language_switch_retranslates_the_open_window(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    window.create_case("t")
    switcher = LanguageSwitcher(qm_dir=TEST_QM)
    assert window.cases_label.text() == "Your cases"
    try:
        switcher.apply("zh_CN")
        assert window.cases_label.text() == "你的案件"
        assert window.act_import.text() == "导入文件…"
        assert window.item_model.headerData(0, Qt.Orientation.Horizontal) == "编号"
        # Guide content follows the core language at once.
        assert window.guide_panel.steps.item(0).text().endswith("先取证，再回复、举报或拉黑")
    finally:
        switcher.apply("en")
    assert window.cases_label.text() == "Your cases"
    assert (
        window.guide_panel.steps.item(0)
        .text()
        .endswith("Capture first, before you reply, report or block")
    )


def test_filters_and_search_look_at_the_whole_case(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    case = window.create_case("t")
    for n in range(600):
        window.store.add_item(
            case.id,
            "post" if n % 2 else "comment",
            {"platform": "微博" if n % 3 else "抖音", "account_id": f"uid{n}"},
        )
    with qtbot.waitSignal(window.caseChanged, timeout=10_000):
        window.reload_case()  # more than SYNC_LOAD_ITEMS: read off the GUI thread
        assert window.loading and "…" in window.case_title.text()
    assert not window.loading and "600" in window.case_title.text()
    assert window.item_model.rowCount() < 600  # handed to the view in batches
    window.search.setText("uid599")
    assert window.proxy.rowCount() == 1
    assert window.proxy.index(0, 0).data(ItemRole).number == "E600"
    window.search.clear()
    window.category_filter.setCurrentIndex(window.category_filter.findData("comment"))
    assert window.proxy.rowCount() == 300
    window.platform_filter.setCurrentIndex(window.platform_filter.findData("抖音"))
    assert window.proxy.rowCount() == 100
