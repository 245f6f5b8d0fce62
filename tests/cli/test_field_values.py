"""The command line refuses a count it cannot read (the form only warns): exit 2, one line, nothing stored."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from evidence_app.core.field_values import check_field_value


def test_a_count_that_cannot_be_read_is_refused_with_one_line(cli: Any, tmp_path: Path) -> None:
    case_id = cli("case", "new", "--title", "Counts").lines[0]
    shot = tmp_path / "post.png"
    shot.write_bytes(b"\x89PNG\r\n\x1a\n" + b"post" * 100)

    refused = cli("add", "file", case_id, str(shot), "--field", "views=lots")
    assert refused.code == 2 and refused.out == ""
    (line,) = refused.err.strip().splitlines()
    assert "“lots”" in line and "Views" in line
    assert all(example in line for example in ("12000", "1.2万", "10万+")), line
    assert json.loads(cli("case", "show", case_id, "--json").out)["items"] == []

    refused_url = cli("add", "url", case_id, "http://127.0.0.1:9/", "--field", "reposts=很多")
    assert refused_url.code == 2 and "“很多”" in refused_url.err

    added = cli("add", "file", case_id, str(shot), "--field", "views=1.2万", "--field", "likes=")
    assert added.code == 0, added.err
    item_id = added.lines[0]
    edited = cli("item", "edit", case_id, item_id, "--field", "reposts=10万+")
    assert edited.code == 0, edited.err
    bad_edit = cli("item", "edit", case_id, item_id, "--field", "comments=12k views")
    assert bad_edit.code == 2 and len(bad_edit.err.strip().splitlines()) == 1
    (item,) = json.loads(cli("case", "show", case_id, "--json").out)["items"]
    assert item["fields"]["views"] == "1.2万" and item["fields"]["reposts"] == "10万+"
    assert "comments" not in item["fields"]

    chinese = cli("--lang", "zh_CN", "add", "file", case_id, str(shot), "--field", "views=lots")
    assert chinese.code == 2 and "浏览量" in chinese.err and "1.2万" in chinese.err, chinese.err


def test_check_field_value() -> None:
    assert check_field_value("views", "12,000") is None
    assert check_field_value("views", "3k+") is None
    assert check_field_value("views", "") is None  # clearing a field is fine
    assert check_field_value("account_name", "lots") is None  # not a count
    assert check_field_value("unknown_key", "lots") is None  # check_field names unknown keys
    problem = check_field_value("followers", "about a thousand")
    assert problem is not None and "12000" in problem


def test_hostile_counts_and_times_are_refused_and_change_nothing(cli: Any, tmp_path: Path) -> None:
    """What a careless or hostile person types: each refused in one line, the item unchanged."""
    case_id = cli("case", "new", "--title", "Fuzz", "--zone", "Asia/Shanghai").lines[0]
    shot = tmp_path / "post.png"
    shot.write_bytes(b"\x89PNG\r\n\x1a\n" + b"post" * 100)
    item_id = cli("add", "file", case_id, str(shot), "--field", "views=10万+").lines[0]
    before = cli("log", case_id, "--json").out
    for typed in (
        "views=1e99",
        "views=-5",
        "likes=NaN",
        "posted_at=昨天 25:61",
        "posted_at=0001-01-01 00:00",
        "counts_observed_at=9999-12-31 23:59",
    ):
        refused = cli("item", "edit", case_id, item_id, "--field", typed)
        assert refused.code == 2, (typed, refused.out, refused.err)
        assert len(refused.err.strip().splitlines()) == 1 and "Traceback" not in refused.err
        assert typed.split("=", 1)[1] in refused.err, refused.err
    assert cli("log", case_id, "--json").out == before
    (item,) = json.loads(cli("case", "show", case_id, "--json").out)["items"]
    assert item["fields"] == {"views": "10万+"}


_MAIN_WITH_LONG_FIELD = (
    "import sys\n"
    "from evidence_app.cli import main\n"
    "value = sys.stdin.read()\n"
    "args = sys.argv[1:]\n"
    "sys.exit(main([a.replace('@STDIN@', value) for a in args]))\n"
)


def _main_with(data_dir: Path, value: str, *args: str) -> tuple[int, str, str]:
    """The command line with one argument longer than Linux lets a program be given (128 KiB; macOS
    takes 1 MiB): read from stdin and passed to ``main`` in a real process."""
    import os
    import subprocess
    import sys

    proc = subprocess.run(
        [sys.executable, "-c", _MAIN_WITH_LONG_FIELD, *args],
        input=value,
        capture_output=True,
        text=True,
        encoding="utf-8",
        env={**os.environ, "EVIDENCE_APP_DATA_DIR": str(data_dir)},
        cwd=Path(__file__).resolve().parents[2],
    )
    return proc.returncode, proc.stdout, proc.stderr


def test_a_field_too_long_is_refused_saying_the_limit_and_the_length(
    cli: Any, data_dir: Path, tmp_path: Path
) -> None:
    case_id = cli("case", "new", "--title", "Long").lines[0]
    shot = tmp_path / "post.png"
    shot.write_bytes(b"\x89PNG\r\n\x1a\n" + b"post" * 100)
    too_long = "造谣" * 100_000 + "!"  # 200,001 characters
    code, out, err = _main_with(
        data_dir, too_long, "add", "file", case_id, str(shot), "--field", "content_text=@STDIN@"
    )
    assert code == 2 and out == ""
    assert err.strip() == (
        "evidence-app: “Content text” can hold at most 200,000 characters; it now has 200,001. "
        "Please delete what goes beyond."
    )
    assert json.loads(cli("case", "show", case_id, "--json").out)["items"] == []

    item_id = cli("add", "file", case_id, str(shot)).lines[0]
    code, out, err = _main_with(
        data_dir,
        "车" * 250_000,
        "--lang",
        "zh_CN",
        "item",
        "edit",
        case_id,
        item_id,
        "--field",
        "notes=@STDIN@",
    )
    assert code == 2 and out == ""
    assert (
        err.strip()
        == "evidence-app: “备注”最多 200,000 个字符，现在是 250,000 个。请删去多余的部分。"
    )
    (item,) = json.loads(cli("case", "show", case_id, "--json").out)["items"]
    assert "notes" not in item["fields"]

    code, out, err = _main_with(  # exactly the limit is taken
        data_dir, "车" * 200_000, "item", "edit", case_id, item_id, "--field", "notes=@STDIN@"
    )
    assert code == 0, err
