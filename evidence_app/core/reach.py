"""Reach as 法释〔2013〕21号 reads it: per post against art. 2, per account within one year (art. 4).

Art. 2 takes the *same* content viewed 5,000 times or reposted 500 times as a reference figure;
art. 4 adds up one actor's repeated acts within one year. So counts are compared per post, summed
only per account (same platform and account ID) within a one-year window, never across accounts.
Counts are what the page displayed when observed: a count without an observation time, or a post
without a posting time, is flagged and left out of every sum. Nothing here is a legal finding;
the bundle words it as what the pages showed.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime

from evidence_app.core.fields import parse_count
from evidence_app.core.model import Item
from evidence_app.core.posted_time import (
    PostedTime,
    exif_taken,
    is_imported,
    item_posted,
    read_posted_time,
)

VIEWS_REFERENCE = 5_000
REPOSTS_REFERENCE = 500
SUMMED_CATEGORIES = ("post", "comment")


@dataclass(frozen=True)
class PostReach:
    """One item's page-displayed counts, with when they were seen and when it was posted."""

    number: str
    platform: str
    account_id: str
    account_name: str
    views: int | None
    reposts: int | None
    views_text: str  # as typed ("1.2万")
    reposts_text: str
    observed: datetime | None  # counts_observed_at, read; None: the counts are not summed
    # the posting time as read (instant, precision); None: the post cannot be placed in a year
    posted_read: PostedTime | None = None
    observed_from_exif: bool = False  # no observation time typed: the screenshot's EXIF time taken
    observed_read: PostedTime | None = None  # as typed, with its precision; None: EXIF or nothing

    @property
    def posted(self) -> datetime | None:
        return self.posted_read.moment if self.posted_read is not None else None

    @property
    def posted_derived(self) -> bool:
        """The posting time was worked out ("3小时前"): the bundle says so."""
        return self.posted_read is not None and self.posted_read.derived

    @property
    def has_counts(self) -> bool:
        return self.views is not None or self.reposts is not None

    @property
    def views_reach(self) -> bool | None:
        return None if self.views is None else self.views >= VIEWS_REFERENCE

    @property
    def reposts_reach(self) -> bool | None:
        return None if self.reposts is None else self.reposts >= REPOSTS_REFERENCE

    @property
    def summable(self) -> bool:
        return self.has_counts and self.observed is not None and self.posted is not None


@dataclass(frozen=True)
class WindowSum:
    """The largest sum of one count over the posts of one account within one year."""

    total: int
    posts: tuple[str, ...]  # item numbers
    # the posting times of the first and last post as read (instant, and the precision to print)
    first_read: PostedTime
    last_read: PostedTime

    @property
    def first(self) -> datetime:
        return self.first_read.moment

    @property
    def last(self) -> datetime:
        return self.last_read.moment


@dataclass
class AccountReach:
    platform: str
    account_id: str
    names: list[str] = field(default_factory=list)
    posts: list[PostReach] = field(default_factory=list)
    views: WindowSum | None = None
    reposts: WindowSum | None = None

    @property
    def left_out(self) -> list[PostReach]:
        return [p for p in self.posts if p.has_counts and not p.summable]


def _key(platform: str, account_id: str) -> tuple[str, str]:
    return platform.strip().casefold(), account_id.strip().casefold()


def post_reach(items: Iterable[Item], zone_key: str) -> list[PostReach]:
    """Every item (not withdrawn) of a summed category, with its counts read."""
    found = []
    for item in items:
        if item.withdrawn or item.category not in SUMMED_CATEGORIES:
            continue
        fields = item.fields
        observed_text = fields.get("counts_observed_at", "").strip()
        observed_read = read_posted_time(observed_text, zone_key, item.captured_utc)
        observed = observed_read.moment if observed_text and observed_read is not None else None
        from_exif = False
        if not observed_text and is_imported(item):
            observed = exif_taken(item, zone_key)
            from_exif = observed is not None
        posting = item_posted(item, zone_key)
        posted = posting.resolved if posting is not None else None
        found.append(
            PostReach(
                item.number,
                fields.get("platform", "").strip(),
                fields.get("account_id", "").strip(),
                fields.get("account_name", "").strip(),
                parse_count(fields.get("views", "")),
                parse_count(fields.get("reposts", "")),
                fields.get("views", "").strip(),
                fields.get("reposts", "").strip(),
                observed,
                posted,
                from_exif,
                observed_read if observed_text and observed_read is not None else None,
            )
        )
    return found


def _one_year_after(moment: datetime) -> datetime:
    try:
        return moment.replace(year=moment.year + 1)
    except ValueError:  # 29 February
        return moment.replace(year=moment.year + 1, day=28)


def best_window(posts: Sequence[PostReach], count: str) -> WindowSum | None:
    """The largest sum of *count* (``views`` | ``reposts``) over posts whose posting times lie
    within one year of the first of them; None when no post can be summed."""
    usable = sorted(
        (p for p in posts if p.summable and getattr(p, count) is not None),
        key=lambda p: (p.posted, p.number),
    )
    best: WindowSum | None = None
    for start, first in enumerate(usable):
        assert first.posted_read is not None  # summable
        end = _one_year_after(first.posted_read.moment)
        inside = [p for p in usable[start:] if p.posted_read and p.posted_read.moment <= end]
        total = sum(int(getattr(p, count)) for p in inside)
        if best is None or total > best.total:
            first_read, last_read = inside[0].posted_read, inside[-1].posted_read
            assert first_read is not None and last_read is not None
            best = WindowSum(total, tuple(p.number for p in inside), first_read, last_read)
    return best


def account_reach(posts: Sequence[PostReach]) -> list[AccountReach]:
    """The posts grouped by account (same platform and account ID; posts without an ID are not
    grouped: a nickname alone identifies nobody), each with its one-year sums."""
    accounts: dict[tuple[str, str], AccountReach] = {}
    for post in posts:
        if not post.account_id:
            continue
        account = accounts.setdefault(
            _key(post.platform, post.account_id), AccountReach(post.platform, post.account_id)
        )
        account.posts.append(post)
        if post.account_name and post.account_name not in account.names:
            account.names.append(post.account_name)
    for account in accounts.values():
        account.views = best_window(account.posts, "views")
        account.reposts = best_window(account.posts, "reposts")
    return list(accounts.values())


@dataclass
class AccountSummary:
    """One account as the case saw it: names over time, posts, profile captures, posting span."""

    platform: str
    account_id: str
    names: list[tuple[str, str]] = field(default_factory=list)  # (name, item number) in order
    posts: list[str] = field(default_factory=list)
    profiles: list[str] = field(default_factory=list)
    # the first and last posting times as read (instant, precision, worked out or not)
    first_read: PostedTime | None = None
    last_read: PostedTime | None = None

    @property
    def first_posted(self) -> datetime | None:
        return self.first_read.moment if self.first_read is not None else None

    @property
    def last_posted(self) -> datetime | None:
        return self.last_read.moment if self.last_read is not None else None


def account_summaries(items: Iterable[Item], zone_key: str) -> list[AccountSummary]:
    """Every account (platform and ID) the items name, in order of first capture."""
    accounts: dict[tuple[str, str], AccountSummary] = {}
    for item in sorted(items, key=lambda i: (i.captured_utc, i.seq_number)):
        account_id = item.fields.get("account_id", "").strip()
        if item.withdrawn or not account_id:
            continue
        platform = item.fields.get("platform", "").strip()
        summary = accounts.setdefault(
            _key(platform, account_id), AccountSummary(platform, account_id)
        )
        name = item.fields.get("account_name", "").strip()
        if name and (not summary.names or summary.names[-1][0] != name):
            summary.names.append((name, item.number))
        if item.category == "account_profile":
            summary.profiles.append(item.number)
            continue
        summary.posts.append(item.number)
        posting = item_posted(item, zone_key)
        posted = posting.resolved if posting is not None else None
        if posted is not None:
            if summary.first_read is None or posted.moment < summary.first_read.moment:
                summary.first_read = posted
            if summary.last_read is None or posted.moment > summary.last_read.moment:
                summary.last_read = posted
    return list(accounts.values())
