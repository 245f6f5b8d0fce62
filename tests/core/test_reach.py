"""Reach per post against art. 2 and per account within one year (art. 4), never across accounts."""

from __future__ import annotations

from evidence_app.core.model import Item, Operator
from evidence_app.core.reach import account_reach, account_summaries, best_window, post_reach

CAPTURED = "2026-12-06T10:00:00+00:00"


def _post(
    number: int, account: str, posted: str, views: str, observed: str = "2026-12-01 10:00"
) -> Item:
    fields = {"platform": "微博", "account_id": account, "account_name": f"名{account}",
              "posted_at": posted, "views": views, "reposts": "10"}  # fmt: skip
    if observed:
        fields["counts_observed_at"] = observed
    return Item(f"id{number}", "c", number, "post", CAPTURED, "", Operator("o"), False, "", fields)


def test_a_one_year_window_slides_over_the_posts_of_one_account() -> None:
    items = [
        _post(1, "A", "2025-01-10 08:00", "1000"),
        _post(2, "A", "2025-11-01 08:00", "2000"),
        _post(3, "A", "2026-10-20 08:00", "3,000"),
        _post(4, "B", "2026-10-21 08:00", "1.2万"),
    ]
    posts = post_reach(items, "Asia/Shanghai")
    window = best_window([p for p in posts if p.account_id == "A"], "views")
    assert window is not None and window.total == 5_000 and window.posts == ("E002", "E003")
    accounts = {a.account_id: a for a in account_reach(posts)}
    assert accounts["B"].views is not None and accounts["B"].views.total == 12_000
    assert accounts["A"].views is not None and accounts["A"].views.total == 5_000  # never + B
    assert [p.views_reach for p in posts] == [False, False, False, True]


def test_counts_without_an_observation_time_are_flagged_and_left_out() -> None:
    items = [
        _post(1, "A", "2025-01-10 08:00", "9000", observed=""),
        _post(2, "A", "2025-02-01", "10"),
    ]
    [account] = account_reach(post_reach(items, "Asia/Shanghai"))
    assert account.views is not None and account.views.total == 10
    assert [p.number for p in account.left_out] == ["E001"]


def test_an_account_summary_keeps_its_names_in_capture_order() -> None:
    first, second = _post(1, "A", "2025-01-10 08:00", "1"), _post(2, "A", "2026-01-10 08:00", "1")
    renamed = Item("id2", "c", 2, "post", "2026-12-07T00:00:00+00:00", "", Operator("o"), False,
                   "", {**second.fields, "account_name": "新名"})  # fmt: skip
    [summary] = account_summaries([renamed, first], "Asia/Shanghai")
    assert summary.names == [("名A", "E001"), ("新名", "E002")]
    assert summary.first_posted is not None and summary.first_posted.year == 2025
    assert summary.last_posted is not None and summary.last_posted.year == 2026


def test_the_windows_keep_the_precision_of_the_posting_times_they_span() -> None:
    """The instants decide the window; the readings go with them so the bundle prints no more
    precision than was typed ("21:14", not "21:14:00")."""
    items = [
        _post(1, "A", "2025-11-28 21:14", "3000", observed="2025-11-29"),
        _post(2, "A", "2026-11-28 21:14:05", "3000"),  # one year and 5 s later: outside
        _post(3, "A", "2026-02-01", "10"),
    ]
    posts = post_reach(items, "Asia/Shanghai")
    assert [p.posted_read.precision if p.posted_read else None for p in posts] == [
        "minute",
        "second",
        "day",
    ]
    assert posts[0].observed_read is not None and posts[0].observed_read.precision == "day"
    [account] = account_reach(posts)
    window = account.views
    assert window is not None and window.posts == ("E001", "E003") and window.total == 3010
    assert window.first_read is not None and window.first_read.precision == "minute"
    assert window.last_read is not None and window.last_read.precision == "day"
    [summary] = account_summaries(items, "Asia/Shanghai")
    assert summary.first_read is not None and summary.first_read.text == "2025-11-28 21:14"
    assert summary.last_read is not None and summary.last_read.precision == "second"
