"""verify-case names each kind of damage precisely: blobs, file rows, fields, the chain."""

from __future__ import annotations

import itertools
import json
import os
import sqlite3
import stat
from pathlib import Path

import pytest

from evidence_app.core.custody import canonical_json, check_chain, event_hash
from evidence_app.core.integrity import verify_case
from evidence_app.core.model import ZERO_HASH
from evidence_app.core.store import DB_NAME, CaseStore, NewFile
from tests.core.helpers import make_png


@pytest.fixture
def filled(data_dir: Path, tmp_path: Path) -> tuple[Path, str]:
    with CaseStore(data_dir) as store:
        case = store.create_case("t")
        a = store.add_item(
            case.id,
            "post",
            {"url": "https://x.test/1"},
            [NewFile.from_path(make_png(tmp_path / "a.png"))],
        )
        store.add_item(
            case.id, "comment", {}, [NewFile.from_path(make_png(tmp_path / "b.png", color="red"))]
        )
        store.edit_fields(case.id, a.id, {"account_id": "uid-1"})
        assert verify_case(store, case.id).ok
    return data_dir, case.id


def _sql(data_dir: Path, statement: str, *params: object) -> None:
    db = sqlite3.connect(data_dir / DB_NAME)
    db.execute(statement, params)
    db.commit()
    db.close()


def _problems(data_dir: Path, case_id: str) -> list[tuple[str, str | None, int | None, str]]:
    with CaseStore(data_dir) as store:
        report = verify_case(store, case_id)
    return [(p.kind, p.item, p.seq, p.message()) for p in report.problems]


def test_chain_format_matches_design() -> None:
    body = {
        "seq": 1,
        "case_id": "c",
        "at_utc": "u",
        "at_local": "l",
        "operator": {"name": "n", "role": "owner"},
        "action": "case_created",
        "item": None,
        "payload": {"标题": "网暴"},
        "prev_hash": ZERO_HASH,
    }
    assert (
        canonical_json(body)
        == (
            '{"action":"case_created","at_local":"l","at_utc":"u","case_id":"c","item":null,'
            '"operator":{"name":"n","role":"owner"},"payload":{"标题":"网暴"},"prev_hash":"'
            + ZERO_HASH
            + '","seq":1}'
        ).encode()
    )
    import hashlib

    assert event_hash(body) == hashlib.sha256(canonical_json(body)).hexdigest()


def test_intact_case_has_first_prev_hash_zero(filled: tuple[Path, str]) -> None:
    data_dir, case_id = filled
    with CaseStore(data_dir) as store:
        events = store.events(case_id)
    assert events[0].prev_hash == ZERO_HASH
    assert all(b.prev_hash == a.hash for a, b in itertools.pairwise(events))
    assert check_chain(events, case_id) == []


def test_altered_blob_is_named(filled: tuple[Path, str]) -> None:
    data_dir, case_id = filled
    with CaseStore(data_dir) as store:
        stored = store.get_item(case_id, "E002").files[0]
        blob = store.blob_path(stored.sha256)
    os.chmod(blob, stat.S_IWUSR | stat.S_IRUSR)
    with open(blob, "r+b") as f:
        f.seek(30)
        byte = f.read(1)
        f.seek(30)
        f.write(bytes([byte[0] ^ 1]))
    problems = _problems(data_dir, case_id)
    assert [(k, item) for k, item, _, _ in problems] == [("blob_altered", "E002")]
    assert "E002: the stored copy of original “b.png” has been altered" in problems[0][3]


def test_missing_blob_is_named(filled: tuple[Path, str]) -> None:
    data_dir, case_id = filled
    with CaseStore(data_dir) as store:
        blob = store.blob_path(store.get_item(case_id, "E001").files[0].sha256)
    blob.unlink()
    assert [(k, i) for k, i, _, _ in _problems(data_dir, case_id)] == [("blob_missing", "E001")]


def test_field_changed_behind_the_logs_back_is_named(filled: tuple[Path, str]) -> None:
    data_dir, case_id = filled
    _sql(data_dir, "UPDATE item_fields SET value = 'https://x.test/forged' WHERE key = 'url'")
    problems = _problems(data_dir, case_id)
    assert [(k, i) for k, i, _, _ in problems] == [("field_unlogged", "E001")]
    assert "field url was changed without a custody event" in problems[0][3]


def test_file_row_pointed_at_another_blob_is_named(filled: tuple[Path, str]) -> None:
    data_dir, case_id = filled
    with CaseStore(data_dir) as store:
        other = store.get_item(case_id, "E002").files[0].sha256
        first = store.get_item(case_id, "E001").files[0]
    _sql(data_dir, "UPDATE files SET sha256 = ? WHERE id = ?", other, first.id)
    problems = _problems(data_dir, case_id)
    assert ("file_changed", "E001") in [(k, i) for k, i, _, _ in problems]


def test_edited_event_breaks_its_hash(filled: tuple[Path, str]) -> None:
    data_dir, case_id = filled
    db = sqlite3.connect(data_dir / DB_NAME)
    body = json.loads(db.execute("SELECT body FROM events WHERE seq = 3").fetchone()[0])
    body["operator"]["name"] = "someone else"
    db.execute("UPDATE events SET body = ? WHERE seq = 3", (json.dumps(body),))
    db.commit()
    db.close()
    problems = _problems(data_dir, case_id)
    assert [(k, s) for k, _, s, _ in problems] == [("chain_hash", 3)]
    assert problems[0][3].startswith("Event 3: its content does not match its hash")


def test_removed_event_is_named(filled: tuple[Path, str]) -> None:
    data_dir, case_id = filled
    _sql(data_dir, "DELETE FROM events WHERE seq = 3")  # E001's file_stored
    found = {(k, i, s) for k, i, s, _ in _problems(data_dir, case_id)}
    assert ("chain_seq", None, 4) in found
    assert ("chain_prev_hash", None, 4) in found
    assert ("file_unlogged", "E001", None) in found


def test_log_cut_short_at_its_end_is_named(filled: tuple[Path, str]) -> None:
    data_dir, case_id = filled
    _sql(data_dir, "DELETE FROM events WHERE seq = 6")  # the last event: the field edit
    found = {(k, i, s) for k, i, s, _ in _problems(data_dir, case_id)}
    assert ("log_truncated", None, 5) in found
    assert ("field_unlogged", "E001", None) in found  # account_id is now unaccounted for


def test_item_without_event_is_named(filled: tuple[Path, str]) -> None:
    data_dir, case_id = filled
    _sql(
        data_dir,
        "INSERT INTO items (id, case_id, number, category, captured_utc, captured_local, operator_name,"
        " operator_role) VALUES ('forged', ?, 9, 'post', 'x', 'y', 'z', 'owner')",
        case_id,
    )
    assert ("item_unlogged", "E009") in [(k, i) for k, i, _, _ in _problems(data_dir, case_id)]


def test_unreadable_event_is_an_integrity_error(filled: tuple[Path, str]) -> None:
    data_dir, case_id = filled
    _sql(data_dir, "UPDATE events SET body = 'garbage' WHERE seq = 2")
    from evidence_app.core.errors import IntegrityError

    with (
        CaseStore(data_dir) as store,
        pytest.raises(IntegrityError, match="Event 2 of the custody log is unreadable"),
    ):
        verify_case(store, case_id)
