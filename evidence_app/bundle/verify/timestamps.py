"""The time-stamps: the document time-stamp and each file's token, intact or not, and whose authority vouches for them.

A time-stamp is *intact* when the certificate inside it signed exactly this file. It proves a time
only when that certificate chains to a root this verifier trusts (see core.tsa_trust); otherwise the
check's status is ``untrusted`` and the report names the authority and its root's fingerprint.
"""

from __future__ import annotations

from typing import Any

from evidence_app.bundle.verify.pdfread import _hash_stream, _stream_bytes
from evidence_app.bundle.verify.report import (
    ABSENT,
    UNTRUSTED,
    Authority,
    BundleReport,
    Check,
)
from evidence_app.bundle.verify.report import t as _t
from evidence_app.bundle.verify.signature import Signed
from evidence_app.core.timefmt import instant_text
from evidence_app.core.tsa_trust import TrustAnchors, TsaTrust, _run, evaluate, grouped, to_pem

CONTEXT = "Verify"  # tools/i18n.py extracts _t("…") with this context


def untrusted_sentence(subject: str, root_subject: str, root_sha256: str) -> str:
    """Who the untrusted authority is, the root to check, and how to trust it after checking."""
    return _t(
        "The time-stamp authority {tsa} is not trusted here. Its certificate chain ends at "
        "{root}, SHA-256 fingerprint {fingerprint}. Check that fingerprint with the authority by "
        "another channel (its website, a phone call); if it matches, verify again with --trust "
        "and that root certificate (the bundle attaches it as tsa-root.pem), or add it to the "
        "trusted time-stamp roots in the app's settings."
    ).format(tsa=subject, root=root_subject, fingerprint=grouped(root_sha256))


def untrusted_short(trust: TsaTrust) -> str:
    """The untrusted authority and its root, for a check's detail (the advice is said once, after)."""
    return _t(
        "Its authority {tsa} is not trusted here: the chain ends at {root}, SHA-256 fingerprint "
        "{fingerprint}."
    ).format(tsa=trust.subject, root=trust.root_subject, fingerprint=grouped(trust.root_sha256))


def _authority(trust: TsaTrust) -> Authority:
    return Authority(trust.subject, trust.root_subject, trust.root_sha256, to_pem(trust.chain[-1]))


def document_timestamp_check(
    signed: Signed,
    declared_level: str | None,
    anchors: TrustAnchors,
    extra_certs: list[Any],
    report: BundleReport,
) -> Check:
    from pyhanko.sign.validation import async_validate_pdf_timestamp
    from pyhanko_certvalidator import ValidationContext

    if not signed.stamps:
        if declared_level == "B-T":
            return Check(
                "document_timestamp",
                False,
                _t(
                    "The export recorded a document time-stamp, but the bundle has none: it was removed."
                ),
            )
        return Check(
            "document_timestamp",
            True,
            _t(
                "No document time-stamp (PAdES B-B): the signing time comes from the signer's clock."
            ),
            ABSENT,
        )
    stamp = signed.stamps[-1]
    try:
        tsa_cert = stamp.signer_cert
        # Anchored at the TSA's own certificate: is the stamp intact? Trust is asked below.
        ts_status = _run(
            async_validate_pdf_timestamp(
                stamp,
                validation_context=ValidationContext(trust_roots=[tsa_cert], allow_fetching=False),
            )
        )
        gen_time = ts_status.timestamp
        trust = evaluate(stamp.signed_data, anchors, extra_certs)
    except Exception as error:
        return Check(
            "document_timestamp",
            False,
            _t("The document time-stamp cannot be checked ({reason}).").format(reason=error),
        )
    tsa_name = trust.subject if trust is not None else ""
    report.timestamp = {
        "gen_time": gen_time.isoformat(),
        "tsa": tsa_name,
        "tsa_subject": tsa_name,
        "tsa_root_sha256": trust.root_sha256 if trust is not None else None,
        "trusted": bool(trust is not None and trust.trusted),
    }
    intact = (
        bool(ts_status.intact and ts_status.valid)
        and stamp.signed_revision == signed.last_revision
        and trust is not None
    )
    if not intact:
        return Check(
            "document_timestamp",
            False,
            _t(
                "The document time-stamp by {tsa} does not verify or does not cover the whole file."
            ).format(tsa=tsa_name),
        )
    assert trust is not None
    time = instant_text(gen_time)
    if trust.trusted:
        return Check(
            "document_timestamp",
            True,
            _t(
                "Document time-stamp by {tsa} at {time} is valid, covers the whole file, and its "
                "authority chains to the trusted root {root} (SHA-256 {fingerprint})."
            ).format(
                tsa=tsa_name,
                time=time,
                root=trust.root_subject,
                fingerprint=grouped(trust.root_sha256),
            ),
        )
    report.note_untrusted(_authority(trust))
    return Check(
        "document_timestamp",
        False,
        _t("Document time-stamp by {tsa} at {time} is intact and covers the whole file.").format(
            tsa=tsa_name, time=time
        )
        + " "
        + untrusted_short(trust),
        UNTRUSTED,
    )


def item_timestamps_check(
    attachments: dict[str, Any],
    items: list[Any],
    anchors: TrustAnchors,
    extra_certs: list[Any],
    report: BundleReport,
    hashed: dict[Any, tuple[str, int]] | None = None,
) -> Check:
    from evidence_app.core.trusted_time import check_token, token_signed_data

    problems = []
    untrusted: dict[str, TsaTrust] = {}
    untrusted_count = 0
    count = 0
    for item in items:
        files = {str(f.get("attachment")): f for f in item.get("files") or []}
        for stamp in item.get("timestamps") or []:
            count += 1
            name = str(stamp.get("attachment"))
            target = files.get(str(stamp.get("hash_of")))
            token_stream = attachments.get(name)
            if token_stream is None or target is None:
                problems.append(
                    _t("{name}: the token or the file it stamps is missing").format(name=name)
                )
                continue
            target_stream = attachments.get(str(target.get("attachment")))
            actual = (
                _hash_stream(target_stream, hashed)[0]
                if target_stream is not None
                else str(target.get("sha256"))
            )
            der = _stream_bytes(token_stream)
            found = check_token(der, actual)
            if found:
                problems.append(f"{name}: " + " ".join(found))
                continue
            trust = evaluate(token_signed_data(der), anchors, extra_certs)
            if trust is None:
                problems.append(
                    _t("{name}: the token does not say which certificate signed it").format(
                        name=name
                    )
                )
            elif not trust.trusted:
                untrusted_count += 1
                untrusted.setdefault(trust.root_sha256, trust)
    if problems:
        return Check("item_timestamps", False, "; ".join(problems))
    if not count:
        return Check("item_timestamps", True, _t("No item carries a time-stamp token."), ABSENT)
    if untrusted:
        for trust in untrusted.values():
            report.note_untrusted(_authority(trust))
        sentences = " ".join(untrusted_short(t) for t in untrusted.values())
        return Check(
            "item_timestamps",
            False,
            _t(
                "All {count} time-stamp tokens are intact and stamp the files they name, but "
                "{untrusted} of them come from an authority that is not trusted here."
            ).format(count=count, untrusted=untrusted_count)
            + " "
            + sentences,
            UNTRUSTED,
        )
    return Check(
        "item_timestamps",
        True,
        _t(
            "All {count} time-stamp tokens are valid, stamp the files they name, and chain to a trusted root."
        ).format(count=count),
    )
