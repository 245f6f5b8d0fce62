"""Trusted time apart from integrity: a self-made TSA is ``untrusted``, a trusted root makes ``valid``.

Real bundles stamped by the certomancer TSA (whose root is a CA apart from its TSA certificate) and by
a self-made TSA calling itself 国家授时中心可信时间戳服务, verified as a real ``evidence-app`` process.
"""

from __future__ import annotations

import json
import re
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from asn1crypto import pem
from asn1crypto import x509 as asn1_x509

from evidence_app.bundle.verify import verify_bundle
from evidence_app.core.settings import Settings
from tests.bundle.conftest import Exported, _export
from tests.conftest import run_cli
from tests.fixtures.tsa import TestTSA

pytestmark = pytest.mark.slow

FAKE_NAME = "国家授时中心可信时间戳服务"


def root_sha256(path: Path) -> str:
    data = path.read_bytes()
    der = pem.unarmor(data)[2] if pem.detect(data) else data
    return str(asn1_x509.Certificate.load(der).sha256.hex())


def grouped(fingerprint: str) -> str:
    return " ".join(fingerprint[i : i + 4] for i in range(0, len(fingerprint), 4))


@pytest.fixture(scope="module")
def bundle_fake(tmp_path_factory: pytest.TempPathFactory, tsa: TestTSA) -> Iterator[Exported]:
    exported = _export(tmp_path_factory.mktemp("bundle-fake"), [tsa.fake_url], "zh_CN")
    yield exported
    exported.store.close()


def verify_json(path: Path, *args: str, data_dir: Path | None = None) -> tuple[int, dict]:
    result = run_cli(["verify", str(path), "--json", *args], data_dir)
    return result.code, json.loads(result.out)


def test_a_self_made_tsa_is_untrusted_and_named_with_its_root(bundle_fake, tmp_path, tsa):
    code, report = verify_json(bundle_fake.path, data_dir=tmp_path / "nobody")
    assert code == 1
    assert report["valid"] is False and report["verdict"] == "untrusted"
    stamp = report["timestamp"]
    assert FAKE_NAME in stamp["tsa_subject"] and stamp["trusted"] is False
    assert re.fullmatch("[0-9a-f]{64}", stamp["tsa_root_sha256"])
    statuses = {c["name"]: c["status"] for c in report["checks"]}
    assert statuses["document_timestamp"] == statuses["item_timestamps"] == "untrusted"
    assert {s for n, s in statuses.items() if "timestamp" not in n} == {"ok"}
    # trusting the genuine test root changes nothing for a TSA that does not chain to it
    code, trusted_other = verify_json(bundle_fake.path, "--trust", str(tsa.root_cert_path))
    assert code == 1 and trusted_other["verdict"] == "untrusted"

    fingerprint = grouped(stamp["tsa_root_sha256"])
    for lang, words in (("zh_CN", "不受信任"), ("en", "is not trusted here")):
        shown = run_cli(["--lang", lang, "verify", str(bundle_fake.path)], tmp_path / "nobody")
        assert shown.code == 1, shown.err
        assert FAKE_NAME in shown.out and fingerprint in shown.out and words in shown.out
        assert "--trust" in shown.out  # how to trust it once the fingerprint is checked
    assert "“有效" not in shown.out


def test_only_the_tsa_root_makes_a_stamped_bundle_valid(bundle_bt, tsa, tmp_path):
    code, report = verify_json(bundle_bt.path, data_dir=tmp_path / "fresh")
    assert code == 1 and report["verdict"] == "untrusted"
    assert report["timestamp"]["tsa_root_sha256"] == root_sha256(tsa.root_cert_path)

    # --trust of the TSA root alone: nothing about the signer's own certificate is needed
    code, report = verify_json(bundle_bt.path, "--trust", str(tsa.root_cert_path))
    assert code == 0, [c for c in report["checks"] if not c["ok"]]
    assert report["valid"] is True and report["verdict"] == "valid"
    assert report["timestamp"]["trusted"] is True
    assert report["timestamp"]["tsa_subject"].startswith("CN=Evidence App Test TSA")
    assert set(report["timestamp"]) >= {"gen_time", "tsa", "tsa_subject", "tsa_root_sha256"}
    assert report["timestamp"]["gen_time"].endswith("+00:00")  # JSON stays UTC

    # the same root added to the settings' trusted list
    data_dir = tmp_path / "lawyer"
    data_dir.mkdir()
    Settings(trusted_tsa_roots=[tsa.root_cert_path.read_text("ascii")]).save(data_dir)
    code, report = verify_json(bundle_bt.path, data_dir=data_dir)
    assert code == 0 and report["verdict"] == "valid"


def test_a_bundle_never_vouches_for_itself(bundle_bt, tmp_path):
    """The chain the bundle carries (root included) names the root; it does not make it trusted."""
    report = verify_bundle(bundle_bt.path)
    assert report.verdict == "untrusted"
    out = tmp_path / "parts"
    out.mkdir()
    subprocess.run(["pdfdetach", "-saveall", "-o", str(out), str(bundle_bt.path)], check=True)
    chain = (out / "tsa-chain.pem").read_bytes()
    assert chain.count(b"BEGIN CERTIFICATE") == 2  # the TSA's certificate and its root
    assert root_sha256(out / "tsa-root.pem") == report.timestamp["tsa_root_sha256"]
    # once the receiver has checked its fingerprint, the attached root is what --trust takes
    assert verify_bundle(bundle_bt.path, [out / "tsa-root.pem"]).verdict == "valid"


def test_a_b_b_bundle_is_valid_and_says_its_time_is_the_signers_clock(bundle_bb):
    report = verify_bundle(bundle_bb.path)
    assert report.verdict == "valid" and report.timestamp is None
    stamp = next(c for c in report.checks if c.name == "document_timestamp")
    assert stamp.status == "absent" and stamp.ok
    assert "signer's clock" in stamp.detail


def test_times_are_local_with_offset_under_shanghai(bundle_bt, tsa):
    shown = run_cli(
        ["--lang", "zh_CN", "verify", str(bundle_bt.path), "--trust", str(tsa.root_cert_path)],
        env={"TZ": "Asia/Shanghai"},
    )
    assert shown.code == 0, shown.out + shown.err
    assert re.search(r"20\d\d-\d\d-\d\d \d\d:\d\d:\d\d \+08:00 \(UTC 20", shown.out), shown.out
    assert "CST" not in shown.out


def test_a_truncated_bundle_exits_1_with_a_translated_sentence(bundle_bb, tmp_path):
    cut = tmp_path / "cut.pdf"
    data = bundle_bb.path.read_bytes()
    cut.write_bytes(data[: len(data) // 2])
    result = run_cli(["--lang", "zh_CN", "verify", str(cut)])
    assert result.code == 1, result.err
    assert "EOF" not in result.err and "损坏" in result.err
    english = run_cli(["--lang", "en", "verify", str(cut)])
    assert english.code == 1 and "damaged or cut short" in english.err


def how_to_page(path: Path) -> str:
    text = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    return text[text.rindex("How to verify") :]


def run_as_printed(command: str, folder: Path, data_dir: Path) -> subprocess.CompletedProcess:
    """A printed ``evidence-app …`` command, run as it is from *folder* (the app as a module)."""
    import os
    import shlex
    import sys

    argv = shlex.split(command)
    assert argv[0] == "evidence-app"
    return subprocess.run(
        [sys.executable, "-m", "evidence_app", *argv[1:]],
        cwd=folder,
        capture_output=True,
        text=True,
        env={**os.environ, "EVIDENCE_APP_DATA_DIR": str(data_dir),
             "PYTHONPATH": str(Path(__file__).resolve().parents[2])},
    )  # fmt: skip


def test_the_b_b_page_prints_a_command_that_works(bundle_bb, tmp_path):
    page = how_to_page(bundle_bb.path)
    verify = next(
        line.strip() for line in page.splitlines() if line.strip().startswith("evidence-app ")
    )
    assert verify == "evidence-app verify bundle.pdf"
    assert "pdfdetach -savefile" not in page  # nothing to trust: no time-stamp
    (tmp_path / "bundle.pdf").write_bytes(bundle_bb.path.read_bytes())
    result = run_as_printed(verify, tmp_path, tmp_path / "data")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "电子签名法" in page and "取自记录时所用计算机的时钟" in page  # said plainly, in Chinese


def test_the_printed_instructions_work_when_followed_literally(bundle_bt, tmp_path):
    """pdftotext the how-to page, run the commands it prints as printed, and get VALID."""
    import shlex

    page = how_to_page(bundle_bt.path)
    commands = [line.strip() for line in page.splitlines()]
    detach = next(c for c in commands if c.startswith("pdfdetach "))
    show = next(c for c in commands if c.startswith("openssl x509 "))
    verify = next(c for c in commands if c.startswith("evidence-app verify "))
    assert "--trust tsa-root.pem" in verify
    printed = re.search(r"^ *SHA-256 ((?:[0-9a-f]{4} ){15}[0-9a-f]{4})$", page.split(show)[0], re.M)
    assert printed, page

    lawyer = tmp_path / "lawyer"
    lawyer.mkdir()
    (lawyer / bundle_bt.path.name).write_bytes(bundle_bt.path.read_bytes())
    subprocess.run(shlex.split(detach), cwd=lawyer, check=True)
    shown = subprocess.run(
        shlex.split(show), cwd=lawyer, capture_output=True, text=True, check=True
    ).stdout
    assert shown.split("=", 1)[1].strip().replace(":", "").lower() == printed.group(1).replace(
        " ", ""
    )
    result = run_as_printed(verify, lawyer, tmp_path / "lawyer-data")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "VALID" in result.stdout and "UNTRUSTED" not in result.stdout
    # and what the signature does not prove is said plainly
    assert "Electronic Signature Law" in page and "no later than" in page


def test_a_tsa_that_leaves_out_its_root(tsa, tmp_path):
    """The chain as returned is attached; the root comes from the owner's trusted list if there."""
    from evidence_app.core.tsa_trust import load_cert_files

    (leaf,) = load_cert_files([tsa.tsa_cert_path])
    bare = _export(tmp_path / "bare", [tsa.leaf_only_url], "en")
    bare.store.close()
    out = tmp_path / "bare-parts"
    out.mkdir()
    subprocess.run(["pdfdetach", "-saveall", "-o", str(out), str(bare.path)], check=True)
    assert (out / "tsa-chain.pem").read_bytes().count(b"BEGIN CERTIFICATE") == 1
    assert not (out / "tsa-root.pem").exists()
    page = how_to_page(bare.path)
    assert "did not send its root certificate" in page and "--trust ROOT.pem" in page
    report = verify_bundle(bare.path)
    assert report.verdict == "untrusted"
    assert report.timestamp["tsa_root_sha256"] == leaf.sha256.hex()  # the chain ends there
    assert verify_bundle(bare.path, [tsa.root_cert_path]).verdict == "valid"

    folder = tmp_path / "owner"
    folder.mkdir()
    Settings(trusted_tsa_roots=[tsa.root_cert_path.read_text("ascii")]).save(folder / "data")
    completed = _export(folder, [tsa.leaf_only_url], "en")
    completed.store.close()
    parts = tmp_path / "completed-parts"
    parts.mkdir()
    subprocess.run(["pdfdetach", "-saveall", "-o", str(parts), str(completed.path)], check=True)
    assert root_sha256(parts / "tsa-root.pem") == root_sha256(tsa.root_cert_path)
    assert "--trust tsa-root.pem" in how_to_page(completed.path)
