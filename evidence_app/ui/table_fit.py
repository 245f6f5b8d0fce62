"""The evidence table's columns fitted to its width: every header readable, the account column
taking what is left, and no horizontal scroll bar on a 1366-wide laptop with the item panel open."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QHeaderView, QStyle

# What each column needs for its contents (a date on two lines, "缺 3 项", "✓ stamped"); the
# header's own label is measured, and the widest of the two is asked for.
PREFERRED = {
    "number": 52,
    "thumbnail": 72,
    "category": 80,
    "platform": 64,
    "captured": 88,
    "time": 72,
    "complete": 64,
    "review": 64,
}
STRETCH = "account"  # takes the room left over
MIN_STRETCH = 64


def fit_columns(table: Any) -> None:
    """Size the columns of *table* (an ``EvidenceTable`` over an ``ItemTableModel`` proxy) to the
    width it has, with room kept for a vertical scroll bar."""
    model = table.model()
    source = getattr(model, "sourceModel", lambda: model)()
    columns = getattr(source, "COLUMNS", ())
    if STRETCH not in columns:
        return
    if not table.property("columnsFitted"):  # a language switch changes the headers
        table.setProperty("columnsFitted", True)
        model.headerDataChanged.connect(lambda *_args: fit_columns(table))
    header = table.horizontalHeader()
    stretch = columns.index(STRETCH)
    header.setStretchLastSection(False)
    if header.sectionResizeMode(stretch) != QHeaderView.ResizeMode.Stretch:
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    wanted: dict[int, int] = {}
    for index, name in enumerate(columns):
        if index != stretch and not header.isSectionHidden(index):
            label = header.sectionSizeFromContents(index).width()
            wanted[index] = max(PREFERRED.get(name, 64), label)
    bar = table.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, table)
    room = table.maximumViewportSize().width() - bar - MIN_STRETCH
    total = sum(wanted.values())
    scale = min(1.0, room / total) if total > 0 and room > 0 else 1.0
    for index, width in wanted.items():
        width = max(header.minimumSectionSize(), int(width * scale))
        if header.sectionSize(index) != width:
            header.resizeSection(index, width)
