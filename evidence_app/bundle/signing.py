"""PAdES signing of the finished bundle with pyHanko: B-T plus a document time-stamp with a TSA, else B-B."""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from asn1crypto import keys as asn1_keys
from asn1crypto import x509 as asn1_x509
from cryptography.hazmat.primitives import serialization
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.sign import fields, signers, timestamps
from pyhanko_certvalidator.registry import SimpleCertificateStore

SIGNATURE_FIELD = "EvidenceAppSignature"
TIMESTAMP_FIELD = "EvidenceAppDocumentTimestamp"
TSA_TIMEOUT_SECONDS = 15


def pyhanko_signer(signer: Any) -> signers.SimpleSigner:
    """A pyHanko signer from anything with ``.key`` (cryptography private key) and ``.cert``."""
    key_der = signer.key.private_bytes(
        serialization.Encoding.DER,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    cert = asn1_x509.Certificate.load(signer.cert.public_bytes(serialization.Encoding.DER))
    return signers.SimpleSigner(
        signing_cert=cert,
        signing_key=asn1_keys.PrivateKeyInfo.load(key_der),
        cert_registry=SimpleCertificateStore.from_certs([cert]),
    )


def reachable_tsa(urls: Sequence[str]) -> tuple[str | None, list[str]]:
    """The first TSA (in order) that answers a real request, and the ones that did not."""
    failed: list[str] = []
    for url in urls:
        stamper = timestamps.HTTPTimeStamper(url, timeout=TSA_TIMEOUT_SECONDS)
        try:
            asyncio.run(stamper.async_dummy_response("sha256"))
        except Exception:
            failed.append(url)
            continue
        return url, failed
    return None, failed


def sign_in_place(path: Path, signer: Any, tsa_url: str | None) -> str:
    """Sign *path* (an incremental update over the whole file) and return the PAdES level reached."""
    meta = signers.PdfSignatureMetadata(
        field_name=SIGNATURE_FIELD,
        subfilter=fields.SigSeedSubFilter.PADES,
        md_algorithm="sha256",
        reason="Evidence bundle",
    )
    stamper = timestamps.HTTPTimeStamper(tsa_url, timeout=TSA_TIMEOUT_SECONDS) if tsa_url else None
    pdf_signer = signers.PdfSigner(meta, pyhanko_signer(signer), timestamper=stamper)
    with open(path, "rb+") as stream:
        pdf_signer.sign_pdf(IncrementalPdfFileWriter(stream, strict=False), in_place=True)
    if tsa_url is None:
        return "B-B"
    document_stamper = signers.PdfTimeStamper(
        timestamps.HTTPTimeStamper(tsa_url, timeout=TSA_TIMEOUT_SECONDS),
        field_name=TIMESTAMP_FIELD,
    )
    with open(path, "rb+") as stream:
        document_stamper.timestamp_pdf(
            IncrementalPdfFileWriter(stream, strict=False), "sha256", in_place=True
        )
    return "B-T"
