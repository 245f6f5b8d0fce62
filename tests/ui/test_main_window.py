"""The main window on a real store: wizard, drop to import, field edits, guide, language, errors."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
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
    wizard.what_page.respondent.setText("微博用户 @车圈真相哥")
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
    assert "Since" not in case.description  # no date given: none made up
    # the car and the contact are case details of their own, printed in the bundle's case section
    assert (case.car, case.contact) == ("星越L", "138 0000 0000")
    assert (case.claimant, case.respondent, case.party_terms) == (
        "李女士",
        "微博用户 @车圈真相哥",
        "litigation",
    )
    assert window.store.operator.name == "测试车主"  # an operator already named stays


def test_on_first_use_the_owner_named_in_the_wizard_is_the_operator(qtbot, data_dir) -> None:  # type: ignore[no-untyped-def]
    from evidence_app.core.settings import Settings
    from evidence_app.core.store import CaseStore, default_operator
    from evidence_app.ui.main_window import MainWindow

    with CaseStore(data_dir) as store:  # as on a first start: the computer's login name
        assert store.operator == default_operator()
        w = MainWindow(store, Settings())
        qtbot.addWidget(w)
        wizard = w.new_case_wizard()
        assert wizard.owner_page.operator_note.isVisibleTo(wizard)
        assert wizard.windowTitle() == "New case — step 1 of 4"
        wizard.owner_page.owner.setText("李秀英")
        for _ in range(2):
            wizard.button(QWizard.WizardButton.NextButton).click()
        assert wizard.windowTitle() == "New case — step 3 of 4"
        wizard.what_page.what.setPlainText("有人在微博造谣我的车自燃。")
        wizard.what_page.since.setText("2025年1月初")
        wizard.button(QWizard.WizardButton.NextButton).click()
        with qtbot.waitSignal(w.caseOpened):
            wizard.button(QWizard.WizardButton.FinishButton).click()
        [case] = store.list_cases()
        [created] = store.events(case.id)
        assert (created.action, created.operator.name, created.operator.role) == (
            "case_created",
            "李秀英",
            "owner",
        )
        assert Settings.load(data_dir).operator_name == "李秀英"
        assert "李秀英" in w.status_operator.text()
        assert "Since: 2025年1月初" in case.description
        w.runner.shutdown()
        w.close()


def _drop(widget, paths: list[Path]) -> None:  # type: ignore[no-untyped-def]
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    for kind in ("enter", "drop"):
        from PySide6.QtGui import QDragEnterEvent

        cls = QDragEnterEvent if kind == "enter" else QDropEvent
        args = (QPoint(10, 10),)  # QDragEnterEvent takes a QPoint (Qt 6.11 has no QPointF form)
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
    _drop(window.table.viewport(), paths)
    # A drop is an import: it asks what the files are first.
    [dialog] = [d for d in window.dialogs if d.objectName() == "importCategoryDialog"]
    assert window.store.list_items(window.case.id) == []
    with qtbot.waitSignal(window.caseChanged, timeout=10_000):
        dialog.import_button.click()
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
    task = window.import_paths([empty])  # one file given: its own sentence alone
    qtbot.waitUntil(lambda: task.done, timeout=10_000)
    assert (
        window.presenter.shown[-1]
        == "The file " + str(empty) + " is empty (0 bytes); there is nothing to keep."
    )


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
    assert "Account ID: (empty) → uid:42" in window.item_panel.history.toPlainText()


def test_the_guide_panel_follows_the_case(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    panel = window.guide_panel
    assert window.next_step_tool == "new_case"
    # Before any case: the steps are what lies ahead (nothing is "missing" yet), and the step
    # button makes the case every tool needs.
    assert all(panel.steps.item(r).text().startswith("○") for r in range(panel.steps.count()))
    assert panel.action.text() == "Create a case first…"
    panel.action.click()
    assert [type(d).__name__ for d in window.dialogs] == ["NewCaseWizard"]
    window.dialogs[0].close()
    case = window.create_case("t")
    assert panel.action.text() != "Create a case first…"
    assert panel.state_of("capture_first") == MISSING
    assert panel.progress.value() == 0
    assert window.next_step_tool == "browser"
    window.store.add_item(
        case.id, "harm_evidence", {"purpose": "证明损失", "harm_type": "收入损失"}
    )
    window.reload_case()
    assert panel.state_of("capture_first") == DONE and panel.state_of("harm") == DONE
    # The bar counts over every step (a fixed total): done ones and those this case does not
    # need (no posts: no reach to record); the words say which is which.
    assert window.completeness.done >= 3
    assert panel.progress.value() == window.completeness.settled > window.completeness.done
    assert panel.progress.maximum() == len(panel.guide.steps)
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


def test_the_app_name_after_the_window_title_follows_the_language(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QGuiApplication

    window.create_case("t")
    switcher = LanguageSwitcher()  # the real catalogue
    try:
        switcher.apply("zh_CN")
        assert QGuiApplication.applicationDisplayName() == "取证助手"
        assert window._display_name == "取证助手"  # the title was set again with it
    finally:
        switcher.apply("en")
    assert QGuiApplication.applicationDisplayName() == "Evidence App"
    assert window._display_name == "Evidence App" and window.windowTitle() == "t"


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
    window.platform_filter.setCurrentIndex(
        window.platform_filter.findData("Douyin")
    )  # one per platform
    assert window.proxy.rowCount() == 100
    assert window.case_title.text() == "t — 100 of 600 pieces of evidence shown"
    window.category_filter.setCurrentIndex(0)
    window.platform_filter.setCurrentIndex(0)
    assert window.case_title.text() == "t — 600 pieces of evidence"


def test_the_fields_tool_of_a_step_opens_an_item_that_step_asks_about(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    case = window.create_case("t", "o", "2025年1月起有人在微博造谣。")
    window.store.add_item(case.id, "other", {})  # E001: only its purpose is missing
    window.store.add_item(case.id, "post", {"purpose": "证明造谣"})  # E002: no URL, account, time
    window.reload_case()
    assert {g.item for g in window.completeness.status("post_details").gaps} == {"E002"}
    window.open_tool("fields", "post_details")
    assert window.item_panel.item.number == "E002"
    assert window.item_panel.tabs.currentIndex() == 1
    window.open_tool("fields", "purpose")
    assert window.item_panel.item.number == "E001"


def test_files_imported_for_the_harm_step_are_harm_evidence(
    qtbot, window, sample_png, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QFileDialog

    window.create_case("t")
    monkeypatch.setattr(  # the one dialog a test cannot press: the platform's file chooser
        QFileDialog, "getOpenFileNames", staticmethod(lambda *a, **k: ([str(sample_png)], ""))
    )
    window.open_tool("import", "harm")
    # Imports ask what the files are, preselected from the step; nothing is stored before that.
    [dialog] = [d for d in window.dialogs if d.objectName() == "importCategoryDialog"]
    assert dialog.chosen() == "harm_evidence"
    assert window.store.list_items(window.case.id) == []
    with qtbot.waitSignal(window.caseChanged, timeout=10_000):
        dialog.import_button.click()
    [item] = window.store.list_items(window.case.id)
    assert item.category == "harm_evidence"
    # The next import remembers nothing: the menu's import starts from "other" again, and the
    # owner's choice in the dialog is what the files become.
    dialog = window.import_dialog()
    assert dialog.chosen() == "other"
    dialog.category.setCurrentIndex(dialog.category.findData("post"))
    with qtbot.waitSignal(window.caseChanged, timeout=10_000):
        dialog.import_button.click()
    assert [i.category for i in window.store.list_items(window.case.id)] == [
        "harm_evidence",
        "post",
    ]
    # Cancel imports nothing.
    dialog = window.import_dialog("identity_document")
    assert dialog.chosen() == "identity_document"
    dialog.reject()
    assert len(window.store.list_items(window.case.id)) == 2
