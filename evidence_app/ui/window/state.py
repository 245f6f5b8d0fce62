"""What the main window's parts share: its state and the methods they call on one another.

Every part of ``MainWindow`` (ui/window/*, ui/operations/*) derives from ``WindowState``, so the
type checker sees the whole window in each part; the methods are declared here for the checker
only and are defined by the part that owns them.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtWidgets import QMainWindow, QWidget

W = TypeVar("W", bound=QWidget)

if TYPE_CHECKING:
    from collections.abc import Sequence

    from PySide6.QtCore import QItemSelection, QModelIndex, SignalInstance
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import (
        QComboBox,
        QLabel,
        QLineEdit,
        QListView,
        QMenu,
        QPushButton,
        QToolBar,
    )

    from evidence_app.core.guide import Completeness
    from evidence_app.core.model import Case, Item
    from evidence_app.core.review import ReviewState
    from evidence_app.core.settings import Settings
    from evidence_app.core.store import CaseStore
    from evidence_app.ui.errors import ErrorPresenter
    from evidence_app.ui.geometry import ElidedLabel
    from evidence_app.ui.guide_panel import GuidePanel
    from evidence_app.ui.item import ItemPanel
    from evidence_app.ui.language import LanguageSwitcher
    from evidence_app.ui.models import (
        CaseListModel,
        EvidenceTable,
        ItemFilterProxy,
        ItemTableModel,
        ThumbnailCache,
    )
    from evidence_app.ui.tasks import SyncTaskRunner, Task, TaskRunner
    from evidence_app.ui.tsa_watch import TsaWatcher
    from evidence_app.ui.window.case_view import CaseData


class WindowState(QMainWindow):
    """The main window's state (set in ``MainWindow.__init__`` and ``_build_panes``)."""

    if TYPE_CHECKING:
        caseOpened: SignalInstance
        caseChanged: SignalInstance
        panesReady: SignalInstance

        store: CaseStore
        settings: Settings
        runner: TaskRunner | SyncTaskRunner
        switcher: LanguageSwitcher | None
        data_dir: Path
        case: Case | None
        items: list[Item]
        completeness: Completeness | None
        platforms: list[str]
        review: ReviewState | None
        loading: bool
        panes_ready: bool
        bundle_dir: str
        next_step_tool: str
        next_step_id: str
        _load_serial: int
        tsa_watch: TsaWatcher
        browser_window: Any
        region_picker: QWidget | None
        dialogs: list[QWidget]
        presenter: ErrorPresenter
        placeholder: Any
        menu_case: QMenu
        menu_capture: QMenu
        menu_bundle: QMenu
        menu_tools: QMenu
        toolbar: QToolBar
        campaign_menus: Any
        _frame_actions: tuple[QAction, ...]

        thumbnails: ThumbnailCache
        case_model: CaseListModel
        item_model: ItemTableModel
        proxy: ItemFilterProxy
        item_panel: ItemPanel
        guide_panel: GuidePanel
        left: QWidget
        middle: QWidget
        cases_label: QLabel
        case_list: QListView
        new_case_button: QPushButton
        rename_case_button: QPushButton
        next_bar: QWidget
        next_label: QLabel
        next_button: QPushButton
        case_title: QLabel
        category_filter: QComboBox
        platform_filter: QComboBox
        search: QLineEdit
        table: EvidenceTable
        drop_hint: QLabel
        status_dir: ElidedLabel
        status_operator: ElidedLabel
        status_tsa: ElidedLabel
        status_busy: QLabel

        act_new_case: QAction
        act_rename_case: QAction
        act_narrative: QAction
        act_browser: QAction
        act_capture_screen: QAction
        act_capture_window: QAction
        act_capture_region: QAction
        act_import: QAction
        act_withdraw: QAction
        act_timestamp: QAction
        act_export: QAction
        act_verify: QAction
        act_settings: QAction
        act_pack: QAction
        act_unpack: QAction
        act_import_receipt: QAction
        act_verdict: QAction
        act_review_next: QAction
        act_mark_reviewed: QAction
        act_log: QAction
        act_save: QAction
        act_quit: QAction

        # Defined by the part that owns them; declared for the checker.
        def reload_case(self, select_item: str | None = None) -> Task | None: ...
        def refresh_cases(self) -> None: ...
        def open_case(
            self,
            case_ref: str,
            background: bool | None = None,
            select: str | None = None,
            changed: bool = False,
        ) -> Task | None: ...
        def show_case(self, case: Case | None, data: CaseData | None = None) -> None: ...
        def show_item(self, item: Item | None) -> None: ...
        def select_item(self, item_id: str) -> None: ...
        def commit_edits(self, explicit: bool = False) -> None: ...
        def _case_actions(self) -> tuple[QAction, ...]: ...
        def _fill_filters(self) -> None: ...
        def _update_status(self) -> None: ...
        def _update_next_step(self) -> None: ...
        def _update_case_title(self) -> None: ...
        def _update_window_title(self) -> None: ...
        def _progress(self, done: int, total: int, label: str) -> None: ...
        def _keep(self, dialog: W) -> W: ...
        def review_next(self) -> None: ...
        def mark_reviewed(self) -> None: ...
        def next_to_review(self, after: str | None = None, last: bool = True) -> Item | None: ...
        def items_to_review(self) -> list[Item]: ...
        def _ask_text(self, title: str, label: str, text: str = "") -> str | None: ...
        def open_tool(self, tool: str, step_id: str = "") -> None: ...
        def open_browser(self, step_id: str = "") -> None: ...
        def open_package(self, path: Path) -> Any: ...
        def choose_time_service(self) -> Any: ...
        def new_case_wizard(self) -> Any: ...
        def settings_dialog(self) -> Any: ...
        def recapture_dialog(self, item_id: str) -> None: ...
        def recapture_paths(self, item_id: str, paths: Sequence[Path]) -> Task | None: ...
        def _captured_in_browser(self, case_id: str, item_id: str) -> None: ...
        def import_paths(
            self,
            paths: Sequence[Path],
            category: str = "other",
            extra: dict[str, Any] | None = None,
        ) -> Task | None: ...
        def _remember_case(self, case_id: str) -> None: ...
        def _case_clicked(self, current: QModelIndex, previous: QModelIndex) -> None: ...
        def _selection_changed(
            self, selected: QItemSelection, deselected: QItemSelection
        ) -> None: ...
        def _filters_changed(self, *_args: object) -> None: ...
        def _do_next_step(self) -> None: ...
        def rename_case(self, title: str) -> None: ...
        def set_narrative(self, text: str) -> None: ...
        def drop_files(self, paths: Sequence[Path]) -> Any: ...
        def import_dialog(self, category: str = "other") -> Any: ...
        def capture_screen(self, delay: int | None = None, tick_ms: int = 1000) -> None: ...
        def capture_window(self, delay: int | None = None, tick_ms: int = 1000) -> None: ...
        def capture_region(
            self, delay: int | None = None, tick_ms: int = 1000, kind: str = "region"
        ) -> None: ...
        def timestamp_now(self) -> Task | None: ...
        def withdraw_dialog(self) -> None: ...
        def rename_case_dialog(self) -> None: ...
        def edit_narrative_dialog(self) -> Any: ...
        def export_dialog(self) -> Any: ...
        def verify_dialog(self) -> Any: ...
        def pack_dialog(self) -> Any: ...
        def open_package_dialog(self) -> Any: ...
        def import_receipt_dialog(self) -> None: ...
        def verdict_dialog(self) -> Any: ...
        def show_log(self) -> Any: ...
