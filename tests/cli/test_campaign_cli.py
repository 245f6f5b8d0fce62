"""``evidence-app campaign``: JSON contract, CSV and the readable summary (pages stored as HTML)."""

from __future__ import annotations

import csv
import json
from datetime import timezone
from pathlib import Path

from evidence_app.core.model import Operator
from evidence_app.core.store import CaseStore
from tests.core.campaign_texts import STORIES
from tests.fixtures.campaign_site import POSTS, add_forum_posts


def _case_of_pages(data_dir: Path) -> str:
    with CaseStore(data_dir, Operator("张三", "owner")) as store:
        case = store.create_case("水军")
        add_forum_posts(store, case.id)
        return case.id


def _expected_groups() -> list[list[str]]:
    return sorted(
        sorted(f"E{p.number:03d}" for p in POSTS if p.story == story) for story in STORIES
    )


def test_campaign_json_csv_and_summary(cli, data_dir: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    case_id = _case_of_pages(data_dir)
    out_csv = tmp_path / "groups.csv"
    result = cli("campaign", case_id, "--json", "--csv", str(out_csv))
    assert result.code == 0, result.err
    data = json.loads(result.out)
    assert sorted(sorted(g["items"]) for g in data["groups"]) == _expected_groups()
    sizes = [g["size"] for g in data["groups"]]
    assert sizes == sorted(sizes, reverse=True) == [7, 6, 5]
    brake = data["groups"][0]
    brake_posts = [p for p in POSTS if p.story == "brake"]
    first = min(p.posted for p in brake_posts).astimezone(timezone.utc)
    assert brake["first_posted"] == first.isoformat()
    assert {a["account_id"] for a in brake["accounts"]} == {p.account_id for p in brake_posts}
    assert brake["sample"] in {p.text for p in brake_posts}
    assert {a["account_id"]: a["names"] for a in data["accounts"]}["car_truth_01"] == ["车圈真相哥"]
    assert all(set(a) >= {"platform", "account_id", "names", "items"} for a in data["accounts"])
    rows = list(csv.reader(out_csv.read_text("utf-8-sig").splitlines()))
    assert rows[0][:2] == ["group", "item"]
    assert len(rows) == 1 + sum(sizes)

    zh = cli("--lang", "zh_CN", "campaign", case_id)
    assert zh.code == 0, zh.err
    assert "第 1 组" in zh.out, zh.out
    assert "车圈真相哥" in zh.out
    en = cli("campaign", case_id)
    assert "Group 1: 7 posts" in en.out


def test_campaign_of_a_case_without_pages_and_of_no_case(cli, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    case_id = cli("case", "new", "--title", "t").out.strip()
    result = cli("campaign", case_id, "--json")
    assert result.code == 0
    assert json.loads(result.out)["groups"] == []
    assert "no text posted more than once" in cli("campaign", case_id).out
    missing = cli("campaign", "no-such-case")
    assert missing.code == 2 and missing.err.startswith("evidence-app: ")


def test_the_summary_prints_posting_times_in_the_cases_zone_as_precisely_as_given(
    cli, data_dir: Path
) -> None:  # type: ignore[no-untyped-def]
    """Typed to the minute in a New York case: printed to the minute with -05:00, whatever the
    zone of the computer running the command; no invented seconds."""
    with CaseStore(data_dir, Operator("张三", "owner")) as store:
        case = store.create_case("水军", zone="America/New_York")
        add_forum_posts(store, case.id)
        brake = store.list_items(case.id)[:14]
        for n, item in enumerate(brake):
            store.edit_fields(case.id, item.id, {"posted_at": f"2026-11-{n + 2:02d} 21:14"})
    en = cli("campaign", case.id, env={"TZ": "Asia/Shanghai"})
    assert en.code == 0, en.err
    posted = next(line for line in en.out.splitlines() if "Posted (as the pages show)" in line)
    assert "21:14 -05:00" in posted and "21:14:00" not in posted, posted
