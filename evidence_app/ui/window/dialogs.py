"""The main window's dialogs and tools: opened, kept alive while open, and their results applied."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from evidence_app.core.errors import UserError
from evidence_app.core.settings import Settings
from evidence_app.ui.errors import show_error
from evidence_app.ui.geometry import keep_on_screen
from evidence_app.ui.shortcuts import add_quit_shortcut
from evidence_app.ui.window.state import W, WindowState

if TYPE_CHECKING:
    pass

CONTEXT = "MainWindow"  # tools/i18n.py extracts _t("…") with this context (the window's words)


def _t(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


# The kind of evidence that files imported from a guide step are.
STEP_CATEGORIES = {"harm": "harm_evidence", "identity": "identity_document"}


def _normalised(language: str) -> str:
    from evidence_app.core.i18n import normalise_language

    try:
        return normalise_language(language)
    except ValueError:
        return "en"


class DialogsMixin(WindowState):
    """Opens the case wizard, narrative, export, verify, settings and log dialogs (part of MainWindow)."""

    def _ask_text(self, title: str, label: str, text: str = "") -> str | None:
        """One line of text from the user (None: cancelled), in a box wide enough for a title."""
        from PySide6.QtWidgets import QInputDialog

        dialog = QInputDialog(self)
        dialog.setWindowTitle(title)
        dialog.setLabelText(label)
        dialog.setTextValue(text)
        dialog.setMinimumWidth(480)
        return dialog.textValue() if dialog.exec() else None

    def _keep(self, dialog: W) -> W:
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
        title = self._ask_text(_t("Rename case"), _t("New title:"), self.case.title)
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

    def choose_time_service(self) -> Any:
        """Settings, at the trusted-time section (the guide's time-stamp step without a service)."""
        dialog = self.settings_dialog()
        dialog.time_services.focus()
        return dialog

    def open_tool(self, tool: str, step_id: str = "") -> None:
        handlers = {
            "new_case": self.new_case_wizard,
            # The step chooses the page kind; the recording step starts recording the visit.
            "browser": lambda: self.open_browser(step_id),
            "record": lambda: self.open_browser(step_id),
            "choose_tsa": self.choose_time_service,
            "capture_screen": self.capture_screen,
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
            # The cursor in the first field the step asks of it (a home page's account ID).
            gaps = self.completeness.status(step_id).gaps if step_id else ()
            keys = [k for g in gaps if g.item == number for k in g.params.get("fields") or ()]
            editor = self.item_panel.editors.get(keys[0]) if keys else None
            if editor is not None:
                self.item_panel.tabs.setCurrentIndex(1)
                editor.setFocus()
        self.item_panel.tabs.setCurrentIndex(1)
