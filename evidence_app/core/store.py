"""The case store: SQLite (WAL) for cases, items, fields, files and the custody log; blobs on disk.

Every change is one transaction that writes the new state *and* its custody events, so the log and
the state can never disagree after a crash. Blobs are written (and checked) before the transaction
starts; a blob left behind by a crash is unreferenced and harmless.
"""

from __future__ import annotations

import contextlib
import getpass
import json
import sqlite3
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

from evidence_app.core import clock, timefmt
from evidence_app.core.blobs import BlobStore, ProgressCallback, storage_error
from evidence_app.core.custody import event_from_dict, event_hash
from evidence_app.core.errors import IntegrityError, NotFoundError, StorageError, UserError
from evidence_app.core.fields import check_category, check_fields, with_platform
from evidence_app.core.ingest import NewFile as NewFile
from evidence_app.core.ingest import Stored, new_file_id, store_blobs
from evidence_app.core.ingest import check_source as check_source
from evidence_app.core.ingest import display_name as display_name
from evidence_app.core.model import (
    CASE_DETAILS,
    CASE_PROPERTIES,
    PARTY_TERMS,
    ROLES,
    ZERO_HASH,
    Case,
    Event,
    Item,
    Operator,
    format_number,
    parse_number,
)
from evidence_app.core.private import create_private_file, prepare_data_dir
from evidence_app.core.rows import load_items
from evidence_app.core.schema import DB_NAME as DB_NAME
from evidence_app.core.schema import SCHEMA_VERSION as SCHEMA_VERSION
from evidence_app.core.schema import migrate, writer_lock

BUSY_TIMEOUT_MS = 30_000


def default_operator() -> Operator:
    try:
        name = getpass.getuser()
    except Exception:
        name = "owner"
    return Operator(name, "owner")


def new_id() -> str:
    import uuid  # first needed when something is stored: not at start-up (issue 14)

    return uuid.uuid4().hex


class CaseStore:
    """One data directory. Open it, use it, close it (or use it as a context manager)."""

    def __init__(self, data_dir: Path, operator: Operator | None = None) -> None:
        self.data_dir = Path(data_dir)
        self.operator = operator or default_operator()
        if self.operator.role not in ROLES:
            raise UserError(
                "Unknown role “{role}”. Use one of: {known}.",
                role=self.operator.role,
                known=", ".join(ROLES),
            )
        self.blobs = BlobStore(self.data_dir / "blobs")
        try:
            prepare_data_dir(self.data_dir)
            create_private_file(self.data_dir / DB_NAME)  # SQLite gives -wal and -shm its mode
        except OSError as error:
            raise storage_error(error, self.data_dir) from error
        self.writer = writer_lock(self.data_dir / DB_NAME)
        self.db = self._connect()
        with contextlib.suppress(OSError):
            self.blobs.remove_stale_temps()

    # -- connection and schema ----------------------------------------------------------------

    def _connect(self) -> sqlite3.Connection:
        path = self.data_dir / DB_NAME
        try:
            # Switching to WAL and migrating write to the database: this process's writers wait.
            with self.writer:
                db = sqlite3.connect(path, isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000)
                db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
                db.execute("PRAGMA journal_mode = WAL")
                db.execute("PRAGMA synchronous = FULL")
                db.execute("PRAGMA foreign_keys = ON")
                migrate(db)
        except sqlite3.DatabaseError as error:
            raise self._db_error(error) from error
        return db

    def _db_error(self, error: sqlite3.Error) -> StorageError:
        text = str(error).lower()
        if "readonly" in text or "read-only" in text or "unable to open" in text:
            return StorageError(
                "The data directory {path} cannot be written to ({reason}); nothing was stored.",
                path=str(self.data_dir),
                reason=str(error),
            )
        if "disk is full" in text or "disk i/o" in text:
            return storage_error(OSError(28, str(error)), self.data_dir)
        if "not a database" in text or "malformed" in text:
            return StorageError(
                "The case database {path} is damaged ({reason}).",
                path=str(self.data_dir / DB_NAME),
                reason=str(error),
            )
        return StorageError(
            "The case database {path} could not be used ({reason}).",
            path=str(self.data_dir / DB_NAME),
            reason=str(error),
        )

    def schema_version(self) -> int:
        return int(self.db.execute("SELECT version FROM schema_version").fetchone()[0])

    def close(self) -> None:
        with contextlib.suppress(sqlite3.Error):
            self.db.close()

    def __enter__(self) -> CaseStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextlib.contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        """One writer at a time (the process's lock, then BEGIN IMMEDIATE for other processes);
        commit or roll back as a whole."""
        with self.writer:
            try:
                self.db.execute("BEGIN IMMEDIATE")
            except sqlite3.Error as error:
                raise self._db_error(error) from error
            try:
                yield self.db
                self.db.execute("COMMIT")
            except sqlite3.Error as error:
                with contextlib.suppress(sqlite3.Error):
                    self.db.execute("ROLLBACK")
                raise self._db_error(error) from error
            except BaseException:
                with contextlib.suppress(sqlite3.Error):
                    self.db.execute("ROLLBACK")
                raise

    # -- custody log --------------------------------------------------------------------------

    def _append_event(
        self,
        db: sqlite3.Connection,
        case_id: str,
        action: str,
        payload: dict[str, Any],
        item_id: str | None = None,
        moment: clock.Moment | None = None,
    ) -> Event:
        """Write a new event of this operator and apply it to the state, in the open transaction."""
        # The chain (and the custody catalogue that applies events) loads with the first write,
        # not when the app opens the store to show the cases (start-up, issue 14).
        from evidence_app.core.chain import append_event

        return append_event(db, case_id, self.operator, action, payload, item_id, moment)

    @staticmethod
    def _head_in(db: sqlite3.Connection, case_id: str) -> tuple[int, str]:
        from evidence_app.core.chain import head_in

        return head_in(db, case_id)

    def import_events(
        self, events: Sequence[Event], local_case_id: str | None = None
    ) -> tuple[int, str]:
        """Append events made elsewhere (a case package), verbatim, applying each to the state.

        Each must continue the local chain exactly (next seq, prev_hash = local head, hash right);
        the blobs they name must already be in the blob store. All or nothing: one transaction.
        Returns the new head.
        """
        if not events:
            raise ValueError("no events to import")
        from evidence_app.core.chain import insert_event

        case_id = local_case_id or events[0].case_id
        with self._write() as db:
            for event in events:
                seq, head = self._head_in(db, case_id)
                if event.seq != seq + 1 or event.prev_hash != head:
                    raise IntegrityError(
                        "Event {seq} does not continue the local custody log (its head is event "
                        "{head_seq}); nothing was imported.",
                        seq=event.seq,
                        head_seq=seq,
                    )
                if event_hash(event.body()) != event.hash:
                    raise IntegrityError(
                        "Event {seq} does not match its hash; nothing was imported.", seq=event.seq
                    )
                if event.action == "file_stored" and not self.blobs.exists(
                    str(event.payload.get("sha256", ""))
                ):
                    raise IntegrityError(
                        "Event {seq} names a file whose content is missing; nothing was imported.",
                        seq=event.seq,
                    )
                insert_event(db, case_id, event)
            return self._head_in(db, case_id)

    def record_event(
        self, case_id: str, action: str, payload: dict[str, Any], item_id: str | None = None
    ) -> Event:
        """Append an event that changes no state (exported, verified, …)."""
        self.get_case(case_id)
        with self._write() as db:
            return self._append_event(db, case_id, action, payload, item_id)

    def hold_receipt(self, case_id: str, document: str) -> None:
        """Keep a receipt aside until the case comes back (see core.receipts.import_receipt)."""
        with self._write() as db:
            db.execute(
                "INSERT INTO held_receipts (case_id, held_utc, document) VALUES (?,?,?)",
                (case_id, clock.now().utc, document),
            )

    def held_receipts(self, case_id: str) -> list[str]:
        rows = self.db.execute(
            "SELECT document FROM held_receipts WHERE case_id = ? ORDER BY id", (case_id,)
        ).fetchall()
        return [str(r[0]) for r in rows]

    def take_held_receipts(self, case_id: str) -> list[str]:
        """The held receipts of a case, removed from the holding table as they are handed out."""
        with self._write() as db:
            rows = db.execute(
                "SELECT id, document FROM held_receipts WHERE case_id = ? ORDER BY id", (case_id,)
            ).fetchall()
            db.execute("DELETE FROM held_receipts WHERE case_id = ?", (case_id,))
        return [str(r[1]) for r in rows]

    def iter_events(self, case_id: str, item_id: str | None = None) -> Iterator[Event]:
        query = "SELECT seq, body, hash FROM events WHERE case_id = ?"
        params: tuple[Any, ...] = (case_id,)
        if item_id is not None:
            query += " AND item_id = ?"
            params += (item_id,)
        for seq, body, digest in self.db.execute(query + " ORDER BY seq", params):
            try:
                yield event_from_dict({**json.loads(body), "hash": digest})
            except (ValueError, KeyError, TypeError) as error:
                raise IntegrityError(
                    "Event {seq} of the custody log is unreadable; the case database is damaged.",
                    seq=seq,
                ) from error

    def events(self, case_id: str, item_id: str | None = None) -> list[Event]:
        return list(self.iter_events(case_id, item_id))

    def recorded_head(self, case_id: str) -> tuple[int, str]:
        """The head the case row remembers (written with every event, in the same transaction)."""
        row = self.db.execute(
            "SELECT head_seq, head_hash FROM cases WHERE id = ?", (case_id,)
        ).fetchone()
        return (int(row[0]), str(row[1])) if row else (0, ZERO_HASH)

    def head(self, case_id: str) -> tuple[int, str]:
        """(seq, hash) of the newest event of the case; (0, zeros) for an empty log."""
        row = self.db.execute(
            "SELECT seq, hash FROM events WHERE case_id = ? ORDER BY seq DESC LIMIT 1", (case_id,)
        ).fetchone()
        return (int(row[0]), str(row[1])) if row else (0, ZERO_HASH)

    # -- cases --------------------------------------------------------------------------------

    def create_case(
        self, title: str, owner: str = "", description: str = "", **details: str
    ) -> Case:
        """A new case. *details* are any of model.CASE_DETAILS (car, contact, parties, zone); the
        zone is the PC's own when not given: every printed time of the case is shown in it."""
        title = title.strip()
        if not title:
            raise UserError("A case needs a title.")
        details = {key: value.strip() for key, value in details.items() if value.strip()}
        details.setdefault("zone", timefmt.system_zone_key())
        for key, value in details.items():
            check_case_detail(key, value)
        case_id = new_id()
        with self._write() as db:
            self._append_event(
                db,
                case_id,
                "case_created",
                {"title": title, "owner": owner, "description": description, **details},
            )
        return self.get_case(case_id)

    def edit_case(self, case_ref: str, **changes: str) -> Case:
        """Change title, owner, description or a case detail (zone, car, contact, parties); each
        change is a ``case_edited`` event ("case details changed")."""
        case = self.get_case(case_ref)
        with self._write() as db:
            for key, new in changes.items():
                if key not in CASE_PROPERTIES:
                    raise UserError("A case has no property “{key}”.", key=key)
                if key == "title" and not new.strip():
                    raise UserError("A case needs a title.")
                if key in CASE_DETAILS:
                    new = new.strip()
                    check_case_detail(key, new)
                old = case.zone_key if key == "zone" else getattr(case, key)
                if old == new:
                    continue
                self._append_event(db, case.id, "case_edited", {"key": key, "old": old, "new": new})
        return self.get_case(case.id)

    def _case_from_row(self, row: sqlite3.Row | tuple[Any, ...]) -> Case:
        return Case(*row)

    _CASE_COLUMNS = (
        "c.id, c.title, c.owner, c.description, c.created_utc, c.created_local,"
        " (SELECT COUNT(*) FROM items i WHERE i.case_id = c.id), c.origin_id,"
        " c.zone, c.car, c.contact, c.claimant, c.respondent, c.party_terms"
    )

    def list_cases(self) -> list[Case]:
        rows = self.db.execute(
            f"SELECT {self._CASE_COLUMNS} FROM cases c ORDER BY c.created_utc, c.id"
        ).fetchall()
        return [self._case_from_row(r) for r in rows]

    def get_case(self, case_ref: str) -> Case:
        """A case by its id, or by an unambiguous prefix of at least 4 characters of it."""
        ref = case_ref.strip().lower()
        row = self.db.execute(
            f"SELECT {self._CASE_COLUMNS} FROM cases c WHERE c.id = ?", (ref,)
        ).fetchone()
        if row is None and len(ref) >= 4:
            rows = self.db.execute(
                f"SELECT {self._CASE_COLUMNS} FROM cases c WHERE c.id LIKE ? || '%'",
                (ref.replace("%", "").replace("_", ""),),
            ).fetchall()
            if len(rows) == 1:
                row = rows[0]
            elif len(rows) > 1:
                raise UserError(
                    "“{ref}” matches more than one case; give more of the id.", ref=case_ref
                )
        if row is None:
            raise NotFoundError("There is no case “{ref}”.", ref=case_ref)
        return self._case_from_row(row)

    # -- items --------------------------------------------------------------------------------

    def _insert_files(
        self,
        db: sqlite3.Connection,
        case_id: str,
        item_id: str,
        stored: list[Stored],
        moment: clock.Moment,
    ) -> None:
        for new, info, mime, meta in stored:
            self._append_event(
                db,
                case_id,
                "file_stored",
                {
                    "file": new_file_id(db, case_id),
                    "role": new.role,
                    "name": new.name,
                    "sha256": info.sha256,
                    "size": info.size,
                    "mime": mime,
                    "meta": meta,
                },
                item_id,
                moment,
            )

    def add_item(
        self,
        case_ref: str,
        category: str = "other",
        fields: dict[str, str] | None = None,
        files: Sequence[NewFile] = (),
        captured: clock.Moment | None = None,
        progress: ProgressCallback | None = None,
        extra: dict[str, Any] | None = None,
    ) -> Item:
        """Store *files* (checked copies), then record the item, its fields and files at once.

        *extra* goes into the ``item_added`` payload (e.g. ``{"recapture_of": item id}``).
        """
        case = self.get_case(case_ref)
        check_category(category)
        clean_fields = with_platform(
            {k: v for k, v in check_fields(fields or {}).items() if v != ""}
        )
        stored = store_blobs(self.blobs, files, progress)
        moment = captured or clock.now()
        item_id = new_id()
        with self._write() as db:
            number = (
                db.execute("SELECT last_number FROM cases WHERE id = ?", (case.id,)).fetchone()[0]
                + 1
            )
            self._append_event(
                db,
                case.id,
                "item_added",
                {
                    **(extra or {}),
                    "number": format_number(number),
                    "category": category,
                    "fields": clean_fields,
                    "captured_at_utc": moment.utc,
                    "captured_at_local": moment.local,
                },
                item_id,
                moment,
            )
            self._insert_files(db, case.id, item_id, stored, moment)
        return self.get_item(case.id, item_id)

    def add_files(
        self,
        case_ref: str,
        item_ref: str,
        files: Sequence[NewFile],
        progress: ProgressCallback | None = None,
    ) -> Item:
        """Attach more files to an existing item (a time-stamp token, a later capture)."""
        case = self.get_case(case_ref)
        item = self.get_item(case.id, item_ref)
        stored = store_blobs(self.blobs, files, progress)
        with self._write() as db:
            self._insert_files(db, case.id, item.id, stored, clock.now())
        return self.get_item(case.id, item.id)

    def edit_fields(self, case_ref: str, item_ref: str, changes: dict[str, str]) -> Item:
        """Apply field changes; each real change is a ``field_edited`` event with old and new.

        An empty value removes the field (recorded with ``new`` null); nothing is overwritten
        without its old value in the log.
        """
        case = self.get_case(case_ref)
        item = self.get_item(case.id, item_ref)
        clean = check_fields(changes)
        if clean.get("url") and not item.fields.get("platform") and "platform" not in clean:
            clean = with_platform(clean)
        with self._write() as db:
            for key, value in clean.items():
                old = item.fields.get(key)
                new = value if value != "" else None
                if old == new:
                    continue
                self._append_event(
                    db, case.id, "field_edited", {"key": key, "old": old, "new": new}, item.id
                )
        return self.get_item(case.id, item.id)

    def set_category(self, case_ref: str, item_ref: str, category: str) -> Item:
        """Change an item's category: a ``category_changed`` event with old and new.

        Nothing is recorded when the category is already *category*; a withdrawn item keeps the
        category it was withdrawn with.
        """
        case = self.get_case(case_ref)
        item = self.get_item(case.id, item_ref)
        check_category(category)
        with self._write() as db:
            # read inside the transaction, so that the old value logged is the one replaced
            old, withdrawn = db.execute(
                "SELECT category, withdrawn FROM items WHERE case_id = ? AND id = ?",
                (case.id, item.id),
            ).fetchone()
            if withdrawn:
                raise UserError(
                    "{number} is withdrawn; its category can no longer be changed.",
                    number=item.number,
                )
            if old != category:
                self._append_event(
                    db, case.id, "category_changed", {"old": old, "new": category}, item.id
                )
        return self.get_item(case.id, item.id)

    def withdraw_item(self, case_ref: str, item_ref: str, reason: str) -> Item:
        """Mark an item withdrawn; it keeps its number, fields, files and history."""
        case = self.get_case(case_ref)
        item = self.get_item(case.id, item_ref)
        reason = reason.strip()
        if not reason:
            raise UserError("Say why the item is withdrawn (a reason is required).")
        if item.withdrawn:
            raise UserError("{number} is already withdrawn.", number=item.number)
        with self._write() as db:
            self._append_event(db, case.id, "item_withdrawn", {"reason": reason}, item.id)
        return self.get_item(case.id, item.id)

    def _resolve_item_id(self, case_id: str, item_ref: str) -> str:
        ref = item_ref.strip()
        number = parse_number(ref)
        if number is not None:
            row = self.db.execute(
                "SELECT id FROM items WHERE case_id = ? AND number = ?", (case_id, number)
            ).fetchone()
        else:
            row = self.db.execute(
                "SELECT id FROM items WHERE case_id = ? AND id = ?", (case_id, ref.lower())
            ).fetchone()
        if row is None:
            raise NotFoundError("The case has no item “{ref}”.", ref=item_ref)
        return str(row[0])

    def get_item(self, case_ref: str, item_ref: str) -> Item:
        case_id = self.get_case(case_ref).id
        item_id = self._resolve_item_id(case_id, item_ref)
        return next(load_items(self.db, case_id, "AND id = ?", (item_id,)))

    def list_items(self, case_ref: str) -> list[Item]:
        return list(self.iter_items(case_ref))

    def iter_items(self, case_ref: str) -> Iterator[Item]:
        return load_items(self.db, self.get_case(case_ref).id)

    def blob_path(self, sha256: str) -> Path:
        return self.blobs.path_for(sha256)

    # -- convenience --------------------------------------------------------------------------

    def import_files(
        self,
        case_ref: str,
        paths: Sequence[Path],
        category: str = "other",
        fields: dict[str, str] | None = None,
        on_item: Callable[[Item], None] | None = None,
        extra: dict[str, Any] | None = None,
    ) -> list[Item]:
        """One item per file, each committed on its own (so a later failure keeps earlier ones)."""
        items = []
        for path in paths:
            item = self.add_item(case_ref, category, fields, [NewFile.from_path(path)], extra=extra)
            items.append(item)
            if on_item is not None:
                on_item(item)
        return items


def check_case_detail(key: str, value: str) -> None:
    """Refuse a zone the PC does not know and party terms other than model.PARTY_TERMS."""
    if key == "zone" and value and not timefmt.zone_known(value):
        raise UserError(
            "“{zone}” is not a time zone this computer knows (e.g. Asia/Shanghai).", zone=value
        )
    if key == "party_terms" and value not in PARTY_TERMS:
        raise UserError(
            "Parties are called “litigation” (原告/被告) or “application” (申请人/被申请人), not “{value}”.",
            value=value,
        )
