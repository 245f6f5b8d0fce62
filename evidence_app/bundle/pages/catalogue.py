"""The 证据目录 / evidence catalogue in court form (Evidence Provisions art. 19): 序号, 证据名称, 证据形式, 来源, 证明目的, 页码.

The rows are returned too: the exporter records them in the PDF (verify holds the manifest against
them, ``sha256`` included though the hashes print on the item pages) and writes them as the
editable .docx beside the PDF (:mod:`evidence_app.bundle.catalogue_docx`).
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable

from evidence_app.bundle.fonts import SANS
from evidence_app.bundle.pages.base import (
    PAGES_PLACEHOLDER,
    USABLE_WIDTH,
    BundleContent,
    Words,
    esc,
    evidence_name,
    item_source,
    short_hash,
)
from evidence_app.bundle.pages.flow import Mark, _cell, _grid, _p
from evidence_app.core.evidence_form import DOCUMENTARY, evidence_form, form_label
from evidence_app.core.fields import role_label
from evidence_app.core.i18n import N_
from evidence_app.core.model import Item
from evidence_app.core.posted_time import is_imported

CONTEXT = "Bundle"

# An empty 证明目的 is a gap the lawyer must fill: printed bold in red so that it stands out.
GAP_COLOUR = "#B00000"

# the columns whose text is short and never breaks: 序号, 证据形式, 页码 (index in the row)
_NARROW = (0, 2, 5)
_CELL_PADDING = 6 + 1  # left and right padding of a cell, and a point to spare
_CELL_FONT_SIZE = 7.2
# the share of the remaining width for 证据名称, 来源 and 证明目的: the name (what, whose, when,
# in what form) and the purpose get the room
_WIDE_SHARES = {1: 0.34, 3: 0.27, 4: 0.39}


def catalogue_header(words: Words) -> list[str]:
    """In the bundle's language only: a court's catalogue has one set of headers."""
    return [
        words.only(N_(CONTEXT, "No. (序号)")),
        words.only(N_(CONTEXT, "Evidence name")),
        words.only(N_(CONTEXT, "Form of evidence")),
        words.only(N_(CONTEXT, "Source")),
        words.only(N_("Fields", "Purpose (证明目的)"), "Fields"),
        words.only(N_(CONTEXT, "Pages")),
    ]


def source_text(item: Item, words: Words) -> str:
    """Where the item comes from, said so that the owner's own files are told from the app's
    captures: the owner's screenshot with its file name and the address the owner typed, or the
    app's browser with the address it loaded (never empty)."""
    platform, url = item_source(item)
    url = url.strip()
    lines = [platform.strip()] if platform.strip() else []
    who = role_label(item.operator.role, words.lang)
    who = who if words.lang == "zh_CN" else who.lower()
    originals = item.files_with_role("original")
    if is_imported(item) and originals:
        picture = originals[0].mime.startswith("image/")
        if picture and item_form(item) == DOCUMENTARY:  # a paper photographed or scanned
            text = words.one("Photo or scan provided by the {who} (original file name: {file})")
        elif picture:
            text = words.one("Screenshot provided by the {who} (original file name: {file})")
        else:
            text = words.one("File provided by the {who} (original file name: {file})")
        text = text.format(who=who, file=originals[0].name)
        if url:
            text += words.one(", address filled in by the {who}: {url}").format(who=who, url=url)
        lines.append(text)
    elif item.files_with_role("video"):
        lines.append(words.one("Screen recording by {name}").format(name=item.operator.name))
        if url:
            lines.append(url)
    elif url:
        lines.append(
            words.one(
                "Captured from this address by Evidence App's built-in browser: {url}"
            ).format(url=url)
        )
    else:
        lines.append(words.one("Captured by {name}").format(name=item.operator.name))
    return "\n".join(lines)


def gap_text(words: Words) -> str:
    """What an empty 证明目的 prints: a gap for the lawyer to fill."""
    return words.one("(not filled in: for the lawyer to complete)")


def item_form(item: Item) -> str:
    return evidence_form(item.category, [(f.role, f.mime) for f in item.files])


def _pages_text(item: Item, item_pages: dict[str, tuple[int, int]]) -> str:
    if not item_pages:
        # the first pass: as wide as any page range of a bundle under 1,000 pages, so that the
        # second pass (with the real ranges) lays out the same rows and confirms them
        return PAGES_PLACEHOLDER
    first, last = item_pages.get(item.number, (0, 0))
    if not first:
        return "—"
    return str(first) if first == last else f"{first}–{last}"


def _fit_widths(header: list[str], rows: list[list[str]]) -> list[float]:
    """Narrow columns as wide as their longest line (their header may wrap between words); the
    rest shared out."""

    def longest(text: str) -> float:
        return max(float(stringWidth(line, SANS, _CELL_FONT_SIZE)) for line in text.split("\n"))

    widths: dict[int, float] = {}
    for column in _NARROW:
        body = max((longest(row[column]) for row in rows), default=0.0)
        head = max(longest(word) for word in header[column].split())
        widths[column] = max(body, head) + _CELL_PADDING
    rest = USABLE_WIDTH - sum(widths.values())
    for column, share in _WIDE_SHARES.items():
        widths[column] = rest * share
    return [widths[column] for column in range(len(header))]


def _catalogue(
    content: BundleContent,
    words: Words,
    styles: dict[str, ParagraphStyle],
    seen: dict[str, int],
    item_pages: dict[str, tuple[int, int]],
) -> tuple[list[Flowable], list[dict[str, Any]]]:
    header = catalogue_header(words)
    table_rows: list[list[str]] = []
    rows: list[dict[str, Any]] = []
    for item in content.items:
        platform, url = item_source(item)
        pages = _pages_text(item, item_pages)
        name = evidence_name(item, content.lang)
        form = form_label(item_form(item), content.lang)
        source = source_text(item, words)
        purpose = item.fields.get("purpose", "").strip() or gap_text(words)
        hashes = [f.sha256 for f in item.files if f.role != "tsr"]
        rows.append(
            {
                "number": item.number,
                "name": name,
                "form": form,
                "source": source,
                "purpose": purpose,
                "pages": pages,
                "platform": platform,
                "url": url,
                "captured_at_utc": item.captured_utc,
                "sha256": [short_hash(h) for h in hashes],
                # recorded (verify holds every item of the manifest against a row), not printed:
                # a withdrawn item is not offered to the court; the custody log keeps it
                "withdrawn": item.withdrawn,
            }
        )
        if not item.withdrawn:
            table_rows.append([item.number, name, form, source, purpose, pages])
    gap = gap_text(words)
    shown: list[list[Any]] = [
        [
            _cell(f'<font color="{GAP_COLOUR}"><b>{esc(cell)}</b></font>', styles)
            if column == 4 and cell == gap
            else cell
            for column, cell in enumerate(row)
        ]
        for row in table_rows
    ]
    story: list[Flowable] = [
        Mark("catalogue", words.both("Evidence catalogue (证据目录)"), 0, seen),
        _p(esc(words.both("Evidence catalogue (证据目录)")), styles["h1"]),
        _grid(header, shown, _fit_widths(header, table_rows), styles),
    ]
    return story, rows


def printed_rows(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The recorded rows the catalogue prints: withdrawn items are left out."""
    return [row for row in rows if not row.get("withdrawn")]


def catalogue_cells(row: dict[str, Any]) -> list[str]:
    """One recorded row as the six cells it prints (the .docx writes the same)."""
    return [row[key] for key in ("number", "name", "form", "source", "purpose", "pages")]
