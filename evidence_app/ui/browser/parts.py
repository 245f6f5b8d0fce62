"""The browser's small parts: page kinds, load outcomes, the evidence page and the region band."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QPoint, QRect, QSize, Qt, QUrl, Signal
from PySide6.QtGui import QColor, QKeyEvent, QMouseEvent, QPainter
from PySide6.QtWebEngineCore import (
    QWebEnginePage,
)
from PySide6.QtWidgets import (
    QRubberBand,
    QWidget,
)

from evidence_app.capture.web import (
    EvidencePage,
    PageCapture,
)
from evidence_app.core.errors import UserError

log = logging.getLogger("evidence_app.ui.browser")

DOWNLOAD_FORMAT = "evidence-app/download/1"
HTTP_STATUS_JS = "(performance.getEntriesByType('navigation')[0] || {}).responseStatus || 0"
FIRST_PAINT_JS = "performance.getEntriesByType('paint').length > 0"
FIRST_PAINT_POLL_MS = 25
FIRST_PAINT_POLLS = 120  # about 3 s: a page that never paints is captured as it is
STABLE_FRAME_MS = 150  # a page that paints nothing new within this is settled
STABLE_FRAME_ATTEMPTS = 20
CAPTURE_CATEGORY = "post"  # the page-kind choice's default (the owner can still change it later)
# What a captured page can be, in the order the choice lists them (keys of core.model.CATEGORIES).
PAGE_KINDS = (
    "post",
    "account_profile",
    "comment",
    "private_message",
    "search_result",
    "other",
)
# The page kind a guide step opens the browser with (guide step id → category); others: "post".
STEP_PAGE_KINDS = {"account_profiles": "account_profile"}
RECORDING_STEP = "recording"  # the guide step whose button starts recording the visit
LOAD_WAIT_MS = 20_000  # a capture pressed while the page loads waits this long, then is refused


def no_page_error() -> UserError:
    return UserError(
        "There is no web page to capture yet, so nothing was stored. Paste the address of the "
        "post into the address bar at the top, press Enter, and capture it once it is shown."
    )


def page_moved_error() -> UserError:
    return UserError(
        "The page went to another address while it was being captured, so nothing was "
        "stored. Wait until the post stays on screen, then capture it again."
    )


@dataclass
class LoadOutcome:
    """How the last load of the main frame ended (from ``QWebEngineLoadingInfo``)."""

    url: str
    status: str  # succeeded, failed or stopped
    error_domain: str = ""
    error_code: int = 0
    error_text: str = ""
    browser_error_page: bool = False  # Chromium's own "could not be reached" page is shown

    def record(self) -> dict[str, Any]:
        return {
            "url": self.url,
            "status": self.status,
            "error_domain": self.error_domain or None,
            "error_code": self.error_code or None,
            "error": self.error_text or None,
            "browser_error_page": self.browser_error_page,
        }


@dataclass
class BrowserCapture:
    """A finished page capture, with what the owner chose and what to tell them."""

    capture: PageCapture
    category: str
    notes: list[str]
    problem: str = ""  # why the page did not load ("" when it did): the owner is asked first


class BrowserPage(EvidencePage):
    """An evidence page that may also show the one saved file the app itself chose to preview."""

    consoleMessage = Signal(str)  # what the page (or Chromium about the page) logged

    def __init__(self, profile: Any, parent: Any = None) -> None:
        super().__init__(profile, parent)
        self.preview_url: QUrl | None = None

    def javaScriptConsoleMessage(
        self,
        level: QWebEnginePage.JavaScriptConsoleMessageLevel,
        message: str,
        line: int,
        source: str,
    ) -> None:
        log.debug("page console (%s) %s:%s: %s", level.name, source, line, message)
        self.consoleMessage.emit(message)

    def acceptNavigationRequest(
        self, url: QUrl | str, type: QWebEnginePage.NavigationType, isMainFrame: bool
    ) -> bool:
        target = QUrl(url)
        if (
            self.preview_url is not None
            and isMainFrame
            and target.isLocalFile()
            and target == self.preview_url
            and type == QWebEnginePage.NavigationType.NavigationTypeTyped
        ):
            return True
        return super().acceptNavigationRequest(url, type, isMainFrame)


class RegionSelector(QWidget):
    """A transparent layer over the page: drag a rubber band, release to choose, Escape to cancel."""

    selected = Signal(QRect)
    cancelled = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.band = QRubberBand(QRubberBand.Shape.Rectangle, self)
        self.origin = QPoint()
        self.hide()

    def begin(self, area: QRect) -> None:
        self.setGeometry(area)
        self.band.hide()
        self.show()
        self.raise_()
        self.setFocus(Qt.FocusReason.OtherFocusReason)

    def paintEvent(self, _event: Any) -> None:
        # A light veil says "choose a region now" without hiding the page.
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor(0, 0, 0, 40))
        painter.end()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.origin = event.position().toPoint()
            self.band.setGeometry(QRect(self.origin, QSize()))
            self.band.show()

    def _dragged(self, end: QPoint) -> QRect:
        # From the press to the release point, both edges exclusive: a 200 px drag is 200 px.
        left, right = sorted((self.origin.x(), end.x()))
        top, bottom = sorted((self.origin.y(), end.y()))
        return QRect(left, top, right - left, bottom - top)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self.band.isVisible():
            self.band.setGeometry(self._dragged(event.position().toPoint()))

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton or not self.band.isVisible():
            return
        rect = self._dragged(event.position().toPoint()) & self.rect()
        self.band.hide()
        self.hide()
        if rect.width() < 4 or rect.height() < 4:  # a click, not a region
            self.cancelled.emit()
        else:
            self.selected.emit(rect)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.band.hide()
            self.hide()
            self.cancelled.emit()
