"""The custody log section and the event tables of the item pages (sentences: core.events)."""

from __future__ import annotations

from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    Flowable,
    Spacer,
    Table,
)

from evidence_app.bundle.fonts import SANS
from evidence_app.bundle.pages.base import (
    USABLE_WIDTH,
    BundleContent,
    Words,
    esc,
    operator_text,
    short_hash,
    zone_sentence,
)
from evidence_app.bundle.pages.flow import CELL_FONT_SIZE, Mark, _cell, _grid, _p, _when_cell
from evidence_app.core.events import event_sentence
from evidence_app.core.fields import (
    action_label,
)
from evidence_app.core.model import Event, Operator

CONTEXT = "Bundle"


_OPERATOR_WIDTH = 56.0
_CELL_SIDES = 6 + 1  # a cell's left and right padding, and a point to spare


def operator_cell(operator: Operator, words: Words, width: float) -> str:
    """``王小明（车主）``, or the name over the role in brackets when both do not fit one line of a
    column *width* points wide: a role is never broken inside its word (``车`` / ``主）``)."""
    text = operator_text(operator, words)
    if stringWidth(text, SANS, CELL_FONT_SIZE) <= width - _CELL_SIDES:
        return text
    role = text[len(operator.name) :].strip()
    return f"{operator.name}\n{role}"


def event_summary(
    event: Event,
    words: Words,
    numbers: dict[str, str] | None = None,
    categories: dict[str, str] | None = None,
) -> str:
    """One short plain sentence saying what the event did (worded by ``core.events``)."""
    return event_sentence(event, words, numbers, categories=categories)


def _event_rows(
    events: list[Event],
    numbers: dict[str, str],
    words: Words,
    styles: dict[str, ParagraphStyle],
    with_item: bool,
    categories: dict[str, str],
) -> list[list[Any]]:
    rows = []
    for e in events:
        # the key names of custody-log.json, so that a row can be found there
        chain = f"hash {short_hash(e.hash)} · prev {short_hash(e.prev_hash)}"
        row: list[Any] = [
            str(e.seq),
            _when_cell(e.at_utc, e.at_local, words, styles),
            operator_cell(e.operator, words, _OPERATOR_WIDTH),
            action_label(e.action, words.lang),
        ]
        if with_item:
            row.append(numbers.get(e.item or "", ""))
        # one paragraph per style: a cell mixing fonts costs reportlab far more to break
        row.append(
            [
                _cell(esc(event_summary(e, words, numbers, categories)), styles),
                _p(chain, styles["chain"]),
            ]
        )
        rows.append(row)
    return rows


def _event_table(
    events: list[Event],
    numbers: dict[str, str],
    words: Words,
    styles: dict[str, ParagraphStyle],
    with_item: bool,
    categories: dict[str, str] | None = None,  # item id → category: a message's times are "sent"
) -> Table:
    header = [
        words.both("No."),
        words.both("Time"),
        words.both("Operator"),
        words.both("Action"),
    ]
    widths: list[float] = [24, 104, _OPERATOR_WIDTH, 60]
    if with_item:
        header.append(words.both("Item"))
        widths.append(30)
    header.append(words.both("What happened; hash chain"))
    widths.append(USABLE_WIDTH - sum(widths))
    rows = _event_rows(events, numbers, words, styles, with_item, categories or {})
    return _grid(header, rows, widths, styles)


def _log_intro(events: list[Event], words: Words, head: str = "") -> str:
    """How a printed row ties to custody-log.json, and in which zone its times are printed."""
    if head:
        text = words.one(
            "Each row is one event of the attached custody-log.json, where No. is its seq; hash "
            "and prev are the first 16 characters of its hash and prev_hash, and the details are "
            "its payload in words."
        )
    else:
        text = words.one(
            "No. is the event's seq in the attached custody-log.json; hash and prev are the first "
            "16 characters of its hash and prev_hash."
        )
    text += " " + zone_sentence(words)
    if head:
        text += " " + words.one("The last event's full hash (the head): {head}").format(head=head)
    return text


def _custody_log(
    content: BundleContent, words: Words, styles: dict[str, ParagraphStyle], seen: dict[str, int]
) -> list[Flowable]:
    numbers = {i.id: i.number for i in content.items}
    return [
        Mark("custody", words.both("Custody log"), 0, seen),
        _p(esc(words.both("Custody log")), styles["h1"]),
        _p(
            esc(
                words.one(
                    "Every action on this case, in order. Each event's hash covers its content and "
                    "the previous event's hash, from 64 zeros to the head."
                )
            ),
            styles["small"],
        ),
        _p(esc(_log_intro(content.events, words, content.custody_head)), styles["small"]),
        Spacer(1, 4),
        _event_table(
            content.events,
            numbers,
            words,
            styles,
            with_item=True,
            categories={i.id: i.category for i in content.items},
        ),
    ]
