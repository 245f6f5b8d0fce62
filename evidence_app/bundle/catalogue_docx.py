"""The 证据目录 as an editable Word file beside the signed PDF: the same rows, for the lawyer's filing.

Lawyers copy the catalogue into their own 证据目录 and edit it (parties, numbering, purposes);
they cannot edit a signed PDF. Every row here is the row the PDF prints (the exporter hands over
the rows the layout recorded), and the file says that the page numbers are the PDF's.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

from evidence_app.bundle.pages.base import Words
from evidence_app.bundle.pages.catalogue import (
    catalogue_cells,
    catalogue_header,
    gap_text,
    printed_rows,
)
from evidence_app.core.errors import UserError
from evidence_app.core.partfile import part_path

CONTEXT = "Bundle"

# column widths in cm on landscape A4 (25.7 cm between the margins): the name (what, whose, when,
# in what form) and the purpose get the room
_WIDTHS_CM = (1.5, 7.0, 2.2, 5.0, 8.2, 1.8)
_EAST_ASIAN_FONT = "宋体"
_LATIN_FONT = "Times New Roman"


def _set_fonts(style: Any, size: float) -> None:
    style.font.name = _LATIN_FONT
    style.font.size = Pt(size)
    fonts = style.element.get_or_add_rPr().get_or_add_rFonts()
    fonts.set(qn("w:eastAsia"), _EAST_ASIAN_FONT)


def write_catalogue_docx(
    path: Path, rows: list[dict[str, Any]], words: Words, case_title: str, pdf_name: str
) -> Path:
    """Write the catalogue *rows* (``Layout.catalogue_rows``) to *path*, atomically."""
    document = Document()
    section = document.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Cm(29.7), Cm(21.0)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Cm(2.0))
    _set_fonts(document.styles["Normal"], 10.5)
    heading = document.add_paragraph()
    heading.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = heading.add_run(words.one("Evidence catalogue"))
    run.bold = True
    run.font.size = Pt(16)
    document.add_paragraph(words.one("Case: {title}").format(title=case_title))
    document.add_paragraph(
        words.one("Submitted by: {blank}    Date submitted: {blank}").format(blank="_" * 16)
    )
    header = catalogue_header(words)
    table = document.add_table(rows=1, cols=len(header))
    table.style = "Table Grid"
    table.autofit = False
    for cell, text in zip(table.rows[0].cells, header, strict=True):
        cell.text = ""
        cell.paragraphs[0].add_run(text).bold = True
    _repeat_as_header(table.rows[0])
    gap = gap_text(words)
    for row in printed_rows(rows):
        cells = table.add_row().cells
        for cell, text in zip(cells, catalogue_cells(row), strict=True):
            _fill(cell, text)
            if text == gap:  # the lawyer's gap, as the PDF marks it: bold, in red
                for run in cell.paragraphs[0].runs:
                    run.bold = True
                    run.font.color.rgb = RGBColor(0xB0, 0x00, 0x00)
    for row in table.rows:
        for cell, width in zip(row.cells, _WIDTHS_CM, strict=True):
            cell.width = Cm(width)
    document.add_paragraph(
        words.one(
            "The rows are those of the evidence catalogue in the signed bundle {file}; the page "
            "numbers are that PDF's. The signed PDF is the evidence; this file is for editing."
        ).format(file=pdf_name)
    )
    temp = part_path(path)  # named for this process: a killed export's is swept by the next
    try:
        document.save(str(temp))
        os.replace(temp, path)
    except OSError as error:
        raise UserError(
            "The editable catalogue {path} cannot be written ({reason}). If it is open in Word, "
            "close it and export again.",
            path=str(path),
            reason=error.strerror or str(error),
        ) from error
    finally:
        temp.unlink(missing_ok=True)
    return path


def _fill(cell: Any, text: str) -> None:
    """*text* in *cell*, one paragraph per line."""
    lines = text.split("\n")
    cell.text = lines[0]
    for line in lines[1:]:
        cell.add_paragraph(line)


def _repeat_as_header(row: Any) -> None:
    properties = row._tr.get_or_add_trPr()
    flag = properties.makeelement(qn("w:tblHeader"), {qn("w:val"): "true"})
    properties.append(flag)


def read_catalogue_docx(path: Path) -> list[list[str]]:
    """The table's rows after the header as cell texts (lines joined by "\\n"): for tests and checks."""
    document = Document(str(path))
    table = document.tables[0]
    return [
        ["\n".join(p.text for p in cell.paragraphs) for cell in row.cells] for row in table.rows[1:]
    ]
