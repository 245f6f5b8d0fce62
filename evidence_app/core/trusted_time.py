"""Trusted time: one RFC 3161 token per stored file from a time-stamping authority, queued while offline.

Each token's message imprint is the SHA-256 of exactly one stored file, so anyone can check it with
``openssl ts -verify -data FILE -in FILE.tsr -CAfile ROOT.pem``. A token is stored as a ``tsr`` file
of the same item holding the TSA's whole TimeStampResp (DER), which is what ``openssl ts -verify
-in`` reads by default. The queue is not stored anywhere: a file is pending exactly when its item
has no ``tsr`` stamping its SHA-256 (see :func:`pending_files`).

Requests and checks go through pyHanko (its time-stamp client and its CMS validation) and
asn1crypto; there is no hand-written ASN.1 here. pyHanko is imported only when the network or a
signature check is really needed, so that importing this module stays cheap.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import logging
from collections.abc import Callable, Coroutine, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any, TypeVar

from asn1crypto import cms, core, tsp
from asn1crypto import x509 as asn1_x509

from evidence_app.core.errors import IntegrityError, UserError
from evidence_app.core.i18n import tr
from evidence_app.core.model import Item, StoredFile
from evidence_app.core.settings import Settings
from evidence_app.core.store import CaseStore, NewFile

CONTEXT = "TrustedTime"
TSR_ROLE = "tsr"
HASH_ALGORITHM = "sha256"
DEFAULT_TIMEOUT = 10.0

log = logging.getLogger("evidence_app.trusted_time")
# pyHanko logs an expected finding (say, a TSA outside the trusted roots) as a warning with a
# traceback; without this, Python's last-resort handler would print it on a command's stderr. The
# records still reach whatever handlers the app installs.
for _name in ("pyhanko", "pyhanko_certvalidator"):
    logging.getLogger(_name).addHandler(logging.NullHandler())

T = TypeVar("T")
ProgressCallback = Callable[[int, int], None]


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


@dataclass(frozen=True)
class Attempt:
    """One TSA tried for one file, and why it gave no usable token."""

    url: str
    reason: str  # a sentence in the current language


@dataclass(frozen=True)
class StampedFile:
    item_id: str
    item_number: str
    role: str
    name: str
    sha256: str
    tsr_name: str
    tsa_url: str
    info: TokenInfo
    gap_seconds: float  # genTime minus the item's capture time (system clock); may be negative


@dataclass(frozen=True)
class PendingFile:
    item_id: str
    item_number: str
    role: str
    name: str
    sha256: str
    attempts: tuple[Attempt, ...]

    @property
    def reason(self) -> str:
        return "; ".join(f"{a.url}: {a.reason}" for a in self.attempts)


@dataclass
class StampOutcome:
    """What one run stamped, and what stays pending and why."""

    stamped: list[StampedFile] = field(default_factory=list)
    pending: list[PendingFile] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.pending

    def extend(self, other: StampOutcome) -> None:
        self.stamped.extend(other.stamped)
        self.pending.extend(other.pending)


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


# -- the queue ---------------------------------------------------------------------------------


def stamped_hashes(item: Item) -> set[str]:
    hashes = set()
    for stored in item.files_with_role(TSR_ROLE):
        stamps = stored.meta.get("stamps")
        if isinstance(stamps, dict) and isinstance(stamps.get("sha256"), str):
            hashes.add(stamps["sha256"])
    return hashes


def unstamped_files(item: Item) -> list[StoredFile]:
    """Files of *item* (other than tokens) that no token of the item stamps yet."""
    if item.withdrawn:
        return []
    done = stamped_hashes(item)
    return [f for f in item.files if f.role != TSR_ROLE and f.sha256 not in done]


def pending_files(store: CaseStore, case_ref: str) -> list[tuple[Item, StoredFile]]:
    """Every file still waiting for a token: this *is* the offline queue."""
    return [
        (item, stored) for item in store.iter_items(case_ref) for stored in unstamped_files(item)
    ]


def tsa_urls_for(settings: Settings, explicit: Sequence[str] | None) -> list[str]:
    """``--tsa`` URLs when any are given, else those in the settings (tried in this order)."""
    given = [u.strip() for u in explicit or () if u and u.strip()]
    if given:
        return given
    return [u.strip() for u in settings.tsa_urls if isinstance(u, str) and u.strip()]


def check_tsa_urls(urls: Sequence[str]) -> list[str]:
    if not urls:
        raise UserError(
            "No time-stamping authority is configured: give --tsa URL or add one in the settings."
        )
    for url in urls:
        if not url.lower().startswith(("http://", "https://")):
            raise UserError(
                "“{url}” is not a time-stamping authority address; it must start with "
                "http:// or https://.",
                url=url,
            )
    return list(urls)


# -- talking to a TSA --------------------------------------------------------------------------


class _TsaFailure(Exception):
    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def _run(coroutine: Coroutine[Any, Any, T]) -> T:
    """Run *coroutine* to completion, also when the caller already runs an event loop."""
    try:
        asyncio.get_running_loop()
        loop_running = True
    except RuntimeError:
        loop_running = False
    if not loop_running:
        return asyncio.run(coroutine)
    with concurrent.futures.ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(asyncio.run, coroutine).result()


def _network_reason(error: BaseException, timeout: float) -> str:
    import aiohttp

    cause = error.__cause__ or error
    if isinstance(cause, aiohttp.ClientResponseError):
        return tr(CONTEXT, "the TSA answered with HTTP error {status} ({message}).").format(
            status=cause.status, message=cause.message
        )
    if isinstance(cause, TimeoutError):
        return tr(CONTEXT, "no answer within {seconds} seconds.").format(seconds=f"{timeout:g}")
    if isinstance(cause, aiohttp.ClientConnectorError | ConnectionError):
        return tr(CONTEXT, "could not connect (offline, or the TSA is down): {detail}.").format(
            detail=getattr(cause, "strerror", None) or cause
        )
    return tr(CONTEXT, "the request failed: {detail}.").format(detail=cause)


def request_token(url: str, sha256_hex: str, timeout: float = DEFAULT_TIMEOUT) -> bytes:
    """Ask the TSA at *url* for a token over *sha256_hex*; the checked TimeStampResp as DER.

    Raises _TsaFailure with a sentence for anything that leaves the file unstamped.
    """
    from pyhanko.sign.timestamps import HTTPTimeStamper, TimestampRequestError
    from pyhanko.sign.timestamps.common_utils import handle_tsp_response

    stamper = HTTPTimeStamper(url, timeout=timeout)
    nonce, request = stamper.request_cms(  # type: ignore[no-untyped-call]
        bytes.fromhex(sha256_hex), HASH_ALGORITHM
    )
    try:
        response = _run(stamper.async_request_tsa_response(request))
    except TimestampRequestError as error:
        raise _TsaFailure(_network_reason(error, timeout)) from error
    try:
        handle_tsp_response(response, nonce)  # refusal, or a reply to someone else's request
    except TimestampRequestError as error:
        raise _TsaFailure(
            tr(CONTEXT, "the TSA refused or answered wrongly: {detail}.").format(detail=error)
        ) from error
    except (ValueError, TypeError, KeyError) as error:
        raise _TsaFailure(
            tr(CONTEXT, "the answer is not a valid time-stamp response ({detail}).").format(
                detail=error
            )
        ) from error
    der: bytes = response.dump()
    problems = check_token(der, sha256_hex)
    if problems:
        raise _TsaFailure(
            tr(CONTEXT, "the TSA's token does not check out: {problems}").format(
                problems=" ".join(problems)
            )
        )
    return der


def tsa_reachable(url: str, timeout: float = 3.0) -> bool:
    """True when *url* answers a real time-stamp request with a valid token (for the UI's indicator)."""
    if not url.lower().startswith(("http://", "https://")):
        return False
    try:
        request_token(url, "00" * 32, timeout)
    except _TsaFailure:
        return False
    return True


# -- stamping ----------------------------------------------------------------------------------


@dataclass
class _Run:
    """One stamping run: remembers TSAs that already failed, so an offline run fails fast."""

    urls: list[str]
    timeout: float
    failed: dict[str, str] = field(default_factory=dict)

    def token_for(self, sha256_hex: str) -> tuple[str, bytes] | list[Attempt]:
        """(TSA URL, TimeStampResp DER) from the first TSA that gives one; else every attempt."""
        attempts = []
        for url in self.urls:
            if url in self.failed:
                attempts.append(Attempt(url, self.failed[url]))
                continue
            try:
                return url, request_token(url, sha256_hex, self.timeout)
            except _TsaFailure as failure:
                log.info("TSA %s failed: %s", url, failure.reason)
                self.failed[url] = failure.reason
                attempts.append(Attempt(url, failure.reason))
        return attempts


def _gap_seconds(item: Item, info: TokenInfo) -> float:
    captured = datetime.fromisoformat(item.captured_utc)
    return round((info.gen_time - captured).total_seconds(), 6)


def _store_token(
    store: CaseStore, item: Item, stamped: StoredFile, url: str, der: bytes
) -> StampedFile:
    info = describe_token(der)
    gap = _gap_seconds(item, info)
    tsr_name = f"{stamped.name}.tsr"
    meta: dict[str, Any] = {
        "stamps": {
            "file_id": stamped.id,
            "role": stamped.role,
            "name": stamped.name,
            "sha256": stamped.sha256,
        },
        "tsa_url": url,
        "tsa_name": info.tsa_name,
        "gen_time_utc": info.gen_time_utc,
        "serial": info.serial,
        "policy": info.policy,
        "hash_algorithm": HASH_ALGORITHM,
        "gap_seconds": gap,
    }
    store.add_files(
        item.case_id, item.id, [NewFile(role=TSR_ROLE, name=tsr_name, data=der, meta=meta)]
    )
    store.record_event(
        item.case_id, "timestamped", {**meta, "file": stamped.name, "tsr": tsr_name}, item.id
    )
    return StampedFile(
        item_id=item.id,
        item_number=item.number,
        role=stamped.role,
        name=stamped.name,
        sha256=stamped.sha256,
        tsr_name=tsr_name,
        tsa_url=url,
        info=info,
        gap_seconds=gap,
    )


def _stamp_files(
    store: CaseStore,
    item: Item,
    files: Sequence[StoredFile],
    run: _Run,
    outcome: StampOutcome,
    tick: Callable[[], None] = lambda: None,
) -> None:
    for stored in files:
        result = run.token_for(stored.sha256)
        if isinstance(result, tuple):
            url, der = result
            outcome.stamped.append(_store_token(store, item, stored, url, der))
        else:
            outcome.pending.append(
                PendingFile(
                    item.id, item.number, stored.role, stored.name, stored.sha256, tuple(result)
                )
            )
        tick()


def stamp_item(
    store: CaseStore,
    case_ref: str,
    item_ref: str,
    tsa_urls: Sequence[str],
    timeout: float = DEFAULT_TIMEOUT,
) -> StampOutcome:
    """Get a token for every unstamped file of one item, trying the TSAs in order.

    Network trouble (offline, unreachable, refusing or misbehaving TSA) raises nothing: those
    files stay pending and the outcome says why.
    """
    return stamp_items(store, case_ref, [item_ref], tsa_urls, timeout)


def stamp_items(
    store: CaseStore,
    case_ref: str,
    item_refs: Sequence[str],
    tsa_urls: Sequence[str],
    timeout: float = DEFAULT_TIMEOUT,
) -> StampOutcome:
    """:func:`stamp_item` for several items in one run (a TSA that failed is not asked again)."""
    run = _Run(check_tsa_urls(tsa_urls), timeout)
    outcome = StampOutcome()
    for item_ref in item_refs:
        item = store.get_item(case_ref, item_ref)
        _stamp_files(store, item, unstamped_files(item), run, outcome)
    return outcome


def stamp_pending(
    store: CaseStore,
    case_ref: str,
    tsa_urls: Sequence[str],
    progress: ProgressCallback | None = None,
    timeout: float = DEFAULT_TIMEOUT,
) -> StampOutcome:
    """Work through the whole queue of a case; *progress(done, total)* after each file."""
    run = _Run(check_tsa_urls(tsa_urls), timeout)
    queue = pending_files(store, case_ref)
    total = len(queue)
    done = 0
    outcome = StampOutcome()

    def tick() -> None:
        nonlocal done
        done += 1
        if progress is not None:
            progress(done, total)

    by_item: dict[str, tuple[Item, list[StoredFile]]] = {}
    for item, stored in queue:
        by_item.setdefault(item.id, (item, []))[1].append(stored)
    for item, files in by_item.values():
        _stamp_files(store, item, files, run, outcome, tick)
    return outcome


def describe_gap(seconds: float) -> str:
    """The time between capture (system clock) and the TSA's genTime, said plainly."""
    amount = abs(seconds)
    if amount < 60:
        span = tr(CONTEXT, "{seconds} s").format(seconds=f"{amount:.1f}")
    else:
        minutes, secs = divmod(round(amount), 60)
        hours, minutes = divmod(minutes, 60)
        days, hours = divmod(hours, 24)
        parts = []
        if days:
            parts.append(tr(CONTEXT, "{count} d").format(count=days))
        if hours:
            parts.append(tr(CONTEXT, "{count} h").format(count=hours))
        if minutes:
            parts.append(tr(CONTEXT, "{count} min").format(count=minutes))
        if secs and not days:
            parts.append(tr(CONTEXT, "{count} s").format(count=secs))
        span = " ".join(parts)
    if seconds >= 0:
        return tr(CONTEXT, "{span} after capture").format(span=span)
    return tr(
        CONTEXT, "{span} before the recorded capture time (the computer's clock was ahead)"
    ).format(span=span)
