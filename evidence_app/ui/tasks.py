"""The one way to run work off the GUI thread (after Picard's run_task and Anki's operations).

``runner.run(func, on_done, on_error)`` calls ``func(task)`` on a QThreadPool thread; the result
or the exception comes back to ``on_done`` / ``on_error`` on the GUI thread. ``func`` reports
progress with ``task.progress(done, total, label)`` and checks ``task.cancelled()``; it never
touches a widget. A store is bound to the thread that opened it (sqlite3), so work that needs the
store opens its own with ``task_store(store)``. Tests may use ``SyncTaskRunner`` instead.
"""

from __future__ import annotations

import contextlib
import logging
import sys
import threading
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

if TYPE_CHECKING:
    from evidence_app.core.store import CaseStore

log = logging.getLogger("evidence_app.ui.tasks")

Done = Callable[[Any], None]
Failed = Callable[[BaseException], None]
Progress = Callable[[int, int, str], None]


class TaskCancelled(Exception):
    """Raised inside a task when it noticed it was cancelled; reported as cancelled, not failed."""


def default_error_handler(error: BaseException) -> None:
    """Hand a task's error to the app's global handler (UserError → sentence, bug → crash log)."""
    sys.excepthook(type(error), error, error.__traceback__)


@contextlib.contextmanager
def task_store(store: CaseStore) -> Iterator[CaseStore]:
    """A CaseStore for this worker thread, on the same data directory, as the same operator."""
    from evidence_app.core.store import CaseStore as WorkerStore

    own = WorkerStore(store.data_dir, store.operator)
    try:
        yield own
    finally:
        own.close()


class Task(QObject):
    """One piece of work. Lives on the GUI thread; its private signals cross threads queued."""

    progressed = Signal(int, int, str)
    finished = Signal()  # after on_done / on_error / cancel handling ran

    _result_ready = Signal(object)
    _error_raised = Signal(object)
    _progress_ready = Signal(int, int, str)

    def __init__(
        self,
        func: Callable[[Task], Any],
        on_done: Done | None,
        on_error: Failed | None,
        on_progress: Progress | None,
        on_cancelled: Callable[[], None] | None,
        label: str,
    ) -> None:
        super().__init__()
        self.func = func
        self.label = label
        self._on_done = on_done
        self._on_error = on_error or default_error_handler
        self._on_cancelled = on_cancelled
        self._cancel = threading.Event()
        self.done = False
        self._result_ready.connect(self._deliver_result)
        self._error_raised.connect(self._deliver_error)
        self._progress_ready.connect(self._deliver_progress)
        if on_progress is not None:
            self.progressed.connect(on_progress)

    # -- called from the worker thread -------------------------------------------------------

    def progress(self, done: int, total: int, label: str = "") -> None:
        self._progress_ready.emit(int(done), int(total), label)

    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def check_cancelled(self) -> None:
        if self._cancel.is_set():
            raise TaskCancelled()

    def execute(self) -> None:
        try:
            result = self.func(self)
        except BaseException as error:  # handed to the GUI thread, never lost
            self._error_raised.emit(error)
        else:
            self._result_ready.emit(result)

    # -- called on the GUI thread ------------------------------------------------------------

    def cancel(self) -> None:
        self._cancel.set()

    @Slot(object)
    def _deliver_result(self, result: Any) -> None:
        try:
            if self._cancel.is_set() and self._on_cancelled is not None:
                self._on_cancelled()
            elif self._on_done is not None:
                self._on_done(result)
        finally:
            self._finish()

    @Slot(object)
    def _deliver_error(self, error: BaseException) -> None:
        try:
            if isinstance(error, TaskCancelled) or self._cancel.is_set():
                if self._on_cancelled is not None:
                    self._on_cancelled()
            else:
                log.info("task %r failed: %r", self.label, error)
                self._on_error(error)
        finally:
            self._finish()

    @Slot(int, int, str)
    def _deliver_progress(self, done: int, total: int, label: str) -> None:
        if not self.done:
            self.progressed.emit(done, total, label)

    def _finish(self) -> None:
        self.done = True
        self.finished.emit()


class _Runnable(QRunnable):
    def __init__(self, task: Task) -> None:
        super().__init__()
        self.task = task
        self.setAutoDelete(True)

    def run(self) -> None:
        self.task.execute()


class TaskRunner(QObject):
    """Runs tasks on its own thread pool; keeps each task alive until its result is delivered."""

    busyChanged = Signal(bool)

    def __init__(self, parent: QObject | None = None, max_threads: int = 2) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(max_threads)
        self.active: list[Task] = []

    def run(
        self,
        func: Callable[[Task], Any],
        on_done: Done | None = None,
        on_error: Failed | None = None,
        *,
        on_progress: Progress | None = None,
        on_cancelled: Callable[[], None] | None = None,
        label: str = "",
    ) -> Task:
        task = Task(func, on_done, on_error, on_progress, on_cancelled, label)
        task.finished.connect(lambda: self._forget(task))
        self.active.append(task)
        if len(self.active) == 1:
            self.busyChanged.emit(True)
        self.pool.start(_Runnable(task))
        return task

    def _forget(self, task: Task) -> None:
        if task in self.active:
            self.active.remove(task)
            if not self.active:
                self.busyChanged.emit(False)

    @property
    def busy(self) -> bool:
        return bool(self.active)

    def cancel_all(self) -> None:
        for task in self.active:
            task.cancel()

    def shutdown(self, timeout_ms: int = 30_000) -> bool:
        """Cancel what runs and wait for the threads (on closing the window)."""
        self.cancel_all()
        return bool(self.pool.waitForDone(timeout_ms))


class SyncTaskRunner(QObject):
    """Same interface, runs the task at once on the calling thread (for tests and scripts)."""

    busyChanged = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.active: list[Task] = []

    def run(
        self,
        func: Callable[[Task], Any],
        on_done: Done | None = None,
        on_error: Failed | None = None,
        *,
        on_progress: Progress | None = None,
        on_cancelled: Callable[[], None] | None = None,
        label: str = "",
    ) -> Task:
        task = Task(func, on_done, on_error, on_progress, on_cancelled, label)
        task.execute()  # same thread: the queued-looking signals are delivered directly
        return task

    @property
    def busy(self) -> bool:
        return False

    def cancel_all(self) -> None:
        pass

    def shutdown(self, timeout_ms: int = 0) -> bool:
        return True
