"""Campaign analysis: the post's own text, normalisation, grouping near-identical texts, accounts."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest

from evidence_app.core import campaign
from evidence_app.core.account_ids import account_id_from_url
from evidence_app.core.campaign import (
    THRESHOLD,
    Post,
    analyse_case,
    analyse_posts,
    group_texts,
    jaccard,
    shingles,
)
from evidence_app.core.integrity import verify_case
from evidence_app.core.model import Operator
from evidence_app.core.post_text import (
    extract_post_text,
    looks_like_login_wall,
    normalise,
    read_post_text,
)
from evidence_app.core.store import CaseStore, NewFile
from tests.core.campaign_texts import SHORT, STORIES, UNRELATED
from tests.fixtures.campaign_site import LOGIN_PAGE, POSTS, add_forum_posts, forum_page


def _labelled() -> list[tuple[str, str]]:
    return [(story, text) for story, texts in STORIES.items() for text in texts] + [
        (f"unrelated-{i}", text) for i, text in enumerate(UNRELATED)
    ]


def test_normalise_drops_prefixes_punctuation_emoji_width_and_spaces() -> None:
    assert normalise("【转】某品牌，刹车😡失灵！！ ") == "某品牌刹车失灵"
    assert normalise("[转载] ＡＢＣ　ｄｅｆ…") == "abcdef"
    assert normalise("转发：4S店 拒不承认") == "4s店拒不承认"
    assert normalise("转自某某网：正文在此") == "正文在此"
    # A 转 inside the text is a word, not a prefix.
    assert normalise("车主转了一圈") == "车主转了一圈"


def test_threshold_separates_the_test_set() -> None:
    """Every story stays one group at THRESHOLD; no unrelated pair comes near it."""
    labelled = _labelled()
    sets = [(label, shingles(normalise(text))) for label, text in labelled]
    cross = max(jaccard(a, b) for (la, a), (lb, b) in itertools.combinations(sets, 2) if la != lb)
    assert cross < THRESHOLD / 4, cross
    groups = group_texts([text for _label, text in labelled])
    found = sorted(sorted({labelled[i][0] for i in group}) for group in groups)
    assert found == [["battery"], ["brake"], ["owners"]]
    assert sorted(len(g) for g in groups) == sorted(len(v) for v in STORIES.values())
    # Also at a stricter threshold the stories hold together: THRESHOLD is not on a knife edge.
    assert len(group_texts([text for _label, text in labelled], THRESHOLD + 0.1)) == 3


def test_short_replies_and_empty_texts_never_group() -> None:
    assert group_texts([*SHORT, *SHORT, "", ""]) == []


def test_grouping_is_order_independent_and_ignores_chrome_free_duplicates() -> None:
    texts = [text for _label, text in _labelled()]
    forward = {frozenset(texts[i] for i in g) for g in group_texts(texts)}
    backward = {frozenset(texts[::-1][i] for i in g) for g in group_texts(texts[::-1])}
    assert forward == backward


def test_main_text_leaves_the_forum_chrome_out() -> None:
    post = POSTS[0]
    html = forum_page("标题", post.nickname, post.account_id, post.posted, post.text)
    extracted = extract_post_text(html, "http://127.0.0.1:9" + post.path)
    assert extracted.text == post.text
    assert extracted.author == post.nickname
    assert (
        campaign.utc_iso(extracted.date)
        == post.posted.astimezone(campaign.timezone.utc).isoformat()
    )
    # Two unrelated posts under the same chrome share nothing once extracted …
    other = POSTS[1]
    other_html = forum_page("标题", other.nickname, other.account_id, other.posted, other.text)
    assert group_texts([extract_post_text(h).text for h in (html, other_html)]) == []
    # … while the whole pages, chrome included, would look like one story.
    assert group_texts([html, other_html]) == [[0, 1]]


def test_login_wall_is_recognised() -> None:
    assert looks_like_login_wall("http://x/wall/1", "http://x/login?next=/wall/1", LOGIN_PAGE, "")
    assert looks_like_login_wall("http://x/p/1", "http://x/p/1", LOGIN_PAGE, "请先登录后查看帖子")
    post = POSTS[0]
    page = forum_page("t", post.nickname, post.account_id, post.posted, post.text)
    assert not looks_like_login_wall("http://x/p/1", "http://x/p/1", page, post.text)
    # A sign-in box in the header of a real post does not make it a wall.
    boxed = page.replace("<main>", "<form><input type='password' name='pw'></form><main>")
    text = extract_post_text(boxed).text
    assert text == post.text
    assert not looks_like_login_wall("http://x/p/1", "http://x/p/1", boxed, text)
    # A list that asks for a login page itself is not walled off.
    assert not looks_like_login_wall("http://x/login", "http://x/login", "<p>hi</p>", "hi")


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://weibo.com/1234567890/PqRsT", ("Weibo", "1234567890")),
        ("https://weibo.com/u/7654321", ("Weibo", "7654321")),
        ("https://www.douyin.com/user/MS4wLjABAAAA", ("Douyin", "MS4wLjABAAAA")),
        ("https://space.bilibili.com/546195/dynamic", ("Bilibili", "546195")),
        ("https://www.zhihu.com/people/some-one/answers", ("Zhihu", "some-one")),
        ("https://www.xiaohongshu.com/user/profile/5f1e", ("Xiaohongshu", "5f1e")),
        ("https://x.com/someone/status/1", ("X", "someone")),
        ("https://www.youtube.com/@channel", ("YouTube", "@channel")),
        ("http://127.0.0.1:8080/u/car_truth_01/p/3", ("127.0.0.1", "car_truth_01")),
        ("https://example.org/@writer/post", ("example.org", "writer")),
        ("https://x.com/search?q=a", None),
        ("https://example.org/thread/5", None),
    ],
)
def test_account_ids_from_addresses(url: str, expected: tuple[str, str] | None) -> None:
    assert account_id_from_url(url) == expected


def _post(
    number: int, text: str, url: str, account: str = "", name: str = "", posted: str = ""
) -> Post:
    return Post(f"E{number:03d}", f"id{number}", text, url, "Weibo", account, name, posted)


def test_recaptures_of_one_address_are_not_a_group_and_accounts_collect_names() -> None:
    story = STORIES["brake"]
    posts = [
        _post(1, story[0], "https://weibo.com/1/a", "1", "甲", "2026-11-02T01:00:00+00:00"),
        _post(2, story[1], "https://weibo.com/1/a", "1", "甲乙", ""),
        _post(3, story[2], "https://weibo.com/2/b", "2", "丙", "2026-11-01T01:00:00+00:00"),
        _post(4, story[0], "https://weibo.com/3/c", "", "", ""),
        _post(5, STORIES["battery"][0], "https://weibo.com/4/d", "4", "丁", ""),
        _post(6, STORIES["battery"][1], "https://weibo.com/4/d", "4", "丁", ""),
    ]
    result = analyse_posts(posts).as_dict()
    assert [g["items"] for g in result["groups"]] == [["E003", "E001", "E002", "E004"]]
    group = result["groups"][0]
    assert group["size"] == 4
    assert group["first_posted"] == "2026-11-01T01:00:00+00:00"
    assert group["last_posted"] == "2026-11-02T01:00:00+00:00"
    assert group["accounts"] == [
        {"platform": "Weibo", "account_id": "2"},
        {"platform": "Weibo", "account_id": "1"},
    ]
    assert group["sample"].startswith("某品牌新车刹车突然失灵")
    accounts = {a["account_id"]: a for a in result["accounts"]}
    assert accounts["1"]["names"] == ["甲", "甲乙"]
    assert accounts["1"]["items"] == ["E001", "E002"]
    assert "" not in accounts


def test_text_file_is_stored_hashed_and_logged_then_the_case_groups(
    data_dir: Path, tmp_path: Path
) -> None:
    with CaseStore(data_dir, Operator("张三", "owner")) as store:
        case = store.create_case("水军")
        add_forum_posts(store, case.id)
        # A screenshot-only item has no page to read and is left as it is.
        store.add_item(case.id, "other", {}, [NewFile("original", "a.txt", data=b"x")])
        result = analyse_case(store, case.id)
        items = store.list_items(case.id)
        first = items[0]
        text, meta = read_post_text(store, first)
        assert text == POSTS[0].text
        assert meta["page_author"] == POSTS[0].nickname
        assert meta["derived_from"]["role"] == "html"
        assert meta["extractor"].startswith("trafilatura ")
        stored = [f for f in first.files if f.role == "text"]
        assert len(stored) == 1 and stored[0].mime.startswith("text/plain")
        events = [e for e in store.events(case.id, first.id) if e.action == "file_stored"]
        assert [e.payload["role"] for e in events] == ["html", "text"]
        assert not any(f.role == "text" for f in items[-1].files)
        assert verify_case(store, case.id).ok
        # A second run derives nothing new.
        before = store.head(case.id)
        again = analyse_case(store, case.id)
        assert store.head(case.id) == before
        assert again.as_dict() == result.as_dict()
    number_of = {post.number: f"E{post.number:03d}" for post in POSTS}
    expected = sorted(
        sorted(number_of[p.number] for p in POSTS if p.story == story) for story in STORIES
    )
    assert sorted(sorted(g["items"]) for g in result.as_dict()["groups"]) == expected
    accounts = result.as_dict()["accounts"]
    assert len(accounts) == 10
    assert all(a["platform"] == "127.0.0.1" and len(a["names"]) == 1 for a in accounts)


def test_a_package_carries_the_text_files_and_the_receiver_recomputes_the_same_groups(
    tmp_path: Path,
) -> None:
    from evidence_app.core.identity import create_identity, load_signer
    from evidence_app.core.package import pack_case, unpack_package

    owner = CaseStore(tmp_path / "owner", Operator("张车主", "owner"))
    support = CaseStore(tmp_path / "support", Operator("王客服", "support"))
    try:
        create_identity(tmp_path / "owner", "张车主", b"pw")
        case = owner.create_case("水军")
        for post in POSTS[:12]:
            html = forum_page("t", post.nickname, post.account_id, post.posted, post.text)
            owner.add_item(
                case.id,
                "post",
                {"url": "http://127.0.0.1:9" + post.path},
                [NewFile("html", "page.html", data=html.encode("utf-8"))],
            )
        sent = analyse_case(owner, case.id).as_dict()
        assert sent["groups"]
        package = pack_case(
            owner, case.id, tmp_path / "c.evcase", load_signer(tmp_path / "owner", b"pw", "张车主")
        )
        unpack_package(support, package.path)
        received = support.list_items(case.id)
        assert all(any(f.role == "text" for f in item.files) for item in received)
        # The receiver derives nothing new (the texts came along) and finds the same groups.
        head = support.head(case.id)
        assert analyse_case(support, case.id).as_dict() == sent
        assert support.head(case.id) == head
    finally:
        owner.close()
        support.close()


def test_the_owners_posting_time_is_read_as_the_timeline_reads_it(data_dir: Path) -> None:
    """A time typed without an offset ("2026-11-28 21:14", "2026年11月28日") is read in the case's
    zone, to the precision given, before the page's own metadata; a relative one is "about"."""
    post = POSTS[0]
    html = forum_page("t", post.nickname, post.account_id, post.posted, post.text).encode("utf-8")
    with CaseStore(data_dir, Operator("张三", "owner")) as store:
        case = store.create_case("水军", zone="Asia/Shanghai")
        for typed in ("2026-11-28 21:14", "2026年11月28日", "3小时前", ""):
            fields = {"url": "http://127.0.0.1:9" + post.path, "posted_at": typed}
            store.add_item(case.id, "post", {k: v for k, v in fields.items() if v},
                           [NewFile("html", "page.html", data=html)])  # fmt: skip
        posts = {p.fields.get("posted_at", ""): p for p in analyse_case(store, case.id).posts}
    minute = posts["2026-11-28 21:14"]
    assert minute.posted_utc == "2026-11-28T13:14:00+00:00"
    assert (minute.posted_precision, minute.posted_about) == ("minute", False)
    day = posts["2026年11月28日"]
    assert day.posted_utc.startswith("2026-11-27T16:00") and day.posted_precision == "day"
    assert posts["3小时前"].posted_about and posts["3小时前"].posted_precision == "hour"
    page = posts[""]  # nothing typed: the page's own date, to the second it gave
    assert page.posted_utc and page.posted_utc[:10] != "2026-11-28"
    assert page.posted_precision == "second" and not page.posted_about
