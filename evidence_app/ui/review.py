"""Review dialogs for support staff and lawyers: ask for a recapture (with a comment) and give the
case its screening verdict. The dialogs collect; the main window writes the custody event."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from evidence_app.core.review import VERDICTS, verdict_label
from evidence_app.ui.retranslating import RetranslatingDialog


class RecaptureDialog(RetranslatingDialog):
    """What the owner should capture again; OK stays disabled until there is a comment."""

    commentAccepted = Signal(str)

    def __init__(self, number: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recaptureDialog")
        self.number = number
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.comment = QPlainTextEdit()
        self.comment.setTabChangesFocus(True)
        self.comment.setObjectName("recaptureComment")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setEnabled(False)
        self.comment.textChanged.connect(
            lambda: self.ok_button.setEnabled(bool(self.comment.toPlainText().strip()))
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.comment, 1)
        layout.addWidget(self.buttons)
        self.resize(520, 260)
        self.retranslateUi()

    def accept(self) -> None:
        text = self.comment.toPlainText().strip()
        if not text:
            return
        super().accept()
        self.commentAccepted.emit(text)

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("Ask for a recapture of {number}").format(number=self.number))
        self.intro.setText(
            self.tr(
                "Say what is wrong and what to capture again (for example: the address bar is cut "
                "off, or the posting time is not visible). The owner sees this as a to-do."
            )
        )


class VerdictDialog(RetranslatingDialog):
    """The screening verdict: usable grounds, not yet, or not usable, with notes."""

    verdictAccepted = Signal(str, str)  # verdict key, notes

    def __init__(self, current: Any = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("verdictDialog")
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.group = QButtonGroup(self)
        self.choices: dict[str, QRadioButton] = {}
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        for key in VERDICTS:
            button = QRadioButton()
            button.setObjectName(f"verdict_{key}")
            self.group.addButton(button)
            self.choices[key] = button
            layout.addWidget(button)
        self.notes_label = QLabel()
        self.notes = QPlainTextEdit(current.notes if current is not None else "")
        self.notes.setObjectName("verdictNotes")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setEnabled(False)
        self.group.buttonToggled.connect(lambda *_: self.ok_button.setEnabled(True))
        if current is not None and current.verdict in self.choices:
            self.choices[current.verdict].setChecked(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.notes_label)
        layout.addWidget(self.notes, 1)
        layout.addWidget(self.buttons)
        self.resize(520, 340)
        self.retranslateUi()

    def chosen(self) -> str | None:
        for key, button in self.choices.items():
            if button.isChecked():
                return key
        return None

    def accept(self) -> None:
        verdict = self.chosen()
        if verdict is None:
            return
        super().accept()
        self.verdictAccepted.emit(verdict, self.notes.toPlainText().strip())

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("Screening verdict"))
        self.intro.setText(
            self.tr(
                "Does this case have usable grounds? The verdict is recorded in the custody log."
            )
        )
        for key, button in self.choices.items():
            button.setText(verdict_label(key))
        self.notes_label.setText(self.tr("Notes"))
