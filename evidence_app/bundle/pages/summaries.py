"""Timeline in posting order, reach against the reference figures of 法释〔2013〕21号, accounts, gaps."""

from __future__ import annotations

from datetime import datetime

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import (
    Flowable,
    Spacer,
)

from evidence_app.bundle.pages.base import (
    BundleContent,
    Words,
    esc,
    evidence_name,
    posted_text,
    resolve_posted,
)
from evidence_app.bundle.pages.flow import _grid, _p, _when_cell
from evidence_app.core.model import Item
from evidence_app.core.reach import (
    REPOSTS_REFERENCE,
    VIEWS_REFERENCE,
    AccountReach,
    PostReach,
    WindowSum,
    account_reach,
    account_summaries,
    post_reach,
)

CONTEXT = "Bundle"

INTERPRETATION = (
    "《最高人民法院、最高人民检察院关于办理利用信息网络实施诽谤等刑事案件适用法律若干问题的解释》"
    "（法释〔2013〕21号）"
)


def _timeline(
    content: BundleContent, words: Words, styles: dict[str, ParagraphStyle]
) -> list[Flowable]:
    placed: list[tuple[datetime, int, Item]] = []
    unplaced: list[Item] = []
    for item in content.items:
        resolved = resolve_posted(item, words.zone)
        if resolved is None:
            unplaced.append(item)
        else:
            placed.append((resolved.utc, item.seq_number, item))
    rows = []
    for _moment, _seq, item in sorted(placed, key=lambda entry: entry[:2]):
        rows.append(_timeline_row(item, posted_text(item, words), content, words, styles))
    for item in sorted(unplaced, key=lambda i: (i.captured_utc, i.seq_number)):
        typed = posted_text(item, words)
        if typed:
            why = words.one("“{text}” could not be read as a time: listed last").format(text=typed)
        else:
            why = words.one("no posting time given: listed last, by capture time")
        rows.append(_timeline_row(item, why, content, words, styles))
    return [
        _p(esc(words.both("Timeline")), styles["h1"]),
        _p(
            esc(
                words.one(
                    "Items in order of posting time, as the owner typed it or the page showed it "
                    "and as read by the app; a relative time (“3小时前”) is worked out from the "
                    "capture time and marked. Items without a readable posting time come last."
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
            [128, 108, 46, 158],
            styles,
        ),
    ]


def _timeline_row(
    item: Item, posted: str, content: BundleContent, words: Words, styles: dict[str, ParagraphStyle]
) -> list[object]:
    return [
        posted or "—",
        _when_cell(item.captured_utc, item.captured_local, words, styles),
        item.number,
        evidence_name(item, content.lang),
    ]


def _reference_text(post: PostReach, words: Words) -> str:
    """What the displayed counts are beside the art. 2 figures, never a finding."""
    if post.observed is None:
        lead = words.one("No observation time: not compared, not summed.")
        return lead
    reached = []
    if post.views_reach:
        reached.append(words.one("views ≥ {n:,}").format(n=VIEWS_REFERENCE))
    if post.reposts_reach:
        reached.append(words.one("reposts ≥ {n:,}").format(n=REPOSTS_REFERENCE))
    if reached:
        return words.one("The displayed figures reach the reference figure ({which}).").format(
            which=words.one(", ").join(reached)
        )
    return words.one("The displayed figures do not reach the reference figures.")


def _count_text(value: int | None, typed: str) -> str:
    if value is None:
        return typed or "—"
    shown = f"{value:,}"
    return shown if typed in (shown, str(value)) else f"{shown} ({typed})"


def _thresholds(
    content: BundleContent, words: Words, styles: dict[str, ParagraphStyle]
) -> list[Flowable]:
    posts = [p for p in post_reach(content.items, words.zone) if p.has_counts]
    story: list[Flowable] = [
        Spacer(1, 10),
        _p(esc(words.both("Reach as the pages displayed it")), styles["h1"]),
    ]
    for text in (
        words.one(
            "Reference figures: art. 2 of {law} names the same defamatory information viewed "
            "5,000 times or more, or reposted 500 times or more; art. 4 adds up the counts of "
            "one person's repeated acts within one year."
        ).format(law=INTERPRETATION),
        words.one(
            "These are reference figures of criminal law (the offence of defamation); a civil "
            "claim for infringement of the right of reputation (名誉权) does not require them."
        ),
        words.one(
            "The figures below are what the pages displayed at the time they were observed, as "
            "read by the owner; the platform's actual figures can only come from the platform. "
            "Whether a legal standard is met is for the court to decide."
        ),
    ):
        story.append(_p(esc(text), styles["small"]))
    story.append(Spacer(1, 4))
    if not posts:
        story.append(_p(esc(words.one("No item records view or repost counts.")), styles["body"]))
        return story
    story.append(_p(esc(words.both("Per post (art. 2 reference)")), styles["h2"]))
    rows = []
    for post in posts:
        account = " · ".join(x for x in (post.platform, post.account_name, post.account_id) if x)
        rows.append(
            [
                post.number,
                account or "—",
                _count_text(post.views, post.views_text),
                _count_text(post.reposts, post.reposts_text),
                words.when(post.observed) if post.observed else words.one("not given"),
                _reference_text(post, words),
            ]
        )
    story.append(
        _grid(
            [
                words.both("Item"),
                words.both("Account"),
                words.both("Views displayed"),
                words.both("Reposts displayed"),
                words.both("Observed at"),
                words.both("Beside the reference figures"),
            ],
            rows,
            [46, 84, 56, 56, 96, 104],
            styles,
        )
    )
    story += _per_account(account_reach(posts), words, styles)
    return story


def _window_text(window: WindowSum | None, label: str, words: Words) -> str:
    if window is None:
        return words.one("{count}: nothing to add up").format(count=label)
    span = words.when(window.first) if window.first else ""
    if window.last and window.last != window.first:
        span = words.one("{first} to {last}").format(first=span, last=words.when(window.last))
    return words.one("{count}: {total} ({items}; posted {span})").format(
        count=label, total=f"{window.total:,}", items=words.one(", ").join(window.posts), span=span
    )


def _per_account(
    accounts: list[AccountReach], words: Words, styles: dict[str, ParagraphStyle]
) -> list[Flowable]:
    story: list[Flowable] = [
        Spacer(1, 6),
        _p(esc(words.both("Per account within one year (art. 4 reference)")), styles["h2"]),
        _p(
            esc(
                words.one(
                    "For each account (same platform and account ID), the highest sum of the "
                    "displayed counts of its posts posted within any one year. Posts more than a "
                    "year apart are not added up; different accounts are never added together; "
                    "posts without an account ID are not summed (a nickname identifies nobody)."
                )
            ),
            styles["small"],
        ),
    ]
    if not accounts:
        story.append(_p(esc(words.one("No post names an account ID.")), styles["body"]))
        return story
    rows = []
    for account in accounts:
        sums = [
            _window_text(account.views, words.one("Views"), words),
            _window_text(account.reposts, words.one("Reposts"), words),
        ]
        left_out = account.left_out
        if left_out:
            sums.append(
                words.one("Not summed (no observation or posting time): {items}").format(
                    items=words.one(", ").join(p.number for p in left_out)
                )
            )
        name = " · ".join(x for x in (account.platform, account.account_id) if x)
        if account.names:
            name += "\n" + words.one(", ").join(account.names)
        rows.append([name, words.one(", ").join(p.number for p in account.posts), "\n".join(sums)])
    story.append(
        _grid(
            [words.both("Account"), words.both("Posts"), words.both("Highest one-year sum")],
            rows,
            [120, 60, 260],
            styles,
        )
    )
    return story


def _accounts(
    content: BundleContent, words: Words, styles: dict[str, ParagraphStyle]
) -> list[Flowable]:
    """Every account (platform and ID): its names over time, posts, profile, posting span."""
    summaries = account_summaries(content.items, words.zone)
    story: list[Flowable] = [Spacer(1, 10), _p(esc(words.both("Accounts")), styles["h1"])]
    if not summaries:
        story.append(_p(esc(words.one("No item names an account ID.")), styles["body"]))
        return story
    story.append(
        _p(
            esc(
                words.one(
                    "Each account the evidence names, by platform and account ID, with the "
                    "nicknames it showed in the order they were captured (with the item)."
                )
            ),
            styles["small"],
        )
    )
    rows = []
    for summary in summaries:
        names = "\n".join(f"{name} ({number})" for name, number in summary.names)
        if summary.first_posted is None:
            span = "—"
        else:
            span = words.when(summary.first_posted)
            if summary.last_posted is not None and summary.last_posted != summary.first_posted:
                span += "\n" + words.when(summary.last_posted)
        rows.append(
            [
                " · ".join(x for x in (summary.platform, summary.account_id) if x),
                names or "—",
                words.one(", ").join(summary.posts) or "—",
                words.one(", ").join(summary.profiles) or words.one("none captured"),
                span,
            ]
        )
    story.append(
        _grid(
            [
                words.both("Account"),
                words.both("Nicknames seen"),
                words.both("Posts"),
                words.both("Home page"),
                words.both("First / last posted"),
            ],
            rows,
            [90, 90, 60, 55, 140],
            styles,
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
