"""The main window: cases on the left with the guide, the evidence table in the middle, the item on the right."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

# Only what the window's frame (menus, toolbar, status bar) needs is imported here; the panes'
# modules, and Qt types they alone use, load once that frame is on screen (see ``_build_panes``).
from PySide6.QtCore import QEvent, QSize, QTimer, Signal
from PySide6.QtWidgets import QLabel, QWidget

from evidence_app.core.errors import UserError
from evidence_app.core.settings import Settings
from evidence_app.ui.errors import show_error
from evidence_app.ui.geometry import ElidedLabel, fit_window, keep_on_screen, remember
from evidence_app.ui.operations.capture import CaptureActions
from evidence_app.ui.operations.edit import EditActions
from evidence_app.ui.operations.handoff import HandoffActions
from evidence_app.ui.operations.import_files import ImportActions, is_package
from evidence_app.ui.operations.review import ReviewActions
from evidence_app.ui.operations.timestamp import TimestampActions
from evidence_app.ui.tasks import TaskRunner
from evidence_app.ui.window.case_view import CaseViewMixin, is_reviewer
from evidence_app.ui.window.dialogs import DialogsMixin
from evidence_app.ui.window.menus import MenusMixin
from evidence_app.ui.window.panes import PanesMixin
from evidence_app.ui.window.status import StatusMixin

if TYPE_CHECKING:
    from PySide6.QtGui import QDragEnterEvent, QDropEvent

    from evidence_app.core.guide import Completeness
    from evidence_app.core.model import Case, Item
    from evidence_app.core.review import ReviewState
    from evidence_app.core.store import CaseStore
    from evidence_app.ui.language import LanguageSwitcher
    from evidence_app.ui.tasks import SyncTaskRunner

__all__ = ["MainWindow", "StartupPlaceholder", "is_package"]

log = logging.getLogger("evidence_app.ui.main_window")
PREFERRED_SIZE = QSize(1400, 860)  # as much of it as the screen has room for


class StartupPlaceholder(QLabel):
    """What the middle of the window shows until the panes are built; says when it first painted."""

    painted = Signal()

    def __init__(self) -> None:
        from PySide6.QtCore import Qt

        super().__init__()
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setWordWrap(True)

    def paintEvent(self, event: Any) -> None:
        super().paintEvent(event)
        self.painted.emit()


class MainWindow(
    ImportActions,
    CaptureActions,
    EditActions,
    TimestampActions,
    ReviewActions,
    HandoffActions,
    DialogsMixin,
    CaseViewMixin,
    StatusMixin,
    PanesMixin,
    MenusMixin,
):
    """The frame (menus, toolbar, status bar) and the wiring of panes to operations; each job
    lives in its own module (ui/window/ for the window's parts, ui/operations/ for actions)."""

    caseOpened = Signal(str)
    caseChanged = Signal(str)  # items or completeness of the open case changed
    panesReady = Signal()  # the store is open and the cases, guide, table and item panel are built

    def __init__(
        self,
        store: CaseStore | None = None,
        settings: Settings | None = None,
        runner: TaskRunner | SyncTaskRunner | None = None,
        switcher: LanguageSwitcher | None = None,
        *,
        open_store: Callable[[], CaseStore] | None = None,
        data_dir: Path | None = None,
    ) -> None:
        """With a *store* the window is built whole at once (tests, scripts). The app passes
        *open_store* and *data_dir* instead: then only the frame (menus, toolbar, status bar) is
        built here, it paints, and the store is opened and the panes built right after
        (``panesReady``), so that the owner sees the window without waiting for them."""
        super().__init__()
        if store is None and open_store is None:
            raise ValueError("MainWindow needs a store or open_store")
        self.setObjectName("mainWindow")
        self.store = store  # type: ignore[assignment]  # None until the panes are built
        self._store_missing = store is None
        self._open_store = open_store
        self.data_dir = Path(store.data_dir if store is not None else data_dir)  # type: ignore[arg-type]
        self.settings = settings or Settings.load(self.data_dir)
        self.runner = runner or TaskRunner(self)
        self.switcher = switcher
        self.case: Case | None = None
        self.items: list[Item] = []
        self.completeness: Completeness | None = None
        self.platforms: list[str] = []
        self.review: ReviewState | None = None
        self.loading = False  # the open case is being read off the GUI thread
        self.panes_ready = False
        self._load_serial = 0  # a newer open wins over a load still running
        self._first_case: str | None = None
        self._started = False
        self.tsa_watch = None  # type: ignore[assignment]  # made with the panes
        self.browser_window = None
        self.region_picker = None  # while the owner drags a region to capture
        self.dialogs: list[QWidget] = []
        self.setAcceptDrops(True)

        self._build_actions()
        self._build_status()
        self.placeholder = StartupPlaceholder()
        self.placeholder.setObjectName("startupPlaceholder")
        self.setCentralWidget(self.placeholder)
        fit_window(self, PREFERRED_SIZE, self.settings.window_geometry.get("main"))
        keep_on_screen(self)  # once shown, its frame (title bar) is known: still wholly on screen
        self.retranslateUi()
        if store is not None:
            self._build_panes()
        else:
            self.placeholder.painted.connect(self._frame_painted)

    def _frame_painted(self) -> None:
        self.placeholder.painted.disconnect(self._frame_painted)
        # Queued: the frame just painted reaches the screen before the panes are built.
        QTimer.singleShot(0, self, self._build_panes)

    def _build_panes(self) -> None:
        from PySide6.QtWidgets import QSplitter

        from evidence_app.ui.item import ItemPanel
        from evidence_app.ui.models import (
            CaseListModel,
            ItemFilterProxy,
            ItemTableModel,
            ThumbnailCache,
        )
        from evidence_app.ui.tsa_watch import TsaWatcher

        if self.panes_ready:
            return
        if self._store_missing:
            if not self.isVisible():  # closed before its frame was followed by the panes
                return
            try:
                assert self._open_store is not None
                self.store = self._open_store()
                self._store_missing = False
            except UserError as error:
                # A data directory that cannot be used: the window stays and says why; the log
                # can still be read (settings live in that same directory).
                self.placeholder.setText(error.message())
                self.act_log.setEnabled(True)
                show_error(error, self)
                return
        store = self.store
        self.tsa_watch = TsaWatcher(self.runner, store, parent=self)
        self.tsa_watch.changed.connect(self._update_status)
        self.tsa_watch.stamped.connect(self._auto_stamped)
        self.caseChanged.connect(lambda *_: self.tsa_watch.recount())  # withdrawn: not waiting

        self.thumbnails = ThumbnailCache(self.runner, store.blob_path)
        self.case_model = CaseListModel(self)
        self.item_model = ItemTableModel(self.thumbnails, self)
        self.proxy = ItemFilterProxy(self)
        self.proxy.setSourceModel(self.item_model)

        self._build_left()
        self._build_middle()
        self.item_panel = ItemPanel(store.blob_path)
        self.item_panel.fieldsEdited.connect(self.edit_fields)
        self.item_panel.categoryChanged.connect(self.set_category)
        self.item_panel.openPage.connect(self.open_saved_page)
        self.item_panel.markReviewed.connect(self.mark_reviewed)
        self.item_panel.askRecapture.connect(self.ask_recapture_dialog)
        self.item_panel.captureAgain.connect(
            lambda: self.recapture_dialog(self.item_panel.item.id) if self.item_panel.item else None
        )
        splitter = QSplitter()
        splitter.addWidget(self.left)
        splitter.addWidget(self.middle)
        splitter.addWidget(self.item_panel)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 3)
        splitter.setStretchFactor(2, 2)
        splitter.setSizes([320, 700, 380])
        self.setCentralWidget(splitter)  # the placeholder goes with the frame's start-up
        self.placeholder = None
        self.panes_ready = True
        for act in self._frame_actions:
            act.setEnabled(True)
        self.retranslateUi()
        self.refresh_cases()
        self.show_case(None)
        if self.case_model.cases:
            # Opened once the window shows: the owner sees the window at once, the case fills in.
            # The case used last (settings), not the newest: a new empty case must not look as if
            # the evidence were gone.
            ids = [case.id for case in self.case_model.cases]
            last = self.settings.last_case
            self._first_case = last if last in ids else ids[-1]
        self.panesReady.emit()
        if self._started:
            self._after_first_show()

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if not self._started:
            self._started = True
            if self.panes_ready and (self._first_case is not None or self.settings.tsa_urls):
                QTimer.singleShot(0, self, self._after_first_show)

    def _after_first_show(self) -> None:
        if self._first_case is not None and self.case is None:
            self.open_case(self._first_case, background=True)
        self._first_case = None
        self.tsa_watch.set_urls(self.settings.tsa_urls)

    def _build_status(self) -> None:
        # Elided ("…") when the window is narrow: the status bar never runs off its edge.
        self.status_dir = ElidedLabel()
        self.status_operator = ElidedLabel()
        self.status_tsa = ElidedLabel()
        self.status_busy = QLabel()
        self.status_operator.setMaximumWidth(260)
        self.status_tsa.setMaximumWidth(420)
        for widget in (self.status_busy, self.status_operator, self.status_tsa):
            self.statusBar().addPermanentWidget(widget)
        self.statusBar().addWidget(self.status_dir, 1)
        self.runner.busyChanged.connect(self._busy_changed)

    # -- language ----------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def retranslateUi(self) -> None:
        self._update_window_title()
        texts = {
            self.act_new_case: self.tr("New case…"),
            self.act_rename_case: self.tr("Rename case…"),
            self.act_narrative: self.tr("Edit what happened…"),
            self.act_browser: self.tr("Open browser"),
            self.act_capture_screen: self.tr("Capture screen"),
            self.act_capture_window: self.tr("Capture a window"),
            self.act_capture_region: self.tr("Capture a region"),
            self.act_import: self.tr("Import files…"),
            self.act_withdraw: self.tr("Withdraw item…"),
            self.act_timestamp: self.tr("Time-stamp now"),
            self.act_export: self.tr("Export bundle…"),
            self.act_verify: self.tr("Verify a bundle…"),
            self.act_settings: self.tr("Settings…"),
            self.act_log: self.tr("Show log"),
            self.act_quit: self.tr("Quit"),
            self.act_save: self.tr("Save typed changes"),
            self.act_pack: self.tr("Save the case as a file for support…"),
            self.act_unpack: self.tr("Open a case package…"),
            self.act_import_receipt: self.tr("Import a receipt…"),
            self.act_verdict: self.tr("Screening verdict…"),
            self.act_review_next: self.tr("Next item to review"),
            self.act_mark_reviewed: self.tr("Mark reviewed, then the next item"),
        }
        for action, text in texts.items():
            action.setText(text)
        self.act_pack.setToolTip(
            self.tr(
                "Writes the whole case into one signed file (.evcase) on this computer; you then "
                "send that file to a support worker yourself"
            )
        )
        if self.store is not None and is_reviewer(self.store):
            self.act_pack.setText(self.tr("Send the case back to the owner…"))
            self.act_pack.setToolTip(
                self.tr(
                    "Writes the whole case with your review into one signed file (.evcase) on "
                    "this computer; you then send that file back to the owner yourself"
                )
            )
        self.menu_case.setTitle(self.tr("&Case"))
        self.menu_capture.setTitle(self.tr("C&apture"))
        self.menu_bundle.setTitle(self.tr("&Bundle"))
        self.menu_tools.setTitle(self.tr("&Tools"))
        if not self.panes_ready:
            if self.placeholder is not None:
                self.placeholder.setText(self.tr("Opening your cases…"))
            self.status_dir.setText(self.tr("Data: {path}").format(path=self.data_dir))
            return
        self.cases_label.setText(self.tr("Your cases"))
        self.new_case_button.setText(self.tr("New case…"))
        self.rename_case_button.setText(self.tr("Rename…"))
        self.search.setPlaceholderText(self.tr("Search number, account, text…"))
        self.drop_hint.setText(
            self.tr("Tip: drag files from your computer onto the table to add them as evidence.")
        )
        self._fill_filters()
        self.item_model.retranslate()
        self._update_status()
        self._update_next_step()
        self._update_case_title()
        self.item_panel.mark_button.setToolTip(
            self.tr("Marks this item reviewed, then shows the next one waiting (Ctrl+R)")
        )

    # -- drag and drop on the window ---------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        from evidence_app.ui.models import local_paths

        if (
            self.panes_ready
            and event.mimeData().hasUrls()
            and (
                self.case is not None
                or any(is_package(p) for p in local_paths(event.mimeData().urls()))
            )
        ):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        from evidence_app.ui.models import local_paths

        paths = local_paths(event.mimeData().urls())
        if paths and self.panes_ready:
            event.acceptProposedAction()
            self.drop_files(paths)

    def _remember_window(self) -> None:
        """Keep where the window is and which case is open, for the next start."""
        if not self.panes_ready:
            return
        self.settings.window_geometry["main"] = remember(self)
        if self.case is not None:
            self.settings.last_case = self.case.id
        try:
            self.settings.save(self.data_dir)
        except UserError as error:  # a full disk: the app closes all the same
            log.warning("settings not saved: %s", error.message())

    def closeEvent(self, event: Any) -> None:
        browser = self.browser_window
        if browser is not None and browser.isVisible() and not browser.close():
            event.ignore()  # a recording is being stored first; quit once the browser closed
            if not browser.property("quitAfter"):
                browser.setProperty("quitAfter", True)
                browser.destroyed.connect(lambda *_: self.close())
            self.statusBar().showMessage(self.tr("Storing the recording before quitting…"))
            return
        self.commit_edits()
        for dialog in list(self.dialogs):  # the account of what happened, being typed: saved
            has_changes = getattr(dialog, "has_changes", None)
            if has_changes is not None and has_changes():
                getattr(dialog, "accept")()  # noqa: B009 (a dialog with changes: a QDialog)
        self._remember_window()
        if self.runner.busy:
            self.statusBar().showMessage(self.tr("Finishing the work in progress…"))
        if self.tsa_watch is not None:
            self.tsa_watch.stop()
        self.runner.shutdown()
        for dialog in list(self.dialogs):
            dialog.close()
        if self.browser_window is not None:
            self.browser_window.close()
        super().closeEvent(event)
