"""The checks of a bundle's contents: attachments against the manifest, manifest against the printed catalogue, the custody chain."""

from __future__ import annotations

import hashlib
import json
from typing import Any

from evidence_app.bundle.format import (
    BUNDLE_OWN_NAMES,
    CATALOGUE_KEY,
    CUSTODY_LOG_NAME,
    SIGNER_CERT_NAME,
)
from evidence_app.bundle.verify.pdfread import _hash_stream, _stream_bytes
from evidence_app.bundle.verify.report import Check
from evidence_app.bundle.verify.report import t as _t
from evidence_app.core.custody import check_chain, event_from_dict

CONTEXT = "Verify"  # tools/i18n.py extracts _t("…") with this context


def _custody_events(attachments: dict[str, Any]) -> tuple[list[Any], str]:
    if CUSTODY_LOG_NAME not in attachments:
        return [], _t("The bundle has no custody-log.json.")
    try:
        data = json.loads(_stream_bytes(attachments[CUSTODY_LOG_NAME]).decode("utf-8"))
        return [event_from_dict(e) for e in data], ""
    except Exception as error:
        return [], _t("custody-log.json cannot be read ({reason}).").format(reason=error)


def _declared_level(events: list[Any]) -> str | None:
    for event in reversed(events):
        if event.action == "exported":
            level = event.payload.get("level")
            return str(level) if level else None
    return None


def _attachments_check(
    attachments: dict[str, Any],
    items: list[Any],
    manifest_problem: str,
    hashed: dict[Any, tuple[str, int]] | None = None,
) -> Check:
    if manifest_problem:
        return Check("attachments_match_manifest", False, manifest_problem)
    problems = []
    expected: dict[str, dict[str, Any]] = {}
    for item in items:
        for entry in item.get("files") or []:
            expected[str(entry.get("attachment"))] = entry
    for name, entry in expected.items():
        stream = attachments.get(name)
        if stream is None:
            problems.append(_t("{name} is missing").format(name=name))
            continue
        try:
            sha256, size = _hash_stream(stream, hashed)
        except Exception as error:
            problems.append(_t("{name} cannot be read ({reason})").format(name=name, reason=error))
            continue
        if sha256 != entry.get("sha256"):
            problems.append(
                _t("{name} has SHA-256 {actual}, the manifest says {expected}").format(
                    name=name, actual=sha256[:16], expected=str(entry.get("sha256"))[:16]
                )
            )
        elif size != entry.get("size"):
            problems.append(
                _t("{name} is {actual} bytes, the manifest says {expected}").format(
                    name=name, actual=size, expected=entry.get("size")
                )
            )
    known = set(expected) | BUNDLE_OWN_NAMES
    for name in sorted(set(attachments) - known):
        problems.append(_t("{name} is attached but not in the manifest").format(name=name))
    for name in (CUSTODY_LOG_NAME, SIGNER_CERT_NAME):
        if name not in attachments:
            problems.append(_t("{name} is missing").format(name=name))
    if problems:
        return Check("attachments_match_manifest", False, "; ".join(problems) + ".")
    return Check(
        "attachments_match_manifest",
        True,
        _t("All {count} attached files have the SHA-256 and size the manifest lists.").format(
            count=len(expected)
        ),
    )


def _catalogue_check(
    reader: Any, manifest: dict[str, Any], manifest_bytes: bytes, manifest_problem: str
) -> Check:
    if manifest_problem:
        return Check("manifest_matches_catalogue", False, manifest_problem)
    try:
        catalogue = json.loads(bytes(reader.root[CATALOGUE_KEY].data).decode("utf-8"))
    except Exception:
        return Check(
            "manifest_matches_catalogue", False, _t("The bundle has no readable catalogue record.")
        )
    problems = []
    if catalogue.get("manifest_sha256") != hashlib.sha256(manifest_bytes).hexdigest():
        problems.append(_t("manifest.json is not the manifest the catalogue was printed from"))
    items = manifest.get("items") or []
    rows = catalogue.get("rows") or []
    if [r.get("number") for r in rows] != [i.get("number") for i in items]:
        problems.append(_t("the catalogue lists other items than the manifest"))
    else:
        for row, item in zip(rows, items, strict=True):
            hashes = [
                str(f.get("sha256", ""))[:16]
                for f in item.get("files") or []
                if f.get("role") != "tsr"
            ]
            if row.get("sha256") != hashes:
                problems.append(
                    _t("{number}: the printed hashes differ from the manifest").format(
                        number=item.get("number")
                    )
                )
            if "withdrawn" in row and bool(row["withdrawn"]) != bool(item.get("withdrawn")):
                problems.append(
                    _t("{number}: withdrawn in one of the catalogue and the manifest only").format(
                        number=item.get("number")
                    )
                )
    if catalogue.get("custody_head") != manifest.get("custody_head"):
        problems.append(_t("the printed custody head differs from the manifest's"))
    if problems:
        return Check("manifest_matches_catalogue", False, "; ".join(problems) + ".")
    # a withdrawn item is in the manifest (and the custody log) but not printed in the catalogue
    withdrawn = [str(i.get("number")) for i in items if i.get("withdrawn")]
    if withdrawn:
        detail = _t(
            "The manifest matches the printed catalogue ({count} items printed; withdrawn, so "
            "in the manifest but not printed: {numbers})."
        ).format(count=len(items) - len(withdrawn), numbers=", ".join(withdrawn))
    else:
        detail = _t("The manifest matches the printed catalogue ({count} items).").format(
            count=len(items)
        )
    return Check("manifest_matches_catalogue", True, detail)


def _custody_check(events: list[Any], problem: str, manifest: dict[str, Any]) -> Check:
    if problem:
        return Check("custody_chain", False, problem)
    if not events:
        return Check("custody_chain", False, _t("The custody log is empty."))
    found = manifest.get("case")
    case: dict[str, Any] = found if isinstance(found, dict) else {}
    # A copy's events carry the original's id (log_id); bundles before log_id carry only id.
    case_id = case.get("log_id") or case.get("id")
    chain_problems = check_chain(events, case_id)
    problems = [
        _t("event {seq}: {what} (expected {expected}, found {found})").format(
            seq=p.seq, what=p.what, expected=p.expected[:16], found=p.found[:16]
        )
        for p in chain_problems[:10]
    ]
    head = events[-1].hash
    if head != manifest.get("custody_head"):
        problems.append(
            _t("the log ends at {head}, not at the head the bundle prints").format(head=head[:16])
        )
    stored = {(e.item, e.payload.get("sha256")) for e in events if e.action == "file_stored"}
    for item in manifest.get("items") or []:
        for entry in item.get("files") or []:
            if (item.get("id"), entry.get("sha256")) not in stored:
                problems.append(
                    _t("{name} has no custody event storing it").format(
                        name=entry.get("attachment")
                    )
                )
    problems += _review_problems(events, manifest)
    if problems:
        return Check("custody_chain", False, "; ".join(problems) + ".")
    return Check(
        "custody_chain",
        True,
        _t(
            "The custody log chains from zero through {count} events to the printed head {head}."
        ).format(count=len(events), head=head),
    )


def _review_problems(events: list[Any], manifest: dict[str, Any]) -> list[str]:
    """Each review mark and the verdict in the manifest must be the custody event it says it is."""
    review = manifest.get("review")
    if not isinstance(review, dict):
        return []  # a bundle from before review marks
    by_seq = {e.seq: e for e in events}
    problems = []
    claimed: list[tuple[Any, str, dict[str, Any]]] = []
    for mark in review.get("marks") or []:
        claimed.append(
            (mark.get("seq"), "item_reviewed", {k: mark.get(k) for k in ("status", "comment")})
        )
    verdict = review.get("verdict")
    if isinstance(verdict, dict):
        claimed.append(
            (verdict.get("seq"), "case_screened", {k: verdict.get(k) for k in ("verdict", "notes")})
        )
    for seq, action, values in claimed:
        event = by_seq.get(seq)
        if (
            event is None
            or event.action != action
            or any(event.payload.get(k) != v for k, v in values.items())
        ):
            problems.append(
                _t("the review entry at event {seq} is not what the custody log records").format(
                    seq=seq
                )
            )
    return problems
