"""The owner's own words and secrets: the signing key's passphrase (with a strength hint) and the
account of what happened (saved on close; only Cancel discards)."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QRect, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from evidence_app.ui.dialogs import PASSPHRASE_ENV, RetranslatingDialog, _identity
from evidence_app.ui.geometry import keep_on_screen
from evidence_app.ui.shortcuts import add_quit_shortcut

# -- the signing key's passphrase ----------------------------------------------------------------

UNLOCK, NEW_KEY, CHANGE = "unlock", "new", "change"
MIN_PASSPHRASE = 8  # characters of a new passphrase


def passphrase_strength(text: str) -> int:
    """0 too short, 1 weak, 2 fair, 3 strong: length counts most, then kinds of characters."""
    if len(text) < MIN_PASSPHRASE:
        return 0
    kinds = sum(
        (
            any(c.islower() for c in text),
            any(c.isupper() for c in text),
            any(c.isdigit() for c in text),
            any(not c.isalnum() for c in text),
            any(ord(c) > 0x2E80 for c in text),  # Chinese characters
        )
    )
    if len(text) >= 14 or (len(text) >= 10 and kinds >= 3):
        return 3
    return 2 if kinds >= 2 or len(text) >= 10 else 1


class PassphraseDialog(RetranslatingDialog):
    """Asks for the signing key's passphrase: to unlock the key (UNLOCK), to choose one for a new
    key (NEW_KEY, typed twice), or both to change it (CHANGE). Nothing is stored; the caller gets
    ``passphraseEntered(current, new)`` (unused parts are empty) and uses them at once."""

    passphraseEntered = Signal(str, str)

    def __init__(self, mode: str, parent: QWidget | None = None, had_key: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("passphraseDialog")
        self.mode = mode
        self.had_key = had_key  # a new key replaces one: the old one is archived
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.current = QLineEdit()
        self.new = QLineEdit()
        self.again = QLineEdit()
        for edit in (self.current, self.new, self.again):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.strength = QLabel()
        self.strength.setObjectName("passphraseStrength")
        self.strength.setWordWrap(True)
        self.new.textChanged.connect(self._show_strength)
        self.message = QLabel()
        self.message.setObjectName("passphraseMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b3261e")
        self.message_reason = ""  # what the message asks for: "current", "short", "differ"
        for edit in (self.current, self.new, self.again):
            edit.textChanged.connect(self._clear_answered_message)
        # Room kept for two lines of each: nothing moves under the mouse while typing.
        for label in (self.strength, self.message):
            two_lines = label.fontMetrics().boundingRect(
                QRect(0, 0, 1000, 1000), Qt.TextFlag.TextWordWrap, "汉字 Ag\n汉字 Ag"
            )  # Chinese lines are taller than Latin ones
            label.setMinimumHeight(two_lines.height())
            label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
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
                if edit is self.new:
                    form.addRow("", self.strength)
            else:
                label.hide()
                edit.hide()
        if mode not in (NEW_KEY, CHANGE):
            self.strength.hide()
        layout = QVBoxLayout(self)
        # The dialog grows to its wrapped text: nothing is cut off at the bottom.
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.intro.setMinimumWidth(440)
        self.retranslateUi()

    def accept(self) -> None:
        current = self.current.text() if self.mode in (UNLOCK, CHANGE) else ""
        new = self.new.text() if self.mode in (NEW_KEY, CHANGE) else ""
        if self.mode in (UNLOCK, CHANGE) and not current:
            self._say(self.tr("Type the passphrase of your signing key."), "current")
            self.current.setFocus()
            return
        if self.mode in (NEW_KEY, CHANGE):
            if len(new) < MIN_PASSPHRASE:
                self._say(
                    self.tr("Choose a passphrase of at least {count} characters.").format(
                        count=MIN_PASSPHRASE
                    ),
                    "short",
                )
                self.new.setFocus()
                return
            if new != self.again.text():
                self._say(self.tr("The two new passphrases differ. Type them again."), "differ")
                self.again.clear()
                self.again.setFocus()
                return
        super().accept()
        self.passphraseEntered.emit(current, new)

    def _say(self, text: str, reason: str) -> None:
        self.message.setText(text)
        self.message_reason = reason

    def _clear_answered_message(self, *_args: object) -> None:
        """The message goes as soon as what it asked for is done (the two entries match, the
        passphrase is long enough, the current one is typed)."""
        reason, new = self.message_reason, self.new.text()
        answered = (
            (reason == "differ" and bool(new) and new == self.again.text())
            or (reason == "short" and len(new) >= MIN_PASSPHRASE)
            or (reason == "current" and bool(self.current.text()))
        )
        if answered:
            self._say("", "")

    def _show_strength(self, text: str = "") -> None:
        text = self.new.text()
        words = (
            self.tr("Too short: at least {count} characters.").format(count=MIN_PASSPHRASE),
            self.tr("Weak: make it longer, or mix letters, digits and signs."),
            self.tr("Fair."),
            self.tr("Strong."),
        )
        colours = ("#b3261e", "#b3261e", "#7a4a00", "#1e7b34")
        level = passphrase_strength(text)
        self.strength.setText(words[level] if text else words[0])
        self.strength.setStyleSheet(f"color: {colours[level] if text else '#5f6368'}")

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
                "The app now makes your own signing key, so that anyone can check later that nothing in your bundle was changed; choose a passphrase only you know, because without it you cannot sign."
            ),
            CHANGE: self.tr("Type the current passphrase, then the new one twice."),
        }
        self.setWindowTitle(titles[self.mode])
        intro = intros[self.mode]
        if self.mode == NEW_KEY and self.had_key:
            intro += " " + self.tr(
                "Your previous key is kept in the archive; bundles signed with it stay valid."
            )
        self.intro.setText(intro)
        self._show_strength()
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
    parent: QWidget | None, mode: str, use: Callable[[str, str], Any], had_key: bool = False
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
    dialog = PassphraseDialog(mode, parent, had_key)
    keep_on_screen(dialog)
    add_quit_shortcut(dialog)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    dialog.passphraseEntered.connect(use)
    dialog.open()
    return dialog


def key_exists(data_dir: Path) -> bool:
    return _identity().current_identity(Path(data_dir)) is not None


# -- what happened -----------------------------------------------------------------------------


class NarrativeDialog(RetranslatingDialog):
    """The owner's account of what happened. Saved by Save, Ctrl+S, and also when the dialog or
    the app is closed with changes in it (nothing typed is lost); only Cancel throws them away."""

    narrativeAccepted = Signal(str)

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("narrativeDialog")
        self.original = text
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.editor = QPlainTextEdit(text)
        self.editor.setObjectName("narrativeEditor")
        self.editor.setTabChangesFocus(True)  # Tab moves on to the buttons
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.discard)
        save = QShortcut(QKeySequence.StandardKey.Save, self)
        save.activated.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.editor, 1)
        layout.addWidget(self.buttons)
        self.resize(600, 420)
        self.retranslateUi()

    def has_changes(self) -> bool:
        return self.editor.toPlainText().strip() != self.original.strip()

    def accept(self) -> None:
        if self.has_changes():
            self.narrativeAccepted.emit(self.editor.toPlainText().strip())
        super().accept()

    def discard(self) -> None:
        """Cancel: the one way to leave without saving what was typed."""
        super().reject()

    def reject(self) -> None:
        # Escape or the window's close button: what was typed is kept, as everywhere else.
        if self.has_changes():
            self.accept()
        else:
            super().reject()

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("What happened"))
        self.intro.setText(
            self.tr(
                "In your own words: when it started, on which platforms, what was said, and how it affected you. It goes into the bundle for your lawyer as your account of what happened; every change is kept in the custody log."
            )
        )
