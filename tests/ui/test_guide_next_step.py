"""The next-step bar says what is really missing and opens it; the guide's progress total is fixed.

An owner who saved a poster's home page but did not fill in its account ID is asked for the ID on
that item (its form opens), not to save the home page again; the progress bar counts over every
step of the guide, so adding evidence never makes the total jump.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from evidence_app.core.guide import load_guide
from evidence_app.core.store import NewFile
from tests.ui.conftest import png_bytes

POST = {
    "url": "https://weibo.example/1",
    "account_id": "uid:42",
    "posted_at_displayed": "1月5日 21:14",
    "purpose": "证明造谣",
}


@pytest.fixture
def chinese() -> Iterator[None]:
    from evidence_app.ui.language import LanguageSwitcher

    switcher = LanguageSwitcher()
    assert switcher.apply("zh_CN") == "zh_CN"
    yield
    switcher.apply("en")


def test_a_home_page_without_its_id_is_what_the_bar_asks_for(
    qtbot: Any, window: Any, chinese: None
) -> None:
    store = window.store
    case = window.create_case("微博造谣", "李女士", "2025年1月起，有账号在微博造谣我的车自燃。")
    store.add_item(case.id, "post", POST, [NewFile("window", "w.png", data=png_bytes())])
    profile = store.add_item(
        case.id,
        "account_profile",
        {"url": "https://weibo.example/u/42", "purpose": "发帖人"},
        [NewFile("window", "p.png", data=png_bytes(color=(0, 0, 200)))],
    )
    window.reload_case()
    title = load_guide().step("account_profiles").title("zh_CN")  # 保存发帖账号的主页
    text = window.next_label.text()
    assert title not in text
    assert profile.number in text and "账号ID" in text, text
    assert window.next_button.text() == "填写详细信息"
    # The guide's own button for the step opens the item form too.
    panel = window.guide_panel
    panel.steps.setCurrentRow(load_guide().steps.index(load_guide().step("account_profiles")))
    assert panel.action.text() == "填写详细信息"
    window.next_button.click()
    assert window.item_panel.item is not None and window.item_panel.item.id == profile.id
    assert window.item_panel.tabs.currentIndex() == 1  # the details form
    assert "account_id" in window.item_panel.missing_fields
    assert window.focusWidget() is window.item_panel.editors["account_id"]  # the cursor is there
    # Filled in, the bar moves on to what comes next.
    store.edit_fields(case.id, profile.id, {"account_id": "uid:42"})
    window.reload_case(profile.id)
    assert profile.number not in window.next_label.text()


def test_the_progress_total_stays_the_same_as_evidence_is_added(
    qtbot: Any, window: Any, chinese: None
) -> None:
    steps = len(load_guide().steps)
    bar = window.guide_panel.progress
    totals = [bar.maximum()]
    case = window.create_case("t")
    totals.append(bar.maximum())
    window.store.add_item(case.id, "harm_evidence", {"purpose": "p", "harm_type": "订单取消"})
    window.reload_case()
    totals.append(bar.maximum())
    assert "无需" in bar.format(), bar.format()  # the steps this case does not need, said
    window.store.add_item(case.id, "post", POST, [NewFile("window", "w.png", data=png_bytes())])
    window.reload_case()
    totals.append(bar.maximum())
    assert totals == [steps] * 4
    assert f"/{steps}" in bar.format(), bar.format()
