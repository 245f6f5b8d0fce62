"""What an item is called where items are listed: its category's label, or a more exact name
for an item the app made in a known way (Qt-free).

The categories are a contract (design.md); a recording of the visit (a video with its
navigation log) stays in ``other`` and is *named* "recording of the visit" (访问过程录像).
"""

from __future__ import annotations

from evidence_app.core.fields import category_label
from evidence_app.core.i18n import N_, tr
from evidence_app.core.model import Item

CONTEXT = "EvidenceNames"
RECORDING_OF_VISIT = N_(CONTEXT, "Recording of the visit")


def is_visit_recording(item: Item) -> bool:
    """A recording made in the browser: a video stored with the log of the addresses visited."""
    return any(f.role == "navigation_log" for f in item.files)


def evidence_name(item: Item, lang: str | None = None) -> str:
    """The item's name in lists: "Recording of the visit" for a recording, else its category."""
    return category_name(item.category, item, lang)


def category_name(category: str, item: Item | None, lang: str | None = None) -> str:
    """What *item* would be called with *category*: the one rule for naming, so the item form's
    category box says "Recording of the visit" for ``other`` exactly where the table does."""
    if category == "other" and item is not None and is_visit_recording(item):
        return tr(CONTEXT, RECORDING_OF_VISIT, lang)
    return category_label(category, lang)
