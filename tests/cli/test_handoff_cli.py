"""Owner ⇄ support through the command line: pack, unpack, review, recapture, receipts."""

from __future__ import annotations

import json
from pathlib import Path

from tests.conftest import run_cli
from tests.core.helpers import make_png


def test_owner_and_support_pass_a_case_back_and_forth(tmp_path: Path) -> None:
    owner, support = tmp_path / "owner", tmp_path / "support"
    env = {"EVIDENCE_APP_KEY_PASSPHRASE": "pass phrase"}

    def at(side: Path, *args: str, role: str = "owner", name: str = "张车主"):  # type: ignore[no-untyped-def]
        return run_cli(["--operator", name, "--role", role, *args], side, env=env)

    case_id = at(owner, "case", "new", "--title", "网暴案").lines[0]
    assert (
        at(
            owner,
            "add",
            "file",
            case_id,
            str(make_png(tmp_path / "post.png")),
            "--category",
            "post",
        ).code
        == 0
    )
    package = tmp_path / "to-support.evcase"
    packed = at(owner, "case", "pack", case_id, "--out", str(package))
    assert packed.code == 0, packed.err
    receipt = tmp_path / "receipt.json"
    unpacked = at(
        support,
        "case",
        "unpack",
        str(package),
        "--receipt",
        str(receipt),
        role="support",
        name="王客服",
    )
    assert unpacked.code == 0, unpacked.err
    assert unpacked.lines == [case_id] and "Imported a new case" in unpacked.err
    assert (
        at(
            support,
            "item",
            "edit",
            case_id,
            "E001",
            "--field",
            "account_id=uid 9",
            role="support",
            name="王客服",
        ).code
        == 0
    )
    mark = at(
        support,
        "review",
        "mark",
        case_id,
        "E001",
        "--status",
        "needs_recapture",
        "--comment",
        "请截全窗口",
        role="support",
        name="王客服",
    )
    assert mark.code == 0, mark.err
    assert (
        at(
            support,
            "review",
            "verdict",
            case_id,
            "--verdict",
            "usable",
            "--notes",
            "证据充分",
            role="support",
            name="王客服",
        ).code
        == 0
    )
    back = tmp_path / "to-owner.evcase"
    assert (
        at(support, "case", "pack", case_id, "--out", str(back), role="support", name="王客服").code
        == 0
    )
    returned = at(owner, "case", "unpack", str(back))
    assert returned.code == 0 and "up to date" in returned.err
    review = json.loads(at(owner, "review", "list", case_id, "--json").out)
    assert review["verdict"]["verdict"] == "usable"
    assert [m["item"] for m in review["marks"] if m["open"]] == ["E001"]
    again = at(
        owner,
        "add",
        "file",
        case_id,
        str(make_png(tmp_path / "again.png", color="red")),
        "--recapture-of",
        "E001",
    )
    assert again.code == 0
    review = json.loads(at(owner, "review", "list", case_id, "--json").out)
    assert review["marks"][0]["closed_by"] == "E002" and not review["marks"][0]["open"]
    assert at(owner, "receipt", "import", case_id, str(receipt)).code == 0
    for side in (owner, support):
        assert run_cli(["verify-case", case_id], side).code == 0
    log = json.loads(at(owner, "log", case_id, "--json").out)
    actions = [e["action"] for e in log]
    assert actions.count("packed") == 2
    assert actions.count("received") == 2  # at support, then back at the owner
    assert "receipt_imported" in actions
    # an owner may not review
    refused = at(owner, "review", "mark", case_id, "E002", "--status", "reviewed")
    assert refused.code == 2 and "Only support staff and lawyers" in refused.err


def test_the_same_package_twice_and_a_damaged_one_say_so_in_chinese(tmp_path: Path) -> None:
    """Support opens a package it already has (exit 0, no new event, the date it was opened),
    then a damaged copy of it (exit 2, one Chinese sentence saying to ask for it again)."""
    owner, support = tmp_path / "owner", tmp_path / "support"
    env = {"EVIDENCE_APP_KEY_PASSPHRASE": "pass phrase"}

    def at(side: Path, *args: str, role: str = "owner", name: str = "张车主"):  # type: ignore[no-untyped-def]
        return run_cli(
            ["--operator", name, "--role", role, "--lang", "zh_CN", *args], side, env=env
        )

    case_id = at(owner, "case", "new", "--title", "网暴案").lines[0]
    assert at(owner, "add", "file", case_id, str(make_png(tmp_path / "p.png"))).code == 0
    package = tmp_path / "to-support.evcase"
    assert at(owner, "case", "pack", case_id, "--out", str(package)).code == 0
    first = at(support, "case", "unpack", str(package), role="support", name="王客服")
    assert first.code == 0, first.err
    log = at(support, "log", case_id, "--json", role="support", name="王客服").out
    again = at(support, "case", "unpack", str(package), role="support", name="王客服")
    assert again.code == 0, again.err
    assert again.lines == [case_id]
    assert "你已于" in again.err and "打开过这个案件包" in again.err and "网暴案" in again.err
    assert at(support, "log", case_id, "--json", role="support", name="王客服").out == log
    data = bytearray(package.read_bytes())
    middle = len(data) // 2
    data[middle : middle + 64] = b"x" * 64
    damaged = tmp_path / "damaged.evcase"
    damaged.write_bytes(bytes(data))
    refused = at(support, "case", "unpack", str(damaged), role="support", name="王客服")
    assert refused.code == 2
    assert "已损坏" in refused.err and "请让发送方重新发送" in refused.err, refused.err
    assert at(support, "log", case_id, "--json", role="support", name="王客服").out == log
