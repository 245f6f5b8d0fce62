"""The item's picture: a zoomable view (fit width, real size, Ctrl + wheel) with its controls."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QPoint, Qt, Signal
from PySide6.QtGui import (
    QKeySequence,
    QPixmap,
    QResizeEvent,
    QShortcut,
    QShowEvent,
    QTransform,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QGraphicsPixmapItem,
    QGraphicsScene,
    QGraphicsView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from evidence_app.ui.item.form_parts import smaller

GREY = "#5f6368"
MIN_ZOOM, MAX_ZOOM, ZOOM_STEP = 0.05, 8.0, 1.25  # of the picture's own pixels; one step of + or −


class ImageView(QGraphicsView):
    """A zoomable image, shown as stored (only the display is scaled): Ctrl+wheel zooms around the
    pointer, drag pans, double click fits the width. ``zoomChanged(float)`` gives the new scale."""

    zoomChanged = Signal(float)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setScene(QGraphicsScene(self))
        self.pixmap_item = QGraphicsPixmapItem()
        self.pixmap_item.setTransformationMode(Qt.TransformationMode.SmoothTransformation)
        self.scene().addItem(self.pixmap_item)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        # A capture is read from its top (address bar, poster, time), not from its middle; left,
        # because Qt centres against the width without the scroll bar (the picture then overhangs).
        self.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        # Zooming keeps the point under the pointer (or the middle) where it is: done in set_zoom.
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.NoAnchor)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.NoAnchor)
        self.zoom = 1.0
        self.fitting = True  # the width follows the view (a new picture, "Fit width", resizing)

    def set_image(self, path: Path | None) -> bool:
        """Show the picture at *path*; False (and nothing shown) when it cannot be decoded."""
        pixmap = QPixmap(str(path)) if path else QPixmap()
        self.pixmap_item.setPixmap(pixmap)
        self.scene().setSceneRect(self.pixmap_item.boundingRect())
        self.fit_width(top=True)
        return not pixmap.isNull()

    def fit_scale(self) -> float:
        """The scale that shows the whole width (never enlarged beyond the picture's pixels)."""
        size = self.pixmap_item.pixmap().size()
        if size.width() <= 0:
            return 1.0
        available = self.viewport().width() - 2
        if not self.verticalScrollBar().isVisibleTo(self):  # (also while the tab is not shown)
            scale = min(1.0, available / size.width())
            if size.height() * scale > self.viewport().height():  # the scroll bar will take room
                available -= self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        return max(MIN_ZOOM, min(1.0, available / size.width()))

    def fit_width(self, top: bool = False) -> None:
        """Fit the width; *top*: from the picture's top (a new picture), else where the view is."""
        self.set_zoom(self.fit_scale(), fitting=True)
        if top:
            self.verticalScrollBar().setValue(self.verticalScrollBar().minimum())

    def actual_size(self) -> None:
        """One pixel of the picture on one pixel of the screen (100%)."""
        self.set_zoom(1.0)

    def zoom_in(self) -> None:
        self.set_zoom(self.zoom * ZOOM_STEP)

    def zoom_out(self) -> None:
        self.set_zoom(self.zoom / ZOOM_STEP)

    def zoom_by(self, factor: float) -> None:
        self.set_zoom(self.zoom * factor)

    def set_zoom(self, scale: float, anchor: QPoint | None = None, fitting: bool = False) -> None:
        """Show at *scale*, keeping the picture's point at *anchor* (viewport coordinates; default
        the middle of the view) where it is on screen."""
        scale = max(MIN_ZOOM, min(MAX_ZOOM, scale))
        if anchor is None:
            anchor = self.viewport().rect().center()
        before = self.mapToScene(anchor)
        self.setTransform(QTransform.fromScale(scale, scale))
        after = self.mapFromScene(before)
        horizontal, vertical = self.horizontalScrollBar(), self.verticalScrollBar()
        horizontal.setValue(horizontal.value() + after.x() - anchor.x())
        vertical.setValue(vertical.value() + after.y() - anchor.y())
        self.fitting = fitting
        changed = scale != self.zoom
        self.zoom = scale
        if changed:
            self.zoomChanged.emit(scale)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            delta = event.angleDelta().y()
            if delta:
                factor = ZOOM_STEP if delta > 0 else 1 / ZOOM_STEP
                self.set_zoom(self.zoom * factor, event.position().toPoint())
            event.accept()
            return
        super().wheelEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._refit()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._refit()

    def _refit(self) -> None:
        """Fitting the width: fit again to the view's new size, keeping the top where it is."""
        if self.fitting and not self.pixmap_item.pixmap().isNull():
            self.set_zoom(self.fit_scale(), QPoint(self.viewport().width() // 2, 0), fitting=True)

    def mouseDoubleClickEvent(self, event: object) -> None:
        self.fit_width()


class ImagePreview(QWidget):
    """The picture with its zoom controls (Fit width, 100%, −, +; Ctrl+0, Ctrl+1, Ctrl++, Ctrl+-)
    and a line saying how to zoom; ``view`` is the ImageView."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = ImageView(self)
        self.view.setObjectName("imageView")
        self.pixmap_item = self.view.pixmap_item
        self.fit_button = QPushButton()
        self.fit_button.setObjectName("zoomFit")
        self.actual_button = QPushButton("100%")
        self.actual_button.setObjectName("zoomActual")
        self.out_button = QToolButton()
        self.out_button.setObjectName("zoomOut")
        self.out_button.setText("−")
        self.in_button = QToolButton()
        self.in_button.setObjectName("zoomIn")
        self.in_button.setText("+")
        for button in (self.out_button, self.in_button):
            button.setMinimumWidth(self.actual_button.sizeHint().height())
            button.setAutoRepeat(True)
        self.fit_button.clicked.connect(lambda: self.view.fit_width())
        self.actual_button.clicked.connect(self.view.actual_size)
        self.out_button.clicked.connect(self.view.zoom_out)
        self.in_button.clicked.connect(self.view.zoom_in)
        self.zoom_label = QLabel()
        self.zoom_label.setObjectName("zoomLevel")
        self.zoom_label.setStyleSheet(f"color: {GREY}")
        self.hint = QLabel()
        self.hint.setObjectName("zoomHint")
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet(f"color: {GREY}")
        smaller(self.hint)
        self.view.zoomChanged.connect(self._show_zoom)
        self.shortcuts: dict[str, QShortcut] = {}
        for name, keys, slot in (
            ("fit", ["Ctrl+0"], lambda: self.view.fit_width()),
            ("actual", ["Ctrl+1"], self.view.actual_size),
            ("in", ["Ctrl++", "Ctrl+="], self.view.zoom_in),
            ("out", ["Ctrl+-"], self.view.zoom_out),
        ):
            shortcut = QShortcut(self)
            shortcut.setKeys([QKeySequence(k) for k in keys])
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)  # while the picture is shown
            shortcut.activated.connect(slot)
            self.shortcuts[name] = shortcut
        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        for widget in (self.fit_button, self.actual_button, self.out_button, self.in_button):
            bar.addWidget(widget)
        bar.addStretch(1)
        bar.addWidget(self.zoom_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 4, 2, 2)
        layout.setSpacing(4)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.hint)
        self.retranslateUi()

    def set_image(self, path: Path | None) -> bool:
        shown = self.view.set_image(path)
        self._show_zoom()
        return shown

    def _show_zoom(self, _scale: float = 0.0) -> None:
        size = self.pixmap_item.pixmap().size()
        zoom = "" if size.isEmpty() else f"{round(self.view.zoom * 100)}%"
        if self.zoom_label.text() != zoom:
            self.zoom_label.setText(zoom)
        tip = (
            ""
            if size.isEmpty()
            else self.tr("Shown at {percent}% of the picture's {width} × {height} pixels.").format(
                percent=round(self.view.zoom * 100), width=size.width(), height=size.height()
            )
        )
        if self.zoom_label.toolTip() != tip:
            self.zoom_label.setToolTip(tip)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def retranslateUi(self) -> None:
        def keys(name: str) -> str:
            sequence = self.shortcuts[name].keys()[0]
            return sequence.toString(QKeySequence.SequenceFormat.NativeText)

        self.fit_button.setText(self.tr("Fit width"))
        self.fit_button.setToolTip(
            self.tr("Show the whole width of the picture ({keys}).").format(keys=keys("fit"))
        )
        self.actual_button.setToolTip(
            self.tr("Show the picture at its real size, pixel for pixel ({keys}).").format(
                keys=keys("actual")
            )
        )
        self.in_button.setToolTip(self.tr("Zoom in ({keys})").format(keys=keys("in")))
        self.out_button.setToolTip(self.tr("Zoom out ({keys})").format(keys=keys("out")))
        self.hint.setText(
            self.tr(
                "Ctrl + mouse wheel to zoom, drag to move. Zooming changes only what you see here; "
                "the file itself is never changed."
            )
        )
        self._show_zoom()
