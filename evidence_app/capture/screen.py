"""Screen capture, headless: every screen, one screen, a window id or a rectangle of the desktop.

It never shows or hides anything: the app hides its own windows and lets the owner pick a region
(ui/operations/capture.py) before it calls this, and records how many windows it hid. With Qt's
offscreen platform (tests, a server without a display) ``QScreen.grabWindow`` returns a
blank image: the item and its provenance are still right, the pixels are simply empty.
"""

from __future__ import annotations

import json
import platform as platform_module
import shutil
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QPoint, QRect, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter, QPixmap, QScreen

from evidence_app import __version__
from evidence_app.capture.result import CaptureResult, store_capture
from evidence_app.core import clock
from evidence_app.core.errors import UserError
from evidence_app.core.store import NewFile

if TYPE_CHECKING:
    from evidence_app.core.model import Item
    from evidence_app.core.store import CaseStore

PROVENANCE_FORMAT = "evidence-app/screen-capture/1"


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


def grab_screen(screen: QScreen, rect: QRect | None = None) -> QPixmap:
    """Pixels of *screen* (or of *rect* in that screen's own coordinates) at device pixel ratio."""
    if rect is None:
        return screen.grabWindow(0)
    return screen.grabWindow(0, rect.x(), rect.y(), rect.width(), rect.height())


def take_screen_capture(
    screen_index: int | None = None,
    region: tuple[int, int, int, int] | None = None,
    window: int | None = None,
    own_windows_hidden: int = 0,
) -> CaptureResult:
    """Grab screens, a region (global coordinates) or a window id now, on the GUI thread, and
    write the pictures and the provenance into a temporary folder (the caller stores it)."""
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
    shots: list[tuple[str, QImage, dict[str, Any]]] = []
    if window is not None:
        screen = QGuiApplication.screenAt(QPoint(0, 0)) or screens[0]
        pixmap = screen.grabWindow(int(window))
        shots.append(("window.png", pixmap.toImage(), {"window_id": int(window)}))
    elif region is not None:
        x, y, w, h = region
        image = _grab_region(screens, QRect(x, y, w, h))
        shots.append(("region.png", image, {"region": [x, y, w, h]}))
    else:
        chosen = [screen_index] if screen_index is not None else range(len(screens))
        for index in chosen:
            image = grab_screen(screens[index]).toImage()
            shots.append(
                (f"screen-{index}.png", image, {"screen": _screen_info(screens[index], index)})
            )
    finished = clock.now()
    folder = Path(tempfile.mkdtemp(prefix="evidence-screen-"))
    try:
        files = []
        for name, image, _meta in shots:
            path = folder / name
            if not image.save(str(path), "PNG"):  # type: ignore[call-overload]  # stubs: bytes
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
            "own_windows_hidden": own_windows_hidden,
        }
        path = folder / "provenance.json"
        path.write_text(json.dumps(provenance, ensure_ascii=False, indent=2), "utf-8")
        files.append(NewFile("provenance", "provenance.json", path))
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise
    return CaptureResult(folder, files, {}, provenance, started)


def capture_screen_to_store(
    store: CaseStore,
    case_id: str,
    screen_index: int | None = None,
    region: tuple[int, int, int, int] | None = None,
    window: int | None = None,
    category: str = "other",
    fields: dict[str, str] | None = None,
    headless: bool = False,
) -> Item:
    """Capture screens, a region (global coordinates) or a window id; store one item (the
    command line's ``capture screen``; blocking)."""
    _app(headless)
    case = store.get_case(case_id)
    capture = take_screen_capture(screen_index, region, window)
    try:
        return store_capture(store, case.id, capture, category, fields)
    finally:
        capture.cleanup()


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
