"""The bundle's fixed names, shared by export and verify: format tag, attachment names, catalogue key."""

from __future__ import annotations

BUNDLE_FORMAT = "evidence-bundle/1"
MANIFEST_NAME = "manifest.json"
CUSTODY_LOG_NAME = "custody-log.json"
SIGNER_CERT_NAME = "signer-cert.pem"
# The certificates the time-stamping authority returned with its tokens, leaf first (PEM), and the
# root they lead to, alone, so that a lawyer can check its fingerprint and pass it to --trust.
TSA_CHAIN_NAME = "tsa-chain.pem"
TSA_ROOT_NAME = "tsa-root.pem"
RESERVED_NAMES = (MANIFEST_NAME, CUSTODY_LOG_NAME, SIGNER_CERT_NAME, TSA_CHAIN_NAME, TSA_ROOT_NAME)
# Attachments that are the bundle's own, not an item's file (so not listed in the manifest's items).
BUNDLE_OWN_NAMES = frozenset(RESERVED_NAMES)
# The printed catalogue rows, machine-readable, so that verify can hold the manifest against them.
CATALOGUE_KEY = "/EvidenceAppCatalogue"
