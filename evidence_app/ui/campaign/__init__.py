"""The campaign views: 批量取证 (capture a list) and 传播分析 (coordinated spreading), and their menu entries.

``install(window)`` is the main window's only link to them: it adds one action to the Capture
menu and one to the Bundle menu, enabled when a case is open.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction

CONTEXT = "CampaignMenus"


def _t(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


class CampaignMenus(QObject):
    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        self.act_batch = QAction(window)
        self.act_batch.setObjectName("captureList")
        self.act_batch.triggered.connect(self.open_batch)
        self.act_analysis = QAction(window)
        self.act_analysis.setObjectName("campaignAnalysis")
        self.act_analysis.triggered.connect(self.open_analysis)
        window.menu_capture.insertAction(window.act_import, self.act_batch)
        window.menu_bundle.insertAction(window.act_timestamp, self.act_analysis)
        for menu in (window.menu_capture, window.menu_bundle):
            menu.aboutToShow.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        """Texts in the current language; enabled only with an open case."""
        self.act_batch.setText(_t("Capture a list of pages…"))
        self.act_analysis.setText(_t("Coordinated spreading…"))
        has_case = getattr(self.window, "case", None) is not None
        self.act_batch.setEnabled(has_case)
        self.act_analysis.setEnabled(has_case)

    def open_batch(self) -> Any:
        from evidence_app.ui.campaign.batch import BatchCaptureDialog

        dialog = BatchCaptureDialog(self.window.store, self.window.case.id, parent=self.window)
        dialog.finished_batch.connect(lambda: self.window.reload_case())
        dialog.show()
        return dialog

    def open_analysis(self) -> Any:
        from evidence_app.ui.campaign.view import CampaignView

        view = CampaignView(self.window.store, self.window.case.id, self.window.runner, self.window)
        view.show()
        view.start()
        return view


def install(window: Any) -> CampaignMenus:
    return CampaignMenus(window)
