"""Windows and dialogs that fit the owner's screen: sized up to what they prefer, never beyond the
available area (a 1366×768 or 1280×720 laptop), and brought back where they were last time.

``fit_window`` sizes a top-level window before it shows; ``remember`` gives what to store in the
settings (``Settings.window_geometry[name]``); ``DialogFitter`` (installed once on the app) keeps
a dialog wholly on its screen when it shows (``keep_on_screen``).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QWidget

# A window manager's frame (title bar, borders) around the window before it is shown, when Qt
# cannot tell yet: a generous guess, so the title bar's buttons stay on the screen.
FRAME_GUESS = QSize(12, 40)


def screen_of(widget: QWidget | None = None) -> QScreen:
    """The screen *widget* is on (its parent's, before it shows), else the primary one."""
    for candidate in (widget, widget.parentWidget() if widget is not None else None):
        if candidate is not None:
            screen = candidate.screen()
            if screen is not None:
                return screen
    return QGuiApplication.primaryScreen()


def available_area(widget: QWidget | None = None) -> QRect:
    """The part of the screen a window may take (without panels and docks)."""
    return screen_of(widget).availableGeometry()


def frame_extra(widget: QWidget) -> QSize:
    """How much the window manager's frame adds to *widget*'s size (a guess before it shows)."""
    if widget.isVisible():
        frame, inner = widget.frameGeometry(), widget.geometry()
        extra = QSize(frame.width() - inner.width(), frame.height() - inner.height())
        if extra.width() > 0 or extra.height() > 0:
            return extra
    if QGuiApplication.platformName() in ("offscreen", "minimal"):
        return QSize(0, 0)
    return FRAME_GUESS


def clamp_rect(rect: QRect, area: QRect, extra: QSize | None = None) -> QRect:
    """*rect* (the inside of a window) moved and shrunk so that it, with its frame (*extra*), lies
    wholly in *area*."""
    extra = extra or QSize(0, 0)
    width = max(1, min(rect.width(), area.width() - extra.width()))
    height = max(1, min(rect.height(), area.height() - extra.height()))
    left_frame = extra.width() // 2
    top_frame = extra.height() - left_frame  # the title bar is on top
    x = min(max(rect.x(), area.left() + left_frame), area.right() + 1 - width - left_frame)
    y = min(max(rect.y(), area.top() + top_frame), area.bottom() + 1 - height - left_frame)
    return QRect(x, y, width, height)


def fit_window(window: QWidget, preferred: QSize, saved: Sequence[int] | None = None) -> None:
    """Size *window* (before it shows): where it was last time (*saved*, from ``remember``) if
    that still fits this screen, clamped to it otherwise; else *preferred*, as much of it as the
    screen allows, centred. A window that was maximised is maximised again."""
    area = available_area(window)
    extra = frame_extra(window)
    if saved is not None and len(saved) >= 4 and all(isinstance(v, int) for v in saved):
        rect = QRect(saved[0], saved[1], saved[2], saved[3])
    else:
        size = QSize(
            min(preferred.width(), area.width() - extra.width()),
            min(preferred.height(), area.height() - extra.height()),
        )
        rect = QRect(QPoint(0, 0), size)
        rect.moveCenter(area.center())
    rect = clamp_rect(rect, area, extra)
    minimum = window.minimumSize()
    if minimum.width() > rect.width() or minimum.height() > rect.height():
        window.setMinimumSize(
            min(minimum.width(), rect.width()), min(minimum.height(), rect.height())
        )
    window.setGeometry(rect)
    if saved is not None and len(saved) >= 5 and saved[4]:
        window.setWindowState(window.windowState() | Qt.WindowState.WindowMaximized)


def remember(window: QWidget) -> list[int]:
    """What ``fit_window`` needs to bring *window* back: x, y, width, height, maximised (0/1)."""
    maximised = window.isMaximized()
    rect = window.normalGeometry() if maximised else window.geometry()
    if not rect.isValid():
        rect = window.geometry()
    return [rect.x(), rect.y(), rect.width(), rect.height(), int(maximised)]


def fit_on_screen(widget: QWidget) -> None:
    """Shrink and move a shown *widget* (a dialog) so that it lies wholly on its screen."""
    area = available_area(widget)
    extra = frame_extra(widget)
    rect = clamp_rect(widget.geometry(), area, extra)
    if rect != widget.geometry():
        minimum = widget.minimumSize()
        if minimum.width() > rect.width() or minimum.height() > rect.height():
            widget.setMinimumSize(
                min(minimum.width(), rect.width()), min(minimum.height(), rect.height())
            )
        widget.setGeometry(rect)


class _ScreenKeeper(QObject):
    """Watches the widgets given to ``keep_on_screen`` (an event filter on them alone: a filter on
    the whole app would run Python for every event)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and isinstance(watched, QWidget):
            fit_on_screen(watched)
        return False


_keeper: _ScreenKeeper | None = None


def keep_on_screen(widget: QWidget) -> QWidget:
    """Keep *widget* (a dialog, a window) wholly on its screen each time it shows; returns it."""
    global _keeper
    if _keeper is None:
        _keeper = _ScreenKeeper()
    widget.installEventFilter(_keeper)
    return widget
