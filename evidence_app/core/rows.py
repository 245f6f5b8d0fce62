"""Reading the tables back into model objects: items with their fields and stored files."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from typing import Any

from evidence_app.core.model import Item, Operator, StoredFile

ITEM_COLUMNS = (
    "id, case_id, number, category, captured_utc, captured_local, operator_name,"
    " operator_role, withdrawn, withdrawn_reason"
)


def load_items(
    db: sqlite3.Connection, case_id: str, where: str = "", params: tuple[Any, ...] = ()
) -> Iterator[Item]:
    """The items of a case (those *where* selects), each with its fields and files, by number."""
    rows = db.execute(
        f"SELECT {ITEM_COLUMNS} FROM items WHERE case_id = ? {where} ORDER BY number",
        (case_id, *params),
    ).fetchall()
    if not rows:
        return
    ids = [r[0] for r in rows]
    fields: dict[str, dict[str, str]] = {i: {} for i in ids}
    files: dict[str, list[StoredFile]] = {i: [] for i in ids}
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        marks = ",".join("?" * len(chunk))
        for item_id, key, value in db.execute(
            "SELECT item_id, key, value FROM item_fields"
            f" WHERE case_id = ? AND item_id IN ({marks})",
            (case_id, *chunk),
        ):
            fields[item_id][key] = value
        for row in db.execute(
            "SELECT id, item_id, role, name, sha256, size, mime, meta, added_utc FROM files"
            f" WHERE case_id = ? AND item_id IN ({marks}) ORDER BY rowid",
            (case_id, *chunk),
        ):
            file_id, item_id, role, name, sha256, size, mime, meta, added = row
            files[item_id].append(
                StoredFile(
                    file_id, item_id, role, name, sha256, size, mime, json.loads(meta), added
                )
            )
    for r in rows:
        yield Item(
            id=r[0],
            case_id=r[1],
            seq_number=r[2],
            category=r[3],
            captured_utc=r[4],
            captured_local=r[5],
            operator=Operator(r[6], r[7]),
            withdrawn=bool(r[8]),
            withdrawn_reason=r[9],
            fields=dict(sorted(fields[r[0]].items())),
            files=tuple(files[r[0]]),
        )
