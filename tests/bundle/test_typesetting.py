"""The bundle's typesetting, read from a real exported PDF with poppler: every character as itself
(𠮷 from CJK Extension B, 😡), every font embedded, Chinese line breaking (no line of a cell starts
with closing punctuation, ends with opening punctuation, or splits an ID), the court-form catalogue
and its .docx twin, the footer "第 N 页 / 共 M 页" with the evidence number, whole bookmarks."""

from __future__ import annotations

import json
import re
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from html import unescape
from pathlib import Path

import pytest
from pyhanko.pdf_utils.reader import PdfFileReader

from evidence_app.bundle.catalogue_docx import read_catalogue_docx
from evidence_app.bundle.export import ExportResult, export_case
from evidence_app.bundle.format import CATALOGUE_KEY
from evidence_app.bundle.linebreak import CANNOT_END, CANNOT_START
from evidence_app.bundle.pages.catalogue import catalogue_cells
from evidence_app.core.identity import load_signer
from evidence_app.core.model import Operator
from evidence_app.core.store import CaseStore
from tests.bundle.make_case import jpeg_photo, phone_screenshot

NICKNAME = "吉𠮷车评😡"
UID = "55123900217788"
# a purpose long enough to wrap many times in its column, full of places where a naive break
# would start a line with "，" or "。" or end one with "（" or "《"
PURPOSE = (
    "证明被告以昵称“" + NICKNAME + "”（UID " + UID + "）于2025年9月20日发布《刹车门真相》，"
    "捏造原告车辆“刹车失灵”的事实，页面显示浏览12,345次、转发678次；"
    "其后又多次转发、评论，称原告“骗保”。贬损原告人格，侵害原告名誉权。"
) * 2


@dataclass
class Bundle:
    pdf: Path
    result: ExportResult
    lang: str


def _export(folder: Path, lang: str) -> Bundle:
    store = CaseStore(folder / "data", Operator("王𠮷", "owner"))
    try:
        case = store.create_case("车主𠮷某被网暴案", "王𠮷")
        sources = folder / "sources"
        sources.mkdir()
        shot = phone_screenshot(sources / "post.png", 1)
        fields = {
            "platform": "微博",
            "account_name": NICKNAME,
            "account_id": UID,
            "url": f"https://weibo.example.com/{UID}/NxYzAbCdE?refer=search&type=comment",
            "content_text": "这车刹车有问题😡！！",
            "purpose": PURPOSE,
        }
        store.import_files(case.id, [shot], "post", fields)
        photo = jpeg_photo(sources / "身份证.jpg")
        store.import_files(case.id, [photo], "identity_document", {"purpose": "证明原告身份。"})
        signer = load_signer(folder / "data", b"correct horse", "王𠮷")
        pdf = folder / "bundle.pdf"
        result = export_case(store, case.id, pdf, signer, lang=lang)
    finally:
        store.close()
    return Bundle(pdf, result, lang)


@pytest.fixture(scope="module")
def zh(tmp_path_factory: pytest.TempPathFactory) -> Bundle:
    return _export(tmp_path_factory.mktemp("typeset-zh"), "zh_CN")


@pytest.fixture(scope="module")
def en(tmp_path_factory: pytest.TempPathFactory) -> Bundle:
    return _export(tmp_path_factory.mktemp("typeset-en"), "en")


def _run(*args: str | Path) -> str:
    """A poppler tool's output; it writes a character beyond U+FFFF in the document's title as its
    two UTF-16 halves, each as UTF-8 (CESU-8), so the halves are joined again here."""
    out = subprocess.run([str(a) for a in args], check=True, capture_output=True).stdout
    text = out.decode("utf-8", "surrogatepass")
    return text.encode("utf-16", "surrogatepass").decode("utf-16")


def _pages(pdf: Path) -> list[str]:
    return _run("pdftotext", "-layout", pdf, "-").split("\f")


def _lines(pdf: Path) -> Iterator[str]:
    """Every line poppler finds, one cell's line at a time (-bbox-layout keeps columns apart)."""
    xml = _run("pdftotext", "-bbox-layout", pdf, "-")
    for line in re.findall(r"<line [^>]*>(.*?)</line>", xml, re.S):
        words = re.findall(r"<word [^>]*>(.*?)</word>", line)
        if words:
            yield unescape(" ".join(words))


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_ext_b_and_emoji_print_as_themselves_in_embedded_fonts(lang, request):
    bundle: Bundle = request.getfixturevalue(lang)
    text = "\n".join(_pages(bundle.pdf))
    assert "𠮷" in text and "😡" in text
    assert NICKNAME in text.replace(" ", "")
    assert "[U+" not in text
    fonts = _run("pdffonts", bundle.pdf).splitlines()[2:]
    assert len(fonts) >= 2  # the main face and at least one fallback
    for line in fonts:
        columns = line.split()
        assert columns[-5] == "yes", line  # embedded


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_no_line_starts_with_closing_or_ends_with_opening_punctuation(lang, request):
    bundle: Bundle = request.getfixturevalue(lang)
    lines = list(_lines(bundle.pdf))
    assert any("刹车失灵" in line for line in lines)
    for line in lines:
        assert line[0] not in CANNOT_START, line
        assert line[-1] not in CANNOT_END, line
    layout = "\n".join(_pages(bundle.pdf))
    for line in layout.splitlines():
        assert not line.strip().startswith(("，", "。")), line


def test_an_id_is_not_broken_where_it_fits_on_a_line(zh):
    lines = list(_lines(zh.pdf))
    pieces = [line for line in lines if re.search(r"\d{4,}", line) and UID not in line]
    assert any(UID in line for line in lines)
    for line in pieces:
        for run in re.findall(r"\d{4,}", line):
            assert run not in UID or run == UID, (run, line)


def _catalogue_rows(pdf: Path) -> list[dict[str, str]]:
    with pdf.open("rb") as stream:
        reader = PdfFileReader(stream, strict=False)
        record = json.loads(bytes(reader.root[CATALOGUE_KEY].data).decode("utf-8"))
    rows: list[dict[str, str]] = record["rows"]
    return rows


def _squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _catalogue_page(pdf: Path) -> int:
    """The 1-based page number of the catalogue: the first page with its 序号 column (an English
    bundle's headers are English only: "No.", "Form of evidence")."""
    pages = _pages(pdf)
    return next(
        n for n, page in enumerate(pages, start=1) if "序号" in page or "Form of evidence" in page
    )


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_the_docx_catalogue_has_every_row_of_the_pdf(lang, request):
    bundle: Bundle = request.getfixturevalue(lang)
    docx = bundle.result.catalogue_docx
    assert docx == bundle.pdf.with_suffix(".docx") and docx.is_file()
    rows = _catalogue_rows(bundle.pdf)
    assert [r["number"] for r in rows] == ["E001", "E002"]
    assert read_catalogue_docx(docx) == [catalogue_cells(row) for row in rows]
    # and the PDF prints those cells on its catalogue page (-raw: cell after cell, as drawn)
    number = str(_catalogue_page(bundle.pdf))
    catalogue = _squeeze(_run("pdftotext", "-raw", "-f", number, "-l", number, bundle.pdf, "-"))
    for row in rows:
        for cell in catalogue_cells(row):
            for line in cell.split("\n"):
                assert _squeeze(line) in catalogue, (line, catalogue)


def test_the_catalogue_is_in_court_form(zh):
    page = _pages(zh.pdf)[_catalogue_page(zh.pdf) - 1]
    header = _squeeze(page.split("E001")[0])
    for column in ("序号", "证据名称", "证据形式", "来源", "证明目的", "页码"):
        assert column in header
    assert "SHA-256" not in page
    rows = {r["number"]: r for r in _catalogue_rows(zh.pdf)}
    assert rows["E001"]["form"] == "电子数据"
    assert rows["E002"]["form"] == "书证"  # a photographed ID card
    for row in rows.values():
        assert row["source"].strip()  # never blank
    assert "身份证.jpg" in rows["E002"]["source"]
    # the hashes print on the item pages instead, labelled
    item_page = _pages(zh.pdf)[_catalogue_page(zh.pdf)]  # the page after the catalogue: E001
    assert "SHA-256" in item_page


def test_footer_counts_pages_and_names_the_item(zh):
    pages = [p for p in _pages(zh.pdf) if p.strip()]
    total = len(pages)
    pages = [_squeeze(p) for p in pages]
    assert f"第1页/共{total}页" in pages[0]
    assert f"第{total}页/共{total}页" in pages[-1]
    span = _catalogue_rows(zh.pdf)[0]["pages"].split("–")
    first, last = int(span[0]), int(span[-1])
    assert "证据E001·第" in pages[first - 1] and "证据E001·第" in pages[last - 1]
    assert "证据E001·第" not in pages[1]  # the catalogue belongs to no item


def test_bookmarks_are_whole_and_descriptions_in_the_bundle_language(zh):
    with zh.pdf.open("rb") as stream:
        reader = PdfFileReader(stream, strict=False)
        titles = []
        node = reader.root["/Outlines"].get("/First")
        stack = [node] if node is not None else []
        while stack:
            entry = stack.pop().get_object()
            titles.append(str(entry["/Title"]))
            if "/First" in entry:
                stack.append(entry["/First"])
            if "/Next" in entry:
                stack.append(entry["/Next"])
        names = reader.root["/Names"]["/EmbeddedFiles"]["/Names"]
        descriptions = [str(names[i + 1].get_object()["/Desc"]) for i in range(0, len(names), 2)]
    item = next(t for t in titles if t.startswith("E001"))
    assert NICKNAME in item and not item.rstrip().endswith("·")
    assert any("原始文件" in d for d in descriptions), descriptions
    assert any(d.startswith("清单") for d in descriptions)


def test_the_signer_is_named_plainly(zh):
    text = "\n".join(_pages(zh.pdf))
    assert "王𠮷" in text
    assert "CN=" not in text.replace("CN=Evidence", "")  # a TSA's name may still carry it


def test_the_shipped_fallbacks_alone_cover_ext_b_names_and_emoji():
    """A machine without Debian's fonts-hanazono and fonts-symbola (Windows, a frozen app) prints
    with the subsets in resources/fonts: each is a TrueType file reportlab reads."""
    from reportlab.pdfbase.ttfonts import TTFont

    from evidence_app.bundle.fonts import FONTS_DIR

    def codes(name: str) -> set[int]:
        font = TTFont(name, str(FONTS_DIR / name))
        return {code for code, glyph in font.face.charToGlyph.items() if glyph}

    names = codes("hanazono-extb-names-subset.ttf")
    assert ord("𠮷") in names and len(names) > 1900  # JIS X 0213 and HKSCS Extension B too
    assert ord("䶮") in codes("hanazono-exta-subset.ttf")
    assert {ord("😡"), ord("☺"), ord("👍")} <= codes("symbola-symbols-subset.ttf")
    for licence in ("LICENSE-hanazono.txt", "LICENSE-symbola.txt"):
        assert (FONTS_DIR / licence).is_file()


def test_a_catalogue_that_cannot_be_written_is_said_plainly(tmp_path):
    from evidence_app.bundle.catalogue_docx import write_catalogue_docx
    from evidence_app.bundle.pages.base import Words
    from evidence_app.core.errors import UserError

    blocked = tmp_path / "bundle.docx"
    blocked.mkdir()  # a folder where the file should go: os.replace fails
    row = {"number": "E001", "name": "帖子", "form": "电子数据", "source": "微博",
           "purpose": "证明", "pages": "3"}  # fmt: skip
    with pytest.raises(UserError, match="cannot be written"):
        write_catalogue_docx(blocked, [row], Words("zh_CN"), "案", "bundle.pdf")
    assert [p.name for p in tmp_path.iterdir()] == ["bundle.docx"]  # no temporary file left
    written = write_catalogue_docx(tmp_path / "ok.docx", [row], Words("zh_CN"), "案", "ok.pdf")
    assert read_catalogue_docx(written) == [["E001", "帖子", "电子数据", "微博", "证明", "3"]]


def test_a_catalogue_whose_writer_was_killed_is_swept_by_the_next_export(tmp_path):
    """A process killed while saving the .docx leaves its temp file; the next export's sweep of
    the folder removes it (it is named for its process, as the PDF's is)."""
    import sys

    from evidence_app.core.partfile import sweep_abandoned

    script = (
        "import os, sys\n"
        "from pathlib import Path\n"
        "from evidence_app.bundle.catalogue_docx import write_catalogue_docx\n"
        "from evidence_app.bundle.pages.base import Words\n"
        "os.replace = lambda *a: os._exit(9)  # killed after the save, before the rename\n"
        "row = dict(number='E001', name='帖子', form='电子数据', source='微博', purpose='证明', pages='3')\n"
        "write_catalogue_docx(Path(sys.argv[1]), [row], Words('zh_CN'), '案', 'bundle.pdf')\n"
    )
    died = subprocess.run(
        [sys.executable, "-c", script, str(tmp_path / "bundle.docx")], check=False
    )
    assert died.returncode == 9
    left = [p.name for p in tmp_path.iterdir()]
    assert len(left) == 1 and left[0].startswith(".bundle.docx.") and left[0].endswith(".part")
    assert [p.name for p in sweep_abandoned(tmp_path)] == left
    assert list(tmp_path.iterdir()) == []
