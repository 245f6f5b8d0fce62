"""RFC 3161 tokens read and checked: what a token states, and whether its TSA signature holds (and, if asked, chains to a root).

Split from core.trusted_time, which requests and stores tokens; that module re-exports these names.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any

from asn1crypto import cms, core, tsp
from asn1crypto import x509 as asn1_x509

from evidence_app.core.errors import IntegrityError
from evidence_app.core.i18n import tr
from evidence_app.core.tsa_trust import _run

CONTEXT = "TrustedTime"
HASH_ALGORITHM = "sha256"

log = logging.getLogger("evidence_app.trusted_time")


class TokenFormatError(IntegrityError):
    """Bytes that should be an RFC 3161 token are not one (or the TSA did not grant it)."""


@dataclass(frozen=True)
class TokenInfo:
    """What a token says, for the verifier, the bundle and the UI."""

    tsa_name: str
    gen_time_utc: str  # ISO 8601, UTC, microseconds
    serial: str  # decimal
    policy: str  # dotted OID
    hash_algorithm: str
    message_imprint_hex: str
    tsa_cert_subject: str

    @property
    def gen_time(self) -> datetime:
        return datetime.fromisoformat(self.gen_time_utc)


# -- reading tokens ----------------------------------------------------------------------------


def _load_token(der: bytes) -> tuple[cms.ContentInfo, tsp.TimeStampResp | None]:
    """The token (a CMS ContentInfo) in *der*, which holds a TimeStampResp or the bare token."""
    try:
        response = tsp.TimeStampResp.load(der, strict=True)
        status = response["status"]["status"].native
    except (ValueError, TypeError, KeyError):
        response = None
    if response is not None:
        if status not in ("granted", "granted_with_mods"):
            raise TokenFormatError(
                "The time-stamp response is a refusal ({status}), not a token.", status=status
            )
        token = response["time_stamp_token"]
    else:
        try:
            token = cms.ContentInfo.load(der, strict=True)
            token["content_type"].native  # noqa: B018  (parses lazily; fails here if garbage)
        except (ValueError, TypeError, KeyError) as error:
            raise TokenFormatError(
                "This is not an RFC 3161 time-stamp token ({reason}).", reason=str(error)
            ) from error
    try:
        if token["content_type"].native != "signed_data":
            raise ValueError("the token is not CMS SignedData")
        content = token["content"]["encap_content_info"]["content"]
        if not isinstance(content, core.ParsableOctetString) or not isinstance(
            content.parsed, tsp.TSTInfo
        ):
            raise ValueError("the signed content is not a TSTInfo")
    except (ValueError, TypeError, KeyError) as error:
        raise TokenFormatError(
            "This is not an RFC 3161 time-stamp token ({reason}).", reason=str(error)
        ) from error
    return token, response


def _tst_info(token: cms.ContentInfo) -> tsp.TSTInfo:
    info: tsp.TSTInfo = token["content"]["encap_content_info"]["content"].parsed
    return info


def _signer_cert(signed_data: cms.SignedData) -> asn1_x509.Certificate | None:
    """The certificate in the token that its (single) signer info names."""
    signer_infos = signed_data["signer_infos"]
    if len(signer_infos) != 1:
        return None
    sid = signer_infos[0]["sid"].chosen
    for choice in signed_data["certificates"] or ():
        cert = choice.chosen
        if not isinstance(cert, asn1_x509.Certificate):
            continue
        if isinstance(sid, cms.IssuerAndSerialNumber):
            if cert.issuer == sid["issuer"] and cert.serial_number == sid["serial_number"].native:
                return cert
        elif cert.key_identifier == sid.native:
            return cert
    return None


_NAME_KEYS = {
    "common_name": "CN",
    "organization_name": "O",
    "organizational_unit_name": "OU",
    "country_name": "C",
    "locality_name": "L",
    "state_or_province_name": "ST",
}


def name_text(name: asn1_x509.Name) -> str:
    """A distinguished name the way people read it: ``CN=…, O=…, C=…`` (most specific first)."""
    parts = []
    for rdn in reversed(list(name.chosen)):
        for attribute in rdn:
            key = attribute["type"].native
            parts.append(f"{_NAME_KEYS.get(key, key)}={attribute['value'].native}")
    return ", ".join(parts)


def describe_token(der: bytes) -> TokenInfo:
    """The facts a token states; raises TokenFormatError if *der* is not a granted token."""
    token, _ = _load_token(der)
    info = _tst_info(token)
    try:
        signer = _signer_cert(token["content"])
        tsa_field = info["tsa"]
        if tsa_field.native is not None and tsa_field.name == "directory_name":
            tsa_name = name_text(tsa_field.chosen)
        elif tsa_field.native is not None:
            tsa_name = str(tsa_field.native)
        else:
            tsa_name = name_text(signer.subject) if signer is not None else ""
        gen_time: datetime = info["gen_time"].native
        return TokenInfo(
            tsa_name=tsa_name,
            gen_time_utc=gen_time.astimezone(timezone.utc).isoformat(timespec="microseconds"),
            serial=str(info["serial_number"].native),
            policy=info["policy"].dotted,
            hash_algorithm=info["message_imprint"]["hash_algorithm"]["algorithm"].native,
            message_imprint_hex=info["message_imprint"]["hashed_message"].native.hex(),
            tsa_cert_subject=name_text(signer.subject) if signer is not None else "",
        )
    except (ValueError, TypeError, KeyError, AttributeError) as error:
        raise TokenFormatError(
            "This is not an RFC 3161 time-stamp token ({reason}).", reason=str(error)
        ) from error


def token_signed_data(der: bytes) -> cms.SignedData:
    """The CMS SignedData of a token (for asking who signed it and whether that is trusted)."""
    token, _ = _load_token(der)
    signed: cms.SignedData = token["content"]
    return signed


def _as_asn1_certs(roots: Iterable[Any]) -> list[asn1_x509.Certificate]:
    """Trust roots given as asn1crypto or cryptography certificates, or PEM/DER bytes."""
    from asn1crypto import pem

    certs = []
    for root in roots:
        if isinstance(root, asn1_x509.Certificate):
            certs.append(root)
        elif isinstance(root, (bytes, bytearray)):
            data = bytes(root)
            if pem.detect(data):
                certs.extend(
                    asn1_x509.Certificate.load(der) for _, _, der in pem.unarmor(data, True)
                )
            else:
                certs.append(asn1_x509.Certificate.load(data))
        else:  # a cryptography x509.Certificate
            from cryptography.hazmat.primitives.serialization import Encoding

            certs.append(asn1_x509.Certificate.load(root.public_bytes(Encoding.DER)))
    return certs


def check_token(der: bytes, sha256_hex: str, trust_roots: Iterable[Any] | None = None) -> list[str]:
    """Problems with a token for a file whose SHA-256 is *sha256_hex*; an empty list means it holds.

    Checks that it is a granted RFC 3161 token, that its imprint is that SHA-256, and that the TSA
    certificate embedded in it signed it. With *trust_roots* (certificates or PEM bytes), also that
    the TSA certificate leads to one of them and is fit for time-stamping.
    """
    try:
        token, _ = _load_token(der)
        info = _tst_info(token)
        imprint = info["message_imprint"]["hashed_message"].native
        algorithm = info["message_imprint"]["hash_algorithm"]["algorithm"].native
    except TokenFormatError as error:
        return [error.message()]
    except (ValueError, TypeError, KeyError) as error:
        return [
            tr(CONTEXT, "This is not an RFC 3161 time-stamp token ({reason}).").format(reason=error)
        ]
    problems = []
    if algorithm != HASH_ALGORITHM:
        problems.append(
            tr(CONTEXT, "The token stamps a {algorithm} hash, not a SHA-256 hash.").format(
                algorithm=algorithm
            )
        )
    elif imprint.hex() != sha256_hex.lower():
        problems.append(
            tr(
                CONTEXT,
                "The token stamps SHA-256 {stamped}, but the file's SHA-256 is {actual}: "
                "the file is not the one that was stamped.",
            ).format(stamped=imprint.hex(), actual=sha256_hex.lower())
        )
    roots = _as_asn1_certs(trust_roots) if trust_roots is not None else None
    try:
        status = _run(_validate_signature(token["content"], imprint, roots))
    except Exception as error:  # untrusted input: any failure to process it is itself a finding
        log.info("token signature check failed", exc_info=True)
        problems.append(
            tr(CONTEXT, "The TSA's signature on the token could not be checked ({reason}).").format(
                reason=error
            )
        )
        return problems
    if not (status.get("intact") and status.get("valid")):
        problems.append(
            tr(
                CONTEXT,
                "The TSA's signature on the token does not verify: the token was altered or forged.",
            )
        )
    elif roots is not None and status.get("trust_problem_indic") is not None:
        signer = status.get("signing_cert")
        problems.append(
            tr(
                CONTEXT,
                "The TSA certificate “{subject}” does not lead to a trusted root "
                "or is not fit for time-stamping ({reason}).",
            ).format(
                subject=name_text(signer.subject) if signer is not None else "?",
                reason=getattr(status.get("trust_problem_indic"), "name", ""),
            )
        )
    return problems


async def _validate_signature(
    signed_data: cms.SignedData, imprint: bytes, roots: list[asn1_x509.Certificate] | None
) -> dict[str, Any]:
    from pyhanko.sign.validation.generic_cms import validate_tst_signed_data
    from pyhanko_certvalidator import ValidationContext

    if roots is None:
        # Trust is not asked about: anchor the path at the TSA certificate itself, so that pyHanko
        # checks only the signature (and neither loads the system's TLS roots nor logs a failed
        # path search).
        signer = _signer_cert(signed_data)
        roots = [signer] if signer is not None else []
    context = ValidationContext(trust_roots=roots, allow_fetching=False)
    # The imprint is compared by check_token itself (with a clearer message); here pyHanko checks
    # the CMS signature over the TSTInfo, so it is handed the token's own imprint.
    result: dict[str, Any] = await validate_tst_signed_data(
        signed_data, context, lambda _algorithm: imprint
    )
    return result
