"""Picking a region of the screen: a full-screen rubber band over a frozen picture of it."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, Qt, Signal
from PySide6.QtGui import (
    QCloseEvent,
    QColor,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPixmap,
)
from PySide6.QtWidgets import QLabel, QRubberBand, QWidget


class RegionPicker(QWidget):
    """Drag a rectangle; ``picked(QRect)`` in global coordinates, or ``cancelled`` (Escape, or a
    rectangle too small to mean anything). It closes (and deletes itself) either way. A line at
    the top says what to do (*kind* "window": drag over the window; else over the part to keep);
    it is not in the stored picture, which is taken after the picker has left the screen."""

    picked = Signal(QRect)
    cancelled = Signal()

    def __init__(self, background: QPixmap, geometry: QRect, kind: str = "region") -> None:
        super().__init__(
            None, Qt.WindowType.FramelessWindowHint | Qt.WindowType.WindowStaysOnTopHint
        )
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        # The app's windows are hidden while it is up: closing it must not quit the app.
        self.setAttribute(Qt.WidgetAttribute.WA_QuitOnClose, False)
        self.background = background
        self.setGeometry(geometry)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.band = QRubberBand(QRubberBand.Shape.Rectangle, self)
        self.origin = QPoint()
        self.done = False  # picked or cancelled: signalled once
        self.hint = QLabel(self)
        self.hint.setObjectName("regionPickerHint")
        self.hint.setStyleSheet(
            "background: #fff8e1; color: #202020; border: 2px solid #e0a800; padding: 6px 12px;"
        )
        self.hint.setText(
            self.tr("Drag over the window you want to keep. Esc cancels; nothing is stored then.")
            if kind == "window"
            else self.tr(
                "Drag over the part you want to keep. Esc cancels; nothing is stored then."
            )
        )
        self.hint.adjustSize()
        self.hint.move((geometry.width() - self.hint.width()) // 2, 16)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.drawPixmap(self.rect(), self.background)
        painter.fillRect(
            self.rect(), QColor(0, 0, 0, 40)
        )  # dimmed a little: the screen stands still

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.hint.hide()  # out of the way of what the owner is framing
        self.origin = event.position().toPoint()
        self.band.setGeometry(QRect(self.origin, self.origin))
        self.band.show()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        self.band.setGeometry(QRect(self.origin, event.position().toPoint()).normalized())

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        rect = QRect(self.origin, event.position().toPoint()).normalized()
        self.band.hide()
        geometry = self.geometry()
        self.done = True
        self.close()
        if rect.width() > 2 and rect.height() > 2:
            self.picked.emit(rect.translated(geometry.topLeft()))
        else:
            self.cancelled.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close()  # closeEvent: cancelled

    def closeEvent(self, event: QCloseEvent) -> None:
        # Escape, or closed by the window manager (Alt+F4): the owner does not want the shot,
        # and our hidden windows must come back.
        if not self.done:
            self.done = True
            self.cancelled.emit()
        super().closeEvent(event)
