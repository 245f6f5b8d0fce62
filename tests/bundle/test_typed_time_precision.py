"""Times people typed or pages displayed print only as precisely as they were given (a lawyer's
reading of the signed bundle): a page that showed "21:14" printed as "2026-11-28 21:14:00 +08:00"
in the timeline, on the cover, in the reach tables and the per-account summary; a date alone would
have printed as midnight. Clock times (capture, custody, export, time-stamps) stay to the second.
The instants behind them still decide the order and the one-year windows.
"""

from __future__ import annotations

import re
import subprocess
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from evidence_app.bundle.export import export_case
from evidence_app.bundle.pages.base import Words
from evidence_app.core.identity import load_signer
from evidence_app.core.store import CaseStore, NewFile
from tests.bundle.court_case import ACCOUNT, ACCOUNT_ID, OWNER, ZONE, build_court_case
from tests.bundle.lawyer_case import message_capture

SHANGHAI = timezone(timedelta(hours=8))


def squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


@dataclass
class Read:
    pdf: Path
    text: str
    pages: list[str]
    numbers: dict[str, str]
    words: Words


def _export(folder: Path, lang: str) -> Read:
    """The court case (its post's page showed "2026-11-28 21:14", counts seen "2026-12-02 10:30",
    a comment "3小时前"), and two more posts of the same account: one typed with seconds, one a
    date alone."""
    store = CaseStore(folder / "data", OWNER)
    case_id, numbers = build_court_case(store, folder / "sources")
    for role, posted, views, observed in (
        ("seconds", {"posted_at": "2026-11-29 08:05:07"}, "2000", "2026-12-02"),
        ("day", {"posted_at_displayed": "2026-11-30"}, "100", "2026-12-02 10:31"),
    ):
        picture = message_capture(folder / "sources" / f"{role}.png")
        item = store.add_item(
            case_id,
            "post",
            {
                "platform": "微博",
                "account_name": ACCOUNT,
                "account_id": ACCOUNT_ID,
                **posted,
                "views": views,
                "counts_observed_at": observed,
            },
            [NewFile("original", f"{role}.png", path=picture)],
        )
        numbers[role] = item.number
    signer = load_signer(folder / "data", b"correct horse", OWNER.name)
    pdf = folder / "bundle.pdf"
    export_case(store, case_id, pdf, signer, lang=lang)
    store.close()
    # in drawing order (-raw): the lines of one table cell follow each other
    text = subprocess.run(
        ["pdftotext", "-raw", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    return Read(pdf, text, text.split("\f"), numbers, Words(lang, ZONE))


@pytest.fixture(scope="module")
def zh(tmp_path_factory: pytest.TempPathFactory, shanghai: None) -> Read:
    return _export(tmp_path_factory.mktemp("precision-zh"), "zh_CN")


@pytest.fixture(scope="module")
def en(tmp_path_factory: pytest.TempPathFactory, shanghai: None) -> Read:
    return _export(tmp_path_factory.mktemp("precision-en"), "en")


def _after(read: Read, heading: str) -> str:
    """The text from *heading* on (a section and whatever follows it)."""
    return squeeze(read.text[read.text.index(heading) :])


POSTED = datetime(2026, 11, 28, 21, 14, tzinfo=SHANGHAI)  # the page showed "2026-11-28 21:14"
SECONDS = datetime(2026, 11, 29, 8, 5, 7, tzinfo=SHANGHAI)
DAY = datetime(2026, 11, 30, tzinfo=SHANGHAI)


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_a_time_shown_to_the_minute_gains_no_seconds_anywhere(
    lang: str, zh: Read, en: Read
) -> None:
    read = zh if lang == "zh_CN" else en
    flat = squeeze(read.text)
    # before: "2026-11-28 21:14:00 +08:00 (UTC 2026-11-28 13:14:00)" on the cover, the timeline,
    # the reach tables and the accounts table
    assert "21:14:00" not in flat and "13:14:00" not in flat
    assert "10:30:00" not in flat  # the counts were seen at "2026-12-02 10:30"
    shown = squeeze(read.words.when(POSTED, "minute"))
    assert shown == squeeze("2026-11-28 21:14 +08:00 (UTC 2026-11-28 13:14)")
    cover = squeeze(read.pages[0])
    assert shown in cover  # the first of the posting period
    assert shown in _after(read, "Timeline")
    observed = squeeze(read.words.when("2026-12-02T10:30:00+08:00", "minute"))
    assert observed == squeeze("2026-12-02 10:30 +08:00 (UTC 2026-12-02 02:30)")
    assert observed in _after(read, "Per post (art. 2 reference)")
    assert shown in _after(read, "Per account within one year")
    assert shown in _after(read, "First / last posted")


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_a_date_alone_is_a_day_not_midnight(lang: str, zh: Read, en: Read) -> None:
    read = zh if lang == "zh_CN" else en
    flat = squeeze(read.text)
    assert "2026-11-3000:00" not in flat and "2026-11-2916:00" not in flat  # 00:00 +08:00 in UTC
    day = squeeze(read.words.when(DAY, "day"))
    assert day == squeeze(
        read.words.one("{date} (the day only; no time of day given)").format(date="2026-11-30")
    )
    assert day in _after(read, "Timeline")
    # the observation "2026-12-02" typed as a day is a day in the reach table too
    assert squeeze(read.words.when("2026-12-02T00:00:00+08:00", "day")) in flat
    assert "2026-12-0200:00" not in flat


def test_a_time_typed_with_seconds_keeps_them(zh: Read, en: Read) -> None:
    for read in (zh, en):
        assert squeeze("2026-11-29 08:05:07 +08:00 (UTC 2026-11-29 00:05:07)") in squeeze(read.text)


def test_a_relative_time_is_about_its_hour(zh: Read, en: Read) -> None:
    """ "3小时前" is whole hours: printed as about that hour, never to the second."""
    assert re.search(
        r"约\d{4}-\d\d-\d\d\d\d:00\+08:00\(UTC\d{4}-\d\d-\d\d\d\d:00\)", squeeze(zh.text)
    )
    assert re.search(r"about\d{4}-\d\d-\d\d\d\d:00\+08:00", squeeze(en.text))


def test_the_order_and_the_one_year_sums_still_follow_the_instants(en: Read) -> None:
    timeline = next(p for p in en.pages if "Timeline / 时间线" in p)
    timeline = timeline[timeline.index("Evidence name") :]
    order = ("post", "seconds", "day", "douyin", "message", "comment")
    found = re.findall(r"\bE\d{3}\b", timeline.split("Reach as the pages")[0])
    assert [n for n in found if n in en.numbers.values()][:6] == [en.numbers[r] for r in order]
    words = en.words
    span = words.one("{first} to {last}").format(
        first=words.when(POSTED, "minute"), last=words.when(DAY, "day")
    )
    items = words.one(", ").join(en.numbers[r] for r in ("post", "seconds", "day"))
    window = words.one("{count}: {total} ({items}; posted {span})").format(
        count=words.one("Views"), total="36,100", items=items, span=span
    )
    assert squeeze(window) in squeeze(en.text)


def test_the_bundle_says_which_times_are_to_the_second(zh: Read, en: Read) -> None:
    assert squeeze("Times read from a clock (capture, custody, export, trusted time-stamps)") in (
        squeeze(en.text)
    )
    assert squeeze("given only as precisely as they were written") in squeeze(en.text)
    assert squeeze("车主手工填写或页面显示的时间，只按其原有的精确程度列示") in squeeze(zh.text)
    assert "精确到秒，括号内" not in squeeze(zh.text)
