"""Time-stamping the case's waiting files off the GUI thread (and telling when it happened by itself)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from evidence_app.ui.background import run_in_background
from evidence_app.ui.tasks import Task
from evidence_app.ui.window.state import WindowState

if TYPE_CHECKING:
    from evidence_app.core.store import CaseStore

CONTEXT = "MainWindow"  # tools/i18n.py extracts _t("…") with this context (the window's words)


def _t(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


class TimestampActions(WindowState):
    """The time-stamp action of MainWindow (mixed in)."""

    def timestamp_now(self) -> Task | None:
        if self.case is None:
            return None
        if not self.settings.tsa_urls:  # no dead end: choose a service first
            self.statusBar().showMessage(
                _t("Choose a trusted time service first; nothing is sent until you do."),
                10000,
            )
            self.choose_time_service()
            return None
        case_id, urls = self.case.id, list(self.settings.tsa_urls)

        def work(store: CaseStore, task: Task) -> Any:
            from evidence_app.core import trusted_time  # pyHanko: loaded off the GUI thread

            return trusted_time.stamp_pending(
                store, case_id, urls, progress=lambda d, t, *rest: task.progress(d, t, "")
            )

        def done(outcome: Any) -> None:
            if outcome.pending:
                self.statusBar().showMessage(
                    _t(
                        "{stamped} file(s) time-stamped; {pending} still wait (the server did not answer). They are stamped when it answers again."
                    ).format(stamped=len(outcome.stamped), pending=len(outcome.pending)),
                    10000,
                )
            else:
                self.statusBar().showMessage(_t("Time-stamping finished."), 5000)
            self.reload_case()
            self.tsa_watch.check()

        return run_in_background(self, "timestamp", work, done)

    def _auto_stamped(self, result: Any) -> None:
        self.statusBar().showMessage(
            _t(
                "The time-stamp server answers again: {count} waiting file(s) were time-stamped."
            ).format(count=result.stamped),
            10000,
        )
        if self.case is not None and self.case.id in result.stamped_cases:
            self.reload_case()
