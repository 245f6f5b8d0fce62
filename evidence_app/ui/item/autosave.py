"""Save as you type: the item form's edits are recorded without a Save press.

A change is committed (one ``field_edited`` custody event per changed field) when the owner leaves
the field, after a pause in typing (``IDLE_MS``: a sentence typed is one event, not one per key),
and before anything else is shown or the app closes (the window calls ``ItemPanel.commit``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit

IDLE_MS = 4000  # no key for this long: what was typed is saved


class AutoSaver(QObject):
    """Calls *commit* when an editor is left or after ``IDLE_MS`` without typing."""

    def __init__(
        self,
        editors: Iterable[QLineEdit | QPlainTextEdit],
        commit: Callable[[], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.commit = commit
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(IDLE_MS)
        self.timer.timeout.connect(self.commit)
        self.watch(editors)

    def watch(self, editors: Iterable[QLineEdit | QPlainTextEdit]) -> None:
        """Save what is typed into *editors* too (the form builds its rows on first need)."""
        for editor in editors:
            if isinstance(editor, QLineEdit):
                editor.textEdited.connect(self._typed)  # typed by the owner, not set by the form
                editor.editingFinished.connect(self._left)
            else:
                editor.textChanged.connect(self._typed)
                editor.installEventFilter(self)

    def _typed(self, *_args: object) -> None:
        self.timer.start()

    def _left(self) -> None:
        self.timer.stop()
        self.commit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut:
            self._left()
        return False

    def stop(self) -> None:
        self.timer.stop()
