"""The 证据名称 a Chinese litigation lawyer expects (issue 16b): what the item is, whose (nickname and
account ID), in what form it is held, and when it was posted with where that time comes from; one
name in the PDF catalogue, the .docx catalogue, the item page, the timeline and the outline.

Before, a name was a label ("帖子 · 微博 · 车圈真相哥 · <title>") and an imported photo of a
medical record came "from a screenshot".
"""

from __future__ import annotations

import json
import re
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest
from pyhanko.pdf_utils.reader import PdfFileReader

from evidence_app.bundle.catalogue_docx import read_catalogue_docx
from evidence_app.bundle.export import export_case
from evidence_app.bundle.format import CATALOGUE_KEY
from evidence_app.bundle.pages.court_name import court_name
from evidence_app.core.identity import load_signer
from evidence_app.core.model import Item, Operator, StoredFile
from evidence_app.core.store import CaseStore
from tests.bundle.court_case import (
    NAMES_EN,
    NAMES_ZH,
    OWNER,
    build_court_case,
)

UTC = "2026-12-01T18:46:55+00:00"


def squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


@dataclass
class Read:
    pdf: Path
    text: str
    pages: list[str]
    rows: list[dict]  # type: ignore[type-arg]  # the catalogue rows recorded in the PDF
    docx_rows: list[list[str]]
    numbers: dict[str, str]


def _export(folder: Path, lang: str) -> Read:
    store = CaseStore(folder / "data", OWNER)
    case_id, numbers = build_court_case(store, folder / "sources")
    signer = load_signer(folder / "data", b"correct horse", OWNER.name)
    pdf = folder / "bundle.pdf"
    result = export_case(store, case_id, pdf, signer, lang=lang)
    store.close()
    text = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    with open(pdf, "rb") as stream:
        record = PdfFileReader(stream).root[CATALOGUE_KEY].get_object()
        rows = json.loads(bytes(record.data).decode("utf-8"))["rows"]
    assert result.catalogue_docx is not None
    docx = read_catalogue_docx(result.catalogue_docx)
    return Read(pdf, text, text.split("\f"), rows, docx, numbers)


@pytest.fixture(scope="module")
def zh(tmp_path_factory: pytest.TempPathFactory, shanghai: None) -> Read:
    return _export(tmp_path_factory.mktemp("court-zh"), "zh_CN")


@pytest.fixture(scope="module")
def en(tmp_path_factory: pytest.TempPathFactory, shanghai: None) -> Read:
    return _export(tmp_path_factory.mktemp("court-en"), "en")


def _section(read: Read, number: str) -> str:
    """The text of an item's pages (the footer names the item)."""
    return "\n".join(
        p for p in read.pages if f"证据 {number} ·" in p or f"Evidence {number} ·" in p
    )


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_each_item_is_named_as_a_court_catalogue_names_it(lang: str, zh: Read, en: Read) -> None:
    read, names = (zh, NAMES_ZH) if lang == "zh_CN" else (en, NAMES_EN)
    recorded = {row["number"]: row["name"] for row in read.rows}
    docx = {row[0]: row[1] for row in read.docx_rows}
    for role, number in read.numbers.items():
        assert recorded[number] == names[role], role
        assert docx[number] == names[role], role  # the .docx is the PDF's row
        # the item's own heading carries the same name
        assert squeeze(f"{number} · {names[role]}") in squeeze(_section(read, number)), role


def test_the_catalogue_page_prints_the_names_and_the_timeline_repeats_them(zh: Read) -> None:
    # in drawing order (-raw), so that each cell's lines follow each other
    raw = subprocess.run(
        ["pdftotext", "-raw", str(zh.pdf), "-"], capture_output=True, text=True, check=True
    ).stdout.split("\f")
    catalogue = squeeze(next(p for p in raw if "证据目录 / Evidence catalogue" in p))
    timeline = squeeze(next(p for p in raw if "时间线 / Timeline" in p))
    for role, name in NAMES_ZH.items():
        assert squeeze(name) in catalogue, role
        assert squeeze(name) in timeline, role
    # no label joined with dots is left
    assert "帖子·微博" not in catalogue and "评论·抖音" not in catalogue


def test_a_photo_of_a_paper_is_not_called_a_screenshot(zh: Read, en: Read) -> None:
    medical = zh.numbers["medical"]
    row = next(r for r in zh.rows if r["number"] == medical)
    assert row["form"] == "书证"
    assert row["source"] == "车主提供的照片或扫描件（原文件名：medical.jpg）"
    english = next(r for r in en.rows if r["number"] == medical)
    assert (
        english["source"] == "Photo or scan provided by the owner (original file name: medical.jpg)"
    )
    # a screenshot of a message stays a screenshot
    message = next(r for r in zh.rows if r["number"] == zh.numbers["message"])
    assert message["source"].startswith("微博\n车主提供的截图（原文件名：dm.png）")


def _item(category: str, fields: dict[str, str], *files: tuple[str, str, str]) -> Item:
    stored = tuple(
        StoredFile(n, "id", role, name, f"{n:064d}", 10, mime, {}, UTC)
        for n, (role, name, mime) in enumerate(files, start=1)
    )
    return Item("id", "case", 1, category, UTC, UTC, Operator("王小明"), False, "", fields, stored)


def test_the_time_in_a_name_says_where_it_comes_from() -> None:
    page = ("html", "page.html", "text/html"), ("window", "w.png", "image/png")
    shown = _item("post", {"platform": "微博", "posted_at_displayed": "昨天 21:14"}, *page)
    assert court_name(shown, "zh_CN").endswith("（页面显示的发布时间：昨天 21:14）")
    both = _item(
        "post",
        {"platform": "微博", "posted_at": "2026-11-28 21:14", "posted_at_displayed": "昨天"},
        *page,
    )
    # what the page showed comes first; the item page prints what it was worked out to
    assert court_name(both, "en").endswith("(posting time as shown on the page: 昨天)")
    typed = _item("post", {"platform": "微博", "posted_at": "2026-11-28 21:14"}, *page)
    assert court_name(typed, "zh_CN").endswith("（车主填写的发布时间：2026-11-28 21:14）")
    assert "发布时间" not in court_name(_item("post", {"platform": "微博"}, *page), "zh_CN")


def test_names_of_the_other_kinds() -> None:
    profile = _item(
        "account_profile",
        {"platform": "微博", "account_id": "7788990011", "account_name": "车圈真相哥"},
        ("window", "p.png", "image/png"),
    )
    assert (
        court_name(profile, "zh_CN") == "微博账号（UID 7788990011，取证时昵称“车圈真相哥”）主页截图"
    )
    douyin = _item("account_profile", {"platform": "抖音", "account_name": "刹车哥"})
    assert court_name(douyin, "zh_CN") == "抖音账号“刹车哥”主页"
    search = _item(
        "search_result",
        {"platform": "百度", "page_title": "某品牌 刹车失灵"},
        ("html", "s.html", "text/html"),
        ("full_page", "s.png", "image/png"),
    )
    assert court_name(search, "zh_CN") == "百度搜索结果页面“某品牌 刹车失灵”截图及网页存档文件"
    identity = _item("identity_document", {}, ("original", "invoice.jpg", "image/jpeg"))
    assert court_name(identity, "zh_CN") == "身份证明照片或扫描件（invoice.jpg）"
    audio = _item("harm_evidence", {}, ("original", "call.m4a", "audio/mp4"))
    assert court_name(audio, "en") == "Evidence of harm: audio recording (call.m4a)"
    visit = _item(
        "other",
        {"platform": "微博"},
        ("video", "visit.mp4", "video/mp4"),
        ("navigation_log", "visit.json", "application/json"),
    )
    assert court_name(visit, "zh_CN") == "访问过程录像及访问地址记录"
    page = _item("other", {"platform": "微博", "page_title": "车主群公告"})
    assert court_name(page, "en") == "微博 page “车主群公告”"
    screen = _item(
        "post",
        {"platform": "小红书", "account_name": "刹车哥"},
        ("visible", "screen.png", "image/png"),
        ("provenance", "provenance.json", "application/json"),
    )
    assert court_name(screen, "en") == "Post by 小红书 user “刹车哥”: screenshot"


def test_a_page_of_one_screen_is_not_said_to_be_scrolled_and_joined(zh: Read, en: Read) -> None:
    # before: "scrolled from top to bottom in 1 steps and joined the strips", and fixed headers
    # "hidden after the first strip" of a page that had only one
    section = squeeze(_section(zh, zh.numbers["post"]))
    assert squeeze(
        "整个页面在窗口内一屏即可显示完整：本软件一次截取，得到一张 1200×800 像素的图像"
    ) in (section)
    assert "滚动截取" not in section and "第一段之后被隐藏" not in section
    english = squeeze(_section(en, en.numbers["post"]))
    assert squeeze("The whole page fitted in the window: the app took it in one piece") in english
    assert "1steps" not in english


def test_a_relative_posting_time_is_said_to_be_no_more_exact_than_its_words(zh: Read) -> None:
    # before: "2026-12-02 07:46:00 +08:00, worked out from “3小时前”" read as exact to the second
    section = squeeze(_section(zh, zh.numbers["comment"]))
    assert squeeze("根据页面显示的“3小时前”按取证时间推算，精确程度以“3小时前”本身为限") in section
    timeline = squeeze(next(p for p in zh.pages if "时间线 / Timeline" in p))
    assert "精确程度以“3小时前”本身为限" in timeline


def test_an_imported_file_names_who_imported_it_not_who_captured_it(zh: Read) -> None:
    # before: "取证人 / Captured by 王小明" over a photo the app only received
    medical = squeeze(_section(zh, zh.numbers["medical"]))
    assert squeeze("导入人 / Imported by 王小明（车主）") in medical
    assert "取证人/Capturedby" not in medical
    post = squeeze(_section(zh, zh.numbers["post"]))
    assert squeeze("取证人 / Captured by 王小明（车主）") in post


def test_the_signature_is_not_said_to_prove_who_exported(zh: Read, en: Read) -> None:
    # before: "The signature proves … who exported it, namely the holder of the key"
    english = squeeze(en.text)
    assert squeeze("When the signature is valid, it proves two things") in english
    assert squeeze("(not who holds that key)") in english
    assert "andwhoexportedit" not in english
    assert squeeze("但不能证明该密钥由谁持有") in squeeze(zh.text)


def test_the_accounts_table_does_not_call_a_comment_a_post(en: Read) -> None:
    # before: the 抖音 account's comment was listed under "Posts / 帖子"
    accounts = next(p for p in en.pages if "Accounts / 账号汇总" in p)
    raw = subprocess.run(
        ["pdftotext", "-raw", str(en.pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert squeeze("Items (posts, comments, messages) / 相关证据（帖子、评论、私信等）") in squeeze(
        raw
    )
    row = next(line for line in accounts.splitlines() if "brake_truth_2026" in line)
    assert en.numbers["douyin"] in row


def test_a_message_is_sent_not_posted_on_its_page_too(zh: Read) -> None:
    # before: the name said 发送时间 but the item's fields said 页面显示的发布时间
    message = squeeze(_section(zh, zh.numbers["message"]))
    # the label wraps in its cell between its two languages
    assert squeeze("显示的发送时间 /") in message and squeeze("Time sent, as shown") in message
    assert "发布时间" not in message.split("取证说明")[0].split("发送的私信截图")[-1]


def test_a_time_typed_in_by_hand_says_so_beside_it(zh: Read, en: Read) -> None:
    # before: 数据查看时间 and 发布时间 were printed like clock readings, with nothing to tell them
    # apart from the capture time above them
    post = squeeze(_section(zh, zh.numbers["post"]).split("取证说明")[0])
    assert (
        squeeze("2026-12-02 10:30 +08:00 (UTC 2026-12-02 02:30)（手工填写，并非时钟记录）") in post
    )
    douyin = squeeze(_section(en, en.numbers["douyin"]).split("How this item was captured")[0])
    assert (
        squeeze(
            "2026-11-30 19:02 +08:00 (UTC 2026-11-30 11:02) (typed in by hand, not read from a clock)"
        )
        in douyin
    )
    # the capture time, from the computer's clock, carries no such line
    assert post.count("手工填写") == 1


def test_a_messages_times_are_sent_times_in_its_custody_sentences_too(zh: Read) -> None:
    """The item page, the catalogue and the custody log all call a message's time a sending time."""
    message = squeeze(_section(zh, zh.numbers["message"]))
    assert "已填写：" in message and "显示的发送时间" in message.split("已填写：", 1)[1]
    assert "页面显示的发布时间" not in message
    post = squeeze(_section(zh, zh.numbers["post"]))
    assert "页面显示的发布时间" in post  # a post's is still the posting time
