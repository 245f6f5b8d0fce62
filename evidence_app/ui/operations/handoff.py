"""Hand-off actions: save the case as a package for support, open a package, import a receipt."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from evidence_app.core.errors import UserError
from evidence_app.ui.background import run_now
from evidence_app.ui.window.state import WindowState

if TYPE_CHECKING:
    from evidence_app.core.model import Event
    from evidence_app.core.store import CaseStore

CONTEXT = "MainWindow"  # tools/i18n.py extracts _t("…") with this context (the window's words)


def _t(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


class HandoffActions(WindowState):
    """Mixed into MainWindow: uses its case, store, item panel, status bar and dialogs."""

    # -- hand-off: case packages and receipts ------------------------------------------------

    def pack_dialog(self) -> Any:
        from evidence_app.ui.handoff import PackDialog

        if self.case is None:
            return None
        dialog = self._keep(PackDialog(self, self.case))
        dialog.open()
        return dialog

    def open_package_dialog(self) -> Any:
        from PySide6.QtWidgets import QFileDialog

        name, _ = QFileDialog.getOpenFileName(
            self,
            _t("Open a case package"),
            "",
            _t("Case package (*.evcase)"),
        )
        return self.open_package(Path(name)) if name else None

    def open_package(self, path: Path) -> Any:
        """Check and import a ``.evcase`` in a dialog that shows progress and the outcome."""
        from evidence_app.ui.handoff import UnpackDialog

        dialog = self._keep(UnpackDialog(self, path))
        dialog.open()
        dialog.start()
        return dialog

    def import_receipt_dialog(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        name, _ = QFileDialog.getOpenFileName(
            self, _t("Import a receipt"), "", _t("Receipt (*.json)")
        )
        if name:
            self.import_receipt_file(Path(name))

    def import_receipt_file(self, path: Path) -> Any:
        """Check a receipt's signature and record it in the log of the case it is for."""
        from evidence_app.core.receipts import import_receipt, read_receipt
        from evidence_app.ui.handoff import find_receipt_case, receipt_summary

        open_case = self.case

        def record(store: CaseStore) -> tuple[Any, str, Event | None]:
            receipt = read_receipt(path)
            case_id = find_receipt_case(store, receipt, open_case)
            if case_id is None:
                if open_case is None:
                    raise UserError("Open the case this receipt is for first.")
                case_id = open_case.id  # import_receipt says which case the receipt is for
            return receipt, case_id, import_receipt(store, case_id, path)

        recorded = run_now(self, record)
        if recorded is None:  # refused: said in one sentence
            return None
        receipt, case_id, event = recorded
        if event is None:
            message = _t(
                "Receipt checked: {who} received {file} on {when}. The case is still with them, "
                "so it enters the custody log when their package comes back."
            )
        else:
            message = _t(
                "Receipt recorded: {who} received {file} on {when}; the signature is valid."
            )
        self.statusBar().showMessage(message.format(**receipt_summary(receipt)), 10000)
        if self.case is None or self.case.id != case_id:
            self.refresh_cases()
            self.open_case(case_id)
        else:
            self.reload_case()
        return event
