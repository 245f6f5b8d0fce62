"""Review dialogs for support staff and lawyers: ask for a recapture (with a comment) and give the
case its screening verdict. The dialogs collect; the main window writes the custody event."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from evidence_app.core.review import REVIEWER_ROLES, VERDICTS, verdict_label
from evidence_app.ui.retranslating import RetranslatingDialog

CONTEXT = "Review"  # tools/i18n.py extracts _t("…") with this context
SHOWN_REQUESTS = 5  # recapture requests listed in the import's outcome; all are on the to-do list


def _t(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def review_summary_html(outcome: Any, role: str) -> str:
    """What a package that came in asks of its receiver, under the import's outcome: for the
    owner the screening verdict and each recapture asked for, with its comment; for a reviewer
    how many items wait for review. Empty when there is nothing to say."""
    from evidence_app.core.fields import role_label

    review = outcome.review
    parts: list[str] = []
    if role in REVIEWER_ROLES:
        if outcome.to_review:
            parts.append(
                html.escape(
                    _t("{count} item(s) wait for your review: {numbers}.").format(
                        count=len(outcome.to_review), numbers=", ".join(outcome.to_review)
                    )
                )
            )
        return "".join(f"<br>{part}" for part in parts)
    if review is None:
        return ""
    if review.verdict is not None:
        verdict = review.verdict
        line = _t("Screening verdict: {verdict} ({name})").format(
            verdict=verdict_label(verdict.verdict), name=verdict.by.name
        )
        notes = f"<br>{html.escape(verdict.notes)}" if verdict.notes else ""
        parts.append(f"<b>{html.escape(line)}</b>{notes}")
    requests = review.open_requests
    if requests:
        who = requests[-1].by
        parts.append(
            "<b>"
            + html.escape(
                _t("{name} ({role}) asks you to capture {count} item(s) again:").format(
                    name=who.name, role=role_label(who.role), count=len(requests)
                )
            )
            + "</b>"
        )
        parts.extend(
            html.escape(
                _t("{number}: “{comment}”").format(number=mark.number, comment=mark.comment)
            )
            for mark in requests[:SHOWN_REQUESTS]
        )
        if len(requests) > SHOWN_REQUESTS:  # the dialog stays on a laptop's screen
            parts.append(
                html.escape(_t("… and {count} more.").format(count=len(requests) - SHOWN_REQUESTS))
            )
        parts.append(
            html.escape(
                _t("They are on the to-do list at the left; answer each with “Capture again…”.")
            )
        )
    return "".join(f"<br>{part}" for part in parts)


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
    """The screening verdict: for a lawyer to assess, not yet, or not taken forward, with notes."""

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
                "How does this case come out of screening? This is a working decision for the "
                "people handling the case, not a finding on the facts or the law. It is recorded "
                "in the custody log."
            )
        )
        for key, button in self.choices.items():
            button.setText(verdict_label(key))
        self.notes_label.setText(self.tr("Notes"))
