"""Showing the two kinds of error: a user's or the environment's fault as one sentence (the app goes
on), a bug as a crash log written first and then a dialog saying where it is."""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox, QWidget

from evidence_app import __version__
from evidence_app.core.errors import UserError

log = logging.getLogger("evidence_app.ui.errors")
NO_DIALOG_ENV = "EVIDENCE_APP_NO_CRASH_DIALOG"


class ErrorPresenter:
    """One per app: knows where crash logs go; remembers what it showed (tests read ``shown``)."""

    def __init__(self, data_dir: Path, dialogs: bool | None = None) -> None:
        self.data_dir = Path(data_dir)
        self.dialogs = (os.environ.get(NO_DIALOG_ENV) != "1") if dialogs is None else dialogs
        self.shown: list[str] = []
        self.crash_logs: list[Path] = []
        self.open_boxes: list[QMessageBox] = []
        self._previous_hook = sys.excepthook

    def install(self) -> None:
        sys.excepthook = self.excepthook

    def uninstall(self) -> None:
        sys.excepthook = self._previous_hook

    def excepthook(
        self, kind: type[BaseException], error: BaseException, tb: TracebackType | None
    ) -> None:
        if isinstance(error, UserError):
            self.user_error(error)
            return
        if isinstance(error, KeyboardInterrupt):
            QCoreApplication.quit()
            return
        self.bug(kind, error, tb)

    def user_error(self, error: UserError, parent: QWidget | None = None) -> None:
        text = error.message()
        log.warning("user error: %s", error.message("en"))
        self._show("warning", text, parent)

    def bug(
        self, kind: type[BaseException], error: BaseException, tb: TracebackType | None
    ) -> Path:
        path = self.write_crash_log(kind, error, tb)
        log.error("internal error, crash log at %s", path, exc_info=(kind, error, tb))
        text = QCoreApplication.translate(
            "Errors",
            "Something went wrong inside the app (a bug, not your fault). Your evidence is safe. "
            "Details were written to {path}. Please send that file to support.",
        ).format(path=path)
        self._show("critical", text, None)
        return path

    def write_crash_log(
        self, kind: type[BaseException], error: BaseException, tb: TracebackType | None
    ) -> Path:
        import tempfile
        import traceback
        from datetime import datetime, timezone

        from evidence_app.core.atomic import write_atomic
        from evidence_app.core.private import PRIVATE_FILE

        stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%S%fZ")
        text = f"evidence-app {__version__}\n\n" + "".join(
            traceback.format_exception(kind, error, tb)
        )
        for folder in (self.data_dir / "logs", Path(tempfile.gettempdir())):
            try:
                path = folder / f"crash-{stamp}.log"
                write_atomic(path, text.encode("utf-8"), PRIVATE_FILE)  # may quote private data
                self.crash_logs.append(path)
                return path
            except OSError:
                continue
        return Path("<unwritable>")

    def _show(self, kind: str, text: str, parent: QWidget | None) -> None:
        self.shown.append(text)
        if not self.dialogs or QCoreApplication.instance() is None:
            return
        # Imported here: the window's first frame does not wait for the message box's types.
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QMessageBox

        icon = QMessageBox.Icon.Critical if kind == "critical" else QMessageBox.Icon.Warning
        box = QMessageBox(
            icon, QCoreApplication.translate("Errors", "Evidence App"), text, parent=parent
        )
        box.setObjectName("errorBox")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        # Keep the box alive while it is open (Python would otherwise delete a parentless box).
        self.open_boxes.append(box)
        box.finished.connect(
            lambda *_: self.open_boxes.remove(box) if box in self.open_boxes else None
        )
        box.open()  # not exec(): the app goes on, events keep flowing


_presenter: ErrorPresenter | None = None


def set_presenter(presenter: ErrorPresenter | None) -> None:
    global _presenter
    _presenter = presenter


def show_error(error: BaseException, parent: QWidget | None = None) -> None:
    """Present *error* the right way (from a task's on_error or a slot's except)."""
    if _presenter is None:
        sys.excepthook(type(error), error, error.__traceback__)
    elif isinstance(error, UserError):
        _presenter.user_error(error, parent)
    else:
        _presenter.bug(type(error), error, error.__traceback__)
