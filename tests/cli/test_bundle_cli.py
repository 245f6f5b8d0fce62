"""``evidence-app export`` and ``verify`` as a user runs them: exit codes, output, --json contract."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from tests.bundle.make_case import phone_screenshot

pytestmark = pytest.mark.slow
PASS = {"EVIDENCE_APP_KEY_PASSPHRASE": "correct horse"}


@pytest.fixture
def case_with_screenshot(cli, tmp_path: Path) -> str:
    case_id = cli("case", "new", "--title", "网暴 case", "--owner", "王小明").lines[0]
    shot = phone_screenshot(tmp_path / "shot.png")
    added = cli("add", "file", case_id, str(shot), "--category", "post", "--field", "platform=微博")
    assert added.code == 0, added.err
    return case_id


def test_export_then_verify(cli, case_with_screenshot, tmp_path, dead_tsa_url):
    out = tmp_path / "bundle.pdf"
    result = cli("export", case_with_screenshot, "--out", str(out), "--lang", "en",
                 "--tsa", dead_tsa_url, env=PASS)  # fmt: skip
    assert result.code == 0, result.err
    assert result.lines[0] == str(out)
    assert "PAdES B-B" in result.out and dead_tsa_url in result.err  # said plainly, not hidden
    # the editable catalogue beside the PDF, named in the output
    assert (tmp_path / "bundle.docx").is_file() and str(tmp_path / "bundle.docx") in result.out
    verified = cli("verify", str(out), "--json")
    assert verified.code == 0, verified.out
    report = json.loads(verified.out)
    assert report["valid"] is True
    assert report["items"] == 1
    assert report["timestamp"] is None
    assert (
        len(report["signer"]["sha256_fingerprint"]) == 64
        and report["signer"]["subject"] == "CN=王小明"
    )
    assert report["signed_at"]
    assert {c["name"] for c in report["checks"]} == {
        "signature_valid", "covers_whole_file", "signer_certificate", "document_timestamp",
        "item_timestamps", "attachments_match_manifest", "manifest_matches_catalogue", "custody_chain",
    }  # fmt: skip
    # each check also carries its status code (ok | absent | untrusted | failed)
    assert all(set(c) == {"name", "ok", "detail", "status"} for c in report["checks"])
    assert report["verdict"] == "valid"
    plain = cli("verify", str(out))
    assert plain.code == 0 and "VALID" in plain.out
    log = cli("log", case_with_screenshot, "--json")
    assert json.loads(log.out)[-1]["action"] == "exported"
    # Issue 12: what the guide still misses goes by default into an unsigned note beside the
    # bundle, not under the signature; --missing-list bundle puts it in, none leaves it out.
    gap = "E001: no views, reposts, comments or likes recorded."
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True)
    assert gap not in text.stdout
    note = tmp_path / "bundle-missing-evidence.txt"
    assert gap in note.read_text("utf-8") and str(note) in result.out
    assert "not signed" in note.read_text("utf-8")
    inside = tmp_path / "inside.pdf"
    again = cli("export", case_with_screenshot, "--out", str(inside), "--lang", "en",
                "--missing-list", "bundle", env=PASS)  # fmt: skip
    assert again.code == 0, again.err
    text = subprocess.run(["pdftotext", str(inside), "-"], capture_output=True, text=True)
    assert gap in text.stdout and not (tmp_path / "inside-missing-evidence.txt").exists()


def test_export_with_the_tsa_is_b_t_and_verifies_with_trust(
    cli, case_with_screenshot, tmp_path, tsa, data_dir
):
    out = tmp_path / "bundle.pdf"
    result = cli("export", case_with_screenshot, "--out", str(out), "--tsa", tsa.url, env=PASS)
    assert result.code == 0, result.err
    assert "PAdES B-T" in result.out
    cert = data_dir / "identity" / "cert.pem"
    verified = cli(
        "verify", str(out), "--json", "--trust", str(cert), "--trust", str(tsa.root_cert_path)
    )
    report = json.loads(verified.out)
    assert verified.code == 0, report
    assert report["timestamp"]["tsa"].startswith("CN=Evidence App Test TSA")
    item_stamps = next(c for c in report["checks"] if c["name"] == "item_timestamps")
    assert "1 time-stamp token" in item_stamps["detail"]


def test_export_without_passphrase_is_a_clear_error(cli, case_with_screenshot, tmp_path):
    result = cli("export", case_with_screenshot, "--out", str(tmp_path / "b.pdf"))
    assert result.code == 2
    assert "EVIDENCE_APP_KEY_PASSPHRASE" in result.err
    assert not (tmp_path / "b.pdf").exists()


def test_verify_a_tampered_bundle_exits_1(cli, case_with_screenshot, tmp_path):
    out = tmp_path / "bundle.pdf"
    assert cli("export", case_with_screenshot, "--out", str(out), env=PASS).code == 0
    data = bytearray(out.read_bytes())
    at = data.index(b'"app_version": "') + len(b'"app_version": "')
    data[at] = ord("9")
    out.write_bytes(bytes(data))
    result = cli("verify", str(out))
    assert result.code == 1
    assert "FAILED" in result.out and "signature_valid" in result.out


def test_verify_unreadable_exits_2(cli, tmp_path):
    result = cli("verify", str(tmp_path / "nothing.pdf"))
    assert result.code == 2 and "Traceback" not in result.err


def test_verify_json_times_are_utc_whatever_the_signers_zone(cli, case_with_screenshot, tmp_path):
    """design.md: JSON times stay UTC ISO 8601 (the signer's computer was in Shanghai)."""
    from datetime import datetime, timedelta

    out = tmp_path / "shanghai.pdf"
    env = {"TZ": "Asia/Shanghai", **PASS}
    exported = cli("export", case_with_screenshot, "--out", str(out), env=env)
    assert exported.code == 0, exported.err
    verified = cli("verify", str(out), "--json", env={"TZ": "Asia/Shanghai"})
    report = json.loads(verified.out)
    signed = datetime.fromisoformat(report["signed_at"])
    assert signed.utcoffset() == timedelta(0), report["signed_at"]
