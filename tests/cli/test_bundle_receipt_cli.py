"""A lawyer verifies a received bundle and writes a signed receipt; the owner imports it into the log."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from tests.bundle.test_tamper import flip
from tests.conftest import run_cli
from tests.core.helpers import make_png

pytestmark = pytest.mark.slow
ENV = {"EVIDENCE_APP_KEY_PASSPHRASE": "pass phrase"}


def test_bundle_receipt_round_trip(tmp_path: Path) -> None:
    owner, lawyer = tmp_path / "owner", tmp_path / "lawyer"

    def at(side: Path, *args: str, role: str = "owner", name: str = "张车主"):  # type: ignore[no-untyped-def]
        return run_cli(["--operator", name, "--role", role, *args], side, env=ENV)

    case_id = at(owner, "case", "new", "--title", "网暴案 收据", "--owner", "张车主").lines[0]
    other_case = at(owner, "case", "new", "--title", "另一个案子").lines[0]
    png = make_png(tmp_path / "post.png")
    assert at(owner, "add", "file", case_id, str(png), "--category", "post").code == 0
    pdf = tmp_path / "bundle.pdf"
    exported = at(owner, "export", case_id, "--out", str(pdf))
    assert exported.code == 0, exported.err

    receipt = tmp_path / "receipt.json"
    verified = at(lawyer, "verify", str(pdf), "--receipt", str(receipt), role="lawyer", name="李律师")  # fmt: skip
    assert verified.code == 0, verified.err
    assert "VALID" in verified.out and "Signed receipt written" in verified.err
    content = json.loads(receipt.read_text("utf-8"))["receipt"]
    assert content["kind"] == "bundle"
    assert content["file"] == {
        "name": "bundle.pdf",
        "sha256": hashlib.sha256(pdf.read_bytes()).hexdigest(),
    }
    assert content["case"] == {"id": case_id, "title": "网暴案 收据"}
    assert content["receiver"]["name"] == "李律师" and content["receiver"]["role"] == "lawyer"
    assert content["verification"]["ok"] is True
    assert content["verification"]["failed_checks"] == []
    assert content["verification"]["items"] == 1

    imported = at(owner, "receipt", "import", case_id, str(receipt))
    assert imported.code == 0, imported.err
    log = json.loads(at(owner, "log", case_id, "--json").out)
    assert log[-1]["action"] == "receipt_imported"
    assert log[-1]["payload"]["receipt"]["receipt"]["file"]["sha256"] == content["file"]["sha256"]
    assert at(owner, "verify-case", case_id).code == 0
    refused = at(owner, "receipt", "import", other_case, str(receipt))
    assert refused.code == 2 and "another case" in refused.err

    # An altered bundle still gets a receipt, which says what failed; a non-PDF gets none.
    tampered = tmp_path / "tampered.pdf"
    tampered.write_bytes(pdf.read_bytes())
    flip(tampered, b" cm /EvidenceImage", -1)
    bad_receipt = tmp_path / "bad-receipt.json"
    checked = at(lawyer, "verify", str(tampered), "--json", "--receipt", str(bad_receipt), role="lawyer", name="李律师")  # fmt: skip
    assert checked.code == 1
    verification = json.loads(bad_receipt.read_text("utf-8"))["receipt"]["verification"]
    assert verification["ok"] is False and "signature_valid" in verification["failed_checks"]
    junk = tmp_path / "junk.pdf"
    junk.write_bytes(b"not a pdf")
    none = tmp_path / "none.json"
    assert at(lawyer, "verify", str(junk), "--receipt", str(none), role="lawyer").code == 2
    assert not none.exists()
    folder = at(lawyer, "verify", str(tmp_path), "--receipt", str(none), role="lawyer")
    assert folder.code == 2 and not none.exists()
