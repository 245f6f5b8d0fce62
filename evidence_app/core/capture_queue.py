"""The list of addresses a batch capture works through, kept in the case so that it survives a crash.

Each address has a state: ``pending`` (to capture), ``running`` (a capture started), ``done``
(stored as an item), ``failed`` (load error, time-out…) or ``login_wall`` (the site showed a
sign-in form instead of the post: nothing was stored as the post). A run that was killed leaves
``running`` entries behind; ``recover`` settles each one from the case itself: if an item of that
address was stored after the capture started, the entry is done, else it is captured again. So a
page is never captured twice, and never lost.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from typing import Any

from evidence_app.core import clock
from evidence_app.core.errors import UserError
from evidence_app.core.store import CaseStore

STATES = ("pending", "running", "done", "failed", "login_wall")
OPEN_STATES = ("pending", "running")


@dataclass(frozen=True)
class QueueEntry:
    url: str
    position: int
    state: str
    item_id: str = ""
    reason: str = ""
    started_utc: str = ""
    finished_utc: str = ""


@dataclass
class UrlList:
    urls: list[str]  # in order, each once
    duplicates: list[tuple[int, str]]  # (line number, address) of repeats


def read_url_list(text: str, table: bool = False) -> UrlList:
    """Addresses from a pasted list or a ``.txt`` (one per line, taken whole: an address may hold
    commas), or with *table* from a ``.csv`` (the first cell of each row that is an address; a
    first row without one is its header). Blank lines and ``#`` comments are skipped; a line that
    is not an http(s) address is bad input, named by its line number."""
    from evidence_app.core.platforms import host_of

    urls: list[str] = []
    seen: set[str] = set()
    duplicates: list[tuple[int, str]] = []
    for number, line in enumerate(text.splitlines(), 1):
        stripped = line.strip().lstrip("\ufeff")
        if not stripped or stripped.startswith("#"):
            continue
        candidate = stripped
        if table:
            cells = next(
                csv.reader(io.StringIO(stripped), delimiter="\t" if "\t" in stripped else ",")
            )
            found = [
                c.strip() for c in cells if c.strip().lower().startswith(("http://", "https://"))
            ]
            if not found and number == 1:  # a header row
                continue
            candidate = found[0] if found else stripped
        if not candidate.lower().startswith(("http://", "https://")) or not host_of(candidate):
            raise UserError(
                "Line {line} is not a web address (http or https): “{text}”.",
                line=number,
                text=stripped[:200],
            )
        if candidate in seen:
            duplicates.append((number, candidate))
            continue
        seen.add(candidate)
        urls.append(candidate)
    if not urls:
        raise UserError("The list has no web addresses in it.")
    return UrlList(urls, duplicates)


class CaptureQueue:
    """The capture queue of one case in a store."""

    def __init__(self, store: CaseStore, case_ref: str) -> None:
        self.store = store
        self.case_id = store.get_case(case_ref).id

    def _row(self, row: Any) -> QueueEntry:
        return QueueEntry(*row)

    _COLUMNS = "url, position, state, item_id, reason, started_utc, finished_utc"

    def add(self, urls: list[str]) -> list[QueueEntry]:
        """Queue *urls*; an address already queued keeps its state (a failure is tried again)."""
        now = clock.now().utc
        with self.store._write() as db:
            last = db.execute(
                "SELECT COALESCE(MAX(position), 0) FROM capture_queue WHERE case_id = ?",
                (self.case_id,),
            ).fetchone()[0]
            for offset, url in enumerate(urls, 1):
                db.execute(
                    "INSERT OR IGNORE INTO capture_queue (case_id, url, position, state, added_utc)"
                    " VALUES (?, ?, ?, 'pending', ?)",
                    (self.case_id, url, last + offset, now),
                )
                db.execute(
                    "UPDATE capture_queue SET state = 'pending', reason = '' WHERE case_id = ?"
                    " AND url = ? AND state IN ('failed', 'login_wall')",
                    (self.case_id, url),
                )
        self.recover()
        return self.entries(urls)

    def entries(self, urls: list[str] | None = None) -> list[QueueEntry]:
        rows = self.store.db.execute(
            f"SELECT {self._COLUMNS} FROM capture_queue WHERE case_id = ? ORDER BY position",
            (self.case_id,),
        ).fetchall()
        entries = [self._row(r) for r in rows]
        if urls is None:
            return entries
        by_url = {e.url: e for e in entries}
        return [by_url[u] for u in urls if u in by_url]

    def get(self, url: str) -> QueueEntry | None:
        row = self.store.db.execute(
            f"SELECT {self._COLUMNS} FROM capture_queue WHERE case_id = ? AND url = ?",
            (self.case_id, url),
        ).fetchone()
        return self._row(row) if row else None

    def _set(self, url: str, **values: str) -> None:
        assignments = ", ".join(f"{key} = ?" for key in values)
        with self.store._write() as db:
            db.execute(
                f"UPDATE capture_queue SET {assignments} WHERE case_id = ? AND url = ?",
                (*values.values(), self.case_id, url),
            )

    def start(self, url: str) -> None:
        self._set(url, state="running", started_utc=clock.now().utc, reason="")

    def done(self, url: str, item_id: str) -> None:
        self._set(url, state="done", item_id=item_id, finished_utc=clock.now().utc, reason="")

    def fail(self, url: str, reason: str, state: str = "failed") -> None:
        assert state in ("failed", "login_wall")
        self._set(url, state=state, reason=reason, finished_utc=clock.now().utc)

    def retry(self, url: str) -> None:
        self._set(url, state="pending", reason="")

    def recover(self) -> list[str]:
        """Settle the entries a killed run left ``running``; returns the addresses found stored."""
        settled = []
        for entry in self.entries():
            if entry.state != "running":
                continue
            item = self._item_stored_since(entry.url, entry.started_utc)
            if item is not None:
                self.done(entry.url, item)
                settled.append(entry.url)
            else:
                self.retry(entry.url)
        return settled

    def _item_stored_since(self, url: str, since_utc: str) -> str | None:
        rows = self.store.db.execute(
            "SELECT items.id, items.captured_utc FROM items JOIN item_fields ON"
            " item_fields.case_id = items.case_id AND item_fields.item_id = items.id"
            " WHERE items.case_id = ? AND item_fields.key = 'url' AND item_fields.value = ?"
            " ORDER BY items.number",
            (self.case_id, url),
        ).fetchall()
        for item_id, captured_utc in rows:
            # The queue marks an entry running before the capture takes its own start time.
            if not since_utc or str(captured_utc) >= since_utc:
                return str(item_id)
        return None

    def remaining(self) -> int:
        return int(
            self.store.db.execute(
                "SELECT COUNT(*) FROM capture_queue WHERE case_id = ? AND state IN ('pending', 'running')",
                (self.case_id,),
            ).fetchone()[0]
        )
