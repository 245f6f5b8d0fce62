"""``add urls``: a list of forum posts captured unattended, resumed after a kill, politely paced.

Real parts: the forum of tests/fixtures/campaign_site.py on 127.0.0.1, the app as a process
(QtWebEngine offscreen), a real case store; ``campaign --json`` then reads what was captured.
"""

from __future__ import annotations

import itertools
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from evidence_app.core.model import Operator
from evidence_app.core.store import CaseStore
from tests.conftest import REPO
from tests.core.campaign_texts import STORIES
from tests.fixtures.campaign_site import POSTS, Forum

pytestmark = pytest.mark.slow


def _write_list(path: Path, urls: list[str], extra: str = "") -> Path:
    path.write_text("# posts to capture\n\n" + "\n".join(urls) + "\n" + extra, "utf-8")
    return path


def _items_by_url(data_dir: Path, case_id: str) -> dict[str, list[str]]:
    with CaseStore(data_dir, Operator("t")) as store:
        found: dict[str, list[str]] = {}
        for item in store.list_items(case_id):
            found.setdefault(item.fields["url"], []).append(item.number)
        return found


def test_add_urls_captures_every_post_and_campaign_finds_exactly_the_planted_groups(
    cli, data_dir: Path, tmp_path: Path, forum: Forum
) -> None:  # type: ignore[no-untyped-def]
    case_id = cli("case", "new", "--title", "水军").out.strip()
    urls = forum.urls()
    listing = _write_list(tmp_path / "list.txt", urls, extra=f"{urls[3]}\n  # again\n")
    result = cli("add", "urls", case_id, str(listing), "--delay", "0", "--field", "harm_type=诽谤")
    assert result.code == 0, result.err
    assert f"line {len(urls) + 3} repeats {urls[3]}" in result.err
    number_of = {}
    for line in result.lines:
        number, url = line.split(" ", 1)
        number_of[url] = number
    assert sorted(number_of) == sorted(urls)
    assert _items_by_url(data_dir, case_id) == {u: [n] for u, n in number_of.items()}
    # One page at a time on one site, however many engines run.
    assert forum.server.max_in_flight == 1

    show = json.loads(cli("case", "show", case_id, "--json").out)
    item = show["items"][0]
    assert {f["role"] for f in item["files"]} >= {"visible", "full_page", "mhtml", "html", "text"}
    assert item["fields"]["harm_type"] == "诽谤"

    data = json.loads(cli("campaign", case_id, "--json").out)
    expected = sorted(
        sorted(number_of[forum.url + p.path] for p in POSTS if p.story == story)
        for story in STORIES
    )
    assert sorted(sorted(g["items"]) for g in data["groups"]) == expected
    unrelated = {number_of[forum.url + p.path] for p in POSTS if p.story is None}
    assert not unrelated & {n for g in data["groups"] for n in g["items"]}
    assert len(data["accounts"]) == 10
    assert cli("verify-case", case_id).code == 0


def _new_case(command: list[str], env: dict[str, str]) -> str:
    """A new case made by the command line as a user would (its id on stdout)."""
    return subprocess.run(
        [*command, "case", "new", "--title", "t"],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()


def test_a_killed_run_resumes_and_captures_only_the_rest(
    data_dir: Path, tmp_path: Path, forum: Forum
) -> None:
    urls = forum.urls()[:10]
    listing = _write_list(tmp_path / "list.txt", urls)
    env = {**os.environ, "EVIDENCE_APP_DATA_DIR": str(data_dir)}
    command = [sys.executable, "-m", "evidence_app"]
    case_id = _new_case(command, env)
    forum.server.delay = 0.3  # each page takes a moment, so the kill lands mid-run
    proc = subprocess.Popen(
        [*command, "add", "urls", case_id, str(listing), "--delay", "0"],
        env=env,
        cwd=REPO,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    first: list[str] = []
    assert proc.stdout is not None
    deadline = time.monotonic() + 240
    while len(first) < 3 and time.monotonic() < deadline:
        line = proc.stdout.readline()
        if not line:
            break
        first.append(line.strip())
    proc.send_signal(signal.SIGKILL)
    proc.wait(30)
    proc.stdout.close()
    assert len(first) == 3, first
    stored_before = _items_by_url(data_dir, case_id)
    assert 3 <= len(stored_before) < len(urls)

    forum.server.delay = 0
    hits_before = len(forum.hits)
    again = subprocess.run(
        [*command, "add", "urls", case_id, str(listing), "--delay", "0"],
        env=env,
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert again.returncode == 0, again.stderr
    stored = _items_by_url(data_dir, case_id)
    assert sorted(stored) == sorted(urls)
    assert all(len(numbers) == 1 for numbers in stored.values()), stored
    # The second run asked the site only for the pages it had not stored.
    asked = {path for _t, path in forum.hits[hits_before:] if path.startswith("/u/")}
    assert asked == {u.removeprefix(forum.url) for u in urls if u not in stored_before}
    # …and still names every address with its item.
    assert sorted(line.split(" ", 1)[1] for line in again.stdout.splitlines()) == sorted(urls)


def test_login_wall_failures_and_pacing(cli, tmp_path: Path, forum: Forum) -> None:  # type: ignore[no-untyped-def]
    case_id = cli("case", "new", "--title", "t").out.strip()
    urls = [*forum.urls()[:3], forum.url + "/wall/1", "http://127.0.0.1:9/closed"]
    listing = _write_list(tmp_path / "list.txt", urls)
    start = len(forum.hits)
    result = cli(
        "add", "urls", case_id, str(listing), "--delay", "1.5", "--parallel", "3", "--timeout", "20"
    )
    assert result.code == 1, result.err
    captured = sorted(line for line in result.lines if not line.startswith("failed "))
    assert captured == sorted(f"E00{i + 1} {url}" for i, url in enumerate(urls[:3])) or (
        sorted(line.split(" ", 1)[1] for line in captured) == sorted(urls[:3])
    )
    failed = {line for line in result.lines if line.startswith("failed ")}
    assert any(line.startswith(f"failed {forum.url}/wall/1: login wall") for line in failed)
    assert any(line.startswith("failed http://127.0.0.1:9/closed: ") for line in failed)
    assert len(json.loads(cli("case", "show", case_id, "--json").out)["items"]) == 3
    # Pages of one site start at least the delay apart.
    starts = [t for t, path in forum.hits[start:] if path.startswith(("/u/", "/wall/"))]
    gaps = [b - a for a, b in itertools.pairwise(starts)]
    assert gaps and min(gaps) >= 1.4, gaps


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("http://127.0.0.1:9/a\nnot an address\n", "Line 2 is not a web address"),
        ("# only a comment\n\n", "no web addresses"),
        ("ftp://127.0.0.1/file\n", "Line 1 is not a web address"),
    ],
)
def test_bad_lists_exit_2_before_capturing(cli, tmp_path: Path, text: str, message: str) -> None:  # type: ignore[no-untyped-def]
    case_id = cli("case", "new", "--title", "t").out.strip()
    listing = tmp_path / "list.txt"
    listing.write_text(text, "utf-8")
    result = cli("add", "urls", case_id, str(listing))
    assert result.code == 2
    assert message in result.err
    assert result.out == ""
    assert cli("add", "urls", case_id, str(tmp_path / "missing.txt")).code == 2
    assert cli("add", "urls", case_id, str(listing), "--parallel", "0").code == 2


def test_a_list_from_standard_input(data_dir: Path, forum: Forum) -> None:
    env = {**os.environ, "EVIDENCE_APP_DATA_DIR": str(data_dir)}
    command = [sys.executable, "-m", "evidence_app"]
    case_id = _new_case(command, env)
    urls = forum.urls()[:2]
    result = subprocess.run(
        [*command, "add", "urls", case_id, "-", "--category", "comment", "--delay", "0"],
        input="\n".join([urls[0], "# note", urls[1], urls[0]]) + "\n",
        env=env,
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    assert sorted(line.split(" ", 1)[1] for line in result.stdout.splitlines()) == sorted(urls)
    assert "line 4 repeats" in result.stderr
    with CaseStore(data_dir, Operator("t")) as store:
        assert {item.category for item in store.list_items(case_id)} == {"comment"}
