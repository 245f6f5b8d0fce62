"""The command line contract of design.md for cases, items, the log and verify-case."""

from __future__ import annotations

import json
import re
import sqlite3
from pathlib import Path

import pytest

from evidence_app import cli
from tests.conftest import Result
from tests.core.helpers import make_png


def new_case(cli_run, title: str = "网暴案") -> str:  # type: ignore[no-untyped-def]
    result = cli_run(
        "case", "new", "--title", title, "--owner", "张三", "--description", "自2025年起"
    )
    assert result.code == 0, result.err
    assert len(result.lines) == 1
    return result.lines[0]


def test_case_new_list_show_json(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    case_id = new_case(cli)
    listed = cli("case", "list", "--json")
    assert [c["id"] for c in json.loads(listed.out)] == [case_id]
    # The plain list prints the time with its offset, never a zone abbreviation ("CST").
    [line] = cli("case", "list").lines
    assert re.search(r"created \d{4}-\d\d-\d\d \d\d:\d\d:\d\d [+-]\d\d:\d\d\)$", line), line
    png = make_png(tmp_path / "截图 1.png")
    added = cli(
        "add",
        "file",
        case_id,
        str(png),
        "--category",
        "post",
        "--field",
        "url=https://weibo.com/u/1?a=b=c",
    )
    assert added.code == 0, added.err
    shown = json.loads(cli("case", "show", case_id, "--json").out)
    assert {"id", "title", "owner", "items"} <= shown.keys()
    assert shown["title"] == "网暴案" and shown["owner"] == "张三"
    item = shown["items"][0]
    assert item["id"] == added.lines[0]
    assert item["number"] == "E001" and item["category"] == "post" and item["withdrawn"] is False
    assert item["fields"] == {"url": "https://weibo.com/u/1?a=b=c", "platform": "Weibo"}
    assert item["captured_at_utc"].endswith("+00:00")
    assert item["files"][0].keys() >= {"role", "name", "sha256", "size", "mime"}
    assert item["files"][0]["name"] == "截图 1.png" and item["files"][0]["mime"] == "image/png"
    text = cli("case", "show", case_id)
    assert "E001" in text.out and "截图 1.png" in text.out


def test_add_file_prints_one_id_per_item_and_edit_withdraw_log(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    case_id = new_case(cli)
    paths = [
        str(make_png(tmp_path / f"{n}.png", color=c)) for n, c in (("a", "red"), ("b", "green"))
    ]
    added = cli("add", "file", case_id, *paths)
    assert added.code == 0 and len(added.lines) == 2
    assert (
        cli(
            "item",
            "edit",
            case_id,
            "E001",
            "--field",
            "account_id=uid 42",
            "--field",
            "views=3.1万",
        ).code
        == 0
    )
    assert cli("item", "withdraw", case_id, added.lines[1], "--reason", "拍错了").code == 0
    events = json.loads(cli("log", case_id, "--json").out)
    assert [e["action"] for e in events] == [
        "case_created",
        "item_added",
        "file_stored",
        "item_added",
        "file_stored",
        "field_edited",
        "field_edited",
        "item_withdrawn",
    ]
    assert all(
        {
            "seq",
            "case_id",
            "at_utc",
            "at_local",
            "operator",
            "action",
            "item",
            "payload",
            "prev_hash",
            "hash",
        }
        <= e.keys()
        for e in events
    )
    assert events[0]["prev_hash"] == "0" * 64
    text = cli("log", case_id)
    assert "field_edited" in text.out and "拍错了" in text.out
    verified = cli("verify-case", case_id, "--json")
    assert verified.code == 0 and json.loads(verified.out)["ok"] is True
    assert json.loads(cli("log", case_id, "--json").out)[-1]["action"] == "verified"


def test_global_operator_role_and_data_dir(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    other = tmp_path / "elsewhere"
    result = cli(
        "--data-dir",
        str(other),
        "--operator",
        "王客服",
        "--role",
        "support",
        "case",
        "new",
        "--title",
        "x",
    )
    assert result.code == 0
    events = json.loads(cli("--data-dir", str(other), "log", result.lines[0], "--json").out)
    assert events[0]["operator"] == {"name": "王客服", "role": "support"}
    assert (other / "cases.sqlite").is_file()


def test_verify_case_exits_1_and_names_the_problem(cli, data_dir: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    case_id = new_case(cli)
    cli("add", "file", case_id, str(make_png(tmp_path / "a.png")), "--field", "account_id=1")
    db = sqlite3.connect(data_dir / "cases.sqlite")
    db.execute("UPDATE item_fields SET value = '2'")
    db.commit()
    db.close()
    result = cli("verify-case", case_id)
    assert result.code == 1
    assert "E001: field account_id was changed without a custody event" in result.out
    report = json.loads(cli("verify-case", case_id, "--json").out)
    assert report["ok"] is False and report["problems"][0]["item"] == "E001"


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (["case", "show", "nope"], "There is no case “nope”."),
        (["item", "edit", "CASE", "E007", "--field", "url=x"], "The case has no item “E007”."),
        (["item", "edit", "CASE", "E001", "--field", "colour=red"], "Unknown field “colour”."),
        (["item", "edit", "CASE", "E001", "--field", "no-equals"], "is not KEY=VALUE"),
        (["add", "file", "CASE", "A.PNG", "--category", "rumour"], "Unknown category “rumour”."),
        (["item", "withdraw", "CASE", "E001", "--reason", "  "], "a reason is required"),
        (["frobnicate"], "bad usage"),
        (["case", "new"], "bad usage"),
        (["--role", "judge", "case", "list"], "bad usage"),
    ],
)
def test_user_errors_are_one_line_exit_2(cli, tmp_path: Path, args: list[str], needle: str) -> None:  # type: ignore[no-untyped-def]
    case_id = new_case(cli)
    png = make_png(tmp_path / "a.png")
    cli("add", "file", case_id, str(png))
    args = [case_id if a == "CASE" else str(png) if a == "A.PNG" else a for a in args]
    result: Result = cli(*args)
    assert result.code == 2
    assert needle in result.err
    assert len(result.err.strip().splitlines()) == 1
    assert "Traceback" not in result.err


def test_messages_in_chinese(cli) -> None:  # type: ignore[no-untyped-def]
    result = cli("--lang", "zh_CN", "case", "show", "nope")
    assert result.code == 2
    assert "没有" in result.err and "nope" in result.err


def test_internal_error_writes_a_log_and_exits_3(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from evidence_app.commands import cases

    def broken(ctx: cli.Context) -> int:
        raise RuntimeError("a bug")

    monkeypatch.setattr(cases, "cmd_case_list", broken)
    assert cli.main(["case", "list"]) == 3
    err = capsys.readouterr().err
    assert "internal error" in err and "Traceback" not in err
    log = Path(err.strip().rsplit(" ", 1)[1])
    assert log.is_file() and log.parent == data_dir / "logs"
    assert "RuntimeError: a bug" in log.read_text("utf-8")


def test_case_details_zone_and_unreadable_posting_times(  # type: ignore[no-untyped-def]
    cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``case new`` takes the car, contact, parties and zone (the PC's by default); ``case edit``
    changes them; ``case show --json`` gives them; a posting time the app cannot read is refused
    with exit 2 and one line, a time as people type it is taken."""
    monkeypatch.setenv("TZ", "Asia/Shanghai")
    made = cli(
        "case", "new", "--title", "网暴案", "--owner", "王小明", "--description", "经过",
        "--car", "蔚来 ES6", "--contact", "138 0000 0000", "--claimant", "王小明",
        "--respondent", "车圈真相哥", "--parties", "litigation",
    )  # fmt: skip
    assert made.code == 0, made.err
    case_id = made.lines[0]
    shown = json.loads(cli("case", "show", case_id, "--json").out)
    assert shown["zone"] == "Asia/Shanghai" and shown["car"] == "蔚来 ES6"
    assert (shown["contact"], shown["claimant"], shown["respondent"], shown["party_terms"]) == (
        "138 0000 0000",
        "王小明",
        "车圈真相哥",
        "litigation",
    )
    assert cli("case", "edit", case_id, "--zone", "Europe/Berlin").code == 0
    assert json.loads(cli("case", "show", case_id, "--json").out)["zone"] == "Europe/Berlin"
    bad_zone = cli("case", "edit", case_id, "--zone", "Mars/Olympus")
    assert bad_zone.code == 2 and len(bad_zone.err.strip().splitlines()) == 1
    png = make_png(tmp_path / "a.png")
    refused = cli("add", "file", case_id, str(png), "--field", "posted_at=上周某天")
    assert refused.code == 2 and len(refused.err.strip().splitlines()) == 1
    assert "上周某天" in refused.err and "Traceback" not in refused.err
    assert json.loads(cli("case", "show", case_id, "--json").out)["items"] == []
    taken = cli("add", "file", case_id, str(png), "--field", "posted_at=2025年9月20日 13:05")
    assert taken.code == 0, taken.err


def test_the_operator_is_a_person_not_the_login(cli, data_dir: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Without --operator: the case's owner acts on a case (not the login "root"); the name the
    app's wizard set in the settings comes first; --operator first of all."""
    case_id = new_case(cli)  # --owner 张三: the case's own owner records its creation
    png = str(make_png(tmp_path / "a.png"))
    assert cli("add", "file", case_id, png).code == 0
    events = json.loads(cli("log", case_id, "--json").out)
    assert {e["operator"]["name"] for e in events} == {"张三"}
    from evidence_app.core.settings import Settings

    settings = Settings.load(data_dir)
    settings.operator_name = "李助理"
    settings.save(data_dir)
    assert cli("item", "withdraw", case_id, "E001", "--reason", "重复").code == 0
    assert cli("--operator", "王律师", "case", "edit", case_id, "--title", "新").code == 0
    events = json.loads(cli("log", case_id, "--json").out)
    assert [e["operator"]["name"] for e in events[-2:]] == ["李助理", "王律师"]


def test_case_show_prints_times_with_their_offset_and_utc(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    case_id = new_case(cli)
    assert cli("add", "file", case_id, str(make_png(tmp_path / "a.png"))).code == 0
    shown = cli("case", "show", case_id).out
    line = next(x for x in shown.splitlines() if x.startswith("E001"))
    assert "CST" not in shown and "(" not in line.split("+")[0]  # no zone abbreviation
    # core/timefmt: the offset always, UTC in brackets where the case's zone is not UTC
    assert re.search(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d [+-]\d\d:\d\d( \(UTC |$)", line), line
