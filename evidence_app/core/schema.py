"""The case database's tables and their forward migrations, and the one-writer-per-database lock."""

from __future__ import annotations

import os
import sqlite3
import threading
from pathlib import Path

from evidence_app.core.errors import StorageError

DB_NAME = "cases.sqlite"
# One writer at a time within the process: every CaseStore on the same database (the GUI thread's
# and each worker's) queues on this lock before SQLite's own lock, which then only has other
# processes (the command line beside the app) to arbitrate.
_WRITERS: dict[str, threading.RLock] = {}
_WRITERS_GUARD = threading.Lock()


def writer_lock(db_path: Path) -> threading.RLock:
    """The process-wide write lock of the database at *db_path*."""
    key = os.path.realpath(db_path)
    with _WRITERS_GUARD:
        return _WRITERS.setdefault(key, threading.RLock())


# Forward migrations: MIGRATIONS[n] takes the schema from version n to n + 1. Never edit one that
# has shipped; append a new one.
MIGRATIONS: tuple[str, ...] = (
    """
    CREATE TABLE cases (
        id TEXT PRIMARY KEY,
        title TEXT NOT NULL,
        owner TEXT NOT NULL,
        description TEXT NOT NULL,
        created_utc TEXT NOT NULL,
        created_local TEXT NOT NULL,
        last_number INTEGER NOT NULL DEFAULT 0,
        head_seq INTEGER NOT NULL DEFAULT 0,
        head_hash TEXT NOT NULL DEFAULT '',
        origin_id TEXT NOT NULL DEFAULT ''
    );
    CREATE TABLE items (
        case_id TEXT NOT NULL REFERENCES cases(id),
        id TEXT NOT NULL,
        number INTEGER NOT NULL,
        category TEXT NOT NULL,
        captured_utc TEXT NOT NULL,
        captured_local TEXT NOT NULL,
        operator_name TEXT NOT NULL,
        operator_role TEXT NOT NULL,
        withdrawn INTEGER NOT NULL DEFAULT 0,
        withdrawn_reason TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (case_id, id),
        UNIQUE (case_id, number)
    );
    CREATE TABLE item_fields (
        case_id TEXT NOT NULL,
        item_id TEXT NOT NULL,
        key TEXT NOT NULL,
        value TEXT NOT NULL,
        PRIMARY KEY (case_id, item_id, key),
        FOREIGN KEY (case_id, item_id) REFERENCES items (case_id, id)
    );
    CREATE TABLE files (
        case_id TEXT NOT NULL,
        id INTEGER NOT NULL,
        item_id TEXT NOT NULL,
        role TEXT NOT NULL,
        name TEXT NOT NULL,
        sha256 TEXT NOT NULL,
        size INTEGER NOT NULL,
        mime TEXT NOT NULL,
        meta TEXT NOT NULL,
        added_utc TEXT NOT NULL,
        PRIMARY KEY (case_id, id),
        FOREIGN KEY (case_id, item_id) REFERENCES items (case_id, id)
    );
    CREATE INDEX files_item ON files (case_id, item_id);
    CREATE TABLE events (
        case_id TEXT NOT NULL REFERENCES cases(id),
        seq INTEGER NOT NULL,
        action TEXT NOT NULL,
        item_id TEXT,
        body TEXT NOT NULL,
        hash TEXT NOT NULL,
        PRIMARY KEY (case_id, seq)
    );
    CREATE INDEX events_item ON events (case_id, item_id);
    """,
    # 2: receipts held back while the case is with the other side (see core.receipts), and an
    # index for reading one kind of event (review marks, receipts) without the whole log
    """
    CREATE TABLE held_receipts (
        id INTEGER PRIMARY KEY,
        case_id TEXT NOT NULL REFERENCES cases(id),
        held_utc TEXT NOT NULL,
        document TEXT NOT NULL
    );
    CREATE INDEX events_action ON events (case_id, action);
    """,
    # 3: the case's time zone, car, contact for the lawyer and parties (see model.CASE_DETAILS)
    """
    ALTER TABLE cases ADD COLUMN zone TEXT NOT NULL DEFAULT '';
    ALTER TABLE cases ADD COLUMN car TEXT NOT NULL DEFAULT '';
    ALTER TABLE cases ADD COLUMN contact TEXT NOT NULL DEFAULT '';
    ALTER TABLE cases ADD COLUMN claimant TEXT NOT NULL DEFAULT '';
    ALTER TABLE cases ADD COLUMN respondent TEXT NOT NULL DEFAULT '';
    ALTER TABLE cases ADD COLUMN party_terms TEXT NOT NULL DEFAULT ''
    """,
    # 4: the list of addresses ``add urls`` / 批量取证 captures one by one (core.capture_queue).
    # Working state, not evidence: it is not in the custody log and a package does not carry it.
    """
    CREATE TABLE IF NOT EXISTS capture_queue (
        case_id TEXT NOT NULL REFERENCES cases(id),
        url TEXT NOT NULL,
        position INTEGER NOT NULL,
        state TEXT NOT NULL,
        item_id TEXT NOT NULL DEFAULT '',
        reason TEXT NOT NULL DEFAULT '',
        added_utc TEXT NOT NULL,
        started_utc TEXT NOT NULL DEFAULT '',
        finished_utc TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (case_id, url)
    );
    """,
)
SCHEMA_VERSION = len(MIGRATIONS)


def migrate(db: sqlite3.Connection) -> None:
    """Bring *db* up to SCHEMA_VERSION, one migration at a time, in one transaction."""
    db.execute("BEGIN IMMEDIATE")
    try:
        db.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)")
        row = db.execute("SELECT version FROM schema_version").fetchone()
        version = row[0] if row else 0
        if row is None:
            db.execute("INSERT INTO schema_version (version) VALUES (0)")
        if version > SCHEMA_VERSION:
            raise StorageError(
                "This data directory was written by a newer version of Evidence App "
                "(schema {found}, this version knows {known}); update the app.",
                found=version,
                known=SCHEMA_VERSION,
            )
        for step in range(version, SCHEMA_VERSION):
            for statement in MIGRATIONS[step].split(";"):
                if statement.strip():
                    db.execute(statement)
            db.execute("UPDATE schema_version SET version = ?", (step + 1,))
        db.execute("COMMIT")
    except BaseException:
        db.execute("ROLLBACK")
        raise
