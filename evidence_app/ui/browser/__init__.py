"""The built-in browser: pages in the case's own profile, captured with the address and clock in view.

The owner browses to a post with the case's persistent profile (logins stay with the case), then
"Capture page" stores the viewport, the stitched full page, this window (address bar and clock
included), MHTML, DOM and provenance as one item; "Capture region" stores a rubber-banded part of
the page; "Record" records this window and every address visited; downloads become ``original``
files. Storing runs off the GUI thread (``ui.tasks``); the capture itself runs as ``Steps``.

The window capture exists to prove the address, so what it shows must be true: before the grab
the address bar is set back to the address of the page actually shown (text typed but never
opened is dropped), the clock is refreshed, a page still loading is waited for (or the capture
is refused), and a page that moves to another address while it is captured is refused. What the
address bar and the clock showed is written into the provenance. Until a page is opened, a
local start page (a widget over the view, never capturable) says what to do.
"""

from __future__ import annotations

import html
import json
import logging
import platform as platform_module
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDateTime, QEvent, QPoint, QRect, QSize, Qt, QTime, QTimer, QUrl, Signal
from PySide6.QtGui import QCloseEvent, QColor, QImage, QKeyEvent, QMouseEvent, QPainter
from PySide6.QtWebEngineCore import (
    QWebEngineDownloadRequest,
    QWebEngineLoadingInfo,
    QWebEnginePage,
)
from PySide6.QtWebEngineWidgets import QWebEngineView
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRubberBand,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from evidence_app import __version__
from evidence_app.capture.qtsupport import (
    FrameWatcher,
    RunJs,
    Sleep,
    StepGenerator,
    Steps,
    Until,
    case_profile,
)
from evidence_app.capture.web import (
    ALLOWED_SCHEMES,
    CaptureOptions,
    EvidencePage,
    LoadRecord,
    PageCapture,
    page_capture_steps,
    software_versions,
    store_capture,
)
from evidence_app.core import clock
from evidence_app.core.errors import UserError
from evidence_app.core.fields import category_label
from evidence_app.core.platforms import platform_for_url
from evidence_app.core.store import NewFile
from evidence_app.ui.tasks import TaskRunner, task_store

log = logging.getLogger("evidence_app.ui.browser")

REGION_FORMAT = "evidence-app/region-capture/1"
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


class StartPage(QFrame):
    """What the browser shows until a web page is opened: a few plain steps, drawn by Qt.

    It lies over the page view (which is empty meanwhile); nothing on it can be captured.
    """

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("startPage")
        self.setAutoFillBackground(True)
        self.setStyleSheet(
            "#startPage { background: #f4f5f7; }"
            "#startCard { background: #ffffff; border: 1px solid #dcdfe4; border-radius: 10px; }"
            "#startTitle { font-size: 20px; font-weight: 600; color: #1f2328; }"
            "#startNumber { background: #e3ecfa; color: #1d4f91; border-radius: 13px;"
            "  font-weight: 600; }"
            "#startStep { font-size: 15px; color: #1f2328; }"
            "#startNote { font-size: 13px; color: #57606a; }"
        )
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setStyleSheet(
            "QScrollArea, QScrollArea > QWidget > QWidget { background: transparent; }"
        )
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        holder = QWidget()
        scroll.setWidget(holder)
        centre = QHBoxLayout(holder)
        centre.setContentsMargins(24, 40, 24, 24)
        centre.addStretch(1)
        self.card = QFrame(holder)
        self.card.setObjectName("startCard")
        self.card.setMaximumWidth(680)
        self.card.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        centre.addWidget(self.card, 10, Qt.AlignmentFlag.AlignTop)
        centre.addStretch(1)
        card = QVBoxLayout(self.card)
        card.setContentsMargins(32, 28, 32, 28)
        card.setSpacing(18)
        self.title = QLabel(self.card)
        self.title.setObjectName("startTitle")
        self.title.setWordWrap(True)
        card.addWidget(self.title)
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(14)
        self.grid.setVerticalSpacing(14)
        self.grid.setColumnStretch(1, 1)
        card.addLayout(self.grid)
        self.steps: list[QLabel] = []
        self.note = QLabel(self.card)
        self.note.setObjectName("startNote")
        self.note.setWordWrap(True)
        card.addSpacing(4)
        card.addWidget(self.note)
        self.hide()

    def set_steps(self, steps: list[str]) -> None:
        """Show *steps* (rich text, already escaped) as a numbered list."""
        while len(self.steps) < len(steps):
            number = QLabel(str(len(self.steps) + 1), self.card)
            number.setObjectName("startNumber")
            number.setFixedSize(26, 26)
            number.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label = QLabel(self.card)
            label.setObjectName("startStep")
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
            row = len(self.steps)
            self.grid.addWidget(number, row, 0, Qt.AlignmentFlag.AlignTop)
            self.grid.addWidget(label, row, 1)
            self.steps.append(label)
        for label, text in zip(self.steps, steps, strict=True):
            label.setText(text)

    def text(self) -> str:
        """Everything the start page says, as plain text (for tests and accessibility)."""
        from PySide6.QtGui import QTextDocument

        def plain(rich: str) -> str:
            document = QTextDocument()
            document.setHtml(rich)
            return document.toPlainText()

        parts = [self.title.text()]
        parts += [f"{n}. {plain(label.text())}" for n, label in enumerate(self.steps, 1)]
        parts.append(self.note.text())
        return "\n".join(parts)


class BrowserWidget(QWidget):
    """A browser window bound to one case: browse, capture, record, download."""

    itemCaptured = Signal(str)  # item id
    busyChanged = Signal(bool)
    failed = Signal(str)  # a sentence for the owner

    def __init__(
        self,
        store: Any,
        case_id: str,
        parent: QWidget | None = None,
        extra_ca: list[Path] | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.case_id = store.get_case(case_id).id
        self.options = CaptureOptions(extra_ca=extra_ca)
        self.profile = case_profile(store.data_dir, self.case_id, extra_ca)
        self.runner = TaskRunner(self, max_threads=1)  # one writer at a time
        self.steps: Steps | None = None
        self.recorder: Any = None
        self.busy = False
        self.busy_count = 0  # captures, recordings being finished and stores under way
        self.closed = False
        self.downloads_folder = Path(tempfile.mkdtemp(prefix="evidence-downloads-"))
        self.downloads: list[QWebEngineDownloadRequest] = []
        self.requested_url = ""  # what the owner typed or clicked, before redirects
        self.redirects: list[str] = []
        self.last_load: LoadOutcome | None = None
        self.page_generation = 0  # counts loads and address changes: a capture must see one
        self.load_wait_ms = LOAD_WAIT_MS
        self.region_generation: int | None = None  # the page a region is being chosen on
        self.window_record: dict[str, Any] = {}  # what the last window grab showed

        self.view = QWebEngineView(self)
        self.page = BrowserPage(self.profile, self.view)
        self.view.setPage(self.page)
        self.page.navigated.connect(self._note_navigation)
        self.page.loadingChanged.connect(self._note_loading)
        self.view.urlChanged.connect(self._show_url)
        self.view.titleChanged.connect(self._show_title)
        self.view.loadFinished.connect(self._update_history_buttons)
        self.view.loadStarted.connect(self._note_new_document)
        self.view.urlChanged.connect(self._note_new_document)
        self.view.loadStarted.connect(self._page_moved)
        self.view.urlChanged.connect(self._page_moved)
        self.view.loadStarted.connect(self._update_start_page)
        self.view.loadFinished.connect(self._update_start_page)
        self.frames = FrameWatcher(self.view)
        self.frames_at_load = 0
        self.view.installEventFilter(self)
        self.profile.downloadRequested.connect(self._download_requested)

        self.back_button = self._tool_button(self._go_back)
        self.forward_button = self._tool_button(self._go_forward)
        self.reload_button = self._tool_button(self._reload)
        self.address = QLineEdit(self)
        self.address.setObjectName("address")
        self.address.setClearButtonEnabled(True)
        self.address.returnPressed.connect(lambda: self.load(self.address.text()))
        self.address.installEventFilter(self)
        self.clock = QLabel(self)
        self.clock.setObjectName("clock")
        self.clock.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.clock_timer = QTimer(self)
        self.clock_timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.clock_timer.timeout.connect(self._tick)

        # What the page is: the capture is stored under this category; it stays chosen.
        self.kind_label = QLabel(self)
        self.kind = QComboBox(self)
        self.kind.setObjectName("pageKind")
        self.kind.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        for key in PAGE_KINDS:
            self.kind.addItem("", key)
        self.kind.setCurrentIndex(PAGE_KINDS.index(CAPTURE_CATEGORY))
        self.kind_label.setBuddy(self.kind)
        self.capture_page_button = QPushButton(self)
        self.capture_page_button.clicked.connect(self.capture_page)
        self.capture_region_button = QPushButton(self)
        self.capture_region_button.clicked.connect(self.choose_region)
        self.record_button = QPushButton(self)
        self.record_button.setCheckable(True)
        self.record_button.clicked.connect(self._record_clicked)
        from evidence_app.capture.recorder import screen_recording_supported

        # Only where QScreenCapture gives real pixels (not under the offscreen platform).
        self.record_screen_button = QPushButton(self)
        self.record_screen_button.setCheckable(True)
        self.record_screen_button.clicked.connect(self._record_screen_clicked)
        self.record_screen_button.setVisible(screen_recording_supported())
        # When the address is wider than its field, it is also shown whole on wrapped lines, so
        # that the window (and its capture) always shows the full URL, never an elided one.
        self.full_address = QLabel(self)
        self.full_address.setObjectName("fullAddress")
        self.full_address.setTextFormat(Qt.TextFormat.PlainText)
        self.full_address.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.full_address.hide()
        # A line of its own, so that a longer sentence (a note about an error page) has room.
        self.status = QLabel(self)
        self.status.setObjectName("status")
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setMinimumHeight(self.status.fontMetrics().height())

        navigation = QHBoxLayout()
        for widget in (self.back_button, self.forward_button, self.reload_button):
            navigation.addWidget(widget)
        navigation.addWidget(self.address, 1)
        actions = QHBoxLayout()
        actions.addWidget(self.clock)
        actions.addStretch(1)
        actions.addWidget(self.kind_label)
        actions.addWidget(self.kind)
        actions.addSpacing(8)
        for button in (
            self.capture_page_button,
            self.capture_region_button,
            self.record_button,
            self.record_screen_button,
        ):
            actions.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(navigation)
        layout.addWidget(self.full_address)
        layout.addLayout(actions)
        layout.addWidget(self.status)
        layout.addWidget(self.view, 1)
        self.start_page = StartPage(self)
        self.selector = RegionSelector(self)
        self.selector.selected.connect(self.capture_region)
        self.selector.cancelled.connect(self._region_cancelled)

        self.retranslateUi()
        self._tick()
        self.clock_timer.start(1000)
        self._update_history_buttons()
        self._update_actions()
        self._update_start_page()

    def _tool_button(self, slot: Any) -> QToolButton:
        button = QToolButton(self)
        button.clicked.connect(slot)
        return button

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def retranslateUi(self) -> None:
        """Every text of the window in the current language (also the start page)."""
        for button, text in (
            (self.back_button, self.tr("Back")),
            (self.forward_button, self.tr("Forward")),
            (self.reload_button, self.tr("Reload")),
        ):
            button.setText(text)
            button.setToolTip(text)
        self.address.setPlaceholderText(self.tr("Web address (https://…)"))
        self.kind_label.setText(self.tr("This page is:"))
        self.kind.setToolTip(
            self.tr(
                "What this page shows. Captures are stored under this kind; it stays chosen "
                "until you change it."
            )
        )
        for index in range(self.kind.count()):
            self.kind.setItemText(index, category_label(self.kind.itemData(index)))
        self.capture_page_button.setText(self.tr("Capture page"))
        self.capture_page_button.setToolTip(
            self.tr(
                "Store this page as evidence: what is on screen, the whole page, this window "
                "with its address and clock, the page's source and how it was reached."
            )
        )
        self.capture_region_button.setText(self.tr("Capture region"))
        self.capture_region_button.setToolTip(
            self.tr("Drag a rectangle over the page to store just that part; Escape cancels.")
        )
        self.record_button.setToolTip(
            self.tr(
                "Record this window and every address visited, to show how the post was "
                "reached. Press again to stop and store the recording."
            )
        )
        self.record_screen_button.setToolTip(
            self.tr(
                "Record the whole screen and every address visited in this browser. Press "
                "again to stop and store the recording."
            )
        )
        self._update_actions()  # the record buttons' texts
        self._tick()
        self._show_title(self.page.title())
        self._retranslate_start_page()

    def _retranslate_start_page(self) -> None:
        def button(text: str) -> str:
            return f"<b>“{html.escape(text)}”</b>"

        page = self.start_page
        page.title.setText(self.tr("Keep a post as evidence"))
        steps = (
            self.tr(
                "Copy the address of the post, paste it into the address bar at the top of "
                "this window and press Enter."
            ),
            self.tr(
                "If the platform asks you to log in, log in here. The login is kept for this "
                "case only."
            ),
            self.tr(
                "When the post is on screen, press {capture}. For another kind of page (the "
                "poster's account home page, a comment…), first choose it at {kind}."
            ),
            self.tr(
                "To show how you reached the post, open the platform's home page or search "
                "first, press {record}, go to the post the way you normally would, then press "
                "{stop}."
            ),
        )
        names = {
            "kind": button(self.kind_label.text().rstrip(":： ")),
            "capture": button(self.capture_page_button.text()),
            "record": button(self.tr("Record")),
            "stop": button(self.tr("Stop")),
        }
        page.set_steps([html.escape(step, quote=False).format(**names) for step in steps])
        page.note.setText(
            self.tr(
                "Everything you capture is stored exactly as it is, with its hash (a digital "
                "fingerprint that shows it was never changed), and stays on this computer."
            )
        )

    # -- the clock and the address -----------------------------------------------------------

    def clock_text(self) -> str:
        now = QDateTime.currentDateTime()
        offset = now.offsetFromUtc()
        sign = "+" if offset >= 0 else "-"
        hours, minutes = divmod(abs(offset) // 60, 60)
        return self.tr("{date} {time} {zone} (UTC{offset})").format(
            date=now.toString("yyyy-MM-dd"),
            time=now.toString("HH:mm:ss"),
            zone=now.timeZoneAbbreviation(),
            offset=f"{sign}{hours:02d}:{minutes:02d}",
        )

    def _tick(self) -> None:
        self.clock.setText(self.clock_text())
        self.clock.setToolTip(
            self.tr("Local date, time and time zone of this computer: {zone}").format(
                zone=bytes(QDateTime.currentDateTime().timeZone().id()).decode() or "local"
            )
        )
        # Re-align to the start of the next second, so the label never lags the clock by ~1 s.
        self.clock_timer.setInterval(max(1, 1000 - QTime.currentTime().msec()))

    def _show_url(self, url: QUrl) -> None:
        self._show_address(url)
        if not url.isLocalFile() and url.scheme():
            self.page.preview_url = None  # the owner went back to the web (Back, a link)
        self._update_actions()
        self._update_start_page()

    def _show_address(self, url: QUrl) -> None:
        text = url.toString()
        # The full address, never elided: the field scrolls, and the tool tip shows it whole.
        self.address.setText(text)
        self.address.setCursorPosition(0)
        self.address.setToolTip(text)
        self._wrap_full_address()

    def _restore_address(self) -> bool:
        """Make the address bar show the page actually shown; True if typed text was dropped.

        Whatever the owner typed but did not open (or could not open) must never appear in a
        capture, whose window image exists to prove the address.
        """
        url = self.page.url()
        dropped = self.address.text() != url.toString()
        if self.address.hasFocus():
            self.view.setFocus(Qt.FocusReason.OtherFocusReason)  # no cursor, no selection
        self._show_address(url)
        return dropped

    def wrapped_address_lines(self) -> list[str]:
        """The address cut into lines that fit the window's width (one line if the field fits)."""
        text = self.address.text()
        metrics = self.address.fontMetrics()
        if (
            metrics.horizontalAdvance(text) <= self.address.width() - 30
        ):  # room for the clear button
            return [text]
        width = max(100, self.width() - 16)
        lines: list[str] = []
        line = ""
        for char in text:
            if line and metrics.horizontalAdvance(line + char) > width:
                lines.append(line)
                line = ""
            line += char
        lines.append(line)
        return lines

    def _wrap_full_address(self) -> None:
        lines = self.wrapped_address_lines()
        if len(lines) > 1:
            self.full_address.setText("\n".join(lines))
            self.full_address.show()
        else:
            self.full_address.clear()
            self.full_address.hide()

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self._wrap_full_address()

    def _show_title(self, title: str) -> None:
        if self.parent() is None:
            self.setWindowTitle(title or self.tr("Browser"))

    def _update_history_buttons(self, *_args: Any) -> None:
        history = self.view.history()
        idle = self.steps is None  # no page changes while a capture runs
        self.back_button.setEnabled(idle and history.canGoBack())
        self.forward_button.setEnabled(idle and history.canGoForward())
        self.reload_button.setEnabled(idle and not self.page.url().isEmpty())

    def _note_new_document(self, *_args: Any) -> None:
        self.frames.attach()  # the render widget can be replaced on navigation
        self.frames_at_load = self.frames.count

    def _page_moved(self, *_args: Any) -> None:
        self.page_generation += 1

    def eventFilter(self, watched: Any, event: QEvent) -> bool:
        kind = event.type()
        if watched is self.view and kind in (QEvent.Type.Resize, QEvent.Type.Move):
            if kind == QEvent.Type.Resize:
                self._note_new_document()
            start_page = getattr(self, "start_page", None)
            if start_page is not None:
                start_page.setGeometry(self.view.geometry())
        elif watched is self.address:
            if self.steps is not None and kind in (
                QEvent.Type.KeyPress,
                QEvent.Type.InputMethod,
                QEvent.Type.Drop,
                QEvent.Type.ContextMenu,
            ):
                return True  # nothing is typed into the address bar while a capture runs
            if kind == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Escape:  # type: ignore[attr-defined]
                self._restore_address()  # Escape: back to the address of the page shown
                return True
        return False

    def shows_current_page(self) -> bool:
        """Whether the view was painted since the page arrived or the view was resized."""
        return self.frames.count > self.frames_at_load

    def _note_loading(self, info: QWebEngineLoadingInfo) -> None:
        status = info.status()
        if status == QWebEngineLoadingInfo.LoadStatus.LoadStartedStatus:
            self.requested_url = info.url().toString()
            self.redirects = []
            return
        outcome = LoadOutcome(
            url=info.url().toString(),
            status={
                QWebEngineLoadingInfo.LoadStatus.LoadSucceededStatus: "succeeded",
                QWebEngineLoadingInfo.LoadStatus.LoadFailedStatus: "failed",
            }.get(status, "stopped"),
            error_domain=""
            if info.errorDomain() == QWebEngineLoadingInfo.ErrorDomain.NoErrorDomain
            else info.errorDomain().name,
            error_code=info.errorCode(),
            error_text=info.errorString(),
            browser_error_page=info.isErrorPage(),
        )
        # A load given up before it showed anything leaves the page shown as it was.
        if outcome.status != "stopped" or info.url() == self.page.url():
            self.last_load = outcome

    def _note_navigation(self, url: str, how: str) -> None:
        if how == "redirect":
            self.redirects.append(url)
        else:
            self.requested_url = url
            self.redirects = []

    def _is_preview(self) -> bool:
        return self.page.preview_url is not None or self.page.url().isLocalFile()

    def has_web_page(self) -> bool:
        """Whether a web page (http or https) is shown: only that can be captured."""
        return self.page.url().scheme().lower() in ALLOWED_SCHEMES and not self._is_preview()

    def _update_start_page(self, *_args: Any) -> None:
        url = self.page.url()
        show = (
            (url.isEmpty() or url.toString() == "about:blank")
            and not self.page.isLoading()
            and self.page.preview_url is None
        )
        self.start_page.setGeometry(self.view.geometry())
        self.start_page.setVisible(show)
        if show:
            self.start_page.raise_()

    def shows_start_page(self) -> bool:
        return not self.start_page.isHidden()

    # -- navigation --------------------------------------------------------------------------

    def _refuse_navigation(self) -> bool:
        """While a capture runs the page must stay where it is: say so, return True."""
        if self.steps is None:
            return False
        self._set_status(
            self.tr("Wait until the capture has finished before you open another page.")
        )
        return True

    def _go_back(self) -> None:
        if not self._refuse_navigation():
            self.view.back()

    def _go_forward(self) -> None:
        if not self._refuse_navigation():
            self.view.forward()

    def _reload(self) -> None:
        if not self._refuse_navigation():
            self.view.reload()

    def load(self, url: str | QUrl) -> None:
        """Open a web address (http or https only; a bare host gets https://)."""
        text = url.toString() if isinstance(url, QUrl) else str(url).strip()
        if not text or self._refuse_navigation():
            return
        qurl = QUrl.fromUserInput(text)
        if qurl.scheme().lower() not in ALLOWED_SCHEMES or not qurl.host():
            self._report(
                UserError(
                    "Only web addresses starting with http:// or https:// can be opened here, "
                    "not “{url}”.",
                    url=text,
                )
            )
            return
        self.page.preview_url = None
        self.view.load(qurl)
        self._update_actions()
        self._update_start_page()

    def open_file(self, path: str | Path) -> None:
        """Show a stored page (an .mhtml the app picked) read-only; it cannot be captured again."""
        if self._refuse_navigation():
            return
        source = Path(path).resolve()
        if not source.suffix:
            # Stored blobs are named by their hash; Chromium recognises MHTML by its extension.
            preview = self.downloads_folder / "preview"
            preview.mkdir(exist_ok=True)
            copy = preview / f"{source.name}.mhtml"
            shutil.copyfile(source, copy)
            source = copy
        local = QUrl.fromLocalFile(str(source))
        self.page.preview_url = local
        self.page.load(local)
        self._set_status(self.tr("Showing a stored copy; it cannot be captured again."))
        self._update_actions()
        self._update_start_page()

    # -- the kind of page --------------------------------------------------------------------

    def page_kind(self) -> str:
        """The category captures are stored under (``post`` unless the owner chose another)."""
        return str(self.kind.currentData())

    def set_page_kind(self, category: str) -> None:
        self.kind.setCurrentIndex(PAGE_KINDS.index(category))

    # -- busy state and messages -------------------------------------------------------------

    def _set_busy(self, busy: bool) -> None:
        """Take (True) or release (False) one hold on the busy state; signal its changes."""
        self.busy_count = max(0, self.busy_count + (1 if busy else -1))
        if (self.busy_count > 0) != self.busy:
            self.busy = self.busy_count > 0
            self._update_actions()
            self.busyChanged.emit(self.busy)

    def _update_actions(self) -> None:
        recording = self.recorder is not None
        can_capture = not self.busy and not self._is_preview()
        self.capture_page_button.setEnabled(can_capture)
        self.capture_region_button.setEnabled(can_capture)
        screen = recording and getattr(self.recorder, "source", "") == "screen"
        self.record_button.setEnabled((recording and not screen) or (can_capture and not recording))
        self.record_button.setChecked(recording and not screen)
        self.record_button.setText(
            self.tr("Stop") if recording and not screen else self.tr("Record")
        )
        self.record_screen_button.setEnabled(screen or (can_capture and not recording))
        self.record_screen_button.setChecked(screen)
        self.record_screen_button.setText(self.tr("Stop") if screen else self.tr("Record screen"))
        self.kind.setEnabled(self.steps is None)  # a capture keeps the kind it started with
        self._update_history_buttons()

    def _set_status(self, text: str) -> None:
        self.status.setText(text)

    def _report(self, error: BaseException) -> None:
        if isinstance(error, UserError):
            message = str(error)
        else:
            log.error("browser capture failed", exc_info=error)
            message = self.tr("The capture failed because of an internal error; see the log.")
        self._set_status(message)
        self.failed.emit(message)

    def _stored(self, item: Any, what: str, notes: list[str] | None = None) -> None:
        stored = self.tr("{number} stored as “{category}” ({what}) with its hash.").format(
            number=item.number, category=category_label(item.category), what=what
        )
        for note in notes or []:  # Chinese sentences follow one another without a space
            stored += note if stored.endswith("。") else f" {note}"
        self._set_status(stored)
        self.itemCaptured.emit(item.id)

    def _store(
        self,
        files_folder: Path | None,
        what: str,
        store_func: Any,
        notes: list[str] | None = None,
    ) -> None:
        """Run *store_func(store)* on a worker with its own store; report on the GUI thread."""

        def work(_task: Any) -> Any:
            with task_store(self.store) as own:
                return store_func(own)

        def cleanup() -> None:
            if files_folder is not None:
                shutil.rmtree(files_folder, ignore_errors=True)

        def done(item: Any) -> None:
            cleanup()
            if not self.closed:  # after closing, the item is stored; nobody is told
                self._set_busy(False)
                self._stored(item, what, notes)

        def error(problem: BaseException) -> None:
            cleanup()
            if not self.closed:
                self._set_busy(False)
                self._report(problem)

        self._set_busy(True)
        self.runner.run(work, done, error, on_cancelled=cleanup, label=what)

    def _http_note(self, status: int) -> str:
        """One plain sentence about an HTTP error answer: often the sign of a deleted post."""
        if status == 404:
            return self.tr(
                "Note: the page answered 404 (not found) — the post may have been deleted."
            )
        if status == 410:
            return self.tr(
                "Note: the page answered 410 (gone) — the post has probably been deleted."
            )
        if status in (401, 403):
            return self.tr(
                "Note: the page answered {status} (access refused) — the post may be private, "
                "or you may need to log in."
            ).format(status=status)
        if status == 451:
            return self.tr(
                "Note: the page answered 451 (unavailable for legal reasons) — the post may "
                "have been blocked."
            )
        if status == 429:
            return self.tr(
                "Note: the page answered 429 (too many requests) — the platform refused for "
                "now; capture the page again later."
            )
        if status >= 500:
            return self.tr(
                "Note: the page answered {status} (server error) — the platform had a "
                "problem; capture the page again later as well."
            ).format(status=status)
        return self.tr(
            "Note: the page answered {status} (an error) — it may not show the post."
        ).format(status=status)

    def _load_notes(self, http_status: int | None, outcome: LoadOutcome | None) -> list[str]:
        """What the owner must know about a capture of an error page (it is kept all the same)."""
        if http_status is not None and http_status >= 400:
            return [self._http_note(http_status)]
        if outcome is not None and outcome.status == "failed":
            return [
                self.tr(
                    "Note: the page did not load ({reason}); what was stored is the "
                    "browser's own error message, not the post."
                ).format(reason=outcome.error_text or outcome.error_domain)
            ]
        return []

    def _typed_text_note(self) -> str:
        return self.tr(
            "The text typed in the address bar was never opened, so it is not in the "
            "capture: the capture shows the page that was on screen."
        )

    # -- before any capture: a settled page, the true address, the current time ---------------

    def _refuse_without_page(self) -> bool:
        """Say so and return True when there is no web page (and none loading) to capture."""
        if self.has_web_page() or (self.page.isLoading() and not self._is_preview()):
            return False
        self._report(no_page_error())
        return True

    def _settle_steps(self, status: str) -> StepGenerator:
        """Wait for a page still loading (or refuse); then there must be a web page."""
        if self.page.isLoading():
            self._set_status(self.tr("Waiting for the page to finish loading…"))
            yield Until(
                self.page.loadFinished,
                timeout_ms=self.load_wait_ms,
                ready=lambda: not self.page.isLoading(),
            )
            if self.page.isLoading():
                raise UserError(
                    "The page is still loading, so nothing was captured. Wait until it has "
                    "finished loading, then capture it again."
                )
            self._set_status(status)
        if not self.has_web_page():
            raise no_page_error()

    def _check_same_page(self, generation: int, url: str) -> None:
        """Refuse a capture during which the page went elsewhere (a load, a new address)."""
        if self.page_generation != generation or self.page.url().toString() != url:
            raise page_moved_error()

    def grab_window(self) -> QImage:
        """This whole widget as shown: the address of the page shown, the clock now, the page.

        ``window_record`` then says what the address bar and the clock showed, and when.
        """
        view_before = self.view.geometry()
        dropped = self._restore_address()
        self._tick()
        self._update_start_page()
        layout = self.layout()
        if layout is not None:
            layout.activate()
        if self.view.geometry() != view_before:  # the page's pixels would be out of date
            raise UserError("The window changed while the page was captured; try again.")
        moment = clock.now()
        image = self.grab().toImage()
        self.window_record = {
            "address_bar": self.address.text(),
            "address_bar_is_page_url": self.address.text() == self.page.url().toString(),
            "full_address_lines": self.full_address.text().split("\n")
            if self.full_address.isVisible()
            else [],
            "clock": self.clock.text(),
            "grabbed": {"utc": moment.utc, "local": moment.local},
            "unopened_address_text_dropped": dropped,
        }
        return image

    # -- capture page ------------------------------------------------------------------------

    def capture_page(self) -> None:
        """Capture what the page shows now into one item (signals tell how it went)."""
        if self.busy or self._is_preview() or self.steps is not None:
            return
        if self._refuse_without_page():
            return
        self.steps = Steps(self._capture_page_steps(self.page_kind()), self)
        self._set_busy(True)
        self._set_status(self.tr("Capturing the page…"))
        self.steps.finished.connect(self._page_captured)
        self.steps.failed.connect(self._page_failed)
        self.steps.start()

    def _capture_page_steps(self, category: str) -> StepGenerator:
        yield from self._settle_steps(self.tr("Capturing the page…"))
        started = clock.now()
        notes = [self._typed_text_note()] if self._restore_address() else []
        generation = self.page_generation
        final_url = self.page.url().toString()
        yield from self._wait_for_current_frame()
        self._check_same_page(generation, final_url)
        status = yield RunJs(self.page, HTTP_STATUS_JS)
        http_status = int(status) if status else None
        outcome = self.last_load if self.last_load and self.last_load.url == final_url else None
        if (
            http_status is None
            and outcome is not None
            and outcome.error_domain == QWebEngineLoadingInfo.ErrorDomain.HttpStatusCodeDomain.name
        ):
            http_status = outcome.error_code
        load = LoadRecord(
            requested_url=self.requested_url or final_url,
            final_url=final_url,
            redirects=list(self.redirects),
            http_status=http_status,
            # The owner chose to capture what the browser shows, error page or not.
            error_page=http_status is not None and http_status >= 400,
            title=self.page.title(),
        )
        self.window_record = {}

        def grab() -> QImage:
            self._check_same_page(generation, final_url)
            return self.grab_window()

        capture = yield from page_capture_steps(
            self.view,
            load,
            self.options,
            started,
            window_grabber=grab,
            source="browser",
        )
        try:
            self._check_same_page(generation, final_url)
            window = dict(self.window_record)
            if capture.provenance.get("final_url") != final_url or (
                window.get("address_bar") != final_url
            ):
                raise page_moved_error()
            window["unopened_address_text_dropped"] = bool(notes) or bool(
                window.get("unopened_address_text_dropped")
            )
            # What the window image shows, written next to what the engine recorded.
            capture.provenance["browser"] = {
                "window_capture": window,
                "page_kind": category,
                "last_load": outcome.record() if outcome is not None else None,
            }
            path = capture.folder / "provenance.json"
            path.write_text(json.dumps(capture.provenance, ensure_ascii=False, indent=2), "utf-8")
        except BaseException:
            capture.cleanup()
            raise
        return BrowserCapture(capture, category, self._load_notes(http_status, outcome) + notes)

    def _page_captured(self, result: BrowserCapture) -> None:
        self.steps = None
        self._update_actions()
        capture = result.capture
        self._store(
            capture.folder,
            self.tr("page"),
            lambda own: store_capture(own, self.case_id, capture, result.category),
            notes=result.notes,
        )
        self._set_busy(False)  # the capture's hold; storing holds its own

    def _page_failed(self, error: BaseException) -> None:
        self.steps = None
        self._update_actions()
        self._set_busy(False)
        self._report(error)

    # -- capture region ----------------------------------------------------------------------

    def choose_region(self) -> None:
        """Show the rubber band over the page; releasing the mouse captures the region."""
        if self.busy or self._is_preview() or self.steps is not None:
            return
        if self._refuse_without_page():
            return
        if self.page.isLoading():
            self._report(
                UserError(
                    "The page is still loading. Wait until it has finished loading, then "
                    "choose the region."
                )
            )
            return
        self.region_generation = self.page_generation
        self._set_status(self.tr("Drag over the part of the page to keep; Escape cancels."))
        self.selector.begin(self.view.geometry())

    def _region_cancelled(self) -> None:
        self.region_generation = None
        self._set_status(self.tr("Region cancelled."))

    def capture_region(self, rect: QRect) -> None:
        """Store *rect* of the page view (view coordinates) as an item's ``visible`` image."""
        rect = rect & self.view.rect()
        if self.busy or self._is_preview() or self.steps is not None or rect.isEmpty():
            return
        generation = self.page_generation
        if self.region_generation is not None:
            generation, self.region_generation = self.region_generation, None
        if self._refuse_without_page():
            return
        if generation != self.page_generation or self.page.isLoading():
            self._report(
                UserError(
                    "The page changed while the region was being chosen, so nothing was "
                    "stored. Choose the region again."
                )
            )
            return
        self.steps = Steps(self._capture_region_steps(rect, generation, self.page_kind()), self)
        self._set_busy(True)
        self.steps.finished.connect(self._region_captured)
        self.steps.failed.connect(self._page_failed)
        self.steps.start()

    def _wait_for_current_frame(self) -> StepGenerator:
        """Wait until the view shows the current page at its current size.

        Chromium keeps showing the previous page after a same-site navigation until the new one
        has painted something meaningful ("paint holding", up to about half a second), and a
        paint right after a resize can carry the old frame: so first the page's own paint
        timing must report a first paint, then two grabs a frame apart must agree.
        """
        for _attempt in range(FIRST_PAINT_POLLS):
            if (yield RunJs(self.page, FIRST_PAINT_JS)):
                break
            yield Sleep(FIRST_PAINT_POLL_MS)
        if not self.shows_current_page():
            yield Until(self.frames.painted, timeout_ms=2000, ready=self.shows_current_page)
        shot = self.view.grab().toImage()
        for _attempt in range(STABLE_FRAME_ATTEMPTS):
            yield Until(self.frames.painted, timeout_ms=STABLE_FRAME_MS)
            again = self.view.grab().toImage()
            if again == shot:
                return
            shot = again

    def _capture_region_steps(self, rect: QRect, generation: int, category: str) -> StepGenerator:
        started = clock.now()
        notes = [self._typed_text_note()] if self._restore_address() else []
        url = self.page.url().toString()
        yield from self._wait_for_current_frame()
        self._check_same_page(generation, url)
        image = self.view.grab(rect).toImage()
        window = self.grab_window()
        window_record = dict(self.window_record)
        window_record["unopened_address_text_dropped"] = bool(notes) or bool(
            window_record["unopened_address_text_dropped"]
        )
        outcome = self.last_load if self.last_load and self.last_load.url == url else None
        http_status = (
            outcome.error_code
            if outcome is not None
            and outcome.error_domain == QWebEngineLoadingInfo.ErrorDomain.HttpStatusCodeDomain.name
            else None
        )
        folder = Path(tempfile.mkdtemp(prefix="evidence-region-"))
        try:
            scroll = self.page.scrollPosition()
            provenance = {
                "format": REGION_FORMAT,
                "source": "browser",
                "url": url,
                "title": self.page.title(),
                "region": {
                    "x": rect.x(),
                    "y": rect.y(),
                    "width": rect.width(),
                    "height": rect.height(),
                    "coordinates": "page view, CSS pixels from its top-left corner",
                    "page_scroll": [scroll.x(), scroll.y()],
                    "view_size": [self.view.width(), self.view.height()],
                    "device_pixel_ratio": self.view.devicePixelRatioF(),
                    "png_size": [image.width(), image.height()],
                },
                "captured": {"utc": started.utc, "local": started.local},
                "app": {"name": "evidence-app", "version": __version__},
                "software": software_versions(),
                "user_agent": self.profile.httpUserAgent(),
                "os": platform_module.platform(),
                "browser": {
                    "window_capture": window_record,
                    "page_kind": category,
                    "last_load": outcome.record() if outcome is not None else None,
                },
            }
            files = []
            for role, name, picture in (
                ("visible", "region.png", image),
                ("window", "window.png", window),
            ):
                path = folder / name
                if not picture.save(str(path), "PNG"):
                    raise UserError("The screenshot could not be written to {path}.", path=path)
                files.append(NewFile(role, name, path))
            prov_path = folder / "provenance.json"
            prov_path.write_text(json.dumps(provenance, ensure_ascii=False, indent=2), "utf-8")
            files.append(NewFile("provenance", "provenance.json", prov_path))
        except BaseException:
            shutil.rmtree(folder, ignore_errors=True)
            raise
        fields = {
            "url": self.requested_url or url,
            "final_url": url,
            "page_title": self.page.title(),
            "platform": platform_for_url(url),
        }
        notes = self._load_notes(http_status, outcome) + notes
        return folder, files, fields, started, category, notes

    def _region_captured(
        self, result: tuple[Path, list[NewFile], dict[str, str], Any, str, list[str]]
    ) -> None:
        self.steps = None
        self._update_actions()
        folder, files, fields, started, category, notes = result
        self._store(
            folder,
            self.tr("region"),
            lambda own: own.add_item(self.case_id, category, fields, files, captured=started),
            notes=notes,
        )
        self._set_busy(False)  # the capture's hold; storing holds its own

    # -- recording ---------------------------------------------------------------------------

    def _record_clicked(self) -> None:
        if self.recorder is None:
            self.start_recording()
        else:
            self.stop_recording()

    def _record_screen_clicked(self) -> None:
        if self.recorder is None:
            self.start_recording(screen=True)
        else:
            self.stop_recording()

    def start_recording(self, screen: bool = False) -> None:
        """Record this window (address bar and clock included), or the whole screen, and every
        address visited in this browser."""
        from evidence_app.capture.recorder import ScreenRecorder, WindowRecorder

        if self.recorder is not None or self.busy or self._is_preview():
            return
        recorder: Any
        if screen:
            recorder = ScreenRecorder(
                self.screen(), view=self.view, store=self.store, case_id=self.case_id, parent=self
            )
        else:
            recorder = WindowRecorder(
                self, view=self.view, store=self.store, case_id=self.case_id, parent=self
            )
        try:
            recorder.start()
        except BaseException as error:
            recorder.deleteLater()
            self._report(error)
            return
        recorder.stored.connect(self._recording_stored)
        recorder.failed.connect(self._recording_failed)
        self.recorder = recorder
        self._set_status(self.tr("Recording… press Stop to store the recording."))
        self._update_actions()

    def stop_recording(self) -> None:
        """Finish the video and store it with its navigation log as one item."""
        if self.recorder is None or self.recorder.steps is not None:
            return
        self._set_busy(True)
        self._set_status(self.tr("Finishing the recording…"))
        self.recorder.stop()

    def _recording_stored(self, item: Any) -> None:
        self._forget_recorder()
        self._set_busy(False)
        self._stored(item, self.tr("recording"))

    def _recording_failed(self, error: BaseException) -> None:
        self._forget_recorder()
        self._set_busy(False)
        self._report(error)

    def _forget_recorder(self) -> None:
        if self.recorder is not None:
            self.recorder.deleteLater()
        self.recorder = None
        self._update_actions()

    # -- downloads ---------------------------------------------------------------------------

    def _download_requested(self, request: QWebEngineDownloadRequest) -> None:
        if request.isSavePageDownload() or request.page() is not self.page:
            return  # MHTML saves of a capture, or another window's download
        started = clock.now()
        name = Path(request.downloadFileName()).name or "download"
        folder = Path(tempfile.mkdtemp(prefix="download-", dir=self.downloads_folder))
        request.setDownloadDirectory(str(folder))
        request.setDownloadFileName(name)
        page_url = self.page.url().toString()
        page_title = self.page.title()
        self.downloads.append(request)

        def finished() -> None:
            if not request.isFinished():
                return
            request.isFinishedChanged.disconnect(finished)
            if request in self.downloads:
                self.downloads.remove(request)
            self._download_finished(request, folder / name, started, page_url, page_title)

        request.isFinishedChanged.connect(finished)
        request.accept()
        self._set_status(self.tr("Downloading {name}…").format(name=name))

    def _download_finished(
        self,
        request: QWebEngineDownloadRequest,
        path: Path,
        started: clock.Moment,
        page_url: str,
        page_title: str,
    ) -> None:
        folder = path.parent
        if (
            request.state() != QWebEngineDownloadRequest.DownloadState.DownloadCompleted
            or not path.is_file()
        ):
            shutil.rmtree(folder, ignore_errors=True)
            self._report(
                UserError(
                    "The download {name} did not complete ({reason}); nothing was stored.",
                    name=path.name,
                    reason=request.interruptReasonString() or request.state().name,
                )
            )
            return
        finished = clock.now()
        url = request.url().toString()
        provenance = {
            "format": DOWNLOAD_FORMAT,
            "url": url,
            "page_url": page_url,
            "page_title": page_title,
            "file_name": path.name,
            "mime_type": request.mimeType(),
            "size": path.stat().st_size,
            "download_started": {"utc": started.utc, "local": started.local},
            "download_finished": {"utc": finished.utc, "local": finished.local},
            "app": {"name": "evidence-app", "version": __version__},
            "software": software_versions(),
            "user_agent": self.profile.httpUserAgent(),
            "os": platform_module.platform(),
        }
        prov_path = folder / "download-provenance.json"
        prov_path.write_text(json.dumps(provenance, ensure_ascii=False, indent=2), "utf-8")
        files = [
            NewFile("original", path.name, path, meta={"mime": request.mimeType()}),
            NewFile("provenance", "download-provenance.json", prov_path),
        ]
        fields = {"url": url, "final_url": url, "platform": platform_for_url(url)}
        if page_title:
            fields["page_title"] = page_title
        self._store(
            folder,
            self.tr("download"),
            lambda own: own.add_item(self.case_id, "other", fields, files, captured=started),
        )

    # -- closing -----------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        self.shutdown()
        super().closeEvent(event)

    def shutdown(self) -> None:
        """Stop the clock, abandon unfinished work and wait for storing to finish."""
        if self.closed:
            return
        self.closed = True
        self.clock_timer.stop()
        if self.steps is not None:
            self.steps.cancel()
            self.steps = None
        if self.recorder is not None:
            self.recorder.abandon()
            self.recorder.deleteLater()
            self.recorder = None
        for request in list(self.downloads):
            request.cancel()
        self.downloads.clear()
        try:
            self.profile.downloadRequested.disconnect(self._download_requested)
        except (RuntimeError, TypeError):
            pass
        self.runner.shutdown()
        self.view.stop()
        shutil.rmtree(self.downloads_folder, ignore_errors=True)
