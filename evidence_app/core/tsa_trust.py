"""Who vouches for a time: the time-stamping authority's certificate chain, its root, and whether it is trusted.

Integrity and trust are separate questions. A token is *intact* when the certificate inside it signed
exactly what it says; it *proves a time* only when that certificate chains to a root the verifier
trusts: one given with ``--trust``, one the owner added in the settings, or (when asked for) one of
the public roots of a well-kept CA bundle (``certifi``). A certificate the bundle or the token brings
along is used to build the chain and to name the root, never as a trust anchor.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import logging
from collections.abc import Coroutine, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from asn1crypto import cms, pem
from asn1crypto import x509 as asn1_x509

from evidence_app.core.errors import UserError

log = logging.getLogger("evidence_app.tsa_trust")
for _name in ("pyhanko", "pyhanko_certvalidator"):
    logging.getLogger(_name).addHandler(logging.NullHandler())

T = TypeVar("T")
MAX_CHAIN = 8


def certs_from_bytes(data: bytes) -> list[asn1_x509.Certificate]:
    """Every certificate in *data*: one DER certificate, or PEM with one or more. Raises ValueError."""
    if pem.detect(data):
        return [
            asn1_x509.Certificate.load(der)
            for kind, _, der in pem.unarmor(data, multiple=True)
            if kind == "CERTIFICATE"
        ]
    cert = asn1_x509.Certificate.load(data)
    cert.native  # noqa: B018  (parses lazily; fails here if the bytes are not a certificate)
    return [cert]


def load_cert_files(paths: Sequence[Path]) -> list[asn1_x509.Certificate]:
    """The certificates in *paths* (``--trust`` files); a file that is not one is the user's error."""
    certs: list[asn1_x509.Certificate] = []
    for path in paths:
        try:
            data = Path(path).read_bytes()
        except OSError as error:
            raise UserError(
                "The certificate file {path} cannot be read ({reason}).",
                path=str(path),
                reason=error.strerror or str(error),
            ) from error
        try:
            found = certs_from_bytes(data)
        except Exception as error:
            raise UserError("{path} is not a certificate (PEM or DER).", path=str(path)) from error
        if not found:
            raise UserError("{path} is not a certificate (PEM or DER).", path=str(path))
        certs.extend(found)
    return certs


def to_pem(cert: asn1_x509.Certificate) -> str:
    return str(pem.armor("CERTIFICATE", cert.dump()).decode("ascii"))


def chain_pem(certs: Iterable[asn1_x509.Certificate]) -> bytes:
    return "".join(to_pem(c) for c in certs).encode("ascii")


def fingerprint(cert: asn1_x509.Certificate) -> str:
    return str(cert.sha256.hex())


def grouped(hex_fingerprint: str) -> str:
    """A hex fingerprint in groups of four (``1a2b 3c4d …``), as people compare it aloud."""
    return " ".join(hex_fingerprint[i : i + 4] for i in range(0, len(hex_fingerprint), 4))


def subject_text(cert: asn1_x509.Certificate) -> str:
    """The subject as RFC 4514 text (``CN=…,O=…``), as verify prints the signer."""
    from cryptography import x509

    return str(x509.load_der_x509_certificate(cert.dump()).subject.rfc4514_string())


def is_self_signed(cert: asn1_x509.Certificate) -> bool:
    return bool(cert.self_signed in ("maybe", "yes"))


def is_tsa_anchor_candidate(cert: asn1_x509.Certificate) -> bool:
    """A CA certificate, or one fit for time-stamping: what ``--trust`` means as a TSA anchor.

    Anything else given with ``--trust`` (a self-made end-entity certificate such as the owner's)
    names the signer the verifier expects instead.
    """
    if cert.ca:
        return True
    usage = cert.extended_key_usage_value
    return bool(usage is not None and "time_stamping" in usage.native)


def order_chain(
    leaf: asn1_x509.Certificate, pool: Iterable[asn1_x509.Certificate]
) -> list[asn1_x509.Certificate]:
    """*leaf* and its issuers found in *pool*, leaf first, up to a self-signed root if present."""
    by_subject: dict[bytes, list[asn1_x509.Certificate]] = {}
    for cert in pool:
        by_subject.setdefault(cert.subject.dump(), []).append(cert)
    chain = [leaf]
    while len(chain) < MAX_CHAIN and not is_self_signed(chain[-1]):
        current = chain[-1]
        issuers = [
            c
            for c in by_subject.get(current.issuer.dump(), [])
            if c.sha256 not in {x.sha256 for x in chain}
        ]
        if current.authority_key_identifier is not None:
            keyed = [c for c in issuers if c.key_identifier == current.authority_key_identifier]
            issuers = keyed or issuers
        if not issuers:
            break
        chain.append(issuers[0])
    return chain


def token_certificates(signed_data: cms.SignedData) -> list[asn1_x509.Certificate]:
    return [
        choice.chosen
        for choice in signed_data["certificates"] or ()
        if isinstance(choice.chosen, asn1_x509.Certificate)
    ]


def token_signer(signed_data: cms.SignedData) -> asn1_x509.Certificate | None:
    """The certificate in a token that its (single) signer info names."""
    signer_infos = signed_data["signer_infos"]
    if len(signer_infos) != 1:
        return None
    sid = signer_infos[0]["sid"].chosen
    for cert in token_certificates(signed_data):
        if isinstance(sid, cms.IssuerAndSerialNumber):
            if cert.issuer == sid["issuer"] and cert.serial_number == sid["serial_number"].native:
                return cert
        elif cert.key_identifier == sid.native:
            return cert
    return None


def public_roots() -> list[asn1_x509.Certificate]:
    """The public roots of the ``certifi`` CA bundle, when that package is installed."""
    try:
        import certifi
    except ImportError:
        return []
    try:
        return certs_from_bytes(Path(certifi.where()).read_bytes())
    except (OSError, ValueError):
        log.warning("the certifi CA bundle cannot be read", exc_info=True)
        return []


@dataclass(frozen=True)
class TrustAnchors:
    """The roots this verifier trusts for time-stamps, and where each set came from."""

    given: tuple[asn1_x509.Certificate, ...] = ()  # --trust
    settings: tuple[asn1_x509.Certificate, ...] = ()  # the settings' trusted TSA roots
    public: tuple[asn1_x509.Certificate, ...] = ()  # certifi, when asked for

    @property
    def all(self) -> list[asn1_x509.Certificate]:
        return [*self.given, *self.settings, *self.public]

    @classmethod
    def build(
        cls,
        given: Sequence[asn1_x509.Certificate] = (),
        settings_pem: Sequence[str] = (),
        use_public: bool = False,
    ) -> TrustAnchors:
        from_settings: list[asn1_x509.Certificate] = []
        for text in settings_pem:
            try:
                from_settings.extend(certs_from_bytes(text.encode("ascii", "replace")))
            except ValueError:
                log.warning("a trusted TSA root in the settings cannot be read; skipped")
        return cls(
            tuple(c for c in given if is_tsa_anchor_candidate(c)),
            tuple(from_settings),
            tuple(public_roots()) if use_public else (),
        )


@dataclass(frozen=True)
class TsaTrust:
    """A time-stamp's authority as a verifier sees it."""

    subject: str  # the TSA certificate's subject (RFC 4514)
    root_subject: str  # the top of the chain that could be built
    root_sha256: str  # its SHA-256 fingerprint (hex)
    root_complete: (
        bool  # the top is self-signed (a real root), not an issuer missing from the chain
    )
    trusted: bool
    chain: tuple[asn1_x509.Certificate, ...] = ()

    def as_dict(self) -> dict[str, Any]:
        return {
            "tsa_subject": self.subject,
            "tsa_root_sha256": self.root_sha256,
            "trusted": self.trusted,
        }


def _run(coroutine: Coroutine[Any, Any, T]) -> T:
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return asyncio.run(coroutine)
    with concurrent.futures.ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(asyncio.run, coroutine).result()


async def _path_trusted(
    signed_data: cms.SignedData,
    anchors: list[asn1_x509.Certificate],
    extra: list[asn1_x509.Certificate],
) -> bool:
    from pyhanko.sign.validation.generic_cms import validate_tst_signed_data
    from pyhanko_certvalidator import ValidationContext

    imprint = signed_data["encap_content_info"]["content"].parsed["message_imprint"]
    context = ValidationContext(trust_roots=anchors, other_certs=extra, allow_fetching=False)
    status = await validate_tst_signed_data(
        signed_data, context, lambda _algorithm: imprint["hashed_message"].native
    )
    return bool(
        status.get("intact") and status.get("valid") and status.get("trust_problem_indic") is None
    )


def evaluate(
    signed_data: cms.SignedData,
    anchors: TrustAnchors,
    extra: Sequence[asn1_x509.Certificate] = (),
) -> TsaTrust | None:
    """Whether the TSA that signed *signed_data* chains to one of *anchors* (None: no signer found).

    *extra* are certificates the bundle brings (its attached TSA chain): they help build the chain
    and name its root, and are never trusted for that.
    """
    leaf = token_signer(signed_data)
    if leaf is None:
        return None
    pool = [*token_certificates(signed_data), *extra]
    chain = order_chain(leaf, [*pool, *anchors.all])
    top = chain[-1]
    roots = anchors.all
    trusted = False
    if roots:
        try:
            trusted = _run(_path_trusted(signed_data, roots, list(extra)))
        except Exception:  # untrusted input: a failure to build a path is itself the finding
            log.info("TSA path validation failed", exc_info=True)
            trusted = False
    return TsaTrust(
        subject=subject_text(leaf),
        root_subject=subject_text(top),
        root_sha256=fingerprint(top),
        root_complete=is_self_signed(top),
        trusted=trusted,
        chain=tuple(chain),
    )
