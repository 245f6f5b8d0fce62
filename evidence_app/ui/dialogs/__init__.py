"""Dialogs: what happened (narrative), export, settings, and the in-app log view (verify: ui/verify)."""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QEvent, Qt, QUrl, Signal
from PySide6.QtGui import (
    QDesktopServices,
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
    QListWidget,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from evidence_app.core.errors import UserError
from evidence_app.core.guide import Completeness
from evidence_app.core.i18n import N_
from evidence_app.core.model import ROLES, Case
from evidence_app.core.settings import Settings
from evidence_app.ui.dialogs.trusted_roots import TrustedRootsSection
from evidence_app.ui.errors import show_error
from evidence_app.ui.log_memory import MemoryLogHandler as MemoryLogHandler
from evidence_app.ui.log_memory import memory_log
from evidence_app.ui.tasks import Task, TaskRunner, task_store
from evidence_app.ui.verify.words import escape as _escape
from evidence_app.ui.verify.words import group_fingerprint, plain_checks

log = logging.getLogger("evidence_app.ui.dialogs")
PROGRESS_CONTEXT = "ExportProgress"  # bundle.export.PROGRESS_CONTEXT (not imported: pyHanko)
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


# -- the signing key's passphrase ----------------------------------------------------------------

UNLOCK, NEW_KEY, CHANGE = "unlock", "new", "change"


class PassphraseDialog(RetranslatingDialog):
    """Asks for the signing key's passphrase: to unlock the key (UNLOCK), to choose one for a new
    key (NEW_KEY, typed twice), or both to change it (CHANGE). Nothing is stored; the caller gets
    ``passphraseEntered(current, new)`` (unused parts are empty) and uses them at once."""

    passphraseEntered = Signal(str, str)

    def __init__(self, mode: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("passphraseDialog")
        self.mode = mode
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.current = QLineEdit()
        self.new = QLineEdit()
        self.again = QLineEdit()
        for edit in (self.current, self.new, self.again):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.message = QLabel()
        self.message.setObjectName("passphraseMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b3261e")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.labels = [QLabel() for _ in range(3)]
        form = QFormLayout()
        rows = (
            (self.labels[0], self.current, mode in (UNLOCK, CHANGE)),
            (self.labels[1], self.new, mode in (NEW_KEY, CHANGE)),
            (self.labels[2], self.again, mode in (NEW_KEY, CHANGE)),
        )
        for label, edit, wanted in rows:
            if wanted:
                form.addRow(label, edit)
            else:
                label.hide()
                edit.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.resize(460, 0)
        self.retranslateUi()

    def accept(self) -> None:
        current = self.current.text() if self.mode in (UNLOCK, CHANGE) else ""
        new = self.new.text() if self.mode in (NEW_KEY, CHANGE) else ""
        if self.mode in (UNLOCK, CHANGE) and not current:
            self.message.setText(self.tr("Type the passphrase of your signing key."))
            self.current.setFocus()
            return
        if self.mode in (NEW_KEY, CHANGE):
            if not new:
                self.message.setText(self.tr("Choose a passphrase; it must not be empty."))
                self.new.setFocus()
                return
            if new != self.again.text():
                self.message.setText(self.tr("The two new passphrases differ. Type them again."))
                self.again.clear()
                self.again.setFocus()
                return
        super().accept()
        self.passphraseEntered.emit(current, new)

    def retranslateUi(self) -> None:
        titles = {
            UNLOCK: self.tr("Unlock your signing key"),
            NEW_KEY: self.tr("Choose a passphrase for your signing key"),
            CHANGE: self.tr("Change the passphrase"),
        }
        intros = {
            UNLOCK: self.tr(
                "The bundle is signed with your key so that anyone can check nothing was changed. Type its passphrase."
            ),
            NEW_KEY: self.tr(
                "A signing key is made for you now. Choose a passphrase and keep it safe: without it you cannot sign bundles with this key. A key you had before is kept in the archive; bundles signed with it stay valid."
            ),
            CHANGE: self.tr("Type the current passphrase, then the new one twice."),
        }
        self.setWindowTitle(titles[self.mode])
        self.intro.setText(intros[self.mode])
        for label, text in zip(
            self.labels,
            (
                self.tr("Passphrase"),
                self.tr("New passphrase"),
                self.tr("New passphrase again"),
            ),
            strict=True,
        ):
            label.setText(text)


def ask_passphrase(
    parent: QWidget | None, mode: str, use: Callable[[str, str], Any]
) -> PassphraseDialog | None:
    """Call ``use(current, new)`` with the key's passphrase: from EVIDENCE_APP_KEY_PASSPHRASE when
    it is set (to unlock, or for a new key, as the command line does), else typed in a
    PassphraseDialog (opened, not exec'd; returned so that tests can fill it in)."""
    from_env = os.environ.get(PASSPHRASE_ENV, "")
    if from_env and mode == UNLOCK:
        use(from_env, "")
        return None
    if from_env and mode == NEW_KEY:
        use("", from_env)
        return None
    dialog = PassphraseDialog(mode, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    dialog.passphraseEntered.connect(use)
    dialog.open()
    return dialog


def key_exists(data_dir: Path) -> bool:
    return _identity().current_identity(Path(data_dir)) is not None


# -- what happened -----------------------------------------------------------------------------


class NarrativeDialog(RetranslatingDialog):
    narrativeAccepted = Signal(str)

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.editor = QPlainTextEdit(text)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.editor, 1)
        layout.addWidget(self.buttons)
        self.resize(600, 420)
        self.retranslateUi()

    def accept(self) -> None:
        self.narrativeAccepted.emit(self.editor.toPlainText().strip())
        super().accept()

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("What happened"))
        self.intro.setText(
            self.tr(
                "In your own words: when it started, on which platforms, what was said, and how it affected you. Every change is kept in the custody log."
            )
        )


# -- export ------------------------------------------------------------------------------------


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
        self.gaps = QListWidget()
        self.gaps.setObjectName("gapList")
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
        self.labels = [QLabel() for _ in range(3)]
        out_row = QHBoxLayout()
        out_row.addWidget(self.out, 1)
        out_row.addWidget(self.browse)
        form.addRow(self.labels[0], self.language)
        form.addRow(self.labels[1], out_row)
        form.addRow(self.labels[2], self.tsa)
        buttons = QHBoxLayout()
        buttons.addWidget(self.fix_button)
        buttons.addStretch(1)
        buttons.addWidget(self.show_folder)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addWidget(self.gaps, 1)
        layout.addWidget(self.progress)
        layout.addWidget(self.outcome)
        layout.addLayout(buttons)
        self.resize(720, 560)
        self.retranslateUi()

    def gap_texts(self) -> list[str]:
        """The gap lines printed in the bundle, in the bundle's language."""
        return _gap_lines(self.completeness, self.language.currentData())

    def _fill_summary(self) -> None:
        self.gaps.clear()
        lines = _gap_lines(self.completeness)
        self.gaps.addItems(lines)
        self.gaps.setVisible(bool(lines))
        self._update_buttons()
        if not lines:
            self.summary.setText(
                self.tr("<b>The guide has nothing missing.</b> The bundle is ready to export.")
            )
            self.export_button.setText(self.tr("Export"))
        else:
            self.summary.setText(
                self.tr(
                    "<b>{count} thing(s) the guide asks for are still missing.</b> You can fix them first, or export now: the bundle then lists them honestly."
                ).format(count=len(lines))
            )
            self.export_button.setText(self.tr("Export with gaps listed"))

    def _update_buttons(self) -> None:
        """Offer to fix the gaps while there are some and no export is running or done; once
        the bundle is written, Cancel becomes Close."""
        idle = self.task is None and self.result is None
        self.fix_button.setVisible(self.gaps.count() > 0 and idle)
        self.cancel_button.setText(
            self.tr("Close") if self.result is not None else self.tr("Cancel")
        )

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
        case_id = self.case.id
        store = self.window_.store
        owner = self.case.owner or store.operator.name
        steps = [1]  # the export's number of steps, as it reports them

        def work(task: Task) -> tuple[Any, Any]:
            def progress(done: int, total: int, label: str = "") -> None:
                steps[0] = total
                task.progress(done, total, label)

            with task_store(store) as own:
                signer = identity.load_signer(own.data_dir, secret, owner)
                result = export.export_case(
                    own, case_id, out, signer, tsa_urls=tsa_urls, lang=lang,
                    progress=progress, cancel=task.cancelled, gaps=gaps,
                )  # fmt: skip
            task.check_cancelled()
            task.progress(steps[0], steps[0], N_(PROGRESS_CONTEXT, "Checking the finished bundle"))
            report = verify.verify_bundle(out)
            return result, report

        self.progress.setVisible(True)
        self.progress.setRange(0, 0)
        self.export_button.setEnabled(False)
        self.fix_button.setVisible(False)
        self.outcome.setText(self.tr("Exporting…"))
        self.out_path = out
        self.task = self.window_.runner.run(
            work,
            self._done,
            self._failed,
            on_progress=self._progress,
            on_cancelled=self._cancelled,
            label="export",
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
            ),
            strict=True,
        ):
            label.setText(text)
        self.browse.setText(self.tr("Choose…"))
        self.fix_button.setText(self.tr("Fix the gaps first"))
        self.show_folder.setText(self.tr("Show in folder"))
        self.tsa.setPlaceholderText(self.tr("none: the time then comes from this computer's clock"))
        self._fill_summary()


def default_bundle_path(case: Case) -> Path:
    import re
    from datetime import date

    stem = re.sub(r'[\\/:*?"<>|\x00-\x1f]+', "_", case.title).strip(" ._")[:60] or "bundle"
    return _documents_dir() / f"{stem}-{date.today().isoformat()}.pdf"


def _documents_dir() -> Path:
    home = Path.home()
    for name in ("Documents", "文档"):
        if (home / name).is_dir():
            return home / name
    return home


def _gap_lines(completeness: Completeness | None, lang: str | None = None) -> list[str]:
    from evidence_app.core.guide import gap_lines

    return gap_lines(completeness, lang) if completeness is not None else []


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
        self.trusted_roots = TrustedRootsSection(settings, self)
        layout.addWidget(self.trusted_roots)
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
            self, NEW_KEY, lambda _current, new: self.create_key(new)
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
        return Settings(
            language=self.language.currentData(),
            operator_name=self.operator.text().strip(),
            operator_role=self.role.currentData(),
            tsa_urls=[u for u in self.tsa.toPlainText().split() if u],
            **self.trusted_roots.collected(),
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


# -- log view ----------------------------------------------------------------------------------


class LogDialog(RetranslatingDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = QPlainTextEdit()
        self.view.setReadOnly(True)
        self.view.setPlainText("\n".join(memory_log.records))
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        self.resize(800, 400)
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("Log"))
