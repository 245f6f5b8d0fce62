"""Every tamper is caught by ``verify`` (naming the right check), and by pdfsig where it can see it."""

from __future__ import annotations

import datetime as dt
import subprocess
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import NameOID

from evidence_app.bundle.signing import sign_in_place
from evidence_app.bundle.verify import NotABundle, verify_bundle
from tests.conftest import run_cli

pytestmark = pytest.mark.slow


def pdfsig(path: Path) -> str:
    return subprocess.run(["pdfsig", str(path)], capture_output=True, text=True).stdout


def flip(path: Path, marker: bytes, offset: int = 0) -> None:
    data = bytearray(path.read_bytes())
    at = data.index(marker) + offset
    data[at] = ord("7") if data[at] != ord("7") else ord("8")
    path.write_bytes(bytes(data))


def failed(path: Path, *trust: Path) -> set[str]:
    return {c.name for c in verify_bundle(path, list(trust)).failed()}


def cli_verify(path: Path, *extra: str):
    return run_cli(["verify", str(path), "--json", *extra])


class Mallory:
    """Another signer, with a key and self-signed certificate of its own."""

    def __init__(self) -> None:
        self.key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "王小明")])
        now = dt.datetime.now(dt.timezone.utc)
        self.cert = (
            x509.CertificateBuilder()
            .subject_name(name)
            .issuer_name(name)
            .public_key(self.key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(now - dt.timedelta(minutes=5))
            .not_valid_after(now + dt.timedelta(days=30))
            .sign(self.key, hashes.SHA256())
        )


def unsigned_prefix(data: bytes, revisions_before_signature: int = 2) -> bytes:
    """The file as it was before pyHanko appended the signature (reportlab + our update)."""
    end = 0
    for _ in range(revisions_before_signature):
        end = data.index(b"%%EOF", end) + len(b"%%EOF")
    while data[end : end + 1] in (b"\n", b"\r"):
        end += 1
    return data[:end]


def test_one_byte_of_an_attached_file(bundle_bb, tmp_path):
    copy = bundle_bb.copy(tmp_path)
    flip(copy, b"\x1aE\xdf\xa3" + bytes(range(256)), 100)  # inside the attached video
    names = failed(copy)
    assert {"signature_valid", "attachments_match_manifest"} <= names
    assert "recording.webm" in next(
        c.detail for c in verify_bundle(copy).checks if c.name == "attachments_match_manifest"
    )
    assert "Signature is Valid" not in pdfsig(copy)
    result = cli_verify(copy)
    assert result.code == 1, result.err


def test_one_byte_of_a_page_content(bundle_bb, tmp_path):
    copy = bundle_bb.copy(tmp_path)
    flip(copy, b" cm /EvidenceImage", -1)  # the drawing of a screenshot on its page
    assert failed(copy) == {"signature_valid"}
    assert "Signature is Valid" not in pdfsig(copy)


def test_one_byte_of_the_manifest(bundle_bb, tmp_path):
    copy = bundle_bb.copy(tmp_path)
    flip(copy, b'"app_version": "', len(b'"app_version": "'))
    names = failed(copy)
    assert {"signature_valid", "manifest_matches_catalogue"} <= names
    assert "Signature is Valid" not in pdfsig(copy)


def test_an_incremental_update_adding_a_page(bundle_bb, tmp_path):
    from pyhanko.pdf_utils import generic
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    copy = bundle_bb.copy(tmp_path)
    with open(copy, "rb+") as stream:
        writer = IncrementalPdfFileWriter(stream)
        page = generic.DictionaryObject(
            {
                generic.NameObject("/Type"): generic.NameObject("/Page"),
                generic.NameObject("/MediaBox"): generic.ArrayObject(
                    [generic.NumberObject(v) for v in (0, 0, 595, 842)]
                ),
                generic.NameObject("/Resources"): generic.DictionaryObject(),
            }
        )
        writer.insert_page(page)
        writer.write_in_place()
    assert failed(copy) == {"covers_whole_file"}
    assert "Not total document signed" in pdfsig(copy)
    assert cli_verify(copy).code == 1


def test_resigned_with_another_key(bundle_bb, tmp_path):
    copy = tmp_path / "resigned.pdf"
    copy.write_bytes(unsigned_prefix(bundle_bb.path.read_bytes()))
    sign_in_place(copy, Mallory(), None)
    assert "Signature is Valid" in pdfsig(copy)  # pdfsig cannot know who should have signed
    assert failed(copy) == {"signer_certificate"}
    trusted = failed(copy, bundle_bb.signer.identity.cert_path)
    assert "signer_certificate" in trusted
    result = cli_verify(copy, "--trust", str(bundle_bb.signer.identity.cert_path))
    assert result.code == 1 and '"signer_certificate"' in result.out


def test_a_removed_document_timestamp(bundle_bt, tmp_path, tsa):
    copy = tmp_path / "stripped.pdf"
    copy.write_bytes(unsigned_prefix(bundle_bt.path.read_bytes(), 3))
    # with the TSA's root trusted, the files' own tokens pass: only the removal is left
    assert failed(copy, tsa.root_cert_path) == {"document_timestamp"}
    assert verify_bundle(copy, [tsa.root_cert_path]).verdict == "invalid"
    # without it, the removal still makes the bundle invalid, not merely untrusted
    assert verify_bundle(copy).verdict == "invalid"


def test_another_signer_is_refused_with_trust(bundle_bb, tmp_path):
    other = tmp_path / "other.pem"
    from cryptography.hazmat.primitives.serialization import Encoding

    other.write_bytes(Mallory().cert.public_bytes(Encoding.PEM))
    assert failed(bundle_bb.path, other) == {"signer_certificate"}


def test_not_a_bundle(tmp_path):
    junk = tmp_path / "junk.pdf"
    junk.write_bytes(b"this is not a pdf at all")
    with pytest.raises(NotABundle):
        verify_bundle(junk)
    assert cli_verify(junk).code == 2
    from reportlab.pdfgen import canvas

    plain = tmp_path / "plain.pdf"
    page = canvas.Canvas(str(plain))
    page.drawString(100, 100, "hello")
    page.save()
    result = cli_verify(plain)
    assert result.code == 2 and "not an evidence bundle" in result.err
    assert cli_verify(tmp_path / "missing.pdf").code == 2
