"""The guide's steps say why they wait or are not needed, and the export step notices changes."""

from __future__ import annotations

from pathlib import Path

import pytest

from evidence_app.core.guide import DONE, MISSING, NOT_APPLICABLE, evaluate
from evidence_app.core.settings import Settings
from evidence_app.core.store import CaseStore, NewFile


@pytest.fixture
def store(data_dir: Path) -> CaseStore:
    with CaseStore(data_dir) as s:
        yield s


def whys(store: CaseStore, case_id: str, lang: str = "en") -> dict[str, str]:
    result = evaluate(store, case_id)
    return {s.step.id: s.why.message(lang) for s in result.steps if s.why is not None}


def test_a_new_case_waits_for_earlier_steps_and_never_calls_the_export_not_needed(
    store: CaseStore,
) -> None:
    case = store.create_case("新案")
    result = evaluate(store, case)
    not_applicable = [s for s in result.steps if s.state == NOT_APPLICABLE]
    assert not_applicable  # post details, account pages, reach, …, time-stamp, export
    for status in not_applicable:
        assert status.waiting, status.step.id
        assert status.why is not None
        assert status.why.message("zh_CN") == "完成前面的步骤后再做"
    export = result.status("export")
    assert export.state == NOT_APPLICABLE and export.waiting
    assert "not needed" not in export.why.message("en")  # type: ignore[union-attr]
    assert all(s.why is None for s in result.steps if s.state != NOT_APPLICABLE)


def test_steps_that_do_not_apply_to_this_case_say_why_in_plain_words(store: CaseStore) -> None:
    case = store.create_case("t")
    store.add_item(case.id, "harm_evidence", {"purpose": "p", "harm_type": "订单取消"})
    words = whys(store, case.id, "zh_CN")
    assert words["post_details"] == "无需此步：本案没有帖子或评论"
    assert words["reach"] == "无需此步：本案没有帖子"
    assert words["recording"] == "无需此步：本案没有帖子或账号主页"
    assert words["raw_page"] == "无需此步：没有截取网页，只导入了文件"
    # Without a time service the time-stamp step says what to do, not "not needed".
    assert words["timestamp"] == "请先选择可信时间服务"
    status = evaluate(store, case.id).status("timestamp")
    assert status.state == NOT_APPLICABLE and status.waiting


def test_account_pages_wait_for_the_posters_account_ids(store: CaseStore) -> None:
    case = store.create_case("t")
    store.add_item(case.id, "post", {"purpose": "p"})
    status = evaluate(store, case.id).status("account_profiles")
    assert status.state == NOT_APPLICABLE and status.waiting
    assert status.why is not None and "account IDs in step 2" in status.why.message("en")


def test_the_export_step_says_when_the_case_changed_after_the_last_export(
    store: CaseStore, data_dir: Path
) -> None:
    case = store.create_case("t")
    item = store.add_item(case.id, "other", {"purpose": "p"})
    store.record_event(case.id, "exported", {"bundle": "t-2026-12-06.pdf"})
    assert evaluate(store, case.id).status("export").state == DONE
    # Things that change nothing a bundle shows leave it current.
    store.record_event(case.id, "verified", {"bundle": "t-2026-12-06.pdf"})
    store.record_event(case.id, "export_abandoned", {"bundle": "x.pdf", "reason": "cancelled"})
    assert evaluate(store, case.id).status("export").state == DONE

    for change in ("edit", "item", "stamp"):
        if change == "edit":
            store.edit_fields(case.id, item.id, {"purpose": "证明发帖人身份"})
        elif change == "item":
            store.add_item(case.id, "other", {"purpose": "q"})
        else:
            store.add_files(
                case.id, "E001", [NewFile("tsr", "E001.tsr", data=b"0\x03\x02\x01\x00")]
            )
        export = evaluate(store, case.id).status("export")
        assert export.state == MISSING, change
        assert export.why is not None and export.why.message("zh_CN") == "已导出，之后有改动"
        assert "changed after the last export" in export.gaps[0].message("en")
        store.record_event(case.id, "exported", {"bundle": f"t-2026-12-06-v{change}.pdf"})
        assert evaluate(store, case.id).status("export").state == DONE
    Settings(tsa_urls=["http://127.0.0.1:9/tsa"]).save(data_dir)  # settings are not the case
    assert evaluate(store, case.id).status("export").state == DONE
