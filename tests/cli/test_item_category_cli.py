"""``item edit CASE ITEM --category C``: the category of an item changed from the command line."""

from __future__ import annotations

import json
from pathlib import Path

from tests.cli.test_cases_cli import new_case
from tests.core.helpers import make_png


def test_item_edit_category_is_logged_and_verifies(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    case_id = new_case(cli)
    added = cli("add", "file", case_id, str(make_png(tmp_path / "主页.png")))
    assert added.code == 0, added.err
    item_id = added.lines[0]
    edited = cli(
        "item", "edit", case_id, "E001", "--category", "account_profile",
        "--field", "account_id=uid-42",
    )  # fmt: skip
    assert edited.code == 0, edited.err
    assert edited.lines == [item_id]
    [item] = json.loads(cli("case", "show", case_id, "--json").out)["items"]
    assert item["category"] == "account_profile" and item["fields"] == {"account_id": "uid-42"}
    events = json.loads(cli("log", case_id, "--json").out)
    assert [(e["action"], e["item"], e["payload"]) for e in events[-2:]] == [
        ("category_changed", item_id, {"old": "other", "new": "account_profile"}),
        ("field_edited", item_id, {"key": "account_id", "old": None, "new": "uid-42"}),
    ]
    assert "other → account_profile" in cli("log", case_id).out
    # the same category again changes nothing and logs nothing
    again = cli("item", "edit", case_id, "E001", "--category", "account_profile")
    assert again.code == 0, again.err
    assert len(json.loads(cli("log", case_id, "--json").out)) == len(events)
    verified = cli("verify-case", case_id, "--json")
    assert verified.code == 0 and json.loads(verified.out)["ok"] is True


def test_item_edit_refuses_a_bad_category_in_one_line(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    case_id = new_case(cli)
    assert cli("add", "file", case_id, str(make_png(tmp_path / "a.png"))).code == 0
    before = cli("log", case_id, "--json").out
    bad = cli("item", "edit", case_id, "E001", "--category", "rumour", "--field", "views=9")
    assert bad.code == 2 and bad.out == ""
    assert bad.err.strip().splitlines() == [
        "evidence-app: Unknown category “rumour”. Use one of: post, comment, account_profile, private_message, "
        "search_result, harm_evidence, identity_document, other."
    ]
    assert cli("log", case_id, "--json").out == before  # nothing changed, not even the field
    nothing = cli("item", "edit", case_id, "E001")
    assert nothing.code == 2 and len(nothing.err.strip().splitlines()) == 1
    assert "--category" in nothing.err
    assert cli("item", "withdraw", case_id, "E001", "--reason", "拍错了").code == 0
    withdrawn = cli("item", "edit", case_id, "E001", "--category", "post", "--field", "views=9")
    assert withdrawn.code == 2
    assert (
        withdrawn.err.strip()
        == "evidence-app: E001 is withdrawn; its category can no longer be changed."
    )
    [item] = json.loads(cli("case", "show", case_id, "--json").out)["items"]
    assert item["category"] == "other" and item["fields"] == {}
