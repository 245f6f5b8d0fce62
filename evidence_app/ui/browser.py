"""The built-in browser: pages in the case's own profile, captured with the address and clock in view.

The owner browses to a post with the case's persistent profile (logins stay with the case), then
"Capture page" stores the viewport, the stitched full page, this window (address bar and clock
included), MHTML, DOM and provenance as one item; "Capture region" stores a rubber-banded part of
the page; "Record" records this window and every address visited; downloads become ``original``
files. Storing runs off the GUI thread (``ui.tasks``); the capture itself runs as ``Steps``.
"""

from __future__ import annotations

import json
import logging
import platform as platform_module
import shutil
import tempfile
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
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRubberBand,
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
CAPTURE_CATEGORY = "post"  # the owner changes it in the item panel when it is a profile, a chat…


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
        self.frames = FrameWatcher(self.view)
        self.frames_at_load = 0
        self.view.installEventFilter(self)
        self.profile.downloadRequested.connect(self._download_requested)

        self.back_button = self._tool_button(self.tr("Back"), self.view.back)
        self.forward_button = self._tool_button(self.tr("Forward"), self.view.forward)
        self.reload_button = self._tool_button(self.tr("Reload"), self.view.reload)
        self.address = QLineEdit(self)
        self.address.setObjectName("address")
        self.address.setPlaceholderText(self.tr("Web address (https://…)"))
        self.address.setClearButtonEnabled(True)
        self.address.returnPressed.connect(lambda: self.load(self.address.text()))
        self.clock = QLabel(self)
        self.clock.setObjectName("clock")
        self.clock.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.clock_timer = QTimer(self)
        self.clock_timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.clock_timer.timeout.connect(self._tick)

        self.capture_page_button = QPushButton(self.tr("Capture page"), self)
        self.capture_page_button.setToolTip(
            self.tr(
                "Store this page as evidence: what is on screen, the whole page, this window "
                "with its address and clock, the page's source and how it was reached."
            )
        )
        self.capture_page_button.clicked.connect(self.capture_page)
        self.capture_region_button = QPushButton(self.tr("Capture region"), self)
        self.capture_region_button.setToolTip(
            self.tr("Drag a rectangle over the page to store just that part; Escape cancels.")
        )
        self.capture_region_button.clicked.connect(self.choose_region)
        self.record_button = QPushButton(self.tr("Record"), self)
        self.record_button.setCheckable(True)
        self.record_button.setToolTip(
            self.tr(
                "Record this window and every address visited, to show how the post was "
                "reached. Press again to stop and store the recording."
            )
        )
        self.record_button.clicked.connect(self._record_clicked)
        from evidence_app.capture.recorder import screen_recording_supported

        # Only where QScreenCapture gives real pixels (not under the offscreen platform).
        self.record_screen_button = QPushButton(self.tr("Record screen"), self)
        self.record_screen_button.setCheckable(True)
        self.record_screen_button.setToolTip(
            self.tr(
                "Record the whole screen and every address visited in this browser. Press "
                "again to stop and store the recording."
            )
        )
        self.record_screen_button.clicked.connect(self._record_screen_clicked)
        self.record_screen_button.setVisible(screen_recording_supported())
        # When the address is wider than its field, it is also shown whole on wrapped lines, so
        # that the window (and its capture) always shows the full URL, never an elided one.
        self.full_address = QLabel(self)
        self.full_address.setObjectName("fullAddress")
        self.full_address.setTextFormat(Qt.TextFormat.PlainText)
        self.full_address.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.full_address.hide()
        self.status = QLabel(self)
        self.status.setObjectName("status")
        self.status.setWordWrap(True)

        navigation = QHBoxLayout()
        for widget in (self.back_button, self.forward_button, self.reload_button):
            navigation.addWidget(widget)
        navigation.addWidget(self.address, 1)
        actions = QHBoxLayout()
        actions.addWidget(self.clock)
        actions.addStretch(1)
        actions.addWidget(self.status, 2)
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
        layout.addWidget(self.view, 1)
        self.selector = RegionSelector(self)
        self.selector.selected.connect(self.capture_region)
        self.selector.cancelled.connect(lambda: self._set_status(self.tr("Region cancelled.")))

        self._tick()
        self.clock_timer.start(1000)
        self._update_history_buttons()
        self._update_actions()

    def _tool_button(self, text: str, slot: Any) -> QToolButton:
        button = QToolButton(self)
        button.setText(text)
        button.setToolTip(text)
        button.clicked.connect(slot)
        return button

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
        text = url.toString()
        # The full address, never elided: the field scrolls, and the tool tip shows it whole.
        self.address.setText(text)
        self.address.setCursorPosition(0)
        self.address.setToolTip(text)
        self._wrap_full_address()
        if not url.isLocalFile() and url.scheme():
            self.page.preview_url = None  # the owner went back to the web (Back, a link)
        self._update_actions()

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
        self.back_button.setEnabled(history.canGoBack())
        self.forward_button.setEnabled(history.canGoForward())

    def _note_new_document(self, *_args: Any) -> None:
        self.frames.attach()  # the render widget can be replaced on navigation
        self.frames_at_load = self.frames.count

    def eventFilter(self, watched: Any, event: QEvent) -> bool:
        if watched is self.view and event.type() == QEvent.Type.Resize:
            self._note_new_document()
        return False

    def shows_current_page(self) -> bool:
        """Whether the view was painted since the page arrived or the view was resized."""
        return self.frames.count > self.frames_at_load

    def _note_loading(self, info: QWebEngineLoadingInfo) -> None:
        if info.status() == QWebEngineLoadingInfo.LoadStatus.LoadStartedStatus:
            self.requested_url = info.url().toString()
            self.redirects = []

    def _note_navigation(self, url: str, how: str) -> None:
        if how == "redirect":
            self.redirects.append(url)
        else:
            self.requested_url = url
            self.redirects = []

    def _is_preview(self) -> bool:
        return self.page.preview_url is not None or self.page.url().isLocalFile()

    # -- navigation --------------------------------------------------------------------------

    def load(self, url: str | QUrl) -> None:
        """Open a web address (http or https only; a bare host gets https://)."""
        text = url.toString() if isinstance(url, QUrl) else str(url).strip()
        if not text:
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

    def open_file(self, path: str | Path) -> None:
        """Show a stored page (an .mhtml the app picked) read-only; it cannot be captured again."""
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

    def _stored(self, item: Any, what: str) -> None:
        self._set_status(
            self.tr("{number} stored ({what}) with its hash.").format(number=item.number, what=what)
        )
        self.itemCaptured.emit(item.id)

    def _store(self, files_folder: Path | None, what: str, store_func: Any) -> None:
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
                self._stored(item, what)

        def error(problem: BaseException) -> None:
            cleanup()
            if not self.closed:
                self._set_busy(False)
                self._report(problem)

        self._set_busy(True)
        self.runner.run(work, done, error, on_cancelled=cleanup, label=what)

    # -- capture page ------------------------------------------------------------------------

    def grab_window(self) -> QImage:
        """This whole widget as shown: address bar, clock and page."""
        return self.grab().toImage()

    def capture_page(self) -> None:
        """Capture what the page shows now into one item (signals tell how it went)."""
        if self.busy or self._is_preview() or self.steps is not None:
            return
        self._set_busy(True)
        self._set_status(self.tr("Capturing the page…"))
        self.steps = Steps(self._capture_page_steps(), self)
        self.steps.finished.connect(self._page_captured)
        self.steps.failed.connect(self._page_failed)
        self.steps.start()

    def _capture_page_steps(self) -> StepGenerator:
        started = clock.now()
        final_url = self.page.url().toString()
        if QUrl(final_url).scheme().lower() not in ALLOWED_SCHEMES:
            raise UserError("Open a web page first; there is nothing to capture.")
        yield from self._wait_for_current_frame()
        status = yield RunJs(self.page, HTTP_STATUS_JS)
        http_status = int(status) if status else None
        load = LoadRecord(
            requested_url=self.requested_url or final_url,
            final_url=final_url,
            redirects=list(self.redirects),
            http_status=http_status,
            # The owner chose to capture what the browser shows, error page or not.
            error_page=http_status is not None and http_status >= 400,
            title=self.page.title(),
        )
        capture = yield from page_capture_steps(
            self.view,
            load,
            self.options,
            started,
            window_grabber=self.grab_window,
            source="browser",
        )
        return capture

    def _page_captured(self, capture: PageCapture) -> None:
        self.steps = None
        self._store(
            capture.folder,
            self.tr("page"),
            lambda own: store_capture(own, self.case_id, capture, CAPTURE_CATEGORY),
        )
        self._set_busy(False)  # the capture's hold; storing holds its own

    def _page_failed(self, error: BaseException) -> None:
        self.steps = None
        self._set_busy(False)
        self._report(error)

    # -- capture region ----------------------------------------------------------------------

    def choose_region(self) -> None:
        """Show the rubber band over the page; releasing the mouse captures the region."""
        if self.busy or self._is_preview():
            return
        self._set_status(self.tr("Drag over the part of the page to keep; Escape cancels."))
        self.selector.begin(self.view.geometry())

    def capture_region(self, rect: QRect) -> None:
        """Store *rect* of the page view (view coordinates) as an item's ``visible`` image."""
        rect = rect & self.view.rect()
        if self.busy or self._is_preview() or self.steps is not None or rect.isEmpty():
            return
        self._set_busy(True)
        self.steps = Steps(self._capture_region_steps(rect), self)
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

    def _capture_region_steps(self, rect: QRect) -> StepGenerator:
        started = clock.now()
        yield from self._wait_for_current_frame()
        image = self.view.grab(rect).toImage()
        window = self.grab_window()
        folder = Path(tempfile.mkdtemp(prefix="evidence-region-"))
        try:
            url = self.page.url().toString()
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
        return folder, files, fields, started

    def _region_captured(self, result: tuple[Path, list[NewFile], dict[str, str], Any]) -> None:
        self.steps = None
        folder, files, fields, started = result
        self._store(
            folder,
            self.tr("region"),
            lambda own: own.add_item(
                self.case_id, CAPTURE_CATEGORY, fields, files, captured=started
            ),
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
