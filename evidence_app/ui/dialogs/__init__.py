"""Dialogs: what happened (narrative), export, verify a bundle, settings, and the in-app log view."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, Qt, QUrl, Signal
from PySide6.QtGui import (
    QDesktopServices,
    QDragEnterEvent,
    QDropEvent,
    QFont,
    QFontDatabase,
    QGuiApplication,
)
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from evidence_app.core.errors import UserError
from evidence_app.core.model import ROLES
from evidence_app.core.settings import Settings
from evidence_app.ui.errors import show_error
from evidence_app.ui.log_memory import MemoryLogHandler as MemoryLogHandler
from evidence_app.ui.tasks import Task, TaskRunner

log = logging.getLogger("evidence_app.ui.dialogs")
PASSPHRASE_ENV = "EVIDENCE_APP_KEY_PASSPHRASE"


def _identity() -> Any:
    from evidence_app.core import identity  # cryptography: loaded when a key is first needed

    return identity


class RetranslatingDialog(QDialog):
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def retranslateUi(self) -> None:  # pragma: no cover - overridden
        pass


from evidence_app.ui.dialogs.passphrase import (  # noqa: E402 - after RetranslatingDialog
    CHANGE,
    MIN_PASSPHRASE,
    NEW_KEY,
    UNLOCK,
    NarrativeDialog,
    PassphraseDialog,
    ask_passphrase,
    key_exists,
    passphrase_strength,
)


def _documents_dir() -> Path:
    home = Path.home()
    for name in ("Documents", "文档"):
        if (home / name).is_dir():
            return home / name
    return home


# -- verify ------------------------------------------------------------------------------------


class VerifyDialog(RetranslatingDialog):
    """Drop a bundle to see every check in plain words; drop a folder to see one row per bundle
    (sortable), with the same checks for the bundle selected."""

    verified = Signal(object)
    folderVerified = Signal(list)  # list[bundle.batch.BatchRow]

    def __init__(self, runner: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("verifyDialog")
        self.runner = runner
        self.report: Any = None
        self.rows: list[Any] = []
        self.batch_workers: int | None = None  # None: one process per core
        self.task: Task | None = None
        self.setAcceptDrops(True)
        self.drop = QLabel()
        self.drop.setObjectName("dropArea")
        self.drop.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.drop.setMinimumHeight(90)
        self.drop.setStyleSheet(
            "#dropArea { border: 2px dashed #999; border-radius: 6px; color: #444; }"
        )
        self.choose = QPushButton()
        self.choose.clicked.connect(self._choose)
        self.choose_folder = QPushButton()
        self.choose_folder.setObjectName("chooseFolder")
        self.choose_folder.clicked.connect(self._choose_folder)
        self.progress = QProgressBar()
        self.progress.setVisible(False)
        from PySide6.QtWidgets import QTableView

        from evidence_app.ui.batch_verify import BatchTableModel, sortable
        from evidence_app.ui.models import set_up_row_table

        self.batch_model = BatchTableModel(self)
        self.batch_proxy = sortable(self.batch_model, self)
        self.table = QTableView()
        self.table.setObjectName("batchTable")
        set_up_row_table(self.table, self.batch_proxy)
        self.table.selectionModel().selectionChanged.connect(self._row_selected)
        self.table.setVisible(False)
        self.verdict = QLabel()
        self.verdict.setWordWrap(True)
        self.verdict.setTextFormat(Qt.TextFormat.RichText)
        font = QFont(self.verdict.font())
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.verdict.setFont(font)
        self.checks = QTextBrowser()
        self.checks.setObjectName("checks")
        # The checks in plain words; the technical detail of each (for a lawyer) behind a toggle.
        self.details_button = QToolButton()
        self.details_button.setObjectName("showDetails")
        self.details_button.setCheckable(True)
        self.details_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.details_button.setArrowType(Qt.ArrowType.RightArrow)
        self.details_button.setAutoRaise(True)
        self.details_button.setVisible(False)
        self.details_button.toggled.connect(self._toggle_details)
        self.shown: tuple[str, list[tuple[str, bool, str]], Any] = ("", [], None)
        self.close_button = QPushButton()
        self.close_button.clicked.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.drop)
        choose_row = QHBoxLayout()
        choose_row.addWidget(self.choose)
        choose_row.addWidget(self.choose_folder)
        layout.addLayout(choose_row)
        layout.addWidget(self.progress)
        layout.addWidget(self.verdict)
        layout.addWidget(self.table, 2)
        layout.addWidget(self.checks, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.details_button)
        bottom.addStretch(1)
        bottom.addWidget(self.close_button)
        layout.addLayout(bottom)
        self.resize(680, 520)
        self.retranslateUi()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        for url in event.mimeData().urls():
            if url.isLocalFile():
                event.acceptProposedAction()
                self.verify_path(Path(url.toLocalFile()))
                return

    def _choose(self) -> None:
        name, _ = QFileDialog.getOpenFileName(  # where bundles are saved (set by the window)
            self, self.tr("Choose a bundle (PDF)"), getattr(self, "start_dir", ""), "PDF (*.pdf)"
        )
        if name:
            self.verify_path(Path(name))

    def _choose_folder(self) -> None:
        name = QFileDialog.getExistingDirectory(self, self.tr("Choose a folder of bundles"))
        if name:
            self.verify_folder_path(Path(name))

    def verify_folder_path(self, folder: Path) -> Task | None:
        """Verify every bundle under *folder* off the GUI thread (in worker processes)."""
        from evidence_app.bundle import batch

        if self.task is not None:
            self.task.cancel()
        self.path = folder
        self.rows = []
        self.batch_model.set_rows([])
        self.table.setVisible(True)
        self.show_checks([])
        self.progress.setVisible(True)
        self.progress.setRange(0, 0)
        self.verdict.setText(self.tr("Checking the bundles in {name}…").format(name=folder.name))
        workers = self.batch_workers

        def work(task: Task) -> list[Any]:
            return list(
                batch.verify_folder(
                    folder,
                    workers=workers,
                    progress=lambda d, t, label: task.progress(d, t, label),
                    cancel=task.cancelled,
                )
            )

        self.task = self.runner.run(
            work,
            self._show_rows,
            self._failed,
            on_progress=self._progress,
            on_cancelled=self._stopped,
            label="verify-folder",
        )
        return self.task

    def _progress(self, done: int, total: int, label: str) -> None:
        if shiboken6.isValid(self):
            self.progress.setRange(0, max(total, 1))
            self.progress.setValue(done)
            self.progress.setFormat(f"{done}/{total} {label}")

    def _stopped(self) -> None:
        if shiboken6.isValid(self):
            self.task = None
            self.progress.setVisible(False)

    def _show_rows(self, rows: list[Any]) -> None:
        if not shiboken6.isValid(self):
            return
        self.task = None
        self.progress.setVisible(False)
        self.rows = rows
        self.batch_model.set_rows(rows)
        self.table.resizeColumnsToContents()
        good = sum(1 for r in rows if r.valid)
        bad = len(rows) - good
        if bad:
            self.verdict.setText(
                self.tr(
                    "<span style='color:#b3261e'><b>{bad} of {total} bundles failed the check.</b></span> Select one to see why."
                ).format(bad=bad, total=len(rows))
            )
        else:
            self.verdict.setText(
                self.tr(
                    "<span style='color:#1b7f3b'><b>✓ All {total} bundles are intact.</b></span>"
                ).format(total=len(rows))
            )
        if rows:
            self.table.selectRow(0)
        self.folderVerified.emit(rows)

    def _row_selected(self, *_args: Any) -> None:
        from evidence_app.ui.batch_verify import RowRole, row_checks

        indexes = self.table.selectionModel().selectedRows()
        row = indexes[0].data(RowRole) if indexes else None
        if row is None:
            self.show_checks([])
            return
        self.show_checks(row_checks(row), row.report, heading=str(row.file))

    def verify_path(self, path: Path) -> Task | None:
        if path.is_dir():
            return self.verify_folder_path(path)
        from evidence_app.bundle import verify

        self.verdict.setText(self.tr("Checking {name}…").format(name=path.name))
        self.table.setVisible(False)
        self.show_checks([])
        self.path = path
        self.task = self.runner.run(
            lambda _task: verify.verify_bundle(path), self._show, self._failed, label="verify"
        )
        return self.task

    def _show(self, report: Any) -> None:
        self.task = None
        self.report = report
        checks = [check_parts(c) for c in report.checks]
        name = _escape(self.path.name)
        if report.valid:
            self.verdict.setText(
                self.tr(
                    "<span style='color:#1b7f3b'><b>✓ {name} is intact:</b> it is signed, and nothing in it was changed since.</span>"
                ).format(name=name)
            )
        else:
            reason = next((c.explanation for c in plain_checks(checks, report) if not c.ok), "")
            self.verdict.setText(
                self.tr(
                    "<span style='color:#b3261e'><b>✗ {name} failed the check:</b></span> {reason} Do not rely on it; ask the sender for the original."
                ).format(name=name, reason=_escape(reason))
            )
        self.show_checks(checks, report)
        self.verified.emit(report)

    def _failed(self, error: BaseException) -> None:
        if not shiboken6.isValid(self):
            show_error(error, None)
            return
        self.task = None
        self.progress.setVisible(False)
        if not isinstance(error, UserError):
            show_error(error, self)
            return
        from evidence_app.bundle.verify import NotABundle

        if isinstance(error, NotABundle):
            # The reason (often the PDF library's, in English) goes behind "Details".
            name = NOT_A_BUNDLE if not isinstance(error.__cause__, OSError) else CANNOT_OPEN
            self.verdict.setText(
                self.tr("<span style='color:#b3261e'><b>✗ {name}:</b></span> {reason}").format(
                    name=_escape(self.path.name), reason=_escape(_check_words()[name][2])
                )
            )
            self.show_checks([(name, False, error.message())])
        else:
            self.verdict.setText(
                self.tr(
                    "<span style='color:#b3261e'><b>✗ This file could not be checked:</b></span> {reason}"
                ).format(reason=_escape(error.message()))
            )

    def show_checks(
        self, checks: list[tuple[str, bool, str]], report: Any = None, heading: str = ""
    ) -> None:
        """Show *checks* (name, ok, detail) in plain words; *report* (a BundleReport or its dict)
        says whether there was a time-stamp and who signed."""
        self.shown = (heading, list(checks), report)
        self.details_button.setVisible(bool(checks))
        self._render_checks()

    def _toggle_details(self, shown: bool) -> None:
        self.details_button.setArrowType(
            Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow
        )
        self._retranslate_details()
        self._render_checks()

    def _render_checks(self) -> None:
        heading, checks, report = self.shown
        if not checks:
            self.checks.clear()
            return
        head = f"<h3>{_escape(heading)}</h3>" if heading else ""
        plain = plain_checks(checks, report)
        self.checks.setHtml(head + _checks_html(plain, self.details_button.isChecked()))

    def _retranslate_details(self) -> None:
        self.details_button.setText(
            self.tr("Hide the technical details")
            if self.details_button.isChecked()
            else self.tr("Show the technical details (for your lawyer)")
        )

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("Verify a bundle"))
        self.drop.setText(self.tr("Drop a bundle (PDF) or a folder of bundles here to check them"))
        self.choose.setText(self.tr("Or choose a file…"))
        self.choose_folder.setText(self.tr("Choose a folder…"))
        self.close_button.setText(self.tr("Close"))
        self._retranslate_details()
        self.batch_model.retranslate()
        self._render_checks()

    def closeEvent(self, event: Any) -> None:
        if self.task is not None:
            self.task.cancel()
        super().closeEvent(event)


CONTEXT = "VerifyChecks"  # tools/i18n.py extracts _t("…") with this context
# The file could not be checked at all: shown as one failed "check" of these names.
NOT_A_BUNDLE, CANNOT_OPEN, VERIFIER_ERROR = "not_a_bundle", "cannot_open", "verifier_error"
NO_STAMP = "_absent"  # suffix: the check passed because there is nothing of its kind to check
SIGNER_SELF_SIGNED = (  # bundle.verify's detail for an untrusted (self-signed) signer
    "Signer {subject}, SHA-256 fingerprint {fingerprint} (self-signed; matches signer-cert.pem). "
    "Compare the fingerprint with the one the owner gave you, or pass --trust."
)
NO_ITEM_STAMPS = "No item carries a time-stamp token."  # bundle.verify's detail
PROGRESS_CONTEXT = "ExportProgress"  # bundle.export.PROGRESS_CONTEXT (not imported: pyHanko)


def _t(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def _check_words() -> dict[str, tuple[str, str, str]]:
    """Check name → (plain title, one sentence if it passed, one sentence if it failed)."""
    return {
        "signature_valid": (
            _t("The signature is valid"),
            _t("The bundle carries its signer's digital signature, and what was signed is exactly as it was."),
            _t("The signature does not match the content: the bundle was changed after it was signed, or it is not signed."),
        ),
        "covers_whole_file": (
            _t("Nothing was changed after signing"),
            _t("The signature covers the whole file; nothing was added or changed afterwards."),
            _t("Something was added to the file or changed in it after it was signed."),
        ),
        "signer_certificate": (
            _t("The signer is the one the bundle names"),
            _t("The bundle was signed with the key it names; to be sure who signed it, compare the fingerprint in the technical details with the one the signer gave you."),
            _t("The key that signed the bundle is not the one the bundle names."),
        ),
        "document_timestamp": (
            _t("The trusted time-stamp is valid"),
            _t("A neutral time-stamp server confirmed when the bundle was signed, and the file is unchanged since."),
            _t("The trusted time-stamp is missing, was removed, or does not match the file."),
        ),
        "document_timestamp" + NO_STAMP: (
            _t("No trusted time-stamp"),
            _t("The bundle's time comes from the signer's computer clock, not from a neutral time-stamp server."),
            "",
        ),
        "item_timestamps": (
            _t("Each file's time-stamp is valid"),
            _t("Every time-stamp on a file proves that this very file existed at that time."),
            _t("A file's time-stamp does not match the file, or cannot be checked."),
        ),
        "item_timestamps" + NO_STAMP: (
            _t("No file has a time-stamp"),
            _t("No file was time-stamped by a neutral server when it was collected."),
            "",
        ),
        "attachments_match_manifest": (
            _t("Every original file matches its record"),
            _t("Each original file attached to the bundle is exactly as it was when it was collected."),
            _t("An original file is missing, extra, or not the same as when it was collected."),
        ),
        "manifest_matches_catalogue": (
            _t("The printed list matches the attached files"),
            _t("The list of evidence printed in the bundle matches the files attached to it."),
            _t("The list of evidence printed in the bundle does not match the files attached to it."),
        ),
        "custody_chain": (
            _t("The custody log is complete"),
            _t("Every recorded step (who did what, and when) is there, in order, and unchanged."),
            _t("Steps of the custody log are missing, out of order, or were changed."),
        ),
        NOT_A_BUNDLE: (
            _t("Not an evidence bundle"),
            "",
            _t("This file is not a PDF evidence bundle (or it is damaged)."),
        ),
        CANNOT_OPEN: (
            _t("The file cannot be opened"),
            "",
            _t("This file cannot be opened: check that it is still there and that you may read it."),
        ),
        VERIFIER_ERROR: (
            _t("The check could not be finished"),
            "",
            _t("The check stopped on this file; it is probably damaged."),
        ),
    }  # fmt: skip


@dataclass(frozen=True)
class PlainCheck:
    """One check as the verify screen shows it: plain title and sentence, detail behind a toggle."""

    name: str  # as in `verify --json`
    ok: bool
    title: str
    explanation: str
    detail: str  # the technical detail, as bundle.verify words it (or nearly: see _app_detail)
    absent: bool = False  # passed because there is nothing of its kind (no time-stamp)


def check_title(name: str) -> str:
    """A check's plain title in the current language (its name when the app has no words for it)."""
    return _check_words().get(name, (name, "", ""))[0]


def plain_checks(checks: Sequence[Any], report: Any = None) -> list[PlainCheck]:
    """*checks* (Check objects or (name, ok, detail)) in plain words, in the current language."""
    from evidence_app.core.i18n import SUPPORTED_LANGUAGES, tr

    words = _check_words()
    signer = _report_field(report, "signer")
    no_item_stamps = {tr("Verify", NO_ITEM_STAMPS, lang) for lang in SUPPORTED_LANGUAGES}
    found = []
    for check in checks:
        name, ok, detail = check_parts(check)
        absent = ok and (
            (name == "document_timestamp" and report is not None and not _report_field(report, "timestamp"))
            or (name == "item_timestamps" and detail in no_item_stamps)
        )  # fmt: skip
        title, passed, failed = words.get(name + NO_STAMP if absent else name, (name, "", ""))
        explanation = passed if ok else failed
        if name == "signer_certificate" and ok and isinstance(signer, dict):
            detail = _app_detail(detail, signer)
            person = _common_name(str(signer.get("subject", "")))
            if person:
                explanation = _t(
                    "Signed by {name}; to be sure it was them, compare the fingerprint in the technical details with the one they gave you."
                ).format(name=person)
        found.append(PlainCheck(name, ok, title, explanation, detail, absent))
    return found


def _report_field(report: Any, key: str) -> Any:
    if report is None:
        return None
    return report.get(key) if isinstance(report, dict) else getattr(report, key, None)


def _app_detail(detail: str, signer: dict[str, Any]) -> str:
    """The signer's detail without the command-line advice (--trust) that verify gives, and with
    the fingerprint grouped as Settings shows it."""
    from evidence_app.core.i18n import SUPPORTED_LANGUAGES, tr

    subject = str(signer.get("subject", ""))
    fingerprint = str(signer.get("sha256_fingerprint", ""))
    for lang in SUPPORTED_LANGUAGES:
        if detail == tr("Verify", SIGNER_SELF_SIGNED, lang).format(
            subject=subject, fingerprint=fingerprint
        ):
            return _t(
                "Signer {subject}, SHA-256 fingerprint {fingerprint} (self-signed; the same certificate is attached to the bundle)."
            ).format(subject=subject, fingerprint=group_fingerprint(fingerprint))
    return detail


def _common_name(subject: str) -> str:
    """The CN of an RFC 4514 subject (``CN=王小明,O=…`` → 王小明), or ""."""
    import re

    for part in re.split(r"(?<!\\),", subject):
        key, _, value = part.partition("=")
        if key.strip().upper() == "CN":
            return re.sub(r"\\(.)", r"\1", value.strip())
    return ""


def group_fingerprint(fingerprint: str, per_line: int = 0) -> str:
    """A hex fingerprint in blocks of four (``1a2b 3c4d …``), *per_line* blocks a line if given."""
    blocks = [fingerprint[i : i + 4] for i in range(0, len(fingerprint), 4)]
    if not per_line:
        return " ".join(blocks)
    return "\n".join(" ".join(blocks[i : i + per_line]) for i in range(0, len(blocks), per_line))


def _checks_html(checks: list[PlainCheck], details: bool = False) -> str:
    rows = []
    for check in checks:
        if check.absent:
            mark = "<span style='color:#777'>–</span>"
        elif check.ok:
            mark = "<span style='color:#1b7f3b'>✓</span>"
        else:
            mark = "<span style='color:#b3261e'>✗</span>"
        row = f"<p style='margin-bottom:2px'>{mark} <b>{_escape(check.title)}</b>"
        if check.explanation:
            row += f"<br>{_escape(check.explanation)}"
        row += "</p>"
        if details:
            row += (
                "<p style='margin-top:0; margin-left:18px; color:#555'><small>"
                f"<code>{_escape(check.name)}</code> — {_escape(check.detail)}</small></p>"
            )
        rows.append(row)
    return "".join(rows)


def check_parts(check: Any) -> tuple[str, bool, str]:
    """A verification check as (name, ok, detail), whether a Check object or a tuple."""
    if hasattr(check, "name"):
        return str(check.name), bool(check.ok), str(check.detail)
    return str(check[0]), bool(check[1]), str(check[2])


def _escape(text: str) -> str:
    import html

    return html.escape(text)


# -- settings ----------------------------------------------------------------------------------


class SettingsDialog(RetranslatingDialog):
    settingsSaved = Signal(object)
    keyChanged = Signal()  # a new key was made or the passphrase changed

    def __init__(
        self,
        data_dir: Path,
        settings: Settings,
        parent: QWidget | None = None,
        runner: Any = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.data_dir = Path(data_dir)
        self.settings = settings
        # Making an RSA key takes a second or two: off the GUI thread, on the window's runner.
        self.runner = runner or getattr(parent, "runner", None) or TaskRunner(self)
        self.task: Task | None = None
        self.passphrase_dialog: PassphraseDialog | None = None
        self.language = QComboBox()
        self.language.setObjectName("language")
        self.operator = QLineEdit(settings.operator_name)
        self.role = QComboBox()
        self.data_dir_label = QLabel(str(self.data_dir))
        self.data_dir_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_dir = QPushButton()
        self.open_dir.clicked.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.data_dir)))
        )
        self.tsa = QPlainTextEdit("\n".join(settings.tsa_urls))
        self.tsa.setObjectName("tsaUrls")
        self.tsa.setFixedHeight(64)
        self.tsa_help = QLabel()
        self.tsa_help.setObjectName("tsaHelp")
        self.tsa_help.setWordWrap(True)
        self.tsa_help.setStyleSheet("color: #555")
        self.tsa_help.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        # The language the app shows now: the box starts there (see _language_shown).
        from evidence_app.core.i18n import current_language

        self.language_in_use = current_language()
        self.fingerprint_hex = ""  # the key's SHA-256 fingerprint, as Copy puts it on the clipboard
        self.key_group = QGroupBox()
        self.key_group.setObjectName("signingKey")
        self.key_intro = QLabel()
        self.key_intro.setWordWrap(True)
        self.key_intro.setStyleSheet("color: #555")
        self.fingerprint_label = QLabel()
        self.fingerprint = QLabel()
        self.fingerprint.setObjectName("fingerprint")
        self.fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.fingerprint.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.copy_fingerprint = QPushButton()
        self.copy_fingerprint.setObjectName("copyFingerprint")
        self.copy_fingerprint.clicked.connect(self._copy_fingerprint)
        self.new_key = QPushButton()
        self.new_key.setObjectName("newKey")
        self.change_pass = QPushButton()
        self.change_pass.setObjectName("changePassphrase")
        self.new_key.clicked.connect(self.new_key_dialog)
        self.change_pass.clicked.connect(self.change_passphrase_dialog)
        self.key_message = QLabel()
        self.key_message.setObjectName("keyMessage")
        self.key_message.setWordWrap(True)
        self.key_message.setVisible(False)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        self.labels = [QLabel() for _ in range(5)]
        form = QFormLayout()
        dir_row = QHBoxLayout()
        dir_row.addWidget(self.data_dir_label, 1)
        dir_row.addWidget(self.open_dir)
        for label, field in zip(
            self.labels,
            (self.language, self.operator, self.role, dir_row, self.tsa),
            strict=True,
        ):
            form.addRow(label, field)
        form.addRow("", self.tsa_help)  # under the box, in the field column
        from evidence_app.ui.dialogs.tsa_servers import TimeServiceSection

        self.time_services = TimeServiceSection(self.tsa)  # trusted time, and services to choose
        form.addRow(self.time_services)
        # The signing key, one group: what it is for, the fingerprint with Copy, the key buttons.
        fingerprint_row = QHBoxLayout()
        fingerprint_row.addWidget(self.fingerprint, 1)
        fingerprint_row.addWidget(self.copy_fingerprint, 0, Qt.AlignmentFlag.AlignTop)
        key_buttons = QHBoxLayout()
        key_buttons.addWidget(self.new_key)
        key_buttons.addWidget(self.change_pass)
        key_buttons.addStretch(1)
        key_box = QVBoxLayout(self.key_group)
        key_box.addWidget(self.key_intro)
        key_box.addWidget(self.fingerprint_label)
        key_box.addLayout(fingerprint_row)
        key_box.addLayout(key_buttons)
        key_box.addWidget(self.key_message)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.key_group)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.retranslateUi()
        # Tall enough for the wrapped sentences at this width (a dialog's minimum size leaves
        # them out, and the rows would then overlap).
        self.resize(660, max(self.sizeHint().height(), self.heightForWidth(660)))

    def _language_shown(self) -> str:
        """What the language box starts at: the saved choice when it is the language in use
        (``system`` included), else the language in use (started with ``--lang``). Saving without
        touching the box then keeps the language the app shows."""
        from evidence_app.core.i18n import normalise_language

        saved = self.settings.language
        try:
            resolved = normalise_language(saved)
        except ValueError:
            resolved = ""
        return saved if resolved == self.language_in_use else self.language_in_use

    def _fill_choices(self) -> None:
        from evidence_app.core.i18n import system_language

        language = self.language.currentData() or self._language_shown()
        role = self.role.currentData() or self.settings.operator_role
        names = {"zh_CN": "中文", "en": "English"}
        self.language.clear()
        self.language.addItem(
            self.tr("System default ({language})").format(language=names[system_language()]),
            "system",
        )
        self.language.addItem(names["zh_CN"], "zh_CN")
        self.language.addItem(names["en"], "en")
        self.language.setCurrentIndex(max(self.language.findData(language), 0))
        from evidence_app.core.fields import ROLE_LABELS
        from evidence_app.core.i18n import tr

        self.role.clear()
        for key in ROLES:
            self.role.addItem(tr("Roles", ROLE_LABELS[key]), key)
        self.role.setCurrentIndex(max(self.role.findData(role), 0))

    def _show_identity(self) -> None:
        identity = _identity()
        current = identity.current_identity(self.data_dir)
        self.fingerprint_hex = (
            "" if current is None else identity.fingerprint(current.certificate())
        )
        self.fingerprint_label.setVisible(bool(self.fingerprint_hex))
        self.copy_fingerprint.setVisible(bool(self.fingerprint_hex))
        if current is None:
            self.fingerprint.setFont(self.font())
            self.fingerprint.setText(
                self.tr("No signing key yet; one is made when you first export.")
            )
        else:
            self.fingerprint.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
            self.fingerprint.setText(group_fingerprint(self.fingerprint_hex, per_line=8))

    def _say_key(self, message: str) -> None:
        """A sentence under the key's buttons (what happened to the key); hidden when empty."""
        self.key_message.setText(message)
        self.key_message.setVisible(bool(message))

    def _copy_fingerprint(self) -> None:
        """Copy the fingerprint as plain hex (no spaces), as verify and `key show` print it."""
        if self.fingerprint_hex:
            QGuiApplication.clipboard().setText(self.fingerprint_hex)
            self._say_key(
                self.tr("The fingerprint was copied. Paste it into a message to your lawyer.")
            )

    def new_key_dialog(self) -> PassphraseDialog | None:
        self.passphrase_dialog = ask_passphrase(
            self,
            NEW_KEY,
            lambda _current, new: self.create_key(new),
            had_key=key_exists(self.data_dir),
        )
        return self.passphrase_dialog

    def change_passphrase_dialog(self) -> PassphraseDialog | None:
        if not key_exists(self.data_dir):
            self._say_key(self.tr("There is no signing key yet: make one first (or export once)."))
            return None
        self.passphrase_dialog = ask_passphrase(self, CHANGE, self.change_passphrase)
        return self.passphrase_dialog

    def _key_task(self, work: Callable[[], Any], success: str) -> Task | None:
        self.new_key.setEnabled(False)
        self.change_pass.setEnabled(False)
        self._say_key(self.tr("Working on the key…"))

        def done(_result: Any) -> None:
            if not shiboken6.isValid(self):  # the dialog was closed meanwhile; the key is made
                return
            self._key_finished(success)
            self._show_identity()
            self.keyChanged.emit()

        def failed(error: BaseException) -> None:
            if not shiboken6.isValid(self):
                show_error(error, None)
                return
            if isinstance(error, UserError):
                self._key_finished(error.message())
            else:
                self._key_finished("")
                show_error(error, self)

        self.task = self.runner.run(lambda _task: work(), done, failed, label="key")
        return self.task

    def _key_finished(self, message: str) -> None:
        self.task = None
        self.new_key.setEnabled(True)
        self.change_pass.setEnabled(True)
        self._say_key(message)

    def create_key(self, passphrase: str) -> Task | None:
        identity = _identity()
        owner = self.operator.text().strip() or "owner"
        data_dir = self.data_dir
        return self._key_task(
            lambda: identity.create_identity(data_dir, owner, passphrase.encode("utf-8")),
            self.tr(
                "A new signing key was made. Bundles you export from now on are signed with it."
            ),
        )

    def change_passphrase(self, old: str, new: str) -> Task | None:
        identity = _identity()
        data_dir = self.data_dir
        return self._key_task(
            lambda: identity.change_passphrase(data_dir, old.encode("utf-8"), new.encode("utf-8")),
            self.tr("The passphrase was changed."),
        )

    def collected(self) -> Settings:
        from dataclasses import replace

        return replace(  # what this dialog does not show (last case, window places) is kept
            self.settings,
            language=self.language.currentData(),
            operator_name=self.operator.text().strip(),
            operator_role=self.role.currentData(),
            tsa_urls=[u for u in self.tsa.toPlainText().split() if u],
        )

    def accept(self) -> None:
        settings = self.collected()
        try:
            settings.save(self.data_dir)
        except UserError as error:
            show_error(error, self)
            return
        self.settings = settings
        super().accept()
        self.settingsSaved.emit(settings)

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("Settings"))
        texts = (
            self.tr("Language"),
            self.tr("Your name (recorded with every action)"),
            self.tr("Your role"),
            self.tr("Data folder"),
            self.tr("Time-stamp servers"),
        )
        for label, text in zip(self.labels, texts, strict=True):
            label.setText(text)
        self.open_dir.setText(self.tr("Open folder"))
        self.tsa.setPlaceholderText(self.tr("One address per line, for example https://…/tsr"))
        self.tsa_help.setText(
            self.tr(
                "A time-stamp server is a neutral service whose signed time proves your evidence existed at that moment, which courts value; it needs the internet when you capture and export. Ask your lawyer or support staff for an address."
            )
        )
        self.key_group.setTitle(self.tr("Signing key"))
        self.key_intro.setText(
            self.tr(
                "Every bundle you export is signed with this key. Give your lawyer its fingerprint so that they can check the bundle really comes from you."
            )
        )
        self.fingerprint_label.setText(self.tr("Fingerprint (SHA-256):"))
        self.copy_fingerprint.setText(self.tr("Copy"))
        self.new_key.setText(self.tr("Make a new key"))
        self.change_pass.setText(self.tr("Change passphrase"))
        self._fill_choices()
        self._show_identity()


from evidence_app.ui.dialogs.log import LogDialog  # noqa: E402

__all__ = [
    "CHANGE",
    "MIN_PASSPHRASE",
    "NEW_KEY",
    "UNLOCK",
    "LogDialog",
    "NarrativeDialog",
    "PassphraseDialog",
    "ask_passphrase",
    "key_exists",
    "passphrase_strength",
]

# The export dialog lives in its own module; it is reached from here as before.
from evidence_app.ui.dialogs.export import ExportDialog as ExportDialog  # noqa: E402
from evidence_app.ui.dialogs.export import default_bundle_path as default_bundle_path  # noqa: E402
