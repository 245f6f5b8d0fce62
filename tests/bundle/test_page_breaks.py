"""Page breaks a lawyer can read (issue 16b): a heading never ends a page without what it introduces,
a table never leaves one row alone on a page, and a custody row's operator is not broken inside a
word ("王小明（车" / "主）").

Before, an item's custody table could break with its last row alone on the next page (E004 of a
case with time-stamps: page 17 held row 59 and nothing else), and every custody row printed the
operator as "王小明（车" over "主）".
"""

from __future__ import annotations

import itertools
import re
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.platypus import SimpleDocTemplate, Spacer, Table

from evidence_app.bundle.export import export_case
from evidence_app.bundle.pages.base import Words
from evidence_app.bundle.pages.events import operator_cell
from evidence_app.bundle.pages.flow import _grid, _p, _styles
from evidence_app.bundle.pages.keep import KeptTable, keep_headings
from evidence_app.core.identity import load_signer
from evidence_app.core.model import Operator
from evidence_app.core.store import CaseStore
from tests.bundle.court_case import OWNER, build_court_case

MARGIN = 50
FRAME = A4[1] - 2 * MARGIN - 12  # the frame's height, less its padding


def _pages(pdf: Path) -> list[str]:
    text = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    return text.split("\f")[:-1]


def _build(story: list, path: Path) -> list[str]:  # type: ignore[type-arg]
    doc = SimpleDocTemplate(
        str(path),
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN,
    )
    doc.build(story)
    return _pages(path)


def _rows(count: int, height: float = 24) -> list[list]:  # type: ignore[type-arg]
    """Rows a known height tall: "row 1" … with a spacer beside it."""
    return [[f"row {n}", Spacer(1, height)] for n in range(1, count + 1)]


def _on_page(page: str) -> list[int]:
    return [int(n) for n in re.findall(r"\brow (\d+)\b", page)]


@pytest.fixture()
def styles() -> dict:  # type: ignore[type-arg]
    return _styles()


def _table(count: int, styles: dict) -> Table:  # type: ignore[type-arg]
    table = _grid(["What", "Space"], _rows(count), [100, 300], styles)
    assert isinstance(table, KeptTable)
    return table


def _row_height(styles: dict) -> float:  # type: ignore[type-arg]
    table = _grid(["What", "Space"], _rows(1), [100, 300], styles)
    table.wrap(A4[0] - 2 * MARGIN, FRAME)
    return float(table._rowHeights[1])


def test_a_table_leaves_no_row_alone_at_the_foot_of_a_page(tmp_path: Path, styles) -> None:  # type: ignore[no-untyped-def]
    header = 14.0
    row = _row_height(styles)
    # room below the filler for the header and one row and a half
    filler = Spacer(1, FRAME - header - 1.5 * row)
    pages = _build([filler, _table(10, styles)], tmp_path / "foot.pdf")
    assert _on_page(pages[0]) == []  # not one row alone: the table starts on the next page
    assert _on_page(pages[1])[:2] == [1, 2]
    # the plain reportlab table would have left row 1 alone (the defect this guards against)
    plain = Table([["What", "Space"], *_rows(10)], colWidths=[100, 300], repeatRows=1)
    pages = _build([Spacer(1, FRAME - header - 1.5 * row), plain], tmp_path / "plain.pdf")
    assert _on_page(pages[0]) == [1]


def test_a_table_leaves_no_row_alone_at_the_top_of_the_next_page(tmp_path: Path, styles) -> None:  # type: ignore[no-untyped-def]
    row = _row_height(styles)
    # room for the header and all but the last of 10 rows
    table = _table(10, styles)
    table.wrap(A4[0] - 2 * MARGIN, FRAME)
    filler = Spacer(1, FRAME - sum(table._rowHeights) + 0.5 * row)
    pages = _build([filler, table], tmp_path / "top.pdf")
    assert _on_page(pages[0]) == list(range(1, 9))
    assert _on_page(pages[1]) == [9, 10]  # two rows, and the header repeated above them
    assert "What" in pages[1]


def test_a_short_table_moves_whole(tmp_path: Path, styles) -> None:  # type: ignore[no-untyped-def]
    row = _row_height(styles)
    filler = Spacer(1, FRAME - 14 - 3.5 * row)  # three of five rows would fit
    pages = _build([filler, _table(5, styles)], tmp_path / "short.pdf")
    assert _on_page(pages[0]) == []
    assert _on_page(pages[1]) == [1, 2, 3, 4, 5]


def test_a_table_taller_than_a_page_still_breaks(tmp_path: Path, styles) -> None:  # type: ignore[no-untyped-def]
    # three rows, each taller than a third of a page: they cannot stay together anywhere
    table = _grid(["What", "Space"], _rows(3, FRAME * 0.45), [100, 300], styles)
    pages = _build([table], tmp_path / "tall.pdf")
    assert sorted(n for page in pages for n in _on_page(page)) == [1, 2, 3]


def test_a_heading_moves_on_with_its_table(tmp_path: Path, styles) -> None:  # type: ignore[no-untyped-def]
    row = _row_height(styles)
    heading = _p("Custody events of this item", styles["h2"])
    note = _p("No. is the event's seq in the attached custody-log.json.", styles["note"])
    # room for the heading, its note and the header, but not two rows
    filler = Spacer(1, FRAME - 50 - 14 - 1.2 * row)
    story = keep_headings([filler, heading, note, _table(8, styles)])
    pages = _build(story, tmp_path / "heading.pdf")
    assert "Custody events" not in pages[0]
    assert "Custody events" in pages[1] and _on_page(pages[1])[:2] == [1, 2]
    # with room for two rows, the heading stays where it is
    filler = Spacer(1, FRAME - 50 - 14 - 3.2 * row)
    story = keep_headings([filler, heading, note, _table(8, styles)])
    pages = _build(story, tmp_path / "stays.pdf")
    assert "Custody events" in pages[0] and _on_page(pages[0])[:2] == [1, 2]


def test_the_operator_breaks_between_name_and_role() -> None:
    words = Words("zh_CN", "Asia/Shanghai")
    assert operator_cell(Operator("王小明", "owner"), words, 56) == "王小明\n（车主）"
    assert operator_cell(Operator("王小明", "owner"), words, 90) == "王小明（车主）"
    english = Words("en", "Asia/Shanghai")
    assert operator_cell(Operator("王小明", "owner"), english, 56) == "王小明\n(Owner)"


# the real bundle: every page, both languages


@pytest.fixture(scope="module", params=["zh_CN", "en"])
def bundle_pages(
    request, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[Path, list[str]]]:  # type: ignore[no-untyped-def]
    folder = tmp_path_factory.mktemp(f"breaks-{request.param}")
    store = CaseStore(folder / "data", OWNER)
    case_id, _ = build_court_case(store, folder / "sources")
    signer = load_signer(folder / "data", b"correct horse", OWNER.name)
    pdf = folder / "bundle.pdf"
    export_case(store, case_id, pdf, signer, lang=request.param)
    store.close()
    yield pdf, _pages(pdf)


_CUSTODY_ROW = re.compile(r"^ {0,3}\d{1,4} +\d{4}-\d\d-\d\d \d\d:\d\d:\d\d ", re.MULTILINE)
_HEADINGS = (
    "本证据的保管记录 / Custody events of this item",
    "Custody events of this item / 本证据的保管记录",
    "可信时间 / Trusted time",
    "Trusted time / 可信时间",
    "文件（已作为附件嵌入本 PDF） / Files (attached to this PDF)",
    "Files (attached to this PDF) / 文件（已作为附件嵌入本 PDF）",
)


def test_no_page_of_the_bundle_holds_a_single_custody_row(bundle_pages) -> None:  # type: ignore[no-untyped-def]
    _pdf, pages = bundle_pages
    for number, page in enumerate(pages, start=1):
        rows = len(_CUSTODY_ROW.findall(page))
        assert rows != 1, (number, page)


def test_no_page_of_the_bundle_ends_with_a_heading(bundle_pages) -> None:  # type: ignore[no-untyped-def]
    _pdf, pages = bundle_pages
    for number, page in enumerate(pages, start=1):
        lines = [line.strip() for line in page.splitlines() if line.strip()]
        body = lines[1:-1]  # less the running head and the footer
        assert body, number
        assert body[-1] not in _HEADINGS, (number, body[-3:])


def test_no_operator_is_broken_inside_a_word(bundle_pages) -> None:  # type: ignore[no-untyped-def]
    pdf, _ = bundle_pages
    words = subprocess.run(
        ["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert ">王小明（车</word>" not in words and ">主）</word>" not in words
    assert ">王小明</word>" in words or ">王小明（车主）</word>" in words


def test_a_tall_capture_is_cut_into_slices_of_even_height() -> None:
    # before: a 1280×9000 page printed as five full slices and a sixth of rows 8925–8999, 40 of
    # them repeated: a page holding one line of the capture
    from evidence_app.bundle.images import ImagePlan
    from evidence_app.bundle.pages.base import SLICE_OVERLAP_PX
    from evidence_app.bundle.pages.flow import image_slices

    for height in (3000, 9000, 12000, 100_000):
        _scale, slices = image_slices(ImagePlan(Path("page.png"), 1280, height, "png"))
        heights = [rows for _first, rows in slices]
        assert max(heights) - min(heights) <= len(slices), (height, slices)
        assert slices[0][0] == 0 and slices[-1][0] + slices[-1][1] == height
        for (first, rows), (following, _rows) in itertools.pairwise(slices):
            assert first + rows - following == SLICE_OVERLAP_PX  # each overlaps the next
    _scale, slices = image_slices(ImagePlan(Path("page.png"), 1280, 9000, "png"))
    assert len(slices) == 6 and slices[-1][1] > 1000
