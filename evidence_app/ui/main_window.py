"""The main window: cases on the left with the guide, the evidence table in the middle, the item on the right."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

# Only what the window's frame (menus, toolbar, status bar) needs is imported here; the panes'
# modules, and Qt types they alone use, load once that frame is on screen (see ``_build_panes``).
from PySide6.QtCore import QEvent, QSize, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QWidget

from evidence_app.core.errors import UserError
from evidence_app.core.settings import Settings
from evidence_app.ui.campaign import install as install_campaign
from evidence_app.ui.errors import show_error
from evidence_app.ui.geometry import ElidedLabel, fit_window, keep_on_screen, remember
from evidence_app.ui.operations.handoff import HandoffActions
from evidence_app.ui.operations.review import ReviewActions
from evidence_app.ui.shortcuts import add_quit_shortcut
from evidence_app.ui.tasks import Task, TaskRunner, task_store

if TYPE_CHECKING:
    from PySide6.QtCore import QItemSelection, QModelIndex
    from PySide6.QtGui import QDragEnterEvent, QDropEvent

    from evidence_app.core.guide import Completeness
    from evidence_app.core.model import Case, Item
    from evidence_app.core.review import ReviewState

log = logging.getLogger("evidence_app.ui.main_window")
# A case this small is read faster than a hop to a worker thread; a larger one (and the case opened
# at start-up) is read off the GUI thread while the window already shows.
SYNC_LOAD_ITEMS = 500
PREFERRED_SIZE = QSize(1400, 860)  # as much of it as the screen has room for


@dataclass(frozen=True)
class CaseData:
    """Everything the window shows about one case, read in one go (on a worker for big cases)."""

    case: Case
    items: list[Item]
    completeness: Completeness
    platforms: list[str]
    review: ReviewState | None = None  # None: nobody reviewed anything in this case yet


def load_case_data(store: Any, case_id: str, tsa_urls: Sequence[str]) -> CaseData:
    from evidence_app.core.guide import evaluate

    case = store.get_case(case_id)
    items = store.list_items(case.id)
    completeness = evaluate(store, case, items=items, tsa_urls=tsa_urls)
    from evidence_app.core.platforms import canonical_platform

    platforms = sorted(
        {canonical_platform(i.fields["platform"]) for i in items if i.fields.get("platform")}
    )
    return CaseData(case, items, completeness, platforms, load_review(store, case.id))


def load_review(store: Any, case_id: str) -> ReviewState | None:
    """The case's review marks and verdict; the whole log is read only when there are any (a big
    case nobody reviewed opens without it)."""
    from evidence_app.core.review import review_state

    reviewed = store.db.execute(
        "SELECT 1 FROM events WHERE case_id = ? AND action IN ('item_reviewed', 'case_screened') "
        "LIMIT 1",
        (case_id,),
    ).fetchone()
    return review_state(store, case_id) if reviewed else None


# The kind of evidence that files imported from a guide step are.
STEP_CATEGORIES = {"harm": "harm_evidence", "identity": "identity_document"}


def is_reviewer(store: Any) -> bool:
    from evidence_app.core.review import REVIEWER_ROLES

    return bool(store.operator.role in REVIEWER_ROLES)


def is_package(path: Path) -> bool:
    """A case package (``.evcase``): opened as a package, never imported as an evidence file."""
    return path.suffix.lower() == ".evcase" and path.is_file()


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


class MainWindow(ReviewActions, HandoffActions, QMainWindow):
    caseOpened = Signal(str)
    caseChanged = Signal(str)  # items or completeness of the open case changed
    _display_name = ""  # the app's name the window title was last set with
    panesReady = Signal()  # the store is open and the cases, guide, table and item panel are built

    def __init__(
        self,
        store: Any = None,
        settings: Settings | None = None,
        runner: Any = None,
        switcher: Any = None,
        *,
        open_store: Callable[[], Any] | None = None,
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
        self.store = store
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
        self.tsa_watch: Any = None
        self.browser_window: QWidget | None = None
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
        if self.store is None:
            if not self.isVisible():  # closed before its frame was followed by the panes
                return
            try:
                self.store = self._open_store()  # type: ignore[misc]
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
        self.placeholder = None  # type: ignore[assignment]
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

    # -- building ----------------------------------------------------------------------------

    def _build_left(self) -> None:
        from PySide6.QtGui import QFont
        from PySide6.QtWidgets import QHBoxLayout, QListView, QPushButton, QVBoxLayout

        from evidence_app.ui.guide_panel import GuidePanel

        self.left = QWidget()
        layout = QVBoxLayout(self.left)
        layout.setContentsMargins(6, 6, 6, 6)
        self.cases_label = QLabel()
        bold = QFont(self.cases_label.font())
        bold.setBold(True)
        self.cases_label.setFont(bold)
        self.case_list = QListView()
        self.case_list.setObjectName("caseList")
        self.case_list.setModel(self.case_model)
        self.case_list.setMaximumHeight(150)
        self.case_list.selectionModel().currentChanged.connect(self._case_clicked)
        buttons = QHBoxLayout()
        self.new_case_button = QPushButton()
        self.rename_case_button = QPushButton()
        buttons.addWidget(self.new_case_button)
        buttons.addWidget(self.rename_case_button)
        self.new_case_button.clicked.connect(self.new_case_wizard)
        self.rename_case_button.clicked.connect(self.rename_case_dialog)
        self.guide_panel = GuidePanel()
        self.guide_panel.openTool.connect(self.open_tool)
        self.guide_panel.requestSelected.connect(self.select_item)
        self.guide_panel.captureAgain.connect(self.recapture_dialog)
        self.guide_panel.recaptureDropped.connect(self.recapture_paths)
        layout.addWidget(self.cases_label)
        layout.addWidget(self.case_list)
        layout.addLayout(buttons)
        layout.addWidget(self.guide_panel, 1)

    def _build_middle(self) -> None:
        from PySide6.QtGui import QFont
        from PySide6.QtWidgets import (
            QComboBox,
            QHBoxLayout,
            QHeaderView,
            QLineEdit,
            QPushButton,
            QVBoxLayout,
        )

        from evidence_app.ui.models import EvidenceTable, set_up_row_table

        self.middle = QWidget()
        layout = QVBoxLayout(self.middle)
        layout.setContentsMargins(6, 6, 6, 6)
        # The next step, in one line, with the button that does it: the ten-second answer.
        self.next_bar = QWidget()
        self.next_bar.setObjectName("nextBar")
        self.next_bar.setStyleSheet(
            "#nextBar { background: #fff4d6; border: 1px solid #e0b84c; border-radius: 4px; }"
        )
        next_layout = QHBoxLayout(self.next_bar)
        self.next_label = QLabel()
        self.next_label.setWordWrap(True)
        self.next_button = QPushButton()
        self.next_button.setObjectName("nextButton")
        self.next_button.clicked.connect(self._do_next_step)
        next_layout.addWidget(self.next_label, 1)
        next_layout.addWidget(self.next_button)
        self.case_title = QLabel()
        title_font = QFont(self.case_title.font())
        title_font.setBold(True)
        title_font.setPointSizeF(title_font.pointSizeF() * 1.3)
        self.case_title.setFont(title_font)
        filters = QHBoxLayout()
        self.category_filter = QComboBox()
        self.platform_filter = QComboBox()
        for combo in (self.category_filter, self.platform_filter):
            # Their texts change with the case and the language: always as wide as they need.
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.category_filter.currentIndexChanged.connect(self._filters_changed)
        self.platform_filter.currentIndexChanged.connect(self._filters_changed)
        self.search.textChanged.connect(self._filters_changed)
        filters.addWidget(self.category_filter)
        filters.addWidget(self.platform_filter)
        filters.addWidget(self.search, 1)
        self.table = EvidenceTable()
        self.table.setObjectName("evidenceTable")
        set_up_row_table(self.table, self.proxy)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(52)
        for column, width in enumerate((56, 72, 80, 64, 100, 112, 96)):
            self.table.setColumnWidth(column, width)
        self.table.filesDropped.connect(self.drop_files)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.drop_hint = QLabel()
        self.drop_hint.setStyleSheet("color: #555")
        layout.addWidget(self.next_bar)
        layout.addWidget(self.case_title)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.drop_hint)

    def _action(
        self, name: str, slot: Any, shortcut: str | QKeySequence.StandardKey | None = None
    ) -> QAction:
        action = QAction(self)
        action.setObjectName(name)
        action.triggered.connect(lambda _checked=False: slot())
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        return action

    def _build_actions(self) -> None:
        # The Qt namespace is already loaded in the app (by its start-up attributes).
        from PySide6.QtCore import Qt

        a = self._action
        self.act_new_case = a("newCase", self.new_case_wizard, QKeySequence.StandardKey.New)
        self.act_rename_case = a("renameCase", self.rename_case_dialog)
        self.act_narrative = a("editNarrative", self.edit_narrative_dialog)
        self.act_browser = a("openBrowser", self.open_browser, "Ctrl+B")
        self.act_capture_screen = a("captureScreen", lambda: self.capture("screen"), "Ctrl+Shift+S")
        self.act_capture_window = a("captureWindow", lambda: self.capture("window"), "Ctrl+Shift+W")
        self.act_capture_region = a("captureRegion", lambda: self.capture("region"), "Ctrl+Shift+R")
        self.act_import = a("importFiles", self.import_dialog, QKeySequence.StandardKey.Open)
        self.act_withdraw = a("withdrawItem", self.withdraw_dialog)
        self.act_timestamp = a("timestampNow", self.timestamp_now, "Ctrl+T")
        self.act_export = a("exportBundle", self.export_dialog, "Ctrl+E")
        self.act_verify = a("verifyBundle", self.verify_dialog)
        self.act_settings = a(
            "settings", self.settings_dialog, QKeySequence.StandardKey.Preferences
        )
        self.act_pack = a("packCase", self.pack_dialog, "Ctrl+Shift+P")
        self.act_unpack = a("openPackage", self.open_package_dialog, "Ctrl+Shift+O")
        self.act_import_receipt = a("importReceipt", self.import_receipt_dialog)
        self.act_verdict = a("screeningVerdict", self.verdict_dialog)
        self.act_log = a("showLog", self.show_log)
        self.act_save = a("saveEdits", lambda: self.commit_edits(explicit=True), "Ctrl+S")
        self.act_quit = a("quit", self.close, "Ctrl+Q")  # also where the system has no Quit key
        # Other windows and dialogs get their own Ctrl+Q (ui/shortcuts.py, see _keep): one
        # application-wide key would be blocked by a modal dialog and clash with theirs.
        # Until the panes are built these wait (show_case enables those that need a case).
        self._frame_actions = (
            self.act_new_case,
            self.act_unpack,
            self.act_verify,
            self.act_settings,
            self.act_log,
        )
        for act in (*self._frame_actions, *self._case_actions()):
            act.setEnabled(False)

        bar = self.menuBar()
        self.menu_case = bar.addMenu("")
        for act in (
            self.act_new_case,
            self.act_rename_case,
            self.act_narrative,
            None,
            self.act_pack,
            self.act_unpack,
            self.act_import_receipt,
            self.act_verdict,
            None,
            self.act_save,
            self.act_quit,
        ):
            self.menu_case.addSeparator() if act is None else self.menu_case.addAction(act)
        self.menu_capture = bar.addMenu("")
        for act in (
            self.act_browser,
            self.act_capture_screen,
            self.act_capture_window,
            self.act_capture_region,
            None,
            self.act_import,
            self.act_withdraw,
        ):
            self.menu_capture.addSeparator() if act is None else self.menu_capture.addAction(act)
        self.menu_bundle = bar.addMenu("")
        for act in (self.act_timestamp, self.act_export, self.act_verify):
            self.menu_bundle.addAction(act)
        self.menu_tools = bar.addMenu("")
        self.menu_tools.addAction(self.act_settings)
        self.menu_tools.addAction(self.act_log)
        self.campaign_menus = install_campaign(self)  # 批量取证, 传播分析

        self.toolbar = self.addToolBar("main")
        self.toolbar.setObjectName("mainToolbar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.toolbar.setMovable(False)
        for act in (
            self.act_new_case,
            None,
            self.act_browser,
            self.act_capture_screen,
            self.act_import,
            None,
            self.act_timestamp,
            self.act_export,
            self.act_verify,
            None,
            self.act_pack,
            self.act_unpack,
            None,
            self.act_settings,
        ):
            self.toolbar.addSeparator() if act is None else self.toolbar.addAction(act)

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
        }
        for action, text in texts.items():
            action.setText(text)
        self.act_pack.setToolTip(
            self.tr(
                "Writes the whole case into one signed file (.evcase) on this computer; you then "
                "send that file to a support worker yourself"
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

    def _fill_filters(self) -> None:
        from evidence_app.core.fields import category_label
        from evidence_app.core.model import CATEGORIES

        category, platform = self.category_filter.currentData(), self.platform_filter.currentData()
        for combo in (self.category_filter, self.platform_filter):
            combo.blockSignals(True)
            combo.clear()
        self.category_filter.addItem(self.tr("All kinds"), "")
        for key in CATEGORIES:
            self.category_filter.addItem(category_label(key), key)
        self.platform_filter.addItem(self.tr("All platforms"), "")
        from evidence_app.core.platforms import platform_label

        for name in self.platforms:  # one entry per platform (微博 and Weibo are one)
            self.platform_filter.addItem(platform_label(name), name)
        for combo, value in ((self.category_filter, category), (self.platform_filter, platform)):
            index = combo.findData(value) if value else 0
            combo.setCurrentIndex(max(index, 0))
            combo.blockSignals(False)

    # -- cases -------------------------------------------------------------------------------

    def refresh_cases(self) -> None:
        self.case_model.set_cases(self.store.list_cases())
        if self.case is not None:
            row = self.case_model.row_of(self.case.id)
            if row >= 0:
                self.case_list.setCurrentIndex(self.case_model.index(row))

    def _case_clicked(self, current: QModelIndex, _previous: QModelIndex) -> None:
        from evidence_app.ui.models import CaseIdRole

        case_id = current.data(CaseIdRole) if current.isValid() else None
        if case_id and (self.case is None or case_id != self.case.id):
            self.open_case(case_id)

    def open_case(
        self,
        case_ref: str,
        background: bool | None = None,
        select: str | None = None,
        changed: bool = False,
    ) -> Task | None:
        """Show a case: small ones at once, big ones (``background``) read off the GUI thread.

        ``caseOpened`` (and ``caseChanged`` when *changed*) fire once its items are shown.
        """
        case = self.store.get_case(case_ref)
        self._load_serial += 1
        serial = self._load_serial
        urls = list(self.settings.tsa_urls)
        if background is None:
            background = case.item_count > SYNC_LOAD_ITEMS
        if not background:
            self._case_loaded(load_case_data(self.store, case.id, urls), select, changed)
            return None
        self._show_loading(case)
        store = self.store

        def work(_task: Task) -> CaseData:
            with task_store(store) as own:
                return load_case_data(own, case.id, urls)

        def done(data: CaseData) -> None:
            if serial == self._load_serial:
                self._case_loaded(data, select, changed)

        def failed(error: BaseException) -> None:
            if serial == self._load_serial:
                self.loading = False
                self._update_case_title()
                show_error(error, self)

        return self.runner.run(work, done, failed, label="open-case")

    def _case_loaded(self, data: CaseData, select: str | None, changed: bool) -> None:
        self.show_case(data.case, data)
        self._remember_case(data.case.id)
        row = self.case_model.row_of(data.case.id)
        if row >= 0 and self.case_list.currentIndex().row() != row:
            self.case_list.setCurrentIndex(self.case_model.index(row))
        if select:
            self.select_item(select)
        self.caseOpened.emit(data.case.id)
        if changed:
            self.caseChanged.emit(data.case.id)

    def _show_loading(self, case: Case) -> None:
        self.show_case(case, None)
        self.loading = True
        self._update_case_title()
        self._update_next_step()

    def commit_edits(self, explicit: bool = False) -> None:
        """Save what was typed into the item form and not saved yet (Ctrl+S; before another item
        or case shows, and before the app closes): nothing typed is ever lost."""
        if self.panes_ready:
            self.item_panel.commit(explicit)

    def show_case(self, case: Case | None, data: CaseData | None = None) -> None:
        self.commit_edits()
        self.case = case
        self.loading = False
        if data is None:
            self.items = []
            self.completeness = None
            self.platforms = []
            self.review = None
            self.item_model.set_items([])
        else:
            self.items = data.items
            self.completeness = data.completeness
            self.platforms = data.platforms
            self.review = data.review
            self.item_model.set_items(
                self.items, self.completeness, bool(self.settings.tsa_urls), review=self.review
            )
        self.guide_panel.set_completeness(self.completeness)
        self.guide_panel.set_review(self.review, is_reviewer(self.store))
        self._fill_filters()
        self.item_panel.show_item(None)
        for act in self._case_actions():
            act.setEnabled(case is not None)
        self.act_verdict.setVisible(is_reviewer(self.store))
        self.rename_case_button.setEnabled(case is not None)
        self._update_case_title()
        self._update_next_step()
        self._update_status()

    def _case_actions(self) -> tuple[QAction, ...]:
        """The actions that need an open case."""
        return (
            self.act_rename_case,
            self.act_narrative,
            self.act_browser,
            self.act_capture_screen,
            self.act_capture_window,
            self.act_capture_region,
            self.act_import,
            self.act_withdraw,
            self.act_timestamp,
            self.act_export,
            self.act_pack,
            self.act_import_receipt,
            self.act_verdict,
        )

    def reload_case(self, select_item: str | None = None) -> Task | None:
        """Re-read the open case after a change (import, capture, time-stamp)."""
        if self.case is None:
            return None
        self.commit_edits()
        current = select_item or (self.item_panel.item.id if self.item_panel.item else None)
        self.refresh_cases()
        return self.open_case(self.case.id, select=current, changed=True)

    def select_item(self, item_id: str) -> None:
        row = self.item_model.row_of(item_id)
        if row < 0:
            return
        while row >= self.item_model.loaded:
            self.item_model.fetchMore()
        index = self.proxy.mapFromSource(self.item_model.index(row, 0))
        if index.isValid():
            self.table.selectRow(index.row())
            self.table.scrollTo(index)

    def create_case(self, title: str, owner: str = "", description: str = "") -> Case:
        case = self.store.create_case(title, owner, description)
        self.refresh_cases()
        self.open_case(case.id)
        return case

    def rename_case(self, title: str) -> None:
        if self.case is None:
            return
        self.store.edit_case(self.case.id, title=title)
        self.refresh_cases()
        self.case = self.store.get_case(self.case.id)
        self._update_case_title()

    def set_narrative(self, text: str) -> None:
        if self.case is None:
            return
        self.store.edit_case(self.case.id, description=text)
        self.reload_case()

    def _update_window_title(self) -> None:
        # Qt adds the app's name ("— 取证助手", "— Evidence App") after it: the title is the open
        # case alone, and empty (the name alone) before there is one.
        title = self.case.title if self.case is not None else ""
        if self.windowTitle() != title or self._display_name != app_display_name():
            self._display_name = app_display_name()  # the language changed: "— Evidence App"
            self.setWindowTitle("")  # (Qt adds the name only when the title is set)
            self.setWindowTitle(title)

    def _update_case_title(self) -> None:
        self._update_window_title()
        if self.case is None:
            self.case_title.setText(self.tr("No case yet"))
        elif self.loading:
            self.case_title.setText(
                self.tr("{title} — opening {count} pieces of evidence…").format(
                    title=self.case.title, count=self.case.item_count
                )
            )
        elif self.proxy.category or self.proxy.platform or self.proxy.text:
            self.case_title.setText(
                self.tr("{title} — {shown} of {count} pieces of evidence shown").format(
                    title=self.case.title, shown=self.proxy.rowCount(), count=len(self.items)
                )
            )
        else:
            self.case_title.setText(
                self.tr("{title} — {count} pieces of evidence").format(
                    title=self.case.title, count=len(self.items)
                )
            )

    def _update_next_step(self) -> None:
        from evidence_app.ui.guide_panel import tool_button_text

        self.next_step_id = ""
        if self.case is None:
            self.next_label.setText(
                self.tr("<b>Start here:</b> create a case for what is happening to you.")
            )
            self.next_button.setText(self.tr("New case…"))
            self.next_step_tool = "new_case"
            return
        if self.loading:
            self.next_label.setText(self.tr("Opening the case…"))
            self.next_button.setText(tool_button_text("browser"))
            self.next_step_tool = "browser"
            return
        requests = self.guide_panel.open_requests()
        if requests and not is_reviewer(self.store):
            self.next_label.setText(
                self.tr(
                    "<b>Support asked you to capture {count} item(s) again:</b> {numbers}"
                ).format(count=len(requests), numbers=", ".join(m.number for m in requests))
            )
            self.next_button.setText(self.tr("Capture again…"))
            self.next_step_tool = "recapture"
            return
        step = self.guide_panel.next_step()
        if step is None:
            self.next_label.setText(
                self.tr(
                    "<b>Everything the guide asks for is here.</b> Export the bundle for your lawyer."
                )
            )
            self.next_button.setText(tool_button_text("export"))
            self.next_step_tool = "export"
            return
        self.next_label.setText(self.tr("<b>Next step:</b> {title}").format(title=step.title()))
        self.next_button.setText(tool_button_text(step.tool))
        self.next_step_tool = step.tool
        self.next_step_id = step.id

    def _do_next_step(self) -> None:
        if self.next_step_tool == "new_case":
            self.new_case_wizard()
        elif self.next_step_tool == "recapture":
            requests = self.guide_panel.open_requests()
            if requests:
                self.recapture_dialog(requests[0].item_id)
        else:
            self.open_tool(self.next_step_tool, self.next_step_id)

    # -- items -------------------------------------------------------------------------------

    def _filters_changed(self, *_args: object) -> None:
        self.proxy.set_filter(
            self.category_filter.currentData() or "",
            self.platform_filter.currentData() or "",
            self.search.text(),
        )
        self._update_case_title()

    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        from evidence_app.ui.models import ItemRole

        self.commit_edits()  # what was typed into the item shown until now is saved first
        indexes = self.table.selectionModel().selectedRows()
        item = indexes[0].data(ItemRole) if indexes else None
        self.show_item(item)

    def show_item(self, item: Item | None) -> None:
        if item is None or self.case is None:
            self.item_panel.show_item(None)
            return
        missing = (
            self.completeness.item_missing_fields.get(item.number, ()) if self.completeness else ()
        )
        self.item_panel.show_item(item, self.store.events(self.case.id, item.id), missing)
        mark = self.review.latest_for(item.id) if self.review is not None else None
        self.item_panel.set_review(mark, is_reviewer(self.store))

    def edit_fields(self, changes: dict[str, str]) -> None:
        item = self.item_panel.item
        if self.case is None or item is None:
            return
        try:
            updated = self.store.edit_fields(self.case.id, item.id, changes)
        except UserError as error:
            self.item_panel.refuse(changes)  # not sent again when the error dialog takes focus
            show_error(error, self)
            return
        self._item_edited(updated)

    def set_category(self, category: str) -> None:
        """The owner chose another category for the shown item: recorded at once, no question."""
        item = self.item_panel.item
        if self.case is None or item is None:
            return
        try:
            updated = self.store.set_category(self.case.id, item.id, category)
        except UserError as error:
            show_error(error, self)
            self.item_panel.show_category()  # back to the stored category
            return
        unsaved = self.item_panel.changed_fields()  # typed in the form, not saved yet: kept
        self._item_edited(updated)
        self.item_panel.restore_edits(unsaved)

    def _item_edited(self, updated: Item) -> None:
        """One item changed by the user: its row, the guide's completeness, filters and panel."""
        assert self.case is not None
        from evidence_app.core.guide import evaluate

        self.items = [updated if i.id == updated.id else i for i in self.items]
        self.completeness = evaluate(
            self.store, self.case, items=self.items, tsa_urls=self.settings.tsa_urls
        )
        self.item_model.update_item(updated, self.completeness)
        self.guide_panel.set_completeness(self.completeness)
        self._update_next_step()
        from evidence_app.core.platforms import canonical_platform

        platform = canonical_platform(updated.fields.get("platform", ""))
        if platform and platform not in self.platforms:
            self.platforms = sorted([*self.platforms, platform])
        self._fill_filters()
        self.show_item(updated)
        self.statusBar().showMessage(
            self.tr("Saved. The change is recorded in the custody log."), 5000
        )
        self.caseChanged.emit(self.case.id)

    def selected_item(self) -> Item | None:
        return self.item_panel.item

    # -- tools -------------------------------------------------------------------------------

    def open_tool(self, tool: str, step_id: str = "") -> None:
        handlers = {
            "new_case": self.new_case_wizard,
            # The step chooses the page kind; the recording step starts recording the visit.
            "browser": lambda: self.open_browser(step_id),
            "record": lambda: self.open_browser(step_id),
            "choose_tsa": self.choose_time_service,
            "capture_screen": lambda: self.capture("screen"),
            # Files imported for a step are of its kind (harm, identity); the owner can change it.
            "import": lambda: self.import_dialog(STEP_CATEGORIES.get(step_id, "other")),
            "fields": lambda: self.focus_fields(step_id),
            "narrative": self.edit_narrative_dialog,
            "timestamp": self.timestamp_now,
            "export": self.export_dialog,
        }
        handlers[tool]()

    def focus_fields(self, step_id: str = "") -> None:
        """Select the first item that has gaps for the guide step *step_id* (any step's when it
        has none or is not given) and show its form."""
        if self.completeness is not None and self.completeness.item_gaps:
            numbers = sorted(self.completeness.item_gaps)
            if step_id:
                of_step = sorted(g.item for g in self.completeness.status(step_id).gaps if g.item)
                numbers = of_step or numbers
            number = numbers[0]
            for item in self.items:
                if item.number == number:
                    self.select_item(item.id)
                    break
        self.item_panel.tabs.setCurrentIndex(1)

    def import_dialog(self, category: str = "other") -> Any:
        """Choose files, then say what they are (preselected *category*), then import them."""
        from evidence_app.ui.operations.import_files import choose_and_import

        return choose_and_import(self, category)

    def drop_files(self, paths: Sequence[Path]) -> Any:
        """Files dropped on the window or table: asked what they are, like every import."""
        from evidence_app.ui.operations.import_files import ask_and_import

        return ask_and_import(self, paths)

    def import_paths(
        self,
        paths: Sequence[Path],
        category: str = "other",
        extra: dict[str, Any] | None = None,
    ) -> Task | None:
        """Import *paths* (one item each) off the GUI thread; see operations.import_files."""
        from evidence_app.ui.operations.import_files import import_paths

        return import_paths(self, paths, category, extra)

    def withdraw_dialog(self) -> None:

        item = self.item_panel.item
        if self.case is None or item is None:
            return
        reason = self._ask_text(
            self.tr("Withdraw {number}").format(number=item.number),
            self.tr("Why is this item withdrawn? It stays in the log."),
        )
        if reason is not None:
            try:
                self.store.withdraw_item(self.case.id, item.id, reason)
            except UserError as error:
                show_error(error, self)
                return
            self.reload_case(item.id)

    def open_browser(self, step_id: str = "") -> None:
        if self.case is None:
            return
        from PySide6.QtCore import Qt

        from evidence_app.ui.browser import BrowserWidget  # QtWebEngine: loaded on first use

        if (
            self.browser_window is not None
            and self.browser_window.property("caseId") == self.case.id
        ):
            self.browser_window.show()
            self.browser_window.raise_()
            self.browser_window.begin_step(step_id)
            return
        if self.browser_window is not None:
            self.browser_window.close()
        browser = BrowserWidget(self.store, self.case.id, None)
        browser.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        browser.setProperty("caseId", self.case.id)
        browser.setWindowTitle(self.tr("Browser — {title}").format(title=self.case.title))
        case_id = self.case.id
        browser.itemCaptured.connect(lambda item_id: self._captured_in_browser(case_id, item_id))
        browser.destroyed.connect(
            lambda *_: self.browser_window is browser and setattr(self, "browser_window", None)
        )
        browser.quitRequested.connect(self.close)  # Ctrl+Q there: the same guarded quit
        browser.closing.connect(self._remember_browser_geometry)
        browser.place(self.settings.window_geometry.get("browser"))
        browser.show()
        self.browser_window = browser
        browser.begin_step(step_id)

    def _remember_browser_geometry(self, geometry: list[int]) -> None:
        self.settings.window_geometry["browser"] = geometry
        self.settings.save(self.data_dir)

    def choose_time_service(self) -> Any:
        """Settings, at the trusted-time section (the guide's time-stamp step without a service)."""
        dialog = self.settings_dialog()
        dialog.time_services.focus()
        return dialog

    def _captured_in_browser(self, case_id: str, item_id: str) -> None:
        if self.case is not None and self.case.id == case_id:
            self.reload_case(item_id)
        else:  # the owner switched cases meanwhile: show the case the capture went into
            self.refresh_cases()
            self.open_case(case_id, select=item_id, changed=True)

    def open_saved_page(self, path: str) -> None:
        """Show a stored page (MHTML) read-only in the case's browser window."""
        self.open_browser()
        if self.browser_window is not None:
            self.browser_window.open_file(Path(path))

    def capture(self, kind: str) -> Item | None:
        """Capture the screen, a window or a region (``kind``) into the open case.

        ``capture.screen`` hides every window of the app (this one, the browser, open dialogs)
        while it takes the shot and shows them again after; a region or window is picked with a
        rubber band, and Escape cancels (no item).
        """
        if self.case is None:
            return None
        from evidence_app.capture import screen

        func = getattr(screen, f"capture_{kind}")
        try:
            item: Item | None = func(self.store, self.case.id)
        except UserError as error:
            show_error(error, self)
            return None
        if item is None:
            self.statusBar().showMessage(self.tr("Capture cancelled; nothing was stored."), 5000)
            return None
        self.statusBar().showMessage(
            self.tr("{number} captured and stored with its hash.").format(number=item.number), 5000
        )
        self.reload_case(item.id)
        return item

    def timestamp_now(self) -> Task | None:
        if self.case is None:
            return None
        if not self.settings.tsa_urls:  # no dead end: choose a service first
            self.statusBar().showMessage(
                self.tr("Choose a trusted time service first; nothing is sent until you do."),
                10000,
            )
            self.choose_time_service()
            return None
        case_id, urls = self.case.id, list(self.settings.tsa_urls)

        def work(task: Task) -> Any:
            from evidence_app.core import trusted_time  # pyHanko: loaded off the GUI thread

            with task_store(self.store) as store:
                return trusted_time.stamp_pending(
                    store, case_id, urls, progress=lambda d, t, *rest: task.progress(d, t, "")
                )

        def done(outcome: Any) -> None:
            if outcome.pending:
                self.statusBar().showMessage(
                    self.tr(
                        "{stamped} file(s) time-stamped; {pending} still wait (the server did not answer). They are stamped when it answers again."
                    ).format(stamped=len(outcome.stamped), pending=len(outcome.pending)),
                    10000,
                )
            else:
                self.statusBar().showMessage(self.tr("Time-stamping finished."), 5000)
            self.reload_case()
            self.tsa_watch.check()

        def failed(error: BaseException) -> None:
            self.reload_case()
            show_error(error, self)

        return self.runner.run(work, done, failed, on_progress=self._progress, label="timestamp")

    def _auto_stamped(self, result: Any) -> None:
        self.statusBar().showMessage(
            self.tr(
                "The time-stamp server answers again: {count} waiting file(s) were time-stamped."
            ).format(count=result.stamped),
            10000,
        )
        if self.case is not None and self.case.id in result.stamped_cases:
            self.reload_case()

    # -- dialogs -----------------------------------------------------------------------------

    def _ask_text(self, title: str, label: str, text: str = "") -> str | None:
        """One line of text from the user (None: cancelled), in a box wide enough for a title."""
        from PySide6.QtWidgets import QInputDialog

        dialog = QInputDialog(self)
        dialog.setWindowTitle(title)
        dialog.setLabelText(label)
        dialog.setTextValue(text)
        dialog.setMinimumWidth(480)
        return dialog.textValue() if dialog.exec() else None

    def _keep(self, dialog: QWidget) -> QWidget:
        from PySide6.QtCore import Qt

        keep_on_screen(dialog)
        add_quit_shortcut(dialog)  # Ctrl+Q also while a dialog blocks this window
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        self.dialogs.append(dialog)
        dialog.destroyed.connect(
            lambda *_: self.dialogs.remove(dialog) if dialog in self.dialogs else None
        )
        return dialog

    def new_case_wizard(self) -> Any:
        from evidence_app.ui.wizard import NewCaseWizard

        wizard = self._keep(NewCaseWizard(self.store, self, self.settings, self.data_dir))
        wizard.caseCreated.connect(self.open_created_case)
        wizard.open()
        return wizard

    def open_created_case(self, case_id: str) -> None:
        self.refresh_cases()
        self.open_case(case_id)

    def rename_case_dialog(self) -> None:

        if self.case is None:
            return
        title = self._ask_text(self.tr("Rename case"), self.tr("New title:"), self.case.title)
        if title is not None:
            try:
                self.rename_case(title)
            except UserError as error:
                show_error(error, self)

    def edit_narrative_dialog(self) -> Any:
        if self.case is None:
            return None
        from evidence_app.ui.dialogs import NarrativeDialog

        dialog = self._keep(NarrativeDialog(self.case.description, self))
        dialog.narrativeAccepted.connect(self.set_narrative)
        dialog.open()
        return dialog

    def export_dialog(self) -> Any:
        if self.case is None:
            return None
        from evidence_app.ui.dialogs import ExportDialog

        dialog = self._keep(ExportDialog(self, self.case, self.completeness))
        dialog.fixGaps.connect(self._fix_gaps)
        dialog.finished.connect(lambda *_: self._remember_bundle_dir(dialog.out.text()))
        dialog.open()
        return dialog

    def _fix_gaps(self) -> None:
        step = self.guide_panel.next_step()
        if step is not None:
            self.guide_panel.steps.setCurrentRow(self.guide_panel.guide.steps.index(step))
            self.open_tool(step.tool, step.id)

    def _remember_bundle_dir(self, out: str) -> None:
        if out and Path(out).is_file():
            self.bundle_dir = str(Path(out).parent)

    def verify_dialog(self) -> Any:
        from evidence_app.ui.dialogs import _documents_dir
        from evidence_app.ui.verify.dialog import VerifyDialog

        dialog = self._keep(VerifyDialog(self.runner, self))
        # The file chooser opens where the last bundle was saved (else where bundles go).
        dialog.start_dir = getattr(self, "bundle_dir", "") or str(_documents_dir())
        dialog.open()
        return dialog

    def settings_dialog(self) -> Any:
        from evidence_app.ui.dialogs import SettingsDialog

        dialog = self._keep(SettingsDialog(self.data_dir, self.settings, self))
        dialog.settingsSaved.connect(self.apply_settings)
        dialog.open()
        return dialog

    def apply_settings(self, settings: Settings) -> None:
        from evidence_app.core.model import Operator

        self.settings = settings
        if settings.operator_name:
            self.store.operator = Operator(settings.operator_name, settings.operator_role)
        if self.switcher is not None and self.switcher.language != _normalised(settings.language):
            self.switcher.apply(settings.language)
        self.reload_case()
        self.tsa_watch.set_urls(settings.tsa_urls)
        self._update_status()

    def show_log(self) -> Any:
        from evidence_app.ui.dialogs import LogDialog

        dialog = self._keep(LogDialog(self))
        dialog.show()
        return dialog

    # -- status ------------------------------------------------------------------------------

    def _update_status(self) -> None:
        self.status_dir.setText(self.tr("Data: {path}").format(path=self.data_dir))
        if not self.panes_ready:
            return
        operator = self.store.operator
        from evidence_app.core.fields import ROLE_LABELS
        from evidence_app.core.i18n import tr

        role = tr("Roles", ROLE_LABELS.get(operator.role, operator.role))
        self.status_operator.setText(
            self.tr("Operator: {name} ({role})").format(name=operator.name, role=role)
        )
        watch = self.tsa_watch
        if not watch.urls:
            tsa = self.tr("Time-stamp server: not set")
        elif watch.reachable is None:
            tsa = self.tr("Time-stamp server: checking…")
        elif watch.reachable:
            tsa = self.tr("Time-stamp server: reachable")
        else:
            tsa = self.tr("Time-stamp server: not reachable")
        if watch.urls and watch.pending:
            tsa += " · " + self.tr(
                "{count} file(s) wait for a time-stamp ({items} item(s))"
            ).format(count=watch.pending, items=watch.pending_items)
        self.status_tsa.setText(tsa)

    def _busy_changed(self, busy: bool) -> None:
        self.status_busy.setText(self.tr("Working…") if busy else "")

    def _progress(self, done: int, total: int, label: str) -> None:
        self.statusBar().showMessage(
            self.tr("{done} of {total}: {label}").format(done=done + 1, total=total, label=label)
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

    def _remember_case(self, case_id: str) -> None:
        """The case in use is the one the next start opens (kept at once: a crash keeps it too)."""
        if self.settings.last_case != case_id:
            self.settings.last_case = case_id
            try:
                self.settings.save(self.data_dir)
            except UserError as error:
                log.warning("settings not saved: %s", error.message())

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
            if getattr(dialog, "has_changes", None) is not None and dialog.has_changes():
                dialog.accept()
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


def app_display_name() -> str:
    from PySide6.QtGui import QGuiApplication

    return QGuiApplication.applicationDisplayName()


def _normalised(language: str) -> str:
    from evidence_app.core.i18n import normalise_language

    try:
        return normalise_language(language)
    except ValueError:
        return "en"
