"""The export dialog: language, file, time-stamp servers, the guide's gaps (required apart from
suggestions) and where the missing-evidence list goes; runs the export and checks the result."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
)

from evidence_app.bundle.note import DEFAULT_PLACE, PLACES, gap_groups, write_gap_note
from evidence_app.core.guide import Completeness
from evidence_app.core.i18n import N_
from evidence_app.core.model import Case
from evidence_app.ui.background import run_in_background
from evidence_app.ui.dialogs import (
    NEW_KEY,
    PASSPHRASE_ENV,
    UNLOCK,
    PassphraseDialog,
    _documents_dir,
    _identity,
    ask_passphrase,
    key_exists,
)
from evidence_app.ui.errors import show_error
from evidence_app.ui.retranslating import RetranslatingDialog
from evidence_app.ui.tasks import Task
from evidence_app.ui.verify.words import escape as _escape
from evidence_app.ui.verify.words import plain_checks

if TYPE_CHECKING:
    from evidence_app.core.store import CaseStore

PROGRESS_CONTEXT = "ExportProgress"  # bundle.export.PROGRESS_CONTEXT (tools/i18n.py reads it here)


class ExportDialog(RetranslatingDialog):
    fixGaps = Signal()
    exportFinished = Signal(object)  # (ExportResult, BundleReport | None)

    def __init__(self, window: Any, case: Case, completeness: Completeness | None) -> None:
        super().__init__(window)
        self.setObjectName("exportDialog")
        self.window_ = window
        self.case = case
        self.completeness = completeness
        self.task: Task | None = None
        self.result: Any = None
        self.report: Any = None
        self.language = QComboBox()
        self.language.addItem("中文", "zh_CN")
        self.language.addItem("English", "en")
        from evidence_app.core.i18n import current_language

        self.language.setCurrentIndex(0 if current_language() == "zh_CN" else 1)
        self.tsa = QLineEdit(" ".join(window.settings.tsa_urls))
        self.out = QLineEdit(str(default_bundle_path(case)))
        self.browse = QPushButton()
        self.browse.clicked.connect(self._choose_out)
        self.passphrase_dialog: PassphraseDialog | None = None
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.gaps = QListWidget()  # required gaps
        self.gaps.setObjectName("gapList")
        self.suggestions = QListWidget()
        self.suggestions.setObjectName("suggestionList")
        self.suggestions_label = QLabel()
        # Where the list of what is missing goes: by default an unsigned note beside the bundle,
        # never under the signature unless the owner chooses so (a bundle for filing goes without).
        self.missing_place = QComboBox()
        self.missing_place.setObjectName("missingPlace")
        for place in PLACES:
            self.missing_place.addItem("", place)
        self.missing_place.setCurrentIndex(PLACES.index(DEFAULT_PLACE))
        self.progress = QProgressBar()
        self.progress.setVisible(False)
        self.outcome = QLabel()
        self.outcome.setWordWrap(True)
        self.outcome.setTextFormat(Qt.TextFormat.RichText)
        self.fix_button = QPushButton()
        self.fix_button.setObjectName("fixGaps")
        self.export_button = QPushButton()
        self.export_button.setObjectName("exportButton")
        self.export_button.setDefault(True)
        self.cancel_button = QPushButton()
        self.show_folder = QPushButton()
        self.show_folder.setVisible(False)
        self.fix_button.clicked.connect(self._fix)
        self.export_button.clicked.connect(self.request_export)
        self.cancel_button.clicked.connect(self._cancel)
        self.show_folder.clicked.connect(self._show_folder)

        form = QFormLayout()
        self.labels = [QLabel() for _ in range(4)]
        out_row = QHBoxLayout()
        out_row.addWidget(self.out, 1)
        out_row.addWidget(self.browse)
        form.addRow(self.labels[0], self.language)
        form.addRow(self.labels[1], out_row)
        form.addRow(self.labels[2], self.tsa)
        form.addRow(self.labels[3], self.missing_place)
        buttons = QHBoxLayout()
        buttons.addWidget(self.fix_button)
        buttons.addStretch(1)
        buttons.addWidget(self.show_folder)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addWidget(self.gaps, 2)
        layout.addWidget(self.suggestions_label)
        layout.addWidget(self.suggestions, 1)
        layout.addWidget(self.progress)
        layout.addWidget(self.outcome)
        layout.addLayout(buttons)
        self.resize(720, 560)
        self.retranslateUi()

    def gap_texts(self) -> list[str]:
        """The gap lines printed in the bundle (the required ones, only when the owner chose to
        put the list in), in the bundle's language."""
        if self.missing_place.currentData() != "bundle":
            return []
        return gap_groups(self.completeness, self.language.currentData())[0]

    def _fill_summary(self) -> None:
        self.gaps.clear()
        self.suggestions.clear()
        lines, suggested = gap_groups(self.completeness)
        self.gaps.addItems(lines)
        self.gaps.setVisible(bool(lines))
        self.suggestions.addItems(suggested)
        self.suggestions.setVisible(bool(suggested))
        self.suggestions_label.setVisible(bool(suggested))
        self._update_buttons()
        if not lines:
            self.summary.setText(
                self.tr("<b>The guide has nothing missing.</b> The bundle is ready to export.")
            )
            self.export_button.setText(self.tr("Export"))
        else:
            self.summary.setText(
                self.tr(
                    "<b>{count} thing(s) the guide asks for are still missing.</b> You can fix them first, or export now and choose where the list goes."
                ).format(count=len(lines))
            )
            self.export_button.setText(self.tr("Export anyway"))

    def _update_buttons(self) -> None:
        """Offer to fix the gaps while there are some and no export is running or done; once
        the bundle is written, Cancel becomes Close and the export button goes."""
        idle = self.task is None and self.result is None
        self.fix_button.setVisible(self.gaps.count() > 0 and idle)
        self.cancel_button.setText(
            self.tr("Close") if self.result is not None else self.tr("Cancel")
        )
        # Written: nothing more to export from here ("Export anyway" would read as not done).
        self.export_button.setVisible(self.result is None)
        self.cancel_button.setDefault(self.result is not None)

    def _choose_out(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the bundle as"), self.out.text(), "PDF (*.pdf)"
        )
        if name:
            self.out.setText(name)

    def _fix(self) -> None:
        self.fixGaps.emit()
        self.reject()

    def request_export(self) -> None:
        """The Export button: get the key's passphrase (environment or dialog), then export."""
        mode = UNLOCK if key_exists(self.window_.data_dir) else NEW_KEY
        self.passphrase_dialog = ask_passphrase(
            self, mode, lambda current, new: self.start_export(passphrase=current or new)
        )

    def start_export(self, out: Path | None = None, passphrase: str | None = None) -> Task | None:
        from evidence_app.bundle import export, verify

        identity = _identity()
        out = Path(out or self.out.text()).expanduser()
        if passphrase is None:
            passphrase = os.environ.get(PASSPHRASE_ENV, "")
        secret = passphrase.encode("utf-8")
        tsa_urls = [u for u in self.tsa.text().replace(",", " ").split() if u]
        lang = self.language.currentData()
        gaps = self.gap_texts()
        place = self.missing_place.currentData()
        groups = gap_groups(self.completeness, lang)
        case = self.case
        case_id = self.case.id
        store = self.window_.store
        owner = self.case.owner or store.operator.name
        steps = [1]  # the export's number of steps, as it reports them

        def work(own: CaseStore, task: Task) -> tuple[Any, Any]:
            def progress(done: int, total: int, label: str = "") -> None:
                steps[0] = total
                task.progress(done, total, label)

            signer = identity.load_signer(own.data_dir, secret, owner)
            result = export.export_case(
                own, case_id, out, signer, tsa_urls=tsa_urls, lang=lang,
                progress=progress, cancel=task.cancelled, gaps=gaps,
            )  # fmt: skip
            own.close()  # as before: the worker's store is closed before the bundle is checked
            task.check_cancelled()
            if place == "note":
                write_gap_note(out, case, *groups, lang)
            task.progress(steps[0], steps[0], N_(PROGRESS_CONTEXT, "Checking the finished bundle"))
            report = verify.verify_bundle(out)
            return result, report

        self.progress.setVisible(True)
        self.progress.setRange(0, 0)
        self.export_button.setEnabled(False)
        self.fix_button.setVisible(False)
        self.outcome.setText(self.tr("Exporting…"))
        self.out_path = out
        self.task = run_in_background(
            self.window_,
            "export",
            work,
            self._done,
            failed=self._failed,
            progress=self._progress,
            cancelled=self._cancelled,
        )
        return self.task

    def _progress(self, done: int, total: int, label: str) -> None:
        from evidence_app.core.i18n import tr

        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        step = tr(PROGRESS_CONTEXT, label) if label else ""
        # a literal "%" would be read as one of QProgressBar's placeholders
        text = self.tr("{step} ({done} of {total})").format(step=step, done=done, total=total)
        self.progress.setFormat(text.replace("%", "%%"))

    def _done(self, outcome: tuple[Any, Any]) -> None:
        self.task = None
        self.result, self.report = outcome
        self.progress.setVisible(False)
        self.export_button.setEnabled(True)
        self.show_folder.setVisible(True)
        self._update_buttons()
        if self.report is None:
            verdict = self.tr("The bundle was written.")
        elif self.report.verdict != "invalid":  # intact; an untrusted TSA is for the receiver
            verdict = self.tr(
                "<span style='color:#1b7f3b'><b>✓ The bundle was written and checked: signature and every file are intact.</b></span>"
            )
        else:
            failed = " ".join(
                _escape(check.explanation)
                for check in plain_checks(self.report.checks, self.report)
                if not check.ok
            )
            verdict = self.tr(
                "<span style='color:#b3261e'><b>✗ The bundle was written but its check failed:</b></span> {reasons}"
            ).format(reasons=failed)
        self.outcome.setText(
            verdict + "<br>" + self.tr("Saved as {path}").format(path=self.out_path)
        )
        self.exportFinished.emit((self.result, self.report))
        self.window_.reload_case()

    def _failed(self, error: BaseException) -> None:
        self.task = None
        self.progress.setVisible(False)
        self.export_button.setEnabled(True)
        self.outcome.setText(self.tr("The bundle was not written."))
        self._update_buttons()
        show_error(error, self)

    def _cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()
        else:
            self.reject()

    def _cancelled(self) -> None:
        self.task = None
        self.progress.setVisible(False)
        self.export_button.setEnabled(True)
        self.outcome.setText(self.tr("Export cancelled; no bundle was written."))
        self._update_buttons()

    def _show_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.out_path.parent)))

    def closeEvent(self, event: Any) -> None:
        if self.task is not None:
            self.task.cancel()
        super().closeEvent(event)

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("Export the bundle for your lawyer"))
        for label, text in zip(
            self.labels,
            (
                self.tr("Language of the bundle"),
                self.tr("Save as"),
                self.tr("Time-stamp servers"),
                self.tr("List of missing evidence"),
            ),
            strict=True,
        ):
            label.setText(text)
        self.browse.setText(self.tr("Choose…"))
        self.fix_button.setText(self.tr("Fix the gaps first"))
        self.show_folder.setText(self.tr("Show in folder"))
        self.tsa.setPlaceholderText(self.tr("none: the time then comes from this computer's clock"))
        for index, text in enumerate(
            (
                self.tr("Leave it out (for filing with a court)"),
                self.tr("As a separate unsigned note for the lawyer"),
                self.tr("Inside the signed bundle (required gaps only)"),
            )
        ):
            self.missing_place.setItemText(index, text)
        self.suggestions_label.setText(self.tr("Suggestions (not required):"))
        self._fill_summary()


def default_bundle_path(case: Case) -> Path:
    import re
    from datetime import date

    stem = re.sub(r'[\\/:*?"<>|\x00-\x1f]+', "_", case.title).strip(" ._")[:60] or "bundle"
    from evidence_app.core.filenames import next_version_path  # …-v2.pdf, never overwrite

    return next_version_path(_documents_dir() / f"{stem}-{date.today().isoformat()}.pdf")
