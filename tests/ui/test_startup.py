"""Start-up as the app does it: the window's frame paints first, then the store opens and the panes
are built, then the last case fills in. Nothing can be done with a half-built window."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.ui.conftest import png_bytes


def _seed(data_dir: Path) -> str:
    from evidence_app.core.model import Operator
    from evidence_app.core.store import CaseStore, NewFile

    with CaseStore(data_dir, Operator("李女士", "owner")) as store:
        store.create_case("an older case")
        case = store.create_case("被抹黑的车主")
        store.add_item(
            case.id,
            "post",
            {"url": "https://weibo.com/1/2"},
            [NewFile("window", "shot.png", data=png_bytes())],
        )
        return case.id


def test_the_frame_paints_before_the_panes_are_built(
    qtbot: Any, app_window: Any, data_dir: Path
) -> None:
    case_id = _seed(data_dir)
    window = app_window(show=False)
    # Before it shows: only the frame, nothing that needs the store can be triggered.
    assert not window.panes_ready and window.store is None
    assert window.centralWidget() is window.placeholder
    assert not window.act_new_case.isEnabled() and not window.act_export.isEnabled()
    assert [a.text() for a in window.menuBar().actions()] == [
        "&Case",
        "C&apture",
        "&Bundle",
        "&Tools",
    ]
    order: list[str] = []
    window.placeholder.painted.connect(lambda: order.append("painted"))
    window.panesReady.connect(lambda: order.append("panes"))
    with qtbot.waitSignal(window.caseOpened, timeout=30_000) as opened:
        window.show()
    assert order == ["painted", "panes"]
    assert opened.args == [case_id]  # the case used last fills in by itself
    assert window.panes_ready and window.store is not None
    assert window.centralWidget() is not None and window.placeholder is None
    assert window.act_new_case.isEnabled() and window.act_export.isEnabled()
    assert window.proxy.rowCount() == 1
    assert str(data_dir) in window.status_dir.text()


def test_start_up_in_chinese_shows_the_frame_in_chinese(qtbot: Any, app_window: Any) -> None:
    window = app_window(show=False, lang="zh_CN")
    assert window.placeholder.text() == "正在打开你的案件…"
    assert "案件" in window.menuBar().actions()[0].text()
    with qtbot.waitSignal(window.panesReady, timeout=30_000):
        window.show()
    assert window.case is None  # a first start: no case yet, the bar says to make one
    assert window.next_button.text() == "新建案件…"
    assert window.case_title.text() == "还没有案件"


def test_an_unusable_data_directory_is_a_sentence_and_the_window_stays(
    qtbot: Any, tmp_path: Path
) -> None:
    from evidence_app.app import create_main_window
    from evidence_app.ui.errors import set_presenter

    not_a_folder = tmp_path / "data"
    not_a_folder.write_bytes(b"a file where the data folder should be")
    window, presenter = create_main_window(not_a_folder)
    presenter.dialogs = False
    qtbot.addWidget(window)
    try:
        window.show()
        qtbot.waitUntil(lambda: bool(presenter.shown), timeout=30_000)
        assert not window.panes_ready and window.store is None
        assert window.placeholder.text() == presenter.shown[0]
        assert str(not_a_folder) in presenter.shown[0]
        assert window.act_log.isEnabled() and window.act_quit.isEnabled()
        assert not window.act_new_case.isEnabled() and not window.act_settings.isEnabled()
    finally:
        window.close()
        presenter.uninstall()
        set_presenter(None)
    assert not_a_folder.read_bytes() == b"a file where the data folder should be"
