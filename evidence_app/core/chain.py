"""Growing a case's custody log: the next event of the hash chain, written with its state change.

The store calls these inside its write transaction; ``insert_event`` is the one place where the log
grows and the tables follow it (through core.events), for new events and imported ones alike.
"""

from __future__ import annotations

import sqlite3
from typing import Any

from evidence_app.core import clock
from evidence_app.core.custody import canonical_json, event_from_dict, event_hash
from evidence_app.core.events import apply_event
from evidence_app.core.model import ZERO_HASH, Event, Operator


def append_event(
    db: sqlite3.Connection,
    case_id: str,
    operator: Operator,
    action: str,
    payload: dict[str, Any],
    item_id: str | None = None,
    moment: clock.Moment | None = None,
) -> Event:
    """Write a new event of *operator* and apply it to the state, in the open transaction."""
    seq, prev_hash = head_in(db, case_id)
    moment = moment or clock.now()
    row = db.execute("SELECT origin_id FROM cases WHERE id = ?", (case_id,)).fetchone()
    body = {
        "seq": seq + 1,
        "case_id": (row[0] if row and row[0] else case_id),
        "at_utc": moment.utc,
        "at_local": moment.local,
        "operator": operator.as_dict(),
        "action": action,
        "item": item_id,
        "payload": payload,
        "prev_hash": prev_hash,
    }
    event = event_from_dict({**body, "hash": event_hash(body)})
    insert_event(db, case_id, event)
    return event


def head_in(db: sqlite3.Connection, case_id: str) -> tuple[int, str]:
    row = db.execute(
        "SELECT seq, hash FROM events WHERE case_id = ? ORDER BY seq DESC LIMIT 1", (case_id,)
    ).fetchone()
    return (int(row[0]), str(row[1])) if row else (0, ZERO_HASH)


def insert_event(db: sqlite3.Connection, case_id: str, event: Event) -> None:
    """The one place where the log grows and the state follows it (state = replay of log)."""
    if event.action == "case_created":  # the case row must exist before its first event
        apply_event(db, case_id, event)
    db.execute(
        "INSERT INTO events (case_id, seq, action, item_id, body, hash) VALUES (?,?,?,?,?,?)",
        (
            case_id,
            event.seq,
            event.action,
            event.item,
            canonical_json(event.body()).decode("utf-8"),
            event.hash,
        ),
    )
    # the case row remembers its head, so that a log cut short at its end is noticed too
    db.execute(
        "UPDATE cases SET head_seq = ?, head_hash = ? WHERE id = ?",
        (event.seq, event.hash, case_id),
    )
    if event.action != "case_created":
        apply_event(db, case_id, event)
