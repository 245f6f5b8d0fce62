"""The question asked before a page that did not load is stored: keep it as evidence of the error?

A failed load (an HTTP error, a network error, Chromium's own "can't be reached" page) is not
the post. It may still matter (a deleted post answers 404), so the owner decides; without a
"yes" nothing is stored.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

CONTEXT = "ErrorPageQuestion"


def _t(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def ask_keep_error_page(
    parent: QWidget, reason: str, answered: Callable[[bool], None]
) -> QMessageBox:
    """Ask (window-modal, without a nested event loop); *answered(keep)* is called once."""
    box = QMessageBox(parent)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    box.setObjectName("keepErrorPage")
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(_t("The page did not load"))
    box.setText(
        _t("The page did not load ({reason}). Keep this as evidence of the error?").format(
            reason=reason
        )
    )
    box.setInformativeText(
        _t(
            "Keep it when the error itself matters, for example a post that was deleted. "
            "Otherwise nothing is stored: open the page again and capture it once it shows."
        )
    )
    keep = box.addButton(_t("Keep as evidence"), QMessageBox.ButtonRole.YesRole)
    box.addButton(_t("Don't keep"), QMessageBox.ButtonRole.NoRole)
    box.setDefaultButton(keep)
    done: list[bool] = []

    def finished(_result: int) -> None:
        if not done:
            done.append(True)
            answered(box.clickedButton() is keep)

    box.finished.connect(finished)
    box.open()
    return box
