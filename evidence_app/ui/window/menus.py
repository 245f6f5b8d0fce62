"""The main window's actions, menus and toolbar, and their words."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence

from evidence_app.ui.campaign import install as install_campaign
from evidence_app.ui.capture_countdown import DelayMenu
from evidence_app.ui.window.state import WindowState

if TYPE_CHECKING:
    pass

CONTEXT = "MainWindow"  # tools/i18n.py extracts _t("…") with this context (the window's words)


def _t(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


class MenusMixin(WindowState):
    """Builds the actions, menus and toolbar (part of MainWindow)."""

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
        self.act_capture_screen = a("captureScreen", self.capture_screen, "Ctrl+Shift+S")
        self.act_capture_window = a("captureWindow", self.capture_window, "Ctrl+Shift+W")
        self.act_capture_region = a("captureRegion", self.capture_region, "Ctrl+Shift+R")
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
        # Review by keyboard (support staff, lawyers): the next item waiting, and "reviewed"
        # (which goes on to the next one), without reaching for the mouse.
        self.act_review_next = a("reviewNext", self.review_next, "F8")
        self.act_mark_reviewed = a("markReviewed", self.mark_reviewed, "Ctrl+R")
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
        for action in (*self._frame_actions, *self._case_actions()):
            action.setEnabled(False)

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
            None,
            self.act_review_next,
            self.act_mark_reviewed,
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
        self.menu_capture.insertMenu(self.act_capture_window, DelayMenu(self))  # 0/3/5/10 s
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
