"""Issue 12's "Done when": the bundle of tests/bundle/filing_case.py, exported in zh_CN under
TZ=Asia/Shanghai, read with pdftotext as a lawyer about to file it would read it."""

from __future__ import annotations

import os
import re
import subprocess
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from evidence_app.bundle.export import export_case
from evidence_app.bundle.pages.base import Words
from evidence_app.core.identity import load_signer
from evidence_app.core.reach import account_reach, post_reach
from evidence_app.core.store import CaseStore
from tests.bundle.filing_case import (
    ACCOUNT_A_ID,
    ACCOUNT_B_ID,
    OWNER,
    STORY,
    build_filing_case,
)

LANG = "zh_CN"
WORDS = Words(LANG, "Asia/Shanghai")


@dataclass
class Filing:
    text: str
    numbers: dict[str, str]
    store_dir: Path
    case_id: str


def squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


@pytest.fixture(scope="module")
def filing(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Filing]:
    folder = tmp_path_factory.mktemp("filing")
    old_tz = os.environ.get("TZ")
    os.environ["TZ"] = "Asia/Shanghai"
    time.tzset()
    try:
        store = CaseStore(folder / "data", OWNER)
        case_id, numbers = build_filing_case(store, folder / "sources")
        signer = load_signer(folder / "data", b"correct horse", OWNER.name)
        pdf = folder / "bundle.pdf"
        export_case(store, case_id, pdf, signer, lang=LANG)
        store.close()
        text = subprocess.run(
            ["pdftotext", "-enc", "UTF-8", str(pdf), "-"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        yield Filing(text, numbers, folder / "data", case_id)
    finally:
        if old_tz is None:
            os.environ.pop("TZ", None)
        else:
            os.environ["TZ"] = old_tz
        time.tzset()


def _section(text: str, heading: str, after: str) -> str:
    start = text.index(heading)
    return text[start : text.index(after, start + len(heading))]


def test_the_story_car_contact_and_parties_are_printed(filing: Filing) -> None:
    flat = squeeze(filing.text)
    for paragraph in STORY.split("\n"):
        # 𠮷 printing as itself is helper h12b's part (fonts); the rest of the story is here whole
        assert squeeze(paragraph.replace("𠮷", "")) in flat.replace("[U+20BB7]", "").replace(
            "𠮷", ""
        )
    assert "蔚来ES6（沪A·D12345）" in flat and "13800138000·wxm@example.com" in flat
    assert squeeze(WORDS.both("Defendant")) in flat and "UID7788990011）" in flat


def test_times_are_local_with_the_offset_and_never_cst(filing: Filing) -> None:
    assert "CST" not in filing.text
    assert "+08:00" in filing.text
    # the posting time as typed ("2025-09-20 13:05"), read in the case's zone, with UTC in
    # brackets, to the minute it was typed to
    assert "2025-09-2013:05+08:00(UTC2025-09-2005:05)" in squeeze(filing.text)
    # no time printed UTC first any more
    assert not re.search(r"\d{2}:\d{2}:\d{2} UTC", filing.text)


def test_the_interpretation_is_cited_and_no_cross_account_total(filing: Filing) -> None:
    flat = squeeze(filing.text)
    assert "法释〔2013〕21号" in flat
    assert (
        squeeze(
            "《最高人民法院、最高人民检察院关于办理利用信息网络实施诽谤等刑事案件适用法律若干问题的解释》"
        )
        in flat
    )
    # views 4,000 + 3,000 (account A) + 12,000 (account B): no total over accounts or posts
    for total in ("19,000", "15,000", "16,000", "7,000"):
        assert total not in filing.text, total
    assert "合计：浏览" not in flat  # the old "全部证据合计" line
    assert (
        squeeze(
            WORDS.one(
                "These are reference figures of criminal law (the offence of defamation); a civil claim for infringement of the right of reputation (名誉权) does not require them."
            )
        )
        in flat
    )


def test_per_account_sums_respect_the_one_year_window(filing: Filing) -> None:
    """Account A's posts are more than a year apart: the highest one-year sum is the larger one
    alone (4,000 views from E001), never 7,000; account B's screenshot has no typed observation
    time, so its EXIF time taken stands in, said so (the lawyer's review), and its posting time,
    worked out from "3小时前", is marked."""
    flat = squeeze(filing.text)
    old = filing.numbers["old"]
    other = filing.numbers["other"]
    assert (
        squeeze(
            WORDS.one("{count}: {total} ({items}; posted {span})").format(
                count=WORDS.one("Views"),
                total="4,000",
                items=old,
                span=WORDS.when("2025-09-20T05:05:00+00:00", "minute"),  # typed to the minute
            )
        )
        in flat
    )
    assert (
        squeeze(
            WORDS.one(
                "observation time not filled in: the screenshot's EXIF time (the device's clock)"
            )
        )
        in flat
    )
    assert (
        squeeze(
            WORDS.one("; the posting time of {items} is worked out from a relative time").format(
                items=other
            )
        )
        in flat
    )
    # what the owner typed, beside the reference figures: never a finding
    assert (
        "车主录入的页面显示数值：浏览4,000（参考数值5,000）、转发300（参考数值500）；见E001截图；不代表实际次数。"
        in flat
    )
    assert "达到参考标准" not in flat and "未达到" not in flat
    # and the same from core, to the number
    with CaseStore(filing.store_dir, OWNER) as store:
        items = store.list_items(filing.case_id)
    accounts = {a.account_id: a for a in account_reach(post_reach(items, "Asia/Shanghai"))}
    assert set(accounts) == {ACCOUNT_A_ID, ACCOUNT_B_ID}
    first = accounts[ACCOUNT_A_ID]
    assert first.views is not None and first.views.total == 4_000 and first.views.posts == (old,)
    assert first.reposts is not None and first.reposts.total == 300
    second = accounts[ACCOUNT_B_ID]
    assert second.views is not None and second.views.total == 12_000
    assert second.left_out == []
    (post,) = second.posts
    assert post.observed_from_exif and post.posted_derived


def test_no_snake_case_provenance_keys(filing: Filing) -> None:
    for key in (
        "proxy_used",
        "environment_check",
        "fixed_elements_hidden_after_first_strip",
        "hosts_file_entries",
        "loaded_address_matches_dns",
        "resolved_addresses",
        "capture_started",
        "user_agent",
    ):
        assert key not in filing.text, key
    flat = squeeze(filing.text)
    assert squeeze(WORDS.one("No proxy was in effect for this address.")) in flat


def test_an_import_shows_its_own_times_and_exif_and_where_the_guarantee_starts(
    filing: Filing,
) -> None:
    flat = squeeze(filing.text)
    assert squeeze(WORDS.both("File time / time taken")) in flat
    assert squeeze(WORDS.both("Imported")) in flat
    assert "2026-11-2810:41:30+08:00" in flat  # EXIF time taken, with its offset
    assert "AppleiPhone15" in flat
    assert squeeze(WORDS.one("Original file name: {name}.").format(name="IMG_1128.jpg")) in flat


def test_the_timeline_is_in_posting_order(filing: Filing) -> None:
    timeline = _section(
        filing.text, WORDS.both("Timeline"), WORDS.both("Reach as the pages displayed it")
    )
    numbers = filing.numbers
    # "3小时前" on the imported screenshot counts back from its EXIF time taken (2026-11-28
    # 10:41:30 +08:00), not from the import: 07:41:30, before E002's 10:00
    order = [numbers["old"], numbers["other"], numbers["new"], numbers["profile"]]
    positions = [timeline.index(number) for number in order]
    assert positions == sorted(positions), timeline
    # the relative time was worked out from the capture and says so; the profile says why it is last
    assert "3小时前" in timeline
    assert squeeze(WORDS.one("no posting time given: listed last, by capture time")) in squeeze(
        timeline
    )


def test_the_accounts_are_summarised_with_their_names_over_time(filing: Filing) -> None:
    flat = _section(
        squeeze(filing.text),
        squeeze(WORDS.both("Nicknames seen")),
        squeeze(WORDS.both("Custody log")),
    )
    assert f"车圈真相哥({filing.numbers['old']})" in flat
    assert f"汽车爆料君({filing.numbers['profile']})" in flat
    assert f"微博·{ACCOUNT_B_ID}" in flat


def test_every_character_prints_as_itself(filing: Filing) -> None:
    assert "吉𠮷说车" in filing.text  # CJK Ext-B in a nickname, as text (not a code, not a box)
    assert "[U+" not in filing.text


def test_no_line_starts_with_closing_punctuation(filing: Filing) -> None:
    starts = [line for line in filing.text.splitlines() if line.lstrip().startswith(("，", "。"))]
    assert starts == []
