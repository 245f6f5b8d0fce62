"""The browser's start page: what it shows until a web page is opened (drawn by Qt, never captured)."""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

log = logging.getLogger("evidence_app.ui.browser")


class StartPage(QFrame):
    """What the browser shows until a web page is opened: a few plain steps, drawn by Qt.

    It lies over the page view (which is empty meanwhile); nothing on it can be captured.
    """

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("startPage")
        self.setAutoFillBackground(True)
        self.setStyleSheet(
            "#startPage { background: #f4f5f7; }"
            "#startCard { background: #ffffff; border: 1px solid #dcdfe4; border-radius: 10px; }"
            "#startTitle { font-size: 20px; font-weight: 600; color: #1f2328; }"
            "#startNumber { background: #e3ecfa; color: #1d4f91; border-radius: 13px;"
            "  font-weight: 600; }"
            "#startStep { font-size: 15px; color: #1f2328; }"
            "#startNote { font-size: 13px; color: #57606a; }"
        )
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setStyleSheet(
            "QScrollArea, QScrollArea > QWidget > QWidget { background: transparent; }"
        )
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        holder = QWidget()
        scroll.setWidget(holder)
        centre = QHBoxLayout(holder)
        centre.setContentsMargins(24, 40, 24, 24)
        centre.addStretch(1)
        self.card = QFrame(holder)
        self.card.setObjectName("startCard")
        self.card.setMaximumWidth(680)
        self.card.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        centre.addWidget(self.card, 10, Qt.AlignmentFlag.AlignTop)
        centre.addStretch(1)
        card = QVBoxLayout(self.card)
        card.setContentsMargins(32, 28, 32, 28)
        card.setSpacing(18)
        self.title = QLabel(self.card)
        self.title.setObjectName("startTitle")
        self.title.setWordWrap(True)
        card.addWidget(self.title)
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(14)
        self.grid.setVerticalSpacing(14)
        self.grid.setColumnStretch(1, 1)
        card.addLayout(self.grid)
        self.steps: list[QLabel] = []
        self.note = QLabel(self.card)
        self.note.setObjectName("startNote")
        self.note.setWordWrap(True)
        card.addSpacing(4)
        card.addWidget(self.note)
        self.hide()

    def set_steps(self, steps: list[str]) -> None:
        """Show *steps* (rich text, already escaped) as a numbered list."""
        while len(self.steps) < len(steps):
            number = QLabel(str(len(self.steps) + 1), self.card)
            number.setObjectName("startNumber")
            number.setFixedSize(26, 26)
            number.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label = QLabel(self.card)
            label.setObjectName("startStep")
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
            row = len(self.steps)
            self.grid.addWidget(number, row, 0, Qt.AlignmentFlag.AlignTop)
            self.grid.addWidget(label, row, 1)
            self.steps.append(label)
        for label, text in zip(self.steps, steps, strict=True):
            label.setText(text)

    def text(self) -> str:
        """Everything the start page says, as plain text (for tests and accessibility)."""
        from PySide6.QtGui import QTextDocument

        def plain(rich: str) -> str:
            document = QTextDocument()
            document.setHtml(rich)
            return document.toPlainText()

        parts = [self.title.text()]
        parts += [f"{n}. {plain(label.text())}" for n, label in enumerate(self.steps, 1)]
        parts.append(self.note.text())
        return "\n".join(parts)
