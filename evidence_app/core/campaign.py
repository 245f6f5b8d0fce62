"""Coordinated spreading: groups of near-identical post texts across items, and who posted them.

Texts are normalised (``post_text.normalise``), cut into overlapping character n-grams (they suit
Chinese, which has no spaces between words), and compared by locality-sensitive hashing: MinHash
signatures (``datasketch``) cut into bands (numpy), so that 10,000 posts group in about two
seconds instead of comparing every pair. The bands only propose pairs; a pair joins a group when
the exact Jaccard similarity of its n-gram sets reaches ``THRESHOLD``, and groups are the
connected parts of those pairs.

All of it is derived from the stored ``text`` files and fields: anyone holding the case (or its
package) recomputes the same groups. It describes what the captured pages show; it finds nothing.
"""

from __future__ import annotations

import zlib
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any

from evidence_app.core.account_ids import account_id_from_url
from evidence_app.core.model import Item
from evidence_app.core.platforms import platform_for_url
from evidence_app.core.post_text import normalise, read_post_text

# Character n-grams of this length. 3 keeps a one-character edit to 3 of about 80 n-grams of a
# short post, while unrelated posts about the same car share almost none (2-grams such as
# "车主" or "刹车" are common to every post of the topic).
SHINGLE = 3
NUM_PERM = 128
# Chosen from tests/core/campaign_texts.py (tests/core/test_campaign.py re-measures it): each
# story's variants (edits, swapped words, emoji, punctuation, a repost prefix, a sentence added)
# stay one connected group up to 0.44, while unrelated posts on the same topic score at most
# 0.015 against anything. 0.3 leaves room on both sides; a false group costs more than a missed
# pair, so it sits nearer the stories' side than the middle would.
THRESHOLD = 0.3
# Texts shorter than this after normalisation ("顶", "沙发", a bare link) are not compared:
# short replies are identical without anyone coordinating anything.
MIN_CHARS = 12
SAMPLE_CHARS = 120


def shingles(norm: str, size: int = SHINGLE) -> set[bytes]:
    """The character n-grams of a normalised text (the text itself when it is shorter)."""
    if len(norm) <= size:
        return {norm.encode("utf-8")} if norm else set()
    return {norm[i : i + size].encode("utf-8") for i in range(len(norm) - size + 1)}


def _hash32(data: bytes) -> int:
    return zlib.crc32(data)


def jaccard(a: set[bytes], b: set[bytes]) -> float:
    if not a or not b:
        return 0.0
    return len(a & b) / len(a | b)


# LSH banding: BANDS bands of ROWS signature values each. Two texts become a candidate pair
# when all values of one band agree; with 42 × 3 a pair at Jaccard 0.45 (the weakest link a test
# story needs) is proposed with probability 0.98, one at 0.05 with 0.005.
BANDS = 42
ROWS = 3


def signatures(sets: Sequence[set[bytes]]) -> Any:
    """MinHash signatures (datasketch) of the n-gram sets, as an array of shape (len, NUM_PERM)."""
    import numpy as np
    from datasketch import MinHash

    template = MinHash(num_perm=NUM_PERM, hashfunc=_hash32)
    hashes = MinHash.bulk(
        (sorted(s) for s in sets),
        num_perm=NUM_PERM,
        hashfunc=_hash32,
        permutations=template.permutations,
        scheme=template.scheme,
    )
    if not hashes:
        return np.zeros((0, NUM_PERM), dtype=np.uint64)
    return np.vstack([h.hashvalues for h in hashes]).astype(np.uint64)


def candidate_buckets(matrix: Any) -> list[list[int]]:
    """Rows of *matrix* that agree on a whole band, bucket by bucket (each two or more rows)."""
    import numpy as np

    buckets: list[list[int]] = []
    mix = np.array([0x9E3779B97F4A7C15, 0xC2B2AE3D27D4EB4F, 0x165667B19E3779F9], dtype=np.uint64)
    for band in range(BANDS):
        part = matrix[:, band * ROWS : (band + 1) * ROWS]
        keys = (part * mix[:ROWS]).sum(axis=1, dtype=np.uint64) ^ part[:, 0]
        order = np.argsort(keys, kind="stable")
        ordered = keys[order]
        # Start of each run of equal keys; runs of two or more are buckets.
        starts = np.flatnonzero(np.r_[True, ordered[1:] != ordered[:-1]])
        ends = np.r_[starts[1:], len(ordered)]
        for start, end in zip(starts[ends - starts > 1], ends[ends - starts > 1], strict=True):
            buckets.append(sorted(int(i) for i in order[start:end]))
    return buckets


def group_texts(texts: Sequence[str], threshold: float = THRESHOLD) -> list[list[int]]:
    """Groups (two or more) of indices of *texts* that are near-identical, largest first."""
    norms = [normalise(text) for text in texts]
    candidates = [i for i, norm in enumerate(norms) if len(norm) >= MIN_CHARS]
    if len(candidates) < 2:
        return []
    sets = {i: shingles(norms[i]) for i in candidates}
    matrix = signatures([sets[i] for i in candidates])
    parent = {i: i for i in candidates}

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    # The bands only propose; a pair joins when its exact Jaccard similarity reaches the
    # threshold. Within a bucket a member is compared with those before it until one joins it.
    for bucket in candidate_buckets(matrix):
        members = [candidates[row] for row in bucket]
        for position, member in enumerate(members[1:], 1):
            if find(member) == find(members[0]):
                continue
            for earlier in members[:position]:
                if (
                    find(earlier) != find(member)
                    and jaccard(sets[earlier], sets[member]) >= threshold
                ):
                    parent[find(member)] = find(earlier)
                    break
    groups: dict[int, list[int]] = {}
    for index in candidates:
        groups.setdefault(find(index), []).append(index)
    found = [sorted(m) for m in groups.values() if len(m) > 1]
    return sorted(found, key=lambda g: (-len(g), g[0]))


# -- the case's posts, accounts and groups --------------------------------------------------------


@dataclass
class Post:
    number: str
    item_id: str
    text: str
    url: str
    platform: str
    account_id: str
    account_name: str
    posted_utc: str  # UTC ISO 8601, or "" when neither the fields nor the page give a time
    fields: dict[str, str] = field(default_factory=dict)
    captured_utc: str = ""
    posted_precision: str = "second"  # timefmt.SECOND … DAY: as precisely as the time was given
    posted_about: bool = False  # worked out from a relative time ("3小时前"): about, not exactly

    @property
    def account_key(self) -> tuple[str, str] | None:
        return (self.platform, self.account_id) if self.account_id else None


@dataclass
class Account:
    platform: str
    account_id: str
    names: list[str]
    items: list[str]

    def as_dict(self) -> dict[str, Any]:
        return {
            "platform": self.platform,
            "account_id": self.account_id,
            "names": self.names,
            "items": self.items,
        }


@dataclass
class Group:
    posts: list[Post]
    accounts: list[tuple[str, str]]
    first_posted: str | None
    last_posted: str | None
    sample: str

    @property
    def items(self) -> list[str]:
        return [post.number for post in self.posts]

    def as_dict(self) -> dict[str, Any]:
        return {
            "items": self.items,
            "accounts": [{"platform": p, "account_id": a} for p, a in self.accounts],
            "first_posted": self.first_posted,
            "last_posted": self.last_posted,
            "sample": self.sample,
            "size": len(self.posts),
        }


@dataclass
class Campaign:
    groups: list[Group]
    accounts: list[Account]
    posts: list[Post]

    def as_dict(self) -> dict[str, Any]:
        return {
            "format": "evidence-campaign/1",
            "threshold": THRESHOLD,
            "shingle": SHINGLE,
            "groups": [group.as_dict() for group in self.groups],
            "accounts": [account.as_dict() for account in self.accounts],
        }


def utc_iso(text: str) -> str:
    """*text* as a UTC ISO 8601 instant when it is a full date and time with an offset, else ""."""
    text = (text or "").strip()
    if not text:
        return ""
    try:
        moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return ""
    if moment.tzinfo is None:
        return ""
    return moment.astimezone(timezone.utc).isoformat()


def post_of(item: Item, text: str, meta: dict[str, Any], zone_key: str = "") -> Post:
    """One item as a post: its text, account and posting time (the owner's fields first, read as
    the timeline reads them, in the case's zone *zone_key*; else the page's own metadata)."""
    from evidence_app.core.posted_time import item_posted  # dateparser: when a case is analysed

    fields = item.fields
    url = fields.get("final_url") or fields.get("url") or ""
    platform = fields.get("platform") or (platform_for_url(url) if url else "")
    account_id = fields.get("account_id", "").strip()
    if not account_id:
        for address in (fields.get("account_url", ""), url):
            found = account_id_from_url(address) if address else None
            if found:
                platform, account_id = (fields.get("platform") or found[0]), found[1]
                break
    name = fields.get("account_name", "").strip() or str(meta.get("page_author") or "").strip()
    typed = item_posted(item, zone_key)
    resolved = typed.resolved if typed is not None else None
    posted = resolved.utc.isoformat() if resolved else utc_iso(str(meta.get("page_date") or ""))
    return Post(
        number=item.number,
        item_id=item.id,
        text=text,
        url=url,
        platform=platform,
        account_id=account_id,
        account_name=name,
        posted_utc=posted,
        fields=dict(fields),
        captured_utc=item.captured_utc,
        posted_precision=resolved.precision if resolved else "second",
        posted_about=bool(resolved and resolved.approximate),
    )


def analyse_posts(posts: Sequence[Post], threshold: float = THRESHOLD) -> Campaign:
    """Groups and accounts of *posts* (already read from the case)."""
    groups: list[Group] = []
    for indices in group_texts([post.text for post in posts], threshold):
        members = [posts[i] for i in indices]
        # Recaptures of one address are one post seen twice, not spreading.
        if len({post.url or post.item_id for post in members}) < 2:
            continue
        members.sort(key=lambda p: (p.posted_utc or "~", p.number))
        times = sorted(p.posted_utc for p in members if p.posted_utc)
        pushed: list[tuple[str, str]] = []
        for post in members:
            key = post.account_key
            if key is not None and key not in pushed:
                pushed.append(key)
        sample = " ".join(members[0].text.split())
        if len(sample) > SAMPLE_CHARS:
            sample = sample[: SAMPLE_CHARS - 1] + "…"
        groups.append(
            Group(
                members, pushed, times[0] if times else None, times[-1] if times else None, sample
            )
        )
    groups.sort(key=lambda g: (-len(g.posts), g.posts[0].number))
    by_key: dict[tuple[str, str], Account] = {}
    for post in posts:
        key = post.account_key
        if key is None:
            continue
        account = by_key.setdefault(key, Account(key[0], key[1], [], []))
        if post.account_name and post.account_name not in account.names:
            account.names.append(post.account_name)
        account.items.append(post.number)
    accounts = sorted(by_key.values(), key=lambda a: (-len(a.items), a.platform, a.account_id))
    return Campaign(groups, accounts, list(posts))


def case_posts(store: Any, case_ref: str) -> list[Post]:
    """Every item of the case that is not withdrawn, as a post (text "" where none is stored)."""
    posts = []
    zone_key = store.get_case(case_ref).zone_key
    for item in store.list_items(case_ref):
        if item.withdrawn:
            continue
        text, meta = read_post_text(store, item)
        if not text:
            text = item.fields.get("content_text", "")
        posts.append(post_of(item, text, meta, zone_key))
    return posts


def analyse_case(store: Any, case_ref: str, extract: bool = True) -> Campaign:
    """The case's campaign analysis; with *extract*, missing ``text`` files are made first."""
    if extract:
        from evidence_app.core.post_text import ensure_post_texts

        ensure_post_texts(store, case_ref)
    return analyse_posts(case_posts(store, case_ref))
