"""The 证据目录 / evidence catalogue."""

from __future__ import annotations

from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import (
    Flowable,
)

from evidence_app.bundle.pages.base import (
    PAGES_PLACEHOLDER,
    BundleContent,
    Words,
    esc,
    evidence_name,
    item_source,
    short_hash,
)
from evidence_app.bundle.pages.flow import Mark, _grid, _p, _when_cell

CONTEXT = "Bundle"


def _catalogue(
    content: BundleContent,
    words: Words,
    styles: dict[str, ParagraphStyle],
    seen: dict[str, int],
    item_pages: dict[str, tuple[int, int]],
) -> tuple[list[Flowable], list[dict[str, Any]]]:
    header = [
        words.both("No."),
        words.both("Evidence name"),
        words.both("Source (platform, URL)"),
        words.both("Capture time"),
        words.both("Purpose (证明目的)", "Fields"),
        words.both("Pages"),
        words.both("SHA-256 (first 16)"),
    ]
    table_rows: list[list[Any]] = []
    rows: list[dict[str, Any]] = []
    for item in content.items:
        platform, url = item_source(item)
        first, last = item_pages.get(item.number, (0, 0))
        if not item_pages:
            # the first pass: as wide as any page range of a bundle under 1,000 pages, so that the
            # second pass (with the real ranges) lays out the same rows and confirms them
            pages = PAGES_PLACEHOLDER
        elif not first:
            pages = "—"
        else:
            pages = str(first) if first == last else f"{first}–{last}"
        hashes = [f.sha256 for f in item.files if f.role != "tsr"]
        name = evidence_name(item, content.lang)
        if item.withdrawn:
            name += "\n" + words.one("Withdrawn: {reason}").format(reason=item.withdrawn_reason)
        rows.append(
            {
                "number": item.number,
                "name": name,
                "platform": platform,
                "url": url,
                "captured_at_utc": item.captured_utc,
                "purpose": item.fields.get("purpose", ""),
                "pages": pages,
                "sha256": [short_hash(h) for h in hashes],
            }
        )
        table_rows.append(
            [
                item.number,
                name,
                "\n".join(x for x in (platform, url) if x),
                _when_cell(item.captured_utc, item.captured_local, words, styles),
                item.fields.get("purpose", "").strip() or words.one("(not filled in)"),
                pages,
                _p("<br/>".join(esc(short_hash(h)) for h in hashes), styles["mono"]),
            ]
        )
    story: list[Flowable] = [
        Mark("catalogue", words.both("Evidence catalogue (证据目录)"), 0, seen),
        _p(esc(words.both("Evidence catalogue (证据目录)")), styles["h1"]),
        _grid(header, table_rows, [26, 88, 102, 88, 71, 34, 72], styles),
    ]
    return story, rows
