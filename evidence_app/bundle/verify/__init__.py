"""Verify a bundle on its own: signature, coverage, signer, time-stamps and their trust, every attachment, manifest, custody chain.

Two questions are kept apart. Integrity: is every byte as signed, do the attachments match the
manifest, is the custody chain unbroken? Trust: does a time-stamp's authority chain to a root this
verifier trusts? The verdict is ``valid`` (both), ``untrusted`` (intact, but a time is not proven
here) or ``invalid`` (anything broken). See design.md "Trust:".
"""

from __future__ import annotations

import json
import logging
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from evidence_app.bundle.format import (
    BUNDLE_FORMAT,
    MANIFEST_NAME,
    TSA_CHAIN_NAME,
    TSA_ROOT_NAME,
)
from evidence_app.bundle.verify.contents import (
    _attachments_check,
    _catalogue_check,
    _custody_check,
    _custody_events,
    _declared_level,
    _review_problems,
)
from evidence_app.bundle.verify.pdfread import (
    HASH_CHUNK,
    _attachments,
    _hash_in_place,
    _hash_stream,
    _stream_bytes,
)
from evidence_app.bundle.verify.report import (
    ABSENT,
    CHECK_NAMES,
    DAMAGED,
    FAILED,
    INVALID,
    NOT_A_BUNDLE,
    OK,
    UNTRUSTED,
    VALID,
    VERDICTS,
    Authority,
    BundleReport,
    Check,
    DamagedBundle,
    NotABundle,
)
from evidence_app.bundle.verify.report import t as _t
from evidence_app.bundle.verify.signature import signature_checks
from evidence_app.bundle.verify.timestamps import (
    document_timestamp_check,
    item_timestamps_check,
    untrusted_sentence,
)
from evidence_app.core.tsa_trust import (
    TrustAnchors,
    certs_from_bytes,
    is_tsa_anchor_candidate,
    load_cert_files,
)

CONTEXT = "Verify"  # tools/i18n.py extracts _t("…") with this context


__all__ = [
    "ABSENT",
    "CHECK_NAMES",
    "DAMAGED",
    "FAILED",
    "HASH_CHUNK",
    "INVALID",
    "NOT_A_BUNDLE",
    "OK",
    "UNTRUSTED",
    "VALID",
    "VERDICTS",
    "Authority",
    "BundleReport",
    "Check",
    "DamagedBundle",
    "NotABundle",
    "_attachments",
    "_hash_in_place",
    "_hash_stream",
    "_load_certs",
    "_review_problems",
    "untrusted_sentence",
    "verify_bundle",
]

for _logger in ("pyhanko", "pyhanko_certvalidator"):
    logging.getLogger(_logger).addHandler(logging.NullHandler())

_load_certs = load_cert_files  # the name batch and older callers use
PDF_HEADER = b"%PDF-"


def verify_bundle(
    path: Path,
    trust: Sequence[Path] = (),
    *,
    trusted_roots: Sequence[str] = (),
    public_roots: bool = False,
) -> BundleReport:
    """Check a bundle; raises NotABundle if *path* is unreadable or not an evidence bundle, and
    DamagedBundle if it is a PDF that cannot be read to its end.

    Time-stamp authorities are trusted when they chain to a CA or time-stamping certificate in
    *trust* (files), to one of *trusted_roots* (PEM text, the settings' list) or, with
    *public_roots*, to a root of the certifi CA bundle. Any other certificate in *trust* (the
    owner's self-made one) names the signer expected.
    """
    from pyhanko.pdf_utils.misc import PdfError
    from pyhanko.pdf_utils.reader import PdfFileReader

    path = Path(path)
    given = load_cert_files(trust)
    anchors = TrustAnchors.build(given, trusted_roots, public_roots)
    expected_signers = [c for c in given if not is_tsa_anchor_candidate(c)]
    try:
        stream = open(path, "rb")  # noqa: SIM115 - closed in the finally below
    except OSError as error:
        raise NotABundle(
            "{path} cannot be read ({reason}).", path=str(path), reason=error.strerror or str(error)
        ) from error
    try:
        try:
            reader = PdfFileReader(stream, strict=False)
            attachments = _attachments(reader)
        except (PdfError, ValueError, KeyError, TypeError, IndexError) as error:
            stream.seek(0)
            if PDF_HEADER in stream.read(1024):
                raise DamagedBundle(
                    "{path} is damaged or cut short: it cannot be read as a whole PDF. "
                    "Ask the sender for the file again.",
                    path=str(path),
                ) from error
            # (not the parser's own words, "Illegal PDF header": they are neither translated nor
            # plain to a lawyer)
            raise NotABundle(
                "{path} is not a PDF file (it does not begin as a PDF does); an evidence bundle "
                "is the PDF the app exported.",
                path=str(path),
            ) from error
        if MANIFEST_NAME not in attachments:
            raise NotABundle(
                "{path} is a PDF but not an evidence bundle (it has no manifest.json).",
                path=str(path),
            )
        report = BundleReport(path)
        _verify(reader, attachments, anchors, expected_signers, report)
        return report
    finally:
        stream.close()


def _bundle_certs(attachments: dict[str, Any]) -> list[Any]:
    """The TSA chain the bundle carries: to build paths and name roots, never to trust."""
    certs: list[Any] = []
    for name in (TSA_CHAIN_NAME, TSA_ROOT_NAME):
        stream = attachments.get(name)
        if stream is None:
            continue
        try:
            certs.extend(certs_from_bytes(_stream_bytes(stream)))
        except Exception:  # a damaged chain only means fewer names; integrity is checked elsewhere
            continue
    return certs


def _verify(
    reader: Any,
    attachments: dict[str, Any],
    anchors: TrustAnchors,
    expected_signers: list[Any],
    report: BundleReport,
) -> None:
    manifest_bytes = b""
    manifest: dict[str, Any] = {}
    manifest_problem = ""
    try:
        manifest_bytes = _stream_bytes(attachments[MANIFEST_NAME])
        manifest = json.loads(manifest_bytes.decode("utf-8"))
        if not isinstance(manifest, dict) or manifest.get("format") != BUNDLE_FORMAT:
            manifest_problem = _t("manifest.json is not in the format {format}.").format(
                format=BUNDLE_FORMAT
            )
            manifest = manifest if isinstance(manifest, dict) else {}
    except Exception as error:
        manifest_problem = _t("manifest.json cannot be read ({reason}).").format(reason=error)
    found = manifest.get("items")
    items: list[Any] = found if isinstance(found, list) else []
    report.items = len(items)
    report.case = manifest.get("case") if isinstance(manifest.get("case"), dict) else None
    report.custody_head = manifest.get("custody_head")

    custody_events, custody_problem = _custody_events(attachments)
    extra_certs = _bundle_certs(attachments)
    signed = signature_checks(reader, attachments, manifest, expected_signers, report)
    report.checks += signed.checks
    if not any(c.name == "document_timestamp" for c in signed.checks):
        report.checks.append(
            document_timestamp_check(
                signed, _declared_level(custody_events), anchors, extra_certs, report
            )
        )
    hashed: dict[Any, tuple[str, int]] = {}  # each attachment is read once, however often named
    report.checks.append(
        item_timestamps_check(attachments, items, anchors, extra_certs, report, hashed)
    )
    report.checks.append(_attachments_check(attachments, items, manifest_problem, hashed))
    report.checks.append(_catalogue_check(reader, manifest, manifest_bytes, manifest_problem))
    report.checks.append(_custody_check(custody_events, custody_problem, manifest))
    order = {name: index for index, name in enumerate(CHECK_NAMES)}
    report.checks.sort(key=lambda c: order.get(c.name, len(order)))
