"""The custody log's hash chain: canonical JSON, event hashes, and checking a chain end to end."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from evidence_app.core.model import ZERO_HASH, Event, Operator

ACTIONS = (
    "case_created",
    "case_edited",
    "item_added",
    "file_stored",
    "field_edited",
    "category_changed",
    "item_withdrawn",
    "exported",
    "export_abandoned",
    "verified",
    "timestamped",
    "packed",
    "received",
    "item_reviewed",
    "case_screened",
    "receipt_imported",
)


def canonical_json(value: Any) -> bytes:
    """Sorted keys, no spaces, UTF-8 (not ASCII-escaped): the bytes every hash in the log is over."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode(
        "utf-8"
    )


def event_hash(body: dict[str, Any]) -> str:
    """SHA-256 of the canonical JSON of every field of an event except ``hash``."""
    import hashlib  # OpenSSL loads when first hashing, not at start-up (issue 14)

    return hashlib.sha256(
        canonical_json({k: v for k, v in body.items() if k != "hash"})
    ).hexdigest()


def event_from_dict(data: dict[str, Any]) -> Event:
    operator = data.get("operator") or {}
    return Event(
        seq=int(data["seq"]),
        case_id=str(data["case_id"]),
        at_utc=str(data["at_utc"]),
        at_local=str(data["at_local"]),
        operator=Operator(str(operator.get("name", "")), str(operator.get("role", ""))),
        action=str(data["action"]),
        item=data.get("item"),
        payload=dict(data.get("payload") or {}),
        prev_hash=str(data["prev_hash"]),
        hash=str(data["hash"]),
    )


@dataclass(frozen=True)
class ChainProblem:
    seq: int
    what: str  # "seq" | "prev_hash" | "hash" | "case_id"
    expected: str
    found: str


def check_chain(events: Iterable[Event], case_id: str | None = None) -> list[ChainProblem]:
    """Every problem in a chain that should run from seq 1 (prev_hash zeros) to its head."""
    problems: list[ChainProblem] = []
    expected_prev = ZERO_HASH
    expected_seq = 1
    for event in events:
        if event.seq != expected_seq:
            problems.append(ChainProblem(event.seq, "seq", str(expected_seq), str(event.seq)))
        if case_id is not None and event.case_id != case_id:
            problems.append(ChainProblem(event.seq, "case_id", case_id, event.case_id))
        if event.prev_hash != expected_prev:
            problems.append(ChainProblem(event.seq, "prev_hash", expected_prev, event.prev_hash))
        actual = event_hash(event.body())
        if actual != event.hash:
            problems.append(ChainProblem(event.seq, "hash", actual, event.hash))
        expected_prev = event.hash
        expected_seq = event.seq + 1
    return problems
