"""The browser window bound to one case: its chrome, address and clock, navigation, busy state and storing."""

from __future__ import annotations

import html
import logging
import shutil
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWebEngineCore import (
    QWebEngineDownloadRequest,
)
from PySide6.QtWebEngineWidgets import QWebEngineView
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from evidence_app.capture.qtsupport import (
    FrameWatcher,
    Steps,
    case_profile,
)
from evidence_app.capture.web import (
    CaptureOptions,
)
from evidence_app.core.errors import UserError
from evidence_app.core.evidence_names import evidence_name
from evidence_app.core.fields import category_label
from evidence_app.ui.browser.capture import CaptureMixin
from evidence_app.ui.browser.downloads import DownloadsMixin
from evidence_app.ui.browser.navigation import NavigationMixin
from evidence_app.ui.browser.parts import (
    CAPTURE_CATEGORY,
    LOAD_WAIT_MS,
    PAGE_KINDS,
    RECORDING_STEP,
    STEP_PAGE_KINDS,
    BrowserPage,
    LoadOutcome,
    RegionSelector,
)
from evidence_app.ui.browser.recording import RecordingMixin
from evidence_app.ui.browser.start_page import StartPage
from evidence_app.ui.tasks import TaskRunner, task_store

if TYPE_CHECKING:
    from evidence_app.core.store import CaseStore

log = logging.getLogger("evidence_app.ui.browser")


class BrowserWidget(NavigationMixin, CaptureMixin, RecordingMixin, DownloadsMixin, QWidget):
    """A browser window bound to one case: browse, capture, record, download."""

    itemCaptured = Signal(str)  # item id
    busyChanged = Signal(bool)
    failed = Signal(str)  # a sentence for the owner
    # Ctrl+Q in this window: the app quits through the main window's guarded close.
    quitRequested = Signal()
    closing = Signal(list)  # where the window was (ui.geometry.remember), as it closes

    # What the window asks for on a large screen; ui.geometry fits it to a small one.
    PREFERRED_SIZE = QSize(1200, 850)

    def __init__(
        self,
        store: CaseStore,
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
        self.status_before_capture = ""  # the status line as the owner saw it (window grab)
        self.error_question: Any = None  # "keep this page that did not load?" while it is open

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
        # The kind a capture starts from: the guide step that opened the browser chooses it
        # (begin_step), and the choice goes back to it after every capture.
        self.default_kind = CAPTURE_CATEGORY
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
        # While recording: a red dot and the time recorded so far.
        self.recording_indicator = QLabel(self)
        self.recording_indicator.setObjectName("recordingIndicator")
        self.recording_indicator.setStyleSheet("color: #c62828; font-weight: 600;")
        self.recording_indicator.hide()
        self.quit_action = QAction(self)
        # Ctrl+Q everywhere (the platform's Quit keys too; some platforms define none).
        quit_keys = [QKeySequence("Ctrl+Q")]
        quit_keys += [k for k in QKeySequence.keyBindings(QKeySequence.StandardKey.Quit)
                      if k not in quit_keys]  # fmt: skip
        self.quit_action.setShortcuts(quit_keys)
        self.quit_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.quit_action.triggered.connect(self.quitRequested)
        self.addAction(self.quit_action)
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
        actions.addWidget(self.recording_indicator)
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
                "What this page shows. The next capture is stored under this kind; after "
                "each capture the choice goes back to where it started."
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
                "Record this window (address bar and clock included) and every address you "
                "visit, to show how you reached the post. Press again to stop and store the "
                "recording of the visit."
            )
        )
        self.record_screen_button.setToolTip(
            self.tr(
                "Record the whole screen instead of this window, and every address visited in "
                "this browser. Press again to stop and store the recording."
            )
        )
        self.quit_action.setText(self.tr("Quit"))
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
            "record": button(self.tr("Record the visit")),
            "stop": button(self.tr("Stop recording")),
        }
        page.set_steps([html.escape(step, quote=False).format(**names) for step in steps])
        page.note.setText(
            self.tr(
                "Everything you capture is stored exactly as it is, with its hash (a digital "
                "fingerprint that shows it was never changed), and stays on this computer."
            )
        )

    # -- the kind of page --------------------------------------------------------------------

    def page_kind(self) -> str:
        """The category captures are stored under (``post`` unless the owner chose another)."""
        return str(self.kind.currentData())

    def set_page_kind(self, category: str) -> None:
        self.kind.setCurrentIndex(PAGE_KINDS.index(category))

    def reset_page_kind(self) -> None:
        """After a capture: back to the kind the window started with (never the last choice)."""
        self.set_page_kind(self.default_kind)

    def begin_step(self, step_id: str) -> None:
        """The guide step *step_id* opened this window: its page kind becomes the default (the
        account-page step chooses "account home page"), and the recording step starts recording
        this window."""
        step_id = step_id if isinstance(step_id, str) else ""  # (an action's "checked" flag)
        self.default_kind = STEP_PAGE_KINDS.get(step_id, CAPTURE_CATEGORY)
        if self.steps is None:
            self.reset_page_kind()
        if step_id == RECORDING_STEP and self.recorder is None:
            self.start_recording()

    def place(self, saved: Any = None) -> None:
        """Size the window to the screen (up to PREFERRED_SIZE), or where it was (*saved*)."""
        from evidence_app.ui.geometry import fit_window

        fit_window(self, self.PREFERRED_SIZE, saved)

    # -- busy state and messages -------------------------------------------------------------

    def _set_busy(self, busy: bool) -> None:
        """Take (True) or release (False) one hold on the busy state; signal its changes."""
        self.busy_count = max(0, self.busy_count + (1 if busy else -1))
        if (self.busy_count > 0) != self.busy:
            self.busy = self.busy_count > 0
            self._update_actions()
            self.busyChanged.emit(self.busy)

    def _recording_screen(self) -> bool:
        """The recording under way is of the whole screen (not of this window)."""
        from evidence_app.capture.recorder import ScreenRecorder  # loaded: a recorder exists

        return isinstance(self.recorder, ScreenRecorder)

    def _update_actions(self) -> None:
        recording = self.recorder is not None
        can_capture = not self.busy and not self._is_preview()
        self.capture_page_button.setEnabled(can_capture)
        self.capture_region_button.setEnabled(can_capture)
        screen = recording and self._recording_screen()
        self.record_button.setEnabled((recording and not screen) or (can_capture and not recording))
        self.record_button.setChecked(recording and not screen)
        self.record_button.setText(
            self.tr("Stop recording") if recording and not screen else self.tr("Record the visit")
        )
        self.record_screen_button.setEnabled(screen or (can_capture and not recording))
        self.record_screen_button.setChecked(screen)
        self.record_screen_button.setText(
            self.tr("Stop recording") if screen else self.tr("Record whole screen")
        )
        self._update_recording_indicator()
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
            number=item.number, category=evidence_name(item), what=what
        )
        for note in [*(notes or []), self._still_to_fill_in(item)]:
            if note:  # Chinese sentences follow one another without a space
                stored += note if stored.endswith("。") else f" {note}"
        self._set_status(stored)
        self.itemCaptured.emit(item.id)

    def _still_to_fill_in(self, item: Any) -> str:
        """What the guide still asks of the item just stored, and where the owner types it: the
        browser covers most of the main window, and the capture is not the end of the job."""
        from evidence_app.core.fields import FIELD_BY_KEY
        from evidence_app.core.guide import missing_fields

        labels = [FIELD_BY_KEY[key].label_in() for key in missing_fields(item)]
        if not labels:
            return ""
        return self.tr(
            "Still to fill in for {number}: {fields}. You type them in the main window "
            "(Details), now or after capturing more pages."
        ).format(number=item.number, fields=self.tr(", ").join(labels))

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

    # -- closing -----------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.finish_recording_before_closing():  # the recording is evidence: stored first
            event.ignore()
            return
        if not self.closed:
            from evidence_app.ui.geometry import remember

            self.closing.emit(remember(self))
        self.shutdown()
        super().closeEvent(event)

    def shutdown(self) -> None:
        """Stop the clock, abandon unfinished work and wait for storing to finish (a recording
        is stored before the window closes: ``finish_recording_before_closing``)."""
        if self.closed:
            return
        self.closed = True
        self.clock_timer.stop()
        if self.steps is not None:
            self.steps.cancel()
            self.steps = None
        if self.error_question is not None:
            self.error_question.done(0)  # answered "no": nothing is stored after closing
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
