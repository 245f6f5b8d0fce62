"""Picking a region of the screen: a full-screen rubber band over a frozen picture of it."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QPixmap
from PySide6.QtWidgets import QRubberBand, QWidget


class RegionPicker(QWidget):
    """Drag a rectangle; ``picked(QRect)`` in global coordinates, or ``cancelled`` (Escape, or a
    rectangle too small to mean anything). It closes (and deletes itself) either way."""

    picked = Signal(QRect)
    cancelled = Signal()

    def __init__(self, background: QPixmap, geometry: QRect) -> None:
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

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.drawPixmap(self.rect(), self.background)
        painter.fillRect(self.rect(), Qt.GlobalColor.transparent)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.origin = event.position().toPoint()
        self.band.setGeometry(QRect(self.origin, self.origin))
        self.band.show()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        self.band.setGeometry(QRect(self.origin, event.position().toPoint()).normalized())

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        rect = QRect(self.origin, event.position().toPoint()).normalized()
        self.band.hide()
        geometry = self.geometry()
        self.close()
        if rect.width() > 2 and rect.height() > 2:
            self.picked.emit(rect.translated(geometry.topLeft()))
        else:
            self.cancelled.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close()
            self.cancelled.emit()
