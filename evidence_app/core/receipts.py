"""Signed receipts: the receiver of a package or bundle confirms what arrived, its hash and its check.

A receipt is a small JSON file: ``{"receipt": {...}, "signature": base64, "certificate": PEM}``,
the signature (RSA PKCS#1 v1.5, SHA-256) over the canonical JSON of ``receipt``. The sender
imports it into the case log, where it stays, signature and all, for anyone to check again.
"""

from __future__ import annotations

import base64
import json
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import padding, rsa

from evidence_app.core import clock
from evidence_app.core.atomic import write_atomic
from evidence_app.core.custody import canonical_json
from evidence_app.core.errors import UserError
from evidence_app.core.identity import Signer, fingerprint, subject_text
from evidence_app.core.model import Case, Event, Operator
from evidence_app.core.store import CaseStore

if TYPE_CHECKING:  # core.package imports this module at run time
    from evidence_app.core.package import UnpackResult

FORMAT = "evidence-receipt/1"


@dataclass(frozen=True)
class Receipt:
    content: dict[str, Any]
    signer_subject: str
    signer_fingerprint: str
    document: dict[str, Any]  # the whole file, signature and certificate included


def write_receipt(
    out: Path,
    *,
    kind: str,
    file_name: str,
    sha256: str,
    case_id: str,
    case_title: str,
    verification: dict[str, Any],
    receiver: Operator,
    signer: Signer,
) -> Receipt:
    """Write a signed receipt for a received package or bundle to *out*."""
    moment = clock.now()
    content = {
        "format": FORMAT,
        "kind": kind,
        "file": {"name": file_name, "sha256": sha256},
        "case": {"id": case_id, "title": case_title},
        "received_at_utc": moment.utc,
        "received_at_local": moment.local,
        "receiver": {
            **receiver.as_dict(),
            "subject": signer.identity.subject,
            "sha256_fingerprint": signer.identity.sha256_fingerprint,
        },
        "verification": verification,
    }
    key = signer.key
    if not isinstance(key, rsa.RSAPrivateKey):
        raise UserError(
            "The signing key is not an RSA key; make a new one with: evidence-app key new"
        )
    signature = key.sign(canonical_json(content), padding.PKCS1v15(), hashes.SHA256())
    document = {
        "receipt": content,
        "signature": base64.b64encode(signature).decode("ascii"),
        "certificate": signer.identity.cert_pem().decode("ascii"),
    }
    write_atomic(out, json.dumps(document, ensure_ascii=False, indent=2).encode("utf-8"))
    return Receipt(content, signer.identity.subject, signer.identity.sha256_fingerprint, document)


def write_package_receipt(
    out: Path,
    result: UnpackResult,
    case: Case,
    custody_head: str,
    receiver: Operator,
    signer: Signer,
) -> Receipt:
    """The receipt for a case package that was unpacked (and so fully verified) here."""
    return write_receipt(
        out,
        kind="package",
        file_name=result.package.path.name,
        sha256=result.package.sha256,
        case_id=case.log_id,
        case_title=case.title,
        verification={
            "ok": True,
            "mode": result.mode,
            "events_imported": result.imported_events,
            "custody_head": custody_head,
            "sender_fingerprint": result.package.sender_fingerprint,
        },
        receiver=receiver,
        signer=signer,
    )


def read_receipt(path: Path) -> Receipt:
    """Read a receipt and check its signature; a UserError says what is wrong."""
    try:
        document = json.loads(path.read_bytes())
        content = document["receipt"]
        signature = base64.b64decode(document["signature"], validate=True)
        cert = x509.load_pem_x509_certificate(document["certificate"].encode("ascii"))
    except FileNotFoundError as error:
        raise UserError("The file {path} does not exist.", path=str(path)) from error
    except (OSError, ValueError, KeyError, TypeError) as error:
        raise UserError(
            "{path} is not a receipt ({reason}).", path=str(path), reason=str(error)
        ) from error
    if not isinstance(content, dict) or content.get("format") != FORMAT:
        raise UserError("{path} is not a receipt of a format this version reads.", path=str(path))
    public_key = cert.public_key()
    try:
        if not isinstance(public_key, rsa.RSAPublicKey):
            raise InvalidSignature
        public_key.verify(signature, canonical_json(content), padding.PKCS1v15(), hashes.SHA256())
    except InvalidSignature as error:
        raise UserError(
            "The receipt's signature does not match its content; it was altered."
        ) from error
    fp = fingerprint(cert)
    if content.get("receiver", {}).get("sha256_fingerprint") != fp:
        raise UserError("The receipt is signed by a key other than the receiver it names.")
    return Receipt(content, subject_text(cert), fp, document)


def import_receipt(store: CaseStore, case_ref: str, path: Path, now: bool = False) -> Event | None:
    """Record a checked receipt in the case's custody log (``receipt_imported``).

    A receipt for a case package that arrives while the case is still with the other side (the
    log ends with our ``packed`` event) is held, not logged: logging it now would fork our copy
    from the one coming back, and the reply would be refused as diverged. Held receipts enter the
    log right after the reply is unpacked (``core.package.release_held_receipts``), or at once with *now*.
    Returns the event, or None when the receipt is held.
    """
    receipt = read_receipt(path)
    case = store.get_case(case_ref)
    if receipt.content.get("case", {}).get("id") != case.log_id:
        raise UserError(
            "The receipt is for another case ({other}), not “{title}”.",
            other=str(receipt.content.get("case", {}).get("title", "?")),
            title=case.title,
        )
    last = store.events(case.id)[-1]
    if not now and receipt.content.get("kind") == "package" and last.action == "packed":
        store.hold_receipt(case.id, json.dumps(receipt.document, ensure_ascii=False))
        return None
    return store.record_event(case.id, "receipt_imported", {"receipt": receipt.document})
