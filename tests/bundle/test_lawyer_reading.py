"""What a Chinese litigation lawyer and an English-reading co-counsel found reading the bundle of
tests/bundle/lawyer_case.py page by page (a withdrawn duplicate, trusted time-stamps), each read
from the real PDF with poppler: bilingual table headers that broke inside a word ("操" / "作人",
"时间戳令" / "牌"), a withdrawn item still in the timeline, a cover label that called page-shown
posting times "filled in by the owner", a checker that counted the withdrawn item as printed, and a
B-B bundle's verify page that spoke of a document time-stamp it does not have."""

from __future__ import annotations

import hashlib
import json
import re
import subprocess
from dataclasses import dataclass
from html import unescape
from pathlib import Path
from types import SimpleNamespace

import pytest

from evidence_app.bundle.export import export_case
from evidence_app.bundle.format import CATALOGUE_KEY
from evidence_app.bundle.pages.base import Words
from evidence_app.bundle.pages.headers import Pair, fit_widths, label_lines, pieces
from evidence_app.bundle.verify import verify_bundle
from evidence_app.bundle.verify.contents import _catalogue_check
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
    "Posting period (as typed by the owner or shown on the page)",
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


@pytest.fixture(scope="module")
def en_bb(tmp_path_factory: pytest.TempPathFactory) -> Read:
    return _export(tmp_path_factory.mktemp("reading-en-bb"), "en", [])


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


# 2. the timeline leaves out a withdrawn item, as the catalogue does


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_the_timeline_leaves_out_the_withdrawn_item(lang: str, request) -> None:  # type: ignore[no-untyped-def]
    read: Read = request.getfixturevalue(lang)
    withdrawn = read.numbers["duplicate"]
    page = _page(read, "时间线 / Timeline" if lang == "zh" else "Timeline / 时间线")
    timeline = page[: page.index("传播情况" if lang == "zh" else "Reach as the pages")]
    rows = [line for line in timeline.splitlines() if re.match(r"\s*\S.*\bE\d{3}\b", line)]
    listed = {number for line in rows for number in re.findall(r"\bE\d{3}\b", line)}
    assert read.numbers["post"] in listed and read.numbers["message"] in listed
    sentence = (
        f"已撤回的证据（{withdrawn}）与证据目录一样不予列入"
        if lang == "zh"
        else f"Withdrawn items ({withdrawn}) are left out, as in the catalogue"
    )
    assert squeeze(sentence) in squeeze(timeline)
    assert squeeze(timeline).count(withdrawn) == 1  # named in that sentence, in no row


# 3. the cover says where posting times come from


def test_the_cover_says_posting_times_are_typed_or_shown_on_the_page(zh: Read, en: Read) -> None:
    assert "帖子发布期间（车主填写或页面显示）" in squeeze(zh.pages[0])
    assert "帖子发布期间（车主填写）/" not in squeeze(zh.pages[0])
    # the key cell's lines one after the other (-layout interleaves them with the value's)
    assert squeeze("Posting period (as typed by the owner or shown on the page)") in squeeze(
        "".join(en.lines)
    )


# 4. the checker counts the catalogue's printed rows, and names the withdrawn item apart


def test_the_checker_counts_the_printed_rows_and_names_the_withdrawn_item(en: Read) -> None:
    report = verify_bundle(en.pdf)
    check = next(c for c in report.checks if c.name == "manifest_matches_catalogue")
    assert check.ok
    withdrawn = en.numbers["duplicate"]
    assert (
        check.detail
        == "The manifest matches the printed catalogue (3 items printed; withdrawn, so in the "
        f"manifest but not printed: {withdrawn})."
    )
    catalogue = _page(en, "Evidence catalogue / 证据目录")
    assert len(re.findall(r"^\s*E\d{3}\s", catalogue, re.M)) == 3


def test_the_checker_finds_an_item_withdrawn_in_the_manifest_only() -> None:
    manifest = {
        "items": [
            {"number": "E001", "withdrawn": False, "files": []},
            {"number": "E002", "withdrawn": True, "files": []},
        ],
        "custody_head": "ab",
    }
    manifest_bytes = json.dumps(manifest).encode()

    def reader(rows: list[dict[str, object]]) -> SimpleNamespace:
        record = {
            "manifest_sha256": hashlib.sha256(manifest_bytes).hexdigest(),
            "custody_head": "ab",
            "rows": rows,
        }
        return SimpleNamespace(
            root={CATALOGUE_KEY: SimpleNamespace(data=json.dumps(record).encode())}
        )

    same = [
        {"number": "E001", "sha256": [], "withdrawn": False},
        {"number": "E002", "sha256": [], "withdrawn": True},
    ]
    assert _catalogue_check(reader(same), manifest, manifest_bytes, "").ok
    printed = [
        {"number": "E001", "sha256": [], "withdrawn": False},
        {"number": "E002", "sha256": [], "withdrawn": False},
    ]
    check = _catalogue_check(reader(printed), manifest, manifest_bytes, "")
    assert not check.ok
    assert "E002: withdrawn in one of the catalogue and the manifest only" in check.detail


# 5. a bundle without a trusted time-stamp says so without promising one, and keeps time sources apart


def test_a_bb_verify_page_speaks_of_no_document_time_stamp(en_bb: Read, en: Read) -> None:
    page = squeeze(_page(en_bb, "How to verify / 验证方法"))
    assert squeeze("not modified since it was signed. The reader may call") in page
    assert "documenttime-stamp" not in page
    assert (
        squeeze(
            "its capture, import, custody and export times come from the clock of the computer that "
            "recorded them and prove nothing on their own; posting times are as the owner typed them "
            "or the page showed them."
        )
        in page
    )
    assert "everytimeinit" not in page
    stamped = squeeze(_page(en, "How to verify / 验证方法"))
    assert squeeze("(a later document time-stamp is allowed)") in stamped


def test_a_time_stamp_token_file_is_described_without_splitting_its_words(zh: Read) -> None:
    # before: "“page.png”的时间戳" / "令牌" in the narrow "What it is" column of the files table
    described = [line for line in zh.lines if "的时间戳令牌" in line or line.endswith("的")]
    assert any("“visible.png”的" in squeeze(line) for line in described)
    for line in zh.lines:
        assert not re.search(r"(的时间戳|时间戳令)$", line), line
        assert squeeze(line) not in ("牌", "令牌"), line
