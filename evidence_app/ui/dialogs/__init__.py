"""Dialogs: what happened (narrative), settings, and the in-app log view (export: ui/dialogs/export; verify: ui/verify)."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import (
    QDesktopServices,
    QFontDatabase,
    QGuiApplication,
)
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from evidence_app.core.errors import UserError
from evidence_app.core.model import ROLES
from evidence_app.core.settings import Settings
from evidence_app.ui.dialogs.trusted_roots import TrustedRootsSection
from evidence_app.ui.errors import show_error
from evidence_app.ui.log_memory import MemoryLogHandler as MemoryLogHandler
from evidence_app.ui.retranslating import RetranslatingDialog as RetranslatingDialog
from evidence_app.ui.tasks import Task, TaskRunner
from evidence_app.ui.verify.words import group_fingerprint

log = logging.getLogger("evidence_app.ui.dialogs")
PASSPHRASE_ENV = "EVIDENCE_APP_KEY_PASSPHRASE"


def _identity() -> Any:
    from evidence_app.core import identity  # cryptography: loaded when a key is first needed

    return identity


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
        # Three tabs, each page scrolling when the screen is short (a 1280×720 laptop), so every
        # section keeps its natural height: general, trusted time, the signing key.
        general = QFormLayout()
        dir_row = QHBoxLayout()
        dir_row.addWidget(self.data_dir_label, 1)
        dir_row.addWidget(self.open_dir)
        for label, field in zip(
            self.labels[:4], (self.language, self.operator, self.role, dir_row), strict=True
        ):
            general.addRow(label, field)  # type: ignore[call-overload]  # a widget or the dir row
        # The countdown before a screen capture (also in the Capture menu).
        self.capture_delay = QComboBox()
        self.capture_delay.setObjectName("captureDelay")
        self.capture_delay_label = QLabel()
        general.addRow(self.capture_delay_label, self.capture_delay)
        general_page = QVBoxLayout()
        general_page.addLayout(general)
        from evidence_app.ui.dialogs.tsa_servers import TimeServiceSection

        self.time_services = TimeServiceSection(self.tsa)  # trusted time, and services to choose
        self.trusted_roots = TrustedRootsSection(settings, self)
        time_page = QVBoxLayout()
        for widget in (self.labels[4], self.tsa, self.tsa_help):  # the help under the box
            time_page.addWidget(widget)
        time_page.addWidget(self.time_services)
        time_page.addWidget(self.trusted_roots)
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
        key_page = QVBoxLayout()
        key_page.addWidget(self.key_group)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("settingsTabs")
        for page in (general_page, time_page, key_page):
            self.tabs.addTab(_scrolling_page(page), "")
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.buttons)
        self.retranslateUi()
        # Tall enough for the longest page's wrapped sentences at this width (up to the screen:
        # keep_on_screen fits it, and the pages scroll).
        from evidence_app.ui.geometry import available_area

        tallest = max(self.sizeHint().height(), self._tallest_page(720) + 120)
        self.resize(720, min(tallest, available_area(self).height() - 60))

    def _tallest_page(self, width: int) -> int:
        """The height the tallest page needs at *width* (its wrapped sentences included)."""
        heights = [0]
        for index in range(self.tabs.count()):
            scroll = self.tabs.widget(index)
            page = scroll.widget() if isinstance(scroll, QScrollArea) else None
            if page is not None:
                heights.append(
                    page.heightForWidth(width - 40)
                    if page.hasHeightForWidth()
                    else page.sizeHint().height()
                )
        return max(heights)

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
        in_ui = {"zh_CN": self.tr("Chinese"), "en": self.tr("English")}  # the UI's own words
        self.language.addItem(
            self.tr("System default ({language})").format(language=in_ui[system_language()]),
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
        from evidence_app.core.settings import SCREEN_CAPTURE_DELAYS

        delay = self.capture_delay.currentData()
        delay = self.settings.screen_capture_delay if delay is None else delay
        self.capture_delay.clear()
        for seconds in SCREEN_CAPTURE_DELAYS:
            text = self.tr("{seconds} seconds").format(seconds=seconds)
            self.capture_delay.addItem(
                text if seconds else self.tr("None: capture at once"), seconds
            )
        self.capture_delay.setCurrentIndex(max(self.capture_delay.findData(delay), 0))

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
            screen_capture_delay=int(self.capture_delay.currentData()),
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
            self.tr("Time-stamp service addresses"),
        )
        for label, text in zip(self.labels, texts, strict=True):
            label.setText(text)
        self.open_dir.setText(self.tr("Open folder"))
        self.capture_delay_label.setText(
            self.tr("Countdown before capturing the screen, a window or a region")
        )
        self.capture_delay.setToolTip(
            self.tr("Time to bring what you want to keep into view; Esc stops the countdown.")
        )
        self.tsa.setPlaceholderText(self.tr("One address per line, for example https://…/tsr"))
        self.tsa_help.setText(
            self.tr(
                "A time-stamp service is a neutral third party: the time it signs proves your "
                "evidence existed at that moment, which courts value. It needs the internet when "
                "you capture and export. Choose one below, or ask your lawyer or support staff "
                "for an address."
            )
        )
        self.tsa.setToolTip(self.tr("RFC 3161 time-stamping authority (TSA) addresses"))
        self.key_group.setTitle(self.tr("Signing key"))
        for index, title in enumerate(
            (self.tr("General"), self.tr("Trusted time"), self.tr("Signing key"))
        ):
            self.tabs.setTabText(index, title)
        self.key_intro.setText(
            self.tr(
                "Every bundle you export is signed with this key. Give your lawyer its fingerprint so that they can check the bundle really comes from you."
            )
        )
        self.fingerprint_label.setText(self.tr("Fingerprint (for your lawyer to compare):"))
        self.fingerprint_label.setToolTip(
            self.tr("The SHA-256 fingerprint of the key's certificate")
        )
        self.copy_fingerprint.setText(self.tr("Copy"))
        self.new_key.setText(self.tr("Make a new key"))
        self.change_pass.setText(self.tr("Change passphrase"))
        self._fill_choices()
        self._show_identity()


def _scrolling_page(layout: QVBoxLayout) -> QScrollArea:
    """A settings tab: *layout* at the top of a page that scrolls when the window is short."""
    layout.addStretch(1)
    page = QWidget()
    page.setLayout(layout)
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QScrollArea.Shape.NoFrame)
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    scroll.setWidget(page)
    return scroll


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
