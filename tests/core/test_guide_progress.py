"""The guide points at what is really missing, and counts its progress over a fixed number of steps.

A saved home page without an account ID is a field to fill in on that item (not a page to capture
again); the progress total is every step of the guide, whatever the case holds.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from evidence_app.core.guide import DONE, MISSING, evaluate, load_guide
from evidence_app.core.settings import Settings
from evidence_app.core.store import CaseStore, NewFile

PNG = (
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x02\x00\x00\x00"
    b"\x90wS\xde\x00\x00\x00\x0cIDATx\x9cc\xf8\xcf\xc0\x00\x00\x03\x01\x01\x00\xc9\xfe\x92\xef"
    b"\x00\x00\x00\x00IEND\xaeB`\x82"
)
POST = {
    "url": "https://weibo.example/1",
    "account_id": "uid:42",
    "posted_at_displayed": "1月5日 21:14",
    "purpose": "证明造谣",
}


@pytest.fixture
def store(data_dir: Path) -> CaseStore:
    with CaseStore(data_dir) as s:
        yield s


def test_a_home_page_without_an_account_id_asks_for_the_id_on_that_item(store: CaseStore) -> None:
    case = store.create_case("t")
    store.add_item(case.id, "post", POST, [NewFile("window", "w.png", data=PNG)])
    profile = store.add_item(
        case.id,
        "account_profile",
        {"url": "https://weibo.example/u/42", "purpose": "发帖人"},
        [
            NewFile("window", "p.png", data=PNG),
            NewFile("mhtml", "p.mhtml", data=b"MIME-Version: 1.0\r\n\r\n"),
        ],
    )
    status = evaluate(store, case.id).status("account_profiles")
    assert status.state == MISSING
    first = status.gaps[0]
    assert first.item == profile.number and first.params["fields"] == ["account_id"]
    assert first.message("en") == (
        f"{profile.number} is a saved home page without an account ID: fill it in there."
    )
    assert profile.number in first.message("zh_CN") and "账号" in first.message("zh_CN")
    assert status.tool == "fields"  # the item form, not the browser
    # The account ID is asked once in the table's count, though two steps name it.
    result = evaluate(store, case.id)
    assert result.item_missing_fields[profile.number] == ("account_id",)
    assert result.missing_count(profile.number) == 1
    # Filled in with the poster's ID, the step is done.
    store.edit_fields(case.id, profile.id, {"account_id": "uid:42"})
    status = evaluate(store, case.id).status("account_profiles")
    assert status.state == DONE and status.tool == "browser"


def test_a_poster_without_any_home_page_still_asks_for_a_capture(store: CaseStore) -> None:
    case = store.create_case("t")
    store.add_item(case.id, "post", POST, [NewFile("window", "w.png", data=PNG)])
    # A home page of someone else (with its ID) does not count for uid:42.
    store.add_item(case.id, "account_profile", {"url": "u", "account_id": "uid:7", "purpose": "p"})
    status = evaluate(store, case.id).status("account_profiles")
    assert [g.item for g in status.gaps] == [None]
    assert "uid:42" in status.gaps[0].message("en")
    assert status.tool == "browser"


def test_the_progress_total_never_changes_as_the_case_grows(
    store: CaseStore, data_dir: Path
) -> None:
    steps = len(load_guide().steps)
    case = store.create_case("t")
    seen: list[tuple[int, int, int]] = []

    def look() -> None:
        result = evaluate(store, case.id)
        seen.append((result.total, result.done, result.settled))

    look()  # an empty case
    store.add_item(case.id, "harm_evidence", {"purpose": "p", "harm_type": "订单取消"})
    look()  # imported files only: the web steps are not needed
    post = store.add_item(
        case.id, "post", {"url": POST["url"]}, [NewFile("window", "w.png", data=PNG)]
    )
    look()  # a post: the web steps are needed after all
    store.edit_fields(case.id, post.id, POST)
    look()
    store.add_item(case.id, "account_profile", {"url": "u", "purpose": "p"})
    look()  # a home page without its ID yet
    Settings(tsa_urls=["http://127.0.0.1:9/tsa"]).save(data_dir)
    look()  # a time service chosen: the time-stamp step is needed now
    store.edit_case(case.id, description="2025年1月起，有账号在微博造谣我的车自燃。")
    look()
    assert {total for total, _done, _settled in seen} == {steps}
    for total, done, settled in seen:
        assert 0 <= done <= settled <= total
    # More done never shows less: the count over the fixed total grows with the work.
    assert seen[-1][1] > seen[0][1]
