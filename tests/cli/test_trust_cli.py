"""``key show|new|check`` and ``timestamp`` as real processes, with a real TSA (certomancer)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from evidence_app.core.settings import Settings
from tests.fixtures.tsa import TestTSA

PASS_ENV = {"EVIDENCE_APP_KEY_PASSPHRASE": "车主的口令 2026"}


def test_key_show_new_and_rotation(cli: Any, data_dir: Path) -> None:
    none_yet = cli("key", "show")
    assert none_yet.code == 1
    assert "There is no signing key yet" in none_yet.out
    assert "evidence-app key new" in none_yet.out

    made = cli("key", "new", "--name", "王小明", env=PASS_ENV)
    assert made.code == 0, made.err
    shown = cli("key", "show")
    assert shown.code == 0, shown.err
    assert "Subject: CN=王小明" in shown.out
    first = json.loads(cli("key", "show", "--json").out)["current"]
    assert len(first["sha256_fingerprint"]) == 64
    assert first["sha256_fingerprint"] in shown.out
    assert first["subject"] == "CN=王小明"

    again = cli("key", "new", "--name", "王小明", env=PASS_ENV)
    assert again.code == 0, again.err
    assert first["sha256_fingerprint"] in again.out  # says which certificate was kept
    listing = json.loads(cli("key", "show", "--json").out)
    assert listing["current"]["sha256_fingerprint"] != first["sha256_fingerprint"]
    assert [p["sha256_fingerprint"] for p in listing["previous"]] == [first["sha256_fingerprint"]]
    assert (
        Path(listing["previous"][0]["cert_path"]).read_text()
        == Path(first["cert_path"])
        .parent.joinpath("old", f"{first['sha256_fingerprint']}.pem")
        .read_text()
    )
    assert "Earlier certificates kept" in cli("key", "show").out


def test_passphrase_problems_are_one_clear_line(cli: Any) -> None:
    no_passphrase = cli("key", "new", "--name", "Owner", env={"EVIDENCE_APP_KEY_PASSPHRASE": ""})
    assert no_passphrase.code == 2
    assert "EVIDENCE_APP_KEY_PASSPHRASE" in no_passphrase.err
    assert "Traceback" not in no_passphrase.err

    assert cli("key", "new", "--name", "Owner", env=PASS_ENV).code == 0
    assert cli("key", "check", env=PASS_ENV).code == 0
    wrong = cli("key", "check", env={"EVIDENCE_APP_KEY_PASSPHRASE": "guess"})
    assert wrong.code == 2
    assert wrong.err.strip() == "evidence-app: The passphrase for the signing key is wrong."


def _new_case_with_files(cli: Any, tmp_path: Path, count: int = 2) -> tuple[str, list[str]]:
    case_id = cli("case", "new", "--title", "Harassment").lines[-1]
    paths = []
    for n in range(count):
        path = tmp_path / f"shot{n}.png"
        path.write_bytes(b"\x89PNG\r\n\x1a\n" + f"screenshot {n}".encode() * 40)
        paths.append(str(path))
    added = cli("add", "file", case_id, *paths)
    assert added.code == 0, added.err
    return case_id, added.lines


def _tsr_files(cli: Any, case_id: str) -> list[dict[str, Any]]:
    shown = json.loads(cli("case", "show", case_id, "--json").out)
    return [f for item in shown["items"] for f in item["files"] if f["role"] == "tsr"]


def test_timestamp_without_a_tsa_is_bad_usage(cli: Any, tmp_path: Path) -> None:
    case_id, _ = _new_case_with_files(cli, tmp_path, 1)
    result = cli("timestamp", case_id)
    assert result.code == 2
    assert "No time-stamping authority is configured" in result.err
    assert cli("timestamp", case_id, "--tsa", "ftp://nowhere").code == 2


@pytest.mark.slow
def test_offline_capture_is_queued_then_stamped(
    cli: Any, data_dir: Path, tmp_path: Path, tsa: TestTSA, dead_tsa_url: str
) -> None:
    Settings(tsa_urls=[dead_tsa_url]).save(data_dir)
    case_id = cli("case", "new", "--title", "Offline").lines[-1]
    shot = tmp_path / "shot.png"
    shot.write_bytes(b"\x89PNG\r\n\x1a\n" + b"offline capture" * 40)
    added = cli("add", "file", case_id, str(shot))
    assert added.code == 0 and len(added.lines) == 1
    # Stamp at capture was tried; offline, one note on stderr and the item stays queued.
    assert len(added.err.strip().splitlines()) == 1
    assert "not time-stamped yet" in added.err and "could not connect" in added.err
    assert _tsr_files(cli, case_id) == []

    still_offline = cli("timestamp", case_id)  # the settings' (dead) TSA
    assert still_offline.code == 1
    assert "PENDING E001 Original file “shot.png”" in still_offline.out
    chinese = cli("--lang", "zh_CN", "timestamp", case_id)
    from evidence_app.core.fields import file_role_label

    assert f"E001 {file_role_label('original', 'zh_CN')}“shot.png”" in chinese.out.replace(
        " “", "“"
    )
    assert "original" not in chinese.out and file_role_label("original", "zh_CN") != "Original file"
    assert "Files stamped: 0; still pending: 1." in still_offline.out

    online = cli("timestamp", case_id, "--tsa", dead_tsa_url, "--tsa", tsa.url)
    assert online.code == 0, online.out + online.err
    assert "Stamped E001 Original file “shot.png”: genTime 20" in online.out
    assert "after import" in online.out  # an imported file: the app's clock starts at its import
    assert "CN=Evidence App Test TSA" in online.out
    assert [f["name"] for f in _tsr_files(cli, case_id)] == ["shot.png.tsr"]

    nothing = cli("timestamp", case_id, "--tsa", tsa.url)
    assert nothing.code == 0 and "Nothing to stamp" in nothing.out

    log = json.loads(cli("log", case_id, "--json").out)
    stamped = [e for e in log if e["action"] == "timestamped"]
    assert len(stamped) == 1
    assert stamped[0]["payload"]["file"] == "shot.png"
    assert stamped[0]["payload"]["tsa_url"] == tsa.url
    assert stamped[0]["payload"]["gap_seconds"] >= 0
    assert cli("verify-case", case_id).code == 0


def test_capture_with_a_tsa_is_stamped_at_once(
    cli: Any, data_dir: Path, tmp_path: Path, tsa: TestTSA
) -> None:
    Settings(tsa_urls=[tsa.url]).save(data_dir)
    case_id, item_ids = _new_case_with_files(cli, tmp_path, 2)
    assert len(item_ids) == 2  # stdout stays one item id per line
    tokens = _tsr_files(cli, case_id)
    assert sorted(t["name"] for t in tokens) == ["shot0.png.tsr", "shot1.png.tsr"]
    assert all(t["meta"]["gap_seconds"] >= 0 for t in tokens)
    as_json = json.loads(cli("timestamp", case_id, "--json").out)
    assert as_json == {"ok": True, "stamped": [], "pending": []}
