"""The owner's signing identity: an RSA key (PKCS#8, passphrase-encrypted) and its self-signed certificate.

Layout under ``<data_dir>/identity/``: ``key.pem`` and ``cert.pem`` are the current identity; when a
new one replaces it, the old certificate and key move to ``old/<fingerprint>.pem`` and
``old/<fingerprint>.key.pem``, so bundles signed before still verify and can be attributed.
"""

from __future__ import annotations

import datetime as dt
import getpass
import os
import sys
from dataclasses import dataclass
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.hazmat.primitives.asymmetric.types import PrivateKeyTypes
from cryptography.x509.oid import NameOID

from evidence_app.core.atomic import write_atomic
from evidence_app.core.blobs import storage_error
from evidence_app.core.errors import StorageError, UserError
from evidence_app.core.i18n import tr
from evidence_app.core.private import PRIVATE_FILE

CONTEXT = "Identity"
PASSPHRASE_VARIABLE = "EVIDENCE_APP_KEY_PASSPHRASE"
IDENTITY_DIR = "identity"
KEY_NAME = "key.pem"
CERT_NAME = "cert.pem"
OLD_DIR = "old"
# RSA 3072: every PDF viewer that checks signatures (Adobe, Foxit, WPS, poppler) verifies it.
KEY_SIZE = 3072
VALIDITY = dt.timedelta(days=3652)
# X.509's upper bound for a common name (RFC 5280 ub-common-name).
MAX_COMMON_NAME = 64


@dataclass(frozen=True)
class Identity:
    """Where a signing identity lives and how it is known (subject, SHA-256 of the DER certificate)."""

    key_path: Path
    cert_path: Path
    subject: str
    sha256_fingerprint: str  # lower-case hex of SHA-256 over the DER certificate, no separators

    def cert_pem(self) -> bytes:
        return _read(self.cert_path)

    def certificate(self) -> x509.Certificate:
        return x509.load_pem_x509_certificate(self.cert_pem())


@dataclass
class Signer:
    """An unlocked identity, ready to sign (the bundle layer turns it into a pyHanko signer)."""

    key: PrivateKeyTypes
    cert: x509.Certificate
    identity: Identity


def identity_dir(data_dir: Path) -> Path:
    return Path(data_dir) / IDENTITY_DIR


def fingerprint(cert: x509.Certificate) -> str:
    return cert.fingerprint(hashes.SHA256()).hex()


def subject_text(cert: x509.Certificate) -> str:
    return cert.subject.rfc4514_string()


def common_name(cert: x509.Certificate) -> str:
    """The certificate's name as a person reads it (``王小明``, not ``CN=王小明``)."""
    names = cert.subject.get_attributes_for_oid(x509.NameOID.COMMON_NAME)
    value = names[0].value if names else ""
    text = value.decode("utf-8", "replace") if isinstance(value, bytes) else value
    return text or subject_text(cert)


def _read(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as error:
        raise StorageError(
            "The signing identity file {path} cannot be read ({reason}).",
            path=str(path),
            reason=error.strerror or str(error),
        ) from error


def _identity_for(key_path: Path, cert_path: Path) -> Identity:
    try:
        cert = x509.load_pem_x509_certificate(_read(cert_path))
    except ValueError as error:
        raise StorageError(
            "The signing certificate {path} is damaged ({reason}).",
            path=str(cert_path),
            reason=str(error),
        ) from error
    return Identity(key_path, cert_path, subject_text(cert), fingerprint(cert))


def current_identity(data_dir: Path) -> Identity | None:
    """The identity in use, or None if none has been made yet."""
    folder = identity_dir(data_dir)
    key_path, cert_path = folder / KEY_NAME, folder / CERT_NAME
    if not (key_path.exists() and cert_path.exists()):
        return None
    return _identity_for(key_path, cert_path)


def archived_identities(data_dir: Path) -> list[Identity]:
    """Identities replaced by ``key new``, oldest certificate first; their keys are kept as well."""
    folder = identity_dir(data_dir) / OLD_DIR
    if not folder.is_dir():
        return []
    found = []
    for cert_path in sorted(folder.glob("*.pem")):
        if cert_path.name.endswith(".key.pem"):
            continue
        key_path = cert_path.with_name(cert_path.stem + ".key.pem")
        found.append(_identity_for(key_path, cert_path))
    return sorted(found, key=lambda i: i.certificate().not_valid_before_utc)


def _check_passphrase(passphrase: bytes) -> None:
    if not passphrase:
        raise UserError("The passphrase for the signing key must not be empty.")


def _encrypted_key_pem(key: PrivateKeyTypes, passphrase: bytes) -> bytes:
    return key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.BestAvailableEncryption(passphrase),
    )


def _common_name(owner_name: str) -> str:
    name = " ".join(owner_name.split())
    if not name:
        raise UserError("The signing certificate needs the owner's name.")
    return name[:MAX_COMMON_NAME]


def _self_signed_certificate(key: rsa.RSAPrivateKey, owner_name: str) -> x509.Certificate:
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, _common_name(owner_name))])
    now = dt.datetime.now(dt.timezone.utc).replace(microsecond=0)
    public_key = key.public_key()
    return (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(public_key)
        .serial_number(x509.random_serial_number())
        # A few minutes of slack so that a verifier whose clock is slightly behind accepts it.
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + VALIDITY)
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                content_commitment=True,  # nonRepudiation
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=False,
                crl_sign=False,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(public_key), critical=False)
        .sign(key, hashes.SHA256())
    )


def _write(path: Path, data: bytes, mode: int) -> None:
    try:
        write_atomic(path, data, mode)
    except OSError as error:
        raise storage_error(error, path.parent) from error


def _archive(current: Identity) -> None:
    """Keep the replaced certificate and key under old/, named by the certificate's fingerprint."""
    old = current.cert_path.parent / OLD_DIR
    key_pem = _read(current.key_path)
    # Key first: a certificate in old/ must always have its key beside it.
    _write(old / f"{current.sha256_fingerprint}.key.pem", key_pem, PRIVATE_FILE)
    _write(old / f"{current.sha256_fingerprint}.pem", current.cert_pem(), PRIVATE_FILE)


def create_identity(data_dir: Path, owner_name: str, passphrase: bytes) -> Identity:
    """Make a new key pair and certificate; an existing identity is archived under old/ first."""
    _check_passphrase(passphrase)
    common_name = _common_name(owner_name)
    folder = identity_dir(data_dir)
    existing = current_identity(data_dir)
    if existing is not None:
        _archive(existing)
    key = rsa.generate_private_key(public_exponent=65537, key_size=KEY_SIZE)
    cert = _self_signed_certificate(key, common_name)
    # Key first, certificate last: a crash in between leaves a pair that load_signing_key reports
    # as mismatched (and the previous pair is safe in old/), never a certificate without its key.
    _write(folder / KEY_NAME, _encrypted_key_pem(key, passphrase), PRIVATE_FILE)
    _write(folder / CERT_NAME, cert.public_bytes(serialization.Encoding.PEM), PRIVATE_FILE)
    return _identity_for(folder / KEY_NAME, folder / CERT_NAME)


def ensure_identity(data_dir: Path, owner_name: str, passphrase: bytes) -> Identity:
    """The current identity, made on first need."""
    return current_identity(data_dir) or create_identity(data_dir, owner_name, passphrase)


def load_signing_key(identity: Identity, passphrase: bytes) -> PrivateKeyTypes:
    """Unlock the identity's private key; a wrong passphrase is a clear UserError."""
    data = _read(identity.key_path)
    try:
        key = serialization.load_pem_private_key(data, password=passphrase or None)
    except TypeError as error:  # the key is not encrypted, or it is and no passphrase was given
        raise UserError("The passphrase for the signing key is wrong.") from error
    except ValueError as error:
        if b"ENCRYPTED" in data:
            raise UserError("The passphrase for the signing key is wrong.") from error
        raise StorageError(
            "The signing key {path} is damaged ({reason}).",
            path=str(identity.key_path),
            reason=str(error),
        ) from error
    if key.public_key() != identity.certificate().public_key():
        raise StorageError(
            "The signing key {path} does not belong to its certificate; "
            "make a new one with: evidence-app key new",
            path=str(identity.key_path),
        )
    return key


def change_passphrase(data_dir: Path, old: bytes, new: bytes) -> Identity:
    """Re-encrypt the current key with a new passphrase (the certificate does not change)."""
    _check_passphrase(new)
    identity = current_identity(data_dir)
    if identity is None:
        raise UserError("There is no signing key yet; make one with: evidence-app key new")
    key = load_signing_key(identity, old)
    _write(identity.key_path, _encrypted_key_pem(key, new), PRIVATE_FILE)
    return identity


def passphrase_from_environment(prompt: bool = True, confirm: bool = False) -> bytes:
    """EVIDENCE_APP_KEY_PASSPHRASE, else a prompt on a terminal, else a UserError saying what to set."""
    value = os.environ.get(PASSPHRASE_VARIABLE)
    if value:
        return value.encode("utf-8")
    if prompt and sys.stdin is not None and sys.stdin.isatty():
        try:
            first = getpass.getpass(tr(CONTEXT, "Passphrase for the signing key: "))
            if confirm:
                again = getpass.getpass(tr(CONTEXT, "The same passphrase again: "))
                if again != first:
                    raise UserError("The two passphrases differ; nothing was changed.")
        except EOFError:
            first = ""
        if first:
            return first.encode("utf-8")
        raise UserError("The passphrase for the signing key must not be empty.")
    raise UserError(
        "The signing key needs its passphrase: set {variable} or run this in a terminal.",
        variable=PASSPHRASE_VARIABLE,
    )


def load_signer(data_dir: Path, passphrase: bytes, owner_name_if_new: str) -> Signer:
    """Unlock the current identity (making one on first need) for signing."""
    identity = ensure_identity(data_dir, owner_name_if_new, passphrase)
    key = load_signing_key(identity, passphrase)
    return Signer(key=key, cert=identity.certificate(), identity=identity)
