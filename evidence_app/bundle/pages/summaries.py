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
from evidence_app.bundle.pages.flow import _cell, _grid, _p, _when_cell
from evidence_app.core.model import Item
from evidence_app.core.posted_time import exif_taken, is_imported, item_posted
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
from evidence_app.core.timefmt import instant_text

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
    # a withdrawn item is not offered to the court: left out here as in the catalogue
    withdrawn = [item.number for item in content.items if item.withdrawn]
    for item in content.items:
        if item.withdrawn:
            continue
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
        posting = item_posted(item, words.zone)
        if posting is not None and posting.unresolvable:  # "3小时前" with nothing to count from
            why = typed + "\n" + words.one("listed last, by capture or import time")
        elif typed:
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
                    "capture time (for an imported screenshot: from the observation time the "
                    "owner typed, else its EXIF time taken) and marked. Items without a readable "
                    "posting time come last."
                )
                + _withdrawn_sentence(withdrawn, words)
            ),
            styles["small"],
        ),
        Spacer(1, 4),
        _grid(
            [
                words.both("Posted"),
                words.both("Captured / imported"),
                words.both("Item"),
                words.both("Evidence name"),
            ],
            rows,
            [128, 108, 46, 158],
            styles,
        ),
    ]


def _withdrawn_sentence(numbers: list[str], words: Words) -> str:
    if not numbers:
        return ""
    return " " + words.one(
        "Withdrawn items ({items}) are left out, as in the catalogue; their pages and the "
        "custody log still show them."
    ).format(items=words.one(", ").join(numbers))


def _timeline_row(
    item: Item, posted: str, content: BundleContent, words: Words, styles: dict[str, ParagraphStyle]
) -> list[object]:
    return [
        posted or "—",
        _captured_cell(item, words, styles),
        item.number,
        evidence_name(item, content.lang),
    ]


def _captured_cell(item: Item, words: Words, styles: dict[str, ParagraphStyle]) -> object:
    """The capture time; for an import, the import time so named and the EXIF time taken."""
    if not is_imported(item):
        return _when_cell(item.captured_utc, item.captured_local, words, styles)
    lines = [words.one("Imported {when}").format(when=words.when(item.captured_utc))]
    taken = exif_taken(item, words.zone)
    if taken is not None:
        lines.append(
            words.one("EXIF time taken {when} (the device's clock)").format(
                when=instant_text(taken, words.zone)
            )
        )
    return _cell(esc("\n".join(lines)), styles)


def _reference_text(post: PostReach, words: Words) -> str:
    """The displayed counts the owner typed, each beside its art. 2 reference figure: never a
    finding (whether a standard is met is the court's)."""
    if post.observed is None:
        return words.one("No observation time: not compared, not summed.")
    shown = []
    if post.views is not None:
        shown.append(
            words.one("views {count} (reference figure {n:,})").format(
                count=f"{post.views:,}", n=VIEWS_REFERENCE
            )
        )
    if post.reposts is not None:
        shown.append(
            words.one("reposts {count} (reference figure {n:,})").format(
                count=f"{post.reposts:,}", n=REPOSTS_REFERENCE
            )
        )
    return words.one(
        "Figures the page displayed, as the owner typed them: {figures}; see the screenshot in "
        "{item}; not the actual counts."
    ).format(figures=words.one(", ").join(shown), item=post.number)


def _observed_text(post: PostReach, words: Words) -> str:
    if post.observed is None:
        return words.one("not given")
    read = post.observed_read  # typed: as precise as typed; from EXIF: the device's clock
    text = words.posted(read) if read is not None else words.when(post.observed)
    if post.observed_from_exif:
        text += "\n" + words.one(
            "observation time not filled in: the screenshot's EXIF time (the device's clock)"
        )
    return text


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
            "Reference figures: under art. 2 of {law}, defamation is deemed “serious” (情节严重) "
            "when the same defamatory information is actually viewed 5,000 times or more, or "
            "actually reposted 500 times or more; under art. 4, the counts of one person's "
            "repeated acts of online defamation within one year that have not been dealt with "
            "(未经处理) are added up."
        ).format(law=INTERPRETATION),
        words.one(
            "These are reference figures of criminal law (the offence of defamation); a civil "
            "claim for infringement of the right of reputation (名誉权) does not require them."
        ),
        words.one(
            "The figures below are what the pages displayed at the time they were observed, as "
            "read and typed in by the owner; the platform's actual figures can only come from the "
            "platform. Whether the conduct is “serious” (情节严重) or meets any other legal "
            "standard is for the court to decide."
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
                _observed_text(post, words),
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


def _window_text(window: WindowSum | None, label: str, posts: list[PostReach], words: Words) -> str:
    if window is None:
        return words.one("{count}: nothing to add up").format(count=label)
    span = words.posted(window.first_read)
    if window.last != window.first:
        span = words.one("{first} to {last}").format(
            first=span, last=words.posted(window.last_read)
        )
    text = words.one("{count}: {total} ({items}; posted {span})").format(
        count=label, total=f"{window.total:,}", items=words.one(", ").join(window.posts), span=span
    )
    derived = [p.number for p in posts if p.number in window.posts and p.posted_derived]
    if derived:
        text += words.one(
            "; the posting time of {items} is worked out from a relative time"
        ).format(items=words.one(", ").join(derived))
    return text


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
            _window_text(account.views, words.one("Views"), account.posts, words),
            _window_text(account.reposts, words.one("Reposts"), account.posts, words),
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


def _derived_mark(derived: bool, words: Words) -> str:
    return "\n" + words.one("(worked out from a relative time)") if derived else ""


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
        first, last = summary.first_read, summary.last_read
        if first is None or last is None:
            span = "—"
        else:
            span = words.posted(first) + _derived_mark(first.derived, words)
            if last.moment != first.moment:
                span += "\n" + words.posted(last) + _derived_mark(last.derived, words)
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
                # every item naming the account but its home page: comments and messages too
                words.both("Items (posts, comments, messages)"),
                words.both("Home page"),
                words.both("First / last posted"),
            ],
            rows,
            [80, 85, 85, 50, 135],
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
