"""verify-case: every blob, every file row, the custody chain, and the state replayed from the log."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from evidence_app.core.blobs import hash_file
from evidence_app.core.custody import check_chain
from evidence_app.core.errors import IntegrityError
from evidence_app.core.events import apply_event
from evidence_app.core.i18n import N_, tr
from evidence_app.core.model import Event, Item
from evidence_app.core.rows import load_items
from evidence_app.core.schema import migrate
from evidence_app.core.store import CaseStore

CONTEXT = "Integrity"


@dataclass(frozen=True)
class Problem:
    """One precise finding: what is wrong and where (item number, file, event seq)."""

    kind: str
    text: str  # English source with {placeholders}, translated when shown
    params: dict[str, Any]
    item: str | None = None
    seq: int | None = None

    def message(self, lang: str | None = None) -> str:
        return tr(CONTEXT, self.text, lang).format(**self.params)

    def as_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "item": self.item,
            "seq": self.seq,
            "message": self.message("en"),
        }


@dataclass(frozen=True)
class CaseReport:
    case_id: str
    items: int
    files: int
    events: int
    head_hash: str
    problems: tuple[Problem, ...]

    @property
    def ok(self) -> bool:
        return not self.problems

    def as_dict(self) -> dict[str, Any]:
        return {
            "case_id": self.case_id,
            "ok": self.ok,
            "items": self.items,
            "files": self.files,
            "events": self.events,
            "head_hash": self.head_hash,
            "problems": [p.as_dict() for p in self.problems],
        }


def _replay(events: list[Event]) -> tuple[dict[str, dict[str, Any]], dict[int, dict[str, Any]]]:
    """Item state and file rows as the custody log says they should be: the log replayed into a
    scratch database through the same catalogue (core.events) the store applies events with.

    An event that cannot be applied (a log altered by hand) changes nothing here; the comparison
    with the store then names what differs.
    """
    db = sqlite3.connect(":memory:", isolation_level=None)
    try:
        migrate(db)
        case_id = "replayed"  # the case row itself is not compared: a bare one to hang items on
        db.execute(
            "INSERT INTO cases (id, title, owner, description, created_utc, created_local)"
            " VALUES (?, '', '', '', '', '')",
            (case_id,),
        )
        added: dict[str, int] = {}
        stored: dict[Any, int] = {}
        for event in events:
            if event.action == "case_created":
                continue
            db.execute("SAVEPOINT event")
            try:
                apply_event(db, case_id, event)
            except (IntegrityError, sqlite3.Error, ValueError, TypeError):
                db.execute("ROLLBACK TO event")
                continue
            finally:
                db.execute("RELEASE event")
            if event.action == "item_added" and event.item:
                added[event.item] = event.seq
            elif event.action == "file_stored":
                stored[event.payload.get("file")] = event.seq
        items = {
            item.id: {
                "number": item.number,
                "category": item.category,
                "fields": dict(item.fields),
                "captured_utc": item.captured_utc,
                "withdrawn": item.withdrawn,
                "reason": item.withdrawn_reason,
                "seq": added[item.id],
            }
            for item in load_items(db, case_id)
        }
        files = {
            file_id: {
                "item": item_id,
                "role": role,
                "name": name,
                "sha256": sha256,
                "size": size,
                "seq": stored[file_id],
            }
            for file_id, item_id, role, name, sha256, size in db.execute(
                "SELECT id, item_id, role, name, sha256, size FROM files WHERE case_id = ?",
                (case_id,),
            )
            if isinstance(file_id, int)
        }
        return items, files
    finally:
        db.close()


def verify_case(
    store: CaseStore, case_ref: str, progress: Callable[[int, int], None] | None = None
) -> CaseReport:
    case = store.get_case(case_ref)
    events = store.events(case.id)
    items = store.list_items(case.id)
    problems: list[Problem] = []

    for chain_problem in check_chain(events, case.log_id):
        texts = {
            "seq": N_(
                CONTEXT,
                "Event {seq}: the log skips or repeats a sequence number (expected {expected}).",
            ),
            "prev_hash": N_(
                CONTEXT,
                "Event {seq}: the link to the previous event is broken "
                "(expected {expected}, found {found}).",
            ),
            "hash": N_(
                CONTEXT,
                "Event {seq}: its content does not match its hash (altered after it was written).",
            ),
            "case_id": N_(CONTEXT, "Event {seq}: belongs to another case ({found})."),
        }
        problems.append(
            Problem(
                f"chain_{chain_problem.what}",
                texts[chain_problem.what],
                {
                    "seq": chain_problem.seq,
                    "expected": chain_problem.expected[:16],
                    "found": chain_problem.found[:16],
                },
                seq=chain_problem.seq,
            )
        )
    if not events or events[0].action != "case_created":
        problems.append(
            Problem(
                "no_case_event", N_(CONTEXT, "The log does not begin with the case's creation."), {}
            )
        )

    logged_items, logged_files = _replay(events)
    seen_files: set[int] = set()
    total_files = sum(len(i.files) for i in items)
    checked = 0
    for item in items:
        problems.extend(_check_item(item, logged_items.get(item.id)))
        for stored in item.files:
            seen_files.add(stored.id)
            where = {"number": item.number, "role": stored.role, "name": stored.name}
            logged = logged_files.get(stored.id)
            if logged is None:
                problems.append(
                    Problem(
                        "file_unlogged",
                        N_(CONTEXT, "{number}: file {role} “{name}” has no custody event."),
                        where,
                        item.number,
                    )
                )
            elif (
                logged.get("sha256"),
                logged.get("size"),
                logged.get("item"),
                logged.get("role"),
            ) != (
                stored.sha256,
                stored.size,
                item.id,
                stored.role,
            ):
                problems.append(
                    Problem(
                        "file_changed",
                        N_(
                            CONTEXT,
                            "{number}: file {role} “{name}” differs from what event {seq} recorded.",
                        ),
                        {**where, "seq": logged["seq"]},
                        item.number,
                        logged["seq"],
                    )
                )
            path = store.blob_path(stored.sha256)
            if not path.is_file():
                problems.append(
                    Problem(
                        "blob_missing",
                        N_(
                            CONTEXT,
                            "{number}: the stored copy of {role} “{name}” is missing ({sha}).",
                        ),
                        {**where, "sha": stored.sha256[:16]},
                        item.number,
                    )
                )
            else:
                try:
                    actual, size = hash_file(path)
                except OSError as error:
                    problems.append(
                        Problem(
                            "blob_unreadable",
                            N_(
                                CONTEXT,
                                "{number}: the stored copy of {role} “{name}” cannot be read ({reason}).",
                            ),
                            {**where, "reason": str(error)},
                            item.number,
                        )
                    )
                else:
                    if actual != stored.sha256:
                        problems.append(
                            Problem(
                                "blob_altered",
                                N_(
                                    CONTEXT,
                                    "{number}: the stored copy of {role} “{name}” has been altered "
                                    "(its SHA-256 is {actual}, not {sha}).",
                                ),
                                {**where, "actual": actual[:16], "sha": stored.sha256[:16]},
                                item.number,
                            )
                        )
                    elif size != stored.size:
                        problems.append(
                            Problem(
                                "size_mismatch",
                                N_(
                                    CONTEXT,
                                    "{number}: file {role} “{name}” is {actual} bytes, the record says {size}.",
                                ),
                                {**where, "actual": size, "size": stored.size},
                                item.number,
                            )
                        )
            checked += 1
            if progress is not None:
                progress(checked, total_files)
    known = {i.id for i in items}
    for item_id, logged in logged_items.items():
        if item_id not in known:
            problems.append(
                Problem(
                    "item_missing",
                    N_(
                        CONTEXT,
                        "{number}: the log records this item (event {seq}) but the store has no such item.",
                    ),
                    {"number": logged["number"], "seq": logged["seq"]},
                    logged["number"],
                    logged["seq"],
                )
            )
    for file_id, logged in logged_files.items():
        if file_id not in seen_files:
            problems.append(
                Problem(
                    "file_missing",
                    N_(
                        CONTEXT,
                        "Event {seq} records file {role} “{name}”, but the store has no such file.",
                    ),
                    {"seq": logged["seq"], "role": logged.get("role"), "name": logged.get("name")},
                    seq=logged["seq"],
                )
            )
    seq, head = store.head(case.id)
    recorded_seq, recorded_hash = store.recorded_head(case.id)
    if (recorded_seq, recorded_hash) != (seq, head):
        problems.append(
            Problem(
                "log_truncated",
                N_(
                    CONTEXT,
                    "The log ends at event {seq}, but the case records event {recorded} as its last "
                    "({hash}); events are missing or were added behind the store's back.",
                ),
                {"seq": seq, "recorded": recorded_seq, "hash": recorded_hash[:16]},
                seq=seq,
            )
        )
    return CaseReport(case.id, len(items), total_files, seq, head, tuple(problems))


def _check_item(item: Item, logged: dict[str, Any] | None) -> list[Problem]:
    if logged is None:
        return [
            Problem(
                "item_unlogged",
                N_(CONTEXT, "{number}: no custody event records this item."),
                {"number": item.number},
                item.number,
            )
        ]
    problems = []
    if logged["number"] != item.number:
        problems.append(
            Problem(
                "number_changed",
                N_(CONTEXT, "{number}: the log recorded it as {logged}."),
                {"number": item.number, "logged": logged["number"]},
                item.number,
            )
        )
    if logged["category"] != item.category or logged["captured_utc"] != item.captured_utc:
        problems.append(
            Problem(
                "item_changed",
                N_(
                    CONTEXT,
                    "{number}: category or capture time differs from what the log recorded.",
                ),
                {"number": item.number},
                item.number,
            )
        )
    for key in sorted(set(logged["fields"]) | set(item.fields)):
        if logged["fields"].get(key) != item.fields.get(key):
            problems.append(
                Problem(
                    "field_unlogged",
                    N_(
                        CONTEXT,
                        "{number}: field {key} was changed without a custody event "
                        "(the log says “{logged}”, the store holds “{stored}”).",
                    ),
                    {
                        "number": item.number,
                        "key": key,
                        "logged": _short(logged["fields"].get(key)),
                        "stored": _short(item.fields.get(key)),
                    },
                    item.number,
                )
            )
    if logged["withdrawn"] != item.withdrawn or (
        item.withdrawn and logged["reason"] != item.withdrawn_reason
    ):
        problems.append(
            Problem(
                "withdrawal_unlogged",
                N_(CONTEXT, "{number}: its withdrawal state differs from the log."),
                {"number": item.number},
                item.number,
            )
        )
    return problems


def _short(value: Any) -> str:
    text = "" if value is None else str(value)
    return text if len(text) <= 40 else text[:37] + "…"
