"""传播分析 and 批量取证 in the desktop app: groups largest first with timeline strips; a queue that
captures a pasted list with real QtWebEngine pages, shows states, and retries failures."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from evidence_app.core.store import NewFile
from tests.fixtures.campaign_site import POSTS, Forum, forum_page


def _html_case(window):  # type: ignore[no-untyped-def]
    case = window.create_case("水军", "李女士", "")
    for post in POSTS:
        html = forum_page("t", post.nickname, post.account_id, post.posted, post.text)
        window.store.add_item(
            case.id,
            "post",
            {"url": "http://127.0.0.1:9" + post.path},
            [NewFile("html", "page.html", data=html.encode("utf-8"))],
        )
    window.reload_case()
    return case


def test_analysis_view_lists_groups_largest_first(qtbot, window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _html_case(window)
    menus = window.campaign_menus
    menus.refresh()
    assert menus.act_analysis.isEnabled() and menus.act_batch.isEnabled()
    assert menus.act_analysis in window.menu_bundle.actions()
    assert menus.act_batch in window.menu_capture.actions()
    view = menus.open_analysis()
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.loaded, timeout=60_000):
        pass
    tree = view.tree
    assert tree.topLevelItemCount() == 3
    sizes = [tree.topLevelItem(i).child(0).childCount() for i in range(3)]
    assert sizes == [7, 6, 5]
    first = tree.topLevelItem(0)
    strip = tree.itemWidget(first, 2)
    positions = strip.positions()
    assert len(positions) == 7 and positions[0] == 0.0 and positions[-1] == 1.0
    first.setExpanded(True)
    first.child(0).setExpanded(True)
    first.child(1).setExpanded(True)
    view.grab().save(str(tmp_path / "campaign-view.png"))
    if os.environ.get("H15_SHOTS"):
        view.grab().save("/tmp/h15-campaign-view.png")
    assert first.child(0).child(0).text(0).startswith("E0")
    accounts = first.child(1)
    assert accounts.childCount() == 5
    view.close()


@pytest.mark.slow
def test_batch_window_captures_a_pasted_list_and_retries_failures(
    qtbot, window, forum: Forum, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    from evidence_app.capture.batch import BatchSettings
    from evidence_app.ui.campaign.batch import BatchCaptureDialog

    case = window.create_case("批量", "", "")
    window.reload_case()
    urls = forum.urls()[:3]
    wall = forum.url + "/wall/2"
    dialog = BatchCaptureDialog(window.store, case.id, BatchSettings(host_delay_s=0), window)
    qtbot.addWidget(dialog)
    dialog.input.setPlainText("# 待取证\n" + "\n".join([*urls, urls[0], wall]))
    with qtbot.waitSignal(dialog.finished_batch, timeout=180_000):
        dialog.start()
        assert dialog.batch is not None and dialog.pause_button.isEnabled()
    assert [dialog.state_of(u) for u in urls] == ["done"] * 3
    assert dialog.state_of(wall) == "login_wall"
    assert dialog.progress.value() == 3
    assert dialog.retry_button.isEnabled()
    dialog.grab().save(str(tmp_path / "batch.png"))
    if os.environ.get("H15_SHOTS"):
        dialog.grab().save("/tmp/h15-batch.png")
    numbers = {i.fields["url"]: i.number for i in window.store.list_items(case.id)}
    assert sorted(numbers) == sorted(urls)
    # Retry: the wall is asked again (and is still a wall); nothing captured twice.
    with qtbot.waitSignal(dialog.finished_batch, timeout=120_000):
        dialog.retry_failed()
    assert dialog.state_of(wall) == "login_wall"
    assert len(window.store.list_items(case.id)) == 3
    dialog.close()


@pytest.mark.slow
def test_batch_window_shows_and_finishes_what_a_crashed_run_left(
    qtbot, window, forum: Forum
) -> None:  # type: ignore[no-untyped-def]
    from evidence_app.capture.batch import BatchSettings
    from evidence_app.core.capture_queue import CaptureQueue
    from evidence_app.ui.campaign.batch import BatchCaptureDialog

    case = window.create_case("续传", "", "")
    url = forum.urls()[5]
    queue = CaptureQueue(window.store, case.id)
    queue.add([url])
    queue.start(url)  # the app died while this page was loading
    dialog = BatchCaptureDialog(window.store, case.id, BatchSettings(host_delay_s=0), window)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 1 and dialog.state_of(url) == "running"
    assert "1 pages of an earlier list are still waiting" in dialog.message.text()
    with qtbot.waitSignal(dialog.finished_batch, timeout=120_000):
        dialog.start()  # nothing pasted: carry on with the case's queue
    assert dialog.state_of(url) == "done"
    assert [i.fields["url"] for i in window.store.list_items(case.id)] == [url]
    dialog.close()
