"""Trusted time against a real RFC 3161 TSA (certomancer): tokens per file, the offline queue, checks."""

from __future__ import annotations

import datetime as dt
import hashlib
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from asn1crypto import tsp
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from evidence_app.core import trusted_time as tt
from evidence_app.core.errors import UserError
from evidence_app.core.integrity import verify_case
from evidence_app.core.model import Item, Operator
from evidence_app.core.settings import Settings
from evidence_app.core.store import CaseStore, NewFile
from tests.fixtures.tsa import TestTSA

SCREENSHOT = b"\x89PNG\r\n\x1a\n" + b"not really a picture, but bytes to stamp" * 50
PAGE = "<html><body>骂人的帖子</body></html>".encode()


@pytest.fixture
def store(data_dir: Path) -> Iterator[CaseStore]:
    with CaseStore(data_dir, Operator("Tester", "owner")) as opened:
        yield opened


def _case_with_item(store: CaseStore) -> tuple[str, Item]:
    case = store.create_case("网暴案", owner="车主")
    item = store.add_item(
        case.id,
        "post",
        {"platform": "Weibo"},
        [
            NewFile(role="full_page", name="page.png", data=SCREENSHOT),
            NewFile(role="html", name="page.html", data=PAGE),
        ],
    )
    return case.id, item


def _openssl_verify(data: Path, tsr: Path, root: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["openssl", "ts", "-verify", "-data", str(data), "-in", str(tsr), "-CAfile", str(root)],
        capture_output=True,
        text=True,
    )


def test_each_file_gets_its_own_token_that_openssl_accepts(
    store: CaseStore, tsa: TestTSA, tmp_path: Path
) -> None:
    case_id, item = _case_with_item(store)
    assert len(tt.pending_files(store, case_id)) == 2

    outcome = tt.stamp_item(store, case_id, item.number, [tsa.url])

    assert outcome.ok and len(outcome.stamped) == 2 and not outcome.pending
    assert tt.pending_files(store, case_id) == []
    item = store.get_item(case_id, item.id)
    tokens = item.files_with_role("tsr")
    assert sorted(t.name for t in tokens) == ["page.html.tsr", "page.png.tsr"]
    originals = {f.id: f for f in item.files if f.role != "tsr"}
    captured = dt.datetime.fromisoformat(item.captured_utc)
    for token in tokens:
        stamped = originals[token.meta["stamps"]["file_id"]]
        assert token.meta["stamps"] == {
            "file_id": stamped.id,
            "role": stamped.role,
            "name": stamped.name,
            "sha256": stamped.sha256,
        }
        der = store.blob_path(token.sha256).read_bytes()
        info = tt.describe_token(der)
        assert token.meta["tsa_url"] == tsa.url
        assert (
            token.meta["tsa_name"]
            == info.tsa_name
            == ("CN=Evidence App Test TSA, O=Evidence App Test PKI, C=CN")
        )
        assert token.meta["gen_time_utc"] == info.gen_time_utc
        assert token.meta["serial"] == info.serial and info.serial.isdigit()
        assert token.meta["policy"] == info.policy == "1.3.6.1.4.1.4146.2.3"
        assert token.meta["hash_algorithm"] == "sha256"
        assert info.message_imprint_hex == stamped.sha256
        # The gap is recorded honestly: genTime minus capture time, here a fraction of a second.
        gap = token.meta["gap_seconds"]
        assert gap == pytest.approx((info.gen_time - captured).total_seconds(), abs=1e-5)
        assert 0 <= gap < 60

        # A lawyer's check, with nothing of ours involved.
        data_copy = tmp_path / stamped.name
        data_copy.write_bytes(store.blob_path(stamped.sha256).read_bytes())
        tsr_copy = tmp_path / token.name
        tsr_copy.write_bytes(der)
        result = _openssl_verify(data_copy, tsr_copy, tsa.root_cert_path)
        assert result.returncode == 0, result.stderr
        assert "Verification: OK" in result.stdout

        assert tt.check_token(der, stamped.sha256) == []
        assert tt.check_token(der, stamped.sha256, [tsa.root_cert_path.read_bytes()]) == []

    # Custody: one "timestamped" event per token, and the case still checks out.
    events = [e for e in store.events(case_id) if e.action == "timestamped"]
    assert len(events) == 2
    assert {e.payload["file"] for e in events} == {"page.png", "page.html"}
    assert all(e.item == item.id and e.payload["gap_seconds"] >= 0 for e in events)
    report = verify_case(store, case_id)
    assert report.ok, [p.message() for p in report.problems]


def test_a_changed_file_no_longer_matches_its_token(
    store: CaseStore, tsa: TestTSA, tmp_path: Path
) -> None:
    case_id, item = _case_with_item(store)
    tt.stamp_item(store, case_id, item.id, [tsa.url])
    token = next(
        t
        for t in store.get_item(case_id, item.id).files_with_role("tsr")
        if t.name == "page.png.tsr"
    )
    der = store.blob_path(token.sha256).read_bytes()
    tampered = bytearray(SCREENSHOT)
    tampered[100] ^= 0x01
    tampered_hash = hashlib.sha256(tampered).hexdigest()

    problems = tt.check_token(der, tampered_hash)
    assert len(problems) == 1
    assert "not the one that was stamped" in problems[0]
    assert tampered_hash in problems[0]
    # openssl agrees.
    (tmp_path / "page.png").write_bytes(tampered)
    (tmp_path / "page.png.tsr").write_bytes(der)
    result = _openssl_verify(tmp_path / "page.png", tmp_path / "page.png.tsr", tsa.root_cert_path)
    assert result.returncode != 0
    assert "message imprint mismatch" in (result.stdout + result.stderr)


def test_a_forged_or_untrusted_token_is_reported(store: CaseStore, tsa: TestTSA) -> None:
    digest = hashlib.sha256(b"some evidence").hexdigest()
    der = tt.request_token(tsa.url, digest)
    # The bare token (as embedded in a PDF signature) reads and checks the same as the response.
    bare = tsp.TimeStampResp.load(der)["time_stamp_token"].dump()
    assert tt.describe_token(bare) == tt.describe_token(der)
    assert tt.check_token(bare, digest, [tsa.root_cert_path.read_bytes()]) == []
    # The signature value is the last field of the DER: flipping its last byte forges the token.
    forged = der[:-1] + bytes([der[-1] ^ 0x01])
    problems = tt.check_token(forged, digest)
    assert len(problems) == 1 and "does not verify" in problems[0]

    # Signed by the TSA, but the TSA is not under the root the verifier trusts.
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Someone else's root")])
    now = dt.datetime.now(dt.timezone.utc)
    other_root = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=1))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    problems = tt.check_token(der, digest, [other_root])
    assert len(problems) == 1 and "does not lead to a trusted root" in problems[0]
    # The right root, given as a cryptography certificate, is accepted.
    root = x509.load_pem_x509_certificate(tsa.root_cert_path.read_bytes())
    assert tt.check_token(der, digest, [root]) == []
    assert other_root.public_bytes(serialization.Encoding.PEM)  # a real certificate was used


def test_garbage_is_not_a_token() -> None:
    with pytest.raises(tt.TokenFormatError):
        tt.describe_token(b"\x30\x03\x02\x01\x01")
    problems = tt.check_token(b"not DER at all", "00" * 32)
    assert len(problems) == 1 and "not an RFC 3161 time-stamp token" in problems[0]


def test_offline_files_stay_pending_until_a_tsa_answers(
    store: CaseStore, tsa: TestTSA, dead_tsa_url: str
) -> None:
    case_id, item = _case_with_item(store)
    withdrawn = store.add_item(
        case_id, "other", {}, [NewFile(role="original", name="x.txt", data=b"withdrawn")]
    )
    store.withdraw_item(case_id, withdrawn.id, "duplicate")
    assert [f.name for _, f in tt.pending_files(store, case_id)] == ["page.png", "page.html"]

    offline = tt.stamp_pending(store, case_id, [dead_tsa_url, tsa.refusing_url])
    assert not offline.ok and not offline.stamped
    assert [p.name for p in offline.pending] == ["page.png", "page.html"]
    for pending in offline.pending:
        assert [a.url for a in pending.attempts] == [dead_tsa_url, tsa.refusing_url]
        assert "could not connect" in pending.attempts[0].reason
        assert "HTTP error 404" in pending.attempts[1].reason
    assert store.get_item(case_id, item.id).files_with_role("tsr") == []
    assert len(tt.pending_files(store, case_id)) == 2

    seen: list[tuple[int, int]] = []
    online = tt.stamp_pending(
        store, case_id, [dead_tsa_url, tsa.url], progress=lambda d, t: seen.append((d, t))
    )
    assert online.ok and len(online.stamped) == 2
    assert all(s.tsa_url == tsa.url for s in online.stamped)
    assert seen == [(1, 2), (2, 2)]
    assert tt.pending_files(store, case_id) == []
    # Nothing left: a further run asks no TSA at all.
    assert tt.stamp_pending(store, case_id, [dead_tsa_url]).ok
    assert verify_case(store, case_id).ok


def test_new_files_of_a_stamped_item_are_queued(store: CaseStore, tsa: TestTSA) -> None:
    case_id, item = _case_with_item(store)
    tt.stamp_item(store, case_id, item.id, [tsa.url])
    store.add_files(case_id, item.id, [NewFile(role="window", name="window.png", data=b"win")])
    assert [f.name for _, f in tt.pending_files(store, case_id)] == ["window.png"]


def test_tsa_urls_and_reachability(tsa: TestTSA, dead_tsa_url: str) -> None:
    settings = Settings(tsa_urls=["http://a.example/tsa", " ", "http://b.example/tsa"])
    assert tt.tsa_urls_for(settings, []) == ["http://a.example/tsa", "http://b.example/tsa"]
    assert tt.tsa_urls_for(settings, ["http://c.example/tsa"]) == ["http://c.example/tsa"]
    with pytest.raises(UserError, match="No time-stamping authority"):
        tt.check_tsa_urls(tt.tsa_urls_for(Settings(), None))
    with pytest.raises(UserError, match="must start with http"):
        tt.check_tsa_urls(["ftp://tsa.example"])

    assert tt.tsa_reachable(tsa.url)
    assert not tt.tsa_reachable(dead_tsa_url)
    assert not tt.tsa_reachable(tsa.refusing_url)
    assert not tt.tsa_reachable("not a url")


def test_gap_is_described_honestly() -> None:
    assert tt.describe_gap(0.42) == "0.4 s after capture"
    assert tt.describe_gap(3 * 3600 + 125) == "3 h 2 min 5 s after capture"
    assert tt.describe_gap(-2.0).startswith("2.0 s before the recorded capture time")
    assert tt.describe_gap(0.42, imported=True) == "0.4 s after import"
    assert tt.describe_gap(-2.0, imported=True).startswith("2.0 s before the recorded import time")
