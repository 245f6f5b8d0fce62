"""The time-stamping authority's certificate chain a bundle carries, and the root whose fingerprint it prints.

Gathered from what the authority returned: the certificates inside each file's token and inside a
fresh token from the authority that stamps the document. When the authority leaves its root out,
the root is taken from the owner's trusted TSA roots (settings) if one of them issued the chain.
The receiver never trusts these because the bundle carries them: they compare the root's
fingerprint with the authority's by another channel, then pass it to ``verify --trust``.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from evidence_app.bundle.format import TSA_CHAIN_NAME, TSA_ROOT_NAME
from evidence_app.core.i18n import N_, tr
from evidence_app.core.model import Item
from evidence_app.core.tsa_trust import (
    TrustAnchors,
    chain_pem,
    fingerprint,
    is_self_signed,
    order_chain,
    subject_text,
    token_certificates,
    token_signer,
)

log = logging.getLogger("evidence_app.bundle.tsa_chain")

CONTEXT = "Bundle"
_CHAIN_ABOUT = N_(CONTEXT, "The time-stamping authority's certificate chain, as it returned it")
_ROOT_ABOUT = N_(CONTEXT, "The time-stamping authority's root certificate (check its fingerprint)")


@dataclass
class TsaChain:
    chain: list[Any] = field(default_factory=list)  # leaf first, each certificate once
    roots: list[Any] = field(default_factory=list)  # the self-signed tops
    document_subject: str = ""  # the subject of the certificate that stamps the document

    @property
    def chain_pem(self) -> bytes:
        return chain_pem(self.chain)

    @property
    def roots_pem(self) -> bytes:
        return chain_pem(self.roots)

    def attachments(self, lang: str | None = None) -> list[tuple[str, bytes, str]]:
        """(name, PEM bytes, description in *lang*) of what the bundle attaches: the chain, and
        its root alone."""
        found = []
        if self.chain:
            found.append((TSA_CHAIN_NAME, self.chain_pem, tr(CONTEXT, _CHAIN_ABOUT, lang)))
        if self.roots:
            found.append((TSA_ROOT_NAME, self.roots_pem, tr(CONTEXT, _ROOT_ABOUT, lang)))
        return found

    def root_facts(self) -> list[tuple[str, str]]:
        """(subject, SHA-256 fingerprint) of each root, for the how-to-verify page."""
        return [(subject_text(c), fingerprint(c)) for c in self.roots]


def _token_der(store: Any, item: Item) -> Iterable[bytes]:
    from evidence_app.core.trusted_time import TSR_ROLE

    for stored in item.files_with_role(TSR_ROLE):
        try:
            yield store.blob_path(stored.sha256).read_bytes()
        except OSError:
            log.warning("the token %s cannot be read", stored.name)


def gather(
    store: Any,
    items: Sequence[Item],
    tsa_url: str | None,
    settings_roots: Sequence[str] = (),
) -> TsaChain:
    """The chain(s) of every TSA whose tokens the bundle carries, plus the document TSA's."""
    from evidence_app.core.trusted_time import request_token, token_signed_data

    signed = []
    tokens = [der for item in items if not item.withdrawn for der in _token_der(store, item)]
    document_subject = ""
    if tsa_url is not None:
        try:
            fresh = request_token(tsa_url, "00" * 32)
            tokens.append(fresh)
            leaf = token_signer(token_signed_data(fresh))
            document_subject = subject_text(leaf) if leaf is not None else ""
        except Exception as error:  # the signature step will say the TSA failed; not this one
            log.info("no chain from %s: %s", tsa_url, error)
    for der in tokens:
        try:
            signed.append(token_signed_data(der))
        except Exception:
            continue
    if not signed:
        return TsaChain()
    pool = [cert for data in signed for cert in token_certificates(data)]
    completing = TrustAnchors.build((), settings_roots).settings
    found = TsaChain(document_subject=document_subject)
    seen: set[bytes] = set()
    for data in signed:
        leaf = token_signer(data)
        if leaf is None:
            continue
        for cert in order_chain(leaf, [*pool, *completing]):
            if cert.sha256 in seen:
                continue
            seen.add(cert.sha256)
            found.chain.append(cert)
            if is_self_signed(cert):
                found.roots.append(cert)
    return found


def gather_for_export(store: Any, items: Sequence[Item], tsa_url: str | None) -> TsaChain:
    """:func:`gather`, completed with the roots the owner trusts in the settings."""
    from evidence_app.core.settings import Settings

    return gather(store, items, tsa_url, Settings.load(store.data_dir).trusted_tsa_roots)
