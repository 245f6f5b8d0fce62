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
from collections.abc import Callable, Coroutine, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, TypeVar

from evidence_app.core.errors import UserError
from evidence_app.core.i18n import tr
from evidence_app.core.model import Item, StoredFile
from evidence_app.core.settings import Settings
from evidence_app.core.store import CaseStore, NewFile
from evidence_app.core.tsa_tokens import (  # re-exported: callers read tokens through this module
    TokenFormatError as TokenFormatError,
)
from evidence_app.core.tsa_tokens import TokenInfo as TokenInfo
from evidence_app.core.tsa_tokens import check_token as check_token
from evidence_app.core.tsa_tokens import describe_token as describe_token
from evidence_app.core.tsa_tokens import name_text as name_text
from evidence_app.core.tsa_tokens import token_signed_data as token_signed_data

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
    nonce, request = stamper.request_cms(bytes.fromhex(sha256_hex), HASH_ALGORITHM)
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


def describe_gap(seconds: float, imported: bool = False) -> str:
    """The time between capture (system clock) and the TSA's genTime, said plainly; for an
    imported file (*imported*) the app's clock starts at the import, not at a capture."""
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
    if imported:
        if seconds >= 0:
            return tr(CONTEXT, "{span} after import").format(span=span)
        return tr(
            CONTEXT, "{span} before the recorded import time (the computer's clock was ahead)"
        ).format(span=span)
    if seconds >= 0:
        return tr(CONTEXT, "{span} after capture").format(span=span)
    return tr(
        CONTEXT, "{span} before the recorded capture time (the computer's clock was ahead)"
    ).format(span=span)
