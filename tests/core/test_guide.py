"""The evidence guide: content complete in both languages, and completeness rules on real cases."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from evidence_app.core import guide
from evidence_app.core.guide import DONE, MISSING, NOT_APPLICABLE, evaluate, gap_lines, load_guide
from evidence_app.core.settings import Settings
from evidence_app.core.store import CaseStore, NewFile

PNG = (
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x02\x00\x00\x00"
    b"\x90wS\xde\x00\x00\x00\x0cIDATx\x9cc\xf8\xcf\xc0\x00\x00\x03\x01\x01\x00\xc9\xfe\x92\xef"
    b"\x00\x00\x00\x00IEND\xaeB`\x82"
)


@pytest.fixture
def store(data_dir: Path) -> CaseStore:
    with CaseStore(data_dir) as s:
        yield s


def test_every_step_is_written_in_both_languages_and_opens_a_known_tool() -> None:
    g = load_guide()
    assert 8 <= len(g.steps) <= 15
    ids = [s.id for s in g.steps]
    assert len(set(ids)) == len(ids)
    assert set(ids) == set(guide.RULES)
    for step in g.steps:
        assert step.tool in guide.TOOLS
        for part in ("title", "what", "why", "basis"):
            zh, en = step.get(part, "zh_CN"), step.get(part, "en")
            assert zh and en and zh != en, (step.id, part)
            assert any("\u4e00" <= ch <= "\u9fff" for ch in zh), (step.id, part)
    assert g.narrative_location["zh_CN"] and g.narrative_location["en"]


def test_a_step_without_rule_or_with_unknown_tool_is_refused(tmp_path: Path) -> None:
    data = json.loads(guide.GUIDE_PATH.read_text("utf-8"))
    data["steps"][0]["tool"] = "telepathy"
    with pytest.raises(ValueError, match="unknown tool"):
        guide.parse_guide(data)
    data = json.loads(guide.GUIDE_PATH.read_text("utf-8"))
    data["steps"][0]["id"] = "no_such_rule"
    with pytest.raises(ValueError, match="no completion rule"):
        guide.parse_guide(data)


def test_an_empty_case_misses_the_first_capture_and_the_narrative(store: CaseStore) -> None:
    case = store.create_case("网暴案")
    result = evaluate(store, case)
    assert result.status("capture_first").state == MISSING
    assert result.status("narrative").state == MISSING
    assert result.status("post_details").state == NOT_APPLICABLE
    assert result.status("timestamp").state == NOT_APPLICABLE
    assert not result.complete


def test_post_rules_name_the_item_and_the_missing_fields(store: CaseStore) -> None:
    case = store.create_case("t", description="2025年1月起，多个账号在微博上造谣我的车自燃。")
    post = store.add_item(
        case.id,
        "post",
        {"url": "https://weibo.example/1", "purpose": "证明造谣"},
        [NewFile("window", "w.png", data=PNG)],
    )
    result = evaluate(store, case)
    assert result.status("capture_first").state == DONE
    assert result.status("narrative").state == DONE
    details = result.status("post_details")
    assert details.state == MISSING
    [gap] = details.gaps
    assert gap.item == post.number
    assert gap.message("en") == "E001: fill in Account ID, Posting time shown."
    assert result.item_missing_fields["E001"] == ("account_id", "posted_at_displayed")
    assert not result.item_complete("E001")
    # The account that posted has no profile, no reach yet, no recording.
    assert result.status("account_profiles").state == NOT_APPLICABLE  # no account id known yet
    assert result.status("reach").state == MISSING
    assert result.status("recording").state == MISSING

    store.edit_fields(
        case.id,
        "E001",
        {
            "account_id": "uid:777",
            "posted_at_displayed": "昨天 13:02",
            "views": "1.2万",
            "counts_observed_at": "2025-10-01 10:00",
        },
    )
    result = evaluate(store, case)
    assert result.status("post_details").state == DONE
    assert result.status("reach").state == DONE
    profiles = result.status("account_profiles")
    assert profiles.state == MISSING
    assert "uid:777" in profiles.gaps[0].message("en")

    store.add_item(case.id, "account_profile", {"account_id": "uid:777", "url": "https://x/u/777"})
    store.add_item(
        case.id,
        "other",
        {"purpose": "录屏"},
        [NewFile("video", "path.webm", data=b"\x1aE\xdf\xa3rest")],
    )
    result = evaluate(store, case)
    assert result.status("account_profiles").state == DONE
    assert result.status("recording").state == DONE
    # The profile item has no purpose yet: the purpose step names it.
    assert [g.item for g in result.status("purpose").gaps] == ["E002"]


def test_withdrawn_items_do_not_count(store: CaseStore) -> None:
    case = store.create_case("t")
    store.add_item(case.id, "harm_evidence", {"purpose": "p"})
    assert evaluate(store, case).status("harm").state == DONE
    store.withdraw_item(case.id, "E001", "wrong file")
    assert evaluate(store, case).status("harm").state == MISSING


def test_raw_page_applies_to_web_captures_only(store: CaseStore) -> None:
    case = store.create_case("t")
    store.add_item(case.id, "other", {}, [NewFile("original", "a.png", data=PNG)])
    # A screen capture and a recording are no page captures: nothing to ask of them here.
    store.add_item(
        case.id,
        "other",
        {},
        [NewFile("visible", "screen.png", data=PNG), NewFile("provenance", "p.json", data=b"{}")],
    )
    store.add_item(
        case.id,
        "other",
        {},
        [
            NewFile("video", "r.mp4", data=b"\x00\x00\x00\x18ftypmp42"),
            NewFile("navigation_log", "n.json", data=b"{}"),
        ],
    )
    assert evaluate(store, case).status("raw_page").state == NOT_APPLICABLE
    store.add_item(case.id, "post", {}, [NewFile("full_page", "p.png", data=PNG)])
    raw = evaluate(store, case).status("raw_page")
    assert raw.state == MISSING and raw.gaps[0].item == "E004"
    store.add_files(case.id, "E004", [NewFile("mhtml", "p.mhtml", data=b"MIME-Version: 1.0\r\n")])
    assert evaluate(store, case).status("raw_page").state == DONE


def test_a_missing_raw_page_is_fixed_by_capturing_the_page_again(store: CaseStore) -> None:
    case = store.create_case("t")
    url = "https://weibo.com/123/abc"
    region = [NewFile("visible", "region.png", data=PNG), NewFile("window", "w.png", data=PNG)]
    store.add_item(case.id, "post", {"url": url}, region)
    assert [g.item for g in evaluate(store, case).status("raw_page").gaps] == ["E001"]
    other = "https://weibo.com/123/other"
    store.add_item(
        case.id,
        "post",
        {"url": other},
        [NewFile("mhtml", "p.mhtml", data=b"MIME-Version: 1.0\r\n")],
    )
    assert evaluate(store, case).status("raw_page").state == MISSING  # another page: no help
    store.add_item(
        case.id,
        "post",
        {"url": url, "final_url": url},
        [
            NewFile("full_page", "p.png", data=PNG),
            NewFile("mhtml", "p.mhtml", data=b"MIME-Version: 1.0\r\n\r\nx"),
        ],
    )
    assert evaluate(store, case).status("raw_page").state == DONE


def test_timestamp_step_applies_when_a_tsa_is_configured(store: CaseStore, data_dir: Path) -> None:
    case = store.create_case("t")
    store.add_item(case.id, "other", {"purpose": "p"})
    assert evaluate(store, case).status("timestamp").state == NOT_APPLICABLE
    Settings(tsa_urls=["http://127.0.0.1:9/tsa"]).save(data_dir)
    assert evaluate(store, case).status("timestamp").state == MISSING
    store.add_files(case.id, "E001", [NewFile("tsr", "E001.tsr", data=b"0\x03\x02\x01\x00")])
    assert evaluate(store, case).status("timestamp").state == DONE


def test_export_step_follows_the_custody_log(store: CaseStore) -> None:
    case = store.create_case("t")
    store.add_item(case.id, "other", {"purpose": "p"})
    assert evaluate(store, case).status("export").state == MISSING
    store.record_event(case.id, "export_abandoned", {"bundle": "x.pdf", "reason": "cancelled"})
    assert evaluate(store, case).status("export").state == MISSING  # nothing was handed over
    store.record_event(case.id, "exported", {"out": "x.pdf"})
    assert evaluate(store, case).status("export").state == DONE


def test_gap_lines_are_translated_and_leave_out_export_and_mark_recommended(
    store: CaseStore,
) -> None:
    case = store.create_case("t")
    store.add_item(case.id, "post", {"purpose": "p"})
    result = evaluate(store, case)
    en = gap_lines(result, "en")
    zh = gap_lines(result, "zh_CN")
    assert len(en) == len(zh) > 0
    assert not any("exported" in line for line in en)
    assert any(line.startswith("Every post: screenshot") and "E001" in line for line in en)
    assert any(line.startswith("每个帖子") for line in zh)
    assert any("(recommended)" in line for line in en)
    assert result.gaps() and all(g.step != "identity" for g in result.gaps())


def test_ten_thousand_items_evaluate_quickly_enough_to_follow_edits(store: CaseStore) -> None:
    from evidence_app.core.guide import CaseFacts, evaluate_facts
    from evidence_app.core.model import Item, Operator

    case = store.create_case("big")
    items = [
        Item(
            f"id{n}",
            case.id,
            n,
            "post",
            "",
            "",
            Operator("o"),
            False,
            "",
            {"url": "u", "account_id": f"a{n % 50}"},
        )
        for n in range(1, 10_001)
    ]
    result = evaluate_facts(CaseFacts(case, items, [], False))
    assert len(result.status("post_details").gaps) == 20_000  # no screenshot, no posting time
    assert len(result.status("account_profiles").gaps) == 50
