"""What a Chinese litigation lawyer and an English-reading co-counsel found reading the bundle of
tests/bundle/lawyer_case.py page by page (a withdrawn duplicate, trusted time-stamps), each read
from the real PDF with poppler: bilingual table headers that broke inside a word ("操" / "作人",
"时间戳令" / "牌"), a withdrawn item still in the timeline, a cover label that called page-shown
posting times "filled in by the owner", a checker that counted the withdrawn item as printed, and a
B-B bundle's verify page that spoke of a document time-stamp it does not have."""

from __future__ import annotations

import re
import subprocess
from dataclasses import dataclass
from html import unescape
from pathlib import Path

import pytest

from evidence_app.bundle.export import export_case
from evidence_app.bundle.pages.base import Words
from evidence_app.bundle.pages.headers import Pair, fit_widths, label_lines, pieces
from evidence_app.core.identity import load_signer
from evidence_app.core.store import CaseStore
from tests.bundle.lawyer_case import OWNER, build_lawyer_case

ZH = Words("zh_CN")
EN = Words("en")

# the bilingual labels of the bundle's tables and of the cover's and item's key column
HEADERS = (
    "No.",
    "Time",
    "Operator",
    "Action",
    "Item",
    "What happened; hash chain",
    "Stamped file",
    "Time-stamping authority",
    "Stamp time",
    "Gap capture → stamp",
    "Token (attachment)",
    "What it is",
    "Attachment, type",
    "Posted",
    "Captured / imported",
    "Evidence name",
    "Account",
    "Views displayed",
    "Reposts displayed",
    "Observed at",
    "Beside the reference figures",
    "Nicknames seen",
    "Items (posts, comments, messages)",
    "Home page",
    "First / last posted",
    "Period covered (capture and import times, by the computer's clock)",
    "Posting period (filled in by the owner)",
    "Exported at (by the exporting computer's clock)",
    "Signer certificate SHA-256 fingerprint",
)


@dataclass
class Read:
    pdf: Path
    pages: list[str]
    lines: list[str]
    numbers: dict[str, str]


def _run(*args: str | Path) -> str:
    return subprocess.run([str(a) for a in args], check=True, capture_output=True, text=True).stdout


def squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _read(pdf: Path, numbers: dict[str, str]) -> Read:
    xml = _run("pdftotext", "-bbox-layout", pdf, "-")
    lines = []  # one line of one table cell at a time: -bbox-layout keeps columns apart
    for line in re.findall(r"<line [^>]*>(.*?)</line>", xml, re.S):
        words = re.findall(r"<word [^>]*>(.*?)</word>", line)
        lines.append(unescape(" ".join(words)))
    return Read(pdf, _run("pdftotext", "-layout", pdf, "-").split("\f"), lines, numbers)


def _export(folder: Path, lang: str, tsa_urls: list[str]) -> Read:
    store = CaseStore(folder / "data", OWNER)
    try:
        case_id, numbers = build_lawyer_case(store, folder / "sources", tsa_urls)
        signer = load_signer(folder / "data", b"correct horse", OWNER.name)
        pdf = folder / f"bundle-{lang}.pdf"
        export_case(store, case_id, pdf, signer, tsa_urls=tsa_urls, lang=lang)
    finally:
        store.close()
    return _read(pdf, numbers)


@pytest.fixture(scope="module")
def zh(tmp_path_factory: pytest.TempPathFactory, tsa) -> Read:  # type: ignore[no-untyped-def]
    return _export(tmp_path_factory.mktemp("reading-zh"), "zh_CN", [tsa.url])


@pytest.fixture(scope="module")
def en(tmp_path_factory: pytest.TempPathFactory, tsa) -> Read:  # type: ignore[no-untyped-def]
    return _export(tmp_path_factory.mktemp("reading-en"), "en", [tsa.url])


def _page(read: Read, heading: str) -> str:
    return next(page for page in read.pages if heading in page)


# 1. bilingual headers break between the languages, never inside a Chinese word


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_every_bilingual_header_breaks_only_at_sensible_points(lang: str, request) -> None:  # type: ignore[no-untyped-def]
    read: Read = request.getfixturevalue(lang)
    words = ZH if lang == "zh" else EN
    printed = [squeeze(line) for line in read.lines]
    checked = 0
    for key in HEADERS:
        label = words.both(key)
        if not any(squeeze(part) in squeeze("".join(read.pages)) for part in label.parts):
            continue  # a table this case does not print
        for part in label.parts:
            for piece in pieces(part):
                piece = squeeze(piece).removesuffix("/")
                if not piece or piece == "/":
                    continue
                checked += 1
                assert any(piece in line for line in printed), (key, piece)
    assert checked > 60  # most of the labels were found and checked
    # the cells that broke before: "操" / "作人", "时间戳令" / "牌（附件）", "取证/导入时" / "间"
    flat = "\n".join(printed)
    assert "操作人" in flat and "时间戳令牌" in flat
    if lang == "en":
        assert "取证/导入时间" in flat and "页面显示转发数" in flat and "与参考标准对照" in flat


def test_a_label_wider_than_its_cell_breaks_between_its_languages() -> None:
    label = EN.both("Operator")
    assert isinstance(label, Pair) and label.parts == ("Operator", "操作人")
    assert label_lines(label, 200, 7.2) == ["Operator / 操作人"]  # fits: one line
    assert label_lines(label, 40, 7.2) == ["Operator /", "操作人"]
    token = EN.both("Token (attachment)")
    assert label_lines(token, 60, 7.2) == ["Token", "(attachment) /", "时间戳令牌", "（附件）"]
    assert pieces("取证至加盖时间戳的间隔") == ["取证至加盖时间戳的", "间隔"]
    assert pieces("首次/最后发布时间") == ["首次/", "最后发布时间"]
    assert pieces("签名证书 SHA-256 指纹") == ["签名证书 ", "SHA-256 ", "指纹"]
    # a format keeps the two languages apart
    head = ZH.both("Custody log head (event {seq})").format(seq=38)
    assert isinstance(head, Pair) and head.parts == (
        "保管日志最新记录（第 38 条）",
        "Custody log head (event 38)",
    )


def test_a_column_too_narrow_for_its_header_takes_room_from_the_others() -> None:
    labels = [ZH.both("No."), ZH.both("Operator"), ZH.both("What happened; hash chain")]
    widths = fit_widths(labels, [18, 30, 300], 7.2, 6)
    assert widths[0] > 18 and widths[1] > 30  # "编号 /" and "操作人 /" each fit on a line
    assert sum(widths) == pytest.approx(348)
    for label, width in zip(labels, widths, strict=True):
        for line in label_lines(label, width - 6, 7.2):
            assert line in ("编号 /", "No.", "操作人 /", "Operator") or "/" in line, line
    # no room anywhere: the widths stay as given
    assert fit_widths(labels, [10, 10, 10], 7.2, 6) == [10, 10, 10]
