"""Hand-off through the app: pack → unpack on a second data directory → review as support → pack →
unpack at the owner (to-do list, recapture), receipts both ways, and a diverged package as a copy."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from evidence_app.core.integrity import verify_case
from evidence_app.core.model import Operator
from evidence_app.core.store import CaseStore, NewFile
from tests.ui.conftest import png_bytes
from tests.ui.test_main_window import _drop

OWNER_PASS = "owner passphrase 1"
SUPPORT_PASS = "support passphrase 2"


def _window(qtbot, store):  # type: ignore[no-untyped-def]
    from evidence_app.ui.main_window import MainWindow

    window = MainWindow(store)
    qtbot.addWidget(window)
    window.show()
    return window


@pytest.fixture
def presenter(data_dir):  # type: ignore[no-untyped-def]
    from evidence_app.ui.errors import ErrorPresenter, set_presenter

    presenter = ErrorPresenter(data_dir, dialogs=False)
    set_presenter(presenter)
    yield presenter
    set_presenter(None)


def _pack(qtbot, window, out: Path, passphrase: str):  # type: ignore[no-untyped-def]
    dialog = window.pack_dialog()
    with qtbot.waitSignal(dialog.packFinished, timeout=30_000):
        dialog.start_pack(out, passphrase=passphrase)
    assert out.is_file() and dialog.show_folder.isVisible()
    assert str(out) in dialog.outcome.text()
    dialog.close()
    return dialog.result


def _unpack(qtbot, window, path: Path, drop: bool = False):  # type: ignore[no-untyped-def]
    from evidence_app.ui.handoff import UnpackDialog

    with qtbot.waitSignal(window.caseOpened, timeout=30_000):
        if drop:  # onto the window, even before any case is open
            _drop(window, [path])
            [dialog] = [d for d in window.dialogs if isinstance(d, UnpackDialog)]
        else:
            dialog = window.open_package(path)
        qtbot.waitUntil(lambda: dialog.task is None, timeout=30_000)
    return dialog


def test_owner_and_support_pass_a_case_back_and_forth_in_the_app(
    qtbot, presenter, store, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    owner = _window(qtbot, store)
    case = owner.create_case("抖音造谣", "李女士", "2025年3月起有人在抖音造谣。")
    for n in range(2):
        store.add_item(
            case.id, "post", {"url": f"https://douyin.example/{n}"},
            [NewFile("visible", f"shot{n}.png", data=png_bytes(color=(n * 90, 20, 20)))],
        )  # fmt: skip
    owner.reload_case()
    first = _pack(qtbot, owner, tmp_path / "to-support.evcase", OWNER_PASS)
    assert first.events > 3 and first.blobs == 2

    # Support, on its own data directory, opens the package (dropped onto the window).
    with CaseStore(tmp_path / "support-data", Operator("客服小王", "support")) as support_store:
        support = _window(qtbot, support_store)
        assert support.case is None
        dialog = _unpack(qtbot, support, first.path, drop=True)
        assert dialog.outcome_.result.mode == "new"
        assert "imported as a new case" in dialog.message.text()
        assert dialog.receipt_button.isVisible()
        receipt = tmp_path / "receipt.json"
        with qtbot.waitSignal(dialog.receiptWritten, timeout=30_000):
            dialog.write_receipt_to(receipt, passphrase=SUPPORT_PASS)
        assert "Receipt written" in dialog.message.text()
        dialog.close()
        assert support.case.id == case.id and len(support.items) == 2

        # Review as support: E001 reviewed, E002 needs a recapture, the case gets a verdict.
        assert support.act_verdict.isVisible()
        support.select_item(support.items[0].id)
        panel = support.item_panel
        assert panel.mark_button.isVisible() and not panel.again_button.isVisible()
        panel.mark_button.click()
        support.select_item(support.items[1].id)
        ask = support.ask_recapture_dialog()
        assert not ask.ok_button.isEnabled()  # a comment is required
        ask.comment.setPlainText("地址栏被截掉了，请重新截取整页")
        ask.ok_button.click()
        verdict = support.verdict_dialog()
        verdict.choices["usable"].setChecked(True)
        verdict.notes.setPlainText("转发量超过500")
        verdict.ok_button.click()
        assert support.item_model.index(0, 8).data() == "✓ reviewed"
        assert support.item_model.index(1, 8).data() == "⟲ capture again"
        assert "For a lawyer to assess" in support.guide_panel.verdict_label.text()
        assert "recapture" in panel.review_label.text().lower()
        back = _pack(qtbot, support, tmp_path / "to-owner.evcase", SUPPORT_PASS)
        assert verify_case(support_store, case.id).ok

        # The owner takes the package that came back, then the receipt (a receipt imported
        # before would be a change of its own since the split: the package would diverge).
        dialog = _unpack(qtbot, owner, back.path)
        assert dialog.outcome_.result.mode == "extended"
        assert "brought up to date" in dialog.message.text()
        dialog.close()
        event = owner.import_receipt_file(receipt)
        assert event.action == "receipt_imported"
        assert "Receipt recorded: 客服小王 (support) received to-support.evcase" in (
            owner.statusBar().currentMessage()
        )
        assert not owner.act_verdict.isVisible()  # the owner does not review
        guide = owner.guide_panel
        assert guide.review_box.isVisible() and guide.requests.count() == 1
        assert "地址栏" in guide.requests.item(0).text()
        assert owner.next_step_tool == "recapture"  # the banner names the request too
        assert "E002" in owner.next_label.text()
        rect = guide.requests.visualItemRect(guide.requests.item(0))
        qtbot.mouseClick(guide.requests.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        assert owner.item_panel.item.number == "E002"
        assert owner.item_panel.again_button.isVisible()
        assert owner.item_model.index(0, 8).data() == "✓ reviewed"

        # Capturing again links the new item to the request and closes it.
        new_shot = tmp_path / "整页.png"
        new_shot.write_bytes(png_bytes(color=(10, 200, 10)))
        with qtbot.waitSignal(owner.caseChanged, timeout=10_000):
            owner.recapture_paths(owner.item_panel.item.id, [new_shot])
        assert guide.requests.count() == 0 and owner.next_step_tool != "recapture"
        assert owner.item_model.index(1, 8).data() == "recaptured as E003"
        added = [e for e in store.events(case.id) if e.action == "item_added"][-1]
        assert added.payload["recapture_of"] == owner.items[1].id
        assert owner.items[2].category == "post"
        assert verify_case(store, case.id).ok

        # Support changed the case meanwhile too: the package is refused, then kept as a copy.
        support.select_item(support.items[0].id)
        support.item_panel.mark_button.click()
        diverged = _pack(qtbot, support, tmp_path / "diverged.evcase", SUPPORT_PASS)
        dialog = owner.open_package(diverged.path)
        with qtbot.waitSignal(dialog.unpackFailed, timeout=30_000) as failed:
            pass
        assert "Both copies of the case changed after event" in failed.args[0]
        assert "Both copies" in dialog.message.text() and dialog.copy_button.isVisible()
        assert len(store.list_cases()) == 1  # nothing was written
        with qtbot.waitSignal(dialog.unpackFinished, timeout=30_000):
            dialog.copy_button.click()
        assert dialog.outcome_.result.mode == "copy"
        assert "separate copy" in dialog.message.text()
        dialog.close()
        copies = store.list_cases()
        assert len(copies) == 2 and all(verify_case(store, c.id).ok for c in copies)
        assert owner.case.id != case.id  # the copy is shown
        titles = [owner.case_model.index(row).data() for row in range(2)]
        assert sorted(titles) == ["抖音造谣", "抖音造谣 (copy)"]  # the two are told apart
        assert presenter.crash_logs == []
        support.close()
    owner.close()
