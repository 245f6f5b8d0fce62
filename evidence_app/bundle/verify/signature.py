"""The owner's signature: cryptographically valid, covering the whole file, made with the certificate the bundle names.

The owner's certificate is self-made by design. It identifies the exporter by its fingerprint, which
the receiver compares with the one the owner gave them; it never needs to be "trusted" for a bundle to
be valid. A self-made end-entity certificate given with ``--trust`` names the signer the receiver
expects, and then the bundle must be signed with exactly that one.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC
from typing import Any

from evidence_app.bundle.format import SIGNER_CERT_NAME
from evidence_app.bundle.verify.pdfread import _stream_bytes
from evidence_app.bundle.verify.report import BundleReport, Check
from evidence_app.bundle.verify.report import t as _t
from evidence_app.core.tsa_trust import _run, certs_from_bytes, subject_text

CONTEXT = "Verify"  # tools/i18n.py extracts _t("…") with this context


@dataclass
class Signed:
    """What the timestamp checks need from the signature checks."""

    checks: list[Check] = field(default_factory=list)
    stamps: list[Any] = field(default_factory=list)  # pyHanko's embedded document time-stamps
    last_revision: int | None = None  # the revision the last signature or time-stamp covers


def signature_checks(
    reader: Any,
    attachments: dict[str, Any],
    manifest: dict[str, Any],
    expected_signers: list[Any],
    report: BundleReport,
) -> Signed:
    from pyhanko.sign.validation import async_validate_pdf_signature
    from pyhanko_certvalidator import ValidationContext

    signatures = list(reader.embedded_regular_signatures)
    stamps = list(reader.embedded_timestamp_signatures)
    found = Signed(stamps=stamps)
    if not signatures:
        missing = _t("The bundle carries no signature.")
        found.checks = [
            Check("signature_valid", False, missing),
            Check("covers_whole_file", False, missing),
            Check("signer_certificate", False, missing),
        ]
        if stamps:
            found.checks.append(Check("document_timestamp", False, missing))
        return found
    signature = signatures[0]
    signer_cert = signature.signer_cert
    # Anchored at the signer's own certificate: this checks the signature, not who vouches for it.
    context = ValidationContext(trust_roots=[signer_cert], allow_fetching=False)
    try:
        status = _run(async_validate_pdf_signature(signature, signer_validation_context=context))
        intact, valid = bool(status.intact), bool(status.valid)
        coverage, modification = status.coverage, status.modification_level
        signed_at = status.signer_reported_dt
        problem = ""
    except Exception as error:
        intact = valid = False
        coverage = modification = signed_at = None
        problem = str(error)
    extra = ""
    if len(signatures) > 1:
        extra = " " + _t("The bundle carries {count} signatures; only one is expected.").format(
            count=len(signatures)
        )
    if intact and valid and not extra:
        found.checks.append(
            Check(
                "signature_valid",
                True,
                _t(
                    "The PAdES signature ({subfilter}) is cryptographically valid; the signed bytes are unchanged."
                ).format(subfilter=str(signature.sig_object.get("/SubFilter", "")).lstrip("/")),
            )
        )
    else:
        found.checks.append(
            Check(
                "signature_valid",
                False,
                (
                    problem
                    or _t(
                        "The signed bytes were changed after signing (the digest does not match)."
                    )
                )
                + extra,
            )
        )
    last = max(signatures + stamps, key=lambda s: s.signed_revision)
    found.last_revision = last.signed_revision
    found.checks.append(_coverage_check(reader, last, coverage, modification))
    # JSON times are UTC (design.md), whatever zone the signer's computer reported
    report.signed_at = signed_at.astimezone(UTC).isoformat() if signed_at is not None else None
    found.checks.append(_signer_check(signer_cert, attachments, manifest, expected_signers, report))
    return found


def _coverage_check(reader: Any, last: Any, coverage: Any, modification: Any) -> Check:
    """The last signature or document time-stamp must cover the whole file, and nothing but
    PAdES-allowed updates (DSS, document time-stamps) may follow the author's signature."""
    from pyhanko.sign.diff_analysis import ModificationLevel
    from pyhanko.sign.validation import SignatureCoverageLevel

    reader.stream.seek(0, 2)
    last_covers = last.byte_range[-2] + last.byte_range[-1] == reader.stream.tell()
    allowed = modification is not None and modification <= ModificationLevel.LTA_UPDATES
    if last_covers and (coverage == SignatureCoverageLevel.ENTIRE_FILE or allowed):
        return Check(
            "covers_whole_file",
            True,
            _t("The signature covers the whole file; anything after it is a PAdES-allowed update.")
            if coverage != SignatureCoverageLevel.ENTIRE_FILE
            else _t("The signature covers the whole file."),
        )
    if not last_covers:
        return Check(
            "covers_whole_file",
            False,
            _t(
                "Data was appended after the last signature or time-stamp: the file was changed after it was signed."
            ),
        )
    return Check(
        "covers_whole_file",
        False,
        _t(
            "The document was changed after signing in a way PAdES does not allow ({level})."
        ).format(level=getattr(modification, "name", "unknown")),
    )


def _signer_check(
    signer_cert: Any,
    attachments: dict[str, Any],
    manifest: dict[str, Any],
    expected_signers: list[Any],
    report: BundleReport,
) -> Check:
    """The signer: its fingerprint, the attached signer-cert.pem, the manifest, and the expected
    signer when one was given."""
    fingerprint = signer_cert.sha256.hex()
    subject = subject_text(signer_cert)
    report.signer = {"subject": subject, "sha256_fingerprint": fingerprint}
    problems = []
    attached = _attached_cert_fingerprint(attachments)
    if attached is None:
        problems.append(_t("signer-cert.pem is missing or unreadable"))
    elif attached != fingerprint:
        problems.append(
            _t("the signing certificate is not the attached signer-cert.pem ({attached})").format(
                attached=attached[:16]
            )
        )
    signer_entry = manifest.get("signer")
    manifest_fp = signer_entry.get("sha256_fingerprint") if isinstance(signer_entry, dict) else None
    if manifest_fp is not None and manifest_fp != fingerprint:
        problems.append(
            _t("the manifest names another signer ({other})").format(other=str(manifest_fp)[:16])
        )
    expected = {c.sha256.hex() for c in expected_signers}
    if expected and fingerprint not in expected:
        problems.append(_t("the signer is not one of the trusted certificates given with --trust"))
    if problems:
        return Check(
            "signer_certificate",
            False,
            _t("Signer {subject} ({fingerprint}): {problems}.").format(
                subject=subject, fingerprint=fingerprint, problems="; ".join(problems)
            ),
        )
    if expected:
        return Check(
            "signer_certificate",
            True,
            _t(
                "Signer {subject}, SHA-256 fingerprint {fingerprint}: the certificate given with --trust."
            ).format(subject=subject, fingerprint=fingerprint),
        )
    return Check(
        "signer_certificate",
        True,
        _t(
            "Signer {subject}, SHA-256 fingerprint {fingerprint} (a self-made certificate, the same as "
            "the attached signer-cert.pem). It identifies who exported the bundle and needs no "
            "authority: compare the fingerprint with the one the owner gave you."
        ).format(subject=subject, fingerprint=fingerprint),
    )


def _attached_cert_fingerprint(attachments: dict[str, Any]) -> str | None:
    stream = attachments.get(SIGNER_CERT_NAME)
    if stream is None:
        return None
    try:
        certs = certs_from_bytes(_stream_bytes(stream))
        return str(certs[0].sha256.hex()) if certs else None
    except Exception:
        return None
