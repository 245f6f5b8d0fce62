"""Keys that work in every window of the app: Ctrl+Q quits from the main window, the browser, the
log and any dialog (a dialog that blocks the main window would otherwise swallow it).

The main window's Quit action is an application-wide shortcut; ``add_quit_shortcut(widget)`` gives
a window or dialog its own Ctrl+Q that asks the main window to close (which saves what was typed
first, see ``MainWindow.closeEvent``)."""

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
