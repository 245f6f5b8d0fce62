"""The task runner: results and errors come back on the GUI thread; progress; cancel."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QThread

from evidence_app.core.errors import UserError
from evidence_app.ui.tasks import SyncTaskRunner, TaskCancelled, TaskRunner


@pytest.fixture
def runner(qtbot):  # type: ignore[no-untyped-def]
    runner = TaskRunner()
    yield runner
    assert runner.shutdown(5000)


def test_result_comes_back_on_the_gui_thread(qtbot, runner) -> None:  # type: ignore[no-untyped-def]
    gui = QThread.currentThread()
    seen: dict[str, object] = {}

    def work(task):  # type: ignore[no-untyped-def]
        seen["worker"] = threading.current_thread() is not threading.main_thread()
        return 6 * 7

    def done(result: int) -> None:
        seen["result"] = result
        seen["on_gui"] = QThread.currentThread() is gui

    with qtbot.waitSignal(runner.busyChanged, check_params_cb=lambda busy: not busy):
        runner.run(work, done)
    assert seen == {"worker": True, "result": 42, "on_gui": True}


def test_error_is_handed_to_on_error(qtbot, runner) -> None:  # type: ignore[no-untyped-def]
    errors: list[BaseException] = []

    def work(task):  # type: ignore[no-untyped-def]
        raise UserError("The file {path} is empty.", path="x")

    task = runner.run(work, lambda r: None, errors.append)
    qtbot.waitUntil(lambda: task.done)
    assert [str(e) for e in errors] == ["The file x is empty."]


def test_progress_and_cancel(qtbot, runner) -> None:  # type: ignore[no-untyped-def]
    started = threading.Event()
    release = threading.Event()
    progress: list[tuple[int, int, str]] = []
    outcome: list[str] = []

    def work(task):  # type: ignore[no-untyped-def]
        task.progress(1, 3, "one")
        started.set()
        release.wait(5)
        task.check_cancelled()
        return "finished"

    task = runner.run(
        work,
        lambda r: outcome.append(r),
        lambda e: outcome.append(f"error {e!r}"),
        on_progress=lambda d, t, label: progress.append((d, t, label)),
        on_cancelled=lambda: outcome.append("cancelled"),
    )
    qtbot.waitUntil(lambda: bool(progress))
    assert started.wait(5)
    task.cancel()
    release.set()
    qtbot.waitUntil(lambda: task.done)
    assert progress == [(1, 3, "one")]
    assert outcome == ["cancelled"]


def test_sync_runner_runs_at_once(qtbot) -> None:  # type: ignore[no-untyped-def]
    runner = SyncTaskRunner()
    results: list[object] = []
    runner.run(lambda task: "now", results.append)
    runner.run(
        lambda task: (_ for _ in ()).throw(TaskCancelled()),
        results.append,
        on_cancelled=lambda: results.append("c"),
    )
    assert results == ["now", "c"]
