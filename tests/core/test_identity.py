"""The signing identity: key and self-signed certificate on disk, passphrase handling, key rotation."""

from __future__ import annotations

import hashlib
import io
import stat
import subprocess
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa
from cryptography.x509.oid import NameOID

from evidence_app.core import identity as ident
from evidence_app.core.errors import StorageError, UserError

PASS = b"correct horse battery staple"


@pytest.fixture(scope="module")
def made(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, ident.Identity]:
    """One identity for the read-only checks (RSA 3072 key generation is not free)."""
    data_dir = tmp_path_factory.mktemp("identity-data")
    return data_dir, ident.create_identity(data_dir, "张三（车主）", PASS)


def test_identity_files_and_certificate(made: tuple[Path, ident.Identity]) -> None:
    data_dir, identity = made
    folder = data_dir / "identity"
    assert identity.key_path == folder / "key.pem"
    assert identity.cert_path == folder / "cert.pem"
    key_pem = identity.key_path.read_bytes()
    assert key_pem.startswith(b"-----BEGIN ENCRYPTED PRIVATE KEY-----")  # PKCS#8, encrypted
    assert stat.S_IMODE(identity.key_path.stat().st_mode) == 0o600

    cert = identity.certificate()
    assert identity.cert_pem() == identity.cert_path.read_bytes()
    public_key = cert.public_key()
    assert isinstance(public_key, rsa.RSAPublicKey)
    assert public_key.key_size == 3072
    cert.verify_directly_issued_by(cert)  # self-signed
    assert cert.issuer == cert.subject
    usage = cert.extensions.get_extension_for_class(x509.KeyUsage)
    assert usage.critical
    assert usage.value.digital_signature and usage.value.content_commitment
    assert not usage.value.key_cert_sign
    years = (cert.not_valid_after_utc - cert.not_valid_before_utc).days / 365.25
    assert 9.9 < years < 10.1

    der = cert.public_bytes(serialization.Encoding.DER)
    assert identity.sha256_fingerprint == hashlib.sha256(der).hexdigest()
    assert ident.current_identity(data_dir) == identity


def test_chinese_owner_name_in_subject(made: tuple[Path, ident.Identity]) -> None:
    _, identity = made
    cert = identity.certificate()
    assert cert.subject.get_attributes_for_oid(NameOID.COMMON_NAME)[0].value == "张三（车主）"
    assert "张三（车主）" in identity.subject
    # An independent reader agrees (UTF8String, not mojibake).
    shown = subprocess.run(
        ["openssl", "x509", "-noout", "-subject", "-nameopt", "utf8,sep_comma_plus"],
        input=identity.cert_pem(),
        capture_output=True,
        check=True,
    ).stdout.decode("utf-8")
    assert "CN=张三（车主）" in shown


def test_passphrase_unlocks_and_wrong_one_is_a_clear_error(
    made: tuple[Path, ident.Identity],
) -> None:
    _, identity = made
    key = ident.load_signing_key(identity, PASS)
    assert isinstance(key, rsa.RSAPrivateKey)
    signature = key.sign(b"evidence", padding.PKCS1v15(), hashes.SHA256())
    public_key = identity.certificate().public_key()
    assert isinstance(public_key, rsa.RSAPublicKey)
    public_key.verify(signature, b"evidence", padding.PKCS1v15(), hashes.SHA256())

    with pytest.raises(UserError) as caught:
        ident.load_signing_key(identity, b"not the passphrase")
    assert str(caught.value) == "The passphrase for the signing key is wrong."
    assert caught.value.exit_code == 2


def test_no_identity_until_made(data_dir: Path) -> None:
    assert ident.current_identity(data_dir) is None
    assert ident.archived_identities(data_dir) == []


def test_empty_passphrase_and_empty_name_are_refused(data_dir: Path) -> None:
    with pytest.raises(UserError, match="must not be empty"):
        ident.create_identity(data_dir, "Owner", b"")
    with pytest.raises(UserError, match="owner's name"):
        ident.create_identity(data_dir, "   ", PASS)
    assert ident.current_identity(data_dir) is None


def test_new_identity_keeps_the_old_certificate_and_key(data_dir: Path) -> None:
    first = ident.create_identity(data_dir, "Owner One", PASS)
    first_pem = first.cert_pem()
    second = ident.create_identity(data_dir, "Owner One", b"another passphrase")

    assert second.sha256_fingerprint != first.sha256_fingerprint
    assert ident.current_identity(data_dir) == second
    old_folder = data_dir / "identity" / "old"
    assert (old_folder / f"{first.sha256_fingerprint}.pem").read_bytes() == first_pem
    archived = ident.archived_identities(data_dir)
    assert [a.sha256_fingerprint for a in archived] == [first.sha256_fingerprint]
    # The old key is kept too, still under its own passphrase, and still matches its certificate.
    old_key = ident.load_signing_key(archived[0], PASS)
    assert old_key.public_key() == archived[0].certificate().public_key()
    assert ident.load_signing_key(second, b"another passphrase")


def test_change_passphrase(data_dir: Path) -> None:
    made = ident.create_identity(data_dir, "Owner", PASS)
    changed = ident.change_passphrase(data_dir, PASS, b"new secret")
    assert changed.sha256_fingerprint == made.sha256_fingerprint
    assert ident.load_signing_key(changed, b"new secret")
    with pytest.raises(UserError, match="passphrase for the signing key is wrong"):
        ident.load_signing_key(changed, PASS)
    with pytest.raises(UserError, match="passphrase for the signing key is wrong"):
        ident.change_passphrase(data_dir, PASS, b"third")


def test_key_that_does_not_match_its_certificate_is_reported(data_dir: Path) -> None:
    """What an interrupted ``key new`` would leave: a new key beside the old certificate."""
    made = ident.create_identity(data_dir, "Owner", PASS)
    stray = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    made.key_path.write_bytes(
        stray.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.BestAvailableEncryption(PASS),
        )
    )
    with pytest.raises(StorageError, match="does not belong to its certificate"):
        ident.load_signing_key(made, PASS)


def test_load_signer_makes_the_identity_on_first_need(data_dir: Path) -> None:
    signer = ident.load_signer(data_dir, PASS, "李四")
    assert signer.identity == ident.current_identity(data_dir)
    assert signer.cert == signer.identity.certificate()
    assert signer.key.public_key() == signer.cert.public_key()
    again = ident.load_signer(data_dir, PASS, "someone else")
    assert again.identity.sha256_fingerprint == signer.identity.sha256_fingerprint
    assert "李四" in again.identity.subject
    with pytest.raises(UserError, match="passphrase for the signing key is wrong"):
        ident.load_signer(data_dir, b"wrong", "李四")


def test_passphrase_from_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("EVIDENCE_APP_KEY_PASSPHRASE", "密码 secret")
    assert ident.passphrase_from_environment() == "密码 secret".encode()
    monkeypatch.delenv("EVIDENCE_APP_KEY_PASSPHRASE")
    with pytest.raises(UserError, match="EVIDENCE_APP_KEY_PASSPHRASE"):
        ident.passphrase_from_environment(prompt=False)
    monkeypatch.setattr("sys.stdin", io.StringIO("typed\n"))  # not a terminal: no prompt
    with pytest.raises(UserError, match="EVIDENCE_APP_KEY_PASSPHRASE"):
        ident.passphrase_from_environment(prompt=True)
