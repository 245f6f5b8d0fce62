"""What the browser window's parts share: its state and the methods they call on one another.

``NavigationMixin``, ``CaptureMixin``, ``RecordingMixin`` and ``DownloadsMixin`` derive from
``BrowserState`` so the type checker sees the whole ``BrowserWidget`` in each; the attributes are
set in ``BrowserWidget.__init__`` and the methods defined by the part that owns them.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QAction, QImage
    from PySide6.QtWebEngineCore import QWebEngineDownloadRequest, QWebEngineProfile
    from PySide6.QtWebEngineWidgets import QWebEngineView
    from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPushButton, QToolButton

    from evidence_app.capture.qtsupport import FrameWatcher, Steps
    from evidence_app.capture.web import CaptureOptions
    from evidence_app.core.store import CaseStore
    from evidence_app.ui.browser.parts import BrowserPage, LoadOutcome, RegionSelector
    from evidence_app.ui.browser.start_page import StartPage
    from evidence_app.ui.tasks import TaskRunner


class BrowserState(QWidget):
    """The browser window's state (set in ``BrowserWidget.__init__``)."""

    if TYPE_CHECKING:
        store: CaseStore
        case_id: str
        options: CaptureOptions
        profile: QWebEngineProfile
        runner: TaskRunner
        steps: Steps | None
        recorder: Any
        busy: bool
        busy_count: int
        closed: bool
        downloads_folder: Path
        downloads: list[QWebEngineDownloadRequest]
        requested_url: str
        redirects: list[str]
        last_load: LoadOutcome | None
        page_generation: int
        load_wait_ms: int
        region_generation: int | None
        window_record: dict[str, Any]
        status_before_capture: str
        error_question: Any
        view: QWebEngineView
        page: BrowserPage
        frames: FrameWatcher
        frames_at_load: int
        back_button: QToolButton
        forward_button: QToolButton
        reload_button: QToolButton
        address: QLineEdit
        clock: QLabel
        clock_timer: QTimer
        kind_label: QLabel
        kind: QComboBox
        default_kind: str
        capture_page_button: QPushButton
        capture_region_button: QPushButton
        record_button: QPushButton
        record_screen_button: QPushButton
        recording_indicator: QLabel
        quit_action: QAction
        full_address: QLabel
        status: QLabel
        start_page: StartPage
        selector: RegionSelector

        # Defined by the part that owns them; declared for the checker.
        def _is_preview(self) -> bool: ...
        def _report(self, error: BaseException) -> None: ...
        def _restore_address(self) -> bool: ...
        def _set_busy(self, busy: bool) -> None: ...
        def _set_status(self, text: str) -> None: ...
        def _store(
            self,
            files_folder: Path | None,
            what: str,
            store_func: Any,
            notes: list[str] | None = None,
        ) -> None: ...
        def _stored(self, item: Any, what: str, notes: list[str] | None = None) -> None: ...
        def _tick(self) -> None: ...
        def _update_actions(self) -> None: ...
        def _update_recording_indicator(self) -> None: ...
        def _update_start_page(self, *_args: Any) -> None: ...
        def has_web_page(self) -> bool: ...
        def page_kind(self) -> str: ...
        def reset_page_kind(self) -> None: ...
        def shows_current_page(self) -> bool: ...
        def grab_window(self) -> QImage: ...
