"""The one helper every background operation runs through (after Anki's ``CollectionOp``).

``run_in_background(window, label, work, success)`` runs ``work(store, task)`` on the window's
task runner with a store of its own (sqlite is per thread), reports progress on the status line,
and back on the GUI thread either calls ``success(result)`` (which says what happened and
reloads what changed) or re-reads the case and shows the error the one way (ui/errors.py: a
known error as a sentence, a bug as a crash log). Work that must stay on the GUI thread (a quick
edit the form waits for) uses ``run_now`` and shares the same error handling.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol, TypeVar

from evidence_app.core.errors import UserError
from evidence_app.ui.errors import show_error
from evidence_app.ui.tasks import Progress, SyncTaskRunner, Task, TaskRunner, task_store

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from evidence_app.core.store import CaseStore

T = TypeVar("T")


class OperationWindow(Protocol):
    """What an operation needs of the window it runs for."""

    store: CaseStore
    runner: TaskRunner | SyncTaskRunner

    def reload_case(self, select_item: str | None = None) -> Task | None: ...

    def _progress(self, done: int, total: int, label: str) -> None: ...


def run_in_background(
    window: OperationWindow,
    label: str,
    work: Callable[[CaseStore, Task], T],
    success: Callable[[T], None],
    *,
    failed: Callable[[BaseException], None] | None = None,
    cleanup: Callable[[], None] | None = None,
    progress: Progress | bool = True,
    cancelled: Callable[[], None] | None = None,
) -> Task:
    """Run *work* off the GUI thread with its own store; *success* or the error come back on the
    GUI thread. *cleanup* runs whatever the outcome (temporary files of a capture). Progress goes
    to the status line, or to *progress* when a dialog shows its own bar; *failed* replaces the
    default (re-read the case, show the error) for a dialog that shows the outcome itself;
    *cancelled* runs when the owner cancelled the work."""
    shared = window.store

    def run(task: Task) -> T:
        with task_store(shared) as store:
            return work(store, task)

    def done(result: T) -> None:
        if cleanup is not None:
            cleanup()
        success(result)

    def error(problem: BaseException) -> None:
        if cleanup is not None:
            cleanup()
        if failed is not None:
            failed(problem)
            return
        window.reload_case()  # what was done before the failure is kept and shown
        show_error(problem, _widget(window))

    def was_cancelled() -> None:
        if cleanup is not None:
            cleanup()
        if cancelled is not None:
            cancelled()

    if progress is True:
        on_progress: Progress | None = window._progress
    else:
        on_progress = progress or None
    task: Task = window.runner.run(
        run, done, error, on_progress=on_progress, on_cancelled=was_cancelled, label=label
    )
    return task


def run_now(
    window: OperationWindow,
    work: Callable[[CaseStore], T],
    refused: Callable[[], None] | None = None,
) -> T | None:
    """Run a quick edit on the GUI thread with the window's store; a refusal (UserError) is shown
    as a sentence after *refused* put the form back, and gives None."""
    try:
        return work(window.store)
    except UserError as error:
        if refused is not None:
            refused()
        show_error(error, _widget(window))
        return None


def _widget(window: OperationWindow) -> QWidget | None:
    from PySide6.QtWidgets import QWidget

    return window if isinstance(window, QWidget) else None
