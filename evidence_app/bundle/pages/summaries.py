"""Timeline, reach against the reference figures, and the guide's list of what is missing."""

from __future__ import annotations

from datetime import timezone

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import (
    Flowable,
    Spacer,
)

from evidence_app.bundle.pages.base import (
    REPOSTS_THRESHOLD,
    VIEWS_THRESHOLD,
    BundleContent,
    Words,
    _parse_time,
    entered_time,
    esc,
    evidence_name,
)
from evidence_app.bundle.pages.flow import _grid, _p, _when_cell
from evidence_app.core.fields import (
    parse_count,
)
from evidence_app.core.model import Item

CONTEXT = "Bundle"


def _event_time(item: Item) -> str:
    """When it happened, as UTC for sorting: the posting time where known, else the capture."""
    posted = _parse_time(item.fields.get("posted_at", ""))
    if posted is not None and posted.tzinfo is not None:
        return posted.astimezone(timezone.utc).isoformat()
    return item.captured_utc


def _timeline(
    content: BundleContent, words: Words, styles: dict[str, ParagraphStyle]
) -> list[Flowable]:
    rows = []
    for item in sorted(content.items, key=lambda i: (_event_time(i), i.seq_number)):
        posted = entered_time(item.fields.get("posted_at", "")) or item.fields.get(
            "posted_at_displayed", ""
        )
        rows.append(
            [
                posted or "—",
                _when_cell(item.captured_utc, item.captured_local, words, styles),
                item.number,
                evidence_name(item, content.lang),
            ]
        )
    return [
        _p(esc(words.both("Timeline")), styles["h1"]),
        _p(
            esc(
                words.one(
                    "Items in the order things happened: posting time where known, else capture time."
                )
            ),
            styles["small"],
        ),
        Spacer(1, 4),
        _grid(
            [
                words.both("Posted"),
                words.both("Captured"),
                words.both("Item"),
                words.both("Evidence name"),
            ],
            rows,
            [90, 120, 30, 195],
            styles,
        ),
    ]


def _thresholds(
    content: BundleContent, words: Words, styles: dict[str, ParagraphStyle]
) -> list[Flowable]:
    rows = []
    total_views = total_reposts = 0
    for item in content.items:
        views = parse_count(item.fields.get("views", ""))
        reposts = parse_count(item.fields.get("reposts", ""))
        if views is None and reposts is None:
            continue
        total_views += views or 0
        total_reposts += reposts or 0
        met = (views or 0) >= VIEWS_THRESHOLD or (reposts or 0) >= REPOSTS_THRESHOLD
        rows.append(
            [
                item.number,
                item.fields.get("views", "—"),
                item.fields.get("reposts", "—"),
                entered_time(item.fields.get("counts_observed_at", "")) or "—",
                words.one("yes") if met else words.one("no"),
            ]
        )
    story: list[Flowable] = [
        Spacer(1, 10),
        _p(esc(words.both("Threshold summary")), styles["h1"]),
        _p(
            esc(
                words.one(
                    'Defamation online is "serious" when the same false content is viewed 5,000 '
                    "times or more, or reposted 500 times or more (SPC/SPP interpretation 2013, "
                    "art. 2); counts of repeated content within one year add up."
                )
            ),
            styles["small"],
        ),
        Spacer(1, 4),
    ]
    if not rows:
        story.append(_p(esc(words.one("No item records view or repost counts.")), styles["body"]))
        return story
    story.append(
        _grid(
            [
                words.both("Item"),
                words.both("Views"),
                words.both("Reposts"),
                words.both("Observed at"),
                words.both("Meets a threshold"),
            ],
            rows,
            [40, 80, 80, 130, 80],
            styles,
        )
    )
    story.append(
        _p(
            esc(
                words.one("Totals over all items: {views} views, {reposts} reposts.").format(
                    views=f"{total_views:,}", reposts=f"{total_reposts:,}"
                )
            ),
            styles["body"],
        )
    )
    return story


def _missing(
    content: BundleContent, words: Words, styles: dict[str, ParagraphStyle]
) -> list[Flowable]:
    story: list[Flowable] = [Spacer(1, 10), _p(esc(words.both("Missing evidence")), styles["h1"])]
    if not content.gaps:
        story.append(
            _p(
                esc(words.one("No missing evidence was listed when this bundle was exported.")),
                styles["body"],
            )
        )
        return story
    # The lines are the guide's reminders to the owner, quoted as the app showed them.
    story.append(
        _p(
            esc(
                words.one(
                    "When this bundle was exported, the app's evidence guide listed these gaps in "
                    "it (quoted as the guide words them for the owner):"
                )
            ),
            styles["body"],
        )
    )
    story.append(Spacer(1, 3))
    for gap in content.gaps:
        story.append(_p("• " + esc(gap), styles["body"]))
    return story
