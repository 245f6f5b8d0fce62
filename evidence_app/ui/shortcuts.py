"""Keys that work in every window of the app: Ctrl+Q quits from the main window, the browser, the
log and any dialog.

The main window has its Quit action; ``add_quit_shortcut(widget)`` gives every other window or
dialog (the main window's ``_keep`` does it for its dialogs; the browser window calls it) its own
Ctrl+Q that asks the main window to close, which saves what was typed first (see
``MainWindow.closeEvent``). One application-wide key would not do: a modal dialog blocks it, and
it would clash with a window's own."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QWidget

QUIT_KEYS = "Ctrl+Q"
MAIN_WINDOW_NAME = "mainWindow"


def quit_app() -> None:
    """Close the main window(s) as Quit does: what was typed is saved, then the app ends."""
    for widget in QApplication.topLevelWidgets():
        if widget.objectName() == MAIN_WINDOW_NAME and widget.isVisible():
            widget.close()


def add_quit_shortcut(widget: QWidget) -> QShortcut:
    """Ctrl+Q in *widget*'s window quits the app (for windows and dialogs other than the main one)."""
    shortcut = QShortcut(QKeySequence(QUIT_KEYS), widget)
    shortcut.setObjectName("quitShortcut")
    shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
    shortcut.activated.connect(quit_app)
    return shortcut
