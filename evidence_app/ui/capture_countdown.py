"""The countdown before a capture of the screen, a window or a region: a small box on top of
everything saying "3, 2, 1", so the owner can bring the page that hurts into view (our own windows
are out of the way meanwhile). For a window or a region the picture freezes at zero and the owner
then drags over the part to keep.

Esc (while the box is in front) or its Cancel button stops it; nothing is captured then. It runs
on QTimer ticks, so the GUI thread never waits. ``finished`` when it reaches zero (the box is
closed by then, so it is not in the picture), ``cancelled`` when stopped; it deletes itself.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QFont, QGuiApplication, QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMenu, QPushButton, QVBoxLayout, QWidget

from evidence_app.core.settings import SCREEN_CAPTURE_DELAYS

TICK_MS = 1000  # one second; tests pass a shorter tick


class CaptureCountdown(QWidget):
    tick = Signal(int)  # the seconds left, shown
    finished = Signal()
    cancelled = Signal()

    def __init__(self, seconds: int, tick_ms: int = TICK_MS, kind: str = "screen") -> None:
        super().__init__(
            None,
            Qt.WindowType.Window
            | Qt.WindowType.FramelessWindowHint
            | Qt.WindowType.WindowStaysOnTopHint,
        )
        self.setObjectName("captureCountdown")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)  # the frame, drawn
        # Our other windows are hidden meanwhile: closing this one must not quit the app.
        self.setAttribute(Qt.WidgetAttribute.WA_QuitOnClose, False)
        self.setStyleSheet(
            "#captureCountdown { background: #fff8e1; border: 2px solid #e0a800; }"
            " QLabel#countdownNumber { color: #b3261e; }"
        )
        self.kind = kind  # "screen", "window" or "region": what happens at zero
        self.left = max(int(seconds), 0)
        self.done = False
        self.number = QLabel()
        self.number.setObjectName("countdownNumber")
        font = QFont(self.number.font())
        font.setPointSizeF(font.pointSizeF() * 3)
        font.setBold(True)
        self.number.setFont(font)
        self.number.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #555")
        self.cancel_button = QPushButton()
        self.cancel_button.setObjectName("cancelCountdown")
        self.cancel_button.clicked.connect(self.cancel)
        words = QVBoxLayout()
        words.addWidget(self.message)
        words.addWidget(self.hint)
        row = QHBoxLayout()
        row.addWidget(self.number)
        row.addLayout(words, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.cancel_button, 0, Qt.AlignmentFlag.AlignRight)
        self.timer = QTimer(self)
        self.timer.setInterval(max(int(tick_ms), 1))
        self.timer.timeout.connect(self._tick)
        self.retranslateUi()
        self.setFixedWidth(420)

    def start(self) -> None:
        """Show the box at the top middle of the screen, in front, and start counting."""
        screen = QGuiApplication.primaryScreen()
        self.adjustSize()
        if screen is not None:
            area = screen.availableGeometry()
            self.move(area.center().x() - self.width() // 2, area.top() + 40)
        self.show()
        self.raise_()
        self.activateWindow()  # so that Esc reaches it
        self._show_left()
        self.timer.start()

    def _show_left(self) -> None:
        self.number.setText(str(self.left))
        self.tick.emit(self.left)

    def _tick(self) -> None:
        self.left -= 1
        if self.left > 0:
            self._show_left()
            return
        self.timer.stop()
        self.done = True
        self.close()  # off the screen before the shot is taken
        self.finished.emit()

    def cancel(self) -> None:
        if self.done:
            return
        self.done = True
        self.timer.stop()
        self.close()
        self.cancelled.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.cancel()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.done:  # closed by the window manager: the owner does not want the shot
            self.done = True
            self.timer.stop()
            self.cancelled.emit()
        super().closeEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def retranslateUi(self) -> None:
        if self.kind == "window":
            message = self.tr(
                "Bring the window you want to keep to the front now. When the count reaches "
                "zero the screen stands still and you drag over that window."
            )
        elif self.kind == "region":
            message = self.tr(
                "Bring what you want to keep into view now. When the count reaches zero the "
                "screen stands still and you drag over the part to keep."
            )
        else:
            message = self.tr(
                "The whole screen is captured when the count reaches zero. Bring what you want "
                "to keep into view now."
            )
        self.message.setText("<b>" + message + "</b>")
        self.hint.setText(self.tr("Press Esc or click Cancel to stop; nothing is stored then."))
        self.cancel_button.setText(self.tr("Cancel"))


class DelayMenu(QMenu):
    """The Capture menu's choice of countdown before a screen capture (none, 3, 5 or 10 seconds),
    saved in the settings at once. *window* has ``settings`` and ``data_dir`` (the main window)."""

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.setObjectName("captureDelayMenu")
        self.owner_window = window
        self.group = QActionGroup(self)
        self.group.setExclusive(True)
        for seconds in SCREEN_CAPTURE_DELAYS:
            action = QAction(self)
            action.setCheckable(True)
            action.setData(seconds)
            action.setObjectName(f"captureDelay{seconds}")
            self.group.addAction(action)
            self.addAction(action)
        self.group.triggered.connect(self._chosen)
        self.aboutToShow.connect(self.show_current)
        self.retranslateUi()
        self.show_current()

    def show_current(self) -> None:
        current = self.owner_window.settings.screen_capture_delay
        for action in self.group.actions():
            action.setChecked(action.data() == current)

    def _chosen(self, action: QAction) -> None:
        from evidence_app.core.errors import UserError
        from evidence_app.ui.errors import show_error

        self.owner_window.settings.screen_capture_delay = int(action.data())
        try:
            self.owner_window.settings.save(self.owner_window.data_dir)
        except UserError as error:
            show_error(error, self.owner_window)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def retranslateUi(self) -> None:
        self.setTitle(self.tr("Countdown before capturing the screen, a window or a region"))
        for action in self.group.actions():
            seconds = int(action.data())
            action.setText(
                self.tr("{seconds} seconds").format(seconds=seconds)
                if seconds
                else self.tr("None: capture at once")
            )
