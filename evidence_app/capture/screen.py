"""Screen capture: a whole screen (each screen), a window, or a region; our own windows hidden.

With Qt's offscreen platform (tests, a server without a display) ``QScreen.grabWindow`` returns a
blank image: the item and its provenance are still right, the pixels are simply empty.
"""

from __future__ import annotations

import json
import platform as platform_module
import shutil
import tempfile
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEventLoop, QPoint, QRect, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QImage, QPainter, QPixmap, QScreen
from PySide6.QtWidgets import QApplication, QRubberBand, QWidget

from evidence_app import __version__
from evidence_app.core import clock
from evidence_app.core.errors import UserError
from evidence_app.core.store import NewFile

PROVENANCE_FORMAT = "evidence-app/screen-capture/1"
HIDE_SETTLE_MS = 250  # time for the window manager to take our windows off the screen


def _app(headless: bool) -> QCoreApplication:
    from evidence_app.capture.qtsupport import ensure_app

    return ensure_app(headless=headless)


def _screen_info(screen: QScreen, index: int) -> dict[str, Any]:
    geometry = screen.geometry()
    return {
        "index": index,
        "name": screen.name(),
        "geometry": [geometry.x(), geometry.y(), geometry.width(), geometry.height()],
        "device_pixel_ratio": screen.devicePixelRatio(),
        "logical_dpi": screen.logicalDotsPerInch(),
    }


def _hide_own_windows() -> list[QWidget]:
    hidden = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
    for widget in hidden:
        widget.hide()
    if hidden:
        loop = QEventLoop()
        QTimer.singleShot(HIDE_SETTLE_MS, loop.quit)
        loop.exec()
    return hidden


def _show_again(widgets: list[QWidget]) -> None:
    for widget in widgets:
        widget.show()


def grab_screen(screen: QScreen, rect: QRect | None = None) -> QPixmap:
    """Pixels of *screen* (or of *rect* in that screen's own coordinates) at device pixel ratio."""
    if rect is None:
        return screen.grabWindow(0)
    return screen.grabWindow(0, rect.x(), rect.y(), rect.width(), rect.height())


def capture_screen_to_store(
    store: Any,
    case_id: str,
    screen_index: int | None = None,
    region: tuple[int, int, int, int] | None = None,
    window: Any = None,
    category: str = "other",
    fields: dict[str, str] | None = None,
    headless: bool = False,
) -> Any:
    """Capture screens, a region (global coordinates) or a window id; store one item."""
    _app(headless)
    case = store.get_case(case_id)
    screens = QGuiApplication.screens()
    if not screens:
        raise UserError("No screen is available to capture.")
    if screen_index is not None and not 0 <= screen_index < len(screens):
        raise UserError(
            "There is no screen {index}; screens are numbered 0 to {last}.",
            index=screen_index,
            last=len(screens) - 1,
        )
    started = clock.now()
    hidden = _hide_own_windows() if window is None else []
    shots: list[tuple[str, QImage, dict[str, Any]]] = []
    try:
        if window is not None:
            screen = QGuiApplication.screenAt(QPoint(0, 0)) or screens[0]
            pixmap = screen.grabWindow(int(window))
            shots.append(("window.png", pixmap.toImage(), {"window_id": int(window)}))
        elif region is not None:
            x, y, w, h = region
            wanted = QRect(x, y, w, h)
            image = _grab_region(screens, wanted)
            shots.append(("region.png", image, {"region": [x, y, w, h]}))
        else:
            chosen = [screen_index] if screen_index is not None else range(len(screens))
            for index in chosen:
                image = grab_screen(screens[index]).toImage()
                shots.append(
                    (f"screen-{index}.png", image, {"screen": _screen_info(screens[index], index)})
                )
    finally:
        _show_again(hidden)
    finished = clock.now()
    folder = Path(tempfile.mkdtemp(prefix="evidence-screen-"))
    try:
        files = []
        for name, image, _meta in shots:
            path = folder / name
            if not image.save(str(path), "PNG"):
                raise UserError("The screenshot could not be written to {path}.", path=str(path))
            files.append(NewFile("visible", name, path))
        provenance = {
            "format": PROVENANCE_FORMAT,
            "kind": "window" if window is not None else "region" if region else "screen",
            "capture_started": {"utc": started.utc, "local": started.local},
            "capture_finished": {"utc": finished.utc, "local": finished.local},
            "app": {"name": "evidence-app", "version": __version__},
            "os": platform_module.platform(),
            "qt_platform": QGuiApplication.platformName(),
            "screens": [_screen_info(s, i) for i, s in enumerate(screens)],
            "shots": [
                {
                    "file": name,
                    "width": image.width(),
                    "height": image.height(),
                    "device_pixel_ratio": image.devicePixelRatio(),
                    **meta,
                }
                for name, image, meta in shots
            ],
            "own_windows_hidden": len(hidden),
        }
        path = folder / "provenance.json"
        path.write_text(json.dumps(provenance, ensure_ascii=False, indent=2), "utf-8")
        files.append(NewFile("provenance", "provenance.json", path))
        return store.add_item(case.id, category, fields or {}, files, captured=started)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _grab_region(screens: list[QScreen], wanted: QRect) -> QImage:
    """A region in global coordinates, possibly spanning screens, at the highest pixel ratio."""
    touched = [s for s in screens if s.geometry().intersects(wanted)]
    if not touched:
        raise UserError("The region lies outside every screen.")
    ratio = max(s.devicePixelRatio() for s in touched)
    image = QImage(
        round(wanted.width() * ratio), round(wanted.height() * ratio), QImage.Format.Format_RGB32
    )
    image.setDevicePixelRatio(ratio)
    image.fill(Qt.GlobalColor.black)
    painter = QPainter(image)
    for screen in touched:
        part = screen.geometry().intersected(wanted)
        local = part.translated(-screen.geometry().topLeft())
        pixmap = grab_screen(screen, local)
        painter.drawPixmap(part.topLeft() - wanted.topLeft(), pixmap)
    painter.end()
    return image


class RegionPicker(QWidget):
    """A full-screen rubber band: drag a rectangle; ``picked(QRect)`` in global coordinates."""

    picked = Signal(QRect)
    cancelled = Signal()

    def __init__(self, background: QPixmap, geometry: QRect) -> None:
        super().__init__(
            None, Qt.WindowType.FramelessWindowHint | Qt.WindowType.WindowStaysOnTopHint
        )
        self.background = background
        self.setGeometry(geometry)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.band = QRubberBand(QRubberBand.Shape.Rectangle, self)
        self.origin = QPoint()

    def paintEvent(self, event: Any) -> None:
        painter = QPainter(self)
        painter.drawPixmap(self.rect(), self.background)
        painter.fillRect(self.rect(), Qt.GlobalColor.transparent)

    def mousePressEvent(self, event: Any) -> None:
        self.origin = event.position().toPoint()
        self.band.setGeometry(QRect(self.origin, self.origin))
        self.band.show()

    def mouseMoveEvent(self, event: Any) -> None:
        self.band.setGeometry(QRect(self.origin, event.position().toPoint()).normalized())

    def mouseReleaseEvent(self, event: Any) -> None:
        rect = QRect(self.origin, event.position().toPoint()).normalized()
        self.band.hide()
        self.close()
        if rect.width() > 2 and rect.height() > 2:
            self.picked.emit(rect.translated(self.geometry().topLeft()))
        else:
            self.cancelled.emit()

    def keyPressEvent(self, event: Any) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close()
            self.cancelled.emit()


# -- the app's actions (main window: capture_screen / capture_window / capture_region) ---------


def capture_screen(store: Any, case_id: str) -> Any:
    """Every screen, as one item."""
    return capture_screen_to_store(store, case_id)


def capture_window(store: Any, case_id: str) -> Any:
    """The window under... the active window of another application is not visible to Qt, so
    the owner picks the window's area with the rubber band (as for a region)."""
    return capture_region(store, case_id)


def capture_region(store: Any, case_id: str) -> Any:
    """Let the owner drag a rectangle over a frozen picture of the screen, then store it."""
    hidden = _hide_own_windows()
    try:
        screen = QGuiApplication.primaryScreen()
        background = grab_screen(screen)
        picker = RegionPicker(background, screen.geometry())
        loop = QEventLoop()
        chosen: list[QRect] = []
        picker.picked.connect(lambda rect: (chosen.append(rect), loop.quit()))
        picker.cancelled.connect(loop.quit)
        picker.showFullScreen()
        loop.exec()
        picker.deleteLater()
    finally:
        _show_again(hidden)
    if not chosen:
        return None
    r = chosen[0]
    return capture_screen_to_store(store, case_id, region=(r.x(), r.y(), r.width(), r.height()))
