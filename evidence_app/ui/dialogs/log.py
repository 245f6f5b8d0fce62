"""The log window: the app's technical log, with a sentence saying what it is for."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from evidence_app.ui.log_memory import memory_log
from evidence_app.ui.retranslating import RetranslatingDialog


class LogDialog(RetranslatingDialog):
    """The app's technical log (in English, for support staff), with a sentence saying so."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("logDialog")
        self.about = QLabel()
        self.about.setWordWrap(True)
        self.view = QPlainTextEdit()
        self.view.setReadOnly(True)
        self.view.setPlainText("\n".join(memory_log.records))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(
            lambda: QGuiApplication.clipboard().setText(self.view.toPlainText())
        )
        self.buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.about)
        layout.addWidget(self.view)
        layout.addWidget(self.buttons)
        self.resize(800, 400)
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("Log"))
        self.about.setText(
            self.tr(
                "What the app did, step by step. The lines stay in English so that support staff "
                "anywhere can read them; they hold no evidence. Copy them into a message when "
                "support asks for the log."
            )
        )
        self.copy_button.setText(self.tr("Copy the log"))
