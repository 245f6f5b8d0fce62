"""协同传播分析 / Coordinated spreading: groups of near-identical post texts, worded as what pages show.

The groups come from ``core.campaign`` over the items' stored ``text`` files, recomputed at
export (they are derived, never stored). Reach is summed only per account and only over its
posts of one group posted within one year (2013 interpretation art. 4), never across accounts.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import CondPageBreak, Flowable, Spacer

from evidence_app.bundle.pages.base import BundleContent, Words, esc
from evidence_app.bundle.pages.flow import _grid, _p
from evidence_app.core.campaign import Campaign, Group, Post, analyse_posts, post_of
from evidence_app.core.fields import parse_count
from evidence_app.core.post_text import TEXT_ROLE, source_file, text_new_file

CONTEXT = "Bundle"
YEAR = timedelta(days=365)


def case_campaign(content: BundleContent) -> Campaign:
    """The analysis of the bundle's items (withdrawn ones left out), from their text files."""
    posts: list[Post] = []
    for item in content.items:
        if item.withdrawn:
            continue
        text, meta = "", {}
        for file in item.files:
            if file.role == TEXT_ROLE:
                text = content.blob_path(file.sha256).read_bytes().decode("utf-8", "replace")
                meta = dict(file.meta or {})
                break
        if not text:
            # Captured before texts were kept: derive it now, the same way (not stored).
            source = source_file(item)
            if source is not None:
                html = content.blob_path(source.sha256).read_bytes().decode("utf-8", "replace")
                extracted = text_new_file(item, source, html)
                text = (extracted.data or b"").decode("utf-8")
                meta = extracted.meta
        posts.append(
            post_of(item, text or item.fields.get("content_text", ""), meta, content.case.zone_key)
        )
    return analyse_posts(posts)


def _best_year(posts: list[Post], key: str) -> tuple[int, list[Post]]:
    """The largest sum of the displayed *key* count over posts posted within one year."""
    dated = sorted(
        (datetime.fromisoformat(p.posted_utc), p)
        for p in posts
        if p.posted_utc and parse_count(p.fields.get(key, "")) is not None
    )
    best: tuple[int, list[Post]] = (0, [])
    for start, (first, _post) in enumerate(dated):
        window = [p for moment, p in dated[start:] if moment - first <= YEAR]
        total = sum(parse_count(p.fields.get(key, "")) or 0 for p in window)
        if total > best[0]:
            best = (total, window)
    return best


def _reach_rows(group: Group, words: Words) -> list[list[str]]:
    rows = []
    for platform, account_id in group.accounts:
        posts = [p for p in group.posts if p.account_key == (platform, account_id)]
        names = "、".join(dict.fromkeys(p.account_name for p in posts if p.account_name))
        cells = []
        for key in ("views", "reposts"):
            total, window = _best_year(posts, key)
            cells.append(
                words.one("{total:,} ({items})").format(
                    total=total, items=", ".join(p.number for p in window)
                )
                if window
                else "—"
            )
        rows.append(
            [
                f"{names} ({platform} {account_id})" if names else f"{platform} {account_id}",
                str(len(posts)),
                *cells,
            ]
        )
    return rows


def _posted(post: Post, words: Words) -> str:
    """The post's posting time in the case's zone, as precisely as it was typed or shown (the
    timeline's reading; a time the page's own data gave keeps the second it gave)."""
    if not post.posted_utc:
        return "—"
    return words.when(post.posted_utc, post.posted_precision, post.posted_about)


def _group_block(
    number: int, group: Group, words: Words, styles: dict[str, ParagraphStyle]
) -> list[Flowable]:
    dated = [post for post in group.posts if post.posted_utc]
    earliest = min(dated, key=lambda p: (p.posted_utc, p.number), default=None)
    latest = max(dated, key=lambda p: (p.posted_utc, p.number), default=None)
    first = _posted(earliest, words) if earliest is not None else words.one("not shown")
    last = _posted(latest, words) if latest is not None else words.one("not shown")
    story: list[Flowable] = [
        CondPageBreak(120),
        _p(
            esc(
                words.one("Group {n}: {size} posts by {accounts} accounts").format(
                    n=number, size=len(group.posts), accounts=len(group.accounts)
                )
            ),
            styles["h2"],
        ),
        _p(
            esc(words.one("Text as the first post shows it: {sample}").format(sample=group.sample)),
            styles["body"],
        ),
        _p(
            esc(
                words.one("Posting times the pages show: from {first} to {last}.").format(
                    first=first, last=last
                )
            ),
            styles["body"],
        ),
        Spacer(1, 4),
    ]
    rows = [
        [
            post.number,
            post.account_name or "—",
            f"{post.platform} {post.account_id}".strip() or "—",
            _posted(post, words),
            post.url or "—",
        ]
        for post in group.posts
    ]
    story.append(
        _grid(
            [
                words.both("Item"),
                words.both("Account name"),
                words.both("Account"),
                words.both("Posted"),
                words.both("Address"),
            ],
            rows,
            [30, 70, 90, 105, 140],
            styles,
        )
    )
    if group.accounts:
        story += [
            Spacer(1, 4),
            _grid(
                [
                    words.both("Account"),
                    words.both("Posts in this group"),
                    words.both("Views shown, one year"),
                    words.both("Reposts shown, one year"),
                ],
                _reach_rows(group, words),
                [150, 55, 115, 115],
                styles,
            ),
        ]
    return [*story, Spacer(1, 8)]


def _campaign(
    content: BundleContent, words: Words, styles: dict[str, ParagraphStyle]
) -> list[Flowable]:
    """The section, or nothing when the case has no group of near-identical texts."""
    campaign = case_campaign(content)
    if not campaign.groups:
        return []
    story: list[Flowable] = [
        CondPageBreak(200),
        Spacer(1, 10),
        _p(esc(words.both("Coordinated spreading")), styles["h1"]),
    ]
    story.append(
        _p(
            esc(
                words.one(
                    "These groups list posts whose texts, as the captured pages show them, are "
                    "near-identical: the same text with small changes (punctuation, emoji, a word "
                    "or two, a repost mark). The app compared the post texts it extracted from the "
                    "stored pages; this describes what the pages show and is not a finding about "
                    "who wrote them or why."
                )
            ),
            styles["small"],
        )
    )
    story.append(
        _p(
            esc(
                words.one(
                    "Counts are as the pages displayed them when captured. They are summed only "
                    "per account, over that account's posts in the group posted within one year "
                    "(the posts summed are named); they are never added up across different "
                    "accounts."
                )
            ),
            styles["small"],
        )
    )
    story.append(Spacer(1, 4))
    for number, group in enumerate(campaign.groups, 1):
        story += _group_block(number, group, words, styles)
    return story
