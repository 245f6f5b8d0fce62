"""The batch-capture queue kept in the case: reading lists, states, and settling a killed run."""

from __future__ import annotations

from pathlib import Path

import pytest

from evidence_app.core.capture_queue import CaptureQueue, read_url_list
from evidence_app.core.errors import UserError
from evidence_app.core.model import Operator
from evidence_app.core.store import SCHEMA_VERSION, CaseStore, NewFile


def test_lists_skip_comments_and_blanks_name_repeats_and_read_csv() -> None:
    listing = read_url_list(
        "\ufeff# monitored accounts\n\nhttps://a.test/1\n  https://a.test/2  \nhttps://a.test/1\n"
    )
    assert listing.urls == ["https://a.test/1", "https://a.test/2"]
    assert listing.duplicates == [(5, "https://a.test/1")]
    table = read_url_list(
        "序号,地址,备注\n1,https://weibo.com/1/a,首发\n2,http://b.test/x,\n", table=True
    )
    assert table.urls == ["https://weibo.com/1/a", "http://b.test/x"]
    assert read_url_list("https://a.test/p?ids=1,2\n").urls == ["https://a.test/p?ids=1,2"]
    with pytest.raises(UserError, match="Line 2 is not a web address"):
        read_url_list("https://a.test/1\nwww.example.com\n")
    with pytest.raises(UserError, match="no web addresses"):
        read_url_list("# nothing\n")


def test_queue_states_and_recovery_after_a_kill(data_dir: Path) -> None:
    with CaseStore(data_dir, Operator("t")) as store:
        case = store.create_case("t")
        queue = CaptureQueue(store, case.id)
        urls = ["https://a.test/1", "https://a.test/2", "https://a.test/3", "https://a.test/4"]
        assert [e.state for e in queue.add(urls)] == ["pending"] * 4
        # 1: stored and marked; 2: stored, then killed before it was marked; 3: killed mid-load.
        for url in urls[:3]:
            queue.start(url)
        one = store.add_item(
            case.id, "post", {"url": urls[0]}, [NewFile("html", "p.html", data=b"1")]
        )
        queue.done(urls[0], one.id)
        two = store.add_item(
            case.id, "post", {"url": urls[1]}, [NewFile("html", "p.html", data=b"2")]
        )
        queue.fail(urls[3], "timeout")
        # A later run: what was stored counts as done, what was not is captured again, and a
        # failure is tried again.
        again = CaptureQueue(store, case.id).add(urls)
        assert [(e.state, e.item_id) for e in again] == [
            ("done", one.id),
            ("done", two.id),
            ("pending", ""),
            ("pending", ""),
        ]
        assert queue.remaining() == 2
        queue.start(urls[2])
        queue.fail(urls[2], "login wall", "login_wall")
        assert queue.get(urls[2]).state == "login_wall"  # type: ignore[union-attr]
        # An item of the same address captured before the batch started is not this capture.
        store.add_item(
            case.id, "post", {"url": "https://a.test/5"}, [NewFile("html", "p.html", data=b"5")]
        )
        queue.add(["https://a.test/5"])
        queue.start("https://a.test/5")
        assert CaptureQueue(store, case.id).add(["https://a.test/5"])[0].state == "pending"


def test_an_older_data_directory_gains_the_queue(data_dir: Path) -> None:
    with CaseStore(data_dir) as store:
        case = store.create_case("旧")
        store.db.execute("DROP TABLE capture_queue")
        # the version before the queue came (the last migration)
        store.db.execute("UPDATE schema_version SET version = ?", (SCHEMA_VERSION - 1,))
    with CaseStore(data_dir) as store:
        assert store.schema_version() == SCHEMA_VERSION
        assert CaptureQueue(store, case.id).add(["https://a.test/1"])[0].state == "pending"
