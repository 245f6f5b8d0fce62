"""Trusted time in the background: is the time-stamp server reachable, how many files wait, and
stamp the waiting files as soon as the server answers again (issue 4: offline captures are queued).

The watcher polls with a QTimer (every minute by default) only while a TSA is configured; each poll
runs off the GUI thread through the app's TaskRunner and opens its own store there. The queue is
core.trusted_time's: a file waits exactly when no token of its item stamps its hash.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal

from evidence_app.ui.tasks import Task, task_store

if TYPE_CHECKING:
    from evidence_app.core.store import CaseStore

log = logging.getLogger("evidence_app.ui.tsa_watch")
DEFAULT_INTERVAL_MS = 60_000


@dataclass(frozen=True)
class TsaCheck:
    """What one poll found (and did)."""

    reachable: bool
    pending: int  # files in all cases still waiting for a token, after any stamping
    stamped: int  # files stamped by this poll
    stamped_cases: tuple[str, ...]
    pending_items: int = 0  # the items those waiting files belong to


def waiting_items(store: Any) -> tuple[int, int]:
    """(files, items) still waiting for a token in every case (withdrawn items never wait)."""
    from evidence_app.core import trusted_time

    files, items = 0, set()
    for case in store.list_cases():
        for item, _stored in trusted_time.pending_files(store, case.id):
            files += 1
            items.add(item.id)
    return files, len(items)


def poll_tsa(store: CaseStore, urls: Sequence[str]) -> TsaCheck:
    """Ask the TSAs; when one answers, stamp every waiting file of every case (worker thread)."""
    from evidence_app.core import trusted_time  # pyHanko/asyncio: never on the GUI thread

    waiting = {
        case.id: len(trusted_time.pending_files(store, case.id)) for case in store.list_cases()
    }
    reachable = any(trusted_time.tsa_reachable(url) for url in urls)
    stamped = 0
    stamped_cases = []
    if reachable:
        for case_id, count in waiting.items():
            if not count:
                continue
            outcome = trusted_time.stamp_pending(store, case_id, list(urls))
            if outcome.stamped:
                stamped += len(outcome.stamped)
                stamped_cases.append(case_id)
            waiting[case_id] = len(outcome.pending)
    files, items = waiting_items(store)  # after stamping: what still waits
    return TsaCheck(reachable, files, stamped, tuple(stamped_cases), items)


class TsaWatcher(QObject):
    """Keeps ``reachable`` and ``pending`` current; ``stamped`` fires after automatic stamping."""

    changed = Signal()
    stamped = Signal(object)  # TsaCheck with stamped > 0

    def __init__(
        self,
        runner: Any,
        store: CaseStore,
        interval_ms: int = DEFAULT_INTERVAL_MS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.runner = runner
        self.store = store
        self.urls: list[str] = []
        self.reachable: bool | None = None  # None: not known yet (or no TSA configured)
        self.pending = 0
        self.pending_items = 0
        self.task: Task | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.check)

    def set_urls(self, urls: Sequence[str]) -> None:
        """Watch these TSAs (from the settings); none configured: stop watching."""
        self.urls = [u.strip() for u in urls if u and u.strip()]
        self.reachable = None
        if self.urls:
            self.timer.start()
            self.check()
        else:
            self.timer.stop()
            self.pending = 0
        self.changed.emit()

    def stop(self) -> None:
        self.timer.stop()
        if self.task is not None:
            self.task.cancel()

    @property
    def checking(self) -> bool:
        return self.task is not None and not self.task.done

    def check(self) -> Task | None:
        """One poll now (the timer calls this); skipped while the previous one still runs."""
        if not self.urls or self.checking:
            return None
        urls, store = list(self.urls), self.store

        def work(_task: Task) -> TsaCheck:
            with task_store(store) as own:
                return poll_tsa(own, urls)

        self.task = self.runner.run(work, self._done, self._failed, label="tsa-watch")
        return self.task

    def _done(self, result: TsaCheck) -> None:
        self.task = None
        if result.reachable != self.reachable:
            log.info("time-stamp server %s", "reachable" if result.reachable else "not reachable")
        self.reachable = result.reachable
        self.pending = result.pending
        self.pending_items = result.pending_items
        self.changed.emit()
        if result.stamped:
            log.info("stamped %d waiting file(s) automatically", result.stamped)
            self.stamped.emit(result)

    def recount(self) -> Task | None:
        """Count the waiting files again after the case changed (an import, a withdrawal); no
        server is asked. Skipped while a poll runs (it counts too)."""
        if not self.urls or self.checking:
            return None
        store = self.store

        def work(_task: Task) -> tuple[int, int]:
            with task_store(store) as own:
                return waiting_items(own)

        def done(counts: tuple[int, int]) -> None:
            self.task = None
            self.pending, self.pending_items = counts
            self.changed.emit()

        self.task = self.runner.run(work, done, self._failed, label="tsa-watch")
        return self.task

    def _failed(self, error: BaseException) -> None:
        # A failed poll (say, the data folder is busy) is tried again at the next tick, silently.
        self.task = None
        log.info("time-stamp server check failed: %r", error)
