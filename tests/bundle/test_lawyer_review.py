"""A Chinese litigation lawyer's review of the filing bundle (issue 12), finding by finding: the
bundle of tests/bundle/filing_case.py (plus one withdrawn item) exported in Chinese with the test
TSA and in English without, read with pdftotext; the editable catalogue read from the .docx."""

from __future__ import annotations

import re
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest

from evidence_app import __version__
from evidence_app.bundle.catalogue_docx import read_catalogue_docx
from evidence_app.bundle.export import export_case
from evidence_app.bundle.pages.base import Words, gap_text, operator_text, posted_text
from evidence_app.bundle.tsa_chain import gather
from evidence_app.core.identity import load_signer
from evidence_app.core.model import Operator
from evidence_app.core.posted_time import BASE_NONE, item_posted
from evidence_app.core.store import CaseStore, NewFile
from tests.bundle.filing_case import (
    ACCOUNT_A_ID,
    ACCOUNT_B,
    OWNER,
    URL_A1,
    URL_A2,
    build_filing_case,
    exif_photo,
)
from tests.bundle.lawyer_case import phone_capture

ZONE = "Asia/Shanghai"
ZH = Words("zh_CN", ZONE)
EN = Words("en", ZONE)


@dataclass
class Read:
    text: str
    pages: list[str]
    docx_rows: list[list[str]]
    docx_text: str
    numbers: dict[str, str]


def squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _read(pdf: Path, numbers: dict[str, str]) -> Read:
    from docx import Document

    text = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    docx = pdf.with_suffix(".docx")
    paragraphs = "\n".join(p.text for p in Document(str(docx)).paragraphs)
    return Read(text, text.split("\f"), read_catalogue_docx(docx), paragraphs, numbers)


def _export(folder: Path, lang: str, tsa_urls: list[str]) -> Read:
    store = CaseStore(folder / "data", OWNER)
    case_id, numbers = build_filing_case(store, folder / "sources")
    dropped = store.add_item(
        case_id,
        "post",
        {"platform": "微博", "url": URL_A1, "account_id": ACCOUNT_A_ID, "posted_at": "2025-09-21"},
        [NewFile("original", "IMG_0999.png", path=phone_capture(folder / "IMG_0999.png"))],
    )
    store.withdraw_item(case_id, dropped.id, "重复截图")
    numbers["withdrawn"] = dropped.number
    signer = load_signer(folder / "data", b"correct horse", OWNER.name)
    pdf = folder / "bundle.pdf"
    export_case(store, case_id, pdf, signer, tsa_urls=tsa_urls, lang=lang)
    store.close()
    return _read(pdf, numbers)


@pytest.fixture(scope="module")
def zh(tmp_path_factory: pytest.TempPathFactory, tsa, shanghai) -> Read:  # type: ignore[no-untyped-def]
    return _export(tmp_path_factory.mktemp("review-zh"), "zh_CN", [tsa.url])


@pytest.fixture(scope="module")
def en(tmp_path_factory: pytest.TempPathFactory, shanghai) -> Read:  # type: ignore[no-untyped-def]
    return _export(tmp_path_factory.mktemp("review-en"), "en", [])


def _catalogue_page(read: Read) -> str:
    return next(p for p in read.pages if "序号" in p or "Formofevidence" in squeeze(p))


# 1. "3小时前" on an imported screenshot counts back from its EXIF time, not from the import


def test_a_relative_time_on_an_import_counts_back_from_its_exif_time(zh: Read, en: Read) -> None:
    flat = squeeze(zh.text)
    # EXIF 2026-11-28 10:41:30 +08:00, three hours earlier: about that hour, "3小时前" being whole
    # hours (no minutes or seconds it never gave)
    assert "约2026-11-2807:00+08:00" in flat and "07:41:30" not in flat
    assert squeeze("根据页面显示的“3小时前”按截图 EXIF 拍摄时间（设备自身时钟）推算") in flat
    assert "“3小时前”按取证时间推算" not in flat  # never counted back from the import
    english = squeeze(en.text)
    assert "about2026-11-2807:00+08:00" in english and "07:41:30" not in english
    assert (
        squeeze(
            "worked out from “3小时前” against the screenshot's EXIF time taken (the device's own clock)"
        )
        in english
    )
    # the per-account summary shows the same mark
    accounts = zh.text[zh.text.index("首次/最后发布时间") :]
    assert "（据相对时间推算）" in squeeze(accounts)


def test_a_relative_time_on_an_import_with_nothing_to_count_from_cannot_be_worked_out(
    tmp_path: Path,
) -> None:
    store = CaseStore(tmp_path / "data", OWNER)
    case = store.create_case("案", OWNER.name, "")
    bare = store.add_item(
        case.id,
        "post",
        {"posted_at_displayed": "3小时前"},
        [NewFile("original", "a.png", path=phone_capture(tmp_path / "a.png"))],
    )
    typed = store.add_item(
        case.id,
        "post",
        {"posted_at_displayed": "3小时前", "counts_observed_at": "2026-11-30 12:00"},
        [NewFile("original", "b.jpg", path=exif_photo(tmp_path / "b.jpg"))],
    )
    store.close()
    posting = item_posted(bare, ZONE)
    assert posting is not None and posting.resolved is None
    assert posting.unresolvable and posting.base == BASE_NONE
    assert posted_text(bare, ZH).startswith("页面显示“3小时前”：无法推算")
    assert "cannot be worked out" in posted_text(bare, EN)
    # a typed observation time comes before the EXIF time
    counted = item_posted(typed, ZONE)
    assert counted is not None and counted.resolved is not None
    assert counted.resolved.moment.isoformat() == "2026-11-30T09:00:00+08:00"


# 2. the catalogue's source tells the owner's screenshots from the app's captures; withdrawn out


def test_the_catalogue_source_says_who_made_the_picture(zh: Read, en: Read) -> None:
    page = squeeze(_catalogue_page(zh))
    assert squeeze(f"车主提供的截图（原文件名：IMG_0920.png），网址由车主填写：{URL_A1}") in page
    assert squeeze(f"取证助手内置浏览器自以下网址截取：{URL_A2}") in page
    names = {row[0]: row[1] for row in zh.docx_rows}  # the .docx holds the PDF's rows
    assert (
        names[zh.numbers["profile"]]
        == f"微博账号（UID {ACCOUNT_A_ID}，取证时昵称“汽车爆料君”）主页截图"
    )
    english = squeeze(_catalogue_page(en))
    assert squeeze("Screenshot provided by the owner (original file name: IMG_0920.png)") in english
    assert squeeze(f"Captured from this address by Evidence App's built-in browser: {URL_A2}") in (
        english
    )
    names = {row[0]: row[1] for row in en.docx_rows}
    assert names[en.numbers["profile"]] == (
        f"Home page of 微博 account (UID {ACCOUNT_A_ID}, nickname “汽车爆料君” when captured): "
        "screenshot"
    )


def test_a_withdrawn_item_is_not_in_the_catalogue_but_in_the_custody_log(zh: Read) -> None:
    withdrawn = zh.numbers["withdrawn"]
    assert withdrawn not in _catalogue_page(zh)
    assert [row[0] for row in zh.docx_rows] == [
        zh.numbers[k] for k in ("old", "new", "other", "profile")
    ]
    log = zh.text[zh.text.index("保管日志 / Custody log") :]
    assert "重复截图" in log


# 3. the cover says what the document time-stamp shows, and only once the root is trusted


def test_the_cover_does_not_overclaim_the_time_stamp(zh: Read, en: Read, tsa) -> None:  # type: ignore[no-untyped-def]
    cover = squeeze(zh.pages[0])
    assert "证据包的存在时间由时间戳服务机构证明" not in cover
    assert (
        "该机构的根证书经核对并予以信任后，该时间戳可表明本证据包不晚于时间戳所载时间已经存在（见最后一页）"
        in cover
    )
    # the authority is named by its certificate subject, when the export hands it over
    chain = gather(None, [], tsa.url)
    assert chain.document_subject and "CN=" in chain.document_subject
    # 9. the TSA certificate files are described in the bundle's language
    about = {name: text for name, _data, text in chain.attachments("zh_CN")}
    assert about["tsa-root.pem"] == "时间戳服务机构的根证书（请核对其指纹）"
    assert about["tsa-chain.pem"] == "时间戳服务机构返回的证书链"
    assert "checked and trusted" not in en.pages[0]  # B-B: no stamp, nothing claimed


# 4. imports are said as imports


def test_import_times_are_labelled_as_imports(zh: Read) -> None:
    flat = squeeze(zh.text)
    assert "导入后" in flat  # the trusted-time gap of an imported screenshot
    other = zh.text[zh.text.index(f"{zh.numbers['other']} · 微博用户“{ACCOUNT_B}”") :]
    assert "取证后" not in squeeze(other[: other.index("可信时间") + 400])
    timeline = squeeze(zh.text[zh.text.index("时间线 / Timeline") :])
    assert "导入时间2026-12" in timeline or "导入时间" in timeline
    assert "EXIF拍摄时间2026-11-2810:41:30+08:00" in timeline
    assert gap_text(0, ZH, imported=True) == "导入后 0 秒"


# 5. the reach rows say the owner typed the figures; never a finding


def test_reach_rows_are_the_owners_figures(zh: Read, en: Read) -> None:
    flat = squeeze(zh.text)
    assert (
        squeeze("车主录入的页面显示数值：浏览 12,000（参考数值 5,000）、转发 80（参考数值 500）")
        in flat
    )
    assert "不代表实际次数" in flat and "是否构成“情节严重”或符合其他法律标准，由法院认定" in flat
    assert "达到参考标准" not in flat
    assert squeeze("观察时间未填写，按截图 EXIF 时间（设备时钟）") in flat
    english = squeeze(en.text)
    assert (
        squeeze(
            "Figures the page displayed, as the owner typed them: views 4,000 (reference figure 5,000)"
        )
        in english
    )
    assert "reach the reference figure" not in en.text


# 6, 7. the owner's contact; the interpretation said as it reads


def test_the_owners_contact_and_the_interpretation(zh: Read, en: Read) -> None:
    assert "车主联系方式（供律师联系）" in squeeze(zh.text)
    assert "律师联系方式" not in zh.text.replace("车主联系方式（供律师联系）", "")
    english = squeeze(en.text)
    assert squeeze("Owner's contact (for the lawyer)") in english
    assert squeeze("deemed “serious” (情节严重)") in english
    assert squeeze("actually viewed 5,000 times or more") in english
    assert squeeze("that have not been dealt with (未经处理)") in english


# 8. court-form headers in one language, a gap that shows, the .docx's filing lines


def test_catalogue_headers_are_in_one_language(zh: Read, en: Read) -> None:
    page = _catalogue_page(zh)
    for english in ("Form of", "Source", "Pages", "No."):
        assert english not in page.split("保管日志")[0], english
    assert "（未填写，待律师补充）" in squeeze(page)
    english = _catalogue_page(en)
    assert "序号" not in english and "证明目的" not in english
    assert "Submitted by:" in en.docx_text
    assert "提交人：" in zh.docx_text and "提交日期：" in zh.docx_text
    assert zh.docx_rows[-1][4] == "（未填写，待律师补充）"


# 10. the posting period on the cover


def test_the_cover_gives_the_posting_period(zh: Read) -> None:
    cover = squeeze(zh.pages[0])
    assert "帖子发布期间（车主填写或页面显示）" in cover
    # as precise as typed: "2025-09-20 13:05" to the minute, no ":00" seconds
    assert "2025-09-2013:05+08:00" in cover and "2026-11-2810:00+08:00" in cover
    assert "13:05:00" not in cover and "10:00:00" not in cover


# 11. how to get the checker, its last line, emoji names, pdfsig's 1970


def test_the_how_to_verify_page_says_where_the_checker_comes_from(zh: Read) -> None:
    flat = squeeze(zh.text)
    assert f"pipinstallevidence-app=={__version__}" in flat
    assert "中文环境下为“有效”，在英文环境下为“VALID”" in flat
    assert "表情符号" in flat
    assert "1970" in flat and "openssltsreply" in flat.replace("-", "")


# 12. Chinese style


def test_chinese_style(zh: Read) -> None:
    assert "王小明 的签名" not in zh.text and "王小明的签名" in zh.text
    assert "王小明 (车主)" not in zh.text and "王小明（车主）" in zh.text
    assert "。 " not in zh.text
    assert "未填写：页面显示的发布时间" not in zh.text
    assert "证据数量" in zh.pages[0] and "证据明细" not in zh.pages[0]
    assert operator_text(Operator("王小明", "owner"), EN) == "王小明 (Owner)"
